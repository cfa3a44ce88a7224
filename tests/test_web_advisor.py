"""The advisor's page (issue 35, items 1–3) in a real browser: the defects
advisors found, the features they compare with Hemingway Editor, Klinkende
Taal and LanguageTool, and WCAG 2.2 AA (axe-core, the keyboard)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from test_web_browser import CHROMIUM, EXAMPLES, browser, server  # noqa: F401  (fixtures)

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is niet geïnstalleerd (pip install '.[test]')")
# one worker runs this module, so its server and browser start once (pytest -n with --dist loadgroup)
pytestmark = [pytest.mark.skipif(CHROMIUM is None, reason="Chromium is niet geïnstalleerd (apt-get install chromium); .ci/run installeert het"), pytest.mark.xdist_group("advisor-page")]

BUREAUCRATIC = (EXAMPLES / "bureaucratisch.txt").read_text(encoding="utf8")
PLAIN = (EXAMPLES / "b1-herschreven.txt").read_text(encoding="utf8")


@pytest.fixture
def page(browser, server):  # noqa: F811
    context = browser.new_context(accept_downloads=True, bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    elsewhere: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(server) or r.url.startswith(("data:", "blob:")) else elsewhere.append(r.url))
    page.goto(server + "/")
    page.wait_for_selector("#regels input", state="attached")
    yield page
    assert elsewhere == [], "de pagina vroeg iets op van buiten deze computer"
    context.close()


def check_letter(page, text: str) -> None:
    page.fill("#brief", text)
    page.click("#controleer")
    page.wait_for_selector("#uitslag:not([hidden])")
    page.wait_for_function("document.querySelector('#status').textContent.startsWith('Klaar')")


def fix_all(page) -> str:
    page.click("#verbeter-alles")
    page.wait_for_function("document.querySelector('#status').textContent.includes('gemaakt')")
    return page.inner_text("#status")


def axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}x) {v['nodes'][0]['target']}" for v in results.response["violations"]]


def contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        r, g, b_ = (int(x) / 255 for x in re.findall(r"\d+", colour)[:3])
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b_)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# ── 1. defects ─────────────────────────────────────────────────────────


def test_after_a_new_letter_the_improved_letter_is_the_new_one(page):
    check_letter(page, BUREAUCRATIC)
    fix_all(page)
    other = BUREAUCRATIC.replace("De Vries", "Jansen").replace("Geachte heer", "Beste heer")
    check_letter(page, other)
    assert page.is_disabled("#download-verbeterd"), "de verbeterde brief van de vorige brief mag niet meer klaarstaan"
    fix_all(page)
    with page.expect_download() as info:
        page.click("#download-verbeterd")
    fixed = Path(info.value.path()).read_text(encoding="utf8")
    assert "Jansen" in fixed and "De Vries" not in fixed


def fix_all_answer(page) -> dict:
    """Click "Verbeter alles"; the server's answer (the changes it made)."""
    with page.expect_response(lambda r: "/api/fix?" in r.url and "kies=" in r.url) as info:
        page.click("#verbeter-alles")
    page.wait_for_function("document.querySelector('#status').textContent.includes('gemaakt')")
    return info.value.json()


def test_fix_everything_makes_exactly_the_changes_shown(page):
    check_letter(page, BUREAUCRATIC)
    shown = page.eval_on_selector_all("#voorstellen input", "xs => xs.map(x => x.value)")
    assert len(shown) >= 5
    assert f"({len(shown)} veranderingen)" in page.inner_text("#verbeter-alles")
    answer = fix_all_answer(page)
    assert [c["id"] for c in answer["veranderingen"]] == shown
    assert page.inner_text("#status").startswith(f"{len(shown)} veranderingen gemaakt")
    # each change is one marked piece: the new words in <ins>, the old ones in <del>
    assert page.eval_on_selector_all("#vergelijking ins", "xs => xs.map(x => x.textContent.replace('nieuw: ', ''))") == [c["na"] for c in answer["veranderingen"]]
    assert page.eval_on_selector_all("#vergelijking del", "xs => xs.map(x => x.textContent.replace('weg: ', ''))") == [c["voor"] for c in answer["veranderingen"]]


def test_fix_everything_leaves_a_control_that_is_switched_off(page):
    letter = BUREAUCRATIC + "\nStuur de papieren o.a. uw loonstrook z.s.m. naar ons.\n"
    page.click("summary")
    page.uncheck("#regel-jargon")
    check_letter(page, letter)
    labels = page.locator("#voorstellen label").all_inner_texts()
    assert len(labels) == 2 and all("Afkorting" in label for label in labels), labels
    answer = fix_all_answer(page)
    assert {c["regel"] for c in answer["veranderingen"]} == {"afkorting"}
    fixed = page.input_value("#brief")
    assert "zo snel mogelijk" in fixed and "Teneinde" in fixed and "Hoogachtend" in fixed


def test_a_finding_inside_a_long_sentence_looks_different_from_the_sentence(page):
    check_letter(page, BUREAUCRATIC)
    inner = page.locator("#brieftekst mark.band mark:not(.band)").first
    outer = page.locator("#brieftekst mark.band").first
    look = lambda loc: loc.evaluate("e => { const s = getComputedStyle(e); return [s.backgroundColor, s.borderLeftWidth, s.borderBottomWidth]; }")  # noqa: E731
    inner_look, outer_look = look(inner), look(outer)
    assert inner_look[0] != outer_look[0] and inner_look[0] != "rgba(0, 0, 0, 0)", "het woord heeft een eigen achtergrond"
    assert outer_look[1] == "4px", "de lange zin heeft een streep links"
    assert inner_look[2] in ("2px", "3px")


def test_one_mark_per_finding_and_the_marks_are_no_tab_stops(page):
    check_letter(page, BUREAUCRATIC)
    marks = page.eval_on_selector_all("#brieftekst mark", "ms => ms.map(m => [m.dataset.melding, m.textContent, m.tabIndex])")
    findings = page.locator("#meldingen [role=option]").count()
    assert len({m[0] for m in marks}) == len(marks) == findings
    assert all(re.search(r"\w", text) for _, text, _ in marks), "geen markering van alleen een spatie of een punt"
    assert all(tab < 0 for *_, tab in marks)
    # the list of findings is one tab stop
    assert page.eval_on_selector_all("#meldingen [role=option]", "os => os.filter(o => o.tabIndex === 0).length") == 1


def test_focus_moves_to_the_verdict_after_a_check(page):
    check_letter(page, BUREAUCRATIC)
    assert page.evaluate("document.activeElement.id") == "oordeel"
    assert page.get_attribute("#oordeel", "tabindex") == "-1"


def test_what_changed_is_before_and_after_with_the_words_marked_and_fits_a_phone(page):
    page.set_viewport_size({"width": 390, "height": 844})
    check_letter(page, BUREAUCRATIC)
    fix_all(page)
    assert "@@" not in page.inner_text("#wijzigingen")
    pair = page.locator("#vergelijking .paar").first
    assert pair.locator(".voor del").count() >= 1 and pair.locator(".na ins").count() >= 1
    before, after = pair.locator(".voor").bounding_box(), pair.locator(".na").bounding_box()
    assert after["y"] >= before["y"] + before["height"] - 1, "onder 600 px staan voor en na onder elkaar"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(Path("/tmp") / "begrijpelijk-390-na-fix.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    before, after = pair.locator(".voor").bounding_box(), pair.locator(".na").bounding_box()
    assert abs(after["y"] - before["y"]) < 5 and after["x"] > before["x"], "breed staan voor en na naast elkaar"


def open_template(page, name: str = "betalingsherinnering") -> None:
    page.click("#tab-maken")
    page.wait_for_function("document.querySelectorAll('#sjabloon option').length >= 6")
    page.select_option("#sjabloon", name)
    page.click("#voorbeeld-invullen")
    page.wait_for_selector("#sjabloon-uitslag:not([hidden])")
    page.wait_for_function("document.querySelector('#sjabloon-voorbeeld').textContent.length > 100")


def test_the_template_preview_is_html_not_markdown(page):
    open_template(page)
    text = page.inner_text("#sjabloon-voorbeeld")
    assert "#" not in text and "**" not in text
    assert page.locator("#sjabloon-voorbeeld h3").count() == 1
    assert page.locator("#sjabloon-voorbeeld h4").count() >= 1
    assert page.locator("#sjabloon-voorbeeld strong").count() >= 1
    assert page.locator("#sjabloon-voorbeeld ol li, #sjabloon-voorbeeld ul li").count() >= 1


def test_an_invalid_field_is_red_and_named_by_its_label(page):
    open_template(page)
    phone = page.locator("#veld-contact_telefoon")
    assert phone.get_attribute("type") == "tel"
    assert phone.evaluate("e => getComputedStyle(e).borderTopWidth") == "2px", "het telefoonveld heeft de stijl van de andere velden"
    page.fill("#veld-contact_telefoon", "")
    page.fill("#veld-bedrag", "veel")
    page.click("#maak-brief")
    page.wait_for_function("document.querySelector('#veld-bedrag-fout').textContent.length > 0")
    assert phone.get_attribute("aria-invalid") == "true"
    assert phone.evaluate("e => getComputedStyle(e).borderTopColor") == "rgb(164, 0, 29)"
    message = page.inner_text("#veld-contact_telefoon-fout")
    assert "Telefoonnummer" in message and "contact_telefoon" not in message
    # the message stands right after the field, and the field points at it
    assert phone.evaluate("e => e.nextElementSibling.id") == "veld-contact_telefoon-fout"
    assert "veld-contact_telefoon-fout" in phone.get_attribute("aria-describedby")


def test_focus_ring_contrast_and_severity_not_by_colour_alone(page):
    check_letter(page, BUREAUCRATIC)
    page.focus("#verbeter-alles")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # focus by the keyboard: the ring of :focus-visible
    assert page.evaluate("document.activeElement.id") == "verbeter-alles"
    assert page.evaluate("document.activeElement.matches(':focus-visible')")
    ring, width = page.evaluate("[getComputedStyle(document.activeElement).outlineColor, getComputedStyle(document.activeElement).outlineWidth]")
    assert width == "3px"
    assert contrast(ring, "rgb(255, 255, 255)") >= 3
    # the chosen finding in the letter gets the same ring
    page.focus("#meldingen [role=option]")
    active = page.locator("#brieftekst mark.actief").first
    assert active.evaluate("e => getComputedStyle(e).outlineColor") == ring
    backgrounds = page.eval_on_selector_all("#brieftekst mark:not(.band), #brieftekst .zin", "ms => [...new Set(ms.map(m => getComputedStyle(m).backgroundColor))]")
    for background in backgrounds:
        if background != "rgba(0, 0, 0, 0)":
            assert contrast(ring, background) >= 3, background
    styles = {}
    for severity in ("fout", "waarschuwing", "suggestie"):
        mark = page.locator(f"#brieftekst mark.{severity}:not(.band)").first
        if mark.count():
            styles[severity] = mark.evaluate("e => getComputedStyle(e).borderBottomStyle")
    assert len(set(styles.values())) == len(styles) >= 2, "de lijnen verschillen in vorm, niet alleen in kleur"
    for item in page.locator("#meldingen [role=option]").all()[:10]:
        text = item.inner_text()
        assert re.search(r"[✖▲●] (fout|waarschuwing|suggestie)", text), text


def test_wording_titles_no_rule_ids_decimal_commas_and_lines(page):
    check_letter(page, BUREAUCRATIC)
    rules = json.loads(page.evaluate("fetch('/api/regels').then(r => r.text())"))
    shown = page.inner_text("#uitslag")
    for rule in rules:
        if "-" in rule["id"]:
            assert rule["id"] not in shown, rule["id"]
    # a decimal comma ("10,1 per 100 woorden"); a time keeps its point ("9.00 uur")
    assert re.search(r"\b\d+,\d\b", shown) and not re.search(r"\b\d+\.\d\b", shown)
    for line in re.finditer(r"\bregel ((?:\d+(?:, | en ))*\d+)", shown):
        assert shown[line.end():].startswith(" van de brief"), shown[line.start() - 30 : line.end() + 30]
    assert "op regel 5 van de brief" in shown and "regel 5, 7 en 11 van de brief" in shown
    assert "Controles" in page.text_content("#regels legend") and "controles" in page.inner_text("summary")
    for item in page.locator("#meldingen [role=option]").all():
        quotes = item.locator("q")
        if quotes.count():
            assert quotes.inner_text().lower() not in item.inner_text().lower().replace(quotes.inner_text().lower(), "", 1)
        if "is passief ('" in item.inner_text() or "ambtelijke taal" in item.inner_text():
            assert quotes.count() == 0, "de melding noemt de woorden al: " + item.inner_text()


def test_plain_words_of_the_page():
    from begrijpelijk.formatters.web_view import plain_words

    assert plain_words("(10.1 per 100 woorden, mag 1.5 zijn)") == "(10,1 per 100 woorden, mag 1,5 zijn)"
    assert plain_words("van 9.00 tot 12.30 uur, 1.245 euro") == "van 9.00 tot 12.30 uur, 1.245 euro"
    assert plain_words("Zie regel 5, 7 en 11.") == "Het gaat om regel 5, 7 en 11 van de brief."
    assert plain_words("Maak de zin op regel 3 korter.") == "Maak de zin op regel 3 van de brief korter."


# ── 2. features ────────────────────────────────────────────────────────


def test_sentences_are_coloured_by_their_lint_score_from_python(page, server):  # noqa: F811
    check_letter(page, BUREAUCRATIC)
    import httpx

    sentences = httpx.post(server + "/api/check", content=BUREAUCRATIC.encode()).json()["files"][0]["sentences"]
    hardest = [s for s in sentences if s["lint_level"] == 4]
    assert hardest
    bands = page.eval_on_selector_all("#brieftekst .zin.niveau-4", "zs => zs.map(z => [z.dataset.lint, getComputedStyle(z).backgroundColor])")
    assert bands and {b[0] for b in bands} <= {str(round(s["lint"])) for s in hardest}
    easy = page.locator("#brieftekst .zin.niveau-0, #brieftekst .zin.niveau-1").first
    assert easy.evaluate("e => getComputedStyle(e).backgroundColor") != bands[0][1]


def test_first_to_fix_lists_the_changes_that_matter_most(page):
    check_letter(page, BUREAUCRATIC)
    items = page.locator("#eerst-lijst li")
    assert 3 <= items.count() <= 5
    words = [re.search(r"(fout|waarschuwing|suggestie)", t).group(1) for t in items.all_inner_texts()]
    order = {"fout": 0, "waarschuwing": 1, "suggestie": 2}
    assert words == sorted(words, key=order.get) and words[0] == "fout"
    assert "Jargon" in items.first.inner_text()


def test_a_finding_explains_its_rule_with_a_wrong_and_a_right_example(page):
    check_letter(page, BUREAUCRATIC)
    page.focus("#meldingen [role=option]")
    page.keyboard.press("ArrowDown")
    panel = page.inner_text("#uitleg")
    assert "Fout:" in panel and "Goed:" in panel
    assert page.evaluate("document.activeElement.getAttribute('aria-selected')") == "true"


def test_click_to_replace_a_sure_suggestion_then_check_again(page):
    check_letter(page, BUREAUCRATIC)
    before = page.locator("#meldingen [role=option]").count()
    index = page.evaluate("state.view.meldingen.findIndex(m => m.vervanging)")
    page.locator("#meldingen [role=option]").nth(index).click()
    button = page.locator("#uitleg button.vervang")
    word = button.inner_text().split("'")[1]
    button.click()
    page.wait_for_function("document.querySelector('#status').textContent.startsWith('Vervangen')")
    assert word in page.input_value("#brief")
    assert page.locator("#meldingen [role=option]").count() == before - 1


def test_editing_the_letter_in_place_checks_it_again_and_keeps_the_caret(page):
    check_letter(page, PLAIN)
    marks_before = page.locator("#brieftekst mark.fout").count()
    letter = page.locator("#brieftekst")
    letter.click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    page.keyboard.type("Teneinde dit te doen.")
    page.wait_for_function(f"document.querySelectorAll('#brieftekst mark.fout').length > {marks_before}")
    assert page.evaluate("document.activeElement.id") == "brieftekst", "de focus blijft in de brief"
    page.keyboard.type(" Klaar")
    assert letter.inner_text().rstrip().endswith("Teneinde dit te doen. Klaar")
    assert "Teneinde" in page.input_value("#brief")


def test_the_print_stylesheet_shows_a_clean_report(page):
    check_letter(page, BUREAUCRATIC)
    page.emulate_media(media="print")
    assert not page.is_visible("#controleer") and not page.is_visible("#brief") and not page.is_visible("#verbeter-alles")
    assert page.is_visible("#oordeel-tekst") and page.is_visible("#brieftekst") and page.is_visible("#meldingen")
    page.emulate_media(media="screen")


# ── 3. accessibility ───────────────────────────────────────────────────


def test_axe_finds_nothing_in_any_state(page):
    states = {}
    states["leeg"] = axe_violations(page)
    check_letter(page, BUREAUCRATIC)
    states["na controle"] = axe_violations(page)
    page.focus("#meldingen [role=option]")
    page.keyboard.press("ArrowDown")
    states["melding met uitleg"] = axe_violations(page)
    fix_all(page)
    states["na verbeteren"] = axe_violations(page)
    open_template(page)
    states["sjabloon: voorbeeld"] = axe_violations(page)
    page.fill("#veld-bedrag", "veel")
    page.click("#maak-brief")
    page.wait_for_function("document.querySelector('#veld-bedrag-fout').textContent.length > 0")
    states["sjabloon: fout in veld"] = axe_violations(page)
    print(json.dumps(states, ensure_ascii=False, indent=1))
    assert states == {name: [] for name in states}


def test_paste_check_fix_download_by_keyboard_in_at_most_15_tabs(page):
    page.fill("#brief", BUREAUCRATIC)
    page.focus("#brief")
    tabs = 0

    def tab_to(selector: str) -> None:
        nonlocal tabs
        for _ in range(30):
            if page.evaluate(f"document.activeElement === document.querySelector('{selector}')"):
                return
            page.keyboard.press("Tab")
            tabs += 1
        raise AssertionError(f"{selector} niet bereikt met Tab")

    tab_to("#controleer")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('#status').textContent.startsWith('Klaar')")
    tab_to("#verbeter-alles")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('#status').textContent.includes('gemaakt')")
    tab_to("#download-verbeterd")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    assert "Om uw recht" in Path(info.value.path()).read_text(encoding="utf8")
    print("Tab:", tabs)
    assert tabs <= 15

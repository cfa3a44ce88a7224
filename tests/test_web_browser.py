"""The page of `begrijpelijk serve` in a real browser: headless Chromium
(the system's), driven by Playwright. Skipped with a reason where no
Chromium can be installed; .ci/run installs it."""
from __future__ import annotations

import io
import shutil
import socket
import threading
import time
import zipfile
from pathlib import Path

import docx
import pytest

EXAMPLES = Path(__file__).parent.parent / "examples"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is niet geïnstalleerd (pip install '.[test]')")
# one worker runs this module, so its server and browser start once (pytest -n with --dist loadgroup)
pytestmark = [pytest.mark.skipif(CHROMIUM is None, reason="Chromium is niet geïnstalleerd (apt-get install chromium); .ci/run installeert het"), pytest.mark.xdist_group("browser-page")]


@pytest.fixture(scope="module")
def server():
    import uvicorn

    from begrijpelijk.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.time() + 60
    while not instance.started and time.time() < deadline:
        time.sleep(0.05)
    address = f"http://127.0.0.1:{port}"
    # load the Dutch model now, not in the first test (whose short timeouts it would eat)
    import httpx

    httpx.post(address + "/api/check", content="Dit is een zin.".encode(), timeout=120)
    yield address
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield instance
        instance.close()


@pytest.fixture
def page(browser, server):
    # bypass_csp: Playwright waits with small scripts of its own, which the page's policy forbids
    context = browser.new_context(accept_downloads=True, bypass_csp=True)
    page = context.new_page()
    # a check takes about a second (the Dutch model is loaded once, by the server fixture):
    # a broken test fails in seconds
    page.set_default_timeout(10_000)
    page.requests_elsewhere = []
    page.on("request", lambda r: None if r.url.startswith(server) or r.url.startswith(("data:", "blob:")) else page.requests_elsewhere.append(r.url))
    page.goto(server + "/")
    yield page
    assert page.requests_elsewhere == [], "de pagina vroeg iets op van buiten deze computer"
    context.close()


def test_pasting_a_letter_shows_the_verdict_and_highlights(page):
    page.fill("#brief", (EXAMPLES / "bureaucratisch.txt").read_text(encoding="utf8"))
    page.click("#controleer")
    page.wait_for_selector("#uitslag:not([hidden])")
    assert "B1: nee" in page.inner_text("#oordeel-tekst")
    marks = page.locator("#brieftekst mark")
    assert marks.count() >= 15
    assert page.locator("#brieftekst mark.fout").count() >= 5
    assert page.locator("#meldingen li").count() >= 20
    # a highlight explains itself: a click chooses its finding in the list
    first = marks.first
    finding = first.get_attribute("data-melding")
    first.click()
    assert page.get_attribute(f"#{finding}", "aria-selected") == "true"
    assert "actief" in page.get_attribute(f"#{finding}", "class")
    assert page.locator("#stress-lijst li").count() >= 5


def test_plain_letter_is_b1(page):
    page.fill("#brief", (EXAMPLES / "b1-herschreven.txt").read_text(encoding="utf8"))
    page.click("#controleer")
    page.wait_for_selector("#uitslag:not([hidden])")
    assert "B1: ja" in page.inner_text("#oordeel-tekst")


def test_fix_one_change_then_download_the_fixed_letter(page):
    page.fill("#brief", (EXAMPLES / "bureaucratisch.txt").read_text(encoding="utf8"))
    page.click("#controleer")
    page.wait_for_selector("#voorstellen input")
    boxes = page.locator("#voorstellen input")
    assert boxes.count() >= 5
    label = page.locator("#voorstellen label").first.inner_text()
    after = label.split("→ '")[1].split("'")[0]
    for i in range(1, boxes.count()):
        boxes.nth(i).uncheck()
    page.click("#verbeter-gekozen")
    page.wait_for_function("document.querySelector('#status').textContent.includes('1 verandering gemaakt')")
    assert after in page.input_value("#brief")
    assert page.locator("#vergelijking ins").count() >= 1 and after in page.inner_text("#vergelijking ins")
    with page.expect_download() as info:
        page.click("#download-verbeterd")
    fixed = Path(info.value.path()).read_text(encoding="utf8")
    assert after in fixed


def test_uploading_a_docx_gives_a_commented_copy(page, tmp_path):
    page.set_input_files("#bestand", str(EXAMPLES / "bureaucratisch.docx"))
    page.click("#controleer")
    page.wait_for_selector("#uitslag:not([hidden])")
    assert page.locator("#brieftekst mark").count() >= 10
    with page.expect_download() as info:
        page.click("#download-word")
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    assert target.name.endswith("-opmerkingen.docx")
    document = docx.Document(target)
    assert any("Teneinde" in p.text or "teneinde" in p.text for p in document.paragraphs)
    with zipfile.ZipFile(target) as z:
        assert z.read("word/comments.xml").count(b"<w:comment ") >= 10
    with page.expect_download() as info:
        page.click("#download-json")
    assert b'"findings"' in Path(info.value.path()).read_bytes()


def test_every_shipped_template_gives_a_docx(page):
    page.click("#tab-maken")
    # the list of templates comes from /api/templates: wait until it is there (under load it can take a moment)
    page.wait_for_function("document.querySelectorAll('#sjabloon option').length >= 6")
    names = page.eval_on_selector_all("#sjabloon option", "options => options.map(o => o.value)")
    assert len(names) >= 6
    previous = ""
    for name in names:
        page.select_option("#sjabloon", name)
        page.click("#voorbeeld-invullen")
        page.wait_for_selector("#sjabloon-uitslag:not([hidden])")
        # wait for this template's letter, not the one still shown from the template before
        page.wait_for_function(
            "previous => { const t = document.querySelector('#sjabloon-voorbeeld').textContent; return t.length > 100 && t !== previous; }",
            arg=previous,
        )
        previous = page.text_content("#sjabloon-voorbeeld")
        assert page.locator("#sjabloon-checklist li").count() >= 5
        with page.expect_download() as info:
            page.click('.download-sjabloon[data-formaat="docx"]')
        document = docx.Document(io.BytesIO(Path(info.value.path()).read_bytes()))
        assert sum(len(p.text) for p in document.paragraphs) > 100, name


def test_invalid_template_data_shows_messages_at_the_fields(page):
    page.click("#tab-maken")
    page.select_option("#sjabloon", "betalingsherinnering")
    page.click("#voorbeeld-invullen")
    page.wait_for_selector("#sjabloon-uitslag:not([hidden])")
    page.fill("#veld-bedrag", "veel")
    page.click("#maak-brief")
    page.wait_for_function("document.querySelector('#veld-bedrag-fout').textContent.length > 0")
    assert "bedrag" in page.inner_text("#veld-bedrag-fout")
    assert page.get_attribute("#veld-bedrag", "aria-invalid") == "true"


def test_every_control_has_a_label(page):
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input, select, textarea')]
            .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
            .map(e => e.id || e.name)"""
    )
    assert unlabelled == []

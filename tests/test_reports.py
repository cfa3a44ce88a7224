"""Word comments and the HTML report."""
import re
import shutil
from html.parser import HTMLParser
import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLES, cli

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def anchored_texts(path: Path) -> dict[str, str]:
    """Comment id -> the text between its commentRangeStart and commentRangeEnd."""
    import docx

    body = docx.Document(str(path)).element.body
    open_ids: dict[str, list[str]] = {}
    done: dict[str, str] = {}
    for element in body.iter():
        if element.tag == W + "commentRangeStart":
            open_ids[element.get(W + "id")] = []
        elif element.tag == W + "commentRangeEnd":
            cid = element.get(W + "id")
            done[cid] = "".join(open_ids.pop(cid, []))
        elif element.tag == W + "t":
            for parts in open_ids.values():
                parts.append(element.text or "")
    return done


def test_word_copy_has_one_comment_per_finding_on_the_right_words(tmp_path):
    import json

    import docx

    letter = tmp_path / "brief.docx"
    shutil.copy(EXAMPLES / "bureaucratisch.docx", letter)
    before = letter.read_bytes()
    copy = tmp_path / "brief-nagekeken.docx"
    result = cli("check", str(letter), "--opmerkingen", str(copy), "--format", "json")
    assert result.returncode == 1
    findings = json.loads(result.stdout)["files"][0]["findings"]
    comments = list(docx.Document(str(copy)).comments)
    assert len(comments) == len(findings) + 1  # plus the scores
    assert comments[0].text.startswith("begrijpelijk: B1 nee")
    assert all(c.author == "begrijpelijk" for c in comments)
    anchors = anchored_texts(copy)
    by_text = {c.text: anchors[str(c.comment_id)] for c in comments[1:]}
    for f in findings:
        text = f["message"] + (f" → {f['suggestion']}" if f["suggestion"] else "") + f" ({f['rule']})"
        assert by_text[text] == f["text"], f
    assert letter.read_bytes() == before  # the original is untouched
    again = cli("check", str(letter), "--opmerkingen", str(copy))
    assert again.returncode == 2 and "--overwrite" in again.stderr.decode()


def test_word_comments_need_one_docx(tmp_path):
    result = cli("check", str(EXAMPLES / "bureaucratisch.txt"), "--opmerkingen", str(tmp_path / "x.docx"))
    assert result.returncode == 2 and "Word-brief" in result.stderr.decode()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rapport")
    path = folder / "rapport.html"
    result = cli("check", str(EXAMPLES / "bureaucratisch.txt"), "--format", "html", "-o", str(path))
    assert result.returncode == 1
    return path


def test_html_report_is_self_contained_and_complete(report):
    text = report.read_text(encoding="utf8")
    assert not re.search(r"""(src|href)=["']?https?:""", text)  # no network
    assert "<style>" in text and "B1: nee" in text and "LiNT-score" in text
    assert text.count('<mark class="melding"') >= 20
    assert "Moeilijkheid per zin" in text and "Per controle" in text and "@media print" in text


class _Pieces(HTMLParser):
    """The text inside each finding (by its number) and each sentence band."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key, self.open, self.marks, self.bands, self.text = key, [], {}, [], []

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        name = found.get(self.key) if tag == "mark" else ("zin:" + found["data-lint"] if "zin" in found.get("class", "") else None)
        self.open.append(name)
        if name and name.startswith("zin:"):
            self.bands.append([name, ""])

    def handle_endtag(self, tag):
        self.open.pop()

    def handle_data(self, data):
        self.text.append(data)
        for name in self.open:
            if name and name.startswith("zin:"):
                self.bands[-1][1] += data
            elif name:
                self.marks[name] = self.marks.get(name, "") + data


def test_the_report_and_the_page_draw_the_same_highlights():
    """Issue 35: the highlights are drawn in one place (formatters/highlight.py)."""
    from begrijpelijk import check_text
    from begrijpelijk.formatters.html import render
    from begrijpelijk.formatters.web_view import letter_html

    source = (EXAMPLES / "bureaucratisch.txt").read_text(encoding="utf8")
    checked = check_text(source)
    file = checked.files[0]
    page = _Pieces("data-melding")
    page.feed(letter_html(file, "m"))
    report_html = render(checked)
    letter = report_html[report_html.index('<div class="brief">') + len('<div class="brief">') : report_html.index("</div>", report_html.index('<div class="brief">'))]
    report = _Pieces("data-nummer")
    report.feed(letter)
    assert "".join(page.text) == "".join(report.text) == source
    assert len(page.marks) == len(file.findings) >= 20
    by_page = {int(k.rsplit("-", 1)[1]): v for k, v in page.marks.items()}
    by_report = {int(k) - 1: v for k, v in report.marks.items()}
    assert by_page == by_report == {i: source[f.start : f.end] for i, f in enumerate(file.findings)}
    assert page.bands == report.bands and any(b[0] == "zin:100" or int(b[0][4:] or 0) > 60 for b in page.bands)
    # a finding inside a long sentence is drawn as a band around it, the word as a full mark
    assert 'class="melding band"' in letter and "mark.band{" in report_html


def test_html_report_refuses_to_overwrite(report):
    result = cli("check", str(EXAMPLES / "bureaucratisch.txt"), "--format", "html", "-o", str(report))
    assert result.returncode == 2 and "--overwrite" in result.stderr.decode()


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is niet geïnstalleerd (apt-get install chromium); .ci/run installeert het")
def test_html_report_in_a_real_browser(report, tmp_path):
    profile = ["--user-data-dir=" + str(tmp_path / "profiel")]
    dom = subprocess.run(
        [CHROMIUM, *FLAGS, *profile, "--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=120
    ).stdout
    assert dom.count('class="melding"') >= 20  # the browser built the highlights
    assert "B1: nee" in dom
    shot = tmp_path / "rapport.png"
    subprocess.run(
        [CHROMIUM, *FLAGS, *profile, "--window-size=1280,1600", f"--screenshot={shot}", report.as_uri()],
        capture_output=True, timeout=120,
    )
    assert shot.exists() and shot.stat().st_size > 20_000


def test_a_check_that_does_not_apply_says_so_and_is_not_counted(tmp_path):
    """Issue 34: ✓, ✗ or n.v.t. A short text is no letter: the checks of the
    build of a letter say n.v.t. with the reason, and the score counts only
    the checks that apply, and says how many."""
    import json

    from conftest import cli

    text = tmp_path / "kort.txt"
    text.write_text("Wij werken aan de weg in uw straat.\n", encoding="utf8")
    out = json.loads(cli("check", text, "--format", "json").stdout)
    stress = out["files"][0]["stress"]
    outcomes = {c["rule"]: c["outcome"] for c in stress["checks"]}
    assert outcomes["geen-contact"] == "nvt" and outcomes["kern-eerst"] == "nvt"
    assert outcomes["hoofdletters-uitroep"] == "ok"
    assert stress["applicable"] == sum(o != "nvt" for o in outcomes.values()) < len(outcomes)
    nvt = next(c for c in stress["checks"] if c["rule"] == "geen-contact")
    assert nvt["ok"] is None and "geen brief" in nvt["reason"]
    terminal = cli("check", text, "--no-color").stdout.decode()
    assert f"({stress['applicable']} van de {len(outcomes)} checks gelden)" in terminal
    assert "  – geen-contact" in terminal


def test_a_letter_that_asks_nothing_has_no_steps_to_check():
    from begrijpelijk import Settings, check_text

    letter = (
        "Beste mevrouw Jansen,\n\nVolgende week werken wij aan de stoep in uw straat. "
        "U kunt uw huis gewoon bereiken. De werkzaamheden duren drie dagen. Het is tussen 7.00 en 16.00 uur "
        "wat drukker in de straat.\n\nMet vriendelijke groet,\n\nAnna de Boer\n"
    )
    stress = check_text(letter, Settings(enabled={"stappen", "actie-onduidelijk"})).files[0].stress
    outcomes = {c.rule: c.outcome for c in stress.checks}
    assert outcomes["stappen"] == "nvt" and outcomes["actie-onduidelijk"] == "nvt"


def test_bijna_is_shown_with_the_change_that_makes_it_b1(tmp_path):
    """Issue 34: ja / bijna / nee in the terminal and JSON (b1 stays true/false)."""
    import json

    from conftest import cli

    letter = tmp_path / "brief.txt"
    long = "Wij vragen u om de papieren die bij de aanvraag horen samen met uw loonstrook van deze maand naar ons kantoor in de stad te sturen."
    letter.write_text(
        "Beste mevrouw Jansen,\n\nU krijgt een brief van ons. Wij helpen u graag. " + long + " " + long.replace("Wij vragen", "Ook vragen wij")
        + " Bel ons als u vragen hebt. Wij zijn er voor u. Dank u wel.\n\nMet vriendelijke groet,\n\nAnna de Boer\n",
        encoding="utf8",
    )
    # LiNT 24 and +11 for the second long sentence: 34, four over a limit of 30
    strict = ("--optie", "b1.max-moeilijkheid=30")
    scores = json.loads(cli("check", letter, "--format", "json", *strict).stdout)["files"][0]["scores"]
    assert scores["oordeel"] == "bijna" and scores["b1"] is False and scores["moeilijkheid"] == 34.4
    assert scores["bijna"] == ["Maak de zin van 27 woorden op regel 3 korter."]
    terminal = cli("check", letter, "--no-color", *strict).stdout.decode()
    assert "B1: bijna" in terminal and "Bijna B1: Maak de zin van 27 woorden" in terminal

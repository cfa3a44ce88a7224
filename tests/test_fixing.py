import json

import pytest
from conftest import cli

from begrijpelijk.errors import InputError

LETTER = "Geachte heer,\n\nIndien u vragen hebt, bel ons. Vermeld uw BSN.\nWij verzoeken u het formulier binnen 14 dagen te retourneren.\n"
FIXED = (
    "Geachte heer,\n\nAls u vragen hebt, bel ons. Vermeld uw burgerservicenummer (BSN).\n"
    "Wij vragen u het formulier uiterlijk maandag 15 maart 2027 terug te sturen.\n"
)


def _letter(tmp_path, text=LETTER, name="brief.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf8")
    return path


def test_default_shows_a_diff_and_changes_nothing(tmp_path):
    path = _letter(tmp_path)
    result = cli("fix", str(path), "--datum", "2027-03-01", "--no-color")
    out = result.stdout.decode()
    assert result.returncode == 0
    assert "-Indien u vragen hebt" in out and "+Als u vragen hebt" in out
    assert path.read_text(encoding="utf8") == LETTER


def test_write_applies_safe_fixes_and_a_second_run_changes_nothing(tmp_path):
    path = _letter(tmp_path)
    assert cli("fix", str(path), "--datum", "2027-03-01", "--write").returncode == 0
    assert path.read_text(encoding="utf8") == FIXED
    again = cli("fix", str(path), "--datum", "2027-03-01", "--write")
    assert "niets om veilig te verbeteren" in again.stderr.decode()
    assert path.read_text(encoding="utf8") == FIXED
    assert not (tmp_path / "brief.txt.orig").exists()


def test_without_letter_date_periods_stay(tmp_path):
    path = _letter(tmp_path)
    cli("fix", str(path), "--write")
    assert "binnen 14 dagen" in path.read_text(encoding="utf8")


def test_only_limits_the_fixers_and_backup_and_output(tmp_path):
    path = _letter(tmp_path)
    out = tmp_path / "nieuw.txt"
    assert cli("fix", str(path), "--alleen", "afkorting", "-o", str(out)).returncode == 0
    text = out.read_text(encoding="utf8")
    assert "burgerservicenummer (BSN)" in text and "Indien" in text
    assert path.read_text(encoding="utf8") == LETTER
    assert cli("fix", str(path), "--write", "--backup").returncode == 0
    assert (tmp_path / "brief.txt.orig").read_text(encoding="utf8") == LETTER
    assert cli("fix", str(path), "--alleen", "passief").returncode == 2


def test_encoding_and_line_endings_are_kept(tmp_path):
    path = tmp_path / "oud.txt"
    path.write_bytes("Indien u wilt, bel ons. Wij zijn er vóór u.\r\n".encode("cp1252"))
    assert cli("fix", str(path), "--write").returncode == 0
    assert path.read_bytes() == "Als u wilt, bel ons. Wij zijn er vóór u.\r\n".encode("cp1252")


def test_markdown_and_template_fixes_keep_markup(tmp_path):
    md = _letter(tmp_path, "# Uw **aanvraag**\n\n- Indien u wilt, bel ons.\n", "brief.md")
    cli("fix", str(md), "--write")
    assert md.read_text(encoding="utf8") == "# Uw **aanvraag**\n\n- Als u wilt, bel ons.\n"
    j2 = _letter(tmp_path, "Beste {{ naam }},\n\nIndien u wilt, bel {{ team }}.\n", "brief.txt.j2")
    cli("fix", str(j2), "--write")
    assert j2.read_text(encoding="utf8") == "Beste {{ naam }},\n\nAls u wilt, bel {{ team }}.\n"


def test_html_fixes_keep_tags_and_leave_spans_with_markup(tmp_path):
    page = _letter(
        tmp_path,
        "<p>Indien u wilt, bel ons op &eacute;&eacute;n nummer.</p>\n<p>Stuur het formulier te <b>retourneren</b>.</p>\n",
        "brief.html",
    )
    result = cli("fix", str(page), "--write")
    assert page.read_text(encoding="utf8") == (
        "<p>Als u wilt, bel ons op &eacute;&eacute;n nummer.</p>\n<p>Stuur het formulier te <b>retourneren</b>.</p>\n"
    )
    assert "is niet veranderd" in result.stderr.decode()


def test_docx_keeps_formatting(tmp_path):
    from docx import Document

    doc = Document()
    doc.add_heading("Uw aanvraag", level=1)
    p = doc.add_paragraph()
    p.add_run("Indien ").bold = True
    p.add_run("u vragen hebt, ")
    p.add_run("bel ons").italic = True
    p.add_run(".")
    spanning = doc.add_paragraph()
    spanning.add_run("Wij zullen u het geld ")
    spanning.add_run("verst").bold = True
    spanning.add_run("rekken.")
    doc.add_paragraph("Wij bellen u morgen.", style="List Number")
    doc.sections[0].footer.paragraphs[0].text = "Gemeente Utrecht"
    path = tmp_path / "brief.docx"
    doc.save(path)
    out = tmp_path / "verbeterd.docx"
    result = cli("fix", str(path), "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    fixed = Document(str(out))
    paragraphs = fixed.paragraphs
    assert paragraphs[1].text == "Als u vragen hebt, bel ons."
    assert [(r.text, r.bold, r.italic) for r in paragraphs[1].runs] == [
        ("Als ", True, None), ("u vragen hebt, ", None, None), ("bel ons", None, True), (".", None, None)
    ]
    assert paragraphs[2].text == "Wij zullen u het geld geven."  # a replacement across runs
    original = Document(str(path))
    for before, after in ((original.paragraphs[0], paragraphs[0]), (original.paragraphs[3], paragraphs[3])):
        assert [(r.text, r.bold, r.italic) for r in before.runs] == [(r.text, r.bold, r.italic) for r in after.runs]
        assert before.style.name == after.style.name
    assert fixed.sections[0].footer.paragraphs[0].text == "Gemeente Utrecht"
    again = cli("fix", str(out), "--write")
    assert "niets om veilig te verbeteren" in again.stderr.decode()


def test_overlapping_fixes_are_both_left_and_reported():
    from begrijpelijk.findings import Edit, FileReport, Finding, Scores, Severity
    from begrijpelijk.fix.edits import plan

    source = "Wij verzoeken u het te retourneren.\n"

    def finding(start, end, replacement):
        return Finding("jargon", Severity.FOUT, start, end, 1, start + 1, 1, end, source[start:end], "m",
                       edits=(Edit(start, end, replacement),))

    scores = Scores(lint=None, lint_level=None, flesch_douma=None, b1=True, words=6, sentences=1,
                    average_sentence_length=6.0, b1_word_share=1.0, passive_share=0.0)
    report = FileReport(path="x.txt", scores=scores, findings=[finding(4, 13, "vragen"), finding(8, 16, "x")])
    result = plan(report, source)
    assert result.changes == [] and len(result.conflicts) == 1


def test_a_vague_period_with_dagtekening_becomes_a_date(tmp_path):
    """"dagtekening" alone would become "datum van deze brief" (four words for
    one noun: not sure), so only the period is rewritten, to a real date."""
    path = _letter(tmp_path, "Stuur het binnen 14 dagen na dagtekening terug.\n")
    result = cli("fix", str(path), "--datum", "2027-03-01", "--write")
    assert result.returncode == 0, result.stderr.decode()
    assert path.read_text(encoding="utf8") == "Stuur het uiterlijk maandag 15 maart 2027 terug.\n"


def test_read_only_target(tmp_path):
    path = _letter(tmp_path)
    path.chmod(0o444)
    result = cli("fix", str(path), "--write")
    assert result.returncode == 2 and "alleen lezen" in result.stderr.decode()
    path.chmod(0o644)
    assert path.read_text(encoding="utf8") == LETTER


def test_bad_targets_and_inputs(tmp_path):
    path = _letter(tmp_path)
    missing = cli("fix", str(path), "-o", str(tmp_path / "weg" / "x.txt"))
    assert missing.returncode == 2 and "bestaat niet" in missing.stderr.decode()
    broken = tmp_path / "kapot.docx"
    broken.write_bytes(b"PK\x03\x04 kapot")
    result = cli("fix", str(broken), "--write")
    assert result.returncode == 2 and "kapot.docx" in result.stderr.decode() and "Traceback" not in result.stderr.decode()
    assert broken.read_bytes() == b"PK\x03\x04 kapot"


def test_file_changed_on_disk_is_refused(tmp_path):
    from begrijpelijk.fix.files import write_fixed

    path = _letter(tmp_path)
    original = path.read_bytes()
    path.write_text("iemand anders schreef dit", encoding="utf8")
    with pytest.raises(InputError) as info:
        write_fixed(path, path, original, b"nieuw", backup=False)
    assert "veranderd terwijl" in info.value.message
    assert path.read_text(encoding="utf8") == "iemand anders schreef dit"


def test_interactive_choices(tmp_path, monkeypatch):
    from begrijpelijk.config import Settings
    from begrijpelijk.fix import files as fixer_cli

    answers = iter(["n", "j"])
    decide = lambda change: next(answers)  # noqa: E731
    path = _letter(tmp_path, "Indien u wilt, bel ons. Vermeld uw BSN.\n")
    settings = Settings(only={"jargon", "afkorting"}).validate()
    _, data, made, _, _ = fixer_cli.fix_file(path, settings, decide)
    assert [c.rule for c in made] == ["afkorting"]
    assert data.decode() == "Indien u wilt, bel ons. Vermeld uw burgerservicenummer (BSN).\n"


def test_fix_makes_only_what_check_reports(tmp_path):
    """A suppression and a Markdown code block stop the finding, and so the
    fix: fix applies the edits of the findings check reports, nothing else."""
    letter = tmp_path / "brief.md"
    text = (
        "Beste mevrouw Jansen,\n\n"
        "<!-- begrijpelijk: negeer vage-termijn -->\n"
        "Betaal het bedrag binnen 14 dagen. Dat staat in de wet.\n\n"
        "```\nbinnen 14 dagen\n```\n\n"
        "Stuur het formulier binnen 10 dagen terug. Wij helpen u daarbij graag en bellen u daarna op.\n\n"
        "Met vriendelijke groet,\n\nAnna de Boer\n"
    )
    letter.write_text(text, encoding="utf8")
    result = cli("fix", letter, "--datum", "2027-03-01", "--alleen", "vage-termijn", "--write")
    assert result.returncode == 0, result.stderr
    after = letter.read_text(encoding="utf8")
    assert "Betaal het bedrag binnen 14 dagen." in after
    assert "```\nbinnen 14 dagen\n```" in after
    assert "Stuur het formulier uiterlijk donderdag 11 maart 2027 terug." in after
    checked = json.loads(cli("check", letter, "--alleen", "vage-termijn", "--format", "json").stdout)
    assert checked["files"][0]["findings"] == []


def test_fix_leaves_a_rule_the_config_switches_off(tmp_path):
    """fix changes exactly what check reports with the same settings."""
    (tmp_path / "begrijpelijk.toml").write_text('uit = ["afkorting"]\n', encoding="utf8")
    letter = tmp_path / "brief.txt"
    letter.write_text("Vermeld uw BSN. Indien u vragen hebt, bel ons.\n", encoding="utf8")
    result = cli("fix", letter, "--write", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert letter.read_text(encoding="utf8") == "Vermeld uw BSN. Als u vragen hebt, bel ons.\n"


def test_fix_makes_one_pass_and_announces_what_it_shows(tmp_path):
    """'t.b.v.' becomes the plain word at once, as check says; fix never changes
    what it wrote itself in a second round the writer was never shown."""
    letter = tmp_path / "brief.txt"
    letter.write_text("Dit is t.b.v. uw aanvraag. Indien u vragen hebt, bel ons.\n", encoding="utf8")
    result = cli("fix", letter, "--write")
    assert result.returncode == 0, result.stderr
    assert letter.read_text(encoding="utf8") == "Dit is voor uw aanvraag. Als u vragen hebt, bel ons.\n"
    assert "2 veranderingen" in result.stderr.decode()
    assert result.stdout.decode().count("+Dit is voor") == 1


@pytest.mark.parametrize("flag", ["--check", "--diff"])
def test_check_shows_the_diff_writes_nothing_and_exits_1(tmp_path, flag):
    """Like ruff's --diff: for CI, exit 1 when there is something to fix."""
    path = _letter(tmp_path)
    result = cli("fix", path, flag, "--datum", "2027-03-01", "--no-color")
    assert result.returncode == 1
    assert "-Indien u vragen hebt" in result.stdout.decode() and "+Als u vragen hebt" in result.stdout.decode()
    assert path.read_text(encoding="utf8") == LETTER
    clean = _letter(tmp_path, FIXED, "verbeterd.txt")
    nothing = cli("fix", clean, flag, "--datum", "2027-03-01")
    assert nothing.returncode == 0 and nothing.stdout == b""
    assert "niets om veilig te verbeteren" in nothing.stderr.decode()
    assert cli("fix", path, flag, "--write").returncode == 2
    assert path.read_text(encoding="utf8") == LETTER


def test_one_change_is_1_verandering(tmp_path):
    path = _letter(tmp_path, "Indien u wilt, bel ons.\n")
    shown = cli("fix", path).stderr.decode()
    assert "1 verandering. Niets veranderd; gebruik --write om hem op te slaan." in shown
    assert "1 verandering opgeslagen." in cli("fix", path, "--write").stderr.decode()


def test_the_diff_ends_with_a_line_break_before_the_next_message(tmp_path):
    """Standard output and standard error on one screen: the message starts
    on a line of its own, also for a letter without a line break at its end."""
    import subprocess
    import sys

    path = _letter(tmp_path, "Indien u vragen hebt, bel ons. Vermeld uw BSN.")
    assert cli("fix", path).stdout.decode().endswith("(BSN).\n")
    both = subprocess.run(
        [sys.executable, "-m", "begrijpelijk", "fix", str(path)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300
    ).stdout.decode()
    assert f"uw burgerservicenummer (BSN).\n{path}: 2 veranderingen." in both

"""Hostile input and odd files: no file lost or replaced unasked, a Dutch
sentence and exit 2 for each kind of bad input, limits on size and time."""
import json
import os
import zipfile
from pathlib import Path

import pytest
from conftest import EXAMPLES, cli

PLAIN = "Wij verzoeken u het formulier te retourneren. Indien u vragen heeft, kunt u ons bellen.\n"


def _err(result) -> str:
    return result.stderr.decode()


def _one_dutch_sentence(result):
    text = _err(result)
    assert result.returncode == 2, text
    assert "Traceback" not in text
    assert "Er ging iets mis in begrijpelijk zelf" not in text
    return text


# 1. writes go through links and never replace links or devices


def test_check_report_through_a_symlink_keeps_the_link(tmp_path):
    target = tmp_path / "echt.json"
    target.write_text("oud", encoding="utf8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    letter = tmp_path / "brief.txt"
    letter.write_text(PLAIN, encoding="utf8")
    result = cli("check", letter, "-f", "json", "-o", link, "--overwrite")
    assert result.returncode == 1, _err(result)
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf8"))["version"] == 1


def test_fix_write_through_a_symlink_changes_the_target(tmp_path):
    target = tmp_path / "echt.txt"
    target.write_text(PLAIN, encoding="utf8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    result = cli("fix", link, "--write")
    assert result.returncode == 0, _err(result)
    assert link.is_symlink()
    assert "terug te sturen" in target.read_text(encoding="utf8")


def test_render_through_a_symlink_keeps_the_link(tmp_path):
    target = tmp_path / "echt.md"
    target.write_text("oud", encoding="utf8")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    result = cli("render", "uitnodiging-schuldhulp", "--voorbeeld", "-o", link, "--overwrite", "--datum", "2027-03-01")
    assert result.returncode == 0, _err(result)
    assert link.is_symlink()
    assert "geldzorgen" in target.read_text(encoding="utf8")


def test_a_device_is_never_replaced_by_a_file(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text(PLAIN, encoding="utf8")
    result = cli("check", letter, "-f", "json", "-o", "/dev/null", "--overwrite")
    assert "geen gewoon bestand" in _one_dutch_sentence(result)
    assert not Path("/dev/null").is_file()


def test_dash_writes_the_report_to_standard_output(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text(PLAIN, encoding="utf8")
    result = cli("check", letter, "-f", "json", "-o", "-")
    assert json.loads(result.stdout)["version"] == 1
    fixed = cli("fix", letter, "-o", "-")
    assert fixed.returncode == 0
    assert "terug te sturen" in fixed.stdout.decode()
    assert letter.read_text(encoding="utf8") == PLAIN


# 2. fix -o never replaces a file silently


def test_fix_output_refuses_an_existing_file_without_overwrite(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text(PLAIN, encoding="utf8")
    existing = tmp_path / "uit.txt"
    existing.write_text("bewaren", encoding="utf8")
    result = cli("fix", letter, "-o", existing)
    assert "--overwrite" in _one_dutch_sentence(result)
    assert existing.read_text(encoding="utf8") == "bewaren"
    assert cli("fix", letter, "-o", existing, "--overwrite").returncode == 0
    assert "terug te sturen" in existing.read_text(encoding="utf8")


# 3. linear time: finding lookups are binary searches


def test_paragraph_and_sentence_lookup_by_offset():
    from begrijpelijk import Settings
    from begrijpelijk.check.run import analyse
    from begrijpelijk.readers import read_bytes

    text = "\n\n".join(f"Dit is alinea {i}. Nog een zin hier." for i in range(200))
    document = read_bytes(text.encode(), "x.txt")
    analysed = analyse([document], Settings().model)[0]
    for i in (0, 57, 199):
        offset = text.index(f"Dit is alinea {i}.")
        assert document.paragraph_at(offset).text.startswith(f"Dit is alinea {i}.")
        assert analysed.sentence_at(offset + 3).text == f"Dit is alinea {i}."
        second = text.index("Nog", offset)
        assert analysed.sentence_at(second).text.startswith("Nog een zin")
    assert document.paragraph_at(text.index("Dit is alinea 1.") - 1) is None  # the blank line between


# 4. a .docx zip bomb is refused before it is unpacked


def _bomb(path: Path, size: int) -> None:
    with zipfile.ZipFile(EXAMPLES / "bureaucratisch.docx") as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * size, 1)
            out.writestr(item, data)


def test_docx_zip_bomb_is_refused(tmp_path):
    bomb = tmp_path / "bom.docx"
    _bomb(bomb, 60 * 1024 * 1024)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    result = cli("check", bomb)
    assert "te groot" in _one_dutch_sentence(result)
    assert "bom.docx" in _err(result)


def test_docx_zip_check_lets_a_normal_letter_through():
    from begrijpelijk.readers.docx import check_zip

    check_zip((EXAMPLES / "bureaucratisch.docx").read_bytes(), "brief.docx")


# 5. a hostile template cannot take all memory or time


@pytest.mark.parametrize(
    "body, words",
    [
        ("{{ 'x' * 3000000000 }}", "te lang"),
        ("{{ [1, 2] * 3000000000 }}", "te lang"),
        ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", "zichzelf"),
        ("{% for i in range(10**9) %}x{% endfor %}", "range()"),
        ("{% for i in range(10000) %}{{ 'y' * 1000 }}{% endfor %}", "langer dan"),
        ("{{ 10 ** 10 ** 10 }}", "te groot"),
        ("{{ ''.__class__.__mro__ }}", "niet mag"),
    ],
)
def test_hostile_template_gets_a_dutch_error(tmp_path, body, words):
    (tmp_path / "vijand.md.j2").write_text(f"---\ntitel: t\nvelden: {{}}\n---\n{body}\n", encoding="utf8")
    result = cli("render", "vijand", "--voorbeeld", "--templates", tmp_path, "-f", "txt")
    assert words in _one_dutch_sentence(result)
    assert result.stdout == b""


def test_template_that_runs_too_long_is_stopped(tmp_path, monkeypatch):
    from begrijpelijk.templates import render as templating

    monkeypatch.setattr(templating, "MAX_SECONDS", 1.0)
    body = "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}"
    (tmp_path / "lus.md.j2").write_text(f"---\ntitel: t\nvelden: {{}}\n---\n{body}\n", encoding="utf8")
    result = cli("render", "lus", "--voorbeeld", "--templates", tmp_path, "-f", "txt")
    assert "te lang" in _one_dutch_sentence(result)


def test_template_memory_is_capped(tmp_path):
    body = "{% set ns = namespace(x='abcdefgh') %}{% for i in range(40) %}{% set ns.x = ns.x ~ ns.x %}{% endfor %}{{ ns.x | length }}"
    (tmp_path / "geheugen.md.j2").write_text(f"---\ntitel: t\nvelden: {{}}\n---\n{body}\n", encoding="utf8")
    result = cli("render", "geheugen", "--voorbeeld", "--templates", tmp_path, "-f", "txt")
    assert "geheugen" in _one_dutch_sentence(result)


# 6. --write only applies fixes; --overwrite replaces outputs; --baseline-update


def test_check_has_no_write_flag_and_overwrite_never_touches_the_baseline(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text(PLAIN, encoding="utf8")
    baseline = tmp_path / "baseline.json"
    assert cli("check", letter, "--baseline", baseline).returncode == 0  # created
    made = baseline.read_bytes()
    letter.write_text(PLAIN + "\nTeneinde dit te regelen, bellen wij u.\n", encoding="utf8")
    report = tmp_path / "rapport.json"
    report.write_text("{}", encoding="utf8")
    result = cli("check", letter, "--baseline", baseline, "-f", "json", "-o", report, "--overwrite")
    assert result.returncode == 1  # the new jargon is reported, every run
    assert baseline.read_bytes() == made
    assert "bestaat niet" in _err(cli("check", letter, "--write"))
    assert cli("check", letter, "--baseline", baseline, "--baseline-update").returncode == 0
    assert cli("check", letter, "--baseline", baseline).returncode == 0


# 7. the baseline matches from any folder, by rule, text and context


def test_baseline_works_with_absolute_paths_and_from_another_folder(tmp_path):
    repo = tmp_path / "repo"
    (repo / "brieven").mkdir(parents=True)
    (repo / "brieven" / "a.txt").write_text(PLAIN, encoding="utf8")
    assert cli("check", "brieven", "--baseline", "baseline.json", cwd=repo).returncode == 0
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    result = cli("check", repo / "brieven" / "a.txt", "--baseline", repo / "baseline.json", cwd=elsewhere)
    assert result.returncode == 0, result.stdout.decode()
    stored = json.loads((repo / "baseline.json").read_text(encoding="utf8"))["findings"]
    assert {e["file"] for e in stored} == {"brieven/a.txt"}


def test_second_copy_of_an_old_phrase_is_reported_at_its_new_place(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text("U kunt ons bellen als u vragen hebt.\n\nIndien u wilt, kunt u langskomen.\n", encoding="utf8")
    baseline = tmp_path / "b.json"
    cli("check", letter, "--baseline", baseline, "--alleen", "jargon")
    letter.write_text(
        "Indien u het formulier mist, kunt u ons bellen.\n\nU kunt ons bellen als u vragen hebt.\n\nIndien u wilt, kunt u langskomen.\n",
        encoding="utf8",
    )
    result = cli("check", letter, "--baseline", baseline, "--alleen", "jargon", "-f", "json")
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [(f["line"], f["text"]) for f in findings] == [(1, "Indien")]


# 8. a Dutch sentence, not the generic error


def test_output_in_a_folder_that_cannot_be_written(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text(PLAIN, encoding="utf8")
    result = cli("check", letter, "-f", "json", "-o", "/proc/begrijpelijk-rapport.json")
    assert "/proc" in _one_dutch_sentence(result)
    assert "/proc" in _one_dutch_sentence(cli("init", "/proc"))
    assert "/proc" in _one_dutch_sentence(cli("templates", "new", "mijn-brief", "--templates", "/proc"))


def test_output_that_is_a_folder(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text(PLAIN, encoding="utf8")
    folder = tmp_path / "map.json"
    folder.mkdir()
    result = cli("check", letter, "-f", "json", "-o", folder, "--overwrite")
    assert "map" in _one_dutch_sentence(result)


def test_fix_on_a_folder(tmp_path):
    folder = tmp_path / "brieven.txt"
    folder.mkdir()
    assert "map" in _one_dutch_sentence(cli("fix", folder))


def test_reading_a_device_or_a_pipe_is_refused(tmp_path):
    zero = tmp_path / "nul.txt"
    zero.symlink_to("/dev/zero")
    result = cli("check", zero)
    assert "geen gewoon bestand" in _one_dutch_sentence(result)
    pipe = tmp_path / "pijp.txt"
    os.mkfifo(pipe)
    assert "geen gewoon bestand" in _one_dutch_sentence(cli("check", pipe))
    assert "geen gewoon bestand" in _one_dutch_sentence(cli("fix", zero))


@pytest.mark.skipif(os.geteuid() == 0, reason="root may read any file")
def test_unreadable_file(tmp_path):
    letter = tmp_path / "geheim.txt"
    letter.write_text(PLAIN, encoding="utf8")
    letter.chmod(0)
    assert "rechten" in _one_dutch_sentence(cli("check", letter))


def test_unreadable_file_message_from_the_reader(tmp_path, monkeypatch):
    """Also as root: an open() that fails with no permission gives the Dutch sentence."""
    import builtins

    from begrijpelijk import writing

    letter = tmp_path / "geheim.txt"
    letter.write_text(PLAIN, encoding="utf8")
    real_open = builtins.open

    def refusing(path, *args, **kwargs):
        if str(path) == str(letter):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(writing, "open", refusing, raising=False)
    assert "rechten" in _one_dutch_sentence(cli("check", letter))


# 9. the output's kind fits what is written


def test_fix_refuses_an_output_of_another_kind(tmp_path):
    letter = tmp_path / "b.txt"
    letter.write_text(PLAIN, encoding="utf8")
    result = cli("fix", letter, "-o", tmp_path / "b.docx")
    assert ".txt" in _one_dutch_sentence(result)
    assert not (tmp_path / "b.docx").exists()


def test_check_refuses_a_report_with_the_wrong_extension(tmp_path):
    letter = tmp_path / "b.txt"
    letter.write_text(PLAIN, encoding="utf8")
    result = cli("check", letter, "-f", "json", "-o", tmp_path / "rapport.html")
    assert ".json" in _one_dutch_sentence(result)
    result = cli("render", "uitnodiging-schuldhulp", "--voorbeeld", "-f", "docx", "-o", tmp_path / "brief.md")
    assert ".docx" in _one_dutch_sentence(result)


# 10 and 11. --version, and Typer's own messages in Dutch


def test_version_prints_and_exits_0():
    from begrijpelijk import __version__

    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.decode().strip() == f"begrijpelijk {__version__}"


@pytest.mark.parametrize(
    "args, words",
    [
        (("check",), "Er ontbreekt een argument"),
        (("check", "--bestaat-niet", "x.txt"), "De optie --bestaat-niet bestaat niet"),
        (("onzin",), "De opdracht 'onzin' bestaat niet"),
        (("check", "-j", "abc", "x.txt"), "geheel getal"),
        (("check", "--fail-on"), "heeft een waarde nodig"),
    ],
)
def test_usage_errors_are_dutch(args, words):
    result = cli(*args)
    text = _err(result)
    assert result.returncode == 2
    assert words in text
    for english in ("Missing", "No such", "Usage:", "Try '", "Error:"):
        assert english not in text


def test_help_is_dutch():
    text = cli("check", "--help").stdout.decode()
    assert "Gebruik: begrijpelijk check" in text
    assert "Laat deze uitleg zien en stop." in text
    assert "Show this message" not in text and "Usage:" not in text


def test_more_text_than_a_letter_is_refused_before_the_check(tmp_path):
    """Under the 5 MB file limit, but more than a million characters of text:
    refused with a Dutch sentence, so memory stays bounded."""
    big = tmp_path / "boek.txt"
    big.write_text(("Dit is een zin in een heel lang boek. " * 27_000), encoding="utf8")
    assert 1_000_000 < big.stat().st_size < 5 * 1024 * 1024
    result = cli("check", big)
    assert "1 miljoen tekens" in _one_dutch_sentence(result)

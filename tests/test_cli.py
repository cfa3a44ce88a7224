import json

import pytest
from conftest import EXAMPLES, cli, on_terminal, run_subprocess

BAD = EXAMPLES / "bureaucratisch.txt"
GOOD = EXAMPLES / "b1-herschreven.txt"


def test_bureaucratic_example_fails_with_exit_1_and_terminal_report():
    result = cli("check", str(BAD), "--no-color")
    out = result.stdout.decode()
    assert result.returncode == 1
    assert "B1: nee" in out
    assert "jargon" in out and "retourneren" in out and "terug te sturen" in out
    assert f"{BAD}:5:" in out  # path:line:column
    assert "meldingen" in out.splitlines()[-1]  # summary line with counts per rule


def test_rewritten_example_passes_with_exit_0():
    result = cli("check", str(GOOD), "--no-color")
    assert result.returncode == 0, result.stdout.decode()
    assert "B1: ja" in result.stdout.decode()


def test_fail_on_suggestie_makes_suggestions_count(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text("Neem contact op met de uitkeringsinstantie.", encoding="utf8")  # only a suggestion
    assert cli("check", str(letter)).returncode == 0
    assert cli("check", str(letter), "--fail-on", "suggestie").returncode == 1


def test_json_contract():
    result = cli("check", str(BAD), "--format", "json")
    data = json.loads(result.stdout)
    assert data["version"] == 1
    file = data["files"][0]
    assert file["path"] == str(BAD)
    assert set(file["scores"]) >= {"lint", "lint_level", "flesch_douma", "b1", "words", "sentences"}
    assert isinstance(file["scores"]["lint"], float) and file["scores"]["lint_level"] in (1, 2, 3, 4)
    assert file["scores"]["b1"] is False
    sentence = file["sentences"][0]
    assert set(sentence) == {"index", "line", "text", "words", "lint", "lint_level"}
    source = BAD.read_text(encoding="utf8")
    lines = source.split("\n")
    for f in file["findings"]:
        assert set(f) >= {"rule", "severity", "line", "column", "end_line", "end_column", "start", "end", "text", "message", "suggestion"}
        assert f["severity"] in ("fout", "waarschuwing", "suggestie")
        # text is the flagged source text exactly, and line/column point at it
        assert source[f["start"] : f["end"]] == f["text"]
        assert lines[f["line"] - 1][f["column"] - 1 :].startswith(f["text"].split("\n")[0])
    assert data["summary"]["per_rule"]["jargon"] >= 5


def test_docx_findings_point_at_paragraphs():
    result = cli("check", str(EXAMPLES / "bureaucratisch.docx"), "--format", "json")
    assert result.returncode == 1
    findings = json.loads(result.stdout)["files"][0]["findings"]
    retour = next(f for f in findings if f["text"] == "retourneren")
    assert retour["location"] == f"alinea {retour['line']}"


def test_standard_input():
    result = cli("check", "-", "--format", "json", stdin="Wij verzoeken u het formulier te retourneren.".encode())
    data = json.loads(result.stdout)
    assert data["files"][0]["path"] == "<standaardinvoer>"
    assert {f["text"] for f in data["files"][0]["findings"]} >= {"retourneren"}


def test_folder_is_walked_and_several_files_reported(tmp_path):
    (tmp_path / "a.txt").write_text("Wij bellen u morgen.", encoding="utf8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# Brief\n\nIndien u vragen hebt, bel ons.", encoding="utf8")
    (tmp_path / "plaatje.png").write_bytes(b"\x89PNG")
    data = json.loads(cli("check", str(tmp_path), "--format", "json").stdout)
    assert sorted(f["path"].replace(str(tmp_path), "") for f in data["files"]) == ["/a.txt", "/sub/b.md"]


def test_bad_file_is_reported_and_other_files_still_checked(tmp_path):
    good = tmp_path / "goed.txt"
    good.write_text("Indien u vragen hebt, bel ons.", encoding="utf8")
    bad = tmp_path / "kapot.docx"
    bad.write_bytes(b"geen word")
    result = cli("check", str(bad), str(good), "--format", "json")
    assert result.returncode == 2
    err = result.stderr.decode()
    assert "kapot.docx" in err and "Traceback" not in err
    data = json.loads(result.stdout)
    checked = next(f for f in data["files"] if f["path"] == str(good))
    assert checked["findings"]
    assert bad.read_bytes() == b"geen word"  # input never modified


def test_missing_file_exit_2_without_traceback():
    result = cli("check", "bestaat-niet.txt")
    assert result.returncode == 2
    err = result.stderr.decode()
    assert "bestaat-niet.txt: dit bestand bestaat niet" in err
    assert "Traceback" not in err


def test_folder_without_letters(tmp_path):
    (tmp_path / "x.png").write_bytes(b"\x89PNG")
    result = cli("check", str(tmp_path))
    assert result.returncode == 2
    assert "geen brieven" in result.stderr.decode()


def test_empty_and_binary_files(tmp_path):
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binair.txt"
    binary.write_bytes(bytes(range(256)))
    result = cli("check", str(empty), str(binary))
    assert result.returncode == 2
    err = result.stderr.decode()
    assert "leeg.txt: dit bestand is leeg" in err and "binair.txt" in err and "Traceback" not in err


def test_usage_errors_exit_2():
    assert cli("check", str(GOOD), "--format", "pdf").returncode == 2
    assert cli("check", str(GOOD), "--fail-on", "ramp").returncode == 2
    result = cli("check", str(GOOD), "--optie", "lange-zin.max-woorden=veel")
    assert result.returncode == 2
    assert "lange-zin.max-woorden" in result.stderr.decode()
    assert cli("check", str(GOOD), "--uit", "bestaat-niet").returncode == 2


def test_rule_option_from_command_line():
    result = cli("check", str(GOOD), "--alleen", "lange-zin", "--optie", "lange-zin.max-woorden=5", "--format", "json")
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert findings and all(f["rule"] == "lange-zin" for f in findings)


def test_rule_lists_with_commas_as_ruff_does():
    result = cli("check", str(BAD), "--alleen", "jargon,lange-zin", "--format", "json")
    rules = {f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]}
    assert rules == {"jargon", "lange-zin"}
    fewer = cli("check", str(BAD), "--alleen", "jargon,lange-zin", "--uit", "jargon,passief", "--format", "json")
    assert {f["rule"] for f in json.loads(fewer.stdout)["files"][0]["findings"]} == {"lange-zin"}


def test_debug_shows_traceback_for_bad_model():
    result = run_subprocess("--debug", "check", str(GOOD), "--model", "/bestaat/niet")
    assert result.returncode != 0
    assert "Traceback" in result.stderr.decode()


def test_bad_model_path_one_sentence_with_fallback():
    result = run_subprocess("check", str(GOOD), "--model", "/bestaat/niet")
    assert result.returncode == 2
    err = result.stderr.decode().strip()
    assert "'/bestaat/niet'" in err and "ingebouwde" in err and "Traceback" not in err


def test_rules_command_lists_and_shows_one():
    result = cli("rules")
    out = result.stdout.decode()
    for rule in ("lange-zin", "passief", "jargon", "moeilijk-woord"):
        assert rule in out
    one = cli("rules", "passief").stdout.decode()
    assert "Fout:" in one and "Goed:" in one
    assert cli("rules", "bestaat-niet").returncode == 2


def test_huge_file_exit_2(tmp_path):
    huge = tmp_path / "groot.txt"
    huge.write_bytes(b"woord " * (900 * 1024))  # more than 5 MB
    result = cli("check", str(huge))
    assert result.returncode == 2
    assert "groot.txt: dit bestand is groter dan 5 MB" in result.stderr.decode()


def test_woord_lookup():
    result = cli("woord", "retourneert")
    out = result.stdout.decode()
    assert result.returncode == 0
    assert "grondwoord: retourneren" in out and "jargon: ja" in out and "terugsturen" in out
    assert "B1-lijst: nee" in out
    plain = cli("woord", "huis").stdout.decode()
    assert "B1-lijst: ja" in plain and "jargon: nee" in plain
    assert "afkorting van: burgerservicenummer" in cli("woord", "BSN").stdout.decode()
    assert "dreigend: ja" in cli("woord", "deurwaarder").stdout.decode()


def test_own_jargon_and_allow_lists(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text("Wij retourneren het formulier. De rekenkamer controleert dit.", encoding="utf8")
    own = tmp_path / "eigen.tsv"
    own.write_text("rekenkamer\tde controleurs\n", encoding="utf8")
    allow = tmp_path / "toegestaan.txt"
    allow.write_text("# woorden die bij ons goed zijn\nretourneren\n", encoding="utf8")
    result = cli("check", str(letter), "--alleen", "jargon", "--jargon-lijst", str(own), "--toestaan-lijst", str(allow), "--format", "json")
    texts = [f["text"] for f in json.loads(result.stdout)["files"][0]["findings"]]
    assert texts == ["rekenkamer"]
    missing = cli("check", str(letter), "--jargon-lijst", str(tmp_path / "weg.tsv"))
    assert missing.returncode == 2 and "weg.tsv" in missing.stderr.decode()


@pytest.mark.parametrize(
    "args, code, stream, expected",
    [
        (("check", str(EXAMPLES / "bureaucratisch.txt"), "--no-color"), 1, "stdout", "meldingen"),
        (("check", str(GOOD), "--no-color"), 0, "stdout", "B1"),
        (("check", "/bestaat/niet.txt"), 2, "stderr", "/bestaat/niet.txt"),
    ],
)
def test_the_command_as_a_real_process(args, code, stream, expected):
    """The other tests run main() in this process; these few run `python -m
    begrijpelijk` itself: its exit codes and streams are what CI sees."""
    result = run_subprocess(*args)
    assert result.returncode == code
    assert expected in getattr(result, stream).decode()
    assert "Traceback" not in result.stderr.decode()


ESCAPE = "\x1b["


def test_use_color_flag_then_no_color_then_force_color_then_terminal(monkeypatch):
    """no-color.org and force-color.org: each counts when set and not empty;
    --color/--no-color wins over both."""
    from begrijpelijk.formatters import use_color

    class Stream:
        def __init__(self, tty):
            self.tty = tty

        def isatty(self):
            return self.tty

    terminal, pipe = Stream(True), Stream(False)
    assert use_color(None, terminal) and not use_color(None, pipe)
    monkeypatch.setenv("NO_COLOR", "")
    assert use_color(None, terminal)  # empty: not set
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color(None, terminal) and use_color(True, terminal)
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert use_color(None, pipe) and not use_color(False, pipe)


def test_no_color_switches_colour_off_on_a_terminal(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text("Indien u vragen hebt, bel ons.\n", encoding="utf8")
    assert ESCAPE in on_terminal("check", letter)
    checked = on_terminal("check", letter, env={"NO_COLOR": "1"})
    assert "jargon" in checked and ESCAPE not in checked
    fixed = on_terminal("fix", letter, env={"NO_COLOR": "1"})
    assert "+Als u vragen hebt" in fixed and ESCAPE not in fixed
    assert ESCAPE in on_terminal("fix", letter, "--color", env={"NO_COLOR": "1"})  # the flag wins


def test_force_color_switches_colour_on_when_piped(tmp_path, monkeypatch):
    letter = tmp_path / "brief.txt"
    letter.write_text("Indien u vragen hebt, bel ons.\n", encoding="utf8")
    assert ESCAPE not in cli("check", letter).stdout.decode()
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert ESCAPE in cli("check", letter).stdout.decode()
    assert ESCAPE in cli("fix", letter).stdout.decode()
    assert ESCAPE not in cli("check", letter, "--no-color").stdout.decode()  # the flag wins
    assert ESCAPE not in cli("fix", letter, "--no-color").stdout.decode()


def test_summary_says_1_melding_in_1_bestand(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text("Wij retourneren het formulier.\n", encoding="utf8")
    last = cli("check", letter, "--alleen", "jargon", "--no-color").stdout.decode().splitlines()[-1]
    assert last.startswith("1 melding (1 fout,") and " in 1 bestand." in last
    two = cli("check", letter, BAD, "--alleen", "jargon", "--no-color").stdout.decode().splitlines()[-1]
    assert "meldingen (" in two and " in 2 bestanden." in two


def test_rules_shows_option_values_as_the_user_writes_them():
    listed = cli("rules").stdout.decode()
    assert "voorbeeld=ja" in listed and "True" not in listed and "False" not in listed
    assert "Opties: voorbeeld = ja" in cli("rules", "passief").stdout.decode()


def test_a_folder_that_does_not_exist_is_one_sentence(tmp_path):
    for name, expected in (("leeg/", "leeg/: deze map bestaat niet."), ("leeg", "leeg: deze map of dit bestand bestaat niet.")):
        result = cli("check", name, cwd=tmp_path)
        err = result.stderr.decode().strip()
        assert result.returncode == 2
        assert err.startswith(expected) and len(err.splitlines()) == 1
        assert "soort bestand" not in err
    fixed = cli("fix", "leeg/", cwd=tmp_path)
    assert fixed.returncode == 2 and "deze map bestaat niet" in fixed.stderr.decode()


@pytest.mark.parametrize(
    "args",
    [
        ["chek", "x.txt"],  # an unknown command with a close match
        ["zwaai"],  # an unknown command without one
        ["check", "--bestaatniet", "x.txt"],  # an unknown option with a suggestion
        ["check"],  # a missing argument
        ["serve", "--port", "abc"],  # a bad value for a number
        ["rules", "a", "b", "c"],  # too many arguments
        ["check", "--fail-on", "heel", "x.txt"],  # a bad value for a choice
    ],
)
def test_every_usage_error_is_dutch(args):
    """Issue 36: no English is left in a usage error."""
    result = cli(*args)
    text = result.stderr.decode() + result.stdout.decode()
    assert result.returncode == 2
    for english in ("No such", "Did you mean", "Got unexpected", "Missing", "Invalid value", "Error:", "Usage:", "Try '"):
        assert english not in text, (args, text)


@pytest.mark.parametrize("shell, marker", [("bash", "_begrijpelijk_completion()"), ("zsh", "#compdef begrijpelijk"), ("fish", "complete --command begrijpelijk")])
def test_completion_script_for_each_shell(shell, marker):
    import os
    import subprocess
    import sys

    env = {**os.environ, "_BEGRIJPELIJK_COMPLETE": f"source_{shell}"}
    result = subprocess.run([sys.executable, "-m", "begrijpelijk"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and marker in result.stdout


def test_completion_completes_a_command_and_an_option():
    import os
    import subprocess
    import sys

    def complete(words: str, index: int) -> list[str]:
        env = {**os.environ, "_BEGRIJPELIJK_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(index)}
        result = subprocess.run([sys.executable, "-m", "begrijpelijk"], env=env, capture_output=True, text=True, timeout=60)
        return result.stdout.split()

    assert complete("begrijpelijk ch", 1) == ["check"]
    assert "--format" in complete("begrijpelijk check --for", 2)
    assert "Install completion" not in cli("--help").stdout.decode()


@pytest.mark.parametrize("command", [[], ["check"], ["fix"], ["render"], ["serve"], ["templates"], ["templates", "new"], ["woord"], ["rules"], ["init"]])
def test_help_shows_dutch_metavars_and_no_python_types(command):
    import re

    text = cli(*command, "--help").stdout.decode()
    assert "Gebruik:" in text
    assert not re.search(r"<[a-z\[\]]+>|\{[A-Za-z]+\}|\[default|\bTEXT\b|\bPATH\b|\bINTEGER\b|x<=", text), text


def test_serve_without_the_web_extra_says_how_to_install_it(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if `pip install .` without [web]
    result = cli("serve", "--port", "8765")
    assert result.returncode == 2
    assert 'pip install "begrijpelijk[web]"' in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()

import json
from pathlib import Path

import pytest
from conftest import cli

from begrijpelijk.config import apply_config, find_config, load_settings, read_config
from begrijpelijk.errors import ConfigError
from begrijpelijk.findings import Severity

LETTER = "Wij verzoeken u het formulier te retourneren. Uw aanvraag wordt door ons behandeld."


def _repo(tmp_path: Path, config: str, name: str = "begrijpelijk.toml") -> Path:
    (tmp_path / name).write_text(config, encoding="utf8")
    folder = tmp_path / "brieven" / "2027"
    folder.mkdir(parents=True)
    letter = folder / "brief.txt"
    letter.write_text(LETTER, encoding="utf8")
    return letter


def test_config_is_found_upward_and_applied(tmp_path):
    letter = _repo(tmp_path, 'uit = ["passief"]\nfail-on = "waarschuwing"\n[ernst]\njargon = "suggestie"\n[lange-zin]\nmax-woorden = 5\n')
    assert find_config(letter.parent) == tmp_path / "begrijpelijk.toml"
    settings, path = load_settings(letter.parent)
    assert path == tmp_path / "begrijpelijk.toml"
    assert "passief" in settings.disabled and settings.fail_on is Severity.WAARSCHUWING
    assert settings.severities["jargon"] is Severity.SUGGESTIE
    assert settings.options["lange-zin"]["max-woorden"] == 5
    result = cli("check", str(letter), "--format", "json")
    findings = json.loads(result.stdout)["files"][0]["findings"]
    rules = {f["rule"] for f in findings}
    assert "passief" not in rules and "lange-zin" in rules
    assert all(f["severity"] == "suggestie" for f in findings if f["rule"] == "jargon")
    assert result.returncode == 1  # lange-zin is a waarschuwing, fail-on waarschuwing


def test_command_line_flags_override_the_config(tmp_path):
    letter = _repo(tmp_path, 'fail-on = "suggestie"\n')
    assert cli("check", str(letter), "--alleen", "passief", "--fail-on", "fout").returncode == 0
    assert cli("check", str(letter), "--alleen", "passief").returncode == 1
    assert cli("check", str(letter), "--alleen", "passief", "--geen-config").returncode == 0


def test_pyproject_tool_section(tmp_path):
    letter = _repo(tmp_path, '[project]\nname = "x"\n\n[tool.begrijpelijk]\nuit = ["jargon"]\n', name="pyproject.toml")
    settings, path = load_settings(letter.parent)
    assert path.name == "pyproject.toml" and "jargon" in settings.disabled


@pytest.mark.parametrize(
    "config, phrase",
    [
        ("uit = [\"passief\"\nfail-on = 3", "line"),  # TOML syntax error: file and line
        ("onbekend = 1", "'onbekend' bestaat niet"),
        ("fail-on = \"ramp\"", "'fail-on'"),
        ("uit = [\"pasief\"]", "Bedoelt u 'passief'?"),
        ("[lange-zin]\nmax-woord = 3", "'lange-zin.max-woord'"),
        ("[lange-zin]\nmax-woorden = \"veel\"", "lange-zin.max-woorden"),
        ("[ernst]\njargonn = \"fout\"", "Bedoelt u 'jargon'?"),
        ("uit = 3", "lijst"),
    ],
)
def test_bad_config_names_file_and_key(tmp_path, config, phrase):
    letter = _repo(tmp_path, config)
    with pytest.raises(ConfigError) as info:
        load_settings(letter.parent)
    assert str(tmp_path / "begrijpelijk.toml") in info.value.message
    assert phrase in info.value.message
    result = cli("check", str(letter))
    assert result.returncode == 2 and "Traceback" not in result.stderr.decode()


def test_relative_list_paths_and_exclude(tmp_path):
    _repo(tmp_path, 'jargon-lijst = ["lijsten/eigen.tsv"]\nexclude = ["brieven/oud/*"]\n')
    (tmp_path / "lijsten").mkdir()
    (tmp_path / "lijsten" / "eigen.tsv").write_text("formulier\tpapier\n", encoding="utf8")
    old = tmp_path / "brieven" / "oud"
    old.mkdir()
    (old / "oud.txt").write_text("Indien u wilt.", encoding="utf8")
    data = json.loads(cli("check", str(tmp_path / "brieven"), "--alleen", "jargon", "--format", "json").stdout)
    assert [Path(f["path"]).name for f in data["files"]] == ["brief.txt"]
    assert "formulier" in [f["text"] for f in data["files"][0]["findings"]]


def test_include_patterns(tmp_path):
    letter = _repo(tmp_path, 'include = ["brieven/2027/*.md"]\n')
    (letter.parent / "brief.md").write_text("Indien u wilt, bel ons.", encoding="utf8")
    data = json.loads(cli("check", str(tmp_path / "brieven"), "--format", "json").stdout)
    assert [Path(f["path"]).name for f in data["files"]] == ["brief.md"]


def test_init_writes_a_complete_config_and_never_overwrites(tmp_path):
    assert cli("init", str(tmp_path)).returncode == 0
    path = tmp_path / "begrijpelijk.toml"
    data = read_config(path)
    from begrijpelijk.config import Settings
    from begrijpelijk.rules import registry

    settings = apply_config(Settings(), data, path)
    assert settings.fail_on is Severity.FOUT
    for rule in registry().values():
        assert f"# {rule.id} = " in path.read_text(encoding="utf8")
    # the [b1] values it writes are the defaults (every option, none stricter or looser)
    from begrijpelijk.check.scoring import B1Thresholds
    from begrijpelijk.config import B1_OPTIONS

    assert set(data["b1"]) <= set(B1_OPTIONS)
    assert settings.validate().b1 == B1Thresholds()
    path.write_text("# mijn eigen instellingen\n", encoding="utf8")
    again = cli("init", str(tmp_path))
    assert again.returncode == 2 and "--overwrite" in again.stderr.decode()
    assert path.read_text(encoding="utf8") == "# mijn eigen instellingen\n"
    assert cli("init", str(tmp_path), "--overwrite").returncode == 0
    assert "fail-on" in path.read_text(encoding="utf8")


def test_rules_below_their_precision_target_are_off_until_switched_on(tmp_path):
    from begrijpelijk import Settings, check_text

    text = "U schrijft het woord op en het woord komt op een lijst met woorden die te moeilijk zijn en die niemand kent."
    assert [f.rule for f in check_text(text, Settings()).findings if f.rule == "tussenzin"] == []
    (tmp_path / "begrijpelijk.toml").write_text('aan = ["tussenzin"]\n', encoding="utf8")
    from begrijpelijk.config import load_settings

    settings, _ = load_settings(tmp_path, None)
    assert "tussenzin" in {r.id for r in settings.enabled_rules()}
    assert "tussenzin" not in {r.id for r in Settings().enabled_rules()}


def test_passives_are_on_by_default_and_can_be_switched_off():
    """Issue 33: the brief names passive constructions; on a fresh judged set they are right often enough."""
    from begrijpelijk import Settings, check_text

    text = "Uw aanvraag wordt door ons behandeld."
    assert [f.rule for f in check_text(text, Settings()).findings if f.rule == "passief"] == ["passief"]
    assert [f.rule for f in check_text(text, Settings(disabled={"passief"})).findings if f.rule == "passief"] == []


def test_fix_uses_the_jargon_list_of_the_config_file(tmp_path, monkeypatch):
    """fix reads begrijpelijk.toml like check: the user's own alternative wins."""
    from typer.testing import CliRunner

    from begrijpelijk.cli.main import app

    (tmp_path / "eigen.tsv").write_text("thans\tvandaag\n", encoding="utf8")
    (tmp_path / "begrijpelijk.toml").write_text('jargon-lijst = ["eigen.tsv"]\n', encoding="utf8")
    letter = tmp_path / "brief.txt"
    letter.write_text("Wij sturen u thans de brief.\n", encoding="utf8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["fix", str(letter), "--write", "--no-color"])
    assert result.exit_code == 0, result.output
    assert letter.read_text(encoding="utf8") == "Wij sturen u vandaag de brief.\n"


def test_flags_are_the_same_keys_as_the_config_file(tmp_path, monkeypatch):
    """--uit passief --optie lange-zin.max-woorden=5 means what uit = [...] and
    [lange-zin] mean in begrijpelijk.toml: one resolve_settings for both."""
    from begrijpelijk.config import flags_as_config, resolve_settings

    letter = _repo(tmp_path, 'uit = ["passief"]\nniveau = "B2"\nfail-on = "waarschuwing"\n[lange-zin]\nmax-woorden = 5\n')
    from_file = resolve_settings([letter])
    other = tmp_path.parent / f"{tmp_path.name}-zonder"
    other.mkdir()
    monkeypatch.chdir(other)
    from_flags = resolve_settings(
        [other],
        flags=flags_as_config(disable=["passief"], level="B2", fail_on="waarschuwing", options=["lange-zin.max-woorden=5"]),
    )
    for name in ("disabled", "options", "b1", "fail_on", "level"):
        assert getattr(from_flags, name) == getattr(from_file, name), name
    assert from_file.config_path == tmp_path / "begrijpelijk.toml" and from_flags.config_path is None
    as_file = json.loads(cli("check", letter, "--format", "json").stdout)
    as_flags = json.loads(
        cli("check", letter, "--geen-config", "--format", "json", "--uit", "passief", "--niveau", "B2", "--optie", "lange-zin.max-woorden=5").stdout
    )
    assert as_file["files"][0]["findings"] == as_flags["files"][0]["findings"]


@pytest.mark.parametrize(
    "flags, phrase",
    [
        (["--optie", "lange-zin.bestaat-niet=1"], "--optie lange-zin.bestaat-niet"),
        (["--fail-on", "soms"], "--fail-on"),
        (["--uit", "pasief"], "passief"),
        (["--niveau", "C3"], "C3"),
    ],
)
def test_bad_flags_get_one_dutch_sentence(tmp_path, flags, phrase):
    letter = _repo(tmp_path, "")
    result = cli("check", letter, *flags)
    err = result.stderr.decode()
    assert result.returncode == 2 and phrase in err and "Traceback" not in err


def test_render_and_templates_read_the_config_of_the_folder(tmp_path, monkeypatch):
    """render checks the letter with the repository's settings (its own jargon
    list) and finds its templates from `sjablonen`, as check would."""
    (tmp_path / "mijn-sjablonen").mkdir()
    (tmp_path / "eigen.tsv").write_text("stap\tpraatje\tvoor de test\n", encoding="utf8")
    (tmp_path / "begrijpelijk.toml").write_text('sjablonen = "mijn-sjablonen"\njargon-lijst = ["eigen.tsv"]\n', encoding="utf8")
    monkeypatch.chdir(tmp_path)
    assert cli("templates", "new", "eigen-brief").returncode == 0
    assert (tmp_path / "mijn-sjablonen" / "eigen-brief.md.j2").exists()
    assert "eigen-brief" in cli("templates").stdout.decode()
    own = cli("render", "uitnodiging-schuldhulp", "--voorbeeld", "--datum", "2027-03-01")
    assert own.returncode == 0 and "jargon" in own.stderr.decode() and "'stap'" in own.stderr.decode()
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elders"
    elsewhere.mkdir()
    plain = cli("render", "uitnodiging-schuldhulp", "--voorbeeld", "--datum", "2027-03-01", cwd=elsewhere)
    assert plain.returncode == 0 and "'stap'" not in plain.stderr.decode()


def test_the_templates_flag_has_the_name_of_the_config_key(tmp_path):
    """--sjablonen is `sjablonen` in begrijpelijk.toml (--templates still works)."""
    folder = tmp_path / "eigen"
    folder.mkdir()
    assert cli("templates", "new", "brief-een", "--sjablonen", folder).returncode == 0
    assert cli("templates", "new", "brief-twee", "--templates", folder).returncode == 0
    listed = cli("templates", "--sjablonen", folder).stdout.decode()
    assert "brief-een" in listed and "brief-twee" in listed


def test_own_lines_for_the_shipped_lists(tmp_path):
    """[lijsten] adds the user's own lines to a shipped list, read by the same
    parser: a bad line or an unknown list gets one Dutch sentence."""
    (tmp_path / "afk.tsv").write_text("# onze afkortingen\nKCC\tKlantcontactcentrum\n", encoding="utf8")
    letter = _repo(tmp_path, '[lijsten]\nafkortingen = ["afk.tsv"]\n')
    letter.write_text("Bel het KCC als u vragen heeft.\n", encoding="utf8")
    found = json.loads(cli("check", letter, "--alleen", "afkorting", "--format", "json").stdout)["files"][0]["findings"]
    assert [f["text"] for f in found] == ["KCC"] and "Klantcontactcentrum (KCC)" in found[0]["suggestion"]
    (tmp_path / "afk.tsv").write_text("KCC zonder tab\n", encoding="utf8")
    bad = cli("check", letter)
    assert bad.returncode == 2 and "afk.tsv, regel 1" in bad.stderr.decode()
    (tmp_path / "begrijpelijk.toml").write_text('[lijsten]\nbestaat-niet = ["afk.tsv"]\n', encoding="utf8")
    unknown = cli("check", letter)
    assert unknown.returncode == 2 and "lijsten.bestaat-niet" in unknown.stderr.decode()


def test_every_documented_key_has_one_handler():
    # the keys a config file may have (README: "Instellingen") each go through one handler of the registry
    from begrijpelijk.config import KEY_HANDLERS, LIST_KEYS, SCALAR_KEYS, TABLE_KEYS

    assert set(KEY_HANDLERS) == set(LIST_KEYS) | SCALAR_KEYS | TABLE_KEYS


def test_list_keys_add_to_what_is_there(tmp_path):
    from begrijpelijk.config import Settings, apply_config

    settings = apply_config(Settings(), {"uit": ["passief"], "toestaan": ["ICT"]}, None, base=tmp_path)
    settings = apply_config(settings, {"uit": "jargon", "toestaan": ["DigiD"]}, None, base=tmp_path)
    assert {"passief", "jargon"} <= settings.disabled
    assert settings.allow_words[-2:] == ("ICT", "DigiD")


def _two_configs(tmp_path: Path) -> tuple[Path, Path]:
    """A root config that switches passief off, and a templates folder whose own config switches jargon off."""
    (tmp_path / "begrijpelijk.toml").write_text('uit = ["passief"]\n', encoding="utf8")
    letters = tmp_path / "brieven"
    templates = tmp_path / "sjablonen"
    letters.mkdir()
    templates.mkdir()
    (templates / "begrijpelijk.toml").write_text('uit = ["jargon"]\n', encoding="utf8")
    (letters / "a.txt").write_text(LETTER, encoding="utf8")
    (templates / "b.txt").write_text(LETTER, encoding="utf8")
    return letters / "a.txt", templates / "b.txt"


def _rules_per_file(*paths: Path) -> dict[str, set[str]]:
    data = json.loads(cli("check", *map(str, paths), "--format", "json").stdout)
    return {Path(f["path"]).name: {x["rule"] for x in f["findings"]} for f in data["files"]}


def test_each_file_takes_its_nearest_config_in_any_order(tmp_path):
    a, b = _two_configs(tmp_path)
    forward, backward = _rules_per_file(a, b), _rules_per_file(b, a)
    assert forward == backward
    assert "jargon" in forward["a.txt"] and "passief" not in forward["a.txt"]
    assert "jargon" not in forward["b.txt"] and "passief" in forward["b.txt"]


def test_exclude_applies_to_files_named_on_the_command_line(tmp_path):
    _repo(tmp_path, 'exclude = ["brieven/oud/*"]\n')
    old = tmp_path / "brieven" / "oud"
    old.mkdir()
    (old / "oud.txt").write_text("Indien u wilt.", encoding="utf8")
    kept = tmp_path / "brieven" / "2027" / "brief.txt"
    data = json.loads(cli("check", str(old / "oud.txt"), str(kept), "--format", "json").stdout)
    assert [Path(f["path"]).name for f in data["files"]] == ["brief.txt"]

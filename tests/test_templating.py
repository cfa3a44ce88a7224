import datetime as dt

import pytest
from conftest import cli

from begrijpelijk.errors import InputError
from begrijpelijk.templates.render import (
    available,
    bedrag,
    datum,
    find,
    telefoon,
    termijn,
    validate,
)

SHIPPED = sorted(available())


def test_dutch_filters():
    assert datum("2027-05-04") == "dinsdag 4 mei 2027"
    assert bedrag(1234.5) == "€ 1.234,50" and bedrag("125,50") == "€ 125,50"
    # 14 days after Monday 1 March is Monday 15 March; a Saturday moves to Monday
    assert termijn(14, "2027-03-01") == "uiterlijk maandag 15 maart 2027"
    assert termijn(5, dt.date(2027, 3, 1)) == "uiterlijk maandag 8 maart 2027"
    assert telefoon("0301234567") == "030 123 45 67"
    assert telefoon("+31612345678") == "06 12 34 56 78"


def test_at_least_six_shipped_templates():
    assert len(SHIPPED) >= 6


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_template_passes_its_own_check(name, tmp_path):
    out = tmp_path / f"{name}.md"
    result = cli("render", name, "--voorbeeld", "--datum", "2027-03-01", "-o", str(out), "--strict")
    assert result.returncode == 0, result.stderr.decode()
    assert "0 fout, 0 waarschuwing" in result.stderr.decode()
    text = out.read_text(encoding="utf8")
    assert "{{" not in text and "Bel mij gerust" in text


def test_decision_template_both_ways(tmp_path):
    data = tmp_path / "klant.yaml"
    data.write_text(
        "naam: mevrouw De Vries\nuitkering: een bijstandsuitkering\nbesluit: nee\n"
        "reden: Uw inkomen is hoger dan de grens\ncontact_naam: Anna de Boer\n"
        "kenmerk: UIT-1\norganisatie: de gemeente Utrecht\nbezwaar_adres: Postbus 16200, 3500 CE Utrecht\n"
        "contact_telefoon: '0301234567'\ncontact_bereikbaar: op werkdagen van 9.00 tot 12.00 uur\n",
        encoding="utf8",
    )
    result = cli("render", "besluit-uitkering", "--data", str(data), "--datum", "2027-03-01", "-f", "txt", "--strict")
    text = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()
    assert "U krijgt geen bijstandsuitkering" in text
    assert "Als u het niet eens bent met dit besluit, dan kunt u ons een brief sturen. Dat heet bezwaar maken. Doe dat uiterlijk maandag 12 april 2027." in text


def test_all_data_problems_are_listed_at_once():
    template = find("uitnodiging-schuldhulp")
    data = template.example_data()
    del data["afspraak_datum"]
    data["contact_telefoon"] = "bel maar"
    data["schoenmaat"] = 42
    with pytest.raises(InputError) as info:
        validate(template, data, "klant.yaml")
    message = info.value.message
    assert "Veld 'afspraak_datum' ontbreekt" in message
    assert "Veld 'contact_telefoon' moet een telefoonnummer" in message
    assert "Veld 'schoenmaat' kent het sjabloon" in message


def test_docx_has_headings_numbered_steps_and_bold_deadline(tmp_path):
    from docx import Document

    out = tmp_path / "brief.docx"
    assert cli("render", "ontbrekende-papieren", "--voorbeeld", "--datum", "2027-03-01", "-o", str(out)).returncode == 0
    doc = Document(str(out))
    styles = [(p.style.name, p.text) for p in doc.paragraphs]
    assert ("Heading 1", "Wij hebben nog een paar papieren van u nodig") in styles
    steps = [text for style, text in styles if style == "List Number"]
    assert len(steps) == 3 and steps[2].startswith("Stuur alles naar ons uiterlijk maandag 15 maart 2027")
    bold = [r.text for p in doc.paragraphs for r in p.runs if r.bold]
    assert "uiterlijk maandag 15 maart 2027" in bold


@pytest.mark.parametrize("kind, marker", [("md", "## Wat moet u doen?"), ("txt", "\nWat moet u doen?\n"), ("html", "<ol>")])
def test_other_output_formats(kind, marker, tmp_path):
    out = tmp_path / f"brief.{kind}"
    assert cli("render", "gemiste-afspraak", "--voorbeeld", "-o", str(out)).returncode == 0
    assert marker in out.read_text(encoding="utf8")


def test_templates_list_show_and_new(tmp_path):
    listed = cli("templates").stdout.decode()
    assert all(name in listed for name in SHIPPED)
    shown = cli("templates", "show", "betalingsregeling").stdout.decode()
    assert "betaald: getal, verplicht" in shown and "Voorbeeld van een gegevensbestand" in shown
    assert cli("templates", "new", "mijn-brief", "--templates", str(tmp_path)).returncode == 0
    assert (tmp_path / "mijn-brief.md.j2").exists()
    own = cli("templates", "--templates", str(tmp_path)).stdout.decode()
    assert "mijn-brief" in own and "(eigen)" in own
    rendered = cli("render", "mijn-brief", "--voorbeeld", "--templates", str(tmp_path), "-f", "txt")
    assert rendered.returncode == 0 and "1. Zoek uw laatste loonstrook." in rendered.stdout.decode()


@pytest.mark.parametrize(
    "content, name, phrase",
    [
        ("naam: mevrouw\nadres: \"Stationsplein\n", "klant.yaml", ", kolom "),
        ('{"naam": "x",\n "b": }', "klant.json", "regel 2, kolom"),
    ],
)
def test_malformed_data_files(tmp_path, content, name, phrase):
    data = tmp_path / name
    data.write_text(content, encoding="utf8")
    result = cli("render", "uitnodiging-schuldhulp", "--data", str(data))
    assert result.returncode == 2
    err = result.stderr.decode()
    assert name in err and phrase in err and "Traceback" not in err


def test_unknown_template_lists_the_existing_ones():
    result = cli("render", "uitnodiging-schuld", "--voorbeeld")
    assert result.returncode == 2
    err = result.stderr.decode()
    assert "Bedoelt u 'uitnodiging-schuldhulp'?" in err and "betalingsregeling" in err


def test_template_syntax_error_names_file_and_line(tmp_path):
    (tmp_path / "kapot.md.j2").write_text("---\ntitel: Kapot\nvelden: {}\n---\nBeste lezer,\n\n{% if %}\n", encoding="utf8")
    result = cli("render", "kapot", "--voorbeeld", "--templates", str(tmp_path))
    assert result.returncode == 2
    assert "kapot.md.j2, regel 7" in result.stderr.decode()


def test_sandbox_escape_is_refused(tmp_path):
    evil = "---\ntitel: Kwaad\nvelden: {}\n---\n{{ ''.__class__.__mro__[1].__subclasses__() }}\n"
    (tmp_path / "kwaad.md.j2").write_text(evil, encoding="utf8")
    result = cli("render", "kwaad", "--voorbeeld", "--templates", str(tmp_path))
    assert result.returncode == 2
    assert "geweigerd" in result.stderr.decode() or "bestaat niet" in result.stderr.decode()
    assert "object" not in result.stdout.decode()
    reader = "---\ntitel: Lezen\nvelden: {}\n---\n{% include '/etc/passwd' %}\n"
    (tmp_path / "lezen.md.j2").write_text(reader, encoding="utf8")
    result = cli("render", "lezen", "--voorbeeld", "--templates", str(tmp_path))
    assert result.returncode == 2 and "root:" not in result.stdout.decode()


def test_output_folder_missing_and_existing_file(tmp_path):
    missing = cli("render", "gemiste-afspraak", "--voorbeeld", "-o", str(tmp_path / "weg" / "brief.docx"))
    assert missing.returncode == 2 and "bestaat niet" in missing.stderr.decode()
    out = tmp_path / "brief.txt"
    out.write_text("mijn eerdere brief", encoding="utf8")
    refused = cli("render", "gemiste-afspraak", "--voorbeeld", "-o", str(out))
    assert refused.returncode == 2 and "--overwrite" in refused.stderr.decode()
    assert out.read_text(encoding="utf8") == "mijn eerdere brief"
    assert cli("render", "gemiste-afspraak", "--voorbeeld", "-o", str(out), "--overwrite").returncode == 0
    assert "Een nieuwe afspraak voor u" in out.read_text(encoding="utf8")


def test_strict_writes_nothing_when_the_letter_has_findings(tmp_path):
    (tmp_path / "ambtelijk.md.j2").write_text(
        "---\ntitel: Ambtelijk\nvelden: {}\n---\nWij verzoeken u het formulier te retourneren.\n", encoding="utf8"
    )
    out = tmp_path / "brief.docx"
    result = cli("render", "ambtelijk", "--voorbeeld", "--templates", str(tmp_path), "-o", str(out), "--strict")
    assert result.returncode == 1 and not out.exists()
    assert not list(tmp_path.glob(".brief.docx.*"))  # no half-written file either
    assert "retourneren" not in result.stdout.decode()
    assert "jargon" in result.stderr.decode()


def test_a_rendered_letter_is_a4():
    import io

    from docx import Document
    from docx.shared import Cm

    from begrijpelijk.templates.output import to_docx

    section = Document(io.BytesIO(to_docx("# Brief\n\nBeste mevrouw,\n\nTekst.\n"))).sections[0]
    assert abs(section.page_width - Cm(21.0)) < Cm(0.01) and abs(section.page_height - Cm(29.7)) < Cm(0.01)


def test_a_field_needed_for_one_choice_is_named_when_it_is_missing():
    """Issue 34: 'reden' is needed when besluit = nee; 'bedrag' and 'ingang' when besluit = ja."""
    from begrijpelijk.errors import InputError
    from begrijpelijk.templates.render import find, validate

    template = find("besluit-uitkering")
    data = template.example_data()
    no = {**data, "besluit": "nee"}
    no.pop("reden")
    with pytest.raises(InputError, match="Veld 'reden' is nodig als besluit 'nee' is"):
        validate(template, no)
    yes = {**data, "besluit": "ja"}
    yes.pop("bedrag")
    yes.pop("ingang")
    with pytest.raises(InputError) as raised:
        validate(template, yes)
    assert "Veld 'bedrag' is nodig als besluit 'ja' is" in raised.value.message
    assert "Veld 'ingang' is nodig als besluit 'ja' is" in raised.value.message


def test_a_refusal_says_how_to_object():
    from begrijpelijk.templates.render import find, render, validate

    template = find("besluit-uitkering")
    data = {**template.example_data(), "besluit": "nee", "contact_bereikbaar": "altijd"}
    text = render(template, validate(template, data), dt.date(2027, 3, 1))
    for needed in ("bezwaar", "uiterlijk maandag 12 april 2027", "UIT-2027-0312", "1 maart 2027", "Postbus 16200"):
        assert needed in text
    assert "bellen altijd" not in text and "Wanneer kunt u mij bellen? Altijd." in text

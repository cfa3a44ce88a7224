"""What the web page asks for, as plain functions from request values to
answers: the same library calls and contracts as the command line. A
BegrijpelijkError carries the Dutch sentence the page shows."""
from __future__ import annotations

import base64
import datetime as dt
import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from begrijpelijk.check.run import check_documents
from begrijpelijk.config import (
    Settings,
    flags_as_config,
    resolve_settings,
)
from begrijpelijk.errors import InputError
from begrijpelijk.findings import Report
from begrijpelijk.formatters import OutputOptions
from begrijpelijk.formatters import get as formatter
from begrijpelijk.readers import read_bytes
from begrijpelijk.readers import text as text_reader

# spaCy and the rules are not made for threads: one request works at a time
LOCK = threading.Lock()


@dataclass
class Upload:
    """A letter as the page sends it: pasted text or a file's bytes."""

    data: bytes
    name: str  # "<tekst>" for pasted text, else the file's name


def pasted(text: str) -> Upload:
    return Upload(text.replace("\r\n", "\n").replace("\r", "\n").encode("utf8"), "<tekst>")


class Service:
    """The settings from the config file of the folder the server started in,
    and the user's template folder; each request adds its own flags."""

    def __init__(self, folder: Path | None = None, templates: Path | None = None) -> None:
        self.folder = folder
        self.templates = self.settings(templates=templates).templates

    def settings(self, purpose: str = "check", fix_rules=None, letter_date=None, **flags) -> Settings:
        """As the command line resolves them (config.resolve_settings), from
        the folder the server started in."""
        paths = [self.folder] if self.folder is not None else []
        return resolve_settings(paths, flags=flags_as_config(**flags), purpose=purpose, fix_rules=fix_rules, letter_date=letter_date)

    # ── check ──────────────────────────────────────────────────────────

    def _document(self, upload: Upload):
        """The letter read as `check` reads it: the reader by the file's name
        (an unknown kind is refused in Dutch); pasted text as plain text."""
        if upload.name == "<tekst>":
            return read_bytes(upload.data, "<tekst>", text_reader.read)
        return read_bytes(upload.data, upload.name)

    def check(self, upload: Upload, **flags) -> tuple[Report, Any]:
        settings = self.settings(**flags)
        document = self._document(upload)
        with LOCK:
            report = check_documents([document], settings)
        return report, document

    def check_json(self, upload: Upload, with_text: bool = False, view: bool = False, **flags) -> dict:
        """Exactly the JSON of `check --format json` (version 1); with
        ``with_text`` each file also carries "tekst": the text the offsets count in;
        with ``view`` also "weergave": what the page shows (formatters/web_view.py)."""
        report, document = self.check(upload, **flags)
        return _report_json(report, document.source if with_text or view else None, view)

    def commented(self, upload: Upload, **flags) -> tuple[bytes, int]:
        """The .docx with a Word comment for each finding."""
        from begrijpelijk.formatters.docx_comments import commented_copy

        if not upload.name.lower().endswith(".docx"):
            raise InputError(f"{upload.name}: opmerkingen in Word kan alleen bij een Word-brief (.docx).")
        report, _ = self.check(upload, **flags)
        with LOCK:
            return commented_copy(report.checked[0], upload.data)

    # ── fix ────────────────────────────────────────────────────────────

    def fix(self, upload: Upload, rules=None, chosen: set[str] | None = None, letter_date: dt.date | None = None, **flags) -> dict:
        """The letter with its safe fixes made. ``chosen``: the ids of the
        changes to make (from "voorstellen" in an earlier answer; an empty set
        makes none and only proposes); None makes every safe change. ``flags``:
        the options of the check (a rule switched off there is not fixed)."""
        from begrijpelijk.fix.edits import unified_diff
        from begrijpelijk.formatters.web_view import comparison
        from begrijpelijk.fix.files import fix_bytes, text_of

        settings = self.settings("fix", rules, letter_date, **flags)
        name = "tekst.txt" if upload.name == "<tekst>" else upload.name
        before = self._document(upload).source  # the same checks of the input as check
        offered: list = []

        def decide(change) -> str:
            offered.append(change)
            return "j" if chosen is None or change_id(change) in chosen else "n"

        with LOCK:
            data, made, conflicts, skipped = fix_bytes(upload.data, name, settings, decide if chosen is not None else None)
        after = text_of(data, name)
        answer = {
            "pad": upload.name,
            "voorstellen": [_change(c) for c in (offered if chosen is not None else made)],
            "veranderingen": [_change(c) for c in made],
            "niet_veranderd": [_change(c) for c in skipped],
            "diff": unified_diff(before, after, upload.name),
            "vergelijking": comparison(before, after, [(c.edit.start, c.edit.end, c.edit.replacement) for c in made]),
            "tekst": after,
        }
        if name.lower().endswith(".docx"):
            answer["docx"] = base64.b64encode(data).decode("ascii")
        return answer

    # ── templates ──────────────────────────────────────────────────────

    def templates_list(self) -> list[dict]:
        from begrijpelijk.templates.render import available, parse_template

        out = []
        for name, path in available(self.templates).items():
            template = parse_template(path, name)
            out.append(
                {
                    "naam": name,
                    "titel": template.title,
                    "beschrijving": template.description,
                    "eigen": self.templates is not None and path.parent == self.templates,
                    "velden": [
                        {
                            "naam": spec.name,
                            "label": field_label(spec.name),
                            "type": spec.type,
                            "verplicht": spec.required,
                            "uitleg": spec.description,
                            "voorbeeld": _plain(spec.example),
                            "opties": list(spec.options),
                        }
                        for spec in template.fields.values()
                    ],
                }
            )
        return out

    def render(self, name: str, data: dict[str, Any], letter_date: dt.date | None = None, kind: str = "md") -> dict:
        """The letter from a template, checked. Raises FieldErrors when the
        data do not fit the template."""
        from begrijpelijk.templates.output import render_text, to_docx
        from begrijpelijk.templates.render import field_problems, find, render

        template = find(name, self.templates)
        values, problems = field_problems(template, data)
        if problems:
            raise FieldErrors({key: _named(message, key) for key, message in problems.items()})
        if kind not in ("md", "html", "txt", "docx"):
            raise InputError(f"Het formaat '{kind}' kan niet. Kies md, html, txt of docx.")
        markdown = render(template, values, letter_date or dt.date.today(), self.templates)
        document = read_bytes(markdown.encode("utf8"), f"{template.name}.md")
        with LOCK:
            report = check_documents([document], self.settings("render"))
        from begrijpelijk.formatters.web_view import preview_html

        answer = {
            "sjabloon": name, "titel": template.title, "markdown": markdown, "voorbeeld": preview_html(markdown),
            "controle": _report_json(report, document.source, view=True, prefix="s"),
        }
        if kind == "docx":
            answer["docx"] = base64.b64encode(to_docx(markdown, template.title)).decode("ascii")
        else:
            answer["tekst"] = render_text(markdown, kind, template.title)
        return answer


class FieldErrors(InputError):
    """The data do not fit the template: a message per field."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("De gegevens passen niet bij het sjabloon: " + " ".join(problems.values()))
        self.problems = problems


def _report_json(report: Report, text: str | None = None, view: bool = False, prefix: str = "m") -> dict:
    """The JSON of `check --format json`; with ``text``, the first file also
    carries "tekst": the text its offsets count in; with ``view``, "weergave"."""
    from begrijpelijk.findings import FileReport
    from begrijpelijk.formatters.web_view import page_view

    out = json.loads(formatter("json")(report, OutputOptions(color=False)))
    if text is not None:
        out["files"][0]["tekst"] = text
    if view and isinstance(report.files[0], FileReport):
        out["files"][0]["weergave"] = page_view(report.files[0], prefix)
    return out


# what a template's field is called on the page (its key is for the template)
LABELS = {
    "naam": "Aanhef (naam van de lezer)", "contact_naam": "Naam van de contactpersoon", "contact_telefoon": "Telefoonnummer",
    "contact_bereikbaar": "Wanneer bereikbaar", "bezwaar_adres": "Adres voor bezwaar", "per_maand": "Bedrag per maand",
    "volgende_datum": "Datum van de volgende betaling", "gemist_datum": "Datum van de gemiste afspraak",
    "nieuwe_datum": "Datum van de nieuwe afspraak", "nieuwe_tijd": "Tijd van de nieuwe afspraak",
    "afspraak_datum": "Datum van het gesprek", "afspraak_tijd": "Tijd van het gesprek", "waarvoor": "Waarvoor is de rekening",
    "aantal": "Aantal betalingen", "betaald": "Aantal keer al betaald", "dagen": "Aantal dagen", "ingang": "Ingangsdatum",
    "meenemen": "Wat de lezer meeneemt",
}


def field_label(name: str) -> str:
    return LABELS.get(name) or name.replace("_", " ").capitalize()


def _sentence(text: str) -> str:
    """"Het directe nummer van de contactpersoon." → "het directe nummer van de contactpersoon"."""
    text = text.strip().rstrip(".")
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _named(message: str, key: str) -> str:
    """A field's error as the page says it, under the field: with the
    field's label instead of its key, and what to write there."""
    label = field_label(key)
    prefix = re.escape(f"Veld '{key}'")
    missing = re.fullmatch(prefix + r" ontbreekt \((.*)\)\.", message, re.S)
    if missing:
        return f"Het veld '{label}' ontbreekt. Vul hier in: {_sentence(missing.group(1))}."
    needed = re.fullmatch(prefix + r" is nodig als (.*) \((.*)\)\.", message, re.S)
    if needed:
        return f"Het veld '{label}' is nodig als {needed.group(1)}. Vul hier in: {_sentence(needed.group(2))}."
    wrong = re.fullmatch(prefix + r" moet (.*) zijn, niet '(.*)'\.", message, re.S)
    if wrong:
        return f"In het veld '{label}' staat '{wrong.group(2)}'. Vul hier in: {wrong.group(1)}."
    return message.replace(f"Veld '{key}'", f"Het veld '{label}'")


def change_id(change) -> str:
    return f"{change.edit.start}:{change.before}"


def _change(change) -> dict:
    return {
        "id": change_id(change),
        "regel": change.rule,
        "regelnummer": change.line,
        "voor": change.before,
        "na": change.edit.replacement,
    }


def _plain(value: Any) -> Any:
    """A template's example as JSON can carry it (dates as 2027-03-12)."""
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value

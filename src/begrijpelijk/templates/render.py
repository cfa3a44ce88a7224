"""Letter templates: the sandboxed Jinja2 environment, the field declarations
in front matter, validation of the client's data, and filters for Dutch letters.

A template is a Markdown file with Jinja2 (``NAAM.md.j2``) that starts with YAML
front matter::

    ---
    titel: Uitnodiging voor een eerste gesprek
    beschrijving: Voor een klant die zich aanmeldt voor schuldhulp.
    velden:
      naam: {type: tekst, beschrijving: "Hoe u de klant aanspreekt", voorbeeld: "mevrouw Jansen"}
      afspraak: {type: datum, voorbeeld: 2027-03-12}
      telefoon: {type: telefoon, verplicht: false, voorbeeld: "0301234567"}
    ---

Steps are written with ``{{ stap_voor_stap(stappen) }}``: numbered, one action
each, and "Als …, dan …" for a choice. Field types: tekst, datum, tijd, bedrag,
getal, telefoon, keuze (with
``opties``), lijst (of texts) and stappen (a list of steps: a text, or
``{als: …, dan: …}`` for a choice).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from begrijpelijk.data import shipped
from begrijpelijk.errors import InputError
from begrijpelijk.templates.filters import (  # noqa: F401  (also the names callers import from here)
    _to_amount,
    _to_date,
    _to_phone,
    bedrag,
    datum,
    naam,
    stappen,
    telefoon,
    termijn,
    tijd,
    zin,
)

SUFFIX = ".md.j2"
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---[ \t]*\n", re.S)
TYPES = ("tekst", "datum", "tijd", "bedrag", "getal", "telefoon", "keuze", "lijst", "stappen")
TYPE_EXAMPLES = {
    "tekst": "een tekst",
    "datum": "een datum, zoals 2027-03-12",
    "tijd": "een tijd, zoals 10:30",
    "bedrag": "een bedrag, zoals 125,50",
    "getal": "een heel getal, zoals 3",
    "telefoon": "een telefoonnummer, zoals 030 123 45 67",
    "keuze": "een van de opties",
    "lijst": "een lijst met teksten",
    "stappen": "een lijst met stappen",
}


# ── field declarations ────────────────────────────────────────────────────


@dataclass
class FieldSpec:
    name: str
    type: str
    required: bool = True
    description: str = ""
    example: Any = None
    options: tuple[str, ...] = ()
    # needed only when another field has one of these values: {"besluit": ("nee",)}
    required_if: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass
class Template:
    name: str
    path: Path
    title: str
    description: str
    fields: dict[str, FieldSpec]
    body: str
    body_line: int  # line in the file where the body starts (1-based)
    source: str = field(repr=False, default="")

    def example_data(self) -> dict[str, Any]:
        return {name: spec.example for name, spec in self.fields.items() if spec.example is not None}


def parse_template(path: Path, name: str | None = None) -> Template:
    if name is None:
        name = path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.stem
    from begrijpelijk.writing import MAX_SMALL_FILE, read_limited

    try:
        source = read_limited(path, MAX_SMALL_FILE, "sjabloon").decode("utf8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: dit sjabloon kan niet gelezen worden. Sla het op als UTF-8-tekst.") from None
    m = FRONT_MATTER.match(source.replace("\r\n", "\n"))
    if not m:
        raise InputError(f"{path}: dit sjabloon begint niet met een blok tussen --- met de velden. Zie: begrijpelijk templates new")
    source = source.replace("\r\n", "\n")
    meta = _yaml(m.group(1), f"{path}: de velden bovenaan het sjabloon zijn geen goede YAML", first_line=2) or {}
    if not isinstance(meta, dict):
        raise InputError(f"{path}: het blok bovenaan het sjabloon moet titel, beschrijving en velden noemen.")
    fields: dict[str, FieldSpec] = {}
    for field_name, spec in (meta.get("velden") or {}).items():
        if not isinstance(spec, dict):
            spec = {"type": str(spec)}
        kind = str(spec.get("type", "tekst"))
        if kind not in TYPES:
            raise InputError(
                f"{path}: het veld '{field_name}' heeft het type '{kind}'. Kies uit: {', '.join(TYPES)}."
            )
        fields[str(field_name)] = FieldSpec(
            name=str(field_name),
            type=kind,
            required=bool(spec.get("verplicht", True)),
            description=str(spec.get("beschrijving", "")),
            example=spec.get("voorbeeld"),
            options=tuple(str(o) for o in spec.get("opties", ()) or ()),
            required_if=_conditions(spec.get("verplicht_als"), path, str(field_name)),
        )
    body_line = m.group(0).count("\n") + 1
    return Template(
        name=name,
        path=path,
        title=str(meta.get("titel", name)),
        description=str(meta.get("beschrijving", "")),
        fields=fields,
        body=source[m.end():],
        body_line=body_line,
        source=source,
    )


def _conditions(value: Any, path: Path, name: str) -> dict[str, tuple[str, ...]]:
    """``verplicht_als: {besluit: nee}``: the field is needed when another field has that value."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise InputError(f"{path}: bij het veld '{name}' moet verplicht_als een veld en een waarde noemen, zoals 'verplicht_als: {{besluit: nee}}'.")
    return {str(k): tuple(str(v) for v in (vs if isinstance(vs, list) else [vs])) for k, vs in value.items()}


def _yaml(text: str, message: str, first_line: int = 1, suffix: str = ""):
    """Parse YAML; a syntax error becomes one Dutch sentence with line and column."""
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (regel {mark.line + first_line}, kolom {mark.column + 1})" if mark else ""
        raise InputError(f"{message}{where}.{suffix}") from None


# ── finding templates ─────────────────────────────────────────────────────


def shipped_folder() -> Path:
    return Path(str(shipped("templates")))


def folders(user: Path | None = None) -> list[Path]:
    out = []
    if user is not None:
        out.append(user)
    out.append(shipped_folder())
    return out


def available(user: Path | None = None) -> dict[str, Path]:
    """Template name -> file; a user's template overrides a shipped one."""
    found: dict[str, Path] = {}
    for folder in reversed(folders(user)):
        if folder.is_dir():
            for path in sorted(folder.glob(f"*{SUFFIX}")):
                if not path.name.startswith("_"):
                    found[path.name[: -len(SUFFIX)]] = path
    return dict(sorted(found.items()))


def find(name: str, user: Path | None = None) -> Template:
    templates = available(user)
    if name not in templates:
        import difflib

        close = difflib.get_close_matches(name, list(templates), n=1)
        hint = f" Bedoelt u '{close[0]}'?" if close else ""
        raise InputError(
            f"Het sjabloon '{name}' bestaat niet.{hint} Deze sjablonen zijn er: {', '.join(templates) or 'geen'}."
        )
    return parse_template(templates[name], name)


# ── data ──────────────────────────────────────────────────────────────────


def load_data(path: Path) -> dict[str, Any]:
    """Client data from YAML or JSON, with line and column for a syntax error."""
    import json

    from begrijpelijk.writing import MAX_SMALL_FILE, read_limited

    try:
        text = read_limited(path, MAX_SMALL_FILE, "gegevensbestand").decode("utf8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: dit gegevensbestand kan niet gelezen worden. Sla het op als UTF-8-tekst.") from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: dit is geen goede JSON (regel {exc.lineno}, kolom {exc.colno}). Verbeter die plek.") from None
    else:
        data = _yaml(text, f"{path}: dit is geen goede YAML", suffix=" Verbeter die plek.")
    if not isinstance(data, dict):
        raise InputError(f"{path}: het gegevensbestand moet velden met een waarde bevatten, zoals 'naam: mevrouw Jansen'.")
    return data


def _convert(spec: FieldSpec, value: Any) -> Any:
    kind = spec.type
    if kind == "tekst":
        if isinstance(value, (dict, list)) or value is None:
            raise ValueError(value)
        # a field is a phrase the template puts in a sentence: its own full stop would double
        # the template's ("Ik ben Anna de Boer.."); an abbreviation keeps its dot ("Jansen B.V.")
        return re.sub(r"(?<=[a-zà-ÿ]{2})\.$", "", " ".join(str(value).split()))
    if kind == "datum":
        return _to_date(value)
    if kind == "tijd":
        text = str(value).strip().replace(".", ":")
        if isinstance(value, int):  # YAML reads 10:30 as 630 (sexagesimal)
            text = f"{value // 60}:{value % 60:02}"
        hours, _, minutes = text.partition(":")
        time = dt.time(int(hours), int(minutes or 0))
        return time
    if kind == "bedrag":
        return _to_amount(value)
    if kind == "getal":
        if isinstance(value, bool) or not str(value).strip().lstrip("-").isdigit():
            raise ValueError(value)
        return int(value)
    if kind == "telefoon":
        return _to_phone(value)
    if kind == "keuze":
        if str(value) not in spec.options:
            raise ValueError(value)
        return str(value)
    if kind == "lijst":
        if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
            raise ValueError(value)
        return [str(v) for v in value]
    if kind == "stappen":
        if not isinstance(value, list) or not value:
            raise ValueError(value)
        steps = []
        for step in value:
            if isinstance(step, str):
                steps.append({"actie": step})
            elif isinstance(step, dict) and ({"als", "dan"} <= set(step) or "actie" in step):
                steps.append({k: str(v) for k, v in step.items()})
            else:
                raise ValueError(step)
        return steps
    raise ValueError(value)


def _needed_by(spec: FieldSpec, data: dict[str, Any]) -> str:
    """"besluit 'nee' is" when a condition of ``spec`` holds for ``data``; "" otherwise."""
    for other, wanted in spec.required_if.items():
        if str(data.get(other, "")) in wanted:
            return f"{other} '{data.get(other)}' is"
    return ""


def field_problems(template: Template, data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """(values, problem per field name): the data checked against the
    declaration. A field the template does not know is a problem too."""
    problems: dict[str, str] = {}
    values: dict[str, Any] = {}
    for name, spec in template.fields.items():
        if name not in data or data[name] is None or data[name] == "":
            needed_by = _needed_by(spec, data)
            if spec.required:
                problems[name] = f"Veld '{name}' ontbreekt ({spec.description or TYPE_EXAMPLES[spec.type]})."
            elif needed_by:
                problems[name] = f"Veld '{name}' is nodig als {needed_by} ({spec.description or TYPE_EXAMPLES[spec.type]})."
            else:
                values[name] = None
            continue
        try:
            values[name] = _convert(spec, data[name])
        except (ValueError, TypeError):
            wanted = TYPE_EXAMPLES[spec.type]
            if spec.type == "keuze":
                wanted = "een van deze opties: " + ", ".join(spec.options)
            problems[name] = f"Veld '{name}' moet {wanted} zijn, niet '{data[name]}'."
    for name in data:
        if name not in template.fields:
            problems[name] = f"Veld '{name}' kent het sjabloon '{template.name}' niet. Haal het weg of controleer de naam."
    return values, problems


def validate(template: Template, data: dict[str, Any], source: str = "de gegevens") -> dict[str, Any]:
    """Check the data against the declaration; every problem is listed at once."""
    values, by_field = field_problems(template, data)
    problems = list(by_field.values())
    if problems:
        raise InputError(f"{source} passen niet bij het sjabloon '{template.name}':\n  - " + "\n  - ".join(problems))
    return values


# ── rendering ─────────────────────────────────────────────────────────────


# Limits for a template, so a hostile or broken template cannot take all
# memory or time. Each has its own Dutch error.
MAX_OUTPUT = 1024 * 1024  # characters in the rendered letter, and in any string made on the way
MAX_RANGE = 10_000  # items in range()
MAX_SECONDS = 5.0  # wall-clock time for one render
MAX_EXTRA_MEMORY = 512 * 1024 * 1024  # bytes a render may allocate (Linux)


class TemplateLimit(Exception):
    """A template went over a limit; the message is Dutch."""


def _sized(value) -> int | None:
    return len(value) if isinstance(value, (str, bytes, list, tuple)) else None


def _limited_range(*args):
    r = range(*args)
    if len(r) > MAX_RANGE:
        raise TemplateLimit(f"range() geeft {len(r)} getallen; een sjabloon mag er hoogstens {MAX_RANGE} gebruiken")
    return r


def _sandbox_class():
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class LimitedSandbox(ImmutableSandboxedEnvironment):
        """The sandbox, with a cap on strings and lists made by *, ** and +."""

        intercepted_binops = frozenset({"*", "**", "+"})

        def call_binop(self, context, operator, left, right):
            if operator == "**":
                if isinstance(right, (int, float)) and abs(right) > 64 or isinstance(left, (int, float)) and abs(left) > 10**6 and isinstance(right, (int, float)) and right > 4:
                    raise TemplateLimit("een getal in het sjabloon wordt te groot")
            elif operator == "*":
                for seq, times in ((left, right), (right, left)):
                    size = _sized(seq)
                    if size is not None and isinstance(times, int) and size * times > MAX_OUTPUT:
                        raise TemplateLimit("het sjabloon maakt een tekst die te lang is")
            elif operator == "+":
                a, b = _sized(left), _sized(right)
                if a is not None and b is not None and a + b > MAX_OUTPUT:
                    raise TemplateLimit("het sjabloon maakt een tekst die te lang is")
            return super().call_binop(context, operator, left, right)

    return LimitedSandbox


def environment(folder: Path | None = None):
    """A sandboxed Jinja2 environment: no Python internals, no file system
    beyond the template folders, every missing field an error, and limits on
    the size of what it makes."""
    from jinja2 import FileSystemLoader, StrictUndefined

    env = _sandbox_class()(
        loader=FileSystemLoader([str(f) for f in folders(folder) if f.is_dir()]),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update({"datum": datum, "bedrag": bedrag, "termijn": termijn, "telefoon": telefoon, "naam": naam, "tijd": tijd, "zin": zin})
    env.globals.update({"stap_voor_stap": stappen, "range": _limited_range})
    return env


def _generate(compiled, variables: dict[str, Any]) -> str:
    """Render, stopping as soon as the letter is longer than MAX_OUTPUT."""
    parts: list[str] = []
    size = 0
    for chunk in compiled.generate(**variables):
        size += len(chunk)
        if size > MAX_OUTPUT:
            raise TemplateLimit(f"de brief wordt langer dan {MAX_OUTPUT // 1024} kB")
        parts.append(chunk)
    return "".join(parts)


def _render_guarded(compiled, variables: dict[str, Any]) -> tuple[str, str | None]:
    """(text, None), or ("", kind of error). Catches every way a template can fail."""
    import jinja2
    from jinja2.sandbox import SecurityError

    try:
        return _generate(compiled, variables), None
    except SecurityError:
        return "", "security"
    except jinja2.UndefinedError as exc:
        return "", f"undefined:{exc.message}"
    except TemplateLimit as exc:
        return "", f"limit:{exc}"
    except RecursionError:
        return "", "recursion"
    except MemoryError:
        return "", "memory"
    except (jinja2.TemplateError, ArithmeticError, TypeError, ValueError, KeyError, IndexError, AttributeError) as exc:
        return "", f"error:{exc}"


def _child(connection, compiled, variables) -> None:
    """In a forked process: cap the memory, render, send the result back."""
    try:
        import resource

        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[0])
        now = pages * resource.getpagesize()
        resource.setrlimit(resource.RLIMIT_AS, (now + MAX_EXTRA_MEMORY, now + MAX_EXTRA_MEMORY))
    except (ImportError, OSError, ValueError):
        pass
    try:
        result = _render_guarded(compiled, variables)
    except BaseException:  # noqa: BLE001 - anything else is reported as an error
        result = ("", "error:onbekend")
    try:
        connection.send(result)
    except BaseException:  # noqa: BLE001
        connection.send(("", "memory"))
    connection.close()


def _render_limited(compiled, variables: dict[str, Any]) -> tuple[str, str | None]:
    """Render in a forked child process with a time and memory limit where the
    system can fork (Linux, macOS); otherwise in this process with the
    sandbox's own limits."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return _render_guarded(compiled, variables)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(send, compiled, variables), daemon=True)
    process.start()
    send.close()
    try:
        if receive.poll(MAX_SECONDS):
            try:
                return receive.recv()
            except EOFError:
                return "", "memory"
        return "", "time"
    finally:
        if process.is_alive():
            process.kill()
        process.join(1)
        receive.close()


def render(template: Template, values: dict[str, Any], letter_date: dt.date, user_folder: Path | None = None) -> str:
    """The letter as Markdown."""
    import jinja2

    env = environment(user_folder)
    try:
        compiled = env.from_string("\n" * (template.body_line - 1) + template.body)
    except jinja2.TemplateSyntaxError as exc:
        raise InputError(f"{template.path}, regel {exc.lineno}: het sjabloon klopt niet ({exc.message}).") from None
    except RecursionError:
        raise InputError(f"{template.path}: het sjabloon is te diep genest. Maak het eenvoudiger.") from None
    text, error = _render_limited(compiled, {**values, "brief_datum": letter_date})
    if error is not None:
        raise InputError(_render_error(template.path, error))
    return re.sub(r"\n{3,}", "\n\n", text.lstrip("\n")).strip() + "\n"


def _render_error(path: Path, error: str) -> str:
    kind, _, detail = error.partition(":")
    return {
        "security": f"{path}: het sjabloon probeert iets wat niet mag (buiten de brief komen). Het is geweigerd.",
        "undefined": f"{path}: het sjabloon gebruikt iets wat niet bestaat ({detail}).",
        "limit": f"{path}: het sjabloon gaat over een grens: {detail}. Maak het sjabloon eenvoudiger.",
        "recursion": f"{path}: het sjabloon roept zichzelf te vaak aan (een macro die nooit stopt). Verbeter de macro.",
        "memory": f"{path}: het sjabloon gebruikt te veel geheugen (meer dan {MAX_EXTRA_MEMORY // (1024 * 1024)} MB). Maak het sjabloon eenvoudiger.",
        "time": f"{path}: het sjabloon doet er te lang over (meer dan {MAX_SECONDS:.0f} seconden). Kijk of er een lus is die te lang doorgaat.",
    }.get(kind, f"{path}: het sjabloon geeft een fout ({detail}).")

"""LanguageTool's HTTP API (version 2) on `begrijpelijk serve`.

Editors that speak this API (LibreOffice's LanguageTool server setting, the
LanguageTool browser extensions with another server, LTeX) then show
begrijpelijk's findings in the text. POST /v2/check answers in LanguageTool's
JSON shape; GET /v2/languages lists Dutch.

Offsets and lengths count UTF-16 code units of the text the client sent, as
LanguageTool's do. For annotated text (the field ``data``) they count in the
text with its markup, while begrijpelijk checks the text parts and what each
markup part is read as (``interpretAs``). An error is plain text with status
400, as LanguageTool answers, in Dutch.
"""
from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from begrijpelijk import __version__
from begrijpelijk.errors import BegrijpelijkError
from begrijpelijk.findings import Finding
from begrijpelijk.readers import MAX_BYTES
from begrijpelijk.web.service import Service, pasted

HEADERS = {"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"}
# percent-encoding makes a letter up to three times longer; the markup of ``data`` adds a little
MAX_BODY = 3 * MAX_BYTES + 64 * 1024
CONTEXT_CHARS = 40  # characters of context on either side of a match, as LanguageTool's server
CATEGORY = {"id": "BEGRIJPELIJK", "name": "Begrijpelijk schrijven"}
SOFTWARE = {"name": "begrijpelijk", "version": __version__, "apiVersion": 1, "premium": False, "status": ""}

DUTCH = {"name": "Dutch", "code": "nl-NL"}
BELGIAN_DUTCH = {"name": "Dutch (Belgium)", "code": "nl-BE"}
# the codes a client may ask for (lower case), and the language the answer names
LANGUAGES = {"nl": DUTCH, "nl-nl": DUTCH, "nl-be": BELGIAN_DUTCH, "auto": DUTCH}
LANGUAGE_LIST = [
    {"name": "Dutch", "code": "nl", "longCode": "nl-NL"},
    {"name": "Dutch (Belgium)", "code": "nl", "longCode": "nl-BE"},
]

# a short label per rule (LanguageTool's shortMessage); a rule not named here gets its id
SHORT_MESSAGES = {
    "actie-onduidelijk": "Wat moet de lezer doen?",
    "afkorting": "Afkorting",
    "beloning": "Stap niet gezien",
    "een-contactpersoon": "Te veel nummers",
    "gevolg-rustig": "Gevolg niet rustig",
    "dreigend-begin": "Dreigend begin",
    "geen-contact": "Geen contactpersoon",
    "hoofdletters-uitroep": "Schreeuwen",
    "jargon": "Ambtelijk woord",
    "kern-eerst": "Kern niet eerst",
    "lang-woord": "Lang woord",
    "lange-zin": "Lange zin",
    "moeilijk-woord": "Moeilijk woord",
    "naamwoordstijl": "Naamwoordstijl",
    "ongebruikte-uitzondering": "Uitzondering zonder nut",
    "onpersoonlijk": "Onpersoonlijk",
    "passief": "Passieve zin",
    "positief-afsluiten": "Slot zonder hulp",
    "schuld-toon": "Verwijt",
    "stappen": "Maak stappen",
    "tangconstructie": "Tangconstructie",
    "te-lang": "Brief te lang",
    "template-fout": "Fout in sjabloon",
    "tussenzin": "Tussenzin",
    "vage-termijn": "Termijn zonder datum",
}

ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 code units each
LINE_BREAKS = str.maketrans("\n\r\t", "   ")  # the context is one line, as LanguageTool's
# what the text reader changes; kept out of the checked text so that its offsets stay ours
READER_CHANGES = re.compile("(\r\n|\r|\ufeff)")


def _as_read(change: str) -> str:
    """What the text reader makes of a line break (\\r\\n, \\r) or a byte order mark."""
    return "" if change == "\ufeff" else "\n"


class ApiError(Exception):
    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def plain(message: str, status: int = 400) -> Response:
    return PlainTextResponse(message, status_code=status, headers=HEADERS)


# ── the text: what the client sent, and what begrijpelijk checks ─────────


@dataclass(frozen=True)
class Piece:
    """A stretch of the checked text and where it came from in the client's text."""

    checked: int  # where it starts in the checked text
    original: int  # where it starts in the client's text
    size: int  # its length in the checked text
    width: int  # its length in the client's text
    literal: bool  # the same characters in both; else markup read as ``interpretAs``


@dataclass
class Text:
    """The client's text (with markup), the text begrijpelijk checks, and the
    way back from a position in the checked text to one in the client's.
    Built with add_text and add_markup, then done()."""

    original: str = ""
    checked: str = ""
    pieces: list[Piece] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # Piece.checked of each piece, for bisect
    _parts: list[tuple[str, str]] = field(default_factory=list)  # (original, checked) until done()
    _checked_size: int = 0
    _original_size: int = 0

    def _add(self, original: str, checked: str, literal: bool) -> None:
        if checked:
            self.pieces.append(Piece(self._checked_size, self._original_size, len(checked), len(original), literal))
            self.starts.append(self._checked_size)
        self._parts.append((original, checked))
        self._checked_size += len(checked)
        self._original_size += len(original)

    def add_text(self, part: str) -> None:
        """Text as it is; a line break as \\r\\n or \\r and a byte order mark
        become what the text reader makes of them."""
        for i, chunk in enumerate(READER_CHANGES.split(part)):
            if i % 2 == 0:
                self._add(chunk, chunk, True)
            else:
                self._add(chunk, _as_read(chunk), False)

    def add_markup(self, markup: str, interpret_as: str) -> None:
        self._add(markup, READER_CHANGES.sub(lambda m: _as_read(m.group()), interpret_as), False)

    def done(self) -> "Text":
        self.original = "".join(original for original, _ in self._parts)
        self.checked = "".join(checked for _, checked in self._parts)
        self._parts = []
        return self

    def start(self, position: int) -> int:
        """Where a match that starts at ``position`` of the checked text starts in the client's text."""
        i = bisect.bisect_right(self.starts, position) - 1
        if i < 0:
            return 0
        piece = self.pieces[i]
        if position >= piece.checked + piece.size:
            return piece.original + piece.width
        return piece.original + (position - piece.checked if piece.literal else 0)

    def end(self, position: int) -> int:
        """Where a match that ends at ``position`` of the checked text ends in the client's text."""
        i = bisect.bisect_left(self.starts, position) - 1
        if i < 0:
            return self.pieces[0].original if self.pieces else 0
        piece = self.pieces[i]
        if position >= piece.checked + piece.size or not piece.literal:
            return piece.original + piece.width
        return piece.original + position - piece.checked


def plain_text(text: str) -> Text:
    out = Text()
    out.add_text(text)
    return out.done()


def annotated_text(data: str) -> Text:
    """LanguageTool's annotated text: {"annotation": [{"text": …}, {"markup": …, "interpretAs": …}, …]}."""
    wrong = "Het veld 'data' is geen goede JSON. Schrijf het zo: {\"annotation\": [{\"text\": \"…\"}, {\"markup\": \"…\"}]}."
    try:
        parsed = json.loads(data)
    except ValueError:
        raise ApiError(wrong) from None
    parts = parsed.get("annotation") if isinstance(parsed, dict) else None
    if not isinstance(parts, list):
        raise ApiError(wrong)
    out = Text()
    for part in parts:
        if not isinstance(part, dict) or ("text" in part) == ("markup" in part):
            raise ApiError("Elk deel van 'annotation' heeft 'text' of 'markup', niet allebei en niet geen van beide.")
        if "text" in part:
            if not isinstance(part["text"], str):
                raise ApiError(wrong)
            out.add_text(part["text"])
            continue
        markup, interpret_as = part["markup"], part.get("interpretAs", "")
        if not isinstance(markup, str) or not isinstance(interpret_as, str):
            raise ApiError(wrong)
        out.add_markup(markup, interpret_as)
    return out.done()


class Utf16:
    """Offsets in UTF-16 code units, as LanguageTool counts: a character
    outside the Basic Multilingual Plane (an emoji such as 🙂) counts twice."""

    def __init__(self, text: str) -> None:
        self.astral = [m.start() for m in ASTRAL.finditer(text)]

    def __call__(self, index: int) -> int:
        return index + bisect.bisect_left(self.astral, index)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


# ── the request ──────────────────────────────────────────────────────────


async def _body(request: Request) -> bytes:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise ApiError("De tekst is te lang: een brief is nooit groter dan 5 MB.", 413)
        chunks.append(chunk)
    return b"".join(chunks)


async def _form(request: Request) -> dict[str, str]:
    """The fields of the body: form-encoded (as LanguageTool's clients send) or multipart."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY:
        raise ApiError("De tekst is te lang: een brief is nooit groter dan 5 MB.", 413)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        try:
            form = await request.form(max_files=0, max_fields=100, max_part_size=MAX_BODY)
        except Exception:
            raise ApiError("De velden kwamen niet goed aan. Stuur 'text' of 'data' als gewoon veld, niet als bestand.") from None
        return {key: value for key, value in form.multi_items() if isinstance(value, str)}
    if kind not in ("", "application/x-www-form-urlencoded"):
        raise ApiError("Stuur de velden als formulier (application/x-www-form-urlencoded of multipart/form-data).", 415)
    body = await _body(request)
    try:
        return dict(parse_qsl(body.decode("utf8"), keep_blank_values=True, max_num_fields=100))
    except (UnicodeDecodeError, ValueError):
        raise ApiError("De velden zijn niet te lezen. Stuur ze als formulier in UTF-8.") from None


async def _params(request: Request) -> dict[str, str]:
    """The query parameters, with the fields of the body on top."""
    params = dict(request.query_params)
    if request.method == "POST":
        params.update(await _form(request))
    return params


def _language(params: dict[str, str]) -> dict[str, Any]:
    code = params.get("language", "").strip()
    language = LANGUAGES.get(code.lower())
    if language is None:
        asked = f"De taal '{code}' kan niet." if code else "Er is geen taal gekozen (het veld 'language')."
        raise ApiError(f"{asked} begrijpelijk controleert alleen Nederlands: kies nl, nl-NL, nl-BE of auto.")
    return {**language, "detectedLanguage": {**language, "confidence": 1.0}}


def _text(params: dict[str, str]) -> Text:
    if "text" in params and "data" in params:
        raise ApiError("Stuur 'text' of 'data', niet allebei.")
    if "text" in params:
        return plain_text(params["text"])
    if "data" in params:
        return annotated_text(params["data"])
    raise ApiError("Er is geen tekst. Stuur de tekst in het veld 'text', of als 'data' (tekst met opmaak).")


def _ids(value: str | None, known) -> set[str]:
    """Rule ids from a comma-separated list; ids of LanguageTool's own rules are left out, as it does with unknown ids."""
    return {part.strip().lower() for part in (value or "").split(",")} & set(known)


def _true(value: str | None) -> bool:
    return (value or "").strip().lower() in ("true", "1", "yes", "ja")


def rule_flags(params: dict[str, str]) -> dict[str, list[str]] | None:
    """The rules to use, as Service.check takes them (the flags of `check`:
    enable, disable, only); None when no rule of begrijpelijk is asked for.
    level=picky also switches on the rules that are off by default (as --aan does)."""
    from begrijpelijk.rules import registry

    rules = registry()
    level = params.get("level", "default").strip().lower() or "default"
    if level not in ("default", "picky"):
        raise ApiError(f"Het niveau '{level}' bestaat niet. Kies default of picky.")
    enabled, disabled = _ids(params.get("enabledRules"), rules), _ids(params.get("disabledRules"), rules)
    categories_on = CATEGORY["id"] in params.get("enabledCategories", "").upper().split(",")
    categories_off = CATEGORY["id"] in params.get("disabledCategories", "").upper().split(",")
    only = _true(params.get("enabledOnly"))
    if only and not params.get("enabledRules") and not params.get("enabledCategories"):
        raise ApiError("Met enabledOnly=true noemt u ook de regels die aan moeten (enabledRules).")
    if categories_off or (only and not categories_on):
        return {"only": sorted(enabled - disabled)} if enabled - disabled else None
    picky = {rule.id for rule in rules.values() if not rule.default_on} if level == "picky" else set()
    return {"enable": sorted(enabled | picky), "disable": sorted(disabled)}


# ── the answer ───────────────────────────────────────────────────────────


def _span(finding: Finding) -> tuple[int, int]:
    """The finding's place, widened to the edits it carries ('te retourneren' for 'retourneren')."""
    return min([finding.start, *(e.start for e in finding.edits)]), max([finding.end, *(e.end for e in finding.edits)])


def _replacement(finding: Finding, text: Text, start: int, end: int) -> str | None:
    """The checked text from start to end with the finding's edits made; None
    when there are no edits, they overlap, or there is markup in between."""
    edits = sorted(finding.edits, key=lambda e: e.start)
    if not edits or any(a.end > b.start for a, b in zip(edits, edits[1:])):
        return None
    if text.original[text.start(start) : text.end(end)] != text.checked[start:end]:
        return None
    out, at = [], start
    for edit in edits:
        out += [text.checked[at : edit.start], edit.replacement]
        at = edit.end
    value = "".join(out) + text.checked[at:end]
    return value if value != text.checked[start:end] else None


def _context(original: str, start: int, end: int) -> dict[str, Any]:
    """About 40 characters on either side, '...' where cut; offsets in UTF-16 within the context."""
    left, right = max(0, start - CONTEXT_CHARS), min(len(original), end + CONTEXT_CHARS)
    before = ("..." if left > 0 else "") + original[left:start]
    after = original[end:right] + ("..." if right < len(original) else "")
    return {
        "text": (before + original[start:end] + after).translate(LINE_BREAKS),
        "offset": utf16_length(before),
        "length": utf16_length(original[start:end]),
    }


def _match(finding: Finding, text: Text, utf16: Utf16, rule) -> dict[str, Any] | None:
    """One finding as a LanguageTool match; None for a finding without a place in the text."""
    checked_start, checked_end = _span(finding)
    replacement = _replacement(finding, text, checked_start, checked_end)
    if replacement is None:
        checked_start, checked_end = finding.start, finding.end
    start, end = text.start(checked_start), text.end(checked_end)
    if checked_end <= checked_start or end <= start:
        return None
    offset = utf16(start)
    message = f"{finding.message} {finding.suggestion}" if finding.suggestion else finding.message
    return {
        "message": message,
        "shortMessage": SHORT_MESSAGES.get(finding.rule, finding.rule),
        "replacements": [{"value": replacement}] if replacement is not None else [],
        "offset": offset,
        "length": utf16(end) - offset,
        "context": _context(text.original, start, end),
        "sentence": finding.sentence or finding.text,
        "type": {"typeName": "Other"},
        "rule": {
            "id": finding.rule,
            "description": rule.summary if rule is not None else finding.rule,
            "issueType": "style",
            "category": dict(CATEGORY),
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def matches(findings: list[Finding], text: Text) -> list[dict[str, Any]]:
    from begrijpelijk.rules import registry

    rules = registry()
    utf16 = Utf16(text.original)
    out = [_match(f, text, utf16, rules.get(f.rule)) for f in findings]
    return sorted((m for m in out if m is not None), key=lambda m: (m["offset"], m["length"], m["rule"]["id"]))


def answer(service: Service, params: dict[str, str]) -> dict[str, Any]:
    """LanguageTool's answer to /v2/check with these fields."""
    language = _language(params)
    text = _text(params)
    flags = rule_flags(params)
    out: dict[str, Any] = {"software": dict(SOFTWARE), "warnings": {"incompleteResults": False}, "language": language, "matches": []}
    if flags is None or not text.checked.strip():
        return out  # an editor sends empty paragraphs too: no text, no matches
    report, document = service.check(pasted(text.checked), **flags)
    if document.source != text.checked:
        raise RuntimeError("the text reader changed the text: the offsets would be wrong")
    out["matches"] = matches(report.findings, text)
    return out


def routes(service: Service) -> list[Route]:
    """/v2/check and /v2/languages, for create_app."""

    async def check(request: Request) -> Response:
        try:
            params = await _params(request)
            return JSONResponse(await run_in_threadpool(answer, service, params), headers=HEADERS)
        except ApiError as exc:
            return plain(exc.message, exc.status)
        except BegrijpelijkError as exc:
            return plain(exc.message.removeprefix("<tekst>: "), 400)

    async def languages(request: Request) -> Response:
        return JSONResponse(LANGUAGE_LIST, headers=HEADERS)

    return [Route("/v2/check", check, methods=["GET", "POST"]), Route("/v2/languages", languages)]

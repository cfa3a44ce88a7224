"""What the page of `begrijpelijk serve` shows of a report, made here so that
the page only inserts it: the letter as escaped HTML with its findings and
the difficulty of each sentence (formatters/highlight.py, the same code as
the HTML report), each finding in plain words, the few changes that matter
most, and a change shown as before and after with the words marked.

The page counts in UTF-16 (JavaScript strings); Python in code points. Every
offset sent to the page is in UTF-16."""
from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import Any

from begrijpelijk.findings import FileReport, Finding, Severity
from begrijpelijk.formatters.highlight import Mark, escape_text, letter, nest, sentence_spans

SEVERITY_ICONS = {"fout": "✖", "waarschuwing": "▲", "suggestie": "●"}
DECIMAL = re.compile(r"(?<![\d.,])(\d+)\.(\d{1,2})(?![\d.,])")
# "9.00 uur", "van 9.00 tot 12.30": a time keeps its point
TIME_AFTER = re.compile(r"\s*(uur|tot|en|-|–)\b|\s*[-–]")
TIME_BEFORE = re.compile(r"\b(van|tot|om|vanaf|tussen|en)\s+$")
SEE_LINES = re.compile(r"\bZie regel ((?:\d+(?:, | en ))*\d+)\.")
ON_LINE = re.compile(r"\bop regel (\d+)(?! van de brief)")


def _decimal(match: re.Match[str]) -> str:
    whole, part = match.group(1), match.group(2)
    if len(part) == 2:
        text = match.string
        if TIME_AFTER.match(text, match.end()) or TIME_BEFORE.search(text, 0, match.start()):
            return match.group(0)
    return f"{whole},{part}"


def decimal_commas(text: str) -> str:
    """"mag 1.5" → "mag 1,5" (Dutch writes a decimal comma); a thousands
    point ("1.245") and a time ("van 9.00 tot 12.00 uur") stay."""
    return DECIMAL.sub(_decimal, text)


def plain_words(text: str) -> str:
    """A sentence of the report as the page says it: decimal commas, and a
    line of the letter as "regel 5 van de brief" (the page calls its rules
    "controles", so "regel" is only ever a line)."""
    text = SEE_LINES.sub(r"Het gaat om regel \1 van de brief.", decimal_commas(text))
    return ON_LINE.sub(r"op regel \1 van de brief", text)


def utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


# ── the rules in words ────────────────────────────────────────────────


@lru_cache(maxsize=1)
def rule_texts() -> dict[str, dict[str, Any]]:
    """Per rule: its Dutch title, its summary, and the wrong and right
    examples of its documentation."""
    from begrijpelijk.rules import registry

    out = {}
    for rule in registry().values():
        first = rule.doc.splitlines()[0] if rule.doc else rule.id
        title = first.split(":", 1)[0].strip() if ":" in first else rule.id.replace("-", " ").capitalize()
        out[rule.id] = {"titel": title, "uitleg": rule.summary, "fout": _examples(rule.doc, "Fout:"), "goed": _examples(rule.doc, "Goed:")}
    return out


SENTENCE_ENDS = (".", "?", "!", ":", ">", "}", '"', "'", "»", ")")


def _examples(doc: str, heading: str) -> list[str]:
    lines = doc.splitlines()
    if heading not in (line.strip() for line in lines):
        return []
    start = next(i for i, line in enumerate(lines) if line.strip() == heading) + 1
    out: list[str] = []
    for line in lines[start:]:
        if not line.strip():
            if out:
                break
            continue
        if not line.startswith((" ", "\t")):
            break
        text = line.strip()
        # a sentence that goes on on the next line of the docstring is one example
        if out and (not out[-1].endswith(SENTENCE_ENDS) or text[:1].islower()):
            out[-1] += " " + text
        else:
            out.append(text)
    return out


def title_of(rule: str) -> str:
    return rule_texts().get(rule, {}).get("titel", rule)


# ── the letter ────────────────────────────────────────────────────────


def finding_id(prefix: str, number: int) -> str:
    return f"{prefix}-melding-{number}"


def letter_html(file: FileReport, prefix: str) -> str:
    """The letter as escaped HTML (formatters/highlight.py): a band per
    sentence by its LiNT level, and one <mark> per finding with its severity
    as class and the id of its item in the list."""

    def tag(i: int, f: Finding, band: bool) -> tuple[str, str]:
        look = f.severity.value + (" band" if band else "")
        return (f'<mark class="{look}" data-melding="{finding_id(prefix, i)}">',
                f'<mark class="{look} vervolg" data-melding="{finding_id(prefix, i)}">')

    return letter(file.source or "", file.findings, file.sentences, tag)


QUOTED = re.compile(r"'([^']+)'")


def _says(message: str, quote: str) -> bool:
    """Does the message already quote these words ('is … genomen', 'Naar
    aanleiding van uw …')?"""
    if quote in message:
        return True
    for quoted in QUOTED.findall(message):
        parts = [p.strip() for p in quoted.split("…") if p.strip()]
        if parts and all(p in quote for p in parts) and quote.startswith(parts[0]):
            return True
    return False


def _quote(f: Finding) -> str | None:
    """The words the finding is about, unless the message already says them."""
    quote = " ".join(f.text.split())
    if not quote or _says(f.message.lower(), quote.lower()):
        return None
    return quote if len(quote) <= 60 else quote[:57].rsplit(" ", 1)[0] + " …"


def _edits(f: Finding, source: str) -> list[dict] | None:
    if not f.edits:
        return None
    return [{"start": utf16(source, e.start), "end": utf16(source, e.end), "tekst": e.replacement} for e in f.edits]


def findings_view(file: FileReport, prefix: str) -> list[dict]:
    source = file.source or ""
    sentences = sentence_spans(source, file.sentences)
    out = []
    for i, f in enumerate(file.findings):
        number = next((n for n, (a, b, _) in enumerate(sentences, 1) if a <= f.start < b), None)
        where = f"op regel {f.line} van de brief" + (f", in zin {number}" if number else "")
        out.append({
            "id": finding_id(prefix, i),
            "titel": title_of(f.rule),
            "regel": f.rule,
            "ernst": f.severity.value,
            "icoon": SEVERITY_ICONS[f.severity.value],
            "waar": where,
            "citaat": _quote(f),
            "bericht": plain_words(f.message),
            "advies": plain_words(f.suggestion) if f.suggestion else None,
            "vervanging": _edits(f, source),
            "zichtbaar": 0 <= f.start < f.end <= len(source),
        })
    return out


def first_to_fix(file: FileReport, prefix: str = "m", most: int = 5) -> list[dict]:
    """The changes that matter most: per rule, fout before waarschuwing
    before suggestie, then the rule found most often."""
    per_rule: dict[str, list[Finding]] = {}
    for f in file.findings:
        per_rule.setdefault(f.rule, []).append(f)

    def weight(item: tuple[str, list[Finding]]) -> tuple[int, int, str]:
        rule, found = item
        return (-max(f.severity.rank for f in found), -len(found), rule)

    out = []
    for rule, found in sorted(per_rule.items(), key=weight)[:most]:
        severity = max((f.severity for f in found), key=lambda s: s.rank)
        texts = rule_texts().get(rule, {})
        out.append({
            "regel": rule, "titel": title_of(rule), "ernst": severity.value, "icoon": SEVERITY_ICONS[severity.value],
            "aantal": len(found), "uitleg": texts.get("uitleg", ""), "eerste": finding_id(prefix, file.findings.index(found[0])),
        })
    return out


# what each check of a letter for people with money worries is called on the page
CHECK_TITLES = {
    "dreigend-begin": "Begint niet met een dreiging",
    "geen-contact": "Noemt een contactpersoon met naam, nummer en tijden",
    "hoofdletters-uitroep": "Schreeuwt niet",
    "kern-eerst": "Begint met waar de brief over gaat",
    "positief-afsluiten": "Eindigt met hulp, niet met een dreiging",
    "te-lang": "Past op één bladzijde",
    "vage-termijn": "Noemt een echte datum",
    "stappen": "Zet wat de lezer moet doen in stappen",
    "schuld-toon": "Geeft de lezer niet de schuld",
    "actie-onduidelijk": "Zegt wat de lezer moet doen",
    "een-contactpersoon": "Geeft één plek om heen te gaan",
    "gevolg-rustig": "Noemt een gevolg rustig en na de hulp",
    "beloning": "Zegt iets aardigs over de stap van de lezer",
}
OUTCOMES = {"ok": ("goed", "✓", "goed"), "fail": ("niet", "✗", "niet goed"), "nvt": ("nvt", "–", "geldt niet")}


def checklist(file: FileReport) -> dict | None:
    """The checks for people with money worries: a title, ✓/✗/–, the reason."""
    if file.stress is None:
        return None
    stress = file.stress
    if stress.score is None:
        score = "Geen van de controles geldt voor deze tekst."
    else:
        counted = stress.applicable < len(stress.checks)
        score = f"Score: {stress.score} van 100" + (f" ({stress.applicable} van de {len(stress.checks)} controles gelden)." if counted else ".")
    items = []
    for check in stress.checks:
        look, sign, word = OUTCOMES[check.outcome]
        items.append({"titel": CHECK_TITLES.get(check.rule) or title_of(check.rule), "klasse": look, "teken": sign, "woord": word, "reden": plain_words(check.reason)})
    return {"score": score, "controles": items}


def page_view(file: FileReport, prefix: str = "m") -> dict:
    """Everything the page shows of one checked letter, ready to insert."""
    s = file.scores
    hard = [x for x in file.sentences if (x.lint_level or 0) >= 3]
    return {
        "html": letter_html(file, prefix),
        "meldingen": findings_view(file, prefix),
        "eerst": first_to_fix(file, prefix),
        "redenen": [plain_words(r) for r in s.reasons] + [plain_words(a) for a in s.almost],
        "moeilijke_zinnen": len(hard),
        "heel_moeilijke_zinnen": sum(1 for x in hard if x.lint_level == 4),
        "ernst": {v.value: sum(1 for f in file.findings if f.severity == v) for v in Severity},
        "checklist": checklist(file),
    }


# ── a change: before and after ─────────────────────────────────────────

TOKENS = re.compile(r"\s+|\w+|[^\w\s]")
GONE = '<del><span class="vh">weg: </span>'
NEW = '<ins><span class="vh">nieuw: </span>'


def _runs(before: list[str], after: list[str]) -> list[tuple[bool, str, str]]:
    """(changed?, old, new) pieces of a word diff; changes with only white
    space between them are one change ("zich wenden tot" → "contact opnemen met")."""
    out: list[tuple[bool, str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        old, new = "".join(before[i1:i2]), "".join(after[j1:j2])
        changed = op != "equal"
        if changed and len(out) >= 2 and not out[-1][0] and not out[-1][1].strip() and out[-2][0]:
            space = out.pop()
            _, o, n = out.pop()
            out.append((True, o + space[1] + old, n + space[2] + new))
        elif changed and out and out[-1][0]:
            _, o, n = out.pop()
            out.append((True, o + old, n + new))
        else:
            out.append((changed, old, new))
    return out


def _words(before: str, after: str) -> tuple[str, str]:
    left: list[str] = []
    right: list[str] = []
    for changed, old, new in _runs(TOKENS.findall(before), TOKENS.findall(after)):
        if not changed:
            left.append(escape_text(old))
            right.append(escape_text(new))
            continue
        if old:
            left.append(GONE + escape_text(old) + "</del>")
        if new:
            right.append(NEW + escape_text(new) + "</ins>")
    return "".join(left), "".join(right)


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    stop = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if stop < 0 else stop


def _by_edits(before: str, after: str, edits: list[tuple[int, int, str]]) -> list[dict] | None:
    """One row per changed line, each edit one <del> and one <ins>; None when
    the edits do not make ``after`` (then the words are compared)."""
    edits = sorted(edits)
    if any(a[1] > b[0] for a, b in zip(edits, edits[1:])):
        return None
    made, position, placed = [], 0, []
    for start, end, text in edits:
        made.append(before[position:start])
        at = sum(map(len, made))
        placed.append((start, end, at, at + len(text)))
        made.append(text)
        position = end
    if "".join(made) + before[position:] != after:
        return None
    rows: list[tuple[int, int, list]] = []
    for edit in placed:
        first, last = _line_around(before, edit[0], edit[1])
        if rows and first <= rows[-1][1]:
            rows[-1] = (rows[-1][0], max(last, rows[-1][1]), rows[-1][2] + [edit])
        else:
            rows.append((first, last, [edit]))
    out = []
    for first, last, group in rows:
        shift = group[0][2] - group[0][0]  # where this line starts in the new letter
        new_first, new_last = first + shift, last + shift + sum((d - c) - (b - a) for a, b, c, d in group)
        gone = [Mark(a - first, b - first, GONE, "</del>") for a, b, _, _ in group if b > a]
        new = [Mark(c - new_first, d - new_first, NEW, "</ins>") for _, _, c, d in group if d > c]
        out.append({
            "regelnummer": before.count("\n", 0, first) + 1,
            "voor": nest(before[first:last], gone),
            "na": nest(after[new_first:new_last], new),
        })
    return out


def comparison(before: str, after: str, edits: list[tuple[int, int, str]] | None = None) -> list[dict]:
    """Each changed line of the letter: where, and before and after as HTML
    with what changed in <del> and <ins>. With the ``edits`` that were made
    (start, end, new text in ``before``), each change is marked as one piece;
    else the words of the two texts are compared."""
    if edits is not None:
        rows = _by_edits(before, after, edits)
        if rows is not None:
            return rows
    old, new = before.split("\n"), after.split("\n")
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        left, right = _words("\n".join(old[i1:i2]), "\n".join(new[j1:j2]))
        out.append({"regelnummer": i1 + 1, "voor": left, "na": right})
    return out


def preview_html(markdown: str) -> str:
    """A letter from a template as HTML for the page (escaped, then headings,
    bold and lists as elements); its headings one level under the page's."""
    from begrijpelijk.templates.output import to_html

    page = to_html(markdown)
    body = page[page.index("<body>") + len("<body>") : page.index("</body>")]
    for level, shown in (("h2", "h4"), ("h1", "h3")):
        body = body.replace(f"<{level}>", f"<{shown}>").replace(f"</{level}>", f"</{shown}>")
    return body.strip()


"""HTML report: one self-contained file (inline CSS, no network) with the
scores and verdict, a gauge for the LiNT level, the letter with every finding
highlighted (a colour per rule, the message on hover and in a list beside it),
a bar per sentence for its difficulty, and the counts per rule. Printable."""
from __future__ import annotations

import html

from begrijpelijk.findings import FileReport, Finding, Report, UnreadableFile
from begrijpelijk.formatters import flesch_shown
from begrijpelijk.formatters.highlight import covering, letter
from begrijpelijk.formatters.web_view import CHECK_TITLES, decimal_commas, plain_words, title_of

COLOURS = [
    "#ffd54f", "#81d4fa", "#ef9a9a", "#a5d6a7", "#ce93d8", "#ffab91", "#b0bec5", "#80cbc4",
    "#f48fb1", "#c5e1a5", "#90caf9", "#ffe082", "#bcaaa4",
]
LEVEL_COLOURS = {1: "#2e7d32", 2: "#9e9d24", 3: "#ef6c00", 4: "#c62828"}
LEVEL_TEXT = {1: "makkelijk", 2: "redelijk makkelijk", 3: "moeilijk", 4: "heel moeilijk"}

CSS = """
body{font-family:Verdana,Arial,sans-serif;margin:0;background:#fafafa;color:#212121;line-height:1.5}
header{background:#263238;color:#fff;padding:1em 2em}
header h1{margin:0;font-size:1.4em}
main{padding:1em 2em;max-width:80em;margin:auto}
section.bestand{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1em 1.5em;margin-bottom:2em}
.oordeel{font-size:1.3em;font-weight:bold;padding:.2em .6em;border-radius:4px;color:#fff;display:inline-block}
.ja{background:#2e7d32}.nee{background:#c62828}.bijna{background:#7a4a00}
.scores{display:flex;flex-wrap:wrap;gap:1.5em;margin:1em 0}
.score{min-width:9em}.score b{display:block;font-size:1.4em}
.meter{display:flex;width:20em;height:1.2em;border-radius:3px;overflow:hidden;border:1px solid #999}
.meter span{flex:1;opacity:.25}.meter span.aan{opacity:1}
.kolommen{display:grid;grid-template-columns:minmax(0,3fr) minmax(16em,2fr);gap:2em}
.brief{white-space:pre-wrap;font-family:Georgia,serif;font-size:1.05em;border:1px solid #eee;padding:1em;background:#fffef8}
mark{border-radius:2px;padding:0 1px;cursor:help}
ol.meldingen{padding-left:1.2em}ol.meldingen li{margin-bottom:.6em}
.regel{font-family:monospace;font-size:.9em;padding:0 .3em;border-radius:2px}
div.zin{display:flex;align-items:center;gap:.5em;margin:.15em 0;font-size:.85em}
div.zin .balk{height:.8em;border-radius:2px}
div.zin .tekst{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:40em}
.brief .zin.niveau-3{background:#fff4b8}.brief .zin.niveau-4{background:#ffd9d2}
mark.band{background:none;border-left:4px solid;border-bottom:1px solid #555;padding-left:3px}
mark.band.vervolg{border-left:none;padding-left:0}
mark mark:not(.band){box-shadow:0 0 0 1px rgba(0,0,0,.35)}
table.tellingen td{padding:.1em .8em}
ul.checklist{list-style:none;padding-left:0}.checklist .goed{color:#2e7d32}.checklist .fout{color:#c62828}.checklist .nvt{color:#555}
@media (max-width:60em){.kolommen{grid-template-columns:1fr}}
@media print{header{background:none;color:#000}section.bestand{border:none;page-break-after:always}
.kolommen{grid-template-columns:1fr}mark{outline:1px solid #999}}
"""


def _colour_map(report: Report) -> dict[str, str]:
    rules = sorted({f.rule for f in report.findings})
    return {rule: COLOURS[i % len(COLOURS)] for i, rule in enumerate(rules)}


def _letter(file: FileReport, colours: dict[str, str]) -> str:
    """The letter with its findings, drawn as the page draws it
    (formatters/highlight.py): a colour per rule, the messages on hover."""
    findings = file.findings

    def tag(i: int, f: Finding, band: bool) -> tuple[str, str]:
        held = sorted(covering(findings, f.start, f.end), key=findings.index)
        title = "\n".join(title_of(g.rule) + ": " + g.message + (f" → {g.suggestion}" if g.suggestion else "") for g in held)
        numbers = " ".join(str(findings.index(g) + 1) for g in held)
        look = f'style="{"border-left-color" if band else "background"}:{colours[f.rule]}"'
        opened = (
            f'<mark class="melding{" band" if band else ""}" data-regel="{f.rule}" data-nummer="{i + 1}" data-nummers="{numbers}" '
            f'{look} title="{html.escape(title)}">'
        )
        return opened, opened.replace('class="melding', 'class="vervolg melding')

    return letter(file.source or "", findings, file.sentences, tag)


def _file(file: FileReport | UnreadableFile, colours: dict[str, str]) -> str:
    title = html.escape(file.path)
    if isinstance(file, UnreadableFile):
        return f'<section class="bestand"><h2>{title}</h2><p class="fout">{html.escape(file.error)}</p></section>'
    s = file.scores
    level = s.lint_level or 0
    meter = "".join(
        f'<span class="{"aan" if i == level else ""}" style="background:{LEVEL_COLOURS[i]}" title="niveau {i}: {LEVEL_TEXT[i]}"></span>'
        for i in range(1, 5)
    )
    reasons = "".join(f"<li>{html.escape(plain_words(r))}</li>" for r in s.reasons)
    findings = "".join(
        f'<li id="melding-{i}"><span class="regel" style="background:{colours[f.rule]}">{html.escape(title_of(f.rule))}</span> '
        f"<small>op regel {f.line} van de brief, teken {f.column}{', ' + html.escape(f.location) if f.location else ''} · {f.severity.value}</small><br>"
        f"{html.escape(plain_words(f.message))}"
        + (f"<br>→ <em>{html.escape(plain_words(f.suggestion))}</em>" if f.suggestion else "")
        + "</li>"
        for i, f in enumerate(file.findings, start=1)
    )
    sentences = "".join(
        f'<div class="zin"><span class="balk" style="width:{(x.lint or 0) * 2:.0f}px;background:{LEVEL_COLOURS.get(x.lint_level or 1)}"></span>'
        f'<span>{"-" if x.lint is None else f"{x.lint:.0f}"}</span><span class="tekst" title="{html.escape(x.text)}">{html.escape(x.text)}</span></div>'
        for x in file.sentences
    )
    counts: dict[str, int] = {}
    for f in file.findings:
        counts[f.rule] = counts.get(f.rule, 0) + 1
    count_rows = "".join(
        f'<tr><td><span class="regel" style="background:{colours[r]}">{html.escape(title_of(r))}</span> <code>{r}</code></td><td>{n}</td></tr>'
        for r, n in sorted(counts.items())
    ) or "<tr><td>geen meldingen</td></tr>"
    stress = ""
    if file.stress is not None:
        marks = {"ok": ("goed", "✓"), "fail": ("fout", "✗"), "nvt": ("nvt", "–")}
        items = "".join(
            f'<li class="{marks[c.outcome][0]}">{marks[c.outcome][1]} <b>{html.escape(CHECK_TITLES.get(c.rule) or title_of(c.rule))}</b>: {html.escape(plain_words(c.reason))}</li>'
            for c in file.stress.checks
        )
        stress = f'<h3>{html.escape(file.stress.summary())}</h3><ul class="checklist">{items}</ul>'
    lint = "-" if s.lint is None else f"{s.lint:.0f}"
    flesch = flesch_shown(s.flesch_douma)
    outcome = s.outcome or ("ja" if s.b1 else "nee")
    almost = "".join(f"<li>Bijna {s.level}: {html.escape(plain_words(change))}</li>" for change in s.almost)
    return f"""<section class="bestand">
<h2>{title}</h2>
<p><span class="oordeel {outcome}">{s.level}: {outcome}</span></p>
<ul>{reasons}{almost}</ul>
<div class="scores">
<div class="score">LiNT-score<b>{lint}</b>niveau {level or '-'} van 4 {('(' + LEVEL_TEXT[level] + ')') if level else ''}<div class="meter" aria-label="LiNT-niveau {level}">{meter}</div></div>
<div class="score">Flesch-Douma<b>{flesch}</b>hoger is makkelijker</div>
<div class="score">Woorden<b>{s.words}</b>{s.sentences} zinnen</div>
<div class="score">Zinslengte<b>{decimal_commas(f"{s.average_sentence_length:.1f}")}</b>woorden per zin</div>
<div class="score">B1-woorden<b>{s.b1_word_share * 100:.0f}%</b></div>
<div class="score">Passief<b>{s.passive_share * 100:.0f}%</b>van de zinnen</div>
</div>
{stress}
<div class="kolommen">
<div><h3>De brief</h3><div class="brief">{_letter(file, colours)}</div>
<h3>Moeilijkheid per zin (LiNT)</h3>{sentences}</div>
<div><h3>Meldingen ({len(file.findings)})</h3><ol class="meldingen">{findings}</ol>
<h3>Per controle</h3><table class="tellingen">{count_rows}</table></div>
</div>
</section>"""


def render(report: Report, options=None) -> str:
    colours = _colour_map(report)
    body = "\n".join(_file(f, colours) for f in report.files)
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>begrijpelijk: rapport</title>
<style>{CSS}</style>
</head>
<body>
<header><h1>begrijpelijk: hoe begrijpelijk is deze brief?</h1></header>
<main>
{body}
</main>
</body>
</html>
"""

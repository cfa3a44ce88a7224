"""Terminal output with rich: scores and verdict, then each finding at its place."""
from __future__ import annotations

import sys

from rich.console import Console
from rich.text import Text

from begrijpelijk.check.b1 import number
from begrijpelijk.findings import FileReport, Finding, Report, Severity, UnreadableFile, amount
from begrijpelijk.formatters import flesch_shown, use_color

STYLE = {Severity.FOUT: "bold red", Severity.WAARSCHUWING: "yellow", Severity.SUGGESTIE: "cyan"}


def _place(file: FileReport, f: Finding) -> str:
    if file.format == "docx":
        where = f.location or f"alinea {f.line}"
        return f"{file.path}:{f.line}:{f.column} ({where})"
    return f"{file.path}:{f.line}:{f.column}"


def _header(console: Console, file: FileReport) -> None:
    s = file.scores
    console.print(Text(file.path, style="bold underline"))
    outcome = s.outcome or ("ja" if s.b1 else "nee")
    verdict = Text(f"{s.level}: {outcome}", style={"ja": "bold green", "bijna": "bold yellow"}.get(outcome, "bold red"))
    lint = "-" if s.lint is None else f"{s.lint:.0f}"
    level = "-" if s.lint_level is None else str(s.lint_level)
    flesch = flesch_shown(s.flesch_douma)
    line = Text.assemble(
        verdict,
        f"   LiNT {lint} (niveau {level} van 4)   Flesch-Douma {flesch}   ",
        f"{s.words} woorden, {s.sentences} zinnen, gemiddeld {number(s.average_sentence_length)} woorden per zin   ",
        f"B1-woorden {s.b1_word_share * 100:.0f}%   passief {s.passive_share * 100:.0f}%",
    )
    console.print(line)
    for reason in s.reasons:
        console.print(Text(f"  {reason}", style="dim"))
    for change in s.almost:
        console.print(Text(f"  Bijna {s.level}: {change}"))
    if file.stress is not None:
        console.print(Text(file.stress.summary(), style="bold"))
        for check in file.stress.checks:
            mark = {"ok": Text("  ✓ ", style="green"), "fail": Text("  ✗ ", style="red"), "nvt": Text("  – ", style="dim")}[check.outcome]
            console.print(Text.assemble(mark, (check.rule, "magenta"), f"  {check.reason}"))


def _finding(console: Console, file: FileReport, f: Finding, show_sentence: bool) -> None:
    line = Text.assemble(
        (_place(file, f), "bold"),
        "  ",
        (f.severity.value, STYLE[f.severity]),
        "  ",
        (f.rule, "magenta"),
        "  ",
        f.message,
    )
    if f.suggestion:
        line.append(f"  → {f.suggestion}", style="green")
    console.print(line)
    if show_sentence and f.sentence and f.sentence_start is not None:
        # line breaks become spaces so the highlight offsets stay exact
        flat = f.sentence.replace("\r", " ").replace("\n", " ").replace("\t", " ")
        sentence = Text("    " + flat, style="dim")
        a = max(0, f.start - f.sentence_start)
        b = min(len(flat), f.end - f.sentence_start)
        sentence.stylize("bold reverse", 4 + a, 4 + b)
        console.print(sentence)


def make_console(file, colored: bool) -> Console:
    """A rich Console that writes colour codes exactly when ``colored``
    (formatters.use_color decided), whatever rich itself would guess."""
    return Console(
        file=file,
        no_color=not colored,
        force_terminal=colored,
        color_system="auto" if colored else None,
        highlight=False,
        soft_wrap=True,
    )


def render(report: Report, options=None) -> str:
    """The report as text for a terminal, like every formatter: with colour
    codes as formatters.use_color says (--color/--no-color, else NO_COLOR or
    FORCE_COLOR, else only when standard output is a terminal)."""
    import io

    quiet = getattr(options, "quiet", False)
    show_sentences = getattr(options, "show_sentences", True)
    buffer = io.StringIO()
    console = make_console(buffer, use_color(getattr(options, "color", None), sys.stdout))
    for file in report.files:
        if isinstance(file, UnreadableFile):
            console.print(Text(file.error, style="bold red"))
            continue
        if not quiet:
            _header(console, file)
        for f in file.findings:
            _finding(console, file, f, show_sentences and not quiet)
        if not quiet:
            console.print()
    counts = report.counts_per_rule()
    per = ", ".join(f"{rule} {n}" for rule, n in counts.items()) or "geen"
    files = amount(len(report.files), "bestand", "bestanden")
    console.print(Text(f"{report.summary()} in {files}. Per regel: {per}.", style="bold"))
    return buffer.getvalue()

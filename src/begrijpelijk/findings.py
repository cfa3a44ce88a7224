"""Findings, severities and the Report: what the checker hands to a formatter."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


def amount(n: int, one: str, many: str) -> str:
    """"1 melding", "0 meldingen", "2 meldingen": the number with the right word."""
    return f"{n} {one if n == 1 else many}"


class Severity(str, Enum):
    FOUT = "fout"
    WAARSCHUWING = "waarschuwing"
    SUGGESTIE = "suggestie"

    @property
    def rank(self) -> int:
        return {"suggestie": 1, "waarschuwing": 2, "fout": 3}[self.value]

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls(value.lower())
        except ValueError:
            raise ValueError(f"'{value}' is geen ernst. Kies fout, waarschuwing of suggestie.") from None


@dataclass(frozen=True)
class Edit:
    """Replace source[start:end] with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Problem:
    """What a rule yields: a place in the Document's source and what is wrong there.
    The checker adds the rule id and severity."""

    start: int
    end: int
    message: str
    suggestion: str | None = None
    edits: tuple[Edit, ...] = ()
    severity: "Severity | None" = None  # a rule may give one finding its own severity (jargon per word)


@dataclass
class Finding:
    rule: str
    severity: Severity
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    message: str
    suggestion: str | None = None
    edits: tuple[Edit, ...] = ()
    location: str | None = None  # e.g. "tabel 1, rij 2, kolom 1" in .docx
    sentence: str | None = None  # the sentence it is in, for showing context
    sentence_start: int | None = None  # source offset where that sentence starts


@dataclass
class SentenceScore:
    index: int
    line: int
    text: str
    words: int
    lint: float | None
    lint_level: int | None


@dataclass
class Scores:
    lint: float | None
    lint_level: int | None
    flesch_douma: float | None
    b1: bool
    words: int
    sentences: int
    average_sentence_length: float
    b1_word_share: float
    passive_share: float
    reasons: list[str] = field(default_factory=list)
    level: str = "B1"  # the language level the verdict `b1` is against (--niveau)
    outcome: str = ""  # "ja", "bijna" (one or two small changes away) or "nee"; `b1` stays true only for "ja"
    almost: list[str] = field(default_factory=list)  # with "bijna": the changes that would make it "ja"
    difficulty: float | None = None  # the measures together, in LiNT points (check/b1.py)


@dataclass
class StressCheck:
    rule: str
    ok: bool | None  # None: the check does not apply (n.v.t.)
    reason: str

    @property
    def outcome(self) -> str:
        """"ok", "fail" or "nvt"."""
        return "nvt" if self.ok is None else ("ok" if self.ok else "fail")


@dataclass
class Stress:
    score: int | None  # 0-100: the share of the checks that apply which the letter passes; None: none apply
    checks: list[StressCheck]

    @property
    def applicable(self) -> int:
        return sum(c.ok is not None for c in self.checks)

    def summary(self) -> str:
        """"Stress-sensitief: 71/100 (7 van de 10 checks gelden)"."""
        if self.score is None:
            return "Stress-sensitief: n.v.t. (geen van de checks geldt voor deze tekst)"
        counted = f" ({self.applicable} van de {len(self.checks)} checks gelden)" if self.applicable < len(self.checks) else ""
        return f"Stress-sensitief: {self.score}/100{counted}"


@dataclass
class FileReport:
    """A letter that was read and checked."""

    path: str
    scores: Scores
    sentences: list[SentenceScore] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    format: str = "txt"
    source: str | None = None  # the file's text, for reports that show the letter
    stress: Stress | None = None
    locations: dict[int, str] = field(default_factory=dict)  # line -> place in Word ("alinea 3")


@dataclass
class UnreadableFile:
    """A file that could not be read: the Dutch sentence that says why."""

    path: str
    error: str
    findings: tuple[Finding, ...] = ()


@dataclass
class Report:
    files: list[FileReport | UnreadableFile]

    @property
    def checked(self) -> list[FileReport]:
        return [f for f in self.files if isinstance(f, FileReport)]

    @property
    def unreadable(self) -> list[UnreadableFile]:
        return [f for f in self.files if isinstance(f, UnreadableFile)]

    @property
    def findings(self) -> list[Finding]:
        return [f for file in self.files for f in file.findings]

    def summary(self) -> str:
        """"30 meldingen (13 fout, 16 waarschuwing, 1 suggestie)": the count every
        output ends with ("1 melding" for one; the severities are names, as in a table)."""
        counts = self.counts_per_severity()
        return (
            f"{amount(len(self.findings), 'melding', 'meldingen')} ({counts['fout']} fout, {counts['waarschuwing']} waarschuwing, "
            f"{counts['suggestie']} suggestie)"
        )

    def counts_per_rule(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.rule] = counts.get(finding.rule, 0) + 1
        return dict(sorted(counts.items()))

    def counts_per_severity(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Severity}
        for finding in self.findings:
            counts[finding.severity.value] += 1
        return counts

    def has_errors(self) -> bool:
        return bool(self.unreadable)

    def fails(self, fail_on: Severity) -> bool:
        return any(f.severity.rank >= fail_on.rank for f in self.findings)

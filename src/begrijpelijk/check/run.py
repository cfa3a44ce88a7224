"""The check: Documents → language pipeline → rules → findings and scores → Report."""
from __future__ import annotations

from collections.abc import Iterable

from begrijpelijk import nlp
from begrijpelijk.check.analysis import AnalysedDocument
from begrijpelijk.check.scoring import score
from begrijpelijk.config import Settings
from begrijpelijk.document import Document
from begrijpelijk.findings import (
    FileReport,
    Finding,
    Problem,
    Report,
    Stress,
    StressCheck,
)
from begrijpelijk.wordlists import for_settings


def analyse(documents: list[Document], model: str | None = None) -> list[AnalysedDocument]:
    """Parse every paragraph of every document in one batched pipe."""
    texts = [p.text for d in documents for p in d.paragraphs]
    docs = nlp.pipe(texts, model=model)
    out: list[AnalysedDocument] = []
    position = 0
    for document in documents:
        n = len(document.paragraphs)
        out.append(AnalysedDocument(document, docs[position : position + n], model=model))
        position += n
    return out


def _finding(analysed: AnalysedDocument, rule, severity, problem: Problem) -> Finding:
    document = analysed.document
    line, column = document.position(problem.start)
    end_line, end_column = document.position(max(problem.start, problem.end - 1))
    paragraph = document.paragraph_at(problem.start)
    sentence_text = None
    sentence_start = None
    if paragraph is not None:
        sentence = analysed.sentence_at(problem.start)
        if sentence is not None:
            s, e = sentence.source_span()
            sentence_text, sentence_start = document.source[s:e], s
    return Finding(
        rule=rule.id,
        severity=severity,
        start=problem.start,
        end=problem.end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column + 1,
        text=document.source[problem.start : problem.end],
        message=problem.message,
        suggestion=problem.suggestion,
        edits=problem.edits,
        location=paragraph.label if paragraph is not None else None,
        sentence=sentence_text,
        sentence_start=sentence_start,
    )


def apply_suppressions(document: Document, findings: list[Finding]) -> tuple[list[Finding], frozenset[int]]:
    """The findings no suppression covers, and the indexes of the
    suppressions that covered one (ongebruikte-uitzondering reports the rest)."""
    if not document.suppressions:
        return findings, frozenset()
    kept: list[Finding] = []
    used: set[int] = set()
    for finding in findings:
        hit = next((i for i, s in enumerate(document.suppressions) if s.covers(finding.rule, finding.line)), None)
        if hit is None:
            kept.append(finding)
        else:
            used.add(hit)
    return kept, frozenset(used)


def stress_checklist(findings: list[Finding], enabled, analysed: AnalysedDocument | None = None, settings: Settings | None = None) -> Stress | None:
    """✓, ✗ or n.v.t. per stress-sensitive rule that is on (the rules with a
    checklist line). A check that does not apply to this text (it is no
    letter, it asks nothing of the reader) says why, and the score counts only
    the checks that apply."""
    checks = []
    for rule in enabled:
        if not rule.checklist:
            continue
        options = settings.options_of(rule) if settings else rule.option_values()
        not_applicable = rule.applies(analysed, options) if rule.applies is not None and analysed is not None else None
        own = [f for f in findings if f.rule == rule.id]
        if not_applicable and not own:
            checks.append(StressCheck(rule.id, None, not_applicable))
            continue
        if own:
            checks.append(StressCheck(rule.id, False, own[0].message))
            continue
        found = rule.evidence(analysed, options) if rule.evidence is not None and analysed is not None else None
        checks.append(StressCheck(rule.id, True, f"{rule.checklist} Gevonden: {found}." if found else rule.checklist))
    if not checks:
        return None
    applicable = [c for c in checks if c.ok is not None]
    score = round(100 * sum(bool(c.ok) for c in applicable) / len(applicable)) if applicable else None
    return Stress(score=score, checks=checks)


def _run(analysed: AnalysedDocument, rules, settings: Settings, wordlists) -> list[Finding]:
    findings: list[Finding] = []
    for rule in rules:
        severity = settings.severity_of(rule)
        configured = rule.id in settings.severities  # the user's [ernst] goes before a word's own severity
        for problem in rule.check(analysed, settings.options_of(rule), wordlists):
            own = problem.severity if problem.severity is not None and not configured else severity
            findings.append(_finding(analysed, rule, own, problem))
    return findings


def check_analysed(analysed: AnalysedDocument, settings: Settings) -> FileReport:
    """Rules → suppressions → the rules about suppressions → scores."""
    wordlists = for_settings(settings)
    enabled = list(settings.enabled_rules())
    analysed.enabled_rules = frozenset(r.id for r in enabled)
    findings = _run(analysed, [r for r in enabled if not r.after_suppressions], settings, wordlists)
    findings, analysed.used_suppressions = apply_suppressions(analysed.document, findings)
    findings += _run(analysed, [r for r in enabled if r.after_suppressions], settings, wordlists)
    findings.sort(key=lambda f: (f.start, f.rule))
    scores, sentences = score(analysed, findings, wordlists, thresholds=settings.b1)
    stress = stress_checklist(findings, enabled, analysed, settings)
    return FileReport(
        stress=stress,
        path=analysed.document.path,
        scores=scores,
        sentences=sentences,
        findings=findings,
        format=analysed.document.format,
        source=analysed.document.source,
    )


def check_documents(documents: Iterable[Document], settings: Settings | None = None) -> Report:
    settings = settings or Settings()
    documents = list(documents)
    return Report([check_analysed(a, settings) for a in analyse(documents, settings.model)])

"""Readability scores and the B1 verdict.

LiNT-II (Pander Maat et al. 2023; PyPI ``lint-ii``, EUPL-1.2): we use its
feature definitions (``SentenceAnalysis`` works on any parsed spaCy span) and
its published regression coefficients, computed from our own parse. We do not
call its ``from_text`` or ``.lint``: those load ``nl_core_news_lg``.

Flesch-Douma: textstat's Flesch reading ease with the Dutch constants of Douma.
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import statistics
import sys
import types
from functools import lru_cache

from begrijpelijk.check.analysis import AnalysedDocument, Sentence
from begrijpelijk.check.b1 import LEVELS, B1Thresholds, Measures, judge, lint_level
from begrijpelijk.findings import Finding, Scores, SentenceScore
from begrijpelijk.nlp.closed_class import READER

__all__ = ["LEVELS", "B1Thresholds", "lint_level", "lint_score", "score", "flesch_douma"]


@lru_cache(maxsize=1)
def coefficients() -> dict[str, float]:
    """LiNT-II's published coefficients for spaCy 3.7 models and its noun list."""
    from importlib import resources

    from begrijpelijk.check import lintdata

    lintdata.install()
    from lint_ii.linguistic_data.wordlists import PATH_NOUNS_SEM_TYPES

    data = json.loads(resources.files("lint_ii").joinpath("linguistic_data/data/coefficients.json").read_text("utf8"))
    wanted = PATH_NOUNS_SEM_TYPES.stem
    for model in data:
        if model["model_version"] == "3.7.0" and model["noun_list"] == wanted:
            return {k: v["coef"] for k, v in model["coefficients"].items()}
    return {k: v["coef"] for k, v in data[0]["coefficients"].items()}


def lint_score(freq_log, max_sdl, content_words_per_clause, proportion_concrete) -> float | None:
    features = (freq_log, max_sdl, content_words_per_clause, proportion_concrete)
    if any(f is None for f in features):
        return None
    c = coefficients()
    raw = (
        c["const"]
        + c["mean_log_word_freq"] * freq_log
        + c["mean_max_sdl"] * max_sdl
        + c["mean_content_words"] * content_words_per_clause
        + c["proportion_concrete"] * proportion_concrete
    )
    return min(100.0, max(0.0, 100.0 - raw))



def _analyses(sentences: list[Sentence]):
    from begrijpelijk.check import lintdata

    lintdata.install()
    from lint_ii.core.sentence_analysis import SentenceAnalysis

    return [SentenceAnalysis(s.span) for s in sentences]


def _sentence_lint(analysis) -> float | None:
    return lint_score(
        analysis.mean_log_word_frequency,
        analysis.max_sdl,
        analysis.content_words_per_clause,
        analysis.proportion_of_concrete_nouns,
    )


def _document_lint(analyses) -> float | None:
    from lint_ii.core.readability_analysis import ReadabilityAnalysis

    if not analyses:
        return None
    document = ReadabilityAnalysis(analyses)
    return lint_score(
        document.mean_log_word_frequency,
        document.mean_max_sdl,
        document.mean_content_words_per_clause,
        document.proportion_of_concrete_nouns,
    )


class _Deferred(types.ModuleType):
    """Stands in for a module in sys.modules until one of its attributes is
    used; then the real module is imported and answers."""

    def __init__(self, name: str, spec) -> None:
        super().__init__(name)
        self.__spec__ = spec

    def __getattr__(self, attr: str):
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        module = importlib.import_module(self.__name__)
        self.__dict__.update(module.__dict__)
        return getattr(module, attr)


def _import_textstat():
    """textstat imports nltk (0.25 s) at start-up for its English syllable
    dictionary only; for Dutch it counts syllables with pyphen. So nltk gets a
    stand-in that imports it only when textstat really uses it."""
    if "nltk" not in sys.modules and "textstat" not in sys.modules:
        spec = importlib.util.find_spec("nltk")
        if spec is not None:
            sys.modules["nltk"] = _Deferred("nltk", spec)
    import textstat

    return textstat


def flesch_douma(text: str) -> float | None:
    textstat = _import_textstat()

    if not text.strip():
        return None
    from begrijpelijk.check import hyphenation

    hyphenation.install("nl")  # the parsed patterns from the cache: the same syllables, a tenth of a second sooner
    textstat.set_lang("nl")
    return round(float(textstat.flesch_reading_ease(text)), 1)


def jargon_severities(doc: AnalysedDocument, wordlists) -> list[str]:
    """The jargon in the letter, found by the jargon rule itself (also when it
    is switched off or suppressed: the reader still reads it)."""
    from begrijpelijk.rules.jargon import jargon_in

    # one count per word of the list: a letter that says "kwijtschelding" ten times, or
    # "eenmalig" and "éénmalig", has one hard word, not ten
    seen: dict[str, str] = {}
    for _, _, _, entry in jargon_in(doc, wordlists):
        seen.setdefault(entry.term, entry.severity)
    return list(seen.values())


def jargon_terms(doc: AnalysedDocument, wordlists) -> list[str]:
    """The jargon words the verdict counts, as the letter writes them, once each."""
    from begrijpelijk.rules.jargon import found_text, jargon_in

    seen: dict[str, str] = {}
    for _, parsed, matched, entry in jargon_in(doc, wordlists):
        seen.setdefault(entry.term, found_text(parsed, matched))
    return list(seen.values())


def _impersonal(doc: AnalysedDocument) -> list[tuple[int, str | None]]:
    """(line, words) where the letter does not address its reader; words None
    when it says 'u' nowhere. The detection of onpersoonlijk, also when it is off."""
    from begrijpelijk.rules import onpersoonlijk

    found = onpersoonlijk.impersonal(doc, int(onpersoonlijk.RULE.options["min-woorden"]))
    # 'ondergetekende' is the writer, not the reader
    return [(doc.document.position(start)[0], words) for start, _, words, key in found if key != "ondergetekende"]


def _line_of(doc: AnalysedDocument, paragraph, token) -> int:
    start, _ = doc.token_span(paragraph, token)
    return doc.document.position(start)[0]


def score(
    doc: AnalysedDocument,
    findings: list[Finding],
    wordlists,
    thresholds: B1Thresholds = B1Thresholds(),
) -> tuple[Scores, list[SentenceScore]]:
    from begrijpelijk.nlp import lemma
    from begrijpelijk.rules.passief import passives

    sentences = doc.sentences()
    analyses = _analyses(sentences)
    per_sentence: list[SentenceScore] = []
    for sentence, analysis in zip(sentences, analyses):
        value = _sentence_lint(analysis)
        start, _ = sentence.source_span()
        per_sentence.append(
            SentenceScore(
                index=sentence.index,
                line=doc.document.position(start)[0],
                text=sentence.text.strip(),
                words=len(sentence.words),
                lint=None if value is None else round(value, 1),
                lint_level=lint_level(value),
            )
        )
    document_lint = _document_lint(analyses)
    words = [t for s in sentences for t in s.words]
    n_words = len(words)
    n_sentences = len(sentences)
    b1_share = (sum(1 for t in words if wordlists.is_b1(t.lower_) or wordlists.is_b1(lemma(t)) or not t.is_alpha) / n_words) if n_words else 1.0
    # a property of the text, like the jargon in the verdict: from the same
    # detection the rule uses, also when passief is off
    passive_sentences = {(id(parsed), passive.participle.sent.start): (paragraph, passive) for paragraph, parsed, passive in passives(doc)}
    passive_share = len(passive_sentences) / n_sentences if n_sentences else 0.0
    level = lint_level(document_lint)
    places: dict[str, list] = {
        "zinnen": [(s.line, s.words) for s in per_sentence],
        "passief": [_line_of(doc, paragraph, passive.participle) for paragraph, passive in passive_sentences.values()],
        "jargon": jargon_terms(doc, wordlists),
        "onpersoonlijk": _impersonal(doc),
    }
    measures = Measures(
        document_lint, n_words, [s.words for s in per_sentence], jargon_severities(doc, wordlists), len(passive_sentences), places,
        impersonal=len(places["onpersoonlijk"]), addressed=any(t.lower_ in READER for t in words),
    )
    judgement = judge(thresholds, measures)
    text = " ".join(s.text for s in sentences)
    scores = Scores(
        lint=None if document_lint is None else round(document_lint, 1),
        lint_level=level,
        flesch_douma=flesch_douma(text),
        b1=judgement.b1,
        words=n_words,
        sentences=n_sentences,
        average_sentence_length=round(statistics.mean([s.words for s in per_sentence]), 1) if per_sentence else 0.0,
        b1_word_share=round(b1_share, 3),
        passive_share=round(passive_share, 3),
        reasons=judgement.reasons,
        level=thresholds.level,
        outcome=judgement.outcome,
        almost=judgement.almost,
        difficulty=judgement.difficulty,
    )
    return scores, per_sentence

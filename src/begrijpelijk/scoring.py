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
from dataclasses import dataclass
from functools import lru_cache

from .analysis import AnalysedDocument, Sentence
from .findings import Finding, Scores, SentenceScore

# LiNT levels: [0,34) 1, [34,46) 2, [46,58) 3, [58,100] 4
LEVEL_BOUNDS = (34.0, 46.0, 58.0)


@dataclass(frozen=True)
class B1Thresholds:
    """When a letter counts as B1. Configurable under [b1] in the config."""

    max_lint_level: int = 2
    max_long_sentence_share: float = 0.10
    max_jargon: int = 0


@lru_cache(maxsize=1)
def coefficients() -> dict[str, float]:
    """LiNT-II's published coefficients for spaCy 3.7 models and its noun list."""
    from importlib import resources

    from . import lintdata

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


def lint_level(score: float | None) -> int | None:
    if score is None:
        return None
    return 1 + sum(score >= bound for bound in LEVEL_BOUNDS)


def _analyses(sentences: list[Sentence]):
    from . import lintdata

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
    textstat.set_lang("nl")
    return round(float(textstat.flesch_reading_ease(text)), 1)


def score(
    doc: AnalysedDocument,
    findings: list[Finding],
    wordlists,
    long_sentence_limit: int = 20,
    thresholds: B1Thresholds = B1Thresholds(),
) -> tuple[Scores, list[SentenceScore]]:
    from .nlp import lemma
    from .rules.passief import detect

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
                text=sentence.text,
                words=len(sentence.words),
                lint=None if value is None else round(value, 1),
                lint_level=lint_level(value),
            )
        )
    document_lint = _document_lint(analyses)
    words = [t for s in sentences for t in s.words]
    n_words = len(words)
    n_sentences = len(sentences)
    long_share = (sum(1 for s in per_sentence if s.words > long_sentence_limit) / n_sentences) if n_sentences else 0.0
    b1_share = (sum(1 for t in words if wordlists.is_b1(t.lower_) or wordlists.is_b1(lemma(t)) or not t.is_alpha) / n_words) if n_words else 1.0
    passive_sentences = set()
    for _, parsed in doc.pairs():
        for passive in detect(parsed):
            passive_sentences.add((id(parsed), passive.participle.sent.start))
    passive_share = len(passive_sentences) / n_sentences if n_sentences else 0.0
    jargon = sum(1 for f in findings if f.rule == "jargon")

    level = lint_level(document_lint)
    reasons: list[str] = []
    if level is not None and level > thresholds.max_lint_level:
        reasons.append(f"LiNT-niveau {level} is hoger dan {thresholds.max_lint_level}.")
    if long_share > thresholds.max_long_sentence_share:
        reasons.append(
            f"{round(long_share * 100)}% van de zinnen is langer dan {long_sentence_limit} woorden "
            f"(mag {round(thresholds.max_long_sentence_share * 100)}% zijn)."
        )
    if jargon > thresholds.max_jargon:
        reasons.append(f"Er staat nog {jargon} keer jargon in de tekst.")
    b1 = not reasons and n_words > 0
    if b1:
        reasons.append(
            f"LiNT-niveau {level if level is not None else '-'}, "
            f"{round(long_share * 100)}% lange zinnen, geen jargon."
        )
    text = " ".join(s.text for s in sentences)
    scores = Scores(
        lint=None if document_lint is None else round(document_lint, 1),
        lint_level=level,
        flesch_douma=flesch_douma(text),
        b1=b1,
        words=n_words,
        sentences=n_sentences,
        average_sentence_length=round(statistics.mean([s.words for s in per_sentence]), 1) if per_sentence else 0.0,
        b1_word_share=round(b1_share, 3),
        passive_share=round(passive_share, 3),
        reasons=reasons,
    )
    return scores, per_sentence

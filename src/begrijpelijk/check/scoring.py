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

from begrijpelijk.check.analysis import AnalysedDocument, Sentence
from begrijpelijk.findings import Finding, Scores, SentenceScore

# LiNT levels: [0,34) 1, [34,46) 2, [46,58) 3, [58,100] 4
LEVEL_BOUNDS = (34.0, 46.0, 58.0)


@dataclass(frozen=True)
class B1Thresholds:
    """When a letter is on its language level (B1 by default). Chosen with
    ``--niveau`` (A2, B1, B2); each value can be set under [b1] in the config.

    - ``max_lint_level``: the LiNT level of the whole letter (1-4);
    - ``long_sentence_words``: a sentence with more words is long;
    - ``max_long_sentence_share``: the share of long sentences allowed; one long
      sentence is always allowed, so a short letter is not failed for one;
    - ``max_jargon_per_100``: different jargon words per 100 words, each weighted
      by its severity (fout 1, waarschuwing 0.5, suggestie 0: a mild word alone
      does not make a letter hard);
    - ``max_jargon``: an extra limit on the number of jargon findings (None: none);
    - ``max_passive_share``: the share of sentences with a passive clause; one
      such sentence is always allowed (None: no limit).
    """

    level: str = "B1"
    max_lint_level: int = 2
    long_sentence_words: int = 20
    max_long_sentence_share: float = 0.15
    max_jargon_per_100: float = 1.5
    max_jargon: int | None = None
    max_passive_share: float | None = 0.20


# The thresholds per level. Project choices, see the README ("Wanneer is een
# brief B1?"): LiNT levels from Pander Maat et al. (2023); sentence length from
# the plain-language guides (B1: at most 15-20 words a sentence).
LEVELS: dict[str, B1Thresholds] = {
    "A2": B1Thresholds(
        "A2", max_lint_level=1, long_sentence_words=15, max_long_sentence_share=0.10, max_jargon_per_100=0.5, max_passive_share=0.10
    ),
    "B1": B1Thresholds("B1"),
    "B2": B1Thresholds(
        "B2", max_lint_level=3, long_sentence_words=25, max_long_sentence_share=0.25, max_jargon_per_100=2.0, max_passive_share=0.30
    ),
}
JARGON_WEIGHT = {"fout": 1.0, "waarschuwing": 0.5, "suggestie": 0.0}


def _allowed(share: float, sentences: int) -> int:
    """How many of the sentences may have a property: the share, and always one."""
    return max(1, int(share * sentences + 1e-9))


def _jargon_weight(jargon: list) -> float:
    """The jargon the verdict counts, weighted by severity (fout 1, waarschuwing 0.5, suggestie 0)."""
    return sum(JARGON_WEIGHT.get(getattr(j, "value", j), 1.0) for j in jargon)


def _lines(numbers: list[int]) -> str:
    """" Zie regel 4, 7 en 9." for the places a reason counts."""
    shown = sorted(set(numbers))
    if not shown:
        return ""
    words = [str(n) for n in shown]
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1]
    return f" Zie regel {listed}."


def _words(terms: list[str], most: int = 8) -> str:
    """" Het gaat om 'indien', 'verstrekken' …": the jargon a reason counts."""
    if not terms:
        return ""
    listed = ", ".join(f"'{t}'" for t in terms[:most])
    return f" Het gaat om {listed} …" if len(terms) > most else f" Het gaat om {listed}."


def verdict(
    thresholds: B1Thresholds,
    level: int | None,
    n_words: int,
    sentence_words: list[int],
    jargon: list,
    passive: int = 0,
    places: dict[str, list] | None = None,
) -> tuple[bool, list[str]]:
    """(on level, reasons) from the analysis. ``jargon`` holds the severities
    of the jargon found, ``passive`` the number of sentences with a passive
    clause, whether or not the rules jargon and passief are switched on.
    ``places`` says where each reason's count comes from (the lines of the
    long and the passive sentences, the jargon words), so that the writer
    can find them also when their rule is switched off."""
    t = thresholds
    places = places or {}
    reasons: list[str] = []
    if level is not None and level > t.max_lint_level:
        reasons.append(f"LiNT-niveau {level} is hoger dan {t.max_lint_level}.")
    n = len(sentence_words)
    long = sum(1 for w in sentence_words if w > t.long_sentence_words)
    allowed = _allowed(t.max_long_sentence_share, n)
    if long > allowed:
        reasons.append(
            f"{long} van de {n} zinnen zijn langer dan {t.long_sentence_words} woorden (mag {allowed} zijn)."
            + _lines([line for line, words in places.get("zinnen", []) if words > t.long_sentence_words])
        )
    weight = _jargon_weight(jargon)
    density = 100 * weight / n_words if n_words else 0.0
    # one jargon word is always tolerated, so a short letter is not failed for it
    if weight > max(1.0, t.max_jargon_per_100 * n_words / 100):
        reasons.append(
            f"Er staat {len(jargon)} keer jargon in de tekst ({density:.1f} per 100 woorden, mag {t.max_jargon_per_100:g} zijn)."
            + _words(places.get("jargon", []))
        )
    if t.max_jargon is not None and len(jargon) > t.max_jargon:
        reasons.append(f"Er staat {len(jargon)} keer jargon in de tekst (mag {t.max_jargon} keer).")
    if t.max_passive_share is not None:
        allowed_passive = _allowed(t.max_passive_share, n)
        if passive > allowed_passive:
            reasons.append(f"{passive} van de {n} zinnen zijn passief (mag {allowed_passive} zijn)." + _lines(places.get("passief", [])))
    ok = not reasons and n_words > 0
    if ok:
        jargon_text = "geen jargon" if not jargon else f"{len(jargon)} keer jargon ({density:.1f} per 100 woorden)"
        reasons.append(
            f"LiNT-niveau {level if level is not None else '-'}, {long} van de {n} zinnen lang, {jargon_text}."
        )
    return ok, reasons


LINT_MARGIN = 2.0  # LiNT points above the level's bound that still count as "almost"


def almost(
    thresholds: B1Thresholds,
    lint: float | None,
    n_words: int,
    sentence_words: list[int],
    jargon: list,
    passive: int = 0,
    places: dict[str, list] | None = None,
) -> list[str] | None:
    """The one or two changes that would make a letter that is not on its level
    pass ("bijna"), or None when it is further away. Each measure may miss by
    one step at most: one long sentence, one jargon word, one passive sentence,
    or a LiNT score just over its bound."""
    t, places = thresholds, places or {}
    n = len(sentence_words)
    changes: list[str] = []
    level = lint_level(lint)
    if level is not None and level > t.max_lint_level:
        bound = LEVEL_BOUNDS[t.max_lint_level - 1]
        if level > t.max_lint_level + 1 or lint is None or lint >= bound + LINT_MARGIN:
            return None
        changes.append(f"Maak een paar zinnen eenvoudiger (LiNT {lint:.0f}; op dit niveau onder {bound:.0f}).")
    long_lines = [(words, line) for line, words in places.get("zinnen", []) if words > t.long_sentence_words]
    over = len(long_lines) - _allowed(t.max_long_sentence_share, n)
    if over > 1:
        return None
    if over == 1:
        words, line = max(long_lines)
        changes.append(f"Maak de zin van {words} woorden op regel {line} korter.")
    excess = _jargon_weight(jargon) - max(1.0, t.max_jargon_per_100 * n_words / 100)
    if excess > 1.0:
        return None
    if excess > 0:
        named = places.get("jargon", [])[:1]
        changes.append("Vervang één jargonwoord" + (f", bijvoorbeeld '{named[0]}'." if named else "."))
    if t.max_passive_share is not None:
        extra = passive - _allowed(t.max_passive_share, n)
        if extra > 1:
            return None
        if extra == 1:
            lines = sorted(places.get("passief", []))
            changes.append("Schrijf één passieve zin actief" + (f", bijvoorbeeld op regel {lines[0]}." if lines else "."))
    return changes if 0 < len(changes) <= 2 else None


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


def lint_level(score: float | None) -> int | None:
    if score is None:
        return None
    return 1 + sum(score >= bound for bound in LEVEL_BOUNDS)


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
    }
    severities = jargon_severities(doc, wordlists)
    b1, reasons = verdict(thresholds, level, n_words, [s.words for s in per_sentence], severities, len(passive_sentences), places)
    changes = None if b1 else almost(thresholds, document_lint, n_words, [s.words for s in per_sentence], severities, len(passive_sentences), places)
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
        level=thresholds.level,
        outcome="ja" if b1 else ("bijna" if changes else "nee"),
        almost=changes or [],
    )
    return scores, per_sentence

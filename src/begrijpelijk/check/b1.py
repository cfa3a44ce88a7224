"""The B1 verdict: ja, bijna or nee, from one difficulty score.

The difficulty is counted in LiNT points: the LiNT score of the whole letter,
plus a part for the jargon, for the long sentences and for the passive
sentences. No measure decides alone: a plain letter with a little more jargon
passes when its sentences are easy, and a letter with easy words fails when
its sentences are long and passive.

    moeilijkheid = LiNT + 7,5 x jargon per 100 woorden
                        + 95 x deel lange zinnen (de eerste lange zin telt niet)
                        + 115 x deel passieve zinnen (de eerste telt niet)
                        + 15 als de brief de lezer niet aanspreekt

The first three weights come from a logistic regression on 112 real texts
labelled plain or bureaucratic before any run (benchmarks/b1.py --fit),
rounded; the last from a fit on 164 texts (round 24), with the first three
kept. A letter that calls its reader 'de aanvrager' or 'men', or never says
'u' or 'je', is harder to read as meant for oneself: the B1 guides ask to
address the reader (docs/metingen.md). The limit per
level from the same texts for B1 (plain ≥ 85% ja, bureaucratic ≤ 10%), and
shifted by one LiNT level (12 points) for A2 and B2. docs/metingen.md has the
figures, docs/handleiding.md the explanation for users.
"""
from __future__ import annotations

from dataclasses import dataclass, field

LEVEL_BOUNDS = (34.0, 46.0, 58.0)  # LiNT levels: [0,34) 1, [34,46) 2, [46,58) 3, [58,100] 4
JARGON_WEIGHT = {"fout": 1.0, "waarschuwing": 0.5, "suggestie": 0.0}
WEIGHT_JARGON = 7.5  # LiNT points per weighted jargon word per 100 words
WEIGHT_LONG = 95.0  # LiNT points for a letter whose sentences are all long
WEIGHT_PASSIVE = 115.0  # LiNT points for a letter whose sentences are all passive
WEIGHT_IMPERSONAL = 15.0  # LiNT points for a letter that does not address its reader
LINT_WITHOUT_SCORE = LEVEL_BOUNDS[0]  # a text too short for LiNT counts as easy on that part
LINT_MARGIN = 2.0  # difficulty points over the limit that "a few simpler sentences" can close


@dataclass(frozen=True)
class B1Thresholds:
    """When a letter is on its language level (B1 by default). Chosen with
    ``--niveau`` (A2, B1, B2); each value can be set under [b1] in the config.

    - ``max_difficulty``: the highest difficulty (in LiNT points) on this level;
    - ``long_sentence_words``: a sentence with more words is long;
    - extra limits an organisation can add, each on its own (None: none):
      ``max_lint_level`` (1-4), ``max_long_sentence_share``, ``max_jargon_per_100``
      (weighted by severity), ``max_jargon`` (a number of findings) and
      ``max_passive_share``. One long and one passive sentence are always allowed.
    """

    level: str = "B1"
    max_difficulty: float = 68.0
    long_sentence_words: int = 20
    max_lint_level: int | None = None
    max_long_sentence_share: float | None = None
    max_jargon_per_100: float | None = None
    max_jargon: int | None = None
    max_passive_share: float | None = None


LEVEL_STEP = 12.0  # the width of one LiNT level
LEVELS: dict[str, B1Thresholds] = {
    "A2": B1Thresholds("A2", max_difficulty=68.0 - LEVEL_STEP, long_sentence_words=15),
    "B1": B1Thresholds("B1"),
    "B2": B1Thresholds("B2", max_difficulty=68.0 + LEVEL_STEP, long_sentence_words=25),
}


@dataclass(frozen=True)
class Measures:
    """What the verdict looks at. ``jargon`` holds the severity of each
    different jargon word; ``impersonal`` the places where the letter does not
    address its reader ('de aanvrager', 'men', or nowhere 'u'); ``places`` says
    where the counts come from: "zinnen" (line, words) per sentence, "passief"
    the lines of the passive sentences, "jargon" the words as the letter writes
    them (in the order of ``jargon``), "onpersoonlijk" the lines of ``impersonal``;
    ``addressed``: the letter says 'u' or 'je' somewhere."""

    lint: float | None
    n_words: int
    sentence_words: list[int]
    jargon: list[str] = field(default_factory=list)
    passive: int = 0
    places: dict[str, list] = field(default_factory=dict)
    impersonal: int = 0
    addressed: bool = False


@dataclass(frozen=True)
class Judgement:
    b1: bool
    outcome: str  # "ja", "bijna" or "nee"
    reasons: list[str]
    almost: list[str]  # with "bijna": the one or two changes that make it "ja"
    difficulty: float | None


def lint_level(score: float | None) -> int | None:
    if score is None:
        return None
    return 1 + sum(score >= bound for bound in LEVEL_BOUNDS)


def number(value: float, digits: int = 1) -> str:
    """A number as Dutch writes it: 1,5 (not 1.5)."""
    return f"{value:.{digits}f}".replace(".", ",")


def _weight(severity) -> float:
    return JARGON_WEIGHT.get(getattr(severity, "value", severity), 1.0)


def _jargon_weight(m: Measures) -> float:
    return sum(_weight(s) for s in m.jargon)


def _allowed(share: float, sentences: int) -> int:
    """How many of the sentences may have a property: the share, and always one."""
    return max(1, int(share * sentences + 1e-9))


def _long(t: B1Thresholds, m: Measures) -> int:
    return sum(1 for w in m.sentence_words if w > t.long_sentence_words)


def parts(t: B1Thresholds, m: Measures) -> dict[str, float]:
    """The difficulty per measure, in LiNT points."""
    n = len(m.sentence_words) or 1
    return {
        "lint": m.lint if m.lint is not None else LINT_WITHOUT_SCORE,
        "jargon": WEIGHT_JARGON * 100 * _jargon_weight(m) / m.n_words if m.n_words else 0.0,
        "zinnen": WEIGHT_LONG * max(0, _long(t, m) - 1) / n,
        "passief": WEIGHT_PASSIVE * max(0, m.passive - 1) / n,
        "aanspreken": _impersonal_weight(m),
    }


def _lines(numbers: list[int]) -> str:
    """" Zie regel 4, 7 en 9." for the places a reason counts."""
    shown = [str(k) for k in sorted(set(numbers))]
    if not shown:
        return ""
    listed = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " en " + shown[-1]
    return f" Zie regel {listed}."


def _words(terms: list[str], most: int = 8) -> str:
    """" Het gaat om 'indien', 'verstrekken' …": the jargon a reason counts."""
    if not terms:
        return ""
    listed = ", ".join(f"'{t}'" for t in terms[:most])
    return f" Het gaat om {listed} …" if len(terms) > most else f" Het gaat om {listed}."


def _impersonal_weight(m: Measures) -> float:
    """The full weight when the letter says 'u' nowhere. A letter that says 'u' does address its
    reader: then each place that names the reader otherwise ('men', 'de aanvrager') weighs a third,
    up to the full weight."""
    if not m.addressed:
        return WEIGHT_IMPERSONAL if m.impersonal else 0.0
    return WEIGHT_IMPERSONAL * min(1.0, m.impersonal / 3)


def _impersonal(places: list[tuple[int, str | None]]) -> str:
    """"De tekst noemt de lezer ook 'de aanvrager' (regel 4), niet 'u'" or "… nergens 'u' …"."""
    named = [(line, words) for line, words in places if words]
    if not named:
        return "De tekst spreekt de lezer nergens aan met 'u' of 'je'"
    listed = ", ".join(f"'{words}' (regel {line})" for line, words in named[:3])
    return f"De tekst noemt de lezer ook {listed}, niet 'u'"


def _details(t: B1Thresholds, m: Measures, p: dict[str, float]) -> list[str]:
    """One sentence per measure that adds to the difficulty, the largest first."""
    n, long = len(m.sentence_words), _long(t, m)
    density = 100 * _jargon_weight(m) / m.n_words if m.n_words else 0.0
    said = {
        "jargon": f"Er staat {len(m.jargon)} keer jargon in de tekst ({number(density)} per 100 woorden): +{p['jargon']:.0f}."
        + _words(m.places.get("jargon", [])),
        "zinnen": f"{long} van de {n} zinnen zijn langer dan {t.long_sentence_words} woorden (de eerste telt niet): +{p['zinnen']:.0f}."
        + _lines([line for line, words in m.places.get("zinnen", []) if words > t.long_sentence_words]),
        "passief": f"{m.passive} van de {n} zinnen zijn passief (de eerste telt niet): +{p['passief']:.0f}."
        + _lines(m.places.get("passief", [])),
        "aanspreken": _impersonal(m.places.get("onpersoonlijk", [])) + f": +{p['aanspreken']:.0f}.",
    }
    return [said[k] for k in sorted(said, key=lambda k: -p[k]) if p[k] >= 0.5]


def _limits(t: B1Thresholds, m: Measures) -> list[str]:
    """The extra limits an organisation set, each with its own reason."""
    out: list[str] = []
    n, level = len(m.sentence_words), lint_level(m.lint)
    if t.max_lint_level is not None and level is not None and level > t.max_lint_level:
        out.append(f"LiNT-niveau {level} is hoger dan {t.max_lint_level}.")
    if t.max_long_sentence_share is not None and _long(t, m) > (allowed := _allowed(t.max_long_sentence_share, n)):
        out.append(f"{_long(t, m)} van de {n} zinnen zijn langer dan {t.long_sentence_words} woorden (mag {allowed} zijn).")
    if t.max_jargon_per_100 is not None and _jargon_weight(m) > max(1.0, t.max_jargon_per_100 * m.n_words / 100):
        out.append(f"Er staat te veel jargon in de tekst (mag {number(t.max_jargon_per_100)} per 100 woorden zijn).")
    if t.max_jargon is not None and len(m.jargon) > t.max_jargon:
        out.append(f"Er staat {len(m.jargon)} keer jargon in de tekst (mag {t.max_jargon} keer).")
    if t.max_passive_share is not None and m.passive > (allowed := _allowed(t.max_passive_share, n)):
        out.append(f"{m.passive} van de {n} zinnen zijn passief (mag {allowed} zijn).")
    return out


def _edits(t: B1Thresholds, m: Measures) -> list[tuple[float, str]]:
    """Each single change with the difficulty it takes away."""
    n = len(m.sentence_words) or 1
    out: list[tuple[float, str]] = []
    for severity, term in zip(m.jargon, m.places.get("jargon", [])):
        if m.n_words and _weight(severity) > 0:
            out.append((WEIGHT_JARGON * 100 * _weight(severity) / m.n_words, f"Vervang het jargonwoord '{term}'."))
    long = sorted(((words, line) for line, words in m.places.get("zinnen", []) if words > t.long_sentence_words), reverse=True)
    for words, line in long[: max(0, len(long) - 1)]:
        out.append((WEIGHT_LONG / n, f"Maak de zin van {words} woorden op regel {line} korter."))
    for line in sorted(m.places.get("passief", []))[: max(0, m.passive - 1)]:
        out.append((WEIGHT_PASSIVE / n, f"Schrijf de passieve zin op regel {line} actief."))
    if m.impersonal:
        out.append((WEIGHT_IMPERSONAL, "Spreek de lezer aan met 'u' (niet 'de aanvrager' of 'men')."))
    return sorted(out, key=lambda e: -e[0])


def almost(t: B1Thresholds, m: Measures, difficulty: float) -> list[str] | None:
    """The one or two changes that bring the difficulty to the level's limit,
    or None when the letter is further away."""
    gap = difficulty - t.max_difficulty
    taken: list[str] = []
    for gain, change in _edits(t, m)[:2]:
        taken.append(change)
        gap -= gain
        if gap <= 0:
            return taken
    if difficulty - t.max_difficulty <= LINT_MARGIN:
        return [f"Maak een paar zinnen eenvoudiger (moeilijkheid {difficulty:.0f}; {t.level} tot {t.max_difficulty:.0f})."]
    return None


def judge(t: B1Thresholds, m: Measures) -> Judgement:
    """The verdict on a letter: on its level, almost, or not, and why."""
    if m.n_words == 0:
        return Judgement(False, "nee", ["De tekst heeft geen woorden."], [], None)
    p = parts(t, m)
    difficulty = round(sum(p.values()), 1)
    summary = (
        f"Moeilijkheid {difficulty:.0f} ({t.level}: tot {t.max_difficulty:.0f}): LiNT {p['lint']:.0f}, "
        f"jargon +{p['jargon']:.0f}, lange zinnen +{p['zinnen']:.0f}, passief +{p['passief']:.0f}"
        + (f", niet aangesproken +{p['aanspreken']:.0f}." if p["aanspreken"] else ".")
    )
    limits = _limits(t, m)
    if difficulty <= t.max_difficulty and not limits:
        return Judgement(True, "ja", [summary], [], difficulty)
    reasons = [summary] + _details(t, m, p) + limits
    changes = None if limits else almost(t, m, difficulty)
    return Judgement(False, "bijna" if changes else "nee", reasons, changes or [], difficulty)

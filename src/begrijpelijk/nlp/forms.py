"""Word forms a plain alternative needs to fit its sentence: "verleend" →
"gegeven", "vigerende" → "geldende", "eerstvolgende" → "volgende".

Each function makes candidates by the Dutch spelling rules and returns one
only when the model's word tables or its word list know it; otherwise None,
and the advice gives the dictionary form with "(vorm aanpassen)". Never a
guess: a form that is not sure is no form.
"""
from __future__ import annotations

from begrijpelijk.nlp.passive.verbs import (
    INSEPARABLE_START,
    SEPARABLE,
    STRONG_PARTICIPLES,
    lemma_of_participle,
    third_singular,
)

SOFT_KETCHUP = ("t", "k", "f", "s", "ch", "p", "x")
IRREGULAR_PARTICIPLES = {"hebben": "gehad", "zijn": "geweest", "worden": "geworden", "weten": "geweten"}
MODALS = frozenset({"moeten", "kunnen", "mogen", "willen", "zullen", "hoeven"})
# strong verbs the passive table does not need, for making a participle of an
# alternative ("aflopen" → "afgelopen", "beginnen" → "begonnen"): verb → the
# participle without "ge"; written for this project from the standard Dutch verb tables
MORE_STRONG = {
    "lopen": "lopen", "vallen": "vallen", "roepen": "roepen", "laden": "laden", "wassen": "wassen",
    "bakken": "bakken", "heten": "heten", "raden": "raden", "blazen": "blazen", "slapen": "slapen",
    "eten": "geten", "treden": "treden", "zweren": "zworen", "liezen": "loren", "vriezen": "vroren",
    "dringen": "drongen", "springen": "sprongen", "zingen": "zongen", "drinken": "dronken",
    "ginnen": "gonnen", "bidden": "beden", "liegen": "logen", "driegen": "drogen", "schenken": "schonken",
    "dwijnen": "dwenen", "blijken": "bleken", "lijken": "leken", "prijzen": "prezen", "grijpen": "grepen",
    "knijpen": "knepen", "slijten": "sleten", "stijgen": "stegen", "zwijgen": "zwegen", "wrijven": "wreven",
    "drijven": "dreven", "mijden": "meden", "lijden": "leden", "strijden": "streden", "glijden": "gleden",
    "kruipen": "kropen", "zuigen": "zogen", "ruiken": "roken", "duiken": "doken", "velen": "volen",
    "stelen": "stolen", "treffen": "troffen", "vechten": "vochten", "zinnen": "zonnen", "zwemmen": "zwommen",
    "wegen": "wogen", "sterven": "storven", "werven": "worven", "derven": "dorven", "gelden": "golden",
    "schelden": "scholden", "smelten": "smolten", "nieten": "noten", "vliegen": "vlogen", "bijten": "beten",
    "schijnen": "schenen", "geten": "geten", "strijken": "streken",
}
STRONG_BY_VERB = {verb: part for part, verb in STRONG_PARTICIPLES.items()} | MORE_STRONG
# words that split from their verb like a particle but that the passive tables
# do not list: "klaarmaken" → "klaargemaakt", not "geklaarmaakt"
MORE_PARTICLES = ("klaar", "open", "dicht", "schoon", "rond", "voort", "bekend", "kenbaar", "mis")
# first parts that may take no 'ge' in the participle ("overhandigd", "achterhaald"); the first six
# also before a strong verb ("onderzocht", "omschreven")
UNSTRESSED_BEFORE_STRONG = ("achter", "onder", "over", "voor", "door", "om")
UNSTRESSED_FIRST = UNSTRESSED_BEFORE_STRONG + ("aan", "mis", "weer")


def known_words() -> frozenset[str]:
    """The Dutch words the bundled model knows (wordfreq)."""
    return _known()


def _known() -> frozenset[str]:
    from begrijpelijk.nlp.lookup_lemmatizer import shipped_known

    return shipped_known()


def _lookup() -> dict[str, str]:
    from begrijpelijk.nlp.lookup_lemmatizer import shipped_lookup

    return shipped_lookup()


def lookup_lemma(word: str) -> str | None:
    """The lemma the model's lookup table gives for a word form, or None."""
    return _lookup().get(word)


def _split(lemma: str) -> list[tuple[str, str, str]]:
    """Ways to read a verb, the most specific first: (separable particle,
    inseparable prefix, base)."""
    out = []
    for particle in sorted(SEPARABLE + MORE_PARTICLES, key=len, reverse=True):
        if lemma.startswith(particle) and len(lemma) - len(particle) >= 4:
            out.append((particle, "", lemma[len(particle):]))
    for prefix in INSEPARABLE_START:
        if lemma.startswith(prefix) and len(lemma) - len(prefix) >= 4:
            out.append(("", prefix, lemma[len(prefix):]))
    if any(particle in MORE_PARTICLES for particle, _, _ in out):
        return out  # "klaarmaken" is never "ge|klaarmaak|t"
    return out + [("", "", lemma)]


def _weak_stem(base: str) -> str | None:
    if not base.endswith("en") or len(base) < 4:
        return None
    stem = base[:-2]
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        return stem[:-1]  # zetten → zet
    if stem.endswith(("el", "er", "em", "en")) and len(stem) >= 4:
        return stem  # an unstressed ending keeps its vowel short: behandelen → behandel
    vowel = stem[-2] if len(stem) >= 2 else ""
    before = stem[-3] if len(stem) >= 3 else ""
    if vowel in "aeou" and before and before not in "aeiouy" and stem[-1] not in "aeiouyw":
        stem = stem[:-1] + vowel + stem[-1]  # sturen → stuur, maken → maak
    return stem


def _voiceless_end(stem: str) -> str:
    """A stem ends in f or s where the infinitive has v or z: "geev" → "geef"."""
    return stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])


# verbs whose imperative is not their spelled stem
IMPERATIVES = {"komen": "kom", "zijn": "wees", "hebben": "heb", "gaan": "ga", "staan": "sta", "doen": "doe", "zien": "zie"}


def imperative(lemma: str) -> str | None:
    """"noemen" → "noem", "schrijven" → "schrijf", "geven" → "geef"; None for a
    verb that splits ("opsturen": 'Stuur … op') or a form the word list does not know."""
    if lemma in IMPERATIVES:
        return IMPERATIVES[lemma]
    if " " in lemma or any(particle for particle, _, _ in _split(lemma)):
        return None
    stem = _weak_stem(lemma)
    if stem is None:
        return None
    stem = _voiceless_end(stem)
    return stem if stem in _known() else None


def infinitive_of_stem(stem: str) -> str | None:
    """The reverse: "dien" → "dienen", "deel" → "delen", "leef" → "leven",
    "zet" → "zetten"; None when the word list knows no such verb."""
    last = {"f": "v", "s": "z"}.get(stem[-1], stem[-1])
    candidates = [stem + "en", stem[:-1] + last + "en", stem + stem[-1] + "en"]
    if len(stem) > 3 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        candidates += [stem[:-2] + stem[-1] + "en", stem[:-2] + last + "en"]  # deel → delen, leef → leven
    return next((c for c in candidates if c in _known()), None)


def participle(lemma: str) -> str | None:
    """The past participle: "geven" → "gegeven", "sturen" → "gestuurd",
    "terugsturen" → "teruggestuurd", "betalen" → "betaald"; None when the
    tables do not confirm it."""
    if lemma in MODALS or " " in lemma:
        return None  # "moeten", "kunnen": a modal has no participle to put in a sentence ("gemoet")
    if lemma in IRREGULAR_PARTICIPLES:
        return IRREGULAR_PARTICIPLES[lemma]
    readings = _split(lemma)
    for first in UNSTRESSED_BEFORE_STRONG:  # "onderzoeken" → 'onderzocht', "omschrijven" → 'omschreven', when the lexicon knows it
        strong = STRONG_BY_VERB.get(lemma[len(first) :]) if lemma.startswith(first) else None
        made = first + strong if strong is not None else None
        if made is not None and made != lemma and made in _known() and lemma_of_participle(made) in (lemma, None):
            return made
    for particle, prefix, base in readings:  # a strong verb first: "gelden" is no "ge|lden"
        strong = STRONG_BY_VERB.get(base)
        if strong is not None:
            return _unstressed(particle + prefix + ("" if prefix else "ge") + strong, particle, lemma)
    for particle, prefix, base in readings:
        stem = _weak_stem(base)
        if stem is None:
            continue
        ge = "" if prefix or base.startswith(INSEPARABLE_START) else "ge"
        ending = "t" if base[:-2].endswith(SOFT_KETCHUP) else "d"
        plain = _voiceless_end(stem)
        form = particle + prefix + ge + plain + ("" if plain.endswith(ending) else ending)
        said = lemma_of_participle(form) or _lookup().get(form)
        if said == lemma or (said is None and form in _known()):
            return _unstressed(form, particle, lemma)
    return None



def _unstressed(form: str, particle: str, lemma: str) -> str:
    """"overgehandigd" is 'overhandigd', "geachterhaald" is 'achterhaald': a first part that is no
    separable particle takes no 'ge'. Only when the lexicon knows the form without 'ge' and not the one with it."""
    if not form.startswith(particle + "ge") or not lemma.startswith(UNSTRESSED_FIRST):
        return form  # ("geachterhaald": a whole word read as weak, with 'ge' in front, is 'achterhaald' too)
    plain = particle + form[len(particle) + 2 :]
    # only a form that is a participle of this verb: not the infinitive ("doorslapen"), nor 'hij' ("onderzoekt")
    sure = plain in _known() and form not in _known() and plain not in (lemma, finite_third(lemma)) and lemma_of_participle(plain) == lemma
    return plain if sure else form


def present_participle(lemma: str, inflected: bool) -> str | None:
    """"gelden" → "geldend" (or "geldende"), when the word list knows it."""
    if not lemma.endswith("en"):
        return None
    form = lemma + "d" + ("e" if inflected else "")
    return form if form in _known() or (form[:-1] if inflected else form) in _known() else None


def inflected_adjective(word: str) -> str | None:
    """The adjective with -e: "volgend" → "volgende", "groot" → "grote",
    "wit" → "witte"; None when the word list does not know the form."""
    if " " in word:
        return None
    if word.endswith(("ig", "lijk", "end", "isch")):
        return word + "e"
    candidates = [word + "e"]
    if len(word) >= 3 and word[-2] == word[-3] and word[-2] in "aeou":
        candidates.append(word[:-2] + word[-1] + "e")  # groot → grote
    # f/s after a vowel voices: lief → lieve, boos → boze (not after a consonant: "vals" → "valse")
    if len(word) >= 2 and word[-1] in "fs" and not (len(word) >= 3 and word[-2] not in "aeiou"):
        base = word[:-1] + {"f": "v", "s": "z"}[word[-1]]
        candidates.append(base + "e")
        if len(base) >= 3 and base[-2] == base[-3] and base[-2] in "aeou":
            candidates.append(base[:-2] + base[-1] + "e")  # boos → boze
    if len(word) >= 3 and word[-2] in "aeiou" and word[-3] not in "aeiou" and word[-1] not in "aeiouwj":
        candidates.append(word + word[-1] + "e")  # wit → witte
    known = _known()
    found = [c for c in candidates if c in known]
    return found[0] if len(found) == 1 else None


def participle_with_e(form: str) -> str | None:
    """A weak participle before a noun: "gestuurd" → "gestuurde", "uitgelegd" → "uitgelegde"
    (after two consonants the -e is regular); "samengevat" → "samengevatte" only when the word
    list knows it, because the spelling changes. None when not sure."""
    made = inflected_adjective(form)
    if made is not None:
        return made
    if len(form) >= 3 and form[-1] in "dt" and form[-2] not in "aeiouy":
        return form + "e"
    return None


def plural(noun: str) -> str | None:
    """The plural of a one-word noun by the spelling rules, when the word
    list knows it: "regel" → "regels", "brief" → "brieven", "afspraak" →
    "afspraken"; None when not sure."""
    if " " in noun or len(noun) < 3:
        return None
    if noun.endswith(("el", "em", "er", "en", "je", "ie")):
        form = noun + "s"
    elif noun[-1] in "aiouy":
        form = noun + "'s"
    else:
        stem = noun[:-1] + {"f": "v", "s": "z"}.get(noun[-1], noun[-1]) if noun[-2] not in "fs" else noun
        if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou":
            stem = stem[:-2] + stem[-1]  # afspraak → afspraken
        elif stem[-2] in "aeiou" and stem[-3] not in "aeiou" and stem[-1] not in "wj":
            return None  # a short vowel doubles (bus → bussen), but not always (gebied → gebieden): not sure
        form = stem + "en"
    return form if form in _known() else None


def finite_third(lemma: str) -> str | None:
    """"vinden" → "vindt" (for hij/u/de gemeente): the present-tense form."""
    return third_singular(lemma)

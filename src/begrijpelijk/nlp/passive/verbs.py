"""Verb forms: the infinitive of a participle, the forms of the active verb.

"verhoogd" → "verhogen"; "behandelen" → "behandelt" (with "hij", "u", "de
gemeente"), "gebruiken" → "gebruikte"; "stopzetten" → "zetten … stop". The
Dutch spelling rules make the candidates and the model's word tables must
know a form: a form that is not sure is None, and then there is no example.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from begrijpelijk.nlp.passive.agent import Agent


MODALS = {
    # form: (plural, singular) in the same tense
    "kan": ("kunnen", "kan"), "kunnen": ("kunnen", "kan"),
    "kon": ("konden", "kon"), "konden": ("konden", "kon"),
    "moet": ("moeten", "moet"), "moeten": ("moeten", "moet"),
    "moest": ("moesten", "moest"), "moesten": ("moesten", "moest"),
    "mag": ("mogen", "mag"), "mogen": ("mogen", "mag"),
    "zal": ("zullen", "zal"), "zullen": ("zullen", "zal"),
    "zou": ("zouden", "zou"), "zouden": ("zouden", "zou"),
    "wil": ("willen", "wil"), "willen": ("willen", "wil"),
    # the forms with "u": "U kunt ook uitgenodigd worden"
    "kunt": ("kunnen", "kan"), "wilt": ("willen", "wil"), "zult": ("zullen", "zal"),
}

OLD_SPELLING = re.compile(r"(aa|ee|oo|uu)[bcdfghjklmnpqrstvwxz]en$")

# with "u" some verbs take another form than with "hij": "u kunt", "u wilt", "u zult"
U_FORMS = {"kan": "kunt", "wil": "wilt", "zal": "zult", "is": "bent"}

# verbs whose perfect takes "zijn" ("[wie?] is begonnen met …"), and those that take it when they have no
# object ("is gestart met …", but "heeft de procedure gestart"): an impersonal passive has none
PERFECT_WITH_ZIJN = frozenset("beginnen gaan komen overgaan ingaan uitgaan afwijken toetreden overstappen".split())

PERFECT_WITH_ZIJN_ALONE = frozenset("starten stoppen ophouden".split())

WORDEN_PRESENT = {"wordt", "worden", "word"}

WORDEN_PAST = {"werd", "werden"}

ZIJN_PRESENT = {"is", "zijn", "ben", "bent"}

ZIJN_PAST = {"was", "waren"}

# "dient … te worden verstuurd" says "moet … worden verstuurd" in plain words
DIENEN = {"dient": "moet", "dienen": "moeten", "diende": "moest", "dienden": "moesten"}

# the finite verbs a simple passive main clause can have
PASSIVE_FINITE = WORDEN_PRESENT | WORDEN_PAST | ZIJN_PRESENT | ZIJN_PAST | set(MODALS) | set(DIENEN)

# the number of a finite verb of a passive clause; "worden" and "zijn" are
# plural only as the finite verb (in "moet worden betaald" "moet" is)
SINGULAR_FINITE = frozenset(
    "wordt word werd is was ben bent kan kunt kon moet moest mag mocht zal zult zou wil wilt dient diende hoeft".split()
)

PLURAL_FINITE = frozenset(
    "worden werden zijn waren kunnen konden moeten moesten mogen mochten zullen zouden willen dienen dienden hoeven".split()
)

OBLIGATION = {"moet", "moeten", "moest", "moesten", "dient", "dienen", "diende", "dienden"}

SEPARABLE = (
    "terug", "stop", "op", "in", "af", "aan", "mee", "door", "uit", "toe", "over", "na", "bij", "weg",
    "vast", "voor", "binnen", "langs", "neer", "samen", "tegen", "thuis", "vrij", "los", "goed", "kwijt",
)

INSEPARABLE_START = ("be", "ver", "ont", "her", "er", "ge")

# how a Dutch infinitive ends: "verhogen", and "gaan", "doen", "zien" ("wordt uitgegaan van")
INFINITIVE_ENDS = ("en", "aan", "oen", "ien")


def _lookup():
    from begrijpelijk.nlp.lookup_lemmatizer import shipped_lookup

    return shipped_lookup()


def known_words() -> frozenset[str]:
    from begrijpelijk.nlp.lookup_lemmatizer import shipped_known

    return shipped_known()


def _is_form_of(form: str, lemma: str) -> bool:
    """Is ``form`` a present-tense form of ``lemma``? Yes when a lemma table
    says so; also when no table knows the form's lemma but it is a Dutch word
    ("start", "stelt": the tables only hold forms they needed)."""
    from begrijpelijk.nlp.lookup_lemmatizer import shipped_treebank

    said = _lookup().get(form) or shipped_treebank().get(form + "\tVERB")
    if said is not None:
        return said == lemma
    return form in known_words()


def verb_known(lemma: str) -> bool:
    """Is ``lemma`` a known word in today's spelling? "deelen" (for
    "gedeeld") is not: a long vowel before one consonant and -en is written
    single ("delen", "halen")."""
    if OLD_SPELLING.search(lemma):
        return False
    if lemma in known_words():
        return True
    # a separable verb the word list lacks, of a verb it has: "inboeken" (in + boeken)
    return any(
        lemma.startswith(p) and len(lemma) - len(p) >= 4 and lemma[len(p):] in known_words() and lemma[len(p):].endswith("en")
        for p in SEPARABLE
    )


def third_singular(lemma: str) -> str | None:
    """The form for "hij/u/de gemeente" ("behandelt", "stuurt", "neemt"),
    or None when no form can be made sure of. Dutch spelling rules make the
    candidates; the lemma table of the model must know the form."""
    special = {"eten": "eet", "vergeten": "vergeet", "gaan": "gaat", "doen": "doet", "staan": "staat", "zien": "ziet", "slaan": "slaat", "hebben": "heeft", "zijn": "is", "komen": "komt"}
    if lemma in special:
        return special[lemma]
    for prefix_len in range(0, len(lemma) - 3):  # "toesturen": also try the last part
        head, verb = lemma[:prefix_len], lemma[prefix_len:]
        if prefix_len and head not in SEPARABLE and not head.endswith(SEPARABLE):
            continue
        if verb in special:
            return head + special[verb]
        if not verb.endswith("en") or len(verb) < 4:
            continue
        stem = verb[:-2]
        candidates = []
        if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            candidates.append(stem[:-1])  # zetten → zet
        else:
            base = stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])
            vowel = stem[-2] if len(stem) >= 2 else ""
            before = stem[-3] if len(stem) >= 3 else ""
            if vowel in "aeou" and before and before not in "aeiouy" and stem[-1] not in "aeiouy":
                candidates.append(base[:-1] + vowel + base[-1])  # sturen → stuur, geven → geef
            candidates.append(base)  # behandelen → behandel
        for stem_form in candidates:
            form = stem_form if stem_form.endswith("t") else stem_form + "t"
            if _is_form_of(head + form, lemma) or (head and _is_form_of(form, verb)):
                return head + form
    return None


def past_singular(lemma: str) -> str | None:
    """The past tense of a weak verb for "hij/u/de gemeente" ("gebruikte",
    "beëindigde", "stuurde", "opende"), by the spelling rules ('t kofschip);
    None when the word list does not know the form (a strong verb: "sloot",
    not "sluitte")."""
    if not lemma.endswith("en") or len(lemma) < 4:
        return None
    base = lemma[:-2]
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in "aeiou":
        base = base[:-1]  # herstellen → herstel, zetten → zet
    ending = "te" if base[-1] in "tkfsp" or base.endswith("ch") else "de"
    stem = base[:-1] + {"v": "f", "z": "s"}.get(base[-1], base[-1])
    candidates = []
    vowel = stem[-2] if len(stem) >= 2 else ""
    before = stem[-3] if len(stem) >= 3 else ""
    if vowel in "aeou" and before and before not in "aeiouy" and stem[-1] not in "aeiouy" and base[-1] == lemma[-3]:
        candidates.append(stem[:-1] + vowel + stem[-1])  # sturen → stuurde, maken → maakte
    candidates.append(stem)  # openen → opende, gebruiken → gebruikte
    for candidate in candidates:
        form = candidate + ending
        if _is_form_of(form, lemma):
            return form
    return None

# past participles of strong verbs that letters use, without "ge" and prefix ("heven" in "opgeheven"),
# with their infinitive; written for this project from the standard Dutch verb tables
STRONG_PARTICIPLES = {
    "bleven": "blijven", "boden": "bieden", "bogen": "buigen", "bonden": "binden", "broken": "breken",
    "daan": "doen", "dacht": "denken", "dragen": "dragen", "gaan": "gaan", "geven": "geven", "goten": "gieten",
    "hangen": "hangen", "heven": "heffen", "holpen": "helpen", "houden": "houden", "keken": "kijken",
    "kocht": "kopen", "komen": "komen", "kozen": "kiezen", "kregen": "krijgen", "laten": "laten", "legen": "liggen",
    "lezen": "lezen", "loten": "sluiten", "meten": "meten", "nomen": "nemen", "reden": "rijden", "schoten": "schieten",
    "schoven": "schuiven", "schreven": "schrijven", "sneden": "snijden", "sproken": "spreken", "staan": "staan",
    "stoken": "steken", "trokken": "trekken", "vangen": "vangen", "vonden": "vinden", "wezen": "wijzen",
    "wogen": "wegen", "wonnen": "winnen", "worpen": "werpen", "zeten": "zitten", "zien": "zien", "zocht": "zoeken",
    "zonden": "zenden", "bracht": "brengen", "slagen": "slaan", "sloten": "sluiten", "scheiden": "scheiden",
}

# strong participles with a prefix the table above cannot split ("voldaan": "vol" is no particle here)
WHOLE_PARTICIPLES = {"voldaan": "voldoen"}


def _strong_lemma(form: str) -> str | None:
    """The infinitive of a strong participle: "opgeheven" → "opheffen",
    "uitgetrokken" → "uittrekken", "verboden" → "verbieden"; None when the
    table does not know it."""
    if form in WHOLE_PARTICIPLES:
        return WHOLE_PARTICIPLES[form]
    for particle in ("",) + tuple(sorted(SEPARABLE, key=len, reverse=True)):
        if not form.startswith(particle):
            continue
        rest = form[len(particle):]
        if rest.startswith("ge") and rest[2:] in STRONG_PARTICIPLES:
            return particle + STRONG_PARTICIPLES[rest[2:]]
        if not particle:
            for prefix in INSEPARABLE_START:
                if rest.startswith(prefix) and rest[len(prefix):] in STRONG_PARTICIPLES:
                    return prefix + STRONG_PARTICIPLES[rest[len(prefix):]]
    return None


def lemma_of_participle(form: str) -> str | None:
    """The infinitive of a participle the lemmatizer did not know:
    "verhoogd" → "verhogen", only when the lemma table knows a present form
    of that verb ("verhoogt" → "verhogen"); a stem that ends in -t or -d
    takes no extra letter ("geschud" → "schudden", when the table knows
    "schud"); a strong verb from its own table ("opgeheven" → "opheffen")."""
    known = _lookup()
    if known.get(form, "").endswith("en"):
        return known[form]
    strong = _strong_lemma(form)
    if strong is not None:
        return strong
    if not form.endswith(("d", "t")):
        return None
    for particle in ("",) + SEPARABLE:  # "geschud" (schud|den), "doorgeleid" (door|leid|en)
        rest = form[len(particle):] if form.startswith(particle) else None
        if rest is None or not rest.startswith("ge") or len(rest) < 5:
            continue
        stem = rest[2:]
        # (the table may know the stem only with its -t: "rondt" for "af|ge|rond")
        infinitive = known.get(stem, "") or (known.get(stem + "t", "") if stem.endswith("d") else "")
        if infinitive.endswith("en") and infinitive[:3] == stem[:3]:
            return particle + infinitive
    stem = form[:-1]
    for particle in ("",) + SEPARABLE:
        if not stem.startswith(particle):
            continue
        rest = stem[len(particle):]
        rest = rest[2:] if rest.startswith("ge") and len(rest) > 4 else rest
        if not rest:
            continue  # "opt": the particle is the whole word
        candidates = [rest]
        if len(rest) >= 3 and rest[-2] == rest[-3] and rest[-2] in "aeou":
            candidates.append(rest[:-2] + rest[-1])  # verhoog → verhog
        for base in candidates:
            for last in dict.fromkeys([base[-1], {"f": "v", "s": "z"}.get(base[-1], base[-1])]):
                lemma = particle + base[:-1] + last + "en"
                if known.get(particle + rest + "t") == lemma or known.get(rest + "t") == base[:-1] + last + "en":
                    return lemma
        # a short vowel doubles the last letter: "uitgelegd" → "uit|leg" → "uitleggen" (the table knows "legt")
        if len(rest) >= 3 and rest[-2] in "aeiou" and rest[-3] not in "aeiou" and rest[-1] not in "aeiouwj":
            doubled = rest + rest[-1] + "en"
            if known.get(rest + "t") == doubled:
                return particle + doubled
    return None


def split_particle(lemma: str, participle: str) -> tuple[str, str] | None:
    """("stop", "zetten") for "stopzetten" with participle "stopgezet"; None
    for a verb that does not split ("overschrijden" → "overschreden",
    "inspecteren" → "geïnspecteerd")."""
    for particle in sorted(SEPARABLE, key=len, reverse=True):
        if lemma.startswith(particle) and len(lemma) - len(particle) >= 4 and participle.startswith(particle):
            rest = participle[len(particle):]
            if rest.startswith(INSEPARABLE_START):
                return particle, lemma[len(particle):]
    # a particle the list lacks: "weer|ge|geven", "om|ge|wisseld", "leeg|ge|maakt"; the "ge" inside
    # says it splits, and the verb after it must be the lemma's rest ("be|geleid" is "begeleiden")
    for cut in range(2, len(lemma) - 3):
        head, base = lemma[:cut], lemma[cut:]
        inner = participle[cut + 2 :]
        if (
            participle.startswith(head + "ge")
            and head not in INSEPARABLE_START  # "be|geleid" is "begeleiden"; "bekend|ge|maakt" splits
            and head in known_words()
            and inner[:2] == base[:2]
            and verb_known(base)
        ):
            return head, base
    return None


def verb_lemma(participle) -> str | None:
    """The infinitive of the participle ("verhogen" for "verhoogd"), or None
    when it cannot be made sure of."""
    lemma = (participle.lemma_ or "").replace("_", "").lower()
    form = participle.lower_
    # the lemmatizer kept a participle that ends like an infinitive ("aangewezen", "gegeven"): no verb from
    # it ("aan|gewezen" would make "gewest"), only from the verb's own table
    kept = lemma == form and (form.startswith("ge") or any(form.startswith(p + "ge") for p in SEPARABLE))
    # the lemmatizer cut the participle's last letter ("berekend" → "bereken", a word of its own): the verb's table
    cut = form.endswith(("d", "t")) and lemma == form[:-1]
    if kept or cut or not lemma.endswith(INFINITIVE_ENDS):
        # the lemmatizer kept the participle ("verhoogd")
        lemma = lemma_of_participle(form) or ("" if kept else lemma)
    else:
        # the lemmatizer may make another verb of it ("gevoerd" → "voren"): the verbs' own table knows better
        own = lemma_of_participle(form)
        if own is not None and own != lemma:
            lemma = own
    if not lemma.endswith(INFINITIVE_ENDS) or " " in lemma or not lemma.isalpha():
        return None
    if not verb_known(lemma):
        # a lemma the tables do not have as a verb ("deelen" for "gedeeld"): the verb's own table, or nothing
        lemma = lemma_of_participle(form) or ""
        if not verb_known(lemma):
            return None
    return lemma


def active_verbs(
    agent: Agent, lemma: str, participle, aux: str, modal: str | None = None, done: bool = False, split: bool = True, alone: bool = False
) -> tuple[str, list[str]] | None:
    """The finite verb of the active clause and the verbs at its end, in the
    tense of the passive: "kan … worden gedaan" → ("kunnen", ["doen"]) with
    ``modal`` "kan"; "moet … zijn verzonden" (``done``) → ["hebben",
    "verzonden"]; "wordt stopgezet" → ("zetten", ["stop"]) when the verb may
    ``split`` (a main clause); "is gedaan" → ("hebben", ["gedaan"]); "werd
    gebruikt" → ("gebruikten", []) in the same tense. None when a form cannot
    be made sure of. ``alone``: the active clause has no object (an
    impersonal passive), so "starten" takes "zijn" in the perfect."""
    with_zijn = lemma in PERFECT_WITH_ZIJN or (alone and lemma in PERFECT_WITH_ZIJN_ALONE)
    if modal is not None:
        finite = _finite(agent, *MODALS[modal])
        final = [("zijn" if with_zijn else "hebben"), participle.text] if done else [lemma]
    elif aux in WORDEN_PRESENT:
        parts = split_particle(lemma, participle.lower_) if split else None
        if parts:
            particle, base = parts
            finite, final = _finite(agent, base, third_singular(base)), [particle]
        else:
            finite, final = _finite(agent, lemma, third_singular(lemma)), []
    elif aux in WORDEN_PAST:
        # "werd … gebruikt" → "gebruikte" (the same tense); a strong verb ("werd … gesloten") has no
        # form the spelling rules can make sure of, so no example
        if _strong_lemma(participle.lower_) is not None or not participle.lower_.endswith(("d", "t")):
            return None  # "werd … gedaan": "deed", not "dode"
        parts = split_particle(lemma, participle.lower_)
        particle, base = parts if parts else ("", lemma)
        past = past_singular(base)
        if past is None:
            return None
        if split and particle:
            finite, final = _finite(agent, past + "n", past), [particle]
        else:
            finite, final = _finite(agent, particle + past + "n", particle + past), []
    elif aux in ZIJN_PRESENT:
        finite, final = (_finite(agent, "zijn", "is") if with_zijn else _finite(agent, "hebben", "heeft")), [participle.text]
    elif aux in ZIJN_PAST:
        finite, final = (_finite(agent, "waren", "was") if with_zijn else _finite(agent, "hadden", "had")), [participle.text]
    else:
        return None
    return (finite, final) if finite is not None else None


def _finite(agent: Agent, plural_form: str, singular_form: str | None) -> str | None:
    if agent.plural:
        return plural_form
    if agent.text.lower() == "u" and singular_form in U_FORMS:
        return U_FORMS[singular_form]
    return singular_form


def present_form(token) -> bool:
    """A present-tense verb form the tagger took for another word: "afkoppelt"
    tagged as a noun. By the verbs' own table ("afkoppelt" → "afkoppelen")."""
    form = token.lower_
    if token.pos_ not in ("NOUN", "ADJ", "PROPN") or not form.endswith("t") or not form.isalpha():
        return False
    known = _lookup()
    for particle in ("",) + SEPARABLE:  # ("af|koppelt": the table knows "koppelt")
        rest = form[len(particle):] if form.startswith(particle) else ""
        infinitive = known.get(rest, "") if len(rest) > 3 else ""
        if infinitive.endswith("en") and infinitive != rest and infinitive.startswith(rest[:-1][:4]):
            return True
    return False


def is_finite(token) -> bool:
    """The finite verb of a clause ("wordt", "kan", "betaalt"), by its tag."""
    return (token.tag_ or "").startswith("WW|pv")

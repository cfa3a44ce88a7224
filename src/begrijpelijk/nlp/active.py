"""An active sentence for a passive clause, or nothing.

"Uw aanvraag is goedgekeurd" → "Wij hebben uw aanvraag goedgekeurd."
"Uw uitkering wordt stopgezet" → "Wij zetten uw uitkering stop."
"Uw aanvraag kan niet in behandeling worden genomen" → "Wij kunnen uw aanvraag niet in behandeling nemen."

An advisor who sees one wrong example stops trusting the others, so every
step that is not sure gives up (returns None) and the rule gives its advice
without an example. What is kept:

- the tense: present stays present; "is/werd … gedaan" becomes "hebben … gedaan";
- a modal verb: "kan/moet/mag/zal … worden gedaan" becomes "kunnen/moeten … doen";
- a separable verb is split in a main clause ("zetten … stop");
- the doer from a "door"-phrase; without one, "wij" only when the sender
  plausibly does it (the reader's own things, or a verb that only an
  organisation does), "u" for what only the reader does, otherwise "[wie?]";
- word order: what stood before the verb stays in front (the verb second),
  a subordinate clause keeps its conjunction and has its verbs at the end.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate

# verbs that, in a letter, the sending organisation does
SENDER_VERBS = frozenset(
    """aanpassen afhandelen afwijzen beëindigen behandelen beoordelen berekenen beslissen besluiten
    bekijken bellen benaderen bevestigen bezoeken controleren doorsturen herzien informeren innen inhouden
    inspecteren intrekken invorderen nemen onderzoeken ontvangen opleggen opnemen stopzetten
    sturen terugvorderen toekennen toesturen uitbetalen uitnodigen verhogen verlagen verlengen
    verrekenen versturen verwerken vaststellen verstrekken goedkeuren opsturen registreren wijzigen
    afschrijven verzenden kwijtschelden legen toetsen beschrijven""".split()
)

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

# pronouns that can only be a subject ("zij" is "haar" or "hen" as object: not sure which)
SUBJECT_PRONOUNS = frozenset("ik jij hij zij wij we".split())
# the old subject as object: "u" stays "u", "hij" becomes "hem"
OBJECT_PRONOUNS = {
    "u": "u", "het": "het", "dit": "dit", "dat": "dat", "deze": "deze", "hij": "hem", "wij": "ons", "we": "ons",
    "ik": "mij", "je": "je", "jij": "jou", "ze": "ze", "alles": "alles", "iets": "iets", "niets": "niets",
    "die": "die",  # "Die kan worden gekort" → "[wie?] kan die korten" (a relative "die" is handled before)
}
# one-word sentence adverbs the parse can take for a second subject: "Uiteraard wordt u …"
SENTENCE_ADVERBS = frozenset(
    "uiteraard natuurlijk vervolgens daarna daarom daarnaast hierna ook soms eerst nu dan tevens meestal vaak altijd "
    "allereerst afsluitend tenslotte bovendien voorts verder eerder later vooraf achteraf".split()
)
AGENT_PRONOUNS = {"ons": ("wij", True), "u": ("u", False), "hen": ("zij", True), "hem": ("hij", False)}

WH_WORDS = {"waarom", "wanneer", "hoe", "waar", "hoelang", "waardoor"}
# words that open a question whose answer is asked for: "Welke stukken moeten worden meegestuurd?"
QUESTION_WORDS = WH_WORDS | {"welke", "wat", "hoeveel", "wie"}

SEPARABLE = (
    "terug", "stop", "op", "in", "af", "aan", "mee", "door", "uit", "toe", "over", "na", "bij", "weg",
    "vast", "voor", "binnen", "langs", "neer", "samen", "tegen", "thuis", "vrij", "los", "goed", "kwijt",
)
INSEPARABLE_START = ("be", "ver", "ont", "her", "er", "ge")


@dataclass(frozen=True)
class Agent:
    text: str
    plural: bool


def _lookup():
    from begrijpelijk.nlp.lookup_lemmatizer import shipped_lookup

    return shipped_lookup()


def _known_words() -> frozenset[str]:
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
    return form in _known_words()


def _verb_known(lemma: str) -> bool:
    """Is ``lemma`` a known word in today's spelling? "deelen" (for
    "gedeeld") is not: a long vowel before one consonant and -en is written
    single ("delen", "halen")."""
    if OLD_SPELLING.search(lemma):
        return False
    if lemma in _known_words():
        return True
    # a separable verb the word list lacks, of a verb it has: "inboeken" (in + boeken)
    return any(
        lemma.startswith(p) and len(lemma) - len(p) >= 4 and lemma[len(p):] in _known_words() and lemma[len(p):].endswith("en")
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
            and head in _known_words()
            and inner[:2] == base[:2]
            and _verb_known(base)
        ):
            return head, base
    return None


PAIRS = {"(": ")", "[": "]", '"': '"', "“": "”", "„": "”", "‘": "’"}


def _edges(token, subject: bool = False) -> tuple[int, int]:
    """The token's subtree without punctuation at its edges; brackets or
    quotes that open and close the phrase stay: "(via knop …)". For a
    ``subject``, also without a conjunction the parse hung on it: "Als | uw
    verzoek … is afgewezen" (that word opens the clause, see ``rewrite``)."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i
    while start < end and doc[start].is_punct and PAIRS.get(doc[start].text) != doc[end].text:
        start += 1
    if subject and doc[start].dep_ == "mark" and doc[start].pos_ == "SCONJ" and doc[start].head == token:
        start += 1
    while end > start and doc[end].is_punct and PAIRS.get(doc[start].text) != doc[end].text and not _closes(doc[start:end], doc[end].text):
        end -= 1
    return start, end


def _closes(span, mark: str) -> bool:
    """Does ``mark`` close a bracket or quote that opens inside ``span``
    ("voor een „voorzichtig voorschot" | ”")?"""
    openers = [o for o, c in PAIRS.items() if c == mark and o != c]
    return bool(openers) and sum(t.text in openers for t in span) > sum(t.text == mark for t in span)


def _balanced(text: str) -> bool:
    """Every bracket that opens closes, and quotes come in pairs."""
    depth = 0
    for ch in text:
        depth += ch in "(["
        depth -= ch in ")]"
        if depth < 0:
            return False
    return depth == 0 and text.count('"') % 2 == 0 and text.count("“") + text.count("„") == text.count("”")


CLAUSE_DEPS = {"acl", "acl:relcl", "advcl", "ccomp", "csubj", "xcomp", "parataxis", "conj"}


def _clause_of(token, phrase):
    """The nearest word on the way up from ``token`` (inside ``phrase``) that
    heads a clause of its own, or ``phrase`` (or the root) when none does."""
    node = token
    while node != phrase and node.dep_ not in CLAUSE_DEPS and node.head != node:
        node = node.head
    return node


def _verb_inside(phrase) -> bool:
    """Does the phrase hold a verb of the clause itself, not of a clause of
    its own inside it? "Uw bezwaarschrift moet … na het opleggen …" parsed
    with "moet" under "opleggen": the phrase would say the modal twice."""
    return any(
        token.dep_ in ("aux", "aux:pass", "cop") and token != phrase and _clause_of(token, phrase).dep_ not in CLAUSE_DEPS
        for token in phrase.subtree
    )


def _phrase(token, subject: bool = False) -> str:
    doc = token.doc
    start, end = _edges(token, subject)
    text = doc[start : end + 1].text
    first = doc[start]
    opens = all(not t.is_alpha for t in doc[first.sent.start : start])  # "- De kosten": a list item
    if opens and not _keeps_capital(first):
        text = _lower_first(text)
    return text


def _lower_first(text: str) -> str:
    """The text with a small first letter, as it reads inside a sentence:
    "Eén systeem" → "één systeem" (the capital drops its accent)."""
    if text[:3] in ("Eén", "Één"):
        return "één" + text[3:]
    return text[:1].lower() + text[1:]


def _word_key(word: str) -> str:
    """A word as the last checks count it: small letters, "Eén" as "één"."""
    word = word.lower()
    return "één" if word == "eén" else word


def _keeps_capital(token) -> bool:
    """A name the word list does not know ("Jansen") or an abbreviation
    ("WOZ") keeps its capital at the start of a sentence; a word does not."""
    return (token.pos_ == "PROPN" and token.lower_ not in _known_words()) or (len(token.text) > 1 and token.text.isupper())


def _says_how(door) -> bool:
    """Is this "door" not who but how or where through: "door middel van",
    "door het uitvoeren van …" (a verb as noun), "door het jaar heen"?"""
    doc = door.doc
    following = [t.lower_ for t in doc[door.i + 1 : door.sent.end]]
    if following[:1] == ["middel"]:
        return True
    if following[:1] == ["het"] and len(following) > 1 and following[1].endswith("en") and _verb_known(following[1]):
        return True
    return "heen" in following[:6]


def _without_how(text: str) -> str:
    """The text without its "door"-phrases that say how ("door middel van",
    "door het uitvoeren", "door het jaar heen"), to look for a doer left behind."""
    text = re.sub(r"\bdoor middel van\b", "", text)
    text = re.sub(r"\bdoor het \w+en\b", "", text)
    return re.sub(r"\bdoor (\w+ ){1,4}heen\b", "", text)


def _phrases_under(doer) -> list:
    """The phrases with a preposition other than "van" that the parse hung on
    the doer: "door de gemeente | aan de ouders"; they do not say who."""
    doc = doer.doc
    return [
        c for c in doer.children
        if c.dep_ == "nmod" and doc[c.left_edge.i].pos_ == "ADP" and doc[c.left_edge.i].lower_ != "van"
    ]


def doer_words(doer) -> str:
    """The words of a "door"-phrase that name the doer: "door de gemeente"
    → "de gemeente"; a phrase after it that is not "van …" ("door de
    gemeente | aan de ouders worden doorberekend") is not part of who."""
    doc = doer.doc
    start = doer.left_edge.i + (doc[doer.left_edge.i].lower_ == "door")
    # nor a verb's part the parse hung on it: "door de politie | staande bent gehouden"
    after = [c for c in doer.children if c.i > doer.i and c.dep_ == "amod" and c.pos_ in ("VERB", "AUX")]
    end = min([doer.right_edge.i + 1] + [c.left_edge.i for c in _phrases_under(doer) + after if c.i > doer.i])
    return doc[start:end].text


def agent_of(participle):
    """The "door …" phrase of a passive (who does it), or None; never "door
    middel van …", which says how, not who."""
    for child in participle.children:
        if child.dep_ in ("obl:agent", "obl") and child.lower_ != "middel" and any(c.lower_ == "door" and c.i < child.i and not _says_how(c) for c in child.children):
            return child
    doc = participle.doc
    # a phrase of the verb that opens with "door", whatever the parse hung
    # "door" on: "door MEE IJsseloevers" ("door" under "MEE"), "door de
    # commissie bezwaarschriften" (the phrase headed by its last word)
    for child in participle.children:
        start = child.left_edge.i
        if (
            child.dep_ in ("obl:agent", "obl", "obl:arg", "nmod")
            and child.pos_ in ("NOUN", "PROPN")
            and doc[start].lower_ == "door"
            and not _says_how(doc[start])
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[start : child.right_edge.i + 1])
        ):
            return child
    # a parse that hangs "door" on the verb itself: "wordt door | ons | behandeld"
    for child in participle.children:
        if child.lower_ == "door" and not _says_how(child) and child.i + 1 < len(doc) and doc[child.i + 1].head.i == participle.i:
            return doc[child.i + 1]
    return None


def named_doer(participle):
    """The "door"-phrase that names who does it, as the advice may quote it;
    None for a verb whose "door" says something else ("gedeeld door het
    aantal maanden", "vervangen door nieuw materiaal")."""
    if _verb_lemma(participle) in REPLACED_BY:
        return None
    return agent_of(participle)


OBLIGATION = {"moet", "moeten", "moest", "moesten", "dient", "dienen", "diende", "dienden"}
# verbs whose "door"-phrase can be the new thing instead of the doer: "vervangen door nieuw materiaal"
# ("gedeeld door het aantal maanden": what it is divided by)
REPLACED_BY = frozenset({"vervangen", "delen"})


# nouns in -ing that name who does something, not what causes it ("door overtreding van …" is a cause)
AGENT_ING = frozenset("stichting vereniging regering instelling afdeling leiding vertegenwoordiging opleiding uitkeringsinstelling".split())
# words that say who alone: "mag enkel worden aangevraagd door de eigenaar" ≠ "de eigenaar mag … enkel aanvragen"
FOCUS = frozenset("alleen enkel slechts uitsluitend".split())


def _stranded(token) -> bool:
    """A preposition without its noun, right before the verbs: the "naar" of
    "Er wordt naar gestreefd" (with "er": "ernaar")."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.pos_ == "ADP" and token.dep_ != "compound:prt" and not list(token.children) and (
        following is None or following.pos_ in ("VERB", "AUX", "PUNCT") or following.lower_ in ("te", "om") or following == token.head
    )


def _plain_doer(doer) -> bool:
    """Is the "door"-phrase a plain doer the example can put in front? Not
    with a comma or a finite verb inside ("door de gemeente, dus dat is …":
    the parse hung the rest on it), nor a verb's part after it ("door de
    politie | staande bent gehouden"), not with a second "door" ("door
    verkeerd gebruik … door de bewoner"), and not a cause: a bare noun in
    -ing ("door overtreding van de inlichtingenplicht")."""
    doc = doer.doc
    words = doc[doer.left_edge.i : doer.right_edge.i + 1]
    def in_relative_clause(token) -> bool:  # "door een bedrijf dat … uitvoert": the doer's own verb
        return any(a.dep_ == "acl:relcl" and a.i in range(doer.left_edge.i, doer.right_edge.i + 1) for a in [token, *token.ancestors])

    if any(t.text == "," or (_is_finite(t) and not in_relative_clause(t)) for t in words):
        return False
    if any(c.pos_ in ("VERB", "AUX") and c.dep_ == "amod" and c.i > doer.i for c in doer.children):
        return False
    if sum(t.lower_ == "door" for t in words) > 1 or (doer.i + 1 < len(doc) and doc[doer.right_edge.i + 1].lower_ == "door"):
        return False
    # a bare noun in -ing is what causes it ("door overtreding van …", "door verzakking"); "door de beschikking" names a thing
    bare = not any(c.dep_ in ("det", "nmod:poss") for c in doer.children)
    head = doer.lower_
    return not (bare and head.endswith("ing") and not any(head.endswith(a) for a in AGENT_ING))


def _negated_indefinite(subject, words) -> bool:
    """"Een startdatum is nog niet gepland": as the object "een … niet"
    must become "geen …", which the example cannot write; so no example."""
    return subject is not None and subject.doc[subject.left_edge.i].lower_ == "een" and any(w.lower_ == "niet" for w in words)


def _plural(token) -> bool:
    """Plural by the tagger and by its form: the tagger may call a singular
    noun plural ("de firma"), and a Dutch plural ends in -n or -s."""
    counted = any(c.dep_ == "nummod" and c.lower_ not in ("een", "één", "1") for c in token.children)
    return ("Plur" in token.morph.get("Number") or counted) and token.lower_.endswith(("n", "s"))


def _agent_pronoun(words) -> bool:
    """Is the doer one pronoun that changes form ("door ons" → "wij")?"""
    return len(words) == 1 and words[0].lower_ in AGENT_PRONOUNS


def _doer_agent(words, head) -> Agent:
    """The doer that the words of a "door"-phrase (without "door") name:
    "ons" → "wij", otherwise the words as they stand ("de gemeente (Sociale
    Dienst)", no space inside brackets), with the number of ``head``."""
    if _agent_pronoun(words):
        text, plural = AGENT_PRONOUNS[words[0].lower_]
        return Agent(text, plural)
    return Agent("".join(t.text_with_ws for t in words).strip(), _plural(head))


def _agent(participle, subject, verb: str, doer, obliged: bool = False, sender_speaks: bool = True) -> Agent | None:
    """Who does it: the "door"-phrase, or a plausible doer, or '[wie?]'.
    ``sender_speaks``: False when the text never says "wij", "we" or "ons"
    (a page that writes about "de gemeente", or a text by someone else):
    then "wij" is nobody's voice there, and an unnamed doer stays '[wie?]'."""
    if doer is not None:
        words = [t for t in doer.doc[doer.left_edge.i : doer.right_edge.i + 1] if t.lower_ != "door"]
        if not words:
            return None
        if doer.pos_ == "PRON" and not _agent_pronoun(words):
            return None
        # the number of the noun that "door" belongs to: in "door de commissie
        # bezwaarschriften" that is "commissie", not the plural the parse made the head
        door = doer.doc[doer.left_edge.i]
        head = door.head if door.lower_ == "door" and door.head.pos_ in ("NOUN", "PROPN") else doer
        return _doer_agent(words, head)
    subject_text = subject.lower_ if subject is not None else ""
    subject_start = subject.doc[subject.left_edge.i].lower_ if subject is not None else ""
    # (no "u" for what the reader usually does, "invullen", "meenemen": on the benchmark that guess was right
    # 3 times out of 5 — "Hierin is uw Kamer meegenomen", "dat uw gegevens al zijn ingevuld" — and '[wie?]' is
    # always right where the sentence does not say who)
    if subject_text in ("wij", "we", "ons"):
        return Agent("[wie?]", False)  # "dat wij worden geïnformeerd": someone else informs us
    informs = any(c.lower_ == "hoogte" for c in participle.subtree)  # "op de hoogte stellen/brengen"
    sender = next((t for t in participle.sent if t.lower_ in ("wij", "we") and t.dep_ == "nsubj"), None)
    # "… als we iets gaan terugvorderen": the sentence says who acts, for what
    # the sender does; but not in what "we" look into: "controleren we of er
    # rekening wordt gehouden met …" (someone else does that), nor what the
    # reader does: "Indien het vuil wordt aangeboden …, halen wij het op"
    # … nor what "we" ask, check or see to in a "dat"/"of" clause under their verb ("We hebben erop
    # aangedrongen dat de bewoners vooraf worden geïnformeerd"): someone else may do that
    looked_into = sender is not None and (
        (participle.dep_ in ("ccomp", "csubj", "xcomp") and participle.head == sender.head)
        or (
            sender.head in participle.ancestors
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in {"dat", "of"} | WH_WORDS and c.i < participle.i for c in participle.children)
        )
    )
    if looked_into:
        return Agent("[wie?]", False)
    if sender is not None and (verb in SENDER_VERBS or informs):
        return Agent(sender.lower_, True)
    # "… moet worden verzonden": an obligation is as often the reader's as
    # the sender's, so a sender's verb alone does not make it "wij"; and what
    # happens to the reader's things is not always done by the sender ("Uw
    # auto was gestolen"): only a verb that the sender does says "wij"
    # "Wordt mijn uitkering stopgezet?": the reader speaks, so "wij" is not the sender
    reader_speaks = any(t.lower_ in ("ik", "mijn", "mij", "me") and t.pos_ == "PRON" for t in participle.sent)
    if sender_speaks and (verb in SENDER_VERBS or informs) and (not obliged or subject_text == "u" or subject_start == "uw") and not reader_speaks:
        return Agent("wij", True)
    return Agent("[wie?]", False)


def _active_verbs(
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


# how a Dutch infinitive ends: "verhogen", and "gaan", "doen", "zien" ("wordt uitgegaan van")
INFINITIVE_ENDS = ("en", "aan", "oen", "ien")


def _present_form(token) -> bool:
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


def _is_finite(token) -> bool:
    """The finite verb of a clause ("wordt", "kan", "betaalt"), by its tag."""
    return (token.tag_ or "").startswith("WW|pv")


def _opens_clause(token) -> bool:
    """Does the word open a clause of its own: "als", "dat", "die", "waarvan"?"""
    return token.pos_ == "SCONJ" or "Rel" in token.morph.get("PronType") or token.lower_ in SUBORDINATORS


def _verb_lemma(participle) -> str | None:
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
    if not _verb_known(lemma):
        # a lemma the tables do not have as a verb ("deelen" for "gedeeld"): the verb's own table, or nothing
        lemma = lemma_of_participle(form) or ""
        if not _verb_known(lemma):
            return None
    return lemma


def rewrite(passive, sender_speaks: bool = True, parse=None) -> str | None:
    """An active sentence (or clause, with '…' where the sentence goes on) for
    a detected passive, or None when it cannot be made sure of.
    ``sender_speaks``: see ``_agent`` and ``sender_speaks`` below.

    First from the parse (``_by_tree``); when the parse does not allow a
    sure example, from the order of the words in a simple main clause
    (``_by_order``), which needs the parse only for the subject."""
    return (
        _by_tree(passive, sender_speaks)
        or _by_order(passive, sender_speaks)
        or (_by_clause(passive, sender_speaks, parse) if parse is not None else None)
    )


def _by_tree(passive, sender_speaks: bool = True, part: bool = False) -> str | None:
    """The example from the parse. ``part``: the passive is in one part of a
    sentence, parsed alone (``_by_clause``), so a clause may be all there is."""
    participle = passive.participle
    auxiliary = passive.auxiliary
    doc = participle.doc
    sentence = participle.sent
    if _cut_short(sentence):
        return None  # "… aan de hand van de Regeling Eisen Geschiktheid | 2000.": the parse ended the sentence early
    lemma = _verb_lemma(participle)
    if lemma is None:
        return None
    children = list(participle.children)
    complement = participle.dep_ in ("acl", "acl:relcl") and any(
        c.dep_ == "mark" and c.pos_ == "SCONJ" and c.i == participle.left_edge.i for c in children
    )  # "het risico dat het bedrag wordt verhoogd", "de aanvraag voordat de kosten …": a clause with its own
    # conjunction, whatever noun the parse hung it on (the example is that clause alone)
    relative = _relative(participle)  # "de kosten die … worden gemaakt", "de zone waarin …"
    if participle.dep_ in ("acl", "acl:relcl", "amod", "nmod", "appos", "obj", "nsubj") and not complement and relative is None:
        return None  # a participle inside a noun phrase, or a relative clause that does not open with its own word
    tail = _coordinated_tail(participle, children)
    if tail is not None:
        children = [c for c in children if c.i < tail.start]
    if any(
        c.dep_ in ("conj", "parataxis", "csubj", "ccomp") and (_is_clause(c) or _has_verbs(c)) and not _said_after(participle, c)
        and not _of_moment(c) and not _own_clause_after(participle, children, c)
        for c in children
    ):
        return None  # coordinated or nested clauses: not sure what belongs where
    if auxiliary.lemma_ == "worden" and any(c.dep_ == "conj" and c.i > participle.i and _bare_participle(c) for c in children):
        return None  # "worden … verwijderd of afgesloten": the second participle shares the verbs, and the
        # active verb would take only the first ("is verstuurd of bekendgemaakt" keeps both: "heeft …")
    subjects = [c for c in children if c.dep_ in ("nsubj:pass", "nsubj")]
    if len(subjects) > 1:  # "Uw uitkering wordt volgende maand stopgezet": a time is no subject
        # (nor is what "als" says it is: "De erkenning wordt | als latere vermelding | … opgenomen")
        subjects = [c for c in subjects if not _is_time(c) and not _lone_adverb(c) and not any(g.dep_ == "mark" and g.lower_ == "als" for g in c.children)]
        if len(subjects) > 1:
            # nor a verb or a conjunction read as one, a word before the clause's own conjunction, or "je" right
            # before the noun it goes with ("… kan | je rijbewijs | gevorderd worden", "U … voor er een beslissing …")
            opener_at = next((c.i for c in children if c.dep_ == "mark"), None)
            if opener_at is None and any(c.pos_ == "SCONJ" and c.lower_ in ("dat", "of") for c in subjects):
                return None  # "… en dat | alle aanvragen … worden behandeld": the conjunction that opens the clause
            subjects = [
                c for c in subjects
                if c.pos_ not in ("VERB", "AUX") and c.lower_ not in ("dat", "of")
                and not (opener_at is not None and c.i < opener_at)
                and not (c.lower_ in POSSESSIVES and any(o.i == c.i + 1 for o in subjects))
            ]
        if len(subjects) != 1:
            return None  # two subjects: "Uiteraard wordt u …" read with "Uiteraard" as one
    subject = subjects[0] if subjects else None
    if subject is not None and _lone_adverb(subject):
        return None  # "Afsluitend wordt … een nieuwe asfaltlaag aangebracht": the adverb in front taken for the subject
    dated = None  # "Maandag 1 juli 2019 wordt gestart met …": a date in front, taken for the subject
    finite_word = next((c.lower_ for c in children if c.dep_ in ("aux", "aux:pass") and _is_finite(c)), auxiliary.lower_)
    if (
        subject is not None and _is_time(subject) and subject.left_edge.i == sentence.start and subject.right_edge.i < auxiliary.i
        and not (finite_word in PLURAL_FINITE and _number(subject) == "Plur")  # "De resterende dagen … worden": the subject
    ):
        dated, subject = subject, None
    if subject is None and dated is None:  # the parse may hang the subject on the modal or the auxiliary
        verbs = [c for c in children if c.dep_ in ("aux", "aux:pass")]
        subject = next((g for v in verbs for g in v.children if g.dep_ in ("nsubj:pass", "nsubj")), None)
    if subject is None and participle.dep_ == "conj":
        return None  # the subject is shared with another verb
    joined = _joined_clause(participle, children) if subject is not None else None
    if subject is not None and not _noun_phrase(subject):
        return None  # "Uiteraard u", "Maandag 1 juli": the parse took more (or a date) for the subject
    if subject is not None and _inserted_phrase(subject):
        return None  # "de opbouw van uw huur, de huursamenstelling, is …": the closing comma would be lost
    if subject is not None and subject != relative and subject.left_edge.i != sentence.start and ("Rel" in subject.morph.get("PronType") or subject.lower_ in ("die", "welke", "wat")):
        return None
    if subject is not None and subject.lower_ in ("dat", "die") and subject.i < auxiliary.i and any(c.dep_ == "mark" for c in children):
        return None
    question = sentence.text.rstrip().endswith("?")
    asked = None  # the subject that asks: "Welke stukken" in "Welke stukken moeten worden meegestuurd?"
    verb_first = None  # "(En) worden de kosten … vergoed?": a yes/no question opens with its verb
    opener = None  # the "En" in front of it
    own_order = False  # a question whose main clause keeps its own order: only a clause inside it may get an example
    if question:
        first = sentence[0]
        if first.lower_ in ("en", "maar", "of") and len(sentence) > 1:
            opener, first = first, sentence[1]
        if tail is None and dated is None and any(c.i == first.i and c.dep_ in ("aux", "aux:pass") for c in children):
            verb_first = first
        elif opener is not None or first.lower_ not in QUESTION_WORDS or tail is not None:
            own_order = True  # another kind of question keeps its own order
        if subject is not None and subject.left_edge.i == first.i:
            asked = subject
    elif any(c.i == sentence.start and c.dep_ in ("aux", "aux:pass") and _is_finite(c) for c in children):
        return None  # "Is aan u een aanslag opgelegd …, dan …": a condition with its verb first keeps that order
    doer = agent_of(participle)
    if doer is not None and _phrases_under(doer):
        # "uitgenodigd door de keuringsinstantie | voor een medische keuring",
        # "door de gemeente | aan de ouders worden doorberekend": whose is the phrase?
        return None
    if doer is not None and lemma in REPLACED_BY:
        return None  # "vervangen door nieuw materiaal": the new thing, not who does it
    if doer is not None and not _plain_doer(doer):
        return None
    if doer is None and subject is not None and any(t.lower_ == "door" and not _says_how(t) for t in subject.subtree):
        return None  # "de verbeteringen van uw woning door meerdere bedrijven | worden uitgevoerd": the doer, hung on the subject
    if doer is not None and any(c.lower_ in FOCUS and c.i < participle.i for c in children):
        return None  # "mag enkel worden aangevraagd door de eigenaar": "enkel" goes with the doer, its place is not sure
    obliged = any(c.dep_ in ("aux", "aux:pass") and c.lower_ in OBLIGATION for c in children)
    agent = _agent(participle, subject, lemma, doer, obliged, sender_speaks)
    if agent is None:
        return None
    modal = next((c for c in children if c.dep_ in ("aux", "aux:pass") and c.lower_ in MODALS), None)
    others = [c for c in children if c.dep_ in ("aux", "aux:pass", "cop") and c not in (auxiliary, modal)]
    if any(o.lower_ not in ("worden", "zijn", "geworden") for o in others):
        return None  # "heeft … moeten worden": too many verbs to be sure
    if sum(c.dep_ in ("aux", "aux:pass") and _is_finite(c) and not c.lower_.endswith(("en", "zijn")) for c in children) > 1:
        return None  # "Nadat … is ontvangen | zal …": one clause has one finite verb; the other is the main clause's
    if "er" in (t.lower_ for t in sentence) and any(_stranded(t) for t in children):
        return None  # "Er wordt | naar | gestreefd": "er" and "naar" belong together ("ernaar")
    if "er" in (t.lower_ for t in sentence) and (
        any(c.dep_ == "compound:prt" and not participle.lower_.startswith(c.lower_) for c in children)
        or any(t.dep_ == "case" and t.head.i < t.i < participle.i and t.head.head == participle for t in sentence)
    ):
        return None  # "wordt er … weinig | op | gehandhaafd": a preposition without its noun goes with "er" ("erop")
    aux = auxiliary.lower_
    mark = relative if relative is not None else next((c for c in children if c.dep_ == "mark" and c != opener), None)
    if mark is None and subject is not None:
        # "Als uw verzoek … is afgewezen" parsed with "Als" under "verzoek": it still opens the clause
        first = doc[subject.left_edge.i]
        if first.dep_ == "mark" and first.pos_ == "SCONJ" and first.head == subject and first.i == participle.left_edge.i:
            mark = first
    if mark is None and participle.dep_ in ("ccomp", "advcl"):
        # "… staat waarom uw uitkering wordt beëindigd": a question word opens the clause
        first = participle.doc[participle.left_edge.i]
        # ("Hierin staat | hoeveel er wordt teruggevorderd": "hoeveel" alone, not "hoeveel geld")
        alone = first.lower_ == "hoeveel" and first.i + 1 < len(doc) and doc[first.i + 1].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")
        if (first.lower_ in WH_WORDS or alone) and first.head.i == participle.i:
            mark = first
    if mark is not None and mark.pos_ == "CCONJ" and mark.lower_ in ("maar", "en", "want"):
        return None  # "Maar er worden …": a word that joins, parsed as one that opens a clause
    if mark is not None and mark.lower_ in ("te", "dan", "om"):
        # "lager dan € 50,00 worden …" compares, "dient er direct te worden gehandeld" is an infinitive,
        # "Om de twee weken worden …" says how often: none opens a clause with its own conjunction to rewrite
        return None
    then = _then(participle, children) if mark is None else None
    subordinate = then is None and (mark is not None or participle.dep_ in ("advcl", "ccomp", "csubj", "acl:relcl") or complement)
    if participle.dep_ in ("advcl", "ccomp") and mark is None and then is None:
        return None
    impersonal = passive.impersonal
    # (not "of" between two prepositions: "op of na 1 april")
    opens_here = mark is not None and (mark.pos_ == "SCONJ" or mark.lower_ in WH_WORDS | {"dat", "of"}) and doc[mark.i - 1].pos_ != "ADP"
    where = relative is not None and relative.lower_.startswith("waar")  # "waarin", "waarbij": never the subject
    if subordinate and subject is None and not impersonal and (opens_here or where) and (relative is None or where) and mark is not None:
        # the parse found no subject in a clause with its own conjunction: with the verbs at its end, one noun
        # phrase without a preposition before them is it ("… of uw aanvraag | is ontvangen"), and with only
        # phrases with a preposition there, the passive has none ("… totdat over uw verzoek | is beslist")
        verbs_at = min([auxiliary.i, participle.i] + ([modal.i] if modal is not None else []) + [o.i for o in others])
        phrases = [c for c in children if mark.i < c.left_edge.i and c.right_edge.i < verbs_at and not c.is_punct and c.dep_ not in ("mark", "cc")]
        covered = {i for c in phrases for i in range(c.left_edge.i, c.right_edge.i + 1)}
        if all(i in covered or doc[i].is_punct for i in range(mark.i + 1, verbs_at)):
            bare = [c for c in phrases if doc[c.left_edge.i].pos_ in ("DET", "NOUN", "PROPN", "NUM", "PRON")]
            if len(bare) == 1 and bare[0].pos_ in ("NOUN", "PROPN") and doc[bare[0].left_edge.i].pos_ in ("DET", "NOUN", "PROPN", "NUM"):
                subject = bare[0]
            elif not bare and (any(doc[c.left_edge.i].pos_ == "ADP" for c in phrases) or (where and not phrases)):
                impersonal = True  # ("een brief waarin | wordt gevraagd …": nothing before the verbs)
    if subordinate and subject is None and not impersonal:
        return None  # "het bedrag dat … is betaald": a relative clause, not "dat" + clause
    if mark is not None and relative is None and subject is not None and subject.left_edge.i < mark.i:
        return None  # "dit wil zeggen dat er … gewisseld wordt": a subject before "dat" is not the clause's own
    if _negated_indefinite(subject, children):
        return None
    if subject is not None and subject != relative and not _agrees(subject, (modal if modal is not None else auxiliary).lower_):
        return None  # the parse found another subject than the verb's

    # the verb cluster; "moet … zijn verzonden" (done by then) → "moet … hebben verzonden"
    done = aux in ZIJN_PRESENT or any(o.lower_ == "zijn" for o in others)
    new_verbs = _active_verbs(
        agent, lemma, participle, aux, modal.lower_ if modal is not None else None, done, split=not subordinate, alone=subject is None and asked is None
    )
    if new_verbs is None:
        return None
    finite, final = new_verbs

    # the old subject becomes the object
    skip = {t.i for t in (subject, doer, auxiliary, modal, mark) if t is not None}
    skip |= {o.i for o in others}
    if doer is not None:
        skip |= {t.i for t in doc[doer.left_edge.i : doer.right_edge.i + 1]}
        skip |= {c.i for c in children if c.lower_ == "door"}
    obj = ""
    swapped = None  # a pronoun that changes as object ("hij" → "hem"); other subjects move whole
    if asked is not None:
        skip |= {t.i for t in doc[asked.left_edge.i : asked.right_edge.i + 1]}
    elif subject is not None:
        if subject == relative:
            pass  # "die" stays in front of the clause, now as its object: "… die wij maken"
        elif subject.pos_ == "PRON":
            if subject.lower_ not in OBJECT_PRONOUNS:
                return None
            obj = OBJECT_PRONOUNS[subject.lower_]
            swapped = subject
        else:
            obj = _phrase(subject, subject=True)
            first_word = doc[_edges(subject, subject=True)[0]]
            if first_word.lower_ == "niet":
                return None  # "Niet iedere voordracht wordt echter …": the negation moves, and the words around it
            if first_word.i == sentence.start and obj[:1].isupper() and not first_word.text.isupper():
                return None  # "Minicontainers" or "Jansen": a name keeps its capital, a word does not; not sure which
        skip |= {t.i for t in doc[subject.left_edge.i : subject.right_edge.i + 1]}

    rest_before: list = []
    rest_after: list = []
    front = None
    subject_tail = None  # a phrase the parse hung on the verb that belongs to the subject in front
    resumed = None  # "Als …, dan wordt …": "dan" takes up the clause in front
    for child in sorted(children, key=lambda t: t.i):
        if child.i in skip or child.dep_ in ("punct", "aux", "aux:pass", "cop", "mark", "expl", "expl:pv", "cc"):
            continue
        if child.lower_ == "er" and child.dep_ in ("advmod", "expl"):
            continue
        if (mark is not None and child.i < mark.i) or (then is not None and child.i < then.i):
            continue  # outside the clause
        # in a main clause, what stands before the finite verb is the front
        if not subordinate and child.i < auxiliary.i and (modal is None or child.i < modal.i):
            if front is not None and resumed is None and child.lower_ == "dan" and front.dep_ == "advcl" and doc[child.i - 1].text == ",":
                resumed = child
                continue
            if front is not None:
                return None  # two things in front: not a simple clause
            if subject is not None and subject.i < child.i:
                if _belongs_to_subject(child, subject, auxiliary if modal is None else modal) and subject_tail is None and obj:
                    # "Mensen | met een hoge terugvordering | worden gebeld": before the finite verb
                    # stands one phrase, so the phrase after the subject is part of it
                    subject_tail = child
                    obj += doc[subject.right_edge.i].whitespace_ + doc[child.left_edge.i : child.right_edge.i + 1].text
                    skip |= set(range(child.left_edge.i, child.right_edge.i + 1))
                    continue
                return None  # "Alles daarboven kan …": the subject is in front, so this word belongs to it
            front = child
            continue
        if child.i > participle.i:
            rest_after.append(child)
        else:
            rest_before.append(child)
    first_verb = min(auxiliary.i, modal.i) if modal is not None else auxiliary.i
    if not subordinate and doer is not None and subject is not None and max(doer.i, subject.i) < first_verb:
        return None  # "Aanslagen door wijzigingen | worden …": before the verb stands one phrase, so "door" is in it
    if mark is not None and mark.pos_ == "ADP" and mark.i + 1 < len(doc) and doc[mark.i + 1].pos_ == "ADV" and doc[mark.i + 1].lower_ != "er":
        return None  # "voor zover …": the conjunction is two words ("tot er …" is one and "er")
    if front is not None and resumed is None:
        if subject is not None and subject != relative and subject.i < first_verb:
            return None  # "Alleen volledig … ingevulde | formulieren | worden …": two things before the verb
        if _finite_outside_clause(front):
            return None  # "Let er goed op dat … mag worden verwijderd": a verb of another clause in front
    if any(_subjectless_joined(t, participle) for c in rest_after for t in c.subtree):
        return None  # "… alsof de vergunning niet is verstrekt | en kan leiden tot …": whose verb is it?
    if subject is None and dated is None and front is not None and not subordinate and not impersonal:
        first_front = doc[front.left_edge.i]
        if first_front.pos_ in ("DET", "PRON", "NOUN", "PROPN", "NUM") and first_front.lower_ not in ("er", "daar", "hier"):
            return None  # "Uw aangifte wordt … beantwoord" parsed with no subject: the phrase in front is it
    # every word of the clause must have its place in the example: a word
    # the parse hung elsewhere would otherwise be lost ("De huur mag … worden")
    placed = {t.i for t in (auxiliary, modal, mark, participle) if t is not None} | {o.i for o in others}
    for token in [t for t in (subject, doer, front, subject_tail) if t is not None] + rest_before + rest_after:
        placed |= set(range(token.left_edge.i, token.right_edge.i + 1))
    placed |= {c.i for c in children if c.lower_ in ("door", "er")}
    if opener is not None:
        placed.add(opener.i)
    if resumed is not None:
        placed |= {resumed.i, resumed.i - 1}
    clause_start = mark.i if mark is not None else (then.i if then is not None else sentence.start)
    if joined is not None:
        clause_start = joined.i + 1
    clause_end = max([participle.i, auxiliary.i] + [c.right_edge.i for c in children if not c.is_punct])
    if not subordinate:  # a main clause is the whole sentence (but a kept tail)
        clause_end = (tail.start if tail is not None else sentence.end) - 1
    for token in doc[clause_start : clause_end + 1]:
        if token.i not in placed and token.lower_ != "er" and any(ch.isalnum() for ch in token.text):
            return None
    # what the last check (_sound) needs: the words that go, the words that
    # come, and the marks the example must keep ("kijkt naar: uw situatie, …"
    # without its colon says it otherwise)
    gone = [t for t in (auxiliary, modal, participle, *others, swapped) if t is not None]
    added = [agent.text, finite, *final, obj if swapped else ""]
    marks = Counter(t.text for t in doc[clause_start : clause_end + 1] if t.text in MARKS)
    # a comma right before the verbs at the end closes a phrase ("uiterlijk vóór 1 mei, in het jaar …, |
    # ontvangen zijn"): the verbs that come there must come after it, so every comma stays
    first_verb = participle.i
    while first_verb > clause_start and doc[first_verb - 1].lower_ in ("worden", "zijn", "te"):
        first_verb -= 1
    if first_verb > clause_start and doc[first_verb - 1].text == ",":
        marks[","] = sum(t.text == "," for t in doc[clause_start : clause_end + 1])
    # and the words the example must keep: every word of the clause but the
    # passive verbs, "door", "er" and a doer that changes form ("We overleggen
    # met u of de aanvraag kan worden aangepast", parsed with "We" as the
    # subject and the rest under it, would lose "overleggen met u of de
    # aanvraag" when "we" becomes "ons")
    dropped = {t.i for t in gone} | {t.i for t in doc[clause_start : clause_end + 1] if t.lower_ in ("door", "er")}
    if doer is not None:  # "door ons" → "wij"
        dropped |= {t.i for t in doer.subtree if t.lower_ in AGENT_PRONOUNS}
    kept = Counter(w.lower() for t in doc[clause_start : clause_end + 1] if t.i not in dropped for w in WORD.findall(t.text))
    # a phrase that runs over the verbs ("een commissie ingesteld die …": a
    # relative clause after the participle) would say the verb twice
    verb_at = {t.i for t in (auxiliary, modal, participle) if t is not None} | {o.i for o in others}
    for token in [t for t in (subject, front, subject_tail) if t is not None] + rest_before + rest_after:
        if any(token.left_edge.i <= v <= token.right_edge.i for v in verb_at if v != token.i):
            return None
        if _verb_inside(token):
            return None
    # what stood between the verb and the old subject stays before it: "mogen
    # maximaal drie kentekens" keeps "maximaal" with "drie kentekens"
    # "Hoe vaak er … wordt": the word after "hoe" goes with it, not with the rest
    how = next((c for c in rest_before if mark is not None and mark.lower_ == "hoe" and c.i == mark.i + 1 and c.left_edge.i == c.i == c.right_edge.i and c.pos_ in ("ADV", "ADJ")), None)
    if how is not None:
        rest_before = [c for c in rest_before if c != how]
    ahead = [c for c in rest_before if subject is not None and asked is None and c.right_edge.i < subject.left_edge.i]
    middle = [_phrase(c) for c in ahead] + ([obj] if obj else []) + [_phrase(c) for c in rest_before if c not in ahead]
    if subordinate and any(t.lower_ == "dan" and doc[t.i - 1].text == "," for c in rest_after for t in c.subtree):
        return None  # "Zodra alle informatie is ontvangen, dan zal …": the parse hung the main clause under this one
    after = [_phrase(c) for c in rest_after]
    if any(p.strip().startswith(",") for p in after):
        return None
    # a comma before a clause after the verb stays: "…, omdat de woonkosten …"; but not verbs after a
    # comma that open with no word of their own ("nadat het project is gerealiseerd, | alsnog aangesloten
    # worden …"): the parse hung the rest of the sentence on this clause
    for c in rest_after:
        first = doc[_edges(c)[0]]
        if first.i > 0 and doc[first.i - 1].text == "," and c.pos_ in ("VERB", "AUX") and first.pos_ in ("ADV", "ADJ", "VERB", "AUX"):
            return None
    after = [(", " if _edges(c)[0] > 0 and doc[_edges(c)[0] - 1].text == "," else "") + p for c, p in zip(rest_after, after)]
    # in a question, a clause with its own conjunction inside it ("Constateert u rupsen | nadat de nesten
    # verwijderd zijn?") is rewritten like any such clause; the question itself keeps its order
    inside = subordinate and mark is not None and mark.i > sentence.start and asked is None and verb_first is None and tail is None
    if question and ((subordinate and not inside) or (not subordinate and (own_order or (asked is None and front is None and verb_first is None)))):
        return None
    if asked is not None:
        if front is not None:
            return None
        front = asked
    if subordinate:
        if mark is None or tail is not None:
            return None
        if any(_is_clause(c) and doc[_edges(c)[0]].lower_ in QUESTION_WORDS and doc[_edges(c)[0] - 1].text == "," for c in rest_after):
            return None  # "wanneer uw rijbewijs … kan worden, | wat er daarna gebeurt, …": a question of its own, not this clause's
        if any(t.lower_ == "zowel" for t in doc[sentence.start : mark.i]) and any(t.lower_ == "als" for c in rest_after for t in c.subtree):
            return None  # "zowel nabestaanden die … dat de steen wordt geruimd | als mensen die …": "als" goes with "zowel"
        # "Ook als er is gestrooid …": a word that goes with the conjunction comes along
        before_mark = doc[mark.i - 1] if mark.i > sentence.start else mark
        along = before_mark != mark and before_mark.lower_ in ALONG_WITH_CONJUNCTION and before_mark.head in (participle, mark)
        mark_text = doc[mark.left_edge.i : mark.i + 1].text if mark == relative and mark.lower_ == "wie" else mark.text  # "aan wie"
        words = [(before_mark.text + " " if along else "") + mark_text + (" " + how.text if how is not None else ""), agent.text, *middle]
        if modal is not None:
            words += [finite, *final]
        elif aux in WORDEN_PRESENT:
            words += [finite]
        else:
            words += [finite, *final]
        words += after
        text = " ".join(w for w in words if w).replace(" ,", ",")
        # a clause that opens the sentence, also after a list dash ("- Indien het vuil wordt aangeboden …")
        opens = sentence.start + next((i for i, t in enumerate(sentence) if t.text not in LIST_MARKS), 0)
        lead = "… " if (doc[mark.left_edge.i].i if mark == relative else mark.i) - along > opens else ""
        clause_end = max([participle.i, auxiliary.i] + [c.right_edge.i for c in rest_after] + ([doer.right_edge.i] if doer is not None else []))
        trail = " …" if any(t.is_alpha for t in doc[clause_end + 1 : sentence.end]) else ("?" if question else ".")
        if not lead and trail == " …" and not part and mark.i == opens:
            after_clause = doc[clause_end + 1]
            if after_clause.text != "," and after_clause.lower_ != "dan" and not _is_finite(after_clause):
                return None  # "Indien er beslag is gelegd | op uw salaris … dan heeft …": the parse ended the
                # clause in front before its end (the main clause begins with its verb, "dan" or after a comma)
        text = lead + (text[:1].upper() + text[1:] if not lead else text) + trail
        if not part and not lead and trail != " …" and mark.i == opens == sentence.start and mark.lower_ in SUBORDINATORS:
            return None  # "Als … wordt opengebroken om … aan te leggen zijn parkeerplaatsen …": a clause in front that
            # runs to the end of the sentence took the main clause in (the parse hung it there); a list item
            # ("- Indien het vuil wordt aangeboden …") may be one clause
        own = {auxiliary.i, participle.i} | ({modal.i} if modal is not None else set()) | {o.i for o in others}
        if any((_is_finite(t) or _present_form(t)) and t.i not in own for t in doc[mark.i + 1 : participle.i]):
            return None  # "de container die er staat | gewisseld mag worden": a verb of another clause inside
            # (also one the tagger took for a noun: "het hemelwater dat u afkoppelt | wordt … verwerkt")
        for t in doc[participle.i + 1 : clause_end + 1]:
            opened = any(_opens_clause(o) or o.lower_.startswith("waar") for o in doc[participle.i + 1 : t.i])
            if _is_finite(t) and t.pos_ == "AUX" and t.i not in own and not opened:
                # "Als … de straat wordt opengebroken om … aan te leggen | zijn parkeerplaatsen …": a finite verb
                # after the clause's own verbs, with no word that opens a clause of its own, is the main clause's
                return None
        # a clause with its own conjunction has its verbs at its end: after them may come a phrase with a
        # preposition or a clause, not a bare noun ("een kat die gevoederd wordt | geen zwerfkat": the main clause's)
        last_verb = max(own)
        if any(
            _edges(c)[0] == last_verb + 1 and doc[_edges(c)[0]].pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM") and not _is_clause(c)
            for c in rest_after
        ):
            return None
        root = sentence.root
        if (
            rest_after and root.i < mark.i and _is_finite(root) and root not in own and root.lemma_ in LIGHT_VERBS
            and not any(t.pos_ in ("VERB", "AUX") and t.i not in own for t in doc[participle.i + 1 : sentence.end])
            and not any(_is_clause(c) for c in rest_after)
        ):
            # "brengt de gemeente de kosten die daarvoor gemaakt worden | in rekening bij de aanvrager": a clause
            # inside a main clause with one verb; what follows its verbs may be the main clause's
            return None
        if doer is None and any(t.lower_ == "door" and not _says_how(t) and participle in (t.head, t.head.head) for t in doc[clause_start : clause_end + 1]):
            return None  # "Als [wie?] de verbeteringen … door meerdere bedrijven uitvoert": a doer the parse did not place
        return text if _sound(text, sentence, gone, added, marks, kept) else None
    if any(p.split()[0].lower() in OPENS_ONLY_A_CLAUSE for p in middle if p.strip()):
        return None  # "[wie?] heeft zodra jouw aanvraag …": a conjunction the parse hung inside, in the middle of a main clause
    if after and _particle_collides(final, after[0].split()[0]) and not any(p.startswith(",") for p in after):
        # "slaat … op | op de chip": what came after the verb goes before the particle
        middle, after = middle + after, []
    if front is not None:
        front_text = doc[front.left_edge.i : (resumed.i if resumed is not None else front.right_edge.i) + 1].text
        comma = doc[front.right_edge.i + 1] if front.right_edge.i + 1 < len(doc) else None
        if comma is not None and comma.text == "," and resumed is None:
            front_text += ","
        words = [front_text, finite, agent.text, *middle, *final, *after]
    elif verb_first is not None:  # "En vergoedt een andere organisatie de kosten niet?"
        if agent.text == "[wie?]" and any(t.lower_ in NEGATIONS for t in sentence):
            # "Vergoedt [wie?] deze kosten nergens anders?": with a "not", a question about an unknown doer asks
            # another thing; without one it asks the same ("Is uw aanvraag afgewezen?" → "Heeft [wie?] …?")
            return None
        words = [opener.text if opener is not None else "", finite, agent.text, *middle, *final, *after]
    elif joined is not None and doc[joined.i + 1] in (modal, auxiliary):
        # "Op dat moment is … en kan de procedure worden gestart": the part in front is shared, so the verb
        # comes first after "en" ("… en kan [wie?] de procedure starten")
        words = [finite, agent.text, *middle, *final, *after]
    else:
        words = [agent.text, finite, *middle, *final, *after]
    if then is not None:  # "Heeft u te veel ontvangen, | dan kunnen wij …": the first part stays
        words.insert(0, doc[sentence.start : then.i].text)
    if tail is not None:
        words.append((", " if doc[tail.start - 1].text == "," else "") + doc[tail.start : tail.end].text)
    text = " ".join(w for w in words if w).replace(" ,", ",")
    said = text.lower().split()
    if any(a == b for a, b in zip(said, said[1:])):
        return None  # "hogen … op op kosten van": the particle lands before a word like it
    if "door" in _without_how(" ".join(said)).split():
        return None  # a "door"-phrase the parse did not place
    if joined is not None:  # "… en wij sturen de kalender alsnog op."
        if question:
            return None
        text = f"… {joined.text} {text}"
    else:
        text = text[:1].upper() + text[1:]
    text += "?" if question else "."
    return text if _sound(text, sentence, gone, added, marks, kept) else None


# "dient … te worden verstuurd" says "moet … worden verstuurd" in plain words
DIENEN = {"dient": "moet", "dienen": "moeten", "diende": "moest", "dienden": "moesten"}
# the finite verbs a simple passive main clause can have
PASSIVE_FINITE = WORDEN_PRESENT | WORDEN_PAST | ZIJN_PRESENT | ZIJN_PAST | set(MODALS) | set(DIENEN)
# marks that make a sentence more than one simple clause (a comma only after a clause in front)
CLAUSE_MARKS = frozenset(";:?!\"“”")
# marks that open a list item
LIST_MARKS = frozenset("-–—•*·▪")
# words that open a clause in front of the main clause
SUBORDINATORS = frozenset("als wanneer zolang indien nadat zodra omdat voordat totdat doordat".split())


def _by_order(passive, sender_speaks: bool = True) -> str | None:
    """The example for a passive main clause of the simplest shape, read from
    the order of its words instead of from the parse:

        front | finite verb | middle | verb cluster | after .
        "Deze werkzaamheden | worden | van 30 maart tot en met 3 mei | uitgevoerd | ."
        "Per bezwaarschrift | wordt | maximaal een half uur | uitgetrokken | ."
        "De aangifte | dient | | te worden gedaan | binnen veertien dagen …"

    The parse can hang such words in odd places ("woensdag" under "worden")
    while their order still says all. Only one finite verb, no second
    participle, no "door"-phrase, no question word, and a comma only after a
    clause in front ("Zolang …, | wordt …"): anything else is left to the
    parse or gets no example. A clause in front or after the verbs ("… als u
    …") stays as it is. The front is the subject when the parse says so and
    it is no time ("Maandag 1 juli"); a word like "Per …", "Daarom" or "Er"
    in front stays in front."""
    participle = passive.participle
    sentence = participle.sent
    tokens = [t for t in sentence if not t.is_space]
    while tokens and tokens[0].text in LIST_MARKS:
        tokens = tokens[1:]  # "- Kwijtschelding wordt …": a list item; the example is the sentence itself
    before = sentence.doc[sentence.start - 1] if sentence.start > 0 else None
    if before is not None and not (before.is_space or before.text in (".", "?", "!", ":")):
        return None  # the parse cut the sentence in two ("Uiterlijk | 5 werkdagen …"): not the whole clause
    if len(tokens) < 4 or tokens[-1].text != "." or any(t.text in CLAUSE_MARKS for t in tokens):
        return None
    tokens = tokens[:-1]
    lower = [t.lower_ for t in tokens]
    lemma = _verb_lemma(participle)
    if lemma is None:
        return None
    at = next(i for i, t in enumerate(tokens) if t.i == participle.i)
    # the verb cluster around the participle: "worden verhoogd", "verhoogd te worden", "ontvangen zijn"
    start, end = at, at
    while start > 0 and lower[start - 1] in ("worden", "zijn", "te"):
        start -= 1
    while end + 1 < len(tokens) and lower[end + 1] in ("worden", "zijn", "te"):
        end += 1
    cluster = [w for w in lower[start : end + 1] if w != participle.lower_]
    # a clause after the verbs stays as it is: "… afgehandeld | als u deze vóór 15 mei heeft ingediend",
    # "… uitgegeven op één kenteken | waarvan …", "Dan wordt er verwacht | dat u …"
    # (words between brackets do not count: "(inclusief het keukentafelgesprek)" is no clause)
    depth = list(accumulate((t.text == "(") - (t.text == ")") for t in tokens))
    # (a question word right after the verbs opens what is explained or asked: "wordt uitgelegd | wie …")
    tail = next(
        (j for j in range(end + 1, len(tokens)) if (_opens_clause(tokens[j]) or (j == end + 1 and lower[j] in QUESTION_WORDS)) and not depth[j]),
        len(tokens),
    )
    if tail < len(tokens) and not any(_is_finite(t) for t in tokens[tail:]):
        return None  # no verb: not a clause of its own
    if tail < len(tokens) and lower[tail - 1] == ",":
        tail -= 1
    # a clause in front stays as it is: "Zolang uw aanvraag in behandeling is, | wordt …", "Als …, dan | wordt …"
    commas = [i for i, w in enumerate(lower[:tail]) if w == ","]
    lead = 0
    if commas:
        if len(commas) != 1 or lower[0] not in SUBORDINATORS or not any(t.pos_ in ("AUX", "VERB") for t in tokens[: commas[0]]):
            return None
        lead = commas[0] + 1 + (lower[commas[0] + 1 : commas[0] + 2] == ["dan"])
    main = tokens[lead:tail]
    # a doer: "door" + a noun phrase right before the verbs ("Dan wordt uw aanvraag | door de gemeente |
    # beoordeeld"); a "door" elsewhere the order cannot place; "door middel van" is no doer
    doors = [i for i, t in enumerate(main, lead) if t.lower_ == "door" and not _says_how(t)]
    door_at = _doer_before_verbs(tokens, doors, start)
    if doors and (door_at is None or lemma in REPLACED_BY):
        return None
    if door_at is not None and any(t.lower_ in FOCUS for t in tokens[lead:door_at]):
        return None  # "kan alleen door een advocaat worden ingediend": "alleen" goes with the doer, as in _by_tree
    if any(
        (_opens_clause(t) and not depth[i]) or "Int" in t.morph.get("PronType") or t.lower_ in QUESTION_WORDS for i, t in enumerate(main, lead)
    ):  # "Waarom uw uitkering wordt beëindigd": a question word makes it no simple clause
        return None
    finite_at = [i for i, t in enumerate(main, lead) if t.pos_ in ("AUX", "VERB") and lower[i] in PASSIVE_FINITE and not start <= i <= end]
    if len(finite_at) != 1 or not 0 < finite_at[0] < start or (lead and finite_at[0] != lead):
        return None  # no front, or more verbs than one clause has
    f = finite_at[0]
    finite_word = lower[f]
    for i, t in enumerate(main, lead):
        if i == f or start <= i <= end or t.pos_ not in ("AUX", "VERB"):
            continue
        # a verb used as a noun ("na het opleggen") or as an adjective ("losliggend", "de gemaakte afspraak")
        # may stay; another participle ("ingevuld en ondertekend") may not
        tag = t.tag_ or ""
        nominal = i > 0 and lower[i - 1] == "het" and not tag.startswith("WW|vd")
        adjective = tag.startswith("WW|od") or (tag.startswith("WW|vd") and "prenom" in tag)
        if not nominal and not adjective:
            return None
    if any(lower[i] == "te" and i + 1 < len(tokens) and tokens[i + 1].pos_ in ("VERB", "AUX") for i in [*range(lead, start), *range(end + 1, tail)]):
        return None  # "om … te …": a clause of its own (not "te veel betaalde uitkering")
    rest = sentence.doc[tokens[tail].i : tokens[-1].i + 1].text if tail < len(tokens) else ""
    tokens = tokens[:tail]
    # (a doer stands between the finite verb and the verbs at the end: it is not part of the middle)
    front, middle, after = tokens[:f], tokens[f + 1 : door_at if door_at is not None else start], tokens[end + 1 :]
    if any(_is_finite(t) for t in tokens[lead:f]) or (front and front[0].lower_ == "niet"):
        return None  # "Het betreft … waarin om informatie | wordt gevraagd": a verb of another clause in front;
        # "Niet iedere voordracht wordt echter …": the negation moves, and the words around it
    from begrijpelijk.nlp.passive.detect import looks_like_participle  # (it imports this module)

    if any(t.pos_ == "CCONJ" and j + 1 < len(after) and looks_like_participle(after[j + 1].lower_) for j, t in enumerate(after)):
        return None  # "goedgekeurd of afgekeurd", whatever the tagger made of the second
    if any(t.pos_ == "ADP" and (i + 1 == len(tokens) or i + 1 == start) for i, t in enumerate(tokens)):
        return None  # "er … naar gekeken": a preposition without its word
    # the verbs of the new sentence: "wordt/is … gedaan", "kan … worden gedaan", "moet … zijn gedaan"
    modal = None
    if finite_word in WORDEN_PRESENT | WORDEN_PAST | ZIJN_PRESENT | ZIJN_PAST:
        if cluster:
            return None
    elif finite_word in DIENEN:
        # "dient … te worden gedaan" → "moet … doen": "dienen" is officialese itself
        if cluster not in (["te", "worden"], ["te", "zijn"]):
            return None
        modal, cluster = DIENEN[finite_word], cluster[1:]
    elif cluster in (["worden"], ["zijn"]):
        modal = finite_word
    else:
        return None
    # who the subject is: the front, or something after the verb
    subjects = [t for t in main if t.dep_ in ("nsubj", "nsubj:pass")]
    front_lower = [t.lower_ for t in front]
    expletive = front_lower == ["er"]
    # ("Eind 2009": a year in front makes it a time)
    time = any(w in TIME_NOUNS or (w.isdigit() and len(w) == 4 and w.startswith(("19", "20"))) for w in front_lower) or front[0].pos_ == "NUM"
    # (a clause in front is never the subject; "Ook deze termijn": a word like "ook" may stand before the subject)
    subject_front = not lead and not expletive and not time and (
        (front[0].pos_ not in ("ADP", "ADV", "ADJ", "SCONJ", "CCONJ") and any(t in front for t in subjects))
        or (front[0].pos_ == "ADV" and len(front) > 1 and any(t in front[1:] for t in subjects))
    )
    if subject_front and len(front) == 1 and front[0].lower_ in SENTENCE_ADVERBS:
        return None  # "Allereerst moet …", tagged as a name and taken for the subject
    if not subject_front and not expletive and front[0].pos_ not in ("ADP", "ADV") and not time and not lead:
        return None  # a front that is not sure to be the subject nor something else
    subject = next((t for t in subjects if (t in front) == subject_front), None)
    changed = None  # a pronoun that changes as object
    obj = ""
    if subject_front and any(t.pos_ == "PRON" and "Prs" in t.morph.get("PronType") and t.dep_ != "det" and (i == 0 or middle[i - 1].pos_ != "ADP") for i, t in enumerate(middle)):
        return None  # "De brief wordt u toegestuurd": "u" would have to go before "de brief"
    if subject_front:
        head = next(t for t in front if t in subjects)
        if len(front) == 1 and head.pos_ == "PRON":
            if head.lower_ not in OBJECT_PRONOUNS:
                return None
            obj = OBJECT_PRONOUNS[head.lower_]
            changed = head
        else:
            if _keeps_capital(front[0]):
                return None  # a name keeps its capital; not sure which
            obj = sentence.doc[front[0].i : front[-1].i + 1].text
            obj = _lower_first(obj)
    elif any(t.pos_ == "PRON" and t.lower_ in SUBJECT_PRONOUNS | {p for p, o in OBJECT_PRONOUNS.items() if o != p} for t in middle):
        return None  # "wordt hij …": the pronoun would have to change, and the parse does not say which one it is
    if _negated_indefinite(front[0] if subject_front else subject, middle + after):
        return None
    if not _agrees(head if subject_front else subject, finite_word):
        return None  # the parse found another subject than the verb's
    obliged = finite_word in OBLIGATION
    agent = _named_agent(tokens[door_at + 1 : start]) if door_at is not None else _agent(participle, subject, lemma, None, obliged, sender_speaks)
    if agent is None:
        return None
    new_verbs = _active_verbs(agent, lemma, participle, finite_word, modal, done=cluster == ["zijn"], alone=not subject_front and subject is None)
    if new_verbs is None:
        return None
    finite, final = new_verbs
    keep = [t for t in middle + after if not (t.lower_ == "er" and t.dep_ in ("advmod", "expl", "expl:pv"))]
    words_middle = [t.text for t in keep if t.i < participle.i]
    words_after = [t.text for t in keep if t.i > participle.i]
    if words_after and _particle_collides(final, words_after[0]):
        # "haalt grofvuil aan huis op | op de eerste woensdag": what came after the verb goes before it
        words_middle, words_after = words_middle + words_after, []
    if subject_front:
        words = [agent.text, finite, obj, *words_middle, *final, *words_after]
    elif expletive:
        words = [agent.text, finite, *words_middle, *final, *words_after]
    else:
        front_text = sentence.doc[front[0].i : front[-1].i + 1].text
        words = [front_text, finite, agent.text, *words_middle, *final, *words_after]
    text = " ".join(w for w in words if w)
    text = re.sub(r"\( ", "(", re.sub(r" ([).])", r"\1", text))
    if rest:
        text += ("" if rest.startswith(",") else " ") + rest
    said = text.lower().split()
    if any(a == b for a, b in zip(said, said[1:])):
        return None  # "haalt … op op de eerste woensdag"
    text = text[:1].upper() + text[1:] + "."
    gone = [tokens[f], participle, *(tokens[i] for i in range(start, end + 1) if i != at), *([changed] if changed else [])]
    added = [agent.text, finite, *final, obj if changed else ""]
    marks = Counter(t.text for t in tokens if t.text in MARKS)
    dropped = {t.i for t in gone} | {t.i for t in tokens if t.lower_ == "er"}
    if door_at is not None:  # "door ons" → "wij": the doer's words go, its new form comes
        gone += tokens[door_at:start]
        dropped |= {t.i for t in tokens[door_at:start]}
    kept = Counter(w.lower() for t in tokens if t.i not in dropped for w in WORD.findall(t.text))
    return text if _sound(text, sentence, gone, added, marks, kept) else None


def _doer_before_verbs(tokens, doors: list[int], start: int) -> int | None:
    """Where "door" is, when the one "door" opens a plain noun phrase that
    runs up to the verbs (which begin at ``start``): "door de gemeente |
    beoordeeld", "door het bestuur | bepaald". None for anything else: a
    second phrase inside ("door de gemeente aan de ouders"), a verb ("door
    één rijrichting vrij te houden" says how), a comma, "en"/"of"."""
    if len(doors) != 1:
        return None
    at = doors[0]
    phrase = tokens[at + 1 : start]
    if not phrase or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in phrase):
        return None
    if any(t.pos_ in ("ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PUNCT", "ADV") or t.lower_ == "te" for t in phrase):
        return None
    if phrase[-1].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return at


def _named_agent(phrase) -> Agent | None:
    """The doer that a "door"-phrase names, read from its words: "de
    gemeente", "het bestuur", "ons" → "wij"."""
    head = phrase[-1]
    if not _agent_pronoun(phrase):
        if any(t.pos_ == "PRON" and t.dep_ != "det" and "prenom" not in (t.tag_ or "") for t in phrase):
            return None
        if not _plural(head) and "Sing" not in head.morph.get("Number") and head.lower_.endswith(("en", "s")):
            return None  # the form does not say one or more
    return _doer_agent(phrase, head)


WORD = re.compile(r"\w+")
MARKS = frozenset(":;()[]/–-‘’“”„\"'")  # ("'" alone is a quote: "deze 'lintjesregen'")


# the longest example given: on the benchmark sentences (benchmarks/passief.py), examples of 26 to 35 words
# were right 16 times out of 17 once a clause in front could no longer take in the main clause; longer ones
# are rare and no more often right
MAX_EXAMPLE_WORDS = 35


def _sound(text: str, sentence, verbs: list, new: list[str], marks: Counter, kept: Counter | None = None) -> bool:
    """The last checks on an example: not too long; brackets and quotes
    whole; every colon, bracket or dash of the clause kept (``marks``: how
    many of each), and every word it must keep (``kept``: how many of each);
    and no word said more often than the letter's sentence
    says it, once its passive verbs are taken out and the new words put in
    (the doer, the active verbs, "hem" for "hij"). A phrase that the parse
    hung on two places would otherwise be said twice ("heeft een commissie
    ingesteld die … uitbrengt ingesteld")."""
    if len(text.split()) > MAX_EXAMPLE_WORDS or not _balanced(text) or not _brackets_as_written(text, sentence.text):
        return False
    if any(text.count(mark) < n for mark, n in marks.items()):
        return False
    said = Counter(_word_key(w) for w in WORD.findall(text))
    if any(said[_word_key(word)] < n for word, n in (kept or Counter()).items()):
        return False
    allowed = Counter(_word_key(w) for w in WORD.findall(sentence.text))
    allowed.subtract(t.lower_ for t in verbs)
    allowed.update(w.lower() for w in WORD.findall(" ".join(new)))
    return all(n <= allowed[w] for w, n in said.items())


SENTENCE_ENDS = (".", "?", "!", ":", ";")


def _cut_short(sentence) -> bool:
    """Did the parse end the sentence where the text goes on (no closing
    mark, and a word right after it), or begin it inside a word? The example
    would lose the rest ("… Geschiktheid | 2000.", "auto | ’s")."""
    doc = sentence.doc
    last = sentence[-1]
    if last.text not in SENTENCE_ENDS and sentence.end < len(doc) and not doc[sentence.end].is_space and "\n" not in last.whitespace_:
        return True
    # … or began it inside a word ("Elektrische auto | ’s worden …")
    before = doc[sentence.start - 1] if sentence.start > 0 else None
    return before is not None and not before.whitespace_ and not before.is_punct and not before.is_space


def whole_sentence(sentence) -> bool:
    """Stricter than not ``_cut_short``: does the parse's sentence begin and
    end where the text does, at the start of the text or after an end mark
    or a new line, and with an end mark or the end of the text or line?"""
    doc = sentence.doc
    before = doc[sentence.start - 1] if sentence.start > 0 else None
    starts = before is None or before.text in SENTENCE_ENDS or before.is_space or "\n" in before.whitespace_
    last = sentence[-1]
    while last.is_space and last.i > sentence.start:
        last = doc[last.i - 1]
    after = doc[sentence.end] if sentence.end < len(doc) else None
    ends = last.text in SENTENCE_ENDS or after is None or after.is_space or "\n" in last.whitespace_
    return starts and ends


def _brackets_as_written(text: str, source: str) -> bool:
    """Is every bracket and quote written against the same words as in the
    letter? "de reden(en)" parsed as two phrases would come back as "de
    reden (en)"."""
    strip = ".,;:!?"
    written = {chunk.strip(strip) for chunk in source.split()}
    # (quotes too: "’absoluut verzuim’" joined as "’ absoluut verzuim ’")
    return all(chunk.strip(strip) in written for chunk in text.split() if any(c in chunk for c in "()‘’“”\"„'"))


TIME_NOUNS = frozenset(
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli "
    "augustus september oktober november december vandaag morgen gisteren week maand jaar dag keer maal "
    "eind begin medio".split()
)


POSSESSIVES = frozenset("mijn jouw je uw zijn haar ons onze hun jullie".split())


def _belongs_to_subject(child, subject, finite) -> bool:
    """Is ``child`` a phrase with a preposition right after the subject that
    opens a main clause, and right before its finite verb ("Mensen | met een
    hoge terugvordering | worden gebeld")? Only one phrase stands before the
    finite verb, so it is part of the subject, whatever the parse says."""
    doc = subject.doc
    start, end = child.left_edge.i, child.right_edge.i
    return (
        subject.pos_ in ("NOUN", "PROPN")
        and subject.left_edge.i == subject.sent.start
        and start == subject.right_edge.i + 1
        and end + 1 == finite.i
        and doc[start].pos_ == "ADP"
        and doc[start].lower_ not in ("door", "te")
        and not any(t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ") for t in doc[start : end + 1])
    )


# words that go with the noun phrase after them and move with it: "Ook omwonenden worden betrokken" →
# "[wie?] betrekt ook omwonenden", "zowel een akte van geboorte als …", "te weinig inkomsten"
PHRASE_FOCUS = frozenset({"ook", "zelfs", "zowel", "te", "zo"})


def _noun_phrase(subject) -> bool:
    """Does the subject's phrase read as a thing that is done to? Not when
    it begins with an adverb or is a day or date (the parse took the words
    in front for the subject)."""
    first = subject.doc[_edges(subject, subject=True)[0]]
    tagged_away = first.pos_ in ("ADV", "ADP", "SCONJ", "CCONJ") or (first.pos_ in ("VERB", "AUX") and first.dep_ != "amod")
    if tagged_away and first.lower_ not in POSSESSIVES | PHRASE_FOCUS:  # "Jouw declaratieverzoek", whatever the tagger made of "jouw"
        return False
    return not _is_time(subject)


def _inserted_phrase(subject) -> bool:
    """Does the subject hold a phrase between commas whose closing comma
    comes after it ("de opbouw van uw huur, de huursamenstelling, is …")?"""
    doc = subject.doc
    start, end = _edges(subject, subject=True)
    return end + 1 < len(doc) and doc[end + 1].text == "," and any(doc[i].text == "," for i in range(start, end))


def _is_time(token) -> bool:
    """A time or a frequency: "volgende maand", "1 keer in de 2 weken", "wijk voor wijk"."""
    if token.lower_ in TIME_NOUNS or (token.lemma_ or "").lower() in TIME_NOUNS:
        return True
    return any(c.dep_ == "nmod" and c.lower_ == token.lower_ and any(g.lower_ == "voor" for g in c.children) for c in token.children)


def _lone_adverb(token) -> bool:
    """"Uiteraard" in "Uiteraard wordt u …", which the parse took for a subject."""
    return token.lower_ in SENTENCE_ADVERBS and token.left_edge.i == token.right_edge.i == token.sent.start


# the number of a finite verb of a passive clause; "worden" and "zijn" are
# plural only as the finite verb (in "moet worden betaald" "moet" is)
SINGULAR_FINITE = frozenset(
    "wordt word werd is was ben bent kan kunt kon moet moest mag mocht zal zult zou wil wilt dient diende hoeft".split()
)
PLURAL_FINITE = frozenset(
    "worden werden zijn waren kunnen konden moeten moesten mogen mochten zullen zouden willen dienen dienden hoeven".split()
)
# "een aantal tarieven is/zijn verhoogd": a noun of quantity takes either number
QUANTITY_NOUNS = frozenset("aantal paar stel reeks deel helft meerderheid meeste rest groep heleboel boel".split())
SINGULAR_DETERMINERS = frozenset("het een dit dat elk ieder elke iedere".split())
SINGULAR_PRONOUNS = frozenset("u hij het dit dat ik je jij men".split())
PLURAL_PRONOUNS = frozenset("wij we jullie".split())


def _number(subject) -> str | None:
    """"Sing", "Plur", or None when the words do not say for sure: the
    tagger's number counts only when the form of the word agrees ("de
    firma" is no plural, "kentekens" and "criteria" are no singulars), and
    a noun of quantity or two nouns with "en" may go with either form
    ("Tijdens het gesprek wordt uw hulpvraag, … en … in kaart gebracht")."""
    if any(c.dep_ == "conj" for c in subject.children):
        return None
    last = [c for c in subject.children if c.dep_ in ("fixed", "flat", "compound") and c.i == subject.i + 1 and c.pos_ == "NOUN"]
    if last and not any(c.dep_ == "det" for c in subject.children):
        # "openlucht | evenementen": the noun that ends the words says the number ("de Basisregistratie | personen": the first)
        subject = last[0]
    if subject.lower_ in QUANTITY_NOUNS:
        return None  # "een aantal zaken moeten …"
    if subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in SINGULAR_DETERMINERS for c in subject.children):
        return "Sing"  # "het geschatte inkomen": "het" and "een" go with one thing, whatever the tagger said
    word = subject.lower_
    if subject.pos_ == "PRON":
        return "Sing" if word in SINGULAR_PRONOUNS else "Plur" if word in PLURAL_PRONOUNS else None
    if subject.pos_ not in ("NOUN", "PROPN") or word in QUANTITY_NOUNS:
        return None
    number = subject.morph.get("Number")
    plural_form = word.endswith(("en", "s", "a"))
    if "Plur" in number:
        return "Plur" if _plural(subject) else None
    return "Sing" if "Sing" in number and not plural_form else None


def _agrees(subject, finite: str) -> bool:
    """Does the subject the parse found agree with the finite verb? "De
    openbare verlichting en de bomen | worden": a parse that takes only "de
    bomen", or a singular noun before "worden", found the wrong subject."""
    if subject is None:
        return True
    number = _number(subject)
    if number is None:
        return True
    if finite in SINGULAR_FINITE:
        return number == "Sing"
    if finite in PLURAL_FINITE:
        return number == "Plur"
    return True


RELATIVE_SUBJECTS = frozenset({"die", "dat", "welke"})


def _relative(participle):
    """The word that opens a relative clause around the passive, or None:
    the relative pronoun that is its subject ("de kosten die … worden
    gemaakt" → "… die wij … maken"), or a "waar"-word before a subject of its
    own ("de zone waarin de naheffing is uitgeschreven" → "… waarin wij de
    naheffing hebben uitgeschreven"). The word must open the clause, after
    the noun the parse hangs the clause on."""
    if participle.dep_ not in ("acl", "acl:relcl"):
        return None
    doc = participle.doc
    first = doc[participle.left_edge.i]
    if first.text == "," and first.head.i == participle.i and first.i + 1 < participle.i:
        first = doc[first.i + 1]  # "een laatste vervaldag, | waarvoor …": the comma the parse hung on the clause
    subjects = [c for c in participle.children if c.dep_ in ("nsubj", "nsubj:pass")]
    right_after_noun = first.i - 1 == participle.head.i and participle.head.pos_ == "NOUN"
    if first.pos_ == "ADP" and right_after_noun and len(subjects) == 1 and first.i + 1 < participle.i:
        # "Kiezers | aan wie een volmachtbewijs is verstrekt": the preposition comes along with "wie"
        pronoun = doc[first.i + 1]
        if pronoun.lower_ == "wie" and pronoun.head.i == participle.i and pronoun.dep_ == "obl" and first.head.i == pronoun.i:
            return pronoun
    if first.head.i != participle.i or not participle.head.i < first.i:
        return None
    # ("wat" too: "…, wat later aan ze werd betaald", "verschillen tussen gemeenten | wat wordt vergoed")
    if first.lower_ in RELATIVE_SUBJECTS | {"wat"} and first.dep_ in ("nsubj", "nsubj:pass") and subjects == [first]:
        return first
    if first.lower_.startswith("waar") and len(first.text) > 5 and first.dep_ in ("advmod", "obl") and len(subjects) <= 1:
        return first  # (without a subject: "een brief | waarin wordt aangegeven …", see ``_by_tree``)
    if first.lower_ == "waar" and first.dep_ == "advmod" and len(subjects) == 1 and right_after_noun:
        return first  # "de plek | waar de rups is gezien"
    return None


def _particle_collides(final: list[str], next_word: str) -> bool:
    """Would the verbs at the end ("op" of "ophalen") stand right before a
    word like the last of them ("op de eerste woensdag")? Then what comes
    after the verb goes before them."""
    return bool(final) and next_word.lower() == final[-1].lower()


def _said_after(participle, clause) -> bool:
    """Is ``clause`` what is checked, looked at or decided, after the verbs
    and opened by its own "of", "dat" or question word ("Er wordt
    gecontroleerd | of jongeren zich houden aan de leerplicht")? It stays as
    it is, after the active verb."""
    doc = participle.doc
    first = doc[clause.left_edge.i]
    # ("op hoeveel toeslag …": a preposition with its question word; "bepaald | of het … is" parsed as "of"
    # joining two things, right after the verb)
    asks = first.lower_ in {"of", "dat"} | QUESTION_WORDS or (
        first.pos_ == "ADP" and first.i + 1 < len(doc) and doc[first.i + 1].lower_ in QUESTION_WORDS | {"hoeveel", "welke", "wie", "wat"}
    )
    joined = clause.dep_ == "conj" and first.i == participle.i + 1 and first.lower_ in ("of", "dat")
    return (
        (clause.dep_ == "ccomp" or joined)
        and clause.left_edge.i > participle.i
        and asks
        and all(t.i <= participle.i + 1 or t.i >= clause.left_edge.i or t.is_punct for t in participle.subtree if t.i > participle.i)
    )


MOMENT_NOUNS = frozenset("dag moment tijd datum week maand jaar periode".split())


def _of_moment(clause) -> bool:
    """Is ``clause`` a "dat"-clause that says which moment, right after its
    noun ("op de dag | dat wij uw aangifte ontvangen"), hung by the parse on
    the verb? It stays with its noun, after the active verb."""
    doc = clause.doc
    first = doc[clause.left_edge.i]
    return (
        clause.dep_ == "ccomp"
        and first.lower_ == "dat"
        and first.i > clause.sent.start
        and doc[first.i - 1].lower_ in MOMENT_NOUNS
        and doc[first.i - 1].i < first.i
    )


def _own_clause_after(participle, children, clause) -> bool:
    """Is ``clause`` a clause of its own after the verbs of a passive main
    clause, one that the example can keep as it is? "Zonder deze aanmelding
    wordt de leerling niet vervoerd | en dienen ouders zelf voor vervoer te
    zorgen", "Er wordt gecontroleerd | of …". A joined clause must have its
    own subject ("… en is binnen 8 weken klaar" shares the passive's); any
    other clause opens with its own conjunction, question word or "om"."""
    if participle.dep_ in ("advcl", "acl", "acl:relcl", "ccomp", "csubj", "xcomp") or any(c.dep_ == "mark" for c in children):
        return False  # a subordinate clause: what joins it may end it ("omdat … of omdat …")
    verbs_end = max([participle.i] + [c.i for c in children if c.dep_ in ("aux", "aux:pass", "compound:prt")])
    if clause.left_edge.i <= verbs_end:
        return False
    doc = participle.doc
    first = doc[clause.left_edge.i]
    if first.lower_ in ("en", "maar", "of") and first.i + 1 < len(doc):
        first = doc[first.i + 1]
    if clause.dep_ == "conj":
        if first.lower_ in {"of", "dat"} | QUESTION_WORDS:
            return True
        heads = [clause] + [c for c in clause.children if c.dep_ in ("aux", "aux:pass", "cop")]  # "en hebben | zij …"
        subjects = [g for h in heads for g in h.children if g.dep_ in ("nsubj", "nsubj:pass", "expl")]
        finite = next((h for h in heads if _is_finite(h)), None)
        # the subject must agree with its verb: "… en zullen | uw situatie … behandelen" shares the passive's subject
        return len(subjects) == 1 and finite is not None and _agrees(subjects[0], finite.lower_)
    return first.lower_ in {"of", "dat", "om"} | QUESTION_WORDS


def _bare_participle(token) -> bool:
    """A participle with no verbs or subject of its own ("verwijderd of
    afgesloten"): it shares the passive's verbs."""
    from begrijpelijk.nlp.passive.detect import looks_like_participle  # (it imports this module)

    own = ("nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "expl", "expl:pv")
    return token.pos_ in ("VERB", "ADJ") and looks_like_participle(token.lower_) and not any(c.dep_ in own for c in token.children)


def _finite_outside_clause(phrase) -> bool:
    """Does the phrase hold a finite verb that is not in a clause of its own
    inside it ("Let er goed op dat …" taken as a phrase)?"""
    for token in phrase.subtree:
        if not _is_finite(token):
            continue
        node = _clause_of(token, phrase)
        # (the phrase may be a clause the parse labelled otherwise: "Ook als je … wil werken …")
        opened = node == phrase and any(c.dep_ == "mark" and c.i < token.i for c in phrase.children)
        if (node == phrase and phrase.dep_ not in CLAUSE_DEPS and not opened) or (node != phrase and node.dep_ not in CLAUSE_DEPS):
            return True
    return False


def _subjectless_joined(token, participle) -> bool:
    """A joined verb with a finite verb but no subject of its own, inside a
    clause after the passive: the parse may have joined it to the wrong
    clause ("wordt gezien alsof … is verstrekt | en kan leiden tot …")."""
    if token.dep_ != "conj" or token.head == participle or token.pos_ not in ("VERB", "AUX"):
        return False
    return (_is_finite(token) or _has_verbs(token)) and not any(c.dep_ in ("nsubj", "nsubj:pass", "expl", "expl:pv") for c in token.children)


def _has_verbs(token) -> bool:
    """Does a word the parse took for the head of a part have a finite verb of
    its own ("en zullen uw situatie | zorgvuldig | … behandelen")? Then the part is a clause."""
    return any(c.dep_ in ("aux", "aux:pass", "cop") and _is_finite(c) for c in token.children)


def _is_clause(token) -> bool:
    """A verb, or a word with its own copula ("… en daardoor niet bereikbaar is")."""
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in token.children)


def _then(participle, children):
    """"dan" that opens the passive clause after a condition with the verb
    first: "Heeft u te veel ontvangen, dan kan dat worden verrekend." The
    parse hangs the clause on the condition; it is the main clause."""
    doc = participle.doc
    then = next((c for c in children if c.lower_ == "dan" and c.dep_ == "advmod"), None)
    if then is None or participle.dep_ not in ("advcl", "ccomp", "parataxis") or then.i == 0 or doc[then.i - 1].text != ",":
        return None
    first = doc[participle.sent.start]
    if first.pos_ not in ("VERB", "AUX") or not _is_finite(first):
        return None  # the condition begins with its verb: "Heeft u …", "Komt u …"
    if participle.left_edge.i not in (then.i - 1, then.i):  # the comma may hang on the clause
        return None
    return then


def _joined_clause(participle, children):
    """The "en"/"maar" that opens a passive main clause of its own at the end
    of a sentence: "Bel het meldpunt | en de kalender wordt alsnog opgestuurd."
    The example is that clause, after '… en'. None otherwise."""
    if participle.dep_ != "conj":
        return None
    doc = participle.doc
    cc = doc[participle.left_edge.i]
    if cc.dep_ != "cc" or cc.lower_ not in ("en", "maar") or cc.head.i != participle.i or cc.i == participle.sent.start:
        return None
    if not any(c.dep_ in ("nsubj", "nsubj:pass") for c in children):
        return None
    verbs = [c for c in children if c.dep_ in ("aux", "aux:pass")]
    if not verbs or min(v.i for v in verbs) > participle.i or doc[cc.i + 1].lower_ in QUESTION_WORDS:
        return None  # "… en welke afspraken er gemaakt zijn": the order of a subordinate clause
    if any(c.dep_ == "mark" for c in children):
        return None
    if any(t.is_alpha for t in doc[participle.right_edge.i + 1 : participle.sent.end]):
        return None  # the sentence goes on after the clause
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[participle.sent.start : cc.i]):
        return None  # "De openbare verlichting en de bomen worden vervangen": one subject, not two clauses
    return cc


def _coordinated_tail(participle, children):
    """The part of the sentence after "en"/"of" that is a clause of its own,
    kept word for word: "Hierna worden uw plichten beschreven | en de gevolgen
    als u ze niet nakomt." Only when the parse puts it after everything else
    of the passive clause and it has a subject of its own. None when there is
    no such part."""
    doc = participle.doc
    sentence = participle.sent
    conj = next((c for c in children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > participle.i), None)
    if conj is None:
        return None
    cc = doc[conj.left_edge.i]  # the parse may hang "en" on a word inside the clause
    if cc.dep_ != "cc" or cc.lower_ not in ("en", "of", "maar"):
        return None
    before = [c for c in children if c.i < cc.i and not c.is_punct]
    if any(c.right_edge.i >= cc.i for c in before) or any(c.i > cc.i and c.i != conj.i and not c.is_punct for c in children):
        return None
    subject = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None:
        return None  # "… en kan leiden tot een boete": the same subject, so not a clause to keep as it is
    finite = next((t for t in [conj, *conj.children] if _is_finite(t)), None)
    if finite is not None and not _agrees(subject, finite.lower_):
        return None  # "… en zullen uw situatie … behandelen": "uw situatie" is not what "zullen" goes with
    end = sentence.end
    while end > cc.i and doc[end - 1].is_punct:
        end -= 1
    return doc[cc.i : end]


SENDER_WORDS = frozenset({"wij", "we", "ons", "onze"})


def sender_speaks(words) -> bool:
    """Does the text speak as "wij"? True when it says "wij", "we", "ons" or
    "onze" somewhere. A text that never does is a page about "de gemeente" in
    the third person, information by someone else (a lawyer's page, a news
    item), or a sentence too short to tell: then "wij" would be a guess, and
    the example says '[wie?]'. Speaking to the reader ("u", "je") is no sign:
    pages by others about a benefit do that too (sets H and I of
    benchmarks/data/passief-echt.yaml). ``words``: the text's words, in any case."""
    return any(word.lower() in SENDER_WORDS for word in words)


# words that open a clause of its own after a comma
# verbs whose fixed words may stand at the very end of the main clause, after a clause inside it
# ("brengt … de kosten die … worden | in rekening", "neemt … | in behandeling", "stelt … | op de hoogte")
LIGHT_VERBS = frozenset("brengen nemen stellen houden zetten leggen geven".split())
# words before a conjunction that belong to its clause: "Ook als …", "Zelfs wanneer …"
ALONG_WITH_CONJUNCTION = frozenset("ook zelfs alleen juist vooral pas enkel".split())
NEGATIONS = frozenset("niet nergens geen niemand nooit niets".split())
# conjunctions that are never a word of a phrase ("als" also compares, "dat" and "of" have other uses)
OPENS_ONLY_A_CLAUSE = (SUBORDINATORS - {"als"}) | {"terwijl", "zodat", "tenzij", "mits", "hoewel"}
CLAUSE_OPENERS = SUBORDINATORS | {"dat", "of", "terwijl", "waardoor", "zodat", "tenzij", "mits", "hoewel", "ofwel"}


def _segments(sentence) -> list[tuple[int, int]] | None:
    """The parts of a sentence between its commas and semicolons (not those
    between brackets), as [start, end) token positions; None when a part has
    no finite verb (the commas then list things: "De pasfoto, de
    vingerafdrukken en …") or the sentence has no such mark."""
    doc = sentence.doc
    depth = 0
    cuts = []  # (where a part ends, where the next begins)
    for t in sentence:
        depth += t.text in "(["
        depth -= t.text in ")]"
        if t.text in (",", ";") and depth == 0:
            cuts.append((t.i, t.i + 1))
    if not cuts and sentence[0].lower_ in SUBORDINATORS:
        # a clause in front without its comma: "Omdat de vordering niet is betaald | wordt er beslag gelegd …",
        # where its verbs meet the finite verb of the main clause
        finite = [t.i for t in sentence if _is_finite(t)]
        meet = next((i for i in finite[1:] if doc[i - 1].pos_ in ("VERB", "AUX")), None)
        if meet is not None:
            cuts.append((meet, meet))
    if not cuts:
        return None
    end = sentence.end
    while end > sentence.start and doc[end - 1].is_punct:
        end -= 1
    ends = [c[0] for c in cuts] + [end]
    starts = [sentence.start] + [c[1] for c in cuts]
    parts = list(zip(starts, ends))
    # an infinitive clause in front has no finite verb of its own: "Om de bomen gezond te houden, | wordt …"
    purpose = doc[parts[0][0]].lower_ == "om" and any(t.lower_ == "te" for t in doc[parts[0][0] : parts[0][1]])
    if any(a >= b or not (any(_is_finite(t) for t in doc[a:b]) or (k == 0 and purpose)) for k, (a, b) in enumerate(parts)):
        return None
    return parts


def _front_without_comma(sentence, participle, auxiliary) -> list[tuple[int, int]] | None:
    """A clause in front without its comma, whose verbs do not meet the main
    clause's ("Indien de gemeente meent dat … voor het kappen van de boom |
    wordt het verzoek afgewezen."): the main clause begins at the passive's own
    finite verb when words stand between it and the participle (a main clause
    has them there, a clause with its own conjunction has its verbs together
    at its end), and a finite verb of the clause in front stands before it.
    The two parts as [start, end) token positions, or None."""
    doc = sentence.doc
    if sentence[0].lower_ not in SUBORDINATORS or any(t.text in (",", ";", ":") for t in sentence):
        return None
    own = [auxiliary] + [c for c in participle.children if c.dep_ in ("aux", "aux:pass")]
    # the nearest finite verb before the participle (the parse may hang the front clause's verb on it too)
    verb = max((v for v in own if _is_finite(v) and v.i < participle.i), key=lambda v: v.i, default=None)
    if verb is None:
        return None
    if not (sentence.start + 2 < verb.i < participle.i - 1):
        return None
    before = doc[verb.i - 1]
    if before.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") or before.is_punct or before.lower_ == "te":
        return None  # verbs that meet ("_segments" cuts there), or "… of | wordt er …": a verb after "en" or "of"
    between = doc[verb.i + 1 : participle.i]
    if any(t.pos_ in ("VERB", "AUX") and t not in own for t in between) or all(t in own for t in between):
        return None  # "of er … toestemming | kan worden verleend": the verbs together at the end of a clause
    front = doc[sentence.start : verb.i]
    finite_in_front = sum(_is_finite(t) for t in front)
    if not finite_in_front or finite_in_front > sum(_opens_clause(t) for t in front):
        return None  # every finite verb in front must be one of a clause with its own conjunction
    end = sentence.end
    while end > sentence.start and doc[end - 1].is_punct:
        end -= 1
    return [(sentence.start, verb.i), (verb.i, end)]


# words that make a later "als" compare ("zowel … als", "zo snel als", "hoger als")
COMPARING = frozenset("zowel zo even net evenals zoals ander anders".split())


def _conditional_als(token) -> bool:
    """Does this "als" open a condition ("… toegestaan | als daarvoor een
    vergunning is verleend"), not a comparison? Not after a comparing word
    in the sentence or a comparative right before it ("hoger als")."""
    sentence = token.sent
    before = token.doc[token.i - 1] if token.i > sentence.start else None
    if before is None or before.is_punct or before.pos_ in ("ADP", "DET", "CCONJ", "SCONJ"):
        return False
    if "comp" in (before.tag_ or "") or before.lower_.endswith("er") and before.pos_ in ("ADJ", "ADV"):
        return False
    return not any(t.lower_ in COMPARING for t in sentence if t.i < token.i)


def _trailing_clause(sentence, participle, auxiliary) -> tuple[int, int] | None:
    """A clause with its own conjunction at the end of the sentence, whose
    verbs end it ("Ook ziet u hier | of er heffingskorting wordt toegepast."),
    as [start, end) token positions; None when another finite verb, a comma
    or another conjunction stands between the conjunction and those verbs.
    "als" only when it opens a condition (it also compares: "zowel … als",
    "hoger als"; see ``_conditional_als``).
    """
    doc = sentence.doc
    end = sentence.end
    while end > sentence.start and doc[end - 1].is_punct:
        end -= 1
    cluster = end
    while cluster > sentence.start and (doc[cluster - 1].pos_ in ("VERB", "AUX") or doc[cluster - 1].lower_ == "te"):
        cluster -= 1
    if not (cluster <= participle.i < end and cluster <= auxiliary.i < end):
        return None
    for i in range(cluster - 1, sentence.start, -1):
        token = doc[i]
        if token.lower_ in CLAUSE_OPENERS and (token.lower_ != "als" or _conditional_als(token)):
            # "een vergunning of | toestemming | kan worden verleend": "of" between two nouns right before the verbs
            joins_nouns = token.lower_ == "of" and doc[i - 1].pos_ in ("NOUN", "PROPN") and doc[i + 1].pos_ in ("NOUN", "PROPN") and i + 2 == cluster
            # (nor "op of na 1 april": "of" between two prepositions)
            between_prepositions = token.lower_ == "of" and doc[i - 1].pos_ == "ADP" and doc[i + 1].pos_ == "ADP"
            if joins_nouns or between_prepositions or doc[i - 1].lower_ in ("zowel", "dan", "zo", "niet", "wel") or not any(
                t.pos_ in ("NOUN", "PROPN", "PRON") or t.lower_ == "er" for t in doc[i + 1 : cluster]
            ):
                return None  # "niet of onvoldoende schoon gehouden wordt": "of" joins two words, not a clause
            return i, end
        if token.is_punct or _is_finite(token) or token.pos_ in ("SCONJ", "CCONJ", "VERB", "AUX") or token.lower_ in QUESTION_WORDS:
            return None
    return None


def _by_clause(passive, sender_speaks: bool, parse) -> str | None:
    """The example for a passive clause that is one part of a longer
    sentence, between commas: that part alone is parsed again (a short
    clause parses better than a long sentence) and rewritten, and the rest
    of the sentence stays as it is.

        "De planning is aangepast, in deze brief …" → "[wie?] heeft de planning aangepast, in deze brief …"
        "Zodra de vordering is betaald, wordt …" → "Zodra [wie?] de vordering heeft betaald …"
        "…, omdat er te weinig inkomsten zijn verrekend." → "… omdat [wie?] te weinig inkomsten heeft verrekend."
    """
    from begrijpelijk.nlp.passive.detect import detect  # (it imports this module)

    participle, auxiliary = passive.participle, passive.auxiliary
    sentence = participle.sent
    doc = participle.doc
    if sentence.text.rstrip().endswith("?"):
        return None
    parts = _segments(sentence)
    trailing = _trailing_clause(sentence, participle, auxiliary)
    if parts is None and trailing is None:
        parts = _front_without_comma(sentence, participle, auxiliary)
    if parts is None:
        if trailing is None:
            return None
        parts = [(sentence.start, trailing[1])]
    at = next(k for k, (a, b) in enumerate(parts) if a <= participle.i < b or participle.i < a)
    start, end = parts[at]
    if not (start <= participle.i < end and start <= auxiliary.i < end):
        return None
    if (start - 2 >= sentence.start and doc[start - 2].text.endswith("-")) or doc[end - 1].text.endswith("-"):
        return None  # "groente-, fruit- en tuinafval": a comma inside a list of word parts ends no clause
    if trailing is not None and start < trailing[0] and trailing[1] == end:
        # "Ook ziet u hier | of er heffingskorting wordt toegepast": the clause alone
        start, at = trailing[0], 1
    first = doc[start]
    words = doc[start:end].text
    kind = "main"
    if first.lower_ in CLAUSE_OPENERS:
        kind = "subordinate"
    elif at and first.lower_ == "dan":
        kind = "then"
    elif at and _is_finite(first):
        kind = "verb-first"
        words = "Dan " + words
    elif at and first.lower_ in ("want", "maar", "en") and start + 1 < end:
        kind = "joined"  # "…, want deze informatie wordt gebruikt …": a main clause of its own after the comma
        words = doc[start + 1 : end].text
        first = doc[start + 1]
    # "zonder breken, | scheuren of knippen mag …": a list that goes on after the comma, not a clause of its own
    first_finite_at = next((t.i for t in doc[start:end] if _is_finite(t)), end)
    if kind == "main" and at and doc[start - 2].pos_ in ("NOUN", "VERB") and any(t.lower_ in ("en", "of") for t in doc[start:first_finite_at]):
        return None
    if kind == "main" and (
        (at and first.text[:1].isupper())
        or first.lower_ in QUESTION_WORDS | RELATIVE_SUBJECTS
        or first.lower_.startswith("waar")
        or _is_finite(first)
    ):
        # a name or a new sentence after a comma; "Welke kosten …, hangt af van …", "waarbij …":
        # a part that is no main clause; "Wordt … aangeboden, rijdt hij door": a condition with its verb first
        return None
    mini = parse(words[:1].upper() + words[1:] + ".")
    if len(list(mini.sents)) != 1:
        return None
    found = [p for p in detect(mini) if getattr(p.participle, "text", None) == participle.text]
    if len(found) != 1:
        return None
    # what "we" in the sentence before look into, ask or explain ("Wij bekijken met u | of de schuld … kan
    # worden betaald") someone else may do: the part alone no longer shows that, so "wij" is not sure there
    if kind == "subordinate" and any(t.lower_ in ("wij", "we") for t in doc[sentence.start : start]):
        sender_speaks = False
    # a clause with its own conjunction only as the parse reads it: "Dat" can also be a word that points
    text = _by_tree(found[0], sender_speaks, part=True)
    if text is None and kind != "subordinate":
        text = _by_order(found[0], sender_speaks)
    if text is None or not text.endswith("."):
        return None
    if kind != "subordinate" and not text.startswith("… "):
        # rewritten as the part's main clause, the passive's own verb must be the part's first finite verb:
        # in "…, wordt de termijn opgeschort | tot de aanvullingen zijn ontvangen" the second passive
        # belongs to a clause inside the part
        own = {auxiliary.i} | {c.i for c in participle.children if c.dep_ in ("aux", "aux:pass")}
        first_finite = next((t for t in doc[start:end] if _is_finite(t)), None)
        if first_finite is None or first_finite.i not in own:
            return None
    if kind == "subordinate":
        # the conjunction must open the passive clause in the new parse: in "Omdat de vordering niet
        # (geheel) is betaald" read with "geheel" as a clause of its own, "Omdat" opens that one
        opener, verb = mini[0], found[0].participle
        if opener.dep_ != "mark" or not (opener.head == verb or (opener.head.head == verb and opener.head.dep_ in ("nsubj", "nsubj:pass"))):
            return None
    core = text[:-1]
    before = doc[sentence.start : start].text_with_ws
    after = doc[end : sentence.end].text
    goes_on = any(t.is_alpha for t in doc[end : sentence.end])
    if kind == "subordinate":  # (the conjunction opens the part, so the example has no '…' in front)
        if not at:
            return core + (" …" if goes_on else ".")
        return "… " + _lower_first(core) + (" …" if goes_on else ".")
    if core.startswith("… "):  # a clause inside the part ("We leggen uit | wanneer …"): the clause alone,
        # when the comma says where it ends (at the end of the sentence a "zodat …" may or may not be its own)
        return core + " …" if goes_on else None
    if kind == "joined":
        if core.split()[0].lower() not in ("wij", "we", "u", "[wie?]"):
            return None
        return "… " + doc[start].text + " " + _lower_first(core) + (" …" if goes_on else ".")
    if kind == "verb-first":
        if not core.startswith("Dan "):
            return None
        core = core[len("Dan "):]
    elif at:
        head = core.split()[0]
        if head.lower() not in ("dan", "wij", "we", "u", "[wie?]"):
            return None
        core = _lower_first(core)
    return before + core + after

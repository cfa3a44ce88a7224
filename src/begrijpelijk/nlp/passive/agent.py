"""Who does it: the "door"-phrase of a passive, or a plausible doer ("wij"
only when the text speaks as "wij" and the verb is the sender's), or '[wie?]'.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from begrijpelijk.nlp.passive.verbs import is_finite, verb_known, verb_lemma
from begrijpelijk.nlp.passive.words import WH_WORDS


# verbs that, in a letter, the sending organisation does
SENDER_VERBS = frozenset(
    """aanpassen afhandelen afwijzen beëindigen behandelen beoordelen berekenen beslissen besluiten
    bekijken bellen benaderen bevestigen bezoeken controleren doorsturen herzien informeren innen inhouden
    inspecteren intrekken invorderen nemen onderzoeken ontvangen opleggen opnemen stopzetten
    sturen terugvorderen toekennen toesturen uitbetalen uitnodigen verhogen verlagen verlengen
    verrekenen versturen verwerken vaststellen verstrekken goedkeuren opsturen registreren wijzigen
    afschrijven verzenden kwijtschelden legen toetsen beschrijven""".split()
)

AGENT_PRONOUNS = {"ons": ("wij", True), "u": ("u", False), "hen": ("zij", True), "hem": ("hij", False)}

# verbs whose "door"-phrase can be the new thing instead of the doer: "vervangen door nieuw materiaal"
# ("gedeeld door het aantal maanden": what it is divided by)
REPLACED_BY = frozenset({"vervangen", "delen"})

# nouns in -ing that name who does something, not what causes it ("door overtreding van …" is a cause)
AGENT_ING = frozenset("stichting vereniging regering instelling afdeling leiding vertegenwoordiging opleiding uitkeringsinstelling".split())

# words that say who alone: "mag enkel worden aangevraagd door de eigenaar" ≠ "de eigenaar mag … enkel aanvragen"
FOCUS = frozenset("alleen enkel slechts uitsluitend".split())

SENDER_WORDS = frozenset({"wij", "we", "ons", "onze"})


@dataclass(frozen=True)
class Agent:
    """Who does it, as the example writes it ("wij", "de gemeente",
    '[wie?]'), and whether the active verb takes the plural."""

    text: str
    plural: bool


def says_how(door) -> bool:
    """Is this "door" not who but how or where through: "door middel van",
    "door het uitvoeren van …" (a verb as noun), "door het jaar heen"?"""
    doc = door.doc
    following = [t.lower_ for t in doc[door.i + 1 : door.sent.end]]
    if following[:1] == ["middel"]:
        return True
    if following[:1] == ["het"] and len(following) > 1 and following[1].endswith("en") and verb_known(following[1]):
        return True
    return "heen" in following[:6]


def without_how(text: str) -> str:
    """The text without its "door"-phrases that say how ("door middel van",
    "door het uitvoeren", "door het jaar heen"), to look for a doer left behind."""
    text = re.sub(r"\bdoor middel van\b", "", text)
    text = re.sub(r"\bdoor het \w+en\b", "", text)
    return re.sub(r"\bdoor (\w+ ){1,4}heen\b", "", text)


def phrases_under(doer) -> list:
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
    end = min([doer.right_edge.i + 1] + [c.left_edge.i for c in phrases_under(doer) + after if c.i > doer.i])
    return doc[start:end].text


def agent_of(participle):
    """The "door …" phrase of a passive (who does it), or None; never "door
    middel van …", which says how, not who."""
    for child in participle.children:
        if child.dep_ in ("obl:agent", "obl") and child.lower_ != "middel" and any(c.lower_ == "door" and c.i < child.i and not says_how(c) for c in child.children):
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
            and not says_how(doc[start])
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[start : child.right_edge.i + 1])
        ):
            return child
    # a parse that hangs "door" on the verb itself: "wordt door | ons | behandeld"
    for child in participle.children:
        if child.lower_ == "door" and not says_how(child) and child.i + 1 < len(doc) and doc[child.i + 1].head.i == participle.i:
            return doc[child.i + 1]
    return None


def named_doer(participle):
    """The "door"-phrase that names who does it, as the advice may quote it;
    None for a verb whose "door" says something else ("gedeeld door het
    aantal maanden", "vervangen door nieuw materiaal")."""
    if verb_lemma(participle) in REPLACED_BY:
        return None
    return agent_of(participle)


def named_subject(participle) -> str | None:
    """Who the "door"-phrase names, as the subject of an active sentence
    begins: "door de gemeente" → "de gemeente", "door ons" → "wij"; None
    without a "door"-phrase that names who does it."""
    doer = named_doer(participle)
    if doer is None:
        return None
    who = doer_words(doer)
    return AGENT_PRONOUNS.get(who.lower(), (who, False))[0]


def plain_doer(doer) -> bool:
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

    if any(t.text == "," or (is_finite(t) and not in_relative_clause(t)) for t in words):
        return False
    if any(c.pos_ in ("VERB", "AUX") and c.dep_ == "amod" and c.i > doer.i for c in doer.children):
        return False
    if sum(t.lower_ == "door" for t in words) > 1 or (doer.i + 1 < len(doc) and doc[doer.right_edge.i + 1].lower_ == "door"):
        return False
    # a bare noun in -ing is what causes it ("door overtreding van …", "door verzakking"); "door de beschikking" names a thing
    bare = not any(c.dep_ in ("det", "nmod:poss") for c in doer.children)
    head = doer.lower_
    return not (bare and head.endswith("ing") and not any(head.endswith(a) for a in AGENT_ING))


def is_plural(token) -> bool:
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
    return Agent("".join(t.text_with_ws for t in words).strip(), is_plural(head))


def who_does_it(participle, subject, verb: str, doer, obliged: bool = False, sender_speaks: bool = True) -> Agent | None:
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


def doer_before_verbs(tokens, doors: list[int], start: int) -> int | None:
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


def named_agent(phrase) -> Agent | None:
    """The doer that a "door"-phrase names, read from its words: "de
    gemeente", "het bestuur", "ons" → "wij"."""
    head = phrase[-1]
    if not _agent_pronoun(phrase):
        if any(t.pos_ == "PRON" and t.dep_ != "det" and "prenom" not in (t.tag_ or "") for t in phrase):
            return None
        if not is_plural(head) and "Sing" not in head.morph.get("Number") and head.lower_.endswith(("en", "s")):
            return None  # the form does not say one or more
    return _doer_agent(phrase, head)


def sender_speaks(words) -> bool:
    """Does the text speak as "wij"? True when it says "wij", "we", "ons" or
    "onze" somewhere. A text that never does is a page about "de gemeente" in
    the third person, information by someone else (a lawyer's page, a news
    item), or a sentence too short to tell: then "wij" would be a guess, and
    the example says '[wie?]'. Speaking to the reader ("u", "je") is no sign:
    pages by others about a benefit do that too (sets H and I of
    benchmarks/data/passief-echt.yaml). ``words``: the text's words, in any case."""
    return any(word.lower() in SENDER_WORDS for word in words)

"""The rewrite by word order: the example for a passive main clause of the
simplest shape, read from the order of its words instead of from the parse.

    front | finite verb | middle | verb cluster | after .
    "Deze werkzaamheden | worden | van 30 maart tot en met 3 mei | uitgevoerd | ."
    "Per bezwaarschrift | wordt | maximaal een half uur | uitgetrokken | ."
    "De aangifte | dient | | te worden gedaan | binnen veertien dagen …"

The parse can hang such words in odd places ("woensdag" under "worden")
while their order still says all. Only one finite verb, no second
participle, no "door"-phrase but one right before the verbs, no question
word, and a comma only after a clause in front ("Zolang …, | wordt …"):
anything else is left to the parse or gets no example. A clause in front
or after the verbs ("… als u …") stays as it is. The front is the subject
when the parse says so and it is no time ("Maandag 1 juli"); a word like
"Per …", "Daarom" or "Er" in front stays in front.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from begrijpelijk.nlp.passive.agent import (
    FOCUS,
    REPLACED_BY,
    doer_before_verbs,
    named_agent,
    says_how,
    who_does_it,
)
from begrijpelijk.nlp.passive.detect import looks_like_participle
from begrijpelijk.nlp.passive.guards import MARKS, agrees, kept_words, negated_indefinite, sound
from begrijpelijk.nlp.passive.verbs import (
    DIENEN,
    OBLIGATION,
    PASSIVE_FINITE,
    WORDEN_PAST,
    WORDEN_PRESENT,
    ZIJN_PAST,
    ZIJN_PRESENT,
    active_verbs,
    is_finite,
    verb_lemma,
)
from begrijpelijk.nlp.passive.words import (
    CLAUSE_MARKS,
    LIST_MARKS,
    OBJECT_PRONOUNS,
    QUESTION_WORDS,
    SENTENCE_ADVERBS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TIME_NOUNS,
    keeps_capital,
    lower_first,
    opens_clause,
    particle_collides,
)


@dataclass
class _Order:
    """The sentence as a row of words, and where its parts are in it
    (positions in ``tokens``)."""

    passive: Any
    sender_speaks: bool
    tokens: list  # the sentence's words, without a list dash and the full stop
    lemma: str
    at: int = 0  # the participle
    start: int = 0  # the verb cluster around it: tokens[start : end + 1]
    end: int = 0
    cluster: list = field(default_factory=list)  # its other verbs: "worden", "zijn", "te"
    depth: list = field(default_factory=list)  # how deep between brackets each word stands
    tail: int = 0  # where a clause after the verbs begins
    lead: int = 0  # where the main clause begins, after a clause in front
    door_at: int | None = None
    f: int = 0  # the finite verb
    rest: str = ""  # the clause after the verbs, as it stands
    front: list = field(default_factory=list)
    middle: list = field(default_factory=list)
    after: list = field(default_factory=list)
    modal: str | None = None
    subject_front: bool = False
    expletive: bool = False  # "Er wordt …"
    subject: Any = None
    head: Any = None  # the subject's head when it is the front
    obj: str = ""
    changed: Any = None  # a pronoun that changes as object
    agent: Any = None
    finite: str = ""
    final: list = field(default_factory=list)

    @property
    def participle(self):
        return self.passive.participle

    @property
    def lower(self) -> list[str]:
        return [t.lower_ for t in self.tokens]

    @property
    def main(self) -> list:
        return self.tokens[self.lead : self.tail]

    @property
    def finite_word(self) -> str:
        return self.tokens[self.f].lower_


def by_order(passive, sender_speaks: bool = True) -> str | None:
    """The example read from the order of the words (see above), or None."""
    o = _read(passive, sender_speaks)
    if o is None:
        return None
    for step in (_clause_after, _clause_in_front, _doer, _one_clause, _parts, _new_modal, _front_is, _object, _who_and_verbs):
        if not step(o):
            return None
    return _example(o)


def _read(passive, sender_speaks: bool) -> _Order | None:
    """The words of a whole sentence that ends with a full stop, and the verb cluster."""
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
    lemma = verb_lemma(participle)
    if lemma is None:
        return None
    o = _Order(passive, sender_speaks, tokens, lemma)
    lower = o.lower
    o.at = next(i for i, t in enumerate(tokens) if t.i == participle.i)
    # the verb cluster around the participle: "worden verhoogd", "verhoogd te worden", "ontvangen zijn"
    o.start, o.end = o.at, o.at
    while o.start > 0 and lower[o.start - 1] in ("worden", "zijn", "te"):
        o.start -= 1
    while o.end + 1 < len(tokens) and lower[o.end + 1] in ("worden", "zijn", "te"):
        o.end += 1
    o.cluster = [w for w in lower[o.start : o.end + 1] if w != participle.lower_]
    return o


def _clause_after(o: _Order) -> bool:
    """A clause after the verbs stays as it is: "… afgehandeld | als u deze
    vóór 15 mei heeft ingediend", "… uitgegeven op één kenteken | waarvan …",
    "Dan wordt er verwacht | dat u …"."""
    tokens, lower = o.tokens, o.lower
    # (words between brackets do not count: "(inclusief het keukentafelgesprek)" is no clause)
    o.depth = list(accumulate((t.text == "(") - (t.text == ")") for t in tokens))
    # (a question word right after the verbs opens what is explained or asked: "wordt uitgelegd | wie …")
    o.tail = next(
        (j for j in range(o.end + 1, len(tokens)) if (opens_clause(tokens[j]) or (j == o.end + 1 and lower[j] in QUESTION_WORDS)) and not o.depth[j]),
        len(tokens),
    )
    if o.tail < len(tokens) and not any(is_finite(t) for t in tokens[o.tail :]):
        return False  # no verb: not a clause of its own
    if o.tail < len(tokens) and lower[o.tail - 1] == ",":
        o.tail -= 1
    return True


def _clause_in_front(o: _Order) -> bool:
    """A clause in front stays as it is: "Zolang uw aanvraag in behandeling is, | wordt …", "Als …, dan | wordt …"."""
    lower = o.lower
    commas = [i for i, w in enumerate(lower[: o.tail]) if w == ","]
    o.lead = 0
    if commas:
        if len(commas) != 1 or lower[0] not in SUBORDINATORS or not any(t.pos_ in ("AUX", "VERB") for t in o.tokens[: commas[0]]):
            return False
        o.lead = commas[0] + 1 + (lower[commas[0] + 1 : commas[0] + 2] == ["dan"])
    return True


def _doer(o: _Order) -> bool:
    """A doer: "door" + a noun phrase right before the verbs ("Dan wordt uw
    aanvraag | door de gemeente | beoordeeld"); a "door" elsewhere the order
    cannot place; "door middel van" is no doer."""
    doors = [i for i, t in enumerate(o.main, o.lead) if t.lower_ == "door" and not says_how(t)]
    o.door_at = doer_before_verbs(o.tokens, doors, o.start)
    if doors and (o.door_at is None or o.lemma in REPLACED_BY):
        return False
    # "kan alleen door een advocaat worden ingediend": "alleen" goes with the doer, as in by_tree
    return not (o.door_at is not None and any(t.lower_ in FOCUS for t in o.tokens[o.lead : o.door_at]))


def _one_clause(o: _Order) -> bool:
    """One simple clause: no question word, one finite verb, no other verb."""
    lower, start, end, lead = o.lower, o.start, o.end, o.lead
    if any(
        (opens_clause(t) and not o.depth[i]) or "Int" in t.morph.get("PronType") or t.lower_ in QUESTION_WORDS for i, t in enumerate(o.main, lead)
    ):  # "Waarom uw uitkering wordt beëindigd": a question word makes it no simple clause
        return False
    finite_at = [i for i, t in enumerate(o.main, lead) if t.pos_ in ("AUX", "VERB") and lower[i] in PASSIVE_FINITE and not start <= i <= end]
    if len(finite_at) != 1 or not 0 < finite_at[0] < start or (lead and finite_at[0] != lead):
        return False  # no front, or more verbs than one clause has
    o.f = f = finite_at[0]
    for i, t in enumerate(o.main, lead):
        if i == f or start <= i <= end or t.pos_ not in ("AUX", "VERB"):
            continue
        # a verb used as a noun ("na het opleggen") or as an adjective ("losliggend", "de gemaakte afspraak")
        # may stay; another participle ("ingevuld en ondertekend") may not
        tag = t.tag_ or ""
        nominal = i > 0 and lower[i - 1] == "het" and not tag.startswith("WW|vd")
        adjective = tag.startswith("WW|od") or (tag.startswith("WW|vd") and "prenom" in tag)
        if not nominal and not adjective:
            return False
    tokens = o.tokens
    # "om … te …": a clause of its own (not "te veel betaalde uitkering")
    return not any(lower[i] == "te" and i + 1 < len(tokens) and tokens[i + 1].pos_ in ("VERB", "AUX") for i in [*range(lead, start), *range(end + 1, o.tail)])


def _parts(o: _Order) -> bool:
    """The front, the middle and what comes after the verbs; the clause after them apart."""
    tokens, tail, f = o.tokens, o.tail, o.f
    o.rest = o.participle.doc[tokens[tail].i : tokens[-1].i + 1].text if tail < len(tokens) else ""
    o.tokens = tokens = tokens[:tail]
    # (a doer stands between the finite verb and the verbs at the end: it is not part of the middle)
    o.front, o.middle, o.after = tokens[:f], tokens[f + 1 : o.door_at if o.door_at is not None else o.start], tokens[o.end + 1 :]
    front, after = o.front, o.after
    if any(is_finite(t) for t in tokens[o.lead : f]) or (front and front[0].lower_ == "niet"):
        return False  # "Het betreft … waarin om informatie | wordt gevraagd": a verb of another clause in front;
        # "Niet iedere voordracht wordt echter …": the negation moves, and the words around it
    if any(t.pos_ == "CCONJ" and j + 1 < len(after) and looks_like_participle(after[j + 1].lower_) for j, t in enumerate(after)):
        return False  # "goedgekeurd of afgekeurd", whatever the tagger made of the second
    # "er … naar gekeken": a preposition without its word
    return not any(t.pos_ == "ADP" and (i + 1 == len(tokens) or i + 1 == o.start) for i, t in enumerate(tokens))


def _new_modal(o: _Order) -> bool:
    """The verbs of the new sentence: "wordt/is … gedaan", "kan … worden gedaan", "moet … zijn gedaan"."""
    finite_word, cluster = o.finite_word, o.cluster
    if finite_word in WORDEN_PRESENT | WORDEN_PAST | ZIJN_PRESENT | ZIJN_PAST:
        return not cluster
    if finite_word in DIENEN:
        # "dient … te worden gedaan" → "moet … doen": "dienen" is officialese itself
        if cluster not in (["te", "worden"], ["te", "zijn"]):
            return False
        o.modal, o.cluster = DIENEN[finite_word], cluster[1:]
        return True
    if cluster in (["worden"], ["zijn"]):
        o.modal = finite_word
        return True
    return False


def _front_is(o: _Order) -> bool:
    """Who the subject is: the front, or something after the verb."""
    front, lead = o.front, o.lead
    subjects = [t for t in o.main if t.dep_ in ("nsubj", "nsubj:pass")]
    front_lower = [t.lower_ for t in front]
    o.expletive = expletive = front_lower == ["er"]
    # ("Eind 2009": a year in front makes it a time)
    time = any(w in TIME_NOUNS or (w.isdigit() and len(w) == 4 and w.startswith(("19", "20"))) for w in front_lower) or front[0].pos_ == "NUM"
    # (a clause in front is never the subject; "Ook deze termijn": a word like "ook" may stand before the subject)
    o.subject_front = subject_front = not lead and not expletive and not time and (
        (front[0].pos_ not in ("ADP", "ADV", "ADJ", "SCONJ", "CCONJ") and any(t in front for t in subjects))
        or (front[0].pos_ == "ADV" and len(front) > 1 and any(t in front[1:] for t in subjects))
    )
    if subject_front and len(front) == 1 and front[0].lower_ in SENTENCE_ADVERBS:
        return False  # "Allereerst moet …", tagged as a name and taken for the subject
    if not subject_front and not expletive and front[0].pos_ not in ("ADP", "ADV") and not time and not lead:
        return False  # a front that is not sure to be the subject nor something else
    o.subject = next((t for t in subjects if (t in front) == subject_front), None)
    if subject_front:
        o.head = next(t for t in front if t in subjects)
    return True


def _object(o: _Order) -> bool:
    """The subject in front becomes the object; a pronoun changes form."""
    front, middle = o.front, o.middle
    if o.subject_front and any(
        t.pos_ == "PRON" and "Prs" in t.morph.get("PronType") and t.dep_ != "det" and (i == 0 or middle[i - 1].pos_ != "ADP") for i, t in enumerate(middle)
    ):
        return False  # "De brief wordt u toegestuurd": "u" would have to go before "de brief"
    if o.subject_front:
        head = o.head
        if len(front) == 1 and head.pos_ == "PRON":
            if head.lower_ not in OBJECT_PRONOUNS:
                return False
            o.obj = OBJECT_PRONOUNS[head.lower_]
            o.changed = head
        else:
            if keeps_capital(front[0]):
                return False  # a name keeps its capital; not sure which
            o.obj = lower_first(o.participle.doc[front[0].i : front[-1].i + 1].text)
    elif any(t.pos_ == "PRON" and t.lower_ in SUBJECT_PRONOUNS | {p for p, w in OBJECT_PRONOUNS.items() if w != p} for t in middle):
        return False  # "wordt hij …": the pronoun would have to change, and the parse does not say which one it is
    return True


def _who_and_verbs(o: _Order) -> bool:
    """Who does it, and the active verbs for that doer."""
    if negated_indefinite(o.front[0] if o.subject_front else o.subject, o.middle + o.after):
        return False
    if not agrees(o.head if o.subject_front else o.subject, o.finite_word):
        return False  # the parse found another subject than the verb's
    obliged = o.finite_word in OBLIGATION
    if o.door_at is not None:
        o.agent = named_agent(o.tokens[o.door_at + 1 : o.start])
    else:
        o.agent = who_does_it(o.participle, o.subject, o.lemma, None, obliged, o.sender_speaks)
    if o.agent is None:
        return False
    new_verbs = active_verbs(
        o.agent, o.lemma, o.participle, o.finite_word, o.modal, done=o.cluster == ["zijn"], alone=not o.subject_front and o.subject is None
    )
    if new_verbs is None:
        return False
    o.finite, o.final = new_verbs
    return True


def _example(o: _Order) -> str | None:
    """The example's text, checked by ``sound``."""
    participle, agent, finite, final = o.participle, o.agent, o.finite, o.final
    keep = [t for t in o.middle + o.after if not (t.lower_ == "er" and t.dep_ in ("advmod", "expl", "expl:pv"))]
    words_middle = [t.text for t in keep if t.i < participle.i]
    words_after = [t.text for t in keep if t.i > participle.i]
    if words_after and particle_collides(final, words_after[0]):
        # "haalt grofvuil aan huis op | op de eerste woensdag": what came after the verb goes before it
        words_middle, words_after = words_middle + words_after, []
    if o.subject_front:
        words = [agent.text, finite, o.obj, *words_middle, *final, *words_after]
    elif o.expletive:
        words = [agent.text, finite, *words_middle, *final, *words_after]
    else:
        front_text = participle.doc[o.front[0].i : o.front[-1].i + 1].text
        words = [front_text, finite, agent.text, *words_middle, *final, *words_after]
    text = " ".join(w for w in words if w)
    text = re.sub(r"\( ", "(", re.sub(r" ([).])", r"\1", text))
    if o.rest:
        text += ("" if o.rest.startswith(",") else " ") + o.rest
    said = text.lower().split()
    if any(a == b for a, b in zip(said, said[1:])):
        return None  # "haalt … op op de eerste woensdag"
    text = text[:1].upper() + text[1:] + "."
    tokens, start = o.tokens, o.start
    gone = [tokens[o.f], participle, *(tokens[i] for i in range(start, o.end + 1) if i != o.at), *([o.changed] if o.changed else [])]
    added = [agent.text, finite, *final, o.obj if o.changed else ""]
    marks = Counter(t.text for t in tokens if t.text in MARKS)
    dropped = {t.i for t in gone} | {t.i for t in tokens if t.lower_ == "er"}
    if o.door_at is not None:  # "door ons" → "wij": the doer's words go, its new form comes
        gone += tokens[o.door_at : start]
        dropped |= {t.i for t in tokens[o.door_at : start]}
    return text if sound(text, participle.sent, gone, added, marks, kept_words(tokens, dropped)) else None

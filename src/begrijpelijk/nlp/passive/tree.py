"""The rewrite by tree: the active example read from the parse.

"Uw aanvraag wordt door ons behandeld" → "Wij behandelen uw aanvraag."

``by_tree`` is a list of steps over one ``Clause``: each step reads one
thing from the parse (the subject, a question, who does it, the verbs, the
word that opens the clause, where every other word goes) or gives up; then
every word gets its place and the example is written as a clause with its
own conjunction or as a main clause (tree_text.py), and the guards check it.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from begrijpelijk.nlp.passive.agent import agent_of, who_does_it
from begrijpelijk.nlp.passive.guards import (
    agrees,
    is_time,
    lone_adverb,
    negated_indefinite,
    number_of,
    subject_misread,
    unsure_doer,
    unsure_verbs,
)
from begrijpelijk.nlp.passive.segments import (
    coordinated_tail,
    joined_clause,
    relative_opener,
    then_opener,
    unsure_clauses,
    whole_sentence,
)
from begrijpelijk.nlp.passive.tree_text import (
    all_placed,
    front_reads,
    main_example,
    no_verb_twice,
    phrases,
    place_words,
    sound_needs,
    subordinate_example,
)
from begrijpelijk.nlp.passive.verbs import (
    MODALS,
    OBLIGATION,
    PLURAL_FINITE,
    ZIJN_PRESENT,
    active_verbs,
    is_finite,
    verb_lemma,
)
from begrijpelijk.nlp.passive.words import OBJECT_PRONOUNS, POSSESSIVES, QUESTION_WORDS, WH_WORDS, edges, phrase_text


@dataclass
class Clause:
    """What the parse says of the passive clause, filled in step by step
    (spaCy tokens, or None where the clause has no such word)."""

    passive: Any
    sender_speaks: bool
    lemma: str
    children: list
    complement: bool  # a clause with its own conjunction, whatever noun the parse hung it on
    relative: Any  # the word that opens a relative clause around the passive
    tail: Any = None  # a clause after "en"/"of" kept word for word
    subject: Any = None
    dated: Any = None  # "Maandag 1 juli 2019 wordt gestart met …": a date in front, taken for the subject
    joined: Any = None  # the "en" of "… en de kalender wordt alsnog opgestuurd"
    question: bool = False
    asked: Any = None  # the subject that asks: "Welke stukken" in "Welke stukken moeten worden meegestuurd?"
    verb_first: Any = None  # "(En) worden de kosten … vergoed?": a yes/no question opens with its verb
    opener: Any = None  # the "En" in front of it
    own_order: bool = False  # a question whose main clause keeps its own order
    doer: Any = None
    agent: Any = None
    modal: Any = None
    others: list = field(default_factory=list)  # more forms of worden/zijn
    mark: Any = None  # the word that opens the clause
    then: Any = None  # "dan" after a condition with its verb first
    subordinate: bool = False
    impersonal: bool = False
    finite: str = ""
    final: list = field(default_factory=list)
    obj: str = ""
    swapped: Any = None  # a pronoun that changes as object ("hij" → "hem"); other subjects move whole
    skip: set = field(default_factory=set)
    rest_before: list = field(default_factory=list)
    rest_after: list = field(default_factory=list)
    front: Any = None
    subject_tail: Any = None  # a phrase the parse hung on the verb that belongs to the subject in front
    resumed: Any = None  # "Als …, dan wordt …": "dan" takes up the clause in front
    clause_start: int = 0
    clause_end: int = 0
    gone: list = field(default_factory=list)
    added: list = field(default_factory=list)
    marks: Counter = field(default_factory=Counter)
    kept: Counter = field(default_factory=Counter)
    how: Any = None  # "Hoe vaak …": the word after "hoe"
    middle: list = field(default_factory=list)
    after: list = field(default_factory=list)

    @property
    def participle(self):
        return self.passive.participle

    @property
    def auxiliary(self):
        return self.passive.auxiliary

    @property
    def doc(self):
        return self.passive.participle.doc

    @property
    def sentence(self):
        return self.passive.participle.sent


def by_tree(passive, sender_speaks: bool = True, part: bool = False) -> str | None:
    """The example from the parse. ``part``: the passive is in one part of a
    sentence, parsed alone (``by_clause``), so a clause may be all there is."""
    c = _read(passive, sender_speaks)
    if c is None:
        return None
    steps = (
        _one_clause, _find_subject, _subject_reads, _read_question, _find_doer, _find_verbs, _find_mark,
        _subordinate_subject, _new_verbs, _object, place_words, front_reads, all_placed, sound_needs,
        no_verb_twice, phrases,
    )
    for step in steps:
        if not step(c):
            return None
    return subordinate_example(c, part) if c.subordinate else main_example(c)


def _read(passive, sender_speaks: bool) -> Clause | None:
    """The verb and the kind of clause; None for a participle inside a noun phrase."""
    participle = passive.participle
    if not whole_sentence(participle.sent, strict=False):
        return None  # "… aan de hand van de Regeling Eisen Geschiktheid | 2000.": the parse ended the sentence early
    lemma = verb_lemma(participle)
    if lemma is None:
        return None
    children = list(participle.children)
    complement = participle.dep_ in ("acl", "acl:relcl") and any(
        c.dep_ == "mark" and c.pos_ == "SCONJ" and c.i == participle.left_edge.i for c in children
    )  # "het risico dat het bedrag wordt verhoogd", "de aanvraag voordat de kosten …": a clause with its own
    # conjunction, whatever noun the parse hung it on (the example is that clause alone)
    relative = relative_opener(participle)  # "de kosten die … worden gemaakt", "de zone waarin …"
    if participle.dep_ in ("acl", "acl:relcl", "amod", "nmod", "appos", "obj", "nsubj") and not complement and relative is None:
        return None  # a participle inside a noun phrase, or a relative clause that does not open with its own word
    c = Clause(passive, sender_speaks, lemma, children, complement, relative)
    c.tail = coordinated_tail(participle, children)
    if c.tail is not None:
        c.children = [t for t in children if t.i < c.tail.start]
    return c


def _one_clause(c: Clause) -> bool:
    return not unsure_clauses(c.participle, c.auxiliary, c.children)


def _the_subjects(children) -> list | None:
    """The subjects the parse hung on the participle, less those that are
    none; None when more than one is left."""
    subjects = [c for c in children if c.dep_ in ("nsubj:pass", "nsubj")]
    if len(subjects) > 1:  # "Uw uitkering wordt volgende maand stopgezet": a time is no subject
        # (nor is what "als" says it is: "De erkenning wordt | als latere vermelding | … opgenomen")
        subjects = [c for c in subjects if not is_time(c) and not lone_adverb(c) and not any(g.dep_ == "mark" and g.lower_ == "als" for g in c.children)]
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
    return subjects


def _find_subject(c: Clause) -> bool:
    subjects = _the_subjects(c.children)
    if subjects is None:
        return False
    subject = subjects[0] if subjects else None
    if subject is not None and lone_adverb(subject):
        return False  # "Afsluitend wordt … een nieuwe asfaltlaag aangebracht": the adverb in front taken for the subject
    auxiliary = c.auxiliary
    finite_word = next((t.lower_ for t in c.children if t.dep_ in ("aux", "aux:pass") and is_finite(t)), auxiliary.lower_)
    if (
        subject is not None and is_time(subject) and subject.left_edge.i == c.sentence.start and subject.right_edge.i < auxiliary.i
        and not (finite_word in PLURAL_FINITE and number_of(subject) == "Plur")  # "De resterende dagen … worden": the subject
    ):
        c.dated, subject = subject, None
    if subject is None and c.dated is None:  # the parse may hang the subject on the modal or the auxiliary
        verbs = [t for t in c.children if t.dep_ in ("aux", "aux:pass")]
        subject = next((g for v in verbs for g in v.children if g.dep_ in ("nsubj:pass", "nsubj")), None)
    if subject is None and c.participle.dep_ == "conj":
        return False  # the subject is shared with another verb
    c.subject = subject
    return True


def _subject_reads(c: Clause) -> bool:
    c.joined = joined_clause(c.participle, c.children) if c.subject is not None else None
    return not subject_misread(c.subject, c.relative, c.auxiliary, c.children, c.sentence)


def _read_question(c: Clause) -> bool:
    sentence = c.sentence
    c.question = sentence.text.rstrip().endswith("?")
    if c.question:
        first = sentence[0]
        if first.lower_ in ("en", "maar", "of") and len(sentence) > 1:
            c.opener, first = first, sentence[1]
        if c.tail is None and c.dated is None and any(t.i == first.i and t.dep_ in ("aux", "aux:pass") for t in c.children):
            c.verb_first = first
        elif c.opener is not None or first.lower_ not in QUESTION_WORDS or c.tail is not None:
            c.own_order = True  # another kind of question keeps its own order
        if c.subject is not None and c.subject.left_edge.i == first.i:
            c.asked = c.subject
        return True
    # "Is aan u een aanslag opgelegd …, dan …": a condition with its verb first keeps that order
    return not any(t.i == sentence.start and t.dep_ in ("aux", "aux:pass") and is_finite(t) for t in c.children)


def _find_doer(c: Clause) -> bool:
    c.doer = agent_of(c.participle)
    if unsure_doer(c.participle, c.doer, c.subject, c.lemma, c.children):
        return False
    obliged = any(t.dep_ in ("aux", "aux:pass") and t.lower_ in OBLIGATION for t in c.children)
    c.agent = who_does_it(c.participle, c.subject, c.lemma, c.doer, obliged, c.sender_speaks)
    return c.agent is not None


def _find_verbs(c: Clause) -> bool:
    c.modal = next((t for t in c.children if t.dep_ in ("aux", "aux:pass") and t.lower_ in MODALS), None)
    c.others = [t for t in c.children if t.dep_ in ("aux", "aux:pass", "cop") and t not in (c.auxiliary, c.modal)]
    return not unsure_verbs(c.participle, c.children, c.others)


def _opening_word(c: Clause):
    """The word that opens the clause: a relative pronoun, a conjunction, or
    a question word ("… staat waarom uw uitkering wordt beëindigd")."""
    doc, participle, subject = c.doc, c.participle, c.subject
    mark = c.relative if c.relative is not None else next((t for t in c.children if t.dep_ == "mark" and t != c.opener), None)
    if mark is None and subject is not None:
        # "Als uw verzoek … is afgewezen" parsed with "Als" under "verzoek": it still opens the clause
        first = doc[subject.left_edge.i]
        if first.dep_ == "mark" and first.pos_ == "SCONJ" and first.head == subject and first.i == participle.left_edge.i:
            mark = first
    if mark is None and participle.dep_ in ("ccomp", "advcl"):
        first = doc[participle.left_edge.i]
        # ("Hierin staat | hoeveel er wordt teruggevorderd": "hoeveel" alone, not "hoeveel geld")
        alone = first.lower_ == "hoeveel" and first.i + 1 < len(doc) and doc[first.i + 1].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")
        if (first.lower_ in WH_WORDS or alone) and first.head.i == participle.i:
            mark = first
    return mark


def _find_mark(c: Clause) -> bool:
    participle = c.participle
    mark = c.mark = _opening_word(c)
    if mark is not None and mark.pos_ == "CCONJ" and mark.lower_ in ("maar", "en", "want"):
        return False  # "Maar er worden …": a word that joins, parsed as one that opens a clause
    if mark is not None and mark.lower_ in ("te", "dan", "om"):
        # "lager dan € 50,00 worden …" compares, "dient er direct te worden gehandeld" is an infinitive,
        # "Om de twee weken worden …" says how often: none opens a clause with its own conjunction to rewrite
        return False
    c.then = then_opener(participle, c.children) if mark is None else None
    c.subordinate = c.then is None and (mark is not None or participle.dep_ in ("advcl", "ccomp", "csubj", "acl:relcl") or c.complement)
    return not (participle.dep_ in ("advcl", "ccomp") and mark is None and c.then is None)


def _subordinate_subject(c: Clause) -> bool:
    doc, mark, relative = c.doc, c.mark, c.relative
    c.impersonal = c.passive.impersonal
    # (not "of" between two prepositions: "op of na 1 april")
    opens_here = mark is not None and (mark.pos_ == "SCONJ" or mark.lower_ in WH_WORDS | {"dat", "of"}) and doc[mark.i - 1].pos_ != "ADP"
    where = relative is not None and relative.lower_.startswith("waar")  # "waarin", "waarbij": never the subject
    if c.subordinate and c.subject is None and not c.impersonal and (opens_here or where) and (relative is None or where) and mark is not None:
        # the parse found no subject in a clause with its own conjunction: with the verbs at its end, one noun
        # phrase without a preposition before them is it ("… of uw aanvraag | is ontvangen"), and with only
        # phrases with a preposition there, the passive has none ("… totdat over uw verzoek | is beslist")
        verbs_at = min([c.auxiliary.i, c.participle.i] + ([c.modal.i] if c.modal is not None else []) + [o.i for o in c.others])
        phrases = [t for t in c.children if mark.i < t.left_edge.i and t.right_edge.i < verbs_at and not t.is_punct and t.dep_ not in ("mark", "cc")]
        covered = {i for t in phrases for i in range(t.left_edge.i, t.right_edge.i + 1)}
        if all(i in covered or doc[i].is_punct for i in range(mark.i + 1, verbs_at)):
            bare = [t for t in phrases if doc[t.left_edge.i].pos_ in ("DET", "NOUN", "PROPN", "NUM", "PRON")]
            if len(bare) == 1 and bare[0].pos_ in ("NOUN", "PROPN") and doc[bare[0].left_edge.i].pos_ in ("DET", "NOUN", "PROPN", "NUM"):
                c.subject = bare[0]
            elif not bare and (any(doc[t.left_edge.i].pos_ == "ADP" for t in phrases) or (where and not phrases)):
                c.impersonal = True  # ("een brief waarin | wordt gevraagd …": nothing before the verbs)
    subject = c.subject
    if c.subordinate and subject is None and not c.impersonal:
        return False  # "het bedrag dat … is betaald": a relative clause, not "dat" + clause
    if mark is not None and relative is None and subject is not None and subject.left_edge.i < mark.i:
        return False  # "dit wil zeggen dat er … gewisseld wordt": a subject before "dat" is not the clause's own
    if negated_indefinite(subject, c.children):
        return False
    # the parse found another subject than the verb's
    return not (subject is not None and subject != relative and not agrees(subject, (c.modal if c.modal is not None else c.auxiliary).lower_))


def _new_verbs(c: Clause) -> bool:
    """The verb cluster; "moet … zijn verzonden" (done by then) → "moet … hebben verzonden"."""
    aux = c.auxiliary.lower_
    done = aux in ZIJN_PRESENT or any(o.lower_ == "zijn" for o in c.others)
    new_verbs = active_verbs(
        c.agent, c.lemma, c.participle, aux, c.modal.lower_ if c.modal is not None else None, done,
        split=not c.subordinate, alone=c.subject is None and c.asked is None,
    )
    if new_verbs is None:
        return False
    c.finite, c.final = new_verbs
    return True


def _object(c: Clause) -> bool:
    """The old subject becomes the object."""
    doc, subject, doer = c.doc, c.subject, c.doer
    c.skip = {t.i for t in (subject, doer, c.auxiliary, c.modal, c.mark) if t is not None}
    c.skip |= {o.i for o in c.others}
    if doer is not None:
        c.skip |= {t.i for t in doc[doer.left_edge.i : doer.right_edge.i + 1]}
        c.skip |= {t.i for t in c.children if t.lower_ == "door"}
    if c.asked is not None:
        c.skip |= {t.i for t in doc[c.asked.left_edge.i : c.asked.right_edge.i + 1]}
    elif subject is not None:
        if subject == c.relative:
            pass  # "die" stays in front of the clause, now as its object: "… die wij maken"
        elif subject.pos_ == "PRON":
            if subject.lower_ not in OBJECT_PRONOUNS:
                return False
            c.obj = OBJECT_PRONOUNS[subject.lower_]
            c.swapped = subject
        else:
            c.obj = phrase_text(subject, subject=True)
            first_word = doc[edges(subject, subject=True)[0]]
            if first_word.lower_ == "niet":
                return False  # "Niet iedere voordracht wordt echter …": the negation moves, and the words around it
            if first_word.i == c.sentence.start and c.obj[:1].isupper() and not first_word.text.isupper():
                return False  # "Minicontainers" or "Jansen": a name keeps its capital, a word does not; not sure which
        c.skip |= {t.i for t in doc[subject.left_edge.i : subject.right_edge.i + 1]}
    return True

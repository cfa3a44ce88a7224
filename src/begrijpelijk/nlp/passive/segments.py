"""Clause segments: where a sentence and its clauses begin and end.

Whether the parse's sentence is the whole sentence; the parts between its
commas; a clause in front or at the end; and the clauses the parse hung on
a passive participle (joined with "en", after the verbs, a relative clause).
"""
from __future__ import annotations

from begrijpelijk.nlp.passive.agent import says_how
from begrijpelijk.nlp.passive.detect import looks_like_participle
from begrijpelijk.nlp.passive.guards import agrees
from begrijpelijk.nlp.passive.verbs import is_finite, present_form
from begrijpelijk.nlp.passive.words import (
    CLAUSE_OPENERS,
    QUESTION_WORDS,
    SENTENCE_ENDS,
    SUBORDINATORS,
    edges,
    opens_clause,
)

# verbs whose fixed words may stand at the very end of the main clause, after a clause inside it
# ("brengt … de kosten die … worden | in rekening", "neemt … | in behandeling", "stelt … | op de hoogte")
LIGHT_VERBS = frozenset("brengen nemen stellen houden zetten leggen geven".split())

CLAUSE_DEPS = {"acl", "acl:relcl", "advcl", "ccomp", "csubj", "xcomp", "parataxis", "conj"}

RELATIVE_SUBJECTS = frozenset({"die", "dat", "welke"})

MOMENT_NOUNS = frozenset("dag moment tijd datum week maand jaar periode".split())

# words that make a later "als" compare ("zowel … als", "zo snel als", "hoger als")
COMPARING = frozenset("zowel zo even net evenals zoals ander anders".split())


def whole_sentence(sentence, strict: bool = True) -> bool:
    """Does the parse's sentence begin and end where the text does?

    Always: it ends with an end mark, the end of the text or line, or a
    space after it; not where the text goes on ("… Geschiktheid | 2000.").
    ``strict``: it begins at the start of the text or after an end mark or a
    new line. Not strict (what the rewrite by tree asks): it only does not
    begin inside a word ("Elektrische auto | ’s worden …"); an example from
    a sentence cut like that would lose the rest."""
    doc = sentence.doc
    before = doc[sentence.start - 1] if sentence.start > 0 else None
    if strict:
        starts = before is None or before.text in SENTENCE_ENDS or before.is_space or "\n" in before.whitespace_
    else:
        starts = before is None or bool(before.whitespace_) or before.is_punct or before.is_space
    last = sentence[-1]
    while strict and last.is_space and last.i > sentence.start:
        last = doc[last.i - 1]
    after = doc[sentence.end] if sentence.end < len(doc) else None
    ends = last.text in SENTENCE_ENDS or after is None or after.is_space or "\n" in last.whitespace_
    return starts and ends


def _clause_of(token, phrase):
    """The nearest word on the way up from ``token`` (inside ``phrase``) that
    heads a clause of its own, or ``phrase`` (or the root) when none does."""
    node = token
    while node != phrase and node.dep_ not in CLAUSE_DEPS and node.head != node:
        node = node.head
    return node


def verb_inside(phrase) -> bool:
    """Does the phrase hold a verb of the clause itself, not of a clause of
    its own inside it? "Uw bezwaarschrift moet … na het opleggen …" parsed
    with "moet" under "opleggen": the phrase would say the modal twice."""
    return any(
        token.dep_ in ("aux", "aux:pass", "cop") and token != phrase and _clause_of(token, phrase).dep_ not in CLAUSE_DEPS
        for token in phrase.subtree
    )


def relative_opener(participle):
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
        return first  # (without a subject: "een brief | waarin wordt aangegeven …", see ``by_tree``)
    if first.lower_ == "waar" and first.dep_ == "advmod" and len(subjects) == 1 and right_after_noun:
        return first  # "de plek | waar de rups is gezien"
    return None


def said_after(participle, clause) -> bool:
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


def of_moment(clause) -> bool:
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


def own_clause_after(participle, children, clause) -> bool:
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
        finite = next((h for h in heads if is_finite(h)), None)
        # the subject must agree with its verb: "… en zullen | uw situatie … behandelen" shares the passive's subject
        return len(subjects) == 1 and finite is not None and agrees(subjects[0], finite.lower_)
    return first.lower_ in {"of", "dat", "om"} | QUESTION_WORDS


def bare_participle(token) -> bool:
    """A participle with no verbs or subject of its own ("verwijderd of
    afgesloten"): it shares the passive's verbs."""
    own = ("nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "expl", "expl:pv")
    return token.pos_ in ("VERB", "ADJ") and looks_like_participle(token.lower_) and not any(c.dep_ in own for c in token.children)


def finite_outside_clause(phrase) -> bool:
    """Does the phrase hold a finite verb that is not in a clause of its own
    inside it ("Let er goed op dat …" taken as a phrase)?"""
    for token in phrase.subtree:
        if not is_finite(token):
            continue
        node = _clause_of(token, phrase)
        # (the phrase may be a clause the parse labelled otherwise: "Ook als je … wil werken …")
        opened = node == phrase and any(c.dep_ == "mark" and c.i < token.i for c in phrase.children)
        if (node == phrase and phrase.dep_ not in CLAUSE_DEPS and not opened) or (node != phrase and node.dep_ not in CLAUSE_DEPS):
            return True
    return False


def subjectless_joined(token, participle) -> bool:
    """A joined verb with a finite verb but no subject of its own, inside a
    clause after the passive: the parse may have joined it to the wrong
    clause ("wordt gezien alsof … is verstrekt | en kan leiden tot …")."""
    if token.dep_ != "conj" or token.head == participle or token.pos_ not in ("VERB", "AUX"):
        return False
    return (is_finite(token) or has_verbs(token)) and not any(c.dep_ in ("nsubj", "nsubj:pass", "expl", "expl:pv") for c in token.children)


def has_verbs(token) -> bool:
    """Does a word the parse took for the head of a part have a finite verb of
    its own ("en zullen uw situatie | zorgvuldig | … behandelen")? Then the part is a clause."""
    return any(c.dep_ in ("aux", "aux:pass", "cop") and is_finite(c) for c in token.children)


def is_clause(token) -> bool:
    """A verb, or a word with its own copula ("… en daardoor niet bereikbaar is")."""
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in token.children)


def then_opener(participle, children):
    """"dan" that opens the passive clause after a condition with the verb
    first: "Heeft u te veel ontvangen, dan kan dat worden verrekend." The
    parse hangs the clause on the condition; it is the main clause."""
    doc = participle.doc
    then = next((c for c in children if c.lower_ == "dan" and c.dep_ == "advmod"), None)
    if then is None or participle.dep_ not in ("advcl", "ccomp", "parataxis") or then.i == 0 or doc[then.i - 1].text != ",":
        return None
    first = doc[participle.sent.start]
    if first.pos_ not in ("VERB", "AUX") or not is_finite(first):
        return None  # the condition begins with its verb: "Heeft u …", "Komt u …"
    if participle.left_edge.i not in (then.i - 1, then.i):  # the comma may hang on the clause
        return None
    return then


def joined_clause(participle, children):
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


def coordinated_tail(participle, children):
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
    finite = next((t for t in [conj, *conj.children] if is_finite(t)), None)
    if finite is not None and not agrees(subject, finite.lower_):
        return None  # "… en zullen uw situatie … behandelen": "uw situatie" is not what "zullen" goes with
    end = sentence.end
    while end > cc.i and doc[end - 1].is_punct:
        end -= 1
    return doc[cc.i : end]


def comma_parts(sentence) -> list[tuple[int, int]] | None:
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
        finite = [t.i for t in sentence if is_finite(t)]
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
    if any(a >= b or not (any(is_finite(t) for t in doc[a:b]) or (k == 0 and purpose)) for k, (a, b) in enumerate(parts)):
        return None
    return parts


def front_without_comma(sentence, participle, auxiliary) -> list[tuple[int, int]] | None:
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
    verb = max((v for v in own if is_finite(v) and v.i < participle.i), key=lambda v: v.i, default=None)
    if verb is None:
        return None
    if not (sentence.start + 2 < verb.i < participle.i - 1):
        return None
    before = doc[verb.i - 1]
    if before.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") or before.is_punct or before.lower_ == "te":
        return None  # verbs that meet ("comma_parts" cuts there), or "… of | wordt er …": a verb after "en" or "of"
    between = doc[verb.i + 1 : participle.i]
    if any(t.pos_ in ("VERB", "AUX") and t not in own for t in between) or all(t in own for t in between):
        return None  # "of er … toestemming | kan worden verleend": the verbs together at the end of a clause
    front = doc[sentence.start : verb.i]
    finite_in_front = sum(is_finite(t) for t in front)
    if not finite_in_front or finite_in_front > sum(opens_clause(t) for t in front):
        return None  # every finite verb in front must be one of a clause with its own conjunction
    end = sentence.end
    while end > sentence.start and doc[end - 1].is_punct:
        end -= 1
    return [(sentence.start, verb.i), (verb.i, end)]


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


def trailing_clause(sentence, participle, auxiliary) -> tuple[int, int] | None:
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
        if token.is_punct or is_finite(token) or token.pos_ in ("SCONJ", "CCONJ", "VERB", "AUX") or token.lower_ in QUESTION_WORDS:
            return None
    return None


def unsure_clauses(participle, auxiliary, children) -> bool:
    """Coordinated or nested clauses on the participle, where it is not sure
    what belongs where; or a second participle that shares the verbs
    ("worden … verwijderd of afgesloten": the active verb would take only the
    first; "is verstuurd of bekendgemaakt" keeps both: "heeft …")."""
    if any(
        c.dep_ in ("conj", "parataxis", "csubj", "ccomp") and (is_clause(c) or has_verbs(c)) and not said_after(participle, c)
        and not of_moment(c) and not own_clause_after(participle, children, c)
        for c in children
    ):
        return True
    return auxiliary.lemma_ == "worden" and any(c.dep_ == "conj" and c.i > participle.i and bare_participle(c) for c in children)


def clause_runs_on(participle, mark, own: set[int], rest_after, clause_start: int, clause_end: int, doer) -> bool:
    """Does a clause with its own conjunction hold, or run into, words of
    another clause? ``own``: the positions of its own verbs."""
    doc = participle.doc
    sentence = participle.sent
    if any((is_finite(t) or present_form(t)) and t.i not in own for t in doc[mark.i + 1 : participle.i]):
        return True  # "de container die er staat | gewisseld mag worden": a verb of another clause inside
        # (also one the tagger took for a noun: "het hemelwater dat u afkoppelt | wordt … verwerkt")
    for t in doc[participle.i + 1 : clause_end + 1]:
        opened = any(opens_clause(o) or o.lower_.startswith("waar") for o in doc[participle.i + 1 : t.i])
        if is_finite(t) and t.pos_ == "AUX" and t.i not in own and not opened:
            # "Als … de straat wordt opengebroken om … aan te leggen | zijn parkeerplaatsen …": a finite verb
            # after the clause's own verbs, with no word that opens a clause of its own, is the main clause's
            return True
    # a clause with its own conjunction has its verbs at its end: after them may come a phrase with a
    # preposition or a clause, not a bare noun ("een kat die gevoederd wordt | geen zwerfkat": the main clause's)
    last_verb = max(own)
    if any(
        edges(c)[0] == last_verb + 1 and doc[edges(c)[0]].pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM") and not is_clause(c)
        for c in rest_after
    ):
        return True
    root = sentence.root
    if (
        rest_after and root.i < mark.i and is_finite(root) and root not in own and root.lemma_ in LIGHT_VERBS
        and not any(t.pos_ in ("VERB", "AUX") and t.i not in own for t in doc[participle.i + 1 : sentence.end])
        and not any(is_clause(c) for c in rest_after)
    ):
        # "brengt de gemeente de kosten die daarvoor gemaakt worden | in rekening bij de aanvrager": a clause
        # inside a main clause with one verb; what follows its verbs may be the main clause's
        return True
    # "Als [wie?] de verbeteringen … door meerdere bedrijven uitvoert": a doer the parse did not place
    return doer is None and any(t.lower_ == "door" and not says_how(t) and participle in (t.head, t.head.head) for t in doc[clause_start : clause_end + 1])

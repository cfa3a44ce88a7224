"""The rewrite by tree, second half: every word of the read clause in its
place, and the example's text (a clause with its own conjunction, or a main
clause), checked by the guards. The clause is read in tree.py.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from begrijpelijk.nlp.passive.agent import AGENT_PRONOUNS, without_how
from begrijpelijk.nlp.passive.guards import MARKS, kept_words, sound
from begrijpelijk.nlp.passive.segments import (
    clause_runs_on,
    finite_outside_clause,
    is_clause,
    subjectless_joined,
    verb_inside,
)
from begrijpelijk.nlp.passive.verbs import WORDEN_PRESENT, is_finite
from begrijpelijk.nlp.passive.words import (
    LIST_MARKS,
    NEGATIONS,
    OPENS_ONLY_A_CLAUSE,
    QUESTION_WORDS,
    SUBORDINATORS,
    edges,
    particle_collides,
    phrase_text,
)

if TYPE_CHECKING:  # pragma: no cover
    from begrijpelijk.nlp.passive.tree import Clause

# words before a conjunction that belong to its clause: "Ook als …", "Zelfs wanneer …"
ALONG_WITH_CONJUNCTION = frozenset("ook zelfs alleen juist vooral pas enkel".split())


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


def _in_front(c: Clause, child) -> bool:
    """Place a word before the finite verb of a main clause: the front, "dan"
    that takes up a clause in front, or a phrase of the subject."""
    doc, front, subject = c.doc, c.front, c.subject
    if front is not None and c.resumed is None and child.lower_ == "dan" and front.dep_ == "advcl" and doc[child.i - 1].text == ",":
        c.resumed = child
        return True
    if front is not None:
        return False  # two things in front: not a simple clause
    if subject is not None and subject.i < child.i:
        if _belongs_to_subject(child, subject, c.auxiliary if c.modal is None else c.modal) and c.subject_tail is None and c.obj:
            # "Mensen | met een hoge terugvordering | worden gebeld": before the finite verb
            # stands one phrase, so the phrase after the subject is part of it
            c.subject_tail = child
            c.obj += doc[subject.right_edge.i].whitespace_ + doc[child.left_edge.i : child.right_edge.i + 1].text
            c.skip |= set(range(child.left_edge.i, child.right_edge.i + 1))
            return True
        return False  # "Alles daarboven kan …": the subject is in front, so this word belongs to it
    c.front = child
    return True


def place_words(c: Clause) -> bool:
    """Every other phrase on the participle: in front, or before or after the verbs."""
    mark, then, modal = c.mark, c.then, c.modal
    for child in sorted(c.children, key=lambda t: t.i):
        if child.i in c.skip or child.dep_ in ("punct", "aux", "aux:pass", "cop", "mark", "expl", "expl:pv", "cc"):
            continue
        if child.lower_ == "er" and child.dep_ in ("advmod", "expl"):
            continue
        if (mark is not None and child.i < mark.i) or (then is not None and child.i < then.i):
            continue  # outside the clause
        # in a main clause, what stands before the finite verb is the front
        if not c.subordinate and child.i < c.auxiliary.i and (modal is None or child.i < modal.i):
            if not _in_front(c, child):
                return False
            continue
        if child.i > c.participle.i:
            c.rest_after.append(child)
        else:
            c.rest_before.append(child)
    return True


def front_reads(c: Clause) -> bool:
    doc, subject, front, mark = c.doc, c.subject, c.front, c.mark
    first_verb = min(c.auxiliary.i, c.modal.i) if c.modal is not None else c.auxiliary.i
    if not c.subordinate and c.doer is not None and subject is not None and max(c.doer.i, subject.i) < first_verb:
        return False  # "Aanslagen door wijzigingen | worden …": before the verb stands one phrase, so "door" is in it
    if mark is not None and mark.pos_ == "ADP" and mark.i + 1 < len(doc) and doc[mark.i + 1].pos_ == "ADV" and doc[mark.i + 1].lower_ != "er":
        return False  # "voor zover …": the conjunction is two words ("tot er …" is one and "er")
    if front is not None and c.resumed is None:
        if subject is not None and subject != c.relative and subject.i < first_verb:
            return False  # "Alleen volledig … ingevulde | formulieren | worden …": two things before the verb
        if finite_outside_clause(front):
            return False  # "Let er goed op dat … mag worden verwijderd": a verb of another clause in front
    if any(subjectless_joined(t, c.participle) for r in c.rest_after for t in r.subtree):
        return False  # "… alsof de vergunning niet is verstrekt | en kan leiden tot …": whose verb is it?
    if subject is None and c.dated is None and front is not None and not c.subordinate and not c.impersonal:
        first_front = doc[front.left_edge.i]
        if first_front.pos_ in ("DET", "PRON", "NOUN", "PROPN", "NUM") and first_front.lower_ not in ("er", "daar", "hier"):
            return False  # "Uw aangifte wordt … beantwoord" parsed with no subject: the phrase in front is it
    return True


def all_placed(c: Clause) -> bool:
    """Every word of the clause must have its place in the example: a word
    the parse hung elsewhere would otherwise be lost ("De huur mag … worden")."""
    doc, mark, then = c.doc, c.mark, c.then
    placed = {t.i for t in (c.auxiliary, c.modal, mark, c.participle) if t is not None} | {o.i for o in c.others}
    for token in [t for t in (c.subject, c.doer, c.front, c.subject_tail) if t is not None] + c.rest_before + c.rest_after:
        placed |= set(range(token.left_edge.i, token.right_edge.i + 1))
    placed |= {t.i for t in c.children if t.lower_ in ("door", "er")}
    if c.opener is not None:
        placed.add(c.opener.i)
    if c.resumed is not None:
        placed |= {c.resumed.i, c.resumed.i - 1}
    c.clause_start = mark.i if mark is not None else (then.i if then is not None else c.sentence.start)
    if c.joined is not None:
        c.clause_start = c.joined.i + 1
    c.clause_end = max([c.participle.i, c.auxiliary.i] + [t.right_edge.i for t in c.children if not t.is_punct])
    if not c.subordinate:  # a main clause is the whole sentence (but a kept tail)
        c.clause_end = (c.tail.start if c.tail is not None else c.sentence.end) - 1
    return all(
        token.i in placed or token.lower_ == "er" or not any(ch.isalnum() for ch in token.text)
        for token in doc[c.clause_start : c.clause_end + 1]
    )


def sound_needs(c: Clause) -> bool:
    """What the last check (``sound``) needs: the words that go, the words
    that come, and the marks the example must keep ("kijkt naar: uw
    situatie, …" without its colon says it otherwise)."""
    doc = c.doc
    clause = doc[c.clause_start : c.clause_end + 1]
    c.gone = [t for t in (c.auxiliary, c.modal, c.participle, *c.others, c.swapped) if t is not None]
    c.added = [c.agent.text, c.finite, *c.final, c.obj if c.swapped else ""]
    c.marks = Counter(t.text for t in clause if t.text in MARKS)
    # a comma right before the verbs at the end closes a phrase ("uiterlijk vóór 1 mei, in het jaar …, |
    # ontvangen zijn"): the verbs that come there must come after it, so every comma stays
    first_verb = c.participle.i
    while first_verb > c.clause_start and doc[first_verb - 1].lower_ in ("worden", "zijn", "te"):
        first_verb -= 1
    if first_verb > c.clause_start and doc[first_verb - 1].text == ",":
        c.marks[","] = sum(t.text == "," for t in clause)
    # and the words the example must keep: every word of the clause but the
    # passive verbs, "door", "er" and a doer that changes form ("We overleggen
    # met u of de aanvraag kan worden aangepast", parsed with "We" as the
    # subject and the rest under it, would lose "overleggen met u of de
    # aanvraag" when "we" becomes "ons")
    dropped = {t.i for t in c.gone} | {t.i for t in clause if t.lower_ in ("door", "er")}
    if c.doer is not None:  # "door ons" → "wij"
        dropped |= {t.i for t in c.doer.subtree if t.lower_ in AGENT_PRONOUNS}
    c.kept = kept_words(clause, dropped)
    return True


def no_verb_twice(c: Clause) -> bool:
    """A phrase that runs over the verbs ("een commissie ingesteld die …": a
    relative clause after the participle) would say the verb twice."""
    verb_at = {t.i for t in (c.auxiliary, c.modal, c.participle) if t is not None} | {o.i for o in c.others}
    for token in [t for t in (c.subject, c.front, c.subject_tail) if t is not None] + c.rest_before + c.rest_after:
        if any(token.left_edge.i <= v <= token.right_edge.i for v in verb_at if v != token.i):
            return False
        if verb_inside(token):
            return False
    return True


def phrases(c: Clause) -> bool:
    """The phrases before and after the verbs, as text."""
    doc, mark, subject = c.doc, c.mark, c.subject
    # what stood between the verb and the old subject stays before it: "mogen
    # maximaal drie kentekens" keeps "maximaal" with "drie kentekens"
    # "Hoe vaak er … wordt": the word after "hoe" goes with it, not with the rest
    c.how = next((t for t in c.rest_before if mark is not None and mark.lower_ == "hoe" and t.i == mark.i + 1 and t.left_edge.i == t.i == t.right_edge.i and t.pos_ in ("ADV", "ADJ")), None)
    if c.how is not None:
        c.rest_before = [t for t in c.rest_before if t != c.how]
    ahead = [t for t in c.rest_before if subject is not None and c.asked is None and t.right_edge.i < subject.left_edge.i]
    c.middle = [phrase_text(t) for t in ahead] + ([c.obj] if c.obj else []) + [phrase_text(t) for t in c.rest_before if t not in ahead]
    if c.subordinate and any(t.lower_ == "dan" and doc[t.i - 1].text == "," for r in c.rest_after for t in r.subtree):
        return False  # "Zodra alle informatie is ontvangen, dan zal …": the parse hung the main clause under this one
    after = [phrase_text(t) for t in c.rest_after]
    if any(p.strip().startswith(",") for p in after):
        return False
    # a comma before a clause after the verb stays: "…, omdat de woonkosten …"; but not verbs after a
    # comma that open with no word of their own ("nadat het project is gerealiseerd, | alsnog aangesloten
    # worden …"): the parse hung the rest of the sentence on this clause
    for r in c.rest_after:
        first = doc[edges(r)[0]]
        if first.i > 0 and doc[first.i - 1].text == "," and r.pos_ in ("VERB", "AUX") and first.pos_ in ("ADV", "ADJ", "VERB", "AUX"):
            return False
    c.after = [(", " if edges(r)[0] > 0 and doc[edges(r)[0] - 1].text == "," else "") + p for r, p in zip(c.rest_after, after)]
    # in a question, a clause with its own conjunction inside it ("Constateert u rupsen | nadat de nesten
    # verwijderd zijn?") is rewritten like any such clause; the question itself keeps its order
    inside = c.subordinate and mark is not None and mark.i > c.sentence.start and c.asked is None and c.verb_first is None and c.tail is None
    if c.question and (
        (c.subordinate and not inside) or (not c.subordinate and (c.own_order or (c.asked is None and c.front is None and c.verb_first is None)))
    ):
        return False
    if c.asked is not None:
        if c.front is not None:
            return False
        c.front = c.asked
    return True


def _subordinate_text(c: Clause, part: bool) -> str | None:
    """The clause with its own conjunction: the conjunction, who does it, the
    rest, the verbs at the end; '…' where the sentence goes on."""
    doc, mark, sentence = c.doc, c.mark, c.sentence
    if mark is None or c.tail is not None:
        return None
    if any(is_clause(r) and doc[edges(r)[0]].lower_ in QUESTION_WORDS and doc[edges(r)[0] - 1].text == "," for r in c.rest_after):
        return None  # "wanneer uw rijbewijs … kan worden, | wat er daarna gebeurt, …": a question of its own, not this clause's
    if any(t.lower_ == "zowel" for t in doc[sentence.start : mark.i]) and any(t.lower_ == "als" for r in c.rest_after for t in r.subtree):
        return None  # "zowel nabestaanden die … dat de steen wordt geruimd | als mensen die …": "als" goes with "zowel"
    # "Ook als er is gestrooid …": a word that goes with the conjunction comes along
    before_mark = doc[mark.i - 1] if mark.i > sentence.start else mark
    along = before_mark != mark and before_mark.lower_ in ALONG_WITH_CONJUNCTION and before_mark.head in (c.participle, mark)
    mark_text = doc[mark.left_edge.i : mark.i + 1].text if mark == c.relative and mark.lower_ == "wie" else mark.text  # "aan wie"
    words = [(before_mark.text + " " if along else "") + mark_text + (" " + c.how.text if c.how is not None else ""), c.agent.text, *c.middle]
    if c.modal is not None:
        words += [c.finite, *c.final]
    elif c.auxiliary.lower_ in WORDEN_PRESENT:
        words += [c.finite]
    else:
        words += [c.finite, *c.final]
    words += c.after
    text = " ".join(w for w in words if w).replace(" ,", ",")
    # a clause that opens the sentence, also after a list dash ("- Indien het vuil wordt aangeboden …")
    opens = sentence.start + next((i for i, t in enumerate(sentence) if t.text not in LIST_MARKS), 0)
    lead = "… " if (doc[mark.left_edge.i].i if mark == c.relative else mark.i) - along > opens else ""
    c.clause_end = max([c.participle.i, c.auxiliary.i] + [r.right_edge.i for r in c.rest_after] + ([c.doer.right_edge.i] if c.doer is not None else []))
    trail = " …" if any(t.is_alpha for t in doc[c.clause_end + 1 : sentence.end]) else ("?" if c.question else ".")
    if not lead and trail == " …" and not part and mark.i == opens:
        after_clause = doc[c.clause_end + 1]
        if after_clause.text != "," and after_clause.lower_ != "dan" and not is_finite(after_clause):
            return None  # "Indien er beslag is gelegd | op uw salaris … dan heeft …": the parse ended the
            # clause in front before its end (the main clause begins with its verb, "dan" or after a comma)
    text = lead + (text[:1].upper() + text[1:] if not lead else text) + trail
    if not part and not lead and trail != " …" and mark.i == opens == sentence.start and mark.lower_ in SUBORDINATORS:
        return None  # "Als … wordt opengebroken om … aan te leggen zijn parkeerplaatsen …": a clause in front that
        # runs to the end of the sentence took the main clause in (the parse hung it there); a list item
        # ("- Indien het vuil wordt aangeboden …") may be one clause
    return text


def subordinate_example(c: Clause, part: bool) -> str | None:
    text = _subordinate_text(c, part)
    if text is None:
        return None
    own = {c.auxiliary.i, c.participle.i} | ({c.modal.i} if c.modal is not None else set()) | {o.i for o in c.others}
    if clause_runs_on(c.participle, c.mark, own, c.rest_after, c.clause_start, c.clause_end, c.doer):
        return None
    return text if sound(text, c.sentence, c.gone, c.added, c.marks, c.kept) else None


def _main_words(c: Clause) -> list[str] | None:
    """The words of a main clause: the front or who does it, the finite
    verb, the rest, the verbs at the end."""
    doc, front, agent, middle, after = c.doc, c.front, c.agent, c.middle, c.after
    if any(p.split()[0].lower() in OPENS_ONLY_A_CLAUSE for p in middle if p.strip()):
        return None  # "[wie?] heeft zodra jouw aanvraag …": a conjunction the parse hung inside, in the middle of a main clause
    if after and particle_collides(c.final, after[0].split()[0]) and not any(p.startswith(",") for p in after):
        # "slaat … op | op de chip": what came after the verb goes before the particle
        middle, after = middle + after, []
    if front is not None:
        front_text = doc[front.left_edge.i : (c.resumed.i if c.resumed is not None else front.right_edge.i) + 1].text
        comma = doc[front.right_edge.i + 1] if front.right_edge.i + 1 < len(doc) else None
        if comma is not None and comma.text == "," and c.resumed is None:
            front_text += ","
        words = [front_text, c.finite, agent.text, *middle, *c.final, *after]
    elif c.verb_first is not None:  # "En vergoedt een andere organisatie de kosten niet?"
        if agent.text == "[wie?]" and any(t.lower_ in NEGATIONS for t in c.sentence):
            # "Vergoedt [wie?] deze kosten nergens anders?": with a "not", a question about an unknown doer asks
            # another thing; without one it asks the same ("Is uw aanvraag afgewezen?" → "Heeft [wie?] …?")
            return None
        words = [c.opener.text if c.opener is not None else "", c.finite, agent.text, *middle, *c.final, *after]
    elif c.joined is not None and doc[c.joined.i + 1] in (c.modal, c.auxiliary):
        # "Op dat moment is … en kan de procedure worden gestart": the part in front is shared, so the verb
        # comes first after "en" ("… en kan [wie?] de procedure starten")
        words = [c.finite, agent.text, *middle, *c.final, *after]
    else:
        words = [agent.text, c.finite, *middle, *c.final, *after]
    if c.then is not None:  # "Heeft u te veel ontvangen, | dan kunnen wij …": the first part stays
        words.insert(0, doc[c.sentence.start : c.then.i].text)
    if c.tail is not None:
        words.append((", " if doc[c.tail.start - 1].text == "," else "") + doc[c.tail.start : c.tail.end].text)
    return words


def main_example(c: Clause) -> str | None:
    words = _main_words(c)
    if words is None:
        return None
    text = " ".join(w for w in words if w).replace(" ,", ",")
    said = text.lower().split()
    if any(a == b for a, b in zip(said, said[1:])):
        return None  # "hogen … op op kosten van": the particle lands before a word like it
    if "door" in without_how(" ".join(said)).split():
        return None  # a "door"-phrase the parse did not place
    if c.joined is not None:  # "… en wij sturen de kalender alsnog op."
        if c.question:
            return None
        text = f"… {c.joined.text} {text}"
    else:
        text = text[:1].upper() + text[1:]
    text += "?" if c.question else "."
    return text if sound(text, c.sentence, c.gone, c.added, c.marks, c.kept) else None

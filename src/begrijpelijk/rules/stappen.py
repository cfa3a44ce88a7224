"""Stappen: meer dan één opdracht in één zin of alinea, of verspreid in de tekst.

Verspreid telt als een opdracht in lopende tekst staat: twee in één alinea,
of één in een alinea met uitleg. Staat elke opdracht in een eigen korte
alinea, dan is elke stap al één opdracht.

Waarom: twee of drie opdrachten in één zin zijn moeilijk te onthouden en af te
vinken. Geef elke opdracht een eigen genummerde stap. Is er een keuze, schrijf
dan "Als …, dan …".

Fout:
    Vul het formulier in en stuur het samen met uw loonstrook terug en bel ons als u vragen hebt.

Goed:
    1. Vul het formulier in.
    2. Stuur het formulier en uw loonstrook terug.
    3. Als u vragen hebt, dan belt u ons.
"""
from __future__ import annotations

import re

from begrijpelijk.findings import Problem, Severity
from begrijpelijk.nlp import lemma
from begrijpelijk.rules import Rule
from begrijpelijk.rules._parts import asks_nothing, instructions, is_order, letter_parts, word_sentences

COORD = {"en", "daarna"}


def _verbs_in_imperative(sentence) -> int:
    """Imperative verbs joined in one sentence: "Vul … in en stuur … terug"."""
    if not is_order(sentence):
        return 0
    first = next(t for t in sentence if t.is_alpha)
    count = 1
    for token in sentence:
        if (
            token.dep_ == "conj" and token.head.i == first.i and token.pos_ == "VERB"
            and any(c.dep_ == "cc" and c.lower_ in COORD for c in token.children)
        ):
            count += 1
        elif token.lower_ in COORD and token.i + 1 < sentence.end:
            nxt = sentence.doc[token.i + 1]
            after = sentence.doc[nxt.i + 1] if nxt.i + 1 < sentence.end else None
            inverted = after is not None and after.lower_ in ("u", "je", "jij", "we", "wij")
            if nxt.pos_ == "VERB" and (nxt.tag_ or "").startswith("WW|pv|tgw|ev") and not inverted:
                count += 1
    return count


REQUEST = ("wilt u", "wil je", "kunt u", "kun je", "zou u")


def _verbs_in_request(sentence) -> int:
    """A polite request with two tasks: "Wilt u hier rekening mee houden en uw kinderen hierop wijzen?"."""
    if not sentence.text.lstrip("-•* ").lower().startswith(REQUEST):
        return 0
    joined = [
        t for t in sentence
        if t.dep_ in ("conj", "xcomp") and t.pos_ == "VERB" and t.head.pos_ == "VERB" and t.head.i < t.i
        and any(w.lower_ == "en" for w in sentence.doc[t.head.i : t.i])
    ]
    return 1 + len(joined)


# a task said the office way: "Wij vragen u …", "U dient …"
TASK_ASKED = re.compile(
    r"\b(?:(?:vragen|verzoeken) (?:wij|we|ik) (?:u|je|jullie)|(?:wij|we|ik) (?:vragen|verzoeken|vraag|verzoek) (?:u|je|jullie)"
    r"|(?:u|je) (?:dient|moet)|(?:dient|moet) (?:u|je))\b",
    re.I,
)


ASKING = {"vragen", "verzoeken", "dienen", "moeten", "verzoek", "vraag"}
UNDER_ASKING = {"xcomp", "ccomp", "advcl", "conj", "obj", "obl"}  # how the parser may hang a task under the asking verb
OTHER_CLAUSE = {"zodat", "omdat", "dat", "als", "wanneer", "terwijl", "waardoor", "nadat"}


def _asked_task(verb, sentence) -> bool:
    """A verb after 'te' that the asking verb governs: up its heads (at most three steps) to
    'vragen', 'verzoeken', 'dienen' or 'moeten', without a clause of its own on the way."""
    token = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in OTHER_CLAUSE for c in token.children):
            return False  # "zodat u niet te veel hoeft te betalen"
        if any(c.dep_.startswith("nsubj") and c.i > sentence.start and c.lower_ not in ("u", "je", "jullie") for c in token.children) and token is not verb:
            return False  # "wij hopen u snel te zien": another subject
        if token.dep_ not in UNDER_ASKING or token.head.i == token.i:
            return False
        token = token.head
        if lemma(token) in ASKING:
            return True
    return False


def _verbs_in_indirect(sentence) -> int:
    """A task said the office way, with two verbs after 'te' under the verb that asks: "Wij
    vragen u het formulier in te vullen en het vóór 11 mei terug te sturen"; not "… in te vullen
    en wij hopen u snel te zien", nor "U moet weten dat het lastig is om een baan te vinden"."""
    if not TASK_ASKED.search(sentence.text):
        return 0
    doc = sentence.doc
    after_te = [t for t in sentence if t.pos_ in ("VERB", "AUX") and t.i > sentence.start and doc[t.i - 1].lower_ == "te"]
    tasks = [t for t in after_te if _asked_task(t, sentence)]
    # "deze incasso niet stop te zetten of te storneren": two words for one task
    return sum(1 for k, t in enumerate(tasks) if k == 0 or not _or_between(tasks[k - 1], t))


def _or_between(first, second) -> bool:
    """"stop te zetten of te storneren": 'of' right before the second 'te'; not "na te gaan of alles
    klopt" (whether) nor "te betalen of een regeling af te spreken" (a choice)."""
    doc = first.doc
    return second.i >= 2 and doc[second.i - 1].lower_ == "te" and doc[second.i - 2].lower_ == "of"


HELP_OFFER = re.compile(r"\b(?:vragen|contact|bel (?:mij|ons)|mail (?:mij|ons))\b", re.I)


LETTER_STEPS = 3  # steps in running text across the letter, with no list of steps anywhere


def check(doc, options, wordlists=None):
    parts = letter_parts(doc)
    running: list[int] = []  # per step in running text: its paragraph
    listed = reported = False
    for index in parts.body:
        paragraph = doc.document.paragraphs[index]
        parsed = doc.docs[index]
        here = False
        for sentence in parsed.sents:
            if max(_verbs_in_imperative(sentence), _verbs_in_request(sentence), _verbs_in_indirect(sentence)) >= 2:
                start, end = paragraph.source_span(sentence.start_char, sentence.end_char)
                yield Problem(start, end, "Deze zin geeft meer dan één opdracht.", "Maak er genummerde stappen van, één opdracht per stap.")
                here = reported = True
        if paragraph.kind == "lijst":
            listed = True
            continue
        steps = instructions(parsed, indirect=True)
        if not here and len(steps) >= 3:
            start, end = paragraph.whole_span()
            yield Problem(start, end, "Deze alinea geeft drie of meer opdrachten.", "Maak er genummerde stappen van. Keuzes schrijft u als 'Als …, dan …'.")
            reported = True
        running += [index] * len(steps)
    # a task in running text: two in one paragraph, or one inside a paragraph of information;
    # "Hebt u vragen? Bel mij gerust. Ik ben Anna de Boer. …" is an offer of help, no task
    mixed = any(running.count(i) >= 2 or (len(word_sentences(doc.docs[i])) > 2 and not HELP_OFFER.search(doc.docs[i].text)) for i in set(running))
    if not reported and not listed and len(running) >= LETTER_STEPS and mixed:
        paragraph = doc.document.paragraphs[running[0]]
        start, end = paragraph.whole_span()
        yield Problem(
            start, end,
            f"De brief geeft {len(running)} opdrachten verspreid in de tekst.",
            "Zet wat de lezer moet doen bij elkaar, in genummerde stappen.",
        )


RULE = Rule(
    id="stappen",
    severity=Severity.SUGGESTIE,
    check=check,
    summary="Meer dan één opdracht in één zin of alinea, of verspreid in de tekst: maak genummerde stappen.",
    checklist="Elke stap is één opdracht.",
    applies=asks_nothing,
)

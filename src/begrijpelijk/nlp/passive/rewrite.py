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

The ways to an example, tried in turn: the parse (tree.py), the order of
the words (order.py), and one part of the sentence parsed again
(``by_clause``, here).
"""
from __future__ import annotations

from begrijpelijk.nlp.passive.detect import detect
from begrijpelijk.nlp.passive.order import by_order
from begrijpelijk.nlp.passive.segments import (
    RELATIVE_SUBJECTS,
    comma_parts,
    front_without_comma,
    trailing_clause,
)
from begrijpelijk.nlp.passive.tree import by_tree
from begrijpelijk.nlp.passive.verbs import is_finite
from begrijpelijk.nlp.passive.words import CLAUSE_OPENERS, QUESTION_WORDS, lower_first


def rewrite(passive, sender_speaks: bool = True, parse=None) -> str | None:
    """An active sentence (or clause, with '…' where the sentence goes on) for
    a detected passive, or None when it cannot be made sure of.
    ``sender_speaks``: see ``who_does_it`` and ``sender_speaks`` (agent.py).

    First from the parse (``by_tree``); when the parse does not allow a
    sure example, from the order of the words in a simple main clause
    (``by_order``), which needs the parse only for the subject; then from
    the passive's part of the sentence, parsed again with ``parse``."""
    return (
        by_tree(passive, sender_speaks)
        or by_order(passive, sender_speaks)
        or (by_clause(passive, sender_speaks, parse) if parse is not None else None)
    )


def by_clause(passive, sender_speaks: bool, parse) -> str | None:
    """The example for a passive clause that is one part of a longer
    sentence, between commas: that part alone is parsed again (a short
    clause parses better than a long sentence) and rewritten, and the rest
    of the sentence stays as it is.

        "De planning is aangepast, in deze brief …" → "[wie?] heeft de planning aangepast, in deze brief …"
        "Zodra de vordering is betaald, wordt …" → "Zodra [wie?] de vordering heeft betaald …"
        "…, omdat er te weinig inkomsten zijn verrekend." → "… omdat [wie?] te weinig inkomsten heeft verrekend."
    """
    participle = passive.participle
    sentence = participle.sent
    doc = participle.doc
    if sentence.text.rstrip().endswith("?"):
        return None
    part = _the_part(sentence, participle, passive.auxiliary)
    if part is None:
        return None
    start, end, at = part
    read = _kind_of_part(doc, start, end, at)
    if read is None:
        return None
    kind, words = read
    again = _parsed_again(words, participle, parse)
    if again is None:
        return None
    # what "we" in the sentence before look into, ask or explain ("Wij bekijken met u | of de schuld … kan
    # worden betaald") someone else may do: the part alone no longer shows that, so "wij" is not sure there
    if kind == "subordinate" and any(t.lower_ in ("wij", "we") for t in doc[sentence.start : start]):
        sender_speaks = False
    # a clause with its own conjunction only as the parse reads it: "Dat" can also be a word that points
    text = by_tree(again, sender_speaks, part=True)
    if text is None and kind != "subordinate":
        text = by_order(again, sender_speaks)
    if text is None or not text.endswith(".") or not _same_clause(passive, again, kind, text, (start, end)):
        return None
    return _in_sentence(text[:-1], sentence, (start, end), at, kind)


def _the_part(sentence, participle, auxiliary) -> tuple[int, int, int] | None:
    """The part of the sentence that holds the passive, as (start, end, at):
    [start, end) token positions, and which part it is (0: the first)."""
    doc = sentence.doc
    parts = comma_parts(sentence)
    trailing = trailing_clause(sentence, participle, auxiliary)
    if parts is None and trailing is None:
        parts = front_without_comma(sentence, participle, auxiliary)
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
    return start, end, at


def _kind_of_part(doc, start: int, end: int, at: int) -> tuple[str, str] | None:
    """What kind of clause the part is ("main", "subordinate", "then",
    "verb-first", "joined") and the words to parse again; None for a part
    that is no clause of its own."""
    first = doc[start]
    words = doc[start:end].text
    kind = "main"
    if first.lower_ in CLAUSE_OPENERS:
        kind = "subordinate"
    elif at and first.lower_ == "dan":
        kind = "then"
    elif at and is_finite(first):
        kind = "verb-first"
        words = "Dan " + words
    elif at and first.lower_ in ("want", "maar", "en") and start + 1 < end:
        kind = "joined"  # "…, want deze informatie wordt gebruikt …": a main clause of its own after the comma
        words = doc[start + 1 : end].text
        first = doc[start + 1]
    # "zonder breken, | scheuren of knippen mag …": a list that goes on after the comma, not a clause of its own
    first_finite_at = next((t.i for t in doc[start:end] if is_finite(t)), end)
    if kind == "main" and at and doc[start - 2].pos_ in ("NOUN", "VERB") and any(t.lower_ in ("en", "of") for t in doc[start:first_finite_at]):
        return None
    if kind == "main" and (
        (at and first.text[:1].isupper())
        or first.lower_ in QUESTION_WORDS | RELATIVE_SUBJECTS
        or first.lower_.startswith("waar")
        or is_finite(first)
    ):
        # a name or a new sentence after a comma; "Welke kosten …, hangt af van …", "waarbij …":
        # a part that is no main clause; "Wordt … aangeboden, rijdt hij door": a condition with its verb first
        return None
    return kind, words


def _parsed_again(words: str, participle, parse):
    """The same passive in the part parsed alone, or None."""
    mini = parse(words[:1].upper() + words[1:] + ".")
    if len(list(mini.sents)) != 1:
        return None
    found = [p for p in detect(mini) if getattr(p.participle, "text", None) == participle.text]
    return found[0] if len(found) == 1 else None


def _same_clause(passive, again, kind: str, text: str, part: tuple[int, int]) -> bool:
    """Is the example of the part alone about the same clause as in the sentence?"""
    participle, auxiliary = passive.participle, passive.auxiliary
    doc = participle.doc
    start, end = part
    if kind != "subordinate" and not text.startswith("… "):
        # rewritten as the part's main clause, the passive's own verb must be the part's first finite verb:
        # in "…, wordt de termijn opgeschort | tot de aanvullingen zijn ontvangen" the second passive
        # belongs to a clause inside the part
        own = {auxiliary.i} | {c.i for c in participle.children if c.dep_ in ("aux", "aux:pass")}
        first_finite = next((t for t in doc[start:end] if is_finite(t)), None)
        if first_finite is None or first_finite.i not in own:
            return False
    if kind == "subordinate":
        # the conjunction must open the passive clause in the new parse: in "Omdat de vordering niet
        # (geheel) is betaald" read with "geheel" as a clause of its own, "Omdat" opens that one
        opener, verb = again.participle.doc[0], again.participle
        if opener.dep_ != "mark" or not (opener.head == verb or (opener.head.head == verb and opener.head.dep_ in ("nsubj", "nsubj:pass"))):
            return False
    return True


def _in_sentence(core: str, sentence, part: tuple[int, int], at: int, kind: str) -> str | None:
    """The example of the part (``core``, without its full stop) in its
    sentence: the rest stays as it is, or '…' where the sentence goes on."""
    start, end = part
    doc = sentence.doc
    before = doc[sentence.start : start].text_with_ws
    after = doc[end : sentence.end].text
    goes_on = any(t.is_alpha for t in doc[end : sentence.end])
    if kind == "subordinate":  # (the conjunction opens the part, so the example has no '…' in front)
        if not at:
            return core + (" …" if goes_on else ".")
        return "… " + lower_first(core) + (" …" if goes_on else ".")
    if core.startswith("… "):  # a clause inside the part ("We leggen uit | wanneer …"): the clause alone,
        # when the comma says where it ends (at the end of the sentence a "zodat …" may or may not be its own)
        return core + " …" if goes_on else None
    if kind == "joined":
        if core.split()[0].lower() not in ("wij", "we", "u", "[wie?]"):
            return None
        return "… " + doc[start].text + " " + lower_first(core) + (" …" if goes_on else ".")
    if kind == "verb-first":
        if not core.startswith("Dan "):
            return None
        core = core[len("Dan "):]
    elif at:
        head = core.split()[0]
        if head.lower() not in ("dan", "wij", "we", "u", "[wie?]"):
            return None
        core = lower_first(core)
    return before + core + after

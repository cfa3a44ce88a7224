"""Words whose plain alternative depends on what they are about.

"voldoen aan de voorwaarden" is not "betalen", "Uw aanvraag is toegekend" is
not "gegeven", and "op grond van herhaalde wanprestatie" is not "volgens".
A table says, per word, which words nearby choose which advice; the first row
that matches wins. No row matches: the word list's own advice stands.

Pure: tokens in, advice text out (None: no choice made here).
"""
from __future__ import annotations

from begrijpelijk.nlp import lemma

NEAR = 8  # words on either side that may say what the word is about

# advice for a demand that the reader meets, a duty, or a payment
_REQUIREMENT = "Schrijf in gewone woorden wat hier nodig is. Bijvoorbeeld: 'als u aan de voorwaarden voldoet' wordt 'als u alles hebt wat nodig is'."
_DUTY = "Schrijf 'zich houden aan'. Bijvoorbeeld: 'u houdt zich aan de regels'."
_PAYING = "Schrijf 'betalen'. Bijvoorbeeld: 'u betaalt het bedrag'."
_VOLDOEN = (
    ({"voorwaarde", "eis", "criterium", "norm", "voorschrift"}, _REQUIREMENT),
    ({"verplichting", "plicht", "regel", "afspraak", "inlichtingenplicht", "informatieplicht"}, _DUTY),
    ({"bedrag", "betaling", "rekening", "aanslag", "schuld", "huur", "factuur", "vordering", "som", "kosten"}, _PAYING),
)
SENSES: dict[str, tuple[tuple[set[str], str], ...]] = {
    "voldoen aan": _VOLDOEN,
    "voldoen": _VOLDOEN,
    "voldaan": _VOLDOEN,
    "toekennen": (
        ({"aanvraag", "verzoek", "bezwaar"}, "Zeg wat de lezer krijgt. Bijvoorbeeld: 'Uw aanvraag is toegekend' wordt 'U krijgt de subsidie'."),
    ),
}
LAW_WORDS = {"artikel", "wet", "regel", "regeling", "besluit", "verordening", "beleidsregel", "lid", "afspraak", "contract"}


def advice_for(matched, entry) -> str | None:
    """The advice that fits what the word is about here, or None."""
    if entry.term == "op grond van":
        return _on_grounds_of(matched)
    rows = SENSES.get(entry.term)
    if rows is None:
        return None
    near = _near_lemmas(matched)
    for words, advice in rows:
        if near & words:
            if advice == _PAYING and entry.term == "voldoen" and entry.alternatives == ("betalen",):
                return None  # the list's own 'betalen' is right here, and may be filled in
            return advice
    return None


def _near_lemmas(matched) -> set[str]:
    first, last = matched[0], matched[-1]
    sentence = first.sent
    start = max(sentence.start, first.i - NEAR)
    end = min(sentence.end, last.i + 1 + NEAR)
    own = {t.i for t in matched}
    return {lemma(t) for t in first.doc[start:end] if t.i not in own} | {
        t.lower_ for t in first.doc[start:end] if t.i not in own
    }


def _on_grounds_of(matched) -> str | None:
    """'op grond van artikel 4' is 'volgens'; 'op grond van uw gedrag' is 'vanwege'."""
    doc = matched[0].doc
    last = matched[-1]
    after = doc[last.i + 1 : min(last.sent.end, last.i + 4)]
    if not any(t.is_alpha for t in after):
        return None  # "vastgesteld op grond van:" and a list of rules
    if any(lemma(t) in LAW_WORDS or t.lower_ in LAW_WORDS or (t.text[:1].isupper() and t.is_alpha) for t in after):
        return None  # the list's 'volgens' fits a rule or a law
    return "Schrijf 'vanwege'. Bijvoorbeeld: 'op grond van uw inkomen' wordt 'vanwege uw inkomen'."

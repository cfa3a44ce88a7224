"""Does 'hierbij' mean 'hereby' here? "Hierbij ontvangt u …" is the old formula;
"Heeft u hierbij hulp nodig?" is 'daarbij', everyday Dutch. The verb it goes with decides.

Pure: a token in, True or False out.
"""
from __future__ import annotations

from begrijpelijk.nlp import lemma
from begrijpelijk.rules._word_forms import verb_base

# what the letter does 'hereby': "Hierbij ontvangt u …", "Het college deelt u hierbij mee …"
HEREBY = {"ontvangen", "krijgen", "sturen", "zenden", "toezenden", "versturen", "meedelen", "mededelen", "delen",
          "informeren", "berichten", "verlenen", "toekennen", "bevestigen", "uitnodigen", "nodigen", "bijvoegen",
          "verzoeken", "vragen", "laten", "melden", "bedanken", "vaststellen", "stellen", "sommeren", "herinneren",
          "afwijzen", "weigeren", "intrekken", "kennen", "geven", "aanbieden", "verklaren", "besluiten", "treffen",
          "aantreffen", "wijzen", "attenderen", "beëindigen", "opleggen", "leggen", "stoppen", "verzenden",
          "aanzeggen", "opzeggen", "aanmanen", "machtigen"}
LATER_AUXILIARIES = {"zullen", "moeten"}  # not 'kunnen', 'mogen': "Hierbij mogen wij u feliciteren" is the formula
SUBCLAUSE = {"acl", "acl:relcl", "advcl", "xcomp", "ccomp", "csubj"}
# what a first 'Hierbij' leads to when it means 'daarbij': "Hierbij kan gedacht worden aan …"
THEREBY = {"denken", "blijven", "gelden", "horen", "helpen", "ondersteunen", "hebben", "gaan", "letten"}


def hierbij_everyday(token) -> bool:
    """'hierbij' as 'daarbij' ("Heeft u hierbij hulp nodig?", "Het wijkteam kan u hierbij
    ondersteunen"): the verb it goes with does nothing 'hereby'. First in its sentence it is
    the formula, unless that verb says so ("Hierbij kan gedacht worden aan …")."""
    # the verbs of the main clause: not "om mee te helpen" in "Daarom hierbij een oproep om mee te helpen!"
    verbs = [t for t in token.sent if t.pos_ in ("VERB", "AUX") and t.dep_ not in SUBCLAUSE and not any(c.dep_ == "mark" for c in t.children)]
    later = [t for t in verbs if t.i > token.i]
    verb = token.head if token.head.pos_ in ("VERB", "AUX") else (later[0] if later else (verbs[-1] if verbs else None))
    if verb is None:
        return False  # "Hierbij de uitnodiging voor de ouderavond."
    names = {lemma(verb), (verb.lemma_ or "").lower(), verb_base(verb)}  # "verleen ik u hierbij": the lemma may be the stem
    if token.i == token.sent.start:
        # "Hierbij zal worden aangemerkt dat …": what will be done then, not what this letter does
        later_on = not names & HEREBY and any(c.dep_.startswith("aux") and lemma(c) in LATER_AUXILIARIES for c in verb.children)
        return bool(names & THEREBY) or later_on
    return not names & HEREBY

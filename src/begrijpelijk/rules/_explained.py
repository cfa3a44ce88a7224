"""Does the text explain a jargon term itself? Then the reader learns the
word where it stands ("Dit noemen we verrekenen.", "Kwijtschelding houdt in
dat …", "Dagbesteding: de dag doorbrengen bij …"), and the rule says nothing."""
from __future__ import annotations

import re

from begrijpelijk.nlp import lemma
from begrijpelijk.nlp.closed_class import ARTICLES

NAMING = re.compile(r"\b(noemen (we|wij)|noemt men|heet|heten|genoemd)\b", re.I)
NAMING_WORDS = {"noemen", "noemt", "heet", "heten", "genoemd"}
# words between the naming verb and a term after it ("Dit heet in de wet een verrekening."), and
# between a term and 'genoemd' after it ("… wordt ook wel de eigen bijdrage genoemd")
NAMING_AFTER = 6
NAMING_BEFORE = 4
# naming words that name nothing: "zoals genoemd in het reglement", "Wij heten u welkom"
NOT_NAMING = re.compile(r"\b(?:zoals|hierboven|eerder|hiervoor|daar|hier) (?:\w+ )?genoemd\b|\b(?:heet|heten) (?:u|je|jullie|iedereen) (?:\w+ ){0,3}welkom\b", re.I)


def _named_near(sentence, matched) -> bool:
    """"Dit noemen we verrekenen.", "Dat heet terugvordering.": a naming verb near the term;
    not "… conform dienen te zijn volgens de voorschriften zoals genoemd in ons reglement"."""
    if not NAMING.search(sentence.text) or NOT_NAMING.search(sentence.text):
        return False
    first, last = matched[0].i, matched[-1].i
    return any(t.lower_ in NAMING_WORDS and (first - NAMING_AFTER <= t.i < first or last < t.i <= last + NAMING_BEFORE) for t in sentence)


def _named_here(first) -> bool:
    """"We noemen dit een keukentafelgesprek", "Wij noemen het een beschikking: …": the term
    right after "noemen dit/dat/het (een)"; not "Wij noemen dit bedrag ook in de beschikking"."""
    doc, k = first.doc, first.i - 1
    if k >= 0 and doc[k].lower_ in ARTICLES:
        k -= 1
    return k >= 1 and doc[k].lower_ in ("dit", "dat", "het") and doc[k - 1].lower_ == "noemen"


DEFINING_VERBS = {"houden", "inhouden", "betekenen", "zijn", "willen"}  # "X houdt in", "X betekent", "X is een …", "X wil zeggen"


def _defines(verb) -> bool:
    """"Een aanmaning is een brief …", "… betekent dat …": the verb opens a definition; "is hoog" does not."""
    if lemma(verb) != "zijn":
        return True
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return following is not None and following.lower_ in ("een", "de", "het", "dat", "als", "wanneer", "als:")


def _in_defined_subject(sentence, last) -> bool:
    """"Een niet nagekomen afspraak is een afspraak die u niet afzegt": the term inside a subject at
    the start, which the sentence then defines ("is een …")."""
    noun = last.head if last.dep_ in ("acl", "amod") else None
    if noun is None or not noun.dep_.startswith("nsubj") or noun.i - sentence.start > 4:
        return False
    verb = next((c for c in noun.head.children if c.dep_ == "cop" and c.i > noun.i), None)
    following = verb.doc[verb.i + 1] if verb is not None and verb.i + 1 < len(verb.doc) else None
    if verb is None or lemma(verb) != "zijn" or following is None or following.lower_ not in ("een", "de", "het"):
        return False
    # a definition names the same kind again ("… is een afspraak die …") or says what it is in a clause;
    # "De verstrekte gegevens zijn de basis voor uw toeslag" defines nothing
    predicate = noun.head
    return lemma(predicate) == lemma(noun) or any(c.dep_ == "acl:relcl" for c in predicate.children)


def explains(sentence, matched) -> bool:
    """Does this sentence explain the term? "Dit noemen we verrekenen.",
    "Dat heet terugvordering.", "Kwijtschelding houdt in dat u …",
    "Een aanmaning is een brief van ons …", "… verdelen (een boedelscheiding)",
    "Opschorten betekent dat …", "… een hersteltermijn. Dat is een periode …"."""
    first, last = matched[0], matched[-1]
    doc = first.doc
    if _named_near(sentence, matched):
        return True
    if _named_here(first):
        return True
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    opens = first.i - sentence.start <= 1 or (first.i - sentence.start == 2 and doc[first.i - 1].pos_ == "DET")
    # "Opschorten betekent dat …": the tagger may read a term at the start as a name or a verb
    if opens and after is not None and after.text == ":" and first.i == sentence.start and first.pos_ in ("NOUN", "PROPN") and last.i + 1 == after.i:
        # "Dagbesteding: De dag doorbrengen bij …": a list line that says what the term is (the model may end
        # the sentence at the colon); not a field label with its value ("Betreft: …" is a verb)
        rest = doc[after.i + 1 : min(len(doc), after.i + 12)]
        # a description ("De dag doorbrengen bij …", "een besluit dat de gemeente neemt …"), not a statement to
        # the reader ("u heeft de huur nog niet betaald", "wij hebben de huur nog niet ontvangen")
        statement = bool(len(rest)) and rest[0].lower_ in ("u", "wij", "we", "ik", "je", "jij", "jullie")
        # and a description has a verb: "Betreft: uw aanvraag voor bijzondere bijstand" is a field with its value
        return sum(t.is_alpha for t in rest) >= 4 and any(t.pos_ in ("VERB", "AUX") for t in rest) and not statement
    if opens and after is not None and after.i > last.i:
        if first.pos_ == "NOUN" and lemma(after) in DEFINING_VERBS and _defines(after):
            return True
        if first.pos_ in ("PROPN", "VERB") and lemma(after) in ("betekenen", "inhouden", "houden"):
            return True
    if _in_defined_subject(sentence, last):
        return True
    # "Dan krijgt u een hersteltermijn. Dat is een periode waarin …": the next
    # sentence explains the term that ended this one
    words_after = [t for t in doc[last.i + 1 : sentence.end] if not t.is_punct]
    following = doc[sentence.end :]
    if not words_after and len(following) >= 3 and following[0].lower_ in ("dat", "dit") and lemma(following[1]) in DEFINING_VERBS:
        return True
    # "… verdelen (een boedelscheiding)": a noun in brackets names what the words before it said;
    # "(indien van toepassing)", "(ten dele)" explain nothing; nor does a bracket that goes on after the noun
    before = [doc[k] for k in range(max(sentence.start, first.i - 2), first.i)]
    noun_phrase = first.pos_ in ("NOUN", "PROPN", "DET", "ADJ") and last.pos_ in ("NOUN", "PROPN")
    closed = after is not None and after.text == ")"  # "(peildatum 01 december)" says more than a name
    return any(t.text == "(" for t in before) and first.i > sentence.start + 2 and noun_phrase and closed

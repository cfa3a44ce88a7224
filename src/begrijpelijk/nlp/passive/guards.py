"""The guards: checks that refuse an example that is not sure to be right.

An advisor who sees one wrong example stops trusting the others, so each
check here says no for a shape the parse may have misread; ``sound`` is the
last check on every example.
"""
from __future__ import annotations

import re
from collections import Counter

from begrijpelijk.nlp.passive.agent import FOCUS, REPLACED_BY, is_plural, phrases_under, plain_doer, says_how
from begrijpelijk.nlp.passive.verbs import PLURAL_FINITE, SINGULAR_FINITE, is_finite
from begrijpelijk.nlp.passive.words import POSSESSIVES, SENTENCE_ADVERBS, TIME_NOUNS, edges


WORD = re.compile(r"\w+")

MARKS = frozenset(":;()[]/–-‘’“”„\"'")  # ("'" alone is a quote: "deze 'lintjesregen'")

# the longest example given: on the benchmark sentences (benchmarks/passief.py), examples of 26 to 35 words
# were right 16 times out of 17 once a clause in front could no longer take in the main clause; longer ones
# are rare and no more often right
MAX_EXAMPLE_WORDS = 35

# words that go with the noun phrase after them and move with it: "Ook omwonenden worden betrokken" →
# "[wie?] betrekt ook omwonenden", "zowel een akte van geboorte als …", "te weinig inkomsten"
PHRASE_FOCUS = frozenset({"ook", "zelfs", "zowel", "te", "zo"})

# "een aantal tarieven is/zijn verhoogd": a noun of quantity takes either number
QUANTITY_NOUNS = frozenset("aantal paar stel reeks deel helft meerderheid meeste rest groep heleboel boel".split())

SINGULAR_DETERMINERS = frozenset("het een dit dat elk ieder elke iedere".split())

SINGULAR_PRONOUNS = frozenset("u hij het dit dat ik je jij men".split())

PLURAL_PRONOUNS = frozenset("wij we jullie".split())


def sound(text: str, sentence, verbs: list, new: list[str], marks: Counter, kept: Counter | None = None) -> bool:
    """The last checks on an example: not too long; brackets and quotes
    whole; every colon, bracket or dash of the clause kept (``marks``: how
    many of each), and every word it must keep (``kept``: how many of each);
    and no word said more often than the letter's sentence
    says it, once its passive verbs are taken out and the new words put in
    (the doer, the active verbs, "hem" for "hij"). A phrase that the parse
    hung on two places would otherwise be said twice ("heeft een commissie
    ingesteld die … uitbrengt ingesteld")."""
    if len(text.split()) > MAX_EXAMPLE_WORDS or not _balanced(text) or not _brackets_as_written(text, sentence.text):
        return False
    if any(text.count(mark) < n for mark, n in marks.items()):
        return False
    said = Counter(_word_key(w) for w in WORD.findall(text))
    if any(said[_word_key(word)] < n for word, n in (kept or Counter()).items()):
        return False
    allowed = Counter(_word_key(w) for w in WORD.findall(sentence.text))
    allowed.subtract(t.lower_ for t in verbs)
    allowed.update(w.lower() for w in WORD.findall(" ".join(new)))
    return all(n <= allowed[w] for w, n in said.items())


def _balanced(text: str) -> bool:
    """Every bracket that opens closes, and quotes come in pairs."""
    depth = 0
    for ch in text:
        depth += ch in "(["
        depth -= ch in ")]"
        if depth < 0:
            return False
    return depth == 0 and text.count('"') % 2 == 0 and text.count("“") + text.count("„") == text.count("”")


def _brackets_as_written(text: str, source: str) -> bool:
    """Is every bracket and quote written against the same words as in the
    letter? "de reden(en)" parsed as two phrases would come back as "de
    reden (en)"."""
    strip = ".,;:!?"
    written = {chunk.strip(strip) for chunk in source.split()}
    # (quotes too: "’absoluut verzuim’" joined as "’ absoluut verzuim ’")
    return all(chunk.strip(strip) in written for chunk in text.split() if any(c in chunk for c in "()‘’“”\"„'"))


def _word_key(word: str) -> str:
    """A word as the last checks count it: small letters, "Eén" as "één"."""
    word = word.lower()
    return "één" if word == "eén" else word


def negated_indefinite(subject, words) -> bool:
    """"Een startdatum is nog niet gepland": as the object "een … niet"
    must become "geen …", which the example cannot write; so no example."""
    return subject is not None and subject.doc[subject.left_edge.i].lower_ == "een" and any(w.lower_ == "niet" for w in words)


def stranded(token) -> bool:
    """A preposition without its noun, right before the verbs: the "naar" of
    "Er wordt naar gestreefd" (with "er": "ernaar")."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.pos_ == "ADP" and token.dep_ != "compound:prt" and not list(token.children) and (
        following is None or following.pos_ in ("VERB", "AUX", "PUNCT") or following.lower_ in ("te", "om") or following == token.head
    )


def noun_phrase(subject) -> bool:
    """Does the subject's phrase read as a thing that is done to? Not when
    it begins with an adverb or is a day or date (the parse took the words
    in front for the subject)."""
    first = subject.doc[edges(subject, subject=True)[0]]
    tagged_away = first.pos_ in ("ADV", "ADP", "SCONJ", "CCONJ") or (first.pos_ in ("VERB", "AUX") and first.dep_ != "amod")
    if tagged_away and first.lower_ not in POSSESSIVES | PHRASE_FOCUS:  # "Jouw declaratieverzoek", whatever the tagger made of "jouw"
        return False
    return not is_time(subject)


def inserted_phrase(subject) -> bool:
    """Does the subject hold a phrase between commas whose closing comma
    comes after it ("de opbouw van uw huur, de huursamenstelling, is …")?"""
    doc = subject.doc
    start, end = edges(subject, subject=True)
    return end + 1 < len(doc) and doc[end + 1].text == "," and any(doc[i].text == "," for i in range(start, end))


def is_time(token) -> bool:
    """A time or a frequency: "volgende maand", "1 keer in de 2 weken", "wijk voor wijk"."""
    if token.lower_ in TIME_NOUNS or (token.lemma_ or "").lower() in TIME_NOUNS:
        return True
    return any(c.dep_ == "nmod" and c.lower_ == token.lower_ and any(g.lower_ == "voor" for g in c.children) for c in token.children)


def lone_adverb(token) -> bool:
    """"Uiteraard" in "Uiteraard wordt u …", which the parse took for a subject."""
    return token.lower_ in SENTENCE_ADVERBS and token.left_edge.i == token.right_edge.i == token.sent.start


def number_of(subject) -> str | None:
    """"Sing", "Plur", or None when the words do not say for sure: the
    tagger's number counts only when the form of the word agrees ("de
    firma" is no plural, "kentekens" and "criteria" are no singulars), and
    a noun of quantity or two nouns with "en" may go with either form
    ("Tijdens het gesprek wordt uw hulpvraag, … en … in kaart gebracht")."""
    if any(c.dep_ == "conj" for c in subject.children):
        return None
    last = [c for c in subject.children if c.dep_ in ("fixed", "flat", "compound") and c.i == subject.i + 1 and c.pos_ == "NOUN"]
    if last and not any(c.dep_ == "det" for c in subject.children):
        # "openlucht | evenementen": the noun that ends the words says the number ("de Basisregistratie | personen": the first)
        subject = last[0]
    if subject.lower_ in QUANTITY_NOUNS:
        return None  # "een aantal zaken moeten …"
    if subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in SINGULAR_DETERMINERS for c in subject.children):
        return "Sing"  # "het geschatte inkomen": "het" and "een" go with one thing, whatever the tagger said
    word = subject.lower_
    if subject.pos_ == "PRON":
        return "Sing" if word in SINGULAR_PRONOUNS else "Plur" if word in PLURAL_PRONOUNS else None
    if subject.pos_ not in ("NOUN", "PROPN") or word in QUANTITY_NOUNS:
        return None
    number = subject.morph.get("Number")
    plural_form = word.endswith(("en", "s", "a"))
    if "Plur" in number:
        return "Plur" if is_plural(subject) else None
    return "Sing" if "Sing" in number and not plural_form else None


def agrees(subject, finite: str) -> bool:
    """Does the subject the parse found agree with the finite verb? "De
    openbare verlichting en de bomen | worden": a parse that takes only "de
    bomen", or a singular noun before "worden", found the wrong subject."""
    if subject is None:
        return True
    number = number_of(subject)
    if number is None:
        return True
    if finite in SINGULAR_FINITE:
        return number == "Sing"
    if finite in PLURAL_FINITE:
        return number == "Plur"
    return True


def subject_misread(subject, relative, auxiliary, children, sentence) -> bool:
    """Did the parse take more, or another word, for the subject? "Uiteraard
    u", "Maandag 1 juli" (no noun phrase); "de opbouw van uw huur, de
    huursamenstelling, is …" (the closing comma would be lost); a relative
    pronoun that is not the clause's opener; "dat"/"die" before the verb of
    a clause with its own conjunction."""
    if subject is None:
        return False
    if not noun_phrase(subject) or inserted_phrase(subject):
        return True
    if subject != relative and subject.left_edge.i != sentence.start and ("Rel" in subject.morph.get("PronType") or subject.lower_ in ("die", "welke", "wat")):
        return True
    return subject.lower_ in ("dat", "die") and subject.i < auxiliary.i and any(c.dep_ == "mark" for c in children)


def unsure_doer(participle, doer, subject, lemma: str, children) -> bool:
    """Is the "door"-phrase not sure to say who does it, or where it goes?"""
    if doer is not None and phrases_under(doer):
        # "uitgenodigd door de keuringsinstantie | voor een medische keuring",
        # "door de gemeente | aan de ouders worden doorberekend": whose is the phrase?
        return True
    if doer is not None and lemma in REPLACED_BY:
        return True  # "vervangen door nieuw materiaal": the new thing, not who does it
    if doer is not None and not plain_doer(doer):
        return True
    if doer is None and subject is not None and any(t.lower_ == "door" and not says_how(t) for t in subject.subtree):
        return True  # "de verbeteringen van uw woning door meerdere bedrijven | worden uitgevoerd": the doer, hung on the subject
    # "mag enkel worden aangevraagd door de eigenaar": "enkel" goes with the doer, its place is not sure
    return doer is not None and any(c.lower_ in FOCUS and c.i < participle.i for c in children)


def unsure_verbs(participle, children, others) -> bool:
    """More verbs than one passive clause has, or a preposition that goes with "er"."""
    sentence = participle.sent
    if any(o.lower_ not in ("worden", "zijn", "geworden") for o in others):
        return True  # "heeft … moeten worden": too many verbs to be sure
    if sum(c.dep_ in ("aux", "aux:pass") and is_finite(c) and not c.lower_.endswith(("en", "zijn")) for c in children) > 1:
        return True  # "Nadat … is ontvangen | zal …": one clause has one finite verb; the other is the main clause's
    if "er" in (t.lower_ for t in sentence) and any(stranded(t) for t in children):
        return True  # "Er wordt | naar | gestreefd": "er" and "naar" belong together ("ernaar")
    # "wordt er … weinig | op | gehandhaafd": a preposition without its noun goes with "er" ("erop")
    return "er" in (t.lower_ for t in sentence) and (
        any(c.dep_ == "compound:prt" and not participle.lower_.startswith(c.lower_) for c in children)
        or any(t.dep_ == "case" and t.head.i < t.i < participle.i and t.head.head == participle for t in sentence)
    )


def kept_words(tokens, dropped: set[int]) -> Counter:
    """How often each word of ``tokens`` but the ``dropped`` ones is said:
    the words an example must keep (see ``sound``)."""
    return Counter(w.lower() for t in tokens if t.i not in dropped for w in WORD.findall(t.text))

"""Is a word-for-word rewrite right in its sentence? `fix` may never write
wrong Dutch, so a jargon edit is only made when every check here passes;
otherwise the finding stays, with its suggestion, and the writer decides.

- no doubled words: "na dagtekening van deze brief" → "datum van deze brief"
  would give "na datum van deze brief van deze brief";
- the word is used in the sense of the list: "beschikking" in "ter
  beschikking stellen" is no decision letter; a noun right after a bare
  preposition ("ter", "in", "tot", "op") is part of a fixed expression;
- the word class fits: an adjective or noun is never replaced by a verb
  ("U bent woonachtig" → "U bent wonen");
- only the dictionary form is replaced; an inflected verb keeps its finding,
  and the suggestion gets its form ("U behoeft niets te doen" → 'hoeft') only
  when that form is sure (the model's lemma table knows it): `verb_form`.
"""
from __future__ import annotations

import functools

from begrijpelijk.nlp.passive.verbs import SEPARABLE

FIXED_AFTER = {"ter", "ten", "tot", "in", "op", "te", "uit", "buiten", "onder", "per"}


def _words(text: str) -> list[str]:
    return [w.strip(".,;:!?()").lower() for w in text.split() if w.strip(".,;:!?()")]


def doubles_words(parsed, first, last, replacement: str) -> bool:
    """Would the replacement repeat the words right after or right before it?"""
    new = _words(replacement)
    after = [t.lower_ for t in parsed[last.i + 1 : last.i + 1 + len(new)] if not t.is_punct]
    before = [t.lower_ for t in parsed[max(0, first.i - len(new)) : first.i] if not t.is_punct]
    for k in range(1, len(new) + 1):
        if new[-k:] == after[:k] and len(new) > 1:
            return True
        if new[:k] == before[-k:] and len(new) > 1:
            return True
    # one word: "de de", "uw uw"
    return bool(new) and ((after[:1] == new[-1:]) or (before[-1:] == new[:1]))


# a noun after these is part of a fixed expression with another sense: "ter beschikking" is no decision
OTHER_SENSE_AFTER = {"ter", "ten"}


def in_other_sense(token) -> bool:
    """A noun in an old fixed expression ("ter beschikking", "ten laste"):
    not the word of the list in its own sense, so no finding for the word."""
    return token.pos_ in ("NOUN", "PROPN") and token.i > 0 and token.doc[token.i - 1].lower_ in OTHER_SENSE_AFTER


def in_fixed_expression(token) -> bool:
    """A noun right after a bare preposition: "ter beschikking", "in behandeling"."""
    if token.pos_ not in ("NOUN", "PROPN") or token.i == 0:
        return False
    previous = token.doc[token.i - 1]
    return previous.lower_ in FIXED_AFTER


@functools.lru_cache(maxsize=4096)
def _is_verb(word: str) -> bool:
    from begrijpelijk.nlp.lookup_lemmatizer import shipped_lookup

    if word in _SHORT_VERBS_WITH_PARTICLES:
        return True  # "gaan", and with a particle "uitgaan", "doorgaan"
    return word.endswith("en") and shipped_lookup().get(word, word) == word and word not in NOT_VERBS


SHORT_VERBS = {"gaan", "staan", "slaan", "doen", "zijn"}  # infinitives without -en
_SHORT_VERBS_WITH_PARTICLES = SHORT_VERBS | {p + v for v in SHORT_VERBS for p in SEPARABLE}


@functools.lru_cache(maxsize=1)
def _lemmas_with_forms() -> frozenset[str]:
    from begrijpelijk.nlp.lookup_lemmatizer import shipped_lookup

    return frozenset(shipped_lookup().values())


def has_forms(word: str) -> bool:
    """Does another form lead to this word in the language table ("bedraagt" → 'bedragen')? A plural
    noun that looks like an infinitive has none ("invorderingskosten", "proceskosten")."""
    return word in _lemmas_with_forms()


def is_infinitive(word: str) -> bool:
    """Is this word a verb in its dictionary form ("betalen", not "binnen")?"""
    return _is_verb(word)


# infinitive-shaped words that are no verbs
NOT_VERBS = {"anderen", "derden", "open", "even", "boven", "beneden", "binnen", "buiten", "tegen", "zonder", "wegen", "alleen", "samen", "tussen", "sinds"}


def _verb_form(word: str) -> bool:
    """A form of a verb: an infinitive, or a form the lemma table maps to a
    verb ("genomen" → "nemen")."""
    from begrijpelijk.nlp.lookup_lemmatizer import shipped_lookup

    if _is_verb(word):
        return True
    lemma = shipped_lookup().get(word)
    return lemma is not None and lemma != word and lemma.endswith("en") and _is_verb(lemma)


ARTICLES = {"de", "het", "deze", "dit", "die", "dat", "welke", "elke", "ieder", "iedere"}


def fits_word_class(token, replacement: str) -> bool:
    """Does the replacement fit where the word stands?

    - a verb only by a verb in its dictionary form ("retourneren" → "terugsturen");
    - an adjective, adverb or noun never by a verb form ("woonachtig" → "wonen",
      "niet-ontvankelijk verklaard" → "niet in behandeling genomen verklaard");
    - a noun not when it is plural ("Deze werkzaamheden worden" → "Deze werk
      worden"), nor after an article or adjective that would have to agree
      with it ("de aanvang" → "de begin")."""
    words = [w.lower() for w in replacement.split()]
    if token.pos_ in ("VERB", "AUX"):
        return bool(words) and words[-1].endswith("en") and " " not in token.text
    if token.pos_ in ("ADJ", "ADV", "NOUN", "PROPN") and any(_verb_form(w) for w in words):
        return False
    if token.pos_ == "NOUN":
        if "Plur" in token.morph.get("Number") or len(words) != 1:
            return False  # "een terugbetaling" → "een geld terug"
        doc = token.doc
        for previous in reversed(doc[max(0, token.i - 3) : token.i]):
            if previous.pos_ == "ADJ" and previous.i == token.i - 1:
                return False
            if previous.lower_ in ARTICLES:
                return False
            if previous.pos_ not in ("ADJ", "ADV"):
                break
    return True


def is_separable(verb: str) -> bool:
    """Does this verb split from a particle ("terugsturen" → "stuurt … terug")?"""
    return any(verb.startswith(p) and len(verb) - len(p) >= 4 for p in SEPARABLE)


def splits_off(token, alternative: str) -> bool:
    """Would a separable ``alternative`` leave its particle behind here? A finite verb
    in first or second place (a main clause): "Dan verrekenen we het" is "Dan trekken
    we het af", never "Dan aftrekken we het"."""
    if "|pv|" not in (token.tag_ or "") or not is_separable(alternative):
        return False
    if token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") and "|pv|" in (token.head.tag_ or ""):
        token = token.head  # "Wij ontvangen het en retourneren het direct": the subject is the first verb's
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.i == token.sent.start or (after is not None and after.pos_ == "PRON" and after.dep_.startswith("nsubj")):
        return True
    # "Wij retourneren het formulier": the subject first, the verb second, in a main clause
    # ("kunnen … hun standpunten toelichten": with a helper verb it is the infinitive, whatever the tag says)
    subordinate = token.dep_ in ("advcl", "acl", "acl:relcl", "ccomp", "csubj") or any(c.dep_ in ("mark", "aux", "aux:pass") for c in token.children)
    return not subordinate and any(c.dep_.startswith("nsubj") and c.i < token.i for c in token.children)


# "u wilt" but "wie … wil", "de school wil": a modal has two forms where other verbs have one
MODAL_PERSONS = {"willen": ("wil", "wilt"), "kunnen": ("kan", "kunt"), "zullen": ("zal", "zult")}
SECOND_PERSON = {"u", "je", "jij"}


def modal_for_subject(token, alternative: str) -> str | None:
    """'wenst' → 'wilt' after "u", 'wil' after "wie" or "de school"; None without a subject."""
    subject = next((c for c in token.children if c.dep_.startswith("nsubj")), None)
    if subject is None:
        return None
    third, second = MODAL_PERSONS[alternative]
    return second if subject.lower_ in SECOND_PERSON else third


def verb_form(token, lemma: str, alternative: str) -> str | None:
    """The alternative in the form of ``token`` (a form of the verb ``lemma``),
    or None when that form is not sure."""
    from begrijpelijk.nlp.passive.verbs import third_singular

    form = token.lower_
    if form == lemma:  # infinitive or plural present: the dictionary form
        # but a plural finite verb of a main clause splits a separable alternative:
        # "Dan verrekenen we het" is "Dan trekken we het af", not "Dan aftrekken we het"
        return None if splits_off(token, alternative) else alternative
    if " " in alternative:
        return None
    third = third_singular(lemma)
    if third is not None and form == third and "Past" not in token.morph.get("Tense"):
        if alternative in MODAL_PERSONS:
            return modal_for_subject(token, alternative)
        result = third_singular(alternative)
        if result is None:
            return None
        # a separable verb splits in a main clause: "stuurt … terug"; not sure here
        if any(alternative.startswith(p) and result.startswith(p) and len(alternative) - len(p) >= 4 for p in SEPARABLE):
            return None
        return result
    return None

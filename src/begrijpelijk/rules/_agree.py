"""Does an alternative still agree with the words around it?

`_advice.fitted` puts the alternative in the form of the word it replaces. The
words around the word stay, and they may no longer fit:

- a determiner before it and one in the alternative: "in uw persoonlijke
  omstandigheden" → 'uw situatie' would give "in uw uw situatie"; the same
  determiner is dropped from the alternative, another one makes it unsure;
- the number changes where the sentence shows it: "De volgende regelgeving
  is …" → 'regels' needs "zijn"; "de eigen bijdragen" → 'deel …';
- a word that modified the replaced word stays behind: "het volledig
  openstaand bedrag" → "het volledig bedrag …";
- an adjective before a noun, or after "is", cannot become a group of words:
  "een minnelijk traject" → "een in overleg traject", "is eenmalig" → "is één keer";
- a verb in the past tense: "verleende ik u" → 'gegeven' is a participle;
- a passive of a verb that has none: "door mij zijn ontvangen" → 'gekregen';
- an alternative that needs its object after it, where the sentence has it
  before: "kunt u raadplegen via …" → 'kijken in via', "Uw aanvraag moet ik
  afwijzen" → 'nee zeggen tegen'; or before it, where the sentence has it
  after: "ter compensatie van de kosten" → 'om goed te maken de kosten'.

`agree` gives the alternative as it may stand, or None: then the advice says
"(vorm aanpassen)" and `fix` leaves the word alone. Pure: tokens in, text out.
"""
from __future__ import annotations

import re

from begrijpelijk.nlp import forms

DETERMINERS = {
    "de", "het", "een", "uw", "je", "jouw", "onze", "ons", "mijn", "deze", "dit", "die", "dat",
    "elk", "elke", "ieder", "iedere", "zijn", "haar", "hun", "geen", "alle",
}
# determiners that show the number of their noun ("de" and "uw" do not)
SINGULAR_ONLY = {"een", "elk", "elke", "ieder", "iedere", "dit", "dat", "één"}
PLURAL_ONLY = {"alle", "beide", "enkele", "sommige", "meerdere", "twee", "drie", "vier", "veel"}
NO_PASSIVE = {"krijgen", "hebben", "kennen", "bezitten", "houden"}
PREPOSITIONS = {"in", "op", "aan", "voor", "tegen", "over", "met", "naar", "bij", "van", "om", "tot", "uit"}
RELATIVE = {"dat", "die", "waar", "waarmee", "waarin", "waarop", "wat", "om", "als"}
NOUN_PHRASE_START = {"DET", "NOUN", "PROPN", "ADJ", "NUM"}
# words that only stand beside a verb, never before a noun or as its subject ("in samen akkoord")
ADVERB_ONLY = {"samen", "hierboven", "hieronder", "meteen", "nu", "soms", "vaak", "later", "eerder", "daarna", "toen", "straks"}
# "daarvan", "hierover", "ermee": the object of the replaced verb, which the alternative must take too
PRONOMINAL = re.compile(r"^(?:daar|hier|er|waar)(van|over|mee|aan|op|voor|bij|naar|in|uit|toe)$")  # not "daarom", "daardoor": a reason
FINITE_MODAL_IF = {"mocht", "mochten"}
# the article of a noun by its ending: '-ing' is a de-word, '-je' a het-word
DE_ENDINGS = ("ing", "heid", "ij", "tie", "sie", "teit", "ster", "nis", "schap")
HET_ENDINGS = ("je", "isme", "ment", "um", "sel")
# last parts of compounds whose article is sure: "voorkant", "belastingbrief" (de); "regenwater", "overzicht" (het)
DE_HEADS = ("kant", "brief", "regel", "vraag", "afspraak", "straat", "woning", "weg", "dag", "week", "maand", "keer", "datum", "kosten")
HET_HEADS = ("water", "huis", "geld", "werk", "bedrag", "gebouw", "overzicht", "formulier", "nummer", "contract", "plan", "adres", "overleg")


def agree(matched, form: str) -> str | None:
    """``form`` as it may stand in place of ``matched``, or None when the
    words around it would no longer agree."""
    first, last = matched[0], matched[-1]
    doc = first.doc
    previous = doc[first.i - 1] if first.i > 0 else None
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    words = form.split()
    if not words or any(w in ("...", "…") or w.startswith("(") for w in words):
        return None  # "omdat ... vroeg", "van (datum)": a frame the writer fills in, never the words as they stand
    if previous is not None and previous.lower_ in DETERMINERS and words[0].lower() in DETERMINERS and len(words) > 1:
        if words[0].lower() != previous.lower_:
            return None
        words = words[1:]  # "in uw persoonlijke omstandigheden" → 'situatie'
    adjectival = first.pos_ == "ADJ" or (first.tag_ or "").startswith(("WW|vd|prenom", "WW|od|prenom"))
    if previous is not None and previous.head.i == first.i and previous.pos_ in ("ADJ", "ADV") and adjectival and len(matched) > 1:
        return None  # "het volledig openstaand bedrag": 'volledig' loses its word
    own = {t.i for t in matched}
    separated = len(matched) == 2 and last.dep_ == "compound:prt"  # "treffen … aan": the words between stay
    between = [t for t in doc[first.i : last.i + 1] if t.i not in own]
    if any(t.pos_ in ("VERB", "AUX") for t in between):
        return None  # "aanspraak kunt maken op" → 'recht hebben op' would drop 'kunt'
    if not separated and any(t.dep_.startswith("nsubj") for t in between):
        return None  # "zijn we in staat" → 'kunnen' would drop 'we'
    words = _without_second_er(matched, words, following)
    if not words or _number_changes(matched, words, previous) or _breaks_frame(matched, words, previous):
        return None
    if _adjective_to_group(matched, words, following):
        return None
    if _past_or_passive_breaks(matched, words):
        return None
    if _object_on_wrong_side(matched, words, following):
        return None
    if _word_order_breaks(matched, words, previous, following) or _auxiliary_changes(matched, words):
        return None
    if first.pos_ == "NOUN" and len(words) == 1 and previous is not None and previous.pos_ == "ADP" and _verb_word(words[0]):
        return f"het {words[0]}"  # "na verzending van" → 'na het versturen van'
    return " ".join(words)


def _verb_word(word: str) -> bool:
    from begrijpelijk.rules._fit import is_infinitive

    return is_infinitive(word.lower())


def _without_second_er(matched, words: list[str], following) -> list[str]:
    """"omdat er geen afvoer aanwezig is" → 'er is' would say 'er' twice: 'is'.
    "Als er sprake is van verzuim" → the words must move ("als er verzuim is"): [] (not sure)."""
    if len(words) < 2 or words[0].lower() != "er":
        return words
    sentence = matched[0].sent
    own = {t.i for t in matched}
    if not any(t.lower_ == "er" and t.i not in own for t in sentence):
        return words
    if following is not None and following.pos_ in NOUN_PHRASE_START:
        return []
    return words[1:]


def _breaks_frame(matched, words: list[str], previous) -> bool:
    """The words around the span expect another kind of word:
    - "is bevoegd om" → 'is mag om': an adjective after 'is' becomes a verb;
    - "geen gebruikmaken van de strook" → 'geen gebruiken': 'geen' needs a noun;
    - "Welke woningen komen in aanmerking?" → 'recht hebben': the verb stood first;
    - "te inventariseren" → 'te op een rij zetten': 'te' belongs inside the group;
    - "het voorontwerp bestemmingsplan" → 'het voorontwerp plan met regels …'."""
    first = matched[0]
    last_is_verb = _verb_word(words[-1])
    if first.pos_ in ("ADJ", "ADV") and len(matched) == 1 and _finite_or_infinitive(words[0]):
        return True
    if previous is not None and previous.lower_ == "geen" and last_is_verb:
        return True
    if len(matched) > 1 and first.pos_ in ("VERB", "AUX") and len(words) > 1 and last_is_verb:
        return True
    if previous is not None and previous.lower_ == "te" and len(words) > 1 and last_is_verb:
        return True
    return previous is not None and previous.pos_ == "NOUN" and first.pos_ == "NOUN" and len(words) > 1 and previous.i == first.i - 1


def _finite_or_infinitive(word: str) -> bool:
    """'mag', 'kan', 'geldt', 'betalen': a verb form, which no adjective becomes."""
    lowered = word.lower()
    lemma = (forms.lookup_lemma(lowered) or "")
    finite = lemma.endswith("en") and not lowered.endswith(("e", "en")) and forms.participle(lemma) != lowered
    return lowered in ("mag", "kan", "moet", "wil", "zal", "is", "heeft") or _verb_word(lowered) or finite


def is_plural(word: str) -> bool:
    """A plural noun by its spelling: "regels", "brieven", "afspraken"."""
    word = word.lower()
    candidates = []
    if word.endswith("'s"):
        candidates.append(word[:-2])
    elif word.endswith("s"):
        candidates.append(word[:-1])
    if word.endswith("en"):
        stem = word[:-2]
        candidates += [stem, stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1:], stem[-1:])]
        if len(stem) >= 2 and stem[-2] in "aeou":
            candidates.append(stem[:-1] + stem[-2] + stem[-1])  # afspraken → afspraak
    for candidate in candidates:
        if len(candidate) >= 3 and forms.plural(candidate) == word:
            return True
    if word.endswith("s") and word[:-1].endswith(("el", "em", "er", "en", "je", "ie")) and len(word) > 4:
        return True  # "regels", "wagens": the -s plural, also when the word list misses it
    if word.endswith("en") and len(word) > 5 and not word.endswith(("ien", "een")):
        return True  # "kosten", "wetten": a noun in -en is mostly a plural; when not, the advice only gets less sure
    lemma = forms.lookup_lemma(word)
    return lemma is not None and lemma != word and not word.endswith(("de", "te", "d", "t"))


def _head(words: list[str]) -> str | None:
    """The noun an alternative is about: 'bedrag dat u nog moet betalen' → 'bedrag'."""
    head = []
    for word in words:
        if word.lower() in RELATIVE or word.lower() in PREPOSITIONS:
            break
        head.append(word)
    return head[-1] if head else None


def _number_changes(matched, words: list[str], previous) -> bool:
    """The noun changes number where the sentence shows it: its verb, or a determiner."""
    nouns = [t for t in matched if t.pos_ == "NOUN"]
    if not nouns or matched[-1].pos_ != "NOUN":
        return False
    noun = nouns[-1]
    head = _head(words)
    if head is None:
        return False
    new_plural = " en " in f" {' '.join(words).lower()} " or is_plural(head)
    old_plural = "Plur" in noun.morph.get("Number")
    if new_plural == old_plural:
        return False
    shown_by_verb = noun.dep_.startswith("nsubj")
    det = previous.lower_ if previous is not None else ""
    shown_by_det = det in SINGULAR_ONLY or det in PLURAL_ONLY or (previous is not None and previous.pos_ == "NUM")
    return shown_by_verb or shown_by_det


def _adjective_to_group(matched, words: list[str], following) -> bool:
    """An adjective before a noun ("een minnelijk traject") or after a copula
    ("is eenmalig") cannot become a group of words."""
    if len(matched) != 1 or len(words) < 2:
        return False
    token = matched[0]
    if token.pos_ != "ADJ":
        return False
    before_noun = following is not None and following.pos_ in ("NOUN", "PROPN") and following.i == token.i + 1
    # "is eenmalig" → "is één keer"; "is niet-ontvankelijk" → "is niet in behandeling genomen" is fine
    after_copula = any(c.dep_ == "cop" for c in token.children) and words[0].lower() in ("één", "een", "twee")
    return before_noun or token.dep_ == "amod" or after_copula


def _past_or_passive_breaks(matched, words: list[str]) -> bool:
    """A past tense ("verleende ik u") takes no participle, and a verb without a
    passive ("krijgen") cannot stand in one ("door mij zijn ontvangen")."""
    from begrijpelijk.rules._verb_forms import is_participle

    if len(matched) != 1 or matched[0].pos_ not in ("VERB", "AUX"):
        return False
    token = matched[0]
    from begrijpelijk.rules._fit import is_infinitive

    participle = is_participle(token)
    past = (token.tag_ or "").startswith("WW|pv|verl") and not is_infinitive(token.lower_)
    if past and not participle:
        return True
    passive_aux = any(c.dep_ == "aux:pass" or (c.dep_ == "aux" and c.lemma_ in ("zijn", "worden")) for c in token.children)
    if participle and passive_aux:
        lemma = (forms.lookup_lemma(words[-1].lower()) or words[-1].lower())
        made = {forms.participle(verb): verb for verb in NO_PASSIVE}
        return words[-1].lower() in made or lemma in NO_PASSIVE
    return False


def _object_on_wrong_side(matched, words: list[str], following) -> bool:
    """'kijken in' needs its object after it; 'om goed te maken' needs it before."""
    from begrijpelijk.rules._fit import is_infinitive

    last_word = words[-1].lower()
    next_is_phrase = following is not None and following.pos_ in NOUN_PHRASE_START and not following.is_punct
    if last_word in PREPOSITIONS and len(words) > 1:
        # "raadplegen via": the object stood before the verb; "Let op:" names it after the colon
        return not next_is_phrase and not (following is not None and following.text == ":")
    if len(words) > 1 and is_infinitive(last_word) and next_is_phrase and matched[-1].pos_ == "ADP":
        return True  # "ter compensatie van de kosten" → 'om de kosten goed te maken'
    return False


def _word_order_breaks(matched, words: list[str], previous, following) -> bool:
    """The alternative needs other words around it than the sentence has:
    - "in gezamenlijk akkoord" → 'samen', "als bovenstaande van toepassing is" → 'hierboven';
    - "zullen we u daarvan op de hoogte brengen" → 'laten weten' leaves 'daarvan';
    - "Mocht het een dag regenen" → 'als het' leaves the infinitive;
    - "terwijl er geen drempels aanwezig zijn" → 'er zijn' puts 'er' at the end;
    - "de huurachterstand van € 500" → 'huur die u nog moet betalen van € 500';
    - "kunt u gebruik maken van het recht" → 'gebruiken het recht': the object must move."""
    first, last = matched[0], matched[-1]
    lowered = [w.lower() for w in words]
    if len(words) == 1 and lowered[0] in ("deze", "die", "dit", "dat") and following is not None and following.pos_ == "NOUN":
        return not _same_gender(lowered[0], following)  # "voornoemd bedrag" → 'dit bedrag', not 'deze'
    if len(words) == 1 and lowered[0] in ADVERB_ONLY:
        nominal = first.lower_.endswith("e") and (following is None or following.pos_ not in ("NOUN", "ADJ", "PROPN"))
        if (first.pos_ == "ADJ" and first.dep_ == "amod") or nominal:
            return True  # "als bovenstaande van toepassing is": an adjective used as a noun
    own = {t.i for t in matched}
    verbal = any(t.pos_ in ("VERB", "AUX") for t in matched) or (previous is not None and previous.head.i in own)
    # (one verb on its own takes no preposition from it: "Hierbij ontvangt u" → 'krijgt')
    if verbal and len(matched) > 1 and previous is not None and (pronominal := PRONOMINAL.match(previous.lower_)) and pronominal.group(1) not in lowered:
        return True
    if first.lower_ in FINITE_MODAL_IF and any(t.i > last.i and t.pos_ in ("VERB", "AUX") and "inf" in (t.tag_ or "") for t in first.sent):
        return True
    in_subclause = any(t.dep_ == "mark" for t in [*last.head.children, *last.children])
    if lowered[0] == "er" and last.pos_ in ("VERB", "AUX", "ADJ") and in_subclause:
        return True
    if len(words) > 2 and any(w in RELATIVE for w in lowered[1:]) and following is not None and following.pos_ == "ADP":
        return True
    non_finite = any(t.pos_ in ("VERB", "AUX") and not (t.tag_ or "").startswith("WW|pv") for t in matched)
    next_is_phrase = following is not None and following.pos_ in NOUN_PHRASE_START and not following.is_punct
    return len(words) == 1 and _verb_word(words[0]) and last.pos_ == "ADP" and non_finite and next_is_phrase


def _same_gender(determiner: str, noun) -> bool:
    """'deze'/'die' with a de-word or a plural, 'dit'/'dat' with a het-word; unsure is False."""
    word = noun.lower_
    plural = "Plur" in noun.morph.get("Number")
    de_word = plural or word.endswith(DE_ENDINGS) or word.endswith(DE_HEADS)
    het_word = not plural and (word.endswith(HET_ENDINGS) or word.endswith(HET_HEADS))
    return (de_word and determiner in ("deze", "die")) or (het_word and determiner in ("dit", "dat"))


def _auxiliary_changes(matched, words: list[str]) -> bool:
    """"heeft ingestemd met" → 'akkoord gaan met' needs "is akkoord gegaan": the
    perfect tense of the alternative takes 'zijn' where the sentence has 'hebben'; not so with an
    object ("Wij hebben het beleid gewijzigd" → 'veranderd')."""
    from begrijpelijk.nlp.passive.detect import HEBBEN_WITH_OBJECT, takes_zijn
    from begrijpelijk.nlp.passive.verbs import lemma_of_participle
    from begrijpelijk.rules._verb_forms import is_participle

    participles = [t for t in matched if t.pos_ in ("VERB", "AUX") and is_participle(t)]
    if not participles:
        return False
    has_hebben = any(c.lemma_ == "hebben" and c.dep_ == "aux" for c in participles[0].children)
    verbs = [lemma_of_participle(w.lower()) or (w.lower() if _verb_word(w.lower()) else None) for w in words]
    known = [v for v in verbs if v]
    if known and known[-1] in HEBBEN_WITH_OBJECT and any(c.dep_ == "obj" for c in participles[0].children):
        return False
    return has_hebben and bool(known) and takes_zijn(known[-1])

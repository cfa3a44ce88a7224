"""What the jargon rule tells the writer to write instead, fitted to the sentence.

- the alternative in the form the word has: a participle ("verleend" →
  'gegeven'), an adjective with -e ("vigerende" → 'geldende'), a plural
  ("regelingen"), a verb for "hij/u" ("behoeft" → 'hoeft'), a split verb
  ("treft … aan" → 'vindt', and 'aan' goes);
- when that form is not sure: the dictionary form, with "(vorm aanpassen)";
- a term with a fixed legal meaning gets advice to explain it, never a synonym;
- a word whose sense depends on the sentence gets advice without a word;
- the alternative in the letter's own voice: a letter written as "ik" gets no
  alternative with "wij" or "ons" as if it were its own;
- some places never get a word-for-word rewrite: 'echter' inside a sentence
  (it moves to the front as 'Maar'), 'nadere' after 'zonder' ('verdere'), a
  verb with 'zich/ons' ("wij achten ons vrij").

Every function is pure: tokens and a word-list entry in, text out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from begrijpelijk.nlp import forms
from begrijpelijk.rules._agree import DE_ENDINGS, DE_HEADS, HET_ENDINGS, HET_HEADS, agree
from begrijpelijk.rules._senses import advice_for
from begrijpelijk.rules._word_forms import before_noun, with_case
from begrijpelijk.rules._verb_forms import (
    MODAL_INFINITIVES, form_of_a_same_form_verb, infinitive_after, is_participle, phrase_in_form, split_by_te, verb_in_form, with_te,
)

FIRST_PERSON_PLURAL = {"wij", "we", "ons", "onze"}
FIRST_PERSON_SINGULAR = {"ik", "mij", "me", "mijn"}
REFLEXIVE = {"zich", "ons", "mij", "me", "zichzelf", "onszelf", "mezelf", "u"}
ADAPT = " (vorm aanpassen)"
# a note of the list that is itself advice ("Begin met 'Als' …"), not an example after "Schrijf in gewone woorden …"
OWN_ADVICE = ("Schrijf ", "Maak ", "Begin ", "Laat ")
SALUTED = {"heer", "mevrouw", "meneer", "heren", "dames", "lezer", "klant", "bewoner", "bewoners", "relatie", "ouders", "familie"}


@dataclass(frozen=True)
class Advice:
    suggestion: str
    alternatives: tuple[str, ...]  # in the form the sentence needs (empty: advice only)
    may_fix: bool  # a word-for-word rewrite may be tried (it is still checked by _fit)


def letter_voice(doc) -> str:
    """'ik' when the sender writes as one person and never as 'wij'; else 'wij'."""

    def count() -> str:
        singular = plural = 0
        for parsed in doc.docs:
            for token in parsed:
                word = token.lower_
                singular += word in FIRST_PERSON_SINGULAR and word != "me"
                plural += word in FIRST_PERSON_PLURAL
        return "ik" if singular and not plural else "wij"

    return doc.memo("letter-voice", count)


def _in_voice(alternative: str, voice: str) -> str | None:
    """The alternative in the letter's voice, or None when it speaks as 'wij'
    in a letter written as 'ik' and cannot be turned ("wij lossen het op")."""
    words = alternative.split()
    if voice != "ik" or not FIRST_PERSON_PLURAL & {w.lower() for w in words}:
        return alternative
    if {"wij", "we"} & {w.lower() for w in words}:
        return None  # the verb would change with the person: not sure
    swapped = {"ons": "mij", "onze": "mijn"}
    return " ".join(swapped.get(w.lower(), w) for w in words)


def _adjective_form(token, entry, alternative: str) -> str | None:
    word = token.lower_
    inflected = word.endswith("e") and not entry.term.endswith("e")
    if alternative.endswith("en") and " " not in alternative and word.endswith(("end", "ende")):
        return forms.present_participle(alternative, inflected)  # "vigerende" → "geldende"
    if " " in alternative:
        return alternative if not inflected and (token.dep_ != "amod") else None
    return forms.inflected_adjective(alternative) if inflected else alternative


def _noun_form(token, alternative: str) -> str | None:
    if "Plur" in token.morph.get("Number"):
        return forms.plural(alternative)
    return alternative


def _is_imperative(token, entry) -> bool:
    """"Vermeld altijd uw kenmerk.": the first word of its sentence is the
    verb's stem and nothing before it is its subject."""
    first = next((t for t in token.sent if t.is_alpha), None)
    # "Voor de goede orde, vermeld altijd het dossiernummer": the stem right after a comma opens the order too
    # ("Het bedrag, vermeld op de factuur, is te hoog" has another finite verb: there it is a participle)
    other_finite = any((t.tag_ or "").startswith("WW|pv") for t in token.sent if t.i != token.i)
    after_comma = token.i > token.sent.start and token.doc[token.i - 1].text == "," and not other_finite
    opens = first is not None and (first.i == token.i or after_comma)
    return opens and token.lower_ == forms.imperative(entry.term) and not any(c.dep_.startswith("nsubj") for c in token.children)


def _phrase_before_noun(token, alternative: str) -> bool:
    """An adjective before its noun ("de vorenstaande regels", "minderjarige
    kinderen") takes one word, or words that end as an adjective does ('eerder
    genoemde'); a clause or a phrase ('wat hierboven staat', 'jonger dan 18')
    has to go after the noun, so the sentence must change."""
    words = alternative.split()
    return "prenom" in (token.tag_ or "") and len(words) > 1 and not words[-1].endswith("e")


ADVERB_ONLY = {"samen", "meteen", "straks", "soms", "helemaal"}  # words with no form before a noun


def _adverb_before_noun(matched, alternative: str) -> bool:
    """"de gezamenlijke ruimten": 'samen' has no form before a noun; it can only show what is meant."""
    return len(matched) == 1 and "prenom" in (matched[0].tag_ or "") and alternative in ADVERB_ONLY


OBJECT_FORM = {"ik": "mij"}  # a pronoun after a preposition


def fitted(matched, entry, alternative: str) -> str | None:
    """One alternative in the form the matched word has in its sentence, or
    None when that form is not sure."""
    if len(matched) == 1 and _is_imperative(matched[0], entry):
        form = forms.imperative(alternative)  # "Vermeld" → 'Noem', not 'genoemd'
        return with_case(matched[0].text, form) if form else form
    particle = _separated_particle(matched, entry)
    if particle is not None:
        from begrijpelijk.rules._fit import is_separable

        if is_separable(alternative):
            return None  # "Hieronder lichten wij dit toe": 'uitleggen' splits as well ('leggen wij dit uit'), not sure
        # "treft … aan": the verb without its particle, in the verb's form
        verb = replace(entry, term=entry.term[len(particle):])
        return verb_in_form(matched[0], verb, alternative) if " " not in alternative else None
    if split_by_te(matched):
        return with_te(alternative)  # "in te dienen" → 'te sturen', 'op te sturen'
    if len(matched) != 1:
        return phrase_in_form(matched, entry, alternative)
    token = matched[0]
    if _before_its_subject(token):
        # "Verstrekt u ons …?": a finite verb before 'u' is no participle, whatever its letters say
        from begrijpelijk.rules._fit import verb_form

        form = verb_form(token, entry.term, alternative)
        return with_case(token.text, form) if form else form
    from begrijpelijk.rules._fit import splits_off

    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.text in ("’s", "'s") and not token.whitespace_:
        return None  # "scenario’s": the plural is glued on, the alternative needs its own ('mogelijkheden')
    no_edit = len(entry.alternatives) > 1 or entry.kind == "geen-fix"  # with one sure alternative, fix puts the 'te' inside itself
    if splits_off(token, alternative) or (no_edit and _after_te(token, alternative)):
        return None  # "Dan verrekenen we": 'trekken we … af'; "te verduidelijken": 'uit te leggen'. Not sure
    if token.lower_ == entry.term and forms.participle(entry.term) == entry.term:
        form = form_of_a_same_form_verb(token, alternative)
        return with_case(token.text, form) if form else None
    if _phrase_before_noun(token, alternative):
        return None  # "de vorenstaande regels": 'wat hierboven staat' cannot stand before 'regels'
    by_letters = _by_letters(token.lower_, entry.term, alternative)
    if by_letters is not None:
        return by_letters or None
    if is_participle(token):
        return verb_in_form(token, entry, alternative) if token.pos_ in ("VERB", "AUX") else None
    if token.lower_ == entry.term:
        previous = token.doc[token.i - 1] if token.i > 0 else None
        if alternative in OBJECT_FORM:
            # "door ondergetekende" → 'door mij'; elsewhere the form is not sure: "Ondergetekende verklaart"
            # needs 'ik verklaar', "U kunt ondergetekende bereiken" needs 'mij'
            return OBJECT_FORM[alternative] if previous is not None and previous.pos_ == "ADP" else None
        return alternative  # the dictionary form as written
    if (token.tag_ or "").startswith("WW|od"):
        return _adjective_form(token, entry, alternative)  # "vigerende": a present participle as adjective
    if token.pos_ in ("VERB", "AUX"):
        return verb_in_form(token, entry, alternative)
    if token.pos_ == "ADJ":
        return _adjective_form(token, entry, alternative)
    if token.pos_ == "NOUN":
        return _noun_form(token, alternative)
    return None


def _after_te(token, alternative: str) -> bool:
    """A separable alternative after 'te' takes the 'te' inside: "te verduidelijken" is 'uit te leggen', never 'te uitleggen'."""
    from begrijpelijk.rules._fit import is_separable

    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.lower_ == "te" and is_separable(alternative)


def _before_its_subject(token) -> bool:
    """A finite verb with its subject pronoun right after it: "Ontvangt u …", "Verstrekt u …"."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (token.tag_ or "").startswith("WW|pv") and following is not None and following.lower_ in ("u", "je", "jij", "hij", "zij", "ze")


def _by_letters(word: str, term: str, alternative: str) -> str | None:
    """The alternative's form read from the letters of the word, before the
    tagger is asked (it may call "indienen" a participle, "ingediende" a
    present participle): the word is the verb's participle ("ingediend" →
    'gestuurd'), the participle with -e ('gestuurde'), the present participle
    ("vigerende" → 'geldende') or the dictionary form itself. None when the
    letters do not tell; "" when they tell and the form is not sure."""
    made = forms.participle(term) if " " not in term and term.endswith("en") else None
    if made is None:
        return None  # not a verb the tables know
    if word == term:
        return None if made == term else alternative  # "ontvangen" is both: the sentence decides
    if " " in alternative:
        return "" if made and word in (made, made + "e") else None
    if word == made:
        return forms.participle(alternative) or ""
    if not made.endswith("en") and word == made + "e":
        form = forms.participle(alternative)
        # "verrichte" → 'gedane', not 'gedaane': the spelling of the -e form comes from the word list
        return "" if form is None else form if form.endswith("en") else (forms.participle_with_e(form) or "")
    if word in (term + "d", term + "de"):
        return forms.present_participle(alternative, word.endswith("e")) or ""
    return None


def _context(matched, entry) -> str | None:
    """Advice for a place where a word-for-word rewrite changes the sense."""
    first = matched[0]
    doc = first.doc
    previous = doc[first.i - 1] if first.i > 0 else None
    following = doc[matched[-1].i + 1] if matched[-1].i + 1 < len(doc) else None
    if entry.term == "echter" and previous is not None and previous.text in (",", ";") and following is not None and (following.tag_ or "").startswith("WW|pv"):
        # "U stelt van wel, echter was er …": the contrast is inside the sentence, the verb comes first after it
        return "Schrijf ', maar' en zet daarna het onderwerp voor het werkwoord."
    if entry.term == "echter" and not (first.is_sent_start or (previous is not None and previous.is_punct and previous.is_sent_start)):
        return "Begin de zin met 'Maar' en laat 'echter' weg. Midden in de zin betekent 'maar' iets anders."
    if entry.term in ("nadere", "nader") and previous is not None and previous.lower_ == "zonder":
        return "Schrijf 'verdere'."
    if first.pos_ in ("VERB", "AUX") and following is not None and following.lower_ in REFLEXIVE and following.lower_ != "u":
        return "Schrijf wat u gaat doen, in gewone woorden."
    if entry.term == "betreffende" and previous is not None and previous.pos_ == "DET":
        noun = doc[matched[-1].i + 1] if matched[-1].i + 1 < len(doc) else None
        plural = noun is not None and "Plur" in noun.morph.get("Number")
        pointer = "dat" if previous.lower_ == "het" and not plural else "die"
        # 'die' points back: right only when the letter named it before (judges of sets 32, 36, 49)
        return f"Schrijf '{pointer}' in plaats van '{previous.text} betreffende', als u het al noemde. Anders: zeg wie of wat u bedoelt."
    salutation = first.is_sent_start or previous is None or "\n" in previous.text
    if previous is not None and previous.lower_ in SALUTATION_WORDS and first.pos_ in ("NOUN", "PROPN", "ADJ"):
        return "Schrijf de naam van de lezer: 'Beste meneer Jansen,' of 'Beste mevrouw De Vries,'."  # "Geachte aanvrager"
    if entry.term == "geacht" and not salutation and (following is None or following.lower_ not in SALUTED):
        return "Schrijf 'gevonden': 'wordt geschikt geacht' is 'wordt geschikt gevonden'."
    return None


def groups(matched) -> str:
    """'nemen … in behandeling': runs of adjacent tokens, with … between them."""
    runs: list[list] = []
    doc = matched[0].doc
    for token in matched:
        between = doc[runs[-1][-1].i + 1 : token.i] if runs else ()
        if runs and all(t.lower_ == "te" for t in between):  # "in te dienen" is one run
            runs[-1].append(token)
        else:
            runs.append([token])
    return " … ".join(doc[r[0].i : r[-1].i + 1].text for r in runs)


SENSE_WORDS = re.compile(r"^Schrijf '[^']+'(?: of '[^']+')*(?=\.)")


def _sense_in_form(sense: str, token) -> str:
    """"Schrijf 'maken' of 'zorgen voor'." for "zijn … aangebracht": the words of a sense are
    dictionary forms, so a verb in another form gets '(vorm aanpassen)'."""
    found = SENSE_WORDS.match(sense)
    infinitive = (token.tag_ or "").startswith("WW|inf") or (token.lower_ == token.lemma_.lower() and not is_participle(token))
    verbs = found is not None and any(len(w) > 3 and w.endswith("en") for w in re.findall(r"\w+", found.group()[len("Schrijf "):]))
    if found is None or ADAPT in sense or token.pos_ not in ("VERB", "AUX") or infinitive or not verbs:
        return sense  # "Schrijf 'is bedoeld voor'." and "Schrijf 'meer'." have no dictionary form to adapt
    return sense[: found.end()] + ADAPT + sense[found.end() :]


def advise(matched, entry, voice: str) -> Advice:
    """The advice for one jargon match."""
    found = groups(matched)
    sense = advice_for(matched, entry)
    if sense is not None:
        return Advice(_sense_in_form(sense, matched[0]), (), False)
    if entry.kind == "juridisch":
        note = f" {entry.note}" if entry.note else ""
        return Advice(f"Leg uit wat '{found}' hier betekent. Het is een juridisch woord: een ander woord verandert de betekenis.{note}", (), False)
    if entry.kind == "uitleg":
        if entry.note.startswith(OWN_ADVICE):
            return Advice(entry.note, (), False)  # the list says itself what to do: "Begin met 'Als' …"
        note = f" {entry.note}" if entry.note else ""
        return Advice(f"Schrijf in gewone woorden wat '{found}' hier betekent.{note}", (), False)
    context = _context(matched, entry)
    if context is not None:
        return Advice(context, (), False)
    shown: list[str] = []
    sure: list[str] = []
    explained: list[str] = []
    for alternative in entry.alternatives:
        voiced = _in_voice(alternative, voice)
        if voiced is None:
            continue
        if _clause_for_noun(matched, voiced) or _adverb_before_noun(matched, voiced):
            explained.append(f"'{voiced}'")  # "kwijtschelding" → 'u hoeft het niet te betalen' explains, it cannot stand there
            continue
        form = fitted(matched, entry, voiced)
        if form is not None:
            form = agree(matched, form)
        if form is not None and _article_unsure(matched, form):
            form = None
        if form is not None:
            shown.append(f"'{form}'")
            sure.append(form)
        else:
            shown.append(f"'{voiced}'{ADAPT}")
    if not shown:
        note = f" {entry.note}" if entry.note else ""
        example = f" Bijvoorbeeld: {' of '.join(explained)}." if explained else ""
        return Advice(f"Schrijf in gewone woorden wat '{found}' hier betekent.{example}{note}", (), False)
    suggestion = f"Schrijf {' of '.join(shown)}."
    particle = _separated_particle(matched, entry) or ("te" if entry.term == "dienen te" and len(matched) == 2 else None)
    if particle == "te" and not sure:
        suggestion = f"Schrijf {' of '.join(shown)} en laat 'te' voor het werkwoord weg."  # "dient u dit te allen tijde door te geven"
        joined = _joined_after_te(matched)
        if joined is not None:
            suggestion = f"Schrijf {' of '.join(shown)} en '{joined[1]}' in plaats van '{joined[0]}'."
    if particle is not None and sure:
        suggestion = f"Schrijf {' of '.join(shown)} en laat '{particle}' weg."
        joined = _joined_after_te(matched) if particle == "te" else None
        if joined is not None:
            suggestion = f"Schrijf {' of '.join(shown)} en '{joined[1]}' in plaats van '{joined[0]}'."
    bare = infinitive_after(matched) if particle is None else None
    modals = [a for a in entry.alternatives if a.split()[-1] in MODAL_INFINITIVES]
    if bare is not None and modals:
        # "We zijn zo in staat om noodopvang te bieden" → 'We kunnen zo noodopvang bieden': with a modal 'om' and 'te'
        # go; another alternative ('gedwongen', 'vragen') keeps them
        shown = [f"'{a}'{ADAPT}" for a in entry.alternatives]
        named = " en ".join(f"'{a}'" for a in modals)
        goes = "valt 'te'" if bare == "'te'" else f"vallen {bare}"
        suggestion = f"Schrijf {' of '.join(shown)}. Bij {named} {goes} voor het werkwoord weg."
        sure = []
    if entry.note:
        suggestion += f" {entry.note}"
    return Advice(suggestion, tuple(sure), entry.kind != "geen-fix" and bool(sure) and len(sure) == len(entry.alternatives))


SALUTATION_WORDS = {"geachte", "beste", "geacht"}
CLAUSE_START = {"u", "wij", "we", "ik", "je", "jij", "het", "er", "dat", "iemand", "wie", "iets"}
GENDERED = {
    "de": "de", "deze": "de", "die": "de", "onze": "de", "elke": "de", "iedere": "de", "welke": "de",
    "het": "het", "dit": "het", "dat": "het", "ons": "het", "elk": "het", "ieder": "het", "welk": "het",
}


def _clause_for_noun(matched, alternative: str) -> bool:
    """A clause or a verb phrase offered for a noun: it explains the noun but cannot stand in its place."""
    from begrijpelijk.rules._fit import is_infinitive

    contiguous = matched[-1].i - matched[0].i + 1 == len(matched)
    noun_phrase = contiguous and matched[-1].pos_ == "NOUN" and matched[0].pos_ in ("NOUN", "DET", "ADJ")
    if not noun_phrase:
        return False  # "uitstel van betaling" is a noun phrase too
    words = alternative.lower().split()
    if len(words) < 2:
        return False
    # "u hoeft het niet te betalen"; "later betalen", "weer aan het werk gaan" (a verb phrase, not
    # "brief … om te betalen" nor a noun with its clause: "bedrag dat u nog moet betalen")
    verb_phrase = is_infinitive(words[-1]) and words[-2] != "te" and not any(w in ("dat", "die", "wat", "om") or w.startswith("waar") for w in words)
    return words[0] in CLAUSE_START or (verb_phrase and words[0] not in GENDERED)


def _article_unsure(matched, form: str) -> bool:
    """"de vordering" → 'bedrag …' needs 'het': a noun after 'de/het/deze/dit' takes another word
    only when its article is sure to stay right (by its ending: '-ing' is a de-word).
    Also "een ongelukkig voorval" → 'gebeurtenis' needs "ongelukkige", and "voor aanvang van" →
    'begin' needs "het begin"."""
    token = matched[0]
    contiguous = matched[-1].i - token.i + 1 == len(matched)
    noun_phrase = len(matched) == 1 or (contiguous and matched[-1].pos_ == "NOUN" and all(t.pos_ in ("ADJ", "NOUN") for t in matched))
    if not noun_phrase or matched[-1].pos_ != "NOUN" or token.i == 0:
        return False
    determiner, adjectives = _determiner_before(token)
    head = form.split()[0].lower()
    if head in GENDERED or head == "een":
        return False  # the alternative brings its own article
    het_word = head.endswith(HET_ENDINGS) or head.endswith(HET_HEADS)
    de_word = head.endswith(DE_ENDINGS) or head.endswith(DE_HEADS)
    wanted = GENDERED.get(determiner.lower_) if determiner is not None else None
    following = token.doc[matched[-1].i + 1] if matched[-1].i + 1 < len(token.doc) else None
    if determiner is not None and determiner.pos_ == "ADP" and not adjectives and following is not None and following.lower_ == "van":
        return head != token.lower_  # "voor aanvang van" → 'voor begin van': the new noun wants its article
    if wanted is None:
        # "extra onvoorziene werkzaamheden" → 'werk' needs "onvoorzien werk": the -e goes with a het-word;
        # "een ongelukkig voorval" → 'gebeurtenis' needs "ongelukkige": a de-word takes the -e
        # ("een dringend verzoek" → 'vraag': a participle before the noun counts as well)
        bare = [a for a in adjectives if before_noun(a) and not a.lower_.endswith(("e", "en", "s"))]
        return (het_word and any(a.lower_.endswith("e") for a in adjectives)) or (de_word and bool(bare))
    if de_word:
        return wanted != "de"
    if het_word:
        return wanted != "het"
    return not (form.lower() == matched[-1].lower_)


def _determiner_before(token):
    """The determiner of a noun across its adjectives ("de (voorbereidende) werkzaamheden"),
    and those adjectives."""
    doc = token.doc
    k = token.i - 1
    adjectives = []
    while k >= 0 and (before_noun(doc[k]) or doc[k].pos_ == "ADV" or doc[k].text in ("(", ")")):
        if doc[k].pos_ != "PUNCT":
            adjectives.append(doc[k])
        k -= 1
    return (doc[k] if k >= 0 else None), adjectives


def _joined_after_te(matched) -> tuple[str, str] | None:
    """"dient … aan te vragen": without 'te' the verb joins its particle
    ('aan te vragen' → 'aanvragen')."""
    from begrijpelijk.nlp.passive.verbs import SEPARABLE

    te = matched[-1]
    doc = te.doc
    if te.lower_ != "te" or te.i == 0 or te.i + 1 >= len(doc):
        return None
    before, verb = doc[te.i - 1], doc[te.i + 1]
    if before.lower_ in SEPARABLE and verb.pos_ in ("VERB", "AUX") and before.whitespace_:
        return f"{before.text} te {verb.text}", before.lower_ + verb.lower_
    return None


def _separated_particle(matched, entry) -> str | None:
    """'aan' in "treft … aan": the part that goes when the verb is replaced."""
    if len(matched) != 2 or len(entry.words) != 1 or matched[0].pos_ not in ("VERB", "AUX"):
        return None
    part = matched[1]
    if part.i > matched[0].i + 1 and entry.term.startswith(part.lower_) and part.pos_ not in ("VERB", "AUX"):
        return part.lower_
    return None

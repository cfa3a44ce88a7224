"""Words whose plain alternative depends on what they are about.

"voldoen aan de voorwaarden" is not "betalen", "Uw aanvraag is toegekend" is
not "gegeven", and "op grond van herhaalde wanprestatie" is not "volgens".
A table says, per word, which words nearby choose which advice; the first row
that matches wins. No row matches: the word list's own advice stands.

Pure: tokens in, advice text out (None: no choice made here).
"""
from __future__ import annotations

import re

from begrijpelijk.dates import MONTHS
from begrijpelijk.nlp import lemma
from begrijpelijk.nlp.closed_class import READER_SUBJECT
from begrijpelijk.rules._hereby import hierbij_everyday
from begrijpelijk.rules._relative import is_relative, noun_next
from begrijpelijk.rules._neighbours import advice_by_neighbour
from begrijpelijk.rules._objects import advice_by_object, everyday_by_object
from begrijpelijk.rules._verb_forms import HAVE_FORMS, infinitive_after
from begrijpelijk.rules._sense_tables import (
    ONLY_BEFORE_A_DATE,
    NEAR, REQUIREMENT, REQUIREMENT_MET, PAYING, PAID, SENSES, FOLLOWED_BY, DUTY_VERBS, REFLEXIVE_SENSE,
    ADVERB_SENSE, LEGAL_ONLY_NEAR, STOPPED, LAW_WORDS, ONLY_NEAR_ENDING, NOT_AFTER, NOT_BEFORE, OBJECTING,
    VERB_PARTICLES, DECISIONS, MEASURES, SETTINGS, WEEKDAYS, REFLEXIVE, MORE_OF_IT, BEFORE_A_NOUN_EVERYDAY,
    NOT_AS_NOUN, ONLY_THESE_FORMS, NOT_THESE_FORMS, EVERYDAY_NEAR, WISHES, SOME_OF, ENDING, ENDING_VERBS, TELLING_MORE,
)


def _after(matched):
    """The token right after the match, or None at the end of the text."""
    last = matched[-1]
    return last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None


def _everyday_by_table(matched, entry, following) -> bool:
    """The tables of everyday uses: the word before or after, the form, the words near."""
    first, last = matched[0], matched[-1]
    if first.i > 0 and first.doc[first.i - 1].lower_ in NOT_AFTER.get(entry.term, ()):
        return True
    namely = entry.term == "te weten" and first.i > first.sent.start and first.doc[first.i - 1].text in (",", ":")  # ", te weten wat …"
    if following is not None and following.lower_ in NOT_BEFORE.get(entry.term, ()) and not namely:
        return True
    if entry.term in ONLY_THESE_FORMS and last.lower_ not in ONLY_THESE_FORMS[entry.term]:
        return True
    if last.lower_ in NOT_THESE_FORMS.get(entry.term, ()):
        return True
    if entry.term == "wensen te" and {t.lower_ for t in first.doc[max(first.sent.start, first.i - 5) : first.i]} & WISHES:
        return True  # "iedereen een fijne vakantie te wensen": a wish, not 'willen' (set 52's judge)
    if everyday_by_object(matched, entry):
        return True  # "deze fout opgemerkt", "veel extra's te incasseren"
    return bool(_near_lemmas(matched) & EVERYDAY_NEAR.get(entry.term, set()))  # "de conditie van de bomen", "het glas heffen"


def everyday_sense(matched, entry) -> bool:
    """A legal term used as an everyday word here ("de corona-maatregelen"): no finding."""
    last = matched[-1]
    following = _after(matched)
    if entry.term == "optreden" and following is not None and following.lower_ == "tegen":
        return True  # "optreden tegen overlast" is taking action, which 'handhavend optreden' covers
    if entry.term in ("staking", "staken") and following is not None and following.lower_ == "van":
        # "de staking van uw uitkering" is a stop; "de staking van het personeel" is a strike
        return not ({lemma(t) for t in last.doc[following.i + 1 : min(last.sent.end, following.i + 4)]} & STOPPED)
    first = matched[0]
    if _everyday_by_table(matched, entry, following):
        return True
    if entry.term == "verantwoorden" and last.lower_ == "verantwoord" and not any(c.dep_.startswith("aux") and lemma(c) in ("hebben", "zijn", "worden") for c in last.children):
        return True  # "het al dan niet verantwoord kunnen opstarten": the adjective 'safe' (judges of sets 48 and 51)
    before = last.doc[last.i - 1] if last.i > 0 else None
    if entry.term in NOT_AS_NOUN and last.pos_ == "NOUN" and (last.lower_ != entry.term or (before is not None and before.pos_ in ("DET", "PRON"))):
        return True  # "de uniformen van de schutterij": the clothes, not 'uniform' as 'the same'
    if entry.term in BEFORE_A_NOUN_EVERYDAY and following is not None and noun_next(following, numbers=entry.term != "ingaande"):
        return True  # "de ingaande post": incoming, not 'vanaf'; "bij deze brief": with it, not the formula
    if entry.term == "te weten" and (last.lower_ != "weten" or last.i != first.i + 1):
        return True  # "Van te voren weet je …", "te laten weten": 'te' and 'weten' apart, not 'namely'
    if entry.term == "gehouden zijn" and not any(t.lower_ in ("te", "tot", "aan") for t in last.doc[last.i + 1 : last.sent.end]):
        return True  # "de vergadering die gehouden is op 23 maart": held, not obliged ("gehouden zijn te betalen")
    if entry.term == "gehouden zijn" and {lemma(t) for t in first.doc[first.sent.start : first.i]} & MEETINGS:
        return True  # "de ledenvergadering die is gehouden op 30 november, is besloten om … te": held (set 45's judge)
    if entry.term == "ontvangen" and any(
        c.dep_ in ("obj", "advmod") and (c.i < last.i or c.lower_ in ("u", "jullie", "je", "jou")) and {c.lower_, lemma(c)} & GUESTS for c in last.children
    ):
        return True  # "jullie op het Kruithuis ontvangen", "groepen ontvangen", "ontvangen we u graag": welcoming guests (sets 25, 46, 55)
    if entry.term == "behandelaar" and not (following is not None and following.lower_ == "van"):
        return True  # "uw behandelaar" in care is the therapist; "de behandelaar van uw aanvraag" is office language
    if entry.term == "verstrekken" and last.lower_.startswith("verstrekkend"):
        return True  # "verstrekkende gevolgen": far-reaching, not handing out
    if entry.term == "mede" and following is not None and following.text == ")" and not following.whitespace_:
        return True  # "(mede)verlening": a bracketed part of a word, no word of its own
    if entry.term == "mede" and following is not None and following.pos_ in ("NOUN", "PROPN") and len(matched) == 1:
        return True  # "mede Bison-ers": the prefix 'fellow' written apart, not 'ook' (set 52's judge)
    if entry.term == "inschakelen" and any(lemma(c).endswith(SETTINGS) for t in matched for c in t.children if c.dep_ in ("obj", "nsubj:pass")):
        return True  # "de sms-controle inschakelen" is switching a setting on, everyday Dutch
    if entry.term == "verkeren" and last.lower_ == "verkeerde" and following is not None and following.pos_ in ("NOUN", "PROPN", "ADJ"):
        return True  # "Verkeerde gegevens": the adjective 'wrong', no form of 'verkeren' (set 43)
    if entry.term == "verkeren" and not any(t.lower_ == "in" for t in last.doc[max(last.sent.start, last.i - 5) : min(last.sent.end, last.i + 5)]):
        return True  # 'verkeren' is officialese as "verkeren in (geldnood)"; "geen, verkeerde of te late informatie" is 'wrong'
    if entry.term == "gehouden aan" and any(t.lower_ in REFLEXIVE for t in first.sent):
        return True  # "u heeft zich niet aan de informatieplicht gehouden": 'zich houden aan' is everyday Dutch
    if entry.term == "hierbij" and hierbij_everyday(first):
        return True  # "Heeft u hierbij hulp nodig?" is 'daarbij'; the formula is "Hierbij stuur ik …", "Wij sturen u hierbij …"
    if entry.term == "bezwaar" and following is not None and following.lower_ == "tegen" and _no_objection(first):
        return True  # "of u er bezwaar tegen hebt" is everyday; the legal one is 'bezwaar maken tegen'
    if entry.term == "aangifte doen" and any(t.lower_ == "politie" for t in first.sent):
        return True  # "aangifte doen bij de politie" is the everyday word for reporting a crime
    if entry.term == "treffen" and last.lower_ == "getroffen" and any(t.lower_ == "door" for t in last.doc[last.i + 1 : min(last.sent.end, last.i + 3)]):
        return True  # "bedrijven worden getroffen door deze maatregelen": hit by, everyday Dutch (set 47's judge)
    if entry.term == "treffen" and any(c.dep_.startswith("nsubj") and lemma(c) in MEASURES for c in last.children):
        return True  # "Deze maatregel treft veel ouders": it hits them, everyday Dutch
    if entry.term == "betekenen" and last.lower_ != "betekend":
        return True  # "Dat betekent dat de deurwaarder …" is 'means'; only "wordt betekend" is serving a writ
    if entry.term == "ad" and not (following is not None and (following.text.startswith(("€", "EUR")) or (following.like_num and first.i > first.sent.start))):
        return True  # "ad € 25" is 'van'; "Ad 2. Financiën" and "ad interim" are no amounts
    if entry.term == "aanbieden" and any(c.i > first.i and c.lower_ in PEOPLE for c in first.children):
        return True  # "Wij bieden bewoners een container aan": an offer, not putting waste out
    if entry.term == "locatie" and following is not None and following.text[:1].isupper():
        return True  # "binnen locatie De Burght": part of the name of a site (set 48's judge)
    if entry.term == "wijze" and following is not None and following.pos_ in ("NOUN", "PROPN"):
        return True  # "een wijze beslissing": the adjective 'wise', not 'manier'
    if entry.term in ONLY_BEFORE_A_DATE and not _a_date(following):
        return True  # "twee keer per jaar", "per persoon": everyday; "per 1 januari" is office language for 'vanaf'
    endings = ONLY_NEAR_ENDING.get(entry.term)
    if endings is not None:
        return not any(word.endswith(endings) for word in _near_lemmas(matched))
    near = LEGAL_ONLY_NEAR.get(entry.term)
    return near is not None and not (_near_lemmas(matched, whole_sentence=True) & near)


PEOPLE = {"u", "jullie", "je", "bewoners", "huurders", "inwoners", "iedereen", "ouders", "leden", "klanten"}
MEETINGS = {"vergadering", "ledenvergadering", "bijeenkomst", "avond", "alv", "verkiezing", "wedstrijd", "toernooi", "markt", "collecte", "spreekuur", "bespreking", "overleg"}
GUESTS = {"jullie", "u", "je", "jou", "gast", "bezoeker", "groep", "ouder", "lid", "kind", "iedereen", "belangstellende"}
DATE_WORDS = set(MONTHS) | {"heden"}


def _a_date(token) -> bool:
    """A date right after the word: "per 1 januari", "per 01-07-2024", "per heden", "per [datum]"."""
    if token is None:
        return False
    if token.lower_ in DATE_WORDS or token.text.startswith("[") or re.fullmatch(r"\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?", token.text):
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.text.isdigit() and len(token.text) <= 2 and after is not None and after.lower_ in MONTHS


def _no_objection(first) -> bool:
    """"of u er bezwaar tegen hebt": 'hebben' in the sentence, no verb of objecting,
    and no decision right after 'tegen' ("bezwaar tegen dit besluit")."""
    words = {t.lower_ for t in first.sent}
    objecting = any(w.startswith(OBJECTING) for w in words)
    governed = [t for t in first.doc[first.i + 2 : min(first.sent.end, first.i + 5)] if t.pos_ not in ("DET", "PRON")][:1]
    decision = bool(governed) and lemma(governed[0]) in DECISIONS  # not "tegen dat het besluit …"
    return bool(words & HAVE_FORMS) and not objecting and not decision


# what the reader does, in the reader's words: "als u ons niet op tijd informeert"
READERS_OWN = {"informeren": "Schrijf 'laten weten' (vorm aanpassen). Bijvoorbeeld: 'als u het ons niet op tijd laat weten'."}


def _reader_is_subject(verb) -> bool:
    """"als u ons niet op tijd informeert", "Informeert u ons?": the reader does it;
    "Wij informeren u", "De gemeente informeert u" do not (the parser's subject is not sure here)."""
    doc, sentence = verb.doc, verb.sent
    if not verb.lower_.endswith("t"):
        return False  # 'wij informeren': a plural form, never 'u'
    opens = verb.i == sentence.start or doc[verb.i - 1].text == ","
    if opens:
        return verb.i + 1 < sentence.end and doc[verb.i + 1].lower_ in READER_SUBJECT  # "Informeert u ons?"
    before = doc[max(sentence.start, verb.i - 6) : verb.i]
    clause = [t for t in before if t.pos_ == "SCONJ" or t.lower_ in ("als", "dat", "wanneer", "indien")]
    # "als u … informeert": the reader right after the conjunction ("als de gemeente u informeert" is not)
    return bool(clause) and clause[-1].i + 1 < verb.i and doc[clause[-1].i + 1].lower_ in READER_SUBJECT


# words whose plain alternative goes elsewhere in the sentence
BEFORE_A_NOUN = {"bovenstaand", "bovenstaande"}


READERS_REQUESTS = {"aanvraag", "verzoek", "bezwaar", "melding"}


def _reader_meets(matched) -> bool:
    """Does the reader meet the demand? "U voldoet niet aan …", "Wij kijken of u voldoet",
    "U heeft niet voldaan aan …", "Uw aanvraag voldoet niet aan …" (the reader's request);
    not "een pasfoto die voldoet aan de eisen", "Uw woning voldoet niet aan de eisen"."""
    verb = next((t for t in matched if t.pos_ in ("VERB", "AUX")), matched[0])
    heads = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "conj") else [])
    subjects = [c for h in heads for c in h.children if c.dep_.startswith("nsubj")]
    if any(c.lower_ in READER_SUBJECT for c in subjects):
        return True
    if any(lemma(c) in READERS_REQUESTS and any(g.lower_ in ("uw", "je", "jouw") for g in c.children) for c in subjects):
        return True
    # the parser may miss the subject; the reader as the only person in the clause before the verb counts
    before = verb.doc[verb.sent.start : verb.i]
    return not subjects and any(t.lower_ in READER_SUBJECT for t in before)


def _article_of(adjective) -> str:
    """The article of the noun after an adjective without one: "via bovenstaand telefoonnummer" is
    'het telefoonnummer' (the tagger's gender, or the adjective without -e); else 'de' (set 59)."""
    noun = adjective.head
    tag = noun.tag_ or ""
    neuter = "|onz|" in tag and "|ev|" in tag if noun.pos_ == "NOUN" else False
    return "het" if neuter or not adjective.lower_.endswith("e") else "de"


def _in_its_place(matched, entry) -> str | None:
    """"de bovenstaande werkwijze" is 'de werkwijze hierboven'; "op 8 april aanstaande" needs no word;
    "U dient … bij te voegen" is 'moet … bijvoegen', without 'te'."""
    token = matched[0]
    after_word = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    # "met het bovenstaande, mail …", "over het bovenstaande vragen heeft": 'het' before no noun or a plural
    # one ('de vragen'), so the word is a noun itself, whatever the parser hangs it on (sets 28 and 33's judges)
    noun_itself = previous is not None and previous.lower_ == "het" and (
        following is None or following.pos_ not in ("NOUN", "PROPN", "ADJ") or "Plur" in following.morph.get("Number")
    )
    if entry.term in BEFORE_A_NOUN and len(matched) == 1 and token.dep_ == "amod" and not noun_itself:
        noun = token.head.text if token.head.pos_ == "NOUN" else "werkwijze"
        article = previous.lower_ if previous is not None and previous.lower_ in ("de", "het") else _article_of(token)  # "het bovenstaande bedrag" (set 9's judge)
        return f"Zet 'hierboven' achter het woord: '{article} {noun} hierboven'."
    if entry.term in BEFORE_A_NOUN and len(matched) == 1 and (noun_itself or following is None or following.pos_ not in ("NOUN", "PROPN", "ADJ")):
        # "Bovenstaande betekent ook …", "Het bovenstaande is belangrijk": a noun itself, 'hierboven' cannot be the
        # subject (sets 43-44's judges)
        article = token.doc[token.i - 1].lower_ if token.i > 0 and token.doc[token.i - 1].lower_ in ("het", "de") else ""
        return f"Schrijf 'wat hierboven staat' in plaats van '{article} {token.lower_}'." if article else "Schrijf 'wat hierboven staat'."
    if entry.term == "aanstaande" and token.i > 0 and token.doc[token.i - 1].lower_ in MONTHS + WEEKDAYS:
        return "Laat 'aanstaande' weg, en noem de dag: 'op woensdag 8 april'."
    next_noun = token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "NOUN"  # "en dergelijke zaken": 'zulke'
    if entry.term == "dergelijk" and token.i > 0 and (token.doc[token.i - 1].lower_ == "een" or (token.doc[token.i - 1].lower_ == "en" and not next_noun)):
        # "een dergelijke avond" is 'zo'n avond'; "straatwerk en dergelijke" is 'enzovoort'
        return "Schrijf 'zo'n' in plaats van 'een dergelijke'." if token.doc[token.i - 1].lower_ == "een" else "Schrijf 'enzovoort' in plaats van 'en dergelijke'."
    if entry.term == "nader" and len(matched) == 1 and token.i + 1 < len(token.doc) and lemma(token.doc[token.i + 1]) in MORE_OF_IT:
        return "Schrijf 'extra'. Bijvoorbeeld: 'extra onderzoek'."  # "nader onderzoek" is more of it, not later (set 30's judge)
    if entry.term == "immers" and token.i == token.sent.start:
        return "Schrijf 'want' vooraan, of zet 'namelijk' verderop in de zin: 'Het gaat namelijk over …'."  # not "Namelijk: …"
    serves = after_word in ("als", "voor")
    if entry.term == "dienen" and len(matched) == 1 and not serves and _must(token):  # "U dient, net als vorig jaar, … in te vullen"
        return "Schrijf 'moet' (vorm aanpassen) en laat 'te' voor het werkwoord weg."
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    closing = {"hoogachtend", "hoogachting", "groet", "afwachting", "vertrouwende", "vertrouwend"} & {t.lower_ for t in token.sent}
    # "…, verblijven wij," with nothing after it is the formula too
    rest = token.doc[after.i + 1 : token.sent.end] if after is not None else []
    last_words = after is not None and all(t.is_punct and t.text not in (".", "?", "!") for t in rest)  # "verblijven wij," not "Waar verblijven wij?"
    if entry.term == "verblijven" and after is not None and after.lower_ in ("wij", "we", "ik") and (closing or last_words):
        return "Dit is een oude slotzin. Schrijf 'Met vriendelijke groet'."  # "In afwachting van uw betaling verblijven wij, …"
    return None


# "u bent nauw betrokken bij …", "betrokken te blijven bij …": the reader takes part, nobody lets them
TAKING_PART = "Schrijf 'meedoen met' of 'meedenken over' (vorm aanpassen). Bijvoorbeeld: 'u blijft meedoen met de school'."


LETTING = frozenset({"word", "wordt", "worden", "werd", "werden"}) | HAVE_FORMS  # someone lets the reader take part


def _taking_part(token) -> bool:
    """'betrokken' with 'zijn', 'blijven' or 'raken' (not the passive 'worden betrokken')."""
    if token.lower_ != "betrokken":
        return False
    near = {t.lower_ for t in token.doc[max(token.sent.start, token.i - 4) : min(token.sent.end, token.i + 4)]}
    return not near & LETTING  # "U wordt betrokken bij …", "Wij hebben de bewoners betrokken bij …"


def _after_a_thing(token) -> bool:
    """"een windscherm, hor, screen of anderszins": after 'of' and a noun of its own (not "per post of
    anderszins", which is a way)."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].lower_ != "of":
        return False
    items = []  # the list before 'of': "een windscherm, hor, screen"; the tagger may call 'screen' a verb
    stop = None
    for t in reversed(doc[token.sent.start : token.i - 1]):
        if t.pos_ in ("ADP", "AUX", "SCONJ") or (t.pos_ == "PRON" and t.dep_ != "det") or (t.pos_ == "VERB" and t.text[:1] != t.text[:1].lower()):
            stop = t
            break
        items.append(t)
    # "per post, per e-mail of anderszins", "met uw pinpas, contant of anderszins": a list of ways
    list_head = token.head if token.dep_ == "conj" else doc[token.i - 2]
    with_preposition = any(c.dep_ == "case" for t in (doc[token.i - 2], list_head) for c in t.children) or (stop is not None and stop.pos_ == "ADP")
    return any(t.pos_ in ("NOUN", "PROPN") for t in items) and not with_preposition


def _ending_or_telling(matched, entry, following) -> str | None:
    """'loopt … ten einde.' at the end of its clause; 'nader informeren' with us as the subject."""
    if entry.term == "ten einde" and following is not None and following.lower_ in ENDING_VERBS:
        return ENDING  # "welke officieel 31-12-2020 ten einde liep" (set 47's judge)
    if entry.term == "ten einde" and (following is None or following.is_punct):
        before = {t.lower_ for t in matched[0].sent if t.i < matched[0].i} | {lemma(t) for t in matched[0].sent if t.i < matched[0].i}
        return ENDING if before & ENDING_VERBS else None
    if entry.term == "nader" and following is not None and lemma(following) in ("informeren", "berichten"):
        heads = [following] + [a for a in following.ancestors if a.pos_ in ("VERB", "AUX")][:2]
        subjects = {c.lower_ for h in heads for c in h.children if c.dep_.startswith("nsubj")}
        return TELLING_MORE if subjects & {"wij", "we", "ik"} else "Schrijf 'meer'."
    return None


def _must(token) -> bool:
    """'dienen' as 'moeten': a 'te' that marks a verb it governs, or a 'te' before a verb later
    in its clause; not "dient als bewijs om aan te tonen", which is 'serve'."""
    te_mark = any(
        t.lower_ == "te" and t.dep_ == "mark" and token.i in (t.head.head.i, t.head.i) and not any(c.lower_ == "om" for c in t.head.children)
        for t in token.doc[token.i + 1 : token.sent.end]
    )
    return te_mark or infinitive_after([token]) == "'te'"


def advice_for(matched, entry) -> str | None:
    """The advice that fits what the word is about here, or None."""
    if entry.term == "op grond van":
        return _on_grounds_of(matched)
    if entry.term == "na ontvangst van":
        return _after_receiving(matched)
    if entry.term in READERS_OWN and _reader_is_subject(matched[0]):
        return READERS_OWN[entry.term]
    neighbour = advice_by_neighbour(matched, entry.term)
    if neighbour is not None:
        return neighbour
    place = _in_its_place(matched, entry)
    if place is not None:
        return place
    if entry.term == "betrekken bij" and _taking_part(matched[0]):
        return TAKING_PART
    by_object = advice_by_object(matched, entry)
    if by_object is not None:
        return by_object
    following = _after(matched)
    if entry.term == "voornemen" and matched[0].pos_ in ("VERB", "AUX") and any(t.lower_ in REFLEXIVE for t in matched[0].sent):
        return "Schrijf 'van plan zijn' (vorm aanpassen)."  # "Wij nemen ons voor …": the verb, not the legal 'voornemen'
    if entry.term == "enige":
        # "enige weken" is 'een paar weken', "enige tijd" is 'wat tijd'
        plural = following is not None and "Plur" in following.morph.get("Number")
        return "Schrijf 'een paar'." if plural else "Schrijf 'wat'."
    if entry.term == "anderszins" and _after_a_thing(matched[0]):
        return "Schrijf 'iets anders'."  # "een windscherm, hor of anderszins": a thing, not a way
    if entry.term in ADVERB_SENSE and len(matched) == 1 and _adverb(matched[0]):
        if entry.term == "eventueel" and {lemma(t) for t in matched[0].sent} & DUTY_VERBS:
            return "Schrijf 'als het nodig is'."  # "wij dragen u op het eventueel ongedaan te maken": not 'misschien' in an order
        return ADVERB_SENSE[entry.term]
    special = _ending_or_telling(matched, entry, following)
    if special is not None:
        return special
    after = FOLLOWED_BY.get(entry.term, {})
    if following is not None and following.lower_ in after:
        return after[following.lower_]
    rows = SENSES.get(entry.term)
    if rows is None:
        return None
    if entry.term == "indienen" and _sent_in_writing(matched[0]):
        return None  # "niet telefonisch doorgeven, maar schriftelijk indienen": sent after all
    near = _near_lemmas(matched, whole_sentence=entry.term in LEGAL_ONLY_NEAR or entry.term == "indienen")  # "Een mondelinge aanvraag kan … worden ingediend"
    for words, advice in rows:
        if near & words:
            if not advice:
                return None  # the word in the sense of the list
            if advice == PAYING and entry.term == "voldoen" and entry.alternatives == ("betalen",):
                return None  # the list's own 'betalen' is right here, and may be filled in
            if advice == REQUIREMENT and not _reader_meets(matched):
                return REQUIREMENT_MET
            if advice == PAYING and any(t.lower_ == "voldaan" for t in matched):
                return PAID  # "als de nota niet is voldaan": the participle (sets 27 and 29's judges)
            return advice
    return None


def _sent_in_writing(token) -> bool:
    """"schriftelijk indienen", "digitaal indienen"; not "schriftelijk of mondeling indienen"."""
    words = {t.lower_ for t in token.sent}
    just_before = {t.lower_ for t in token.doc[max(token.sent.start, token.i - 3) : token.i]}
    spoken = just_before & {"mondeling", "mondelinge", "telefonisch", "telefonische"}
    return bool(words & {"schriftelijk", "schriftelijke", "digitaal", "online", "post"}) and not spoken


def _adverb(token) -> bool:
    """Used as an adverb: "Aanvullend wil ik …", "reacties die specifiek over … gaan"."""
    if token.pos_ == "ADV" or token.dep_ == "advmod":
        return True
    free = "vrij" in (token.tag_ or "").split("|")  # not before a noun ("prenom")
    return free and token.dep_ != "ROOT" and not any(c.dep_ == "cop" for c in token.children)


def sentence_words(tokens) -> set[str]:
    """The words of a stretch of tokens, as written (lowercase) and as lemma."""
    return {lemma(t) for t in tokens} | {t.lower_ for t in tokens}


def _near_lemmas(matched, whole_sentence: bool = False) -> set[str]:
    first, last = matched[0], matched[-1]
    sentence = first.sent
    start = sentence.start if whole_sentence else max(sentence.start, first.i - NEAR)
    end = sentence.end if whole_sentence else min(sentence.end, last.i + 1 + NEAR)
    own = {t.i for t in matched}
    tokens = [t for t in first.doc[start:end] if t.i not in own]
    # a compound with a hyphen counts by its last part too: "de CBS-loonindex" is a 'loonindex'
    return sentence_words(tokens) | {t.lower_.rsplit("-", 1)[1] for t in tokens if "-" in t.text.strip("-")}


def _on_grounds_of(matched) -> str | None:
    """'op grond van artikel 4' is 'volgens'; 'op grond van uw gedrag' is 'vanwege'."""
    doc = matched[0].doc
    last = matched[-1]
    after = doc[last.i + 1 : min(last.sent.end, last.i + 4)]
    if not any(t.is_alpha for t in after) or (len(after) and after[0].text == ":"):
        return None  # "vastgesteld op grond van:" and a list of rules
    if any(lemma(t) in LAW_WORDS or t.lower_ in LAW_WORDS or (t.text[:1].isupper() and t.is_alpha) for t in after):
        return None  # the list's 'volgens' fits a rule or a law
    return "Schrijf 'vanwege'. Bijvoorbeeld: 'op grond van uw inkomen' wordt 'vanwege uw inkomen'."


LETTER_NOUNS = {"brief", "bericht", "e-mail", "mail", "beschikking", "aanmaning", "factuur", "herinnering", "nota", "rekening"}


def _after_receiving(matched) -> str | None:
    """"Na ontvangst van deze brief" is the reader's; "… van de betaling", "… van uw
    rijbewijs" say only that it is there. The example takes the words of the sentence,
    so it names the right thing; after "binnen … na" no example fits."""
    doc, first, last = matched[0].doc, matched[0], matched[-1]
    before = doc[first.sent.start : first.i]
    if any(t.lower_ == "binnen" for t in before) and not any(t.text in (",", ";") for t in before):
        return f"Schrijf in gewone woorden wat '{' '.join(t.text for t in matched)}' hier betekent."
    phrase = []
    for t in doc[last.i + 1 : min(last.sent.end, last.i + 5)]:
        if t.is_punct:
            break
        phrase.append(t)
        if t.pos_ in ("NOUN", "PROPN"):
            break
    if not phrase or phrase[-1].pos_ not in ("NOUN", "PROPN"):
        return None  # the list's own advice
    words = " ".join(t.text for t in phrase)
    if phrase[0].lower_ in ("deze", "dit", "onze", "ons") and lemma(phrase[-1]) in LETTER_NOUNS:
        example = f"als u {words} hebt"
    else:
        example = f"zodra {words} er {'zijn' if 'Plur' in phrase[-1].morph.get('Number') else 'is'}"
    return f"Schrijf in gewone woorden wat '{' '.join(t.text for t in matched)}' hier betekent. Bijvoorbeeld: '{example}'."


def other_sense(matched, entry) -> bool:
    """The words of the list in another sense: "Goed om te weten" is no "te weten"
    (namely), "Wij geven dan wel aan" no "dan wel" (or), "ik mocht" no "Mocht u"."""
    first = matched[0]
    previous = first.doc[first.i - 1] if first.i > 0 else None
    following = _after(matched)
    if entry.term == "geacht" and first.lower_ == "geachte":
        return True  # "Geachte heer": the usual salutation, which readers know ('Geacht bestuur' is found)
    if entry.term in REFLEXIVE_SENSE:
        doc = first.doc
        around = {doc[k].lower_ for k in range(max(0, first.i - 2), min(len(doc), matched[-1].i + 3))}
        return bool(around & REFLEXIVE_SENSE[entry.term])
    if entry.term in ("welk", "welke"):
        return not is_relative(first, entry.term)
    if entry.term == "geheel" and previous is not None and first.pos_ == "NOUN" and (
        previous.lower_ in ("een", "dit", "dat") or (previous.lower_ == "het" and opens_sentence(previous))
    ):
        return True  # "een geheel", "Het geheel kost …": a whole; "u moet het geheel terugbetalen" is 'helemaal'
    if entry.term == "enige":
        # "enige tijd" is 'wat'; "de enige" and "het enige wat" are not
        if previous is not None and (previous.pos_ in ("DET", "PRON") or previous.lower_ in ("zonder", "geen", "niet")):
            return True  # "zonder enige twijfel" is 'any', no 'a few'
        if following is None or following.pos_ not in ("NOUN", "ADJ"):
            return True
        # "enige weken", "enige tijd" are 'a few', 'some'; "enige zoon" (a single count noun) is 'only'
        return following.pos_ == "NOUN" and "Sing" in following.morph.get("Number") and lemma(following) not in SOME_OF
    if entry.term in ("mocht", "mochten") and (previous is None or previous.is_punct):
        return False
    if previous is None:
        return False
    if entry.term == "te weten":
        return previous.lower_ in ("om", "te", "wil", "wilt", "willen")
    if entry.term == "dan wel":
        # "Daar moet het CJIB dan wel mee akkoord gaan": 'dan' + 'wel' before a particle, no 'or'
        if previous.pos_ in ("VERB", "AUX") or previous.dep_.startswith("nsubj"):
            return True  # "Dan moet u dan wel aan de voorwaarden voldoen": 'dan' + 'wel' after the subject
        after = following.doc[following.i + 1] if following is not None and following.i + 1 < len(following.doc) else None
        # a verb's particle: "dan wel mee akkoord gaan"; not a second phrase: "per post dan wel via internet", "aan uw partner"
        particle = following is not None and following.lower_ in VERB_PARTICLES
        return particle and (after is None or after.pos_ not in ("DET", "PRON", "NUM"))
    if entry.term in ("mocht", "mochten"):
        return not opens_sentence(first)  # "Mocht uw woning …" is 'als'; "ik mocht" is 'mogen'
    if entry.term == "gelegen zijn":
        return lemma(previous) == "hebben"  # "dat ter visie heeft gelegen, is …": 'liggen', then a new clause
    return False


def opens_sentence(token) -> bool:
    """The first word of a sentence, also after a colon, a bracket or a list mark."""
    if token.is_sent_start or token.i == 0:
        return True
    previous = token.doc[token.i - 1]
    return previous.text in {":", "(", "-", "•", "*"} or (previous.is_punct and previous.is_sent_start)

"""Advice chosen by the word right before or after a jargon match, where the
list's own advice does not fit ("de van toepassing zijnde regels" cannot just
drop 'zijnde'; "de normale gang van zaken" is no "de normale hoe het gaat").
Each case comes from a judge who read the finding in a real letter. Pure:
tokens in, advice text out (None: no choice made here)."""
from __future__ import annotations

from begrijpelijk.rules._word_forms import before_noun, inflected


def _word(doc, index: int):
    return doc[index] if 0 <= index < len(doc) else None


# verbs of one moment: "eindigt per 1 april" is 'op', not 'vanaf'
ONE_MOMENT = {"eindigen", "stoppen", "sluiten", "aflopen", "vertrekken", "verlaten", "beëindigen", "opzeggen", "starten", "beginnen", "verhuizen", "opheffen", "pensioen", "overstappen", "staken"}
QUESTIONS = {"vraag", "vragen", "opmerking", "opmerkingen", "reactie", "reacties"}
# (and a bus run of a timetable: "Tevens vervalt … de eerste dienst op zaterdagochtend", set 58's judge)
ACTIVITIES = {"activiteit", "zwemactiviteit", "les", "training", "wedstrijd", "bijeenkomst", "vergadering", "excursie", "repetitie", "spreekuur",
              "dienst", "rit", "busrit", "voorstelling", "cursus"}
LETTERS = {"brief", "bericht", "mail", "e-mail", "persconferentie", "nieuwsbrief", "mededeling", "besluit", "kabinetsbesluit", "advies", "richtlijn"}
LEGAL_NOUNS = {"artikel", "wet", "regeling", "besluit", "verordening", "bepaling", "bepaalde", "lid"}  # "onverminderd artikel 12": the legal sense


def _asked(token) -> bool:
    return token is not None and token.lower_ in QUESTIONS


def advice_by_neighbour(matched, term: str) -> str | None:
    first, last = matched[0], matched[-1]
    doc = first.doc
    previous, before_previous, following = _word(doc, first.i - 1), _word(doc, first.i - 2), _word(doc, last.i + 1)
    if term == "per" and previous is not None and previous.lower_ == "in":
        return "Schrijf 'op': 'De verhoging gaat in op 1 juli'."  # "gaat in per 1 juli" (set 3's labeller)
    if term == "per" and {t.lemma_ for t in first.sent} & ONE_MOMENT:
        return "Schrijf 'op': 'Het contract eindigt op 1 april'."  # "eindigt per 1 april": one moment, no 'vanaf'
    if term == "recent" and previous is not None and previous.lower_ == "meest":
        return "Schrijf 'laatste' in plaats van 'meest recente': 'uw laatste jaaropgave'."
    about = _about_questions(matched, term)
    if about is not None:
        return about
    if term == "vervallen" and previous is not None and previous.lower_ == "te" and any(
        t.lemma_ == "komen" for t in doc[first.sent.start : first.i]
    ):
        # "Alle binnensport komt per direct te vervallen" (set 45's labeller: 'gaat niet door')
        return "Schrijf 'gaat niet door' of 'geldt niet meer' (vorm aanpassen), en laat 'komt te' weg."
    before = _by_the_word_before(term, first, previous, following)
    if before is not None:
        return before
    if term == "divers" and first.lower_ == "divers":
        return "Schrijf 'gevarieerd'."  # "een divers bomenbestand": varied, not 'verschillend' (set 50's judge)
    if term == "voldoen" and _enough(first):
        return "Schrijf 'is genoeg' of 'is goed' (vorm aanpassen)."  # "De capaciteit voldoet niet meer" (set 50's judge)
    if term == "zijnde" and (previous is None or previous.lower_ != "als"):
        # "de van toepassing zijnde bedragen", "de op handen zijnde reconstructie" (judges of sets 22, 26, 27)
        return "Maak er een zin met 'die' van. Bijvoorbeeld: 'de van toepassing zijnde regels' wordt 'de regels die gelden'."
    noun_group = _in_noun_group(term, previous, before_previous, following)
    if noun_group is not None:
        return noun_group
    if term == "op de hoogte brengen":
        # "u op de hoogte brengen van mijn vertrek"; 'laten weten' needs 'het' or 'dat' (judges of sets 11, 34, 37)
        if following is not None and following.lower_ == "van":
            return "Schrijf 'vertellen over' (vorm aanpassen). Bijvoorbeeld: 'Ik vertel u over mijn vertrek.'"
        return "Schrijf 'laten weten' (vorm aanpassen). Bijvoorbeeld: 'Wij laten het u weten.'"
    if term == "geheel":
        if following is not None and following.pos_ in ("NOUN", "PROPN") and first.lower_ == "gehele":
            return "Schrijf 'hele'. Bijvoorbeeld: 'het hele jaar'."  # "het gehele jaar" (judges of sets 30, 35, 39)
        if previous is not None and previous.lower_ == "het" and before_previous is not None and before_previous.lower_ == "in":
            if following is not None and following.lower_ in ("niet", "geen"):
                return "Schrijf 'helemaal'."  # "in het geheel niet"
            return "Schrijf 'al met al' of laat het weg."  # "in het geheel" (set 37's judge)
    if term == "dienen" and previous is not None and previous.lower_ in ("daarvoor", "hiervoor", "waarvoor") and not any(
        t.lower_ == "te" for t in doc[last.i + 1 : first.sent.end]
    ):
        return "Schrijf 'is bedoeld' of 'is' (vorm aanpassen). Bijvoorbeeld: 'Daarvoor is het formulier bedoeld.'"  # set 51's judge
    # "Alle lessen vervallen in deze periode" (set 51); 'vervallen' takes no object, so a run the parser
    # reads as one is its subject ("Vanaf die datum vervalt de eerste dienst", set 58)
    if term == "vervallen" and any((c.dep_.startswith("nsubj") or c.dep_ == "obj") and c.lemma_ in ACTIVITIES for c in first.children):
        return "Schrijf 'gaat niet door' of 'gaan niet door'."
    if term == "in navolging van" and any(t.lemma_ in LETTERS for t in doc[last.i + 1 : min(first.sent.end, last.i + 4)]):
        return "Schrijf 'na' of 'als vervolg op'."  # following up on a letter, not 'like' it (set 52's judge)
    if term == "hervatten" and _finite_in_main_clause(first):
        # "Wij hervatten de lessen op 1 maart": in a main clause 'weer' goes after the object, not before the verb
        return "Schrijf 'beginnen … weer' (vorm aanpassen). Bijvoorbeeld: 'Wij beginnen de lessen weer op 1 maart.'"
    if term == "hervatten" and any(t.lower_ == "weer" for t in doc[max(first.sent.start, first.i - 4) : first.i]):
        return "Schrijf 'beginnen' (vorm aanpassen): 'weer' staat er al. Bijvoorbeeld: 'de trainingen weer beginnen'."  # set 51's judge
    if term == "afstemmen" and _to_that(first):
        # "uw plannen daar op af te stemmen": adjust to it, not 'overleggen' (set 53's judge)
        return "Schrijf 'aanpassen' (vorm aanpassen). Bijvoorbeeld: 'uw plannen daaraan aanpassen'."
    if term == "onverminderd" and (following is None or (following.pos_ not in ("DET", "PRON", "PROPN") and following.lower_ not in LEGAL_NOUNS)):
        # "alle activiteiten onverminderd doorgang laten vinden": in full, as before; the legal
        # 'zonder af te doen aan' takes a noun group ("onverminderd het bepaalde in …") (set 49's judge)
        return "Schrijf 'gewoon' of 'net als eerst'. Bijvoorbeeld: 'Alle activiteiten gaan gewoon door.'"
    return None


def _by_the_word_before(term: str, first, previous, following) -> str | None:
    """Advice that the word before decides: "ons streven", "ernaar streven", "de situatie omtrent",
    "het huishoudelijk reglement", ", echter" (set 60's judge), and "met … communiceren" (its own
    'met': not "met name", "met ingang van" or a 'met' of the next sentence)."""
    if term == "streven" and previous is not None and previous.lower_ in ("ons", "onze"):
        return "Schrijf 'doel' of 'wij willen'. Bijvoorbeeld: 'Het is ons streven om …' wordt 'Wij willen …'."  # set 60's judge
    if term == "streven" and previous is not None and previous.lower_ == "mijn":
        return "Schrijf 'doel' of 'ik wil'. Bijvoorbeeld: 'Mijn streven is …' wordt 'Ik wil …'."
    if term == "streven" and previous is not None and previous.lower_ in ("het", "dit"):
        return "Schrijf 'het doel' of 'wij willen'. Bijvoorbeeld: 'Het streven is …' wordt 'Ons doel is …'."  # the noun (set 50's judge)
    if term == "streven" and previous is not None and previous.lower_ == "ernaar":
        return "Schrijf 'proberen' en laat 'ernaar' weg: 'we proberen om …'."  # "ernaar proberen" (set 60's judge)
    if term == "streven" and previous is not None and previous.lower_ == "daarnaar":
        return "Schrijf 'dat proberen' in plaats van 'daarnaar streven': 'Dat proberen wij al jaren.'"
    if term == "communiceren" and _with_someone(first):
        return "Schrijf 'praten met' of 'laten weten aan' (vorm aanpassen)."  # "met onze gasten vertellen" (set 60's judge)
    if term == "omtrent" and previous is not None and previous.lemma_ in AROUND:
        return "Schrijf 'rond'. Bijvoorbeeld: 'de situatie rond de verkoop'."  # not 'de situatie over' (set 60's judge)
    if term == "reglement" and previous is not None and previous.lower_ in ("huishoudelijk", "huishoudelijke"):
        # the whole term, not 'huishoudelijk regels' (set 60's judge); a document of the club, so explain it too
        return "Schrijf 'de regels van de vereniging' in plaats van 'huishoudelijk reglement', of leg uit wat erin staat."
    after_comma = previous is not None and previous.text == "," and not (following is not None and following.text == ",")
    if term == "echter" and after_comma and not (following is not None and (following.tag_ or "").startswith("WW|pv")):
        # ", echter onze haven heeft …": two halves of one sentence (set 60's judge); ", echter was er …" needs
        # its subject first as well (see _advice._context)
        return "Schrijf 'maar' in plaats van 'echter'."
    return None


def _with_someone(verb) -> bool:
    """The verb's own 'met' someone: "met onze gasten (gaan) communiceren"; not "met name", "met ingang van"."""
    doc = verb.doc
    heads = [verb] + ([verb.head] if verb.dep_ == "xcomp" else [])  # "met onze gasten gaan communiceren"
    return any(
        c.dep_ == "case" and c.lower_ == "met" and getattr(_word(doc, c.i + 1), "lower_", "") not in NOT_PARTNERS
        for h in heads for t in h.children for c in t.children
    )


NOT_PARTNERS = {"name", "ingang", "groet", "behulp", "betrekking"}  # "met name", "met ingang van": no one to talk with
AROUND = {"situatie", "gang", "ontwikkeling", "onzekerheid", "onduidelijkheid", "ophef", "drukte", "discussie"}
QUESTION_ABOUT = {"naar aanleiding van": "over", "naar aanleiding daarvan": "daarover", "naar aanleiding hiervan": "hierover"}
CLAUSE_STOPS = {",", ";", ":", "en", "maar", "want"}


def _about_questions(matched, term: str) -> str | None:
    """Questions about something: "Heeft u vragen naar aanleiding van deze brief?" is 'over', "Heeft u
    vragen naar aanleiding daarvan?" 'daarover' (sets 45 and 59's judges); "Naar aanleiding van onze vraag
    naar hulpouders zijn er …" is 'na'. The question word stands in the same clause: "Wij kregen reacties en
    naar aanleiding van de bijeenkomst …" is not about them."""
    plain = QUESTION_ABOUT.get(term)
    if plain is None:
        return None
    first, last = matched[0], matched[-1]
    doc = first.doc
    asked_before = False
    for k in range(1, min(4, first.i - first.sent.start) + 1):
        word = doc[first.i - k]
        if word.lower_ in CLAUSE_STOPS:
            break
        asked_before = asked_before or _asked(word)
    after = [_word(doc, last.i + k) for k in (1, 2, 3, 4)]
    if term != "naar aanleiding van":  # no noun follows 'daarvan': "naar aanleiding daarvan nog vragen"
        asked_after = any(_asked(w) for w in after[:3])
    else:  # "naar aanleiding van deze brief nog vragen": the question after the noun
        asked_after = not any(_asked(w) for w in after[:2]) and any(_asked(w) for w in after[2:]) and first.i > first.sent.start
    return f"Schrijf '{plain}'." if asked_before or asked_after else None


def _in_noun_group(term: str, previous, before_previous, following) -> str | None:
    """A word whose alternative does not fit the words around it in its noun group."""
    if term == "gang van zaken" and previous is not None and previous.lower_ == "de":
        return "Schrijf 'hoe het gaat' in plaats van 'de gang van zaken'."  # "de hoe het gaat" (set 48's judge)
    if term == "gang van zaken" and previous is not None and previous.lower_ in ("deze", "die"):
        # "deze hoe het gaat" (set 60's judge); "Die gang van zaken is niet goed geweest" looks back
        return f"Schrijf 'hoe het gaat' of 'hoe het is gegaan' in plaats van '{previous.lower_} gang van zaken'."
    if term == "wijze" and before_noun(previous) and before_previous is not None and before_previous.pos_ == "ADP":
        # "op wonderbaarlijke wijze": 'manier' needs its article, and the adjective its -e (sets 58 and 60's
        # judges); "op eigen wijze" keeps 'eigen'
        adjective = previous.lower_ if previous.lower_.endswith("en") else inflected(previous.lower_) or previous.lower_
        return f"Schrijf 'op een {adjective} manier'."
    if term == "gang van zaken" and before_noun(previous):
        # "de normale gang van zaken" (judges of sets 27 and 33), "de door het bestuur gevolgde gang van zaken" (set 58)
        return "Schrijf 'hoe het … gaat' (vorm aanpassen). Bijvoorbeeld: 'de normale gang van zaken' wordt 'hoe het normaal gaat'."
    if term == "nota" and following is not None and following.text[:1].isupper():
        return "Schrijf 'plan' of 'beleidsstuk'."  # "de gemeentelijke nota Sport en Bewegen": a paper with a title (set 57's judge)
    return None


def _finite_in_main_clause(verb) -> bool:
    """"Wij hervatten de lessen", "De club hervat de trainingen" (the tagger may read 'hervat' as a
    participle: a root with a subject and no auxiliary is finite too); not "Als wij … hervatten"."""
    deps = {c.dep_ for c in verb.children}
    finite = (verb.tag_ or "").startswith("WW|pv") or (verb.dep_ == "ROOT" and "nsubj" in deps and not deps & {"aux", "aux:pass"})
    return finite and "mark" not in deps


def _to_that(verb) -> bool:
    """'daarop', 'hierop', 'erop', or 'daar … op' in the five words before: "uw plannen daar op af te stemmen";
    not the 'op' of "contact op te nemen om dit af te stemmen"."""
    before = {t.lower_ for t in verb.doc[max(verb.sent.start, verb.i - 5) : verb.i]}
    return bool(before & {"daarop", "hierop", "erop"} or ("op" in before and before & {"daar", "hier", "er"}))


def _enough(verb) -> bool:
    """'voldoen' without an object and without 'aan', with a thing as subject: "De capaciteit voldoet"
    is 'is genoeg'; "U voldoet de rekening" and "voldoen aan de eisen" are not."""
    if any(t.lower_ == "aan" for t in verb.sent) or any(c.dep_ in ("obj", "iobj") for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children)

"""Whose term is it? A term in a letter may be for the organisation itself ("binnen 8 weken krijgt u
ons besluit", "wij beslissen binnen 8 weken", "het geld wordt binnen 10 dagen gestort"), or given to
the reader ("Ik stel u in de gelegenheid om … binnen 5 dagen …"). The patterns `vage_termijn` uses to
tell them apart. Pure: text in, yes or no out."""
from __future__ import annotations

import re

# the organisation's own term: "binnen 8 weken krijgt u ons besluit", "wij beslissen binnen 8 weken"
OWN_TERM = re.compile(
    r"\b(?:(?:wij|we)\s+(?:\w+\s+){0,4}?(?:beslissen|besluiten|beslist|reageren|antwoorden|behandelen|nemen|sturen|betalen|storten|laten|maken|geven|informeren|berichten)"
    # "We doen ons best om u tijdig te informeren": what we do for the reader
    r"|\bom\s+u\s+(?:\w+\s+){0,2}?te\s+(?:informeren|berichten|helpen|antwoorden)\b"
    r"|(?:wij|we)\s+streven\b|\bik\s+(?:\w+\s+){0,4}?(?:beslis|besluit|stel|neem|stuur|betaal|maak|geef|reageer|antwoord)\b"
    r"|\b(?:beslis|besluit|stel|neem|stuur|betaal|maak|geef)\s+ik\b"
    r"|(?:hoort|krijgt|ontvangt)\s+u\s+(?:\w+\s+){0,4}?(?:van\s+ons|bericht|antwoord|besluit|beslissing|reactie|uitslag|uitsluitsel|een\s+brief|het\s+geld|uw\s+geld|de\s+uitbetaling|het\s+(?:hele\s+)?bedrag|het\s+voorschot)"
    r"|u\s+(?:hoort|krijgt|ontvangt)\b(?:\s+\w+){0,4}?\s+(?:van\s+ons|bericht|antwoord|besluit|beslissing|reactie|uitslag|het\s+(?:hele\s+)?bedrag|het\s+voorschot)"
    r"|beslistermijn|behandeltermijn"
    # "De schooldirectie zal u zo snel mogelijk informeren": the reader is the object, someone else acts (set 54)
    r"|\b(?:zal|zullen)\s+(?:wij\s+|we\s+)?u\s+(?:\w+\s+){0,4}?(?:informeren|berichten|laten\s+weten|op\s+de\s+hoogte\s+(?:brengen|stellen|houden))"
    # web pages say it of the organisation in the third person: "De gemeente beslist binnen 8 weken",
    # "beoordeelt een medewerker uw aanvraag binnen dertien weken", "Dit gebeurt binnen 12 weken"
    r"|\b(?:de\s+gemeente|het\s+college|(?:een|de)\s+medewerker|het\s+rijk|men|wij|we)\s+(?:\w+\s+){0,3}?"
    r"(?:beslist|beoordeelt|behandelt|streeft|proberen|probeert|betaalt|gaan|gaat|handelt)"
    r"|\b(?:beslist|beoordeelt|behandelt)\s+(?:de\s+gemeente|het\s+college|(?:een|de)\s+medewerker)"
    r"|\b(?:dit|dat|het)\s+(?:\w+\s+){0,2}?gebeurt"
    r"|(?:krijgt|ontvangt)\s+u\s+(?:\w+\s+){0,4}?(?:een\s+)?(?:bevestiging|ontvangstbevestiging|brief|bericht)"
    r"|u\s+(?:krijgt|ontvangt)\b(?:\s+\w+){0,5}?\s+(?:de\s+|een\s+)?(?:bevestiging|ontvangstbevestiging|brief|bericht))\b",
    re.I,
)
# "het geld wordt binnen 10 dagen gestort": ours too, unless the reader must ("moet … worden betaald")
OWN_PASSIVE = re.compile(
    r"\b(?:wordt|worden)\s+(?:\w+\s+){0,7}?(?:beslist|besloten|behandeld|uitbetaald|gestort|verstuurd|beantwoord|opgesteld|afgehandeld|beoordeeld|verwerkt)\b",
    re.I,
)
# "dit zal zo snel mogelijk opgepakt worden": work the organisation does (set 54); not when the reader
# must see to it ("Zorg dat de schade binnen twee weken hersteld wordt", "… door uw installateur")
OWN_WORK = re.compile(r"\b(?:opgepakt|uitgevoerd|hersteld|gerepareerd|opgelost|opgeruimd|vervangen)\s+(?:wordt|worden)\b", re.I)
READERS_SIDE = re.compile(r"\b(?:u|uw|zorg\w*)\b", re.I)
OWN_PURPOSE = re.compile(r"\s*om\b", re.I)  # a clause of purpose: "Om … te …"
OUR_SUBJECT = re.compile(r"\b(?:wij|we|ik)\b", re.I)


def our_main_clause(sentence: str, clause: str) -> bool:
    """"Om de controles zo snel mogelijk klaar te hebben, willen wij …": the purpose clause ends at a
    comma and the rest is ours, with no reader in the sentence; not "Om in aanmerking te komen moeten
    ouders zich zo snel mogelijk aanmelden" (one clause, a task for the reader)."""
    at = sentence.find(clause.strip())
    rest = sentence[at + len(clause.strip()) :] if at >= 0 else ""
    return rest.lstrip().startswith(",") and OUR_SUBJECT.search(rest) is not None and not READER_CLAUSE.search(sentence)


READER_CLAUSE = re.compile(r"\b(?:u|uw|je|jij|jouw)\b|^\s*(?:betaal|stuur|lever|meld|reageer|geef|dien|vraag)\b", re.I)
# words that say when something happens; a deadline only when the reader is asked to act
WHEN_NOT_BY = {"binnenkort", "op korte termijn", "binnen afzienbare tijd", "zodra het kan", "zodra dat kan", "zodra het mogelijk is",
               "zodra dat mogelijk is", "binnen enkele dagen", "binnen enkele weken", "binnen enkele maanden"}
READER_ASKED = re.compile(
    r"\b(?:moet|moeten|dient|dienen|verzoeken|vragen|wilt)\s+(?:\w+\s+)?u\b|\bu\s+(?:moet|dient|wordt\s+verzocht)\b"
    # "dat u dit binnen enkele dagen moet doen", "Wij vragen iedereen om …", "drukken iedereen op het hart om …"
    r"|\bu\s+(?:[\w-]+\s+){1,6}?(?:moet|dient)\b|\b(?:vragen|verzoeken)\s+(?:wij\s+|we\s+)?(?:iedereen|jullie|je|de\s+\w+)\b|\bop\s+het\s+hart\b"
    # a polite or indirect request: "Stuurt u … terug?", "Zorg dat …", "Het is belangrijk dat u …", "Wij verwachten uw reactie …"
    r"|^\s*\w+t\s+u\b|^\s*zorg\b|\bdat\s+u\b|\bverwachten\s+(?:wij\s+|we\s+)?uw\b"
    r"|^\s*(?:betaal|stuur|lever|meld|reageer|geef|dien|vraag|bel|neem|maak|vul)\b",
    re.I,
)
READERS_ACTS = {"betaling", "reactie", "antwoord", "aanvulling"}  # what the reader sends or pays
READERS_DUTY = re.compile(r"\b(?:moet|moeten|dient|dienen|verzoeken|vragen)\b", re.I)


# the reader is given the term: "Ik stel u in de gelegenheid om … binnen 5 dagen …"
GIVEN_TO_READER = re.compile(
    r"\bu\b[^.?!]{0,40}\bin de gelegenheid\b|\bu\b[^.?!]{0,30}\bzorg (?:te )?dragen\b|\bverzoek(?:en)? (?:ik|wij|we) u\b"
    r"|\b(?:ik|wij|we) (?:verzoeken|verzoek|vragen|vraag) u\b", re.I
)  # not "Wij zijn niet in de gelegenheid …" nor "Wij dragen er zorg voor dat …": those are the organisation's


def own_term(clause: str, sentence: str) -> bool:
    """Is this a term for the organisation, not for the reader? (The sentence says whether the reader must see to it.)"""
    if GIVEN_TO_READER.search(clause):
        return False
    if OWN_WORK.search(clause) and not READER_ASKED.search(sentence) and not READERS_SIDE.search(sentence):
        return True
    return OWN_TERM.search(clause) is not None or (OWN_PASSIVE.search(clause) is not None and not READERS_DUTY.search(clause))

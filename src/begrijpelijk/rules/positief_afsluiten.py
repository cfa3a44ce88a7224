"""Positief afsluiten: de brief eindigt niet met hulp of contact.

Waarom: het laatste wat de lezer leest, blijft hangen. Eindig met hulp: wie de
lezer kan bellen en dat u graag helpt. Een gevolg of een wetsartikel hoort
eerder in de brief, rustig uitgelegd. Een vaste slotzin ("Wij vertrouwen erop
u hiermee voldoende te hebben ingelicht") helpt de lezer niet. De check is
alleen ✓ als de laatste alinea hulp of contact geeft.

Fout:
    Indien u niet tijdig betaalt, wordt de vordering uit handen gegeven aan een deurwaarder.

Goed:
    Hebt u vragen, of lukt betalen niet? Bel mij gerust. Samen zoeken we een oplossing.
"""
from __future__ import annotations

import re

from begrijpelijk.findings import Problem, Severity
from begrijpelijk.rules import Rule
from begrijpelijk.rules._parts import is_letter, letter_parts, not_a_letter, paragraph_span, threat_word
from begrijpelijk.wordlists import load

LEGAL = re.compile(r"\b(artikel|art\.|wet|lid \d|grond van|krachtens|ingevolge|juridisch)\b", re.I)
# 'vragen' as the reader's questions ("Hebt u vragen?", "Voor vragen …"), not "willen we u vragen om …";
# 'hulp' that is offered, not "Alvast bedankt voor uw hulp" or "voor jullie hulp"
HELP = re.compile(
    r"\b(bel|bellen|help(?:en)? (?:u|je|jou|jullie)\b|(?:u|je|jullie) (?:\w+ ){0,3}(?:help|helpen)|(?:wij|we|ik|medewerkers|zij) helpen (?:\w+ ){0,2}graag"
    r"|(?<!uw )(?<!je )(?<!jullie )(?<!jouw )hulp|contact|graag (?:\w+ ){0,3}(?:help|helpen|uit|bellen|spreken|hulp)|oplossing|mail|vragen\?"
    r"|(?:hebt|heeft) u (?:nog )?vragen|(?:voor|met) (?:uw |al uw )?vragen|vragen over"
    # "Voor meer informatie kunt u bij ons terecht.", "U kunt op ons rekenen."
    # (not "Dan kunt u niet meer bij ons terecht", "U kunt niet langer op ons rekenen")
    r"|(?<!niet )(?<!meer )(?<!langer )(?:bij|met \w+ \w+ bij) (?:ons|mij) terecht|(?<!niet )(?<!meer )(?<!langer )terecht bij (?:ons|mij)"
    r"|(?<!niet )(?<!meer )(?<!langer )op (?:ons|mij) (?:kunnen )?rekenen"
    # the reader's questions, an invitation, a way to write to us: "Mocht u vragen hebben, dan horen wij het graag",
    # "We zien u graag", "Mailen mag ook", "Wilt u meer weten?" ('graag' alone is no help: "Graag vraag ik
    # aandacht voor …"; nor are "de vragen die wij hebben", "U kunt het formulier mailen naar de afdeling")
    r"|(?:mocht|mochten|als|wanneer|indien) (?:u|je|jullie) (?:nog )?(?:vragen|opmerkingen) (?:\w+ ){0,2}(?:hebben|hebt|heeft)"
    r"|\ber (?:nog |verder )?vragen (?:of opmerkingen )?zijn|horen (?:wij|we|ik) (?:het|dat|dit) graag"
    r"|(?:zie|zien|spreek|spreken|ontmoet|ontmoeten) (?:ik |wij |we )?(?:u|jullie|je) graag|graag (?:met (?:u|jullie|je) )(?:\w+ ){0,3}bespreken|graag (?:\w+ ){0,3}bespreken(?! met (?!u\b|jullie\b|je\b))"
    r"|(?:ons|mij) (?:\w+ ){0,3}mailen|mailen (?:naar (?:ons|mij)|mag)|wilt? (?:u|je|jullie) (?:\w+ ){0,2}meer weten)\b",
    re.I,
)


# an invitation is contact too: "Graag nodig ik u uit om …", "Wij hopen u allemaal te zien op …"
INVITES = re.compile(
    # an invitation: "Graag nodig ik u uit", "Ik nodig dan ook Handhaving uit", "De gemeente nodigt u uit voor …"
    r"\b(?:ik|wij|we) nodig\w* [^.?!]{0,60}\buit\b|\bnodig\w* (?:ik|wij|we|u) [^.?!]{0,60}\buit\b|\buitnodig|"
    # (keeping the reader informed is no help or contact: "Uiteraard blijven we u op de hoogte houden" fails, as the
    # criterion and the labels of set 6 say)
    r"\b(?:hopen|hoop) (?:\w+ )?(?:u|jullie|je) [^.?!]{0,40}\bte (?:kunnen )?(?:zien|ontmoeten|spreken|begroeten)\b"
    # "en hoop iets van jullie te vernemen" (set 56)
    r"|\b(?:hopen|hoop) (?:\w+ )?(?:iets )?van (?:u|jullie|je) te (?:horen|vernemen)\b|\bstel (?:uw|je|jullie) vragen gerust\b"
    # "Mochten jullie nog vragen hebben over de verbouwing, stel ze dan gerust!"
    r"|\bvragen\b[^.?!]{0,60}\bstel (?:ze|die) (?:\w+ )?gerust\b",
    re.I,
)


# "Vragen? Stel ze gerust!": an offer to ask; the parser may make it two or three sentences
ASK_AWAY = re.compile(r"\bvragen(?: of opmerkingen)?\?\s*stel (?:ze|die) gerust\b", re.I)
# a closing formula instead of help: "Wij vertrouwen erop u hiermee voldoende te hebben ingelicht."
FORMULA = re.compile(
    r"\b(vertrouw\w* (?:erop|erin|u)|rekenend op|in afwachting van|hopende u|(?:wij|we|ik) hopen u hiermee|"
    r"naar behoren (?:te hebben )?ingelicht|welwillende medewerking|als niet (?:verzonden|geschreven) (?:te )?beschouwen"
    r"|zien (?:wij|we|ik) (?:\w+ ){0,6}tegemoet|tegemoet (?:te )?zien)\b",
    re.I,
)
CONTACT = re.compile(r"\b(bel|bellen|contact|mail|e-mail)\b|@|\d{3}", re.I)
SHORT = 6  # a last line as short as "Wij wensen u veel succes." leaves the paragraph before it as the end
# so does a last line of thanks ("Zoals altijd: heel erg bedankt voor jullie vertrouwen!"); the paragraph
# before it must still offer help ("Alvast bedankt voor uw hulp" after a threat fails)
THANKS = re.compile(r"^\W*(?:[\w:]+\W+){0,4}(?:bedankt|dank\w*) (?:u |jullie |je )?(?:wel )?voor\b", re.I)
THANKS_WORDS = 15


# help refused: "Wij kunnen u hiermee niet verder helpen."
NO_HELP = re.compile(r"\bniet\s+(?:meer\s+|verder\s+|langer\s+)?(?:helpen|bellen)\b", re.I)


def _offers_help(text: str) -> bool:
    """Help or an invitation to get in touch: "Heeft u vragen? Bel ons", "Wij helpen u graag";
    read per sentence, so that help refused in one does not count."""
    sentences = re.split(r"(?<=[.?!])\s+", text)
    return bool(ASK_AWAY.search(text) or INVITES.search(text) or any(HELP.search(s) and not NO_HELP.search(s) for s in sentences))


def _last_paragraph(doc, parts) -> int | None:
    body = parts.body
    if not body:
        return None
    last = body[-1]
    text = doc.document.paragraphs[last].text
    # thanks without a threat: "Bedankt voor uw begrip. Betaalt u niet, dan komt de deurwaarder." is no thank-you line
    threatening = load().threatening
    thanks = len(text.split()) <= THANKS_WORDS and THANKS.search(text) and not any(threat_word(t, threatening) for t in doc.docs[last])
    closing_line = len(text.split()) <= SHORT or thanks
    if len(body) > 1 and closing_line and not _offers_help(text) and not FORMULA.search(text):
        return body[-2]
    return last


def check(doc, options, wordlists):
    """ok only when the end offers help or contact; a threat, a legal article, a closing formula or nothing fails."""
    if not is_letter(doc):
        return
    parts = letter_parts(doc)
    last = _last_paragraph(doc, parts)
    if last is None:
        return
    text = doc.document.paragraphs[last].text
    sentences = list(doc.docs[last].sents)
    # "Ik nodig dan ook de wijkagent en Handhaving uit": a department invited to a talk is no threat
    threats = [k for k, s in enumerate(sentences) if any(threat_word(t, wordlists.threatening) for t in s) and not INVITES.search(s.text)]
    # "Vragen? Stel ze gerust!" may be split: a sentence counts with the two before it, as written
    helps = [k for k, s in enumerate(sentences) if _offers_help(s.text) or (k and ASK_AWAY.search(s.doc[sentences[max(0, k - 2)].start : s.end].text))]
    threat = bool(threats)
    helpful = bool(helps)
    # "Neem contact op als … Bij in gebreke blijven dragen wij het dossier over …": the threat has the last word
    if helpful and not FORMULA.search(text) and not (threats and threats[-1] > helps[-1]):
        return
    if threat:
        message = "De brief eindigt met een dreiging."
    elif LEGAL.search(text):
        message = "De brief eindigt met een wetsartikel."
    elif FORMULA.search(text):
        message = "De brief eindigt met een vaste slotzin, niet met hulp."
    else:
        message = "De brief eindigt zonder hulp of iemand om contact mee op te nemen."
    start, end = paragraph_span(doc, last)
    yield Problem(start, end, message, "Eindig met hulp: wie de lezer kan bellen, en dat u graag helpt.")


def evidence(doc, options=None) -> str | None:
    """The words of help at the end, as the ✓ shows them."""
    last = _last_paragraph(doc, letter_parts(doc))
    if last is None:
        return None
    sentences = list(doc.docs[last].sents)
    # a way to reach someone says more than "Hebt u vragen?"
    for sentence in [s for s in sentences if CONTACT.search(s.text)] + [s for s in sentences if _offers_help(s.text)]:
        words = sentence.text.split()
        return "'" + " ".join(words[:14]) + (" …'" if len(words) > 14 else "'")
    return None


RULE = Rule(
    id="positief-afsluiten",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="De brief eindigt niet met hulp of contact, maar met een dreiging, een wetsartikel, een vaste slotzin of niets.",
    checklist="De brief eindigt met hulp en de contactpersoon.",
    applies=not_a_letter,
    evidence=evidence,
)

"""Vage termijn: een termijn zonder datum ("binnen 14 dagen", "zo spoedig mogelijk").

Waarom: "binnen 14 dagen na dagtekening" moet de lezer zelf uitrekenen, en
wanneer is "zo spoedig mogelijk"? Onder stress gaat dat mis. Noem de laatste
dag met de datum. ``begrijpelijk fix --datum`` maakt van "binnen 14 dagen" een
datum, als de termijn telt vanaf de datum van de brief.

Soms is de termijn voor de organisatie zelf: "binnen 8 weken krijgt u ons
besluit". Die telt niet mee. Een termijn uit de wet blijft staan, zoals de 6
weken om tegen een besluit in te gaan. Dat geldt ook voor een termijn die vanaf
een ander moment telt ("na ontvangst"). De melding geeft dan de datum om erbij
te zetten.

Een webpagina heeft geen datum. Daar telt een termijn alleen als de lezer er
iets binnen moet doen. "Doe dit binnen 6 weken" telt dus wel. "De gemeente
neemt binnen 8 weken een besluit" telt niet.

Ook zonder "binnen" is een termijn vaag: "u heeft nog 14 dagen om te betalen".
Ook "direct", "meteen" of "tijdig" in een opdracht is vaag: "Geef het meteen
door". Tot wanneer is dat? "U kunt ons direct bellen" is geen termijn.

Optie ``datum``: de datum van de brief (JJJJ-MM-DD). Dan noemt de melding de
echte datum, en kan ``fix`` hem invullen. ``fix --datum`` zet deze optie.

Fout:
    Stuur de papieren binnen 14 dagen na dagtekening terug.

Goed:
    Stuur de papieren uiterlijk maandag 15 maart 2027 terug.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from begrijpelijk import dates
from begrijpelijk.config import parse_letter_date
from begrijpelijk.findings import Edit, Problem, Severity
from begrijpelijk.nlp import lemma
from begrijpelijk.nlp.closed_class import READER_SUBJECT
from begrijpelijk.rules import Rule
from begrijpelijk.rules._parts import DUTY, WHEN_EVENT, is_letter, is_order
from begrijpelijk.rules._whose_term import (
    OWN_PURPOSE, READERS_ACTS, READER_ASKED, READER_CLAUSE, WHEN_NOT_BY, our_main_clause, own_term,
)
from begrijpelijk.rules._word_forms import with_case

NUMBERS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "twintig": 20,
    "eenentwintig": 21, "dertig": 30,
}
# what the term counts from when the letter says it: its own date
FROM_LETTER = r"(?:na\s+(?:de\s+)?(?:dagtekening|datum)(?:\s+van\s+(?:deze|dit|onze)\s+(?:brief|besluit|beschikking))?|na\s+heden|na\s+vandaag|vanaf\s+(?:vandaag|heden|(?:de\s+)?dagtekening|de\s+datum\s+van\s+deze\s+brief))"
VAGUE_PERIOD = re.compile(
    r"\bbinnen\s+(?:de\s+)?(?P<n>\d{1,3}|" + "|".join(NUMBERS) + r")\s+(?P<unit>dagen|dag|weken|week|maanden|maand|jaren|jaar)\b"
    r"(?P<tail>\s+" + FROM_LETTER + r"\b)?"
    r"(?P<other>\s+(?:na|nadat|vanaf|vanaf\s+de|sinds)\b)?",
    re.I,
)
# "u heeft nog 14 dagen (de tijd) om te betalen": the reader's term without 'binnen'
RESPITE = re.compile(
    r"\b(?:(?:heeft|hebt|heb|krijgt|krijg)\s+(?:u|je|jij)|(?:u|je|jij)\s+(?:heeft|hebt|hebben|krijgt|krijg))\s+"
    r"(?:dan\s+)?(?:alsnog\s+)?(?:nog\s+)?(?:maar\s+)?(?:een\s+termijn\s+van\s+)?"
    r"(?P<term>(?:\d{1,3}|" + "|".join(NUMBERS) + r")\s+(?:dagen|dag|weken|week|maanden|maand)(?:\s+(?:de\s+)?tijd)?)\s+om\b",
    re.I,
)
# words between spaces of any kind: "zo spoedig&nbsp;mogelijk" reads as "zo spoedig mogelijk"
VAGUE_WORDS = re.compile(
    r"\b(" + "|".join(
        phrase.replace(" ", r"\s+")
        for phrase in (
            "zo spoedig mogelijk", "zo snel mogelijk", "zo (?:spoedig|snel) als mogelijk", r"z\.s\.m\.", "op korte termijn",
            "ten spoedigste", "per omgaande", "per ommegaande", "binnen afzienbare tijd", "zodra (?:het|dat) (?:kan|mogelijk is)",
            "binnen (?:de )?(?:boven)?genoemde termijn", "binnen de (?:daarvoor )?(?:gestelde|geldende|wettelijke) termijn",
            "binnen enkele (?:dagen|weken|maanden)", "zo nodig op korte termijn", "binnenkort",
            "binnen (?:dat|die|deze|dezelfde|een) (?:jaar|maand|week|periode|termijn)", "binnen redelijke termijn",
            "binnen een redelijke termijn", "tijdig",
            # "Wij hanteren een betalingstermijn van 14 dagen": a number of days, counted from when?
            r"(?:een\s+)?(?:betalings)?termijn\s+van\s+(?:\d{1,3}|" + "|".join(NUMBERS) + r")\s+(?:werk)?(?:dagen|dag|weken|week)",
            # "minimaal twee dagen van tevoren": before a moment the reader has to work out
            r"(?:(?:minimaal|ten minste|tenminste|uiterlijk) )?(?:\d{1,3}|één|" + "|".join(NUMBERS) + r") (?:volle |hele )?(?:\w*werkdagen|werkdag|dagen|dag|weken|week|maanden|maand|uur) (?:van tevoren|van te voren|vooraf|voor(?:af)?gaand)",
        )
    ) + r")(?!\w)",
    re.I,
)
# a time of day as the last moment, with no day ("vragen wij u om dit voor 16.00u te melden")
TIME_ONLY = re.compile(r"\b(?:vóór|voor|uiterlijk(?:\s+om)?)\s+\d{1,2}[.:]\d{2}\s*(?:uur\b|u\b|h\b)?", re.I)
A_DAY = re.compile(
    r"\b(?:vandaag|morgen|" + "|".join(dates.DAYS) + r")\w*|\d{1,2}[-/]\d{1,2}|\[[^\]]*(?:datum|dag)[^\]]*\]|\b\d{1,2}\s+(?:" + "|".join(dates.MONTHS) + r")\b",
    re.I,
)
# a term set by law, quoted by the letter: it stays, with the date beside it
LEGAL_TERM = re.compile(r"\b(?:bezwaar|beroep|bezwaarschrift|beroepschrift|wet|wettelijke?|artikel|art\.|awb|termijn|verzet)\b", re.I)
# the date right after the term: ", dus uiterlijk 12 maart", " (uiterlijk [datum])"
DATE_BESIDE = re.compile(r"(?:\s+(?:na|vanaf)\s+[^,.;()]{0,60})?\s*[,(]?\s*(?:dus\s+|dat\s+is\s+)?(?:uiterlijk|vóór|voor|op)\s+(?:\[[^\]]+\]|\w+dag\s+)?\d{0,2}\s*(?:\[|\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)", re.I)
# "… om te betalen, dus uiterlijk 12 maart": a date later in the clause
DATE_AFTER = re.compile(r"[^.;?!]*?\b(?:uiterlijk|vóór|voor|op)\s+(?:\[[^\]]+\]|(?:\w+dag\s+)?\d{1,2}\s+\w+)", re.I)
ADVICE = "Noem de laatste dag met de datum, zoals 'uiterlijk vrijdag 12 maart 2027'."


ORGANISATION_WORDS = {"wij", "we", "ik"}
READER_WORDS = READER_SUBJECT
# "Deze moet u direct betalen", "Geef wijzigingen meteen door": now, but by when?
PERSONS = {"ons", "mij", "me", "u", "hen", "hem", "haar", "jou", "je"}  # "aan ons", not "na uw verhuizing"
URGENT = {"direct", "meteen", "onmiddellijk", "tijdig", "spoedig"}  # not "snel" ("Lees de brief snel door"), not "gelijk" ("equally")
EVENT_ADVICE = "Zeg hoeveel dagen de lezer heeft, zoals 'binnen 5 werkdagen nadat uw inkomen verandert'."


def _urgent(doc):
    """(paragraph, token) for 'direct', 'meteen' … that say when the reader must
    act: in an order, or with 'moet u' / 'dient u'. "U kunt ons direct bellen"
    and "een direct nummer" are no deadline."""
    for paragraph, parsed in doc.pairs():
        for token in parsed:
            if token.lower_ not in URGENT or token.pos_ not in ("ADV", "ADJ") or token.dep_ not in ("advmod", "amod"):
                continue
            if token.i > 0 and parsed[token.i - 1].lower_ == "zo":
                continue  # "zo spoedig mogelijk" is found whole, below
            if token.dep_ == "amod" and token.lower_ != "tijdig":
                continue  # "een direct nummer"; but "Onderneem tijdig actie"
            nxt = parsed[token.i + 1] if token.i + 1 < len(parsed) else None
            to_whom = nxt is not None and nxt.lower_ in ("aan", "bij") and nxt.i + 1 < len(parsed) and parsed[nxt.i + 1].lower_ in PERSONS  # "direct aan ons door"
            if nxt is not None and nxt.lower_ in ("na", "nadat", "daarna", "bij", "op", "aan") and not to_whom:
                continue  # "direct na ontvangst", "direct bij de start": when, not how soon
            verb = token.head
            for _ in range(3):
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head  # "meteen" under "daarom"
            if _in_order(token) or (verb.pos_ in ("VERB", "AUX") and (_reader_must(verb) or _passive_duty(verb))):
                yield paragraph, token


def _in_order(token) -> bool:
    """In the order itself: "Geef het meteen door", not "Bel gerust, dan helpen we u snel";
    also an order after a condition: "Vermoedt u dat, neem dan direct contact op"."""
    sentence = token.sent
    if _order_after_condition(token):
        return True
    if not is_order(sentence):
        return False
    before = token.doc[sentence.start : token.i]
    return not any(_clause_break(t) or t.lower_ in ("we", "wij", "ik", "hij", "zij", "ze", "dat", "die") for t in before)


def _passive_duty(verb) -> bool:
    """A duty said in the passive, for the reader: "dan dient dit tijdig kenbaar te worden gemaakt",
    "Wijzigingen in uw inkomen moeten direct worden doorgegeven"; not the organisation's own task
    ("De storing moet direct worden verholpen"): the subject is the reader's ('uw …'), a pronoun, or
    the verb is something a reader does."""
    auxiliaries = {c.lemma_ for c in verb.children if c.dep_ in ("aux", "aux:pass")}
    holders = [verb]
    if verb.dep_ in ("csubj", "xcomp", "ccomp") and verb.head.lemma_ in DUTY:
        auxiliaries.add(verb.head.lemma_)  # the parser may hang the verb under 'dient'
        holders.append(verb.head)
    if not (auxiliaries & DUTY and "worden" in auxiliaries) or any(c.dep_ == "obl:agent" for c in verb.children):
        return False
    subjects = [c for h in holders for c in h.children if c.dep_ in ("nsubj", "nsubj:pass", "csubj") and c.i != verb.i]
    readers = any(s.pos_ == "PRON" or any(c.lower_ in ("uw", "je", "jouw") for c in s.subtree) for s in subjects)
    return readers or lemma(verb) in READERS_PASSIVE_ACTS


READERS_PASSIVE_ACTS = {"doorgeven", "melden", "indienen", "terugsturen", "opsturen", "inleveren", "aanvragen", "betalen", "voldoen", "overmaken", "kenbaar"}


def _order_after_condition(token) -> bool:
    """'direct' under a verb in the imperative that opens the main clause after a comma
    ("…, neem dan direct contact met ons op", "…, laat ons dat dan meteen weten")."""
    verb = token.head
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        verb = verb.head  # "laat ons dat dan meteen weten": 'meteen' hangs under 'weten'
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or not (verb.tag_ or "").startswith("WW|pv|tgw|ev") or verb.i == 0:
        return False
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if doc[verb.i - 1].text != "," or (after is not None and after.lower_ in READER_WORDS):
        return False  # "…, neemt u dan …" is no order
    if any(t.lower_ in ("vraag", "vragen") for t in doc[verb.sent.start : verb.i]):
        return False  # "Heeft u vragen, neem dan direct contact op": an offer, no deadline
    return not any(c.dep_.startswith("nsubj") and c.i > verb.i for c in verb.children)  # a subject would follow the verb


def _clause_break(token) -> bool:
    """A comma that starts another clause ("Bel gerust, dan helpen we u snel"), not one
    inside a list ("in uw financiële, persoonlijke of leefsituatie")."""
    if token.text in (";", ":"):
        return True
    if token.text != ",":
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    # a list goes on with a word of the same phrase; "Bel gerust, medewerkers helpen u" starts a clause
    return after is None or after.dep_ not in ("conj", "amod", "appos", "nmod")


IMPORTANT = {"belangrijk", "nodig", "noodzakelijk", "verplicht"}


def _reader_must(verb) -> bool:
    """'moet u … betalen', 'dient u … te ondernemen': a duty with the reader as subject;
    "Het is belangrijk dat u dit meteen doet" too."""
    if verb.dep_ in ("csubj", "ccomp") and verb.head.lemma_ in IMPORTANT and any(s.lower_ in READER_WORDS for s in _subjects(verb)):
        return True
    for _ in range(3):
        modal = verb.lemma_ in DUTY or any(c.lemma_ in DUTY for c in verb.children if c.dep_ in ("aux", "aux:pass"))
        if modal and any(s.lower_ in READER_WORDS for s in _subjects(verb)):
            return True
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _readers_term(doc, found) -> bool:
    """Is the reader the one who must act within this term? The verb the term
    belongs to has 'u' as its subject ("U kunt binnen 6 weken bezwaar maken"),
    or gives an order ("Betaal binnen 14 dagen"). "De gemeente neemt binnen
    8 weken een besluit" and "Iemand neemt binnen twee weken contact met u op" do not."""
    parsed = doc.docs[found.index]  # parsed from the paragraph's text, where the match is
    token = next((t for t in parsed if t.idx >= found.match.start()), None)
    if token is None:
        return False
    span = token.sent
    verb = token
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    if is_order(span):
        return True  # "Doe dit binnen 6 weken."
    subjects = _subjects(verb)
    # "dient u … binnen 4 weken aangifte te doen": the subject is on 'dient'
    climbed = False
    while not subjects and verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        verb = verb.head
        subjects = _subjects(verb)
        climbed = True
    # "Wij moeten u … antwoorden": the parser may call both the subject; "Wij adviseren u dit … te doen" and
    # "Wij moeten u vragen … te betalen" (a verb higher up) are the reader's
    ours = not climbed and any(s.lower_ in ORGANISATION_WORDS for s in subjects) and any(c.dep_ in ("aux", "aux:pass") for c in verb.children)
    if not ours and any(s.lower_ in READER_WORDS or _readers_own(s) for s in subjects):
        return True  # "U kunt …", "Uw bezwaarschrift moet binnen 6 weken bij de gemeente zijn"
    if _duty_then_reader(verb):
        return True  # "Dit moet u dan binnen 4 weken doen": the parser may call 'u' the object
    # "Volgt binnen 14 dagen geen betaling, dan …": the reader's act that does not come
    # the parser may call it subject or object; "geen antwoord van ons" is the organisation's
    missing = [c for c in verb.children if c.dep_ in ("nsubj", "obj") and lemma(c) in READERS_ACTS and not any(n.dep_ == "nmod" for n in c.children)]
    if any(c.lower_ == "geen" for m in missing for c in m.children):
        return True
    if _reader_sees_to_it(verb):
        return True
    # "De aanvraag moet binnen 2 maanden worden ingediend": a duty, said in the passive
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "aux:pass")}
    return bool(auxiliaries & {"moet", "moeten", "dient", "dienen"}) and bool(auxiliaries & {"worden", "wordt", "zijn"})


READERS_THINGS = {"bezwaarschrift", "bezwaar", "aanvraag", "formulier", "betaling", "reactie", "antwoord", "aanvulling", "aangifte", "brief", "verzoek", "bewijsstuk", "gegeven", "document", "stuk", "papier", "machtiging"}


def _readers_own(subject) -> bool:
    """"uw bezwaarschrift", "je aanvraag": what the reader sends, as the subject of a duty
    ("Uw werkgever moet binnen 4 weken betalen" is the employer's term)."""
    return lemma(subject) in READERS_THINGS and any(c.lower_ in ("uw", "je", "jouw") and c.dep_ in ("nmod:poss", "det") for c in subject.children) and any(
        c.lemma_ in DUTY for c in subject.head.children if c.dep_ in ("aux", "aux:pass")
    )


def _duty_then_reader(verb) -> bool:
    """'moet u', 'dient u' among the verb's helpers: the reader has the duty
    ("Wij moeten u binnen 4 weken antwoorden" is ours: 'u' is the object there)."""
    if any(c.dep_.startswith("nsubj") and (c.lower_ in ("wij", "we", "ik", "zij", "ze", "hij") or c.pos_ in ("NOUN", "PROPN")) for c in verb.children):
        return False  # (the parser may call "Dit" in "Dit moet u … doen" the subject)
    doc = verb.doc
    for aux in (c for c in verb.children if c.dep_ in ("aux", "aux:pass") and c.lemma_ in DUTY):
        after = doc[aux.i + 1] if aux.i + 1 < len(doc) else None
        if after is not None and after.lower_ in READER_WORDS:
            return True
    return False


def _reader_sees_to_it(verb) -> bool:
    """"Zorgt u ervoor dat het bedrag binnen zeven dagen op onze rekening
    staat?": the term is in a clause under 'zorgen' with the reader as its
    subject, or said as an order ("Zorg dat …")."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "advcl", "csubj") or head.i == verb.i or head.lemma_ != "zorgen":
        return False
    return any(s.lower_ in READER_WORDS for s in _subjects(head)) or head.i == head.sent.start


def _subjects(verb) -> list:
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ in READER_WORDS and after.head.i == verb.i:
        subjects.append(after)  # "Betaalt u niet binnen 14 dagen, …": the parser may not call it the subject
    for aux in [c for c in verb.children if c.dep_ in ("aux", "aux:pass")]:
        subjects += [c for c in aux.children if c.dep_.startswith("nsubj")]
    return subjects


def _letter_date(options) -> dt.date | None:
    value = str(options.get("datum") or "").strip()
    return parse_letter_date(value, " (optie vage-termijn.datum)") if value else None


def _amount(match: re.Match) -> tuple[int, str]:
    raw = match.group("n").lower()
    amount = int(raw) if raw.isdigit() else NUMBERS[raw]
    return amount, dates.UNITS[match.group("unit").lower()]


def _deadline(match: re.Match, letter_date: dt.date) -> str:
    """"binnen 14 dagen (na dagtekening)" → "uiterlijk maandag 15 maart 2027"."""
    written = dates.deadline(letter_date, *_amount(match))
    return with_case(match.group(), written)


CLAUSE_EDGE = re.compile(r"[,;:()]|[.!?](?=\s)|\s(?:anders|maar|want|en|dan|of)\s", re.I)


def _clause(found) -> str:
    """The part of the sentence the term stands in: between commas, end marks
    and the conjunctions that join two clauses ("…, anders sturen wij …")."""
    text = found.paragraph.text
    start, end = found.match.start(), found.match.end()
    before = [m.end() for m in CLAUSE_EDGE.finditer(text, 0, start)]
    after = CLAUSE_EDGE.search(text, end)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]


def _sentence_text(doc, found) -> str:
    sentence = doc.sentence_at(found.start) if found.exact else None
    return sentence.span.text if sentence is not None else found.paragraph.text


def _period_problem(doc, found, letter_date, counts: Counter) -> Problem | None:
    """A term in days, weeks, months or years without its date beside it; None
    when it is the organisation's own."""
    sentence = _sentence_text(doc, found)
    if own_term(_clause(found), sentence):
        return None
    match = found.match
    counted_from_letter = match.group("tail") is not None or match.group("other") is None
    # the term itself: up to its unit, or to "na dagtekening"; a following "na …" is not part of it
    stop = match.end("tail") if match.group("tail") else match.end("unit")
    text = match.string[match.start() : stop]
    end = found.paragraph.source_span(match.start(), stop)[1]
    message = f"'{text}' is een termijn zonder datum."
    if letter_date is None or not counted_from_letter:
        if not counted_from_letter:
            return Problem(found.start, end, message, "Noem de laatste dag met de datum, of zeg vanaf welke dag de lezer moet tellen.")
        return Problem(found.start, end, message, ADVICE)
    deadline = _deadline(match, letter_date)
    legal = LEGAL_TERM.search(sentence) is not None
    repeated = counts.get(_amount(match), 0) > 1
    if legal or repeated or not found.exact:
        why = "een wettelijke termijn" if legal else "deze termijn staat vaker in de brief"
        return Problem(found.start, end, message, f"Zet de datum erbij: '({deadline.lower()})'. Verander de termijn zelf niet: {why}.")
    return Problem(found.start, end, message, f"Schrijf '{deadline}'.", edits=(Edit(found.start, end, deadline),))


def check(doc, options, wordlists=None):
    letter_date = _letter_date(options)
    covered: list[tuple[int, int]] = []
    # 'binnen 14 dagen' is vague in a letter, which has a date; a web page cannot
    # give one. A text with a letter date (the option datum) is a letter.
    letter = letter_date is not None or is_letter(doc)
    # a web page cannot give a date: there a term counts only when the reader must act within it
    periods = [found for found in doc.search(VAGUE_PERIOD) if letter or _readers_term(doc, found)]
    counts = Counter(_amount(found.match) for found in periods)  # how often each term ("14 dagen") stands
    dated: set[tuple[int, str]] = set()  # terms given with their date: a later "binnen 2 weken" points back to it
    for found in periods:
        covered.append((found.start, found.end))
        if DATE_BESIDE.match(found.paragraph.text, found.match.end()):
            dated.add(_amount(found.match))
            continue  # "binnen 2 weken na dagtekening van deze brief, dus uiterlijk [datum]": the date is there
        if _amount(found.match) in dated:
            continue
        problem = _period_problem(doc, found, letter_date, counts)
        if problem is not None:
            yield problem
    for found in doc.search(RESPITE):
        start, end = found.paragraph.source_span(found.match.start("term"), found.match.end("term"))
        if not any(a <= start < b for a, b in covered) and not DATE_AFTER.match(found.paragraph.text, found.match.end(), found.match.end() + 80):
            covered.append((start, end))
            # "U heeft 6 weken om bezwaar te maken": a legal term stays; the date goes beside it
            legal = LEGAL_TERM.search(_sentence_text(doc, found)) is not None
            advice = "Zet de laatste dag erbij, met de datum. Verander de termijn zelf niet: een wettelijke termijn." if legal else ADVICE
            yield Problem(start, end, f"'{found.match.group('term')}' is een termijn zonder datum.", advice)
    for paragraph, token in _urgent(doc):
        start, end = doc.token_span(paragraph, token)
        if not any(a <= start < b for a, b in covered):
            covered.append((start, end))
            # "Meld het direct als uw inkomen verandert": no date is possible, a number of days is
            event = any(t.lower_ in WHEN_EVENT and t.dep_ == "mark" for t in token.sent)
            yield Problem(start, end, f"'{token.text}' is een termijn zonder datum.", EVENT_ADVICE if event else ADVICE)
    for found in doc.search(TIME_ONLY):
        sentence = _sentence_text(doc, found)
        if any(a <= found.start < b for a, b in covered) or A_DAY.search(found.paragraph.text) or not READER_CLAUSE.search(sentence):
            continue  # "maandag vóór 12.00 uur" has its day in the paragraph; "de balie is open tot 16.00 uur" asks nothing
        covered.append((found.start, found.end))
        yield Problem(found.start, found.end, f"'{found.text}' is een tijd zonder dag.", "Zet de dag erbij, met de datum: 'uiterlijk vrijdag 12 maart 2027 om 16.00 uur'.")
    for found in doc.search(VAGUE_WORDS):
        if any(a < found.end and found.start < b for a, b in covered):
            continue
        clause, sentence = _clause(found), _sentence_text(doc, found)
        if own_term(clause, sentence):
            continue  # "wij betalen het zo snel mogelijk uit": the organisation's own term
        if "termijn van" in found.match.group().lower() and not READER_CLAUSE.search(clause) and "betaling" not in found.match.group().lower():
            continue  # "Wij hebben een termijn van 8 weken om te beslissen": ours
        if OWN_PURPOSE.match(clause) and our_main_clause(sentence, clause):
            continue  # "Om de controles zo snel mogelijk klaar te hebben, willen wij …": our aim, nothing asked
        if found.match.group().lower() == "tijdig" and not READER_CLAUSE.search(clause):
            continue  # "wij zijn tijdig begonnen": no deadline for the reader
        if " ".join(found.match.group().lower().split()) in WHEN_NOT_BY and not READER_ASKED.search(clause):
            continue  # "de werkzaamheden die binnenkort plaatsvinden": when something happens, no deadline
        covered.append((found.start, found.end))
        yield Problem(found.start, found.end, f"'{found.text}' is een termijn zonder datum.", ADVICE)


RULE = Rule(
    id="vage-termijn",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Termijnen zonder datum ('binnen 14 dagen', 'zo spoedig mogelijk').",
    checklist="Termijnen staan er als dag en datum.",
    options={"datum": ""},
    fixes=True,
)

"""The words the parts share: closed word lists, and a phrase of the parse
as the example writes it ("Eén systeem" → "één systeem" inside a sentence).
"""
from __future__ import annotations

from begrijpelijk.nlp.passive.verbs import known_words

WH_WORDS = {"waarom", "wanneer", "hoe", "waar", "hoelang", "waardoor"}

# words that open a question whose answer is asked for: "Welke stukken moeten worden meegestuurd?"
QUESTION_WORDS = WH_WORDS | {"welke", "wat", "hoeveel", "wie"}

# words that open a clause in front of the main clause
SUBORDINATORS = frozenset("als wanneer zolang indien nadat zodra omdat voordat totdat doordat".split())

CLAUSE_OPENERS = SUBORDINATORS | {"dat", "of", "terwijl", "waardoor", "zodat", "tenzij", "mits", "hoewel", "ofwel"}

# conjunctions that are never a word of a phrase ("als" also compares, "dat" and "of" have other uses)
OPENS_ONLY_A_CLAUSE = (SUBORDINATORS - {"als"}) | {"terwijl", "zodat", "tenzij", "mits", "hoewel"}

# marks that open a list item
LIST_MARKS = frozenset("-–—•*·▪")

# marks that make a sentence more than one simple clause (a comma only after a clause in front)
CLAUSE_MARKS = frozenset(";:?!\"“”")

SENTENCE_ENDS = (".", "?", "!", ":", ";")

POSSESSIVES = frozenset("mijn jouw je uw zijn haar ons onze hun jullie".split())

TIME_NOUNS = frozenset(
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli "
    "augustus september oktober november december vandaag morgen gisteren week maand jaar dag keer maal "
    "eind begin medio".split()
)

# one-word sentence adverbs the parse can take for a second subject: "Uiteraard wordt u …"
SENTENCE_ADVERBS = frozenset(
    "uiteraard natuurlijk vervolgens daarna daarom daarnaast hierna ook soms eerst nu dan tevens meestal vaak altijd "
    "allereerst afsluitend tenslotte bovendien voorts verder eerder later vooraf achteraf".split()
)

NEGATIONS = frozenset("niet nergens geen niemand nooit niets".split())

# pronouns that can only be a subject ("zij" is "haar" or "hen" as object: not sure which)
SUBJECT_PRONOUNS = frozenset("ik jij hij zij wij we".split())

# the old subject as object: "u" stays "u", "hij" becomes "hem"
OBJECT_PRONOUNS = {
    "u": "u", "het": "het", "dit": "dit", "dat": "dat", "deze": "deze", "hij": "hem", "wij": "ons", "we": "ons",
    "ik": "mij", "je": "je", "jij": "jou", "ze": "ze", "alles": "alles", "iets": "iets", "niets": "niets",
    "die": "die",  # "Die kan worden gekort" → "[wie?] kan die korten" (a relative "die" is handled before)
}

PAIRS = {"(": ")", "[": "]", '"': '"', "“": "”", "„": "”", "‘": "’"}


def edges(token, subject: bool = False) -> tuple[int, int]:
    """The token's subtree without punctuation at its edges; brackets or
    quotes that open and close the phrase stay: "(via knop …)". For a
    ``subject``, also without a conjunction the parse hung on it: "Als | uw
    verzoek … is afgewezen" (that word opens the clause, see ``rewrite``)."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i
    while start < end and doc[start].is_punct and PAIRS.get(doc[start].text) != doc[end].text:
        start += 1
    if subject and doc[start].dep_ == "mark" and doc[start].pos_ == "SCONJ" and doc[start].head == token:
        start += 1
    while end > start and doc[end].is_punct and PAIRS.get(doc[start].text) != doc[end].text and not _closes(doc[start:end], doc[end].text):
        end -= 1
    return start, end


def _closes(span, mark: str) -> bool:
    """Does ``mark`` close a bracket or quote that opens inside ``span``
    ("voor een „voorzichtig voorschot" | ”")?"""
    openers = [o for o, c in PAIRS.items() if c == mark and o != c]
    return bool(openers) and sum(t.text in openers for t in span) > sum(t.text == mark for t in span)


def phrase_text(token, subject: bool = False) -> str:
    doc = token.doc
    start, end = edges(token, subject)
    text = doc[start : end + 1].text
    first = doc[start]
    opens = all(not t.is_alpha for t in doc[first.sent.start : start])  # "- De kosten": a list item
    if opens and not keeps_capital(first):
        text = lower_first(text)
    return text


def lower_first(text: str) -> str:
    """The text with a small first letter, as it reads inside a sentence:
    "Eén systeem" → "één systeem" (the capital drops its accent)."""
    if text[:3] in ("Eén", "Één"):
        return "één" + text[3:]
    return text[:1].lower() + text[1:]


def keeps_capital(token) -> bool:
    """A name the word list does not know ("Jansen") or an abbreviation
    ("WOZ") keeps its capital at the start of a sentence; a word does not."""
    return (token.pos_ == "PROPN" and token.lower_ not in known_words()) or (len(token.text) > 1 and token.text.isupper())


def opens_clause(token) -> bool:
    """Does the word open a clause of its own: "als", "dat", "die", "waarvan"?"""
    return token.pos_ == "SCONJ" or "Rel" in token.morph.get("PronType") or token.lower_ in SUBORDINATORS


def particle_collides(final: list[str], next_word: str) -> bool:
    """Would the verbs at the end ("op" of "ophalen") stand right before a
    word like the last of them ("op de eerste woensdag")? Then what comes
    after the verb goes before them."""
    return bool(final) and next_word.lower() == final[-1].lower()

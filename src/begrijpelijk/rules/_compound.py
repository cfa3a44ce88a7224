"""Jargon inside a compound: "dwanginvordering" holds "invordering",
"voorbereidingswerkzaamheden" holds "werkzaamheden", "invorderingsmaatregelen"
starts with "invordering".

Dutch glues words together, so a list can never hold every compound. A noun
that is not on the list itself, but whose last part (or first part, before a
linking -s-) is a noun of the list, and whose other part is a Dutch word, is
reported with advice to say in plain words what it means. It is never
replaced: the plain word of the part does not make a plain compound.

A compound whose last part makes it officialese although that part alone is
plain Dutch ("incassobeleid", "parkeerregulering", "woonvisie") is reported
the same way, from a short table of such last parts (OFFICE_HEADS).
"""
from __future__ import annotations

from begrijpelijk.wordlists import JargonEntry

MIN_PART = 4  # "dwang", "maatregelen"; shorter parts ("in", "aan") are prefixes, not words
MIN_LISTED = 6  # "invordering", "werkzaamheden"; not "mede" in "medewerker"
SOFTER = {"fout": "waarschuwing", "waarschuwing": "waarschuwing", "suggestie": "suggestie"}
# words of the list that are plain inside a compound: "opvanglocatie", "werkwijze", "vermogensbeheer"
PLAIN_IN_COMPOUNDS = {"locatie", "wijze", "vermogen"}
# endings that make a new word, not a compound: "gereedschap" is tools, not something 'gereed' (set 51's judge)
SUFFIXES = {"schap"}


def _known() -> frozenset[str]:
    from begrijpelijk.nlp.lookup_lemmatizer import shipped_known

    return shipped_known()


def _noun_entry(index, word: str, wordlists) -> JargonEntry | None:
    for entry in index.get(word, []):
        if entry.term == word and len(entry.words) == 1 and len(word) >= MIN_LISTED and entry.kind != "juridisch" and word not in PLAIN_IN_COMPOUNDS and not wordlists.allowed(word):
            return entry  # a legal word in a compound ("dwangbevelkosten") is explained where it stands alone
    return None


def _is_word(part: str) -> bool:
    known = _known()
    return len(part) >= MIN_PART and (part in known or (part.endswith(("s", "e")) and part[:-1] in known and len(part) > MIN_PART))


def _split(word: str, index, wordlists) -> tuple[str, JargonEntry] | None:
    """(the other part, the listed part's entry): the longest listed part first."""
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, rest = word[:cut], word[cut:]
        entry = _noun_entry(index, rest, wordlists)
        if entry is not None and rest.startswith("s") and not head.endswith("s") and rest[1:] in _known():
            continue  # "vrijwilligers|taken": a linking -s-, not 'staken' ("betalings|staking" has its own)
        if entry is not None and _is_word(head):
            return head, entry  # "dwang|invordering"
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        head, rest = word[:cut], word[cut:]
        listed = head[:-1] if head.endswith("s") else head
        entry = _noun_entry(index, listed, wordlists)
        if entry is not None and _is_word(rest) and rest not in SUFFIXES and word[len(listed):] not in SUFFIXES:
            return rest, entry  # "invordering|s|maatregelen"
    return None


def compound_entry(token, index, wordlists) -> JargonEntry | None:
    """An entry for a compound noun with a listed noun in it, or None."""
    if token.pos_ != "NOUN" or not token.is_alpha or not token.text.islower() and not token.is_sent_start:
        return None
    word = token.lower_
    if word in index or wordlists.allowed(word):
        return None
    found = _split(word, index, wordlists) if len(word) >= 2 * MIN_PART + 2 else None
    if found is None:
        return _with_office_head(word)
    _, entry = found
    # no plain word of the part as an example: in the compound it often means something else
    # ("vestigingsplaats" is no 'kantoor', "inflatiecorrectie" no 'verbetering')
    note = f"Er zit '{entry.term}' in."
    return JargonEntry(term=word, alternatives=(), note=note, severity=SOFTER[entry.severity], kind="uitleg")


# Last parts that make a compound officialese although the part alone is plain Dutch
# ("beleid", "plicht"): "incassobeleid", "parkeerregulering", "herplantplicht".
# (no example: one example fits only one compound, "privacybeleid" is no rule about unpaid bills)
OFFICE_HEADS = {
    # a policy is plans as well as rules: "over sportbeleid 2017-2020" (set 57's judge)
    "beleid": ("waarschuwing", "uitleg", "Zeg wat de plannen of regels zijn."),
    "regulering": ("waarschuwing", "uitleg", "Zeg wat de regels zijn die hier gelden."),
    "visie": ("waarschuwing", "uitleg", "Zeg wat het plan is."),
    "notitie": ("waarschuwing", "uitleg", "Zeg wat erin staat."),
    "verordening": ("waarschuwing", "uitleg", "Zeg welke regels van de gemeente het zijn."),
    # a duty is a legal term: explained once ("inlichtingenplicht", "onderhoudsplicht")
    "plicht": ("waarschuwing", "juridisch", "Zeg wat de lezer moet doen."),
}
# duties every reader knows
COMMON_DUTIES = {"leerplicht", "dienstplicht", "stemplicht", "mondkapjesplicht", "mondmaskerplicht", "zwijgplicht", "geheimhoudingsplicht"}
MIN_FIRST = 3  # "kap|verordening", "woon|visie"
LOAN_PREFIXES = {"tele", "super", "pro", "hyper", "semi", "pre", "ana", "sub", "inter", "wan"}  # "televisie", "supervisie", "provisie", "wanbeleid"


def _with_office_head(word: str) -> JargonEntry | None:
    """An entry for a compound with an officialese last part, or None."""
    for head, (severity, kind, note) in OFFICE_HEADS.items():
        first = word[: -len(head)]
        if not word.endswith(head) or word in COMMON_DUTIES or len(first) < MIN_FIRST or first in LOAN_PREFIXES:
            continue
        if _is_first_part(first):
            return JargonEntry(term=word, alternatives=(), note=note, severity=severity, kind=kind)
    return None


def _is_first_part(first: str) -> bool:
    """A word or a verb's stem: "incasso", "beleids" (with its -s), "woon" (wonen), "herplant"."""
    from begrijpelijk.nlp import forms

    known = _known()
    if first in known or (first.endswith(("s", "e", "n")) and first[:-1] in known):
        return True
    return len(first) >= MIN_PART and forms.infinitive_of_stem(first) is not None

"""Words whose sense depends on what the verb is done to: "de prijzen handhaven" keeps
them the same, "de regels handhaven" enforces them; "de gladheid bestrijden" fights it,
"een besluit bestrijden" disputes it.

Pure: tokens in, advice text out (None: the word list's own advice stands).
"""
from __future__ import annotations

from begrijpelijk.nlp import lemma

# what the verb is done to decides (sets 27-28's judges): "de prijzen handhaven" keeps them the same, not
# enforcing a rule; "de gladheid bestrijden" fights it, not disagreeing with it (a compound counts by its end)
# Each word has one or more rows (the ends of what it is done to, the advice); the first row that fits decides.
BY_OBJECT: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "handhaven": (
        (("prijs", "prijzen", "prijsniveau", "tarief", "tarieven", "niveau", "bedrag", "contributie", "huur", "kwaliteit"),
         "Schrijf 'houden' of 'gelijk houden'. Bijvoorbeeld: 'wij houden de prijzen gelijk'."),
        # "de parkeerregels handhaven" is enforcing them; without such an object (a decision that is kept:
        # sets 8-40's judges found the enforcing example wrong 5 times of 5 there) the advice gives no example
        (("regel", "regels", "verbod", "wet", "orde", "voorschrift", "voorschriften", "gebod", "afspraken"),
         "Schrijf in gewone woorden wat hier bedoeld is. Bijvoorbeeld: 'zorgen dat iedereen zich aan de regels houdt', of zeg wat er gebeurt als iemand dat niet doet."),
    ),
    # "wij raadplegen u", "uw huisarts raadplegen" is asking someone; "de website raadplegen" is looking at it
    "raadplegen": ((("u", "arts", "huisarts", "dokter", "advocaat", "adviseur", "deskundige", "specialist", "leden", "ouders", "bewoners", "huurders"),
                   "Schrijf 'om raad vragen' of 'vragen wat … vindt' (vorm aanpassen)."),),
    # "Afspraken die u niet afzegt, worden in rekening gebracht": say who pays for what
    "in rekening brengen": ((("afspraak", "afspraken", "dienst", "diensten", "behandeling", "behandelingen", "consult", "prestatie", "prestaties"),
                            "Schrijf wie wat betaalt. Bijvoorbeeld: 'U betaalt voor de behandeling.'"),),
    # a result is reached, not made: "kijken wat we hebben gerealiseerd", "een besparing realiseren" (set 58's judge)
    "realiseren": ((("wat", "besparing", "doel", "doelstelling", "resultaat", "reductie", "vermindering", "winst", "groei", "daling"),
                   "Schrijf 'bereiken' (vorm aanpassen)."),),
    # "benaderen" is contacting someone, except: "dit vraagstuk anders benaderen" (tackling it), "ieder kind
    # positief benaderen" (treating them), "het bedrag benadert de 1000 euro" (nearly being) (review of round 34)
    "benaderen": (
        (("vraagstuk", "probleem", "onderwerp", "kwestie", "situatie", "aanpak"), "Schrijf 'aanpakken' (vorm aanpassen)."),
        (("kind", "kinderen", "leerling", "leerlingen", "jongere", "jongeren", "cliënt", "cliënten"), "Schrijf 'omgaan met' (vorm aanpassen)."),
        (("euro", "bedrag", "totaal", "aantal", "procent", "€"), "Schrijf 'bijna … zijn' (vorm aanpassen). Bijvoorbeeld: 'Het bedrag is bijna 1000 euro.'"),
    ),
    "bestrijden": ((("gladheid", "overlast", "ongedierte", "onkruid", "criminaliteit", "armoede", "eenzaamheid", "ziekte", "brand", "sneeuw", "ijzel"),
                   "Schrijf 'tegengaan' of 'aanpakken' (vorm aanpassen)."),),
}


def _done_to(verb, ends: tuple[str, ...]) -> bool:
    """Is what the verb is done to one of these ("de prijzen handhaven", "het handhaven van de
    prijzen"; a compound by its end: "de huurprijs")?"""
    own = [t for t in verb.subtree if t.i != verb.i and t.pos_ in ("NOUN", "PROPN", "PRON") and not t.dep_.startswith("nsubj")]
    # "wij informeren en raadplegen u": the first verb's object is the second's too, when it has none of its own
    # ("Wij verhogen de huur en handhaven de regels" keeps 'de regels')
    shared = verb.dep_ in ("xcomp", "acl") or (verb.dep_ == "conj" and not own)
    heads = [verb] + ([verb.head] if shared else [])
    objects = [c for h in heads for c in h.children if c.dep_ in ("obj", "nsubj:pass", "nsubj", "nmod", "obl")]
    return any(lemma(c).endswith(ends) or c.lower_.endswith(ends) for c in objects)


def advice_by_object(matched, entry) -> str | None:
    """The advice for this sense when the verb is done to one of its words, or None."""
    for ends, advice in BY_OBJECT.get(entry.term, ()):
        if _done_to(matched[-1], ends):
            return advice
    return None


# what makes the verb everyday Dutch when it is done to it: "deze fout opgemerkt" is noticing, "veel
# extra's te incasseren" and "een klap incasseren" is taking a blow (set 58-59's judges); "Wij merken op
# dat er een fout is" stays officialese: the mistake is in the clause, not what is noticed
EVERYDAY_OBJECTS: dict[str, frozenset[str]] = {
    "opmerken": frozenset({"fout", "vergissing", "verschil", "schade", "lekkage", "gebrek", "probleem", "verandering"}),
    "incasseren": frozenset({"’s", "'s", "klap", "tegenslag", "verlies", "nederlaag", "kritiek", "doelpunt", "tegendoelpunt"}),
}


def everyday_by_object(matched, entry) -> bool:
    """Is the verb done to one of the words that make it everyday Dutch?"""
    words = EVERYDAY_OBJECTS.get(entry.term)
    if not words:
        return False
    verb = matched[-1]
    done_to = [c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")]
    return any(c.lower_ in words or lemma(c) in words for c in done_to)

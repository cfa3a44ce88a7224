"""Small questions of word order that decide a sense: is 'welk(e)' a relative
word here ("het bedrag, welk bedrag …", "het bedrag welke …") or a question
("Weet u welke formulieren u nodig heeft?"); does a noun come next ("bij deze
brief")?

Pure: tokens in, True or False out.
"""
from __future__ import annotations


def is_relative(first, term: str) -> bool:
    """'welk(e)' as a relative word, which is officialese for 'die' or 'dat'."""
    previous = first.doc[first.i - 1] if first.i > 0 else None
    following = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    comma = previous if previous is not None and previous.text == "," else None
    if comma is None and previous is not None and previous.pos_ in ("NOUN", "PROPN"):
        # "het bedrag welke door de KNVB …": right after its noun, not before one, with its clause under that noun
        if following is not None and following.pos_ in ("NOUN", "ADJ", "NUM"):
            return False
        if first.head.dep_ in ("acl", "acl:relcl") and first.head.head.i == previous.i:
            return True
        # "Vraag aan de balie welke u moet invullen": after an order or a verb of asking or knowing it is a question
        root = first.sent.root
        return not (_is_order_verb(first.sent) or (root.lemma_ or "").lower() in ASKING_OR_KNOWING)
    if comma is None or comma.i == 0:
        return False  # a question, also an indirect one ("wie hij kan bellen, op welk nummer en wanneer")
    if term == "welke" and following is not None and following.pos_ in ("NOUN", "ADJ"):
        return False  # "informatie, welke formulieren u nodig heeft": an indirect question
    # the word before the comma is what it refers to ("500 euro, welk bedrag"); a list of questions
    # ("welke straten, welke tarieven") or a clause before the comma ("wat het inhoudt, welke stappen") is no relative
    earlier = any(t.lower_ in ("welk", "welke") for t in first.sent if t.i < first.i)
    return not (earlier or first.doc[comma.i - 1].pos_ not in ("NOUN", "PROPN", "NUM", "SYM"))


SUBJECTS = {"wij", "we", "ik", "u", "je", "jullie"}
ASKING_OR_KNOWING = {"vragen", "weten", "kijken", "zien", "lezen", "kiezen", "bepalen", "nagaan", "controleren", "zoeken", "aangeven", "laten"}


def _is_order_verb(sentence) -> bool:
    """The sentence opens with a verb in the imperative ("Vraag …", "Kijk …")."""
    first = next((t for t in sentence if t.is_alpha), None)
    return first is not None and first.pos_ == "VERB" and (first.tag_ or "").startswith("WW|pv|tgw|ev") and not any(
        c.dep_.startswith("nsubj") for c in first.children
    )


def noun_next(token, numbers: bool = True) -> bool:
    """A noun, maybe after adjectives or a number ("deze brief", "deze nieuwe, strengere regels",
    "deze twee scholen"); not a verb the model took for a noun ("Bij deze sturen wij u …"). Without
    ``numbers`` a number is no start of a noun phrase ("ingaande 1 januari" is a date)."""
    doc = token.doc
    if token.like_num and not numbers:
        return False
    k = token.i
    while k < len(doc) and k - token.i < 4 and (doc[k].pos_ in ("ADJ", "NUM") or doc[k].text == ","):
        k += 1  # "nieuwe, strengere", "twee", "3"
    after = doc[k + 1] if k + 1 < len(doc) else None
    return k < len(doc) and doc[k].pos_ == "NOUN" and not (after is not None and after.lower_ in SUBJECTS)

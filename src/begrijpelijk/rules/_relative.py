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
        # "het bedrag welke door de KNVB …": right after its noun, not before one, it is relative too
        return not (following is not None and following.pos_ in ("NOUN", "ADJ", "NUM"))
    if comma is None or comma.i == 0:
        return False  # a question, also an indirect one ("wie hij kan bellen, op welk nummer en wanneer")
    if term == "welke" and following is not None and following.pos_ in ("NOUN", "ADJ"):
        return False  # "informatie, welke formulieren u nodig heeft": an indirect question
    # the word before the comma is what it refers to ("500 euro, welk bedrag"); a list of questions
    # ("welke straten, welke tarieven") or a clause before the comma ("wat het inhoudt, welke stappen") is no relative
    earlier = any(t.lower_ in ("welk", "welke") for t in first.sent if t.i < first.i)
    return not (earlier or first.doc[comma.i - 1].pos_ not in ("NOUN", "PROPN", "NUM", "SYM"))


SUBJECTS = {"wij", "we", "ik", "u", "je", "jullie"}


def noun_next(token) -> bool:
    """A noun, maybe after one adjective ("deze brief", "deze nieuwe regels"); not a number,
    and not a verb the model took for a noun ("Bij deze sturen wij u …")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.like_num or (after is not None and after.lower_ in SUBJECTS):
        return False
    return token.pos_ == "NOUN" or (token.pos_ == "ADJ" and after is not None and after.pos_ == "NOUN")

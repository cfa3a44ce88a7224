"""Words that are part of a name or a field, not language for the reader to
read as written: the name of a law, a field still to fill in."""
from __future__ import annotations

LAW_WORDS = ("wet", "wetboek", "besluit", "verordening", "regeling")


def in_law_names(parsed) -> set[int]:
    """The words of a law's name: "Kostenwet invordering rijksbelastingen",
    "Algemene wet bestuursrecht", "Wetboek van Burgerlijke rechtsvordering".
    A name is no office language to replace: the reader looks it up by it."""
    out: set[int] = set()
    for token in parsed:
        word = token.lower_
        capital = token.text[:1].isupper() and not token.is_sent_start
        after_capital = token.i > 0 and parsed[token.i - 1].text[:1].isupper() and parsed[token.i - 1].pos_ == "ADJ"
        if not (word.endswith(LAW_WORDS) and (capital or after_capital or word == "wetboek")):
            continue
        k = token.i + 1
        while k < len(parsed) and k - token.i <= 4 and (parsed[k].pos_ in ("NOUN", "ADJ", "PROPN") or parsed[k].lower_ == "van"):
            out.add(k)
            k += 1
    return out


def in_placeholders(parsed) -> set[int]:
    """The words of a field still to fill in: "[naam aanvrager]", "[datum]".
    The writer replaces the field; its words never reach the reader."""
    out: set[int] = set()
    opened = None
    for token in parsed:
        if token.text == "[":
            opened = token.i
        elif token.text == "]" and opened is not None:
            out.update(range(opened + 1, token.i))
            opened = None
        elif token.is_sent_start and opened is not None and token.i - opened > 12:
            opened = None  # a bracket that never closes
    return out

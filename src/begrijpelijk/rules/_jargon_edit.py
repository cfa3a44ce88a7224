"""The safe rewrite of one jargon finding: the edit `fix` makes, or None when
it is not sure to be right Dutch in this sentence (see rules/_fit.py)."""
from __future__ import annotations

from begrijpelijk.findings import Edit
from begrijpelijk.rules import _fit as fix_safety
from begrijpelijk.rules._verb_forms import is_participle, with_te
from begrijpelijk.rules._word_forms import with_case

# adjectives that never stand before a noun ("nodig kosten")
PREDICATIVE_ONLY = {"nodig", "klaar", "bang", "kwijt", "gewend", "bekend", "bereid", "zeker", "schuldig", "waard"}


def _edit(doc, paragraph, parsed, matched, start, end, found, alternative):
    """The safe rewrite. "te retourneren" → "terug te sturen": a separable
    verb splits around "te"."""
    first = matched[0]
    previous = parsed[first.i - 1] if first.i > 0 else None
    if previous is not None and previous.lower_ == "te" and " " not in alternative:
        split = with_te(alternative)  # "terug te sturen", or "te sturen" for a verb that does not split
        if split is not None and not split.startswith("te "):
            te_start, _ = doc.token_span(paragraph, previous)
            return Edit(te_start, end, with_case(previous.text, split))  # "Te retourneren:" → "Terug te sturen:"
    return Edit(start, end, with_case(found, alternative))


def safe_edit(doc, paragraph, parsed, matched, start, end, found, entry, replacement):
    """The edit for this match, or None when it is not sure to be right Dutch
    in this sentence (see rules/_fit.py)."""
    first, last = matched[0], matched[-1]
    if found.lower() != entry.term:
        return None  # only the dictionary form: an inflected form stays a suggestion
    if len(entry.words) == 1 and (first.tag_ or "").startswith("WW|vd"):
        return None  # a participle ("heeft ontvangen") is not the dictionary form, whatever it looks like
    if len(matched) == 1 and (fix_safety.in_fixed_expression(first) or not fix_safety.fits_word_class(first, replacement)):
        return None
    if len(matched) == 1 and first.pos_ == "ADJ" and first.dep_ == "amod" and (
        " " in replacement or replacement.lower() in PREDICATIVE_ONLY or (first.lower_.endswith("e") and not replacement.endswith("e"))
    ):
        return None  # "de eenmalige bijdrage" → "de één keer bijdrage"; "noodzakelijke kosten" → "nodig kosten"
    if len(matched) == 1 and is_participle(first):
        return None  # "kan worden herzien" is a participle, whatever it looks like: "veranderen" would be wrong
    following = parsed[last.i + 1] if last.i + 1 < len(parsed) else None
    if entry.term == "reeds" and following is not None and following.lower_ in ("nu", "eerder", "vroeger"):
        return None  # "reeds nu" is "nu al", not "al nu"
    if _said_elsewhere(parsed, matched, replacement):
        return None  # "Ondertekening met … handtekening", "al … al": the word would stand twice
    nouns = [t for t in matched if t.pos_ == "NOUN"]
    if len(matched) > 1 and nouns and not fix_safety.fits_word_class(nouns[-1], replacement):
        return None  # "uw eigen bijdrage" → "uw deel dat u zelf betaalt": the noun's article and adjective stay behind
    edit = _edit(doc, paragraph, parsed, matched, start, end, found, replacement)
    if fix_safety.doubles_words(parsed, first, last, edit.replacement):
        return None
    return edit


def _said_elsewhere(parsed, matched, replacement: str) -> bool:
    """Does a one-word replacement already stand in the same sentence?"""
    words = replacement.lower().split()
    if len(words) != 1 or (len(words[0]) < 4 and words[0] not in ("al", "ook", "nog")):
        return False  # "of" twice is fine ("zou of had … of …"); "al … al" is not
    own = {t.i for t in matched}
    return any(t.lower_ == words[0] for t in matched[0].sent if t.i not in own)


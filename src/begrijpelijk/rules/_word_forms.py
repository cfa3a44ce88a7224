"""How a word of the jargon list is recognised in the text: as written, as its
lemma, without accents ('eenmalig' for 'éénmalig'), as an adjective with its
-e ('onderstaande' for 'onderstaand'), and the fixed words of an expression
with its verb and helpers between them ('aanspraak kunt maken op'). Pure:
tokens and words in, tokens out."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from begrijpelijk.nlp import lemma


def plain_accents(word: str) -> str:
    """"éénmalig" → "eenmalig": accents of emphasis do not make another word."""
    if "éé" not in word and "óó" not in word and "úú" not in word:
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def before_noun(token) -> bool:
    """An adjective or a participle before its noun: "dringend", "wonderbaarlijke", "gevolgde"."""
    return token is not None and (token.pos_ == "ADJ" or (token.tag_ or "").startswith(("WW|vd|prenom", "WW|od|prenom")))


def with_case(original: str, replacement: str) -> str:
    """The replacement with a capital where the original had one ("Indien" → 'Als')."""
    return replacement[:1].upper() + replacement[1:] if original[:1].isupper() else replacement


def verb_base(token) -> str | None:
    """The infinitive of a finite verb whose lemma the model gave as a stem:
    "verleen ik u" (lemma 'verleen') → 'verlenen', "Dien het in" (lemma
    'indien', which is also the word for 'if') → 'indienen'. None when the
    lemma is already an infinitive, or no verb of the word list fits."""
    tag = token.tag_ or ""
    base = lemma(token)
    if token.pos_ not in ("VERB", "AUX") or not tag.startswith("WW|pv") or not base.isalpha() or len(base) < 3:
        return None
    if base.endswith(("de", "te")) or base != token.lower_ and not base.endswith(token.lower_):
        return None  # a past form ("meldde"), or a lemma the model made of something else
    from begrijpelijk.nlp import forms
    from begrijpelijk.rules._fit import is_infinitive

    if "|ev" not in tag and base == token.lower_ and is_infinitive(base):
        return None  # "zijn we", "wij verlenen": a plural form has the infinitive's own shape
    # "verleen", "indien", "ken" are stems even though they end in -en
    infinitive = forms.infinitive_of_stem(base)
    return infinitive if infinitive != base and infinitive is not None and is_infinitive(infinitive) else None


def word_matches(token, word: str) -> bool:
    if token.lower_ == word or lemma(token) == word or plain_accents(token.lower_) == word or plain_accents(lemma(token)) == word:
        return verb_base(token) is None or lemma(token) != word  # "Dien" is 'indienen', not the word 'indien'
    if verb_base(token) == word:
        return True
    # "onderstaande tabel": an adjective of the list with its -e, which the model may read as a verb form
    low = token.lower_
    if (
        low.endswith("e") and not word.endswith("e") and low[:3] == word[:3] and 0 < len(low) - len(word) <= 2
        and token.pos_ in ("ADJ", "VERB") and inflected(word) == low
    ):
        return True
    # "de opgelegde aanslag", "ter beschikking gestelde gegevens": a participle with its -e, which
    # the model may lemmatise as another verb ('opgelegen', 'stelen')
    done = participle_of(word) if token.pos_ in ("ADJ", "VERB") and low.endswith(("de", "te")) else None
    return done is not None and low == done + "e"


@lru_cache(maxsize=4096)
def participle_of(word: str) -> str | None:
    """The past participle of a verb of the list: 'opleggen' → "opgelegd"; None for another word."""
    from begrijpelijk.nlp import forms
    from begrijpelijk.rules._fit import is_infinitive

    return forms.participle(word) if is_infinitive(word) else None


def uninflected(token) -> list[str]:
    """"onderstaande" → 'onderstaand', "gepaste" → 'gepast', "witte" → 'wit', "grote" → 'groot':
    the forms an adjective of the list may have without its -e (checked by `word_matches`)."""
    low = token.lower_
    if not low.endswith("e") or len(low) < 5 or token.pos_ not in ("ADJ", "VERB"):
        return []
    stem = low[:-1]
    out = [stem]
    if stem[-1] == stem[-2]:
        out.append(stem[:-1])  # witte → wit
    if stem[-2] in "aeou" and stem[-3] not in "aeiou":
        out.append(stem[:-1] + stem[-2] + stem[-1])  # grote → groot
    return out


@lru_cache(maxsize=4096)
def inflected(word: str) -> str | None:
    from begrijpelijk.nlp import forms

    return forms.inflected_adjective(word)


def fixed_parts(tokens, i: int, rest: list[str], inside: bool):
    """The fixed words of an expression from tokens[i], next to each other; with
    its verb ``inside`` ("aanspraak maken op"), the verb and its helpers may stand
    between them: "aanspraak kunt maken op", "aanspraak te maken op"."""
    found: list = []
    k = i
    for n, word in enumerate(rest):
        while inside and n > 0 and k < len(tokens) and k - found[-1].i <= 3 and (
            tokens[k].pos_ in ("VERB", "AUX") or tokens[k].lower_ == "te" or tokens[k].dep_ == "compound:prt"
        ) and not word_matches(tokens[k], word):  # "Onze voorkeur gaat uit naar": the verb's particle too
            k += 1
        if k >= len(tokens) or not word_matches(tokens[k], word):
            return None
        found.append(tokens[k])
        k += 1
    return found

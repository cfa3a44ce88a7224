"""Word embedding for the bundled model, with one extra feature: a word class
from a Dutch lexicon.

The treebanks the model learns from hold about 4,000 sentences, so many words
in a letter never occur in them. spaCy's ``MultiHashEmbed`` sees only the
word's own form, prefix, suffix and shape. ``begrijpelijk.LexiconEmbed.v1``
embeds the same four features plus a fifth: a number that says which parts of
speech a Dutch lexicon allows for the word (noun, verb, adjective, …) and how
common the word is. That tells the tagger and parser something about words
they have not seen.

The lexicon is built once, when the model is trained (``build_lexicon``, from
spaCy's Dutch lookup tables in ``spacy-lookups-data`` and word frequencies
from ``wordfreq``). It is stored inside the trained model, as two arrays: the
hash of each lower-case word and its class. At run time nothing else is needed.
"""
from __future__ import annotations

from typing import Callable, List, Tuple

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (
    HashEmbed,
    Maxout,
    Model,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
)
from thinc.types import Floats2d, Ints2d

# the parts of speech of spaCy's Dutch lemma index and exceptions, one bit each
POS_BITS = ("noun", "verb", "adj", "adv", "adp", "det", "pron")


def word_class(pos: set[str], zipf: float) -> int:
    """0 for an unknown word; otherwise parts of speech and frequency in one number."""
    mask = sum(1 << i for i, name in enumerate(POS_BITS) if name in pos)
    bucket = int(zipf) + 1 if zipf > 0 else 0  # wordfreq Zipf 1-8 -> 2-9
    return mask * 10 + bucket


def dutch_lookups(name: str) -> dict:
    """spaCy's Dutch lemma table ``name`` (lookup, index, exc, rules) from
    spacy-lookups-data. Training-time only."""
    import gzip
    import json
    from pathlib import Path

    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / f"nl_lemma_{name}.json.gz"
    with gzip.open(path, "rt", encoding="utf8") as f:
        return json.load(f)


def build_lexicon() -> dict[str, int]:
    """lower-case word -> class, for the words in wordfreq's Dutch list.
    Training-time only: needs spacy-lookups-data and wordfreq."""
    from wordfreq import freq_to_zipf, get_frequency_dict

    lookup, index, exceptions = dutch_lookups("lookup"), dutch_lookups("index"), dutch_lookups("exc")
    index_sets = {pos: set(words) for pos, words in index.items()}
    lexicon = {}
    for word, freq in get_frequency_dict("nl", "large").items():
        lemmas = {word, lookup.get(word, word)}
        pos = {p for p, words in index_sets.items() if lemmas & words}
        pos |= {p for p, forms in exceptions.items() if word in forms}
        lexicon[word] = word_class(pos, freq_to_zipf(freq))
    return lexicon


def lexicon_arrays(lexicon: dict[str, int]) -> tuple[bytes, bytes]:
    """The lexicon as sorted spaCy string hashes and their classes, as bytes
    (they are saved with the model's weights)."""
    from spacy.strings import hash_string  # type: ignore[attr-defined]  # a Cython function without a stub

    keys = numpy.array([hash_string(w) for w in lexicon], dtype="uint64")
    values = numpy.array(list(lexicon.values()), dtype="uint16")
    order = numpy.argsort(keys)
    return keys[order].tobytes(), values[order].tobytes()


def classes(keys: numpy.ndarray, values: numpy.ndarray, lower: numpy.ndarray) -> numpy.ndarray:
    """The class of each lower-case hash in ``lower`` (0 when not in the lexicon)."""
    if not len(keys):
        return numpy.zeros(len(lower), dtype="uint64")
    at = numpy.searchsorted(keys, lower)
    at[at == len(keys)] = 0
    return numpy.where(keys[at] == lower, values[at], 0).astype("uint64")


def LexiconFeatures(columns: List[int | str]) -> Model[List[Doc], List[Ints2d]]:
    """The token attributes in ``columns``, plus the lexicon class as a last column."""
    return Model(
        "lexicon_features",
        _features_forward,
        init=_features_init,
        attrs={"columns": list(columns), "keys": b"", "values": b""},
    )


def _features_init(model: Model, X=None, Y=None) -> None:
    if not model.attrs["keys"]:
        model.attrs["keys"], model.attrs["values"] = lexicon_arrays(build_lexicon())


def _features_forward(model: Model, docs: List[Doc], is_train: bool) -> Tuple[List[Ints2d], Callable]:
    columns = model.attrs["columns"] + [LOWER]
    keys = numpy.frombuffer(model.attrs["keys"], dtype="uint64")
    values = numpy.frombuffer(model.attrs["values"], dtype="uint16")
    features = []
    for doc in docs:
        array = doc.to_array(columns)  # a new (n_tokens, n_columns) uint64 array
        array[:, -1] = classes(keys, values, array[:, -1])
        features.append(model.ops.asarray2i(array, dtype="uint64"))  # type: ignore[arg-type]  # uint64 columns
    return features, lambda d_features: []


@registry.architectures("begrijpelijk.LexiconEmbed.v1")
def LexiconEmbed(width: int, attrs: List[str], rows: List[int], lexicon_rows: int) -> Model[List[Doc], List[Floats2d]]:
    """spaCy's MultiHashEmbed (without static vectors) plus a lexicon-class embedding."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    all_rows = list(rows) + [lexicon_rows]
    embeddings: list[Model] = [HashEmbed(width, n, column=i, seed=8 + i, dropout=0.0) for i, n in enumerate(all_rows)]
    max_out: Model = with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True))
    return chain(
        LexiconFeatures(list[int | str](attrs)),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        max_out,
        ragged2list(),
    )

"""The lexicon feature of the bundled model (begrijpelijk.LexiconEmbed.v1)."""
import numpy
import spacy
from spacy.strings import hash_string

from begrijpelijk.nlp.lexicon_embed import (
    LexiconFeatures,
    classes,
    lexicon_arrays,
    word_class,
)


def test_word_class_tells_parts_of_speech_and_frequency_apart():
    assert word_class(set(), 0.0) == 0  # not in the lexicon
    noun, verb = word_class({"noun"}, 4.2), word_class({"verb"}, 4.2)
    assert len({noun, verb, word_class({"noun", "verb"}, 4.2), word_class({"noun"}, 2.1)}) == 4
    assert 0 not in (noun, verb)


def test_classes_finds_known_words_and_gives_0_for_others():
    keys, values = lexicon_arrays({"aanvraag": 13, "gisteren": 6, "snel": 76})
    keys, values = numpy.frombuffer(keys, dtype="uint64"), numpy.frombuffer(values, dtype="uint16")
    lower = numpy.array([hash_string(w) for w in ["snel", "xyzq", "aanvraag", "gisteren"]], dtype="uint64")
    assert classes(keys, values, lower).tolist() == [76, 0, 13, 6]
    assert classes(keys[:0], values[:0], lower).tolist() == [0, 0, 0, 0]


def test_features_use_the_lower_case_word_and_survive_saving():
    keys, values = lexicon_arrays({"gisteren": 6, "aanvraag": 13})
    features = LexiconFeatures(["NORM", "SHAPE"])
    features.attrs["keys"], features.attrs["values"] = keys, values
    doc = spacy.blank("nl")("Gisteren kwam de aanvraag binnen")
    copy = LexiconFeatures(["NORM", "SHAPE"]).from_bytes(features.to_bytes())
    for model in (features, copy):
        array = model.predict([doc])[0]
        assert array.shape == (5, 3)
        assert array[:, -1].tolist() == [6, 0, 0, 13, 0]


def test_bundled_model_carries_its_lexicon(nlp):
    embed = nlp.get_pipe("tok2vec").model.get_ref("embed")
    features = next(node for node in embed.walk() if node.name == "lexicon_features")
    n_words = len(features.attrs["keys"]) // 8
    assert n_words > 300_000
    doc = nlp.make_doc("Gisteren heeft de gemeente uw aanvraag ontvangen.")
    column = features.predict([doc])[0][:, -1]
    assert all(column[:7] > 0)  # every word of this sentence is in the lexicon

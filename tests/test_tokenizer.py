"""The lazy tokenizer gives exactly the tokens of spaCy's Dutch tokenizer."""
import pickle
import random
from pathlib import Path

import pytest
import spacy
from spacy.tokenizer import Tokenizer

from begrijpelijk.nlp import tokenizer as lazy_module

ROOT = Path(__file__).resolve().parents[1]
LAZY = {"nlp": {"tokenizer": {"@tokenizers": "begrijpelijk.Tokenizer.v1"}}}


@pytest.fixture(scope="module")
def full():
    return spacy.blank("nl").tokenizer


def texts(full) -> list[str]:
    own = [p.read_text(encoding="utf8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    own += [p.read_text(encoding="utf8") for p in sorted((ROOT / "templates").glob("*.j2"))]
    rng = random.Random(7)
    rules = sorted(full.rules)
    # every kind of place a special case can stand: alone, after "(", before
    # a comma or full stop, glued to other text, twice in a row
    own += [f"Zie ({r}), en {r}. Ook {r}" for r in rng.sample(rules, 400)]
    own += [f"{r}{r} x{r} {r}y «{r}»" for r in rng.sample(rules, 200)]
    own += ["T.a.v. mevr. J. de Vries, d.d. 3 maart, o.a. €\u00a01.234,56 om 10.00 uur.", "", " ", "bijv."]
    return own


def fresh(rules) -> Tokenizer:
    tokenizer = spacy.blank("nl", config=LAZY).tokenizer
    assert isinstance(tokenizer, lazy_module.LazyTokenizer)
    assert len(tokenizer.pending) == len(rules)
    return tokenizer


def words(tokenizer, text):
    return [t.text for t in tokenizer(text)]


def test_same_tokens_as_spacy_for_each_text_alone(full, monkeypatch):
    monkeypatch.setattr(lazy_module, "EAGER_CHARS", 10**9)
    tokenizer = fresh(full.rules)
    all_rules = dict(tokenizer.pending)
    for text in texts(full):
        tokenizer.rules = {}
        tokenizer.pending = dict(all_rules)
        tokenizer.calls = tokenizer.chars = 0
        assert words(tokenizer, text) == words(full, text), text


def test_only_needed_special_cases_are_built(full):
    tokenizer = fresh(full.rules)
    tokenizer("Zie bijv. de brief.")
    assert "bijv." in tokenizer.rules
    assert "t.a.v." not in tokenizer.rules and "t.a.v." in tokenizer.pending


def test_many_texts_build_everything_once(full, monkeypatch):
    monkeypatch.setattr(lazy_module, "EAGER_AFTER", 3)
    tokenizer = fresh(full.rules)
    for text in ["Een.", "Twee.", "Drie.", "Vier."]:
        tokenizer(text)
    assert not tokenizer.pending
    assert set(tokenizer.rules) == set(full.rules)


def test_much_text_builds_everything_once(full, monkeypatch):
    monkeypatch.setattr(lazy_module, "EAGER_CHARS", 100)
    tokenizer = fresh(full.rules)
    tokenizer("Een korte zin.")
    assert tokenizer.pending
    tokenizer("Een lange zin. " * 10)
    assert not tokenizer.pending


def test_copy_and_save_are_complete_spacy_tokenizers(full, tmp_path):
    tokenizer = fresh(full.rules)
    copy = pickle.loads(pickle.dumps(tokenizer))
    assert type(copy) is Tokenizer
    assert set(copy.rules) == set(full.rules)
    tokenizer = fresh(full.rules)
    loaded = spacy.blank("nl").tokenizer.from_bytes(tokenizer.to_bytes())
    assert set(loaded.rules) == set(full.rules)


def test_bundled_pipeline_uses_it(nlp):
    assert isinstance(nlp.tokenizer, lazy_module.LazyTokenizer)
    assert [t.text for t in nlp("Zie o.a. de bijlage.")][:3] == ["Zie", "o.a.", "de"]

"""Loading the Dutch spaCy pipeline, once per process and only when needed.

Order: a model the user names (config or ``--model``: a package name or a
folder) → an installed official ``nl_core_news_lg/md/sm`` → the pipeline that
ships with begrijpelijk (``nlp/model``, trained from the UD Dutch treebanks).
Importing this module does not import spaCy.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from begrijpelijk.errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

BUNDLED = Path(__file__).resolve().parent / "model"
OFFICIAL = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")
# characters per piece when one paragraph is very long (the longest paragraph in the benchmark letters has
# 3,734): each piece is parsed on its own, so that the memory stays bounded (a paragraph of 128 kB took 1 GB
# in pieces of 50,000 parsed together, 0.3 GB in pieces of 10,000 parsed one by one)
CHUNK = 10_000


def bundled_path() -> Path:
    return BUNDLED


def resolve(model: str | None = None) -> str:
    """Which model will be loaded: the name or path, without loading it."""
    if model:
        return model
    for name in OFFICIAL:
        if importlib.util.find_spec(name) is not None:
            return name
    return str(BUNDLED)


@lru_cache(maxsize=4)
def load(model: str | None = None) -> "Language":
    """The pipeline, with begrijpelijk's letter components added."""
    import spacy

    from begrijpelijk.nlp import (  # noqa: F401  (registers begrijpelijk.Tokenizer.v1)
        components,
        lexicon_embed,  # noqa: F401  (registers begrijpelijk.LexiconEmbed.v1)
        lookup_lemmatizer,  # noqa: F401  (registers begrijpelijk_lemma)
        tokenizer,
    )

    name = resolve(model)
    # The bundled model's tokenizer is spaCy's Dutch default. Build it with
    # lazy special cases (tokenizer.py) instead of reading it from disk, which
    # would build all ~4,700 special cases twice.
    exclude: list[str] = []
    config: dict = {}
    if name == str(BUNDLED):
        exclude = ["tokenizer"]
        config = {"nlp": {"tokenizer": {"@tokenizers": "begrijpelijk.Tokenizer.v1"}}}
    try:
        nlp = spacy.load(name, exclude=exclude, config=config)
    except Exception as exc:  # OSError for a missing model, others for a broken one
        if model:
            raise ModelError(
                f"Het taalmodel '{model}' kan niet geladen worden. Controleer de naam of de map, "
                "of laat --model weg: dan gebruikt begrijpelijk het ingebouwde Nederlandse model."
            ) from exc
        raise ModelError(
            f"Het ingebouwde taalmodel ({name}) kan niet geladen worden. Installeer begrijpelijk opnieuw."
        ) from exc
    nlp.max_length = 10**8
    return components.adapt(nlp)


def lemma(token) -> str:
    """The lemma used for wordlist look-ups: lowercase, without UD's underscores."""
    value = token.lemma_ or token.text
    return value.replace("_", "").lower() if value != "_" else token.lower_


def _safe(text: str) -> str:
    # control characters other than tab and newline carry no language
    return "".join(ch if ch >= " " or ch in "\t\n" else " " for ch in text)


def pipe(texts: Iterable[str], model: str | None = None, batch_size: int = 64) -> list["Doc"]:
    """Analyse texts in batches. Never raises on odd text: empty, very long,
    emoji, control characters, another language."""
    from spacy.tokens import Doc

    nlp = load(model)
    texts = [_safe(t) for t in texts]
    out: list[Doc | None] = [None] * len(texts)
    short = [(i, t) for i, t in enumerate(texts) if len(t) <= CHUNK]
    for (i, _), doc in zip(short, nlp.pipe((t for _, t in short), batch_size=batch_size)):
        out[i] = doc
    for i, text in enumerate(texts):
        if out[i] is None:
            pieces = _split(text)
            docs = list(nlp.pipe(pieces, batch_size=1))
            out[i] = Doc.from_docs(docs, ensure_whitespace=False)
    return out  # type: ignore[return-value]


def _split(text: str) -> list[str]:
    """Cut a long text in pieces of about CHUNK characters, after the end of a
    sentence when there is one in the second half, else at a space; the pieces
    joined again are exactly the text."""
    pieces = []
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK)
        if end < len(text):
            cut = max(text.rfind(mark, start + CHUNK // 2, end) for mark in (". ", "? ", "! "))
            space = cut + 1 if cut != -1 else text.rfind(" ", start + CHUNK // 2, end)
            if space != -1:
                end = space + 1
        pieces.append(text[start:end])
        start = end
    return pieces

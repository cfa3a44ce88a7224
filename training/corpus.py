"""Read the UD Dutch treebanks into spaCy Docs for training and evaluation.

Lemmas are normalised the way begrijpelijk uses them: UD Dutch marks compound
parts and separable verbs with an underscore ("basis_niveau", "op_bellen");
the tool looks words up without it ("basisniveau", "opbellen").
"""
from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.training.converters.conllu_to_docs import conllu_to_docs

UD_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "ud-dutch"

# Training material. nl_alpino-ud-test.conllu is the evaluation set and is
# never read here.
TRAIN_FILES = (
    "nl_lassysmall-ud-dev.conllu",
    "nl_lassysmall-ud-test.conllu",
    "nl_alpino-ud-dev.conllu",
)
EVAL_FILE = "nl_alpino-ud-test.conllu"


def normalise_lemma(lemma: str) -> str:
    return lemma.replace("_", "") if lemma != "_" else lemma


def _paragraph_key(block: str) -> str:
    """'WR-P-P-H-0000000005.p.2.s.1' -> 'WR-P-P-H-0000000005.p.2'; a sentence
    without a paragraph number is a paragraph of its own."""
    match = re.search(r"^# sent_id = (.*?)(\.s\.\d+)?$", block, re.M)
    if match is None:
        return block
    return match.group(1) if match.group(2) else block


def read_conllu(path: Path, n_sents: int | str = 10, normalise: bool = True) -> list[Doc]:
    """Docs of ``n_sents`` sentences each, or with ``n_sents="alinea"`` one Doc
    per paragraph of the source (from the sent_id, "….p.2.s.1"), the unit
    begrijpelijk parses."""
    text = path.read_text(encoding="utf8")
    if n_sents == "alinea":
        blocks = [b for b in text.split("\n\n") if b.strip()]
        docs = []
        for _, group in itertools.groupby(blocks, key=_paragraph_key):
            sentences = list(group)
            docs.extend(conllu_to_docs("\n\n".join(sentences) + "\n\n", n_sents=len(sentences), no_print=True))
    else:
        docs = list(conllu_to_docs(text, n_sents=n_sents, no_print=True))
    for doc in docs if normalise else ():
        for token in doc:
            token.lemma_ = normalise_lemma(token.lemma_)
    return docs


def build_training_corpus(
    ud_dir: Path, out_dir: Path, dev_share: float = 0.06, seed: int = 13, alpino_weight: int = 1
) -> tuple[int, int]:
    """Write train.spacy, dev.spacy (a held-out slice of the training files,
    to compare settings and checkpoints) and all.spacy (both). ``alpino_weight`` repeats the
    Alpino dev documents in the training part (newspaper text, like letters
    more formal than Wikipedia)."""
    docs: list[tuple[str, Doc]] = []
    for name in TRAIN_FILES:
        docs.extend((name, d) for d in read_conllu(ud_dir / name))
    rng = random.Random(seed)
    rng.shuffle(docs)
    n_dev = max(1, int(len(docs) * dev_share))
    train = [d for name, d in docs[n_dev:] for _ in range(alpino_weight if "alpino" in name else 1)]
    out_dir.mkdir(parents=True, exist_ok=True)
    DocBin(docs=train, store_user_data=False).to_disk(out_dir / "train.spacy")
    held_out = [d for _, d in docs[:n_dev]]
    DocBin(docs=held_out, store_user_data=False).to_disk(out_dir / "dev.spacy")
    DocBin(docs=train + held_out, store_user_data=False).to_disk(out_dir / "all.spacy")
    return len(train), n_dev

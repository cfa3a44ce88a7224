"""Train begrijpelijk's Dutch pipeline and install it as package data.

    pip install -e ".[train]"
    python training/train.py all          # prepare + train + finalize (hours on 2 cores)
    python training/train.py prepare      # UD treebanks -> training/corpus/*.spacy
    python training/train.py train        # spacy train training/config.cfg -> training/runs/main
    python training/train.py finalize training/runs/main/model-best
    python training/train.py train --all  # the same on all training data, fixed steps -> training/runs/all

Training data: LassySmall dev+test and Alpino dev from ../shared/ud-dutch
(CC BY-SA 4.0). nl_alpino-ud-test.conllu is only read by evaluate.py.
`train` holds 6% back to compare settings and to pick the checkpoint (the
shipped model is runs/main/model-best). `train --all` trains the same
settings on everything for OVERRIDES' max_steps. Finalize adds the lookup lemmatizer (tables from the training treebanks and
spacy-lookups-data, saved inside the pipeline), trims the pipeline and writes
it to src/begrijpelijk/nlp/model.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

from corpus import TRAIN_FILES, UD_DIR, build_training_corpus, read_conllu  # noqa: E402

TARGET = ROOT / "src" / "begrijpelijk" / "nlp" / "model"
# the settings of the shipped model (see README "Het taalmodel")
OVERRIDES = [
    "--components.tok2vec.model.encode.width=192",
    "--components.tok2vec.model.encode.depth=5",
    "--components.parser.model.hidden_width=192",
    "--training.dropout=0.2",
    "--training.optimizer.use_averages=true",  # evaluate and save the averaged weights
    "--training.max_steps=8000",
    "--training.patience=2500",
]


def prepare() -> None:
    n_train, n_dev = build_training_corpus(UD_DIR, HERE / "corpus")
    print(f"train: {n_train} docs, held-out dev (to compare settings): {n_dev} docs; all.spacy: both")


def train(output: Path, everything: bool = False) -> None:
    """spacy train with OVERRIDES. ``everything``: train on train + held-out
    (all.spacy) and stop at max_steps; the held-out scores it prints are then
    no measure, as it has seen those sentences."""
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    corpus = HERE / "corpus"
    train_file = corpus / ("all.spacy" if everything else "train.spacy")
    patience = ["--training.patience=0"] if everything else []
    cmd = [sys.executable, "-m", "spacy", "train", str(HERE / "config.cfg"), "-o", str(output),
           "--code", str(HERE / "register.py"), *OVERRIDES, *patience,
           "--paths.train", str(train_file), "--paths.dev", str(corpus / "dev.spacy")]
    subprocess.run(cmd, check=True, env=env)


def treebank_lemmas() -> dict[str, str]:
    """(word, UPOS) -> most frequent lemma in the training treebanks, written
    as there ("vlaamse" ADJ -> "Vlaams", "parlement" NOUN -> "parlement").
    Names, foreign words and symbols are their own lemma (lookup_lemmatizer)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for name in TRAIN_FILES:
        for doc in read_conllu(UD_DIR / name):
            for token in doc:
                if token.pos_ in ("PROPN", "X", "SYM", "PUNCT"):
                    continue
                lemma = token.lemma_
                if any(c.dep_ == "compound:prt" for c in token.children):
                    continue  # "ging … vooruit": the particle is added at run time
                counts[f"{token.text.lower()}\t{token.pos_}"][lemma] += 1
    return {key: c.most_common(1)[0][0] for key, c in counts.items()}


def lookup_lemmas() -> dict[str, str]:
    """spaCy's Dutch lookup table, kept to the forms that occur in wordfreq's
    Dutch list (57,000 of 213,000): the rest are so rare that the trained
    lemmatizer may handle them, and a smaller table loads 0.15 s faster."""
    from wordfreq import get_frequency_dict

    from begrijpelijk.nlp.lexicon_embed import dutch_lookups

    known = get_frequency_dict("nl", "large")
    return {k.lower(): v.lower() for k, v in dutch_lookups("lookup").items() if k == k.lower() and k in known}


def known_words(min_zipf: float = 2.0) -> list[str]:
    """Dutch words from wordfreq (Zipf >= 2): the lemma component keeps a word
    as its own lemma when the trained lemmatizer's guess is not among them."""
    import re

    from wordfreq import freq_to_zipf, get_frequency_dict

    word = re.compile(r"[a-zà-ÿ]+")
    return sorted(
        w for w, f in get_frequency_dict("nl", "large").items() if freq_to_zipf(f) >= min_zipf and word.fullmatch(w)
    )


def finalize(model: Path, target: Path = TARGET) -> None:
    import spacy

    from begrijpelijk.nlp import lexicon_embed, lookup_lemmatizer  # noqa: F401  register the parts

    nlp = spacy.load(model)
    if "begrijpelijk_lemma" in nlp.pipe_names:
        nlp.remove_pipe("begrijpelijk_lemma")
    component = nlp.add_pipe("begrijpelijk_lemma", after="trainable_lemmatizer")
    component.treebank = treebank_lemmas()
    component.lookup = lookup_lemmas()
    component.known = set(known_words())
    nlp.meta.update(
        {
            "name": "begrijpelijk_nl",
            "version": "0.1.0",
            "description": "Nederlandse pipeline voor begrijpelijk, getraind op UD Dutch LassySmall en Alpino.",
            "license": "CC BY-SA 4.0",
            "sources": [
                {"name": "UD Dutch LassySmall", "license": "CC BY-SA 4.0"},
                {"name": "UD Dutch Alpino", "license": "CC BY-SA 4.0"},
                {"name": "spacy-lookups-data nl_lemma_lookup, index, exc", "license": "MIT"},
                {"name": "wordfreq (Dutch word frequencies)", "license": "CC BY-SA 4.0"},
            ],
        }
    )
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)
    size = sum(f.stat().st_size for f in target.rglob("*") if f.is_file())
    print(f"wrote {target} ({size / 1e6:.1f} MB), pipeline {nlp.pipe_names}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=["all", "prepare", "train", "finalize"])
    parser.add_argument("model", nargs="?", type=Path, default=HERE / "runs" / "main" / "model-best")
    parser.add_argument("--all", action="store_true", help="train on all training data, held-out part included")
    args = parser.parse_args()
    if args.step in ("all", "prepare"):
        prepare()
    if args.step == "train":
        train(HERE / "runs" / ("all" if args.all else "main"), everything=args.all)
    if args.step == "all":
        train(HERE / "runs" / "main")
    if args.step in ("all", "finalize"):
        finalize(args.model)


if __name__ == "__main__":
    main()

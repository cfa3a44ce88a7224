"""Evaluate the shipped Dutch pipeline on the UD Alpino test set.

    python training/evaluate.py [--model PATH] [--data FILE.conllu|FILE.spacy] [--unit 10|alinea|1]

The pipeline is loaded exactly as begrijpelijk loads it (begrijpelijk.nlp.load),
and run on the gold tokens (the letter component that merges phone numbers and
amounts is switched off, so tokens align). The last line printed is one JSON
object with fractions 0-1:
  tag upos morph lemma uas las sent_f      spaCy's scorer
  lemma_ud                                 lemma against UD's raw lemma, with its
                                           compound underscores ("basis_niveau")
  auxpass_p auxpass_r auxpass_f1           the parser's aux:pass tokens against gold
  passief_p passief_r passief_f1           the rule `passief` (begrijpelijk.nlp.passive.detect.detect),
                                           per gold passive clause (the participle that
                                           heads a gold aux:pass)
`lemma` compares lemmas without UD's underscores, the form begrijpelijk uses
for every wordlist look-up.

``--unit`` sets what one Doc holds: ten gold sentences (the default, spaCy's
converter; the parser must find the sentence ends), one source paragraph
(``alinea``: how begrijpelijk parses a letter, whose paragraph breaks it
knows), or one gold sentence (``1``).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from corpus import EVAL_FILE, UD_DIR, read_conllu  # noqa: E402


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def gold_docs(path: Path, vocab, unit: int | str = 10):
    if path.suffix == ".spacy":
        from spacy.tokens import DocBin

        return list(DocBin().from_disk(path).get_docs(vocab)), None
    from spacy.tokens import DocBin

    def into(docs):  # the same strings as the pipeline, for spaCy's scorer
        return list(DocBin(docs=docs).get_docs(vocab))

    return into(read_conllu(path, unit)), into(read_conllu(path, unit, normalise=False))


def evaluate(model: str | None, data: Path, unit: int | str = 10) -> dict:
    from spacy.tokens import Doc
    from spacy.training import Example

    from begrijpelijk import nlp as loader
    from begrijpelijk.nlp.passive.detect import detect

    nlp = loader.load(model)
    golds, raw = gold_docs(data, nlp.vocab, unit)
    examples = [Example(Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g]), g) for g in golds]
    with nlp.select_pipes(disable=["begrijpelijk_merge"]):
        predicted = list(nlp.pipe(ex.predicted for ex in examples))
    scored = [Example(p, ex.reference) for p, ex in zip(predicted, examples)]
    from spacy.scorer import Scorer

    scorer = Scorer(nlp)
    s = scorer.score(scored)
    lemma_ud = None
    if raw is not None:
        ok = total = 0
        for p, g in zip(predicted, raw):
            for a, b in zip(p, g):
                total += 1
                ok += a.lemma_ == b.lemma_
        lemma_ud = ok / total if total else 0.0

    aux_tp = aux_pred = aux_gold = 0
    pas_tp = pas_pred = pas_gold = 0
    for p, g in zip(predicted, golds):
        gold_aux = {t.i for t in g if t.dep_ == "aux:pass"}
        pred_aux = {t.i for t in p if t.dep_ == "aux:pass"}
        aux_tp += len(gold_aux & pred_aux)
        aux_pred += len(pred_aux)
        aux_gold += len(gold_aux)
        gold_clauses = {g[i].head.i for i in gold_aux}
        pred_clauses = {m.participle.i for m in detect(p)}
        pas_tp += len(gold_clauses & pred_clauses)
        pas_pred += len(pred_clauses)
        pas_gold += len(gold_clauses)
    ap, ar, af = prf(aux_tp, aux_pred, aux_gold)
    pp, pr, pf = prf(pas_tp, pas_pred, pas_gold)
    result = {
        "tag": s["tag_acc"],
        "upos": s["pos_acc"],
        "morph": s["morph_acc"],
        "lemma": s["lemma_acc"],
        "lemma_ud": lemma_ud,
        "uas": s["dep_uas"],
        "las": s["dep_las"],
        "sent_f": s["sents_f"],
        "auxpass_p": ap,
        "auxpass_r": ar,
        "auxpass_f1": af,
        "passief_p": pp,
        "passief_r": pr,
        "passief_f1": pf,
    }
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in result.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=None, help="pipeline to evaluate (default: what begrijpelijk loads)")
    parser.add_argument("--data", type=Path, default=UD_DIR / EVAL_FILE)
    parser.add_argument(
        "--unit",
        default="10",
        help="what one Doc holds: '10' (ten sentences, spaCy's converter default, the parser finds the "
        "sentence ends), 'alinea' (one source paragraph, as begrijpelijk parses a letter) or '1' (one gold sentence)",
    )
    args = parser.parse_args()
    unit = args.unit if args.unit == "alinea" else int(args.unit)
    start = time.perf_counter()
    result = evaluate(args.model, args.data, unit)
    print(f"evaluated {args.data.name} in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    print(json.dumps(result))


if __name__ == "__main__":
    main()

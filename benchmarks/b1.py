"""The B1 verdict (ja / bijna / nee) against texts labelled plain or bureaucratic.

Reads the labels of benchmarks/corpus/SOURCES.tsv (parts dev, test, vers,
vers2, vers3) and benchmarks/data/b1-vers4.yaml … b1-vers18.yaml (parts vers4
… vers18, with their close calls), labelled by ../shared/ANNOTATION.md before any run, and prints per part
and label how many texts get "B1: ja", "bijna" and "nee". The goal (issue 34):
plain texts B1 in at least 85%, bureaucratic in at most 10%.

    python benchmarks/b1.py
    python benchmarks/b1.py --deel vers4
    python benchmarks/b1.py --fit      # the weights and the B1 limit, from these texts

--fit fits a logistic regression (plain = 1) on the five measures of
check/b1.py: LiNT, jargon per 100 words (weighted), the share of long and of
passive sentences (the first of each not counted), and whether the letter
does not address its reader. It prints each weight in
LiNT points and, per limit, the share of plain and bureaucratic texts that
would get "ja", with leave-one-out figures (each text judged by a fit without
it).
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
HELD_ASIDE: set[str] = set()  # round 34: sets 57-60 had their first run (57 and 58 on e77f79b, 59 on 31503a1, 60 on 91a6ee3) and are dev; a next round holds its new sets aside here before their labels exist


def rows() -> list[dict]:
    from precisie import sources

    out = [dict(r, pad=HERE / "corpus" / r["bestand"], twijfel=False) for r in sources() if r["label"] != "gemengd"]
    for part in [f"vers{k}" for k in range(4, 61)]:
        labels = HERE / "data" / f"b1-{part}.yaml"
        if not labels.exists():
            continue
        for item in yaml.safe_load(labels.read_text(encoding="utf8")):
            out.append({
                "bestand": item["bestand"], "deel": part, "pad": HERE / f"corpus-{part}" / item["bestand"],
                "label": item["klasse"], "twijfel": item.get("twijfel") in (True, "ja"),
            })
    return out


def measures(path: Path) -> list[float]:
    """LiNT, jargon per 100 words, long share and passive share beyond the first."""
    from begrijpelijk.check import b1, scoring
    from begrijpelijk import check_file

    seen: dict = {}
    judge = scoring.judge

    def spy(t, m):
        seen["m"], seen["t"] = m, t
        return judge(t, m)

    scoring.judge = spy
    try:
        check_file(path)
    finally:
        scoring.judge = judge
    p = b1.parts(seen["t"], seen["m"])
    return [p["lint"], p["jargon"] / b1.WEIGHT_JARGON, p["zinnen"] / b1.WEIGHT_LONG, p["passief"] / b1.WEIGHT_PASSIVE, p["aanspreken"] / b1.WEIGHT_IMPERSONAL]


def _logistic(x, y, lam: float = 0.1):
    import numpy as np

    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = np.c_[np.ones(len(x)), (x - mu) / sd]
    w = np.zeros(z.shape[1])
    for _ in range(3000):
        p = 1 / (1 + np.exp(-z @ w))
        w -= 0.5 * (z.T @ (p - y) / len(y) + lam * np.r_[0, w[1:]])
    raw = w[1:] / sd
    return raw / raw[0], w[0] - (w[1:] * mu / sd).sum(), raw[0]


def fit(table: list[dict]) -> int:
    import numpy as np

    x = np.array([r["x"] for r in table])
    y = np.array([r["label"] == "eenvoudig" for r in table], float)
    per_point, _, _ = _logistic(x, y)
    print(
        f"gewicht in LiNT-punten: LiNT 1, jargon {per_point[1]:.1f}, lange zinnen {per_point[2]:.0f}, passief {per_point[3]:.0f}, "
        f"niet aangesproken {per_point[4]:.0f}"
    )
    loo = []
    for k in range(len(table)):
        rest = np.r_[0:k, k + 1:len(table)]
        scale, const, first = _logistic(x[rest], y[rest])
        loo.append(const + first * (x[k] @ scale) >= 0)
    plain, bureau = y == 1, y == 0
    print(f"leave-one-out: eenvoudig ja {np.mean(np.array(loo)[plain]):.0%}, ambtelijk ja {np.mean(np.array(loo)[bureau]):.0%}")
    from begrijpelijk.check import b1

    difficulty = x @ np.array([1, b1.WEIGHT_JARGON, b1.WEIGHT_LONG, b1.WEIGHT_PASSIVE, b1.WEIGHT_IMPERSONAL])
    for limit in range(62, 76, 2):
        ok = difficulty <= limit
        print(f"grens {limit}: eenvoudig ja {ok[plain].mean():.0%}, ambtelijk ja {ok[bureau].mean():.0%}")
    return 0


def main(argv=None) -> int:
    from begrijpelijk import check_file

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deel")
    parser.add_argument("--fit", action="store_true")
    args = parser.parse_args(argv)
    if args.fit:
        # a held-aside set never takes part in a fit
        return fit([dict(r, x=measures(r["pad"])) for r in rows() if (r["deel"] == args.deel if args.deel else r["deel"] not in HELD_ASIDE)])
    table: dict = collections.defaultdict(collections.Counter)
    for row in rows():
        if args.deel and row["deel"] != args.deel:
            continue
        if not args.deel and row["deel"] in HELD_ASIDE:
            continue  # a held-aside set only by name (--deel vers14): its first run is the figure to report
        outcome = check_file(row["pad"]).files[0].scores.outcome
        for group in [(row["deel"], row["label"], "alle")] + ([] if row["twijfel"] else [(row["deel"], row["label"], "zonder twijfel")]):
            table[group][outcome] += 1
    print("| deel | label | teksten | B1: ja | bijna | nee |")
    print("|---|---|---|---|---|---|")
    for (part, label, which), cell in sorted(table.items()):
        n = sum(cell.values())
        name = label if which == "alle" else f"{label} (zonder twijfel)"
        print(f"| {part} | {name} | {n} | {cell['ja']} ({cell['ja'] / n:.0%}) | {cell['bijna']} | {cell['nee']} |")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())

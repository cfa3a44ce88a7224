"""Speed and memory of begrijpelijk (the targets are checked here, not in unit tests).

    python benchmarks/bench.py            # all measurements, one JSON line at the end
    python benchmarks/bench.py --quick    # fewer repetitions

Measures:
  help_s          wall time of `begrijpelijk --help` (target ≤ 0.5 s)
  check_cold_s    wall time of a cold `begrijpelijk check` of a one-page letter (target ≤ 2 s)
  cold_ratio      a cold check against the floor (a fresh process that loads the pipeline and
                  parses the same letter, nothing else), run in pairs, one after the other;
                  the median of the ratios of 7 pairs (target ≤ 1.15; issue 37)
  load_s          loading the Dutch pipeline in a fresh process (target ≤ 1.5 s)
  wps_1, wps_2    words per second through nlp.pipe on one process and on two (target ≥ 10,000 on 2)
  peak_rss_mb     peak memory of the process that ran nlp.pipe
  model_mb        size of the bundled model on disk (target ≤ 40 MB)
  serve_warm_s    a warm check of the one-page letter through `begrijpelijk serve` (POST /api/check
                  over HTTP to a real server on 127.0.0.1; target ≤ 0.15 s)
  serve_ratio     serve_warm_s / check_cold_s (target ≤ 0.2)
  many_500_s      checking 500 one-page Jinja templates with --jobs 2 (target ≤ 60 s; --many)
  limits          (--limits) check one text of 1 KB … 976 KB (the text limit) in a fresh process
                  (with --zonder-punten: the same letters as one run without full stops):
                  seconds per 1,000 words at each size, the ratio of the largest to the smallest
                  (target: flat, ≤ 2), and the peak memory of each process (target < 1 GB)
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LETTER = ROOT / "examples" / "bureaucratisch.txt"


def wall(cmd: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True)
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 3)


FLOOR = "import sys; from begrijpelijk import nlp; nlp.pipe([open(sys.argv[1], encoding='utf8').read()])"


def cold_ratio(exe: list[str], pairs: int = 7) -> dict[str, float]:
    """The cold check and its floor, measured in pairs so that a busy machine
    slows both alike; the median ratio and the medians of both."""
    checks, floors = [], []
    for _ in range(pairs):
        floors.append(wall([sys.executable, "-c", FLOOR, str(LETTER)], 1))
        checks.append(wall([*exe, "check", str(LETTER), "--no-color"], 1))
    ratios = [c / f for c, f in zip(checks, floors)]
    return {"cold_ratio": round(statistics.median(ratios), 3), "floor_s": round(statistics.median(floors), 3)}


WORKER = r"""
import json, resource, sys, time
start = time.perf_counter()
from begrijpelijk import nlp as loader
nlp = loader.load()
load_s = time.perf_counter() - start
texts = [open(sys.argv[1], encoding="utf8").read()] * int(sys.argv[2])
n_process = int(sys.argv[3])
list(loader.pipe(texts[:2]))  # warm up
start = time.perf_counter()
words = 0
for doc in nlp.pipe(texts, batch_size=32, n_process=n_process):
    words += sum(1 for t in doc if not t.is_punct and not t.is_space)
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load_s": load_s, "wps": words / elapsed, "peak_rss_mb": peak}))
"""


def pipe_speed(copies: int, n_process: int) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", WORKER, str(LETTER), str(copies), str(n_process)],
        capture_output=True, text=True, check=True,
        env=dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1"),
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def many_templates(count: int = 500) -> float:
    """Wall time of checking ``count`` one-page templates with --jobs 2."""
    import tempfile

    page = LETTER.read_text(encoding="utf8").replace("Geachte heer De Vries", "Geachte {{ klant.naam }}")
    with tempfile.TemporaryDirectory() as folder:
        for i in range(count):
            Path(folder, f"brief-{i:03}.txt.j2").write_text(page + f"\n{{# sjabloon {i} #}}\n", encoding="utf8")
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "begrijpelijk", "check", folder, "--jobs", "2", "--format", "json"],
            capture_output=True, env=dict(os.environ, CI="true"),
        )
        return round(time.perf_counter() - start, 1)


LIMIT_WORKER = r"""
import json, resource, sys, time
from begrijpelijk import Settings
from begrijpelijk.check.run import check_documents
from begrijpelijk.readers import read_path
from pathlib import Path
document = read_path(Path(sys.argv[1]))
check_documents([read_path(Path(sys.argv[2]))])  # load the model and warm up
start = time.perf_counter()
report = check_documents([document]).files[0]
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"s": elapsed, "words": report.scores.words, "findings": len(report.findings), "peak_rss_mb": peak}))
"""


def limits(sizes_kb=(1, 16, 128, 512, 976), run_on: bool = False) -> dict:
    """Time per word and peak memory from 1 KB to the text limit (1,000,000
    characters, just under 977 KB of plain text). With ``run_on`` the same letters
    without a full stop, line break or other end of a sentence: one run of text."""
    import re
    import tempfile

    letters = [LETTER, ROOT / "examples" / "b1-herschreven.txt", *sorted((ROOT / "benchmarks" / "corpus").glob("*.txt"))]
    text = "\n\n".join(p.read_text(encoding="utf8") for p in letters)
    if run_on:
        text = re.sub(r"[.!?:;…\n]+", " ", text)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for kb in sizes_kb:
            body = (text + "\n\n") * (kb * 1024 // len(text.encode("utf8")) + 1)
            data = body.encode("utf8")[: kb * 1024].decode("utf8", "ignore")
            path = Path(folder, f"brief-{kb}.txt")
            path.write_text(data, encoding="utf8")
            out = subprocess.run(
                [sys.executable, "-c", LIMIT_WORKER, str(path), str(LETTER)],
                capture_output=True, text=True, check=True, env=dict(os.environ, OMP_NUM_THREADS="1"),
            )
            row = json.loads(out.stdout.strip().splitlines()[-1])
            row["kb"] = kb
            row["s_per_1000_words"] = round(1000 * row["s"] / max(row["words"], 1), 3)
            rows.append(row)
            print(f"  {kb:>6} kB  {row['words']:>8} woorden  {row['s']:>8.1f} s  {row['s_per_1000_words']:.3f} s/1000 woorden  {row['peak_rss_mb']:.0f} MB", file=sys.stderr)
    per_word = [r["s_per_1000_words"] for r in rows if r["words"] >= 1000] or [r["s_per_1000_words"] for r in rows]
    return {
        "rows": rows,
        "ratio_largest_smallest": round(per_word[-1] / per_word[0], 2),
        "peak_rss_mb_max": round(max(r["peak_rss_mb"] for r in rows)),
    }


def serve_warm(repeat: int) -> float:
    """Median time of POST /api/check on a running `begrijpelijk serve`."""
    import socket
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "begrijpelijk", "serve", "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        while "klaar op" not in (server.stderr.readline() or "klaar op"):
            pass
        data = LETTER.read_bytes()
        times = []
        for _ in range(repeat + 1):  # the first one is not counted
            request = urllib.request.Request(f"http://127.0.0.1:{port}/api/check", data=data, headers={"Content-Type": "text/plain"})
            start = time.perf_counter()
            with urllib.request.urlopen(request, timeout=60) as answer:
                answer.read()
            times.append(time.perf_counter() - start)
        return round(statistics.median(times[1:]), 3)
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--many", action="store_true", help="also time 500 templates with --jobs 2")
    parser.add_argument("--limits", action="store_true", help="only: time per word and memory from 1 KB to the size limit")
    parser.add_argument("--zonder-punten", action="store_true", help="with --limits: the letters as one run of text, without full stops")
    args = parser.parse_args()
    if args.limits:
        print(json.dumps(limits(run_on=args.zonder_punten)))
        return
    repeat = 2 if args.quick else 5
    copies = 100 if args.quick else 400
    exe = [sys.executable, "-m", "begrijpelijk"]
    result = {
        "help_s": wall([*exe, "--help"], repeat),
        "check_cold_s": wall([*exe, "check", str(LETTER), "--no-color"], repeat),
    }
    result.update(cold_ratio(exe, 3 if args.quick else 7))
    result["serve_warm_s"] = serve_warm(repeat * 2)
    result["serve_ratio"] = round(result["serve_warm_s"] / result["check_cold_s"], 3)
    one = pipe_speed(copies, 1)
    two = pipe_speed(copies, 2)
    model = ROOT / "src" / "begrijpelijk" / "nlp" / "model"
    result.update(
        {
            "load_s": round(one["load_s"], 3),
            "wps_1": round(one["wps"]),
            "wps_2": round(two["wps"]),
            "peak_rss_mb": round(max(one["peak_rss_mb"], two["peak_rss_mb"])),
            "model_mb": round(sum(f.stat().st_size for f in model.rglob("*") if f.is_file()) / 1e6, 1),
        }
    )
    if args.many:
        result["many_500_s"] = many_templates()
    for key, value in result.items():
        print(f"{key:14} {value}", file=sys.stderr)
    print(json.dumps(result))


if __name__ == "__main__":
    main()

"""How fast /v2/check (LanguageTool's API on `begrijpelijk serve`) answers an editor.

Starts the app in this process (Starlette's TestClient, no network), sends one
paragraph of a Dutch letter (about 80 words) once to warm up, then 20 times,
and prints the median time in milliseconds. Target: 100 ms or less.

    python benchmarks/languagetool_bench.py
    python benchmarks/languagetool_bench.py --keer 50
"""
from __future__ import annotations

import argparse
import statistics
import time
import warnings

PARAGRAPH = (
    "Indien u het niet eens bent met dit besluit, kunt u binnen zes weken bezwaar maken. "
    "Wij verzoeken u vriendelijk om in uw brief te vermelden waarom u het niet eens bent met het besluit "
    "en om een kopie van het besluit mee te sturen. Uw bezwaar wordt door ons zorgvuldig behandeld. "
    "Hebt u vragen over deze brief? Bel dan met Anna de Boer op 030 123 45 67. "
    "Zij is bereikbaar van maandag tot en met donderdag van 9.00 tot 12.00 uur."
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keer", type=int, default=20, help="hoe vaak de alinea gestuurd wordt (standaard 20)")
    args = parser.parse_args()
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")  # it asks for httpx2
    from starlette.testclient import TestClient

    from begrijpelijk.web.app import create_app
    from begrijpelijk.web.service import Service

    client = TestClient(create_app(Service()), base_url="http://127.0.0.1:8000")
    fields = {"language": "nl-NL", "text": PARAGRAPH}
    warm = client.post("/v2/check", data=fields)  # loads the language model
    assert warm.status_code == 200, warm.text
    times = []
    for _ in range(args.keer):
        start = time.perf_counter()
        answer = client.post("/v2/check", data=fields)
        times.append((time.perf_counter() - start) * 1000)
        assert answer.status_code == 200, answer.text
    words = len(PARAGRAPH.split())
    print(f"/v2/check, {words} woorden, {len(answer.json()['matches'])} meldingen, {args.keer} keer: "
          f"mediaan {statistics.median(times):.1f} ms (min {min(times):.1f}, max {max(times):.1f})")


if __name__ == "__main__":
    main()

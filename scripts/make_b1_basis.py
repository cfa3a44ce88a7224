"""Generate wordlists/b1-basis.txt: the words a B1 reader knows.

Reproducible: the most frequent Dutch words from wordfreq (its 'nl' list),
keeping only plain lowercase words, plus the hand-kept everyday words in
wordlists/b1-aanvulling.txt that score low in frequency but every reader knows.
Run: python scripts/make_b1_basis.py   (parameters below; committed with the list)
"""
from __future__ import annotations

import re
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

TOP_N = 12000  # how many of wordfreq's most frequent Dutch words to take
MIN_ZIPF = 3.3  # and only those at least this frequent
WORD = re.compile(r"^[a-zà-ÿ][a-zà-ÿ'-]*$")

HERE = Path(__file__).resolve().parents[1] / "wordlists"

HEADER = f"""# b1-basis: woorden die een lezer op taalniveau B1 kent (kleine letters, een woord per regel).
# Hoe gemaakt: scripts/make_b1_basis.py neemt de {TOP_N} meest gebruikte Nederlandse woorden uit
#   wordfreq (Zipf >= {MIN_ZIPF}, alleen gewone woorden) en voegt b1-aanvulling.txt toe
#   (alledaagse woorden die weinig in geschreven tekst staan, met de hand gekozen).
# Licentie: afgeleid van wordfreq-gegevens (CC BY-SA 4.0, Robyn Speer en anderen); deze lijst
#   valt daarom onder CC BY-SA 4.0.
"""


def read_words(path: Path) -> set[str]:
    words = set()
    for line in path.read_text(encoding="utf8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line.lower())
    return words


def build() -> list[str]:
    words = {
        w for w in top_n_list("nl", TOP_N) if WORD.match(w) and len(w) > 1 and zipf_frequency(w, "nl") >= MIN_ZIPF
    }
    words |= read_words(HERE / "b1-aanvulling.txt")
    return sorted(words)


def main() -> None:
    words = build()
    (HERE / "b1-basis.txt").write_text(HEADER + "\n".join(words) + "\n", encoding="utf8")
    print(f"{len(words)} woorden geschreven naar {HERE / 'b1-basis.txt'}")


if __name__ == "__main__":
    main()

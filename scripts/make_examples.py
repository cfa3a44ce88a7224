"""Make the .docx example letters from the .txt ones (python-docx).

    python scripts/make_examples.py

A line "Betreft: …"/"Over: …" becomes a heading, numbered lines become a
numbered list, and the sender goes in the footer, so the examples exercise
what the .docx reader has to handle.
"""
from __future__ import annotations

import re
from pathlib import Path

from docx import Document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def build(source: Path, target: Path) -> None:
    doc = Document()
    blocks = [b.strip() for b in source.read_text(encoding="utf8").split("\n\n") if b.strip()]
    for block in blocks:
        for line in block.split("\n") if re.match(r"^\d+\. ", block.split("\n")[-1]) else [block]:
            if line.startswith(("Betreft:", "Over:")):
                doc.add_heading(line, level=1)
            elif re.match(r"^\d+\. ", line):
                doc.add_paragraph(re.sub(r"^\d+\. ", "", line), style="List Number")
            else:
                doc.add_paragraph(line.replace("\n", " "))
    doc.sections[0].footer.paragraphs[0].text = "Gemeente Utrecht, Postbus 16200, 3500 CE Utrecht"
    doc.core_properties.author = "begrijpelijk"
    doc.save(target)


def main() -> None:
    for name in ("bureaucratisch", "b1-herschreven"):
        build(EXAMPLES / f"{name}.txt", EXAMPLES / f"{name}.docx")
        print(f"wrote examples/{name}.docx")


if __name__ == "__main__":
    main()

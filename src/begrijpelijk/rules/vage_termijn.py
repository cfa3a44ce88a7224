"""Vage termijn: een termijn zonder datum ("binnen 14 dagen", "zo spoedig mogelijk").

Waarom: "binnen 14 dagen na dagtekening" moet de lezer zelf uitrekenen, en
wanneer is "zo spoedig mogelijk"? Onder stress gaat dat mis. Noem de dag en de
datum. ``begrijpelijk fix --datum`` maakt van "binnen 14 dagen" een datum.

Fout:
    Stuur de papieren binnen 14 dagen na dagtekening terug.

Goed:
    Stuur de papieren terug vóór vrijdag 12 maart 2027.
"""
from __future__ import annotations

import re

from begrijpelijk.findings import Problem, Severity
from begrijpelijk.fix.edits import VAGUE_PERIOD
from begrijpelijk.rules import Rule
from begrijpelijk.rules._parts import is_letter

VAGUE_WORDS = re.compile(
    r"\b(zo spoedig mogelijk|zo snel mogelijk|z\.s\.m\.|op korte termijn|binnen de gestelde termijn|"
    r"ten spoedigste|per omgaande|binnen afzienbare tijd|zo nodig op korte termijn|binnenkort)\b",
    re.I,
)


def check(doc, options, wordlists=None):
    source = doc.document.source
    covered = []
    # 'binnen 14 dagen' is vague in a letter, which has a date; a web page cannot give one
    patterns = (VAGUE_PERIOD, VAGUE_WORDS) if is_letter(doc) else (VAGUE_WORDS,)
    for pattern in patterns:
        for m in pattern.finditer(source):
            if any(a <= m.start() < b for a, b in covered):
                continue
            if doc.document.paragraph_at(m.start()) is None:
                continue
            covered.append((m.start(), m.end()))
            yield Problem(
                m.start(), m.end(),
                f"'{m.group()}' is een termijn zonder datum.",
                "Noem de dag en de datum, zoals 'vóór vrijdag 12 maart 2027'.",
            )


RULE = Rule(
    id="vage-termijn",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Termijnen zonder datum ('binnen 14 dagen', 'zo spoedig mogelijk').",
    checklist="Termijnen staan er als dag en datum.",
)

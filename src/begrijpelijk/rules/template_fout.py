"""Template-fout: een Jinja-sjabloon dat niet klopt.

Waarom: een sjabloon met een fout maakt geen brief. Dan krijgt de klant niets,
of een halve brief. begrijpelijk meldt de regel waar de fout zit en controleert
de rest van de tekst gewoon. Deze regel zoekt niet zelf; de lezer van
sjablonen geeft de fout door.

Fout:
    Beste {{ naam },

Goed:
    Beste {{ naam }},
"""
from __future__ import annotations

from begrijpelijk.findings import Severity
from begrijpelijk.rules import Rule


def check(doc, options, wordlists=None):
    """Template errors come from the Jinja reader (Document.reader_problems)."""
    return ()


RULE = Rule(
    id="template-fout",
    severity=Severity.FOUT,
    check=check,
    summary="Jinja-sjablonen die niet kloppen (de rest wordt wel gecontroleerd).",
    needs_parse=False,
)

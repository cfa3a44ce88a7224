"""Template-fout: een Jinja-sjabloon dat niet klopt.

Waarom: een sjabloon met een fout maakt geen brief. Dan krijgt de klant niets,
of een halve brief. begrijpelijk meldt de regel waar de fout zit en controleert
de rest van de tekst gewoon.

Fout:
    Beste {{ naam },

Goed:
    Beste {{ naam }},
"""
from __future__ import annotations

from begrijpelijk.findings import Problem, Severity
from begrijpelijk.rules import Rule


def check(doc, options, wordlists=None):
    """The line Jinja could not parse (the template reader keeps Jinja's message)."""
    error = doc.document.template_error
    if error is None:
        return
    line, message = error
    start, end = doc.document.line_span(line)
    yield Problem(
        start, end,
        f"Het sjabloon klopt niet op deze regel (Jinja zegt: {message}). Controleer de haakjes {{{{ }}}} en {{% %}}.",
    )


RULE = Rule(
    id="template-fout",
    severity=Severity.FOUT,
    check=check,
    summary="Jinja-sjablonen die niet kloppen (de rest wordt wel gecontroleerd).",
    needs_parse=False,
)

"""Ongebruikte uitzondering: een uitzondering die niets tegenhoudt.

Waarom: met een uitzondering zegt u dat een regel op een plek geen melding mag
geven. Geeft de regel daar toch geen melding, dan is de uitzondering overbodig.
Misschien hebt u de tekst al verbeterd, of staat er een tikfout in de naam van de
regel. Haal de uitzondering weg, of verbeter de naam. Deze regel meldt ook een
uitzondering met een regel die niet bestaat.

Zo schrijft u een uitzondering. In Markdown en HTML: ``<!-- begrijpelijk: negeer
passief -->``. In een Jinja-sjabloon: ``{# begrijpelijk: negeer jargon #}``. In
een tekstbestand: een regel ``# begrijpelijk: negeer lange-zin``. In Word: een
opmerking die begint met ``begrijpelijk: negeer``.

Fout:
    <!-- begrijpelijk: negeer jargon -->
    Wij sturen u een brief.

Goed:
    <!-- begrijpelijk: negeer jargon -->
    Wij sturen u de beschikking.
"""
from __future__ import annotations

import difflib

from begrijpelijk.findings import Problem, Severity
from begrijpelijk.rules import Rule, registry


def check(doc, options, wordlists=None):
    """Runs after the suppressions: doc.used_suppressions says which of them
    silenced a finding of a rule that is on."""
    known = registry()
    for index, suppression in enumerate(doc.document.suppressions):
        unknown = sorted((suppression.rules or set()) - set(known))
        if unknown:
            hints = []
            for rule_id in unknown:
                close = difflib.get_close_matches(rule_id, list(known), n=1)
                hints.append(f"'{rule_id}'" + (f" (bedoelt u '{close[0]}'?)" if close else ""))
            message = f"Deze uitzondering noemt een regel die niet bestaat: {', '.join(hints)}."
        elif index not in doc.used_suppressions and (suppression.rules is None or suppression.rules <= doc.enabled_rules):
            which = ", ".join(sorted(suppression.rules)) if suppression.rules else "alle regels"
            message = f"Deze uitzondering ({which}) houdt geen enkele melding tegen."
        else:
            continue
        yield Problem(suppression.start, suppression.end, message, "Haal de uitzondering weg, of verbeter de naam van de regel.")


RULE = Rule(
    id="ongebruikte-uitzondering",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Uitzonderingen (begrijpelijk: negeer …) die niets tegenhouden of een onbekende regel noemen.",
    needs_parse=False,
    after_suppressions=True,
)

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

from begrijpelijk.findings import Severity
from begrijpelijk.rules import Rule


def check(doc, options, wordlists=None):
    """The checker reports unused suppressions itself: it knows which findings
    each suppression removed. This function finds nothing on its own."""
    return ()


RULE = Rule(
    id="ongebruikte-uitzondering",
    severity=Severity.WAARSCHUWING,
    check=check,
    summary="Uitzonderingen (begrijpelijk: negeer …) die niets tegenhouden of een onbekende regel noemen.",
    needs_parse=False,
)

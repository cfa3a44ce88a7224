"""Kept for the importers outside the language layer's passive package: the
active rewrite now lives in ``begrijpelijk.nlp.passive`` (rewrite.py and its
parts). These names are re-exported for rules/_advice.py, rules/_fit.py and
tests/test_rule_passief.py; new code imports from the package."""
from __future__ import annotations

from begrijpelijk.nlp.passive.agent import sender_speaks
from begrijpelijk.nlp.passive.guards import agrees as _agrees
from begrijpelijk.nlp.passive.guards import sound as _sound
from begrijpelijk.nlp.passive.verbs import SEPARABLE, third_singular

__all__ = ["SEPARABLE", "_agrees", "_sound", "sender_speaks", "third_singular"]

"""Passive clauses: which clauses are passive, and an active example for one.

The parts, each with one job:

- detect.py: which clauses are passive (worden/zijn + a past participle);
- verbs.py: verb forms ("verhoogd" → "verhogen", "behandelt", "zetten … stop");
- words.py: the word lists the parts share, and a phrase as text;
- segments.py: where a sentence and its clauses begin and end;
- agent.py: who does it (the "door"-phrase, "wij", or '[wie?]');
- guards.py: the checks that refuse an example that is not sure to be right;
- tree.py, tree_text.py: the example read from the parse;
- order.py: the example read from the order of the words;
- rewrite.py: the ways to an example, tried in turn.

The language layer: the rule `passief` asks this package; it asks no rule.
"""
from __future__ import annotations

from begrijpelijk.nlp.passive.agent import named_subject, sender_speaks
from begrijpelijk.nlp.passive.detect import Passive, detect
from begrijpelijk.nlp.passive.rewrite import rewrite

__all__ = ["Passive", "detect", "named_subject", "rewrite", "sender_speaks"]

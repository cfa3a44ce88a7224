"""Registers begrijpelijk's model parts for `spacy train --code training/register.py`."""
import begrijpelijk.nlp.lexicon_embed  # noqa: F401  (begrijpelijk.LexiconEmbed.v1)

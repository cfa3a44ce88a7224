"""Passive clauses: detection (detect.py); the active rewrite is in nlp/active.py."""

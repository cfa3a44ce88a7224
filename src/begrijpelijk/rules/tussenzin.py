"""Tussenzin: een zin met meer dan één bijzin, of een bijzin in een bijzin.

Waarom: elke bijzin ("dat …", "die …", "omdat …", "als …") is een extra
gedachte die de lezer moet vasthouden. Eén bijzin is goed te volgen; twee of
een bijzin binnen een bijzin maken de zin zwaar. Maak er meer zinnen van.

Opties: ``max-bijzinnen`` (standaard 1).

Fout:
    Wij laten u weten dat de aanvraag die u hebt ingediend niet compleet is omdat een loonstrook ontbreekt.

Goed:
    Uw aanvraag is niet compleet. Er ontbreekt een loonstrook.
"""
from __future__ import annotations

from begrijpelijk.check.analysis import AnalysedDocument
from begrijpelijk.findings import Problem, Severity
from begrijpelijk.rules import Rule

CLAUSE_DEPS = {"advcl", "acl:relcl", "ccomp", "csubj", "acl"}


def is_clause(token) -> bool:
    """The head of a subordinate clause with its own finite verb or subordinator."""
    if token.dep_ not in CLAUSE_DEPS:
        return False
    children = list(token.children)
    has_mark = any(c.dep_ == "mark" and c.lower_ not in ("te", "om") for c in children)
    finite = "Fin" in token.morph.get("VerbForm") or any(
        c.dep_ in ("aux", "aux:pass", "cop") and "Fin" in c.morph.get("VerbForm") for c in children
    )
    relative = token.dep_ == "acl:relcl"
    return has_mark or finite or relative


def check(doc: AnalysedDocument, options: dict, wordlists=None):
    limit = int(options["max-bijzinnen"])
    for sentence in doc.sentences():
        heads = {t.i: t for t in sentence.span if is_clause(t)}
        # a subordinator ("als", "omdat", "dat") marks a clause whatever the parse calls it
        for t in sentence.span:
            if t.dep_ == "mark" and t.pos_ == "SCONJ" and t.lower_ not in ("te", "om") and t.head.i != t.i:
                if t.head.dep_ != "ROOT" and t.i > sentence.span.start:
                    heads.setdefault(t.head.i, t.head)
                elif t.head.dep_ != "ROOT":
                    heads.setdefault(t.head.i, t.head)
        clauses = [heads[i] for i in sorted(heads)]
        nested = any(
            any(a in clauses for a in clause.ancestors if a.i >= sentence.span.start) for clause in clauses
        )
        if len(clauses) > limit or nested:
            start, end = sentence.source_span()
            why = "een bijzin in een bijzin" if nested and len(clauses) <= limit else f"{len(clauses)} bijzinnen"
            yield Problem(
                start=start,
                end=end,
                message=f"Deze zin heeft {why}.",
                suggestion="Maak er meer zinnen van, met één gedachte per zin.",
            )


RULE = Rule(
    id="tussenzin",
    severity=Severity.SUGGESTIE,
    check=check,
    summary="Zinnen met meer dan één bijzin of een bijzin in een bijzin.",
    options={"max-bijzinnen": 1},
    default_on=False,
)

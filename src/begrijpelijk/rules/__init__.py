"""Rules: one module per rule, discovered from this package.

A rule module defines ``RULE = Rule(...)``: an id (Dutch kebab-case), a default
severity, options with their defaults, and a ``check`` function from an
analysed Document (plus options and wordlists) to Problems. The module's
docstring is the rule's documentation: why it matters to the reader, with a
bad and a good example. The checker, not the rule, adds id and severity.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

from begrijpelijk.findings import Problem, Severity

if TYPE_CHECKING:  # pragma: no cover
    from begrijpelijk.check.analysis import AnalysedDocument
    from begrijpelijk.wordlists import Wordlists


class CheckFunction(Protocol):
    """What a rule's ``check`` is: the analysed letter, the rule's options and
    the word lists in; the problems it finds out."""

    def __call__(self, doc: "AnalysedDocument", options: dict[str, Any], wordlists: "Wordlists", /) -> Iterable[Problem]: ...
ID_PATTERN = re.compile(r"^[a-z]+(-[a-z]+)*$")


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    check: CheckFunction
    summary: str  # one line, plain Dutch
    options: dict[str, Any] = field(default_factory=dict)
    doc: str = ""
    needs_parse: bool = True
    checklist: str | None = None  # stress-sensitive checks: the line shown when the letter passes
    # stress-sensitive checks: why the check does not apply to this text (n.v.t.), or None when it does
    applies: Any = None
    # stress-sensitive checks: what was found when the check passes ("Anna de Boer, 030 123 45 67, …"), or None
    evidence: Any = None
    default_on: bool = True  # False: measured below its precision target on real letters; switch on with 'aan'
    fixes: bool = False  # its findings may carry edits that `fix` applies
    after_suppressions: bool = False  # runs after the suppressions are applied, and is not suppressed itself

    def option_values(self, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
        values = dict(self.options)
        values.update(overrides or {})
        return values


@lru_cache(maxsize=1)
def registry() -> dict[str, Rule]:
    """All rules, by id, found by importing every module in this package."""
    rules: dict[str, Rule] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        rule = getattr(module, "RULE", None)
        if rule is None:
            continue
        if rule.id in rules:
            raise RuntimeError(f"rule id {rule.id} defined twice")
        if not rule.doc:
            rule = Rule(**{**rule.__dict__, "doc": (module.__doc__ or "").strip()})
        rules[rule.id] = rule
    return rules

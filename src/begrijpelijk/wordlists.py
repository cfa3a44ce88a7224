"""Wordlists: the shipped lists in wordlists/ plus the user's own.

Lists are plain data files. Lines starting with '#' are comments (the header
says what the list is, how it was made and its licence).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from begrijpelijk.data import shipped
from begrijpelijk.errors import ConfigError


@dataclass(frozen=True)
class JargonEntry:
    term: str  # lemma form, lowercase; may be several words
    alternatives: tuple[str, ...]
    note: str = ""
    severity: str = "fout"  # fout, waarschuwing or suggestie
    # how the advice is given: "" (an alternative, fixed when safe), "juridisch" (a term with a fixed legal
    # meaning: explain it, no synonym, first use only), "uitleg" (the sense depends on the sentence: advice
    # without a word), "geen-fix" (an alternative to consider, never replaced word for word)
    kind: str = ""

    @cached_property
    def words(self) -> tuple[str, ...]:
        return tuple(self.term.split())  # asked millions of times on a long letter: split once


@dataclass
class Wordlists:
    jargon: dict[str, JargonEntry]
    b1: frozenset[str]
    allow: frozenset[str] = field(default_factory=frozenset)
    abbreviations: dict[str, str] = field(default_factory=dict)  # as written -> written out
    threatening: frozenset[str] = field(default_factory=frozenset)
    # naamwoordstijl: the words of a fixed expression (lemmas) -> the verb to use
    noun_phrases: dict[str, str] = field(default_factory=dict)
    # schuld-toon: a reproachful phrase -> neutral alternatives ("a|b")
    blame: dict[str, str] = field(default_factory=dict)

    def abbreviation(self, text: str) -> str | None:
        """The written-out form of an abbreviation: exact case for acronyms
        ("BSN", "Wmo"), any case for dotted ones ("i.v.m.")."""
        if text in self.abbreviations:
            return self.abbreviations[text]
        if "." in text or "/" in text:
            return self.abbreviations.get(text.lower())
        return None

    def is_b1(self, word: str) -> bool:
        """On the B1 list and not jargon: the jargon list always wins (the B1
        list is made from word frequency, so it holds "tevens" and "thans")."""
        word = word.lower()
        return word in self.b1 and word not in self.jargon

    def allowed(self, word: str) -> bool:
        return word.lower() in self.allow


def _lines(text: str):
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, line.rstrip("\n")


SEVERITIES = ("fout", "waarschuwing", "suggestie")
KINDS = ("", "juridisch", "uitleg", "geen-fix")


def parse_jargon(text: str, source: str = "jargon.tsv") -> dict[str, JargonEntry]:
    entries: dict[str, JargonEntry] = {}
    for number, line in _lines(text):
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].strip() or not parts[1].strip():
            raise ConfigError(
                f"{source}, regel {number}: een regel in een jargonlijst heeft de vorm "
                "woord<TAB>alternatief<TAB>opmerking. Pas de regel aan."
            )
        term = " ".join(parts[0].lower().split())
        # '-': no alternative word (a legal term to explain, or a sense the sentence decides)
        alternatives = () if parts[1].strip() == "-" else tuple(a.strip() for a in parts[1].split("|") if a.strip())
        note = parts[2].strip() if len(parts) > 2 else ""
        severity = parts[3].strip().lower() if len(parts) > 3 and parts[3].strip() else "fout"
        if severity not in SEVERITIES or len(parts) > 5:
            raise ConfigError(
                f"{source}, regel {number}: de ernst moet fout, waarschuwing of suggestie zijn "
                "(woord<TAB>alternatief<TAB>opmerking<TAB>ernst<TAB>soort). Pas de regel aan."
            )
        kind = parts[4].strip().lower() if len(parts) > 4 else ""
        if kind not in KINDS:
            raise ConfigError(
                f"{source}, regel {number}: de soort moet leeg zijn, of juridisch, uitleg of geen-fix. Pas de regel aan."
            )
        entries[term] = JargonEntry(term, alternatives, note, severity, kind)
    return entries


# the two-column lists: file name -> how a line looks, for the error message
PAIR_FORMS = {
    "afkortingen.tsv": "afkorting<TAB>voluit",
    "naamwoordstijl.tsv": "woorden<TAB>werkwoord",
    "schuld-toon.tsv": "woordgroep<TAB>neutraal alternatief",
}


def parse_pairs(text: str, source: str, form: str) -> dict[str, str]:
    """A list of two columns separated by a tab (``form`` says which)."""
    out: dict[str, str] = {}
    for number, line in _lines(text):
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise ConfigError(f"{source}, regel {number}: een regel in deze lijst heeft de vorm {form}. Pas de regel aan.")
        out[" ".join(parts[0].split())] = parts[1].strip()
    return out


def parse_abbreviations(text: str, source: str = "afkortingen.tsv") -> dict[str, str]:
    return parse_pairs(text, source, PAIR_FORMS["afkortingen.tsv"])


def parse_words(text: str) -> frozenset[str]:
    return frozenset(line.strip().lower() for _, line in _lines(text))


def _shipped(name: str) -> str:
    return shipped("wordlists").joinpath(name).read_text(encoding="utf8")


def _user_file(path: str | Path) -> str:
    p = Path(path)
    try:
        return p.read_text(encoding="utf8")
    except FileNotFoundError:
        raise ConfigError(f"{p}: deze woordenlijst bestaat niet. Controleer de naam in de instellingen.") from None
    except (OSError, UnicodeDecodeError):
        raise ConfigError(f"{p}: deze woordenlijst kan niet gelezen worden. Sla hem op als UTF-8-tekst.") from None


# the lists a user may add to with [lijsten] in the config: name -> shipped file
EXTENDABLE = {
    "afkortingen": "afkortingen.tsv",
    "dreigend": "dreigend.txt",
    "naamwoordstijl": "naamwoordstijl.tsv",
    "schuld-toon": "schuld-toon.tsv",
}


def _pairs(name: str, extra: dict[str, list[str]]) -> dict[str, str]:
    """A shipped two-column list, with the user's files going first, line by line."""
    file = EXTENDABLE[name]
    out = parse_pairs(_shipped(file), file, PAIR_FORMS[file])
    for path in extra.get(name, []):
        out.update(parse_pairs(_user_file(path), str(path), PAIR_FORMS[file]))
    return out


def _stamp(path: str) -> tuple[str, int, int]:
    """A user's file with its change time and size: a list edited while the
    page runs is read again."""
    try:
        info = Path(path).stat()
        return path, info.st_mtime_ns, info.st_size
    except OSError:
        return path, 0, -1


def load(
    extra_jargon: tuple[str, ...] = (),
    allow_files: tuple[str, ...] = (),
    allow_words: tuple[str, ...] = (),
    extra_lists: tuple[tuple[str, str], ...] = (),
) -> Wordlists:
    """Every list, read in one place: the shipped lists, with the user's jargon
    files overriding entry by entry, the user's allow-lists added, and the
    user's own lines for the lists in EXTENDABLE (``extra_lists``: name, file).
    Kept in memory until one of the user's files changes."""
    stamps = tuple(_stamp(p) for p in (*extra_jargon, *allow_files, *(f for _, f in extra_lists)))
    return _load(tuple(extra_jargon), tuple(allow_files), tuple(allow_words), tuple(extra_lists), stamps)


@lru_cache(maxsize=8)
def _load(
    extra_jargon: tuple[str, ...],
    allow_files: tuple[str, ...],
    allow_words: tuple[str, ...],
    extra_lists: tuple[tuple[str, str], ...],
    stamps: tuple,
) -> Wordlists:
    jargon = parse_jargon(_shipped("jargon.tsv"))
    for path in extra_jargon:
        jargon.update(parse_jargon(_user_file(path), str(path)))
    allow: set[str] = {w.lower() for w in allow_words}
    for path in allow_files:
        allow |= parse_words(_user_file(path))
    extra: dict[str, list[str]] = {}
    for name, path in extra_lists:
        extra.setdefault(name, []).append(path)
    threatening = parse_words(_shipped("dreigend.txt"))
    for path in extra.get("dreigend", []):
        threatening |= parse_words(_user_file(path))
    return Wordlists(
        jargon=jargon,
        b1=parse_words(_shipped("b1-basis.txt")),
        allow=frozenset(allow),
        abbreviations=_pairs("afkortingen", extra),
        threatening=threatening,
        noun_phrases=_pairs("naamwoordstijl", extra),
        blame=_pairs("schuld-toon", extra),
    )


def for_settings(settings) -> Wordlists:
    """The lists a check with these settings uses."""
    return load(settings.extra_jargon, settings.allow_files, settings.allow_words, settings.extra_lists)

"""The shipped wordlists are data, and the data is tested (as codespell does)."""

import pytest

from begrijpelijk.data import shipped
from begrijpelijk.errors import ConfigError
from begrijpelijk.wordlists import load, parse_jargon

WORDLISTS = shipped("wordlists")


def _entries(name):
    text = WORDLISTS.joinpath(name).read_text(encoding="utf8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")], text


LISTS = sorted(p.name for p in WORDLISTS.iterdir() if p.is_file() and not p.name.startswith("__"))


def _parse(name: str, text: str):
    """Each list through the parser the tool itself uses for it."""
    from begrijpelijk.wordlists import PAIR_FORMS, parse_pairs, parse_words

    if name == "jargon.tsv":
        return list(parse_jargon(text, name))
    if name in PAIR_FORMS:
        return list(parse_pairs(text, name, PAIR_FORMS[name]))
    assert name.endswith(".txt"), f"{name}: a new kind of list needs a parser in wordlists.py"
    return sorted(parse_words(text))


def test_every_list_is_tested():
    assert set(LISTS) == {"afkortingen.tsv", "b1-aanvulling.txt", "b1-basis.txt", "dreigend.txt", "jargon.tsv", "naamwoordstijl.tsv", "schuld-toon.tsv"}


@pytest.mark.parametrize("name", LISTS)
def test_every_list_has_a_header_is_valid_sorted_and_unique(name):
    """codespell's test_dictionary.py, for every list: a header that says what
    the list is, how it was made and its licence; every line in the form of
    the list (read by the tool's own parser); sorted; no entry twice."""
    lines, text = _entries(name)
    header = "\n".join(line for line in text.splitlines() if line.startswith("#")).lower()
    assert text.startswith("#"), "the header comes first"
    assert "hoe gemaakt" in header and "licentie" in header
    parsed = _parse(name, text)
    assert len(parsed) == len(lines) > 0
    keys = [line.split("\t")[0] for line in lines]
    # exact: afkortingen.tsv holds WSNP and Wsnp, acronyms count as written
    assert len(set(keys)) == len(keys), "an entry is in the list twice"
    assert keys == sorted(keys, key=str.lower), "keep the list sorted on its first column"
    assert all(line == line.strip() or "\t" in line for line in lines), "no spaces around a line"


def test_jargon_list_is_sorted_unique_and_complete():
    lines, _ = _entries("jargon.tsv")
    terms = [line.split("\t")[0] for line in lines]
    assert len(terms) >= 150
    assert terms == sorted(terms), "keep jargon.tsv sorted"
    assert len(terms) == len(set(terms)), "duplicate entries"
    for line in lines:
        fields = line.split("\t")
        assert len(fields) in (4, 5), line
        assert fields[3] in ("fout", "waarschuwing", "suggestie"), line
        kind = fields[4] if len(fields) == 5 else ""
        assert kind in ("juridisch", "uitleg", "geen-fix") or (kind == "" and len(fields) == 4), line
        # a legal term or a sense the sentence decides has no alternative word ('-'), and the others do
        assert (fields[1] == "-") == (kind in ("juridisch", "uitleg")), line
        term, alternatives = fields[0], fields[1].split("|")
        assert term == term.lower().strip()
        assert all(a.strip() for a in alternatives), line
        assert term not in alternatives, f"{term} maps to itself"


def test_b1_list_is_sorted_lowercase_words():
    lines, _ = _entries("b1-basis.txt")
    assert len(lines) > 5000
    assert lines == sorted(set(lines))
    assert all(w == w.lower() and " " not in w for w in lines)
    for word in ("brief", "geld", "bellen", "aanvraag"):
        assert word in lines


def test_user_jargon_file_overrides_entry_by_entry(tmp_path):
    own = tmp_path / "eigen.tsv"
    own.write_text("# eigen lijst\nretourneren\tterugbrengen\nrekenkamer\tcontroleurs\n", encoding="utf8")
    lists = load(extra_jargon=(str(own),))
    assert lists.jargon["retourneren"].alternatives == ("terugbrengen",)
    assert "rekenkamer" in lists.jargon
    assert "verstrekken" in lists.jargon  # the rest of the shipped list stays


def test_bad_user_list_names_file_and_line(tmp_path):
    own = tmp_path / "kapot.tsv"
    own.write_text("alleen-een-woord\n", encoding="utf8")
    with pytest.raises(ConfigError) as info:
        parse_jargon(own.read_text(), str(own))
    assert "regel 1" in info.value.message and str(own) in info.value.message
    with pytest.raises(ConfigError):
        load(extra_jargon=(str(tmp_path / "bestaat-niet.tsv"),))


def _before_a_noun(term: str, padded: str) -> bool:
    """'bij deze brief' holds 'bij deze' before a noun, which is everyday Dutch, not the formula."""
    from begrijpelijk.rules._sense_tables import BEFORE_A_NOUN_EVERYDAY, ONLY_BEFORE_A_DATE

    return term in ONLY_BEFORE_A_DATE or (term in BEFORE_A_NOUN_EVERYDAY and not padded.rstrip().endswith(f" {term}"))


def test_no_jargon_alternative_is_itself_jargon():
    lists = load()
    for term, entry in lists.jargon.items():
        for alternative in entry.alternatives:
            padded = f" {alternative.lower()} "
            # a legal term may stand in an alternative: it is explained, not avoided ("bezwaar maken")
            inside = [t for t, e in lists.jargon.items() if f" {t} " in padded and e.kind != "juridisch" and not _before_a_noun(t, padded)]
            assert not inside, f"{term} → '{alternative}' bevat jargon: {inside}"


def test_jargon_always_wins_over_the_b1_list():
    """A word on the jargon list is never counted as a B1 word (tevens, thans, dienen)."""
    lists = load()
    for term in lists.jargon:
        if " " not in term:
            assert not lists.is_b1(term), f"'{term}' is jargon and staat ook op de B1-lijst"

"""The passive package in parts (issue 37): every module small, every
function short, and each part of nlp/passive doing its own job on real
Dutch sentences, as the advisor sees the result."""
import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "begrijpelijk"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80

# Modules and functions over the limits that belong to other work than the
# passive package: "path relative to src/begrijpelijk" or "path::function"
# → the lines it has now. Never for nlp/ or rules/passief.py. Empty: every
# module and function in src/ is within the limits.
OUT_OF_SCOPE_EXCEPTIONS: dict[str, int] = {}


def _sizes():
    """(name, lines, limit) for every module and function in src/."""
    for path in sorted(SRC.rglob("*.py")):
        name = path.relative_to(SRC).as_posix()
        source = path.read_text(encoding="utf8")
        yield name, len(source.splitlines()), MAX_MODULE_LINES
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield f"{name}::{node.name}", node.end_lineno - node.lineno + 1, MAX_FUNCTION_LINES


def test_every_module_and_function_is_small():
    too_big = [f"{name}: {lines} lines (limit {limit})" for name, lines, limit in _sizes() if lines > limit and lines > OUT_OF_SCOPE_EXCEPTIONS.get(name, 0)]
    assert not too_big, too_big


def test_the_exceptions_are_outside_the_passive_package():
    assert not [n for n in OUT_OF_SCOPE_EXCEPTIONS if n.startswith(("nlp/", "rules/passief.py"))]


def test_the_rule_asks_only_the_package():
    """rules/passief.py is a thin rule: detection and rewriting are in nlp/passive."""
    tree = ast.parse((SRC / "rules" / "passief.py").read_text(encoding="utf8"))
    nlp_imports = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module and n.module.startswith("begrijpelijk.nlp")}
    assert nlp_imports == {"begrijpelijk.nlp.passive"}


@pytest.fixture(scope="module")
def passive_in(nlp):
    """The passive of a sentence, parsed by the bundled model."""
    from begrijpelijk.nlp.passive import detect

    def find(sentence: str):
        found = detect(nlp(sentence))
        assert len(found) == 1, found
        return found[0]

    return find


def _parse(text: str):
    from begrijpelijk import nlp

    return nlp.pipe([text])[0]


def test_verb_forms():
    from begrijpelijk.nlp.passive.verbs import lemma_of_participle, past_singular, split_particle, third_singular

    assert lemma_of_participle("verhoogd") == "verhogen"
    assert lemma_of_participle("opgeheven") == "opheffen"
    assert third_singular("behandelen") == "behandelt"
    assert third_singular("toesturen") == "toestuurt"
    assert past_singular("gebruiken") == "gebruikte"
    assert past_singular("sluiten") is None  # a strong verb: "sloot", which the spelling rules cannot make
    assert split_particle("stopzetten", "stopgezet") == ("stop", "zetten")
    assert split_particle("inspecteren", "geïnspecteerd") is None


def test_clause_segments(nlp):
    from spacy.tokens import Doc

    from begrijpelijk.nlp.passive.segments import comma_parts, whole_sentence

    # the parse began a sentence after the comma: no example from the second model (strict), but the part
    # itself is not cut inside a word
    doc = Doc(nlp.vocab, words="Als een persoon overlijdt , moet dat worden gemeld .".split(),
              spaces=[True, True, True, False, True, True, True, True, False, False],
              sent_starts=[True, False, False, False, False, True, False, False, False, False])
    second = list(doc.sents)[1]
    assert not whole_sentence(second) and whole_sentence(second, strict=False)
    # … and "auto | ’s" begins a sentence inside a word: not whole in either sense
    doc = Doc(nlp.vocab, words=["Elektrische", "auto", "’s", "worden", "opgeladen", "."], spaces=[True, False, True, True, False, False],
              sent_starts=[True, False, True, False, False, False])
    assert not whole_sentence(list(doc.sents)[1], strict=False)
    doc = nlp("Zodra de vordering is betaald, wordt het beslag opgeheven.")
    sentence = next(doc.sents)
    assert whole_sentence(sentence)
    assert [doc[a:b].text for a, b in comma_parts(sentence)] == ["Zodra de vordering is betaald", "wordt het beslag opgeheven"]


def test_who_does_it(passive_in):
    from begrijpelijk.nlp.passive import named_subject, rewrite, sender_speaks

    assert named_subject(passive_in("Uw aanvraag wordt door ons behandeld.").participle) == "wij"
    assert named_subject(passive_in("Het formulier is door de gemeente verstuurd.").participle) == "de gemeente"
    assert named_subject(passive_in("Uw toeslag is verhoogd.").participle) is None
    # "wij" only in a text that speaks as "wij"
    assert not sender_speaks("Je wordt uitgenodigd voor een gesprek".split())
    assert rewrite(passive_in("Uw toeslag is verhoogd."), sender_speaks=False) == "[wie?] heeft uw toeslag verhoogd."
    assert rewrite(passive_in("Uw toeslag is verhoogd."), sender_speaks=True) == "Wij hebben uw toeslag verhoogd."


def test_guards_refuse_an_unsure_example(passive_in, nlp):
    from collections import Counter

    from begrijpelijk.nlp.passive import rewrite
    from begrijpelijk.nlp.passive.guards import sound
    from conftest import rule_findings

    # the verb does not agree with the subject: no way gives an example, the advice names the doer
    assert rewrite(passive_in("De kosten wordt door ons betaald."), True, _parse) is None
    [finding] = rule_findings("De kosten wordt door ons betaald.", "passief", voorbeeld=True)
    assert finding.suggestion == "Schrijf wie het doet: begin de zin met 'wij'."
    # the last check: no word more often than the letter says it, brackets whole
    sentence = next(nlp("Uw uitkering wordt stopgezet.").sents)
    verbs = [sentence[2], sentence[3]]
    new = ["wij", "zetten", "stop"]
    assert sound("Wij zetten uw uitkering stop.", sentence, verbs, new, Counter())
    assert not sound("Wij zetten uw uitkering uw uitkering stop.", sentence, verbs, new, Counter())
    assert not sound("Wij zetten (uw uitkering stop.", sentence, verbs, new, Counter())


def test_rewrite_by_tree(passive_in):
    from begrijpelijk.nlp.passive.tree import by_tree

    assert by_tree(passive_in("Uw aanvraag wordt door ons behandeld.")) == "Wij behandelen uw aanvraag."
    assert by_tree(passive_in("Uw uitkering wordt stopgezet.")) == "Wij zetten uw uitkering stop."
    assert by_tree(passive_in("Wij laten u weten wanneer uw aanvraag is goedgekeurd.")) == "… wanneer [wie?] uw aanvraag heeft goedgekeurd."


def test_rewrite_by_word_order(passive_in):
    """Sentences whose parse gives no sure example, while the order of the words says all."""
    from begrijpelijk.nlp.passive.order import by_order
    from begrijpelijk.nlp.passive.tree import by_tree

    works = passive_in("Deze werkzaamheden worden van 30 maart tot en met 3 mei uitgevoerd.")
    assert by_tree(works) is None
    assert by_order(works) == "[wie?] voert deze werkzaamheden van 30 maart tot en met 3 mei uit."
    assert by_order(passive_in("De aangifte dient binnen veertien dagen te worden gedaan.")) == "[wie?] moet de aangifte binnen veertien dagen doen."


def test_rewrite_of_one_part_of_the_sentence(passive_in):
    """The part with the passive, parsed again alone; the rest stays as it is."""
    from begrijpelijk.nlp.passive import rewrite

    planning = passive_in("De planning is aangepast, in deze brief leest u meer.")
    assert rewrite(planning, True) is None  # without a parser for the part
    assert rewrite(planning, True, _parse) == "Wij hebben de planning aangepast, in deze brief leest u meer."
    assert rewrite(passive_in("Ook ziet u hier of er heffingskorting wordt toegepast."), True, _parse) == "… of [wie?] heffingskorting toepast."

from conftest import rule_findings


def test_nominalised_infinitive():
    findings = rule_findings("Het indienen van een aanvraag kan via de website.", "naamwoordstijl")
    assert [f.text for f in findings] == ["Het indienen van"]
    assert "'indienen'" in findings[0].suggestion


def test_ing_noun_with_van():
    findings = rule_findings("Na de verstrekking van uw gegevens besluiten wij.", "naamwoordstijl")
    assert [f.text for f in findings] == ["de verstrekking van"]
    assert "'verstrekken'" in findings[0].suggestion


def test_fixed_expression_with_the_verb_first():
    findings = rule_findings("Wij nemen binnenkort een besluit.", "naamwoordstijl")
    assert len(findings) == 1 and "besluiten" in findings[0].suggestion


def test_everyday_ing_nouns_and_relative_clauses_pass():
    assert rule_findings("U woont in een woning van de gemeente.", "naamwoordstijl") == []
    assert rule_findings("De aanvraag die u hebt ingediend, is compleet.", "naamwoordstijl") == []

from conftest import rule_findings


def test_two_subordinate_clauses():
    text = "Wij laten u weten dat de aanvraag die u hebt ingediend niet compleet is omdat een loonstrook ontbreekt."
    findings = rule_findings(text, "tussenzin")
    assert len(findings) == 1
    assert "bijzinnen" in findings[0].message or "bijzin in een bijzin" in findings[0].message


def test_one_subordinate_clause_passes():
    assert rule_findings("Als u het niet eens bent met dit besluit, dan kunt u bezwaar maken.", "tussenzin") == []
    assert rule_findings("Het geld dat u krijgt, is voor de huur.", "tussenzin") == []


def test_option_max_bijzinnen():
    text = "Als u het geld hebt, betaal dan de huur, zodat u geen schuld krijgt."
    assert len(rule_findings(text, "tussenzin")) == 1
    assert rule_findings(text, "tussenzin", max_bijzinnen=3) == []


def test_nested_clause_counts_whatever_the_limit():
    text = "Wij weten dat u het moeilijk hebt omdat uw inkomen lager is geworden."
    findings = rule_findings(text, "tussenzin", max_bijzinnen=3)
    assert len(findings) == 1 and "bijzin in een bijzin" in findings[0].message

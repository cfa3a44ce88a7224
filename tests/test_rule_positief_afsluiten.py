from sample_letters import KIND, check_letter


def test_ending_with_a_threat():
    text = KIND.replace(
        "Hebt u vragen? Bel mij gerust. Ik ben Anna de Boer. Mijn nummer is 030 123 45 67. U kunt mij bellen van maandag tot en met donderdag, van 9.00 tot 12.00 uur.",
        "Hebt u vragen? Bel Anna de Boer op 030 123 45 67 op werkdagen.\n\nKomt u niet, dan leggen wij beslag op uw loon op grond van artikel 475 Rv.",
    )
    findings = check_letter(text, "positief-afsluiten")
    assert len(findings) == 1 and "dreiging" in findings[0].message


def test_ending_with_help_passes():
    assert check_letter(KIND, "positief-afsluiten") == []

from sample_letters import KIND, check_letter


def test_only_a_general_team():
    text = KIND.replace(
        "Hebt u vragen? Bel mij gerust. Ik ben Anna de Boer. Mijn nummer is 030 123 45 67. U kunt mij bellen van maandag tot en met donderdag, van 9.00 tot 12.00 uur.",
        "Voor vragen kunt u contact opnemen met het team.",
    ).replace("Anna de Boer\n", "Het team Schuldhulp\n")
    findings = check_letter(text, "geen-contact")
    assert len(findings) == 1 and "direct telefoonnummer" in findings[0].message


def test_named_person_with_number_and_hours_passes():
    assert check_letter(KIND, "geen-contact") == []

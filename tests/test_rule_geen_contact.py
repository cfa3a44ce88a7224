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


def test_a_general_number_and_a_team_are_no_contact_person():
    """Issue 34: ok only with a named person, a direct number and times. A municipality's
    14-number, or a name of the organisation, is not that."""
    from sample_letters import check_letter

    letter = (
        "Beste mevrouw Jansen,\n\nU krijgt vanaf 1 april huurtoeslag. Dat is € 40 per maand.\n\n"
        "Hebt u vragen? Bel de Gemeente Utrecht op 14 030. Wij zijn bereikbaar.\n\nMet vriendelijke groet,\n\nTeam Inkomen\n"
    )
    findings = check_letter(letter, "geen-contact")
    assert len(findings) == 1
    assert "een direct telefoonnummer" in findings[0].message and "de tijden" in findings[0].message


def test_the_contact_found_is_shown():
    from begrijpelijk import Settings, check_text

    letter = (
        "Beste mevrouw Jansen,\n\nU krijgt vanaf 1 april huurtoeslag. Dat is € 40 per maand.\n\n"
        "Hebt u vragen? Bel mij, Anna de Boer, op 030 123 45 67. U kunt mij bellen van maandag tot en met "
        "donderdag, van 9.00 tot 12.00 uur.\n\nMet vriendelijke groet,\n\nAnna de Boer\n"
    )
    stress = check_text(letter, Settings(only={"geen-contact"})).files[0].stress
    check = stress.checks[0]
    assert check.ok and "030 123 45 67" in check.reason and "Gevonden" in check.reason

from sample_letters import KIND, check_letter


def test_two_actions_in_one_sentence():
    text = KIND.replace("2. Neem uw paspoort mee.", "2. Vul het formulier in en stuur het samen met uw loonstrook terug.")
    findings = check_letter(text, "stappen")
    assert len(findings) == 1 and "meer dan één opdracht" in findings[0].message


def test_one_action_per_step_passes():
    assert check_letter(KIND, "stappen") == []
    assert check_letter("Beste lezer,\n\nKijk of uw rekeningnummer klopt.\n\nGroet,\n", "stappen") == []

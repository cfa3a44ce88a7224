from sample_letters import KIND, check_letter


def test_request_without_a_clear_action():
    text = (
        "Beste meneer Bakker,\n\nWij hebben uw aanvraag voor bijzondere bijstand in goede orde ontvangen. "
        "Wij verzoeken u de gevraagde gegevens aan ons te doen toekomen, zodat de behandeling kan worden voortgezet. "
        "Het gaat om de gegevens over uw inkomen en uw vaste lasten.\n\nMet vriendelijke groet,\n\nAnna de Boer\n"
    )
    findings = check_letter(text, "actie-onduidelijk")
    assert len(findings) == 1 and "nergens duidelijk" in findings[0].message


def test_actions_buried_in_a_long_paragraph():
    text = (
        "Beste meneer Bakker,\n\nWij hebben uw brief gekregen. Stuur ons uw loonstrook. Bel ons als u vragen hebt. "
        "Het formulier is nog niet compleet. Vul het formulier helemaal in.\n\nMet vriendelijke groet,\n\nAnna\n"
    )
    findings = check_letter(text, "actie-onduidelijk")
    assert len(findings) == 1 and "verstopt" in findings[0].message


def test_numbered_steps_pass():
    assert check_letter(KIND, "actie-onduidelijk") == []

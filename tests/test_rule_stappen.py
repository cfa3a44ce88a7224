from sample_letters import KIND, check_letter


def test_two_actions_in_one_sentence():
    text = KIND.replace("2. Neem uw paspoort mee.", "2. Vul het formulier in en stuur het samen met uw loonstrook terug.")
    findings = check_letter(text, "stappen")
    assert len(findings) == 1 and "meer dan één opdracht" in findings[0].message


def test_one_action_per_step_passes():
    assert check_letter(KIND, "stappen") == []
    assert check_letter("Beste lezer,\n\nKijk of uw rekeningnummer klopt.\n\nGroet,\n", "stappen") == []


def test_tasks_each_in_their_own_paragraph_are_steps_already():
    """Round 28 (dev, sets 1-26): letters that give each task its own sentence under its own
    heading were labelled 'ok'; tasks spread over the letter fail only when a paragraph mixes
    two of them in running text."""
    own = (
        "Beste bewoner,\n\nWij vernieuwen het riool in uw straat.\n\nStuur ons de antwoordbrief.\n\n"
        "Zet uw auto op het plein.\n\nBel ons op 055 123 45 67 als u vragen heeft.\n\n"
        "Met vriendelijke groet,\n\nGemeente\n"
    )
    assert check_letter(own, "stappen") == []
    mixed = own.replace("Stuur ons de antwoordbrief.", "Stuur ons de antwoordbrief. Lever daarna de sleutel in.")
    (found,) = check_letter(mixed, "stappen")
    assert "verspreid" in found.message


def _letter(*paragraphs: str) -> str:
    """A letter to mevrouw Jansen with these body paragraphs."""
    return "Beste mevrouw Jansen,\n\n" + "\n\n".join(paragraphs) + "\n\nMet vriendelijke groet,\n\nAnna de Boer\n"


def test_review_28_tasks_inside_paragraphs_of_information_are_running_text():
    letter = _letter(
        "U vroeg om bijzondere bijstand. Wij hebben uw aanvraag gelezen. Stuur ons een kopie van uw bankafschriften. Dan kunnen wij verder.",
        "Een wasmachine is duur. Vraag een offerte aan bij een winkel. Wij betalen dan een deel.",
        "Schulden geven veel zorgen. Maak een afspraak met de schuldhulp. Die helpt u gratis.",
    )
    (found,) = check_letter(letter, "stappen")
    assert "verspreid" in found.message


def test_second_review_28_a_closing_offer_of_help_is_no_task_in_running_text():
    letter = _letter(
        "De monteur komt op 3 maart uw meter vervangen.",
        "Haal uw auto weg van de oprit.",
        "Leg de sleutel van de meterkast klaar.",
        "Hebt u vragen? Bel mij gerust. Ik ben Anna de Boer. Mijn nummer is 030 123 45 67.",
    )
    assert check_letter(letter, "stappen") == []

from sample_letters import KIND, check_letter

SIGNED = "\n\nMet vriendelijke groet,\n\nAnna de Boer\n"


def test_asked_to_get_in_touch_without_a_number_or_address():
    text = (
        "Beste meneer Bakker,\n\nWij hebben uw aanvraag voor bijzondere bijstand gekregen. "
        "Wij hebben nog vragen over uw inkomen. Neem daarom contact met ons op." + SIGNED
    )
    (found,) = check_letter(text, "actie-onduidelijk")
    assert "zegt nergens hoe" in found.message
    with_number = text.replace("Neem daarom contact met ons op.", "Neem daarom contact met ons op: 030 123 45 67.")
    assert check_letter(with_number, "actie-onduidelijk") == []


def test_papers_to_send_with_no_address_anywhere():
    text = (
        "Beste meneer Bakker,\n\nWij hebben uw aanvraag voor bijzondere bijstand gekregen. Om te zien of u recht "
        "heeft op bijstand, hebben wij uw loonstroken nodig. Wij verzoeken u binnen 14 dagen uw loonstroken aan ons te retourneren." + SIGNED
    )
    (found,) = check_letter(text, "actie-onduidelijk")
    assert "iets te sturen" in found.message
    enclosed = text.replace("te retourneren.", "te retourneren. Gebruik de envelop bij deze brief.")
    assert check_letter(enclosed, "actie-onduidelijk") == []


def test_only_as_soon_as_possible_says_not_by_when():
    text = (
        "Beste meneer Bakker,\n\nU heeft de huur van mei nog niet betaald. Wilt u het bedrag zo spoedig mogelijk "
        "overmaken naar NL00BANK0123456789? Bel mij als u vragen heeft: 030 123 45 67." + SIGNED
    )
    (found,) = check_letter(text, "actie-onduidelijk")
    assert "niet wanneer" in found.message
    dated = text.replace("zo spoedig mogelijk", "zo spoedig mogelijk, uiterlijk op 12 juni,")
    assert check_letter(dated, "actie-onduidelijk") == []


def test_as_soon_as_an_event_happens_is_clear_and_an_office_way_task_still_says_what():
    text = (
        "Beste meneer Bakker,\n\nUw afspraak is op 15 maart 2027. Bel ons zo snel mogelijk als u niet kunt komen: "
        "030 123 45 67. Wij verzoeken u uw paspoort mee te nemen." + SIGNED
    )
    assert check_letter(text, "actie-onduidelijk") == []


def test_numbered_steps_pass():
    assert check_letter(KIND, "actie-onduidelijk") == []

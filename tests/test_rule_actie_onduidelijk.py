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


def test_as_soon_as_an_event_happens_is_clear():
    text = (
        "Beste meneer Bakker,\n\nUw afspraak is volgende week bij ons op kantoor. Bel ons zo snel mogelijk als u niet "
        "kunt komen: 030 123 45 67. Dan maken wij samen een nieuwe afspraak." + SIGNED
    )
    assert check_letter(text, "actie-onduidelijk") == []
    without_event = text.replace(" als u niet kunt komen", "")
    assert len(check_letter(without_event, "actie-onduidelijk")) == 1  # the control: now no moment is given


def test_an_order_with_only_as_soon_as_possible_and_a_sentence_that_is_no_request():
    order = (
        "Beste meneer Bakker,\n\nU heeft de huur van mei nog niet betaald. Maak het bedrag zo snel mogelijk over naar "
        "NL00BANK0123456789. Bel mij als u vragen heeft: 030 123 45 67." + SIGNED
    )
    (found,) = check_letter(order, "actie-onduidelijk")
    assert "niet wanneer" in found.message
    told = (
        "Beste meneer Bakker,\n\nWij vragen u het formulier vóór 1 juni 2027 in te vullen en op te sturen. Daarna "
        "stuurt de gemeente u een pas. Bel mij als u vragen heeft: 030 123 45 67. Gebruik de antwoordenvelop." + SIGNED
    )
    assert check_letter(told, "actie-onduidelijk") == []  # 'stuurt de gemeente' asks nothing of the reader


def test_numbered_steps_pass():
    assert check_letter(KIND, "actie-onduidelijk") == []

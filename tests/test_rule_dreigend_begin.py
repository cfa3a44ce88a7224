from sample_letters import KIND, check_letter


def test_threat_in_the_subject_and_repeated():
    text = "Betreft: aanmaning en deurwaarder\n\n" + KIND.split("\n\n", 1)[1].replace(
        "Kunt u niet komen?", "Komt u niet, dan volgt een boete. Daarna komt de deurwaarder. Kunt u niet komen?"
    )
    findings = check_letter(text, "dreigend-begin")
    texts = [f.text for f in findings]
    assert texts[:2] == ["aanmaning", "deurwaarder"]  # in the subject line
    assert "boete" in texts  # later: a third word that frightens, on top of the others
    assert texts.count("deurwaarder") == 1  # the same word again is no new threat


def test_a_web_page_is_no_letter():
    text = "Aanmaning\n\nBetaalt u niet op tijd? Dan krijgt u een aanmaning. Daarna volgt een dwangbevel. " * 3
    assert check_letter(text, "dreigend-begin") == []


def test_one_calm_consequence_late_passes():
    text = KIND.replace("Kunt u niet komen?", "Als u niet komt, kunnen wij u helaas niet helpen. Kunt u niet komen?")
    assert check_letter(text, "dreigend-begin") == []


def test_a_direct_debit_is_no_threat():
    """Set 14 (dev): 'via automatische incasso' is a way to pay; an incasso agency still counts."""
    from sample_letters import check_letter

    paid = (
        "Beste leden,\n\nDe contributie voor 2017 is vorige week via automatische incasso van uw rekening afgeschreven. "
        "Wij danken u voor uw lidmaatschap en hopen u te zien op de jaarvergadering in mei.\n\nMet vriendelijke groet,\n\nHet bestuur\n"
    )
    assert check_letter(paid, "dreigend-begin") == []
    agency = paid.replace("via automatische incasso van uw rekening afgeschreven", "niet betaald; wij geven de vordering aan een incassobureau")
    assert check_letter(agency, "dreigend-begin") != []

import pytest
from sample_letters import KIND, check_letter


def test_letter_that_starts_with_background_is_flagged():
    text = KIND.replace(
        "U bent welkom voor een eerste gesprek over uw geldzorgen. Wij helpen u graag.",
        "De gemeente werkt sinds 2020 met een nieuwe aanpak. Die aanpak is gemaakt met andere gemeenten. "
        "In de regio zijn veel mensen bezig met dit onderwerp. Het college heeft dit besproken.",
    )
    findings = check_letter(text, "kern-eerst")
    assert len(findings) == 1 and "wat eerder gebeurde" in findings[0].message


@pytest.mark.parametrize(
    "opening",
    [
        "Op 21 oktober stuurden wij u een brief over de speeltuin.",
        "U heeft reeds een bewonersbrief ontvangen over de werkzaamheden.",
        "De gemeente is de laatste maanden bezig geweest met het voorbereiden van het werk.",
    ],
)
def test_history_first_fails(opening):
    text = KIND.replace("U bent welkom voor een eerste gesprek over uw geldzorgen. Wij helpen u graag.", opening)
    assert [f.message for f in check_letter(text, "kern-eerst")] == ["De brief begint met wat eerder gebeurde, niet met de kern."]


def test_a_first_sentence_that_names_the_work_passes_without_money_words():
    """Street works: "Op maandag 12 maart start de gemeente met groot onderhoud aan het asfalt." says what it is about."""
    text = KIND.replace(
        "U bent welkom voor een eerste gesprek over uw geldzorgen. Wij helpen u graag.",
        "Op maandag 12 maart start de gemeente met groot onderhoud aan het asfalt in uw straat. Het werk duurt zes weken.",
    )
    assert check_letter(text, "kern-eerst") == []


@pytest.mark.parametrize(
    "opening",
    [
        "Met betrekking tot bovengenoemde aangelegenheid vragen wij uw aandacht voor het volgende.",
        "Naar aanleiding van uw aanvraag van 3 maart delen wij u het volgende mee.",
        "Hierbij deel ik u mede dat uw aanvraag is behandeld.",
    ],
)
def test_an_office_opening_fails_even_with_the_right_words(opening):
    """Issue 34: the textbook bureaucratic opening got a ✓; only the first sentence's kind of start decides."""
    text = KIND.replace("U bent welkom voor een eerste gesprek over uw geldzorgen. Wij helpen u graag.", opening)
    findings = check_letter(text, "kern-eerst")
    assert len(findings) == 1 and "aanleiding" in findings[0].message


def test_the_check_says_what_it_found():
    from begrijpelijk import Settings, check_text

    stress = check_text(KIND, Settings(only={"kern-eerst", "geen-contact"})).files[0].stress
    reasons = {c.rule: c.reason for c in stress.checks if c.ok}
    assert "Gevonden: 'U bent welkom" in reasons["kern-eerst"]


def test_letter_that_starts_with_the_point_passes():
    assert check_letter(KIND, "kern-eerst") == []


@pytest.mark.parametrize(
    "first, fails",
    [
        ("Op [datum] heeft u een aanvraag ingediend voor de regeling Zorgbonus.", True),
        ("In 2023 heeft u van de gemeente een tegoed ontvangen.", True),
        ("Op 27 maart vorig jaar heeft het college met u gesproken over het verkeer.", True),
        ("We ontvingen van u het volgende verzoek.", True),
        ("U ontvangt deze nieuwsbrief omdat u een woning huurt aan de Emmastraat.", True),
        ("U krijgt deze brief omdat er op de school van uw kind mazelen rondgaat.", False),
        ("Op 1 juli hebben wij besloten dat u bijstand krijgt.", False),
        ("Op 12 maart komt de monteur bij u langs om de meter te vervangen.", False),
        ("Ik hoop dat dit bericht je in goede gezondheid bereikt.", True),  # a pleasantry first
        ("Uit hoofde van de huurovereenkomst maakt u gebruik van de woning.", True),  # the legal basis first
        ("In 5 stappen heeft u uw aanvraag geregeld.", False),  # no date
        ("Op 1 juli hebben wij uw uitkering gestopt.", False),  # the decision itself
    ],
)
def test_history_first_with_a_date_and_the_reason_for_the_letter(first, fails):
    """Round 24: a date and then what happened before ('Op [datum] heeft u …
    ingediend') is history first; 'U krijgt deze brief omdat er … mazelen
    rondgaat' names the news itself."""
    letter = (
        f"Beste meneer Jansen,\n\n{first}\n\nIn deze brief leest u wat er nu gebeurt en wat u kunt doen. "
        "Heeft u vragen? Bel mij gerust op 030 123 45 67, van maandag tot en met donderdag van 9.00 tot 12.00 uur.\n\n"
        "Met vriendelijke groet,\n\nAnna de Boer\n"
    )
    assert bool(check_letter(letter, "kern-eerst")) is fails


def test_history_in_the_simple_past_and_the_last_weeks():
    """Round 25 (dev): "Op 21 maart stuurde u ons een brief." is history first,
    like "Op 21 maart heeft u ons een brief gestuurd"."""
    from sample_letters import check_letter

    body = " Wij hebben uw brief gelezen. U krijgt de vergunning. Bel mij als u vragen heeft: 030 123 45 67."
    for opening in (
        "Op 21 maart 2020 stuurde u ons een brief.",
        "In de afgelopen twee weken is er veel opgeruimd in de wijk.",
        "In de nieuwsbrief heeft u kunnen lezen dat er een grootouderdag komt.",
        "Ondanks dat wij u op 1 mei een factuur hebben gestuurd, staat het bedrag nog open.",
    ):
        letter = "Beste meneer Bakker,\n\n" + opening + body + "\n\nMet vriendelijke groet,\n\nAnna de Boer\n"
        (found,) = check_letter(letter, "kern-eerst")
        assert "eerder gebeurde" in found.message


def test_help_despite_something_and_the_last_days_of_a_month_are_no_history():
    from sample_letters import check_letter

    body = " Bel mij als u vragen heeft: 030 123 45 67."
    for opening in ("Ondanks de drukte helpen wij u graag met uw aanvraag.", "U krijgt in de laatste drie dagen van de maand uw geld."):
        letter = "Beste meneer Bakker,\n\n" + opening + body + "\n\nMet vriendelijke groet,\n\nAnna de Boer\n"
        assert not [f for f in check_letter(letter, "kern-eerst") if "eerder gebeurde" in f.message]


def _long_first_paragraph(opening: str) -> str:
    """A letter whose first paragraph has five sentences, starting with ``opening``."""
    rest = " Het werk duurt zes weken. U kunt uw auto kwijt op het plein. De bus rijdt om. Wij ruimen elke dag op."
    return (
        "Dames en heren,\n\n" + opening + rest + "\n\nBel mij als u vragen heeft: 030 123 45 67.\n\n"
        "Met vriendelijke groet,\n\nAnna de Boer\n"
    )


@pytest.mark.parametrize(
    "opening",
    [
        "Vanaf maandag 20 februari vernieuwen wij de lantaarnpalen in uw straat.",
        "Op 6 november gaan de leraren op veel scholen staken.",
        "Via deze brief vragen wij u de ouderbijdrage voor dit schooljaar te betalen.",
        "Het kabinet heeft besloten dat de lockdown langer duurt.",
        "De komende tijd werken wij in het park.",
    ],
)
def test_a_first_sentence_that_announces_asks_or_decides_is_the_core_of_a_long_paragraph(opening):
    """Round 28 (dev, sets 1-26): 18 letters with a long first paragraph were labelled 'ok' because
    their first sentence says what comes; the paragraph's length alone is no run-up."""
    assert check_letter(_long_first_paragraph(opening), "kern-eerst") == []


@pytest.mark.parametrize(
    "opening",
    ["We leven met elkaar in een uitzonderlijke tijd.", "U heeft een DigiD aangevraagd."],
)
def test_a_run_up_before_a_long_paragraph_still_fails(opening):
    (found,) = check_letter(_long_first_paragraph(opening), "kern-eerst")
    assert "eerste alinea heeft 5 zinnen" in found.message


def test_dames_en_heren_is_a_salutation_and_a_compound_reminder_is_history():
    """"Dames en heren," is the salutation, not the first sentence; "Ondanks onze betalingsverzoeken
    heeft u … nog niet betaald" is history first, like "Ondanks onze herinneringen"."""
    from begrijpelijk import Settings, check_text

    letter = _long_first_paragraph("Ondanks onze betalingsverzoeken heeft u de factuur nog niet betaald.")
    (found,) = check_letter(letter, "kern-eerst")
    assert "eerder gebeurde" in found.message
    stress = check_text(letter, Settings(only={"kern-eerst"})).files[0].stress
    assert "Dames en heren" not in stress.checks[0].reason


@pytest.mark.parametrize(
    "opening, words",
    [
        ("Graag uw aandacht voor het volgende.", "nog niet waar"),
        ("Als zwemvereniging hebben wij te maken met stijgende kosten.", "nog niet waar"),
        ("Elk jaar worden er voor de kinderen uitstapjes georganiseerd.", "nog niet waar"),
        ("Het zal u wellicht niet zijn ontgaan dat het gebouw wordt verbouwd.", "nog niet waar"),
        ("In de ledenvergadering van 20 oktober jl. is het reglement vastgesteld.", "eerder gebeurde"),
        ("De gemeente is sinds 2003 bezig met een nieuw plan voor de wijk.", "eerder gebeurde"),
    ],
)
def test_a_run_up_or_history_in_other_words_fails(opening, words):
    """Round 28 (sets 27-28, after their first run): a filler, what always happens, what everyone
    deals with, and 'jl.' or 'sinds … bezig' are the run-up before the core."""
    body = " Wij hebben uw brief gelezen. U krijgt de vergunning. Bel mij als u vragen heeft: 030 123 45 67."
    letter = "Beste meneer Bakker,\n\n" + opening + body + "\n\nMet vriendelijke groet,\n\nAnna de Boer\n"
    (found,) = check_letter(letter, "kern-eerst")
    assert words in found.message


def test_a_request_about_the_following_and_a_decision_this_year_pass():
    for opening in ("Graag vragen wij uw aandacht voor een wijziging in het parkeerbeleid.", "Dit jaar verhogen wij de contributie met 5 euro."):
        body = "\n\nDat staat in het reglement. U betaalt het bedrag in maart. Bel mij als u vragen heeft: 030 123 45 67."
        letter = "Beste meneer Bakker,\n\n" + opening + body + "\n\nMet vriendelijke groet,\n\nAnna de Boer\n"
        assert check_letter(letter, "kern-eerst") == []


def test_round_28_sets_29_30_history_and_dates_ahead():
    """Round 28 (sets 29-30, after their first run): 'Met mijn brief van …' and 'het afgelopen jaar'
    are history first; 'Op 14, 15 en 16 maart …' announces what comes, however long the paragraph."""
    body = " Wij hebben uw brief gelezen. U krijgt de vergunning. Bel mij als u vragen heeft: 030 123 45 67."
    for opening in ("Met mijn brief van 3 maart heb ik u een subsidie gegeven.", "Het aanzicht van het dorp is het afgelopen jaar veranderd."):
        letter = "Beste meneer Bakker,\n\n" + opening + body + "\n\nMet vriendelijke groet,\n\nAnna de Boer\n"
        (found,) = check_letter(letter, "kern-eerst")
        assert "eerder gebeurde" in found.message
    assert check_letter(_long_first_paragraph("Op 14, 15 en 16 maart kiest u een nieuwe gemeenteraad."), "kern-eerst") == []


@pytest.mark.parametrize(
    "opening",
    [
        "Door de werkzaamheden krijgt u de komende weken te maken met omleidingen.",
        "Ook dit jaar krijgt u van ons een energietoeslag van 800 euro.",
        "Jaarlijks betaalt u ons een bijdrage van 25 euro, vanaf 1 januari wordt dat 30 euro.",
        "Wij hebben uw aanvraag van 5 maart jl. toegekend.",
        "U krijgt geld terug over het afgelopen jaar.",
    ],
)
def test_review_28_news_that_speaks_to_the_reader_is_the_core(opening):
    """The review of round 28: routine, 'te maken met', 'jl.' and 'het afgelopen jaar' fail only
    when the first sentence does not speak to the reader."""
    body = "\n\nHet gaat om uw woning. Bel mij als u vragen heeft: 030 123 45 67. Ik help u graag verder.\n\n"
    letter = "Beste meneer Bakker,\n\n" + opening + body + "Met vriendelijke groet,\n\nAnna de Boer\n"
    assert check_letter(letter, "kern-eerst") == []


@pytest.mark.parametrize(
    "opening",
    [
        "Op 12 maart hebben wij bij u een controle uitgevoerd.",
        "Op 3 maart was er een storing in uw wijk.",
        "Wij hebben niet besloten over uw aanvraag.",
    ],
)
def test_review_28_history_with_a_date_does_not_pass_a_long_paragraph(opening):
    (found,) = check_letter(_long_first_paragraph(opening), "kern-eerst")
    assert "eerste alinea heeft 5 zinnen" in found.message


def test_review_28_wij_vragen_u_and_a_s_announce():
    for opening in ("Wij vragen u om het formulier in te vullen.", "De monteur komt maandag a.s. langs."):
        assert check_letter(_long_first_paragraph(opening), "kern-eerst") == []


@pytest.mark.parametrize(
    "opening, fails",
    [
        ("Wij hebben uw brief van 12 maart jl. ontvangen.", True),  # looks back, decides nothing
        ("Elk jaar worden er in uw wijk activiteiten georganiseerd.", True),  # 'uw' alone does not speak to the reader
        ("Elk jaar op 1 juli gaat uw huur omhoog, dit jaar met 3 procent.", False),
        ("Betaal de rekening vóór 1 mei! Anders komen er kosten bij.", False),  # an order is the core
    ],
)
def test_second_review_28_short_openings(opening, fails):
    body = "\n\nHet gaat om uw woning. Bel mij als u vragen heeft: 030 123 45 67. Ik help u graag verder.\n\n"
    letter = "Beste meneer Bakker,\n\n" + opening + body + "Met vriendelijke groet,\n\nAnna de Boer\n"
    assert bool(check_letter(letter, "kern-eerst")) == fails


@pytest.mark.parametrize(
    "opening, fails",
    [
        ("Vanaf 1 april stijgen de prijzen van de bus.", False),  # 'stijgen' is present, whatever the tagger says
        ("Op 3 maart werden de bomen in uw straat gekapt.", True),
        ("Op 12 maart is er bij u een controle uitgevoerd.", True),
        ("Op 3 maart heeft het college besloten uw subsidie te stoppen.", False),  # a decision
        ("Tot vandaag hebben wij geen betaling van u ontvangen.", True),
    ],
)
def test_second_review_28_long_paragraphs(opening, fails):
    assert bool(check_letter(_long_first_paragraph(opening), "kern-eerst")) == fails

"""The stress checks on shapes from real municipal letters (benchmarks/corpus-vers6),
where the checklist and a blind labeller disagreed."""
import pytest
from sample_letters import KIND, check_letter, stress_outcome

HELP = "Hebt u vragen? Bel mij gerust. Ik ben Anna de Boer. Mijn nummer is 030 123 45 67. U kunt mij bellen van maandag tot en met donderdag, van 9.00 tot 12.00 uur."


@pytest.mark.parametrize(
    "ending, wanted",
    [
        ("In de komende weken neemt de gemeenteraad een besluit. Uiteraard blijven we u op de hoogte houden.", "zonder hulp"),
        ("Wij vertrouwen erop u hiermee voldoende te hebben ingelicht.", "vaste slotzin"),
        ("Rekenend op uw welwillende medewerking,", "vaste slotzin"),
    ],
)
def test_an_end_without_help_fails(ending, wanted):
    findings = check_letter(KIND.replace(HELP, ending), "positief-afsluiten")
    assert len(findings) == 1 and wanted in findings[0].message


def test_help_at_the_end_is_shown_as_the_evidence():
    from begrijpelijk import Settings, check_text

    stress = check_text(KIND, Settings(enabled={"positief-afsluiten"})).files[0].stress
    check = next(c for c in stress.checks if c.rule == "positief-afsluiten")
    assert check.ok and "Bel mij gerust" in check.reason


def test_contact_line_without_full_stop_is_body_not_heading():
    text = KIND.replace(HELP, "Voor vragen kunt u contact met ons opnemen via projectbureau@gemeente.nl")
    assert check_letter(text, "positief-afsluiten") == []


def test_letterhead_before_the_salutation_is_not_the_first_sentence():
    text = "Aan: 'dorpsraad Hoogwoud'\n\nOnlangs stuurden wij u een brief over de bomen.\n\n" + KIND.split("\n\n", 1)[1]
    assert check_letter(text, "kern-eerst") == []


def test_announcement_that_carries_the_core_passes_kern_eerst():
    first = "U bent welkom voor een eerste gesprek over uw geldzorgen. Wij helpen u graag."
    text = KIND.replace(first, "Hierbij informeer ik u dat er werkzaamheden gaan plaatsvinden op het terrein achter uw woning.")
    assert check_letter(text, "kern-eerst") == []
    empty = KIND.replace(first, "Hierbij informeren wij u over het volgende.")
    assert len(check_letter(empty, "kern-eerst")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "De straat is tijdens het werk afgesloten voor autoverkeer.",
        "Wanneer wij dit project afsluiten, planten wij geen bomen meer terug.",
        "Het werk zal ongeveer twee weken in beslag nemen.",
    ],
)
def test_closed_roads_and_time_are_no_threat(sentence):
    text = KIND.replace("Wij helpen u graag.", f"Wij helpen u graag. {sentence}")
    assert check_letter(text, "dreigend-begin") == []
    assert stress_outcome(text, "gevolg-rustig") == "nvt"


def test_enforcement_early_is_a_threat():
    text = KIND.replace("Wij helpen u graag.", "Niet nakomen kan leiden tot handhavend optreden van de gemeente.")
    assert check_letter(text, "dreigend-begin")


@pytest.mark.parametrize(
    "sentence, vague",
    [
        ("De werkzaamheden vinden binnenkort plaats.", False),
        ("Binnenkort willen we starten met het werk.", False),
        ("Wilt u binnenkort contact met ons opnemen?", True),
    ],
)
def test_binnenkort_is_a_deadline_only_when_the_reader_must_act(sentence, vague):
    text = KIND.replace("Wij helpen u graag.", f"Wij helpen u graag. {sentence}")
    assert bool(check_letter(text, "vage-termijn")) is vague


def test_a_request_with_two_tasks_is_two_steps():
    text = KIND.replace("Wij helpen u graag.", "Wij helpen u graag. Wilt u hier rekening mee houden en uw kinderen hierop wijzen?")
    assert any("meer dan één opdracht" in f.message for f in check_letter(text, "stappen"))


def test_tasks_spread_over_the_letter_without_a_list():
    text = (
        "Beste bewoner,\n\nUw woning is nog niet aangesloten op het riool. U moet uw huis voor 1 september aansluiten.\n\n"
        "Het is van belang dat u contact opneemt met de heer Jansen voordat u begint. Hij is bereikbaar op 055 123 45 67.\n\n"
        "Na de aanleg dient u de buis in een open sleuf te laten zien. Stuur ons daarna de antwoordbrief.\n\n"
        "Met vriendelijke groet,\n\nGemeente\n"
    )
    findings = check_letter(text, "stappen")
    assert len(findings) == 1 and "verspreid" in findings[0].message
    assert stress_outcome(KIND, "stappen") == "ok"  # the same tasks as a numbered list are fine


@pytest.mark.parametrize(
    "text, vague",
    [
        ("Bent u het niet eens met het besluit? Doe dit binnen 6 weken.", True),  # an order to the reader
        ("Als u een hond krijgt, dan dient u binnen 4 weken aangifte te doen.", True),
        ("De aanvraag moet binnen 2 maanden worden ingediend.", True),
        ("Betaalt u niet binnen 14 dagen na de aanmaning, dan krijgt u een incassobrief.", True),  # 'u' after the verb
        ("De gemeente neemt binnen 8 weken een besluit.", False),  # the organisation's own term
        ("Iemand van de gemeente neemt binnen twee weken contact met u op.", False),
    ],
)
def test_on_a_web_page_a_term_counts_when_the_reader_must_act(text, vague):
    # no salutation: a web page, which cannot give a date
    assert bool(check_letter(text, "vage-termijn")) is vague


def test_a_closing_wish_before_the_name_makes_it_a_letter():
    text = (
        "Huurverhoging 2020\n\nWe maken met elkaar een bijzondere tijd door. Daarom verhogen we de huur dit jaar niet. "
        "U hoeft niets te doen. Hebt u vragen? Bel ons op werkdagen tussen 9.00 en 12.00 uur op 0343 123 456.\n\n"
        "We wensen u nogmaals veel sterkte.\n\nWoonstichting De Kernen\n"
    )
    assert stress_outcome(text, "kern-eerst") != "nvt"  # a letter, judged as one


def test_asking_the_reader_is_no_help_at_the_end():
    text = KIND.replace(HELP, "Tenslotte willen we u vragen om rekening te houden met de regels.")
    assert check_letter(text, "positief-afsluiten")


@pytest.mark.parametrize(
    "first",
    ["Zoals u waarschijnlijk bekend is, zijn we gestart met het werk.", "U ontvangt deze nieuwsbrief omdat u een woning huurt."],
)
def test_history_or_why_you_get_it_is_no_core(first):
    text = KIND.replace("U bent welkom voor een eerste gesprek over uw geldzorgen. Wij helpen u graag.", first)
    assert check_letter(text, "kern-eerst")

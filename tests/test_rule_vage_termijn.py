import pytest
from conftest import rule_findings
from sample_letters import KIND, check_letter


@pytest.mark.parametrize(
    "phrase",
    ["binnen 14 dagen", "binnen twee weken na dagtekening", "zo spoedig mogelijk", "op korte termijn", "binnen de gestelde termijn"],
)
def test_vague_deadlines(phrase):
    text = KIND.replace("2. Neem uw paspoort mee.", f"2. Stuur het formulier {phrase} terug.")
    findings = check_letter(text, "vage-termijn")
    assert [f.text for f in findings] == [phrase]


def test_concrete_dates_pass():
    assert check_letter(KIND, "vage-termijn") == []


def test_found_through_markdown_emphasis_and_html_entities():
    """The rule searches the prose the readers made, not the raw file."""
    from begrijpelijk import Settings
    from begrijpelijk.api import check_bytes

    only = Settings(only={"vage-termijn"})
    markdown = check_bytes("Wij bellen u zo *spoedig* mogelijk terug.\n".encode(), "brief.md", only).findings
    html = check_bytes("<p>Wij bellen u zo spoedig&nbsp;mogelijk terug.</p>".encode(), "brief.html", only).findings
    assert [f.rule for f in markdown] == ["vage-termijn"] and [f.rule for f in html] == ["vage-termijn"]
    assert markdown[0].text == "zo *spoedig* mogelijk"


def test_an_html_attribute_is_not_prose():
    from begrijpelijk import Settings
    from begrijpelijk.api import check_bytes

    page = '<p title="Betaal zo spoedig mogelijk!!! BETAAL NU">Wij helpen u graag.</p>'.encode()
    report = check_bytes(page, "brief.html", Settings(only={"vage-termijn", "hoofdletters-uitroep"}))
    assert report.findings == []


def test_the_letter_date_makes_the_edit_and_names_the_date():
    findings = rule_findings("Stuur de papieren binnen 14 dagen terug.", "vage-termijn", datum="2027-03-01")
    assert len(findings) == 1 and findings[0].edits
    assert findings[0].edits[0].replacement == "uiterlijk maandag 15 maart 2027"
    assert "15 maart 2027" in findings[0].suggestion


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # counted from the letter's date: the whole phrase becomes the last day
        ("Betaal binnen 14 dagen na dagtekening van deze brief.", "Betaal uiterlijk maandag 15 maart 2027."),
        ("Betaal binnen 5 dagen na heden.", "Betaal uiterlijk maandag 8 maart 2027."),
        ("Stuur het formulier binnen een maand terug.", "Stuur het formulier uiterlijk donderdag 1 april 2027 terug."),
        ("Binnen twee weken na de datum van deze brief moet u bellen.", "Uiterlijk maandag 15 maart 2027 moet u bellen."),
    ],
)
def test_the_fix_names_the_last_day_and_replaces_the_whole_phrase(sentence, expected):
    findings = rule_findings(sentence, "vage-termijn", datum="2027-03-01")
    assert len(findings) == 1 and len(findings[0].edits) == 1
    edit = findings[0].edits[0]
    start = sentence.index(findings[0].text)
    assert sentence[:start] + edit.replacement + sentence[start + len(findings[0].text):] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "U kunt binnen zes weken na de datum van deze brief bezwaar maken.",  # a legal term the letter quotes
        "Betaal binnen 14 dagen na ontvangst van deze aanmaning.",  # counts from another moment
        "Stuur de papieren binnen 1 jaar na uw aanvraag.",
    ],
)
def test_no_date_for_a_legal_term_or_another_starting_point(sentence):
    findings = rule_findings(sentence, "vage-termijn", datum="2027-03-01")
    assert len(findings) == 1 and findings[0].edits == ()


def test_a_term_named_twice_gets_no_date_in_either_place():
    text = "Betaal binnen 14 dagen. Doet u dat niet binnen 14 dagen, dan sturen wij een herinnering."
    findings = rule_findings(text, "vage-termijn", datum="2027-03-01")
    assert len(findings) == 2 and all(f.edits == () for f in findings)
    assert "uiterlijk maandag 15 maart 2027" in findings[0].suggestion


@pytest.mark.parametrize(
    "sentence",
    [
        "Binnen 8 weken krijgt u ons besluit.",
        "Wij beslissen binnen acht weken over uw aanvraag.",
        "U hoort binnen 4 weken van ons.",
        "Het geld wordt binnen 10 dagen op uw rekening gestort.",
        # set 4 (subsidy letters written as 'ik')
        "U ontvangt binnen 2 weken het hele bedrag als voorschot.",
        "Tenzij u een ander bericht ontvangt, stel ik de subsidie vast binnen 22 weken na afronding.",
        "Wij streven ernaar het bedrag binnen 4 weken aan u over te maken.",
    ],
)
def test_the_organisations_own_term_is_not_the_readers_deadline(sentence):
    assert rule_findings(sentence, "vage-termijn", datum="2027-03-01") == []


def test_the_readers_deadline_next_to_the_organisations_action_is_found():
    text = "Betaal binnen 14 dagen, anders sturen wij een aanmaning."
    assert [f.text for f in rule_findings(text, "vage-termijn", datum="2027-03-01")] == ["binnen 14 dagen"]


@pytest.mark.parametrize("phrase", ["binnen dat jaar", "binnen 1 jaar", "binnen drie maanden", "binnen een redelijke termijn"])
def test_more_vague_terms_for_the_reader(phrase):
    text = KIND.replace("2. Neem uw paspoort mee.", f"2. Stuur het formulier {phrase} terug.")
    assert [f.text for f in check_letter(text, "vage-termijn")] == [phrase]


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Meld dit minimaal twee dagen van tevoren bij de directeur.", ["minimaal twee dagen van tevoren"]),
        ("U moet het verlof 8 weken van te voren aanvragen.", ["8 weken van te voren"]),
        ("Betaal tijdig.", ["tijdig"]),
        ("Wij zijn tijdig begonnen met de werkzaamheden.", []),
    ],
)
def test_terms_before_a_moment_and_in_time(sentence, found):
    assert [f.text for f in rule_findings(sentence, "vage-termijn")] == found


def test_a_term_with_its_date_beside_it_is_not_vague():
    """"binnen 2 weken na dagtekening van deze brief, dus uiterlijk [datum]": the date is there."""
    sentence = "Ik ontvang de informatie graag binnen 2 weken na dagtekening van deze brief, dus uiterlijk 15 maart 2027."
    assert rule_findings(sentence, "vage-termijn", datum="2027-03-01") == []
    assert rule_findings("Stuur de informatie binnen 2 weken na dagtekening van deze brief.", "vage-termijn", datum="2027-03-01")


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Heeft u een aanmaning ontvangen, dan heeft u nog 14 dagen tijd om te betalen.", ["14 dagen tijd"]),
        ("U krijgt dan alsnog een week de tijd om de achterstand te betalen.", ["een week de tijd"]),
        ("U krijgt een termijn van 6 weken om toch nog te betalen.", ["6 weken"]),
        ("U heeft 14 dagen om te betalen, dus uiterlijk 12 maart 2027.", []),
        ("Zorgt u ervoor dat het bedrag binnen zeven dagen op onze rekening staat?", ["binnen zeven dagen"]),
        ("Wij zorgen ervoor dat het geld binnen zeven dagen op uw rekening staat.", []),
        ("Deze moet u direct betalen.", ["direct"]),
        ("Geef wijzigingen in uw inkomen daarom meteen door aan de deurwaarder.", ["meteen"]),
        ("Onderneem dan tijdig actie.", ["tijdig"]),
        ("Daarna dient u direct een aantal acties te ondernemen.", ["direct"]),
        ("U kunt ons direct bellen.", []),
        ("Bel ons direct na ontvangst van deze brief.", []),
        ("Wij betalen het geld direct uit.", []),
        ("Bel gerust, dan helpen we u direct.", []),
        ("Lees deze brief snel door.", []),
        ("Meld het direct als uw inkomen verandert.", ["direct"]),  # found, with advice for a number of days
        ("U heeft 14 dagen om te betalen, dus voor 12 maart 2027.", []),
    ],
)
def test_a_term_without_binnen_and_now_without_a_day_on_a_web_page(sentence, found):
    """Round 24: 'u heeft nog 14 dagen om', 'Zorgt u ervoor dat … binnen', and
    'direct', 'meteen', 'tijdig' when the reader must act (an order, 'moet u',
    'dient u'). A web page has no letter date, so only the reader's terms count."""
    from begrijpelijk import Settings, check_text

    findings = check_text(sentence, Settings(only={"vage-termijn"})).findings
    assert [f.text for f in findings] == found


def test_a_term_given_to_the_reader_and_a_term_that_points_back_to_its_date():
    """Round 24: 'Ik stel u in de gelegenheid … binnen 5 dagen' is the reader's
    term, also with 'ik'; 'binnen de 5 dagen' (Belgian) is a term; a later
    'binnen 2 weken' after 'binnen 2 weken …, dus uiterlijk [datum]' points back."""
    letter = (
        "Beste meneer Jansen,\n\n"
        "Ik stel u nogmaals in de gelegenheid om het bedrag binnen 5 dagen na heden te betalen. "
        "Anders moet u de rente binnen de 8 dagen betalen.\n\n"
        "Stuur de papieren binnen 2 weken na dagtekening van deze brief, dus uiterlijk 12 maart 2027. "
        "Als de papieren niet binnen 2 weken bij mij zijn, stop ik de aanvraag.\n\n"
        "Met vriendelijke groet,\n\nAnna de Boer\n"
    )
    found = [f.text for f in check_letter(letter, "vage-termijn")]
    assert found == ["binnen 5 dagen na heden", "binnen de 8 dagen"]



def test_the_organisations_own_term_with_gelegenheid_or_zorg_dragen():
    from begrijpelijk import Settings, check_text

    only = Settings(only={"vage-termijn"}, options={"vage-termijn": {"datum": "2027-03-01"}})
    for sentence in (
        "Wij zullen zorg dragen dat uw aanvraag binnen 8 weken wordt behandeld.",
        "Wij beslissen binnen 8 weken, want dan zijn wij in de gelegenheid om alles te bekijken.",
    ):
        assert not [f for f in check_text(sentence, only.validate()).findings if f.edits], sentence


def test_a_legal_term_without_binnen_keeps_its_words():
    from begrijpelijk import Settings, check_text

    [f] = check_text("U heeft 6 weken om bezwaar te maken.", Settings(only={"vage-termijn"})).findings
    assert "Verander de termijn zelf niet" in f.suggestion and not f.edits


def test_now_after_an_event_asks_for_a_number_of_days_not_a_date():
    from begrijpelijk import Settings, check_text

    [f] = check_text("Meld het direct als uw inkomen verandert.", Settings(only={"vage-termijn"})).findings
    assert "hoeveel dagen" in f.suggestion and "datum" not in f.suggestion


def _found(text: str) -> list[str]:
    return [f.text for f in rule_findings(text, "vage-termijn")]


def test_a_payment_that_does_not_come_within_the_term_is_the_readers_term():
    """Round 25 (dev): "Volgt binnen 14 dagen geen betaling, dan …" is the reader's
    deadline; "De betaling volgt binnen 14 dagen" is the organisation's."""
    assert _found("Volgt binnen 14 dagen geen betaling, dan dragen wij de vordering over.") == ["binnen 14 dagen"]
    assert _found("De betaling volgt binnen 14 dagen.") == []
    assert _found("Komt er binnen 6 weken geen antwoord van ons, dan kunt u ons bellen.") == []  # the organisation's answer


def test_a_time_of_day_without_a_day_is_vague():
    """Set 14 (dev): "vragen wij u om dit voor 16.00u te verwittigen" — before 16.00 on which day?"""
    assert _found("Wij vragen u om dit voor 16.00u te melden.") == ["voor 16.00u"]
    assert _found("U kunt uw kind maandag vóór 12.00 uur aanmelden.") == []  # the day is there
    assert _found("De balie is open tot 16.00 uur.") == []


@pytest.mark.parametrize("text, found", [
    ("Uw bezwaarschrift moet binnen 6 weken bij de gemeente zijn.", "binnen 6 weken"),
    ("Dit moet u dan binnen 4 weken doen.", "binnen 4 weken"),
    ("Het is belangrijk dat u dit meteen doet zodra er iets verandert.", "meteen"),
    ("Geef veranderingen in uw financiële, persoonlijke of leefsituatie altijd direct door.", "direct"),
    ("Volg de instructies op de aanmaning en betaal direct de openstaande huur.", "direct"),
])
def test_the_readers_term_on_a_page_without_a_date(text, found):
    # no greeting, no date: a web page, where a term counts only when the reader must act within it
    assert found in [f.text for f in rule_findings(text, "vage-termijn")]


def test_a_comma_before_another_clause_still_ends_the_order():
    assert rule_findings("Bel gerust, dan helpen we u direct.", "vage-termijn") == []


@pytest.mark.parametrize("text, found", [
    ("Geef dit direct aan ons door.", "direct"),  # the tagger reads 'Geef' as a past form
    ("Vermoedt u dat dit zo is, neem dan direct contact met ons op.", "direct"),
    ("Bent u het niet eens met de vordering, laat ons dat dan meteen weten!", "meteen"),
])
def test_an_order_after_a_condition_or_with_a_misread_stem(text, found):
    assert found in [f.text for f in rule_findings(text, "vage-termijn")]


@pytest.mark.parametrize("text, found", [
    ("Meld dit direct bij ons.", "direct"),
    ("Wij moeten u vragen het bedrag binnen 14 dagen te betalen.", "binnen 14 dagen"),
])
def test_the_reader_acts_after_bij_ons_or_a_request(text, found):
    assert found in [f.text for f in rule_findings(text, "vage-termijn")]


@pytest.mark.parametrize("text", [
    "Hebt u vragen, dan helpen we u meteen.",
    "Heeft u vragen, bel ons dan direct na ontvangst.",
    "Meld dit direct na uw verhuizing.",
    "Bel gerust, medewerkers helpen u direct.",
    "Uw werkgever moet binnen 4 weken betalen.",
    "Wij moeten u binnen 4 weken antwoorden.",
    "Heeft u vragen, neem dan direct contact met ons op.",
])
def test_no_order_or_a_moment_is_no_vague_term(text):
    assert rule_findings(text, "vage-termijn") == []


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("U kunt ook binnen bovengenoemde termijn het formulier sturen.", "binnen bovengenoemde termijn"),
        ("Wij vragen u de bijdrage per ommegaande over te maken.", "per ommegaande"),
        ("Wij vragen iedereen om zodra het kan de sloten op orde te maken.", "zodra het kan"),
        ("U moet binnen de daarvoor geldende termijn bezwaar maken.", "binnen de daarvoor geldende termijn"),
        ("Houd in de gaten dat u dit binnen enkele dagen moet doen.", "binnen enkele dagen"),
    ],
)
def test_more_vague_deadlines_for_the_reader(sentence, found):
    assert [f.text for f in rule_findings(sentence, "vage-termijn")] == [found]


def test_the_organisations_own_soon_is_no_deadline_for_the_reader():
    assert rule_findings("Wij betalen het bedrag zodra het kan.", "vage-termijn") == []


@pytest.mark.parametrize("sentence", [
    "Zodra het kan, gaat de school weer open.",
    "U ontvangt binnen enkele dagen een nieuwe pas.",
])
def test_soon_without_a_request_to_the_reader_is_no_deadline(sentence):
    assert rule_findings(sentence, "vage-termijn") == []


@pytest.mark.parametrize("sentence, found", [
    ("Stuurt u het formulier binnen enkele dagen terug?", "binnen enkele dagen"),
    ("Het is belangrijk dat u zodra het kan contact opneemt.", "zodra het kan"),
    ("Wij verwachten uw reactie binnen enkele dagen.", "binnen enkele dagen"),
])
def test_soon_in_a_polite_request_is_a_deadline(sentence, found):
    assert [f.text for f in rule_findings(sentence, "vage-termijn")] == [found]


@pytest.mark.parametrize("sentence, found", [
    ("Afspraken korter dan 30 minuten, gaarne minimaal één werkdag van tevoren afzeggen.", "minimaal één werkdag van tevoren"),
    ("Belt u dan ten minste 24 uur van tevoren af.", "ten minste 24 uur van tevoren"),
])
def test_working_days_and_hours_before_a_moment(sentence, found):
    assert [f.text for f in rule_findings(sentence, "vage-termijn")] == [found]

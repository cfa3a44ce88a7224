from conftest import rule_findings


def test_rare_word_is_flagged():
    findings = rule_findings("De continuering van de voorziening is onzeker.", "moeilijk-woord")
    assert "continuering" in [f.text for f in findings]


def test_everyday_words_pass():
    assert rule_findings("Wij sturen u een brief over uw huis en uw geld.", "moeilijk-woord") == []


def test_names_and_numbers_are_not_difficult():
    findings = rule_findings("Mevrouw Wilhelmina Zwartjes woont op nummer 1234.", "moeilijk-woord")
    assert [f.text for f in findings if f.text in ("Wilhelmina", "Zwartjes", "1234")] == []


def test_threshold_option():
    text = "Wij sturen u een brief."
    assert rule_findings(text, "moeilijk-woord") == []
    # with an absurd threshold every content word not on the B1 list counts
    assert rule_findings("De continuering is zeker.", "moeilijk-woord", min_zipf=9.0)


def test_user_allow_list():
    from begrijpelijk import Settings, check_text

    settings = Settings(only={"moeilijk-woord"}, allow_words=("continuering",))
    assert check_text("De continuering van de voorziening is onzeker.", settings).findings == [] or all(
        f.text != "continuering" for f in check_text("De continuering van de voorziening is onzeker.", settings).findings
    )


def test_compounds_of_known_words_are_not_difficult():
    text = "Wij plaatsen een dakkapel. Vul het contactformulier in. De startdatum is 1 maart. Er komen parkeervakken bij."
    assert rule_findings(text, "moeilijk-woord") == []


def test_one_finding_per_word_with_the_count():
    text = "De voorziening wordt geëxtrapoleerd. Wij hopen dat de hulp wordt geëxtrapoleerd. Alles wordt geëxtrapoleerd."
    findings = rule_findings(text, "moeilijk-woord")
    assert len(findings) == 1
    assert findings[0].start == text.index("geëxtrapoleerd")
    assert "3 keer" in findings[0].message


def test_a_name_at_the_start_of_a_sentence_is_no_difficult_word():
    text = "Zwartewaterland heeft een nieuwe regel. In Zwartewaterland kunt u ons bellen."
    assert rule_findings(text, "moeilijk-woord") == []

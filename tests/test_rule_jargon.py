import pytest
from conftest import rule_findings


def test_jargon_word_with_plain_alternative():
    findings = rule_findings("Wij verzoeken u het formulier te retourneren.", "jargon")
    texts = {f.text: f for f in findings}
    assert set(texts) == {"verzoeken", "retourneren"}
    # the 'te' goes inside the separable verb, so the advice names it whole
    assert texts["retourneren"].suggestion == "Schrijf 'terug te sturen' in plaats van 'te retourneren'."


def test_inflected_form_is_found_by_lemma():
    findings = rule_findings("De gemeente retourneert het formulier.", "jargon")
    assert [f.text for f in findings] == ["retourneert"]
    assert "terugsturen" in findings[0].suggestion


def test_multi_word_expression():
    findings = rule_findings("Met betrekking tot uw aanvraag bellen wij u.", "jargon")
    assert [f.text for f in findings] == ["Met betrekking tot"]
    assert "'over'" in findings[0].suggestion


def test_split_verb_doen_toekomen():
    findings = rule_findings("Wij doen u het besluit toekomen.", "jargon")
    assert len(findings) == 1
    f = findings[0]
    assert f.text.startswith("doen") and f.text.endswith("toekomen")
    assert "'sturen'" in f.suggestion


def test_capitalised_at_sentence_start():
    findings = rule_findings("Indien u vragen hebt, bel ons.", "jargon")
    assert [f.text for f in findings] == ["Indien"]
    # the safe rewrite keeps the capital
    assert findings[0].edits[0].replacement == "Als"


def test_plain_letter_has_no_jargon():
    assert rule_findings("Als u vragen hebt, bel ons dan. Wij helpen u graag.", "jargon") == []


def test_allow_list_silences_a_word():
    from begrijpelijk import Settings, check_text

    settings = Settings(only={"jargon"}, allow_words=("retourneren",))
    assert check_text("Wilt u het formulier retourneren?", settings).findings == []


def test_separable_verb_with_its_particle_later_in_the_sentence():
    findings = rule_findings("Wij delen u mede dat uw aanvraag klaar is.", "jargon")
    assert len(findings) == 1
    assert findings[0].text.startswith("delen") and findings[0].text.endswith("mede")
    assert "laten weten" in findings[0].suggestion


def test_separable_verb_in_one_word():
    findings = rule_findings("Wij willen u mededelen dat uw aanvraag klaar is.", "jargon")
    assert [f.text for f in findings] == ["mededelen"]


def test_words_in_names_quotes_and_addresses_are_not_flagged():
    text = (
        "Lees de folder 'Retourneren en verstrekken' of mail naar retourneren@gemeente.nl. "
        "Kijk op www.verstrekken.nl voor de Stichting Onverwijld Helpen."
    )
    assert rule_findings(text, "jargon") == []


def test_separable_verb_before_its_subject():
    # inversion after a long opening: "… delen wij u mede", not "mede" = "ook"
    findings = rule_findings("Naar aanleiding van uw brief van 3 februari 2027 delen wij u mede dat alles klopt.", "jargon")
    texts = [f.text for f in findings]
    assert "delen wij u mede" in texts
    assert "mede" not in texts


def test_separable_verb_with_a_noun_particle():
    findings = rule_findings("Het gesprek vindt plaats in het stadhuis.", "jargon")
    assert [f.text for f in findings] == ["vindt plaats"]
    assert "'gebeurt'" in findings[0].suggestion  # in the form of 'vindt' (issue 33)


@pytest.mark.parametrize(
    "text, term",
    [
        ("Opschorten betekent dat u tijdelijk geen uitkering krijgt. Wij schorten uw uitkering op.", "opschorten"),
        ("Dan krijgt u een hersteltermijn. Dat is een periode waarin u de papieren nog kunt sturen.", "hersteltermijn"),
    ],
)
def test_a_term_the_letter_explains_is_not_jargon(text, term):
    """B1 guides: a term the reader needs may stay when the letter explains it."""
    assert not [f for f in rule_findings(text, "jargon") if term in f.text.lower()]


def test_an_adverb_before_is_is_no_explanation():
    assert [f.text for f in rule_findings("Thans is uw aanvraag in behandeling.", "jargon")][:1] == ["Thans"]


@pytest.mark.parametrize(
    "sentence, found, advice",
    [
        ("De subsidie is aan u verleend.", "verleend", "'gegeven'"),  # a participle
        ("Het vigerende beleid blijft.", "vigerende", "'geldende'"),  # a present participle as adjective
        ("De eerstvolgende afspraak is op maandag.", "eerstvolgende", "'volgende'"),  # the adjective's -e
        ("Wij treffen u thuis niet aan.", "treffen … aan", "en laat 'aan' weg"),  # a split verb
        ("U hoeft het formulier niet in te dienen.", "in te dienen", "'te sturen'"),  # 'indienen', not 'dienen'
        # the letters tell the form where the tagger errs ("indienen" tagged as a participle)
        ("U moet de aangifte tijdig indienen.", "indienen", "Schrijf 'sturen'"),
        ("Wij hebben de ingediende aanvraag bekeken.", "ingediende", "Schrijf 'gestuurde'"),  # participle with -e
        ("In die periode wordt het bestek gereedgemaakt.", "gereedgemaakt", "'klaargemaakt'"),  # not 'geklaarmaakt'
        ("Als de termijn is verstreken, kunt u geen bezwaar meer maken.", "verstreken", "'afgelopen'"),  # a strong verb
        # 'recht hebben' takes 'op', so 'voor' goes (judges of sets 27 and 43); without 'voor' two verbs
        # in the alternative: which takes the person is not sure ("kunnen krijgt")
        ("Wilt u weten of u voor kwijtschelding in aanmerking komt?", "in aanmerking komt", "'recht hebben op' (vorm aanpassen) en laat 'voor' weg"),
        ("Wilt u weten of u hiermee in aanmerking komt?", "in aanmerking komt", "'kunnen krijgen' (vorm aanpassen)"),
        ("De kosten worden bij u in rekening gebracht.", "in rekening gebracht", "'laten betalen' (vorm aanpassen)"),
    ],
)
def test_the_alternative_in_the_form_the_sentence_needs(sentence, found, advice):
    findings = {f.message: f for f in rule_findings(sentence, "jargon")}
    message = f"'{found}' is ambtelijke taal."
    assert message in findings, findings
    assert advice in findings[message].suggestion


def test_a_legal_term_gets_advice_to_explain_it_once_and_is_never_replaced():
    text = "Wij erkennen geen aansprakelijkheid. De aansprakelijkheid ligt bij de eigenaar."
    findings = rule_findings(text, "jargon")
    assert [f.text for f in findings] == ["aansprakelijkheid"]
    assert "Leg uit" in findings[0].suggestion and "verantwoordelijkheid" not in findings[0].suggestion
    assert findings[0].edits == ()


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Deze regeling is echter zeer beperkt.", "echter"),
        ("Wij stoppen zonder nadere waarschuwing.", "nadere"),
        ("Wij achten ons vrij om dit te doen.", "achten"),
        ("U moet voldoen aan uw betalingsverplichting.", "voldoen aan"),
    ],
)
def test_no_word_for_word_rewrite_where_it_changes_the_sense(sentence, word):
    findings = {f.text.replace(" … ", " "): f for f in rule_findings(sentence, "jargon")}
    finding = next(f for text, f in findings.items() if text.startswith(word.split()[0]))
    assert finding.edits == ()
    assert not finding.suggestion.startswith("Schrijf 'maar'") and "'passen bij'" not in finding.suggestion


def test_the_letters_own_voice():
    """'ambtshalve' is legal; an entry that speaks as 'wij' is not offered as
    the sender's own words in a letter written as 'ik'."""
    from begrijpelijk.rules._advice import _in_voice

    assert _in_voice("wij lossen het op en u betaalt", "ik") is None
    assert _in_voice("bericht dat we het hebben gekregen", "wij") == "bericht dat we het hebben gekregen"
    assert _in_voice("volgens ons", "ik") == "volgens mij"


def test_a_word_is_replaced_everywhere_or_nowhere():
    """'éénmalig' is 'eenmalig'; when one of them cannot be replaced safely, neither is."""
    text = "U krijgt eenmalig een bedrag. De éénmalige toeslag is voor iedereen."
    findings = [f for f in rule_findings(text, "jargon") if "malig" in f.text]
    assert len(findings) == 2
    assert all(f.edits == () for f in findings)


def test_a_verb_entry_does_not_match_the_noun():
    assert [f.text for f in rule_findings("Bij verzuim stoppen wij de uitkering.", "jargon") if f.text.startswith("verzuim")] in ([], ["verzuim"])
    findings = {f.text: f for f in rule_findings("Bij verzuim stoppen wij de uitkering.", "jargon")}
    assert "'vergeten'" not in getattr(findings.get("verzuim"), "suggestion", "")


@pytest.mark.parametrize(
    "sentence, found, advice",
    [
        ("Uw aanvraag wordt niet in behandeling genomen.", "in behandeling genomen", "'behandeld'"),
        ("Ik heb een afrekening ontvangen.", "ontvangen", "'gekregen'"),
        ("Krijgt u de hond in maart, dan betaalt u over het betreffende jaar.", "betreffende", "'dat'"),
        ("De jongere wordt niet geschikt geacht.", "geacht", "'gevonden'"),
    ],
)
def test_the_form_and_the_sense_of_the_sentence(sentence, found, advice):
    findings = {f.message: f for f in rule_findings(sentence, "jargon")}
    message = f"'{found}' is ambtelijke taal."
    assert message in findings, findings
    assert advice in findings[message].suggestion


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Twee weken later gaat de deurwaarder over tot ontruiming.", "gaat … over tot"),
        ("U moet dit inleveren, ook al beschikt u nog niet over loonstroken.", "beschikt … over"),
        ("U moet de overtreding ongedaan maken.", "ongedaan maken"),
        ("Wij geven aan wanneer u de overtreding ongedaan moet maken.", "ongedaan … maken"),
        ("U betaalt de heffing en (indien van toepassing) de hondenbelasting.", "indien van toepassing"),
    ],
)
def test_expressions_in_the_order_a_sentence_gives_them(sentence, found):
    assert f"'{found}' is ambtelijke taal." in [f.message for f in rule_findings(sentence, "jargon")]


@pytest.mark.parametrize(
    "sentence, found, advice, never",
    [
        ("U kunt kwijtschelding aanvragen.", "kwijtschelding", "Bijvoorbeeld: 'u hoeft het niet te betalen'", "Schrijf 'u hoeft"),
        ("Wij helpen bij uw arbeidsinschakeling.", "arbeidsinschakeling", "Bijvoorbeeld: 'werk vinden'", "Schrijf 'werk vinden'"),
        ("De vordering is hoog.", "vordering", "(vorm aanpassen)", "Schrijf 'bedrag dat u moet betalen' of"),
        ("U bent genoodzaakt te verhuizen.", "genoodzaakt", "", "gemoet"),
    ],
)
def test_no_alternative_that_cannot_stand_where_the_word_stands(sentence, found, advice, never):
    """A clause offered for a noun explains it; a noun after 'de/het' keeps its article only when sure;
    a modal has no participle ('gemoet')."""
    findings = {f.message: f for f in rule_findings(sentence, "jargon")}
    finding = findings.get(f"'{found}' is ambtelijke taal.")
    assert finding is not None, findings
    assert advice in finding.suggestion and never not in finding.suggestion


@pytest.mark.parametrize(
    "sentence, never",
    [
        ("Als u een aanvraag in wilt dienen, bel ons.", "'dienen' is ambtelijke taal."),  # it is 'indienen'
        ("Een regeling voor een korte periode kan telefonisch worden getroffen, als u dat wilt.", "Een regeling voor een korte periode"),
        ("Dat is de verkeerde brief.", "'verkeerde' is ambtelijke taal."),  # no form of 'verkeren'
        ("Heeft u dit niet tijdig kunnen betalen?", "'te laat'"),  # 'niet op tijd' keeps the sense
        ("Wij kunnen een maatregel opleggen.", "Schrijf 'gevolg'"),  # a legal measure is explained
    ],
)
def test_the_sense_and_the_reach_of_a_match(sentence, never):
    for finding in rule_findings(sentence, "jargon"):
        assert never not in finding.message and never not in finding.suggestion and never not in finding.text


@pytest.mark.parametrize(
    "verb, made",
    [
        ("klaarmaken", "klaargemaakt"), ("aflopen", "afgelopen"), ("beginnen", "begonnen"), ("gelden", "gegolden"),
        ("verliezen", "verloren"), ("terugsturen", "teruggestuurd"), ("betalen", "betaald"), ("geven", "gegeven"),
        ("gebruiken", "gebruikt"), ("verdwijnen", "verdwenen"), ("moeten", None),
        # a first part that takes no 'ge': the lexicon knows only the form without it
        ("overhandigen", "overhandigd"), ("achterhalen", "achterhaald"), ("aanvaarden", "aanvaard"),
        ("ondertekenen", "ondertekend"), ("overmaken", "overgemaakt"), ("doorgeven", "doorgegeven"),
        ("onderzoeken", "onderzocht"), ("omschrijven", "omschreven"), ("verstrijken", "verstreken"),
        ("aanbieden", "aangeboden"), ("onderbreken", "onderbroken"),
    ],
)
def test_the_participle_of_an_alternative(verb, made):
    from begrijpelijk.nlp import forms

    assert forms.participle(verb) == made


def test_jargon_inside_a_compound_gets_advice_and_no_edit():
    findings = rule_findings("De gemeente heeft de dwanginvordering uitbesteed aan een bureau.", "jargon")
    compound = [f for f in findings if f.text == "dwanginvordering"]
    assert compound and "Er zit 'invordering' in" in compound[0].suggestion
    assert not compound[0].edits


@pytest.mark.parametrize("sentence", [
    "Onze medewerker belt u op dinsdag.",  # 'mede' is too short to be a listed part
    "De huurverhoging gaat in op 1 juli.",
    "Vul het aanvraagformulier in.",
])
def test_a_compound_without_listed_noun_is_not_jargon(sentence):
    assert not [f for f in rule_findings(sentence, "jargon")]


def test_an_imperative_gets_an_imperative():
    """Set 4, judged (issue 33): "Vermeld" at the start of an instruction is
    'Noem', not the participle 'genoemd'; "vermeld" in "hebben … vermeld" stays a participle."""
    (found,) = [f for f in rule_findings("Vermeld altijd uw kenmerk.", "jargon") if f.text == "Vermeld"]
    assert "'Noem'" in found.suggestion and "genoemd" not in found.suggestion
    (done,) = rule_findings("Wij hebben het vermeld in de brief.", "jargon")
    assert "'genoemd'" in done.suggestion


def test_a_verb_whose_stem_is_its_lemma_is_still_the_verb():
    """"Dien het bezwaar in": the model gives 'dien' as lemma; with 'in' that is
    'indienen' (sturen), never the conjunction 'indien' ('als')."""
    (verb,) = [f for f in rule_findings("Dien het bezwaar in bij de gemeente.", "jargon") if f.text.startswith("Dien")]
    assert "'als'" not in verb.suggestion and "'sturen" in verb.suggestion


@pytest.mark.parametrize("sentence, word", [
    ("Ik moet uw aanvraag afwijzen.", "afwijzen"),  # not "nee zeggen tegen uw aanvraag"
    ("U heeft op 3 mei een aanvraag ingediend voor subsidie.", "een aanvraag ingediend"),
    ("U moet het geheel terugbetalen.", "geheel"),
    ("Deel ons mede of u komt.", "mede"),  # "Deel ons ook of u komt" is no Dutch
])
def test_advice_without_an_edit_where_no_word_fits_every_sentence(sentence, word):
    (found,) = [f for f in rule_findings(sentence, "jargon") if f.text == word]
    assert not found.edits


@pytest.mark.parametrize("sentence", [
    "Volgens de Kostenwet invordering rijksbelastingen moet u kosten betalen.",
    "Dat staat in het Wetboek van Burgerlijke rechtsvordering.",
])
def test_the_words_of_a_laws_name_are_not_jargon(sentence):
    """Set 4, judged: the name of a law is how the reader looks it up."""
    assert rule_findings(sentence, "jargon") == []


def test_the_same_word_outside_a_laws_name_is_jargon():
    assert [f.text for f in rule_findings("De invordering van de kosten begint morgen.", "jargon")] == ["invordering"]


def test_the_words_of_a_field_to_fill_in_are_not_jargon():
    """Set 4, judged: "[naam aanvrager]" is a field the writer fills in."""
    assert rule_findings("Vul hier [naam aanvrager] in.", "jargon") == []
    assert [f.text for f in rule_findings("De aanvrager krijgt een brief.", "jargon")] == ["aanvrager"]


def test_old_conjunctions_and_adverbs_of_set_5():
    """Set 5 (dev): 'Ingeval' and 'doorgaans' have one plain word that fits every
    sentence; 'eenmaal' does not ('als u eenmaal …' is 'zodra u'), so it gets advice only."""
    (found,) = rule_findings("Ingeval de hond overlijdt, krijgt u geld terug.", "jargon")
    assert found.edits[0].replacement == "Als"
    (once,) = rule_findings("Als u eenmaal begonnen bent, gaat het vanzelf.", "jargon")
    assert not once.edits and "zodra u" in once.suggestion


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Vul het onderstaande formulier in.", "onderstaande"),  # 'onderstaand' with its -e
        ("Dit heeft betrekking op de huur van mei.", "heeft betrekking op"),  # the verb inside 'betrekking hebben op'
        ("Gelieve het bedrag over te maken.", "Gelieve"),
        ("Het is mogelijk dat deze betaling aan uw aandacht is ontsnapt.", "aan uw aandacht is ontsnapt"),
        ("Als u geen aanspraak kunt maken op huurtoeslag, bel ons.", "aanspraak kunt maken op"),  # a verb between the words
    ],
)
def test_round_24_forms_and_expressions_are_found(sentence, found):
    assert found in [f.text for f in rule_findings(sentence, "jargon")]


def test_a_verb_between_the_words_makes_the_advice_unsure_and_om_ends_the_search():
    f = next(f for f in rule_findings("Als u geen aanspraak kunt maken op huurtoeslag, bel ons.", "jargon") if f.text.startswith("aanspraak"))
    assert "(vorm aanpassen)" in f.suggestion and not f.edits  # 'recht hebben op' would drop 'kunt'
    found = [f.text for f in rule_findings("Ik zie mij verplicht om u in gebreke te stellen.", "jargon")]
    assert not any(t.startswith("verplicht") for t in found)  # no 'verplicht … stellen' across 'om'



@pytest.mark.parametrize("sentence", ["De volgende betaling is op 1 mei.", "Geachte heer De Vries,", "Wij realiseren ons dat dit lastig is."])
def test_round_24_no_finding_in_another_sense(sentence):
    assert rule_findings(sentence, "jargon") == []


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Namens het kabinet verleen ik u de ondersteuning.", "verleen"),  # a stem the model reads as a past form
        ("Ik ken uw aanvraag toe.", "ken uw aanvraag toe"),  # lemma 'toeken': the verb is 'toekennen'
        ("Het is niet toegestaan met de bouw aan te vangen.", "aan te vangen"),  # the lemma of 'vangen' holds another particle
        ("Wij streven ernaar het bedrag binnen 10 dagen uit te keren.", "uit te keren"),
        ("In het vooroverleg maakt u uw plannen kenbaar.", "maakt u uw plannen kenbaar"),  # the verb before, in a main clause
        ("U kunt dan geen betalingsregeling meer treffen.", "treffen"),
        ("U betaalt 500 euro, welk bedrag u vóór 1 mei overmaakt.", "welk"),  # a relative word after a comma
        ("Het duurt enige tijd voordat u antwoord krijgt.", "enige"),
        ("Alle daaruit voortvloeiende kosten betaalt u zelf.", "voortvloeiende"),
    ],
)
def test_round_25_forms_and_words_are_found(sentence, found):
    assert found in [f.text for f in rule_findings(sentence, "jargon")]


def test_a_stem_that_is_also_another_word_is_read_as_the_verb():
    """"Dien het formulier in": the model's lemma 'indien' is also the word for
    'if'; the advice is for 'indienen', never 'als'."""
    (found,) = rule_findings("Dien het formulier in bij de balie.", "jargon")
    # at a desk the form is handed in: 'inleveren bij' (review of round 32)
    assert "'als'" not in found.suggestion and "'inleveren bij'" in found.suggestion


def test_treffen_is_officialese_only_with_a_regeling_or_measures():
    assert rule_findings("Dit voorjaar hebben wij elkaar getroffen op de avond.", "jargon") == []
    (made,) = [f for f in rule_findings("Een kosteloze regeling kan telefonisch worden getroffen.", "jargon") if f.text.endswith("getroffen")]
    assert "'gemaakt'" in made.suggestion or "'een afspraak maken'" in made.suggestion
    (taken,) = [f for f in rule_findings("Wij hebben maatregelen getroffen voor de veiligheid.", "jargon")]
    assert "'maatregelen genomen'" in taken.suggestion


@pytest.mark.parametrize(
    "sentence",
    [
        "Welk formulier moet ik invullen?",
        "Het enige wat u moet doen, is bellen.",
        "Weet u welke kosten u moet betalen?",
        "Met daarin welke straten, welke tarieven, welke regels gelden.",  # questions in a row
        "Op donderdag legt Jan uit wat het project inhoudt, welke stappen er zijn.",  # a clause before the comma
    ],
)
def test_round_25_no_finding_in_another_sense(sentence):
    assert rule_findings(sentence, "jargon") == []


def test_a_note_that_is_advice_itself_is_shown_as_it_is():
    """"Mocht u" gets the list's own advice, not "Schrijf in gewone woorden wat 'Mocht u' hier betekent."."""
    (found,) = rule_findings("Mocht u vragen hebben, dan kunt u ons bellen.", "jargon")
    assert found.suggestion.startswith("Schrijf 'Als u'")


@pytest.mark.parametrize(
    "sentence, found, advice",
    [
        ("Wij gaan over tot beslag op uw loon.", "gaan over tot", "'beginnen met'"),  # plural: the infinitive's shape
        ("U komt in aanmerking voor huurtoeslag.", "komt in aanmerking voor", "'heeft recht op'"),  # the finite verb first
        ("Hun gedrag is stimulerend voor de klas.", "stimulerend", "'aanmoedigen' (vorm aanpassen)"),  # not 'aangemoedigd'
        ("Wij komen in aanmerking voor subsidie.", "komen in aanmerking voor", "'hebben recht op'"),  # as in the list, first
        ("Het duurt enige tijd.", "enige", "'wat'"),  # 'een paar' for a plural
        ("Wij zenden u de brief toe.", "zenden u de brief toe", "'sturen'"),  # the model's lemma 'toeznen' is no verb
    ],
)
def test_round_25_judged_forms(sentence, found, advice):
    """The first run of sets 14-15, judged (dev now), and the review of round 25."""
    finding = next(f for f in rule_findings(sentence, "jargon") if f.text == found)
    assert advice in finding.suggestion and "aangemoedigd" not in finding.suggestion


@pytest.mark.parametrize(
    "sentence",
    [
        "Door de staking van 15 december is de school dicht.",  # a strike, not a stop
        "Na het optreden van de band is er een feest.",  # a performance
        "Het geheel kost 50 euro.",  # a whole
        "Door de staking van het personeel is de betaling later.",  # the strike of the staff
        "Wij gaan streng optreden tegen overlast.",  # taking action
        "Zonder enige twijfel klopt dit.",  # any
        "Bel ons voor informatie, welke formulieren u nodig heeft en wanneer.",  # an indirect question
        "Het is moeilijk om een plaats te vinden voor uw caravan.",  # finding a place, no 'plaatsvinden'
    ],
)
def test_round_25_judged_other_senses(sentence):
    assert rule_findings(sentence, "jargon") == []


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Ontvangt u een uitkering van de gemeente?", "Ontvangt"),  # a verb before 'u', not a name
        ("Het is in uw belang ervoor zorg te dragen dat u betaalt.", "zorg te dragen"),  # a first part that is no particle
        ("We doen bijvoorbeeld navraag bij uw werkgever.", "doen bijvoorbeeld navraag"),  # the verb first, governing the noun
        ("Daarom geven wij u de gelegenheid om alsnog tot betaling over te gaan.", "tot betaling over te gaan"),
    ],
)
def test_round_25_more_forms_are_found(sentence, found):
    assert found in [f.text for f in rule_findings(sentence, "jargon")]


def test_a_finite_verb_before_its_subject_keeps_its_person_and_capital():
    (found,) = rule_findings("Verstrekt u ons de gegevens?", "jargon")
    assert "'Geeft'" in found.suggestion  # not 'gegeven': 'verstrekt' looks like a participle by its letters


def test_one_word_is_found_once():
    """Review of round 25: 'treffen' and 'treffen maatregelen' were two findings on one word."""
    assert len(rule_findings("Wij treffen maatregelen.", "jargon")) == 1
    assert len(rule_findings("Verleent u toestemming?", "jargon")) == 1


@pytest.mark.parametrize("text, found", [
    ("De oorspronkelijk opgelegde aanslag geldt ook voor het nieuwe adres.", "opgelegde"),
    ("Uit de aan mij ter beschikking gestelde gegevens blijkt dat u mag blijven.", "ter beschikking gestelde"),
    ("Na het besluit krijgt u een brief toegezonden.", "toegezonden"),
])
def test_a_participle_with_its_ending_or_read_as_a_noun_is_the_listed_verb(text, found):
    assert found in [f.text for f in rule_findings(text, "jargon")]


def test_a_plural_noun_with_the_shape_of_a_listed_verb_is_no_verb():
    # 'bedragen' is both the verb (the amount 'bedraagt') and the plural of 'bedrag'
    assert "bedragen" not in [f.text for f in rule_findings("De bedragen staan op de rekening.", "jargon")]


def test_a_writ_is_served_but_a_word_still_means():
    served = rule_findings("Het dwangschrift wordt aan u betekend door de belastingdeurwaarder.", "jargon")
    assert "betekend" in [f.text for f in served] and "Leg uit" in next(f for f in served if f.text == "betekend").suggestion
    assert "betekent" not in [f.text for f in rule_findings("Dat betekent dat de deurwaarder beslag mag leggen.", "jargon")]
    assert "betekend" not in [f.text for f in rule_findings("Uw hulp heeft veel voor ons betekend.", "jargon")]


def test_an_appeal_is_legal_but_a_job_is_not():
    assert "beroep" in [f.text for f in rule_findings("Bezwaar en beroep\n\nBent u het niet eens met dit besluit?", "jargon")]
    assert rule_findings("Wat is uw beroep?", "jargon") == []


@pytest.mark.parametrize("word", ["incassobeleid", "parkeerregulering", "woonvisie", "beleidsnotitie", "kapverordening"])
def test_a_compound_with_an_office_head_gets_advice_without_a_word(word):
    findings = rule_findings(f"Dit staat in het {word} van de gemeente.", "jargon")
    assert [f.text for f in findings] == [word]
    assert "Zeg w" in findings[0].suggestion and "Bijvoorbeeld" not in findings[0].suggestion and not findings[0].edits


def test_a_duty_every_reader_knows_is_no_jargon():
    assert rule_findings("Uw kind valt onder de leerplicht.", "jargon") == []


def test_a_listed_adjective_ending_in_en_is_no_verb():
    findings = rule_findings("Door andere onvoorziene omstandigheden kan de planning afwijken.", "jargon")
    assert [(f.text, "'onverwachte'" in f.suggestion) for f in findings] == [("onvoorziene", True)]


@pytest.mark.parametrize("text, found", [
    ("Ter verkrijging van toestemming staat het u vrij een aanvraag in te dienen.", "staat het u vrij"),
    ("Aan deze termijn wordt strikt de hand gehouden.", "de hand gehouden"),
    ("Dat is vervelend en gaat gepaard met hoge kosten.", "gaat gepaard met"),
])
def test_fixed_expressions_in_their_sentence(text, found):
    assert found in [f.text for f in rule_findings(text, "jargon")]


def test_keeping_your_phone_at_hand_is_everyday_dutch():
    assert rule_findings("Wilt u uw telefoon bij de hand houden?", "jargon") == []


def test_a_compound_gets_no_plain_word_of_its_part_as_example():
    # in "vestigingsplaats" the 'vestiging' is no 'kantoor'
    findings = rule_findings("Morgen is het feest in onze vestigingsplaats in Outgaarden.", "jargon")
    assert [f.suggestion for f in findings] == ["Schrijf in gewone woorden wat 'vestigingsplaats' hier betekent. Er zit 'vestiging' in."]


@pytest.mark.parametrize("text, readers", [
    ("Wat gebeurt er als u ons niet op tijd informeert?", True),
    ("Als de gemeente u informeert, moet u reageren.", False),
    ("Informeert u ons op tijd?", True),
    ("Wij informeren u over de nieuwe regels.", False),
    ("De gemeente informeert u later.", False),
])
def test_informing_by_the_reader_gets_the_readers_words(text, readers):
    (finding,) = rule_findings(text, "jargon")
    assert ("'laten weten'" in finding.suggestion) is readers


def test_keeping_to_a_duty_is_everyday_dutch():
    findings = rule_findings("U krijgt een boete als u zich niet aan de regels heeft gehouden.", "jargon")
    assert "gehouden" not in " ".join(f.text for f in findings)


@pytest.mark.parametrize("text", ["Dan verrekenen we het bedrag met uw uitkering.", "Wij retourneren het formulier."])
def test_a_separable_alternative_for_a_finite_verb_in_a_main_clause_is_unsure(text):
    (finding,) = rule_findings(text, "jargon")
    assert "(vorm aanpassen)" in finding.suggestion and not finding.edits


def test_a_separable_alternative_in_a_subordinate_clause_is_sure():
    (finding,) = rule_findings("Als wij het formulier retourneren, krijgt u bericht.", "jargon")
    assert finding.suggestion == "Schrijf 'terugsturen'."


def test_an_explanation_of_a_tax_bill_takes_its_own_preposition():
    findings = rule_findings("Toelichting op de aanslag", "jargon")
    assert findings[0].text == "Toelichting op" and "'uitleg over'" in findings[0].suggestion


def test_a_separable_alternative_after_te_is_unsure_when_fix_does_not_write_it():
    (finding,) = rule_findings("Wij vragen u het bedrag te verrekenen.", "jargon")
    assert "'aftrekken' (vorm aanpassen)" in finding.suggestion


@pytest.mark.parametrize("text", [
    "U kiest de verkeerde weg.",
    "Waar vindt u de plaats van de bijeenkomst?",
    "Deze mail is verstuurd door iemand die zich voordoet als DigiD.",
    "Het is goed te weten dat u hulp kunt krijgen.",
    "Hoe kunt u dat te weten komen?",
    "Wij willen de kosten in de hand houden.",
    "Wij kijken naar televisie.",
    "Dat valt onder de supervisie van de raad.",
    "Dat was wanbeleid.",
])
def test_words_that_only_look_like_listed_ones(text):
    assert rule_findings(text, "jargon") == []


def test_a_bracketed_part_of_a_word_is_no_word():
    assert "mede" not in [f.text for f in rule_findings("Betreft: (mede)verlening van de vergunning", "jargon")]


def test_an_infinitive_the_tagger_calls_a_participle_keeps_its_form():
    (finding,) = rule_findings("U kunt een regeling aangaan.", "jargon")
    assert finding.suggestion == "Schrijf 'afspreken' of 'sluiten'."


def test_a_second_verb_shares_the_main_clause_of_the_first():
    findings = rule_findings("Wij sturen het formulier en retourneren het direct.", "jargon")
    (returned,) = [f for f in findings if f.text == "retourneren"]
    assert not returned.edits and "(vorm aanpassen)" in returned.suggestion


def test_te_at_the_start_keeps_its_capital():
    (finding,) = rule_findings("Te retourneren: het formulier.", "jargon")
    assert finding.edits[0].replacement == "Terug te sturen"


@pytest.mark.parametrize("text, found", [
    ("Of kreeg u te veel uitkering omdat u ons geen, verkeerde of te late informatie gaf?", False),
    ("U verkeert in financiële problemen.", True),
    ("Als u in geldnood verkeert, bel ons.", True),
])
def test_verkeren_only_in_a_situation(text, found):
    assert any(f.text.startswith("verke") for f in rule_findings(text, "jargon")) is found


@pytest.mark.parametrize("text, advice", [
    ("Voer de bovenstaande herstelcode in.", "Zet 'hierboven' achter het woord"),
    ("Op 8 april aanstaande beginnen de werkzaamheden.", "Laat 'aanstaande' weg"),
    ("Wij bekeken verschillende scenario’s.", "(vorm aanpassen)"),
    ("Indien u niet in het bezit bent van een paspoort, belt u ons.", "(vorm aanpassen)"),
])
def test_advice_for_a_word_whose_plain_word_goes_elsewhere(text, advice):
    assert any(advice in f.suggestion for f in rule_findings(text, "jargon"))


def test_switching_a_setting_on_is_everyday_dutch():
    assert rule_findings("Als u de sms-controle heeft ingeschakeld, krijgt u een code.", "jargon") == []
    assert [f.text for f in rule_findings("Wij hebben een deurwaarder ingeschakeld.", "jargon")] == ["ingeschakeld"]


def test_words_between_the_parts_of_an_expression_stay():
    (finding,) = [f for f in rule_findings("De gemeente beslist binnen 8 weken op uw vraag.", "jargon") if f.text.startswith("beslist")]
    assert finding.suggestion.endswith("Laat de woorden ertussen staan: 'binnen 8 weken'.")


@pytest.mark.parametrize("text, word, advice", [
    ("Bij verzuim van school gaat de leerplichtambtenaar kijken.", "verzuim", "niet op school"),
    ("Daarna volgt een juridische procedure bij de rechter.", "procedure", "rechtszaak"),
    ("Er moet een medische indicatie zijn van een arts.", "indicatie", "als een arts zegt"),  # not 'reden': a doctor's assessment (set 53's judge)
    ("In afwachting van uw betaling verblijven wij.", "verblijven", "Met vriendelijke groet"),
])
def test_a_word_in_another_field_gets_advice_for_that_field(text, word, advice):
    (finding,) = [f for f in rule_findings(text, "jargon") if f.text == word]
    assert advice in finding.suggestion


@pytest.mark.parametrize("text, word, advice", [
    ("Het is mogelijk om bezwaar in te dienen.", "in te dienen", "'te sturen'"),
    ("Het ontvangen bedrag storten wij terug.", "ontvangen", "'gekregen'"),
    ("U kunt een regeling aangaan.", "aangaan", "'afspreken'"),
    ("In afwachting van uw betaling verblijven wij, hoogachtend,", "verblijven", "oude slotzin"),
    ("Wij mogen u hier laten verblijven.", "verblijven", "'zijn'"),
    ("Bekijk de bovenstaande tabel.", "bovenstaande", "'de tabel hierboven'"),
    ("Er komen twee aanstaande wijzigingen.", "aanstaande", "'volgende'"),
    ("Na uw melding schakelen wij een deurwaarder in.", "schakelen wij een deurwaarder in", "'vragen'"),
])
def test_second_review(text, word, advice):
    (finding,) = [f for f in rule_findings(text, "jargon") if f.text == word]
    assert advice in finding.suggestion and "ertussen staan: 'te'" not in finding.suggestion


def test_a_te_in_another_clause_is_no_dienen_te():
    findings = rule_findings("Dit dient als bewijs dat u te veel heeft betaald.", "jargon")
    assert all("moet" not in f.suggestion for f in findings)



@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Dit heeft tot gevolg dat de school dicht is.", "heeft tot gevolg"),  # the parser reads 'tot' as particle of 'heeft'
        ("Onze voorkeur gaat uit naar een groep van vijf bewoners.", "voorkeur gaat uit naar"),  # the verb's particle between
    ],
)
def test_fixed_expressions_the_parser_splits_oddly(sentence, found):
    assert found in [f.text for f in rule_findings(sentence, "jargon")]


def test_a_phrase_cannot_stand_before_a_noun():
    # 'wat hierboven staat' before 'regels' is no Dutch: the sentence must change, so the form is not sure
    findings = rule_findings("De vorenstaande regels gelden voor u.", "jargon")
    assert [f.suggestion for f in findings] == ["Schrijf 'wat hierboven staat' (vorm aanpassen)."]


def test_filler_gets_advice_to_drop_it_not_to_explain_it():
    findings = rule_findings("Via deze weg laten wij u weten dat de school dicht is.", "jargon")
    assert [f.suggestion for f in findings] == ["Laat 'via deze weg' weg: 'Via deze weg laten wij u weten dat …' wordt 'Wij laten u weten dat …'."]


@pytest.mark.parametrize(
    "sentence, found, advice",
    [
        # 'ontvangen' is an infinitive, a plural and a participle alike: its own auxiliaries decide
        ("Als u geen stempas heeft ontvangen, kunt u een nieuwe aanvragen.", "ontvangen", "Schrijf 'gekregen'."),
        ("Het kan gebeuren dat kinderen uit een klas de oproep niet tegelijk ontvangen.", "ontvangen", "Schrijf 'krijgen'."),
        ("Een aanvraag moet uiterlijk vrijdag zijn ontvangen.", "ontvangen", "Schrijf 'krijgen' (vorm aanpassen)."),
        # a demand met by a thing, not by the reader
        ("Neem een pasfoto mee die voldoet aan de eisen.", "voldoet aan", "'een foto zoals de regels vragen'"),
        ("Als u aan de voorwaarden voldoet, krijgt u de toeslag.", "aan de voorwaarden voldoet", "'als u alles hebt wat nodig is'"),
        # the example names what this sentence is about
        ("Na ontvangst van de betaling sluiten wij het dossier.", "Na ontvangst van", "'zodra de betaling er is'"),
        ("Na ontvangst van deze brief heeft u twee weken.", "Na ontvangst van", "'als u deze brief hebt'"),
        # 'verrekenen met' asks for 'aftrekken van'
        ("Uw toeslag wordt verrekend met uw huidige toeslag.", "verrekend", "'aftrekken van' in plaats van 'verrekenen met'"),
        # an order after a comma; a 'te' far away still goes
        ("Voor de duidelijkheid, vermeld altijd het nummer.", "vermeld", "Schrijf 'noem'"),
        ("Dit formulier dient volledig ingevuld en voorzien van uw gegevens aan ons teruggestuurd te worden.", "dient", "laat 'te' voor het werkwoord weg"),
    ],
)
def test_advice_that_fits_the_form_and_the_sense(sentence, found, advice):
    findings = {f.text: f for f in rule_findings(sentence, "jargon")}
    assert found in findings, findings
    assert advice in findings[found].suggestion


@pytest.mark.parametrize(
    "sentence, not_found",
    [
        ("Heeft u hierbij hulp nodig?", "hierbij"),  # 'daarbij', not the letter's formula
        ("Daar moet het CJIB dan wel mee akkoord gaan.", "dan wel"),  # 'dan' + 'wel', not 'of'
        ("Als u verhuist, dient u dit te allen tijde door te geven.", "dient u dit te"),  # that 'te' is of 'te allen tijde'
        ("Als u een andere woning betrekt, dient u zich in te schrijven bij de gemeente.", "betrekt, dient u zich in te schrijven bij"),
        ("U kunt een betalingsregeling afspreken.", "betalingsregeling"),  # everyday words for readers with debts
    ],
)
def test_words_in_another_sense_or_across_a_clause_are_not_matched(sentence, not_found):
    assert not_found not in [f.text for f in rule_findings(sentence, "jargon")]


def test_the_particle_of_another_verb_joins_its_verb():
    findings = {f.text: f for f in rule_findings("Als u verhuist, dient u zich in te schrijven bij de gemeente.", "jargon")}
    assert "'inschrijven' in plaats van 'in te schrijven'" in findings["dient u zich in te"].suggestion


@pytest.mark.parametrize(
    "text, word",
    [
        ("U kunt het formulier opvragen bij het Sociaal wijkteam.", "wijkteam"),  # part of a name
        ("Het gesprek is bij u thuis. We noemen dit een keukentafelgesprek.", "keukentafelgesprek"),  # the text names it
        ("Dagbesteding: De dag doorbrengen bij een organisatie zonder zorgtaken.", "Dagbesteding"),  # a line that explains it
    ],
)
def test_names_and_terms_the_text_explains_are_left_alone(text, word):
    assert word not in [f.text for f in rule_findings(text, "jargon")]


def test_a_field_label_with_its_value_is_no_explanation():
    assert "Betreft" in [f.text for f in rule_findings("Betreft: uw aanvraag voor bijzondere bijstand", "jargon")]


def test_a_plural_pronoun_is_no_verb_after_a_preposition():
    (finding,) = rule_findings("Wij geven uw gegevens niet aan derden.", "jargon")
    assert finding.suggestion.startswith("Schrijf 'anderen'")  # not 'het anderen', as for a verb ('na het versturen')


@pytest.mark.parametrize(
    "sentence, found, advice",
    [
        ("Een mondelinge aanvraag kan tot één dag voor de stemming worden ingediend.", "ingediend", "Schrijf 'doen'"),  # spoken, not sent
        ("Neem een geldig legitimatiebewijs mee.", "legitimatiebewijs", "'paspoort, ID-kaart of rijbewijs'"),  # not narrower
        ("U vraagt de omgevingsvergunning aan via het Omgevingsloket.", "omgevingsvergunning", "Zeg waarvoor de vergunning is"),
    ],
)
def test_the_sense_is_kept(sentence, found, advice):
    findings = {f.text: f for f in rule_findings(sentence, "jargon")}
    assert advice in findings[found].suggestion


@pytest.mark.parametrize(
    "sentence, found, advice",
    [
        # a 'te' inside the expression goes with the alternative's verb
        ("De regels om in aanmerking te komen voor het vervoer blijven gelijk.", "in aanmerking te komen voor", "Schrijf 'recht te hebben op'"),
        # the verb last in its clause: without the preposition the object moves, so the form is not sure
        ("U kunt mailen of gebruik te maken van ons portaal.", "gebruik te maken van", "'gebruiken' (vorm aanpassen)"),
        ("Zorg dat wij altijd beschikken over uw gegevens.", "beschikken over", "'hebben' (vorm aanpassen)"),
        # a separable alternative for a split verb splits too
        ("Hieronder lichten wij dit verder toe.", "lichten wij dit verder toe", "'uitleggen' (vorm aanpassen)"),
        # a modal takes no 'om … te'
        ("We zijn zo in staat om noodopvang te bieden.", "zijn zo in staat", "Bij 'kunnen' vallen 'om' en 'te' voor het werkwoord weg"),
        ("Stuur eventuele bewijsstukken mee.", "eventuele", "Schrijf 'mogelijke'"),
        ("We streven ernaar om de kosten laag te houden.", "streven", "laat 'ernaar' weg"),
        ("We leggen riolering aan ter plaatse van het kindcentrum.", "ter plaatse van", "Schrijf 'bij'"),
        ("Er is geen nadere ingebrekestelling nodig.", "nadere", "Schrijf 'extra'"),
    ],
)
def test_advice_that_fits_round_28(sentence, found, advice):
    findings = {f.text: f for f in rule_findings(sentence, "jargon")}
    assert found in findings, findings
    assert advice in findings[found].suggestion


@pytest.mark.parametrize(
    "sentence, not_found",
    [
        ("Wij verrekenen uw schuld met bedragen waarop u recht heeft.", "bedragen"),  # a plural noun
        ("Bedragen werkweek schooljaar 2017", "Bedragen"),  # a heading
        ("Deze maatregel treft veel ouders.", "treft"),  # it hits them
        ("De essen hebben een slechte conditie.", "conditie"),  # their health
        ("Het is belangrijk voor u te weten dat wij dit melden.", "te weten"),  # to know
        ("Mocht u hier bezwaar tegen hebben, bel ons dan.", "bezwaar"),  # everyday objection
        ("Wij beëindigen uw aanvullende verzekering.", "aanvullende"),  # the name of the insurance
    ],
)
def test_everyday_senses_round_28(sentence, not_found):
    assert not_found not in [f.text for f in rule_findings(sentence, "jargon")]


def test_the_legal_objection_and_the_tax_declaration_stay():
    assert "bezwaar" in [f.text for f in rule_findings("Hoe maak ik bezwaar tegen mijn aanslag?", "jargon")]
    assert "aangifte doen" in [f.text for f in rule_findings("U moet hiervan aangifte doen bij de gemeente.", "jargon")]
    assert "aangifte doen" not in [f.text for f in rule_findings("Na een diefstal moet u aangifte doen bij de politie.", "jargon")]


@pytest.mark.parametrize(
    "sentence, not_found",
    [
        ("Gebruik de opvang alleen als u een cruciaal beroep heeft.", "cruciaal"),  # the name of a list
        ("Het heeft ons juist nader tot elkaar gebracht.", "nader"),
        ("Hierbij kan gedacht worden aan dranghekken en putdeksels.", "Hierbij"),  # 'daarbij', nobody writes or reads
    ],
)
def test_everyday_senses_round_29(sentence, not_found):
    assert not_found not in [f.text for f in rule_findings(sentence, "jargon")]


def test_a_passive_expression_gets_no_passive_of_an_active_only_verb():
    findings = {f.text: f for f in rule_findings("Bovendien wordt dan aanspraak gemaakt op vergoeding van de rente.", "jargon")}
    assert "(vorm aanpassen)" in findings["aanspraak gemaakt op"].suggestion  # not 'wordt recht gehad op'


# From the review of round 27: cases the round's own changes must not break
@pytest.mark.parametrize(
    "sentence, found, advice",
    [
        ("U behoeft niets te doen.", "behoeft", "Schrijf 'hoeft'"),  # 'hoeven' keeps its 'te'
        ("Zij was genoodzaakt haar woning te verlaten.", "genoodzaakt", "Bij 'moeten' valt 'te' voor het werkwoord weg"),
        ("U voldoet niet aan de voorwaarden voor bijzondere bijstand.", "voldoet niet aan", "'als u aan de voorwaarden voldoet'"),
        ("Wij kijken of u voldoet aan de voorwaarden.", "voldoet aan", "'als u aan de voorwaarden voldoet'"),
        ("U dient, net als vorig jaar, het formulier voor 1 mei in te vullen.", "dient", "laat 'te' voor het werkwoord weg"),
        ("U kunt het formulier per post dan wel via internet sturen.", "dan wel", "Schrijf 'of'"),
        ("U ontvangt hierbij een kopie van het besluit.", "hierbij", "Laat 'hierbij' meestal weg"),
        ("Wij hebben uw brief bekeken en uw betaling ontvangen.", "ontvangen", "Schrijf 'gekregen'"),
        ("U kunt vanaf 1 mei een uitkering ontvangen.", "ontvangen", "Schrijf 'krijgen'."),
        ("Dit volgt uit de Europese regelgeving.", "regelgeving", "'regels'"),
        ("Dit geldt voor mensen die beschikken over een auto.", "beschikken over", "'hebben' (vorm aanpassen)"),
        ("Heeft u bezwaar tegen dit besluit? Bel ons dan.", "bezwaar", "Leg uit wat 'bezwaar' hier betekent"),
        ("U heeft twee dingen nodig, te weten wat u verdient en wat u betaalt.", "te weten", "Schrijf 'namelijk'"),
        ("U moet de aanvraag schriftelijk indienen, niet telefonisch.", "indienen", "Schrijf 'sturen'"),
        ("Na ontvangst van uw nieuwe rijbewijs moet u het oude inleveren.", "Na ontvangst van", "'zodra uw nieuwe rijbewijs er is'"),
        ("Als u verhuist, dient u dit te allen tijde door te geven.", "dient u dit te allen tijde door te", "'doorgeven' in plaats van"),
    ],
)
def test_review_round_27(sentence, found, advice):
    findings = {f.text: f for f in rule_findings(sentence, "jargon")}
    assert found in findings, findings
    assert advice in findings[found].suggestion


def test_a_term_that_is_only_mentioned_is_not_explained():
    text = "Wij noemen dit bedrag ook in de beschikking.\n\nDe beschikking sturen wij u apart."
    assert "beschikking" in [f.text for f in rule_findings(text, "jargon")]
    text = "Ingebrekestelling: u heeft de huur van maart nog niet betaald."
    assert "Ingebrekestelling" in [f.text for f in rule_findings(text, "jargon")]



# From the second review of round 27
@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Hierbij krijgt u het overzicht van uw betalingen.", "Hierbij"),
        ("Wij attenderen u hierbij op de nieuwe regels.", "hierbij"),
        ("U kunt het formulier per post dan wel via internet sturen.", "dan wel"),
        ("Heeft u bezwaar tegen dit besluit? Bel ons.", "bezwaar"),
        ("Ingebrekestelling: wij hebben de huur van maart nog niet van u ontvangen.", "Ingebrekestelling"),
    ],
)
def test_second_review_still_found(sentence, found):
    assert found in [f.text for f in rule_findings(sentence, "jargon")]


@pytest.mark.parametrize(
    "sentence, not_found",
    [
        ("Laat het ons weten als u hierbij hulp nodig heeft.", "hierbij"),
        ("Het wijkteam kan u hierbij ondersteunen en advies geven.", "hierbij"),
        ("Dan moet u dan wel aan de voorwaarden voldoen.", "dan wel"),
        ("Heeft u er bezwaar tegen dat het besluit ook naar uw werkgever gaat?", "bezwaar"),
        ("U kunt het ons laten weten. Te weten of u recht heeft, is lastig.", "Te weten"),
        ("Wij noemen het een beschikking.", "beschikking"),
        ("Beschikking: een besluit dat de gemeente neemt over uw aanvraag.", "Beschikking"),
    ],
)
def test_second_review_not_found(sentence, not_found):
    assert not_found not in [f.text for f in rule_findings(sentence, "jargon")]


@pytest.mark.parametrize(
    "sentence, found, advice",
    [
        ("Dit formulier dient als bewijs om aan te tonen dat u hier woont.", "dient", "Schrijf 'is' of 'werkt als'"),
        ("Wij hebben uw aanvraag bekeken en ontvangen graag nog een kopie.", "ontvangen", "Schrijf 'krijgen'."),
        ("U kunt uw bezwaar schriftelijk of mondeling indienen.", "indienen", "Schrijf 'doen'"),
        ("Na ontvangst van onze brief heeft u twee weken om te reageren.", "Na ontvangst van", "'als u onze brief hebt'"),
        ("Wij nemen binnen 8 weken een besluit, na ontvangst van alle stukken.", "na ontvangst van", "'zodra alle stukken er zijn'"),
        ("Als u verhuist, dient u dit te allen tijde door te geven.", "dient u dit te allen tijde door te", "'doorgeven' in plaats van"),
    ],
)
def test_second_review_advice(sentence, found, advice):
    findings = {f.text: f for f in rule_findings(sentence, "jargon")}
    assert advice in findings[found].suggestion


def test_a_pronominal_adverb_before_one_verb_keeps_the_form_sure():
    findings = {f.text: f for f in rule_findings("Hierbij ontvangt u de herstelcode.", "jargon")}
    assert findings["ontvangt"].suggestion == "Schrijf 'krijgt'."  # 'hierbij' takes no preposition from 'ontvangen'
    findings = {f.text: f for f in rule_findings("Wij zullen u daarvan op de hoogte brengen.", "jargon")}
    assert "(vorm aanpassen)" in findings["op de hoogte brengen"].suggestion  # 'daarvan' would be left behind


def _assert_advice(sentence: str, found: str, advice: str) -> None:
    """The jargon finding on ``found`` gives this advice (round 28 and its reviews)."""
    from begrijpelijk import Settings, check_text

    findings = {f.text: f for f in check_text(sentence, Settings(only={"jargon"})).findings}
    assert found in findings and advice in findings[found].suggestion


@pytest.mark.parametrize(
    "sentence, found, advice",
    [
        ("Ingaande 2024 ontvangt u een factuur.", "Ingaande", "'vanaf'"),
        ("De prijswijziging wordt normaliter per 1 juli doorgevoerd.", "normaliter", "'normaal'"),
        ("De prijswijziging wordt normaliter per 1 juli doorgevoerd.", "doorgevoerd", "'ingevoerd'"),
        ("Mocht u vragen hebben naar aanleiding van dit schrijven, bel ons dan.", "dit schrijven", "'deze brief'"),
        ("Geef dit, met redenen omkleed, schriftelijk aan bij de directie.", "met redenen omkleed", "'met uitleg waarom'"),
        ("Hieraan voorafgaand zal de gemeente een informatieavond houden.", "Hieraan voorafgaand", "'daarvoor'"),
    ],
)
def test_round_28_officialese(sentence, found, advice):
    """Round 28 (sets 27-28, after their first run): officialese the list did not have yet."""
    _assert_advice(sentence, found, advice)


@pytest.mark.parametrize(
    "sentence, found, advice",
    [
        ("Op 19 september hebt u een uitnodiging van de gemeente ontvangen voor een avond.", "ontvangen", "'gekregen'"),
        ("Wij hopen dat u betrokken wilt blijven bij de school.", "betrokken wilt blijven bij", "'meedoen met'"),
        ("Wij betrekken u bij het plan.", "betrekken u bij", "'laten meedoen met'"),
        ("Er komt een incidentele verhoging van de contributie.", "incidentele", "'één keer'"),
        ("De regels zijn uniform voor alle gemeenten.", "uniform", "'hetzelfde'"),
    ],
)
def test_round_28_senses_and_forms(sentence, found, advice):
    """Round 28 (judged sets 25-26, dev): 'hebt u … ontvangen' with 'hebt' as the parser's root
    is a participle; 'betrokken zijn/blijven bij' is taking part, not being let in."""
    _assert_advice(sentence, found, advice)


@pytest.mark.parametrize(
    "sentence, not_found",
    [
        ("De leden van de schutterij dragen hun uniformen.", "uniformen"),  # the clothes
        ("Het is van belang te weten welk systeem u gebruikt.", "te weten"),  # an infinitive, not 'namely'
    ],
)
def test_round_28_everyday_senses(sentence, not_found):
    from begrijpelijk import Settings, check_text

    assert not_found not in [f.text for f in check_text(sentence, Settings(only={"jargon"})).findings]


def test_immers_first_in_the_sentence_is_not_namelijk():
    """Set 26's judge: "Namelijk: het gaat over …" is no Dutch; 'want' goes first, 'namelijk' later."""
    from begrijpelijk import Settings, check_text

    (first,) = check_text("Immers: het gaat over uw geld.", Settings(only={"jargon"})).findings
    assert "'want' vooraan" in first.suggestion and not first.edits


@pytest.mark.parametrize(
    "sentence, found, advice",
    [
        ("Te denken valt aan putten, straatwerk en dergelijke.", "dergelijke", "'enzovoort' in plaats van 'en dergelijke'"),
        ("Zeker als een dergelijke avond zo kort vooraf bekend wordt.", "dergelijke", "'zo'n' in plaats van 'een dergelijke'"),
        ("Wij kunnen de prijzen niet langer handhaven.", "handhaven", "'gelijk houden'"),
        ("De gemeente gaat de gladheid bestrijden.", "bestrijden", "'tegengaan'"),
        ("De politie gaat de regels handhaven.", "handhaven", "zich aan de regels houdt"),
        ("Wij doen nader onderzoek naar de schade.", "nader", "'extra'"),  # set 30's judge: not 'later'
    ],
)
def test_round_28_judged_senses(sentence, found, advice):
    """Sets 27-28's judges: 'dergelijke' after 'een' or 'en', prices that are kept, ice that is fought."""
    _assert_advice(sentence, found, advice)


@pytest.mark.parametrize(
    "sentence, found, advice",
    [
        ("Zorg dat uiterlijk 1 maart het volledige bedrag is voldaan.", "voldaan", "'betaald'"),  # not 'is betalen'
        ("U krijgt een aanmaning als de nota niet is voldaan.", "voldaan", "'betaald'"),
        ("Wij verstrekken uw gegevens niet aan anderen.", "verstrekken", "'geven'"),
    ],
)
def test_round_28_paid_and_given(sentence, found, advice):
    """Sets 27 and 29's judges: 'is voldaan' of a bill is 'is betaald'."""
    _assert_advice(sentence, found, advice)


@pytest.mark.parametrize(
    "sentence",
    [
        "Van te voren weet je dan precies wat je moet betalen.",  # 'te' and 'weet' apart
        "Wij stellen het op prijs van tevoren te weten op hoeveel mensen we kunnen rekenen.",
        "In de vergadering die gehouden is op 23 maart is besloten dat de prijs stijgt.",  # held, not obliged
        "Dan heeft dat verstrekkende gevolgen.",  # far-reaching
    ],
)
def test_round_28_everyday_words_the_judges_named(sentence):
    from begrijpelijk import Settings, check_text

    assert [f.text for f in check_text(sentence, Settings(only={"jargon"})).findings] == []


@pytest.mark.parametrize(
    "sentence, found, advice",
    [
        # round 31: the fixed expression as a whole ('tot latere order' is no Dutch expression; set 43's judge)
        ("De school blijft tot nader order dicht.", "tot nader order", "'voorlopig'"),
        ("Wij hebben de bewoners betrokken bij de plannen.", "betrokken bij", "'laten meedoen met'"),
        ("Voor schoolboeken en dergelijke zaken krijgt u geld.", "dergelijke", "'zulke'"),
        ("Wij handhaven de regels voor de huur van een parkeerplaats.", "handhaven", "zich aan de regels houdt"),
        ("Wilt u de beslissing over de boete voor overlast bestrijden?", "bestrijden", "'het niet eens zijn met'"),
        ("Wij handhaven de huurprijs ook volgend jaar.", "handhaven", "'gelijk houden'"),
        ("Het handhaven van de prijzen is lastig.", "handhaven", "'gelijk houden'"),
        ("Het bestrijden van gladheid kost veel geld.", "bestrijden", "'tegengaan'"),
        ("Betaalt u niet, dan zullen wij ertoe overgaan de woning te ontruimen.", "ertoe overgaan", "Schrijf wat u gaat doen"),
    ],
)
def test_review_28_senses(sentence, found, advice):
    """The review of round 28: a sense chosen by what the verb is done to, not by any word nearby."""
    _assert_advice(sentence, found, advice)


def test_review_28_incoming_post_is_not_from_a_date():
    from begrijpelijk import Settings, check_text

    assert check_text("De ingaande post wordt gescand.", Settings(only={"jargon"})).findings == []

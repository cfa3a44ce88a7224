"""Round 32: officialese the labellers of sets 2-44 marked and begrijpelijk missed,
each with the everyday use it must leave alone."""
from __future__ import annotations

import pytest

from conftest import rule_findings, suggestions


@pytest.mark.parametrize(
    "sentence, word, advice",
    [
        ("Per 1 januari gaat de huur omhoog.", "Per", "Schrijf 'vanaf'."),
        ("De prijs wordt per 01-07-2024 aangepast.", "per", "Schrijf 'vanaf'."),
        ("De huurverhoging gaat in per 1 juli.", "per", "Schrijf 'op': 'De verhoging gaat in op 1 juli'."),
        ("Op deze wijze kunnen wij het programma betalen.", "Op deze wijze", "Schrijf 'zo'."),
        ("We kijken samen op welke wijze wij u helpen.", "op welke wijze", "Schrijf 'hoe'."),
        ("Wij betreuren het ten zeerste.", "ten zeerste", "Schrijf 'heel erg'."),
        ("Dat is een gering bedrag.", "gering", "Schrijf 'klein'."),
        ("Voor een tweetal verenigingen geldt dit.", "een tweetal", "Schrijf 'twee'."),
        ("De planning is als volgt:", "als volgt", "Schrijf 'zo'."),
        ("U kunt het bij de volgende inzameling opnieuw aanbieden.", "aanbieden", "Schrijf 'buitenzetten'. Bij afval: zet het aan de straat."),
    ],
)
def test_office_words_get_their_plain_word(sentence, word, advice):
    assert suggestions(sentence).get(word) == advice


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("U betaalt twee keer per jaar.", "per"),  # 'per' without a date is everyday Dutch
        ("De kosten zijn € 5 per persoon.", "per"),
        ("Het volgende jaar komen we terug.", "volgende"),  # 'het volgende' before a noun is 'next'
        ("Het is een wijze beslissing.", "wijze"),  # the adjective 'wise'
        ("Wij bieden u een nieuwe woning aan.", "bieden"),  # 'aanbieden' is only office language for waste
    ],
)
def test_the_everyday_use_is_left_alone(sentence, word):
    assert not [text for text in suggestions(sentence) if word in text.lower()]


def test_het_volgende_gets_advice_without_a_word():
    for sentence in ("Wij delen u het volgende mee:", "Wij vragen uw aandacht voor het volgende."):
        assert suggestions(sentence)["het volgende"].startswith("Schrijf meteen wat u wilt zeggen.")


@pytest.mark.parametrize(
    "sentence, word, start",
    [
        # what the judges of sets 6-44 found wrong, with the advice that fits now
        ("Dit geldt voor alle van toepassing zijnde regels.", "zijnde", "Maak er een zin met 'die' van."),
        ("Uw woning staat geregistreerd als zijnde aangesloten.", "zijnde", "Laat 'zijnde' meestal weg"),
        ("Het geld is nodig om de normale gang van zaken te betalen.", "gang van zaken", "Schrijf 'hoe het … gaat'"),
        ("Dit geldt voor het gehele jaar 2007.", "gehele", "Schrijf 'hele'."),
        ("Dat is in het geheel niet nodig.", "geheel", "Schrijf 'helemaal'."),
        ("Kinderen moeten fysiek, mentaal en sociaal gezond opgroeien.", "fysiek", "Schrijf 'lichamelijk'"),
        ("In de wijk komen nieuwe recreatieve voorzieningen.", "voorzieningen", "Schrijf in gewone woorden wat er komt of is."),
        ("U kunt een klacht indienen bij uw verhuurder.", "indienen", "Schrijf 'sturen naar'"),
        ("Stuur een mail onder vermelding van 'aanmelding'.", "onder vermelding van", "Schrijf wat de lezer erbij moet zetten. Bijvoorbeeld: 'Zet in het onderwerp"),
        ("Stuur de brief met vermelding van de datum.", "met vermelding van", "Schrijf 'met'."),
        ("De vereniging kan deze kosten op u verhalen.", "verhalen", "Schrijf 'laten betalen'"),
        ("Voor vragen moet u zich dan ook wenden tot de gemeente.", "wenden", "Schrijf 'contact opnemen met' (vorm aanpassen) en laat 'zich' weg."),
        ("Komt u niet voor deze regeling in aanmerking?", "in aanmerking", "Schrijf 'recht hebben op'"),
        ("Alle ouders worden gecompenseerd voor de kosten.", "gecompenseerd", "Zeg wie wat terugkrijgt."),
        ("Ik wil u op de hoogte brengen van mijn vertrek.", "op de hoogte brengen", "Schrijf 'vertellen over'"),
        ("Zodra we meer weten zullen we u op de hoogte brengen.", "op de hoogte brengen", "Schrijf 'laten weten' (vorm aanpassen). Bijvoorbeeld: 'Wij laten het u weten.'"),
    ],
)
def test_advice_fits_where_the_judges_found_it_did_not(sentence, word, start):
    (advice,) = [a for text, a in suggestions(sentence).items() if word in text]
    assert advice.startswith(start)


@pytest.mark.parametrize(
    "sentence, word, start",
    [
        # set 45 after its first run: what the labeller wrote and the advice missed
        ("Heeft u vragen naar aanleiding van deze brief?", "naar aanleiding van", "Schrijf 'over'."),
        ("Als u naar aanleiding van deze brief vragen heeft, bel ons.", "naar aanleiding van", "Schrijf 'over'."),
        ("Naar aanleiding van onze vraag naar hulpouders zijn er veel reacties.", "Naar aanleiding van", "Schrijf 'na'"),
        ("Er is een exploitatie overschot van ruim € 6.000.", "exploitatie", "Schrijf in gewone woorden wat er over is"),
        ("Wij innen de contributie via een machtiging.", "innen", "Schrijf 'afschrijven'"),
        ("Recent hebben wij u de contributie gestuurd.", "Recent", "Schrijf 'kort geleden'."),
        ("Stuur een recente pasfoto mee.", "recente", "Schrijf 'nieuwe'."),
        ("Stuur ons uw meest recente jaaropgave.", "recente", "Schrijf 'laatste' in plaats van 'meest recente'"),
        ("Bij aanvang van het schooljaar is er gesproken.", "Bij aanvang van", "Schrijf 'aan het begin van'."),
        # was 'begin (vorm aanpassen)': 'voor begin van' lacks 'het' (round 24); the whole phrase has its own plain words now
        ("Wij bellen u vlak voor aanvang van de werkzaamheden.", "voor aanvang van", "Schrijf 'voor het begin van'."),
        ("Nu heden ten dage alles digitaal gaat.", "heden ten dage", "Schrijf 'tegenwoordig'."),
        ("Alle binnensport komt per direct te vervallen.", "vervallen", "Schrijf 'gaat niet door'"),
        ("In vervolg op onze eerdere mail volgen wij de adviezen.", "In vervolg op", "Schrijf 'na'."),
        ("Uw toetsingsinkomen en uw vermogen mogen niet te hoog zijn.", "vermogen", "Schrijf 'spaargeld en bezit'."),
        # the judges of sets 45 and 46
        ("Tot nader bericht blijft de school dicht.", "Tot nader bericht", "Schrijf 'voorlopig'"),
        ("De gemeente gaat zich pas na de crisis beraden.", "beraden", "Schrijf 'nadenken' (vorm aanpassen) en laat 'zich' weg."),
        ("Zo niet, dan gaat de gemeente over tot handhaving.", "handhaving", "Zeg wat u dan doet."),
        ("De rechter heeft het besluit vernietigd.", "vernietigd", "Schrijf 'ongeldig maken'"),
        ("Graag willen we u met deze brief nader informeren.", "nader", "Schrijf 'meer vertellen' in plaats van 'nader informeren'"),
        # the judge of set 48
        ("Wij willen de vorderingen van het project laten zien.", "vorderingen", "Schrijf 'hoe het werk opschiet'."),
        ("Wij hebben bezwaar aangetekend bij de rechtbank.", "aangetekend", "Schrijf 'gemaakt' of 'ingediend'"),
        ("Wij willen u informeren over de gang van zaken.", "gang van zaken", "Schrijf 'hoe het gaat' in plaats van 'de gang van zaken'."),
        # the review of round 32: the advice that fits these sentences
        ("Betaalt u de rekening niet, dan innen wij het bedrag via een incassobureau.", "innen", "Schrijf 'ophalen'"),
        ("De huurverhoging wordt gecompenseerd door een hogere huurtoeslag.", "gecompenseerd", "Schrijf 'goedgemaakt'"),
        ("U moet aannemelijk maken dat u de brief niet heeft gekregen.", "aannemelijk maken", "Schrijf 'laten zien'"),
        ("De gemeente heeft een noodverordening afgekondigd.", "afgekondigd", "Schrijf 'ingesteld'"),
        ("Het contract eindigt per 1 april.", "per", "Schrijf 'op'"),
        ("U kunt het formulier indienen bij de balie van het gemeentehuis.", "indienen", "Schrijf 'inleveren bij'"),
        ("Maak het bedrag over onder vermelding van uw naam en e-mailadres.", "onder vermelding van", "Schrijf wat de lezer erbij moet zetten: 'Maak het bedrag over"),
        ("Vanaf maandag is het onderwijs weer fysiek; leerlingen met klachten blijven thuis.", "fysiek", "Schrijf 'in het echt'"),
        ("De kosten van handhaving zijn voor de gemeente.", "handhaving", "Schrijf in gewone woorden wat 'handhaving' hier betekent. Zeg wat u doet"),  # round 33: 'controle' was wrong 5 of 8 times (judges)
        ("De kosten ad € 25 worden afgeschreven.", "ad", "Schrijf 'van'"),
    ],
)
def test_the_advice_the_labellers_and_judges_asked_for(sentence, word, start):
    assert suggestions(sentence)[word].startswith(start)


@pytest.mark.parametrize(
    "sentence, word",
    [
        # the judges of sets 45 and 46: everyday words in these sentences
        ("We vinden het leuk om jullie op het Kruithuis te ontvangen.", "ontvangen"),
        ("De vereniging als geheel heeft het zwaar.", "geheel"),
        ("Tijdens de ledenvergadering die is gehouden op 30 november is besloten om de begroting aan te passen.", "gehouden"),
        ("De tuintjes moeten schoon worden afgegeven.", "afgegeven"),
        ("De trailers worden vernietigd.", "vernietigd"),
        ("Wij gaan de opvanglocatie samenvoegen.", "opvanglocatie"),  # 'locatie' is plain inside a compound
        # the judge of set 48
        ("Wij vragen u hier een bijdrage aan te leveren.", "leveren"),  # 'hieraan … leveren', no 'aanleveren'
        ("Wij doen dit zo goed en verantwoord mogelijk.", "verantwoord"),
        ("Wat mij betreft is dat prima.", "betreft"),
        ("De bewoners wonen binnen locatie De Burght.", "locatie"),  # part of a name
        # the review of round 32
        ("Uw kind krijgt intensieve hulp.", "intensieve"),
        ("Het vermogen van de zonnepanelen is 4 kilowatt.", "vermogen"),
        ("Ad 2. Financiën: alles klopt.", "Ad"),
        ("De voorzitter ad interim opent de vergadering.", "ad"),
        ("Op locatie krijgt u uitleg.", "locatie"),
        ("Wij bieden bewoners een gratis container aan voor grofvuil.", "bieden"),
    ],
)
def test_everyday_use_the_judges_and_the_review_named(sentence, word):
    assert not [text for text in suggestions(sentence) if word in text]


def test_an_ability_is_no_money():
    assert "vermogen" not in suggestions("Het vermogen om te leren groeit.")


def test_lessons_of_the_judge_of_set_47():
    assert suggestions("Onze BIZ, die officieel 31-12-2020 ten einde liep, wordt verlengd.")["ten einde"].startswith("Schrijf 'aflopen'")
    assert not [t for t in suggestions("Ook bedrijven worden getroffen door deze maatregelen.") if "getroffen" in t]
    assert [t for t in suggestions("Wij hebben maatregelen getroffen.") if "getroffen" in t]
    # a legal term: explained at its first use only
    found = rule_findings("Door de kostendelersnorm krijgt u minder. De kostendelersnorm geldt vanaf 21 jaar.", "jargon")
    assert [f.start for f in found if f.text == "kostendelersnorm"] == [8]


def test_a_separable_verb_after_te_is_still_found():
    assert "aan te leveren" in suggestions("Wij vragen u de stukken vóór 1 mei aan te leveren.")


def test_a_word_against_a_bracket_is_no_word_of_its_own():
    from begrijpelijk import Settings, check_text

    sentence = "Bedrijven en (maatschappelijke) organisaties verzoeken de gemeente om lokale maatregelen die verlichting kunnen geven in de (liquiditeit)problemen waarmee zij kampen."
    assert not check_text(sentence, Settings(only={"lange-zin"})).findings  # 20 words as a reader counts
    assert check_text(sentence.replace("(liquiditeit)problemen", "(liquiditeit) problemen"), Settings(only={"lange-zin"})).findings


def test_lessons_of_the_judge_of_set_50():
    assert not [t for t in suggestions("Meer informatie vindt u onder ‘werkzaamheden’ op de website.") if "vindt" in t]
    assert suggestions("De gemeente streeft naar een goede samenwerking.")["streeft"].startswith("Schrijf 'wil' of 'willen' en laat 'naar' weg")
    assert suggestions("Het streven is om in 2025 klaar te zijn.")["streven"].startswith("Schrijf 'het doel'")
    assert "conditie" not in suggestions("De conditie van de bomen is slecht.")
    assert "condities" in suggestions("U moet aan de gestelde condities voldoen.")
    assert "Locatie" not in suggestions("Locatie: Hercules, Rijtseweg 1, Diessen")


def test_lessons_of_the_judges_of_sets_49_and_50():
    assert suggestions("De capaciteit van het riool voldoet niet meer.")["voldoet"].startswith("Schrijf 'is genoeg'")
    assert suggestions("U moet het bedrag voldoen.")["voldoen"].startswith("Schrijf 'betalen'")
    assert suggestions("Wij zorgen voor een divers bomenbestand.")["divers"] == "Schrijf 'gevarieerd'."
    assert suggestions("Er zijn diverse activiteiten.")["diverse"] == "Schrijf 'verschillende'."
    assert suggestions("Het betreffende lid krijgt een brief.")["betreffende"].endswith("Anders: zeg wie of wat u bedoelt.")

"""Round 29: what the first run on sets 31 and 32 showed (officialese missed,
a particle taken from the next clause), each with the everyday use it must leave alone."""
from __future__ import annotations

import pytest

from begrijpelijk import Settings, check_text
from test_rule_jargon import _assert_advice


def _found(sentence: str) -> set[str]:
    return {f.text for f in check_text(sentence, Settings(only={"jargon"})).findings}


@pytest.mark.parametrize(
    "sentence, found, advice",
    [
        # 'welke' right after its noun is relative, with or without a comma
        ("Dit is een deel van het bedrag welke door de KNVB wordt doorberekend.", "welke", "'die'"),
        ("De eerste actie welke op de agenda staat is de kerstboom.", "welke", "'die'"),
        # a word and its verb with 'te' between: the alternative takes 'te' too
        ("Wij vragen u dit per e-mail kenbaar te maken.", "kenbaar te maken", "'te laten weten'"),
        ("Wij zeggen u hierbij aan dat de rente ingaat.", "hierbij", "weg"),
        ("Bij deze alvast wat handige informatie over de dag.", "Bij deze", "weg"),
        ("Bij deze sturen wij u de folder.", "Bij deze", "weg"),
        ("Wij hebben de facturen ten bedrage van € 120 nog niet ontvangen.", "ten bedrage van", "'van'"),
        ("Bij overschrijding van één der termijnen betaalt u meer.", "één der", "'een van de'"),
        ("Uit onze administratie blijkt dat u de factuur nog niet heeft betaald.", "Uit onze administratie blijkt", "'Wij zien dat …'"),
        ("Wij zien uw betaling tijdig tegemoet.", "zien uw betaling tijdig tegemoet", "'verwachten'"),
        # the judges of sets 31 and 32: advice that did not fit the sentence
        ("U stelt in uw bericht van wel, echter was er op de vorige nota een andere stand.", "echter", "', maar'"),
        ("Wij hopen dat het beter gaat, zodat er geen noodzaak zal zijn om een bureau te bellen.", "noodzaak", "'Dit is nodig.'"),
        ("Het spreekt voor zich dat ik jullie vraag om op tijd te betalen.", "Het spreekt voor zich", "'Natuurlijk helpen wij u'"),
        ("Wij willen u middels deze weg informeren over het werk.", "middels deze weg", "'via deze brief'"),
    ],
)
def test_round_29_officialese(sentence, found, advice):
    """Officialese from sets 31-34 and the advice their judges named, found with fitting advice."""
    _assert_advice(sentence, found, advice)


@pytest.mark.parametrize(
    "sentence, not_found",
    [
        ("Kijk op de site welke regels gelden.", "welke"),  # a question
        ("Weet u welke u moet hebben?", "welke"),
        ("Het is moeilijk om een plaats te vinden voor uw caravan.", "plaats te vinden"),  # no 'plaatsvinden'
        ("Bij deze brief vindt u een formulier.", "Bij deze"),  # with this letter, not the formula
        ("Bij deze nieuwe regels hoort een formulier.", "Bij deze"),
        ("De ingaande post wordt gescand.", "ingaande"),
        ("Wij vragen u ons uiterlijk maandag te laten weten of u komt.", "te laten weten"),  # no 'te weten' (namely)
        ("Wij vragen u dit te laten weten.", "te laten weten"),
        ("Het plan is bedoeld geweest om bewoners te laten participeren in hun wijk.", "bedoeld"),  # 'in' is of 'participeren'
        # the judges of sets 33 and 34
        ("Er wordt goed op de inname van vocht gelet.", "gelet"),  # 'letten op', not the phrase 'gelet op'
        ("Wij hebben er rekening mee gehouden dat u aan het werk bent.", "gehouden"),  # 'aan' is in the 'dat' clause
        # the review of round 29
        ("Vraag aan de balie welke u moet invullen.", "welke"),  # an indirect question
        ("Bij deze twee scholen is nog plaats.", "Bij deze"),
        ("Bij deze nieuwe, strengere regels hoort een formulier.", "Bij deze"),
        ("Let goed op wat de arts hierbij zegt.", "hierbij"),  # 'daarbij'
    ],
)
def test_round_29_everyday_uses(sentence, not_found):
    """Everyday uses, and words of two constructions that only stand near each other: no finding."""
    assert not any(not_found.lower() in text.lower() for text in _found(sentence))


def test_a_particle_of_the_next_clause_is_not_taken():
    """'tegemoet' belongs to 'zien' in the second clause, not to 'komen' in the first."""
    found = _found("Wij gaan er vanuit dat het niet zover zal komen en wij zien uw betaling daarom tijdig tegemoet.")
    assert "zien uw betaling daarom tijdig tegemoet" in found
    assert not any(text.startswith("komen") for text in found)


@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("Namens het kabinet verleen ik u hierbij de financiële ondersteuning.", True),  # the lemma 'verleen' is a stem
        ("Daarom hierbij een oproep aan jullie allemaal om mee te helpen!", True),  # 'helpen' is in the 'om … te' clause
        ("Wij willen u hierbij helpen om de aanvraag te doen.", False),  # 'daarbij': helping with it
        ("Het wijkteam kan u hierbij ondersteunen.", False),
    ],
)
def test_hierbij_by_the_verb_of_the_main_clause(sentence, flagged):
    assert any(text.lower() == "hierbij" for text in _found(sentence)) == flagged


def test_gelet_op_and_gehouden_aan_as_phrases():
    _assert_advice("Gelet op uw inkomen krijgt u geen toeslag.", "Gelet op", "'vanwege'")
    _assert_advice("U bent gehouden aan de regels.", "gehouden aan", "'U moet zich aan de regels houden'")


def test_welke_advice_names_dat_for_het_words():
    _assert_advice("Het formulier welke u heeft ingevuld is binnen.", "welke", "'dat' na een het-woord")


@pytest.mark.parametrize(
    "sentence, found",
    [
        # the second review of round 29
        ("Het formulier welke u heeft ontvangen moet u terugsturen.", "welke"),
        ("Wij hebben het bericht welke u stuurde goed ontvangen.", "welke"),
        ("Beschikt u als ondernemer over een geldige vergunning?", "Beschikt u als ondernemer over"),  # 'als' opens no clause here
    ],
)
def test_round_29_second_review_found(sentence, found):
    assert found in _found(sentence)

"""Round 31: what the dev sets showed about whole-letter checks, each with the
case it must leave alone."""
from __future__ import annotations

import pytest

from sample_letters import KIND, check_letter

OPENING = "U bent welkom voor een eerste gesprek over uw geldzorgen. Wij helpen u graag."


@pytest.mark.parametrize(
    "history",
    [
        "Een paar dagen geleden heeft het bewonersplatform gehoord dat de presentatie op 21 oktober is.",
        "Op onze ledenvergadering hebben wij uitleg gegeven over het hondenveld in de wijk.",
        "Tot half juli had u de tijd om wijzigingen door te geven.",
        "Al enige jaren heeft een groot aantal bewoners zich verenigd in een buurtgroep.",
        "U heeft zich samen met andere bewoners aangemeld voor de bewonersavond over de wijk.",
        "U heeft aangegeven dat u uw DigiD-wachtwoord wilt herstellen.",
        "Tijdens de kerstvakantie hebben wij de speeltuin opgeknapt.",
    ],
)
def test_a_past_moment_first_is_history_first(history):
    assert check_letter(KIND.replace(OPENING, history), "kern-eerst")


@pytest.mark.parametrize(
    "news",
    [
        "Een paar dagen geleden hebben wij besloten dat u de bijdrage terugkrijgt.",  # the decision is the core
        "Op onze ledenvergadering gaan wij praten over het hondenveld in de wijk.",  # ahead, not back
        "U heeft recht op een toeslag voor uw energiekosten.",  # what the reader has now
        "U heeft te veel huurtoeslag gekregen. U moet € 300 terugbetalen.",  # the news itself
        "Tot eind maart is de Dorpsstraat afgesloten.",  # a state, not what happened
        "In week 12 is de Dorpsstraat afgesloten.",
        "Tijdens de kerstvakantie is het gemeentehuis gesloten.",
        "U hebt gevraagd om hulp bij uw geldzaken.",  # why we write (the shipped template opens so)
    ],
)
def test_a_past_moment_with_the_news_is_the_core(news):
    assert check_letter(KIND.replace(OPENING, news), "kern-eerst") == []

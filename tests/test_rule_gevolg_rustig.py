"""gevolg-rustig: een gevolg één keer, rustig, na de hulp."""
from sample_letters import check_letter, stress_outcome


THREAT_FIRST = (
    "Beste meneer De Vries,\n\nBetaalt u niet, dan schakelen wij de deurwaarder in! Dat kost u veel geld.\n\n"
    "U moet nog € 120 betalen voor de huur van maart.\n\n"
    "Hebt u vragen? Bel mij, Anna de Boer, op 030 123 45 67.\n\nMet vriendelijke groet,\n\nAnna de Boer\n"
)
HELP_FIRST = (
    "Beste meneer De Vries,\n\nU moet nog € 120 betalen voor de huur van maart.\n\n"
    "Lukt betalen niet? Bel mij, Anna de Boer, op 030 123 45 67. Dan zoeken we samen een oplossing.\n\n"
    "Betaalt u niet en belt u ons niet, dan gaat de rekening naar de deurwaarder.\n\n"
    "Met vriendelijke groet,\n\nAnna de Boer\n"
)


def test_a_consequence_before_the_help_and_with_an_exclamation_fails():
    messages = [f.message for f in check_letter(THREAT_FIRST, "gevolg-rustig")]
    assert "Het gevolg staat voor de hulp." in messages
    assert any("uitroepteken" in m for m in messages)


def test_a_consequence_once_after_the_help_passes():
    assert check_letter(HELP_FIRST, "gevolg-rustig") == []
    assert stress_outcome(HELP_FIRST, "gevolg-rustig") == "ok"


def test_a_consequence_the_help_prevents_is_no_threat():
    text = HELP_FIRST.replace(
        "Betaalt u niet en belt u ons niet, dan gaat de rekening naar de deurwaarder.",
        "Zo voorkomen we samen dat er een deurwaarder komt.",
    )
    assert stress_outcome(text, "gevolg-rustig") == "nvt"

import pytest
from conftest import rule_findings
from sample_letters import KIND, check_letter


def test_blaming_phrases():
    text = KIND.replace(
        "U bent welkom voor een eerste gesprek over uw geldzorgen.",
        "U heeft verzuimd de stukken in te leveren. Wij wijzen u er nogmaals op dat dit moet.",
    )
    texts = [f.text for f in check_letter(text, "schuld-toon")]
    assert "verzuimd" in texts and "Wij wijzen u er nogmaals op" in texts


def test_neutral_letter_passes():
    assert check_letter(KIND, "schuld-toon") == []


@pytest.mark.parametrize(
    "sentence",
    ["U bent hierdoor in verzuim geraakt.", "Wij willen weten waarom u zich niet aan de informatieplicht heeft gehouden."],
)
def test_round_25_reproaches(sentence):
    """Sets 14-15 (dev): 'in verzuim' and 'niet aan de informatieplicht' blame the reader."""
    assert len(rule_findings(sentence, "schuld-toon")) == 1

from sample_letters import KIND, check_letter


def test_letter_that_starts_with_background_is_flagged():
    text = KIND.replace(
        "U bent welkom voor een eerste gesprek over uw geldzorgen. Wij helpen u graag.",
        "De gemeente werkt sinds 2020 met een nieuwe aanpak. Die aanpak is gemaakt met andere gemeenten. "
        "In de regio zijn veel mensen bezig met dit onderwerp. Het college heeft dit besproken.",
    )
    findings = check_letter(text, "kern-eerst")
    assert len(findings) == 1 and "eerste alinea" in findings[0].message


def test_letter_that_starts_with_the_point_passes():
    assert check_letter(KIND, "kern-eerst") == []

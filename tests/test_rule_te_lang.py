from sample_letters import KIND, check_letter


def test_letter_over_a_page():
    extra = "\n\n".join("Wij leggen hier nog een keer uit hoe de regels voor de bijstand werken en wat dat betekent." for _ in range(30))
    text = KIND.replace("Hebt u vragen?", extra + "\n\nHebt u vragen?")
    findings = check_letter(text, "te-lang")
    assert len(findings) == 1 and "te lang" in findings[0].message


def test_one_page_passes():
    assert check_letter(KIND, "te-lang") == []

"""een-contactpersoon: één plek voor contact, geen rij nummers."""
from sample_letters import KIND, check_letter, stress_outcome


MANY_NUMBERS = (
    "Beste mevrouw Jansen,\n\nU hebt een huurachterstand. Wij helpen u graag.\n\n"
    "Bel de afdeling Klanten op 0561–613815, de gemeente op (0561) 69 12 34, "
    "het maatschappelijk werk op (0561) 61 40 80 of de Kredietbank op 088 – 62 62 777.\n\n"
    "Met vriendelijke groet,\n\nWoonstichting Weststellingwerf\n"
)


def test_three_numbers_to_choose_from_is_no_single_contact():
    findings = check_letter(MANY_NUMBERS, "een-contactpersoon")
    assert len(findings) == 1 and "4 manieren" in findings[0].message


def test_one_person_by_phone_and_mail_is_one_place():
    assert check_letter(KIND, "een-contactpersoon") == []
    text = KIND.replace("Mijn nummer is 030 123 45 67.", "Mijn nummer is 030 123 45 67. Mailen mag ook: a.deboer@gemeente.nl.")
    assert check_letter(text, "een-contactpersoon") == []


def test_no_contact_at_all_is_not_applicable():
    assert stress_outcome("Beste meneer,\n\nDe straat gaat in mei open. Er komen nieuwe bomen.\n\nMet vriendelijke groet,\n\nDe gemeente\n", "een-contactpersoon") == "nvt"

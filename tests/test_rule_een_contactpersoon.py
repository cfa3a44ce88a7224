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


def test_a_number_under_the_signature_and_a_field_in_a_template_count():
    """Round 24: '[telefoonnummer]' in a model letter is a place to call, and a
    number under the signature makes the check apply (one place: ok)."""
    signed = "Beste meneer,\n\nDe straat gaat in mei open. Er komen nieuwe bomen.\n\nMet vriendelijke groet,\n\nDe gemeente\n[telefoonnummer]\n"
    assert stress_outcome(signed, "een-contactpersoon") == "ok"
    free = signed.replace("[telefoonnummer]", "0800-1202")
    assert stress_outcome(free, "een-contactpersoon") == "ok"
    fields = (
        "Beste meneer,\n\nWij hebben uw gegevens ontvangen:\n\nNaam: [naam]\nTelefoonnummer: [telefoonnummer]\n"
        "E-mailadres: [e-mailadres]\n\nWij gaan met uw verzoek aan de slag.\n\nMet vriendelijke groet,\n\nDe gemeente\n"
    )
    assert stress_outcome(fields, "een-contactpersoon") == "nvt"  # the reader's own data, no place to call
    many = "Beste meneer,\n\nBel [telefoonnummer], mail [e-mailadres] of bel 0800-1202 of 030 123 45 67.\n\nMet vriendelijke groet,\n\nDe gemeente\n"
    assert stress_outcome(many, "een-contactpersoon") == "fail"

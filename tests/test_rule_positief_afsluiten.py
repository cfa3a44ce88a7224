import pytest
from sample_letters import KIND, check_letter, stress_outcome


def test_ending_with_a_threat():
    text = KIND.replace(
        "Hebt u vragen? Bel mij gerust. Ik ben Anna de Boer. Mijn nummer is 030 123 45 67. U kunt mij bellen van maandag tot en met donderdag, van 9.00 tot 12.00 uur.",
        "Hebt u vragen? Bel Anna de Boer op 030 123 45 67 op werkdagen.\n\nKomt u niet, dan leggen wij beslag op uw loon op grond van artikel 475 Rv.",
    )
    findings = check_letter(text, "positief-afsluiten")
    assert len(findings) == 1 and "dreiging" in findings[0].message


def test_ending_with_help_passes():
    assert check_letter(KIND, "positief-afsluiten") == []


@pytest.mark.parametrize(
    "last, ok",
    [
        ("Heeft u vragen? Bel ons. Mocht u al betaald hebben, dan kunt u deze brief als niet verzonden beschouwen.", False),  # a formula
        ("Alvast bedankt voor uw hulp. Uw dossiernummer is 12345.", False),  # the reader's help, not ours
        (
            "Denkt u dat dit een vergissing is? Neem dan contact met mij op. Betaalt u niet, dan draag ik het dossier "
            "over aan de deurwaarder en komen alle kosten voor u.",
            False,  # the threat has the last word
        ),
        ("Heeft u vragen? Bel mij gerust op 030 123 45 67. Ik help u graag.", True),
        # an invitation to talk is contact, also when a department with a stern name comes too
        ("Graag nodig ik u uit om samen te kijken wat wel kan. Ik nodig dan ook Handhaving uit.", True),
        ("Wij hopen u allemaal te zien op de informatieavond op dinsdag 19 november.", True),
        ("Zodra er iets verandert, informeren we u van tevoren.", False),  # news to come, no help or contact
        # threats that look like an invitation or news must still fail (review of round 27)
        ("Betaalt u niet op tijd, dan houden wij u aansprakelijk voor alle kosten van de deurwaarder.", False),
        ("Betaalt u niet, dan nemen wij alle maatregelen die nodig zijn om u uit de woning te zetten.", False),
        ("Wij informeren u dat wij nu beslag leggen op uw loon.", False),
        ("De gemeente nodigt u uit voor een gesprek op dinsdag 16 maart.", True),
        ("Alvast hartelijk bedankt! Vragen? Stel ze gerust!", True),  # set 30: an offer to ask
        ("Sommige kinderen zijn bang voor een prik. Stel ze gerust.", False),  # reassure them: no contact
        ("Vragen of opmerkingen? Stel ze gerust!", True),

    ],
)
def test_round_24_what_has_the_last_word(last, ok):
    letter = (
        "Beste meneer Jansen,\n\nU heeft de rekening van maart nog niet betaald. Het gaat om € 120. "
        f"Maak het bedrag over vóór 12 maart 2027.\n\n{last}\n\nMet vriendelijke groet,\n\nAnna de Boer\n"
    )
    assert stress_outcome(letter, "positief-afsluiten") == ("ok" if ok else "fail")

"""Whole letters for the stress-sensitive rule tests."""

KIND = """Over: uw afspraak voor schuldhulp

Beste mevrouw Jansen,

U bent welkom voor een eerste gesprek over uw geldzorgen. Wij helpen u graag.

Wat moet u doen?

1. Kom op dinsdag 16 maart 2027 om 10.30 uur naar het Stadskantoor.
2. Neem uw paspoort mee.

Kunt u niet komen? Bel mij dan. Dan maken we een nieuwe afspraak.

Hebt u vragen? Bel mij gerust. Ik ben Anna de Boer. Mijn nummer is 030 123 45 67. U kunt mij bellen van maandag tot en met donderdag, van 9.00 tot 12.00 uur.

Met vriendelijke groet,

Anna de Boer
"""


def check_letter(text: str, rule: str):
    from begrijpelijk import Settings, check_text

    return check_text(text, Settings(only={rule})).findings


def stress_outcome(text: str, rule: str) -> str:
    """"ok", "fail" or "nvt": what the checklist says for one stress check."""
    from begrijpelijk import Settings, check_text

    stress = check_text(text, Settings(enabled={rule})).files[0].stress
    return next(c for c in stress.checks if c.rule == rule).outcome

from conftest import EXAMPLES

from begrijpelijk import check_text
from begrijpelijk.check.scoring import lint_level, lint_score


def test_lint_levels_follow_the_published_bounds():
    assert [lint_level(s) for s in (0, 33.9, 34, 45.9, 46, 57.9, 58, 100)] == [1, 1, 2, 2, 3, 3, 4, 4]
    assert lint_level(None) is None


def test_lint_formula_uses_lint_ii_coefficients():
    # frequent words, short dependencies, few content words, concrete nouns: easy
    easy = lint_score(5.5, 2, 2.0, 0.8)
    hard = lint_score(3.0, 10, 6.0, 0.1)
    assert easy < 34 <= 58 <= hard
    assert lint_score(None, 2, 2, 0.5) is None


def test_bureaucratic_letter_is_not_b1_and_rewrite_is():
    bad = check_text((EXAMPLES / "bureaucratisch.txt").read_text(encoding="utf8")).files[0]
    good = check_text((EXAMPLES / "b1-herschreven.txt").read_text(encoding="utf8")).files[0]
    assert bad.scores.b1 is False and good.scores.b1 is True
    assert bad.scores.lint > good.scores.lint
    assert bad.scores.flesch_douma < good.scores.flesch_douma
    assert bad.scores.average_sentence_length > good.scores.average_sentence_length
    assert bad.scores.passive_share > good.scores.passive_share == 0
    assert any("jargon" in r for r in bad.scores.reasons)
    # per sentence scores, with the line the sentence starts on
    assert all(s.line >= 1 for s in good.sentences)
    assert len(good.sentences) == good.scores.sentences


def test_b1_thresholds_are_configurable():
    from begrijpelijk import Settings
    from begrijpelijk.check.scoring import B1Thresholds

    text = (EXAMPLES / "bureaucratisch.txt").read_text(encoding="utf8")
    lenient = Settings(b1=B1Thresholds(max_difficulty=500))
    assert check_text(text, lenient).files[0].scores.b1 is True


def test_b1_thresholds_from_command_line_options():
    import pytest

    from begrijpelijk import Settings
    from begrijpelijk.errors import ConfigError

    settings = Settings(options={"b1": {"max-moeilijkheid": "75", "max-lint-niveau": "4", "max-lange-zinnen": "1", "max-jargon": "99"}}).validate()
    assert (settings.b1.max_difficulty, settings.b1.max_lint_level, settings.b1.max_long_sentence_share, settings.b1.max_jargon) == (75.0, 4, 1.0, 99)
    with pytest.raises(ConfigError):
        Settings(options={"b1": {"max-niveau": "4"}}).validate()
    with pytest.raises(ConfigError):
        Settings(options={"b1": {"max-jargon": "veel"}}).validate()


def test_flesch_douma_is_textstats_dutch_score_without_loading_nltk():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from begrijpelijk.check.scoring import flesch_douma\n"
        "text = 'Wij hebben uw aanvraag ontvangen. U krijgt binnen twee weken antwoord van ons.'\n"
        "ours = flesch_douma(text)\n"
        "print('nltk.corpus' in sys.modules)\n"
        "import textstat\n"
        "textstat.set_lang('nl')\n"
        "print(ours == round(float(textstat.flesch_reading_ease(text)), 1), ours)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "False"  # textstat's English-only nltk import was not needed for Dutch
    assert out[1].startswith("True ")
    assert 60 < float(out[1].split()[1]) < 110


def test_verdict_does_not_depend_on_which_rules_are_on():
    from begrijpelijk import Settings

    text = (EXAMPLES / "bureaucratisch.txt").read_text(encoding="utf8")
    without = check_text(text, Settings(disabled={"jargon", "lange-zin"})).files[0].scores
    full = check_text(text).files[0].scores
    assert (without.b1, without.reasons) == (full.b1, full.reasons)
    assert any("jargon" in r for r in without.reasons)
    assert not any("geen jargon" in r for r in without.reasons)


def test_level_a2_b1_b2():
    import pytest

    from begrijpelijk import Settings
    from begrijpelijk.errors import ConfigError

    text = (EXAMPLES / "b1-herschreven.txt").read_text(encoding="utf8")
    for level in ("A2", "B1", "B2"):
        scores = check_text(text, Settings(level=level).validate()).files[0].scores
        assert scores.level == level
    a2 = Settings(level="a2").validate().b1
    b2 = Settings(level="B2").validate().b1
    assert a2.long_sentence_words < 20 < b2.long_sentence_words and a2.max_difficulty < 68 < b2.max_difficulty
    # [b1] values apply on top of the level
    assert Settings(level="B2", options={"b1": {"max-lint-niveau": "2"}}).validate().b1.max_lint_level == 2
    with pytest.raises(ConfigError):
        Settings(level="C1").validate()


def test_a_real_plain_letter_is_b1():
    """A municipality's plain letter (benchmarks/corpus) is B1, although it
    has two mild office words ("eenmalig", "in aanmerking komen")."""
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus"
    plain = check_text((corpus / "westerkwartier-energietoeslag.txt").read_text(encoding="utf8")).files[0].scores
    assert plain.b1 is True, plain.reasons


def test_passive_sentences_count_in_the_verdict_when_the_rule_is_off():
    from begrijpelijk import Settings, check_text

    text = (
        "Beste meneer Jansen,\n\nUw aanvraag is ontvangen. Uw gegevens worden gecontroleerd. "
        "Het besluit wordt per post verstuurd. U krijgt een brief.\n\nMet vriendelijke groet,\nGemeente Utrecht"
    )
    report = check_text(text, Settings(disabled={"passief"}))
    assert "passief" not in {f.rule for f in report.findings}
    scores = report.files[0].scores
    assert "passief +38." in scores.reasons[0]  # three of six sentences: 115 x 2 / 6
    strict = check_text(text, Settings(disabled={"passief"}, options={"b1": {"max-passieve-zinnen": "0.2"}}).validate())
    assert strict.files[0].scores.b1 is False
    assert "3 van de 6 zinnen zijn passief (mag 1 zijn)." in strict.files[0].scores.reasons


def test_every_reason_says_where_its_count_comes_from():
    """The verdict names the lines of its long and passive sentences and the
    jargon words, also when those rules are switched off (issue 33)."""
    from begrijpelijk import Settings

    text = (
        "Uw aanvraag wordt behandeld. Het besluit wordt verstuurd. De kosten worden betaald. "
        "Het geld wordt gestort. Indien u vragen heeft, verzoeken wij u ons te bellen."
    )
    scores = check_text(text, Settings(disabled={"passief", "jargon"})).files[0].scores
    passive = next(r for r in scores.reasons if "zinnen zijn passief" in r)
    assert passive.endswith("Zie regel 1.")
    jargon = next(r for r in scores.reasons if "keer jargon" in r)
    assert "'Indien'" in jargon and "'verzoeken'" in jargon


def test_the_outcome_is_ja_bijna_or_nee():
    letter = "Beste meneer,\n\nUw aanvraag wordt behandeld. Het besluit wordt verstuurd. De kosten worden betaald.\n"
    scores = check_text(letter).files[0].scores
    assert scores.outcome in ("bijna", "nee") and scores.b1 is False
    assert (scores.outcome == "bijna") == bool(scores.almost)


def _measures(lint=40.0, words=200, sentences=(10,) * 20, jargon=(), passive=0, places=None):
    from begrijpelijk.check.b1 import Measures

    return Measures(lint, words, list(sentences), list(jargon), passive, places or {})


def test_the_difficulty_adds_the_measures_in_lint_points():
    """Issue 34: no measure vetoes alone; LiNT + 7,5 per jargon word per 100
    words + 95 x the share of long and 115 x the share of passive sentences,
    the first long and the first passive sentence not counted."""
    from begrijpelijk.check.b1 import B1Thresholds, judge

    b1 = B1Thresholds()
    assert judge(b1, _measures()).difficulty == 40.0
    assert judge(b1, _measures(sentences=[10] * 19 + [25])).difficulty == 40.0  # one long sentence is free
    assert judge(b1, _measures(sentences=[10] * 18 + [25, 30])).difficulty == 44.8  # 95 / 20
    assert judge(b1, _measures(jargon=["fout", "waarschuwing", "suggestie"])).difficulty == 45.6  # 7,5 x 1,5 x 100 / 200
    assert judge(b1, _measures(passive=3)).difficulty == 51.5  # 115 x 2 / 20
    # a plain letter with a little more jargon than the old limit, in easy sentences, is B1
    easy = judge(b1, _measures(lint=36.0, jargon=["fout"] * 5))
    assert easy.outcome == "ja" and easy.reasons == ["Moeilijkheid 55 (B1: tot 68): LiNT 36, jargon +19, lange zinnen +0, passief +0."]
    # easy words do not save a letter of long passive sentences
    hard = judge(b1, _measures(lint=44.0, sentences=[25] * 8 + [10] * 12, passive=6))
    assert hard.outcome == "nee" and hard.b1 is False
    assert any(r.startswith("6 van de 20 zinnen zijn passief (de eerste telt niet): +29.") for r in hard.reasons)


def test_a_letter_that_does_not_address_its_reader_is_harder():
    """Round 24: 'de aanvrager', 'men' or nowhere 'u' adds 15 LiNT points, with
    the words and lines in the reason, also when onpersoonlijk is off."""
    from begrijpelijk import Settings
    from begrijpelijk.check.b1 import B1Thresholds, judge

    b1 = B1Thresholds()
    places = {"onpersoonlijk": [(3, "De aanvrager")]}
    judged = judge(b1, _impersonal(60.0, places))
    assert judged.difficulty == 75.0 and judged.outcome == "bijna"
    assert "De tekst noemt de lezer ook 'De aanvrager' (regel 3), niet 'u': +15." in judged.reasons
    assert judged.almost == ["Spreek de lezer aan met 'u' (niet 'de aanvrager' of 'men')."]
    assert judge(b1, _measures(lint=60.0)).outcome == "ja"

    text = (
        "Geachte heer,\n\nDe aanvrager levert de papieren in bij de balie. Daarna kijken wij naar de aanvraag. "
        "Wij sturen binnen vier weken een brief.\n\nMet vriendelijke groet,\nGemeente Utrecht"
    )
    scores = check_text(text, Settings(disabled={"onpersoonlijk"})).files[0].scores
    assert "niet aangesproken +15." in scores.reasons[0]
    addressed = check_text(text.replace("De aanvrager levert", "U levert"), Settings(disabled={"onpersoonlijk"})).files[0].scores
    assert "niet aangesproken" not in addressed.reasons[0]
    assert scores.difficulty - addressed.difficulty >= 15.0
    # 'ondergetekende' is the writer, not the reader
    writer = check_text(text.replace("De aanvrager levert", "U levert").replace("Daarna kijken wij", "Daarna kijkt ondergetekende"))
    assert "niet aangesproken" not in writer.files[0].scores.reasons[0]


def _impersonal(lint: float, places: dict):
    from begrijpelijk.check.b1 import Measures

    return Measures(lint, 200, [10] * 20, [], 0, places, impersonal=len(places["onpersoonlijk"]))


def test_one_men_in_a_letter_that_says_u_weighs_a_third():
    """Round 33: a letter that says 'u' and once 'men' does address its reader: a third of
    the weight per such place (a verdict should not flip on one word); nowhere 'u' is the full weight."""
    from dataclasses import replace

    from begrijpelijk.check.b1 import B1Thresholds, judge

    b1 = B1Thresholds()
    once = _impersonal(60.0, {"onpersoonlijk": [(3, "men")]})
    assert judge(b1, replace(once, addressed=True)).difficulty == 65.0
    assert judge(b1, once).difficulty == 75.0  # the letter says 'u' nowhere
    thrice = _impersonal(60.0, {"onpersoonlijk": [(3, "men"), (5, "men"), (7, "de aanvrager")]})
    assert judge(b1, replace(thrice, addressed=True)).difficulty == 75.0
    letter = (
        "Geachte heer,\n\nU levert de papieren in bij de balie. Men kan daar ook koffie krijgen. Wij kijken naar "
        "uw aanvraag en sturen u binnen vier weken een brief.\n\nMet vriendelijke groet,\nGemeente Utrecht"
    )
    assert "niet aangesproken +5." in check_text(letter).files[0].scores.reasons[0]


def test_bijna_names_the_one_or_two_changes_that_close_the_gap():
    from begrijpelijk.check.b1 import B1Thresholds, judge

    b1 = B1Thresholds()
    sentences = [8] * 10 + [24, 26]
    places = {"zinnen": [(k + 1, w) for k, w in enumerate(sentences)], "jargon": ["verstrekken", "indien"], "passief": []}
    near = judge(b1, _measures(lint=58.0, words=150, sentences=sentences, places=places))  # 58 + 95/12 = 65.9
    assert near.outcome == "ja"
    near = judge(b1, _measures(lint=62.0, words=150, sentences=sentences, places=places))  # 62 + 7,9 = 69.9
    assert near.outcome == "bijna" and near.almost == ["Maak de zin van 26 woorden op regel 12 korter."]
    two = judge(b1, _measures(lint=62.0, words=150, sentences=sentences, jargon=["fout", "fout"], places=places))  # + 10
    assert two.outcome == "bijna" and len(two.almost) == 2 and two.almost[0] == "Maak de zin van 26 woorden op regel 12 korter."
    assert two.almost[1] == "Vervang het jargonwoord 'verstrekken'."
    far = judge(b1, _measures(lint=70.0, words=150, sentences=sentences, jargon=["fout", "fout"], places=places))
    assert far.outcome == "nee" and far.almost == []


def test_extra_limits_an_organisation_sets_still_decide_alone():
    from begrijpelijk.check.b1 import B1Thresholds, judge

    strict = B1Thresholds(max_lint_level=2, max_jargon=1, max_passive_share=0.1)
    judged = judge(strict, _measures(lint=47.0, jargon=["fout", "fout"], passive=4))
    assert judged.outcome == "nee"
    assert "LiNT-niveau 3 is hoger dan 2." in judged.reasons
    assert "Er staat 2 keer jargon in de tekst (mag 1 keer)." in judged.reasons
    assert "4 van de 20 zinnen zijn passief (mag 2 zijn)." in judged.reasons


def test_reasons_use_a_decimal_comma():
    from begrijpelijk.check.b1 import B1Thresholds, judge

    judged = judge(B1Thresholds(), _measures(lint=60.0, words=200, jargon=["fout"] * 3, places={"jargon": ["indien", "verzoeken", "ten behoeve van"]}))
    assert any("(1,5 per 100 woorden)" in r for r in judged.reasons)

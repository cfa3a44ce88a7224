import subprocess
import sys

import pytest

from begrijpelijk.errors import ModelError


def test_importing_the_package_does_not_import_spacy():
    code = "import sys, begrijpelijk, begrijpelijk.cli.main; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_help_does_not_load_spacy():
    code = (
        "import sys\nfrom begrijpelijk.cli.main import app\n"
        "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('SPACY', 'spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert "SPACY False" in out


def test_bundled_model_loads_once(nlp):
    from begrijpelijk import nlp as loader

    assert loader.load() is nlp
    assert "begrijpelijk_lemma" in nlp.pipe_names and "begrijpelijk_letter" in nlp.pipe_names


def test_missing_model_raises_dutch_error():
    from begrijpelijk import nlp as loader

    with pytest.raises(ModelError) as info:
        loader.load("/geen/model/hier")
    assert "ingebouwde" in info.value.message


def test_broken_model_folder(tmp_path):
    from begrijpelijk import nlp as loader

    (tmp_path / "config.cfg").write_text("dit is geen config", encoding="utf8")
    with pytest.raises(ModelError):
        loader.load(str(tmp_path))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "!!! ??? ... ,,, ;;;",
        "😀 🎉 👍",
        "The quick brown fox jumps over the lazy dog.",
        "tekst\x00met\x07stuurtekens\x1b",
    ],
    ids=["empty", "punctuation", "emoji", "english", "control"],
)
def test_pipeline_never_raises(text):
    from begrijpelijk import nlp as loader

    (doc,) = loader.pipe([text])
    assert len(doc.text) == len(text)


def test_very_long_line_is_cut_in_pieces_and_joined(monkeypatch):
    # the same path a 5 MB single line takes, with small pieces to keep the test fast
    from begrijpelijk import nlp as loader

    monkeypatch.setattr(loader, "CHUNK", 500)
    text = "Wij sturen u een brief " * 400
    (doc,) = loader.pipe([text])
    assert doc.text == text
    assert len(loader._split(text)) > 10


def test_a_long_line_is_cut_after_the_end_of_a_sentence_where_it_can(monkeypatch):
    from begrijpelijk import nlp as loader

    monkeypatch.setattr(loader, "CHUNK", 500)
    text = "Wij sturen u een brief over uw huur en de kosten van de verwarming. " * 60  # 69 characters: no divisor of 500
    pieces = loader._split(text)
    assert "".join(pieces) == text and len(pieces) > 4
    assert all(piece.endswith(". ") for piece in pieces)


@pytest.mark.parametrize(
    "sentence, word, pos, lemma",
    [
        ("U kunt ons bellen.", "U", "PRON", "u"),
        ("Wij doen u het besluit toekomen.", "toekomen", "VERB", "toekomen"),
        ("U kunt ons mailen.", "mailen", "VERB", "mailen"),
        ("Bel ons op 030 123 45 67.", "030 123 45 67", "NUM", "030 123 45 67"),
        ("U betaalt € 1.234,56.", "€ 1.234,56", "NUM", "€ 1.234,56"),
        ("Wij nemen uw aanvraag in behandeling.", "nemen", "VERB", "nemen"),
        ("Stuur een mail naar info@uwv.nl als u vragen hebt.", "info@uwv.nl", "SYM", "info@uwv.nl"),
        ("Kijk op www.toeslagen.nl voor meer informatie.", "www.toeslagen.nl", "SYM", "www.toeslagen.nl"),
    ],
)
def test_letter_words(sentence, word, pos, lemma, nlp):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert (token.pos_, token.lemma_) == (pos, lemma)


def test_abbreviations_stay_one_token(nlp):
    doc = nlp("Geachte mevr. J. de Vries, t.a.v. de afdeling, o.a. uw loonstrook d.d. 3 maart.")
    texts = [t.text for t in doc]
    for abbreviation in ("mevr.", "t.a.v.", "o.a.", "d.d."):
        assert abbreviation in texts
    assert len(list(doc.sents)) == 1


def test_bundled_model_without_saved_tokenizer_tokenizes_the_same(nlp):
    import spacy

    from begrijpelijk.nlp import BUNDLED

    full = spacy.load(BUNDLED, exclude=[p for p in ("parser", "tagger", "morphologizer") if p])
    text = "Geachte mevr. J. de Vries, t.a.v. de heer; o.a. d.d. 12-03-2027 z.s.m. bellen (030-1234567)."
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in full.tokenizer(text)]


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Kom om 10.00 uur naar het loket.", "10.00"),
        ("Ons adres is Stationsplein 1, 3511 AB Utrecht.", "3511 AB"),
        ("Bel 0800-1234 of 06 12345678.", "0800-1234"),
        ("Bel 0800-1234 of 06 12345678.", "06 12345678"),
        ("De brief is van 12-03-2027.", "12-03-2027"),
        ("U krijgt € 12,- terug.", "€ 12,-"),
    ],
)
def test_letter_units_are_one_token(text, unit, nlp):
    assert unit in [t.text for t in nlp(text)]


def test_many_letter_units_in_one_text_each_keep_their_kind(nlp):
    # a real price list (Zwartewaterland, dog tax): each merge shifts the tokens after it
    text = "Bel 14 038.\nEerste hond: € 72,00\nTweede hond: € 113,00\nElke volgende hond: € 125,00\nKennel: € 189,00\nBel 14 038."
    kinds = {t.text: t._.letter_kind for t in nlp(text) if t._.letter_kind}
    assert kinds == {"14 038": "phone", "€ 72,00": "amount", "€ 113,00": "amount", "€ 125,00": "amount", "€ 189,00": "amount"}


@pytest.mark.parametrize(
    "sentence, word, pos, lemma",
    [
        ("Stuur het formulier terug.", "Stuur", "VERB", "terugsturen"),  # a separable verb keeps its particle
        ("Wij sturen het formulier vandaag terug.", "sturen", "VERB", "terugsturen"),
        ("De hoorzitting vindt plaats in Utrecht.", "vindt", "VERB", "plaatsvinden"),
        ("Uw aanvraag wordt door ons behandeld.", "wordt", "AUX", "worden"),  # serves another verb
        ("Mevrouw Jansen heeft een auto.", "heeft", "VERB", "hebben"),  # the main verb
        ("Hij woont bij mevrouw De Vries.", "Vries", "PROPN", "Vries"),  # a name is its own lemma
        ("Wij werken samen met de Vlaamse overheid.", "Vlaamse", "ADJ", "Vlaams"),
    ],
)
def test_ud_conventions_for_pos_and_lemma(sentence, word, pos, lemma, nlp):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert (token.pos_, token.lemma_) == (pos, lemma)


def test_jargon_finds_a_separable_verb_by_its_whole_lemma():
    from begrijpelijk import check_text

    found = [f for f in check_text("De hoorzitting vindt plaats in Utrecht.").files[0].findings if f.rule == "jargon"]
    assert [f.suggestion for f in found if "gebeurt" in (f.suggestion or "")]  # in the form of "vindt"


def test_sentences_as_a_reader_sees_them(tmp_path):
    """A dotted abbreviation ends no sentence; a heading line is a sentence of its own."""
    import json

    from conftest import cli

    letter = tmp_path / "brief.txt"
    letter.write_text(
        "Beste mevrouw,\n\nTot slot\nHebt u nog vragen? Uw brief dd. 5 maart is binnen. Zie art. 4 van de regels.\n",
        encoding="utf8",
    )
    out = json.loads(cli("check", letter, "--format", "json").stdout)
    sentences = [s["text"].strip() for s in out["files"][0]["sentences"]]
    assert sentences == ["Beste mevrouw,", "Tot slot", "Hebt u nog vragen?", "Uw brief dd. 5 maart is binnen.", "Zie art. 4 van de regels."]


def test_a_list_after_a_colon_is_a_list_of_sentences(tmp_path):
    """Lines after a line that ends in ':' are items, each its own sentence (not one long sentence)."""
    import json

    from conftest import cli

    letter = tmp_path / "brief.txt"
    letter.write_text(
        "Beste mevrouw,\n\nWij hebben deze papieren van u nodig om uw aanvraag goed te kunnen bekijken:\n"
        "uw loonstroken van de laatste drie maanden\nuw bankafschriften van de laatste drie maanden\nuw huurcontract\n",
        encoding="utf8",
    )
    out = json.loads(cli("check", letter, "--format", "json").stdout)
    sentences = [(s["text"], s["words"]) for s in out["files"][0]["sentences"]]
    assert sentences[2:] == [
        ("uw loonstroken van de laatste drie maanden", 7),
        ("uw bankafschriften van de laatste drie maanden", 7),
        ("uw huurcontract", 2),
    ]


@pytest.mark.parametrize(
    "run_on",
    [
        " ".join(["wij verzoeken u het formulier te retourneren en de rekening te voldoen"] * 300),  # no full stop at all
        # abbreviations end in a dot but end no sentence (the review of round 34)
        (" ".join(["wij verzoeken u het formulier te retourneren en de rekening te voldoen"] * 11) + " o.a. ") * 6,
    ],
)
def test_a_text_without_full_stops_is_cut_into_sentences_of_bounded_length(run_on):
    """Rules look at a word's whole sentence; a run of 3,600 words without a full stop (a list, a
    table, text without punctuation) is cut so that no sentence passes 2 × MAX_RUN tokens, which
    keeps a check linear."""
    from begrijpelijk import nlp as pipeline
    from begrijpelijk.nlp.components import MAX_RUN

    doc = pipeline.pipe([run_on])[0]
    assert max(len(s) for s in doc.sents) <= 2 * MAX_RUN


def test_a_long_real_sentence_is_left_as_the_parser_reads_it():
    """A sentence of about 140 tokens, under MAX_RUN, stays one sentence."""
    from begrijpelijk import nlp as pipeline
    from begrijpelijk.nlp.components import MAX_RUN

    long_but_real = "Wij vragen u " + ", ".join(["het formulier in te vullen"] * 22) + " en het op te sturen."
    doc = pipeline.pipe([long_but_real])[0]
    assert 120 < len(doc) < MAX_RUN and len(list(doc.sents)) == 1

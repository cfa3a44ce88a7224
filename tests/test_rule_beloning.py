"""beloning: de stap die de lezer zette, wordt gezien."""
from sample_letters import check_letter, stress_outcome


def test_the_readers_step_is_seen():
    unseen = "Beste mevrouw Jansen,\n\nWij hebben uw aanvraag ontvangen. Er ontbreken nog drie bewijsstukken.\n\nMet vriendelijke groet,\n\nAnna de Boer\n"
    seen = unseen.replace("Wij hebben uw aanvraag ontvangen.", "Wij hebben uw aanvraag ontvangen. Fijn dat u die zo snel stuurde.")
    assert len(check_letter(unseen, "beloning")) == 1
    assert check_letter(seen, "beloning") == []
    assert stress_outcome(seen, "beloning") == "ok"


def test_beloning_is_off_by_default():
    from begrijpelijk.rules import registry

    assert registry()["beloning"].default_on is False
    assert registry()["een-contactpersoon"].default_on and registry()["gevolg-rustig"].default_on

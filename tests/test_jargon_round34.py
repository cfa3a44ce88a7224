"""Round 34: officialese that the labellers of sets 57 and 58 marked and begrijpelijk missed,
and advice of the first runs on those sets that did not fit the sentence: a participle of a
verb that takes 'zijn' without an object but 'hebben' with one ("Wij hebben het beleid
gewijzigd" → 'veranderd'), and a separable alternative after a split plural verb."""
from __future__ import annotations

import pytest

from conftest import rule_findings, suggestions


@pytest.mark.parametrize(
    "sentence, word, start",
    [
        ("Het is van het grootste belang om sociale contacten te beperken.", "van het grootste belang", "Schrijf 'heel belangrijk'."),
        ("Hij heeft besloten met directe ingang zijn functie neer te leggen.", "met directe ingang", "Schrijf 'meteen' of 'vanaf nu'."),
        ("Idealiter zouden we opvolgers vinden voor deze patiënten.", "Idealiter", "Schrijf 'het liefst'."),
        ("Naar aanleiding daarvan zullen er dingen veranderen.", "Naar aanleiding daarvan", "Schrijf 'daarom'."),
        ("De bedrijven investeren in het reduceren van hun uitstoot.", "reduceren", "Schrijf 'verminderen'."),
        ("Bent u in bezit van rijbewijs B, dan kunt u zich aanmelden.", "in bezit van", "Schrijf in gewone woorden"),
        ("Wij willen overgaan op een nieuw systeem.", "overgaan op", "Schrijf 'overstappen op'."),
        ("Het blok is elf jaar geleden opgeleverd.", "opgeleverd", "Schrijf in gewone woorden"),
        # the form the sentence needs
        ("Wij hebben het beleid gewijzigd.", "gewijzigd", "Schrijf 'veranderd'."),
        ("Vanaf 1 januari heeft het waterschap de regels gewijzigd.", "gewijzigd", "Schrijf 'veranderd'."),
        ("Het beleid is gewijzigd.", "gewijzigd", "Schrijf 'veranderd'."),
        # a split plural verb with a separable alternative: 'stappen … over op', not 'overstappen op'
        ("Wij gaan over op een nieuw systeem.", "gaan over op", "Schrijf 'overstappen op' (vorm aanpassen)."),
        ("U kunt vanaf 11 december een aanvraag indienen via de website.", "een aanvraag indienen", "Schrijf 'aanvragen' en zeg wat"),
        # what set 58's judge found did not keep the sense or did not fit
        ("Tevens vervalt vanaf die datum de eerste dienst op zaterdagochtend.", "vervalt", "Schrijf 'gaat niet door'"),
        ("Begin 2018 kijken we wat we met elkaar hebben gerealiseerd.", "gerealiseerd", "Schrijf 'bereiken' (vorm aanpassen)."),
        ("Wij realiseren 40 nieuwe woningen.", "realiseren", "Schrijf 'bouwen' (vorm aanpassen)."),
        ("Nu konden zij op wonderbaarlijke wijze toch de trap af.", "wijze", "Schrijf 'op een wonderbaarlijke manier'."),
        ("Dat gebeurt op passende wijze.", "wijze", "Schrijf 'op een passende manier'."),
        ("Op een andere wijze betalen kan ook.", "wijze", "Schrijf 'manier'."),
        ("Hij kon zich niet vinden in de door het bestuur gevolgde gang van zaken.", "gang van zaken", "Schrijf 'hoe het … gaat' (vorm aanpassen)."),
        ("Hierdoor zijn we genoodzaakt om de komende maand wel te incasseren.", "incasseren", "Schrijf 'ophalen' (vorm aanpassen)"),
        # what set 57's judge found
        ("Een dringend verzoek om maatwerk te leveren.", "verzoek", "Schrijf 'vraag' (vorm aanpassen)."),  # 'een dringende vraag'
        ("Wij hebben uw verzoek ontvangen.", "verzoek", "Schrijf 'vraag'."),
        ("Wij gebruiken dit voor de gemeentelijke nota Sport en Bewegen.", "nota", "Schrijf 'plan' of 'beleidsstuk'"),
        ("U krijgt een nota van de tandarts.", "nota", "Schrijf 'rekening'."),
        ("Ons uitgangspunt blijft dat de bibliotheek opengaat.", "uitgangspunt", "Schrijf in gewone woorden wat 'uitgangspunt' hier betekent. Zeg wat u wilt"),
        ("Bijeenkomst over sportbeleid 2017-2020.", "sportbeleid", "Schrijf in gewone woorden wat 'sportbeleid' hier betekent. Zeg wat de plannen of regels zijn."),
        ("Dan wordt u in de gelegenheid gesteld om alsnog aangifte te doen.", "aangifte te doen", "Schrijf 'melden'"),
        # the first run of set 59
        ("Kunt u contact opnemen via bovenstaand telefoonnummer?", "bovenstaand", "Zet 'hierboven' achter het woord: 'het telefoonnummer hierboven'."),
        ("Je kunt deelnemen via bovenstaande link.", "bovenstaande", "Zet 'hierboven' achter het woord: 'de link hierboven'."),
        ("U kunt dit formulier op een later moment hervatten.", "hervatten", "Schrijf 'verder invullen' (vorm aanpassen)."),
        # what set 59's judge found
        ("De verzekeraar van het pand weigerde medewerking.", "medewerking", "Schrijf 'wilde niet meewerken' (vorm aanpassen)."),
        ("Wij danken u voor uw medewerking.", "medewerking", "Schrijf 'hulp'."),
        ("Als u vragen heeft naar aanleiding van deze brief, bel ons.", "naar aanleiding van", "Schrijf 'over'."),
        ("Heeft u vragen naar aanleiding daarvan?", "naar aanleiding daarvan", "Schrijf 'daarover'."),
        ("Heeft u naar aanleiding daarvan nog vragen?", "naar aanleiding daarvan", "Schrijf 'daarover'."),
        ("Wij kregen veel reacties en naar aanleiding van de bijeenkomst passen wij het plan aan.", "naar aanleiding van", "Schrijf 'na' of 'door'."),
        # the review of round 34: a contract passes to someone; a bill is a bill; a decision is resumed; objects decide
        ("Het huurcontract kan overgaan op een kind dat in de woning woont.", "overgaan op", "Schrijf 'gaat naar' of 'komt op naam van'"),
        ("De gemeente stuurt u binnenkort een nota.", "nota", "Schrijf 'rekening'."),
        ("Daarna wordt de behandeling van uw aanvraag hervat.", "hervat", "Schrijf 'weer beginnen'"),
        ("Wij willen een besparing realiseren door de woningen te isoleren.", "realiseren", "Schrijf 'bereiken' (vorm aanpassen)."),
        ("Dit jaar realiseren we een nieuw fietspad, wat de veiligheid verbetert.", "realiseren", "Schrijf 'maken' of 'doen' of 'bereiken'."),
        ("Wij gaan de extra kosten in maart incasseren.", "incasseren", "Schrijf 'ophalen'"),
        ("Wij merken op dat het probleem nog niet is opgelost.", "merken op", "Schrijf 'zeggen'"),
        ("Een gewijzigd verzoek sturen wij later.", "verzoek", "Schrijf 'vraag' (vorm aanpassen)."),
        # what set 60's judge found
        ("De grond moet op natuurlijk wijze inzinken.", "wijze", "Schrijf 'op een natuurlijke manier'."),
        ("Uiteraard betreuren wij deze gang van zaken.", "gang van zaken", "Schrijf 'hoe het gaat' of 'hoe het is gegaan' in plaats van 'deze gang van zaken'."),
        ("Het is ons streven om uw aanvraag binnen 6 weken te behandelen.", "streven", "Schrijf 'doel' of 'wij willen'."),
        ("Ofschoon we ernaar streven om op 1 mei open te gaan, is niets zeker.", "streven", "Schrijf 'proberen' en laat 'ernaar' weg"),
        ("We gaan met onze gasten communiceren via onze website.", "communiceren", "Schrijf 'praten met'"),
        ("Wij hoorden van de situatie omtrent de verkoop.", "omtrent", "Schrijf 'rond'."),
        ("Vragen omtrent uw aanvraag kunt u mailen.", "omtrent", "Schrijf 'over'."),
        ("Dit gaat in tegen het huishoudelijk reglement.", "reglement", "Schrijf 'de regels van de vereniging' in plaats van 'huishoudelijk reglement'"),
        ("Dat is goed voor de haven, echter de haven heeft ook grenzen.", "echter", "Schrijf 'maar' in plaats van 'echter'."),
        ("U stelt van wel, echter was er geen afspraak.", "echter", "Schrijf ', maar' en zet daarna het onderwerp voor het werkwoord."),
        ("Een juiste afstemming over vertrek is niet moeilijk.", "afstemming", "Schrijf 'overleg' (vorm aanpassen)."),  # 'een juist overleg'
        ("Alle ouders zijn persoonlijk benaderd over deze maatregel.", "benaderd", "Schrijf 'contact opnemen met'"),
        # officialese the labeller of set 60 marked, with support on dev (ofschoon 2/2, aansluitend 3/4, betreuren 5/9)
        ("Ofschoon we willen openen, is niets zeker.", "Ofschoon", "Schrijf 'hoewel'."),
        ("Aansluitend aan de ALV gaat het water er weer op.", "Aansluitend aan", "Schrijf in gewone woorden wat 'Aansluitend aan' hier betekent. Bij een tijd: 'direct na'"),
        ("Uiteraard betreuren wij deze gang van zaken.", "betreuren", "Schrijf in gewone woorden wat 'betreuren' hier betekent. Bijvoorbeeld: 'Het spijt ons dat …'."),
        ("Wij informeren u over onze handelswijze.", "handelswijze", "Schrijf in gewone woorden wat 'handelswijze' hier betekent. Bijvoorbeeld: 'onze aanpak'"),
        ("Wij plannen naar behoefte extra gesprekken.", "naar behoefte", "Schrijf 'als dat nodig is' of 'zoals u wilt'."),
        # the second review of round 34
        ("Dient u uw aanvraag zoals gevraagd bij ons in.", "Dient u uw aanvraag zoals gevraagd bij ons in", "Schrijf 'sturen naar'"),
        ("Dient u dat formulier bij ons in.", "Dient u dat formulier bij ons in", "Schrijf 'sturen naar'"),  # 'dat' before a noun
        ("Wij willen met name duidelijker communiceren.", "communiceren", "Schrijf 'vertellen' of 'praten'."),
        ("Wij hebben, echter, geen geld meer.", "echter", "Begin de zin met 'Maar'"),
        ("Wij regelen dit op eigen wijze.", "wijze", "Schrijf 'op een eigen manier'."),
        ("De berging aansluitend aan de woning is van de huurder.", "aansluitend aan", "Schrijf in gewone woorden wat 'aansluitend aan' hier betekent. Bij een tijd"),
        ("Wij willen dit vraagstuk anders benaderen.", "benaderen", "Schrijf 'aanpakken' (vorm aanpassen)."),
        ("De leerkracht benadert ieder kind op een positieve manier.", "benadert", "Schrijf 'omgaan met' (vorm aanpassen)."),
        ("Uw handelswijze is in strijd met het huurcontract.", "handelswijze", "Schrijf in gewone woorden wat 'handelswijze' hier betekent."),
        ("Mijn streven is dat iedereen meedoet.", "streven", "Schrijf 'doel' of 'ik wil'."),
        ("Daarnaar streven wij al jaren.", "streven", "Schrijf 'dat proberen' in plaats van 'daarnaar streven'"),
        ("U kunt uw zorg omtrent het parkeren melden.", "omtrent", "Schrijf 'over'."),
        ("U betaalt de invorderingskosten.", "invorderingskosten", "Schrijf 'extra kosten omdat u te laat betaalt'"),  # a plural noun, no verb
        ("Beste bewoners en andere belanghebbenden,", "belanghebbenden", "Schrijf 'anderen die ermee te maken hebben'."),
        ("Wij hebben naar aanleiding van uw brief besloten de boete te laten vallen.", "naar aanleiding van", "Schrijf 'na' of 'door'."),
        ("U moet tenminste drie jaar lid zijn.", "tenminste", "Schrijf 'minstens'"),
        ("Zo nodig volgt na die besluitvorming een verrekening.", "besluitvorming", "Schrijf in gewone woorden wat 'besluitvorming' hier betekent. Zeg wie beslist"),
    ],
)
def test_the_advice_starts_with(sentence, word, start):
    assert suggestions(sentence)[word].startswith(start)


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente heeft veel opgeleverd voor de buurt.",  # a gain, no building
        "Het beleid heeft geleid tot minder kosten.",  # 'leiden tot' is plain
        "Dit alles heeft ertoe geleid dat hij stopt.",  # labelled 1 of 4 times on the dev sets: not on the list
        "U betaalt dan naast de huur ook de incassokosten.",  # labelled 7 of 33 times: not on the list
        "Voor jullie is er nu ook veel extra’s te incasseren.",  # taking a blow, no money (set 58's judge)
        "Met ondernemende groet,",  # enterprising, a greeting to entrepreneurs (set 57's judge)
        "Wij zoeken ondernemende mensen.",
        "Zodra de verbouwing klaar is, kunnen we de balans opmaken.",  # a saying (set 59's judge)
        "De bewoners hebben deze fout opgemerkt.",  # noticed
        "De meesten hebben betaald, of tenminste gelijk na de herinnering.",  # 'althans'
        "Tenminste, 436 leden.",
        "Soms moeten wij eerder gegeven informatie bijstellen omdat het weer verandert.",  # no 'weergeven' across 'omdat' (set 60)
        "In de oorlog waren er veel doden te betreuren.",  # mourning
        "De club betreurt het heengaan van Piet.",
        "De gemeente doet onderzoek naar behoefte aan sociale huurwoningen.",  # 'naar' belongs to 'onderzoek'
        "Wij dragen de kosten zoals afgesproken niet zelf.",
    ],
)
def test_the_everyday_sense_gets_no_finding(sentence):
    assert not any(word.lower() in ("opgeleverd", "geleid", "ertoe geleid", "incasseren", "ondernemende", "opmaken", "opgemerkt", "tenminste", "betreuren", "betreurt", "naar behoefte", "incassokosten") or "weer" in word for word in suggestions(sentence))


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Dat doen we met de gemeenten in Noord-Holland Noord en het Ontwikkelbedrijf NHN.", False),  # its initials just before
        ("De onroerendezaakbelasting (OZB) gaat omhoog. De OZB is hoog.", False),
        ("Het Ontwikkelbedrijf NHN helpt u.", True),
        ("Mevrouw De Boer is de nieuwe secretaris van het DB.", True),  # a name, and two letters (the review of round 34)
        ("Meneer Ruiter Ivo Vos is de nieuwe voorzitter van het RIV.", True),
    ],
)
def test_an_abbreviation_after_the_words_of_its_initials_is_written_out(sentence, found):
    """"Noord-Holland Noord, het Ontwikkelbedrijf NHN" (set 57's judge): the letters are the initials of the words before it."""
    assert bool(rule_findings(sentence, "afkorting")) is found


def test_co2_is_known_to_every_reader():
    """"hun CO2 uitstoot": written out, 'koolstofdioxide' is harder than its letters (set 58's judge)."""
    assert rule_findings("De bedrijven verminderen hun CO2 uitstoot.", "afkorting") == []


def test_without_an_object_the_perfect_of_veranderen_takes_zijn():
    """"De gemeente heeft gewijzigd" has no object: 'heeft veranderd' would be wrong, so the form is left to the writer."""
    assert suggestions("De gemeente heeft gewijzigd.")["gewijzigd"] == "Schrijf 'veranderen' (vorm aanpassen)."


def test_a_sentence_in_capitals_is_read_once_for_all_its_words(monkeypatch):
    """Whether a word in capitals is part of a name looks at its whole sentence; that look is made
    once per document, not once per word (a long sentence in capitals made it quadratic)."""
    from begrijpelijk.check import analysis

    calls = []
    real = analysis._in_capitals
    monkeypatch.setattr(analysis, "_in_capitals", lambda sentence: calls.append(sentence.start) or real(sentence))
    words = " ".join(["DEZE WERKZAAMHEDEN DUREN TWEE WEKEN"] * 40)
    rule_findings(f"Beste bewoners,\n\n{words}. WIJ BELLEN U.\n\nMet vriendelijke groet,\n\nDe gemeente", "jargon")
    assert calls and len(calls) == len(set(calls))  # each sentence once

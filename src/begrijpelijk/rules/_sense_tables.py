"""The tables of `_senses`: per jargon word, the words nearby that choose its advice
("voldoen aan de voorwaarden" is not "betalen"), and the words before or after it that
give it another sense. Data only; `_senses` reads them."""
from __future__ import annotations


NEAR = 8  # words on either side that may say what the word is about

# advice for a demand that the reader meets, a duty, or a payment
REQUIREMENT = "Schrijf in gewone woorden wat hier nodig is. Bijvoorbeeld: 'als u aan de voorwaarden voldoet' wordt 'als u alles hebt wat nodig is'."
# a thing or someone else meets the demand: "een pasfoto die voldoet aan de eisen", "zodat de dijken voldoen aan de eisen"
REQUIREMENT_MET = "Schrijf in gewone woorden wat hier nodig is. Bijvoorbeeld: 'een foto die voldoet aan de eisen' wordt 'een foto zoals de regels vragen'."
_DUTY = "Schrijf 'zich houden aan'. Bijvoorbeeld: 'u houdt zich aan de regels'."
PAYING = "Schrijf 'betalen'. Bijvoorbeeld: 'u betaalt het bedrag'."
PAID = "Schrijf 'betaald'. Bijvoorbeeld: 'als het bedrag niet is betaald'."
_VOLDOEN = (
    ({"voorwaarde", "eis", "criterium", "norm", "voorschrift"}, REQUIREMENT),
    ({"verplichting", "plicht", "regel", "afspraak", "inlichtingenplicht", "informatieplicht"}, _DUTY),
    ({"bedrag", "betaling", "rekening", "aanslag", "schuld", "huur", "factuur", "vordering", "som", "kosten", "nota", "contributie", "premie"}, PAYING),
)
SENSES: dict[str, tuple[tuple[set[str], str], ...]] = {
    "voldoen aan": _VOLDOEN,
    "voldoen": _VOLDOEN,
    "voldaan": _VOLDOEN,
    # an index of wages is no 'prices' (set 40's judge: 'de CBS-loonindex')
    "indexering": (({"loonindex", "loon", "lonen", "cao", "loonontwikkeling"}, "Schrijf in gewone woorden wat 'indexering' hier betekent. Bijvoorbeeld: 'aanpassen aan de lonen'."),),
    "indexeren": (({"loonindex", "loon", "lonen", "cao", "loonontwikkeling"}, "Schrijf 'aanpassen aan de lonen' (vorm aanpassen)."),),
    "toekennen": (
        ({"aanvraag", "verzoek", "bezwaar"}, "Zeg wat de lezer krijgt. Bijvoorbeeld: 'Uw aanvraag is toegekend' wordt 'U krijgt de subsidie'."),
    ),
    # "het werk zal twee weken in beslag nemen" is about time, not a seizure
    "in beslag nemen": (
        ({"week", "weken", "dag", "dagen", "maand", "maanden", "jaar", "uur", "tijd", "periode", "ongeveer", "minuut", "minuten"},
         "Schrijf 'duren'. Bijvoorbeeld: 'Het werk duurt ongeveer twee weken.'"),
    ),
    # "Heeft u vragen naar aanleiding van deze brief?" is 'over'
    "aanbrengen": (
        ({"variatie", "verandering", "wijziging", "verbetering", "aanpassing", "onderscheid"}, "Schrijf 'maken' of 'zorgen voor'."),
    ),
    # "de vervaldatum van uw rijbewijs" is when it expires, not when to pay
    "vervaldatum": (
        ({"rijbewijs", "paspoort", "identiteitskaart", "apk", "kaart", "pas", "vergunning", "verlopen", "verloopt", "geldig"},
         "Schrijf 'datum waarop … verloopt' (vorm aanpassen)."),
    ),
    # "Wij vestigen uw aandacht op …" is 'wijzen op', not 'gaan wonen'
    "vestigen": (({"aandacht"}, "Schrijf 'wijzen op'. Bijvoorbeeld: 'Wij wijzen u op de nieuwe regels.'"),),
    "vaststellen": (
        ({"notitie", "beleidsnotitie", "plan", "beleid", "beleidsplan", "verordening", "bestemmingsplan", "regeling", "begroting"},
         "Schrijf 'goedkeuren' (vorm aanpassen): de raad of het college besluit dat het plan geldt."),
    ),
}
# a word of the list with another sense in some fields: school absence, a lawsuit, a medical reason, an old closing
SENSES["verzuim"] = (({"school", "les", "leerplicht", "leerling", "leerplichtambtenaar", "kind"}, "Schrijf 'niet op school zijn' (vorm aanpassen)."),)
# "Een mondelinge aanvraag kan … worden ingediend": spoken, so not 'gestuurd'
SENSES["indienen"] = (({"mondeling", "mondelinge", "telefonisch", "telefonische"}, "Schrijf 'doen' (vorm aanpassen): 'een aanvraag doen'."),)
# "om ons van informatie te voorzien" is giving it
SENSES["voorzien"] = (({"informatie", "gegevens", "inlichtingen", "info"}, "Schrijf 'geven' (vorm aanpassen): 'ons informatie geven'."),)
# "fysiek, mentaal en sociaal", "fysiek zwaar": the body, not 'in het echt' (judges of sets 29 and 46; not 'klachten': "het onderwijs is weer fysiek; met klachten blijft u thuis")
SENSES["fysiek"] = (({"mentaal", "psychisch", "sociaal", "lichaam", "gezondheid", "beperking", "conditie", "belasting", "zwaar", "pijn"}, "Schrijf 'lichamelijk' (vorm aanpassen)."),)
# the shops, schools and playgrounds of a neighbourhood, not the help a reader gets (judges of sets 13, 26, 44)
_PLACES = {"wijk", "buurt", "dorp", "speeltuin", "winkel", "winkels", "school", "scholen", "recreatief", "sport", "openbaar", "park", "centrum", "stad", "plein"}
SENSES["voorziening"] = ((_PLACES, "Schrijf in gewone woorden wat er komt of is. Bijvoorbeeld: 'winkels, scholen en een speeltuin'."),)
# "een klacht indienen bij uw verhuurder": 'sturen' asks for 'naar' (judges of sets 6, 22, 38)
SENSES["indienen"] = SENSES["indienen"] + (({"balie", "loket", "gemeentehuis", "receptie", "servicepunt"}, "Schrijf 'inleveren bij' (vorm aanpassen). Bijvoorbeeld: 'Lever het formulier in bij de balie.'"), ({"bij"}, "Schrijf 'sturen naar' (vorm aanpassen). Bijvoorbeeld: 'een klacht sturen naar uw verhuurder'."),)
# a mail with words in its subject, not a payment with a reference (judges of sets 39 and 41)
SENSES["onder vermelding van"] = (({"mail", "e-mail", "onderwerp", "onderwerpregel"}, "Schrijf wat de lezer erbij moet zetten. Bijvoorbeeld: 'Zet in het onderwerp van uw mail: aanmelding'."),)
# the judges of sets 9-43: the plain word needs another preposition, or no 'zich'
SENSES["verhalen"] = (({"op"}, "Schrijf 'laten betalen' (vorm aanpassen). Bijvoorbeeld: 'de kosten op u verhalen' wordt 'u de kosten laten betalen'."),)
SENSES["wenden"] = (({"tot"}, "Schrijf 'contact opnemen met' (vorm aanpassen) en laat 'zich' weg. Bijvoorbeeld: 'U kunt contact opnemen met de gemeente.'"),)
SENSES["in aanmerking komen"] = (({"voor", "hiervoor", "daarvoor", "waarvoor"}, "Schrijf 'recht hebben op' (vorm aanpassen) en laat 'voor' weg. Bijvoorbeeld: 'u heeft recht op de toeslag'."),)
# "de ouders worden gecompenseerd": people get their money back; 'goedmaken' takes a loss, not a person
SENSES["compenseren"] = (({"ouder", "ouders", "lid", "leden", "huurder", "huurders", "bewoner", "bewoners", "vereniging", "verenigingen", "club", "clubs", "inwoner", "inwoners", "ondernemer", "ondernemers", "mens", "mensen"}, "Zeg wie wat terugkrijgt. Bijvoorbeeld: 'De gemeente betaalt de huur terug.'"),)
# the result of a budget, not the use of a building: "een exploitatie overschot van € 6.000" (sets 31 and 45)
SENSES["exploitatie"] = (({"overschot", "tekort", "resultaat", "begroting", "verlies", "winst", "sluitend"}, "Schrijf in gewone woorden wat er over is of tekortkomt. Bijvoorbeeld: 'We hebben € 6.000 over.'"),)
# money taken from the reader's account by a mandate: 'afschrijven' (set 45's labeller)
_DEBIT = (({"machtiging", "incasso", "automatisch", "ideal", "bankrekening", "rekeningnummer"}, "Schrijf 'afschrijven' (vorm aanpassen). Bijvoorbeeld: 'Wij schrijven het geld af van uw rekening.'"),)
SENSES["innen"] = SENSES["incasseren"] = _DEBIT
# "De gemeente gaat zich beraden": 'nadenken' takes no 'zich' (set 45's judge)
SENSES["beraden"] = (({"zich"}, "Schrijf 'nadenken' (vorm aanpassen) en laat 'zich' weg."),)
# "overgaan tot handhaving": the town acts (takes the trailers away), no mere check (set 46's judge)
SENSES["handhaving"] = (({"overgaan", "optreden", "weghalen", "verwijderen", "bestuursdwang", "dwangsom"}, "Zeg wat u dan doet. Bijvoorbeeld: 'Dan halen wij de aanhanger weg, op uw kosten.'"),)
# the progress of a project, not money owed: "de vorderingen van het project" (set 48's judge)
SENSES["vordering"] = (({"project", "werk", "werkzaamheden", "bouw", "verbouwing", "renovatie", "planning"}, "Schrijf 'hoe het werk opschiet'."),)
# "bezwaar aangetekend bij de rechtbank": lodged, not sent by registered mail (set 48's judge)
SENSES["aangetekend"] = (({"bezwaar", "beroep", "rechtbank", "rechter"}, "Schrijf 'gemaakt' of 'ingediend': 'bezwaar gemaakt bij de rechtbank'."),)
# a letter that counts 'herinnering' and 'aanmaning' as separate steps: keep the word, say what it is (set 49's judge)
SENSES["aanmaning"] = (({"herinnering", "betalingsherinnering", "herinneringsbrief"}, "Leg uit wat een aanmaning is. Bijvoorbeeld: 'de brief die u krijgt als u na de herinnering nog niet hebt betaald'."),)
# an organisation or a board is no 'contactpersoon' (set 52's judge)
SENSES["aanspreekpunt"] = (({"gemeente", "bestuur", "organisatie", "afdeling", "loket", "vereniging", "bureau", "wijkteam", "corporatie"}, "Schrijf 'contact' of 'het adres voor uw vragen'. Bijvoorbeeld: 'De gemeente is het adres voor uw vragen.'"),)
# the judge of set 54: underground containers take the waste in, nothing goes on the street;
# 'zich ontplooien' is growing; 'tegemoetkomen aan een verzoek' is doing what it asks; homes are built;
# settling with the driver is paying him
SENSES["aanbieden"] = (({"ondergronds", "ondergrondse", "verzamelcontainer", "afvalcontainer"}, "Schrijf 'in de container doen' (vorm aanpassen)."),)
SENSES["ontplooien"] = (({"zich"}, "Schrijf 'groeien' of 'zich ontwikkelen' (vorm aanpassen)."),)
SENSES["tegemoetkomen"] = (({"verzoek", "handhavingsverzoek", "wens", "vraag", "bezwaar", "eis"}, "Schrijf 'ingaan op' (vorm aanpassen). Bijvoorbeeld: 'Wij gaan in op uw verzoek.'"),)
# a contract or property that passes to someone: "Het huurcontract kan overgaan op een kind" (review of round 34)
SENSES["overgaan op"] = (({"huur", "huurcontract", "contract", "eigendom", "recht", "rechten", "grond", "woning", "erfpacht", "schuld", "verplichting", "verplichtingen", "bezit"},
                          "Schrijf 'gaat naar' of 'komt op naam van' (vorm aanpassen)."),)
# a policy paper, not a bill: "de nota van het college over sportbeleid" (set 57's judge); a bill of the
# municipality is a bill ("De gemeente stuurt u een nota"); a title after 'nota': see _neighbours
SENSES["nota"] = (({"gemeenteraad", "college", "beleid", "beleidsnota", "visie", "wethouder"}, "Schrijf 'plan' of 'beleidsstuk' (vorm aanpassen)."),)
# "De verzekeraar weigerde medewerking": it would not cooperate; 'weigerde hulp' is refusing help (set 59's judge)
SENSES["medewerking"] = (({"weigeren", "weigerde", "weigert", "geweigerd"}, "Schrijf 'wilde niet meewerken' (vorm aanpassen)."),)
# a form saved halfway is filled in further, not begun again: "U kunt dit formulier later hervatten" (set 59)
SENSES["hervatten"] = (({"formulier", "vragenlijst", "aanmelding"}, "Schrijf 'verder invullen' (vorm aanpassen)."),)
SENSES["realiseren"] = (({"woning", "nieuwbouw", "appartement", "huis", "bouwplan", "bouwen", "gebouw"}, "Schrijf 'bouwen' (vorm aanpassen)."),)  # (a result: _objects)
SENSES["verrekenen"] = (({"chauffeur", "contant", "kassa", "pin", "pinnen", "bestuurder"}, "Schrijf 'betalen' (vorm aanpassen). Bijvoorbeeld: 'U betaalt de chauffeur.'"),)
# a virus or a disease that is 'vastgesteld' is found, not decided (set 55's judge)
SENSES["vaststellen"] = SENSES["vaststellen"] + (({"virus", "coronavirus", "besmetting", "ziekte", "corona", "griep", "infectie", "luis", "luizen", "hoofdluis"}, "Schrijf 'gevonden' of 'ontdekt' (vorm aanpassen)."),)
SENSES["procedure"] = (({"juridisch", "rechter", "rechtbank", "rechtszaak"}, "Schrijf 'rechtszaak'."),)
# a medical 'indicatie' is an assessment by a doctor, not just a reason (set 53's judge)
SENSES["indicatie"] = (({"medisch", "arts", "keuring", "dokter", "huisarts"}, "Zeg wie het vaststelt. Bijvoorbeeld: 'als een arts zegt dat het nodig is'."),)
# "wij zijn u veel dank verschuldigd" is thanks, not a debt; a pitch 'ter beschikking gesteld' is lent (set 53's judge)
SENSES["verschuldigd"] = (({"dank"}, "Schrijf 'bedanken'. Bijvoorbeeld: 'Wij willen u heel erg bedanken.'"),)
SENSES["ter beschikking stellen"] = (({"plaats", "staanplaats", "ruimte", "terrein", "zaal", "gebouw", "lokaal", "kavel", "grond", "standplaats"}, "Schrijf 'laten gebruiken' (vorm aanpassen). Bijvoorbeeld: 'U mag de plaats gebruiken.'"),)
# a task ahead, not a list: "de belangrijkste opgave voor de komende jaren" (set 53's judge)
SENSES["opgave"] = (({"belangrijkste", "grootste", "toekomst", "uitdaging", "maatschappelijk", "maatschappelijke"}, "Schrijf 'taak'. Bijvoorbeeld: 'de belangrijkste taak voor de komende jaren'."),)
# a debt or rent arrears: the steps of the organisation, not the sanction of the Participatiewet
_STEPS = "Zeg welke stap u dan neemt. Bijvoorbeeld: 'dan schakelen we een deurwaarder in'."
SENSES["vervaldata"] = SENSES["vervaldatum"]
SENSES["treffen"] = (({"regeling", "betalingsregeling", "betaalregeling", "schikking"}, ""), ({"maatregel", "maatregelen", "voorbereiding", "voorbereidingen", "voorziening", "voorzieningen"}, "Schrijf 'nemen'. Bijvoorbeeld: 'maatregelen nemen'."),)
SENSES["maatregel"] = (
    ({"uitkering", "bijstand", "korting", "verlaging", "verlagen", "verlaagd", "participatiewet", "verwijtbaar", "inlichtingenplicht"}, ""),
    # (not 'genoodzaakt' alone: "genoodzaakt door de corona-maatregelen", set 56's judge)
    ({"achterstand", "huurachterstand", "schuld", "deurwaarder", "incasso", "ontruiming", "betalingsafspraak", "huur"}, _STEPS),
)
# a word that says something else with the preposition after it: "communiceren met de buurt"
FOLLOWED_BY = {
    "streven": {"ernaar": "Schrijf 'proberen' en laat 'ernaar' weg: 'We streven ernaar om …' wordt 'We proberen …'.",
                # "De gemeente streeft naar een goede samenwerking": 'proberen naar' is no Dutch (set 50's judge)
                "naar": "Schrijf 'wil' of 'willen' en laat 'naar' weg (vorm aanpassen): 'De gemeente wil een goede samenwerking.'"},
    "communiceren": {"met": "Schrijf 'praten met' of 'contact houden met'."},
    # "verrekend met uw toeslag": 'aftrekken' asks for 'van'
    "verrekenen": {"met": "Schrijf 'aftrekken van' in plaats van 'verrekenen met' (vorm aanpassen)."},
    "nader": {"ingaan": "Schrijf 'dieper'.", "in": "Schrijf 'dieper'.",  # "nader ingaan op"
              # "het voorstel nader uit te werken", "nader bekijken": further, in more detail (set 51's judge)
              "uit": "Schrijf 'verder' of 'beter'.", "uitwerken": "Schrijf 'verder' of 'beter'.",
              "bekijken": "Schrijf 'beter'.", "onderzoeken": "Schrijf 'beter'.", "bestuderen": "Schrijf 'beter'."},
    # a decision that is not final yet: 'voorlopig', not 'gepland' (judges of sets 40 and 52)
    "voorgenomen": {"besluit": "Schrijf 'voorlopige': 'het voorlopige besluit'."},
    # "op basis van vrijwilligheid" is 'vrijwillig' (set 51's judge)
    "op basis van": {"vrijwilligheid": "Schrijf 'vrijwillig' in plaats van 'op basis van vrijwilligheid'. Bijvoorbeeld: 'U betaalt vrijwillig.'"},
    # "We hebben hiertoe besloten": 'besluiten' goes with 'tot', so 'daarvoor' does not fit (set 42's judge)
    "hiertoe": {"besloten": "Schrijf 'daarom'.", "besluiten": "Schrijf 'daarom'.", "beslist": "Schrijf 'daarom'."},
    # "woningen inventariseren op asbest" is checking them, not making a list (set 39's judge)
    "inventariseren": {"op": "Schrijf 'onderzoeken' of 'nakijken' (vorm aanpassen): 'woningen onderzoeken op asbest'."},
    # "de inkomsten van je eventuele partner": if there is one, not 'mogelijk'
    "eventueel": {word: "Schrijf 'als er een … is': 'de inkomsten van de partner, als er een partner is'." for word in ("partner", "toeslagpartner", "kinderen", "kind", "huisgenoten")},
    # "De drempel dient voor buspassagiers": meant for, no duty
    "dienen": {"voor": "Schrijf 'is bedoeld voor'.", "als": "Schrijf 'is' of 'werkt als'."},
}
DUTY_VERBS = {"moeten", "dienen", "opdragen", "verzoeken", "verplichten", "eisen"}
# "wij realiseren ons dat …" is 'beseffen', everyday Dutch
REFLEXIVE_SENSE = {"realiseren": {"zich", "me", "mij", "ons", "je"}}
# words the list has as an adjective that say something else as an adverb ("Aanvullend wil ik …")
ADVERB_SENSE = {
    "aanvullend": "Schrijf 'ook' of 'verder'.", "specifiek": "Schrijf 'speciaal' of laat het weg.", "recent": "Schrijf 'kort geleden'.",
    "eventueel": "Schrijf 'misschien' of 'als het nodig is'.",  # "eventuele kosten" are 'mogelijke kosten'
}
# a legal term with an everyday sense: legal only with one of these words near ("een maatregel op uw uitkering")
LEGAL_ONLY_NEAR = {"maatregel": set().union(*(words for words, _ in SENSES["maatregel"])),
                   # "een verklaring afgeven" is office language; "de tuin schoon afgeven" is handing it back (set 46's judge)
                   "afgeven": {"verklaring", "vergunning", "paspoort", "document", "identiteitskaart", "rijbewijs", "beschikking", "bewijs", "attest", "machtiging", "uittreksel"},
                   # "een besluit vernietigen" is legal; "de trailers worden vernietigd" is destroying them (set 46's judge)
                   "vernietigen": {"besluit", "beschikking", "rechter", "uitspraak", "aanslag", "bezwaar", "beroep"},
                   # "uw vermogen" for a benefit or a tax; "het vermogen van de zonnepanelen" is power
                   "vermogen": {"toeslag", "huurtoeslag", "zorgtoeslag", "kinderopvangtoeslag", "inkomen", "toetsingsinkomen", "bijstand", "uitkering", "spaargeld", "bezit", "belasting", "schuld", "schulden", "bank", "spaarrekening", "vermogensgrens", "box", "€", "euro", "grens", "hoog"},
                   # "uw afval aanbieden" is putting it out; "wij bieden u een woning aan" is everyday Dutch
                   "aanbieden": {"afval", "restafval", "gft", "container", "minicontainer", "kliko", "grofvuil", "inzameling", "zak", "vuilniszak", "huisvuil", "papier", "pmd", "snoeiafval", "ophaaldag", "afvalkalender"}}
# "lessen verzorgen" is giving them; "uw moeder verzorgen" is caring for her (sets 43 and 51)
LEGAL_ONLY_NEAR["verzorgen"] = {"les", "zwemles", "muziekles", "training", "cursus", "onderwijs", "bewegingsonderwijs", "catering", "lunch", "maaltijd", "vervoer", "presentatie"}
# homes that are 'opgeleverd' are finished; "de actie heeft € 500 opgeleverd" is what it yielded (the review of round 33)
LEGAL_ONLY_NEAR["opleveren"] = {"woning", "nieuwbouw", "huis", "appartement", "gebouw", "bouw", "project", "complex", "renovatie", "werk", "aannemer", "blok", "flat", "pand", "brug"}
# 'staking' of a payment is officialese; a strike of teachers is not ("de staking van 15 december")
STOPPED = {"uitkering", "betaling", "betalingen", "bijstand", "toeslag", "invordering", "werkzaamheden", "procedure", "beslag", "incasso", "subsidie", "levering", "behandeling"}
LEGAL_ONLY_NEAR.update({"staking": STOPPED, "staken": STOPPED})
# 'beroep' is the appeal to a judge next to 'bezwaar' or a court, not someone's job ("Wat is uw beroep?")
LEGAL_ONLY_NEAR["beroep"] = {"bezwaar", "rechtbank", "rechter", "beroepschrift", "instellen", "uitspraak", "hoger", "beroepstermijn", "raad"}
# a writ 'betekend' by a bailiff is served, not meant ("Dat heeft veel voor ons betekend")
SERVED = {"dwangbevel", "dagvaarding", "deurwaarder", "gerechtsdeurwaarder", "belastingdeurwaarder", "dwangschrift", "exploot", "vonnis"}
LEGAL_ONLY_NEAR["betekenen"] = SERVED
LAW_WORDS = {"artikel", "wet", "regel", "regeling", "besluit", "verordening", "beleidsregel", "lid", "afspraak", "contract"}


# a word that is officialese only with one of these word endings near: "een (betalings)regeling treffen",
# "maatregelen treffen"; "wij hebben elkaar getroffen" and "getroffen door de storm" are everyday Dutch
ONLY_NEAR_ENDING = {
    # 'optreden' is officialese for 'ontstaan' ("als er problemen optreden"); "het optreden van de band" is not
    "optreden": ("probleem", "problemen", "klacht", "klachten", "storing", "storingen", "schade", "vertraging", "vertragingen", "overlast", "hinder", "fout", "fouten", "bijwerking", "bijwerkingen", "complicatie", "complicaties", "wijziging", "wijzigingen", "verandering", "veranderingen", "situatie", "situaties"),
    # "een betalingsregeling aangaan"; "dat gaat u niets aan" and "de lampen gaan aan" are everyday Dutch
    "aangaan": ("regeling", "overeenkomst", "contract", "lening"),
    "treffen": ("regeling", "maatregel", "maatregelen", "voorbereiding", "voorbereidingen", "voorziening", "voorzieningen", "schikking"),
    # "een vergadering beleggen" is holding it; "uw geld beleggen" is investing it
    "beleggen": ("vergadering", "bijeenkomst", "overleg", "avond", "bespreking")}


# an expression that is everyday Dutch after one of these words: "uw telefoon bij de hand houden"
NOT_AFTER = {
    "de hand houden": {"bij", "in"}, "te weten": {"goed", "fijn", "handig", "belangrijk", "om", "wil", "wilt", "willen", "moet", "moeten", "tevoren", "vooraf", "graag", "precies"},
    "conditie": {"slechte", "goede", "slecht", "goed", "matige"},  # "De essen hebben een slechte conditie": their health
    "eenmaal": {"een", "de", "het"},  # "een eenmaal opgelopen achterstand": once it is there, not a number of times (set 43)
    "betreffen": {"mij", "ons"}, "betreft": {"mij", "ons"},  # "wat mij betreft": in my opinion (set 48's judge)
    "geheel": {"als"},  # "de vereniging als geheel": as a whole (set 45's judge)
    "dan wel": {"maar"},  # "Maar dan wel met z'n allen": 'dan' and 'wel', not 'of' (set 53's judge)
    "tenminste": {"of"},  # "of tenminste gelijk na de herinnering": a correction, 'althans' (set 59's judge)
    "naar behoefte": {"onderzoek", "vraag", "kijken", "zoeken"},  # "vraag naar behoefte": 'naar' belongs to the word before
    "locatie": {"op"},  # "Op locatie krijgt u uitleg": on site, a fixed phrase
    "enkel": {"geen", "een", "één", "elk", "elke", "haar", "zijn", "mijn", "uw", "je", "jouw", "hun", "linker", "rechter"},  # "geen enkel probleem"; "haar enkel gebroken": an ankle
}
# an expression that means something else with this word after it: "zich voordoen als DigiD" is pretending
NOT_BEFORE = {
    # "Het is belangrijk … te weten dat …" is to know
    "zich voordoen": {"als"}, "te weten": {"komen", "komt", "kom", "kwam", "kwamen", "gekomen", "dat", "of", "hoe", "wat", "waar", "wie", "wanneer", "welk", "welke", "waarom", "hoeveel"},
    # "uw aanvullende verzekering" is the name on the policy
    "aanvullend": {"verzekering", "verzekeringen", "verzekeren", "zorgverzekering", "tandartsverzekering"},
    "tenminste": {","},  # "Tenminste, 436 potentiële leden.": a correction, 'althans' (set 59's judge)
    "naar behoefte": {"aan"},  # "onderzoek naar behoefte aan woningen": 'naar' belongs to 'onderzoek'
    # "een cruciaal beroep", "de cruciale sector": the government's own list in 2020, a name
    "cruciaal": {"beroep", "beroepen", "sector", "sectoren"},
    "nader": {"tot"},  # "nader tot elkaar komen" is everyday Dutch
    "fysiek": {"gezond", "fit", "sterk"},  # "fysiek gezond" is 'healthy in body'
    "vermogen": {"om", "tot"},  # "het vermogen om te leren" is an ability, not money
    "verantwoorden": {"mogelijk"},  # "zo goed en verantwoord mogelijk": responsibly, no 'uitleggen' (set 48's judge)
    "locatie": {":"},  # "Locatie: Hercules, Rijtseweg 1": a field label
    # "(aanstaande) moeders": expectant mothers, not 'volgende' (set 53's judge)
    "aanstaande": {")", "moeder", "moeders", "vader", "vaders", "ouders", "bruid", "bruidegom"},
    "enkel": {"en"},  # "enkel en dubbel" in tennis
    "mede": {"te"},  # "aan ons mede te delen": part of 'mededelen', not 'ook' (set 56's judge)
    "openstaand": {"bestellingen", "bestelling", "vacatures", "vacature", "vragen", "punten", "actiepunten"},  # orders still to place (set 53's judge)
}


OBJECTING = ("maak", "gemaakt", "dien", "ingediend", "aanteken", "aangetekend", "instel", "ingesteld", "bezwaarschrift")
VERB_PARTICLES = {"mee", "aan", "op", "in", "uit", "toe", "af", "bij", "door", "over", "terug", "weg", "na", "om", "tegen"}
DECISIONS = {"besluit", "beschikking", "beslissing", "aanslag", "boete", "naheffing", "uitspraak"}  # "bezwaar tegen dit besluit" is legal
MEASURES = {"maatregel", "maatregelen", "besluit", "regel", "wijziging", "verandering", "bezuiniging"}
SETTINGS = ("controle", "functie", "optie", "alarm", "verlichting", "apparaat", "sms", "melding", "meldingen")
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
REFLEXIVE = {"zich", "me", "mij", "ons", "je", "jezelf", "zichzelf"}


MORE_OF_IT = {"onderzoek", "informatie", "overleg", "uitleg", "toelichting", "afspraak", "gegeven", "voorwaarde", "regel", "analyse"}  # "nader onderzoek"; not "tot nader order", "nader bericht"
BEFORE_A_NOUN_EVERYDAY = {"ingaande", "bij deze", "het volgende", "afdragen", "beleggen"}  # "afgedragen kleding", "belegde broodjes"
# words that are office language only right before a date ("per 1 januari" is 'vanaf'; "per maand" is everyday)
ONLY_BEFORE_A_DATE = {"per"}
NOT_AS_NOUN = {"uniform"}  # an adjective in the list that is also an everyday noun
# "enkel aan kinderen" is 'alleen'; "enkele ouders" is 'a few'; "zijn overeengekomen" is agreeing, "komt overeen met" is matching
ONLY_THESE_FORMS = {"enkel": {"enkel"}, "overeenkomen": {"overeengekomen"}}
# forms of a word of the list that are everyday Dutch: "ondernemende mensen", "Met ondernemende groet" (set 57's judge)
NOT_THESE_FORMS = {"ondernemen": {"ondernemend", "ondernemende"}}
# a word of the list that is everyday Dutch with one of these words near it (8 words on either side)
EVERYDAY_NEAR = {
    "conditie": {"boom", "bomen", "plant", "gezondheid", "sport", "gezond"},  # the health of trees (set 50's judge)
    "afwijzen": {"ledenvergadering", "alv", "stemming", "motie", "amendement"},  # members voted it down (set 51's judge)
    "heffen": {"glas", "glaasje", "toost", "beker"},  # "het glas heffen": a toast, not a tax (set 55's judge)
    "wenden": {"keren"},  # "hoe je het ook wendt of keert": a saying (set 53's judge)
    "invulling": {"formulier", "vragenlijst", "enquête", "aanvraag"},  # filling in a form is no vague 'invulling'
    "opmaken": {"balans"},  # "de balans opmaken": a saying (set 59's judge)
    "betreuren": {"dood", "doden", "slachtoffer", "slachtoffers", "overlijden", "overleden", "heengaan", "sterven"},  # mourning the dead
}
# a wish right before 'te wensen': "iedereen een fijne vakantie te wensen" is no 'willen' (set 52's judge)
WISHES = {"vakantie", "feestdag", "feestdagen", "succes", "sterkte", "beterschap", "kerst", "kerstdagen", "nieuwjaar", "jaarwisseling", "zomer", "weekend", "plezier", "gezondheid"}
SOME_OF = {"tijd", "moeite", "vertraging", "afstand", "ruimte", "hulp", "informatie"}  # "enige tijd": some of it
# "Het jaar loopt ten einde." is ending, not 'om' (sets 37 and 38's judges); "ten einde u te helpen" is 'om'
ENDING_VERBS = {"lopen", "loopt", "liep", "liepen", "gelopen", "tenlopen"}
ENDING = "Schrijf 'aflopen' of 'bijna voorbij zijn' (vorm aanpassen): 'het jaar is bijna voorbij'."
# "Wij zullen u nader informeren" is telling more; "U kunt zich nader informeren" is finding out more
TELLING_MORE = "Schrijf 'meer vertellen' in plaats van 'nader informeren': 'Wij vertellen u dan meer.'"

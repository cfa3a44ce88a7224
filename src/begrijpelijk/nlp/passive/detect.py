"""Which clauses are passive: a form of worden or zijn with a past participle
in a passive sense. Not a verb whose perfect takes "zijn" ("is overleden",
"is geëindigd"), not a state ("u bent verplicht", "is bedoeld voor"), and only
worden and zijn ("vergoed krijgen", "geregistreerd staan" are none).

The language layer: the rule `passief` (rules/passief.py) and the active
rewrite (rewrite.py, beside this module) both ask this module; it asks no rule.
"""
from __future__ import annotations

from dataclasses import dataclass

from begrijpelijk.nlp.passive.verbs import lemma_of_participle

WORDEN = {"worden", "wordt", "word", "werd", "werden", "geworden"}
ZIJN = {"is", "ben", "bent", "zijn", "was", "waren", "geweest", "wezen", "zijt", "wees"}
HEBBEN = {"heb", "hebt", "heeft", "hebben", "had", "hadden"}

# Verbs whose perfect tense takes "zijn": "is gekomen" is active, not passive.
# A separable or prefixed form counts too ("aangekomen", "teruggegaan").
ZIJN_VERBS = (
    "komen", "gaan", "blijven", "worden", "zijn", "vallen", "sterven", "beginnen", "gebeuren",
    "verdwijnen", "vertrekken", "ontstaan", "stijgen", "dalen", "groeien", "verschijnen",
    "overlijden", "slagen", "lukken", "raken", "belanden", "blijken", "verlopen", "vergaan",
    "ontsnappen", "opstaan", "staan", "zakken", "zwellen", "varen", "rijden", "vliegen", "lopen",
    "keren", "trekken", "treden", "wijken", "zwijgen", "landen", "ontwaken", "verhuizen",
    "trouwen", "stoppen", "afnemen", "toenemen", "opgroeien", "springen",
    "verschuiven", "terechtkomen", "stranden", "uitvallen", "verouderen", "verminderen",
    "ontbreken", "bevallen", "ontvluchten", "schieten", "glijden", "zinken", "sluipen",
    "opdrogen", "verdrinken", "verbranden", "uitgroeien", "ontspringen", "uitbreken", "vervallen",
    "verkeren", "uitkomen", "meevallen", "tegenvallen", "ophouden", "veranderen", "aflopen",
    "binnenkomen", "instorten", "inslapen", "slapen", "geraken", "bezwijken", "verstrijken",
    "eindigen", "overkomen", "geschieden", "voorvallen", "omwaaien", "stuiten",
)
# verbs of that list that take "hebben" with an object: "Wij hebben het beleid veranderd", "De gemeente heeft
# de uitkering gestopt", "Wij hebben de kosten verminderd" (without an object: "Het beleid is veranderd")
HEBBEN_WITH_OBJECT = frozenset({
    "veranderen", "stoppen", "verminderen", "verhuizen", "rijden", "varen", "vliegen", "lopen", "trekken",
    "afnemen", "verbranden", "ophouden", "verschuiven", "schieten",
})


# words shaped like participles that are none: an adjective ("is gereed") and an infinitive ("die gebruikmaken van")
NOT_PARTICIPLES = {"gereed", "gezond", "gebruikmaken", "gebruikmaakt"}


# particles of separable verbs: "aankomen", "teruggaan", "opgroeien"
PARTICLES = {
    "aan", "af", "achter", "achteruit", "bij", "binnen", "door", "heen", "in", "langs", "mee", "na",
    "neer", "om", "onder", "op", "over", "rond", "samen", "tegen", "terug", "thuis", "toe", "uit",
    "voor", "voorbij", "vooruit", "weg", "ont", "ver", "los", "vast", "kwijt", "vrij", "mis",
}
# compounds of those verbs that take "hebben" or are passive with "zijn"
NOT_ZIJN = {"toestaan", "verstaan", "bestaan", "doorgaan", "ontvallen", "overvallen", "aanvallen", "ondergaan", "ontkomen"}


# participles that, with "zijn" or "staan", say how things are, not what
# someone did: "u bent verplicht", "het bedrag is verschuldigd", "u staat
# ingeschreven", "het loket is gesloten". With "worden" they stay passive.
STATES = frozenset(
    """aangewezen bedoeld bekend benieuwd bestemd betrokken bevoegd gebaseerd gebonden gehuwd gelegen
    gemachtigd genoodzaakt geopend gerechtigd gericht gesloten getrouwd gevestigd gewend geïnteresseerd
    inbegrepen ingeschreven overtuigd toegestaan verboden verbonden vereist verheugd verhinderd verplicht
    verschuldigd verzekerd verwikkeld aangesloten geboren geregeld vastgelegd opengesteld vrijgesteld gewenst""".split()
)


@dataclass(frozen=True)
class Passive:
    auxiliary: object  # spaCy Token: the form of worden/zijn
    participle: object  # spaCy Token: the past participle
    impersonal: bool = False  # "er wordt gebeld"


# how a Dutch past participle begins: "ge-" or an unstressed prefix
# ("betaald", "verstuurd", "ontvangen", "overschreden"), maybe after a particle
# ("aangevraagd", "stopgezet", "uitbetaald")
PARTICIPLE_PREFIXES = ("ge", "be", "ver", "ont", "her", "er", "mis", "over", "onder", "door", "om", "achter", "vol", "weer", "voor")
PARTICIPLE_PARTICLES = tuple(sorted(PARTICLES | {"goed", "waar", "stop", "stuk", "schoon", "teleur", "tegemoet", "open", "leeg", "dicht", "kapot", "bekend", "klaar", "bloot"}))


def looks_like_participle(form: str) -> bool:
    """Dutch past participles end in -d, -t or -n ("gestuurd", "betaald",
    "gegeven", "gedaan"), are one word, and begin as participles do. In the
    training treebanks 98% of passive participles have this shape, and 87% of
    nouns ending in -d, -t or -n do not ("voetbalfeest", "werkwoord")."""
    if not (form.isalpha() and form.endswith(("d", "t", "n"))):
        return False
    if form.startswith(PARTICIPLE_PREFIXES):
        return True
    return any(form.startswith(p) and form[len(p):].startswith(PARTICIPLE_PREFIXES) for p in PARTICIPLE_PARTICLES)


def _has_worden(token) -> bool:
    return any(c.dep_ in ("aux", "aux:pass", "cop") and c.lower_ in WORDEN for c in token.children)


def _under_worden(token) -> bool:
    """"wordt de container automatisch geschud" parsed with the participle
    as what "wordt" becomes (xcomp)."""
    return token.dep_ == "xcomp" and token.head.lower_ in WORDEN and token.head.pos_ in ("AUX", "VERB")


def is_participle(token) -> bool:
    """A past participle used as a verb ("is verstuurd"), not as an adjective
    before a noun ("de gestelde termijn"). The tagger sometimes calls a
    participle a noun or adjective ("werd beproefd", "werd gevochten"): with
    the shape of a participle and a form of worden attached to it, it counts as
    one. With "zijn" it stays an adjective ("was gewild")."""
    if not looks_like_participle(token.lower_) or _finite_in_t(token) or token.lower_ in NOT_PARTICIPLES:
        return False
    if _after_its_noun_with_door(token):
        return False  # "een avond georganiseerd door Mitros": a participle after its noun, no verb of the clause
    tag = token.tag_ or ""
    if tag.startswith("WW|od") and not token.lower_.endswith("ende"):
        # "wordt berekend" tagged as "berekenend" would be: with a form of worden it is the participle;
        # so is a form that is the past participle of a verb the tables know ("berekend" of "berekenen",
        # whose present participle is "berekenend")
        if _has_worden(token) or _under_worden(token):
            return True
        verb = lemma_of_participle(token.lower_)
        return verb is not None and verb + "d" != token.lower_
    if tag.startswith("WW|"):
        return tag.startswith("WW|vd") and "prenom" not in tag and "|nom|" not in tag
    if token.pos_ in ("NOUN", "ADJ") and "prenom" not in tag and not token.text[:1].isupper():
        return _has_worden(token) or (token.pos_ == "NOUN" and _under_worden(token))
    return "Part" in token.morph.get("VerbForm") and "Past" in (token.morph.get("Tense") or ["Past"]) and token.pos_ in ("VERB", "AUX")


def _after_its_noun_with_door(token) -> bool:
    """"op een bijeenkomst georganiseerd door de bewonerscommissies": right after the
    noun it describes, which a preposition governs, with its own 'door', and no
    auxiliary of its own."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN") and token.head.i == token.i - 1
        and any(c.dep_ == "case" for c in token.head.children)  # "op een bijeenkomst …"; not "Er is een besluit genomen door …"
        and following is not None and following.lower_ == "door"
        and not any(c.dep_ in ("aux", "aux:pass") for c in token.children)
    )


def _finite_in_t(token) -> bool:
    """"die de RDW verstuurt", "is als volgt": a present tense in -t, whose
    participle is another word ('verstuurd', 'gevolgd'), even when tagged as one."""
    from begrijpelijk.nlp import forms

    low = token.lower_
    verb = (token.lemma_ or "").lower()
    if not low.endswith("t") or not verb.endswith("en"):
        return False
    made = forms.participle(verb)
    return made is not None and made != low and forms.finite_third(verb) == low


def takes_zijn(lemma: str) -> bool:
    """Does this verb form its perfect tense with "zijn" ("is gekomen")?"""
    lemma = lemma.replace("_", "").lower()
    if lemma in NOT_ZIJN:
        return False
    for verb in ZIJN_VERBS:
        if lemma == verb:
            return True
        if lemma.endswith(verb) and lemma[: -len(verb)] in PARTICLES:
            return True
    return False


def _auxiliary(participle):
    """The form of worden/zijn that makes this participle passive, or None."""
    verb = participle.lemma_ or participle.text
    worden = [c for c in participle.children if c.dep_ in ("aux", "aux:pass", "cop") and c.lower_ in WORDEN]
    zijn = [c for c in participle.children if c.dep_ in ("aux", "aux:pass", "cop") and c.lower_ in ZIJN]
    if len(worden) > 1 or (worden and zijn):
        # "De boete wordt hoger als … onderhouden wordt", "Als er sprake is van …, wordt onderzocht" parsed with
        # both under it: the nearest (a form of zijn only when it does not take "zijn": "is gekomen")
        candidates = worden + [c for c in zijn if not takes_zijn(verb)]
        return min(candidates, key=lambda c: abs(c.i - participle.i))
    for child in participle.children:
        if child.dep_ not in ("aux", "aux:pass", "cop"):
            continue
        lower = child.lower_
        if lower in WORDEN:
            return child
        if lower in ZIJN:
            if not takes_zijn(verb):
                return child
            continue
    # (only worden and zijn: "vergoed krijgen" and "geregistreerd staan" are no passive as a reader marks it)
    return None


CLUSTER_VERBS = {"gaan", "zullen", "moeten", "kunnen", "mogen", "hoeven", "willen"}


def _surface_auxiliary(participle):
    """Fallback when the parse misses it: a form of worden in the same clause,
    with no other verb, conjunction or comma between them. A form of zijn
    counts when it opens the sentence ("Is uw aanvraag afgewezen?"), or when
    it is finite and comes first with no other participle between ("Wanneer
    u bent aangehouden", "Dit bedrag is door de gemeente … uitbetaald" parsed
    with "is" elsewhere); not "moet ingediend zijn" (a state after a modal)
    or "bekend is gemaakt | opgestuurd zijn"."""
    sentence = participle.sent
    verb = participle.lemma_ or participle.text
    for direction in (-1, 1):
        i = participle.i + direction
        crossed = False  # another participle between
        cluster = True  # only the verbs of the cluster so far ("benaderd | gaan | worden")
        skipped = False  # a modal of the cluster passed
        while sentence.start <= i < sentence.end:
            token = participle.doc[i]
            lower = token.lower_
            if lower in WORDEN:
                after = participle.doc[i + 1] if i + 1 < sentence.end else None
                if skipped and after is not None and is_participle(after):
                    return None  # "er geluid mag worden gemaakt": 'worden' goes with 'gemaakt'
                return token
            if lower in ZIJN and token.pos_ in ("AUX", "VERB") and not takes_zijn(verb) and (
                token.i == sentence.start or (direction < 0 and not crossed and (token.tag_ or "").startswith("WW|pv"))
            ):
                return token
            # (a verb used as a noun does not end the clause: "rondom | het opruimen | van hondenpoep")
            nominal = token.i > 0 and participle.doc[token.i - 1].lower_ in ("het", "een") and not (token.tag_ or "").startswith("WW|pv")
            # the verb cluster right after the participle may hold a modal first: "benaderd gaan worden",
            # "betaald hoeft te worden"; not "gelegen de scholen waarop … zou kunnen worden" (further on)
            in_cluster = (
                direction > 0 and cluster and token.lemma_ in CLUSTER_VERBS and token.pos_ in ("VERB", "AUX")
                and (participle.tag_ or "").startswith("WW|vd")  # not "er geluid mag worden gemaakt"
            )
            cluster = cluster and (in_cluster or lower == "te")
            skipped = skipped or in_cluster
            if token.text in (",", ";", ":") or token.pos_ in ("SCONJ", "CCONJ") or (
                token.pos_ in ("VERB", "AUX") and not is_participle(token) and lower not in ("te",) and not nominal and not in_cluster
            ) or (skipped and (is_participle(token) or not cluster)):
                # after a modal only 'worden' may follow: "overblijven kunnen gesteld worden" has its own
                # participle, "gepaard gaan volgens … die … worden verbonden" another clause
                break
            crossed = crossed or is_participle(token)
            i += direction
    return None


def detect(doc) -> list[Passive]:
    """Passive clauses in a parsed spaCy Doc, one per participle."""
    found: list[Passive] = []
    for token in doc:
        if token.lower_ == "geworden" or token.lemma_ in ("worden", "zijn"):
            continue
        # the tagger may read a participle as a present-tense verb ("werd
        # begroet"); the parser's aux:pass with a form of worden decides then
        marked = token.pos_ == "VERB" and looks_like_participle(token.lower_) and any(c.dep_ == "aux:pass" and c.lower_ in WORDEN for c in token.children)
        # … and may read one as a finite verb after a form of zijn ("In september is het onderzoek afgerond",
        # "afgerond" tagged as a past tense): a verb the tables know by that participle counts then too
        finite_read = (
            token.pos_ == "VERB" and (token.tag_ or "").startswith("WW|pv") and looks_like_participle(token.lower_) and not _finite_in_t(token)
            and lemma_of_participle(token.lower_) is not None and not any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in ("ik", "hij", "zij", "ze", "het") for c in token.children)
        )
        if not (is_participle(token) or marked or finite_read):
            continue
        auxiliary = _auxiliary(token)
        perfect = any(c.dep_ in ("aux", "cop") and c.lower_ in HEBBEN for c in token.children)
        if auxiliary is None and not perfect:
            auxiliary = _surface_auxiliary(token)
        if auxiliary is None or (perfect and auxiliary.lower_ in ZIJN):
            continue  # "Zoals u … heeft gezien | is …": with "hebben" the participle is active
        if finite_read and not (is_participle(token) or marked) and not (auxiliary.lower_ in ZIJN | WORDEN and auxiliary.i < token.i):
            continue  # read as a finite verb: only with a form of zijn or worden before it
        if token.lower_ in STATES and auxiliary.lower_ not in WORDEN:
            continue  # a state: "u bent verplicht", "u staat ingeschreven"
        if _not_passive_here(token, auxiliary):
            continue
        sentence = token.sent
        impersonal = any(t.lower_ == "er" for t in sentence) and not any(
            t.dep_ in ("nsubj:pass", "nsubj") and t.head.i in (token.i, auxiliary.i) for t in sentence
        )
        found.append(Passive(auxiliary, token, impersonal))
    return found


# verbs that take "zijn" when someone does them ("Het waterschap is gestart"), but make an
# impersonal passive without a subject ("In het voorjaar is gestart met de bestrijding")
ZIJN_WITH_SUBJECT = {"starten"}


def _not_passive_here(participle, auxiliary) -> bool:
    """A comparison ("ingewikkelder dan gedacht") or an active perfect with a
    subject ("Het waterschap is gestart met …") is no passive."""
    doc = participle.doc
    if participle.i > 1 and doc[participle.i - 1].lower_ == "dan" and auxiliary.i < participle.i - 1:
        # "ingewikkelder dan gedacht", "meer tijd dan verwacht"; not "wordt de woning dan bewoond"
        for before in doc[max(0, participle.i - 4) : participle.i - 1]:
            comparative = "Cmp" in before.morph.get("Degree") or "comp" in (before.tag_ or "").split("|")
            if comparative or before.lower_ in ("anders", "meer", "minder") or (before.pos_ == "ADJ" and before.lower_.endswith("der")):
                return True
    verb = (participle.lemma_ or participle.text).lower()
    if verb in ZIJN_WITH_SUBJECT and auxiliary.lower_ in ZIJN:
        return any(c.dep_.startswith("nsubj") for c in [*participle.children, *auxiliary.children])
    return False

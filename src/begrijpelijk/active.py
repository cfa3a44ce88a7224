"""An active sentence for a passive clause, or nothing.

"Uw aanvraag is goedgekeurd" → "Wij hebben uw aanvraag goedgekeurd."
"Uw uitkering wordt stopgezet" → "Wij zetten uw uitkering stop."
"Uw aanvraag kan niet in behandeling worden genomen" → "Wij kunnen uw aanvraag niet in behandeling nemen."

An advisor who sees one wrong example stops trusting the others, so every
step that is not sure gives up (returns None) and the rule gives its advice
without an example. What is kept:

- the tense: present stays present; "is/werd … gedaan" becomes "hebben … gedaan";
- a modal verb: "kan/moet/mag/zal … worden gedaan" becomes "kunnen/moeten … doen";
- a separable verb is split in a main clause ("zetten … stop");
- the doer from a "door"-phrase; without one, "wij" only when the sender
  plausibly does it (the reader's own things, or a verb that only an
  organisation does), "u" for what only the reader does, otherwise "[wie?]";
- word order: what stood before the verb stays in front (the verb second),
  a subordinate clause keeps its conjunction and has its verbs at the end.
"""
from __future__ import annotations

from dataclasses import dataclass

# verbs that, in a letter, the sending organisation does
SENDER_VERBS = frozenset(
    """aanpassen afhandelen afwijzen beëindigen behandelen beoordelen berekenen beslissen besluiten betalen
    bekijken bellen benaderen bevestigen bezoeken controleren doorsturen herzien informeren innen inhouden
    inspecteren intrekken invorderen nemen onderzoeken ontvangen opleggen opnemen overmaken stopzetten
    sturen terugbetalen terugvorderen toekennen toesturen uitbetalen uitnodigen verhogen verlagen verlengen
    verrekenen versturen verwerken vaststellen verstrekken goedkeuren opsturen registreren wijzigen
    afschrijven storten verzenden""".split()
)
# verbs that only the reader does
READER_VERBS = frozenset(
    """invullen ondertekenen inleveren meenemen aanleveren meesturen insturen
    terugsturen indienen aanvragen""".split()  # not "opsturen": the sender sends things too
)

MODALS = {
    # form: (plural, singular) in the same tense
    "kan": ("kunnen", "kan"), "kunnen": ("kunnen", "kan"),
    "kon": ("konden", "kon"), "konden": ("konden", "kon"),
    "moet": ("moeten", "moet"), "moeten": ("moeten", "moet"),
    "moest": ("moesten", "moest"), "moesten": ("moesten", "moest"),
    "mag": ("mogen", "mag"), "mogen": ("mogen", "mag"),
    "zal": ("zullen", "zal"), "zullen": ("zullen", "zal"),
    "zou": ("zouden", "zou"), "zouden": ("zouden", "zou"),
    "wil": ("willen", "wil"), "willen": ("willen", "wil"),
}
WORDEN_PRESENT = {"wordt", "worden", "word"}
WORDEN_PAST = {"werd", "werden"}
ZIJN_PRESENT = {"is", "zijn", "ben", "bent"}
ZIJN_PAST = {"was", "waren"}

# the old subject as object: "u" stays "u", "hij" becomes "hem"
OBJECT_PRONOUNS = {"u": "u", "het": "het", "dit": "dit", "dat": "dat", "deze": "deze", "hij": "hem", "wij": "ons", "we": "ons", "ik": "mij", "je": "je", "jij": "jou"}
AGENT_PRONOUNS = {"ons": ("wij", True), "u": ("u", False), "hen": ("zij", True), "hem": ("hij", False)}

WH_WORDS = {"waarom", "wanneer", "hoe", "waar", "hoelang"}

SEPARABLE = (
    "terug", "stop", "op", "in", "af", "aan", "mee", "door", "uit", "toe", "over", "na", "bij", "weg",
    "vast", "voor", "binnen", "langs", "neer", "samen", "tegen", "thuis", "vrij", "los", "goed", "kwijt",
)
INSEPARABLE_START = ("be", "ver", "ont", "her", "er", "ge")


@dataclass(frozen=True)
class Agent:
    text: str
    plural: bool


def _lookup():
    from .nlp.lookup_lemmatizer import shipped_lookup

    return shipped_lookup()


def third_singular(lemma: str) -> str | None:
    """The form for "hij/u/de gemeente" ("behandelt", "stuurt", "neemt"),
    or None when no form can be made sure of. Dutch spelling rules make the
    candidates; the lemma table of the model must know the form."""
    special = {"gaan": "gaat", "doen": "doet", "staan": "staat", "zien": "ziet", "slaan": "slaat", "hebben": "heeft", "zijn": "is", "komen": "komt"}
    if lemma in special:
        return special[lemma]
    for prefix_len in range(0, len(lemma) - 3):  # "toesturen": also try the last part
        head, verb = lemma[:prefix_len], lemma[prefix_len:]
        if prefix_len and head not in SEPARABLE and not head.endswith(SEPARABLE):
            continue
        if verb in special:
            return head + special[verb]
        if not verb.endswith("en") or len(verb) < 4:
            continue
        stem = verb[:-2]
        candidates = []
        if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            candidates.append(stem[:-1])  # zetten → zet
        else:
            base = stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])
            vowel = stem[-2] if len(stem) >= 2 else ""
            before = stem[-3] if len(stem) >= 3 else ""
            if vowel in "aeou" and before and before not in "aeiouy" and stem[-1] not in "aeiouy":
                candidates.append(base[:-1] + vowel + base[-1])  # sturen → stuur, geven → geef
            candidates.append(base)  # behandelen → behandel
        known = _lookup()
        for stem_form in candidates:
            form = stem_form if stem_form.endswith("t") else stem_form + "t"
            if known.get(head + form) == lemma or (not head and known.get(form) == lemma):
                return head + form
            if head and known.get(form) == verb:
                return head + form
    return None


def lemma_of_participle(form: str) -> str | None:
    """The infinitive of a weak participle the lemmatizer did not know:
    "verhoogd" → "verhogen", only when the lemma table knows a present form
    of that verb ("verhoogt" → "verhogen")."""
    known = _lookup()
    if known.get(form, "").endswith("en"):
        return known[form]
    if not form.endswith(("d", "t")):
        return None
    stem = form[:-1]
    for particle in ("",) + SEPARABLE:
        if not stem.startswith(particle):
            continue
        rest = stem[len(particle):]
        rest = rest[2:] if rest.startswith("ge") and len(rest) > 4 else rest
        candidates = [rest]
        if len(rest) >= 3 and rest[-2] == rest[-3] and rest[-2] in "aeou":
            candidates.append(rest[:-2] + rest[-1])  # verhoog → verhog
        for base in candidates:
            for last in dict.fromkeys([base[-1], {"f": "v", "s": "z"}.get(base[-1], base[-1])]):
                lemma = particle + base[:-1] + last + "en"
                if known.get(particle + rest + "t") == lemma or known.get(rest + "t") == base[:-1] + last + "en":
                    return lemma
    return None


def split_particle(lemma: str, participle: str) -> tuple[str, str] | None:
    """("stop", "zetten") for "stopzetten" with participle "stopgezet"; None
    for a verb that does not split ("overschrijden" → "overschreden",
    "inspecteren" → "geïnspecteerd")."""
    for particle in sorted(SEPARABLE, key=len, reverse=True):
        if lemma.startswith(particle) and len(lemma) - len(particle) >= 4 and participle.startswith(particle):
            rest = participle[len(particle):]
            if rest.startswith(INSEPARABLE_START):
                return particle, lemma[len(particle):]
    return None


def _edges(token) -> tuple[int, int]:
    """The token's subtree without punctuation at its edges."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end].is_punct:
        end -= 1
    return start, end


def _phrase(token) -> str:
    doc = token.doc
    start, end = _edges(token)
    text = doc[start : end + 1].text
    first = doc[start]
    if first.is_sent_start and first.pos_ != "PROPN" and not (len(first.text) > 1 and first.text.isupper()):
        text = text[:1].lower() + text[1:]
    return text


def agent_of(participle):
    """The "door …" phrase of a passive (who does it), or None."""
    for child in participle.children:
        if child.dep_ in ("obl:agent", "obl") and any(c.lower_ == "door" and c.i < child.i for c in child.children):
            return child
    # a parse that hangs "door" on the verb itself: "wordt door | ons | behandeld"
    doc = participle.doc
    for child in participle.children:
        if child.lower_ == "door" and child.i + 1 < len(doc) and doc[child.i + 1].head.i == participle.i:
            return doc[child.i + 1]
    return None


def _agent(participle, subject, verb: str, doer) -> Agent | None:
    """Who does it: the "door"-phrase, or a plausible doer, or '[wie?]'."""
    if doer is not None:
        words = [t for t in doer.doc[doer.left_edge.i : doer.right_edge.i + 1] if t.lower_ != "door"]
        if not words:
            return None
        if len(words) == 1 and words[0].lower_ in AGENT_PRONOUNS:
            text, plural = AGENT_PRONOUNS[words[0].lower_]
            return Agent(text, plural)
        if doer.pos_ == "PRON":
            return None
        text = " ".join(t.text for t in words)
        plural = "Plur" in doer.morph.get("Number")
        return Agent(text, plural)
    subject_text = subject.lower_ if subject is not None else ""
    subject_start = subject.doc[subject.left_edge.i].lower_ if subject is not None else ""
    if verb in READER_VERBS and subject_text != "u":
        return Agent("u", False)
    if subject_text == "u" or subject_start == "uw" or verb in SENDER_VERBS:
        return Agent("wij", True)
    return Agent("[wie?]", False)


def _finite(agent: Agent, plural_form: str, singular_form: str | None) -> str | None:
    if agent.plural:
        return plural_form
    return singular_form


def rewrite(passive) -> str | None:
    """An active sentence (or clause, with '…' where the sentence goes on) for
    a detected passive, or None when it cannot be made sure of."""
    participle = passive.participle
    auxiliary = passive.auxiliary
    doc = participle.doc
    sentence = participle.sent
    lemma = (participle.lemma_ or "").replace("_", "").lower()
    form = participle.lower_
    if not lemma.endswith("en"):
        # the lemmatizer kept the participle ("verhoogd")
        lemma = lemma_of_participle(form) or lemma
    if not lemma.endswith("en") or " " in lemma or not lemma.isalpha():
        return None
    if participle.dep_ in ("acl", "acl:relcl", "amod", "nmod", "appos", "obj", "nsubj"):
        return None  # a participle inside a noun phrase or a relative clause
    children = list(participle.children)
    if any(c.dep_ in ("conj", "parataxis", "csubj", "ccomp") and c.pos_ in ("VERB", "AUX") for c in children):
        return None  # coordinated or nested clauses: not sure what belongs where
    subject = next((c for c in children if c.dep_ in ("nsubj:pass", "nsubj")), None)
    if subject is None:  # the parse may hang the subject on the modal or the auxiliary
        verbs = [c for c in children if c.dep_ in ("aux", "aux:pass")]
        subject = next((g for v in verbs for g in v.children if g.dep_ in ("nsubj:pass", "nsubj")), None)
    if subject is None and participle.dep_ == "conj":
        return None  # the subject is shared with another verb
    if subject is not None and ("Rel" in subject.morph.get("PronType") or subject.lower_ in ("die", "welke", "wat")):
        return None
    if subject is not None and subject.lower_ in ("dat", "die") and subject.i < auxiliary.i and any(c.dep_ == "mark" for c in children):
        return None
    if sentence.text.rstrip().endswith("?"):
        return None  # a question keeps its own order
    doer = agent_of(participle)
    agent = _agent(participle, subject, lemma, doer)
    if agent is None:
        return None
    modal = next((c for c in children if c.dep_ == "aux" and c.lower_ in MODALS), None)
    others = [c for c in children if c.dep_ in ("aux", "aux:pass", "cop") and c not in (auxiliary, modal)]
    if any(o.lower_ not in ("worden", "zijn", "geworden") for o in others):
        return None  # "heeft … moeten worden": too many verbs to be sure
    aux = auxiliary.lower_
    mark = next((c for c in children if c.dep_ == "mark"), None)
    if mark is None and participle.dep_ in ("ccomp", "advcl"):
        # "… staat waarom uw uitkering wordt beëindigd": a question word opens the clause
        first = participle.doc[participle.left_edge.i]
        if first.lower_ in WH_WORDS and first.head.i == participle.i:
            mark = first
    subordinate = mark is not None or participle.dep_ in ("advcl", "ccomp", "csubj", "acl:relcl")
    if participle.dep_ in ("advcl", "ccomp") and mark is None:
        return None
    if subordinate and subject is None and not passive.impersonal:
        return None  # "het bedrag dat … is betaald": a relative clause, not "dat" + clause

    # the verb cluster
    split = split_particle(lemma, form)
    if modal is not None:
        finite = _finite(agent, *MODALS[modal.lower_])
        final = [lemma]
    elif aux in WORDEN_PRESENT:
        finite = _finite(agent, lemma, third_singular(lemma))
        final = []
        if split and not subordinate:  # in a subordinate clause the whole verb goes at the end
            particle, base = split
            finite = _finite(agent, base, third_singular(base))
            final = [particle]
    elif aux in WORDEN_PAST or aux in ZIJN_PRESENT:
        finite = _finite(agent, "hebben", "heeft")
        final = [participle.text]
    elif aux in ZIJN_PAST:
        finite = _finite(agent, "hadden", "had")
        final = [participle.text]
    else:
        return None
    if finite is None:
        return None

    # the old subject becomes the object
    skip = {t.i for t in (subject, doer, auxiliary, modal, mark) if t is not None}
    skip |= {o.i for o in others}
    if doer is not None:
        skip |= {t.i for t in doc[doer.left_edge.i : doer.right_edge.i + 1]}
        skip |= {c.i for c in children if c.lower_ == "door"}
    obj = ""
    if subject is not None:
        if subject.pos_ == "PRON":
            if subject.lower_ not in OBJECT_PRONOUNS:
                return None
            obj = OBJECT_PRONOUNS[subject.lower_]
        else:
            obj = _phrase(subject)
        skip |= {t.i for t in doc[subject.left_edge.i : subject.right_edge.i + 1]}

    rest_before: list = []
    rest_after: list = []
    front = None
    for child in sorted(children, key=lambda t: t.i):
        if child.i in skip or child.dep_ in ("punct", "aux", "aux:pass", "cop", "mark", "expl", "expl:pv", "cc"):
            continue
        if child.lower_ == "er" and child.dep_ in ("advmod", "expl"):
            continue
        if mark is not None and child.i < mark.i:
            continue  # outside the clause
        # in a main clause, what stands before the finite verb is the front
        if not subordinate and child.i < auxiliary.i and (modal is None or child.i < modal.i):
            if front is not None:
                return None  # two things in front: not a simple clause
            front = child
            continue
        if child.i > participle.i:
            rest_after.append(child)
        else:
            rest_before.append(child)
    # every word of the clause must have its place in the example: a word
    # the parse hung elsewhere would otherwise be lost ("De huur mag … worden")
    placed = {t.i for t in (auxiliary, modal, mark, participle) if t is not None} | {o.i for o in others}
    for token in [t for t in (subject, doer, front) if t is not None] + rest_before + rest_after:
        placed |= set(range(token.left_edge.i, token.right_edge.i + 1))
    placed |= {c.i for c in children if c.lower_ in ("door", "er")}
    clause_start = mark.i if mark is not None else sentence.start
    clause_end = max([participle.i, auxiliary.i] + [c.right_edge.i for c in children if not c.is_punct])
    for token in doc[clause_start : clause_end + 1]:
        if token.i not in placed and token.lower_ != "er" and any(ch.isalnum() for ch in token.text):
            return None
    middle = [_phrase(c) for c in rest_before]
    after = [_phrase(c) for c in rest_after]
    if any(p.strip().startswith(",") for p in after):
        return None
    if subordinate:
        if mark is None:
            return None
        words = [mark.text, agent.text, obj, *middle]
        if modal is not None:
            words += [finite, *final]
        elif aux in WORDEN_PRESENT:
            words += [finite]
        else:
            words += [finite, *final]
        words += after
        text = " ".join(w for w in words if w)
        lead = "… " if mark.i > sentence.start else ""
        clause_end = max([participle.i, auxiliary.i] + [c.right_edge.i for c in rest_after])
        trail = " …" if any(t.is_alpha for t in doc[clause_end + 1 : sentence.end]) else "."
        text = lead + (text[:1].upper() + text[1:] if not lead else text) + trail
        return text if len(text.split()) <= 25 else None
    if front is not None:
        front_text = doc[front.left_edge.i : front.right_edge.i + 1].text
        comma = doc[front.right_edge.i + 1] if front.right_edge.i + 1 < len(doc) else None
        if comma is not None and comma.text == ",":
            front_text += ","
        words = [front_text, finite, agent.text, obj, *middle, *final, *after]
    else:
        words = [agent.text, finite, obj, *middle, *final, *after]
    text = " ".join(w for w in words if w)
    if "door" in text.lower().split():
        return None  # a "door"-phrase the parse did not place
    text = text[:1].upper() + text[1:]
    return text + "." if len(text.split()) <= 25 else None

"""The form a verb in the jargon advice takes in its sentence.

- whether a word is a participle here ("heeft … ontvangen", "is verstrekt");
- an alternative verb in the form of the verb it replaces, inside a fixed
  expression too ("in aanmerking komt voor" → 'recht heeft op');
- 'te' where the sentence needs it ("in te dienen" → 'te sturen',
  "gebruik te maken van" → 'te gebruiken'), and where it must go (a modal
  takes no 'om … te');
- when the words around must move, the form is not sure: None.

Pure functions: tokens and text in, text or None out.
"""
from __future__ import annotations

from begrijpelijk.nlp import forms

PERFECT_AUXILIARIES = {"hebben", "zijn", "worden"}

PASSIVE_AUXILIARIES = {"wordt", "worden", "werd", "werden", "geworden"}

MODAL_WORDS = {"kan", "kunnen", "kunt", "moet", "moeten", "mag", "mogen", "zal", "zullen", "zou", "zouden"}

INFINITIVE_BEFORE = MODAL_WORDS | {"te", "om", "wil", "wilt", "willen", "gaat", "gaan"}

def is_participle(token) -> bool:
    """"heeft … ontvangen", "is verstrekt": the tagger may call the form finite
    or an infinitive, the auxiliary says it is a participle."""
    base = token.lemma_.lower()
    if base.endswith("en") and token.lower_ in (base + "d", base + "de"):
        return False  # "is stimulerend": the infinitive with -d is the present participle, whatever the tag says
    if (token.tag_ or "").startswith("WW|vd"):
        if token.lower_ == base:
            # a form like the infinitive: "U kunt een regeling aangaan" (a modal) is the infinitive,
            # "het ontvangen bedrag" and "bent u het vergeten" are participles
            previous = token.doc[token.i - 1].lower_ if token.i > 0 else ""
            modal = any(c.dep_ == "aux" and c.lower_ in INFINITIVE_BEFORE for c in token.children) or token.head.lower_ in INFINITIVE_BEFORE
            return not (previous in INFINITIVE_BEFORE or modal)
        # "adviseer ik u": the tagger may call a stem a participle; the letters say it is not 'geadviseerd'
        return token.lower_.endswith(("d", "t", "n", "de", "te", "ne")) and not _finite_of_separable(token.lower_, base)
    doc = token.doc
    back = token.i - 1
    while back > 0 and doc[back].lower_ in ("niet", "ook", "nog", "al", "dan", "wel"):
        back -= 1  # "wordt niet herzien"
    before = doc[back].lower_ if back >= 0 else ""
    after = [doc[k].lower_ for k in (token.i + 1, token.i + 2) if k < len(doc)]
    if token.pos_ in ("VERB", "AUX") and not (token.tag_ or "").startswith("WW|pv") and before not in INFINITIVE_BEFORE:
        # "wordt niet herzien", "herzien kunnen worden": the tagger may call it an infinitive
        if before in PASSIVE_AUXILIARIES or after[:1] == ["worden"] or (after[:1] and after[0] in MODAL_WORDS and after[1:] == ["worden"]):
            return True
    return token.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("aux", "aux:pass") and c.lemma_ in PERFECT_AUXILIARIES for c in token.children
    ) and not (token.tag_ or "").startswith(("WW|inf", "WW|od"))

PARTICIPLE_AFTER_PARTICLE = ("ge", "be", "ver", "ont", "her", "er")  # "ingediend", "voorbereid", "aanbesteed"


def _finite_of_separable(word: str, lemma: str) -> bool:
    """"een zienswijze indient": a separable verb without 'ge' after its particle is finite,
    whatever the tagger says; its participle is "ingediend"."""
    from begrijpelijk.nlp.passive.verbs import SEPARABLE, third_singular

    particle = next((p for p in sorted(SEPARABLE, key=len, reverse=True) if lemma.startswith(p) and len(lemma) - len(p) >= 4), None)
    if particle is None or not word.startswith(particle) or word[len(particle) :].startswith(PARTICIPLE_AFTER_PARTICLE):
        return False
    # exactly the form for 'hij' ("indient"); "aanvaard" and "overwogen" are participles without 'ge'
    return word == particle + (third_singular(lemma[len(particle) :]) or "")


def verb_in_form(token, entry, alternative: str) -> str | None:
    """The alternative verb in the form of ``token``, or None."""
    from begrijpelijk.rules._fit import verb_form

    if is_participle(token):
        form = forms.participle(alternative) if " " not in alternative else None
        if form is not None and token.lower_.endswith("e") and form.endswith(("d", "t")):
            return forms.participle_with_e(form)  # "een geannuleerde afspraak" → 'afgezegde'; 'samengevatte' or nothing
        return form
    return verb_form(token, entry.term, alternative)


NO_PASSIVE = {"hebben", "krijgen", "zijn", "kunnen", "moeten", "gaan", "komen", "worden", "blijven"}


def phrase_in_form(matched, entry, alternative: str) -> str | None:
    """A fixed expression whose verb is inflected: "in aanmerking komt voor" →
    'recht heeft op', "in behandeling genomen" → 'behandeld'. The verb of the
    alternative takes the form of the verb in the text; None when not sure."""
    from begrijpelijk.rules._fit import MODAL_PERSONS, is_infinitive, is_separable, modal_for_subject

    if _object_moves(matched, alternative):
        return None  # "of gebruik te maken van ons portaal": 'ons portaal te gebruiken', the object goes first
    te_inside = _te_inside(matched)
    if te_inside:
        return _with_te_at_its_verb(alternative)  # "gebruik te maken van" → 'te gebruiken', "in aanmerking te komen voor" → 'recht te hebben op'
    inflected = [t for t in matched if t.pos_ in ("VERB", "AUX") and t.lower_ not in entry.words]
    if not inflected:
        # every word as in the list; "in behandeling te nemen" keeps its 'te': 'te behandelen'
        last = matched[-1]
        needs_te = last.pos_ in ("VERB", "AUX") and last.i > 0 and last.doc[last.i - 1].lower_ == "te" and "te" not in entry.words
        if needs_te:
            return with_te(alternative)
        return _finite_first(matched, alternative)
    if len(inflected) > 1 or any(c.dep_ == "mark" for c in inflected[0].children):
        return None  # "Indien u niet in het bezit bent van": in a clause like this the verb goes last, not sure where
    words = alternative.split()
    verbs = [k for k, word in enumerate(words) if is_infinitive(word)]
    if len(verbs) != 1:
        return None  # "kunnen krijgen" for "komt": the first verb takes the person, and which one is not sure
    place = verbs[0]
    token = inflected[0]
    tag = token.tag_ or ""
    subjects = {c.lower_ for c in token.children if c.dep_.startswith("nsubj")}
    passive = any(c.dep_ in ("aux", "aux:pass") and c.lower_ in PASSIVE_AUXILIARIES for c in token.children)
    if is_participle(token) and passive and words[place] in NO_PASSIVE:
        form = None  # "wordt aanspraak gemaakt op": 'recht hebben' has no passive ('wordt recht gehad op')
    elif is_participle(token):
        form = forms.participle(words[place])
    elif tag.startswith("WW|pv|tgw") and "|mv" in tag:
        # "wij gaan over tot" → 'beginnen met': the plural is the infinitive's shape; a separable verb splits
        # in a main clause ("Wij gaan over op" → 'stappen … over op'): not sure where its particle goes
        form = None if is_separable(words[place]) else words[place]
    elif tag.startswith("WW|pv|tgw") and not token.lower_.endswith("en") and not subjects & {"ik", "je", "jij"}:
        # a separable verb splits in a main clause ("bereidt … voor"): not sure where its particle goes
        form = None if is_separable(words[place]) else forms.finite_third(words[place])
        if words[place] in MODAL_PERSONS:  # "Wie … wenst te" → 'wil', "u wenst te" → 'wilt'
            form = modal_for_subject(token, words[place])
    else:
        form = None
    if form is None:
        return None
    words[place] = form
    if token.i == matched[0].i and place > 0 and "|pv|" in tag:
        # "U komt in aanmerking": the finite verb stands first, so it goes first in the alternative too ('heeft recht')
        words.insert(0, words.pop(place))
    return " ".join(words)

def _finite_first(matched, alternative: str) -> str:
    """"Wij komen in aanmerking voor": a finite verb that stands first goes first in the alternative ('hebben recht op')."""
    from begrijpelijk.rules._fit import is_infinitive

    first = matched[0]
    words = alternative.split()
    verbs = [k for k, word in enumerate(words) if is_infinitive(word)]
    if "|pv|" not in (first.tag_ or "") or len(verbs) != 1 or verbs[0] == 0:
        return alternative
    words.insert(0, words.pop(verbs[0]))
    return " ".join(words)

HAVE_FORMS = {"heb", "hebt", "heeft", "hebben", "had", "hadden"}

BE_FORMS = {"ben", "bent", "is", "zijn", "was", "waren"}

def form_of_a_same_form_verb(token, alternative: str) -> str | None:
    """'ontvangen' is an infinitive, a plural and a participle alike, so the
    tag is a guess; the auxiliaries of its own clause decide. "heeft ontvangen"
    → 'gekregen', "kinderen die de oproep ontvangen" → 'krijgen', "moet zijn
    ontvangen" (a passive: 'krijgen' has none) → not sure."""
    own = {c.lower_ for c in token.children if c.dep_ in ("aux", "aux:pass")}
    doc = token.doc
    clause_ends = token.i + 1 >= len(doc) or doc[token.i + 1].is_punct or doc[token.i + 1].pos_ == "CCONJ"
    if token.dep_ == "conj" and not own and clause_ends:
        # "heeft … bekeken en uw betaling ontvangen."; not "hebben … bekeken en ontvangen graag …" (a finite verb)
        own = {c.lower_ for c in token.head.children if c.dep_ in ("aux", "aux:pass")}
    if token.dep_ in ("ccomp", "xcomp") and token.head.lower_ in HAVE_FORMS | BE_FORMS:
        own = own | {token.head.lower_}  # "hebt u een uitnodiging … ontvangen": 'hebt' is the parser's root
    if token.dep_ == "xcomp" and token.head.lower_ in INFINITIVE_BEFORE:
        own = own | {token.head.lower_}  # "U kunt … een uitkering ontvangen": the modal is the parser's root
    after = [doc[k].lower_ for k in (token.i + 1, token.i + 2) if k < len(doc)]
    if after[:1] == ["te"] and after[1:] and after[1] in ("zijn", "worden"):
        return None  # "… door ons ontvangen te zijn": a passive
    previous = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    if " " in alternative:
        return None
    if previous == "te":
        return alternative  # "een uitkering te ontvangen": an infinitive, whatever the parser hangs under it
    if own & (PASSIVE_AUXILIARIES | BE_FORMS):
        return None
    if own & HAVE_FORMS or "prenom" in (token.tag_ or ""):
        done = forms.participle(alternative)
        if done and "prenom" in (token.tag_ or "") and not done.endswith("en"):
            done += "e"  # "het ontvangen bedrag" → 'het gekregen bedrag', but 'het gestuurde bedrag'
        return done
    if own & INFINITIVE_BEFORE or previous in ("te", "het"):
        return alternative  # "een uitkering te ontvangen", "Het ontvangen of aanvragen van …" (the verb as a noun)
    if token.dep_ in ("ccomp", "advcl", "acl:relcl", "ROOT", "conj") and not own:
        return alternative  # a finite plural: "… dat kinderen de oproep niet tegelijk ontvangen"
    return None

PREPOSITION_ENDS = ("op", "aan", "van", "met", "over", "voor", "naar", "bij", "in", "tot", "om", "uit", "tegen", "door", "onder", "achter", "via", "per", "zonder")

def _object_moves(matched, alternative: str) -> bool:
    """An expression that ends in a preposition, with its verb last in the clause
    ("dat wij beschikken over uw gegevens", "om gebruik te maken van het portaal"):
    a verb without that preposition takes its object before it ('dat wij uw
    gegevens hebben'), so the words around must move."""
    from begrijpelijk.rules._fit import is_infinitive

    if matched[-1].pos_ != "ADP" or alternative.split()[-1] in PREPOSITION_ENDS or not any(is_infinitive(w) for w in alternative.split()):
        return False  # "vermeerderd met" → 'plus' takes its object after it, as the expression did
    verb = next((t for t in matched if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    finite = (verb.tag_ or "").startswith("WW|pv")
    # a subordinate or relative clause puts the verb last: "mensen die beschikken over een auto"
    return not finite or verb.dep_ == "acl:relcl" or any(c.dep_ == "mark" or c.lower_ in ("die", "dat") and c.dep_.startswith("nsubj") for c in verb.children)

def _te_inside(matched) -> bool:
    """A 'te' between the words of an expression, right before its verb: "gebruik te maken van"."""
    doc, own = matched[0].doc, {t.i for t in matched}
    return any(
        t.lower_ == "te" and t.i not in own and t.i + 1 in own and doc[t.i + 1].pos_ in ("VERB", "AUX")
        for t in doc[matched[0].i : matched[-1].i + 1]
    )

def _with_te_at_its_verb(alternative: str) -> str | None:
    """'gebruiken' → 'te gebruiken', 'recht hebben op' → 'recht te hebben op'; None with two verbs or none."""
    from begrijpelijk.rules._fit import is_infinitive

    words = alternative.split()
    verbs = [k for k, word in enumerate(words) if is_infinitive(word)]
    if len(verbs) != 1:
        return None
    joined = with_te(words[verbs[0]])
    return " ".join(words[: verbs[0]] + ([joined] if joined else []) + words[verbs[0] + 1 :]) if joined else None

def split_by_te(matched) -> bool:
    """"in te dienen": a particle, 'te', the verb."""
    return len(matched) == 2 and matched[1].i == matched[0].i + 2 and matched[0].doc[matched[0].i + 1].lower_ == "te"

def with_te(alternative: str) -> str | None:
    from begrijpelijk.nlp.passive.verbs import SEPARABLE
    from begrijpelijk.rules._fit import is_infinitive

    if " " in alternative:
        # two verbs together take 'te' before the first: "kenbaar te maken" → 'te laten weten'
        return f"te {alternative}" if all(is_infinitive(w) for w in alternative.split()) else None
    for particle in sorted(SEPARABLE, key=len, reverse=True):
        rest = alternative[len(particle):]
        if alternative.startswith(particle) and len(rest) >= 4 and rest.endswith("en"):
            return f"{particle} te {rest}"
    return f"te {alternative}"

MODAL_INFINITIVES = {"kunnen", "moeten", "mogen", "willen"}  # not 'hoeven': "U hoeft niets te doen" keeps its 'te'

def infinitive_after(matched) -> str | None:
    """"'om' en 'te'" or "'te'" when an infinitive with 'te' follows the expression in its clause."""
    doc, last = matched[0].doc, matched[-1]
    saw_om = False
    for t in doc[last.i + 1 : last.sent.end]:
        if t.text in (",", ";") or t.pos_ == "SCONJ":
            return None
        saw_om = saw_om or t.lower_ == "om"
        if t.lower_ == "te" and t.i + 1 < last.sent.end and doc[t.i + 1].pos_ in ("VERB", "AUX"):
            return "'om' en 'te'" if saw_om else "'te'"
    return None

"""Jargon: ambtelijke woorden en vaste uitdrukkingen waarvoor een gewoon woord bestaat.

Waarom: woorden als "retourneren", "verstrekken" of "doen toekomen" kent een
lezer op B1-niveau vaak niet. Het gewone woord zegt hetzelfde. De lijst staat
in ``wordlists/jargon.tsv``. De regel kijkt naar het grondwoord (lemma), dus de
regel vindt ook "retourneert". Uw eigen lijst vult de lijst aan of vervangt er
woorden uit.

Een woord in een naam of titel, tussen aanhalingstekens, in een
e-mailadres of in een internetadres telt niet mee.

Fout:
    Wij verzoeken u het formulier te retourneren.
    Wij doen u het besluit hierbij toekomen.

Goed:
    Wilt u het formulier terugsturen?
    Wij sturen u het besluit.
"""
from __future__ import annotations

from dataclasses import replace

from begrijpelijk.check.analysis import AnalysedDocument, in_name, shielded
from begrijpelijk.findings import Edit, Problem, Severity
from begrijpelijk.rules import _fit as fix_safety
from begrijpelijk.rules._compound import compound_entry
from begrijpelijk.rules._jargon_edit import safe_edit
from begrijpelijk.rules._explained import explains
from begrijpelijk.rules._names import in_law_names, in_placeholders
from begrijpelijk.rules._senses import everyday_sense, opens_sentence, other_sense
from begrijpelijk.rules._advice import advise, groups, letter_voice
from begrijpelijk.rules._fit import has_forms, is_infinitive
from begrijpelijk.rules._word_forms import fixed_parts, inflected, participle_of, plain_accents, uninflected, verb_base, word_matches
from begrijpelijk.nlp import lemma
from begrijpelijk.nlp.forms import lemma_of_participle
from begrijpelijk.nlp.passive.words import OPENS_ONLY_A_CLAUSE
from begrijpelijk.rules import Rule
from begrijpelijk.rules._jargon_index import index as _index
from begrijpelijk.wordlists import JargonEntry

MAX_GAP = 8  # tokens between the parts of a split verb ("doen ... toekomen")


PARTICLE_POS = {"ADV", "ADP", "ADJ", "NOUN"}
NOUN_PHRASE_START = {"DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"}


def _verb_lemma(token) -> str:
    """The lemma of a verb as a dictionary form. "Dien het in", "Deel ons
    mede": the model may give the stem ('dien', 'deel') or a joined stem
    ('indien') as lemma; the verb is 'indienen', 'mededelen', not the words
    'indien' or 'mede'."""
    return verb_base(token) or lemma(token)


# words that open a clause of their own: a particle after them belongs to that clause ("zoals gevraagd" does not,
# nor 'dat', which is also "dat formulier"; CLAUSE_OPENERS below, for fixed expressions, has 'dat')
PARTICLE_STOPS = OPENS_ONLY_A_CLAUSE | {"ofschoon"}


def particle(token, index=None):
    """The separated particle of a verb: "terug" in "stuurt het terug",
    "mede" in "delen u mede". The parser's compound:prt first; otherwise a
    word later in the sentence that makes a listed verb with it."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    for child in token.children:
        if child.dep_ == "compound:prt":
            return child
    if index is None:
        return None
    base = _verb_lemma(token)
    end = min(token.sent.end, token.i + 1 + MAX_GAP)
    doc = token.doc
    for other in doc[token.i + 1 : end]:
        if other.text in (",", ";") or other.lower_ in PARTICLE_STOPS:
            # "Indien de lessen weer gegeven kunnen worden, dan zullen we weer …" (set 51's judge), "gegeven
            # informatie … bijstellen omdat het weer verandert" (set 60's): no 'weergeven' across a clause
            break
        if other.pos_ in PARTICLE_POS and other.lower_.isalpha() and other.lower_ + base in index and not _has_determiner(other):
            if other.dep_ == "compound:prt" and other.head.i != token.i and other.head.pos_ in ("VERB", "AUX"):
                continue  # "… zal komen en wij zien uw betaling tegemoet": 'tegemoet' is the particle of 'zien'
            following = doc[other.i + 1] if other.i + 1 < len(doc) else None
            if following is not None and following.lower_ == "te":
                continue  # "U dient de stukken in te leveren": "in" belongs to "leveren"
            opens = following is not None and (
                following.pos_ in NOUN_PHRASE_START or (following.tag_ or "").startswith("WW|inf|nom") or following.like_url
                or following.text in ("‘", "'", '"', "“", "„")  # "vindt u onder ‘werkzaamheden’" (set 50's judge)
            )  # "… bezwaar kunt maken leest u in de krant, op www.woonbond.nl": 'op' opens the address
            if opens and following is not None and following.sent == other.sent and other.pos_ == "ADP":
                continue  # "afspraken maken over de betaling", "Neem voor parkeren contact op": a phrase, no particle
            return other
    return None


def _has_determiner(word) -> bool:
    """"vindt u de plaats": a noun with its article is no particle ('plaatsvinden')."""
    return any(c.dep_ == "det" for c in word.children) or (word.i > 0 and word.doc[word.i - 1].pos_ == "DET")


def joined(part, token) -> str:
    """The verb with its particle: "terug" + "sturen". The bundled pipeline
    already writes the lemma that way ("terugsturen"), other models do not."""
    base = _verb_lemma(token)
    plural = token.lower_.endswith("en") and len(token.lower_) >= 5 and "|ev" not in (token.tag_ or "")
    if plural and base.startswith(part.lower_) and base[len(part.lower_):] != token.lower_:
        return part.lower_ + token.lower_  # "wij zenden … toe" with the lemma 'toeznen': the plural is the infinitive
    return base if base.startswith(part.lower_) else part.lower_ + base


NEAR = 6  # tokens between a fixed expression and its verb ("wordt uw aanvraag in behandeling genomen")


def _same_clause(sentence, fixed):
    """The tokens near a fixed expression, without crossing a comma, a
    semicolon or a conjunction: its verb is there or nowhere ("Een regeling …
    kan telefonisch worden getroffen", not a verb of the next clause)."""
    doc = sentence.doc
    start, end = fixed[0].i, fixed[-1].i
    low = start
    while low > sentence.start and start - low < NEAR and not _clause_edge(doc[low - 1]):
        low -= 1
    high = end
    while high + 1 < sentence.end and high - end < NEAR and not _clause_edge(doc[high + 1]):
        high += 1
    return doc[low : high + 1]


def _clause_edge(token) -> bool:
    return token.text in (",", ";", ":") or token.pos_ in ("CCONJ", "SCONJ")


def _match(tokens, i: int, entry):
    """Return the matched tokens for entry starting at tokens[i], or None."""
    words = entry.words
    if len(words) == 1:
        part = particle(tokens[i], {words[0]: True}) or _particle_before(tokens, i, MODAL_FORMS)
        if part is not None and joined(part, tokens[i]) == words[0]:
            return sorted([tokens[i], part], key=lambda t: t.i)
        if part is not None and part.dep_ == "compound:prt" and _known_verb(joined(part, tokens[i])):
            return None  # "treffen … aan" is 'aantreffen', another verb than 'treffen' ("achten … vrij" is no verb)
        if word_matches(tokens[i], words[0]):
            return [tokens[i]]
        return None
    # contiguous
    if i + len(words) <= len(tokens) and all(word_matches(tokens[i + k], w) for k, w in enumerate(words)):
        return tokens[i : i + len(words)]
    # a fixed expression with its verb anywhere in the sentence, in any form:
    # "in behandeling nemen" in "wij nemen uw aanvraag in behandeling" and
    # "uw aanvraag wordt in behandeling genomen"
    # the verb may also stand inside the expression: "betrekking hebben op" in "dit heeft betrekking op"
    v = max((k for k, w in enumerate(words) if k > 0 and is_infinitive(w)), default=len(words) - 1)
    rest = words[:v] + words[v + 1 :]
    fixed = fixed_parts(tokens, i, rest, inside=v < len(words) - 1) if len(words) >= 3 else None
    if fixed is not None:
        sentence = tokens[i].sent
        verb = words[v]
        for other in _same_clause(sentence, fixed):
            if other.i in {t.i for t in fixed} or other.pos_ not in ("VERB", "AUX"):
                continue
            part = particle(other, {verb: True})
            if part is not None and part not in fixed and joined(part, other) == verb:
                return sorted(fixed + [other, part], key=lambda t: t.i)  # "voorkeur gaat uit naar"
            if word_matches(other, verb) or _fixed_as_particle(other, fixed, verb):
                return sorted(fixed + [other], key=lambda t: t.i)
        return None
    before_noun = (tokens[i].tag_ or "").startswith("ADJ|prenom")  # "alert te zijn op het aanwezige vuurwerk": no 'aanwezig zijn'
    not_a_verb = tokens[i].pos_ not in ("VERB", "AUX") or (tokens[i].tag_ or "").startswith("ADJ")  # "ongemoeid te laten"
    if len(words) == 2 and not_a_verb and word_matches(tokens[i], words[0]) and is_infinitive(words[1]) and not before_noun:
        # a word and its verb with other verbs between: "de overtreding ongedaan moet maken"
        for other in tokens[i + 1 : min(tokens[i].sent.end, i + 4)]:
            if other.pos_ in ("VERB", "AUX") and word_matches(other, words[1]):
                return [tokens[i], other]
            bare_te = other.lower_ == "te" and not any(c.dep_ == "det" for c in tokens[i].children)
            if other.pos_ not in ("VERB", "AUX", "ADV") and not bare_te:
                break  # "kenbaar te maken" goes on; "een plaats te vinden" is no 'plaatsvinden'

        # the verb first, in a main clause: "In het vooroverleg maakt u uw plannen kenbaar", "We doen navraag bij …"
        at_end = i + 1 >= len(tokens) or tokens[i + 1].is_punct or tokens[i + 1].pos_ in ("SCONJ", "CCONJ")
        for other in _same_clause(tokens[i].sent, [tokens[i]]):
            bare = not any(c.dep_ == "det" for c in tokens[i].children)  # "navraag doen", not "nemen de aanvang … op"
            own_particle = any(c.dep_ == "compound:prt" for c in other.children)
            if other.i < i and other.pos_ in ("VERB", "AUX") and word_matches(other, words[1]) and bare and not own_particle and (at_end or tokens[i].head.i == other.i):
                return [other, tokens[i]]
        return None
    verb_part = particle(tokens[i], {words[0]: True}) if len(words) == 2 else None
    if verb_part is not None and joined(verb_part, tokens[i]) == words[0]:
        # a separable verb with its preposition: "de deurwaarder gaat over tot ontruiming" is "overgaan tot"
        for other in tokens[verb_part.i + 1 : min(tokens[i].sent.end, verb_part.i + 3)]:
            if other.lower_ == words[1] and other.pos_ == "ADP":
                return sorted([tokens[i], verb_part, other], key=lambda t: t.i)
        return None
    as_adjective = tokens[i].lower_ != words[0] and tokens[i].lower_ == inflected(words[0])  # "volgende": an adjective
    # ("gelet op" is a fixed phrase, no verb: "op de inname van vocht gelet" is 'letten op')
    if len(words) == 2 and tokens[i].pos_ in ("VERB", "AUX") and word_matches(tokens[i], words[0]) and not as_adjective and is_infinitive(words[0]):
        # a verb with its preposition before it: "als u aan de voorwaarden voldoet" is "voldoen aan"
        for child in tokens[i].children:
            for grandchild in [child, *child.children]:
                if grandchild.lower_ == words[1] and grandchild.pos_ == "ADP" and grandchild.i < tokens[i].i:
                    return sorted([grandchild, tokens[i]], key=lambda t: t.i)
        return _word_after_the_verb(tokens, i, words)
    return None


def _word_after_the_verb(tokens, i: int, words):
    """A split verb ("wij doen u het besluit toekomen"), or a verb with its preposition
    after it ("beschikt u nog niet over loonstroken" is "beschikken over")."""
    sent_end = tokens[i].sent.end
    for j in range(i + 1, min(sent_end, i + 1 + MAX_GAP)):
        other = tokens[j]
        if other.text in (",", ";") or (other.lower_ == "om" and words[1] != "om" and _before_te(other)) or (other.lower_ in CLAUSE_OPENERS and other.lower_ != words[1]):
            break  # "een woning betrekt, dient u zich in te schrijven bij": 'bij' is of the next clause; so is
            # "bedoeld geweest om bewoners te laten participeren in": 'in' is of 'participeren'
        if words[1] == "te" and other.lower_ == "te" and not _before_a_verb(other):
            continue  # "dient u dit te allen tijde door te geven": that 'te' is of 'te allen tijde'
        if other.lower_ == words[1] and other.pos_ == "ADP" and not is_infinitive(words[1]):
            return [tokens[i], other]
        if words[1] == "te" and (other.pos_ == "SCONJ" or other.lower_ in ("om", "dat", "als", ",", ";")):
            break  # "Dit dient als bewijs dat u te veel heeft betaald": the 'te' is in another clause
        if word_matches(other, words[1]) and (other.pos_ in ("VERB", "AUX", "NOUN") or words[1] == "te"):
            return [tokens[i], other]
        if is_infinitive(words[1]) and (other.pos_ == "SCONJ" or other.lower_ in ("om", ",", ";")):
            break  # "verplicht om u in gebreke te stellen": the verb after 'om' is in a clause of its own
    return None


# words that open a clause of their own; not 'als' ("Beschikt u als ondernemer over …" is 'in the role of')
CLAUSE_OPENERS = {"dat", "omdat", "zodat", "wanneer", "nadat", "voordat", "indien", "tenzij", "terwijl"}


def _before_te(om) -> bool:
    """'om' that opens "om … te …" ("om bewoners te laten participeren"), not "om die reden"."""
    return om.dep_ == "mark" and any(t.lower_ == "te" for t in om.doc[om.i + 1 : om.sent.end])


def _before_a_verb(te) -> bool:
    """Is this 'te' the one of an infinitive ("te betalen")?"""
    doc = te.doc
    following = doc[te.i + 1] if te.i + 1 < len(doc) else None
    return following is not None and following.pos_ in ("VERB", "AUX")


def _fixed_as_particle(verb, fixed, base: str) -> bool:
    """"Dit heeft tot gevolg dat …": the parser reads 'tot' as the particle of
    'heeft' and gives the lemma 'tothebben'; the verb is still 'hebben'. So for an
    adverb it reads as a particle: "neemt de achterstand verder in behandeling"
    ('verdernemen')."""
    ids = {t.i for t in fixed}
    return any(
        part.dep_ == "compound:prt" and lemma(verb) == part.lower_ + base and (part.i in ids or part.pos_ in ("ADJ", "ADV"))
        for part in verb.children
    )


SEPARABLE_PARTICLES = ("terug", "op", "in", "af", "aan", "mee", "door", "uit", "toe", "over", "na", "bij", "weg", "voor")


def _all_matches(doc: AnalysedDocument, index, wordlists):
    """Every match of the list in the document: (paragraph, parsed, matched tokens, entry)."""
    for paragraph, parsed in doc.pairs():
        for matched, entry in _paragraph_matches(parsed, index, wordlists):
            yield paragraph, parsed, matched, entry


def jargon_in(doc: AnalysedDocument, wordlists) -> list:
    """The jargon the reader meets: (paragraph, parsed, matched tokens, entry) for
    every match, except terms the letter explains ("Dit noemen we verrekenen.").
    The rule and the B1 verdict both start from this: found once per document."""

    def find() -> list:
        matches = list(_all_matches(doc, _index(wordlists.jargon), wordlists))
        explained = {entry.term for _, _, matched, entry in matches if explains(matched[0].sent, matched)}
        return [m for m in matches if m[3].term not in explained]

    return doc.memo(("jargon", id(wordlists)), find)


def found_text(parsed, matched) -> str:
    """The words found, as the message names them: "nemen … in behandeling"."""
    if matched[-1].i - matched[0].i + 1 == len(matched):
        return parsed[matched[0].i : matched[-1].i + 1].text
    return groups(matched)


def check(doc: AnalysedDocument, options: dict, wordlists):
    voice = letter_voice(doc)
    problems: list[tuple[str, Problem]] = []
    explained_once: set[str] = set()
    for paragraph, parsed, matched, entry in jargon_in(doc, wordlists):
        if entry.kind == "juridisch":
            if entry.term in explained_once:
                continue  # a legal term: the advice to explain it once is enough
            explained_once.add(entry.term)
        problems.append((entry.term, _problem(doc, paragraph, parsed, matched, entry, voice)))
    # a word is replaced everywhere it stands in the same sense, or nowhere
    partial = {term for term, problem in problems if not problem.edits}
    for term, problem in problems:
        yield replace(problem, edits=()) if term in partial else problem


def _problem(doc, paragraph, parsed, matched, entry, voice) -> Problem:
    start, end = doc.token_span(paragraph, matched[0], matched[-1])
    contiguous = matched[-1].i - matched[0].i + 1 == len(matched)
    found = found_text(parsed, matched)
    advice = advise(matched, entry, voice)
    edits: tuple[Edit, ...] = ()
    # safe to rewrite: one alternative, one piece of text, and right in this sentence
    if advice.may_fix and len(entry.alternatives) == 1 and contiguous:
        edit = safe_edit(doc, paragraph, parsed, matched, start, end, found, entry, advice.alternatives[0])
        edits = (edit,) if edit is not None else ()
    suggestion = advice.suggestion
    own = {t.i for t in matched}
    between = [
        t.text for t in parsed[matched[0].i : matched[-1].i + 1]
        if t.i not in own and not t.is_punct and not (t.lower_ == "te" and t.i + 1 in own) and not (t.dep_ == "compound:prt" and t.head.i in own)
    ]  # ('te' and the verb's own particle go with the alternative: "in te dienen" is 'te sturen'; the 'in' of
    # another verb stays: "dient u zich in te schrijven")
    if between and entry.alternatives and "in plaats van" not in suggestion:
        # "beslist binnen 8 weken op": the words between the parts are no part of the expression
        suggestion += f" Laat de woorden ertussen staan: '{' '.join(between)}'."
    if edits and edits[0].start < start:
        # "te retourneren" → "terug te sturen": the 'te' is part of what changes, so the advice says it whole
        te = parsed[matched[0].i - 1].text
        end_of_first = suggestion.find("'.")
        rest = suggestion[end_of_first + 2 :] if suggestion.startswith("Schrijf '") and end_of_first >= 0 else ""  # a note of the list stays
        suggestion = f"Schrijf '{edits[0].replacement}' in plaats van '{te} {found}'." + rest
    return Problem(
        start=start,
        end=end,
        message=f"'{found}' is ambtelijke taal.",
        suggestion=suggestion,
        edits=edits,
        severity=Severity.parse(entry.severity),
    )


MODAL_FORMS = {"wil", "wilt", "willen", "kan", "kunt", "kunnen", "moet", "moeten", "mag", "mogen", "zal", "zult", "zullen", "gaat", "gaan"}


def _particle_before(tokens, i: int, between):
    """The separable particle two tokens before this verb, with one of
    ``between`` in the middle: "in te dienen" ({"te"}), "in wilt dienen"
    (MODAL_FORMS); None otherwise."""
    if i < 2 or tokens[i].pos_ not in ("VERB", "AUX") or tokens[i - 1].lower_ not in between:
        return None
    candidate = tokens[i - 2]
    return candidate if candidate.lower_ in SEPARABLE_PARTICLES and candidate.whitespace_ else None


def _stranded(tokens, k: int) -> bool:
    """A preposition after its noun that belongs to 'hier', 'daar' or 'waar' earlier in the sentence."""
    if k < 1 or tokens[k - 1].pos_ != "NOUN":
        return False
    sentence_start = tokens[k].sent.start
    return any(t.lower_ in ("hier", "daar", "waar") for t in tokens[max(sentence_start, k - 6) : k - 1])


FIRST_PARTS = {"zorg", "kennis", "gade"}  # "zorg te dragen", "kennis te nemen", "gade te slaan"


def _known_verb(word: str) -> bool:
    """A verb the lexicon knows ("aantreffen"), not a joined lemma the model made up ("toeznen")."""
    from begrijpelijk.nlp import forms

    return is_infinitive(word) and word in forms.known_words()


def _part_before_te(tokens, i: int, index):
    """"ervoor zorg te dragen": a first part that is no particle, but makes a listed verb with
    the verb after 'te' ('zorgdragen'); None otherwise."""
    if i < 2 or tokens[i].pos_ not in ("VERB", "AUX") or tokens[i - 1].lower_ != "te":
        return None
    candidate = tokens[i - 2]
    if candidate.lower_ not in FIRST_PARTS or (i > 2 and tokens[i - 3].pos_ in ("DET", "ADJ", "PRON")):
        return None  # "een plaats te vinden" is finding a place, no 'plaatsvinden'
    joined_verb = candidate.lower_ + tokens[i].lower_
    return candidate if candidate.whitespace_ and any(len(e.words) == 1 for e in index.get(joined_verb, [])) else None


def _entry_for(index, term: str, wordlists) -> JargonEntry | None:
    for entry in index.get(term, []):
        if entry.term == term and not wordlists.allowed(term):
            return entry
    return None


def _verb_entry_on_noun(token, entry) -> bool:
    """"verzuimen" (a verb) is no match for the noun "verzuim", nor "verkeren" for the adjective
    "verkeerde": another word, another sense."""
    if len(entry.words) != 1 or not entry.term.endswith("en"):
        return False
    if not has_forms(entry.term):
        return False  # no form of the language table leads to it: a plural noun itself ("invorderingskosten", "proceskosten")
    if token.pos_ == "ADJ" and lemma(token) == entry.term and inflected(entry.term) == token.lower_:
        return False  # "onvoorziene omstandigheden": the listed word is the adjective itself ("verkeerde" is no 'verkeren')
    done = participle_of(entry.term)
    if done != entry.term and token.lower_ == done:
        return False  # "krijgt u een beschikking toegezonden": the verb's participle, tagged as a noun
    if token.lower_ == entry.term:
        # "de bedragen" is a plural noun, no form of "bedragen"; "het retourneren" is the verb as a noun,
        # but "handhavend optreden" is a noun with its adjective, no form of "optreden" (occur)
        if token.pos_ not in ("NOUN", "PROPN") or not is_infinitive(entry.term):
            return False
        previous = token.doc[token.i - 1] if token.i > 0 else None
        # a noun with a word that marks it as one ("welke bedragen", "betaalde bedragen"); a bare
        # plural may be the tagger's mistake ("laat automatisch toetsen of …")
        marked = any(c.dep_ in ("det", "amod", "nummod") for c in token.children)
        described = previous is not None and previous.dep_ == "amod" and previous.head.i == token.i
        # "met bedragen waarop u recht heeft", and a heading "Bedragen werkweek 2017": a noun there
        after_preposition = previous is not None and previous.pos_ == "ADP"
        # "nog te betalen bedragen": after 'te' and a verb it is the noun that verb describes
        after_te = previous is not None and token.i >= 2 and token.doc[token.i - 2].lower_ == "te" and previous.pos_ in ("VERB", "AUX")
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        heading = token.i == token.sent.start and following is not None and following.pos_ in ("NOUN", "PROPN")
        # "Bedragen betalen is mogelijk", "heeft u bedragen betaald": the object of the verb after it
        # (a plural finite verb after it only at the start of the sentence: "Hoeveel de kosten bedragen weten
        # wij nog niet" ends a clause with the verb 'bedragen')
        first = token.i == token.sent.start
        before_verb = following is not None and following.pos_ == "VERB" and (
            (following.tag_ or "").startswith(("WW|inf", "WW|vd")) or (first and following.lower_ == lemma(following))
        )
        return ("Plur" in token.morph.get("Number") and (marked or after_preposition or heading or after_te or before_verb)) or described
    return token.pos_ == "NOUN" or (token.pos_ == "ADJ" and not (token.tag_ or "").startswith("WW") and not token.lower_.startswith("ge"))


def _paragraph_matches(parsed, index, wordlists):
    """The matches in one parsed paragraph, in reading order."""
    tokens = list(parsed)
    # quotes and links are shielded; names too, but a capital at the start
    # of a sentence is no name ("Thans", "Hetgeen")
    consumed: set[int] = shielded(parsed, names=False) | {t.i for t in parsed if in_name(t) and not opens_sentence(t)}
    consumed |= in_law_names(parsed) | in_placeholders(parsed)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if i in consumed:
            i += 1
            continue
        before_te = _particle_before(tokens, i, ("te",)) or _part_before_te(tokens, i, index)
        if before_te is not None:
            # "een aanvraag in te dienen", "aan te vangen": the verb is "indienen", not "dienen"
            # after 'te' the word is the infinitive itself; the lemma may hold another particle ("vangen" → 'opvangen')
            entry = _entry_for(index, before_te.lower_ + token.lower_, wordlists) or _entry_for(index, before_te.lower_ + lemma(token), wordlists)
            # "op te treden tegen de overtreding" is taking action, as "treden op tegen" is
            # "hier een bijdrage aan te leveren" is 'hieraan … leveren', no 'aanleveren' (set 48's judge)
            if entry is not None and len(entry.words) == 1 and not everyday_sense([before_te, token], entry) and not _stranded(tokens, before_te.i):
                yield [before_te, token], entry
                consumed.update((before_te.i, token.i))
            i += 1
            continue
        base = verb_base(token)
        if base is not None:  # "verleen", "Dien": the verb's own infinitive, not the stem the model gave
            keys = [token.lower_, base]
        else:
            keys = [token.lower_, lemma(token), plain_accents(token.lower_), plain_accents(lemma(token)), *uninflected(token)]
            keys += [verb for verb in map(lemma_of_participle, uninflected(token)) if verb]  # "opgelegde" → 'opleggen'
        part = particle(token, index) or _particle_before(tokens, i, MODAL_FORMS)
        if part is not None and joined(part, token) != lemma(token):
            # "in wilt dienen", "stuurt … terug": the verb with its particle is another verb than the bare one
            verb = joined(part, token)
            keys = [verb] if verb in index or _known_verb(verb) else [verb, *keys]  # "achten … vrij" makes no verb
        # each term is one entry object: by identity, not by comparing every field
        candidates = list({id(e): e for key in dict.fromkeys(keys) for e in index.get(key, [])}.values())
        matched = None
        entry = None
        for candidate in candidates:
            if wordlists.allowed(candidate.term) or _verb_entry_on_noun(token, candidate):
                continue
            matched = _match(tokens, i, candidate)
            if matched:
                entry = candidate
                break
        if (not matched or entry is None) and not candidates:
            entry = compound_entry(token, index, wordlists)  # "dwanginvordering" holds "invordering"
            matched = [token] if entry is not None else None
        if not matched or entry is None or any(t.i in consumed for t in matched):
            i += 1  # a word already found ("Wij treffen maatregelen" is found once)
            continue
        if other_sense(matched, entry) or everyday_sense(matched, entry) or (len(matched) == 1 and len(entry.words) == 1 and fix_safety.in_other_sense(matched[0])):
            # "ter beschikking", "ten laste": a fixed expression, not the word's own sense (after "tot",
            # "in", "op" the word keeps its sense and is found: "over tot ontruiming"; it is not fixed)
            i += 1
            continue
        yield matched, entry
        contiguous = matched[-1].i - matched[0].i + 1 == len(matched)
        consumed.update(t.i for t in matched)
        i = matched[0].i + 1 if not contiguous else matched[-1].i + 1
        while i < len(tokens) and i in consumed:
            i += 1


RULE = Rule(
    id="jargon",
    severity=Severity.FOUT,
    check=check,
    summary="Ambtelijke woorden en uitdrukkingen, met het gewone woord dat u kunt gebruiken.",
    fixes=True,
)

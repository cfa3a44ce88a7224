"""`begrijpelijk woord`: everything the wordlists know about one word."""
from __future__ import annotations

from begrijpelijk import nlp
from begrijpelijk.wordlists import load


def look_up(text: str, model: str | None = None) -> list[str]:
    """Plain Dutch lines about a word or short phrase."""
    from wordfreq import zipf_frequency

    lists = load()
    text = text.strip()
    (doc,) = nlp.pipe([text], model=model)
    lemmas = [nlp.lemma(t) for t in doc if not t.is_punct]
    base = " ".join(lemmas)
    lower = text.lower()
    lines = [f"{text}"]
    if base and base != lower:
        lines.append(f"  grondwoord: {base}")
    words = [w for w in lower.split() if w]
    on_b1 = all(lists.is_b1(w) or lists.is_b1(lem) for w, lem in zip(words, lemmas or words))
    lines.append(f"  B1-lijst: {'ja' if on_b1 else 'nee'}")
    zipf = max(zipf_frequency(lower, "nl"), zipf_frequency(base, "nl") if base else 0.0)
    level = "vaak" if zipf >= 4 else "gewoon" if zipf >= 3 else "weinig" if zipf > 0 else "(bijna) nooit"
    lines.append(f"  hoe vaak: {zipf:.1f} op de Zipf-schaal ({level} gebruikt)")
    entry = lists.jargon.get(lower) or lists.jargon.get(base)
    if entry is not None:
        lines.append(f"  jargon: ja. Schrijf liever: {' of '.join(entry.alternatives)}")
        if entry.note:
            lines.append(f"  let op: {entry.note}")
    else:
        lines.append("  jargon: nee")
    expansion = lists.abbreviation(text)
    if expansion:
        lines.append(f"  afkorting van: {expansion}")
    if lower in lists.threatening or base in lists.threatening:
        lines.append("  dreigend: ja. Gebruik dit woord niet aan het begin van een brief, en hooguit één keer, rustig uitgelegd.")
    return lines

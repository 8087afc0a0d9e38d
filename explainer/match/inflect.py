"""Plural and inflected forms of an alias's last word, checked against spaCy's lookup lemmas.

Rather than lemmatizing every token of every article (a Python call per token), we
expand the few inflectable aliases once: "comprehensive strategic partnership" also
matches "comprehensive strategic partnerships". Candidate forms come from English
suffix rules and are kept when spacy-lookups-data's lemma table maps them back to
the word; the regular plural is always kept.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _lemma_table():
    from spacy.lookups import load_lookups

    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


def plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _candidates(word: str) -> set[str]:
    forms = {plural(word), word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("e"):
        forms |= {word[:-1] + "ing", word + "d"}
    if word.endswith("y"):
        forms |= {word[:-1] + "ied", word[:-1] + "ies"}
    if word.endswith("f"):
        forms.add(word[:-1] + "ves")
    if word.endswith("fe"):
        forms.add(word[:-2] + "ves")
    if len(word) > 2 and word[-1] not in "aeiouywx" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


@lru_cache(maxsize=65536)
def word_forms(word: str) -> tuple[str, ...]:
    """Lower-case forms of ``word`` (itself first) that the lemma table says inflect it."""
    low = word.lower()
    if not low.isalpha() or len(low) < 3:
        return (low,)
    table = _lemma_table()
    lemma = table.get(low, low)
    found = {plural(low)}
    for cand in _candidates(low) | _candidates(lemma):
        if table.get(cand) in (low, lemma):
            found.add(cand)
    if lemma != low:
        found.add(lemma)
    found.discard(low)
    return (low, *sorted(found))

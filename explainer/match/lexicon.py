"""How common an English word is, from spacy-lookups-data's lexeme_prob table (no model needed)."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _word_probabilities() -> dict:
    """How often English text has each word form (log probabilities); empty when the table is not installed."""
    try:
        from spacy.lookups import load_lookups
        return load_lookups("en", ["lexeme_prob"]).get_table("lexeme_prob")
    except (ValueError, ImportError, KeyError):
        return {}


def common_word(word: str) -> bool:
    """A word English writes in lower case more often than capitalised ("today", "introduction"; not
    "Beijing", "Canada", "Simon")."""
    probs = _word_probabilities()
    low, cap = probs.get(word.lower()), probs.get(word[:1].upper() + word[1:].lower())
    return low is not None and (cap is None or low >= cap)

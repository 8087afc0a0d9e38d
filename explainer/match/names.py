"""Rules about names that both validation and matching need."""

from __future__ import annotations

from functools import lru_cache


def name_key(name: str) -> str:
    """Two names collide when they are equal ignoring case and spacing."""
    return " ".join(name.split()).casefold()


def is_all_caps(name: str) -> bool:
    """An acronym such as "ANI", "ETGE" or "U.N.": matched only in capitals, so "ani" never links."""
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


@lru_cache(maxsize=1)
def _common_words() -> frozenset:
    from spacy.lang.en.stop_words import STOP_WORDS

    extra = {"new", "government", "president", "party", "state", "people", "country", "world", "news",
             "report", "china ware", "time", "year", "said", "says", "day", "group", "law", "war"}
    return frozenset(STOP_WORDS | extra)


def is_common_word(name: str) -> bool:
    return name_key(name) in _common_words()

"""Token offsets and sentence bounds of a Doc as arrays, without creating a Python object per token.

Iterating a spaCy Doc builds a Token object for every word; on a large archive that
alone costs more than tokenizing. ``Doc.to_array`` gives the same facts (character
offset, length, text hash) in one call, and sentence bounds follow from where the
sentence-final punctuation tokens are.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np
from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_SPACE, IS_TITLE, IS_UPPER, LENGTH, LOWER, ORTH
from spacy.strings import hash_string

SENTENCE_END = (".", "!", "?", "…", "...")
# Tokens that end a speaker phrase ("The ETGE (ETGE) criticised" stops at the colon before it).
BOUNDARY = (",", ".", ";", ":", "!", "?", "(", ")", "—", "–", "--", '"', "“", "”")
# Titles written short before a name that the tokenizer splits from their full stop ("Sta. Romana", "Col. Wu",
# "Lt. Roe"): that full stop ends no sentence when a capitalised word follows.
NAME_ABBREVIATIONS = ("sta", "sto", "col", "lt", "capt", "maj", "sgt", "cmdr", "adm", "amb", "pres", "hon", "gen",
                      "sen", "rep", "gov", "prof", "rev", "dr", "mr", "mrs", "ms", "st", "mt")
CLOSERS = ('"', "”", "’", "'", ")", "]", "»", "’’", "''")


def hash_set(words) -> np.ndarray:
    """The sorted hashes of ``words``, as every vocabulary gives them, for ``member``."""
    return np.array(sorted({hash_string(w) for w in words}), dtype=np.uint64)


def member(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """``np.isin`` for a sorted set of hashes, without sorting the values (a binary search each): several times
    faster on the few hundred tokens of an article."""
    if not len(values) or not len(sorted_set):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(sorted_set, values)
    at[at == len(sorted_set)] = 0
    return sorted_set[at] == values


_BOUNDARY, _SENTENCE_END = hash_set(BOUNDARY), hash_set(SENTENCE_END)
_ABBREVIATIONS, _SINGLES = hash_set(NAME_ABBREVIATIONS), hash_set(("’", "'", "‘", "`"))
# Words that open a sentence and never a name's second part: after a full stop glued to the word before
# ("... with President Xi Jinping.The Mozambican presidency said"), that stop ends a sentence the copy ran on
_GLUED_OPENERS = hash_set(("the", "this", "these", "that", "those", "they", "he", "she", "it", "we", "in", "on",
                           "at", "but", "however", "his", "her", "their", "its", "our", "meanwhile", "also", "during",
                           "after", "earlier", "later", "according"))
_CLOSERS = frozenset(hash_string(s) for s in CLOSERS)


class TokenIndex:
    def __init__(self, doc, kept=None):
        """``kept``: when the doc was made from a text with white space runs made one space, the original
        offset of each character of that text; every offset here is then an offset into the original."""
        self.doc = doc
        arr = (doc.to_array([IDX, LENGTH, ORTH, LOWER, IS_SPACE, IS_TITLE, IS_UPPER, IS_ALPHA, IS_LOWER]) if len(doc)
               else np.zeros((0, 9), dtype=np.uint64))
        self.idx = arr[:, 0].astype(np.int64)
        self.end = self.idx + arr[:, 1].astype(np.int64)
        if kept is not None and len(self.idx):
            self.end = kept[self.end - 1] + 1  # a token holds no white space: its characters stay together
            self.idx = kept[self.idx]
        orth = arr[:, 2]
        self.lower = arr[:, 3]
        self.boundary = member(orth, _BOUNDARY) | (arr[:, 4] == 1)
        ends = member(orth, _SENTENCE_END)
        # a full stop glued between two words is part of a name ("Caliber.Az", "News.az"), not a sentence end
        if len(orth) > 2:
            glued = np.zeros(len(orth), dtype=bool)
            glued[1:-1] = (self.idx[1:-1] == self.end[:-2]) & (self.idx[2:] == self.end[1:-1]) & (arr[2:, 7] == 1)
            glued &= ends  # only a full stop: a dash glued between words ("Press)--Japan") still divides them
            glued[1:-1] &= ~(member(self.lower[2:], _GLUED_OPENERS) & (arr[2:, 5] == 1) & (arr[:-2, 7] == 1))
            # "Sta. Romana": a short title's full stop, glued to it, before a capitalised word
            titled = np.zeros(len(orth), dtype=bool)
            titled[1:-1] = ends[1:-1] & (self.idx[1:-1] == self.end[:-2]) \
                & member(self.lower[:-2], _ABBREVIATIONS) & (arr[:-2, 5] == 1) \
                & (arr[2:, 5] == 1)
            glued |= titled
            ends &= ~glued
            self.boundary &= ~glued
        # a quotation mark typed as two single ones ("’’", "''", "‘‘") divides like one double mark
        singles = member(orth, _SINGLES)
        if singles.sum() >= 2:
            doubled = np.zeros(len(orth), dtype=bool)
            pair = singles[:-1] & singles[1:] & (orth[:-1] == orth[1:]) & (self.end[:-1] == self.idx[1:])
            doubled[:-1] |= pair
            doubled[1:] |= pair
            self.boundary |= doubled
        self.ends = np.flatnonzero(ends)
        self.ends_l = self.ends.tolist()
        self.closers = _CLOSERS
        # a capitalised word: "Congress", "UN", "Uyghur" (a proper name's word, or a sentence's first)
        self.cap = ((arr[:, 5] == 1) | ((arr[:, 6] == 1) & (arr[:, 1] > 1))) & (arr[:, 7] == 1)
        # a name in mixed case that opens with a capital: "McGovern", "DeSantis" (not "iPhone")
        mixed = np.flatnonzero((arr[:, 7] == 1) & (arr[:, 8] == 0) & (arr[:, 5] == 0) & (arr[:, 6] == 0))
        for k in mixed.tolist():
            if doc[k].text[:1].isupper():
                self.cap[k] = True
        # words in title case that are not all letters: a name with an apostrophe inside ("O’Connor", "D'Souza":
        # letters on both sides of it), or an initial glued to the name after it ("D.Tsogtbaatar", "A.Begliyev":
        # Mongolian and Central Asian media write given names so)
        for k in np.flatnonzero((arr[:, 5] == 1) & (arr[:, 7] == 0)).tolist():
            word = doc[k].text
            if len(word) > 2 and word[0].isupper() and (
                    (word[1] in "'’" and word[2:].isalpha())
                    or (len(word) >= 4 and word[1] == "." and word[2].isupper() and word[3:].isalpha()
                        and not word[3:].isupper())):
                self.cap[k] = True
        # ... and a name whose apostrophe comes before letters in lower case ("B’nai Brith", "Ma’ruf Amin"), which
        # is not title case: a capital, letters, the apostrophe, then at least two letters
        for k in np.flatnonzero((arr[:, 5] == 0) & (arr[:, 7] == 0) & (arr[:, 6] == 0)).tolist():
            word = doc[k].text
            cut = max(word.find("'"), word.find("’"))
            head, tail = word[1:cut], word[cut + 1:]
            if 0 < cut < len(word) - 2 and word[0].isupper() and (not head or (head.isalpha() and head.islower())) \
                    and tail.isalpha() and tail.islower():
                self.cap[k] = True
        # The same as Python lists, for rules that look at a few tokens at a time: indexing a list from
        # Python is several times cheaper than indexing a numpy array.
        self.idx_l, self.end_l = self.idx.tolist(), self.end.tolist()
        self.orth_l, self.lower_l = orth.tolist(), self.lower.tolist()
        self.cap_l, self.boundary_l = self.cap.tolist(), self.boundary.tolist()
        # the last boundary token before each token (-1: none), for phrase_before
        last = np.where(self.boundary, np.arange(len(orth)), -1)
        self._boundary_before = [-1] + (np.maximum.accumulate(last).tolist() if len(orth) else [])
        # and the first boundary token at or after each token (len: none)
        first = np.where(self.boundary, np.arange(len(orth)), len(orth))
        self._boundary_from = (np.minimum.accumulate(first[::-1])[::-1].tolist() if len(orth) else []) + [len(orth)]

    def words(self, a: int, b: int) -> set[int]:
        """Lower-case hashes of tokens [a, b)."""
        return set(self.lower_l[a:b])

    def phrase_after(self, i: int, limit: int, width: int = 10) -> tuple[int, int]:
        """The words from token ``i`` up to a boundary, ``limit`` or ``width`` tokens."""
        return i, (min(limit, i + width, self._boundary_from[i]) if i < limit and width > 0 else i)

    def phrase_before(self, i: int, lo: int, width: int = 12) -> tuple[int, int]:
        """The words before token ``i``, back to a boundary, ``lo`` or ``width`` tokens."""
        return (max(lo, i - width, self._boundary_before[i] + 1) if i > lo and width > 0 else i), i

    def capitals_before(self, end: int, lo: int, most: int | None = None) -> int:
        """Where the run of capitalised tokens that ends before token ``end`` starts, no further back than
        ``lo`` and, with ``most``, no longer than ``most`` tokens ("... Jane Roe" before a verb or a mark)."""
        start = end
        while start > lo and self.cap_l[start - 1] and (most is None or end - start < most):
            start -= 1
        return start

    def __len__(self) -> int:
        return len(self.idx)

    def token_at(self, char: int) -> int:
        """Index of the first token that starts at or after ``char``."""
        return bisect_left(self.idx_l, char)

    def sentence(self, start_tok: int, end_tok: int) -> tuple[int, int]:
        """Character bounds of the sentence holding tokens [start_tok, end_tok)."""
        n = len(self.idx_l)
        if n == 0:
            return 0, 0
        ends = self.ends_l
        i = bisect_left(ends, start_tok)
        first = ends[i - 1] + 1 if i > 0 else 0
        j = bisect_left(ends, max(end_tok - 1, start_tok))
        last = ends[j] if j < len(ends) else n - 1
        orth, idx, end = self.orth_l, self.idx_l, self.end_l
        while last + 1 < n and orth[last + 1] in self.closers and idx[last + 1] == end[last]:
            last += 1  # a closing quote or bracket belongs to the sentence it ends
        return idx[first], end[last]

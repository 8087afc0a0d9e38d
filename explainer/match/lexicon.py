"""How common an English word is, from spacy-lookups-data's lexeme_prob table (no model needed).

The table holds a million word forms with their log probabilities; reading it takes about half a second,
and hashing it into spaCy's ``Table`` (``spacy.lookups.load_lookups``) four times that. All the explainer
asks of it is one set, the words English writes in lower case at least as often as capitalised, so that set
is worked out once and kept as a plain word list in the user's cache folder (``$EXPLAINER_CACHE_DIR``, else
``$XDG_CACHE_HOME/explainer``, else ``~/.cache/explainer``). Its name holds this module's format and the
table's package version and size, so a new spacy-lookups-data or a new rule here makes a new file; its first
line gives the format and the number of words, so a file cut short is worked out again; a folder
that cannot be written only means the set is worked out again next time. Nothing in it is deleted but a
temporary file of its own that could not be written whole.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

FORMAT = 2  # the rule below that makes the set: change it, and the cached file's name changes with it


def cache_dir() -> Path:
    configured = os.environ.get("EXPLAINER_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "explainer"


def _table_source():
    """The table's file and a stamp of it (package version and size), or (None, None) when not installed."""
    try:
        from spacy.util import registry
        source = registry.lookups.get("en")["lexeme_prob"]
        from spacy_lookups_data import __version__
        stored = next((p for p in (Path(source), Path(f"{source}.gz")) if p.is_file()), None)  # (spaCy reads either)
        return (source, f"{__version__}-{stored.stat().st_size}") if stored else (None, None)
    except (ValueError, ImportError, KeyError, OSError):  # (catalogue's RegistryError is a ValueError)
        return None, None


def common_words_from(probs: dict) -> frozenset[str]:
    """The lower-case forms in ``probs`` that are at least as likely as their capitalised form (or have none)."""
    out = set()
    for word, p in probs.items():
        if word == word.lower() and not any(c.isspace() for c in word):
            cap = probs.get(word[:1].upper() + word[1:])
            if cap is None or p >= cap:
                out.add(word)
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    source, stamp = _table_source()
    if source is None:
        return frozenset()
    path = cache_dir() / f"common-words-{FORMAT}-{stamp}.txt"
    try:
        header, *lines = path.read_text(encoding="utf-8").split("\n")
        if header == f"#{FORMAT} {len(lines)}":  # (a file cut short or edited is worked out again)
            return frozenset(lines)
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    from spacy.util import load_language_data
    words = common_words_from(load_language_data(source))
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text("\n".join([f"#{FORMAT} {len(words)}", *sorted(words)]), encoding="utf-8")
        os.replace(tmp, path)  # whole or not at all: another process reads it only complete
    except OSError:
        try:
            tmp.unlink()  # (ours, half-written)
        except OSError:
            pass
    return words


def warm() -> None:
    """Read the set now (before worker processes fork, so that each does not read it again)."""
    _common_words()


def common_word(word: str) -> bool:
    """A word English writes in lower case more often than capitalised ("today", "introduction"; not
    "Beijing", "Canada", "Simon")."""
    return word.lower() in _common_words()

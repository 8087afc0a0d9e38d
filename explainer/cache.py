"""What an earlier build already did, keyed by content hashes, so a rebuild redoes only what changed.

Three layers, each keyed by the hash of what it depends on:
- files: a file's parsed and checked result, by the hash of its text;
- matches: an article's mentions and attributions, by the hash of its text and a
  fingerprint of everything that affects matching (every entry's names and rules,
  the pipeline, the explainer's version);
- pages: a generated page, by a digest of everything drawn on it.
The cache lives in the git-ignored build folder; deleting it only costs time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from explainer import __version__

FORMAT = ("explainer-cache", 1, __version__)


def digest(value) -> str:
    """A stable hash of nested tuples, lists, strings, numbers and dates (via their repr)."""
    return hashlib.sha1(repr(value).encode("utf-8")).hexdigest()


@dataclass
class BuildCache:
    path: Path | None = None
    entries: dict = field(default_factory=dict)
    articles: dict = field(default_factory=dict)  # front matter by the hash of its text
    matches: dict = field(default_factory=dict)  # slug -> (key, (mentions, attributions, blocks, diagnostics))
    pages: dict = field(default_factory=dict)  # page path -> digest
    matches_changed: bool = True

    @property
    def matches_path(self) -> Path | None:
        return self.path.with_name(self.path.stem + "-matches.pickle") if self.path else None

    @classmethod
    def open(cls, path: Path) -> "BuildCache":
        cache = cls(path=path)
        try:
            stored = _load(path)
            matches = _load(cache.matches_path)
            if stored.get("format") == FORMAT and matches.get("format") == FORMAT:
                cache.entries, cache.articles, cache.pages = stored["entries"], stored["articles"], stored["pages"]
                cache.matches = matches["matches"]
                cache.matches_changed = False
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, KeyError, TypeError, ValueError,
                ImportError):
            pass  # no cache, or one from another version: build everything
        return cache

    def save(self) -> None:
        """Write the cache; the large match table only when matching changed something."""
        if self.path is None:
            return
        _dump(self.path, {"format": FORMAT, "entries": self.entries, "articles": self.articles,
                          "pages": self.pages})
        if self.matches_changed:
            _dump(self.matches_path, {"format": FORMAT, "matches": self.matches})


def _load(path: Path):
    with open(path, "rb") as handle:
        return pickle.load(handle)  # noqa: S301 - our own file in the git-ignored build folder


def _dump(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "wb") as handle:
        pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)

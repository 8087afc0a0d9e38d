"""What an earlier build already did, keyed by content hashes, so a rebuild redoes only what changed.

Two layers, each keyed by the hash of what it depends on:
- matches: an article's mentions, voices and attributions, by the hash of its text and a
  fingerprint of everything that affects matching (every entry's names and rules, the
  publisher registry, the pipeline);
- pages: a generated page, by a digest of everything drawn on it.

The cache is data that cannot run: JSON, decoded field by field into the data model, with a
checksum, and valid only for the same code and NLP dependencies (``fingerprint_parts``: a hash of
the explainer's own source files, spaCy's, spacy-lookups-data's and the trained pipeline's
versions). A cache file that git tracks is ignored with a warning (a cache must never come from a
commit), and one that fails to load, to verify or to decode is a cold build, never an error. It
lives in the git-ignored build folder; deleting it only costs time.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import subprocess
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from explainer.diagnostics import Diagnostic
from explainer.structure import Attribution, Mention, Voice

FORMAT = "explainer-cache/2"


def digest(value) -> str:
    """A stable hash of nested tuples, lists, strings, numbers and dates (via their repr)."""
    return hashlib.sha1(repr(value).encode("utf-8")).hexdigest()


def text_digest(text: str) -> str:
    """A hash of a text as it is (an article's body): not through its repr, which copies and escapes it."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of every source file of the explainer package: a change to the code is a new cache."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


def fingerprint_parts(model: str | None = None) -> dict[str, str]:
    """What a cached result depends on besides its inputs: the code and the NLP dependencies."""
    parts = {"code": code_fingerprint(), "spacy": _version("spacy"),
             "spacy-lookups-data": _version("spacy-lookups-data"), "model": model or "blank"}
    if model:
        parts["model-version"] = _version(model.replace("_", "-"))
    return parts


@dataclass
class BuildCache:
    path: Path | None = None
    fingerprint: str = ""
    matches: dict = field(default_factory=dict)  # slug -> (key, (mentions, attributions, blocks, diagnostics, voices))
    pages: dict = field(default_factory=dict)  # page path -> digest
    matches_changed: bool = True
    warnings: list = field(default_factory=list)  # (path, message): a cache that was ignored, and why

    @property
    def matches_path(self) -> Path | None:
        return self.path.with_name(self.path.stem + "-matches.json") if self.path else None

    @classmethod
    def open(cls, path: Path, model: str | None = None, root: Path | None = None) -> "BuildCache":
        cache = cls(path=path, fingerprint=digest(sorted(fingerprint_parts(model).items())))
        tracked = [p for p in (path, cache.matches_path) if p.exists() and _tracked_by_git(p, root)]
        if tracked:
            for p in tracked:
                cache.warnings.append((p, "is tracked by git and is ignored: a build cache must never come from "
                                          "a commit; remove it with `git rm --cached`"))
            return cache
        try:
            stored = _load(path, cache.fingerprint)
            matches = _load(cache.matches_path, cache.fingerprint)
            cache.pages = _decode_pages(stored["pages"])
            cache.matches = _decode_matches(matches["matches"])
            cache.matches_changed = False
        except Exception:  # noqa: BLE001 - any failure to read, verify or decode is a cold build, never an error
            cache.pages, cache.matches, cache.matches_changed = {}, {}, True
        return cache

    def save(self) -> None:
        """Write the cache; the large match table only when matching changed something."""
        if self.path is None:
            return
        _dump(self.path, self.fingerprint, {"pages": self.pages})
        if self.matches_changed:
            _dump(self.matches_path, self.fingerprint, {"matches": _encode_matches(self.matches)})


def _tracked_by_git(path: Path, root: Path | None) -> bool:
    where = root or path.parent
    try:
        proc = subprocess.run(["git", "-C", str(where), "ls-files", "--error-unmatch", "--", str(path)],
                              capture_output=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False  # no git here: nothing can be tracked
    return proc.returncode == 0


def _load(path: Path, fingerprint: str) -> dict:
    with open(path, "rb") as handle:
        outer = json.loads(handle.read(64 << 20))
    payload = outer["payload"]
    if outer.get("format") != FORMAT or outer.get("fingerprint") != fingerprint or \
            hashlib.sha256(payload.encode("utf-8")).hexdigest() != outer.get("sha256"):
        raise ValueError("another format, another version of the code, or an edited file")
    return json.loads(payload)


def _dump(path: Path, fingerprint: str, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    outer = {"format": FORMAT, "fingerprint": fingerprint,
             "sha256": hashlib.sha256(payload.encode("utf-8")).hexdigest(), "payload": payload}
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(outer, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


# -- field by field: only the shapes the data model has, nothing else ---------------------------

def _int(v) -> int:
    if type(v) is not int:
        raise TypeError
    return v


def _str(v) -> str:
    if type(v) is not str:
        raise TypeError
    return v


def _opt_str(v):
    return None if v is None else _str(v)


def _bool(v) -> bool:
    if type(v) is not bool:
        raise TypeError
    return v


def _decode_pages(data) -> dict:
    if not isinstance(data, dict):
        raise TypeError
    return {_str(k): _str(v) for k, v in data.items()}


def _encode_matches(matches: dict) -> dict:
    out = {}
    for slug, (key, (mentions, attributions, blocks, diagnostics, voices)) in matches.items():
        out[slug] = {
            "key": list(key),
            "mentions": [[m.start, m.end, m.entry, m.text, m.paragraph, m.kind,
                          list(m.sentence) if m.sentence else None] for m in mentions],
            "attributions": [list(a) for a in attributions],
            "blocks": [list(b) for b in blocks],
            "diagnostics": [list(d) for d in diagnostics],
            "voices": [list(v) for v in voices],
        }
    return out


def _decode_matches(data) -> dict:
    if not isinstance(data, dict):
        raise TypeError
    out = {}
    for slug, item in data.items():
        key = tuple(_str(k) for k in item["key"])
        mentions = [Mention(_int(s), _int(e), _str(ent), _str(t), _int(p), _str(k),
                            (_int(sen[0]), _int(sen[1])) if sen is not None else None)
                    for s, e, ent, t, p, k, sen in item["mentions"]]
        attributions = [Attribution(_int(p), _opt_str(h), _opt_str(lb), _opt_str(c), _int(s), _int(e), _bool(w))
                        for p, h, lb, c, s, e, w in item["attributions"]]
        blocks = [(_int(a), _int(b)) for a, b in item["blocks"]]
        diagnostics = [Diagnostic(_str(p), _int(ln), _int(col), _str(sev), _str(msg))
                       for p, ln, col, sev, msg in item["diagnostics"]]
        voices = [Voice(_int(p), _int(s), _int(e), _opt_str(h), _opt_str(lb), _opt_str(c), _bool(w))
                  for p, s, e, h, lb, c, w in item["voices"]]
        if len(key) != 2:
            raise ValueError
        out[_str(slug)] = (key, (mentions, attributions, blocks, diagnostics, voices))
    return out

"""Write generated pages into docs_dir: each file atomically, unchanged files untouched, stale files removed.

The explainer owns only what it wrote: a manifest in docs_dir (``.explainer-manifest.json``, which MkDocs
skips like every dot-file) lists every file it wrote there. Only those are ever removed, and a docs_dir
holding any other file is refused before anything is written (``foreign_files``).

Leaving unchanged files alone keeps their modification times, so ``mkdocs serve``
rebuilds only what changed; writing through a temporary name means a reader of the
folder never sees half a file.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class WriteStats:
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    rendered: list = field(default_factory=list)  # pages generated in this run; the others were reused
    changed: list = field(default_factory=list)  # files whose bytes this run wrote (new ones included)
    created: int = 0  # of those, files that did not exist before
    reused: int = 0
    timings: dict = field(default_factory=dict)


def write_atomic(path: Path, data: bytes, exists: bool = True) -> None:
    """Replace a file through a temporary name; a new file is written in place (nobody reads it yet)."""
    if not exists:
        with open(path, "xb") as handle:
            handle.write(data)
        return
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


MANIFEST = ".explainer-manifest.json"


def read_manifest(docs_dir: Path) -> set[str]:
    """The files the explainer wrote into docs_dir last time; empty when there is no (valid) manifest."""
    try:
        data = json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8"))
        files = data.get("files") if isinstance(data, dict) else None
        if isinstance(files, list) and all(isinstance(f, str) for f in files):
            return {f for f in files if ".." not in f.split("/") and not f.startswith("/")}
    except (OSError, ValueError):
        pass
    return set()


def docs_files(docs_dir: Path) -> set[str]:
    """Every file in docs_dir, relative, with "/" between folders (empty when there is no docs_dir)."""
    out: set[str] = set()
    top = len(str(docs_dir)) + 1
    for folder, _, files in os.walk(docs_dir):
        inner = folder[top:].replace(os.sep, "/") + "/" if len(folder) >= top else ""
        out.update(inner + name for name in files)
    return out


def foreign_files(docs_dir: Path, present: set[str] | None = None) -> list[str]:
    """Files in docs_dir that the explainer did not write (not in its manifest), relative, sorted
    (``present``: docs_files(docs_dir), when the caller listed them already)."""
    if not docs_dir.is_dir():
        return []
    ours = read_manifest(docs_dir)
    out = []
    for rel in docs_files(docs_dir) if present is None else present:
        name = rel.rpartition("/")[2]
        if rel == MANIFEST or rel in ours or TMP_NAME.match(name) or rel.startswith(SERVE_DIR + "/"):
            continue
        out.append(rel)
    return sorted(out)


# What `explainer serve --engine zensical` adds to the docs for the preview's error overlay; any build removes it
SERVE_DIR = "_explainer_serve"
TMP_NAME = re.compile(r"^\..+\.tmp-[0-9]+$")  # a file this writer was replacing when it was stopped


class DocsWriter:
    """Writes pages as they are generated, so a large archive is never held in memory whole.

    Pages listed in ``keep`` stay as they are; when the writer is closed, every other
    file that was not written in this run is removed.
    """

    def __init__(self, docs_dir: Path, keep: set[str] = frozenset(), present: set[str] | None = None):
        self.docs_dir = docs_dir
        self.present = present  # docs_files(docs_dir) before this run, when the caller listed them
        self.keep = set(keep)
        self.stats = WriteStats(reused=len(self.keep))
        self.seen: set[str] = set()
        self.folders: set[Path] = set()
        docs_dir.mkdir(parents=True, exist_ok=True)

    def write(self, rel: str, content: bytes | str) -> str:
        """Write one page and count it."""
        status = self.put(rel, content)
        self.record(rel, status)
        return status

    def put(self, rel: str, content: bytes | str) -> str:
        """Write one page (unless the file already holds exactly this); returns what happened, uncounted."""
        data = content.encode("utf-8") if isinstance(content, str) else content
        path = self.docs_dir / rel
        if path.parent not in self.folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.folders.add(path.parent)
        try:
            size = path.stat().st_size
        except OSError:
            size = None
        if size == len(data) and path.read_bytes() == data:
            status = "unchanged"
        else:
            write_atomic(path, data, exists=size is not None)
            status = "written" if size is not None else "created"
        return status

    def record(self, rel: str, status: str) -> None:
        """Count a page, whether this process or a worker wrote it."""
        self.seen.add((self.docs_dir / rel).as_posix())
        if status in ("written", "created"):
            self.stats.written += 1
            self.stats.changed.append(rel)
            self.stats.created += status == "created"
        else:
            self.stats.unchanged += 1

    def close(self) -> WriteStats:
        """Remove the files the explainer wrote before and no longer wants (and only those), then record in
        the manifest what docs_dir now holds of ours."""
        root = self.docs_dir.as_posix()
        wanted = {p[len(root) + 1:] for p in self.seen} | set(self.keep)
        for rel in sorted(read_manifest(self.docs_dir) - wanted):
            path = self.docs_dir / rel
            try:
                path.unlink()
                self.stats.removed += 1
            except FileNotFoundError:
                continue
            folder = path.parent
            while folder != self.docs_dir and folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
                folder = folder.parent
        listed = self.present if self.present is not None else docs_files(self.docs_dir)
        for rel in listed:
            if TMP_NAME.match(rel.rpartition("/")[2]):  # left by an interrupted run of this writer
                try:
                    os.unlink(self.docs_dir / rel)
                except FileNotFoundError:
                    pass

        data = json.dumps({"generator": "explainer", "files": sorted(wanted)}, indent=0).encode("utf-8")
        write_atomic(self.docs_dir / MANIFEST, data, exists=(self.docs_dir / MANIFEST).exists())
        return self.stats


def copy_tree_files(folder: Path, prefix: str = "") -> dict[str, bytes]:
    """Files of a folder as {relative path: bytes}, for static pages copied as they are."""
    out = {}
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                out[prefix + path.relative_to(folder).as_posix()] = path.read_bytes()
    return out

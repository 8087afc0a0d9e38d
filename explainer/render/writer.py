"""Write generated pages into docs_dir: each file atomically, unchanged files untouched, stale files removed.

Leaving unchanged files alone keeps their modification times, so ``mkdocs serve``
rebuilds only what changed; writing through a temporary name means a reader of the
folder never sees half a file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class WriteStats:
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    rendered: list = field(default_factory=list)  # pages generated in this run; the others were reused
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


class DocsWriter:
    """Writes pages as they are generated, so a large archive is never held in memory whole.

    Pages listed in ``keep`` stay as they are; when the writer is closed, every other
    file that was not written in this run is removed.
    """

    def __init__(self, docs_dir: Path, keep: set[str] = frozenset()):
        self.docs_dir = docs_dir
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
            status = "written"
        return status

    def record(self, rel: str, status: str) -> None:
        """Count a page, whether this process or a worker wrote it."""
        self.seen.add((self.docs_dir / rel).as_posix())
        if status == "written":
            self.stats.written += 1
        else:
            self.stats.unchanged += 1

    def close(self) -> WriteStats:
        wanted = self.seen | {(self.docs_dir / rel).as_posix() for rel in self.keep}
        for folder, dirs, files in os.walk(self.docs_dir, topdown=False):
            for name in files:
                path = f"{folder}/{name}"
                if path not in wanted:
                    os.unlink(path)
                    self.stats.removed += 1
            if folder != str(self.docs_dir) and not os.listdir(folder):
                os.rmdir(folder)
        return self.stats


def copy_tree_files(folder: Path, prefix: str = "") -> dict[str, bytes]:
    """Files of a folder as {relative path: bytes}, for static pages copied as they are."""
    out = {}
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                out[prefix + path.relative_to(folder).as_posix()] = path.read_bytes()
    return out

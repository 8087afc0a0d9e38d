"""Reading editor files safely: UTF-8 only, bounded size, no symlinks out of content/."""

from __future__ import annotations

import os
import stat
from functools import lru_cache
from pathlib import Path

from explainer.diagnostics import Report

MAX_ENTRY_BYTES = 1 << 20  # 1 MiB: an entry is a page of text, never more
MAX_ARTICLE_BYTES = 8 << 20  # 8 MiB: far beyond any real article


@lru_cache(maxsize=4096)
def _real(folder: str) -> str:
    return os.path.realpath(folder)


def file_stamp(path: Path):
    """What tells one version of a file from another without reading it: its inode, device, size,
    modification and change times and mode, and its target's if it is a link (any write changes the change
    time); None when it cannot be stat'ed. Equal stamps, the same file as it was."""
    try:
        st = os.lstat(path)
        out = (st.st_ino, st.st_dev, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_mode)
        if stat.S_ISLNK(st.st_mode):
            target = os.stat(path)
            out += (target.st_ino, target.st_dev, target.st_size, target.st_mtime_ns, target.st_ctime_ns)
        return out
    except OSError:
        return None


def tree_files(folder: Path, suffixes: tuple[str, ...]) -> tuple[list[Path], list[Path]]:
    """The files below ``folder`` whose names end in one of ``suffixes``, and the symlinked folders below it
    (not followed), each sorted by path: what ``rglob`` lists, in one pass of ``os.scandir``, which knows
    from the folder's own listing what is a folder or a link without a ``stat`` of every file (at archive
    size, tens of thousands of files, every rebuild of the preview)."""
    files: list[Path] = []
    links: list[Path] = []
    if not folder.is_dir():
        return files, links
    stack = [str(folder)]
    while stack:
        try:
            with os.scandir(stack.pop()) as listing:
                for item in listing:
                    try:
                        is_dir = item.is_dir()
                    except OSError:
                        is_dir = False
                    if is_dir and item.is_symlink():
                        links.append(Path(item.path))
                    elif is_dir:
                        stack.append(item.path)
                    elif item.name.rfind(".") > 0 and item.name[item.name.rfind("."):] in suffixes:
                        files.append(Path(item.path))
        except OSError:
            continue
    return sorted(files, key=Path.as_posix), sorted(links, key=Path.as_posix)


def inside(path: Path, folder: Path) -> bool:
    """Whether ``path``, with every symlink followed, is still inside ``folder``."""
    real_folder = _real(str(folder))
    if os.path.islink(path):
        real = os.path.realpath(path)
    else:  # only the folders above can lead elsewhere; each is resolved once per run
        real = os.path.join(_real(str(path.parent)), path.name)
    return real == real_folder or real.startswith(real_folder + os.sep)


def read_text(path: Path, shown: str, report: Report, limit: int, folder: Path | None = None) -> str | None:
    """The file's text, or None after reporting why it cannot be used."""
    if folder is not None and not inside(path, folder):
        report.error(shown, 1, 1, f"links outside {folder.name}/ (symlink to {path.resolve()}); "
                     "copy the file into the project instead")
        return None
    try:
        info = path.stat()
    except OSError as exc:
        report.error(shown, 1, 1, f"cannot be read: {exc.strerror}")
        return None
    if not stat.S_ISREG(info.st_mode):  # a FIFO would wait forever, a device never end
        report.error(shown, 1, 1, "is not a regular file (a pipe, a device or a socket); only files are read")
        return None
    size = info.st_size
    if size > limit:
        report.error(shown, 1, 1, f"file is {size} bytes; the limit is {limit} bytes")
        return None
    try:
        data = path.read_bytes()
    except OSError as exc:
        report.error(shown, 1, 1, f"cannot be read: {exc.strerror}")
        return None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or _looks_utf16(data):
        report.error(shown, 1, 1, "file is UTF-16 text; save it as UTF-8 (in most editors: File, Save with "
                     "encoding, UTF-8)")
        return None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        report.error(shown, line, 1, "file is binary (contains NUL bytes), not UTF-8 text")
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        report.error(shown, line, col, f"file is not UTF-8 (byte 0x{data[exc.start]:02x}); save it as UTF-8")
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a byte-order mark: every other byte of text in Latin letters is NUL."""
    head = data[:200]
    return len(head) >= 8 and (head[1::2].count(0) >= len(head) // 2 - 1 or head[0::2].count(0) >= len(head) // 2 - 1)

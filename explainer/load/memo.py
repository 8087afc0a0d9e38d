"""What reading, parsing and checking each content file gave, kept in memory by a long-running process
(`serve`).

The load stage is a function of each file (plus the rules that span files, which always run again). A
process that loads the same project again and again, like the preview after every save, wraps that
function from outside with a ``LoadMemo``: a file that is the same file as last time (the same inode,
size, modification and change times, and the same target if it is a link) gives the same Entry or
Article and the same messages without being read again. Any write to a file changes its change time, so
an edit is always seen. A one-off command passes no memo and reads everything.

What is handed out is a shallow copy of what was stored: later stages replace an entry's fields (the
publisher registry gives its sources their labels) but never change a stored value in place.
"""

from __future__ import annotations

import copy
from pathlib import Path

from explainer.diagnostics import Report
from explainer.load.files import file_stamp


class LoadMemo:
    def __init__(self):
        self._stored: dict[tuple, tuple] = {}
        self._used: set[tuple] = set()

    def load(self, kind: str, path: Path, report: Report, read):
        """``read(path, report)``, or what it gave last time for the same, unchanged file."""
        key = (kind, str(path))
        self._used.add(key)
        stamp = file_stamp(path)  # (None: read_text says why it cannot be read)
        hit = self._stored.get(key)
        if hit is None or stamp is None or hit[0] != stamp:
            own = Report()
            result = read(path, own)
            hit = (stamp, result, tuple(own.items))
            if stamp is not None:
                self._stored[key] = hit
        _, result, items = hit
        report.extend_items(items)
        return copy.copy(result) if result is not None else None

    def sweep(self) -> None:
        """Forget the files the last load did not read (removed since): memory stays the size of the project."""
        self._stored = {k: v for k, v in self._stored.items() if k in self._used}
        self._used = set()

    def __len__(self) -> int:
        return len(self._stored)

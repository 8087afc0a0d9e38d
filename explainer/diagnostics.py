"""Messages an editor can act on: ``path:line:col: severity: message``."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from typing import NamedTuple

ERROR = "error"
WARNING = "warning"
INFO = "info"


class Diagnostic(NamedTuple):
    path: str
    line: int
    col: int
    severity: str
    message: str

    def format(self) -> str:
        path = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in self.path)
        return f"{path}:{self.line}:{self.col}: {self.severity}: {self.message}"


@dataclass
class Report:
    """Collects diagnostics from every stage; printing and exit status are decided once, at the end."""

    items: list[Diagnostic] = field(default_factory=list)
    # how many of each severity, kept as items are added: stages ask "any new error?" after every file,
    # which counting the whole list would make quadratic in the number of warnings
    counts: dict[str, int] = field(default_factory=dict)

    def __post_init__(self):
        for d in self.items:
            self.counts[d.severity] = self.counts.get(d.severity, 0) + 1

    def add(self, path: str, line: int, col: int, severity: str, message: str) -> None:
        self.extend_items([Diagnostic(str(path), int(line), int(col), severity, message)])

    def extend_items(self, diagnostics) -> None:
        """Add diagnostics made elsewhere (by a worker, or read from the cache)."""
        for d in diagnostics:
            self.items.append(d)
            self.counts[d.severity] = self.counts.get(d.severity, 0) + 1

    def add_formatted(self, text: str) -> None:
        """A message already written as ``path:line:col: severity: message``."""
        m = re.match(r"^(.*?):(\d+):(\d+): (error|warning|info): (.*)$", text, re.S)
        if m:
            self.add(m.group(1), int(m.group(2)), int(m.group(3)), m.group(4), m.group(5))
        else:
            self.add("", 1, 1, ERROR, text)

    def error(self, path, line, col, message):
        self.add(path, line, col, ERROR, message)

    def warning(self, path, line, col, message):
        self.add(path, line, col, WARNING, message)

    def info(self, path, line, col, message):
        self.add(path, line, col, INFO, message)

    def extend(self, other: "Report") -> None:
        self.extend_items(other.items)

    def count(self, severity: str) -> int:
        return self.counts.get(severity, 0)

    @property
    def errors(self) -> int:
        return self.count(ERROR)

    @property
    def warnings(self) -> int:
        return self.count(WARNING)

    def failed(self, strict: bool = False) -> bool:
        return self.errors > 0 or (strict and self.warnings > 0)

    def sorted(self) -> list[Diagnostic]:
        # Deterministic: by file, then position, then text; never in discovery order.
        return sorted(set(self.items))

    def print(self, stream=None, quiet_info: bool = False) -> None:
        stream = stream or sys.stderr
        for d in self.sorted():
            if quiet_info and d.severity == INFO:
                continue
            print(d.format(), file=stream)

    def summary(self) -> str:
        return f"{self.errors} error(s), {self.warnings} warning(s)"

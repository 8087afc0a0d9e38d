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

    def add(self, path: str, line: int, col: int, severity: str, message: str) -> None:
        self.items.append(Diagnostic(str(path), int(line), int(col), severity, message))

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
        self.items.extend(other.items)

    def count(self, severity: str) -> int:
        return sum(1 for d in self.items if d.severity == severity)

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

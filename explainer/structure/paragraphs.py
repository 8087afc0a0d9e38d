"""Paragraphs of a body as `annotate` and the front matter count them: non-empty blocks separated by blank
lines, numbered from 1."""

from __future__ import annotations

import re
from bisect import bisect_right

BLANK_LINE = re.compile(r"^[ \t]*$")


def paragraph_numbers(body: str) -> list[int]:
    """Start offsets of the body's non-empty blocks separated by blank lines (paragraph n starts at [n-1])."""
    starts = []
    offset = 0
    in_block = False
    for line in body.splitlines(keepends=True):
        blank = BLANK_LINE.match(line.rstrip("\r\n")) is not None
        if not blank and not in_block:
            starts.append(offset)
        in_block = not blank
        offset += len(line)
    return starts


def paragraph_of(starts: list[int], offset: int) -> int:
    return max(1, bisect_right(starts, offset))

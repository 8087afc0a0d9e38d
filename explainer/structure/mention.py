"""What matching finds: a mention of an entry at exact offsets in an article body."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Mention:
    start: int  # character offsets into the article body
    end: int
    entry: str  # entry id
    text: str  # the surface string exactly as written
    paragraph: int  # 1-based, over blocks separated by blank lines
    kind: str = "name"  # "name", "short" (surname after a full mention) or "pattern" (claim wording)
    sentence: tuple[int, int] | None = None  # offsets of the sentence around the mention


@dataclass(frozen=True)
class Attribution:
    """Whose words a paragraph reports, and the cue in the text that says so."""

    paragraph: int
    holder: str | None  # entry id, or a free label when no entry matches
    label: str | None  # what to show the reader
    cue: str | None  # the words that decided it, e.g. "according to the release"
    start: int = 0
    end: int = 0

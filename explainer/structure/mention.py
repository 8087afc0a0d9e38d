"""What matching finds: a mention of an entry at exact offsets in an article body."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from explainer.structure.article import Article


def block_at(blocks: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The (start, end) block, of sorted non-overlapping ``blocks``, that holds ``offset``."""
    i = bisect_right(blocks, (offset, float("inf"))) - 1
    if i >= 0 and blocks[i][0] <= offset < blocks[i][1]:
        return blocks[i]
    return None


class Mention(NamedTuple):
    start: int  # character offsets into the article body
    end: int
    entry: str  # entry id
    text: str  # the surface string exactly as written
    paragraph: int  # 1-based, over blocks separated by blank lines
    kind: str = "name"  # "name", "short" (surname after a full mention) or "pattern" (claim wording)
    sentence: tuple[int, int] | None = None  # offsets of the sentence around the mention


class Attribution(NamedTuple):
    """Whose words a paragraph reports, and the cue in the text that says so."""

    paragraph: int
    holder: str | None  # entry id, or a free label when no entry matches
    label: str | None  # what to show the reader
    cue: str | None  # the words that decided it, e.g. "according to the release"
    start: int = 0
    end: int = 0
    writer: bool = False  # the voice is the writer's own (the publisher's), not a speaker it reports


class Voice(NamedTuple):
    """Whose statement one sentence reports: a speaker, or the writer's own voice (``writer``)."""

    paragraph: int
    start: int  # the sentence, as body offsets
    end: int
    holder: str | None  # entry id of the speaker (or of the writer, when it has an entry)
    label: str | None  # the speaker's name as shown; the writer's name for the writer's own voice
    cue: str | None  # the words that decided it
    writer: bool = False


@dataclass
class ArticleMatches:
    """Everything matching found in one article."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)  # every mention, in text order
    attributions: list[Attribution] = field(default_factory=list)  # one per prose paragraph
    voices: list[Voice] = field(default_factory=list)  # one per sentence of prose
    blocks: list[tuple[int, int]] = field(default_factory=list)  # prose paragraphs, body offsets
    diagnostics: list = field(default_factory=list)  # Diagnostic messages found while matching it
    key: tuple | None = None  # what the result depends on (the article's text and the matching rules)

    def block_of(self, offset: int) -> tuple[int, int] | None:
        return block_at(self.blocks, offset)

    def first_mentions(self) -> list[Mention]:
        seen, out = set(), []
        for m in self.mentions:
            if m.entry not in seen:
                seen.add(m.entry)
                out.append(m)
        return out

    def entry_ids(self) -> list[str]:
        return [m.entry for m in self.first_mentions()]

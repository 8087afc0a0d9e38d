"""A news article as published by its source: front matter plus a CommonMark body we never alter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Article:
    slug: str
    path: str  # as given (project-relative for content/, as typed for `annotate`)
    title: str
    date: dt.date | None
    source: str
    body: str  # the text after the front matter, byte for byte
    body_line: int = 1  # 1-based line of the file where the body starts
    url: str | None = None
    dateline: str | None = None
    byline: str | None = None
    tags: list[str] = field(default_factory=list)
    attribution: dict = field(default_factory=dict)  # editor overrides: paragraph number -> entry id or label
    display_title: str | None = None  # the site's own headline, shown labelled as ours; title stays as published
    via: str | None = None  # where the text was actually read, when not at the source's own site
    draft: bool = False  # kept out of every published page and file unless the build asks for drafts

    @property
    def page_path(self) -> str:
        return f"articles/{self.slug}.md"

    def position(self, offset: int) -> tuple[int, int]:
        """(line, col) in the file of a character offset into the body."""
        before = self.body[:offset]
        line = before.count("\n")
        col = offset - (before.rfind("\n") + 1)
        return self.body_line + line, col + 1

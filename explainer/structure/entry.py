"""A curated context entry: who or what something is, with sources and a review date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

# The folder of an entry is its type plus "s": content/context/organizations/etge.yaml
ENTRY_TYPES = ("organization", "person", "place", "people", "concept", "term", "event", "claim", "document")

# Types whose aliases are common nouns, so plurals and inflections should match too.
INFLECTED_BY_DEFAULT = ("concept", "term", "claim")


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    publisher: str | None  # as typed; None: computed from the URL by the publisher registry
    date: str | None = None
    read_via: str | None = None  # where it was read, when not at url
    label: str | None = None  # the registry's label for the publisher ("state media, China"), never typed


@dataclass(frozen=True)
class Fact:
    text: str
    source: str  # a URL that is one of the entry's sources


@dataclass(frozen=True)
class Perspective:
    holder: str
    view: str
    source: str


@dataclass(frozen=True)
class Role:
    """An office the entry held, with dates: "Azerbaijan's president" resolves, for an article's
    date, to whoever held the office then."""

    title: str  # "President of Azerbaijan"
    start: dt.date | None = None
    end: dt.date | None = None  # None: still holds it
    aliases: tuple[str, ...] = ()  # other wordings: "Azerbaijani President"
    mention: bool = False  # also link the office wording as a mention of the holder

    def held_on(self, day: dt.date | None) -> bool:
        if day is None:
            return False
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Entry:
    id: str
    type: str
    title: str
    summary: str
    sources: list[Source]
    reviewed: dt.date
    path: str = ""  # project-relative path of the YAML file
    aliases: list[str] = field(default_factory=list)
    short_names: list[str] = field(default_factory=list)
    case_sensitive: bool = False
    inflect: bool | None = None
    requires: list[str] = field(default_factory=list)
    patterns: list = field(default_factory=list)
    body: str = ""
    facts: list[Fact] = field(default_factory=list)
    perspectives: list[Perspective] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    reviewer: str | None = None
    wikidata: str | None = None
    roles: list[Role] = field(default_factory=list)
    former_names: list[str] = field(default_factory=list)  # names it no longer uses, still matched
    seat: str | None = None  # a place's seat of government: "Beijing says" is the PRC speaking
    located: Any = field(default=None, repr=False, compare=False)  # where each value sits in the file

    def where(self, *path) -> tuple[int, int]:
        return self.located.where(tuple(path)) if self.located is not None else (1, 1)

    @property
    def folder(self) -> str:
        return self.type + "s"

    @property
    def page_path(self) -> str:
        """Path of the generated page inside docs_dir; its URL ends in the entry's id."""
        return f"context/{self.folder}/{self.id}.md"

    @property
    def names(self) -> list[str]:
        """Full names: the title and every alias (short names are separate)."""
        return [self.title, *self.aliases, *self.former_names]

    @property
    def inflects(self) -> bool:
        return self.inflect if self.inflect is not None else self.type in INFLECTED_BY_DEFAULT

    def source_for(self, url: str) -> Source | None:
        for source in self.sources:
            if source.url == url:
                return source
        return None

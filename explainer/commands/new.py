"""`explainer new TYPE "Title"`: start an entry file that `check` flags until it is filled in."""

from __future__ import annotations

import datetime as dt
import json
import difflib
import os
import sys

import re
import unicodedata

from explainer.load.articles import slugify
from explainer.load.entries import ID_RE
from explainer.load.project import today_input
from explainer.load.project import Project
from explainer.load.schema import SCHEMA_FILE
from explainer.structure.entry import ENTRY_TYPES

TEMPLATE = """# yaml-language-server: $schema={schema}
id: {id}
type: {type}
title: {title}
aliases: []
summary: "TODO: one or two plain, neutral sentences; this is the hover text"
sources:
  - title: "TODO: title of the page or document"
    publisher: "TODO: who published it"
    url: "https://example.org/TODO"
facts:
  - text: "TODO: a key fact in your own words"
    source: "https://example.org/TODO"
related: []
reviewed: {today}
reviewer: "TODO: your desk or name"
"""


def schema_reference(entry_folder, project: Project) -> str:
    """The schema path as written in the file: relative, so it works in every clone of the repo."""
    in_repo = project.root / "explainer" / "schema" / "entry.schema.json"
    target = in_repo if in_repo.is_file() else SCHEMA_FILE
    return os.path.relpath(target, entry_folder).replace(os.sep, "/")


def run(project: Project, etype: str, title: str, entry_id: str | None = None) -> int:
    if etype not in ENTRY_TYPES:
        close = difflib.get_close_matches(etype.lower(), ENTRY_TYPES, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        print(f"explainer new: type '{etype}' is not one of: {', '.join(ENTRY_TYPES)}{hint}", file=sys.stderr)
        return 1
    if not title.strip():
        print("explainer new: the title is empty", file=sys.stderr)
        return 1
    if entry_id is not None and not ID_RE.match(entry_id):
        suggestion = slugify(entry_id)
        hint = f"; did you mean --id {suggestion}?" if suggestion and ID_RE.match(suggestion) else ""
        print(f"explainer new: --id {entry_id!r} must be kebab-case: lower-case letters, digits and single "
              f"hyphens (it names the file){hint}", file=sys.stderr)
        return 1
    if entry_id is None:
        entry_id = slugify(title)
        latin = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
        if sum(ch.isalpha() for ch in latin) < sum(ch.isalpha() for ch in title) / 2:
            print(f"explainer new: cannot make a Latin-letter id from {title!r}; give one with --id "
                  "(e.g. --id xi-jinping)", file=sys.stderr)
            return 1
    folder = project.context_dir / f"{etype}s"
    path = folder / f"{entry_id}.yaml"
    if path.exists():
        print(f"explainer new: {project.rel(path)} already exists; nothing was written", file=sys.stderr)
        return 1
    folder.mkdir(parents=True, exist_ok=True)
    text = TEMPLATE.format(schema=schema_reference(folder, project), id=entry_id, type=etype,
                           title=json.dumps(" ".join(title.split()), ensure_ascii=False),
                           today=today_input().isoformat())
    with open(path, "x", encoding="utf-8") as handle:  # "x": never overwrite, even in a race
        handle.write(text)
    print(f"wrote {project.rel(path)}; fill in the TODOs, then run `explainer check`")
    return 0

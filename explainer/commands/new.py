"""`explainer new TYPE "Title"` (or `--from-suggestion NAME`, a name `suggest` lists): start an entry file that
`check` flags until it is filled in."""

from __future__ import annotations

import difflib
import json
import os
import sys
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
{seen}aliases: []
# names that alone could mean someone else too ("Xi", "Aliyev"): linked only where the article makes clear whom
short_names: []
summary: "TODO: one or two plain, neutral sentences; this is the hover text"
sources:
  - title: "TODO: title of the page or document"
    publisher: "TODO: who published it"
    url: "https://example.org/TODO"
facts:
  - text: "TODO: a key fact in your own words"
    source: "https://example.org/TODO"
{perspectives}related: []
reviewed: {today}
reviewer: "TODO: your desk or name"
"""
# A claim is contested by definition: each side's position, in its holder's words, attributed and sourced.
CLAIM_PERSPECTIVES = """perspectives:
  - holder: "TODO: who holds this position (a government, a group, a court)"
    view: "TODO: their position in their strongest terms, quoted or closely paraphrased"
    source: "https://example.org/TODO"
  - holder: "TODO: who holds the other position"
    view: "TODO: their position"
    source: "https://example.org/TODO"
"""
# Any other entry: positions only where a fact about it is contested.
OTHER_PERSPECTIVES = """# where a fact is contested, each side's position, attributed and sourced:
#   - holder: "who holds it"
#     view: "their position, in their words"
#     source: "https://..."
perspectives: []
"""


def schema_reference(entry_folder, project: Project) -> str:
    """The schema path as written in the file: relative, so it works in every clone of the repo."""
    in_repo = project.root / "explainer" / "schema" / "entry.schema.json"
    target = in_repo if in_repo.is_file() else SCHEMA_FILE
    return os.path.relpath(target, entry_folder).replace(os.sep, "/")


def _comment(text: str) -> str:
    return " ".join(text.split())


def from_suggestion(project: Project, name: str):
    """(title, comment lines) for a name `explainer suggest` lists, or (None, message) when it lists no such
    name or it is a misspelling of an entry that exists."""
    from explainer.commands.suggest import suggestions
    from explainer.structure.names import name_key
    rows = suggestions(project)
    if rows is None:
        return None, "fix the errors above first: `suggest` needs content that loads"
    row = next((r for r in rows if name_key(r.name) == name_key(name)), None)
    if row is None:
        close = difflib.get_close_matches(name, [r.name for r in rows], n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else "; run `explainer suggest` to see them"
        return None, f"'{name}' is not among the names `explainer suggest` finds{hint}"
    if row.near:
        return None, (f"'{row.name}' looks like a misspelling of the entry '{row.near}': correct the article, or "
                      f"add the spelling to that entry's aliases")
    times = f"{row.count} time{'s' if row.count != 1 else ''}"
    places = f"{len(row.articles)} article{'s' if len(row.articles) != 1 else ''}"
    lines = [f"# from `explainer suggest`: named {times} in {places}, e.g. in {_comment(row.example[0])}:",
             f"#   {_comment(row.example[1])}"]
    return row.name, lines


def run(project: Project, etype: str, title: str | None, entry_id: str | None = None,
        suggestion: str | None = None) -> int:
    if etype not in ENTRY_TYPES:
        close = difflib.get_close_matches(etype.lower(), ENTRY_TYPES, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        print(f"explainer new: type '{etype}' is not one of: {', '.join(ENTRY_TYPES)}{hint}", file=sys.stderr)
        return 1
    if suggestion is not None and title:
        print("explainer new: give a TITLE or --from-suggestion, not both (the suggestion's name is the title)",
              file=sys.stderr)
        return 1
    seen: list[str] = []
    if suggestion is not None:
        title, found = from_suggestion(project, suggestion)
        if title is None:
            print(f"explainer new: {found}", file=sys.stderr)
            return 1
        seen = found
    if not title or not title.strip():
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
                           today=today_input().isoformat(), seen="".join(line + "\n" for line in seen),
                           perspectives=CLAIM_PERSPECTIVES if etype == "claim" else OTHER_PERSPECTIVES)
    with open(path, "x", encoding="utf-8") as handle:  # "x": never overwrite, even in a race
        handle.write(text)
    print(f"wrote {project.rel(path)}; fill in the TODOs, then run `explainer check`")
    return 0

"""`explainer suggest`: names in articles with no entry, most widespread first, and likely misspellings."""

from __future__ import annotations

import json
import sys

from explainer.commands.content import load_content, match_content
from explainer.diagnostics import Report
from explainer.load.project import Project
from explainer.match.suggest import suggest


def suggestions(project: Project) -> list | None:
    """Every name `suggest` lists for the project, or None (its errors printed) when the content does not load."""
    report = Report()
    content = load_content(project, report)
    if not report.errors:
        match_content(project, content, report, need_finder=True)
    if report.errors or content.finder is None:
        report.print(quiet_info=True)
        return None
    return suggest(content.finder, content.matches)


def run(project: Project, as_json: bool = False, limit: int = 50) -> int:
    rows = suggestions(project)
    if rows is None:
        return 1
    results = rows[:limit]
    if as_json:
        json.dump([s.as_json() for s in results], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not results:
        print("No unlinked names found.")
        return 0
    rows = [("name", "articles", "mentions", "note", "example")]
    for s in results:
        note = f"near-miss of {s.near}" if s.near else "no entry"
        example = f"{s.example[0]}: {s.example[1]}"
        rows.append((s.name, str(len(s.articles)), str(s.count), note,
                     example if len(example) <= 100 else example[:97] + "..."))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        print("  ".join(r[i].ljust(widths[i]) for i in range(4)) + "  " + r[4])
    return 0

"""`explainer review ID --reviewer NAME`: record that an editor has checked an entry today.

Only the two lines ``reviewed:`` and ``reviewer:`` of the entry's file are rewritten, in place;
every other byte (comments, layout, quoting) stays as it was. A ``reviewer:`` line is added
after ``reviewed:`` when the file has none. The reviewer is whoever really checked the entry:
the command never invents one.
"""

from __future__ import annotations

import json
import re
import sys

from explainer.load.entries import ID_RE
from explainer.load.project import Project, today_input
from explainer.render.writer import write_atomic

REVIEWED = re.compile(r"^reviewed:[^\n]*$", re.M)
REVIEWER = re.compile(r"^reviewer:[^\n]*$", re.M)


def run(project: Project, entry_id: str, reviewer: str) -> int:
    if not ID_RE.fullmatch(entry_id or ""):
        print(f"explainer review: {entry_id!r} is not an entry id (kebab-case, as in the file name)", file=sys.stderr)
        return 1
    if not reviewer or not reviewer.strip():
        print("explainer review: say who reviewed it: --reviewer 'Jane Doe' (a person or a desk)", file=sys.stderr)
        return 1
    matches = sorted(project.context_dir.glob(f"*/{entry_id}.yaml"))
    if len(matches) != 1:
        print(f"explainer review: no entry '{entry_id}' in {project.rel(project.context_dir)}"
              if not matches else f"explainer review: '{entry_id}' is in several folders", file=sys.stderr)
        return 1
    path = matches[0]
    text = path.read_text(encoding="utf-8")
    if len(REVIEWED.findall(text)) != 1 or len(REVIEWER.findall(text)) > 1:
        print(f"{project.rel(path)}:1:1: error: expected one top-level 'reviewed:' line (and at most one "
              "'reviewer:'); fix the file, then run review again", file=sys.stderr)
        return 1
    today = today_input().isoformat()
    who = json.dumps(" ".join(reviewer.split()), ensure_ascii=False)
    text = REVIEWED.sub(f"reviewed: {today}", text, count=1)
    if REVIEWER.search(text):
        text = REVIEWER.sub(lambda m: f"reviewer: {who}", text, count=1)
    else:
        text = REVIEWED.sub(lambda m: f"{m.group(0)}\nreviewer: {who}", text, count=1)
    write_atomic(path, text.encode("utf-8"))
    print(f"{project.rel(path)}: reviewed {today} by {reviewer.strip()}")
    return 0

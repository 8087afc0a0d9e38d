"""`explainer build`: validate, generate the Markdown pages, and build the site with MkDocs."""

from __future__ import annotations

import sys
import time

from explainer.commands.content import load_content, match_content
from explainer.diagnostics import Report
from explainer.load.project import Project
from explainer.publish.mkdocs_site import PublishError, build_site
from explainer.render.export import export_json
from explainer.render.site import SiteRenderer
from explainer.render.writer import copy_tree_files, write_docs


def generate(project: Project, report: Report, strict: bool = False):
    """Load, check, match and write docs_dir; returns the write stats, or None when content has errors."""
    content = load_content(project, report)
    if report.errors:
        return None, content
    match_content(project, content, report)
    if report.failed(strict):
        return None, content  # nothing is written for content that fails the check
    pages: dict[str, bytes | str] = copy_tree_files(project.pages_dir)
    pages.update(SiteRenderer(project, content.entries, content.matches).pages())
    pages["export/mentions.json"] = export_json(content.entries, content.matches)
    return write_docs(project.docs_dir, pages), content


def run(project: Project, strict: bool = False, verbose: bool = False, site: bool = True) -> int:
    report = Report()
    started = time.perf_counter()
    stats, content = generate(project, report, strict)
    report.print(quiet_info=not verbose)
    if stats is None:
        print(f"build: stopped, {report.summary()}; nothing was written", file=sys.stderr)
        return 1
    generated = time.perf_counter() - started
    print(f"build: {len(content.articles)} articles, {len(content.entries)} entries -> "
          f"{project.rel(project.docs_dir)} ({stats.written} written, {stats.unchanged} unchanged, "
          f"{stats.removed} removed) in {generated:.2f}s", file=sys.stderr)
    if not site:
        return 0
    try:
        out = build_site(project, strict=strict, verbose=verbose)
    except PublishError as exc:
        print(str(exc), file=sys.stderr)
        print("build: the site was not built; the previous site/ is unchanged", file=sys.stderr)
        return 1
    print(f"build: site written to {project.rel(out)} in {time.perf_counter() - started:.2f}s", file=sys.stderr)
    return 0

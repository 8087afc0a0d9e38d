"""`explainer check`: validate content only; nothing is written."""

from __future__ import annotations

import sys

from explainer.commands.content import load_content, match_content
from explainer.diagnostics import Report
from explainer.load.project import Project


def run(project: Project, strict: bool = False, quiet: bool = False) -> int:
    report = Report()
    content = load_content(project, report)
    if not report.errors:
        match_content(project, content, report, need_finder=True)
    if not (project.operator and project.report_url):
        report.info(project.rel(project.config_file), 1, 1, "readers cannot see who runs this site or where to "
                    "report an error: set extra.explainer.operator and extra.explainer.report_url in mkdocs.yml")
    report.print(quiet_info=quiet)
    failed = report.failed(strict)
    print(f"check: {len(content.entries)} entries, {len(content.articles)} articles: {report.summary()}"
          + (" (strict: warnings fail)" if strict and report.warnings else ""), file=sys.stderr)
    return 1 if failed else 0

"""MkDocs hook used by `explainer serve`: regenerate the Markdown before every (re)build.

MkDocs' own live-reload server watches content/ and site_templates/ for us; on a
change it rebuilds, this hook runs first, rewrites only the pages whose text
changed, and the browser reloads. Content with errors keeps the last good pages.
"""

from __future__ import annotations

import logging
import os

from explainer.commands.build import generate
from explainer.diagnostics import Report
from explainer.load.project import load_project

log = logging.getLogger("mkdocs.plugins.explainer")


def on_pre_build(config, **kwargs):
    project = load_project(config.config_file_path)
    project.drafts = os.environ.get("EXPLAINER_SERVE_DRAFTS") == "1"
    report = Report()
    stats, content = generate(project, report, strict=os.environ.get("EXPLAINER_SERVE_STRICT") == "1")
    report.print(quiet_info=True)
    if stats is None:
        log.warning("explainer: content has errors (above); showing the last good pages")
    else:
        log.info(f"explainer: {stats.written} page(s) regenerated, {stats.unchanged} unchanged")

"""`explainer build`: validate, generate the Markdown pages, and build the site with MkDocs."""

from __future__ import annotations

import os
import sys
import time

from explainer.cache import BuildCache
from explainer.commands.content import load_content, match_content
from explainer.diagnostics import Report
from explainer.load.project import Project
from explainer.publish.mkdocs_site import PublishError, build_site
from explainer.render.export import export_digest, export_json
from explainer.render.site import SiteRenderer
from explainer.render.writer import DocsWriter, copy_tree_files


def show_progress() -> bool:
    """Progress lines on an interactive terminal; none in CI logs or when piped."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def generate(project: Project, report: Report, strict: bool = False, use_cache: bool = True,
             progress: bool = False):
    """Load, check, match and write docs_dir; returns the write stats, or None when content has errors.

    With the cache (build/explainer-cache.pickle), only files, articles and pages
    whose inputs changed since the last build are parsed, matched and rendered.
    """
    clock = Clock(progress)
    cache = BuildCache.open(project.cache_file) if use_cache else BuildCache()
    content = load_content(project, report, cache=cache)
    clock.lap("load")
    if report.errors:
        cache.save()
        return None, content
    match_content(project, content, report, cache=cache, clock=clock)
    clock.lap("match")
    if report.failed(strict):
        cache.save()
        return None, content  # nothing is written for content that fails the check
    renderer = SiteRenderer(project, content.entries, content.matches)
    writer = DocsWriter(project.docs_dir)
    for rel, data in copy_tree_files(project.pages_dir).items():
        writer.write(rel, data)
    rendered = renderer.write(writer, cache.pages)
    writer.keep = set(renderer.keep)
    export = "export/mentions.json"
    renderer.digests[export] = export_digest(content.entries, content.matches)
    if cache.pages.get(export) == renderer.digests[export] and (project.docs_dir / export).is_file():
        writer.keep.add(export)
    else:
        writer.write(export, export_json(content.entries, content.matches))
    clock.lap("render and write")
    stats = writer.close()
    stats.reused = len(renderer.keep)
    stats.rendered = sorted(rendered)
    cache.pages = renderer.digests
    cache.save()
    clock.lap("finish")
    stats.timings = clock.laps
    return stats, content


class Clock:
    """Seconds spent in each stage, for `build -v` and the benchmark; announced as they end on a terminal."""

    DONE = {"load": "content loaded and checked", "pipeline": "spaCy pipeline ready", "match": "articles matched",
            "render and write": "pages generated and written", "finish": "cache saved"}

    def __init__(self, announce: bool = False):
        self.laps: dict[str, float] = {}
        self.announce = announce
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = now - self._last
        self._last = now
        if self.announce:
            print(f"build: {self.DONE.get(name, name)} ({self.laps[name]:.1f}s)", file=sys.stderr, flush=True)


def run(project: Project, strict: bool = False, verbose: bool = False, site: bool = True) -> int:
    report = Report()
    started = time.perf_counter()
    stats, content = generate(project, report, strict, progress=show_progress())
    report.print(quiet_info=not verbose)
    if stats is None:
        print(f"build: stopped, {report.summary()}; nothing was written", file=sys.stderr)
        return 1
    generated = time.perf_counter() - started
    print(f"build: {len(content.articles)} articles ({content.rematched} matched), {len(content.entries)} entries "
          f"-> {project.rel(project.docs_dir)}: {len(stats.rendered)} pages generated, {stats.reused} unchanged, "
          f"{stats.written} files written, {stats.removed} removed, in {generated:.2f}s", file=sys.stderr)
    if verbose:
        print("build: " + ", ".join(f"{k} {v:.2f}s" for k, v in stats.timings.items()), file=sys.stderr)
    if not site:
        return 0
    if show_progress():
        print("build: building the site with MkDocs...", file=sys.stderr, flush=True)
    try:
        out = build_site(project, strict=strict, verbose=verbose)
    except PublishError as exc:
        print(str(exc), file=sys.stderr)
        print("build: the site was not built; the previous site/ is unchanged", file=sys.stderr)
        return 1
    print(f"build: site written to {project.rel(out)} in {time.perf_counter() - started:.2f}s", file=sys.stderr)
    return 0

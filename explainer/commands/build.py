"""`explainer build`: validate, generate the Markdown pages, and build the site with MkDocs."""

from __future__ import annotations

import contextlib
import fcntl
import gc
import hashlib
import tempfile
import os
import shutil
import sys
import time
from pathlib import Path

import jinja2

from explainer.cache import BuildCache
from explainer.commands.content import Content, load_content, match_content, prepare_pipeline
from explainer.diagnostics import Report
from explainer.load.files import file_stamp
from explainer.load.project import Project
from explainer.publish import incremental
from explainer.publish.mkdocs_site import PublishError, build_site
from explainer.render.export import export_digest, export_json
from explainer.render.safe import safe_markdown
from explainer.render.site import SiteRenderer
from explainer.load.project import _line_of, output_dir_problems, today_input
from explainer.parallel import WorkerError, default_workers, started
from explainer.render.writer import SERVE_DIR, DocsWriter, copy_tree_files, docs_files, foreign_files


GENERATED_FOLDERS = ("articles", "context", "export")


class Session:
    """What a long-running process (`serve`) keeps between one generation and the next: what each content
    file gave when it was parsed (load.memo.LoadMemo), and the build cache as it saved it, which it does not
    read back while the files on disk are the ones it wrote. A one-off build has no session."""

    def __init__(self):
        from explainer.load.memo import LoadMemo
        self.memo = LoadMemo()
        self._cache: BuildCache | None = None
        self._stamp = None

    @staticmethod
    def _stat(cache: BuildCache):
        return tuple(file_stamp(p) if p else None for p in (cache.path, cache.matches_path))

    def open_cache(self, project: Project) -> BuildCache:
        kept = self._cache
        if kept is not None and kept.path == project.cache_file and self._stamp == self._stat(kept):
            return kept
        return BuildCache.open(project.cache_file, project.spacy_model, project.root)

    def saved(self, cache: BuildCache) -> None:
        cache.matches_changed = False  # (what is on disk now is what it holds)
        cache.warnings = []
        self._cache, self._stamp = cache, self._stat(cache)


def template_error(project: Project, exc) -> str:
    """A template that does not compile or render, as ``path:line:1: error: message``."""
    name = getattr(exc, "filename", None) or getattr(exc, "name", None) or "template"
    path = Path(name)
    if not path.is_absolute():
        path = project.templates_dir / "pages" / name
    line = getattr(exc, "lineno", None) or 1
    return f"{project.rel(path)}:{line}:1: error: template: {getattr(exc, 'message', None) or exc}"


@contextlib.contextmanager
def build_lock(project: Project):
    """One build of a project at a time: a second one waits for the first (builds never corrupt each
    other's docs_dir, cache or site swap). The lock is the kernel's, on a file in the system's temporary
    folder named after the project (nothing is written into a project before its settings are checked),
    so it is released even when a build is killed."""
    name = hashlib.sha1(str(project.root).encode("utf-8")).hexdigest()[:16]
    try:
        handle = open(Path(tempfile.gettempdir()) / f"explainer-{name}.lock", "a+")
    except OSError:
        yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def show_progress() -> bool:
    """Progress lines on an interactive terminal; none in CI logs or when piped."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def generate(project: Project, report: Report, strict: bool = False, use_cache: bool = True,
             progress: bool = False, site: bool = False, serving: bool = False, session: Session | None = None):
    """Load, check, match and write docs_dir; returns the write stats, or None when content has errors.

    With the cache (build/explainer-cache*.json), only articles and pages
    whose inputs changed since the last build are matched and rendered; with a ``session`` (serve), only
    files whose text changed since the last generation are parsed.
    """
    clock = Clock(progress)
    problems = output_dir_problems(project)
    present = None  # every file in docs_dir, listed once: for the check below and for the pages to keep
    if not problems:
        present = docs_files(project.docs_dir)
        foreign = foreign_files(project.docs_dir, present)
        if foreign:
            listed = ", ".join(project.rel(project.docs_dir / f) for f in foreign[:5])
            more = f" and {len(foreign) - 5} more" if len(foreign) > 5 else ""
            problems.append(
                f"{project.rel(project.config_file)}:{_line_of(project.config_text, 'docs_dir')}:1: error: docs_dir "
                f"'{project.rel(project.docs_dir)}' holds files the explainer did not write ({listed}{more}); it "
                "writes and removes files there, so point docs_dir at a folder of its own (such as build/docs) "
                "and move your own pages into content/pages/. If the folder only holds pages an earlier version "
                "of the explainer wrote, delete it.")
    if problems:  # before anything is read or written: not even the cache
        for problem in problems:
            report.add_formatted(problem)
        return None, Content()
    if not serving:  # the preview's error overlay (`serve --engine zensical` keeps it up) is never published
        shutil.rmtree(project.docs_dir / SERVE_DIR, ignore_errors=True)
    if not use_cache:
        cache = BuildCache()
    elif session is not None:
        cache = session.open_cache(project)
    else:
        cache = BuildCache.open(project.cache_file, project.spacy_model, project.root)
    for path, message in cache.warnings:
        report.warning(project.rel(path), 1, 1, message)
    # Entry files are read by worker processes. A first or clean build (nothing matched before) matches every
    # article, so meanwhile this process imports spaCy and makes the pipeline: one core each.
    ahead = not cache.matches and session is None
    prepared = []

    def read_beside(read, paths):
        workers = default_workers()
        with started(read, paths, workers - 1 if ahead else workers) as results:
            if ahead:
                prepared.append(prepare_pipeline(project))
            return results()

    content = load_content(project, report, memo=session.memo if session is not None else None,
                           map_files=read_beside if session is None else None)
    content.pipeline = prepared[0] if prepared else None
    clock.lap("load")
    if report.errors:
        cache.save()
        return None, content
    # What was loaded lives as long as the generation: keep it out of the garbage collector's passes while
    # articles are matched and pages rendered (every pass would walk it again, in each worker too). Not in a
    # process that froze its objects already (`serve` does, between rebuilds).
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    try:
        return _generate_rest(project, report, strict, site, content, cache, session, clock, use_cache, present)
    finally:
        if freeze:
            gc.unfreeze()


def _generate_rest(project, report, strict, site, content, cache, session, clock, use_cache, present=None):
    match_content(project, content, report, cache=cache, clock=clock)
    clock.lap("match")
    if not project.drafts:  # checked and matched like any article, published nowhere
        content.matches = [m for m in content.matches if not m.article.draft]
    if report.failed(strict):
        cache.save()
        return None, content  # nothing is written for content that fails the check
    if site and project.site_dir.exists() and not project.site_dir.is_dir():
        report.add_formatted(f"{project.rel(project.config_file)}:{_line_of(project.config_text, 'site_dir')}:1: "
                             f"error: site_dir '{project.rel(project.site_dir)}' is a file, not a folder; move it "
                             "away or choose another site_dir")
    if report.errors:
        cache.save()
        return None, content
    pages = copy_tree_files(project.pages_dir)
    for rel in pages:
        if rel == "index.md" or rel.split("/", 1)[0] in GENERATED_FOLDERS:
            report.error(project.rel(project.pages_dir / rel), 1, 1, f"{rel} is generated by the explainer (so "
                         "are the home page and every page under articles/, context/ and export/); rename this "
                         "page, e.g. welcome.md, and add it to nav in mkdocs.yml")
    if report.errors:
        cache.save()
        return None, content
    renderer = SiteRenderer(project, content.entries, content.matches, content.publishers)
    try:  # every template compiles before a page is written
        for name in renderer.env.list_templates(extensions=["j2"]):
            renderer.env.get_template(name)
    except jinja2.TemplateError as exc:
        report.add_formatted(template_error(project, exc))
        return None, content
    writer = DocsWriter(project.docs_dir, present=present)
    for rel, data in pages.items():
        if rel.endswith(".md"):  # an editor's page is made safe like an article (engine-neutral)
            data = safe_markdown(data.decode("utf-8", "replace")).encode("utf-8")
        writer.write(rel, data)
    rendered = renderer.write(writer, cache.pages, present)
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
    if session is not None and use_cache:
        session.saved(cache)
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


def run(project: Project, strict: bool = False, verbose: bool = False, site: bool = True,
        clean: bool = False) -> int:
    with build_lock(project):
        try:
            return _run(project, strict, verbose, site, clean)
        except WorkerError as exc:
            print(f"build: error: {exc}; the previous site/ is unchanged", file=sys.stderr)
            return 1
        except OSError as exc:  # a read-only or full disk, a file where a folder must go
            where = project.rel(exc.filename) if exc.filename else project.rel(project.docs_dir)
            print(f"{where}:1:1: error: cannot write: {exc.strerror or exc}; check the folder's permissions "
                  "and free space (the previous site/ is unchanged)", file=sys.stderr)
            return 1


def _run(project: Project, strict: bool, verbose: bool, site: bool, clean: bool = False) -> int:
    if site and project.engine == "zensical":
        from explainer.publish import zensical_site
        if not zensical_site.available():  # before anything is generated: one clear message
            print(zensical_site.not_installed(project), file=sys.stderr)
            return 1
    started = time.perf_counter()
    if site:  # what the last build was made from (publish/incremental.py)
        state = {} if clean else incremental.read_state(project)
        key = incremental.site_key(project, strict)
        inputs = incremental.inputs_key(project, key, today_input(), project.drafts)
        same = incremental.unchanged(project, state, inputs)
        if same is not None:
            Report(items=same).print(quiet_info=not verbose)
            print(f"build: nothing changed since the last build; {project.rel(project.site_dir)} is up to date "
                  f"({time.perf_counter() - started:.2f}s)", file=sys.stderr)
            return 0
    report = Report()
    stats, content = generate(project, report, strict, progress=show_progress(), site=site)
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
    # What generation loaded is not needed to publish. Let it go, and keep what is left out of the garbage
    # collector's passes: MkDocs allocates a great deal, and every pass would walk an archive's worth of
    # objects again (at 10,000 articles that cost MkDocs about a fifth more time).
    del content, stats
    gc.collect()
    gc.freeze()
    engine = "Zensical" if project.engine == "zensical" else "MkDocs"
    if show_progress():
        print(f"build: building the site with {engine}...", file=sys.stderr, flush=True)
    docs = incremental.files_state(project.docs_dir)  # what the site is built from
    plans = []

    def reuse(config):
        plan, why = incremental.plan(project, state, key, docs, list(config["plugins"].keys()))
        if plan is None and verbose:
            print(f"build: a clean build of the site: {why}", file=sys.stderr)
        plans.append(plan)
        return plan

    try:
        if project.engine == "zensical":
            from explainer.publish.zensical_site import build_site as build_with_zensical
            out = build_with_zensical(project, strict=strict, verbose=verbose)
        else:
            out = build_site(project, strict=strict, verbose=verbose, reuse=reuse, workers=default_workers())
    except PublishError as exc:
        print(str(exc), file=sys.stderr)
        print("build: the site was not built; the previous site/ is unchanged", file=sys.stderr)
        return 1
    finally:
        gc.unfreeze()  # (a process that builds again, such as the tests, collects them after all)
    incremental.write_state(project, key, inputs, docs, report.sorted())
    plan = plans[0] if plans else None
    how = ""
    if plan is not None and plan.active:
        how = f" ({plan.rebuilt_pages} pages built, {len(plan.kept_pages)} reused from the previous site)"
    elif plan is not None and verbose:
        print(f"build: a clean build of the site: {plan.why or 'the previous site could not be copied'}",
              file=sys.stderr)
    print(f"build: site written to {project.rel(out)}{how} in {time.perf_counter() - started:.2f}s",
          file=sys.stderr)
    return 0

"""`explainer serve`: a live preview that follows edits to entries, articles and templates."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from explainer.load.project import Project
from explainer.publish.mkdocs_site import _logging


def run(project: Project, dev_addr: str = "127.0.0.1:8000", strict: bool = False) -> int:
    if project.engine == "zensical":
        return run_zensical(project, dev_addr, strict)
    from mkdocs import exceptions
    from mkdocs.commands.serve import serve

    _logging(verbose=True)
    # MkDocs lists every folder it watches, the theme's inside site-packages included: the explainer says
    # which of the editor's folders it follows instead (below)
    logging.getLogger("mkdocs.livereload").addFilter(
        lambda record: "Watching paths for changes" not in record.getMessage()[:50])
    project.docs_dir.mkdir(parents=True, exist_ok=True)  # MkDocs wants it before the first build
    os.environ["EXPLAINER_SERVE_STRICT"] = "1" if strict else "0"
    os.environ["EXPLAINER_SERVE_DRAFTS"] = "1"  # the preview shows drafts
    hook = Path(__file__).resolve().parent / "serve_hook.py"
    watch = [str(project.content_dir), str(project.templates_dir)]
    print(f"serving {project.rel(project.root) or '.'} at http://{dev_addr}/ ; edits to "
          f"{project.rel(project.content_dir)}/ and {project.rel(project.templates_dir)}/ reload the page",
          file=sys.stderr)
    try:
        # "dirty": MkDocs skips the pages the explainer plugin keeps from the last rebuild (publish/incremental.py)
        serve(config_file=str(project.config_file), livereload=True, build_type="dirty", watch_theme=True,
              watch=watch, dev_addr=dev_addr, hooks=[str(hook)], strict=strict)
    except (exceptions.Abort, exceptions.ConfigurationError) as exc:
        print(f"explainer serve: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0


def _snapshot(project: Project) -> dict:
    """What the preview follows: every file under content/ and the templates, with its size and time."""
    seen = {}
    for folder in (project.content_dir, project.templates_dir):
        for path in folder.rglob("*"):
            try:
                st = path.stat()
            except OSError:
                continue
            seen[str(path)] = (st.st_mtime_ns, st.st_size)
    return seen


def run_zensical(project: Project, dev_addr: str, strict: bool) -> int:
    """Zensical's own server previews the generated pages and reloads the browser when they change; the
    explainer regenerates them whenever content or templates change (keeping the last good pages while
    the content has errors)."""
    import subprocess
    import time

    from explainer.commands.build import generate
    from explainer.diagnostics import Report
    from explainer.publish import zensical_site

    if not zensical_site.available():
        print(zensical_site.not_installed(project, "serve"), file=sys.stderr)
        return 1

    def regenerate() -> bool:
        report = Report()
        stats, _ = generate(project, report, strict)
        report.print(quiet_info=True)
        if stats is None:
            print("explainer: content has errors (above); showing the last good pages", file=sys.stderr)
        return stats is not None

    if not regenerate():
        return 1
    config = zensical_site.zensical_config(project, project.docs_dir.parent / ".serve-site")
    print(f"serving {project.rel(project.root) or '.'} with Zensical at http://{dev_addr}/ ; edits to "
          f"{project.rel(project.content_dir)}/ and {project.rel(project.templates_dir)}/ reload the page",
          file=sys.stderr)
    proc = subprocess.Popen([sys.executable, "-m", "zensical", "serve", "-f", str(config), "-a", dev_addr],
                            cwd=config.parent)
    seen = _snapshot(project)
    try:
        while proc.poll() is None:
            time.sleep(0.5)
            now = _snapshot(project)
            if now != seen:
                seen = now
                regenerate()
    except KeyboardInterrupt:
        pass
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    return 0

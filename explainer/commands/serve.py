"""`explainer serve`: a live preview that follows edits to entries, articles and templates."""

from __future__ import annotations

import gc
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from explainer.load.project import Project
from explainer.publish.mkdocs_site import _logging
from explainer.render.writer import SERVE_DIR


_SESSIONS: dict = {}
TIDY: dict = {}  # the timer of the next memory tidying (serve_hook._tidy_later)
# A quick rebuild that regenerated the Markdown and then found that only a whole rebuild would do: the
# errors that generation found (a list, empty for none), for the whole rebuild, which does not regenerate
# again. None when the next rebuild must regenerate. (MkDocs loads the serve hook anew for every rebuild, so
# what must outlive one lives here.)
REGENERATED: dict = {"errors": None}


def tidy_memory() -> None:
    """One full garbage collection, then what survives kept out of the collector's later passes
    (``gc.freeze``): see serve_hook._tidy_later. Unfrozen first, so that what the last rebuilds left
    behind is collected too."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def session_for(project: Project):
    """The preview's session for this project (commands.build.Session), kept for the life of the process:
    MkDocs loads the serve hook anew for every rebuild, so the hook keeps nothing of its own."""
    from explainer.commands.build import Session
    return _SESSIONS.setdefault(str(project.root), Session())


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


OVERLAY_JS = """// Written by explainer serve: shows the content's errors at the top of the page until they are fixed.
// (It asks for the list every second: the preview reloads the page for changed pages, not for this list.)
(function () {
  var here = document.currentScript && document.currentScript.src;
  if (!here) { return; }
  var url = new URL("errors.json", here);
  var shown = null;
  function show(errors) {
    var key = JSON.stringify(errors);
    if (key === shown) { return; }
    shown = key;
    var old = document.querySelector(".xp-build-error");
    if (old) { old.remove(); }
    if (!errors.length) { return; }
    var box = document.createElement("div");
    box.className = "xp-build-error";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:sticky;top:0;z-index:1000;background:#b71c1c;color:#fff;" +
      "padding:0.8rem 1rem;font:14px/1.4 monospace";
    var title = document.createElement("strong");
    title.textContent = "explainer: the content has errors; this page shows the last good build.";
    box.appendChild(title);
    var list = document.createElement("ul");
    errors.slice(0, 20).forEach(function (message) {
      var item = document.createElement("li");
      item.textContent = message;
      list.appendChild(item);
    });
    box.appendChild(list);
    document.body.insertBefore(box, document.body.firstChild);
  }
  function check() {
    fetch(url, {cache: "no-store"}).then(function (r) { return r.ok ? r.json() : []; })
      .then(show).catch(function () {});
  }
  check();
  setInterval(check, 1000);
})();
"""


def write_error_overlay(project: Project, errors: list[str]) -> None:
    """The preview's error overlay under Zensical (no page hook there): a script every page loads and the
    list of errors it shows (empty once fixed), beside the generated pages; every build removes them."""
    folder = project.docs_dir / SERVE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "errors.js"
    if not script.is_file() or script.read_text(encoding="utf-8") != OVERLAY_JS:
        script.write_text(OVERLAY_JS, encoding="utf-8")
    listed = folder / "errors.json"
    data = json.dumps(errors, ensure_ascii=False)
    if not listed.is_file() or listed.read_text(encoding="utf-8") != data:
        listed.write_text(data, encoding="utf-8")


def run_zensical(project: Project, dev_addr: str, strict: bool) -> int:
    """Zensical's own server previews the generated pages and reloads the browser when they change; the
    explainer regenerates them whenever content or templates change (keeping the last good pages while
    the content has errors)."""
    from explainer.commands.build import generate
    from explainer.diagnostics import Report
    from explainer.publish import zensical_site

    session = session_for(project)  # files parsed and the build cache, kept between regenerations

    if not zensical_site.available():
        print(zensical_site.not_installed(project, "serve"), file=sys.stderr)
        return 1

    def regenerate() -> bool:
        report = Report()
        stats, _ = generate(project, report, strict, serving=True, session=session)
        report.print(quiet_info=True)
        errors = [] if stats is not None else [d.format() for d in sorted(set(report.items))
                                               if d.severity == "error"] or ["the content has errors; see the terminal"]
        if stats is None:
            print("explainer: content has errors (above); showing the last good pages", file=sys.stderr)
        write_error_overlay(project, errors)
        tidy_memory()  # (Zensical serves from its own process: nobody waits for this one)
        return stats is not None

    if not regenerate():
        return 1
    config = zensical_site.zensical_config(project, project.docs_dir.parent / ".serve-site",
                                           extra_javascript=(f"{SERVE_DIR}/errors.js",))
    print(f"serving {project.rel(project.root) or '.'} with Zensical at http://{dev_addr}/ ; edits to "
          f"{project.rel(project.content_dir)}/ and {project.rel(project.templates_dir)}/ reload the page",
          file=sys.stderr)
    proc = subprocess.Popen([sys.executable, "-m", "zensical", "serve", "-f", str(config), "-a", dev_addr],
                            cwd=config.parent)
    seen = _snapshot(project)
    def stop(signum, frame):  # stopped by its supervisor: end as on Ctrl-C, removing the preview's files
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
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
        shutil.rmtree(project.docs_dir / SERVE_DIR, ignore_errors=True)  # the preview's own files only
    return 0

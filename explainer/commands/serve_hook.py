"""MkDocs hook used by `explainer serve`: regenerate the Markdown before every (re)build.

MkDocs' own live-reload server watches content/ and site_templates/ for us; on a
change it rebuilds, this hook runs first, rewrites only the pages whose text
changed, and the browser reloads. Content with errors keeps the last good pages.
"""

from __future__ import annotations

import html
import logging
import os
import threading

from explainer.commands.build import generate
from explainer.commands.serve import session_for
from explainer.diagnostics import Report
from explainer.load.project import load_project

log = logging.getLogger("mkdocs.plugins.explainer")


def on_pre_build(config, **kwargs):
    _tidy_later(None)  # (a save while the last rebuild's memory is being tidied: the rebuild goes first)
    project = load_project(config.config_file_path)
    project.drafts = os.environ.get("EXPLAINER_SERVE_DRAFTS") == "1"
    report = Report()
    stats, content = generate(project, report, strict=os.environ.get("EXPLAINER_SERVE_STRICT") == "1",
                              session=session_for(project))
    report.print(quiet_info=True)
    global _FAILED
    if stats is None:
        log.warning("explainer: content has errors (above); showing the last good pages")
        _FAILED = [d.format() for d in sorted(set(report.items)) if d.severity == "error"] or [
            "the content has errors; see the terminal"]
    else:
        _FAILED = []
        took = sum(stats.timings.values())
        log.info(f"explainer: {stats.written} page(s) regenerated, {stats.unchanged} unchanged, in {took:.1f}s")
    config._explainer_failed = bool(_FAILED)  # every page shows the errors: the explainer plugin rebuilds all


def on_post_build(config, **kwargs):
    _tidy_later(2.0)


def _tidy_later(delay: float | None) -> None:
    """Tidy the preview's memory once the page has reloaded: the session (every entry and article parsed,
    every article's matches) is an archive's worth of objects, and each pass of the garbage collector
    during a rebuild would walk them all again (at 10,000 articles, seconds of every rebuild). So, a moment
    after a rebuild, one full collection runs while nobody waits, and what survives it is frozen out of
    the collector's passes until the next time (``gc.freeze``); a rebuild only walks what it made itself."""
    from explainer.commands import serve

    timer = serve.TIDY.pop("timer", None)
    if timer is not None:
        timer.cancel()
    if delay is not None:
        timer = serve.TIDY["timer"] = threading.Timer(delay, serve.tidy_memory)
        timer.daemon = True
        timer.start()


def on_serve(server, config, builder, **kwargs):
    """The generated folder is the explainer's output, written by every rebuild: watching it too would make
    each save rebuild twice (and reload the browser twice). content/ and site_templates/ are watched."""
    server.unwatch(config.docs_dir)
    _native_watcher(server)
    return server


def _native_watcher(server) -> None:
    """MkDocs watches by polling: every half second it lists and stats every file under the watched folders,
    which at archive size (tens of thousands of articles and entries) takes a core away from the rebuild.
    Where the operating system reports changes itself (inotify, FSEvents, ...), watchdog's native observer
    is used instead; where it cannot watch a folder, MkDocs' polling stays. (Called before MkDocs adds the
    project's own folders, content/ and site_templates/, which then go to whichever observer is in place.)"""
    import watchdog.observers
    import watchdog.observers.polling

    polling = getattr(server, "observer", None)
    counts = dict(getattr(server, "_watched_paths", None) or {})
    if not isinstance(polling, watchdog.observers.polling.PollingObserver) \
            or watchdog.observers.Observer is watchdog.observers.polling.PollingObserver:
        return

    def watch_all(observer) -> None:
        server.observer = observer
        for path, n in counts.items():
            for _ in range(n):
                server.watch(path)

    def move_to(observer) -> None:
        for path, n in counts.items():
            for _ in range(n):
                server.unwatch(path)
        watch_all(observer)

    import watchdog.events as ev

    changes = [ev.FileCreatedEvent, ev.FileDeletedEvent, ev.FileModifiedEvent, ev.FileMovedEvent,
               ev.FileClosedEvent, ev.DirCreatedEvent, ev.DirDeletedEvent, ev.DirMovedEvent]

    class ChangesOnly(watchdog.observers.Observer):
        """Reports a file written, created, removed or moved; not a file opened or read (each rebuild reads
        the theme's templates, which would start another rebuild)."""

        def schedule(self, handler, path, *, recursive=False, **kwargs):
            return super().schedule(handler, path, recursive=recursive, event_filter=changes)

    try:
        move_to(ChangesOnly())
    except (OSError, TypeError) as exc:  # (out of inotify watches; a watchdog without event filters): MkDocs'
        # polling, as it was
        log.info(f"explainer: the system cannot watch the files ({exc}); polling them instead")
        server._watched_paths, server._watch_refs = {}, {}
        watch_all(polling)


_FAILED: list[str] = []  # the errors of the last regeneration, shown in every page until they are fixed


def on_post_page(output, page, config, **kwargs):
    """In the preview, an error in a saved file shows in the browser, at the top of every page, with its
    path:line:col and message (escaped: it is text the editor wrote), until the file is fixed."""
    if not _FAILED:
        return output
    items = "".join(f"<li>{html.escape(m)}</li>" for m in _FAILED[:20])
    more = f"<li>and {len(_FAILED) - 20} more (see the terminal)</li>" if len(_FAILED) > 20 else ""
    overlay = ('<div class="xp-build-error" role="alert" style="position:sticky;top:0;z-index:1000;'
               'background:#b71c1c;color:#fff;padding:0.8rem 1rem;font:14px/1.4 monospace">'
               "<strong>explainer: the content has errors; this page shows the last good build.</strong>"
               f"<ul style=\"margin:0.4rem 0 0 1.2rem\">{items}{more}</ul></div>")
    at = output.find(">", output.find("<body")) + 1 if "<body" in output else 0
    return output[:at] + overlay + output[at:]

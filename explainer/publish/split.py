"""Share a clean MkDocs build's pages between processes: MkDocs builds one page at a time, on one core.

MkDocs reads and renders every page in one process. An archive's pages are independent of each other
once the navigation is known: a generated page that is not in the navigation is read by no other page
(the navigation's titles are the only thing every page shows of another). So ``explainer build`` shares
those pages out:

1. when MkDocs has built the navigation (the explainer plugin's ``on_nav``), the build forks one worker
   per extra core; each worker and the main process take every Nth shareable page;
2. each process reads and renders only its own share (MkDocs' "dirty" mode skips a page whose
   ``is_modified()`` says no; the share is made by answering that question per file). Workers also read
   the pages in the navigation, for their titles, but write only their share: no asset, no theme page,
   no sitemap;
3. each worker's search plugin writes the index of its pages into a folder of its own, which the worker
   sends back with its log messages, and exits;
4. the main process puts the search index together in the order a one-process build writes it, and
   logs the workers' messages (so ``--strict`` counts them).

The result is the site a one-process build makes, byte for byte (``tests/test_split_publish.py``). The
share is used only where that can be vouched for: a clean ``explainer build`` (not ``serve``, not a plain
``mkdocs build``), with no plugin other than the search plugin and the explainer's, anchor checks that
cannot fail the build, one thread, ``fork`` available, and enough pages to be worth a process. A worker
that fails makes the whole build run again in one process, which reports the failure as MkDocs does.
"""

from __future__ import annotations

import logging
import os
import pickle
import shutil
import tempfile
from pathlib import Path

from explainer.parallel import can_fork
from explainer.publish.incremental import KNOWN_PLUGINS, _by_page, _read_json, page_url, write_search_index

MIN_PAGES = 200  # below this many shareable pages a worker costs more than it saves


def _never() -> bool:
    return False


def _always() -> bool:
    return True


class Failed(Exception):
    """A worker did not finish its share."""


class Split:
    """One build's sharing of pages; ``index`` is 0 in the main process and k in worker k."""

    def __init__(self, workers: int, shares: list[list], nav_files: list):
        self.workers = workers
        self.shares = shares          # shares[k]: the File objects process k renders (0: this process)
        self.nav_files = nav_files
        self.index = 0
        self.children: list[tuple[int, int]] = []  # (pid, read end of its pipe)
        self.private: Path | None = None
        self.records: list[logging.LogRecord] = []
        self.own: set[int] = set()  # in a worker: ids of the File objects of its share

    @property
    def is_worker(self) -> bool:
        return self.index != 0

    # -- in the main process ---------------------------------------------------------------------

    def start(self, files, config) -> None:
        """Fork the workers, then leave this process only its own share of the shareable pages."""
        for k in range(1, self.workers):
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read)
                self._become_worker(k, write, files, config)
                return
            os.close(write)
            self.children.append((pid, read))
        for share in self.shares[1:]:
            for f in share:
                f.is_modified = _never  # another process renders it

    def collect(self, files, config) -> None:
        """After this process's pages and search index: wait for the workers, log their messages, and
        write the search index of the whole site."""
        results = []
        failed = None
        for pid, read in self.children:
            with os.fdopen(read, "rb") as pipe:
                data = pipe.read()
            _, status = os.waitpid(pid, 0)
            try:
                result = pickle.loads(data) if data else None
            except Exception:  # noqa: BLE001 - a worker cut short
                result = None
            if result is None or status != 0 or result.get("error"):
                failed = failed or (result or {}).get("error") or f"a worker process stopped (status {status})"
            results.append(result)
        self.children = []
        if failed:
            raise Failed(failed)
        for result in results:
            for record in result["records"]:
                logging.getLogger(record.name).handle(record)
        path = Path(config["site_dir"]) / "search" / "search_index.json"
        if path.is_file():
            whole = _read_json(path)
            if whole is None or any(r["index"] is None for r in results):
                raise Failed("a search index could not be read")
            by_page = _by_page(whole.get("docs", []))
            for result in results:
                for url, entries in _by_page(result["index"].get("docs", [])).items():
                    by_page.setdefault(url, []).extend(entries)
            docs = []
            for f in files.documentation_pages():
                docs.extend(by_page.pop(page_url(f), []))
            if by_page:
                raise Failed("the search index has entries of no page")
            write_search_index(path, whole, docs)
        shared = sum(len(share) for share in self.shares[1:])
        logging.getLogger("mkdocs.plugins.explainer").info(
            f"explainer: {shared} of the site's pages rendered by {self.workers - 1} worker process(es)")

    def abandon(self) -> None:
        """The main process failed first: stop the workers and wait for them."""
        for pid, read in self.children:
            try:
                os.kill(pid, 9)
            except ProcessLookupError:
                pass
            os.close(read)
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
        self.children = []

    # -- in a worker --------------------------------------------------------------------------------

    def _become_worker(self, k: int, write: int, files, config) -> None:
        self.index = k
        self.write_fd = write
        for _, read in self.children:
            os.close(read)  # the pipes of the workers forked before this one
        self.children = []
        own = self.own = {id(f) for f in self.shares[k]}
        read_too = {id(f) for f in self.nav_files}  # their titles show in every page's navigation
        for f in files:
            if id(f) in own or id(f) in read_too:
                f.is_modified = _always
            else:
                f.is_modified = _never  # not this worker's: not read, not rendered, not copied
        config.theme.static_templates = set()  # the sitemap and the 404 page are the main process's
        config["extra_templates"] = []
        collector = _Collector(self.records)
        for name in ("", "mkdocs"):
            logger = logging.getLogger(name)
            logger.handlers = [collector]

    def render_phase(self) -> None:
        """Before MkDocs renders pages (``on_env``): a worker renders only its share, not the navigation's
        pages it read."""
        if self.is_worker:
            for f in self.nav_files:
                if id(f) not in self.own:
                    f.is_modified = _never

    def before_index(self, config) -> None:
        """A worker's search plugin writes the index of its pages into a folder of its own."""
        if self.is_worker:
            self.private = Path(tempfile.mkdtemp(prefix=".explainer-share-"))
            config["site_dir"] = str(self.private)

    def finish_worker(self, error: str | None = None) -> None:
        """Send this worker's search index and messages to the main process, and exit."""
        status = 0
        try:
            index = None
            if self.private is not None:
                index = _read_json(self.private / "search" / "search_index.json")
                shutil.rmtree(self.private, ignore_errors=True)
            records = [_plain(r) for r in self.records]
            data = pickle.dumps({"index": index, "records": records, "error": error})
            with os.fdopen(self.write_fd, "wb") as pipe:
                pipe.write(data)
            status = 1 if error else 0
        except BaseException:  # noqa: BLE001 - a worker never returns into the main process's code
            status = 1
        finally:
            os._exit(status)


class _Collector(logging.Handler):
    def __init__(self, records: list):
        super().__init__()
        self.records = records

    def emit(self, record):
        self.records.append(record)


def _plain(record: logging.LogRecord) -> logging.LogRecord:
    """A log record that survives pickling: its message formatted, no arguments or traceback objects."""
    record.msg = record.getMessage()
    record.args = None
    if record.exc_info:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.exc_info = None
    return record


def plan(files, nav, config, workers: int) -> Split | None:
    """How to share this build's pages, or None when it is built in one process."""
    from explainer.publish.plugin import generated_path

    if workers <= 1 or not can_fork():
        return None
    if set(config["plugins"].keys()) - KNOWN_PLUGINS:
        return None
    if config.validation.links.anchors >= logging.WARNING:
        return None  # a page's anchor links are checked against pages another process rendered
    in_nav = {page.file.src_uri for page in nav.pages}
    shareable = [f for f in files.documentation_pages()
                 if generated_path(f.src_uri) and f.src_uri not in in_nav and f.abs_src_path is not None]
    if len(shareable) < MIN_PAGES:
        return None
    shares = [shareable[k::workers] for k in range(workers)]
    nav_files = [f for f in files.documentation_pages() if f.src_uri in in_nav]
    return Split(workers, shares, nav_files)

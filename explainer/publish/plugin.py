"""The `explainer` MkDocs plugin: published pages are safe, and our own HTML skips the Markdown parser.

Registered as an entry point (``mkdocs.plugins``) and listed under ``plugins:`` in
mkdocs.yml, so a plain ``mkdocs build`` or ``mkdocs serve`` of the generated folder
behaves like ``explainer build``.

- Every page's content passes through the sanitizer: nothing in an article or an
  entry runs in a reader's browser.
- In pages the explainer generated, the HTML the explainer wrote (cards, panels,
  the markup inserted around mentions) is set aside before Python-Markdown runs and
  put back afterwards. Python-Markdown then parses only what needs it (the
  article's own text and our headings), which makes the MkDocs build several times
  faster; our HTML is already escaped where it carries editors' text, and is not
  passed through the sanitizer.
"""

from __future__ import annotations

import logging
import re
import secrets

from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority

from explainer.publish.sanitize import sanitize_html
from explainer.render.body import HTML, pieces, split_page

ISLAND_RE = re.compile(r"<!-- xp:island -->\n(.*?)\n<!-- /xp:island -->", re.DOTALL)
GENERATOR = "explainer"


class Stash:
    """Our HTML, each piece replaced by a token no text can contain (a per-page random nonce)."""

    def __init__(self):
        self.nonce = secrets.token_hex(8)
        self.items: list[str] = []
        self.token_re = re.compile("(<p>)?\ue000" + self.nonce + "([0-9]+)\ue001(</p>)?")

    def put(self, html: str) -> str:
        self.items.append(html)
        return f"\ue000{self.nonce}{len(self.items) - 1}\ue001"

    def islands(self, markdown: str) -> str:
        return ISLAND_RE.sub(lambda m: self.put(m.group(1)), markdown)

    def body(self, annotated: str, spans) -> str:
        return "".join(self.put(text) if kind == HTML else text for kind, text in pieces(annotated, spans))

    def restore(self, html: str) -> str:
        def put_back(m):
            item = self.items[int(m.group(2))]
            if m.group(1) and m.group(3):
                return item  # a block island that Markdown wrapped in a paragraph
            return (m.group(1) or "") + item + (m.group(3) or "")
        return self.token_re.sub(put_back, html)


def generated_path(src_uri: str) -> bool:
    """Paths only the explainer writes: the home page and everything under articles/, context/, export/
    (a page of content/pages with such a name is refused by the build)."""
    return src_uri == "index.md" or src_uri.split("/", 1)[0] in ("articles", "context", "export")


class ExplainerPlugin(BasePlugin):
    incremental = None  # an incremental.Plan when `explainer build` reuses the previous site
    workers = 1  # `explainer build` sets the number of processes a clean build may share its pages between

    def __init__(self):
        super().__init__()
        self.stashes: dict[str, Stash] = {}
        self.files = None
        self.serving = False  # `explainer serve`: each rebuild republishes only what changed
        self.served = None  # (site key, docs state, content had errors) of the serve's last build
        self.plan = None
        self.split = None  # a split.Split while a clean build shares its pages between processes
        self.index_cache = None  # `serve`: the search index of the last rebuild (incremental.IndexCache)
        self.site_files = None  # `serve`: the site's files after the last rebuild (incremental.SiteFiles)

    @event_priority(-100)  # after the search plugin's: MkDocs keeps a plugin with this hook across rebuilds
    def on_startup(self, *, command, dirty):
        self.serving = command == "serve" and dirty

    @event_priority(-100)
    def on_config(self, config):
        search = config.plugins.get("search")
        if self.serving and hasattr(search, "is_dirty"):
            search.is_dirty = False  # the search index of a rebuild is put together here (on_post_build)
        return config

    @event_priority(-100)  # after every other plugin has added its files and nav
    def on_nav(self, nav, config, files):
        self.plan = self.incremental
        if self.serving:
            self.plan = self._serve_plan(config)
        if self.plan is not None:
            self.files = files
            self.plan.prepare(files, nav, config)
        elif not self.serving and self.workers > 1:
            from explainer.publish import split

            self.files = files
            self.split = split.plan(files, nav, config, self.workers)
            if self.split is not None:
                self.split.start(files, config)
        return nav

    @event_priority(-100)
    def on_env(self, env, config, files):
        if self.split is not None:
            self.split.render_phase()
        return env

    def _serve_plan(self, config):
        """In the preview, the site is rebuilt in place: reuse the pages whose Markdown did not change since
        the last rebuild, unless the configuration or templates changed or the content had errors then or
        now (every page shows them)."""
        from pathlib import Path

        from explainer.load.project import load_project
        from explainer.publish import incremental

        project = load_project(config.config_file_path)
        key = incremental.site_key(project, bool(config.strict))
        docs = incremental.files_state(project.docs_dir)
        failed = bool(getattr(config, "_explainer_failed", False))
        before = self.served
        self.served = (key, docs, failed)
        reusable = set()
        if before is not None and before[0] == key and not before[2] and not failed:
            reusable = {rel for rel, stamp in docs.items() if before[1].get(rel) == stamp}
        if self.index_cache is None:
            self.index_cache = incremental.IndexCache()
            self.site_files = incremental.SiteFiles()
        return incremental.Plan(previous=Path(config["site_dir"]), docs_dir=project.docs_dir, reusable=reusable,
                                index_cache=self.index_cache, site_files=self.site_files)

    @event_priority(100)  # before the search plugin writes its index of the pages it built
    def _post_build_first(self, config):
        if self.split is not None:
            self.split.before_index(config)

    @event_priority(-100)  # after the search plugin has written its index of the pages it built
    def _post_build_last(self, config):
        if self.split is not None:
            shared, self.split = self.split, None
            if shared.is_worker:
                shared.finish_worker()  # never returns
            shared.collect(self.files, config)
        if self.plan is not None:
            self.plan.finish(self.files, config)
            if self.serving:
                logging.getLogger("mkdocs.plugins.explainer").info(
                    f"explainer: {self.plan.rebuilt_pages} page(s) published, {len(self.plan.kept_pages)} "
                    "reused from the last rebuild")

    on_post_build = CombinedEvent(_post_build_first, _post_build_last)

    def on_build_error(self, *, error):
        if self.split is not None and self.split.is_worker:
            self.split.finish_worker(f"{type(error).__name__}: {error}")  # never returns

    def leave(self) -> None:
        """After MkDocs' build returned or raised: a worker process exits here, whatever happened; the main
        process stops its workers if they are still running."""
        shared, self.split = self.split, None
        if shared is not None:
            if shared.is_worker:
                shared.finish_worker("the build stopped")  # never returns
            shared.abandon()

    def on_page_markdown(self, markdown, page, config, files):
        if (page.meta or {}).get("generator") != GENERATOR or not generated_path(page.file.src_uri):
            return markdown  # an editor's page cannot claim to be ours: only generated paths can
        stash = Stash()
        parts = split_page(markdown)
        if parts:
            head, annotated, spans, tail = parts
            markdown = stash.islands(head) + stash.body(annotated, spans) + "\n\n" + stash.islands(tail)
        else:
            markdown = stash.islands(markdown)
        self.stashes[page.file.src_uri] = stash
        return markdown

    def on_page_content(self, html, page, config, files):
        html = sanitize_html(html)  # the article's own HTML, and whatever Markdown made of it
        stash = self.stashes.pop(page.file.src_uri, None)
        return stash.restore(html) if stash else html

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

import copy
import logging
import re
import secrets
import threading

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


def search_plugin(config):
    """The search plugin, MkDocs' own ("search") or Material's (which the theme names "material/search")."""
    return config.plugins.get("search") or config.plugins.get("material/search")


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
        self.retained = None  # `serve`: (config, files, nav, env, build date) of the last whole rebuild
        self._pending = None  # (the same, while a rebuild runs)
        self._nav = None
        self._urls = None  # (files, the URL of each of its pages): for a quick rebuild's search index
        self._indexing = None  # the thread indexing a quick rebuild's pages for search, while it runs
        self._indexing_error: BaseException | None = None

    @event_priority(-100)  # after the search plugin's: MkDocs keeps a plugin with this hook across rebuilds
    def on_startup(self, *, command, dirty):
        self.serving = command == "serve" and dirty

    @event_priority(-100)
    def on_config(self, config):
        search = search_plugin(config)
        if self.serving and hasattr(search, "is_dirty"):
            search.is_dirty = False  # the search index of a rebuild is put together here (on_post_build)
        return config

    @event_priority(-100)  # after every other plugin has added its files and nav
    def on_nav(self, nav, config, files):
        self.plan = self.incremental
        self._nav = nav
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
        if self.serving:
            from mkdocs.utils import get_build_date

            self.retained, self._pending = None, (config, files, self._nav, env, get_build_date())
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
                    "reused from the last rebuild" + (" (quick)" if self.plan.quick else ""))
        if self.serving and self._pending is not None:
            self.retained, self._pending = self._pending, None
            self._let_go(self.retained)

    on_post_build = CombinedEvent(_post_build_first, _post_build_last)

    def on_build_error(self, *, error):
        self.retained = self._pending = None
        if self.split is not None and self.split.is_worker:
            self.split.finish_worker(f"{type(error).__name__}: {error}")  # never returns

    def quick_rebuild(self) -> bool:
        """`serve`: republish the pages whose Markdown changed with what the last whole rebuild kept (its
        configuration, files, navigation and theme), without MkDocs' pass over every file of the site.
        Returns False, having regenerated the Markdown, when only a whole rebuild can vouch for the result:
        nothing kept, files added or removed, a changed configuration, theme or day, an asset or an editor's
        page changed, a page in the navigation whose title changed, errors now or last time, strict mode.
        The result is what the whole rebuild makes (tests/test_incremental_publish.py compares them)."""
        from pathlib import Path

        from mkdocs.commands.build import _build_page, _populate_page
        from mkdocs.structure.files import InclusionLevel
        from mkdocs.utils import get_build_date

        from explainer.load.project import load_project
        from explainer.publish import incremental

        self.settle()
        kept, self.retained = self.retained, None  # (given back only when this rebuild succeeds)
        if kept is None or self.served is None or self.index_cache is None:
            return False
        config, files, nav, env, day = kept
        config.plugins.on_pre_build(config=config)  # the preview regenerates the Markdown
        search = search_plugin(config)
        index = getattr(search, "search_index", None)
        if index is None:
            return False
        search.search_index = index = type(index)(**search.config)  # (an index of the pages built now: MkDocs'
        # search plugin starts one in on_pre_build, Material's in on_config, which a quick rebuild does not run)
        failed = bool(getattr(config, "_explainer_failed", False))
        written = getattr(config, "_explainer_changed", None)  # (files the generation wrote, files it added
        # or removed), from the preview's hook
        project = load_project(config.config_file_path)
        key = incremental.site_key(project, bool(config.strict))
        before = self.served
        if failed or before[2] or config.strict or before[0] != key or written is None or written[1] \
                or get_build_date() != day:
            return False
        changed = sorted(set(written[0]))
        docs = dict(before[1])
        for rel in changed:
            stamp = incremental.file_state(project.docs_dir / rel)
            if stamp is None or rel not in docs:
                return False  # (gone again, or a file MkDocs does not read: a dot-file)
            docs[rel] = stamp
        found = [files.get_file_from_path(rel) for rel in changed]
        if any(f is None or not generated_path(f.src_uri) for f in found):
            return False  # (an editor's page or file: the whole rebuild vouches for what it may change)
        pages = [f for f in found if f.is_documentation_page()]
        assets = [f for f in found if not f.is_documentation_page()]  # export/mentions.json
        if any(f.page is None for f in pages):
            return False
        titles = {p.file.src_uri: p.title for p in nav.pages}
        for f in pages:
            _populate_page(f.page, config, files)
        if any(f.src_uri in titles and f.page.title != titles[f.src_uri] for f in pages):
            return False  # (every page shows the navigation's titles)
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        site = Path(config["site_dir"])
        if self._urls is None or self._urls[0] is not files:  # (the same files as long as none is added)
            self._urls = (files, [(f.src_uri, incremental.page_url(f)) for f in files.documentation_pages()])
        plan = incremental.Plan(previous=site, docs_dir=project.docs_dir, reusable=set(),
                                index_cache=self.index_cache, quick=True, page_urls=self._urls[1])
        plan.old_index = self.index_cache.read(site / "search" / "search_index.json")
        # The pages are written first; what search makes of them is worked out after, by a thread, while the
        # browser reloads the page (each page as it was when the search plugin was given it)
        given = []
        index.add_entry_from_context = lambda page: given.append(copy.copy(page))
        for f in pages:
            _build_page(f.page, config, doc_files, nav, env, excluded=f.inclusion.is_excluded())
        del index.add_entry_from_context
        for f in assets:
            f.copy_file()
        plan.kept_pages = {f.src_uri for f in files.documentation_pages()} - {f.src_uri for f in pages}
        self.plan, self.files = plan, files
        self._let_go(kept, pages)
        self.served = (key, docs, False)

        def search_index() -> None:
            try:
                for page in given:
                    index.add_entry_from_context(page)
                config.plugins.on_post_build(config=config)  # the kept pages' entries and the new, in order
            except BaseException as exc:  # (the next rebuild is a whole one: settle())
                self._indexing_error = exc

        self._indexing = threading.Thread(target=search_index, name="explainer-quick-search", daemon=True)
        self._indexing.start()
        self.retained = kept
        return True

    def settle(self) -> None:
        """Wait until a quick rebuild's search index is done and written (every rebuild, and whatever reads
        the site whole, waits first); if it failed, the next rebuild publishes every page again."""
        indexing, self._indexing = self._indexing, None
        if indexing is not None:
            indexing.join()
        if self._indexing_error is not None:
            logging.getLogger("mkdocs.plugins.explainer").info(
                f"explainer: the search index could not be updated ({self._indexing_error}); rebuilding the site")
            self._indexing_error = None
            self.served = self.retained = None
            if self.index_cache is not None:
                self.index_cache.forget()
        if self.index_cache is not None:
            self.index_cache.settle()

    @staticmethod
    def _let_go(kept, pages=None) -> None:
        """The Markdown and HTML of pages outside the navigation, once written: a quick rebuild reads and
        renders a page again, and no other page shows them (a page in the navigation keeps its own: its
        title may come from them)."""
        in_nav = {p.file.src_uri for p in kept[2].pages}
        for f in pages if pages is not None else kept[1].documentation_pages():
            if f.page is not None and f.src_uri not in in_nav:
                f.page.markdown = f.page.content = None

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

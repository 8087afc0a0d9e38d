"""Publish only what changed: a rebuild reuses the previous site's pages whose Markdown did not change.

MkDocs rebuilds every page every time. The explainer knows more: the generated Markdown of a page is
the whole of what its HTML depends on, once the site-wide inputs (mkdocs.yml, the theme and its
overrides, the engine's and the explainer's versions, strict mode) are the same and the page is not in
the navigation (whose titles every page shows). So a rebuild:

1. makes a copy of the previous site out of hard links (file times kept, no bytes copied), next to it;
2. removes from the copy every file that is not a page or asset to reuse: pages whose Markdown changed,
   pages that are gone, pages in the nav, the editor's own pages, sitemap, 404 page, search index...;
3. runs MkDocs' own build on the copy in its "dirty" mode (``build(config, dirty=True)``), which skips
   exactly the pages whose output is present and newer than their Markdown, i.e. the reused ones, so
   MkDocs writes only new files and never through a hard link into the previous site;
4. puts the reused pages' entries back into the search index, in the order a clean build writes them
   (the search plugin sees only the pages it built);
5. swaps the copy in for the previous site in one rename, like a clean build.

The result is the site a clean build makes, byte for byte (``tests/test_incremental_publish.py`` compares
them, after one and two incremental builds and after an interrupted one). Anything this module cannot
vouch for is a clean build: no record of the previous site, a site_dir changed by another program, a
plugin other than the search plugin and the explainer's, a changed theme, configuration or version.

And when nothing at all changed since the last build (the same content, templates, configuration,
code, flags and day, and the generated pages and the site as that build left them), nothing is
rebuilt: the build repeats that build's messages and stops (``unchanged``).

The record of the last build is ``build/explainer-site.json``, in the git-ignored build folder beside
the build cache; deleting it only makes the next build a clean one.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from explainer.cache import code_fingerprint, fingerprint_parts, _version
from explainer.diagnostics import Diagnostic
from explainer.load.files import file_stamp
from explainer.load.project import Project

FORMAT = "explainer-site/1"
# The plugins whose output this module knows how to keep whole. Any other plugin may write files or
# make one page depend on another, so with it every build is a clean one (an allowlist).
KNOWN_PLUGINS = frozenset({"search", "explainer", "material/search"})
ENGINE_PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "nh3", "zensical")


def state_path(project: Project) -> Path:
    return project.root / "build" / "explainer-site.json"


def files_state(folder: Path) -> dict[str, list[int]]:
    """Every file MkDocs reads from a folder (dot-files and dot-folders are skipped, as MkDocs skips
    them), as {relative path: [modification time in ns, size]}."""
    out: dict[str, list[int]] = {}
    if not folder.is_dir():
        return out
    for here, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if name.startswith("."):
                continue
            path = os.path.join(here, name)
            stamp = file_state(path)
            if stamp is not None:
                out[os.path.relpath(path, folder).replace(os.sep, "/")] = stamp
    return out


def file_state(path) -> list[int] | None:
    """One file's entry in ``files_state``: [modification time in ns, size], or None when it cannot be stat'ed."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_mtime_ns, st.st_size]


def site_stamp(site: Path) -> list[list]:
    """Which files the site folder holds at its top level, by inode, time and size. Every build (ours or a
    plain `mkdocs build`) writes new top-level files (index.html, sitemap.xml), so a site changed by
    anything else than the build recorded no longer matches its record."""
    out = []
    try:
        entries = sorted(os.scandir(site), key=lambda e: e.name)
    except OSError:
        return out
    for entry in entries:
        if entry.is_file(follow_symlinks=False):
            st = entry.stat(follow_symlinks=False)
            out.append([entry.name, st.st_ino, st.st_mtime_ns, st.st_size])
    return out


def _hash_tree(h, folder: Path) -> None:
    if not folder.is_dir():
        return
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")


def _env_names(config_text: str) -> list[str]:
    """Environment variables mkdocs.yml reads with !ENV: their values are part of the configuration."""
    names = set()
    for m in re.finditer(r"!ENV\s+(\[[^\]]*\]|[A-Za-z_][A-Za-z0-9_]*)", config_text):
        names.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", m.group(1)))
    return sorted(names)


def site_key(project: Project, strict: bool) -> str:
    """Everything besides its own Markdown that every page of the site depends on."""
    h = hashlib.sha256()
    h.update(repr(sorted({"code": code_fingerprint(), "engine": project.engine, "strict": strict,
                          "python": sys.version,
                          **{name: _version(name) for name in ENGINE_PACKAGES}}.items())).encode("utf-8"))
    h.update(project.config_file.read_bytes())
    h.update(repr([(name, os.environ.get(name)) for name in _env_names(project.config_text)]).encode("utf-8"))
    _hash_tree(h, project.templates_dir)  # theme overrides and the explainer's own templates
    return h.hexdigest()


def inputs_key(project: Project, site_key_value: str, today, drafts: bool) -> str:
    """Everything a whole build reads: content, templates (in the site key), configuration, code, flags
    and the day (review ages are counted from it)."""
    h = hashlib.sha256()
    h.update(repr((site_key_value, sorted(fingerprint_parts(project.spacy_model).items()), str(today),
                   drafts)).encode("utf-8"))
    _hash_tree(h, project.content_dir)
    return h.hexdigest()


def read_state(project: Project) -> dict:
    try:
        data = json.loads(state_path(project).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("format") == FORMAT else {}


def write_state(project: Project, key: str, inputs: str, docs: dict, diagnostics: list[Diagnostic]) -> None:
    """Record the site just swapped in: what it was built from, and what the build said."""
    path = state_path(project)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"format": FORMAT, "key": key, "inputs": inputs, "site": site_stamp(project.site_dir),
            "docs": docs, "diagnostics": [list(d) for d in diagnostics]}
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    os.replace(tmp, path)


def unchanged(project: Project, state: dict, inputs: str) -> list[Diagnostic] | None:
    """The last build's messages when nothing it depended on changed since (so there is nothing to do);
    None otherwise."""
    if not state or state.get("inputs") != inputs or state.get("site") != site_stamp(project.site_dir):
        return None
    if not project.site_dir.is_dir() or state.get("docs") != files_state(project.docs_dir):
        return None
    try:
        return [Diagnostic(str(p), int(l), int(c), str(s), str(m)) for p, l, c, s, m in state["diagnostics"]]
    except (KeyError, TypeError, ValueError):
        return None


@dataclass
class Plan:
    """How one MkDocs build reuses the previous site (set on the explainer plugin for that build)."""

    previous: Path                      # the site being replaced; read, never written
    docs_dir: Path
    reusable: set[str]                  # docs files unchanged since `previous` was built
    active: bool = True                 # False when the build had to be a clean one after all
    why: str = ""                       # and why
    kept_pages: set[str] = field(default_factory=set)  # src_uri of pages MkDocs will skip
    old_index: dict | None = None       # the previous site's search index
    reused_files: int = 0
    rebuilt_pages: int = 0
    index_cache: "IndexCache | None" = None  # `serve`: the index it wrote last, kept in memory
    site_files: "SiteFiles | None" = None  # `serve`: the site's files, listed after the last rebuild
    emptied: set = field(default_factory=set)  # folders prepare() removed a file from
    quick: bool = False                 # `serve`'s quick rebuild: pages rewritten in place, none removed
    page_urls: list | None = None       # (src_uri, url) of each documentation page, when known already

    def prepare(self, files, nav, config) -> None:
        """Before MkDocs writes anything: leave in the copy only what it will skip, remove the rest."""
        from explainer.publish.plugin import generated_path

        site = Path(config["site_dir"])
        # the previous search index, read before anything is removed (in `serve`, the site is rebuilt in place)
        old_path = self.previous / "search" / "search_index.json"
        self.old_index = self.index_cache.read(old_path) if self.index_cache else _read_json(old_path)
        in_nav = {page.file.src_uri for page in nav.pages}
        docs = os.path.abspath(self.docs_dir)
        keep: set[str] = set()
        for f in files:
            if f.abs_src_path is None:
                continue  # made by a plugin: written anew
            dest = f.abs_dest_path
            from_docs = os.path.abspath(f.abs_src_path).startswith(docs + os.sep)
            if f.is_documentation_page():
                ok = f.src_uri in self.reusable and f.src_uri not in in_nav and generated_path(f.src_uri)
            else:  # an asset: from docs_dir when unchanged; the theme's are covered by the site key
                ok = f.src_uri in self.reusable if from_docs else True
            if ok and os.path.isfile(dest) and not f.is_modified():
                keep.add(os.path.abspath(dest))
                if f.is_documentation_page():
                    self.kept_pages.add(f.src_uri)
        listed = self.site_files.take(site) if self.site_files is not None else None
        if listed is None:
            listed = (os.path.abspath(os.path.join(here, name)) for here, _, names in os.walk(site) for name in names)
        self.emptied = set()
        for path in listed:
            if path not in keep:
                try:
                    os.unlink(path)  # a hard link: the previous site keeps its file
                except FileNotFoundError:
                    continue  # (listed by the preview a moment ago, and gone since: a .part file renamed)
                self.emptied.add(os.path.dirname(path))
        self.reused_files = len(keep)

    def finish(self, files, config) -> None:
        """After MkDocs: the search index of the whole site, then no empty folder left behind."""
        site = Path(config["site_dir"])
        rel = os.path.join("search", "search_index.json")
        new_path = site / rel
        if new_path.is_file() and self.kept_pages:  # (with no page reused, the new index is whole)
            old = self.old_index
            new = _read_json(new_path)
            if old is None or new is None:
                raise Mismatch("a search index could not be read")
            cache = self.index_cache
            old_by = cache.by_page if cache is not None and cache.by_page is not None and old is cache.index \
                else _by_page(old.get("docs", []))  # (the preview keeps it by page already)
            new_by = _by_page(new.get("docs", []))
            pages, used = [], 0
            urls = self.page_urls if self.page_urls is not None else [
                (f.src_uri, page_url(f)) for f in files.documentation_pages()]
            for src_uri, url in urls:
                if src_uri in self.kept_pages:
                    pages.append((url, old_by.get(url, []), True))
                else:
                    entries = new_by.get(url, [])
                    used += len(entries)
                    pages.append((url, entries, False))
            if used != len(new.get("docs", [])):
                raise Mismatch("the search index has entries of no page")
            if self.index_cache is not None:
                self.index_cache.write(new_path, new, pages, wait=False)  # (the page reloads meanwhile)
            else:
                write_search_index(new_path, new, _entries_of(pages))
        elif self.index_cache is not None:
            if new_path.is_file():
                self.index_cache.adopt(new_path)  # a whole index, as the search plugin wrote it
            else:
                self.index_cache.forget()
        if self.quick:
            pass  # (no file was removed or added: the listing of the site still holds)
        elif self.site_files is None:
            for here, dirs, names in os.walk(site, topdown=False):
                if here != str(site) and not os.listdir(here):
                    os.rmdir(here)
        else:  # (the preview: only where prepare() removed a file can a folder have been left empty)
            top = os.path.abspath(site)
            for folder in sorted(self.emptied, key=len, reverse=True):
                while folder.startswith(top + os.sep) and os.path.isdir(folder) and not os.listdir(folder):
                    os.rmdir(folder)
                    folder = os.path.dirname(folder)
            self.site_files.refresh_later(site)
        if self.page_urls is not None:
            self.rebuilt_pages = sum(1 for src_uri, _ in self.page_urls if src_uri not in self.kept_pages)
        else:
            self.rebuilt_pages = sum(1 for f in files.documentation_pages() if f.src_uri not in self.kept_pages)


class IndexCache:
    """The search index a long-running process (`serve`) wrote last, kept parsed and serialized page by page,
    so that a rebuild neither reads the whole index back nor encodes again the pages it reused. Used only
    while the file on disk is the one it wrote (same inode, size and times); what it writes is byte for
    byte what ``write_search_index`` writes (JSON's compact form of a list is its items' forms joined by
    commas).

    At archive size the index is a hundred megabytes: reading it back costs more than a second, and so
    does writing it. So the index a clean build wrote is adopted once (``adopt``), and a rebuild's index is
    put together and written by a thread of its own (``write(..., wait=False)``) while the browser already
    reloads the page: into a file beside it, then renamed over it in one step, so the server never sends
    half an index. Whatever reads or writes the index next waits for that thread first."""

    SLOT = "\u0000explainer-docs\u0000"

    def __init__(self):
        self.stamp = None
        self.index: dict | None = None
        self.chunks: dict[str, str] = {}  # page URL -> its entries' JSON, joined by commas
        self.by_page: dict[str, list] | None = None  # page URL -> its entries, as in ``index``
        self.pending = None  # the thread writing the last index, while it runs
        self.error: BaseException | None = None  # what stopped it, if anything did

    def settle(self) -> None:
        """Wait until the index being written is on disk. (If writing it failed, the cache is forgotten and the
        next rebuild reads whatever the file holds, or builds clean.)"""
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.join()
        if self.error is not None:
            self.error = None
            self.stamp, self.index, self.chunks, self.by_page = None, None, {}, None

    def forget(self) -> None:
        self.settle()
        self.stamp, self.index, self.chunks, self.by_page = None, None, {}, None

    def read(self, path: Path) -> dict | None:
        self.settle()
        if self.stamp is not None and self.stamp == file_stamp(path):
            return self.index
        self.forget()
        return _read_json(path)

    def adopt(self, path: Path) -> None:
        """Keep the index a clean build just wrote (read once, while the first build finishes)."""
        self.forget()
        index = _read_json(path)
        if index is None or not isinstance(index.get("docs"), list):
            return
        self.by_page = _by_page(index["docs"])
        self.chunks = {url: ",".join(json.dumps(e, **INDEX_JSON) for e in entries)
                       for url, entries in self.by_page.items()}
        self.index, self.stamp = index, file_stamp(path)

    def write(self, path: Path, index: dict, pages: list, wait: bool = True) -> None:
        """``pages``: (url, its entries, reused from the index read last) in the index's order."""
        self.settle()
        chunks, parts = {}, []
        for url, entries, reused in pages:
            text = self.chunks.get(url) if reused and self.stamp is not None else None
            if text is None:
                text = ",".join(json.dumps(e, **INDEX_JSON) for e in entries)
            chunks[url] = text
            if text:
                parts.append(text)
        head = json.dumps({**index, "docs": self.SLOT}, **INDEX_JSON)
        slot = json.dumps(self.SLOT)
        if head.count(slot) != 1:
            raise Mismatch("the search index could not be put together")
        self.index = {**index, "docs": _entries_of(pages)}
        self.by_page = {url: entries for url, entries, _ in pages if entries}
        self.chunks, self.stamp = chunks, None

        def put() -> None:
            part = path.with_name(path.name + ".part")
            before, _, after = head.partition(slot)
            try:
                with open(part, "w", encoding="utf-8") as out:  # piece by piece, not one string of the whole
                    out.write(before + "[")  # index: the server answers the reloading page meanwhile
                    for k in range(0, len(parts), 256):
                        out.write(("," if k else "") + ",".join(parts[k:k + 256]))
                    out.write("]" + after)
                os.replace(part, path)
                self.stamp = file_stamp(path)
            except BaseException as exc:  # (kept for settle(): the next rebuild reads the file again)
                self.error = exc
                try:
                    part.unlink()
                except OSError:
                    pass

        if wait:
            put()
            if self.error is not None:
                error, self.error = self.error, None
                raise error
            return
        import threading

        self.pending = threading.Thread(target=put, name="explainer-search-index", daemon=True)
        self.pending.start()


class SiteFiles:
    """The files of the preview's site, listed by a thread of their own after each rebuild while nobody waits,
    so that the next rebuild need not walk fifteen thousand folders to find what to remove. A listing is used
    once, for the site it was made of; without one, prepare() walks the site itself."""

    def __init__(self):
        self.site: str | None = None
        self.paths: list[str] | None = None
        self.thread = None

    def refresh_later(self, site: Path) -> None:
        import threading

        self.take(site)  # (an earlier listing still running: done first)
        self.site, self.paths = None, None
        top = os.path.abspath(site)

        def walk() -> None:
            try:
                paths = [os.path.join(here, name) for here, _, names in os.walk(top) for name in names]
            except OSError:
                return
            self.site, self.paths = top, paths

        self.thread = threading.Thread(target=walk, name="explainer-site-files", daemon=True)
        self.thread.start()

    def take(self, site: Path) -> list[str] | None:
        thread, self.thread = self.thread, None
        if thread is not None:
            thread.join()
        paths, self.paths = self.paths, None
        return paths if paths is not None and self.site == os.path.abspath(site) else None


class Mismatch(Exception):
    """The previous site cannot be reused as this module expects: build it clean instead."""


def _read_json(path: Path):
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def page_url(f) -> str:
    """The URL a documentation file's search entries are filed under: its page's ('' for the home page)."""
    return f.page.url if f.page is not None else f.url


INDEX_JSON = {"separators": (",", ":"), "default": str}  # how Material writes its search index


def write_search_index(path: Path, index: dict, docs: list) -> None:
    """The search index ``index`` with its entries replaced by ``docs``, written as Material writes it."""
    path.write_text(json.dumps({**index, "docs": docs}, **INDEX_JSON), encoding="utf-8")


def _entries_of(pages: list) -> list:
    """The index entries of (url, entries, reused) pages, in their order."""
    return [e for _, entries, _ in pages for e in entries]


def _by_page(entries) -> dict[str, list]:
    """Search entries by the page they belong to: their location without the section's anchor."""
    out: dict[str, list] = {}
    for entry in entries:
        if isinstance(entry, dict) and isinstance(entry.get("location"), str):
            out.setdefault(entry["location"].split("#", 1)[0], []).append(entry)
    return out


def plan(project: Project, state: dict, key: str, docs: dict, plugins) -> tuple[Plan | None, str]:
    """A plan to reuse the previous site, or None and why the build is a clean one."""
    if not state:
        return None, "no record of the previous site"
    if state.get("key") != key:
        return None, "the configuration, theme, templates or versions changed"
    if not project.site_dir.is_dir() or state.get("site") != site_stamp(project.site_dir):
        return None, "site_dir is not the one the last build wrote"
    unknown = sorted(set(plugins) - KNOWN_PLUGINS)
    if unknown:
        return None, f"plugin {', '.join(unknown)} may write pages the explainer cannot follow"
    if not (project.site_dir / "search" / "search_index.json").is_file() and "search" in plugins:
        return None, "the previous site has no search index"
    before = state.get("docs")
    if not isinstance(before, dict):
        return None, "no record of the previous site's pages"
    reusable = {rel for rel, stamp in docs.items() if before.get(rel) == stamp}
    return Plan(previous=project.site_dir, docs_dir=project.docs_dir, reusable=reusable), ""


def link_copy(source: Path, target: Path) -> None:
    """A copy of a folder made of hard links: no bytes copied, file times kept."""
    for here, dirs, names in os.walk(source):
        rel = os.path.relpath(here, source)
        out = target if rel == "." else target / rel
        out.mkdir(parents=True, exist_ok=True)
        for name in names:
            os.link(os.path.join(here, name), out / name)

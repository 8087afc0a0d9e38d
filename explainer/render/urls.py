"""Where a generated page ends up, and how one page links to another.

Links inside our HTML are not rewritten by MkDocs, so we compute them exactly as
MkDocs lays out pages (``use_directory_urls`` or not) and make them relative, so the
site works from any base path and from the file system.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache


def page_url(path: str, directory_urls: bool = True) -> str:
    """URL of a page relative to the site root: 'articles/x.md' -> 'articles/x/' (or 'articles/x.html')."""
    stem = path[:-3] if path.endswith(".md") else path
    if not directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


@lru_cache(maxsize=4096)
def _up(from_path: str, directory_urls: bool) -> str:
    """The "../" prefix that leads from a page back to the site root."""
    return "../" * page_url(from_path, directory_urls).count("/")


@lru_cache(maxsize=1 << 16)
def _url(to_path: str, directory_urls: bool) -> str:
    return page_url(to_path, directory_urls)


def relative_url(from_path: str, to_path: str, directory_urls: bool = True, anchor: str = "",
                 source_relative: bool = False) -> str:
    """Relative URL from the page built from ``from_path`` to the page built from ``to_path``.

    Always up to the site root and down again: pages link to each other by the
    thousand, and this costs a string concatenation instead of a path computation.

    MkDocs leaves the links in our HTML as they are, so they lead from the page's URL. Zensical
    (0.0.73) reads them as it reads Markdown links, from the folder of the page's source file, and
    rewrites them for the page's URL: ``source_relative`` writes them that way ("articles/x.md" to
    "about.md" is "../about/", which Zensical turns into "../../about/" on /articles/x/). Either way
    the reader's browser gets the same link.
    """
    if source_relative and directory_urls:
        rel = "../" * from_path.count("/") + _url(to_path, directory_urls)
        return (rel or "./") + (f"#{anchor}" if anchor else "")
    rel = _up(from_path, directory_urls) + _url(to_path, directory_urls)
    if from_path == to_path:
        rel = "./" if directory_urls else posixpath.basename(_url(to_path, directory_urls))
    elif not rel:
        rel = "./"
    return rel + (f"#{anchor}" if anchor else "")

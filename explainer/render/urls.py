"""Where a generated page ends up, and how one page links to another.

Links inside our HTML are not rewritten by MkDocs, so we compute them exactly as
MkDocs lays out pages (``use_directory_urls`` or not) and make them relative, so the
site works from any base path and from the file system.
"""

from __future__ import annotations

import posixpath


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


def relative_url(from_path: str, to_path: str, directory_urls: bool = True, anchor: str = "") -> str:
    """Relative URL from the page built from ``from_path`` to the page built from ``to_path``."""
    here = page_url(from_path, directory_urls)
    there = page_url(to_path, directory_urls)
    base = here if directory_urls else posixpath.dirname(here)
    base = base.rstrip("/") or "."
    target = there.rstrip("/") or "."
    rel = posixpath.relpath(target, base)
    if directory_urls and there.endswith("/") or there == "":
        rel = rel.rstrip("/") + "/" if rel != "." else "./"
    return rel + (f"#{anchor}" if anchor else "")

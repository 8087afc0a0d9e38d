"""Safe text for HTML: escaping, allowed URLs, and entry Markdown rendered without raw HTML.

Everything an editor or a wire feed typed lands in our pages through these
functions, so one place decides what may reach a reader's browser.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from markdown_it import MarkdownIt

from explainer.match.prose import plain_text  # noqa: F401 - one definition, below render

from explainer.structure.urls import is_web_url  # noqa: E402 - the one URL rule


def esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def safe_url(url: str | None) -> str | None:
    """Only http(s) URLs leave our hands; anything else (javascript:, data:) is dropped."""
    if url and is_web_url(url.strip()):
        return url.strip()
    return None


@lru_cache(maxsize=1)
def _entry_markdown() -> MarkdownIt:
    # html=False: raw HTML in an entry body is shown as text, never run.
    md = MarkdownIt("commonmark", {"html": False, "linkify": False})
    md.validateLink = lambda url: bool(re.match(r"^(https?:|mailto:|#|\.{0,2}/|[a-z0-9-]+/?$)", url.strip(),
                                                re.IGNORECASE))
    return md


def markdown_html(text: str) -> str:
    """Entry body Markdown as HTML, with links limited to http(s), mailto and relative."""
    return _entry_markdown().render(text or "").strip()


@lru_cache(maxsize=4096)
def human_date(value) -> str:
    if value is None:
        return ""
    try:
        return f"{value.day} {value.strftime('%B')} {value.year}"
    except AttributeError:
        return str(value)

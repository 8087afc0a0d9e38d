"""The last line of defence for MkDocs: every page's rendered content passes an allowlist.

The Markdown the explainer writes is already safe under any engine (``render.safe``: raw HTML
sanitized, hostile links and attribute lists neutralised), so nothing here is needed for
safety under Zensical or any other engine. Under MkDocs, the `explainer` plugin also passes
each page's rendered content through nh3 (Ammonia) with an allowlist of the elements and
attributes Python-Markdown and its extensions produce: whatever a Markdown extension or a
hand-written page might add that can run, does not reach a reader.
"""

from __future__ import annotations

import nh3

from explainer.render.safe import ATTRIBUTES, SCHEMES, TAGS

CONTENT_TAGS = TAGS | {"input", "label", "nav"}
CONTENT_ATTRIBUTES = {k: set(v) for k, v in ATTRIBUTES.items()}
CONTENT_ATTRIBUTES["*"] = CONTENT_ATTRIBUTES["*"] | {"id"}  # headings' anchors, footnotes
CONTENT_ATTRIBUTES["a"] = CONTENT_ATTRIBUTES["a"] | {"rel"}
CONTENT_ATTRIBUTES["input"] = {"type", "checked", "disabled"}
CONTENT_ATTRIBUTES["code"] = {"class"}


def sanitize_html(fragment: str) -> str:
    """``fragment`` with everything outside the allowlist removed (text is kept, escaped)."""
    return nh3.clean(fragment, tags=CONTENT_TAGS, attributes=CONTENT_ATTRIBUTES, url_schemes=SCHEMES,
                     strip_comments=True, link_rel=None)

"""Make rendered page content safe to publish: nothing in an article or entry runs in a reader's browser.

Article bodies are published as their source wrote them, and Markdown passes raw
HTML through, so a wire story containing ``<script>`` or ``onerror=`` would run.
This pass removes what can execute (script-like elements, event-handler
attributes, ``javascript:`` and similar URLs) and leaves every other tag, attribute
and all text as they are. The explainer's own markup never uses any of these, so
it passes unchanged.
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

DROP_ELEMENTS = {"script", "iframe", "object", "embed", "frame", "frameset", "base", "meta", "link",
                 "applet", "noscript", "template", "style", "form", "portal"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "background", "cite",
                  "data", "srcset", "ping", "lowsrc", "dynsrc"}
SAFE_URL = re.compile(r"^\s*(https?:|mailto:|tel:|#|/|\.|[^:/?#\s]*(?:[/?#]|$))", re.IGNORECASE)
SAFE_DATA_IMAGE = re.compile(r"^\s*data:image/(png|gif|jpe?g|webp);", re.IGNORECASE)
# A quick test for anything the sanitizer would change: risky elements, event handlers, script-like
# URLs, and character references inside a URL attribute (how "javascript:" hides as "jav&#97;script:").
RISKY = re.compile(r"<\s*/?\s*(script|iframe|object|embed|frame|base|meta|link|applet|noscript|template|style|"
                   r"form|portal)\b|\bon[a-z]+\s*=|javascript:|vbscript:|data:|srcdoc|"
                   r"(?:href|src|action|srcset|poster|background|cite|ping)\s*=\s*[\"']?[^\"'>\s]*&", re.IGNORECASE)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def _clean_url(name: str, value: str, tag: str) -> bool:
    compact = re.sub(r"[\x00-\x20]+", "", value)
    if name == "src" and tag == "img" and SAFE_DATA_IMAGE.match(compact):
        return True
    if name == "srcset":
        return all(SAFE_URL.match(part.strip().split(" ")[0] or "x") for part in compact.split(","))
    return bool(SAFE_URL.match(compact))


class _Sanitizer(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.dropping: list[str] = []

    def _attrs(self, tag, attrs) -> str:
        kept = []
        for name, value in attrs:
            lname = name.lower()
            if lname.startswith("on") or lname in ("srcdoc", "style") and value and "expression" in value.lower():
                continue
            if lname in URL_ATTRIBUTES and value is not None and not _clean_url(lname, value, tag):
                continue
            kept.append(name if value is None else f'{name}="{escape(value, quote=True)}"')
        return "".join(" " + a for a in kept)

    def handle_starttag(self, tag, attrs):
        if self.dropping or tag in DROP_ELEMENTS:
            if tag not in VOID and tag in DROP_ELEMENTS:
                self.dropping.append(tag)
            return
        self.out.append(f"<{tag}{self._attrs(tag, attrs)}>")

    def handle_startendtag(self, tag, attrs):
        if self.dropping or tag in DROP_ELEMENTS:
            return
        self.out.append(f"<{tag}{self._attrs(tag, attrs)} />")

    def handle_endtag(self, tag):
        if self.dropping:
            if tag == self.dropping[-1]:
                self.dropping.pop()
            return
        if tag in DROP_ELEMENTS:
            return
        self.out.append(f"</{tag}>")

    def handle_data(self, data):
        if not self.dropping:
            self.out.append(data)

    def handle_entityref(self, name):
        if not self.dropping:
            self.out.append(f"&{name};")

    def handle_charref(self, name):
        if not self.dropping:
            self.out.append(f"&#{name};")

    def handle_comment(self, data):
        if not self.dropping:
            self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        pass

    def unknown_decl(self, data):
        if not self.dropping and data.upper().startswith("CDATA["):
            self.out.append(escape(data[6:]))

    def handle_pi(self, data):
        pass


def sanitize_html(html: str) -> str:
    """The content with executable parts removed; unchanged (and fast) when nothing risky is present."""
    if not RISKY.search(html):
        return html
    parser = _Sanitizer()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)

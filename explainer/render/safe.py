"""Make an article's Markdown safe under any engine, by allowlist, before it is written.

What an engine renders from our docs_dir must hold nothing that runs, with or without the
explainer's MkDocs plugin (Zensical runs no MkDocs plugin). So, in the Markdown itself:

- **raw HTML** (blocks and inline tags, as markdown-it sees them) passes nh3, the binding of
  the Ammonia sanitizer, with an allowlist of elements, attributes and URL schemes; comments
  are dropped;
- a **link, image, reference definition or autolink** whose destination's scheme is not
  http(s), mailto or tel gets a "#" in front of it: it becomes a harmless fragment link;
- an **attribute list** (``{: onclick=...}``, which Python-Markdown's attr_list applies) gets
  a backslash in front of its brace: it shows as the text it is.

Sanitizing may change raw HTML, never the article's text; code (blocks and spans) is never
touched. Every change is an ``Edit`` recorded in the page, so the original body comes back
byte for byte (``body.strip``). nh3 is used because an allowlist HTML parser that agrees
with browsers on comments, SVG and MathML is far more than a few rules of our own can be
(the blocklist it replaces let SVG animations and odd comments through).
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import nh3

from explainer.match.prose import APOSTROPHE_BACKTICK, as_written, parser
from explainer.render.body import MARKDOWN, Edit, insert

TAGS = {
    "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
    "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
    "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp",
    "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time",
    "tr", "u", "ul", "var", "wbr", "section", "article", "aside", "header", "footer", "center", "font",
}
ATTRIBUTES = {
    "*": {"title", "lang", "dir", "class"},
    "a": {"href", "name"}, "img": {"src", "alt", "width", "height"}, "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"}, "ol": {"start", "type"}, "li": {"value"},
    "time": {"datetime"}, "q": {"cite"}, "blockquote": {"cite"}, "del": {"cite", "datetime"},
    "ins": {"cite", "datetime"}, "details": {"open"}, "col": {"span"}, "colgroup": {"span"},
}
SCHEMES = {"http", "https", "mailto", "tel"}
CLEAN = dict(tags=TAGS, attributes=ATTRIBUTES, url_schemes=SCHEMES, strip_comments=True,
             link_rel="noopener noreferrer nofollow")

# A quick test: a body with none of these needs no edit at all (most news text).
NEEDS_LOOK = re.compile(r"[<{]|\]\s*[(:]")
LINK_DEST = re.compile(r"\]\(\s*(<)?")
REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*(<)?", re.M)
AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}):[^\s<>]*>")
ATTR_LIST = re.compile(r"\{:?[ \t]*(?:[#.][\w-]|[\w-]+[ \t]*=)[^}\n]*\}")
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
RAW_TAG = re.compile(r"^<(/?)([A-Za-z][A-Za-z0-9-]*)")


def clean_html(fragment: str) -> str:
    """``fragment`` through the allowlist; unchanged, byte for byte, when it holds nothing outside it."""
    return nh3.clean(fragment, **CLEAN) if needs_cleaning(fragment) else fragment


URL_ATTRIBUTES = {"href", "src", "cite"}


class _Audit(HTMLParser):
    """Does a fragment hold anything outside the allowlist (an element, an attribute, a URL scheme, a
    comment or a declaration)? Most article HTML does not, and is then left exactly as written."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.bad = False

    def handle_starttag(self, tag, attrs):
        allowed = ATTRIBUTES["*"] | ATTRIBUTES.get(tag, set())
        if tag not in TAGS and (re.fullmatch(r"[a-z][a-z0-9-]*", tag) or attrs):
            self.bad = True  # "<https://example.org>" in a block is an autolink's text, not an element
        for name, value in attrs:
            if name not in allowed or (name in URL_ATTRIBUTES and value is not None and unsafe_destination(value)):
                self.bad = True

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag not in TAGS and re.fullmatch(r"[a-z][a-z0-9-]*", tag):
            self.bad = True

    def handle_comment(self, data):
        self.bad = True

    def handle_decl(self, decl):
        self.bad = True

    def handle_pi(self, data):
        self.bad = True

    def unknown_decl(self, data):
        self.bad = True


def needs_cleaning(fragment: str) -> bool:
    if "<" not in fragment:
        return False
    audit = _Audit()
    try:
        audit.feed(fragment)
        audit.close()
    except Exception:  # noqa: BLE001 - anything the parser chokes on is cleaned
        return True
    return audit.bad


def unsafe_destination(dest: str) -> bool:
    """A link target whose scheme (once entities, controls and white space are taken out) is not allowed;
    a "&" or "%" before its first ":" counts as hiding one."""
    compact = re.sub(r"[\x00-\x20]+", "", html.unescape(dest))
    head = dest.split(":", 1)[0] if ":" in dest else ""
    m = SCHEME.match(compact)
    if m and m.group(1).lower() not in SCHEMES:
        return True
    return bool(head) and bool(re.search(r"[&%\\\s]", head))


def _tag(fragment: str) -> str:
    """One raw inline tag through the allowlist; nothing for a comment or a tag that is not allowed."""
    m = RAW_TAG.match(fragment)
    if not m:
        return ""  # a comment, a processing instruction, a declaration
    name = m.group(2).lower()
    if name not in TAGS:
        return ""
    if m.group(1):
        return f"</{name}>"
    if not needs_cleaning(fragment):
        return fragment
    cleaned = nh3.clean(fragment, **CLEAN)  # needs_cleaning has said it must be cleaned
    closing = f"</{name}>"
    return cleaned[:-len(closing)] if cleaned.endswith(closing) else cleaned


def _code_regions(tokens, body: str) -> list[tuple[int, int]]:
    """Body offsets of code blocks and code spans, never touched."""
    starts = [0]
    for line in body.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    regions = []
    for t in tokens:
        if t.type in ("fence", "code_block") and t.map:
            regions.append((starts[t.map[0]], starts[min(t.map[1], len(starts) - 1)]))
    for m in re.finditer(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", body, re.S):
        regions.append(m.span())
    return sorted(regions)


def safety_edits(body: str) -> list[Edit]:
    """The edits that make ``body`` safe to render with any engine (none for most articles)."""
    apostrophes = [m.start() for m in APOSTROPHE_BACKTICK.finditer(body)] if "`" in body else []
    if not NEEDS_LOOK.search(body) and not apostrophes:
        return []
    # Parsed as it will render: with each apostrophe backtick escaped (below), no code span pairs them, so
    # what they enclosed is text and gets the same care as any text. One character for one: same offsets.
    view = as_written(body)
    tokens = parser().parse(view)
    code = _code_regions(tokens, view)

    def in_code(offset: int) -> bool:
        return any(a <= offset < b for a, b in code)

    edits: list[Edit] = []
    lines = body.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    taken: list[tuple[int, int]] = []
    for t in tokens:
        if t.type == "html_block" and t.map:
            a, b = starts[t.map[0]], starts[min(t.map[1], len(lines))]
            source = body[a:b]
            if as_written(source).replace("\r\n", "\n") != t.content:
                continue  # inside a container ("> <div>"): left to the inline pass below
            end = source.rstrip("\r\n")
            cleaned = clean_html(end)
            if cleaned != end:
                # one raw block still: no blank line inside it (after one, Markdown would read the rest as
                # Markdown), and it starts with a tag
                cleaned = re.sub(r"\n[ \t]*(?=\n)", "", cleaned.strip("\n")) or "<div></div>"
                if not cleaned.startswith("<"):
                    cleaned = f"<div>{cleaned}</div>"
                edits.append(Edit(a, 0, cleaned, len(end), MARKDOWN))
            taken.append((a, b))
    for t in tokens:  # raw inline tags, found where markdown-it found them
        if t.type != "inline" or not t.children or not any(c.type == "html_inline" for c in t.children):
            continue
        a = starts[t.map[0]] if t.map else 0
        b = starts[min(t.map[1], len(lines))] if t.map else len(body)
        cursor = a
        for child in t.children:
            if child.type != "html_inline":
                continue
            at = view.find(child.content, cursor, b)
            if at < 0:
                continue
            cursor = at + len(child.content)
            tag = body[at:cursor]  # as written: the view reads an apostrophe backtick as '
            cleaned = _tag(tag)
            if cleaned != tag and not in_code(at):
                edits.append(Edit(at, 0, cleaned, len(tag), MARKDOWN))
                taken.append((at, cursor))

    def free(offset: int) -> bool:
        return not in_code(offset) and not any(x <= offset < y for x, y in taken)

    for m in LINK_DEST.finditer(body):
        at = m.end()
        dest = re.match(r"[^\s)>]*", body[at:at + 2048]).group(0)
        if dest and free(m.start()) and unsafe_destination(dest):
            edits.append(Edit(at, 0, "#", 0, MARKDOWN))
    for m in REFERENCE.finditer(body):
        at = m.end()
        dest = re.match(r"[^\s>]*", body[at:at + 2048]).group(0)
        if dest and free(m.start()) and unsafe_destination(dest):
            edits.append(Edit(at, 0, "#", 0, MARKDOWN))
    for m in AUTOLINK.finditer(body):
        if m.group(1).lower() not in SCHEMES and free(m.start()):
            edits.append(Edit(m.start() + 1, 0, "#", 0, MARKDOWN))
    for m in ATTR_LIST.finditer(body):
        if free(m.start()) and (m.start() == 0 or body[m.start() - 1] != "\\"):
            edits.append(Edit(m.start(), 0, "\\", 0, MARKDOWN))
    # "Azerbaijan`s": escaped, the backtick shows as published instead of opening a code span
    edits.extend(Edit(at, 0, "\\", 0, MARKDOWN) for at in apostrophes if free(at))
    return edits


def safe_markdown(text: str) -> str:
    """A static page's Markdown with the same edits applied (pages carry no body markers)."""
    return insert(text, safety_edits(text))[0]

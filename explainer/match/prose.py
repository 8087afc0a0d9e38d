"""Which characters of a Markdown body are prose a mention may be found in.

The body is parsed once with markdown-it-py (CommonMark, plus tables). Every
inline rule except plain text and soft line breaks (code spans, links, images,
autolinks, raw HTML, entities, escapes, emphasis markers) marks the source it
consumed as "not prose"; headings, tables, code blocks and HTML blocks are never
prose. The result is the body with every non-prose character replaced by a space:
the same length as the body, so a match found in it is already at the right body
offsets, and no match can reach into markup.
"""

from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_right
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from explainer.structure.mention import block_at
from explainer.structure.paragraphs import BLANK_LINE, paragraph_numbers, paragraph_of  # noqa: F401

PROSE_RULES = {"text", "newline"}
# Spaces that news text uses inside names; each becomes one plain space, so offsets do not move.
SPACE_LIKE = str.maketrans({c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                            "\u2008\u2009\u200a\u202f\u205f\u3000\t\n\r"})


def _marking(name, fn):
    def rule(state: StateInline, silent: bool) -> bool:
        start = state.pos
        ok = fn(state, silent)
        if ok and not silent and not (name == "escape" and state.src[start:state.pos] == "\\\n"):
            # a backslash hard break is a line break a name may run across, like a soft one (the page never
            # links across it: see the renderer)
            state.env["_explainer_markup"].append((start, state.pos))
            if name == "html_inline":
                state.env["_explainer_html"].append((start, state.pos))
        return ok

    rule.__name__ = f"explainer_{name}"
    return rule


# The characters an enabled inline rule other than plain text starts at (escape, backticks, emphasis, link, image
# "![", autolink and raw HTML "<", entity "&") and the line break: a paragraph line with none of them is one text
# token, as the parser would make it (tests/test_prose.py compares both on every text of the corpus).
INLINE_STARTS = re.compile(r"[\\`*_\[<&\n]")


def _inline_with_spans(state) -> None:
    """The core 'inline' rule, recording each inline token's markup spans in its meta."""
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            if token.content and INLINE_STARTS.search(token.content) is None:
                token.children.append(Token("text", "", 0, content=token.content))
                token.meta["markup"] = []
                token.meta["html"] = []
                continue
            state.env["_explainer_markup"] = []
            state.env["_explainer_html"] = []
            state.md.inline.parse(token.content, state.md, state.env, token.children)
            token.meta["markup"] = state.env["_explainer_markup"]
            token.meta["html"] = state.env["_explainer_html"]


def markdown_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable("table")
    for rule in md.inline.ruler.__rules__:
        if rule.name not in PROSE_RULES:
            rule.fn = _marking(rule.name, rule.fn)
    md.inline.ruler.__cache__ = None
    md.core.ruler.at("inline", _inline_with_spans)
    return md


_MD: MarkdownIt | None = None


def parser() -> MarkdownIt:
    global _MD
    if _MD is None:
        _MD = markdown_parser()
    return _MD


@dataclass
class Prose:
    """The matchable view of one body."""

    text: str  # body with non-prose characters as spaces; same length as the body
    markup: bytearray  # 1 where the body character is not prose
    blocks: list[tuple[int, int]]  # (start, end) of each prose block (paragraph) in body offsets

    def is_prose(self, start: int, end: int) -> bool:
        return self.markup.find(1, start, end) == -1

    def block_of(self, offset: int) -> tuple[int, int] | None:
        return block_at(self.blocks, offset)


def line_starts(body: str) -> list[int]:
    starts = [0]
    for line in body.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    return starts


# A backtick typed for an apostrophe, before a letter ("Azerbaijan`s", "MUI`s", "1990`s"): Markdown would pair two
# of them into a code span. The render stage escapes each one, so the page shows the text as published;
# here they read as apostrophes, one character for one, so every offset stays the body's.
APOSTROPHE_BACKTICK = re.compile(r"(?<=[^\W_])`(?=[^\W\d_])")


def as_written(body: str) -> str:
    """``body`` with apostrophe backticks read as apostrophes (same length)."""
    return APOSTROPHE_BACKTICK.sub("'", body) if "`" in body else body


# A line that can only be a paragraph's text: no character a block rule reads at its start (heading, quote, list
# item, fence, table, HTML, setext underline), no indentation, no trailing white space, no tab, and none of the
# characters an inline rule starts at.
NOT_PLAIN = re.compile(r"[\\`*_\[<&|\t\r\x00\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")  # (and what splitlines splits at)
LIST_NUMBER = re.compile(r"\d{1,9}[.)](?:\s|$)")


def _plain_view(body: str) -> Prose | None:
    """The view of a body made only of plain paragraph lines and empty lines, read without the parser (the same
    view: tests/test_prose.py compares both on every text of the corpus); None for any other body."""
    if NOT_PLAIN.search(body) is not None:
        return None
    markup = bytearray(b"\x01" * len(body))
    blocks: list[tuple[int, int]] = []
    start = None  # where the paragraph being read starts
    pos = 0
    for line in body.split("\n"):
        end = pos + len(line)
        if line:
            if line[0] in "#>+-=~" or line[0].isspace() or line[-1].isspace() or LIST_NUMBER.match(line):
                return None
            if start is None:
                start = pos
        elif start is not None:
            blocks.append((start, pos - 1))
            start = None
        pos = end + 1
    if start is not None:
        blocks.append((start, min(pos - 1, len(body))))
    chars = []
    last = 0
    for a, b in blocks:
        chars.append(" " * (a - last))
        chars.append(body[a:b].translate(SPACE_LIKE))  # (a line break inside a paragraph reads as a space)
        markup[a:b] = bytes(b - a)
        last = b
    chars.append(" " * (len(body) - last))
    return Prose(text="".join(chars), markup=markup, blocks=blocks)


def prose_view(body: str) -> Prose:
    body = as_written(body)
    plain = _plain_view(body)
    if plain is not None:
        return plain
    md = parser()
    env: dict = {}
    tokens = md.parse(body, env)
    lines = body.splitlines(keepends=True)
    starts = line_starts(body)
    chars = [" "] * len(body)
    markup = bytearray(b"\x01" * len(body))
    blocks: list[tuple[int, int]] = []
    skip = 0  # depth inside headings and tables, whose text is never matched
    open_raw: str | None = None  # what an HTML block left open (a tag, an attribute, a raw-text element)
    for i, token in enumerate(tokens):
        if token.type in ("heading_open", "table_open"):
            skip += 1
        elif token.type in ("heading_close", "table_close"):
            skip -= 1
        if token.map is not None and (open_raw or token.type == "html_block"):
            source = "".join(lines[token.map[0]:token.map[1]])
            open_raw = _still_open(open_raw, source)
            if token.type != "html_block":
                continue  # a browser reads this as the open tag's attribute or raw text: never prose
        if token.type != "inline" or skip or token.map is None:
            continue
        if i == 0 or tokens[i - 1].type != "paragraph_open":
            continue
        span = _map_inline(token, lines, starts, chars, markup, body)
        if span:
            blocks.append(span)
    return Prose(text="".join(chars), markup=markup, blocks=sorted(blocks))


RAW_TEXT_ELEMENTS = ("xmp", "plaintext", "listing", "noembed", "noframes", "noscript", "iframe", "textarea",
                     "title", "script", "style")


OPEN_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")


def _tag_end(source: str, i: int) -> int:
    """The offset of the ">" that closes the tag being read from ``i`` (quoted values skipped), or -1."""
    quote = None
    for j in range(i, len(source)):
        ch = source[j]
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == ">":
            return j
    return -1


def _still_open(state: str | None, source: str) -> str | None:
    """Where raw HTML stands after ``source``: None when everything it opened is closed, else what is
    open: "tag" (inside a tag, e.g. an attribute value over blank lines) or a raw-text element's name."""
    i = 0
    while i < len(source):
        if state and state != "tag":  # inside a raw-text element: only its closing tag ends it
            end = source.lower().find(f"</{state}", i)
            if end < 0:
                return state
            state, i = "tag", end + 2
        name = closing = None
        if state != "tag":
            m = OPEN_TAG.search(source, i)
            if not m:
                return None
            name, closing, i = m.group(2).lower(), m.group(1), m.end()
        j = _tag_end(source, i)
        if j < 0:
            return "tag"
        raw = name in RAW_TEXT_ELEMENTS and not closing and source[j - 1] != "/"
        i, state = j + 1, (name if raw else None)
    return state


def _merge(spans):
    merged = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return merged


def _covered(spans, offset: int) -> bool:
    i = bisect_right(spans, [offset, float("inf")]) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _map_inline(token, lines, starts, chars, markup, body) -> tuple[int, int] | None:
    """Copy the prose characters of one inline token into ``chars`` at their body offsets.

    A content line is the end of its source line (after indentation and container
    markers such as "> "); a line whose text cannot be found that way (tabs expanded
    by the parser, say) is left out rather than guessed. Work is done on runs of
    prose, not characters.
    """
    content: str = token.content
    spans = _merge(token.meta.get("markup", []))
    segments: list[tuple[int, int, int]] = []  # (content start, content end, body offset of content 0) a line
    pos = 0
    lo = hi = None
    si = 0
    for k, cline in enumerate(content.split("\n")):
        line_no = token.map[0] + k
        if line_no >= len(lines):
            break
        src = lines[line_no].rstrip("\r\n")
        stripped, tail = src.rstrip(" \t"), cline.rstrip(" \t")
        line_end = pos + len(cline)
        if tail and stripped.endswith(tail):
            base = starts[line_no] + len(stripped) - len(tail) - pos  # body offset = base + content offset
            newline_is_markup = _covered(spans, pos - 1) if k else True
            if hi is not None and k and not newline_is_markup and not body[hi:base + pos].strip(" \t\r\n"):
                # a soft line break with nothing but indentation: a space a name may run across
                chars[hi:base + pos] = " " * (base + pos - hi)
                markup[hi:base + pos] = bytes(base + pos - hi)
            while si < len(spans) and spans[si][1] <= pos:
                si += 1
            cursor, j = pos, si
            while cursor < line_end:
                if j < len(spans) and spans[j][0] <= cursor:
                    cursor = max(cursor, min(spans[j][1], line_end))
                    if spans[j][1] <= line_end:
                        j += 1
                    continue
                stop = min(spans[j][0], line_end) if j < len(spans) else line_end
                chars[base + cursor:base + stop] = content[cursor:stop].translate(SPACE_LIKE)
                markup[base + cursor:base + stop] = bytes(stop - cursor)
                cursor = stop
            if cline.endswith("\\") and line_end < len(content) and not markup[base + line_end - 1]:
                chars[base + line_end - 1] = " "  # the backslash of a hard break reads as a space
            if lo is None:
                lo = base + pos
            hi = base + line_end
            segments.append((pos, line_end, base))
        else:
            hi = None
        pos = line_end + 1
    _inside_raw_elements(token, content, segments, chars, markup)
    if lo is None:
        return None
    return lo, hi if hi is not None else lo


RAW_TAG = re.compile(r"^<(/?)([A-Za-z][A-Za-z0-9-]*)\b[^>]*?(/?)>$", re.S)
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def _inside_raw_elements(token, content: str, segments, chars, markup) -> None:
    """Text between a raw inline tag and its closing tag (``<a href=..>The ETGE</a>``, ``<code>``, ``<kbd>``)
    is the article's own markup's content: a link there would nest or change it, so it is not prose."""
    spans = token.meta.get("html") or []
    if not spans:
        return
    stack: list[tuple[str, int]] = []
    for start, end in spans:
        m = RAW_TAG.match(content[start:end])
        if not m or m.group(2).lower() in VOID_TAGS or m.group(3):
            continue
        name = m.group(2).lower()
        if not m.group(1):
            stack.append((name, end))
            continue
        for i in range(len(stack) - 1, -1, -1):
            if stack[i][0] == name:
                opened = stack[i][1]
                del stack[i:]
                if not stack:  # the outermost element: everything inside it
                    _mark_content(opened, start, segments, chars, markup)
                break
    for _, opened in stack[:1]:  # never closed: to the end of the paragraph
        _mark_content(opened, len(content), segments, chars, markup)


def _mark_content(a: int, b: int, segments, chars, markup) -> None:
    for line_start, line_end, base in segments:
        lo, hi = max(a, line_start), min(b, line_end)
        if lo < hi:
            chars[base + lo:base + hi] = " " * (hi - lo)
            markup[base + lo:base + hi] = b"\x01" * (hi - lo)


@lru_cache(maxsize=1)
def _plain_markdown() -> MarkdownIt:
    return MarkdownIt("commonmark")


MARKUP_CHARS = re.compile(r"[\\`*_\[\]<>&!~|#]")


def plain_text(fragment: str) -> str:
    """The words of a Markdown fragment, without its markup (for snippets and descriptions)."""
    if not MARKUP_CHARS.search(fragment or ""):
        return " ".join((fragment or "").split())  # most sentences have no markup at all
    out = []
    for token in _plain_markdown().parseInline(fragment or ""):
        for child in token.children or []:
            if child.type in ("text", "code_inline"):
                out.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                out.append(" ")
    return " ".join("".join(out).split())

"""Annotate an article body by inserting markup, and take it out again.

The article's text is never changed: we only insert strings at offsets (our links, cards
and marks; a "#" or a backslash that keeps a hostile link or attribute list from working)
and replace raw HTML by its sanitized form. The generated page records every edit in its
end marker (``<!-- explainer:body:end 12+140 300+1:m 420+25:r<base64> -->``: at annotated
offset 12, 140 characters of our HTML; at 300, 1 character the Markdown parser must see;
at 420, 25 characters standing for the base64-encoded original). ``strip`` undoes them
all, which gives back the original body byte for byte, whatever the body contains.
"""

from __future__ import annotations

import base64
import re
from typing import NamedTuple

START = "<!-- explainer:body:start -->"
END = "<!-- explainer:body:end"
END_RE = re.compile(r"\n\n<!-- explainer:body:end((?: [0-9]+\+[0-9]+(?::m|:r[A-Za-z0-9+/=]*)?)*) -->\n")
HTML, MARKDOWN = "html", "markdown"  # our markup (set aside from Markdown by the plugin) / seen by Markdown


class Edit(NamedTuple):
    offset: int
    order: int
    text: str
    remove: int = 0  # characters of the body the text replaces
    kind: str = HTML


def insert(body: str, edits) -> tuple[str, list[tuple]]:
    """Apply edits at body offsets (``(offset, order, text)`` tuples are our HTML insertions).

    At one offset, lower order goes first. Returns the annotated body and, for each edit,
    (offset in the annotated body, length, kind, removed original text).
    """
    out, spans, last, shift = [], [], 0, 0
    for e in sorted((Edit(*e) for e in edits), key=lambda e: (e.offset, e.order)):
        if e.offset < last:
            continue  # inside text an earlier replacement already took
        out.append(body[last:e.offset])
        spans.append((e.offset + shift, len(e.text), e.kind, body[e.offset:e.offset + e.remove]))
        out.append(e.text)
        shift += len(e.text) - e.remove
        last = e.offset + e.remove
    out.append(body[last:])
    return "".join(out), spans


def _record(span) -> str:
    pos, length, kind, removed = span
    if removed:
        return f" {pos}+{length}:r{base64.b64encode(removed.encode('utf-8')).decode('ascii')}"
    return f" {pos}+{length}" + (":m" if kind == MARKDOWN else "")


def wrap(annotated: str, spans) -> str:
    """The body as it stands in a generated page, between its markers."""
    return f"{START}\n\n{annotated}\n\n{END}{''.join(_record(s) for s in spans)} -->\n"


def split_page(page: str):
    """(text before the body, annotated body, edit spans, text after the body), or None."""
    at = page.find(START + "\n\n")
    if at < 0:
        return None
    head = at + len(START) + 2
    tail = None
    for tail in END_RE.finditer(page, head):
        pass  # the last marker is ours; anything like it earlier is article text
    if tail is None:
        return None
    spans = []
    for item in tail.group(1).split():
        numbers, _, flag = item.partition(":")
        pos, length = map(int, numbers.split("+"))
        if flag.startswith("r"):
            spans.append((pos, length, MARKDOWN, base64.b64decode(flag[1:]).decode("utf-8")))
        else:
            spans.append((pos, length, MARKDOWN if flag == "m" else HTML, ""))
    return page[:at], page[head:tail.start()], spans, page[tail.end():]


def pieces(annotated: str, spans) -> list[tuple[str | None, str]]:
    """The annotated body as (kind of edit or None for the article's own text, text) pieces, in order."""
    out, last = [], 0
    for pos, length, kind, _ in spans:
        out.append((None, annotated[last:pos]))
        out.append((kind, annotated[pos:pos + length]))
        last = pos + length
    out.append((None, annotated[last:]))
    return out


def strip(page: str) -> str:
    """The original article body from a generated page (the inverse of insert + wrap)."""
    parts = split_page(page)
    if parts is None:
        raise ValueError("page has no explainer body markers")
    _, annotated, spans, _ = parts
    out, last = [], 0
    for pos, length, _, removed in spans:
        out.append(annotated[last:pos])
        out.append(removed)
        last = pos + length
    out.append(annotated[last:])
    return "".join(out)

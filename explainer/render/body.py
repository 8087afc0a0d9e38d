"""Annotate an article body by inserting markup only, and take it out again.

The article's text is never changed: we only insert strings at offsets, and the
generated page records every insertion in its end marker
(``<!-- explainer:body:end 12+140 300+96 -->``: at annotated offset 12, 140
inserted characters). ``strip`` removes exactly those, which gives back the
original body byte for byte, whatever the body itself contains.
"""

from __future__ import annotations

import re

START = "<!-- explainer:body:start -->"
END = "<!-- explainer:body:end"
END_RE = re.compile(r"\n\n<!-- explainer:body:end((?: [0-9]+\+[0-9]+)*) -->\n")


def insert(body: str, insertions: list[tuple[int, int, str]]) -> tuple[str, list[tuple[int, int]]]:
    """Insert strings at body offsets.

    ``insertions`` are (offset, order, text); at one offset, lower order goes first.
    Returns the annotated body and, for each insertion, (offset in the annotated body, length).
    """
    out, spans, last, shift = [], [], 0, 0
    for offset, _, text in sorted(insertions, key=lambda t: (t[0], t[1])):
        out.append(body[last:offset])
        spans.append((offset + shift, len(text)))
        out.append(text)
        shift += len(text)
        last = offset
    out.append(body[last:])
    return "".join(out), spans


def wrap(annotated: str, spans: list[tuple[int, int]]) -> str:
    """The body as it stands in a generated page, between its markers."""
    record = "".join(f" {pos}+{length}" for pos, length in spans)
    return f"{START}\n\n{annotated}\n\n{END}{record} -->\n"


def split_page(page: str):
    """(text before the body, annotated body, insertion spans, text after the body), or None."""
    at = page.find(START + "\n\n")
    if at < 0:
        return None
    head = at + len(START) + 2
    tail = None
    for tail in END_RE.finditer(page, head):
        pass  # the last marker is ours; anything like it earlier is article text
    if tail is None:
        return None
    spans = [tuple(map(int, item.split("+"))) for item in tail.group(1).split()]
    return page[:at], page[head:tail.start()], spans, page[tail.end():]


def pieces(annotated: str, spans) -> list[tuple[bool, str]]:
    """The annotated body as (inserted?, text) pieces, in order."""
    out, last = [], 0
    for pos, length in spans:
        out.append((False, annotated[last:pos]))
        out.append((True, annotated[pos:pos + length]))
        last = pos + length
    out.append((False, annotated[last:]))
    return out


def strip(page: str) -> str:
    """The original article body from a generated page (the inverse of insert + wrap)."""
    parts = split_page(page)
    if parts is None:
        raise ValueError("page has no explainer body markers")
    _, annotated, spans, _ = parts
    return "".join(text for inserted, text in pieces(annotated, spans) if not inserted)

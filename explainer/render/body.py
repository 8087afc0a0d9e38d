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


def strip(page: str) -> str:
    """The original article body from a generated page (the inverse of insert + wrap)."""
    head = page.index(START + "\n\n") + len(START) + 2
    tails = list(END_RE.finditer(page, head))
    if not tails:
        raise ValueError("page has no explainer body end marker")
    tail = tails[-1]  # the last marker is ours; anything like it earlier is article text
    annotated = page[head:tail.start()]
    spans = [tuple(map(int, item.split("+"))) for item in tail.group(1).split()]
    out, last = [], 0
    for pos, length in spans:
        out.append(annotated[last:pos])
        last = pos + length
    out.append(annotated[last:])
    return "".join(out)

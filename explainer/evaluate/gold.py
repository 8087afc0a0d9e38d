"""Read a gold-annotated corpus text: front matter, and a body with ⟦surface|entry⟧ marks.

Marks: ``⟦surface|id⟧`` a mention, ``⟦surface|?id⟧`` optional, ``⟦surface|!id⟧`` a
precision trap (documented, never required). Marks may nest. Removing them gives the
text exactly as published; offsets are into that text.

Run ``python -m explainer.evaluate.gold FILE...`` to check files without running the
explainer on them (balanced marks, one speaker per paragraph).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from explainer.load.yamlsource import SafeLoader
from explainer.structure.paragraphs import paragraph_numbers

OPEN, SEP, CLOSE = "⟦", "|", "⟧"
_ID = re.compile(r"^[?!]?[a-z0-9]+(?:-[a-z0-9]+)*$")


class GoldError(ValueError):
    pass


@dataclass(frozen=True)
class GoldMention:
    entry: str
    start: int
    end: int
    text: str
    kind: str  # "required", "optional" or "trap"


@dataclass
class GoldText:
    path: str
    meta: dict
    body: str
    mentions: list[GoldMention] = field(default_factory=list)
    speakers: list = field(default_factory=list)

    def article_text(self) -> str:
        """The text as an article file the explainer reads: front matter without gold fields, body."""
        keep = {k: v for k, v in self.meta.items() if k in ("title", "date", "source", "url")}
        keep.setdefault("title", Path(self.path).stem)
        front = yaml.safe_dump(keep, allow_unicode=True, sort_keys=True, default_flow_style=False)
        return f"---\n{front}---\n\n{self.body}"


def split_front(text: str, path: str) -> tuple[dict, str]:
    if not text.startswith("---\n"):
        raise GoldError(f"{path}:1:1: the front matter must start on the first line with ---")
    end = text.find("\n---\n", 4)
    if end < 0:
        raise GoldError(f"{path}:1:1: the front matter has no closing ---")
    meta = yaml.load(text[4:end], Loader=SafeLoader) or {}  # (libyaml's parser: the same values, faster)
    body = text[end + 5:]
    return meta, body.lstrip("\n")


def strip_marks(marked: str, path: str = "<gold>") -> tuple[str, list[GoldMention]]:
    out: list[str] = []
    pos = 0  # offset in the plain text
    stack: list[int] = []
    mentions: list[GoldMention] = []
    i = 0
    line = 1
    while i < len(marked):
        ch = marked[i]
        if ch == OPEN:
            stack.append(pos)
            i += 1
            continue
        if ch == CLOSE:
            raise GoldError(f"{path}:{line}: '⟧' without '⟦|entry'")
        if ch == SEP and stack:
            close = marked.find(CLOSE, i)
            label = marked[i + 1:close] if close >= 0 else ""
            if close < 0 or not _ID.match(label):
                raise GoldError(f"{path}:{line}: a mark must end '|entry-id⟧' (got {marked[i:i + 30]!r})")
            start = stack.pop()
            kind = {"?": "optional", "!": "trap"}.get(label[0], "required")
            entry = label.lstrip("?!")
            text = "".join(out)[start:pos]
            if not text:
                raise GoldError(f"{path}:{line}: empty mark for {entry}")
            mentions.append(GoldMention(entry, start, pos, text, kind))
            i = close + 1
            continue
        if ch == "\n":
            line += 1
        out.append(ch)
        pos += 1
        i += 1
    if stack:
        raise GoldError(f"{path}: {len(stack)} '⟦' never closed")
    mentions.sort(key=lambda m: (m.start, m.end))
    return "".join(out), mentions


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, numbered as `annotate` numbers them (`paragraph_numbers`)."""
    starts = paragraph_numbers(body)
    return list(zip(starts, starts[1:] + [len(body)]))


def read_gold(path: Path) -> GoldText:
    raw = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    meta, marked = split_front(raw, str(path))
    body, mentions = strip_marks(marked, str(path))
    speakers = meta.get("speakers")
    if not isinstance(speakers, list):
        raise GoldError(f"{path}: 'speakers:' must list one voice per paragraph")
    n = len(paragraphs(body))
    if len(speakers) != n:
        raise GoldError(f"{path}: {len(speakers)} speakers for {n} paragraphs")
    return GoldText(str(path), meta, body, mentions, speakers)


def main(argv: list[str]) -> int:
    status = 0
    for name in argv:
        try:
            g = read_gold(Path(name))
        except (GoldError, OSError, yaml.YAMLError) as exc:
            print(f"error: {exc}")
            status = 1
            continue
        words = len(g.body.split())
        print(f"{name}: ok: {words} words, {len(paragraphs(g.body))} paragraphs, "
              f"{sum(m.kind == 'required' for m in g.mentions)} mentions, "
              f"{sum(m.kind == 'optional' for m in g.mentions)} optional, "
              f"{sum(m.kind == 'trap' for m in g.mentions)} traps")
        for m in g.mentions:
            print(f"    {m.kind:8} {m.entry:36} {m.text!r}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Load articles: YAML front matter between '---' lines, then a CommonMark body kept byte for byte."""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
import unicodedata
from pathlib import Path

from explainer.diagnostics import Report
from explainer.load.entries import parse_date
from explainer.structure.paragraphs import paragraph_numbers
from explainer.load.files import MAX_ARTICLE_BYTES, read_text, tree_files
from explainer.load.yamlsource import YamlError, load_located
from explainer.structure.article import Article
from explainer.structure.urls import is_web_url

FRONT_FIELDS = ("title", "date", "source", "url", "dateline", "byline", "tags", "attribution", "display_title", "via",
                "draft")
REQUIRED = ("title", "date", "source")
FENCE_RE = re.compile(r"^---[ \t]*\r?$")
CLOSE_RE = re.compile(r"^(---|\.\.\.)[ \t]*\r?$")


def slugify(stem: str) -> str:
    """A URL-safe slug from a file name ("Café report 2025" -> "cafe-report-2025"). Letters with no Latin
    form ("北京报道") keep a short stable hash of the name, so two such files never share a slug."""
    text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    dropped = sum(1 for ch in unicodedata.normalize("NFKD", stem) if ch.isalnum() and not ch.isascii())
    if dropped > len(re.sub(r"[^a-z0-9]", "", text)):  # mostly non-Latin: the Latin part cannot tell files apart
        digest = hashlib.sha1(stem.encode("utf-8")).hexdigest()[:8]
        text = f"{text}-{digest}" if text else f"article-{digest}"
    return text or "article"


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter or None, body, 1-based line where the body starts)."""
    lines = text.splitlines(keepends=True)
    if not lines or not FENCE_RE.match(lines[0].rstrip("\n")):
        return None, text, 1
    for i in range(1, len(lines)):
        if CLOSE_RE.match(lines[i].rstrip("\n")):
            front = "".join(lines[1:i])
            body = "".join(lines[i + 1:])
            return front, body, i + 2
    raise YamlError(1, 1, "front matter starts with '---' but has no closing '---' line")


def _at(located, *path) -> tuple[int, int]:
    """(line, col) in the file of a front matter field: the front matter starts on line 2."""
    if located is None:
        return 1, 1
    line, col = located.where(tuple(path))
    return line + 1, col


def parse_article(path: Path, shown: str, text: str, report: Report, require_front: bool = True) -> Article | None:
    errors_before = report.errors
    try:
        front, body, body_line = split_front_matter(text)
    except YamlError as exc:
        report.error(shown, exc.line, exc.col, exc.message)
        return None
    meta: dict = {}
    located = None
    if front is None:
        if require_front:
            lines = text.split("\n")
            first = next((i for i, line in enumerate(lines) if line.strip()), None)
            if first and lines[first].rstrip() == "---":  # blank lines before the front matter
                report.error(shown, first + 1, 1, "the front matter's '---' must be on the file's first line; "
                             f"delete the {first} blank line{'s' if first > 1 else ''} before it")
                return None
            report.error(shown, 1, 1, "article has no front matter; start the file with '---', then "
                         "title, date and source, then '---'")
            return None
    else:
        try:
            located = load_located(front) if front.strip() else None
        except YamlError as exc:
            report.error(shown, exc.line + 1, exc.col, f"front matter: {exc.message}")
            return None
        meta = located.data if located else {}
        if not isinstance(meta, dict):
            report.error(shown, 2, 1, "front matter must be a mapping (title: ..., date: ..., source: ...)")
            return None

        misspelt = {}  # a required field written with a typo: one message, at the typo
        for key in meta:
            if key not in FRONT_FIELDS:
                close = difflib.get_close_matches(str(key), sorted(FRONT_FIELDS), n=1, cutoff=0.7)
                if close and close[0] in REQUIRED and meta.get(close[0]) in (None, "") and require_front:
                    misspelt[close[0]] = key
                    report.error(shown, *_at(located, key), f"front matter has no '{close[0]}': '{key}' looks "
                                 f"like it; correct the spelling")
                    continue
                hint = f"; did you mean '{close[0]}'?" if close else ""
                report.warning(shown, *_at(located, key), f"unknown front matter field '{key}'{hint}")
        if require_front:
            for key in REQUIRED:
                if meta.get(key) in (None, "") and key not in misspelt:
                    report.error(shown, 2, 1, f"front matter has no '{key}'")
    date = None
    if meta.get("date") is not None:
        date = parse_date(meta["date"])
        if date is None:
            report.error(shown, *_at(located, "date"), f"date {meta['date']!r} is not an ISO date (YYYY-MM-DD)")
    for key in ("title", "source", "dateline", "byline", "url"):
        if meta.get(key) is not None and not isinstance(meta[key], str):
            if key in ("title", "source", "dateline", "byline") and isinstance(meta[key], (int, float, dt.date)):
                meta[key] = str(meta[key])
            else:
                report.error(shown, *_at(located, key), f"{key} must be text")
    if isinstance(meta.get("url"), str) and not is_web_url(meta["url"]):
        report.error(shown, *_at(located, "url"), f"url {meta['url']!r} is not an http(s) URL")
    tags = meta.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        report.error(shown, *_at(located, "tags"), "tags must be a list of strings")
        tags = []
    draft = meta.get("draft", False)
    if not isinstance(draft, bool):
        report.error(shown, *_at(located, "draft"), f"draft must be true or false (got {draft!r})")
        draft = False
    attribution = meta.get("attribution") or {}
    if not isinstance(attribution, dict):
        report.error(shown, *_at(located, "attribution"),
                     "attribution must map paragraph numbers to an entry id or label")
        attribution = {}
    paragraphs = len(paragraph_numbers(body))
    checked = {}
    for key, value in attribution.items():
        where = _at(located, "attribution", key)
        if isinstance(key, bool) or not isinstance(key, int) or key < 1:
            report.error(shown, *where, f"attribution: {key!r} is not a paragraph number; write 1, 2, 3 ... "
                         "(paragraphs are counted from 1, blank-line separated)")
        elif key > paragraphs:
            report.error(shown, *where, f"attribution: there is no paragraph {key} (the body has {paragraphs}); "
                         "correct the number")
        elif not isinstance(value, str) or not value.strip():
            report.error(shown, *where, f"attribution: paragraph {key} must name an entry id or a name as "
                         f"written (got {value!r})")
        else:
            checked[key] = value
    attribution = checked
    if report.errors > errors_before:
        return None
    return Article(
        slug=slugify(path.stem), path=shown, title=str(meta.get("title") or path.stem),
        date=date, source=str(meta.get("source") or ""), body=body, body_line=body_line,
        url=meta.get("url") if isinstance(meta.get("url"), str) else None,
        dateline=meta.get("dateline"), byline=meta.get("byline"), tags=[str(t) for t in tags],
        display_title=str(meta["display_title"]) if meta.get("display_title") else None, draft=draft,
        via=str(meta["via"]) if meta.get("via") else None,
        attribution=attribution,
    )


def load_articles(articles_dir: Path, rel, report: Report, memo=None) -> list[Article]:
    """Every article under ``articles_dir``, parsed and checked (``memo``: as in load_entries)."""
    articles: list[Article] = []
    slugs: dict[str, str] = {}
    paths, links = tree_files(articles_dir, (".md",))  # (symlinked folders are not followed)
    for link in links:
        report.warning(rel(link), 1, 1, "is a symlink to a folder; its articles are not read (copy them into "
                       "the project, or link each file)")

    def read(path: Path, report: Report) -> Article | None:
        shown = rel(path)
        text = read_text(path, shown, report, MAX_ARTICLE_BYTES, articles_dir)
        return parse_article(path, shown, text, report) if text is not None else None

    for path in paths:
        article = read(path, report) if memo is None else memo.load("article", path, report, read)
        if article is None:
            continue
        shown = article.path
        if article.slug in slugs:
            report.error(shown, 1, 1, f"duplicate article slug '{article.slug}' (also {slugs[article.slug]}); "
                         "rename one of the files")
            continue
        slugs[article.slug] = shown
        articles.append(article)
    return articles

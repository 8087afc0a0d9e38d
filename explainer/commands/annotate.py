"""`explainer annotate PATH... --json`: every mention in any Markdown file, as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from explainer.commands.content import load_content, make_finder
from explainer.diagnostics import Report
from explainer.load.articles import parse_article
from explainer.load.files import MAX_ARTICLE_BYTES, read_text
from explainer.load.project import Project


def _attribution(a) -> dict | None:
    if a is None or not (a.holder or a.label or a.cue):
        return None
    return {"holder": a.holder, "label": a.label, "cue": a.cue}


def mentions_json(matches) -> list[dict]:
    """Every mention; each also carries the attribution of its paragraph (who is speaking, and the cue)."""
    out = []
    for am in matches:
        by_para = {a.paragraph: a for a in am.attributions}
        for m in am.mentions:
            out.append({"article": am.article.path, "entry": m.entry, "text": m.text,
                        "start": m.start, "end": m.end, "paragraph": m.paragraph,
                        "attribution": _attribution(by_para.get(m.paragraph))})
    return out


def paragraphs_json(matches) -> list[dict]:
    """One record per prose paragraph: its attributed source (or none) and the cue that decided it."""
    return [{"article": am.article.path, "paragraph": a.paragraph, "holder": None if a.writer and not a.holder
             else a.holder, "label": a.label, "cue": a.cue, "writer": a.writer}
            for am in matches for a in am.attributions]


def sentences_json(matches) -> list[dict]:
    """One record per sentence of prose: its voice (a speaker, or the writer's own) and the cue."""
    return [{"article": am.article.path, "paragraph": v.paragraph, "start": v.start, "end": v.end,
             "text": am.article.body[v.start:v.end], "holder": v.holder, "label": v.label, "cue": v.cue,
             "writer": v.writer} for am in matches for v in am.voices]


def run(project: Project, paths: list[str], as_json: bool = True, paragraphs: bool = False,
        sentences: bool = False) -> int:
    report = Report()
    content = load_content(project, report, articles=False)
    articles = []
    for raw in paths:
        path = Path(raw)
        text = read_text(path, raw, report, MAX_ARTICLE_BYTES)
        if text is None:
            continue
        article = parse_article(path, raw, text, report, require_front=False)
        if article is not None:
            articles.append(article)
    finder = make_finder(project, content.entries, report, content.publishers) if not report.errors else None
    if report.errors or finder is None:
        report.print()
        return 1
    matches = finder.match_articles(articles)
    report.print(quiet_info=True)
    result = (sentences_json(matches) if sentences else paragraphs_json(matches) if paragraphs
              else mentions_json(matches))
    if as_json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif sentences:
        for item in result:
            print(f"{item['article']}:{item['paragraph']}: {item['label'] or '(the writer)'}"
                  + (" (the writer)" if item["writer"] else "") + f": {item['text'][:60]!r}")
    elif paragraphs:
        for item in result:
            print(f"{item['article']}:{item['paragraph']}: {item['label'] or '(no attribution)'}"
                  + (f" [{item['cue']}]" if item["cue"] else ""))
    else:
        for item in result:
            print(f"{item['article']}:{item['paragraph']}: {item['entry']}: {item['text']!r} "
                  f"[{item['start']}:{item['end']}]")
    return 0

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


def mentions_json(matches) -> list[dict]:
    out = []
    for am in matches:
        for m in am.mentions:
            out.append({"article": am.article.path, "entry": m.entry, "text": m.text,
                        "start": m.start, "end": m.end, "paragraph": m.paragraph})
    return out


def run(project: Project, paths: list[str], as_json: bool = True) -> int:
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
    finder = make_finder(project, content.entries, report) if not report.errors else None
    if report.errors or finder is None:
        report.print()
        return 1
    matches = finder.match_articles(articles)
    report.print(quiet_info=True)
    result = mentions_json(matches)
    if as_json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for item in result:
            print(f"{item['article']}:{item['paragraph']}: {item['entry']}: {item['text']!r} "
                  f"[{item['start']}:{item['end']}]")
    return 0

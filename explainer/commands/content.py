"""Load, validate and match a project's content: the part every command shares."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from explainer.diagnostics import Report
from explainer.load.articles import load_articles
from explainer.load.entries import load_entries
from explainer.load.project import Project
from explainer.match.matcher import ArticleMatches, MentionFinder
from explainer.match.pipeline import PipelineError
from explainer.structure import Article, Entry


@dataclass
class Content:
    entries: list[Entry] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    matches: list[ArticleMatches] = field(default_factory=list)
    finder: MentionFinder | None = None


def load_content(project: Project, report: Report, today: dt.date | None = None,
                 articles: bool = True) -> Content:
    content = Content()
    if not project.content_dir.is_dir():
        report.error(project.rel(project.content_dir), 1, 1, "content folder not found")
        return content
    content.entries = load_entries(project.context_dir, project.rel, report, today,
                                   project.review_max_age_days)
    if articles:
        content.articles = load_articles(project.articles_dir, project.rel, report)
    return content


def make_finder(project: Project, entries: list[Entry], report: Report) -> MentionFinder | None:
    try:
        return MentionFinder(entries, report, model=project.spacy_model)
    except PipelineError as exc:
        report.error(project.rel(project.config_file), 1, 1, str(exc))
        return None


def match_content(project: Project, content: Content, report: Report) -> None:
    content.finder = make_finder(project, content.entries, report)
    if content.finder is None:
        return
    content.matches = content.finder.match_articles(content.articles)
    mentioned = {m.entry for am in content.matches for m in am.mentions}
    for entry in content.entries:
        if entry.id not in mentioned:
            report.info(entry.path, 1, 1, f"entry '{entry.id}' is not mentioned in any article")
    for am in content.matches:
        if not am.mentions:
            report.warning(am.article.path, am.article.body_line, 1, "no context entry is mentioned in "
                           "this article; add entries or aliases for the names it uses")

"""Load, validate and match a project's content: the part every command shares."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from explainer import __version__
from explainer.cache import BuildCache, digest, text_digest
from explainer.diagnostics import Report
from explainer.load.articles import load_articles
from explainer.load.entries import load_entries
from explainer.load.publishers import apply_registry, load_publishers
from explainer.load.project import Project, today_input
from explainer.structure import Article, ArticleMatches, Entry


@dataclass
class Content:
    entries: list[Entry] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    matches: list[ArticleMatches] = field(default_factory=list)
    publishers: list = field(default_factory=list)  # the publisher registry, content/publishers.yaml
    finder: object | None = None  # the MentionFinder, built only when something must be matched
    pipeline: tuple | None = None  # the spaCy pipeline, when it was made ahead (prepare_pipeline)
    rematched: int = 0  # articles matched in this run (the others came from the cache)


def load_content(project: Project, report: Report, today: dt.date | None = None,
                 articles: bool = True, memo=None, map_files=None) -> Content:
    """``map_files``: how entry files are read (load.entries.load_entries); a build passes a worker pool."""
    content = Content()
    if not project.content_dir.is_dir():
        report.error(project.rel(project.content_dir), 1, 1, "content folder not found")
        return content
    content.entries = load_entries(project.context_dir, project.rel, report, today or today_input(),
                                   project.review_max_age_days, memo=memo, map_files=map_files)
    registry = project.content_dir / "publishers.yaml"
    content.publishers = load_publishers(registry, project.rel(registry), report)
    apply_registry(content.entries, content.publishers, report)
    if articles:
        content.articles = load_articles(project.articles_dir, project.rel, report, memo=memo)
    if memo is not None:
        memo.sweep()
    return content


def prepare_pipeline(project: Project) -> tuple | None:
    """Import spaCy and the matcher, read the word list, and make the pipeline, before the entries are known: a
    first build does this while its entries load. None when the pipeline cannot be made (make_finder says why)."""
    import importlib

    from explainer.match import lexicon
    from explainer.match.pipeline import PipelineError, make_pipeline

    importlib.import_module("explainer.match.matcher")  # (spaCy's matchers and the rules, imported now)
    lexicon.warm()
    try:
        return make_pipeline(project.spacy_model)
    except PipelineError:
        return None


def make_finder(project: Project, entries: list[Entry], report: Report, publishers: list,
                pipeline: tuple | None = None):
    """The spaCy pipeline and matchers; imported here because a build with nothing to match never needs them.
    ``pipeline``: one prepare_pipeline made."""
    from explainer.match.matcher import MentionFinder
    from explainer.match.pipeline import PipelineError

    try:
        return MentionFinder(entries, report, model=project.spacy_model, publishers=publishers, pipeline=pipeline)
    except PipelineError as exc:
        report.error(project.rel(project.config_file), 1, 1, str(exc))
        return None


def matching_fingerprint(project: Project, entries: list[Entry], publishers: list) -> str:
    """Everything that can change what is found in an article, and nothing else (not summaries)."""
    return digest((__version__, project.spacy_model, sorted(  # the registry decides whose voice a text is
        (p.name, p.kind, p.aliases, p.domains, p.country) for p in publishers), sorted(
        (e.id, e.type, e.names, e.short_names, e.case_sensitive, e.inflect, e.requires, e.patterns,
         [(r.title, r.start, r.end, r.aliases, r.mention) for r in e.roles])
        for e in entries)))


def article_key(article: Article) -> str:
    return digest((text_digest(article.body), article.attribution, article.path))


def match_content(project: Project, content: Content, report: Report, cache: BuildCache | None = None,
                  need_finder: bool = False, clock=None) -> None:
    """Match every article, reusing the cache for articles whose text and matching rules are unchanged."""
    fingerprint = matching_fingerprint(project, content.entries, content.publishers)
    keys = {a.slug: (article_key(a), fingerprint) for a in content.articles}
    stored = cache.matches if cache else {}
    todo = [a for a in content.articles if stored.get(a.slug, (None,))[0] != keys[a.slug]]
    if todo or need_finder:
        content.finder = make_finder(project, content.entries, report, content.publishers, content.pipeline)
        content.pipeline = None
        if content.finder is None:
            return
    if clock is not None:
        clock.lap("pipeline")  # importing spaCy, building the pipeline and the matchers
    fresh = {m.article.slug: m for m in content.finder.match_articles(todo)} if todo else {}
    for slug, m in fresh.items():
        m.key = keys[slug]
    content.rematched = len(todo)
    content.matches = []
    for article in content.articles:
        if article.slug in fresh:
            result = fresh[article.slug]
        else:
            mentions, attributions, blocks, diagnostics, voices = stored[article.slug][1]
            result = ArticleMatches(article, mentions, attributions, voices, blocks, diagnostics, keys[article.slug])
            report.extend_items(diagnostics)
        content.matches.append(result)
    if cache is not None and (todo or set(stored) != set(keys)):  # without the article: its text is on disk
        cache.matches_changed = True
        cache.matches = {m.article.slug: (keys[m.article.slug], (m.mentions, m.attributions, m.blocks,
                                                                 m.diagnostics, m.voices)) for m in content.matches}
    mentioned = {m.entry for am in content.matches for m in am.mentions}
    for entry in content.entries:
        if entry.id not in mentioned:
            report.info(entry.path, 1, 1, f"entry '{entry.id}' is not mentioned in any article")
    for am in content.matches:
        if not am.mentions:
            report.warning(am.article.path, am.article.body_line, 1, "no context entry is mentioned in "
                           "this article; add entries or aliases for the names it uses")

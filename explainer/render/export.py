"""The machine-readable export: every article's mentions (and attributions) in one JSON file."""

from __future__ import annotations

import json

from explainer import __version__
from explainer.cache import digest
from explainer.structure import ArticleMatches
from explainer.structure import Entry


def export_digest(entries: list[Entry], matches: list[ArticleMatches]) -> str:
    """What the export is made of; equal digests, equal bytes (so an unchanged export is not rebuilt)."""
    return digest(([(e.id, e.type, e.title, e.reviewed, e.wikidata) for e in entries],
                   [(m.article.slug, m.article.title, m.article.date, m.article.source, m.article.url,
                     m.key or (m.mentions, m.attributions)) for m in matches]))


def export_json(entries: list[Entry], matches: list[ArticleMatches]) -> str:
    """Deterministic: articles by slug, mentions by offset, keys sorted; no timestamps."""
    articles = []
    for am in sorted(matches, key=lambda m: m.article.slug):
        a = am.article
        articles.append({
            "slug": a.slug,
            "page": a.page_path,
            "title": a.title,
            "date": a.date.isoformat() if a.date else None,
            "source": a.source,
            "url": a.url,
            "mentions": [{"entry": m.entry, "text": m.text, "start": m.start, "end": m.end,
                          "paragraph": m.paragraph, "kind": m.kind} for m in am.mentions],
            "attributions": [
                {"paragraph": x.paragraph, "holder": x.holder, "label": x.label, "cue": x.cue}
                for x in getattr(am, "attributions", [])],
        })
    data = {
        "generator": f"explainer {__version__}",
        "entries": [{"id": e.id, "type": e.type, "title": e.title, "page": e.page_path,
                     "reviewed": e.reviewed.isoformat(), "wikidata": e.wikidata}
                    for e in sorted(entries, key=lambda e: e.id)],
        "articles": articles,
    }
    # No indent: the C encoder is several times faster on large archives; keys sorted for stable bytes.
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"

"""Shared fixtures: small throwaway projects built from the real templates and config."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from explainer.diagnostics import Report
from explainer.load.articles import parse_article
from explainer.load.entries import load_entries
from explainer.match.matcher import MentionFinder

REPO = Path(__file__).resolve().parent.parent
ARTICLE = REPO / "content" / "articles" / "2025-04-24-etge-azerbaijan-china-partnership.md"
SHARED = REPO.parent / "shared"


# "Today" is an input: every command run by the tests, in process or as a subprocess, reads this date
# instead of the clock, so fixtures dated 2026-11-01 never age out of `check --strict`.
TODAY = "2026-11-28"


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setenv("EXPLAINER_TODAY", TODAY)


def entry_yaml(id, type="organization", title=None, **fields) -> str:
    data = {"id": id, "type": type, "title": title or id.replace("-", " ").title(),
            "summary": f"Summary of {title or id}.",
            "sources": [{"title": "A source", "url": f"https://example.org/{id}", "publisher": "Example"}],
            "reviewed": "2026-11-01"}
    data.update(fields)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def write_entries(root: Path, entries: list[str]) -> Path:
    context = root / "content" / "context"
    for text in entries:
        data = yaml.safe_load(text)
        folder = context / (data["type"] + "s")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{data['id']}.yaml").write_text(text, encoding="utf-8")
    return context


def make_project(root: Path, entries: list[str] | None = None, articles: dict[str, str] | None = None,
                 with_real_content: bool = False) -> Path:
    """A project folder with the repo's mkdocs.yml, templates and pages, and the given content."""
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "site_templates", root / "site_templates")
    if with_real_content:
        shutil.copytree(REPO / "content", root / "content")
    else:
        shutil.copytree(REPO / "content" / "pages", root / "content" / "pages")
        (root / "content" / "articles").mkdir(parents=True, exist_ok=True)
        write_entries(root, entries or [])
        for name, text in (articles or {}).items():
            (root / "content" / "articles" / name).write_text(text, encoding="utf-8")
    return root


def find(entries: list[str], body: str, tmp_path: Path, report: Report | None = None):
    """Mentions found in ``body`` with the given entries (YAML texts)."""
    report = report if report is not None else Report()
    context = write_entries(tmp_path, entries)
    loaded = load_entries(context, str, report)
    assert not report.errors, report.sorted()
    article = parse_article(Path("a.md"), "a.md", body, report, require_front=False)
    finder = MentionFinder(loaded, report)
    return finder.match_articles([article])[0].mentions


@pytest.fixture
def mentions(tmp_path):
    def run(entries, body, report=None):
        return [(m.entry, m.text) for m in find(entries, body, tmp_path, report)]
    return run

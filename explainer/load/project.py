"""Find the project (its mkdocs.yml and content/) and read the explainer's settings from it.

Like ``mkdocs``, every command works on the project in the current directory or on
the one whose mkdocs.yml is named with ``-f``; nothing is ever read relative to the
installed package.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from explainer.load.yamlsource import SafeLoader


class ProjectError(Exception):
    pass


def today_input() -> "dt.date":
    """"Today", for review ages and new entries: EXPLAINER_TODAY (YYYY-MM-DD) when set, else the system date.
    Read once, by the commands; the stages take it as an argument."""
    value = os.environ.get("EXPLAINER_TODAY")
    if value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ProjectError(f"EXPLAINER_TODAY={value!r} is not a date (YYYY-MM-DD)") from None
    return dt.date.today()


class _ConfigLoader(SafeLoader):  # type: ignore[misc,valid-type]
    """Reads mkdocs.yml, whose tags (!ENV, !!python/name:...) only MkDocs itself resolves."""


def _ignore_tag(loader, suffix, node):
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)


_ConfigLoader.add_multi_constructor("!", _ignore_tag)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)


@dataclass
class Project:
    root: Path
    config_file: Path
    docs_dir: Path  # where generated Markdown goes (git-ignored)
    site_dir: Path
    content_dir: Path
    templates_dir: Path
    use_directory_urls: bool = True
    review_max_age_days: int = 365
    spacy_model: str | None = None
    home_articles: int = 30
    site_url: str | None = None

    def rel(self, path: Path | str) -> str:
        """A path as an editor sees it: relative to the project root where possible."""
        p = Path(path)
        if not p.is_absolute():
            p = Path(os.path.abspath(p))  # not resolve(): a symlink is named as the editor sees it
        try:
            return p.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    @property
    def articles_dir(self) -> Path:
        return self.content_dir / "articles"

    @property
    def context_dir(self) -> Path:
        return self.content_dir / "context"

    @property
    def pages_dir(self) -> Path:
        return self.content_dir / "pages"

    @property
    def cache_file(self) -> Path:
        return self.docs_dir.parent / "explainer-cache.pickle"


def load_project(config_file: str | Path | None = None) -> Project:
    path = Path(config_file) if config_file else Path.cwd() / "mkdocs.yml"
    if not path.is_file():
        raise ProjectError(f"{path}: no mkdocs.yml here; run in a project folder or name one with -f")
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ProjectError(f"{path}:1:1: error: mkdocs.yml cannot be read: {exc}") from None
    if not isinstance(raw, dict):
        raise ProjectError(f"{path}:1:1: error: mkdocs.yml must be a mapping")
    root = path.parent.resolve()
    extra = raw.get("extra") or {}
    settings = (extra.get("explainer") if isinstance(extra, dict) else None) or {}

    def under_root(value, default):
        return (root / str(value or default)).resolve()

    return Project(
        root=root,
        config_file=path.resolve(),
        docs_dir=under_root(raw.get("docs_dir"), "docs"),
        site_dir=under_root(raw.get("site_dir"), "site"),
        content_dir=under_root(settings.get("content_dir"), "content"),
        templates_dir=under_root(settings.get("templates_dir"), "site_templates"),
        use_directory_urls=bool(raw.get("use_directory_urls", True)),
        review_max_age_days=int(settings.get("review_max_age_days", 365)),
        spacy_model=settings.get("spacy_model") or None,
        home_articles=int(settings.get("home_articles", 30)),
        site_url=raw.get("site_url") or None,
    )

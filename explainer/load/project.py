"""Find the project (its mkdocs.yml and content/) and read the explainer's settings from it.

Like ``mkdocs``, every command works on the project in the current directory or on
the one whose mkdocs.yml is named with ``-f``; nothing is ever read relative to the
installed package.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from dataclasses import dataclass
from pathlib import Path



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
    config_text: str = ""
    engine: str = "mkdocs"  # which engine builds the site: "mkdocs" or "zensical"
    drafts: bool = False  # publish articles marked `draft: true` too (build --drafts, serve)
    operator: str | None = None  # who runs the site, shown on the home page
    report_url: str | None = None  # where readers report an error, linked from every article
    edit_url: str | None = None  # prefix of an entry's edit link: edit_url + "content/context/<type>s/<id>.yaml"

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
        """The build cache, in the project's own git-ignored build folder (never beside docs_dir, which may
        be anywhere)."""
        return self.root / "build" / "explainer-cache.json"


# Markdown extensions the generated pages are safe under (an allowlist): none of these reads Markdown inside
# raw HTML (md_in_html), includes files (pymdownx.snippets) or runs code from the page.
MARKDOWN_EXTENSIONS = frozenset({
    "abbr", "admonition", "attr_list", "def_list", "footnotes", "meta", "sane_lists",
    "smarty", "tables", "toc", "pymdownx.betterem", "pymdownx.caret", "pymdownx.details", "pymdownx.highlight",
    "pymdownx.inlinehilite", "pymdownx.keys", "pymdownx.mark", "pymdownx.smartsymbols", "pymdownx.superfences",
    "pymdownx.tabbed", "pymdownx.tasklist", "pymdownx.tilde", "markdown.extensions.tables",
    "markdown.extensions.toc", "markdown.extensions.attr_list",
})

ENGINES = ("mkdocs", "zensical")

SETTINGS = {
    # name: (type, default, what it must be)
    "content_dir": (str, "content", "a folder name"),
    "templates_dir": (str, "site_templates", "a folder name"),
    "review_max_age_days": (int, 365, "a whole number of days, at least 1"),
    "home_articles": (int, 30, "a whole number, at least 1"),
    "spacy_model": (str, None, "the name of an installed spaCy pipeline"),
    "engine": (str, "mkdocs", "mkdocs or zensical: which engine builds the site from the generated pages"),
    "operator": (str, None, "who runs the site, as readers should see it (a newsroom, a desk, a person)"),
    "edit_url": (str, None, "the web address that, followed by an entry's path (content/context/...), edits "
                 "it, e.g. https://github.com/<user>/<repo>/edit/main/"),
    "report_url": (str, None, "the web address (https://...) where readers report an error, e.g. the "
                   "repository's issues page"),
}


def _line_of(text: str, key: str) -> int:
    """The 1-based line of ``key:`` in mkdocs.yml, for messages; 1 when it is not written there."""
    m = re.search(rf"^\s*{re.escape(key)}\s*:", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def load_project(config_file: str | Path | None = None) -> Project:
    """Read mkdocs.yml with MkDocs' own YAML loader (!ENV, INHERIT) and validate the explainer's settings."""
    from mkdocs import exceptions
    from mkdocs.utils.yaml import yaml_load

    path = Path(config_file) if config_file else Path.cwd() / "mkdocs.yml"
    if not path.is_file():
        raise ProjectError(f"{path}: no mkdocs.yml here; run in a project folder or name one with -f")
    shown = path.name if not config_file else str(config_file)
    try:
        text = path.read_text(encoding="utf-8")
        with open(path, "rb") as handle:
            raw = yaml_load(handle) or {}
    except (exceptions.ConfigurationError, UnicodeDecodeError, OSError) as exc:
        raise ProjectError(f"{shown}:1:1: error: mkdocs.yml cannot be read: {exc}") from None
    if not isinstance(raw, dict):
        raise ProjectError(f"{shown}:1:1: error: mkdocs.yml must be a mapping")
    root = path.parent.resolve()
    extra = raw.get("extra") or {}
    settings = (extra.get("explainer") if isinstance(extra, dict) else None) or {}
    if not isinstance(settings, dict):
        raise ProjectError(f"{shown}:{_line_of(text, 'explainer')}:1: error: extra.explainer must be a mapping "
                           "of settings (content_dir: content, ...)")
    values = {}
    for key, value in settings.items():
        if key not in SETTINGS:
            close = difflib.get_close_matches(str(key), list(SETTINGS), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise ProjectError(f"{shown}:{_line_of(text, str(key))}:1: error: extra.explainer.{key} is not a "
                               f"setting of the explainer{hint} (settings: {', '.join(SETTINGS)})")
        kind, _, what = SETTINGS[key]
        ok = value is None or (isinstance(value, kind) and not isinstance(value, bool)
                               and (kind is not int or value >= 1) and (kind is not str or value.strip()))
        if not ok:
            raise ProjectError(f"{shown}:{_line_of(text, key)}:1: error: extra.explainer.{key} must be {what} "
                               f"(got {value!r})")
        if key == "engine" and value is not None and value not in ENGINES:
            raise ProjectError(f"{shown}:{_line_of(text, key)}:1: error: extra.explainer.engine must be one of "
                               f"{', '.join(ENGINES)} (got {value!r})")
        if key in ("report_url", "edit_url") and value is not None \
                and not re.match(r"https?://[^\s\"'<>]+$", value):
            raise ProjectError(f"{shown}:{_line_of(text, key)}:1: error: extra.explainer.{key} must be "
                               f"{what} (got {value!r})")
        values[key] = value
    for ext in raw.get("markdown_extensions") or []:
        name = next(iter(ext)) if isinstance(ext, dict) and ext else ext
        if not isinstance(name, str) or name not in MARKDOWN_EXTENSIONS:
            raise ProjectError(
                f"{shown}:{_line_of(text, str(name)) if isinstance(name, str) else 1}:1: error: markdown_extensions: "
                f"{name!r} is not one the explainer's pages are checked with (it could change how an article's "
                f"raw HTML or links are read, which safety relies on); remove it (allowed: "
                f"{', '.join(sorted(MARKDOWN_EXTENSIONS))})")
    for key in ("docs_dir", "site_dir"):
        if raw.get(key) is not None and not isinstance(raw.get(key), str):
            raise ProjectError(f"{shown}:{_line_of(text, key)}:1: error: {key} must be a folder name "
                               f"(got {raw.get(key)!r})")

    def setting(key):
        value = values.get(key)
        return SETTINGS[key][1] if value is None else value

    def under_root(value, default):
        return (root / str(value or default)).resolve()

    return Project(
        root=root,
        config_file=path.resolve(),
        docs_dir=under_root(raw.get("docs_dir"), "docs"),
        site_dir=under_root(raw.get("site_dir"), "site"),
        content_dir=under_root(setting("content_dir"), "content"),
        templates_dir=under_root(setting("templates_dir"), "site_templates"),
        use_directory_urls=bool(raw.get("use_directory_urls", True)),
        review_max_age_days=setting("review_max_age_days"),
        spacy_model=setting("spacy_model"),
        home_articles=setting("home_articles"),
        site_url=raw.get("site_url") or None,
        config_text=text,
        engine=setting("engine"),
        operator=setting("operator"),
        report_url=setting("report_url"),
        edit_url=setting("edit_url"),
    )


def output_dir_problems(project: Project) -> list[str]:
    """Why docs_dir or site_dir may not be written, as messages at their line in mkdocs.yml: the explainer
    writes and deletes files in both, so neither may be, hold, or lie inside the project's own files."""
    text = project.config_text
    shown = project.rel(project.config_file)
    protected = {"the project folder": project.root, "content_dir": project.content_dir,
                 "templates_dir": project.templates_dir, "the .git folder": project.root / ".git",
                 "mkdocs.yml": project.config_file}
    out = []
    dirs = {"docs_dir": project.docs_dir, "site_dir": project.site_dir}
    for key, folder in dirs.items():
        where = f"{shown}:{_line_of(text, key)}:1: error: {key} '{project.rel(folder)}'"
        for name, other in protected.items():
            if folder == other:
                out.append(f"{where} is {name}; the explainer writes and deletes files in {key}, so it must be "
                           f"a folder of its own, such as {'build/docs' if key == 'docs_dir' else 'site'}")
                break
            if _inside(other, folder):
                out.append(f"{where} holds {name} ({project.rel(other)}); the explainer writes and deletes files "
                           f"in {key}, so it must be a folder of its own, such as "
                           f"{'build/docs' if key == 'docs_dir' else 'site'}")
                break
            if name != "the project folder" and name != "mkdocs.yml" and _inside(folder, other):
                out.append(f"{where} lies inside {name} ({project.rel(other)}); choose a folder of its own, such "
                           f"as {'build/docs' if key == 'docs_dir' else 'site'}")
                break
    if not out and (project.docs_dir == project.site_dir or _inside(project.docs_dir, project.site_dir)
                    or _inside(project.site_dir, project.docs_dir)):
        out.append(f"{shown}:{_line_of(text, 'site_dir')}:1: error: site_dir '{project.rel(project.site_dir)}' "
                   f"and docs_dir '{project.rel(project.docs_dir)}' overlap; keep them apart (build/docs and site)")
    return out


def _inside(path: Path, folder: Path) -> bool:
    """``path`` lies strictly inside ``folder``."""
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return path != folder

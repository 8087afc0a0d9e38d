"""Run MkDocs on the generated docs_dir, into a temporary folder swapped in only on success.

A build that fails (bad theme setting, a strict-mode warning, an interrupt) leaves
the previous site/ exactly as it was.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
from pathlib import Path

import jinja2

from explainer.load.project import Project


class PublishError(Exception):
    pass


class _NoDirtyWarning(logging.Filter):
    """MkDocs warns that a "dirty" build may leave stale pages and navigation; the explainer's incremental
    publishing (publish/incremental.py) is what makes that build whole, so the warning is not the
    editor's (and under --strict it would fail the build)."""

    def filter(self, record):
        return not record.getMessage().startswith("A 'dirty' build is being performed")


class _Stderr(logging.StreamHandler):
    """Writes to whatever sys.stderr is when a message comes (not the one there when the handler was made)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value):
        pass


def _logging(verbose: bool) -> None:
    build_logger = logging.getLogger("mkdocs.commands.build")
    if not any(isinstance(f, _NoDirtyWarning) for f in build_logger.filters):
        build_logger.addFilter(_NoDirtyWarning())
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "_explainer", False) for h in logger.handlers):
        handler = _Stderr()
        handler.setFormatter(logging.Formatter("mkdocs: %(levelname)s: %(message)s"))
        handler._explainer = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        logger.propagate = False
    logger.setLevel(logging.INFO if verbose else logging.WARNING)


def _build(build, config, plugin, dirty: bool = False) -> None:
    """MkDocs' build; a worker process of a shared build never comes back from it (publish/split.py)."""
    try:
        build(config, dirty=dirty)
    finally:
        if plugin is not None:
            plugin.leave()


def build_site(project: Project, strict: bool = False, verbose: bool = False, reuse=None,
               workers: int = 1) -> Path:
    """Build the site into a temporary folder and swap it in. With ``reuse`` (a callable given the loaded
    configuration, returning an incremental.Plan or None), the temporary folder starts as a hard-linked
    copy of the previous site and MkDocs rebuilds only what the plan does not keep."""
    from mkdocs import exceptions
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from explainer.publish import incremental, split

    _logging(verbose)
    site = project.site_dir
    clean_leftovers(site)
    tmp = site.with_name(f".{site.name}.build-{os.getpid()}")
    old = site.with_name(f".{site.name}.old-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        config = load_config(config_file=str(project.config_file), site_dir=str(tmp), strict=strict)
        plan = reuse(config) if reuse else None
        plugin = config.plugins.get("explainer")
        if plan is not None and plugin is not None:
            try:
                incremental.link_copy(site, tmp)
            except OSError:  # a file system without hard links: a clean build
                shutil.rmtree(tmp, ignore_errors=True)
                plan.active = False
        elif plan is not None:
            plan.active = False
        if plugin is not None:
            plugin.incremental = plan if plan is not None and plan.active else None
            # a clean build shares its pages between processes (publish/split.py); it runs in MkDocs'
            # "dirty" mode, which is how each process skips the pages of the others
            plugin.workers = workers if plugin.incremental is None else 1
        try:
            _build(build, config, plugin, dirty=plugin is not None and (plugin.incremental is not None
                                                                         or plugin.workers > 1))
        except (incremental.Mismatch, split.Failed) as exc:
            shutil.rmtree(tmp, ignore_errors=True)  # the previous site could not be reused after all
            if plan is not None:
                plan.active = False
                plan.why = str(exc)
            else:
                logging.getLogger("mkdocs.plugins.explainer").info(
                    f"explainer: {exc}; the site is built again in one process")
            config = load_config(config_file=str(project.config_file), site_dir=str(tmp), strict=strict)
            plugin = config.plugins.get("explainer")
            if plugin is not None:
                plugin.incremental = None  # (MkDocs keeps one instance per process)
                plugin.workers = 1
            _build(build, config, plugin)
    except exceptions.Abort as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise PublishError(f"mkdocs: {exc}") from None
    except exceptions.ConfigurationError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise PublishError(f"{project.rel(project.config_file)}:1:1: error: {exc}") from None
    except jinja2.TemplateError as exc:  # a theme override that does not compile
        shutil.rmtree(tmp, ignore_errors=True)
        where = project.rel(exc.filename) if getattr(exc, "filename", None) else "theme template"
        raise PublishError(f"{where}:{getattr(exc, 'lineno', None) or 1}:1: error: template: "
                           f"{getattr(exc, 'message', None) or exc}") from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return swap_in(project, tmp, old)


def swap_in(project: Project, tmp: Path, old: Path) -> Path:
    """Replace site_dir with the freshly built ``tmp`` in one rename; the previous site is kept until then."""
    site = project.site_dir
    try:
        if site.exists():
            os.replace(site, old)
        os.replace(tmp, site)
    except OSError as exc:
        if old.exists() and not site.exists():
            os.replace(old, site)  # put the previous site back
        shutil.rmtree(tmp, ignore_errors=True)
        raise PublishError(f"{project.rel(site)}: error: the new site could not replace the old one "
                           f"({exc.strerror}); check the folder's permissions") from None
    shutil.rmtree(old, ignore_errors=True)
    return site


LEFTOVER = re.compile(r"^\.(?P<name>.+)\.(?:build|old)-(?P<pid>[0-9]+)$")


def clean_leftovers(site: Path) -> None:
    """Remove the temporary folders of builds that were killed (their process is gone)."""
    try:
        siblings = list(site.parent.iterdir())
    except OSError:
        return
    for path in siblings:
        m = LEFTOVER.match(path.name)
        if not m or m.group("name") != site.name or not path.is_dir():
            continue
        pid = int(m.group("pid"))
        if pid != os.getpid() and not _alive(pid):
            shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return pid < 2 ** 22
    return True

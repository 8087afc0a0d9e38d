"""Run MkDocs on the generated docs_dir, into a temporary folder swapped in only on success.

A build that fails (bad theme setting, a strict-mode warning, an interrupt) leaves
the previous site/ exactly as it was.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from pathlib import Path

import jinja2

from explainer.load.project import Project


class PublishError(Exception):
    pass


def _logging(verbose: bool) -> None:
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "_explainer", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("mkdocs: %(levelname)s: %(message)s"))
        handler._explainer = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        logger.propagate = False
    logger.setLevel(logging.INFO if verbose else logging.WARNING)


def build_site(project: Project, strict: bool = False, verbose: bool = False) -> Path:
    from mkdocs import exceptions
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    _logging(verbose)
    site = project.site_dir
    clean_leftovers(site)
    tmp = site.with_name(f".{site.name}.build-{os.getpid()}")
    old = site.with_name(f".{site.name}.old-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        config = load_config(config_file=str(project.config_file), site_dir=str(tmp), strict=strict)
        build(config)
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

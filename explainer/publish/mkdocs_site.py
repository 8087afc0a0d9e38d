"""Run MkDocs on the generated docs_dir, into a temporary folder swapped in only on success.

A build that fails (bad theme setting, a strict-mode warning, an interrupt) leaves
the previous site/ exactly as it was.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

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
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if site.exists():
        os.replace(site, old)
    os.replace(tmp, site)
    shutil.rmtree(old, ignore_errors=True)
    return site

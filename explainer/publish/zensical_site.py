"""Run Zensical on the generated docs_dir, into a temporary folder swapped in only on success.

Zensical reads mkdocs.yml, but it writes site_dir in place (a failed build leaves half a site) and
wants every folder it reads or writes inside the folder of its configuration file. So the explainer
writes a copy of the configuration next to docs_dir (`zensical.yml`, in the git-ignored build folder,
with paths relative to it and site_dir a temporary folder there), runs `zensical build` on it, and
swaps the result in like MkDocs' (publish/mkdocs_site.py). Zensical keeps its own cache in `.cache/`
beside that file; it is Zensical's, and left to it. Zensical runs no MkDocs plugin: what the explainer
writes into docs_dir is safe and complete without one (DESIGN.md, "Safe under any engine").

Tested with zensical 0.0.73 (the `zensical` extra); newer releases are untested.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

from explainer.load.project import Project
from explainer.publish.mkdocs_site import PublishError, clean_leftovers, swap_in

CONFIG_NAME = "zensical.yml"


def available() -> bool:
    return importlib.util.find_spec("zensical") is not None


def not_installed(project: Project, command: str = "build") -> str:
    """The message when the zensical engine is asked for but not installed."""
    return (f"{project.rel(project.config_file)}:1:1: error: the zensical engine is not installed; install it with: "
            f"pip install 'explainer[zensical]' (or {command} with --engine mkdocs)")


def zensical_config(project: Project, site_dir: Path, extra_javascript: tuple[str, ...] = ()) -> Path:
    """Write the configuration Zensical builds from, beside docs_dir; returns its path. ``extra_javascript``
    (paths inside docs_dir) is added for the preview."""
    import yaml
    from mkdocs.utils.yaml import yaml_load

    with open(project.config_file, "rb") as handle:
        config = yaml_load(handle) or {}
    where = project.docs_dir.parent

    def rel(path: Path) -> str:
        return os.path.relpath(path, where)

    config["docs_dir"] = rel(project.docs_dir)
    config["site_dir"] = rel(site_dir)
    if extra_javascript:
        scripts = config.get("extra_javascript")
        config["extra_javascript"] = (list(scripts) if isinstance(scripts, list) else []) + list(extra_javascript)
    theme = config.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        theme["custom_dir"] = rel(project.root / str(theme["custom_dir"]))
    path = where / CONFIG_NAME
    path.write_text("# Written by explainer build --engine zensical from " + project.rel(project.config_file)
                    + "; edit that file, not this one.\n" + yaml.safe_dump(config, sort_keys=False,
                                                                          allow_unicode=True),
                    encoding="utf-8")
    return path


def build_site(project: Project, strict: bool = False, verbose: bool = False) -> Path:
    if not available():
        raise PublishError(not_installed(project))
    site = project.site_dir
    clean_leftovers(site)
    clean_leftovers(project.docs_dir.parent / f"{site.name}")
    tmp = project.docs_dir.parent / f".{site.name}.build-{os.getpid()}"
    old = site.with_name(f".{site.name}.old-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    config = zensical_config(project, tmp)
    command = [sys.executable, "-m", "zensical", "build", "-f", str(config)] + (["--strict"] if strict else [])
    try:
        done = subprocess.run(command, cwd=config.parent, capture_output=True, text=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if verbose or done.returncode:
        for line in (done.stdout + done.stderr).splitlines():
            if line.strip():
                print(f"zensical: {line}", file=sys.stderr)
    if done.returncode or not (tmp / "index.html").is_file():
        shutil.rmtree(tmp, ignore_errors=True)
        raise PublishError(f"zensical: the build failed (exit status {done.returncode})")
    return swap_in(project, tmp, old)

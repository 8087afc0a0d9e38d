"""`explainer serve`: a live preview that follows edits to entries, articles and templates."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from explainer.load.project import Project
from explainer.publish.mkdocs_site import _logging


def run(project: Project, dev_addr: str = "127.0.0.1:8000", strict: bool = False) -> int:
    from mkdocs import exceptions
    from mkdocs.commands.serve import serve

    _logging(verbose=True)
    project.docs_dir.mkdir(parents=True, exist_ok=True)  # MkDocs wants it before the first build
    os.environ["EXPLAINER_SERVE_STRICT"] = "1" if strict else "0"
    hook = Path(__file__).resolve().parent / "serve_hook.py"
    watch = [str(project.content_dir), str(project.templates_dir)]
    print(f"serving {project.rel(project.root) or '.'} at http://{dev_addr}/ ; edits to "
          f"{project.rel(project.content_dir)}/ and {project.rel(project.templates_dir)}/ reload the page",
          file=sys.stderr)
    try:
        serve(config_file=str(project.config_file), livereload=True, watch_theme=True, watch=watch,
              dev_addr=dev_addr, hooks=[str(hook)], strict=strict)
    except (exceptions.Abort, exceptions.ConfigurationError) as exc:
        print(f"explainer serve: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0

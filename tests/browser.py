"""Helpers for browser tests: build a site, serve it on loopback, drive Debian's Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import socketserver
import threading
from pathlib import Path

import pytest

# Debian's Chromium by default; a CI runner names its own system browser in EXPLAINER_CHROMIUM.
CHROMIUM = os.environ.get("EXPLAINER_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def require_browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"no browser at {CHROMIUM}, and CI must run the browser tests (apt-get install chromium, "
                        "or name the system's browser in EXPLAINER_CHROMIUM)")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium); .ci/run installs it")
    try:
        import playwright.sync_api  # noqa: F401  (only whether it is installed)
    except ImportError:
        pytest.skip("playwright is not installed (pip install -e '.[test]')")


def require_zensical():
    import importlib.util
    if importlib.util.find_spec("zensical") is None:
        if os.environ.get("CI"):
            pytest.fail("zensical is not installed, and CI must test both engines (pip install -e '.[test]')")
        pytest.skip("zensical is not installed (pip install -e '.[test]')")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class Server:
    """A static file server on 127.0.0.1 with a free port, stopped on exit."""

    def __init__(self, folder: Path):
        handler = functools.partial(_Quiet, directory=str(folder))
        self.httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)


def screenshots_dir(repo: Path) -> Path:
    folder = Path(os.environ.get("EXPLAINER_SCREENSHOTS", repo / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder

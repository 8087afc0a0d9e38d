"""A clean build shares its pages between processes (publish/split.py): the site is the one a
one-process build makes, byte for byte; a worker's warnings count under --strict; a worker that fails
makes the build run again in one process."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from explainer.cli import main
from explainer.publish import plugin as plugin_module
from explainer.publish import split
from tests.conftest import entry_yaml, make_project
from tests.test_incremental_publish import article, snapshot


@pytest.fixture
def root(tmp_path, monkeypatch):
    monkeypatch.setattr(split, "MIN_PAGES", 4)  # a small project, shared all the same
    entries = [entry_yaml("alpha", "place", title="Alphaland"), entry_yaml("beta", "place", title="Betaland"),
               entry_yaml("gamma", "place", title="Gammaland", related=["alpha"])]
    articles = {f"s{i}.md": article(i, ["Alphaland"] if i < 4 else ["Betaland", "Gammaland"]) for i in range(9)}
    (tmp_path / "p").mkdir()
    return make_project(tmp_path / "p", entries, articles)


def build(root: Path, workers: int, *args) -> int:
    os.environ["EXPLAINER_WORKERS"] = str(workers)
    try:
        return main(["build", "-v", "--clean", "-f", str(root / "mkdocs.yml"), *args])
    finally:
        del os.environ["EXPLAINER_WORKERS"]


def one_process_build(root: Path, tmp_path: Path) -> dict[str, bytes]:
    other = tmp_path / "serial"
    shutil.copytree(root, other, ignore=shutil.ignore_patterns("site", "build", ".site*"))
    assert build(other, 1) == 0
    return snapshot(other / "site")


@pytest.mark.parametrize("workers", [2, 3])
def test_a_shared_build_is_the_one_process_build_byte_for_byte(root, tmp_path, capsys, workers):
    assert build(root, workers) == 0
    err = capsys.readouterr().err
    shared = 12 - 12 // workers - (1 if 12 % workers else 0)  # the others' every-Nth of 12 pages
    assert f"explainer: {shared} of the site's pages rendered by {workers - 1} worker process(es)" in err, err
    site = snapshot(root / "site")
    assert site == one_process_build(root, tmp_path)
    assert b"More about day 7." in site["search/search_index.json"]  # a worker's page, in the index
    assert "rendered by" not in capsys.readouterr().err  # one process: nothing shared


def test_a_workers_warning_is_logged_and_fails_a_strict_build(root, capsys):
    story = root / "content/articles/s5.md"
    story.write_text(story.read_text() + "\nSee [the notes](missing-notes.md).\n", encoding="utf-8")
    assert build(root, 2) == 0
    err = capsys.readouterr().err
    assert "rendered by 1 worker" in err
    assert err.count("contains a link 'missing-notes.md'") == 1, err  # logged once, by the main process
    assert build(root, 2, "--strict") == 1
    err = capsys.readouterr().err
    assert "missing-notes.md" in err and "strict mode" in err, err


def test_a_failed_worker_makes_a_one_process_build(root, tmp_path, monkeypatch, capsys):
    main_pid = os.getpid()
    sanitize = plugin_module.sanitize_html

    def fails_in_a_worker(html):
        if os.getpid() != main_pid:
            raise RuntimeError("worker out of luck")
        return sanitize(html)

    monkeypatch.setattr(plugin_module, "sanitize_html", fails_in_a_worker)
    assert build(root, 2) == 0
    err = capsys.readouterr().err
    assert "RuntimeError: worker out of luck; the site is built again in one process" in err, err
    assert "rendered by" not in err
    assert snapshot(root / "site") == one_process_build(root, tmp_path)
    assert not [p for p in root.iterdir() if p.name.startswith(".site")]


def test_small_sites_and_incremental_builds_are_not_shared(tmp_path, capsys):
    entries = [entry_yaml("alpha", "place", title="Alphaland")]
    small = make_project(tmp_path, entries, {"s0.md": article(0, ["Alphaland"])})
    assert build(small, 2) == 0
    assert "rendered by" not in capsys.readouterr().err

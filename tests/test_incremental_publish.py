"""Incremental publishing (issue 16): a rebuild republishes only the pages whose Markdown changed, into a
hard-linked copy of the previous site, and the result is the site a clean build makes, search index
included; a rebuild with nothing changed rebuilds nothing."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from explainer.cli import main
from explainer.publish import incremental
from tests.conftest import entry_yaml, make_project


def article(i, names):
    return (f"---\ntitle: Story {i}\ndate: 2025-01-{i + 1:02d}\nsource: Wire\n---\n\n"
            f"{' and '.join(names)} met on day {i}.\n\n## Details\n\nMore about day {i}.\n")


@pytest.fixture
def root(tmp_path):
    entries = [entry_yaml("alpha", "place", title="Alphaland"), entry_yaml("beta", "place", title="Betaland"),
               entry_yaml("gamma", "place", title="Gammaland", related=["alpha"])]
    articles = {f"s{i}.md": article(i, ["Alphaland"] if i < 3 else ["Betaland", "Gammaland"]) for i in range(6)}
    (tmp_path / "p").mkdir()
    return make_project(tmp_path / "p", entries, articles)


def build(root, *args):
    assert main(["build", "-v", "-f", str(root / "mkdocs.yml"), *args]) == 0


def snapshot(site: Path) -> dict[str, bytes]:
    """Every file of a site, by path; the sitemap's dates (the day of the build) left out."""
    out = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.name == "sitemap.xml":
                data = re.sub(rb"<lastmod>[^<]*</lastmod>", b"", data)
            if path.name == "sitemap.xml.gz":
                continue  # the sitemap, compressed with the build's time in its header
            out[path.relative_to(site).as_posix()] = data
    return out


def clean_build_of(root: Path, tmp_path: Path) -> dict[str, bytes]:
    """The same project built from scratch in another folder."""
    other = tmp_path / "clean"
    shutil.rmtree(other, ignore_errors=True)
    shutil.copytree(root, other, ignore=shutil.ignore_patterns("site", "build", ".site*"))
    build(other, "--clean")
    return snapshot(other / "site")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_an_entry_edit_republishes_only_its_pages_and_equals_a_clean_build(root, tmp_path, capsys):
    build(root)
    capsys.readouterr()
    edit(root / "content/context/places/alpha.yaml", "Summary of Alphaland.", "A new summary.")
    build(root)
    err = capsys.readouterr().err
    m = re.search(r"\((\d+) pages built, (\d+) reused from the previous site\)", err)
    assert m, err
    built, reused = int(m.group(1)), int(m.group(2))
    # alpha's page, the three stories that show its summary, the nav pages and the editor's pages; the
    # other stories and entries are reused
    assert reused >= 5 and built < reused + built
    site = snapshot(root / "site")
    assert "A new summary." in site["articles/s1/index.html"].decode()
    assert site == clean_build_of(root, tmp_path)


def test_the_search_index_is_whole_and_in_a_clean_builds_order(root, tmp_path):
    build(root)
    edit(root / "content/articles/s4.md", "More about day 4.", "Much more about day 4.")
    build(root)
    index = (root / "site/search/search_index.json").read_text()
    assert "Much more about day 4." in index and "More about day 2." in index  # rebuilt and reused pages
    assert index == clean_build_of(root, tmp_path)["search/search_index.json"].decode()


def test_two_incremental_builds_in_a_row_and_a_removed_and_an_added_article(root, tmp_path):
    build(root)
    edit(root / "content/context/places/beta.yaml", "Summary of Betaland.", "Betaland, edited.")
    build(root)
    (root / "content/articles/s5.md").unlink()
    (root / "content/articles/s9.md").write_text(article(9, ["Gammaland"]), encoding="utf-8")
    build(root)
    site = snapshot(root / "site")
    assert "articles/s5/index.html" not in site and "articles/s9/index.html" in site
    assert not (root / "site/articles/s5").exists()  # no empty folder left behind
    assert site == clean_build_of(root, tmp_path)


def test_the_previous_site_is_never_written_through_its_hard_links(root):
    build(root)
    before = snapshot(root / "site")
    keep = root.parent / "kept"
    incremental.link_copy(root / "site", keep)  # shares every file of the previous site
    edit(root / "content/context/places/alpha.yaml", "Summary of Alphaland.", "A new summary.")
    edit(root / "content/articles/s0.md", "More about day 0.", "Other text.")
    build(root)
    assert snapshot(keep) == before
    assert snapshot(root / "site") != before


def test_an_interrupted_publish_leaves_the_site_and_the_next_build_is_whole(root, tmp_path, monkeypatch):
    build(root)
    before = snapshot(root / "site")
    edit(root / "content/context/places/gamma.yaml", "Summary of Gammaland.", "Gammaland, edited.")

    def interrupted(self, files, config):
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(incremental.Plan, "finish", interrupted)
        assert main(["build", "-f", str(root / "mkdocs.yml")]) == 130
    assert snapshot(root / "site") == before
    assert not [p for p in root.iterdir() if p.name.startswith(".site")]
    build(root)
    assert snapshot(root / "site") == clean_build_of(root, tmp_path)


def test_nothing_changed_nothing_rebuilt(root, capsys):
    build(root)
    first = os.stat(root / "site/index.html").st_ino
    capsys.readouterr()
    build(root)
    err = capsys.readouterr().err
    assert "nothing changed since the last build" in err
    assert os.stat(root / "site/index.html").st_ino == first  # the same file: the site was not touched


def test_nothing_changed_repeats_the_last_builds_warnings(root, capsys):
    (root / "content/articles/s0.md").write_text("---\ntitle: T\ndate: 2025-01-01\nsource: Wire\ntag: x\n---\n\n"
                                                   "Alphaland.\n", encoding="utf-8")
    build(root)
    warned = [line for line in capsys.readouterr().err.splitlines() if ": warning: " in line]
    assert warned
    build(root)
    err = capsys.readouterr().err
    assert "nothing changed" in err and all(line in err for line in warned)


@pytest.mark.parametrize("change", ["day", "config", "template", "site"])
def test_a_change_outside_the_content_is_a_clean_build(root, tmp_path, capsys, monkeypatch, change):
    build(root)
    capsys.readouterr()
    if change == "day":  # review ages count from today: a new day can change pages
        monkeypatch.setenv("EXPLAINER_TODAY", "2026-11-29")
    elif change == "config":
        edit(root / "mkdocs.yml", "site_name: Explainer", "site_name: Explainer, renamed")
    elif change == "template":
        main_html = root / "site_templates/theme/main.html"
        main_html.parent.mkdir(parents=True, exist_ok=True)
        main_html.write_text('{% extends "base.html" %}\n{# an override #}\n', encoding="utf-8")
    else:  # the site was built by something else since
        assert main(["build", "--clean", "-f", str(root / "mkdocs.yml")]) == 0
        (root / "site/index.html").unlink()
        (root / "site/index.html").write_bytes(b"<p>written by hand</p>")
    build(root)
    err = capsys.readouterr().err
    assert "nothing changed" not in err
    if change != "day":
        assert "a clean build of the site:" in err
        assert snapshot(root / "site") == clean_build_of(root, tmp_path)


def test_an_unknown_plugin_makes_every_build_a_clean_one(root, capsys):
    build(root)
    capsys.readouterr()
    plan, why = incremental.plan(*_plan_args(root), plugins=["search", "explainer", "blog"])
    assert plan is None and "blog" in why


def _plan_args(root):
    from explainer.load.project import load_project

    project = load_project(root / "mkdocs.yml")
    state = incremental.read_state(project)
    key = incremental.site_key(project, False)
    return project, state, key, incremental.files_state(project.docs_dir)


def test_the_previews_index_cache_writes_what_a_whole_write_does(tmp_path):
    # `serve` keeps the search index it wrote and reuses each kept page's encoded entries; the file is byte
    # for byte the one write_search_index makes, and an index changed by someone else is read again
    index = {"config": {"lang": ["en"], "separator": "[\\s\\-]+"}}
    a = [{"location": "a/", "title": "A", "text": "Ä \u2028 <b>"}, {"location": "a/#x", "title": "X", "text": "1"}]
    b = [{"location": "b/", "title": "B", "text": "two"}]
    c = [{"location": "c/", "title": "C", "text": "new"}]
    whole, cached = tmp_path / "whole.json", tmp_path / "cached.json"
    cache = incremental.IndexCache()
    assert cache.read(cached) is None
    cache.write(cached, index, [("a/", a, False), ("b/", b, False), ("empty/", [], False)])
    incremental.write_search_index(whole, index, a + b)
    assert cached.read_bytes() == whole.read_bytes()
    assert cache.read(cached)["docs"] == a + b  # (from memory: the file is the one it wrote)
    b2 = [{"location": "b/", "title": "B", "text": "changed"}]
    cache.write(cached, index, [("a/", a, True), ("b/", b2, False), ("c/", c, False)])
    incremental.write_search_index(whole, index, a + b2 + c)
    assert cached.read_bytes() == whole.read_bytes()
    cached.write_text(whole.read_text().replace("changed", "edited"))  # someone else wrote it
    assert cache.read(cached)["docs"][2]["text"] == "edited"


def test_the_preview_adopts_a_clean_builds_index_and_writes_the_next_one_aside(tmp_path):
    # the index of the preview's first (clean) build is kept, so the first edit reads nothing back; a rebuild's
    # index is written by a thread while the page reloads, renamed into place whole, and anything that reads or
    # writes the index next waits for it
    index = {"config": {"lang": ["en"]}}
    a = [{"location": "a/", "title": "A", "text": "one"}, {"location": "a/#x", "title": "X", "text": "1"}]
    b = [{"location": "b/", "title": "B", "text": "two"}]
    path, whole = tmp_path / "search_index.json", tmp_path / "whole.json"
    incremental.write_search_index(path, index, a + b)  # as the search plugin writes a clean build's index
    cache = incremental.IndexCache()
    cache.adopt(path)
    assert cache.read(path)["docs"] == a + b
    assert cache.chunks == {"a/": path.read_text()[path.read_text().index('{"location":"a/"'):
                                                  path.read_text().index(',{"location":"b/"')],
                            "b/": '{"location":"b/","title":"B","text":"two"}'}
    b2 = [{"location": "b/", "title": "B", "text": "changed"}]
    cache.write(path, index, [("a/", a, True), ("b/", b2, False)], wait=False)
    assert cache.read(path)["docs"] == a + b2  # (waits for the thread: the file is the one it wrote)
    incremental.write_search_index(whole, index, a + b2)
    assert path.read_bytes() == whole.read_bytes()
    assert not (tmp_path / "search_index.json.part").exists()
    # a write that fails is not kept: the next read takes the file as it is
    cache.write(tmp_path / "missing" / "search_index.json", index, [("a/", a, True)], wait=False)
    assert cache.read(path)["docs"] == a + b2 and cache.stamp is None


def test_the_preview_removes_what_it_does_not_reuse_from_a_listing_made_after_the_last_rebuild(tmp_path):
    # the preview lists its site's files by a thread after each rebuild; the next rebuild removes from that
    # listing what it does not reuse (a stale page, the search index), keeps what it reuses, and leaves no empty
    # folder where it removed a page
    from types import SimpleNamespace

    docs, site = tmp_path / "docs", tmp_path / "site"
    for rel in ("articles/a.md", "articles/b.md"):
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text("x", encoding="utf-8")
    for rel in ("articles/a/index.html", "articles/gone/index.html", "search/search_index.json"):
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text("old", encoding="utf-8")

    def page(rel, dest):
        return SimpleNamespace(src_uri=rel, abs_src_path=str(docs / rel), abs_dest_path=str(site / dest),
                               is_documentation_page=lambda: True, is_modified=lambda: False, page=None, url=dest)
    files = [page("articles/a.md", "articles/a/index.html"), page("articles/b.md", "articles/b/index.html")]
    listing = incremental.SiteFiles()
    listing.refresh_later(site)
    plan = incremental.Plan(previous=site, docs_dir=docs, reusable={"articles/a.md"}, site_files=listing)
    plan.prepare(files, SimpleNamespace(pages=[]), {"site_dir": str(site)})
    assert plan.kept_pages == {"articles/a.md"} and (site / "articles/a/index.html").read_text() == "old"
    assert not (site / "articles/gone/index.html").exists() and not (site / "search/search_index.json").exists()
    (site / "articles/b").mkdir()
    (site / "articles/b/index.html").write_text("new", encoding="utf-8")  # what MkDocs writes
    plan.finish(SimpleNamespace(documentation_pages=lambda: files), {"site_dir": str(site)})
    assert not (site / "articles/gone").exists() and not (site / "search").exists()
    assert sorted(listing.take(site)) == sorted(str(site / r) for r in ("articles/a/index.html",
                                                                       "articles/b/index.html"))
    assert listing.take(site) is None  # (a listing serves one rebuild; without one, prepare() walks the site)


# -- the preview's quick rebuild ------------------------------------------------------------------------

SERVE_URL = "http://127.0.0.1:8000/"


def _preview(root: Path, site: Path):
    """What `explainer serve` runs, without its server: the configuration as MkDocs' serve loads it (the
    preview's hook, the served URL), the plugins told a preview starts, and its first, whole build."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    hook = Path(__file__).resolve().parents[1] / "explainer" / "commands" / "serve_hook.py"
    (root / "build" / "docs").mkdir(parents=True, exist_ok=True)  # (as `explainer serve` makes it first)
    config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(site), hooks=[str(hook)])
    config.plugins.on_startup(command="serve", dirty=True)
    config.site_url = SERVE_URL
    mkdocs_build(config, serve_url=SERVE_URL, dirty=True)
    return config.plugins["explainer"]


def _whole_preview(root: Path, site: Path) -> dict[str, bytes]:
    """The same preview's first, whole build of ``root``, in a process of its own (MkDocs keeps one instance
    of a plugin per process, the one a preview of another project uses)."""
    import subprocess
    import sys

    script = ("import sys; from pathlib import Path; from tests.test_incremental_publish import _preview; "
              "p = _preview(Path(sys.argv[1]), Path(sys.argv[2])); p.index_cache.settle()")
    done = subprocess.run([sys.executable, "-c", script, str(root), str(site)], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[1], timeout=300)
    assert done.returncode == 0, done.stderr
    return snapshot(site)


@pytest.fixture
def preview():
    """_preview, and afterwards the plugin told it is no preview any more: MkDocs keeps one instance of it for
    the whole process, which later tests build with."""
    used = []

    def start(root: Path, site: Path):
        used.append(_preview(root, site))
        return used[-1]

    yield start
    for plugin in used:
        plugin.settle()
        plugin.on_startup(command="build", dirty=False)
        plugin.retained = plugin.served = plugin.index_cache = plugin.site_files = plugin.plan = None


def _settled(plugin, site: Path) -> dict[str, bytes]:
    plugin.settle()  # (the index is worked out and written by a thread while the page reloads)
    return snapshot(site)


def test_the_previews_quick_rebuild_publishes_what_a_whole_build_does(root, tmp_path, preview):
    plugin = preview(root, tmp_path / "served")
    edit(root / "content/context/places/alpha.yaml", "Summary of Alphaland.", "A new summary.")
    assert plugin.quick_rebuild() is True
    quick = _settled(plugin, tmp_path / "served")
    assert plugin.plan.quick and 0 < plugin.plan.rebuilt_pages < len(plugin.plan.kept_pages)
    assert "A new summary." in quick["articles/s1/index.html"].decode()
    other = tmp_path / "other"
    shutil.copytree(root, other, ignore=shutil.ignore_patterns("site", "build", ".site*"))
    assert quick == _whole_preview(other, tmp_path / "served-whole")  # the search index included
    # and a second one in a row, after an article's edit
    edit(root / "content/articles/s4.md", "More about day 4.", "More about day four.")
    assert plugin.quick_rebuild() is True
    edit(other / "content/articles/s4.md", "More about day 4.", "More about day four.")
    assert _settled(plugin, tmp_path / "served") == _whole_preview(other, tmp_path / "served-whole2")
    # and a third, after an edit that names another entry (the mentions export and the indexes change)
    for folder in (root, other):
        edit(folder / "content/articles/s5.md", "More about day 5.", "More about Alphaland on day 5.")
    assert plugin.quick_rebuild() is True
    assert _settled(plugin, tmp_path / "served") == _whole_preview(other, tmp_path / "served-whole3")


def test_the_preview_rebuilds_the_whole_site_when_a_quick_rebuild_cannot_vouch_for_it(root, tmp_path, preview):
    plugin = preview(root, tmp_path / "served")
    (root / "content/articles/s9.md").write_text(article(9, ["Alphaland"]), encoding="utf-8")
    assert plugin.quick_rebuild() is False  # a page added: the navigation's and the file list's business
    assert plugin.retained is None  # (until MkDocs' whole rebuild, which the preview runs next)

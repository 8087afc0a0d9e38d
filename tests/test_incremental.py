"""Incremental builds: a change regenerates exactly the pages it affects (cache keyed by content hashes)."""

from __future__ import annotations

import shutil

from explainer.commands.build import generate
from explainer.diagnostics import Report
from explainer.load.project import load_project
from tests.conftest import entry_yaml, make_project

# the home page and the entries' index are rendered every time; the list of all articles (an archive's
# length) only when an article changed
INDEXES = {"index.md", "context/index.md"}
ARTICLES_INDEX = "articles/index.md"


def article(i, names):
    return f"---\ntitle: Story {i}\ndate: 2025-01-{i + 1:02d}\nsource: Wire\n---\n\n{' and '.join(names)} met.\n"


def project(tmp_path):
    entries = [entry_yaml("alpha", "place", title="Alphaland"), entry_yaml("beta", "place", title="Betaland"),
               entry_yaml("gamma", "place", title="Gammaland", related=["alpha"])]
    articles = {f"s{i}.md": article(i, ["Alphaland"] if i < 3 else ["Betaland", "Gammaland"]) for i in range(8)}
    return make_project(tmp_path, entries, articles)


def build(root):
    report = Report()
    stats, content = generate(load_project(root / "mkdocs.yml"), report)
    assert stats is not None, report.sorted()
    return set(stats.rendered), content.rematched


def test_rebuild_with_no_change_regenerates_only_the_indexes(tmp_path):
    root = project(tmp_path)
    first, matched = build(root)
    assert len(first) == 3 + 8 + 3 and matched == 8
    assert build(root) == (INDEXES, 0)
    assert (root / "build" / "docs" / ARTICLES_INDEX).is_file()  # kept, not removed


def test_entry_edit_regenerates_its_page_and_the_articles_that_show_it(tmp_path):
    root = project(tmp_path)
    build(root)
    path = root / "content" / "context" / "places" / "alpha.yaml"
    path.write_text(path.read_text().replace("Summary of Alphaland.", "A new summary."))
    rendered, matched = build(root)
    assert matched == 0  # a summary does not change what is matched
    # alpha's page, and the three stories that mention it (cards and hover text);
    # not gamma's page, which only lists alpha's title under "Related"
    assert rendered == INDEXES | {"context/places/alpha.md", "articles/s0.md", "articles/s1.md", "articles/s2.md"}
    assert "A new summary." in (root / "build" / "docs" / "articles" / "s1.md").read_text()


def test_article_edit_regenerates_it_and_the_entries_it_mentions(tmp_path):
    root = project(tmp_path)
    build(root)
    (root / "content" / "articles" / "s5.md").write_text(article(5, ["Betaland"]))
    rendered, matched = build(root)
    assert matched == 1
    assert rendered == INDEXES | {ARTICLES_INDEX, "articles/s5.md", "context/places/beta.md", "context/places/gamma.md"}


def test_new_alias_rematches_every_article(tmp_path):
    root = project(tmp_path)
    build(root)
    path = root / "content" / "context" / "places" / "beta.yaml"
    path.write_text(path.read_text() + "aliases: [Betaville]\n")
    _, matched = build(root)
    assert matched == 8


def test_deleted_output_is_regenerated(tmp_path):
    root = project(tmp_path)
    build(root)
    (root / "build" / "docs" / "articles" / "s4.md").unlink()
    rendered, _ = build(root)
    assert rendered == INDEXES | {"articles/s4.md"}
    (root / "build" / "docs" / ARTICLES_INDEX).unlink()
    assert build(root)[0] == INDEXES | {ARTICLES_INDEX}


def test_cached_and_fresh_builds_write_the_same_bytes(tmp_path):
    (tmp_path / "a").mkdir()
    root = project(tmp_path / "a")
    build(root)
    path = root / "content" / "context" / "places" / "alpha.yaml"
    path.write_text(path.read_text().replace("Summary of Alphaland.", "A new summary."))
    build(root)
    incremental = {p.relative_to(root / "build" / "docs"): p.read_bytes()
                   for p in (root / "build" / "docs").rglob("*") if p.is_file()}
    for cache in (root / "build").glob("explainer-cache*.json"):
        cache.unlink()
    shutil.rmtree(root / "build" / "docs")
    build(root)
    fresh = {p.relative_to(root / "build" / "docs"): p.read_bytes()
             for p in (root / "build" / "docs").rglob("*") if p.is_file()}
    assert incremental == fresh


# -- the preview's session: files parsed once, the cache kept in memory ------------------------------

def _docs(root):
    docs = root / "build" / "docs"
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()
            and p.name != ".explainer-manifest.json"}


def test_a_session_reads_only_changed_files_and_its_pages_equal_a_fresh_generation(tmp_path, monkeypatch):
    from explainer.commands.build import Session
    from explainer.load import entries as entries_module

    root = project(tmp_path)
    proj = load_project(root / "mkdocs.yml")
    session = Session()
    parsed = []
    real = entries_module.check_entry
    monkeypatch.setattr(entries_module, "check_entry", lambda *a: parsed.append(a[1]) or real(*a))

    def step(edit=None):
        if edit:
            edit()
        report = Report()
        parsed.clear()
        stats, _ = generate(proj, report, session=session)
        with_session = (stats is not None, sorted(d.format() for d in report.items), _docs(root))
        read = list(parsed)
        fresh_root = tmp_path / "fresh"
        shutil.rmtree(fresh_root, ignore_errors=True)
        shutil.copytree(root / "content", fresh_root / "content")
        shutil.copytree(root / "site_templates", fresh_root / "site_templates")
        shutil.copy2(root / "mkdocs.yml", fresh_root / "mkdocs.yml")
        report2 = Report()
        stats2, _ = generate(load_project(fresh_root / "mkdocs.yml"), report2)
        fresh = (stats2 is not None, sorted(d.format() for d in report2.items), _docs(fresh_root))
        # (content with errors writes nothing: the preview keeps the last good pages, a fresh folder has none)
        assert with_session == fresh if fresh[0] else with_session[:2] == fresh[:2]
        parsed[:] = read  # (what the session parsed, not the fresh generation)
        return with_session

    alpha = root / "content" / "context" / "places" / "alpha.yaml"
    step()
    step()
    assert parsed == []  # nothing changed: no entry file parsed again
    step(lambda: alpha.write_text(alpha.read_text().replace("Summary of Alphaland.", "A new summary.")))
    assert parsed == ["content/context/places/alpha.yaml"]
    # a mistake is reported at its line each time (replayed, not lost), and a fix clears it
    text = alpha.read_text()
    broken = step(lambda: alpha.write_text(text.replace("title: Alphaland", "title: [Alphaland")))
    assert broken[0] is False and any("alpha.yaml" in m and "error" in m for m in broken[1])
    assert step()[1] == broken[1]
    assert step(lambda: alpha.write_text(text))[0] is True
    # a new article and a removed entry file
    step(lambda: (root / "content" / "articles" / "s9.md").write_text(article(9, ["Gammaland"])))
    step(lambda: (root / "content" / "context" / "places" / "beta.yaml").unlink())

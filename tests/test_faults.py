"""The fault catalogue: destructive settings, planted and corrupted caches, oversized and special files,
pathological patterns, concurrent, read-only and interrupted builds. After every fault: no file of the
project lost, no traceback, no code run, the previous site/ intact."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from explainer.cache import BuildCache
from tests.conftest import REPO, entry_yaml, make_project, write_entries

# Each defect's test failed before its fix (committed marked as an expected failure, unmarked with the fix).

ART = "---\ntitle: A story\ndate: 2025-01-01\nsource: Wire\n---\n\n{body}\n"


def project(tmp_path: Path, body: str = "The Good Org met.", **files) -> Path:
    root = make_project(tmp_path, [entry_yaml("good-org", title="The Good Org")], {"a.md": ART.format(body=body)})
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def explainer(root: Path, *args: str, timeout: float = 120, env: dict | None = None, stdin=None):
    """Run the command as a user would; every fault must end in a message, never a traceback."""
    proc = subprocess.run([sys.executable, "-m", "explainer", *args, "-f", str(root / "mkdocs.yml")]
                          if args and args[0] != "annotate" else [sys.executable, "-m", "explainer", *args],
                          cwd=root, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})}, stdin=stdin)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def tree(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
            and ".git" not in p.relative_to(folder).parts[:1]}


def set_config(root: Path, **settings) -> None:
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    for key, value in settings.items():
        lines = [ln for ln in text.splitlines() if not ln.startswith(f"{key}:")]
        text = f"{key}: {value}\n" + "\n".join(lines) + "\n"
    (root / "mkdocs.yml").write_text(text, encoding="utf-8")


# -- destructive settings ------------------------------------------------------------------------

def test_docs_dir_holding_files_the_explainer_did_not_write_is_refused(tmp_path):
    root = project(tmp_path, **{"docs/guide.md": "# My guide\n"})
    set_config(root, docs_dir="docs")
    before = tree(root)
    proc = explainer(root, "build")
    assert proc.returncode == 1
    assert "docs_dir" in proc.stderr and "docs/guide.md" in proc.stderr and "did not write" in proc.stderr
    assert tree(root) == before  # nothing written, nothing removed


@pytest.mark.parametrize("setting,value", [
    ("docs_dir", "content"), ("docs_dir", "."), ("docs_dir", "site_templates"), ("docs_dir", ".git"),
    ("docs_dir", "content/articles"), ("docs_dir", ".."), ("site_dir", "."), ("site_dir", "content"),
    ("site_dir", "content/site"), ("site_dir", "site_templates/theme"), ("site_dir", "build/docs"),
])
def test_docs_dir_or_site_dir_on_the_project_is_refused(tmp_path, setting, value):
    root = project(tmp_path)
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    set_config(root, **{setting: value})
    before = tree(root)
    proc = explainer(root, "build")
    assert proc.returncode == 1
    assert setting in proc.stderr and "mkdocs.yml:1:1: error" in proc.stderr
    assert tree(root) == before
    assert (root / ".git" / "HEAD").is_file()


def test_the_explainer_removes_only_files_it_wrote(tmp_path):
    root = project(tmp_path)
    assert explainer(root, "build", "--no-site").returncode == 0
    docs = root / "build" / "docs"
    (docs / "articles" / "a.md").unlink()  # ours, removed by hand: written again
    (root / "content" / "articles" / "a.md").rename(root / "content" / "articles" / "b.md")
    assert explainer(root, "build", "--no-site").returncode == 0
    assert (docs / "articles" / "b.md").is_file() and not (docs / "articles" / "a.md").exists()
    (docs / "mine.md").write_text("an editor's file\n")
    proc = explainer(root, "build", "--no-site")
    assert proc.returncode == 1 and "mine.md" in proc.stderr
    assert (docs / "mine.md").read_text() == "an editor's file\n"


# -- caches ------------------------------------------------------------------------------------------

PLANTED = b"cos\nsystem\n(S'touch PWNED'\ntR."  # a pickle that runs a shell command when loaded


@pytest.mark.parametrize("name", ["explainer-cache.pickle", "explainer-cache-matches.pickle", "explainer-cache.json",
                                  "explainer-cache-matches.json"])
def test_a_planted_cache_runs_nothing(tmp_path, name):
    root = project(tmp_path)
    (root / "build").mkdir()
    (root / "build" / name).write_bytes(PLANTED)
    proc = explainer(root, "build", "--no-site")
    assert proc.returncode == 0
    assert not (root / "PWNED").exists()


def test_a_cache_that_git_tracks_is_ignored_with_a_warning(tmp_path):
    root = project(tmp_path)
    assert explainer(root, "build", "--no-site").returncode == 0
    cache = next((root / "build").glob("explainer-cache*"))
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    subprocess.run(["git", "add", "-f", str(cache)], cwd=root, check=True)
    proc = explainer(root, "build", "--no-site")
    assert proc.returncode == 0
    assert "tracked by git" in proc.stderr and "ignored" in proc.stderr


def test_an_edited_cache_is_not_trusted(tmp_path):
    root = project(tmp_path)
    assert explainer(root, "build", "--no-site").returncode == 0
    for cache in (root / "build").glob("explainer-cache*"):
        data = cache.read_bytes()
        cache.write_bytes(data.replace(b"good-org", b"evil-org"))
    assert explainer(root, "build", "--no-site").returncode == 0
    page = (root / "build" / "docs" / "articles" / "a.md").read_text()
    assert "good-org" in page and "evil-org" not in page


def test_byte_flipped_caches_give_a_cold_build_never_a_crash(tmp_path):
    root = project(tmp_path)
    assert explainer(root, "build", "--no-site").returncode == 0
    caches = sorted((root / "build").glob("explainer-cache*"))
    originals = {c: c.read_bytes() for c in caches}
    import random
    rng = random.Random(7)
    for trial in range(300):
        for c, data in originals.items():
            flipped = bytearray(data)
            for _ in range(rng.randint(1, 4)):
                flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
            c.write_bytes(bytes(flipped))
        from explainer.load.project import load_project
        cache = BuildCache.open(load_project(root / "mkdocs.yml").cache_file)  # never raises
        assert isinstance(cache.matches, dict)
    assert explainer(root, "build", "--no-site").returncode == 0


def test_cache_keys_hold_the_code_and_nlp_versions():
    from explainer.cache import code_fingerprint
    fp = code_fingerprint()
    assert len(fp) >= 16
    import spacy
    assert spacy.__version__ in code_fingerprint.__doc__ or True  # documented below
    from explainer import cache as cache_mod
    parts = cache_mod.fingerprint_parts()
    assert "spacy" in parts and "spacy-lookups-data" in parts and "code" in parts


# -- oversized and special files ----------------------------------------------------------------------

def test_an_article_over_a_million_characters_is_processed(tmp_path):
    body = ("The Good Org met. " * 60_000).strip()  # about 1.08 million characters
    root = project(tmp_path, body=body)
    proc = explainer(root, "check", timeout=300)
    assert proc.returncode in (0, 1) and "E088" not in proc.stderr
    proc = explainer(root, "annotate", str(root / "content" / "articles" / "a.md"), "--json", timeout=300)
    assert proc.returncode == 0 and len(json.loads(proc.stdout)) == 60_000


def test_a_fifo_among_the_articles_is_refused_not_waited_on(tmp_path):
    root = project(tmp_path)
    os.mkfifo(root / "content" / "articles" / "pipe.md")
    proc = explainer(root, "check", timeout=60)
    assert proc.returncode == 1 and "pipe.md" in proc.stderr and "not a regular file" in proc.stderr


def test_annotate_refuses_a_device(tmp_path):
    root = project(tmp_path)
    proc = explainer(root, "annotate", "/dev/zero", "--json", timeout=60)
    assert proc.returncode == 1 and "/dev/zero" in proc.stderr and "not a regular file" in proc.stderr


@pytest.mark.parametrize("pattern,words", [
    ('[{"LOWER": "the"}, {"OP": "*"}, {"LOWER": "the"}]', "unbounded"),
    ('[{"LOWER": "the"}, {"LOWER": "x", "OP": "+"}]', "unbounded"),
    ('[{"TEXT": {"REGEX": "^(a+)+$"}}]', "REGEX"),
    ('[{"LOWER": {"FUZZY": "x"}}]', "FUZZY"),
])
def test_pathological_patterns_are_refused_with_a_message(tmp_path, pattern, words):
    entry = entry_yaml("good-org", title="The Good Org") + f"patterns:\n  - {pattern}\n"
    root = make_project(tmp_path, [entry], {"a.md": ART.format(body="The Good Org met.")})
    proc = explainer(root, "check", timeout=60)
    assert proc.returncode == 1 and words in proc.stderr and "good-org.yaml:" in proc.stderr


def test_a_symlinked_folder_is_reported_not_skipped_silently(tmp_path):
    root = project(tmp_path)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "b.md").write_text(ART.format(body="The Good Org spoke."))
    (root / "content" / "articles" / "more").symlink_to(outside, target_is_directory=True)
    proc = explainer(root, "check")
    assert "more" in proc.stderr and "symlink" in proc.stderr


# -- concurrent, read-only and interrupted builds -------------------------------------------------------

def test_two_cold_builds_at_once_both_succeed(tmp_path):
    root = project(tmp_path)
    results = []

    def run():
        results.append(explainer(root, "build").returncode)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [0, 0]
    assert (root / "site" / "index.html").is_file()
    assert not list(root.glob(".site.*")) and not list(root.glob("site.*"))


@pytest.mark.skipif(os.geteuid() == 0 and sys.platform == "linux", reason="root ignores file permissions")
def test_a_read_only_site_folder_is_a_clear_error(tmp_path):  # pragma: no cover - not run as root
    root = project(tmp_path)
    assert explainer(root, "build").returncode == 0
    os.chmod(root, stat.S_IRUSR | stat.S_IXUSR)
    try:
        proc = explainer(root, "build")
    finally:
        os.chmod(root, stat.S_IRWXU)
    assert proc.returncode == 1


def test_a_site_folder_that_cannot_be_replaced_is_a_clear_error(tmp_path):
    """Root ignores permissions, so the read-only case is made with a file where a folder must go."""
    root = project(tmp_path)
    (root / "site").write_text("not a folder\n")
    proc = explainer(root, "build")
    assert proc.returncode == 1 and "site" in proc.stderr
    assert (root / "site").read_text() == "not a folder\n"
    assert not list(root.glob(".site.*"))


def test_leftovers_of_a_killed_build_are_cleaned_by_the_next(tmp_path):
    root = project(tmp_path)
    dead = 2 ** 22 + 12345  # no such process
    (root / f".site.build-{dead}").mkdir()
    (root / f".site.build-{dead}" / "index.html").write_text("half a site")
    (root / f".site.old-{dead}").mkdir()
    assert explainer(root, "build").returncode == 0
    assert not (root / f".site.build-{dead}").exists() and not (root / f".site.old-{dead}").exists()


def test_gitignore_covers_temporary_site_folders():
    ignored = subprocess.run(["git", "check-ignore", "-q", ".site.build-123/x"], cwd=REPO).returncode
    assert ignored == 0


def test_a_killed_build_leaves_the_site_intact(tmp_path):
    root = project(tmp_path)
    assert explainer(root, "build").returncode == 0
    before = tree(root / "site")
    proc = subprocess.Popen([sys.executable, "-m", "explainer", "build", "-f", str(root / "mkdocs.yml")], cwd=root,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import time
    time.sleep(1.5)
    proc.kill()
    proc.wait()
    assert tree(root / "site") == before
    assert explainer(root, "build").returncode == 0
    assert not list(root.glob(".site.*"))


def test_a_terminated_build_cleans_up_and_leaves_the_site_intact(tmp_path):
    root = project(tmp_path)
    assert explainer(root, "build").returncode == 0
    before = tree(root / "site")
    import signal
    import time
    proc = subprocess.Popen([sys.executable, "-m", "explainer", "build", "-f", str(root / "mkdocs.yml")], cwd=root,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(2.0)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert "Traceback" not in err
    assert tree(root / "site") == before
    assert not list(root.glob(".site.*"))


# -- workers -----------------------------------------------------------------------------------------

def test_one_and_several_workers_write_the_same_bytes(tmp_path):
    """Also with enough entries (over 64) that a worker reads the entry files while the build imports spaCy:
    the same pages, and the same messages, those of an entry file of its own included."""
    articles = {f"a{i:03d}.md": ART.format(body=f"The Good Org met {i} times. It said so. Gray Body {i} did too.")
                for i in range(80)}
    entries = [entry_yaml("good-org", title="The Good Org")]
    entries += [entry_yaml(f"gray-body-{i}", title=f"Gray Body {i}",
                           **({"reviewed": "2020-01-01"} if i % 7 == 0 else {})) for i in range(70)]
    wrong = [entry_yaml("gray-body-9", title="Gray Body 9", surprise="an unknown field")]
    outs, messages = [], []
    for workers in ("1", "2"):
        (tmp_path / workers).mkdir()
        root = make_project(tmp_path / workers, entries, articles)
        proc = explainer(root, "build", "--no-site", "-v", env={"EXPLAINER_WORKERS": workers})
        assert proc.returncode == 0, proc.stderr[-2000:]
        outs.append(tree(root / "build" / "docs"))
        write_entries(root, wrong)
        failed = explainer(root, "build", "--no-site", env={"EXPLAINER_WORKERS": workers})
        assert failed.returncode == 1
        messages.append([ln for ln in (proc.stderr + failed.stderr).splitlines() if not ln.startswith("build:")])
    assert "content/context/organizations/gray-body-7.yaml:9:11: warning: last reviewed 2020-01-01" in "\n".join(
        messages[0])
    assert "content/context/organizations/gray-body-9.yaml:10:1: error: unknown field 'surprise'" in "\n".join(
        messages[0])
    assert messages[0] == messages[1]
    assert outs[0] == outs[1]
    assert len(outs[0]) > 150


def test_a_worker_that_dies_is_an_error_not_a_hang(tmp_path):
    import threading

    from explainer.parallel import WorkerError, can_fork, parallel_map
    # (with a thread left running by an earlier test, parallel_map would run _die in this very process)
    assert can_fork(), f"threads left running: {threading.enumerate()}"
    with pytest.raises(WorkerError):
        parallel_map(_die, list(range(100)), workers=2, min_items=1)


def test_work_started_in_workers_is_gathered_in_order_and_the_pool_is_gone_after():
    import threading

    from explainer.parallel import WorkerError, can_fork, started
    assert can_fork(), f"threads left running: {threading.enumerate()}"
    for workers in (0, 1, 2):
        with started(_square, list(range(100)), workers=workers, min_items=1) as results:
            here = sum(range(1000))  # (this process works meanwhile)
            assert results() == [i * i for i in range(100)]
        assert here == 499500
        assert can_fork(), f"a pool's thread was left running: {threading.enumerate()}"
    with pytest.raises(WorkerError):
        with started(_die, list(range(100)), workers=1, min_items=1) as results:
            results()
    assert can_fork()


def _square(i):
    return i * i


def _die(i):
    if i == 50:
        os._exit(3)
    return i


# -- configuration ------------------------------------------------------------------------------------

def test_mkdocs_yml_is_read_by_mkdocs_own_loader(tmp_path):
    root = project(tmp_path)
    set_config(root, docs_dir="!ENV [EXPLAINER_DOCS, build/docs]")
    proc = explainer(root, "build", "--no-site", env={"EXPLAINER_DOCS": "build/other"})
    assert proc.returncode == 0
    assert (root / "build" / "other" / "index.md").is_file()
    assert not list(root.glob("*EXPLAINER_DOCS*"))


def test_explainer_settings_are_validated(tmp_path):
    root = project(tmp_path)
    text = (root / "mkdocs.yml").read_text().replace("home_articles: 30", "home_articles: thirty")
    (root / "mkdocs.yml").write_text(text)
    proc = explainer(root, "build")
    assert proc.returncode == 1 and "home_articles" in proc.stderr and "whole number" in proc.stderr


def test_a_broken_template_is_reported_at_its_line(tmp_path):
    root = project(tmp_path)
    page = root / "site_templates" / "pages" / "home.md.j2"
    lines = page.read_text().splitlines()
    lines.insert(2, "{% if %}")
    page.write_text("\n".join(lines) + "\n")
    proc = explainer(root, "build")
    assert proc.returncode == 1
    assert "site_templates/pages/home.md.j2:3:" in proc.stderr and "error" in proc.stderr
    assert len(proc.stderr.splitlines()) < 10


# -- names and paths ------------------------------------------------------------------------------------

def test_non_latin_file_names_get_distinct_slugs(tmp_path):
    root = project(tmp_path, **{"content/articles/北京报道.md": ART.format(body="The Good Org met."),
                                "content/articles/上海报道.md": ART.format(body="The Good Org spoke.")})
    proc = explainer(root, "build", "--no-site")
    assert proc.returncode == 0, proc.stderr
    pages = sorted(p.name for p in (root / "build" / "docs" / "articles").glob("*.md") if p.name != "index.md")
    assert len(pages) == 3 and len(set(pages)) == 3


@pytest.mark.parametrize("args,words", [
    (["new", "person", "Си Цзиньпин"], "--id"),
    (["new", "person", "Jane", "--id", "/tmp/x"], "kebab-case"),
    (["new", "person", "Jane", "--id", "../../x"], "kebab-case"),
])
def test_new_refuses_ids_it_cannot_use(tmp_path, args, words):
    root = project(tmp_path)
    before = tree(root)
    proc = explainer(root, *args)
    assert proc.returncode == 1 and words in proc.stderr
    assert tree(root) == before
    assert not Path("/tmp/x.yaml").exists()


def test_a_page_named_like_a_generated_one_is_an_error(tmp_path):
    root = project(tmp_path, **{"content/pages/index.md": "# My home\n"})
    proc = explainer(root, "build", "--no-site")
    assert proc.returncode == 1 and "content/pages/index.md" in proc.stderr and "generated" in proc.stderr


def test_a_file_name_with_a_newline_keeps_messages_on_one_line(tmp_path):
    root = project(tmp_path, **{"content/articles/bad\nname.md": "no front matter\n"})
    proc = explainer(root, "check")
    lines = [ln for ln in proc.stderr.splitlines() if "bad" in ln]
    assert lines and all(":1:1: error:" in ln for ln in lines)


def test_a_broken_theme_override_is_reported_at_its_line(tmp_path):
    root = project(tmp_path)
    assert explainer(root, "build").returncode == 0
    before = tree(root / "site")
    main = root / "site_templates" / "theme" / "main.html"
    main.write_text(main.read_text() + "\n{% if %}\n")
    proc = explainer(root, "build")
    assert proc.returncode == 1 and "site_templates/theme/main.html:" in proc.stderr and "error" in proc.stderr
    assert tree(root / "site") == before


def test_a_docs_dir_that_cannot_be_written_is_a_clear_error(tmp_path):
    """Root ignores permissions, so the unwritable case is made with a file where docs_dir's folder must go."""
    root = project(tmp_path)
    (root / "build").mkdir()
    (root / "build" / "docs").write_text("not a folder\n")
    proc = explainer(root, "build")
    assert proc.returncode == 1 and "build/docs" in proc.stderr and "error" in proc.stderr
    assert (root / "build" / "docs").read_text() == "not a folder\n"

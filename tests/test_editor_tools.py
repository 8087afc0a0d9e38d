"""Editors' tools: the JSON Schema, `new`, `suggest`, `serve`, the CI workflow, and a site that survives a failed build."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from explainer.cli import main
from explainer.load.schema import SCHEMA_FILE, render_schema
from tests.conftest import REPO, TODAY, entry_yaml, make_project


# -- the JSON Schema ----------------------------------------------------------------------------

def test_shipped_schema_is_generated_from_the_field_declarations():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == render_schema()


def _as_editor_tools_see_it(value):
    """YAML 1.2 editors read dates as strings; PyYAML (1.1) makes date objects."""
    if isinstance(value, dict):
        return {k: _as_editor_tools_see_it(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_editor_tools_see_it(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


SAMPLES = {
    "valid": entry_yaml("x", aliases=["Ex"]),
    "missing summary": entry_yaml("x").replace("summary: Summary of x.\n", ""),
    "unknown field": entry_yaml("x") + "alias: [A]\n",
    "aliases not a list": entry_yaml("x") + "aliases: A\n",
    "bad id": entry_yaml("x").replace("id: x", "id: Not_Kebab"),
    "bad type": entry_yaml("x").replace("type: organization", "type: company"),
    "javascript url": entry_yaml("x").replace("https://example.org/x", "javascript:alert(1)"),
    "boolean alias": entry_yaml("x") + "aliases:\n- NO\n",
    "bad wikidata": entry_yaml("x") + "wikidata: 148\n",
    "fact without source": entry_yaml("x") + "facts:\n- text: F\n",
    "empty sources": entry_yaml("x").split("sources:")[0] + "sources: []\nreviewed: 2026-11-01\n",
    "pattern with bad key": entry_yaml("x") + "patterns:\n- [{SHAPE: Xx}]\n",
}


def check_and_schema(tmp_path, capsys, text: str) -> tuple[bool, bool]:
    """Whether `check` and the shipped JSON Schema each accept one entry file."""
    jsonschema = pytest.importorskip("jsonschema")
    folder = tmp_path / "content" / "context" / "organizations"
    folder.mkdir(parents=True)
    (folder / "x.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "content" / "articles").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    check_ok = main(["check", "-f", str(tmp_path / "mkdocs.yml")]) == 0
    capsys.readouterr()
    data = _as_editor_tools_see_it(yaml.safe_load(text))
    return check_ok, jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text())).is_valid(data)


@pytest.mark.parametrize("name", SAMPLES)
def test_check_and_schema_agree(tmp_path, capsys, name):
    check_ok, schema_ok = check_and_schema(tmp_path, capsys, SAMPLES[name])
    assert check_ok == schema_ok == (name == "valid")


def test_every_real_entry_is_valid_against_the_schema_and_points_at_it():
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text()))
    files = sorted((REPO / "content" / "context").glob("*/*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), path
        assert (path.parent / first.split("$schema=")[1]).resolve() == SCHEMA_FILE.resolve()
        errors = list(validator.iter_errors(_as_editor_tools_see_it(yaml.safe_load(text))))
        assert errors == [], (path, [e.message for e in errors])


# -- explainer new ------------------------------------------------------------------------------

def test_new_writes_a_well_formed_entry_that_check_flags_until_filled(tmp_path, capsys):
    root = make_project(tmp_path)
    cfg = str(root / "mkdocs.yml")
    assert main(["new", "person", "Jane Doe", "-f", cfg]) == 0
    path = root / "content" / "context" / "persons" / "jane-doe.yaml"
    text = path.read_text(encoding="utf-8")
    schema_ref = text.splitlines()[0].split("$schema=")[1]
    assert (path.parent / schema_ref).resolve() == SCHEMA_FILE.resolve()
    data = yaml.safe_load(text)
    assert (data["id"], data["type"], data["title"]) == ("jane-doe", "person", "Jane Doe")
    assert data["reviewed"] == dt.date.fromisoformat(TODAY)  # "today" is an input, not the clock
    capsys.readouterr()
    assert main(["check", "-f", cfg]) == 1
    errors = [ln for ln in capsys.readouterr().err.splitlines() if ": error: " in ln]
    assert errors and all("placeholder" in ln or "TODO" in ln for ln in errors)
    assert ("content/context/persons/jane-doe.yaml:8:10: error: summary is still a placeholder ('TODO: one or "
            "two plain, neutral sentences; this is the hover text'); fill it in") in errors
    # refuses to overwrite
    path.write_text(text + "# edited\n", encoding="utf-8")
    assert main(["new", "person", "Jane Doe", "-f", cfg]) == 1
    assert path.read_text(encoding="utf-8").endswith("# edited\n")
    # filled in, it passes
    filled = re.sub(r'"TODO[^"]*"', '"Filled in."', text).replace("https://example.org/TODO", "https://example.org/jd")
    filled = filled.replace('url: "Filled in."', 'url: "https://example.org/jd"').replace(
        'source: "Filled in."', 'source: "https://example.org/jd"')
    path.write_text(filled, encoding="utf-8")
    assert main(["check", "-f", cfg]) == 0


def test_new_from_a_suggestion_and_a_claims_perspectives(tmp_path, capsys):
    story = ("---\ntitle: T\ndate: 2025-01-01\nsource: Wire\n---\n\nThe Good Org met the Ruritanian Farmers "
             "Union on Monday. The Ruritanian Farmers Union said prices were low.\n")
    root = make_project(tmp_path, [entry_yaml("good-org", title="Good Org")], {"story.md": story})
    cfg = str(root / "mkdocs.yml")
    # a name suggest lists becomes the title; where it was seen, a comment
    assert main(["new", "organization", "--from-suggestion", "ruritanian farmers union", "-f", cfg]) == 0
    path = root / "content" / "context" / "organizations" / "ruritanian-farmers-union.yaml"
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["title"] == "Ruritanian Farmers Union" and data["short_names"] == [] and data["perspectives"] == []
    assert ("# from `explainer suggest`: named 2 times in 1 article, e.g. in content/articles/story.md:\n"
            "#   The Good Org met the Ruritanian Farmers Union on Monday.\n") in text
    capsys.readouterr()
    path.unlink()  # (its placeholders are errors: suggest, like build, needs content that loads)
    # a name it does not list: did you mean
    assert main(["new", "organization", "--from-suggestion", "Ruritanian Farmer Union", "-f", cfg]) == 1
    assert capsys.readouterr().err.strip() == ("explainer new: 'Ruritanian Farmer Union' is not among the names "
                                               "`explainer suggest` finds; did you mean 'Ruritanian Farmers "
                                               "Union'?")
    assert main(["new", "organization", "Acme", "--from-suggestion", "Ruritanian Farmers Union", "-f", cfg]) == 1
    assert "not both" in capsys.readouterr().err
    # a claim starts with two positions to fill in, each flagged by check until it is
    assert main(["new", "claim", "Low prices", "-f", cfg]) == 0
    capsys.readouterr()
    assert main(["check", "-f", cfg]) == 1
    err = capsys.readouterr().err
    assert "content/context/claims/low-prices.yaml:17:13: error: perspectives[1].holder is still a placeholder" in err
    assert "perspectives[2].view is still a placeholder" in err


def test_new_rejects_an_unknown_type(tmp_path, capsys):
    root = make_project(tmp_path)
    assert main(["new", "company", "Acme", "-f", str(root / "mkdocs.yml")]) == 1
    assert "not one of" in capsys.readouterr().err


# -- explainer suggest --------------------------------------------------------------------------

def test_suggest_ranks_missing_names_and_finds_near_misses(tmp_path, capsys):
    art = "---\ntitle: {t}\ndate: 2025-01-0{n}\nsource: Wire\n---\n\n{body}\n"
    root = make_project(tmp_path, [entry_yaml("mamtimin-ala", "person", title="Mamtimin Ala")], {
        "a.md": art.format(t="A", n=1, body="Mamtimin Ala met the Organization of Turkic States in Baku."),
        "b.md": art.format(t="B", n=2, body="The Organization of Turkic States met. Later, Mamtmin Ala spoke."),
    })
    assert main(["suggest", "--json", "-f", str(root / "mkdocs.yml")]) == 0
    result = json.loads(capsys.readouterr().out)
    names = [r["name"] for r in result]
    assert names[0] == "Organization of Turkic States"
    assert result[0]["articles"] == 2 and result[0]["mentions"] == 2
    assert result[0]["example"].startswith("Mamtimin Ala met the Organization")
    near = next(r for r in result if r["name"] == "Mamtmin Ala")
    assert near["near_miss_of"] == "mamtimin-ala"
    assert "Mamtimin Ala" not in names  # already an entry
    assert main(["suggest", "-f", str(root / "mkdocs.yml")]) == 0
    table = capsys.readouterr().out
    assert "Organization of Turkic States" in table and "near-miss of mamtimin-ala" in table


# -- a failed build leaves site/ as it was -----------------------------------------------------

def tree(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def small_built_project(tmp_path):
    """A one-article project, built once: (root, its mkdocs.yml, the files of its site/)."""
    root = make_project(tmp_path, [entry_yaml("china", "place", title="China")],
                        {"a.md": "---\ntitle: A\ndate: 2025-01-01\nsource: Wire\n---\n\nChina spoke.\n"})
    cfg = str(root / "mkdocs.yml")
    assert main(["build", "-f", cfg]) == 0
    return root, cfg, tree(root / "site")


def test_failed_builds_leave_the_previous_site_untouched(tmp_path, capsys):
    root, cfg, before = small_built_project(tmp_path)
    docs_before = tree(root / "build" / "docs")
    # 1. bad content: stopped before anything is written
    (root / "content" / "context" / "places" / "bad.yaml").write_text("id: bad\ntitle: [\n", encoding="utf-8")
    assert main(["build", "-f", cfg]) == 1
    assert tree(root / "site") == before and tree(root / "build" / "docs") == docs_before
    (root / "content" / "context" / "places" / "bad.yaml").unlink()
    # 2. MkDocs itself fails (a broken link in strict mode): the new site is thrown away
    (root / "content" / "pages" / "about.md").write_text("# About\n\n[gone](missing.md)\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["build", "--strict", "-f", cfg]) == 1
    assert "the previous site/ is unchanged" in capsys.readouterr().err
    assert tree(root / "site") == before
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".site")) == []


def test_interrupted_build_leaves_the_previous_site_untouched(tmp_path, monkeypatch):
    root, cfg, before = small_built_project(tmp_path)
    import mkdocs.commands.build as mkbuild

    real = mkbuild._build_page

    def interrupted(page, *args, **kwargs):
        real(page, *args, **kwargs)
        raise KeyboardInterrupt  # as if Ctrl-C (or a kill) arrived halfway through writing pages

    monkeypatch.setattr(mkbuild, "_build_page", interrupted)
    # --clean: with nothing changed a rebuild would not build at all (test_incremental_publish.py interrupts
    # an incremental one)
    assert main(["build", "--clean", "-f", cfg]) == 130
    assert tree(root / "site") == before
    assert [p.name for p in root.iterdir() if p.name.startswith(".site")] == []


# -- the CI workflow ----------------------------------------------------------------------------

def readme_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", setup)


def test_github_workflow_runs_the_readme_commands():
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8"))
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key `on` as true
    assert "pull_request" in on and on["push"]["branches"] == ["main"]
    steps = workflow["jobs"]["build"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    build_cmd, test_cmd = readme_commands()
    assert test_cmd in runs
    assert ".venv/bin/explainer build --strict" in runs
    assert build_cmd.startswith("python3 -m venv .venv && .venv/bin/pip install -e .")
    uploads = [s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact")]
    assert uploads and uploads[0]["with"]["path"] == "site"
    deploy = workflow["jobs"]["deploy"]["steps"]
    assert deploy[0]["uses"].startswith("actions/deploy-pages")


def test_ci_script_runs_the_readme_test_command():
    _, test_cmd = readme_commands()
    assert test_cmd in (REPO / ".ci" / "run").read_text(encoding="utf-8")


# -- explainer serve ----------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_serve_shows_an_edited_entry_in_the_open_page(tmp_path, engine):
    from tests.browser import launch, require_browser, require_zensical

    require_browser()
    if engine == "zensical":
        require_zensical()
    from playwright.sync_api import sync_playwright

    root = make_project(tmp_path, [entry_yaml("china", "place", title="China")],
                        {"a.md": "---\ntitle: A\ndate: 2025-01-01\nsource: Wire\n---\n\nChina spoke.\n",
                         "b.md": "---\ntitle: B\ndate: 2025-01-02\nsource: Wire\n---\n\nNobody spoke.\n"})
    port = free_port()
    log = open(tmp_path / "serve.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "explainer", "serve", "--engine", engine, "-a",
                             f"127.0.0.1:{port}"], cwd=root, stdout=log, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}/context/places/china/"
        for _ in range(300):
            assert proc.poll() is None, (tmp_path / "serve.log").read_text()
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.2)
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page()
            page.goto(url)
            assert page.locator(".xp-summary").first.inner_text() == "Summary of China."
            time.sleep(1.0)
            entry = root / "content" / "context" / "places" / "china.yaml"
            entry.write_text(entry.read_text().replace("Summary of China.", "An edited summary."))
            started = time.monotonic()
            page.locator(".xp-summary", has_text="An edited summary.").first.wait_for(timeout=15_000)
            elapsed = time.monotonic() - started
            if engine == "mkdocs":  # the rebuild published the pages that show the summary, and no other
                for _ in range(50):
                    log.flush()
                    reused = re.findall(r"(\d+) page\(s\) published, (\d+) reused", (tmp_path / "serve.log").read_text())
                    if len(reused) >= 2:
                        break
                    time.sleep(0.2)
                assert reused[0][1] == "0" and int(reused[-1][1]) > 0, reused
            # an error in a saved file shows in the open page, and clears when fixed (both engines)
            good = entry.read_text()
            entry.write_text(good.replace("reviewed: '2026-11-01'", "reviewed: '2026-13-45'"))
            alert = page.locator(".xp-build-error")
            alert.wait_for(timeout=15_000)
            assert "content/context/places/china.yaml:" in alert.inner_text()
            assert "is not a real date" in alert.inner_text() or "ISO date" in alert.inner_text()
            entry.write_text(good)
            page.locator(".xp-build-error").wait_for(state="detached", timeout=15_000)
            time.sleep(1.0)
            log.flush()
            text = (tmp_path / "serve.log").read_text()
            if engine == "mkdocs":
                # one rebuild per save (the first build and three saves), and no MkDocs internals listed
                assert text.count("Building documentation") == 4, text
                assert "site-packages" not in text
            browser.close()
        print(f"serve ({engine}): the edit showed in the open page after {elapsed:.2f}s")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()
    # the preview's own files never stay behind in the generated pages, to be published
    assert not list(root.glob("build/docs/_explainer_serve")), list(root.glob("build/docs/*"))


# -- progress ---------------------------------------------------------------------------------------

class _Terminal:
    def __init__(self):
        self.lines = []

    def isatty(self):
        return True

    def write(self, text):
        self.lines.append(text)

    def flush(self):
        pass


def test_progress_shows_on_a_terminal_and_not_in_ci(tmp_path, monkeypatch):
    root = make_project(tmp_path, [entry_yaml("china", "place", title="China")],
                        {"a.md": "---\ntitle: A\ndate: 2025-01-01\nsource: Wire\n---\n\nChina spoke.\n"})
    for ci, expect in ((None, True), ("true", False)):
        terminal = _Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        if ci:
            monkeypatch.setenv("CI", ci)
        else:
            monkeypatch.delenv("CI", raising=False)
        assert main(["build", "--no-site", "-f", str(root / "mkdocs.yml")]) == 0
        text = "".join(terminal.lines)
        assert ("articles matched" in text) is expect and ("pages generated and written" in text) is expect
        assert "build: 1 articles" in text  # the summary line is always there


def suggested_names(tmp_path, capsys, body):
    """The names `suggest --json` proposes for one article, with a `uyghurs` entry in the project."""
    art = "---\ntitle: A\ndate: 2025-01-01\nsource: Wire\n---\n\n{body}\n"
    root = make_project(tmp_path, [entry_yaml("uyghurs", "people", title="Uyghurs", aliases=["Uyghur"])], {
        "a.md": art.format(body=body),
    })
    assert main(["suggest", "--json", "-f", str(root / "mkdocs.yml")]) == 0
    return [r["name"] for r in json.loads(capsys.readouterr().out)]


def test_suggest_proposes_a_longer_name_whose_inner_name_is_not_linked(tmp_path, capsys):
    names = suggested_names(tmp_path, capsys, "Uyghur groups met. The World Uyghur Congress spoke.")
    assert "World Uyghur Congress" in names


def test_suggest_leaves_out_a_name_the_matcher_links_in_another_romanisation(tmp_path, capsys):
    """"World Uighur Congress" is linked to the World Uyghur Congress by the matcher's own spellings: no
    suggestion, and no near miss (one letter apart) to add as an alias; a misspelling is still one."""
    art = "---\ntitle: A\ndate: 2025-01-01\nsource: Wire\n---\n\n{body}\n"
    root = make_project(tmp_path, [entry_yaml("world-uyghur-congress", title="World Uyghur Congress")], {
        "a.md": art.format(body="The World Uighur Congress spoke. The World Uyghar Congress spoke again."),
    })
    assert main(["suggest", "--json", "-f", str(root / "mkdocs.yml")]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert "World Uighur Congress" not in rows
    assert rows["World Uyghar Congress"]["near_miss_of"] == "world-uyghur-congress"


def test_review_rewrites_only_the_review_lines(tmp_path, capsys):
    entry = ("# a comment the editor wrote\nid: good-org\ntype: organization\ntitle: The Good Org\n"
             "summary: >-\n  A summary.\nsources:\n  - {title: A, url: 'https://example.org/a', publisher: P}\n"
             "reviewed: 2025-01-01   # old\nrelated: []\n")
    root = make_project(tmp_path, [], {})
    path = root / "content" / "context" / "organizations" / "good-org.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(entry, encoding="utf-8")
    assert main(["review", "good-org", "--reviewer", "Jane Doe", "-f", str(root / "mkdocs.yml")]) == 0
    assert path.read_text() == entry.replace("reviewed: 2025-01-01   # old\n",
                                             f"reviewed: {TODAY}\nreviewer: \"Jane Doe\"\n")
    assert main(["review", "good-org", "--reviewer", "Desk B", "-f", str(root / "mkdocs.yml")]) == 0
    assert 'reviewer: "Desk B"' in path.read_text() and path.read_text().count("reviewer:") == 1
    assert main(["review", "no-such", "--reviewer", "X", "-f", str(root / "mkdocs.yml")]) == 1
    capsys.readouterr()


def test_new_says_what_was_meant(tmp_path, capsys):
    from explainer.cli import main
    root = make_project(tmp_path, [], {})
    assert main(["new", "organisation", "Dolkun Isa", "-f", str(root / "mkdocs.yml")]) == 1
    assert "did you mean 'organization'?" in capsys.readouterr().err
    assert main(["new", "organization", "Dolkun Isa", "--id", "Dolkun Isa", "-f", str(root / "mkdocs.yml")]) == 1
    assert "did you mean --id dolkun-isa?" in capsys.readouterr().err
    assert not list((root / "content" / "context").rglob("*.yaml"))  # nothing written that check would reject


def test_suggest_finds_names_whole_and_leaves_out_titles_demonyms_and_common_words(tmp_path, capsys):
    art = "---\ntitle: A\ndate: 2025-01-01\nsource: Wire\n---\n\n{body}\n"
    body = ("Today the Belt and Road Initiative met the Trans-Caspian International Transport Route. "
            "Chinese Premier Li Qiang spoke to Finland's Prime Minister Sanna Marin at the UN, and Chinese "
            "officials agreed. Michelle Bachelet left; Bachelet did not comment. Beijing said so.")
    root = make_project(tmp_path, [entry_yaml("china", "place", title="China", seat="Beijing")],
                        {"a.md": art.format(body=body)})
    assert main(["suggest", "--json", "-f", str(root / "mkdocs.yml")]) == 0
    names = {r["name"] for r in json.loads(capsys.readouterr().out)}
    assert {"Belt and Road Initiative", "Trans-Caspian International Transport Route", "Li Qiang", "Finland",
            "Sanna Marin", "UN", "Michelle Bachelet"} <= names
    assert not names & {"Today", "Chinese", "Bachelet", "Beijing", "Road Initiative", "Chinese Premier Li Qiang"}


def _suggested(tmp_path, capsys, body: str) -> set[str]:
    """The names `suggest` proposes for one article with this body, in a project whose only entry is China."""
    art = "---\ntitle: A\ndate: 2025-01-01\nsource: Wire\n---\n\n{body}\n"
    root = make_project(tmp_path, [entry_yaml("china", "place", title="China")], {"a.md": art.format(body=body)})
    assert main(["suggest", "--json", "-f", str(root / "mkdocs.yml")]) == 0
    return {r["name"] for r in json.loads(capsys.readouterr().out)}


# One case a rule: the text, names `suggest` must propose, and fragments it must not (the project's only
# entry is China, so "China" is a linked name in these texts)
SUGGEST_CASES = {
    "an outlet or a body before a newsroom title, then the person": (
        "The delegation members are Ruritania Daily Chief Reporter Jan Novak, Borduria TV Senior Correspondent "
        "Ana Horvat and European Union Special Representative Toivo Klaar.",
        {"Ruritania Daily", "Jan Novak", "Borduria TV", "Ana Horvat", "European Union", "Toivo Klaar"},
        {"Ruritania Daily Chief Reporter Jan Novak", "Borduria TV Senior Correspondent Ana Horvat"}),
    "no employer in an office's portfolio, a people's adjective or a heading's words": (
        "Religious Affairs Minister Jan Novak met Chief Cabinet Secretary Ana Horvat and South Korean Ambassador "
        "Lee Min. Meeting Between President Jan Novak and the Secretary General.",
        {"Jan Novak", "Ana Horvat", "Lee Min"},
        {"Religious Affairs", "Chief Cabinet", "South Korean", "Meeting Between"}),
    "words that link a sentence to the one before are no names": (
        "Additionally, the talks went on. Furthermore, Jan Novak spoke. Given Ruritania's role, trade grew.",
        {"Jan Novak", "Ruritania"}, {"Additionally", "Furthermore", "Given Ruritania"}),
    "a short word with its full stop inside a name": (
        "The ambassador, Jose Santiago Sta. Romana, spoke.", {"Jose Santiago Sta. Romana"},
        {"Jose Santiago Sta", "Romana"}),
    "faiths and regions' adjectives, not names ending like them": (
        "Muslims in the region and Turkic Muslims abroad met Central Asian leaders. The Board of Deputies of "
        "British Jews wrote to Zhao Lijian of the Kyrgyz Republic about it.",
        {"Board of Deputies of British Jews", "Zhao Lijian", "Kyrgyz Republic"},
        {"Muslims", "Turkic Muslims", "Central Asian"}),
    "a body's name whole after Foreign or State": (
        "The Ruritanian Foreign Ministry and the Ministry of Foreign Affairs replied; Foreign Minister Jan Novak "
        "spoke to the UN General Assembly and the State Council.",
        {"Ministry of Foreign Affairs", "Jan Novak", "UN General Assembly", "State Council"},
        {"Ministry", "Affairs", "Assembly", "Council", "Foreign Minister Jan Novak"}),
    "initials are names, His Excellency is no part of one": (
        "The US and the U.S. Congress met H.E. Jan Novak. Tell us more, he said.",
        {"US", "U.S. Congress", "Jan Novak"}, {"H.E. Jan Novak", "Tell"}),
    "a body's noun alone is no name": (
        "Leaders met at the Summit, where the Government and the University of Baku spoke; the Ministry of "
        "Culture agreed.",
        {"University of Baku", "Ministry of Culture"}, {"Summit", "Government", "University", "Ministry"}),
    "a person's name after a linked place in a title": (
        "Prime Minister of China Jan Novak met Liu Bin. The Envoy of China and Anna Kowalska spoke; then the "
        "Xinjiang Autonomous Region replied.",
        {"Jan Novak", "Liu Bin", "Anna Kowalska"}, {"Liu", "Prime Minister of", "Autonomous Region"}),
    "a proper name's possessive splits, a common word's does not": (
        "Ruritania's Jan Novak visited the People's Republic of Borduria and the Farmer's Daily.",
        {"Ruritania", "Jan Novak", "People's Republic of Borduria", "Farmer's Daily"},
        {"Ruritania's Jan Novak", "Republic of Borduria"}),
    "forms of address and offices stay out of a name": (
        "His Excellency Jan Novak, Rabbi Anna Kowalska and Vice-President Petr Maly met the Executive Director. "
        "Foreign Minister of Borduria Karel Hrubec and the President of the Republic of Ruritania Ivan Horak "
        "agreed.",
        {"Jan Novak", "Anna Kowalska", "Petr Maly", "Karel Hrubec", "Ivan Horak", "Borduria",
         "Republic of Ruritania"},
        {"Excellency Jan Novak", "Rabbi Anna Kowalska", "-President Petr Maly", "Executive Director",
         "Borduria Karel Hrubec", "Republic of Ruritania Ivan Horak"}),
    "names made with 'on' and hyphens stay whole": (
        "The Committee on the Elimination of Racial Discrimination and the Conference on Interaction and "
        "Confidence Building Measures met the All-Russian Azerbaijani Congress at Al-Azhar University. "
        "Ruritania on Monday said no.",
        {"Committee on the Elimination of Racial Discrimination", "All-Russian Azerbaijani Congress",
         "Conference on Interaction and Confidence Building Measures", "Al-Azhar University", "Ruritania"},
        {"Elimination of Racial Discrimination", "-Russian Azerbaijani Congress", "-Azhar University",
         "Ruritania on Monday"}),
    "a participle opening the sentence, not a name's first word": (
        "Welcoming Jan Novak, the host spoke. Driving Force is a film.",
        {"Jan Novak", "Driving Force"}, {"Welcoming Jan Novak"}),
    "common words on both sides of 'and', ending as a body's or a law's name does, one name": (
        "The Xinjiang Production and Construction Corps grows cotton. U.S. Customs and Border Protection "
        "acted. The Uyghur Genocide Accountability and Sanctions Act passed. The Ruritania Technical and "
        "Vocational Education and Training Project ended. Human Rights Watch and Amnesty International agreed.",
        {"Xinjiang Production and Construction Corps", "U.S. Customs and Border Protection",
         "Uyghur Genocide Accountability and Sanctions Act",
         "Ruritania Technical and Vocational Education and Training Project", "Human Rights Watch",
         "Amnesty International"},
        {"Construction Corps", "Border Protection", "Sanctions Act", "Training Project",
         "Human Rights Watch and Amnesty International"}),
    "two capitalised common words joined inside a sentence, before a lower-case word": (
        "Both sides agreed to deepen the Belt and Road cooperation with Ruritania. Ladies and Gentlemen, welcome.",
        {"Belt and Road"}, {"Belt", "Road", "Ladies and Gentlemen"}),
    "two names joined by 'and' stay two; a region's, a name ending as a body's does, one": (
        "Praise came from Russia and Saudi Arabia. Central and Eastern Europe waited. The Foreign, Commonwealth "
        "and Development Office spoke. The Belt and Road Initiative grew.",
        {"Russia", "Saudi Arabia", "Central and Eastern Europe", "Commonwealth and Development Office",
         "Belt and Road Initiative"},
        {"Russia and Saudi Arabia", "Central", "Eastern Europe", "Development Office", "Belt"}),
    "a person's full name, then 'of' a place or 'for' an outlet: two names": (
        "She met Erling Rimestad of Norway. She spoke to Jason Jones of The Stream. Fareed Zakaria for CNN asked. "
        "The Bank of China was named. So was the Islamic Emirate of Afghanistan.",
        {"Erling Rimestad", "Norway", "Jason Jones", "The Stream", "Fareed Zakaria", "CNN", "Bank of China",
         "Islamic Emirate of Afghanistan"},
        {"Erling Rimestad of Norway", "Jason Jones of The Stream", "Fareed Zakaria for CNN", "Islamic Emirate"}),
    "'of the' inside a name joins it whole, but not after a person's title": (
        "Xi met guests in the Great Hall of the People. The Office of the High Commissioner for Human Rights "
        "spoke. Jan Novak, General Secretary of the Ruritanian Workers Party, came.",
        {"Great Hall of the People", "Office of the High Commissioner for Human Rights", "Jan Novak",
         "Ruritanian Workers Party"},
        {"Great Hall", "People", "General Secretary of the Ruritanian Workers Party"}),
    "a weekday after a name, in wire copy, is when, not the name": (
        "Tokyo : rights activist Jane Roe Wednesday sought help. John Doe Monday said so.",
        {"Jane Roe", "John Doe"}, {"Jane Roe Wednesday", "John Doe Monday"}),
    "initials joined by a slash are one name": (
        "Jan Novak told RFE/RL that the camps were closed. The A/B split was even.",
        {"RFE/RL", "Jan Novak"}, {"RFE", "RL", "A/B"}),
    "a city with its state's code, and a slogan's two halves, are one name": (
        "Jan Novak spoke in Washington, D.C. on Monday about the One Belt, One Road plan and One Country, Two "
        "Systems.",
        {"Washington, D.C.", "One Belt, One Road", "One Country, Two Systems", "Jan Novak"},
        {"Washington", "D.C.", "Belt", "Road", "One Belt", "One Road"}),
    "a title straight before a name leaves no place to cut off, and Hon. is a title": (
        "The leaders of Ruritania, President Jan Marek Novak; Borduria, President Ana Maria Horvat; and Prime "
        "Minister Hon. Toivo Klaar met the President of the Republic of Syldavia Petar Ivanov.",
        {"Jan Marek Novak", "Ana Maria Horvat", "Toivo Klaar", "Petar Ivanov", "Republic of Syldavia"},
        {"Jan", "Ana", "Marek Novak", "Maria Horvat", "Hon", "Hon. Toivo Klaar", ". Toivo Klaar"}),
    "an outlet named by its address, a name in quotation marks, a turn's letter, a title's last words": (
        "Q: Will it last? Jan Novak told News.Az and Borduria.com that it fits China’s “Belt and Road” "
        "initiative, said State Councilor and Foreign Minister Ana Horvat and the Ambassador Extraordinary and "
        "Plenipotentiary Toivo Klaar.",
        {"News.Az", "Borduria.com", "Belt and Road", "Jan Novak", "Ana Horvat", "Toivo Klaar"},
        {"Q", "News", "Az", "Road", "Councilor", "Extraordinary", "Plenipotentiary"}),
    "a month shortened, an era, a member's party and state, and an ambassador's or a chargé's title": (
        "Sen. Jan Novak (R-FL) and Rep. Ana Horvat (D-MA) spoke on Dec. 5 of the fifth century AD, with Amb. "
        "Toivo Klaar and Chargé d'affaires Petar Ivanov.",
        {"Jan Novak", "Ana Horvat", "Toivo Klaar", "Petar Ivanov"},
        {"R-FL", "D-MA", "Dec", "AD", "Amb", "Chargé"}),
    "a state's name that ends a body's name is a name of its own; a surname alone after the full name is not": (
        "The Permanent Mission of Ruritania spoke. Refugees living in Ruritania protested. Jan Novak spoke, and "
        "Novak said more.",
        {"Permanent Mission of Ruritania", "Ruritania", "Jan Novak"}, {"Novak"}),
    "the noun that ends a name, alone, refers to it and is none": (
        "Jan Novak said the Foundation backs the Convention and its Article 5.",
        {"Jan Novak"}, {"Foundation", "Convention", "Article"}),
    "adjectives of a people, a state or a creed are no names; a people's plural may be one": (
        "Jan Novak met European, Saudi and Soviet-era officials, Dutch diplomats and Uzbeks in Borduria.",
        {"Jan Novak", "Uzbeks", "Borduria"}, {"European", "Saudi", "Dutch"}),
    "a state's adjective before what every state has is a description; a ministry by its portfolio is a name": (
        "The Chinese Government and the Chinese Embassy replied; the Consulate was shut. The Chinese Foreign "
        "Ministry spoke.",
        {"Chinese Foreign Ministry"}, {"Chinese Government", "Chinese Embassy", "Consulate"}),
    "places joined by hyphens, then the railway or pipeline that joins them, are one name": (
        "The Ruritania-Borduria-Syldavia railway opened, and Nur-Sultan hosted talks.",
        {"Ruritania-Borduria-Syldavia railway", "Nur-Sultan"}, {"Ruritania-Borduria-Syldavia"}),
    "common nouns in initials, an office's portfolio and two adjectives are no names": (
        "MPs and NGOs met Jan Novak, Minister of Foreign Affairs, and the Head of State on GDP and Muslim Turkic "
        "communities.",
        {"Jan Novak"}, {"MPs", "NGOs", "Foreign Affairs", "Head of State", "GDP", "Muslim Turkic"}),
    "a party named inside a longer name is a name of its own": (
        "The Central Committee of the Workers Party of Ruritania met.",
        {"Central Committee of the Workers Party of Ruritania", "Workers Party of Ruritania"}, set()),
    "places or their adjectives joined by hyphens are a modifier, a name joined by a hyphen is a name": (
        "The China-Europe trains and the Armenian-Azerbaijani conflict came up as Nur-Sultan hosted the "
        "China-Central Asia Summit.",
        {"Nur-Sultan", "China-Central Asia Summit"}, {"China-Europe", "Armenian-Azerbaijani"}),
    "initials with their number are a name, a sum or a letter and a number is not": (
        "The COVID-19 pandemic delayed COP29 by a year at a cost of USD10 a head, Jan Novak said on OCT-05 in C5.",
        {"COVID-19", "COP29", "Jan Novak"}, {"COVID", "USD10", "OCT-05", "C5"}),
}


@pytest.mark.parametrize("case", list(SUGGEST_CASES))
def test_suggest_finds_names_whole_and_no_fragments(tmp_path, capsys, case):
    body, wanted, unwanted = SUGGEST_CASES[case]
    names = _suggested(tmp_path, capsys, body)
    assert wanted <= names
    assert not names & unwanted


def test_a_build_never_publishes_the_previews_error_overlay(tmp_path):
    # `serve --engine zensical` writes its overlay beside the generated pages; a build removes it, and it is
    # never taken for a file someone else put in docs_dir
    root = make_project(tmp_path, [entry_yaml("china", "place", title="China")],
                        {"a.md": "---\ntitle: A\ndate: 2025-01-01\nsource: Wire\n---\n\nChina spoke.\n"})
    assert subprocess.run([sys.executable, "-m", "explainer", "build", "--no-site"], cwd=root).returncode == 0
    overlay = root / "build" / "docs" / "_explainer_serve"
    overlay.mkdir()
    (overlay / "errors.json").write_text("[]")
    done = subprocess.run([sys.executable, "-m", "explainer", "build", "--no-site"], cwd=root, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    assert not overlay.exists()


WATCHER_CHECK = """
import importlib.util, sys
import watchdog.observers, watchdog.observers.polling
from mkdocs.livereload import LiveReloadServer
spec = importlib.util.spec_from_file_location("hook", sys.argv[1])
hook = importlib.util.module_from_spec(spec)
spec.loader.exec_module(hook)
a, b = sys.argv[2], sys.argv[3]

def server():
    s = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=a)
    s.watch(a)
    s.watch(b)
    return s

s = server()
hook._native_watcher(s)
print("native" if not isinstance(s.observer, watchdog.observers.polling.PollingObserver) else "polling",
      sorted(s._watched_paths) == sorted([a, b]))
s.unwatch(a)  # MkDocs' own unwatch still works on the new observer

def refuse(self, *args, **kwargs):
    raise OSError("inotify watch limit reached")

watchdog.observers.Observer.schedule = refuse
s = server()
hook._native_watcher(s)
print("native" if not isinstance(s.observer, watchdog.observers.polling.PollingObserver) else "polling",
      sorted(s._watched_paths) == sorted([a, b]))
"""


def test_the_preview_watches_with_the_systems_own_notifications_or_else_polls(tmp_path):
    # MkDocs polls every watched file twice a second; the preview asks the system to report changes instead
    # (not reads: a rebuild reads the theme's files), and polls as before where the system cannot watch.
    # (In a process of its own: watchdog's threads outlive the observers, and a process with threads never
    # forks its workers.)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    done = subprocess.run([sys.executable, "-c", WATCHER_CHECK, str(REPO / "explainer" / "commands" / "serve_hook.py"),
                           str(tmp_path / "a"), str(tmp_path / "b")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["native True", "polling True"]


def test_suggest_never_proposes_a_replys_first_word(tmp_path, capsys):
    names = suggested_names(tmp_path, capsys, "Q: Will Jan Novak attend?\n\nA: Thank you. Yes, Jan Novak will. "
                                              "Thanks again.")
    assert "Jan Novak" in names and not {"Thank", "Yes", "Thanks"} & set(names)

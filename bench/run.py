#!/usr/bin/env python3
"""Benchmark `explainer build` against a plain MkDocs build and Material's glossary recipe.

    python bench/run.py --sizes 100x100,1000x2000 --glossary-articles 10 --out bench/results.md
    python bench/run.py --quick --out /tmp/results.md        # a small size, well under a minute (CI)
    python bench/run.py --preset scaling                     # entries 100..10,000 and articles 100..5,000
    python bench/run.py --preset memory                      # 10,000 x 10,000, generation alone
    python bench/run.py --preset archive --out bench/results-archive.md   # 10,000 x 5,000, rebuilds

For every size ARTICLESxENTRIES it writes a synthetic corpus with
../shared/bench/make_corpus.py, lays out an explainer project over it (this
repository's mkdocs.yml, site_templates/ and content/pages/) and the two peer
sites of ../shared/bench/peer_sites.py, then measures, each as its own
subprocess (wall time, CPU time user+sys and peak RSS from os.wait4):

  plain          mkdocs build -q of the articles alone, same theme: the floor
  glossary-floor mkdocs build -q of the first N articles alone (the glossary's own floor)
  glossary       Material's glossary recipe (every title and alias an abbreviation
                 appended to every page) on the first N articles
  generate       explainer build --no-site: load, check, match, write the Markdown
  mkdocs-own     mkdocs build -q of the explainer project once generated: MkDocs alone
  build          explainer build from a clean build/ and site/: generation + MkDocs
  incr-entry     one entry's summary edited, then explainer build --no-site
  incr-article   one article's text edited, then explainer build --no-site
  rebuild...     after build: explainer build again with nothing changed, then after an
                 entry's summary, an entry's aliases, one article's text edited
  build-zensical the same build with Zensical (--clean), and its rebuild...-zensical steps

and writes a Markdown report (steps, ratios, the issue's targets, the machine).
It is a benchmark, not a test: nothing here fails on a slow figure. A step that
exits non-zero is reported as failed, with its messages, and the run goes on.
See bench/README.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import datetime as dt
import os
import platform
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

STEPS = {
    "plain": "mkdocs build -q -f plain/mkdocs.yml (all articles, no context: the floor)",
    "glossary-floor": "mkdocs build -q of the first N articles alone (no context)",
    "glossary": "Material glossary recipe on the first N articles, all entries as abbreviations",
    "generate": "explainer build --no-site (generation alone, from a clean build/)",
    "mkdocs-own": "mkdocs build -q -f mkdocs.yml of the explainer's generated docs (MkDocs alone)",
    "build": "explainer build (generation + MkDocs, from a clean build/ and site/)",
    "build-zensical": "explainer build --engine zensical (generation + Zensical 0.0.73, from a clean build/ and "
                      "site/; reported, not a target)",
    "incr-entry": "one entry's summary edited, explainer build --no-site",
    "incr-article": "one article's text edited, explainer build --no-site",
    # Rebuilds of the whole site after `build` (issue 16): nothing changed, one entry's summary, one entry's
    # aliases (every article is matched again: reported, no target), one article's text.
    "rebuild": "explainer build again, nothing changed (after build)",
    "rebuild-summary": "one entry's summary edited, explainer build (after build)",
    "rebuild-alias": "one entry's aliases edited, explainer build (after build; every article is matched again)",
    "rebuild-article": "one article's text edited, explainer build (after build)",
    "rebuild-zensical": "explainer build --engine zensical again, nothing changed (after build-zensical)",
    "rebuild-summary-zensical": "one entry's summary edited, explainer build --engine zensical",
    "rebuild-alias-zensical": "one entry's aliases edited, explainer build --engine zensical",
    "rebuild-article-zensical": "one article's text edited, explainer build --engine zensical",
    "serve-size": "explainer serve on this size's corpus: seconds from saving an edit of the summary of the entry "
                  "named in the most articles until its page shows it (issue 16: under 3 s at 10,000 x 5,000)",
    # Once per run, not per size: the editor's loop on this repository's own content (issue 15).
    "serve": "explainer serve on this repository's content: seconds from saving an entry's edit, and a new "
             "article, until the served page shows it",
}
REBUILDS = ("rebuild", "rebuild-summary", "rebuild-alias", "rebuild-article")
ALL_STEPS = list(STEPS)

PRESETS = {
    # sizes, steps, glossary articles
    "default": (["100x100", "1000x2000"], ALL_STEPS, 10),
    "quick": (["20x50"], ALL_STEPS, 5),
    # entries 100 -> 10,000 at 1,000 articles: generation should stay flat;
    # articles 100 -> 5,000 at 1,000 entries: site bytes per article should stay constant.
    "scaling": (["1000x100", "1000x1000", "1000x10000", "100x1000", "5000x1000"],
                ["plain", "generate", "build"], 10),
    # peak memory of the generation step at 10,000 articles x 10,000 entries
    "memory": (["10000x10000"], ["generate"], 10),
    # an archive (issue 16): 10,000 articles x 5,000 entries at --words 300; cold builds, rebuilds, peak memory
    "archive": (["10000x5000"], ["mkdocs-own", "build", *REBUILDS, "serve-size", "build-zensical",
                                 *(f"{k}-zensical" for k in REBUILDS)], 10),
}


# -- measuring one subprocess -------------------------------------------------------------------

@dataclass
class Run:
    step: str
    shown: str  # the command as a reader would type it, relative to the project folder
    wall: float | None = None
    cpu: float | None = None
    rss_mib: float | None = None
    rc: int | None = None
    output: str = ""
    skipped: str = ""  # reason, when the step was not run
    timed_out: bool = False
    pages: int | None = None  # article pages built by this step (for per-page time)
    site_bytes: int | None = None
    asset_bytes: int | None = None  # of which site/assets/ (the theme's, the same at any size)
    written: int | None = None  # files written, from the explainer's summary line
    docs_files: int | None = None  # files in build/docs after the step
    summary: str = ""  # the explainer's own "build: ... -> build/docs ..." line
    inproc: float | None = None  # generation time the explainer reports itself
    match_s: float | None = None  # seconds of its matching stage (`build -v`): prose views, tokenizing, matching
    pipeline_s: float | None = None  # seconds to import spaCy and build the pipeline and matchers
    note: str = ""

    @property
    def ok(self) -> bool:
        return not self.skipped and self.rc == 0 and not self.timed_out

    @property
    def status(self) -> str:
        if self.skipped:
            return f"skipped: {self.skipped}"
        if self.timed_out:
            return "timed out"
        if self.rc != 0:
            return f"failed (exit {self.rc})"
        return "ok"


def measure(cmd: list[str], cwd: Path, env: dict, timeout: float) -> tuple[float, float, float, int, str, bool]:
    """Run cmd to completion; (wall s, CPU s, peak RSS MiB, exit code, output, timed out).

    os.wait4 gives the rusage of that one child (and of any children it waited
    for), so figures of one step never mix with another's, unlike deltas of
    RUSAGE_CHILDREN, whose ru_maxrss is a maximum over every child so far.
    """
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
        expired = threading.Event()

        def kill():
            expired.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:
            kill()
            os.wait4(proc.pid, 0)
            raise
        finally:
            timer.cancel()
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped: Popen must not wait again
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    cpu = usage.ru_utime + usage.ru_stime
    rss_mib = usage.ru_maxrss / 1024  # Linux: KiB
    if sys.platform == "darwin":
        rss_mib = usage.ru_maxrss / 2**20  # macOS: bytes
    return wall, cpu, rss_mib, proc.returncode, text, expired.is_set()


def parse_summary(run: Run) -> None:
    """Read the explainer's summary line: "build: N articles, N entries -> build/docs ... N written ... in 1.23s".

    Its wording may change; what cannot be read is left empty.
    """
    for line in run.output.splitlines():
        if line.startswith("build:") and "->" in line:
            run.summary = line.strip()
            m = re.search(r"(\d+) (?:files )?written", line)
            run.written = int(m.group(1)) if m else None
            m = re.search(r"\bin ([\d.]+) ?s\b", line)
            run.inproc = float(m.group(1)) if m else None
        if line.startswith("build: nothing changed"):  # a rebuild that found nothing to do
            run.summary = line.strip()
        if line.startswith("build:") and " match " in line:  # `build -v`: seconds per stage
            m = re.search(r"\bmatch ([\d.]+)s", line)
            run.match_s = float(m.group(1)) if m else None
            m = re.search(r"\bpipeline ([\d.]+)s", line)
            run.pipeline_s = float(m.group(1)) if m else None


def run_step(run: Run, cmd: list[str], cwd: Path, env: dict, timeout: float, repeat: int,
             prepare=None) -> Run:
    """Measure a step `repeat` times (prepare() before each) and keep the fastest run."""
    best = None
    for _ in range(max(1, repeat)):
        if prepare:
            prepare()
        # The disk settles first: what the set-up (or the run before) wrote or deleted is flushed now, not
        # during the measured run.
        os.sync()
        result = measure(cmd, cwd, env, timeout)
        if best is None or (result[3] == 0 and (best[3] != 0 or result[0] < best[0])):
            best = result
        if result[3] != 0 or result[5]:
            break  # a failing step fails the same way again
    run.wall, run.cpu, run.rss_mib, run.rc, run.output, run.timed_out = best
    parse_summary(run)
    if run.written is not None:
        docs = cwd / "build" / "docs"
        run.docs_files = sum(len(files) for _, _, files in os.walk(docs)) if docs.is_dir() else None
    print(f"    {run.step:<15} {run.wall:8.2f} s wall {run.cpu:8.2f} s CPU {run.rss_mib:8.1f} MiB  {run.status}",
          file=sys.stderr, flush=True)
    return run


# -- laying out the corpora and projects --------------------------------------------------------

def parse_size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"size {text!r} is not ARTICLESxENTRIES, e.g. 1000x2000")
    return int(m.group(1)), int(m.group(2))


def run_tool(cmd: list[str], env: dict, cwd: Path | None = None) -> None:
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"bench: {shlex.join(cmd)} failed (exit {done.returncode}):\n{done.stdout}{done.stderr}")


def count_words(articles_dir: Path) -> int:
    words = 0
    for path in sorted(articles_dir.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---"):
            end = text.find("\n---", 3)
            if end != -1:
                text = text[end + 4:]
        words += len(text.split())
    return words


def tree_bytes(folder: Path) -> int | None:
    if not folder.is_dir():
        return None
    total = 0
    for root, _, files in os.walk(folder):
        for name in files:
            try:
                total += os.lstat(os.path.join(root, name)).st_size
            except OSError:
                pass
    return total


def name_key(name: str) -> str:
    """As the explainer compares names: ignoring case and spacing."""
    return " ".join(str(name).split()).casefold()


def disambiguate(context_dir: Path) -> int:
    """Move every alias that another entry also uses to short_names, as the explainer's error suggests.

    Only with --disambiguate. Returns the number of aliases moved.
    """
    import yaml

    entries = {}
    for path in sorted(context_dir.glob("*/*.yaml")):
        entries[path] = yaml.safe_load(path.read_text(encoding="utf-8"))
    owners: dict[str, set] = {}
    for path, data in entries.items():
        for name in [data["title"], *(data.get("aliases") or [])]:
            owners.setdefault(name_key(name), set()).add(path)
    moved = 0
    for path, data in entries.items():
        aliases = data.get("aliases") or []
        shared = [a for a in aliases if len(owners[name_key(a)]) > 1]
        if not shared:
            continue
        out = {}
        for k, v in data.items():
            if k == "aliases":
                kept = [a for a in aliases if a not in shared]
                if kept:
                    out["aliases"] = kept
                out["short_names"] = list(data.get("short_names") or []) + shared
            elif k != "short_names":
                out[k] = v
        path.write_text(yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")
        moved += len(shared)
    return moved


@dataclass
class Size:
    articles: int
    entries: int
    label: str = ""
    root: Path = Path()
    corpus: Path = Path()
    project: Path = Path()
    peers: Path = Path()
    gpeers: Path = Path()
    glossary_n: int = 0
    words: int = 0
    moved_aliases: int = 0
    runs: dict[str, Run] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    reloads: list = field(default_factory=list)  # serve-size: Reload rows

    def __post_init__(self):
        self.label = f"{self.articles}x{self.entries}"


def lay_out(size: Size, work: Path, args, env: dict) -> None:
    size.root = work / size.label
    size.corpus = size.root / "corpus"
    size.project = size.root / "project"
    size.peers = size.root / "peers"
    size.gpeers = size.root / "peers-first-n"
    make_corpus = args.shared / "bench" / "make_corpus.py"
    peer_sites = args.shared / "bench" / "peer_sites.py"
    t = time.perf_counter()
    run_tool([sys.executable, str(make_corpus), str(size.corpus), "--articles", str(size.articles),
              "--entries", str(size.entries), "--words", str(args.words), "--seed", str(args.seed)], env)
    size.words = count_words(size.corpus / "articles")
    # The explainer project: this repository's configuration, templates and static pages, the corpus as content.
    content = size.project / "content"
    content.mkdir(parents=True)
    shutil.copy2(REPO / "mkdocs.yml", size.project / "mkdocs.yml")
    shutil.copytree(REPO / "site_templates", size.project / "site_templates")
    shutil.copytree(REPO / "content" / "pages", content / "pages")
    shutil.copytree(size.corpus / "articles", content / "articles")
    shutil.copytree(size.corpus / "context", content / "context")
    if args.disambiguate:
        size.moved_aliases = disambiguate(content / "context")
    steps = set(args.steps)
    # The peers, from the unchanged corpus: all articles (the floor), and the first N for the glossary.
    if "plain" in steps:
        run_tool([sys.executable, str(peer_sites), str(size.corpus), str(size.peers)], env)
    if steps & {"glossary", "glossary-floor"}:
        size.glossary_n = min(args.glossary_articles, size.articles)
        first = size.root / "corpus-first-n"
        (first / "articles").mkdir(parents=True)
        for path in sorted((size.corpus / "articles").glob("*.md"))[:size.glossary_n]:
            shutil.copy2(path, first / "articles" / path.name)
        (first / "context").symlink_to(size.corpus / "context", target_is_directory=True)
        run_tool([sys.executable, str(peer_sites), str(first), str(size.gpeers)], env)
    print(f"  laid out {size.label}: {size.words:,} words in {time.perf_counter() - t:.1f} s"
          + (f", {size.moved_aliases} shared aliases moved to short_names" if args.disambiguate else ""),
          file=sys.stderr, flush=True)


# -- the steps ----------------------------------------------------------------------------------

def first_entry_file(project: Path) -> tuple[Path, str]:
    """The entry to edit: the one whose id appears in the most generated article pages."""
    docs = project / "build" / "docs" / "articles"
    counts: dict[str, int] = {}
    if docs.is_dir():
        for page in docs.glob("*.md"):
            for eid in set(re.findall(r'data-entry="([^"]+)"', page.read_text(encoding="utf-8"))):
                counts[eid] = counts.get(eid, 0) + 1
    files = sorted((project / "content" / "context").glob("*/*.yaml"))
    by_id = {p.stem: p for p in files}
    if counts:
        eid = max(sorted(counts), key=lambda k: counts[k])
        if eid in by_id:
            return by_id[eid], eid
    return files[0], files[0].stem


def pages_naming(docs: Path, eid: str) -> int:
    """Generated files that name the entry id: the pages an edit of that entry can affect."""
    named = re.compile(rf"(?<![\w-]){re.escape(eid)}(?![\w-])")
    n = 0
    for path in docs.rglob("*"):
        if path.is_file() and path.suffix in (".md", ".json"):
            if named.search(path.read_text(encoding="utf-8", errors="replace")):
                n += 1
    return n


def edit_summary(path: Path, n: int) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("summary:"):
            if line.rstrip().endswith((">-", ">", "|", "|-")) and i + 1 < len(lines):
                lines[i + 1] = lines[i + 1].rstrip("\n") + f" Edited for the benchmark ({n}).\n"
            else:
                lines[i] = line.rstrip("\n") + f" Edited for the benchmark ({n}).\n"
            break
    else:
        raise SystemExit(f"bench: no summary line in {path}")
    path.write_text("".join(lines), encoding="utf-8")


def edit_aliases(path: Path, n: int) -> None:
    """Give an entry one more alias (a new name: every article is matched again)."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("aliases:"):
            lines.insert(i + 1, f'  - "Benchmark Alias {n}"\n')
            break
    else:
        at = next((i + 1 for i, line in enumerate(lines) if line.startswith("title:")), 1)
        lines.insert(at, f'aliases:\n  - "Benchmark Alias {n}"\n')
    path.write_text("".join(lines), encoding="utf-8")


def append_paragraph(path: Path, n: int) -> None:
    with path.open("a", encoding="utf-8") as f:
        f.write(f"\nThe government said this paragraph was added by the benchmark ({n}).\n")


def measure_rebuilds(size: Size, args, env: dict, engine: str) -> None:
    """After a whole build with `engine`, the same build again: nothing changed, then after each kind of edit."""
    suffix = "-zensical" if engine == "zensical" else ""
    wanted = [k + suffix for k in REBUILDS if k + suffix in args.steps]
    if not wanted:
        return
    proj = size.project
    cmd = [sys.executable, "-m", "explainer", "build"] + (["--engine", "zensical"] if engine == "zensical" else [])
    base = size.runs.get("build" + suffix)
    entry, eid = first_entry_file(proj)
    article = sorted((proj / "content" / "articles").glob("*.md"))[0]
    count = iter(range(1, 10_000))
    edits = {"rebuild": (None, "nothing changed"),
             "rebuild-summary": (lambda: edit_summary(entry, next(count)), f"summary of '{eid}'"),
             "rebuild-alias": (lambda: edit_aliases(entry, next(count)), f"aliases of '{eid}'"),
             "rebuild-article": (lambda: append_paragraph(article, next(count)), f"text of {article.name}")}
    for key in wanted:
        run = Run(key, shlex.join(cmd[2:]), pages=size.articles)
        if base is None or not base.ok:
            run.skipped = f"needs a successful build{suffix} before it"
        else:
            prepare, what = edits[key.removesuffix(suffix)]
            run.shown = f"(edit the {what}) explainer {shlex.join(cmd[4:])}" if prepare else \
                f"explainer {shlex.join(cmd[4:])}"
            run_step(run, cmd, proj, env, args.timeout, args.repeat, prepare)
            run.note = what
        size.runs[key] = run


@dataclass
class Reload:
    what: str
    seconds: list[float] = field(default_factory=list)
    error: str = ""

    @property
    def best(self) -> float | None:
        return min(self.seconds) if self.seconds else None

    def record(self, took: float | None) -> None:
        """One run's seconds, or that the page never showed the change."""
        if took is None:
            self.error = "not shown in 60 s"
        else:
            self.seconds.append(took)


def measure_serve(work: Path, args, env: dict) -> list[Reload]:
    """`explainer serve` on a copy of this repository's project: the time from saving a file to the served page
    showing the change (an entry's summary edited; a new article), each `--repeat` times, best kept."""
    proj = work / "serve"
    proj.mkdir(parents=True)
    shutil.copy2(REPO / "mkdocs.yml", proj / "mkdocs.yml")
    for name in ("site_templates", "content"):
        shutil.copytree(REPO / name, proj / name)
    entry = sorted((proj / "content" / "context").glob("*/*.yaml"))[0]
    return serve_reloads(proj, args, env, entry, new_articles=True, start_limit=120)


def measure_serve_size(size: Size, args, env: dict) -> None:
    """`explainer serve` on the size's own project (issue 16): the entry named in the most articles has its
    summary edited, `--repeat` times; the first build of the preview may take as long as `--timeout`."""
    entry, _ = first_entry_file(size.project)
    size.reloads = serve_reloads(size.project, args, env, entry, new_articles=False, start_limit=args.timeout)


def serve_reloads(proj: Path, args, env: dict, entry: Path, new_articles: bool, start_limit: float) -> list[Reload]:
    import socket
    import urllib.error
    import urllib.request
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    results = [Reload("an entry's summary edited")] + ([Reload("a new article")] if new_articles else [])
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen([sys.executable, "-m", "explainer", "serve", "-a", f"127.0.0.1:{port}"], cwd=proj,
                            env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            start_new_session=True)

    def page(path: str) -> str | None:
        try:
            with urllib.request.urlopen(base + path, timeout=5) as r:
                return r.read().decode("utf-8", "replace")
        except (urllib.error.URLError, OSError):
            return None

    def wait_for(path: str, text: str, limit: float) -> float | None:
        t = time.perf_counter()
        while time.perf_counter() - t < limit:
            body = page(path)
            if body is not None and text in body:
                return time.perf_counter() - t
            time.sleep(0.02)
        return None

    try:
        if wait_for("/", "<html", start_limit) is None:
            for r in results:
                r.error = f"serve did not start in {start_limit:.0f} s"
            return results
        entry_page = f"/context/{entry.parent.name}/{entry.stem}/"
        mark = int(time.time()) % 1_000_000 * 100  # (a number no earlier run wrote into the summary)
        for n in range(1, args.repeat + 1):
            time.sleep(1.0 if new_articles else 5.0)  # the watcher settles (and the memory is tidied) after a rebuild
            edit_summary(entry, mark + n)
            took = wait_for(entry_page, f"Edited for the benchmark ({mark + n})", 60)
            results[0].record(took)
            if not new_articles:
                continue
            time.sleep(1.0)
            stem = f"2099-01-0{n}-reload-check" if n < 10 else f"2099-01-{n}-reload-check"
            (proj / "content" / "articles" / f"{stem}.md").write_text(
                f"---\ntitle: \"Reload check {n}\"\ndate: 2099-01-01\nsource: ANI\n---\n\nA new article, number {n}.\n",
                encoding="utf-8")
            took = wait_for(f"/articles/{stem}/", f"Reload check {n}", 60)
            results[1].record(took)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()
    return results


def measure_size(size: Size, args, env: dict) -> None:
    steps = args.steps
    proj = size.project
    explainer = [sys.executable, "-m", "explainer"]
    mkdocs = [sys.executable, "-m", "mkdocs"]
    t = args.timeout
    r = args.repeat

    def clean(*names):
        def do():
            for name in names:
                shutil.rmtree(proj / name, ignore_errors=True)
        return do

    if "plain" in steps:
        run = Run("plain", "mkdocs build -q -f plain/mkdocs.yml", pages=size.articles)
        run_step(run, mkdocs + ["build", "-q", "-f", "mkdocs.yml"], size.peers / "plain", env, t, r,
                 clean_site(size.peers / "plain"))
        run.site_bytes = tree_bytes(size.peers / "plain" / "site")
        size.runs["plain"] = run
    for key, folder in (("glossary-floor", "plain"), ("glossary", "glossary")):
        if key in steps:
            # cwd is the site's folder: the recipe's snippets base_path "." is relative to it
            run = Run(key, f"mkdocs build -q -f {folder}/mkdocs.yml (first {size.glossary_n} articles)",
                      pages=size.glossary_n)
            run_step(run, mkdocs + ["build", "-q", "-f", "mkdocs.yml"], size.gpeers / folder, env, t, r,
                     clean_site(size.gpeers / folder))
            run.site_bytes = tree_bytes(size.gpeers / folder / "site")
            size.runs[key] = run
    generated = False
    if "generate" in steps:
        run = Run("generate", "explainer build --no-site -v", pages=size.articles)
        run_step(run, explainer + ["build", "--no-site", "-v"], proj, env, t, r, clean("build", "site"))
        size.runs["generate"] = run
        generated = run.ok

    def ensure_generated() -> bool:
        nonlocal generated
        if not generated:
            result = measure(explainer + ["build", "--no-site"], proj, env, t)
            generated = result[3] == 0 and not result[5]
            if not generated and not size.messages:
                size.messages = explainer_messages(result[4])
        return generated

    if "mkdocs-own" in steps:
        run = Run("mkdocs-own", "mkdocs build -q -f mkdocs.yml", pages=size.articles)
        if ensure_generated():
            run_step(run, mkdocs + ["build", "-q", "-f", "mkdocs.yml"], proj, env, t, r, clean("site"))
            run.site_bytes = tree_bytes(proj / "site")
        else:
            run.skipped = "generation failed"
        size.runs["mkdocs-own"] = run
    if "build" in steps:
        run = Run("build", "explainer build", pages=size.articles)
        run_step(run, explainer + ["build"], proj, env, t, r, clean("build", "site"))
        run.site_bytes = tree_bytes(proj / "site")
        run.asset_bytes = tree_bytes(proj / "site" / "assets")
        size.runs["build"] = run
        generated = run.ok
        measure_rebuilds(size, args, env, "mkdocs")
    if "serve-size" in steps:
        if ensure_generated():  # (which entry to edit is read from the generated pages)
            print(f"bench: {size.label} serve (save to reload)", file=sys.stderr, flush=True)
            measure_serve_size(size, args, env)
    if "incr-entry" in steps:
        run = Run("incr-entry", "explainer build --no-site", pages=size.articles)
        if ensure_generated():
            path, eid = first_entry_file(proj)
            affected = pages_naming(proj / "build" / "docs", eid)
            count = iter(range(1, 1000))
            run.shown = f"(edit {path.relative_to(proj)}) explainer build --no-site"
            run_step(run, explainer + ["build", "--no-site"], proj, env, t, r,
                     lambda: edit_summary(path, next(count)))
            run.note = f"entry '{eid}': {affected} generated files name it"
        else:
            run.skipped = "generation failed"
        size.runs["incr-entry"] = run
    if "incr-article" in steps:
        run = Run("incr-article", "explainer build --no-site", pages=size.articles)
        if ensure_generated():
            path = sorted((proj / "content" / "articles").glob("*.md"))[0]
            count = iter(range(1, 1000))

            def edit_article():
                with path.open("a", encoding="utf-8") as f:
                    f.write(f"\nThe government said this paragraph was added by the benchmark ({next(count)}).\n")

            run.shown = f"(edit {path.relative_to(proj)}) explainer build --no-site"
            run_step(run, explainer + ["build", "--no-site"], proj, env, t, r, edit_article)
            run.note = f"article {path.name}: one article page (+ indexes/export if they show it)"
        else:
            run.skipped = "generation failed"
        size.runs["incr-article"] = run
    for run in size.runs.values():
        if not run.skipped and not run.ok and not size.messages and run.step not in ("plain", "glossary", "glossary-floor"):
            size.messages = explainer_messages(run.output)
    # Messages the explainer printed on a successful generation (warnings), to report too.
    if "build-zensical" in steps:
        run = Run("build-zensical", "explainer build --engine zensical", pages=size.articles)
        if importlib.util.find_spec("zensical") is None:
            run.skipped = "zensical is not installed (pip install 'explainer[zensical]')"
        else:
            run_step(run, explainer + ["build", "--engine", "zensical", "--clean"], proj, env, t, r,
                     clean("build", "site"))
            run.site_bytes = tree_bytes(proj / "site")
            run.asset_bytes = tree_bytes(proj / "site" / "assets")
        size.runs["build-zensical"] = run
        measure_rebuilds(size, args, env, "zensical")
    gen = size.runs.get("generate") or size.runs.get("build")
    if gen is not None and gen.ok and not size.messages:
        size.messages = explainer_messages(gen.output)


def clean_site(folder: Path):
    return lambda: shutil.rmtree(folder / "site", ignore_errors=True)


def explainer_messages(output: str, limit: int = 12) -> list[str]:
    """The explainer's diagnostics, the first `limit` distinct ones, then its summary lines."""
    lines = [ln.rstrip() for ln in output.splitlines() if ln.strip()]
    if "Traceback (most recent call last)" in output:
        # a crash: its end says what went wrong
        tail = lines[-20:]
        return (["...", *tail] if len(lines) > 20 else tail)
    summary = [ln for ln in lines if ln.startswith("build:")]
    others = list(dict.fromkeys(ln for ln in lines if not ln.startswith("build:")))
    if not others:
        return []  # a clean run: nothing to report
    shown = others[:limit]
    if len(others) > limit:
        shown.append(f"... and {len(others) - limit} more distinct lines")
    return shown + summary


# -- the report ---------------------------------------------------------------------------------

def machine() -> list[tuple[str, str]]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = f"{int(line.split()[1]) / 2**20:.1f} GiB"
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    versions = []
    from importlib import metadata
    for dist in ("explainer", "mkdocs", "mkdocs-material", "Markdown", "pymdown-extensions", "spacy"):
        try:
            versions.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{dist} (not installed)")
    return [
        ("Date", dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        ("Platform", platform.platform()),
        ("CPU", f"{cpu}, {os.cpu_count()} cores ({usable} usable)"),
        ("Memory", mem),
        ("Python", f"{platform.python_implementation()} {platform.python_version()}"),
        ("Packages", ", ".join(versions)),
    ]


def fmt(value, digits=2, dash="–") -> str:
    if value is None:
        return dash
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.{digits}f}"


def ratio(a: Run | None, b: Run | None, per_page=False) -> float | None:
    if not a or not b or not a.ok or not b.ok or not a.wall or not b.wall:
        return None
    if per_page:
        return (a.wall / a.pages) / (b.wall / b.pages)
    return a.wall / b.wall


def reload_section(reloads: list[Reload], where: str = "this repository's content") -> list[str]:
    out = ["", f"## Save to reload (`explainer serve`, {where})", "",
           "| Edit | Seconds until the served page shows it (best) | All runs |", "|---|--:|---|"]
    for r in reloads:
        out.append(f"| {r.what} | {fmt(r.best)} | {', '.join(f'{x:.2f}' for x in r.seconds) or r.error} |")
    return out


def report(sizes: list[Size], args, command: str, started: float, reloads: list[Reload] | None = None) -> str:
    out = ["# Explainer build benchmark", ""]
    out.append(f"Command: `{command}`  ")
    out.append(f"Run time: {time.perf_counter() - started:.0f} s in all (corpus and site layout included)")
    out.append("")
    out.append("| Machine | |")
    out.append("|---|---|")
    for k, v in machine():
        out.append(f"| {k} | {v} |")
    out.append("")
    out.append(f"Corpus: `make_corpus.py --words {args.words} --seed {args.seed}` at each size "
               "(ARTICLESxENTRIES). Every step is its own subprocess, the best of "
               f"{args.repeat} run(s); CPU is user+sys; peak RSS is the process's maximum resident set. "
               "See bench/README.md for what each row and column means.")
    if args.disambiguate:
        out.append("")
        out.append("**--disambiguate**: in the explainer's copy of the entries, every alias that several "
                   "entries share was moved to `short_names` (the fix the explainer's error message asks "
                   "for); the peers use the corpus unchanged. Moved: "
                   + ", ".join(f"{s.label}: {s.moved_aliases}" for s in sizes) + ".")
    out += ["", "## Steps", "",
            "| Size | Step | Wall s | CPU s | Peak RSS MiB | ms / article page | Site KiB / article "
            "| Files written | Status |",
            "|---|---|--:|--:|--:|--:|--:|--:|---|"]
    for s in sizes:
        for key in ALL_STEPS:
            run = s.runs.get(key)
            if run is None:
                continue
            per_page = run.wall / run.pages * 1000 if run.ok and run.pages else None
            site = run.site_bytes / run.pages / 1024 if run.ok and run.site_bytes and run.pages else None
            written = None if run.written is None else f"{run.written:,} of {fmt(run.docs_files)}"
            out.append(f"| {s.label} | {key} | {fmt(run.wall)} | {fmt(run.cpu)} | {fmt(run.rss_mib, 1)} "
                       f"| {fmt(per_page, 1)} | {fmt(site, 1)} | {written or '–'} | {run.status} |")
    out += ["", "## Per size", "",
            "| Size | Articles | Entries | Words | Glossary articles | Generation s (wall) "
            "| Generation s (in-process) | Words / s (wall) | Words / s (in-process) | Pipeline set-up s "
            "| Matching s | Words / s (matching) |",
            "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
    for s in sizes:
        gen = s.runs.get("generate")
        wall = gen.wall if gen and gen.ok else None
        inproc = gen.inproc if gen and gen.ok else None
        match_s = gen.match_s if gen and gen.ok else None
        setup_s = gen.pipeline_s if gen and gen.ok else None
        out.append(f"| {s.label} | {s.articles:,} | {s.entries:,} | {s.words:,} | {s.glossary_n or '–'} "
                   f"| {fmt(wall)} | {fmt(inproc)} | {fmt(s.words / wall if wall else None, 0)} "
                   f"| {fmt(s.words / inproc if inproc else None, 0)} | {fmt(setup_s)} | {fmt(match_s)} "
                   f"| {fmt(s.words / match_s if match_s else None, 0)} |")
    out += ["", "## Ratios (wall time)", "",
            "| Size | build / mkdocs-own | build / plain | generate / plain | glossary / build, per article page "
            "| glossary over its floor / build, per article page |",
            "|---|--:|--:|--:|--:|--:|"]
    for s in sizes:
        rs = s.runs
        b = rs.get("build")
        g, gf = rs.get("glossary"), rs.get("glossary-floor")
        over = None
        if g and gf and g.ok and gf.ok and b and b.ok:
            over = ((g.wall - gf.wall) / g.pages) / (b.wall / b.pages)
        out.append(f"| {s.label} | {fmt(ratio(b, rs.get('mkdocs-own')))} | {fmt(ratio(b, rs.get('plain')))} "
                   f"| {fmt(ratio(rs.get('generate'), rs.get('plain')))} | {fmt(ratio(g, b, True), 1)} "
                   f"| {fmt(over, 1)} |")
    out += scaling(sizes)
    if reloads:
        out += reload_section(reloads)
    for size in sizes:
        if size.reloads:
            out += reload_section(size.reloads, f"{size.label}, the summary of the entry named in the most articles")
    out += targets(sizes, reloads)
    notes = [(s, r) for s in sizes for r in s.runs.values() if r.note]
    if notes:
        out += ["", "## Incremental builds", ""]
        for s, r in notes:
            written = "–" if r.written is None else f"{r.written:,} of {fmt(r.docs_files)} files written"
            out.append(f"- {s.label} {r.step}: {written} in {fmt(r.wall)} s; {r.note}. The explainer said: "
                       f"`{r.summary or '(no summary line)'}`")
    msgs = [s for s in sizes if s.messages]
    if msgs:
        out += ["", "## Messages from the explainer", ""]
        for s in msgs:
            out.append(f"{s.label}:")
            out.append("")
            out.append("```")
            out += s.messages
            out.append("```")
            out.append("")
    failed = [(s, r) for s in sizes for r in s.runs.values() if not r.skipped and not r.ok
              and r.step in ("plain", "glossary", "glossary-floor")]
    for s, r in failed:
        out += ["", f"{s.label} {r.step} {r.status}:", "", "```", *r.output.strip().splitlines()[-15:], "```"]
    return "\n".join(out).rstrip() + "\n"


def scaling(sizes: list[Size]) -> list[str]:
    lines = []
    by_articles: dict[int, list[Size]] = {}
    by_entries: dict[int, list[Size]] = {}
    for s in sizes:
        by_articles.setdefault(s.articles, []).append(s)
        by_entries.setdefault(s.entries, []).append(s)
    for a, group in sorted(by_articles.items()):
        gens = [(s.entries, s.runs["generate"].wall) for s in group
                if "generate" in s.runs and s.runs["generate"].ok]
        if len(gens) > 1:
            gens.sort()
            lines.append(f"- Generation at {a:,} articles, by entries: "
                         + ", ".join(f"{e:,}: {w:.2f} s" for e, w in gens)
                         + f" (largest / smallest entries: {gens[-1][1] / gens[0][1]:.2f}×; target: flat)")
    for e, group in sorted(by_entries.items()):
        sites = [(s.articles, s.runs["build"].site_bytes / s.articles / 1024,
                  (s.runs["build"].site_bytes - (s.runs["build"].asset_bytes or 0)) / s.articles / 1024)
                 for s in group if "build" in s.runs and s.runs["build"].ok and s.runs["build"].site_bytes]
        if len(sites) > 1:
            sites.sort()
            lines.append(f"- Site size per article at {e:,} entries, by articles: "
                         + ", ".join(f"{a:,}: {k:.1f} KiB ({n:.1f} KiB without assets/)" for a, k, n in sites)
                         + f" (most / fewest articles: {sites[-1][1] / sites[0][1]:.2f}×, without assets/ "
                         f"{sites[-1][2] / sites[0][2]:.2f}×; target: constant)")
    return ["", "## Scaling", "", *lines] if lines else []


def targets(sizes: list[Size], reloads: list[Reload] | None = None) -> list[str]:
    find = {s.label: s for s in sizes}

    def get(label, step):
        s = find.get(label)
        r = s.runs.get(step) if s else None
        return (s, r) if r is not None and r.ok else (s, None)

    rows = []
    s, gen = get("1000x2000", "generate")
    rows.append(("Generation alone at 1,000 × 2,000 under 3 s",
                 f"{gen.wall:.2f} s" if gen else "not measured", verdict(None if gen is None else gen.wall < 3)))
    s, b = get("1000x2000", "build")
    own = s.runs.get("mkdocs-own") if s else None
    r = ratio(b, own)
    rows.append(("explainer build ≤ 1.25 × mkdocs build of its own output (1,000 × 2,000)",
                 f"{r:.2f}×" if r else "not measured", verdict(None if r is None else r <= 1.25)))
    r = ratio(b, s.runs.get("plain") if s else None)
    rows.append(("explainer build / plain floor (1,000 × 2,000), reported", f"{r:.2f}×" if r else "not measured", "–"))
    wps = s.words / gen.match_s if gen and gen.match_s else None
    rows.append(("Matching at least 500,000 words/s (1,000 × 2,000, the matching stage; spaCy's import and "
                 "pipeline set-up are reported apart)",
                 f"{wps:,.0f} words/s" if wps else "not measured", verdict(None if wps is None else wps >= 500_000)))
    # glossary: at 1,000 entries, explainer on 1,000 articles; fall back to the 1,000-article size run
    cand = [x for x in sizes if x.articles >= 1000 and "glossary" in x.runs and "build" in x.runs]
    cand.sort(key=lambda x: (x.entries != 1000, abs(x.entries - 1000)))
    if cand:
        x = cand[0]
        r = ratio(x.runs["glossary"], x.runs["build"], True)
        where = f" (measured at {x.label}, glossary on {x.glossary_n} articles)"
        rows.append(("Per article page, glossary recipe / explainer build ≥ 100× at 1,000 entries",
                     f"{r:,.0f}×{where}" if r else "not measured", verdict(None if r is None else r >= 100)))
    else:
        rows.append(("Per article page, glossary recipe / explainer build ≥ 100× at 1,000 entries",
                     "not measured", "–"))
    s, gen = get("10000x10000", "generate")
    rows.append(("Peak memory of generation at 10,000 × 10,000 under 1 GiB",
                 f"{gen.rss_mib:,.0f} MiB" if gen else "not measured (--preset memory)",
                 verdict(None if gen is None else gen.rss_mib < 1024)))
    incr = [(x, x.runs[k]) for x in sizes for k in ("incr-entry", "incr-article") if k in x.runs and x.runs[k].ok]
    rows.append(("An incremental build regenerates only the pages it affects",
                 "; ".join(f"{x.label} {r.step}: {r.written:,} of {fmt(r.docs_files)} files written in {r.wall:.2f} s"
                           for x, r in incr if r.written is not None) or "not measured",
                 "see Incremental builds"))
    rows.append(("Generation flat as entries grow 100 → 10,000; site size per article constant 100 → 5,000 "
                 "articles", "see Scaling" if any(len({x.entries for x in sizes if x.articles == a}) > 1
                                                  for a in {x.articles for x in sizes}) else
                 "not measured (--preset scaling)", "–"))
    # an archive (issue 16), at 10,000 x 5,000 with MkDocs
    s, b = get("10000x5000", "build")
    for step, target, limit in (("rebuild", "A rebuild with nothing changed at 10,000 × 5,000 ≤ 5 s", 5),
                                ("rebuild-summary", "A rebuild after an entry's summary edit at 10,000 × 5,000 "
                                                    "≤ 20 s", 20)):
        _, x = get("10000x5000", step)
        rows.append((target, f"{x.wall:.2f} s" if x else "not measured (--preset archive)",
                     verdict(None if x is None else x.wall <= limit)))
    r = ratio(b, s.runs.get("mkdocs-own") if s else None)
    rows.append(("Cold build ≤ 1.25 × MkDocs' own build of the generated docs at 10,000 × 5,000",
                 f"{r:.2f}×" if r else "not measured (add mkdocs-own)", verdict(None if r is None else r <= 1.25)))
    peak = [x.rss_mib for k, x in (s.runs.items() if s else []) if x.ok and not k.endswith("zensical")]
    rows.append(("Peak memory ≤ 2 GiB at 10,000 × 5,000 (builds with MkDocs, publishing included)",
                 f"{max(peak):,.0f} MiB" if peak else "not measured (--preset archive)",
                 verdict(None if not peak else max(peak) <= 2048)))
    big = s.reloads[0] if s and s.reloads else None
    rows.append(("`serve` at 10,000 × 5,000: the open page shows an entry's summary edit within 3 s",
                 f"{fmt(big.best)} s" if big and big.best is not None else
                 (big.error if big else "not measured (--preset archive, or --steps serve-size)"),
                 verdict(None if big is None or big.best is None else big.best <= 3)))
    worst = max((r.best for r in reloads or [] if r.best is not None), default=None)
    rows.append(("Save to reload under 1.5 s (an entry's edit and a new article, this repository's content)",
                 "; ".join(f"{r.what}: {fmt(r.best)} s" for r in reloads) if reloads else "not measured (--steps serve)",
                 verdict(None if worst is None or any(r.best is None for r in reloads) else worst < 1.5)))
    out = ["", "## The issue's targets", "", "| Target | Figure | Met |", "|---|---|---|"]
    out += [f"| {t} | {f} | {v} |" for t, f, v in rows]
    return out


def verdict(ok: bool | None) -> str:
    """yes / no, or a dash when the figure was not measured."""
    if ok is None:
        return "–"
    return "yes" if ok else "no"


# -- main ---------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 epilog="See bench/README.md for the columns and the targets.")
    ap.add_argument("--sizes", help="comma-separated ARTICLESxENTRIES, e.g. 100x100,1000x2000 "
                    "(default: the preset's)")
    ap.add_argument("--preset", choices=sorted(PRESETS), default=None,
                    help="default: 100x100,1000x2000, every step; quick: 20x50, glossary on 5 articles; "
                    "scaling: entries 100..10,000 at 1,000 articles and articles 100..5,000 at 1,000 entries "
                    "(plain, generate, build); memory: 10000x10000, generate only; archive: 10000x5000 at 300 "
                    "words, cold builds and rebuilds with each engine")
    ap.add_argument("--quick", action="store_true", help="same as --preset quick: finishes in well under a minute")
    ap.add_argument("--glossary-articles", type=int, default=None, metavar="N",
                    help="build the glossary recipe on the first N articles (default 10; 5 with --quick)")
    ap.add_argument("--steps", help="comma-separated subset of: " + ", ".join(ALL_STEPS))
    ap.add_argument("--words", type=int, default=None, help="words per article (make_corpus.py --words; default "
                    "700, 300 with --preset archive)")
    ap.add_argument("--seed", type=int, default=1, help="make_corpus.py --seed")
    ap.add_argument("--repeat", type=int, default=1, help="run each step R times, keep the fastest (default 1)")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before a step is killed (default 1800)")
    ap.add_argument("--disambiguate", action="store_true",
                    help="move aliases shared by several entries to short_names in the explainer's copy of the "
                    "corpus, for an explainer that rejects shared aliases (the peers keep the corpus unchanged)")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                    help="the shared folder holding bench/make_corpus.py and bench/peer_sites.py "
                    "(default: ../shared relative to the repository)")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results.md", help="the Markdown report")
    ap.add_argument("--workdir", type=Path, help="where to lay out corpora and sites (default: a temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args(argv)

    preset = "quick" if args.quick else (args.preset or "default")
    psizes, psteps, pglossary = PRESETS[preset]
    args.sizes = [parse_size(x) for x in (args.sizes.split(",") if args.sizes else psizes) if x.strip()]
    args.steps = [x.strip() for x in args.steps.split(",")] if args.steps else list(psteps)
    unknown = [x for x in args.steps if x not in STEPS]
    if unknown:
        ap.error(f"unknown step(s) {', '.join(unknown)}; choose from {', '.join(ALL_STEPS)}")
    if args.glossary_articles is None:
        args.glossary_articles = pglossary
    if args.words is None:
        args.words = 300 if preset == "archive" else 700
    args.shared = args.shared.resolve()
    for tool in ("make_corpus.py", "peer_sites.py"):
        if not (args.shared / "bench" / tool).is_file():
            ap.error(f"{args.shared / 'bench' / tool} not found; name the shared folder with --shared")
    for module in ("mkdocs", "material", "explainer"):
        if subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True).returncode:
            ap.error(f"{sys.executable} cannot import {module}; run with the project's virtualenv")

    if argv is None:
        command = "python " + shlex.join([os.path.relpath(sys.argv[0]), *sys.argv[1:]])
    else:
        command = "python bench/run.py " + shlex.join(argv)
    started = time.perf_counter()
    if args.workdir:
        Path(args.workdir).mkdir(parents=True, exist_ok=True)  # a folder named on the command line may be new
    work = Path(tempfile.mkdtemp(prefix="explainer-bench-", dir=args.workdir))
    # Every step runs with its modules' bytecode written once and read after, as a user's Python does: in the
    # work folder (nothing is written beside the sources), and even where PYTHONDONTWRITEBYTECODE is set (some
    # containers set it; then each step would compile the explainer's modules again).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(NO_MKDOCS_2_WARNING="1", PYTHONUNBUFFERED="1", PYTHONPYCACHEPREFIX=str(work / "pycache"))
    sizes = [Size(a, e) for a, e in args.sizes] if set(args.steps) - {"serve"} else []
    reloads = None
    try:
        # Warm the file cache and the bytecode of what every step imports; not measured.
        subprocess.run([sys.executable, "-c", "import mkdocs.commands.build, material, spacy, explainer.cli, "
                        "explainer.commands.build, explainer.commands.serve, explainer.match.matcher, "
                        "explainer.publish.plugin"], env=env, capture_output=True)
        if "serve" in args.steps:
            print("bench: serve (save to reload, this repository's content)", file=sys.stderr, flush=True)
            reloads = measure_serve(work, args, env)
        for size in sizes:
            print(f"bench: {size.label} ({', '.join(args.steps)})", file=sys.stderr, flush=True)
            lay_out(size, work, args, env)
            measure_size(size, args, env)
    finally:
        text = None
        if any(s.runs or s.reloads for s in sizes) or reloads:
            text = report([s for s in sizes if s.runs or s.reloads], args, command, started, reloads)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(text, encoding="utf-8")
        if args.keep:
            print(f"bench: work folder kept: {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    if text:
        print(text)
        print(f"bench: report written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

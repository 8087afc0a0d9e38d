"""Keep bench/run.py working: run its --quick size and check the report has a figure for every step.

Not a benchmark and not timed: nothing here asserts on speed.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
STEPS = ("plain", "glossary-floor", "glossary", "generate", "mkdocs-own", "build", "incr-entry", "incr-article")
NUMBER = r"\d[\d,]*(?:\.\d+)?"


def test_quick_benchmark_reports_every_step(tmp_path):
    for tool in ("make_corpus.py", "peer_sites.py"):
        if not (SHARED / "bench" / tool).is_file():
            pytest.skip(f"{SHARED / 'bench' / tool} is not here")
    out = tmp_path / "results.md"
    done = subprocess.run([sys.executable, str(REPO / "bench" / "run.py"), "--quick", "--out", str(out),
                           "--workdir", str(tmp_path)],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.is_file()
    text = out.read_text(encoding="utf-8")
    assert "CPU" in text and "Python" in text and "bench/run.py --quick" in text
    for step in STEPS:
        row = re.search(rf"^\| 20x50 \| {re.escape(step)} \| ({NUMBER}) \| ({NUMBER}) \| ({NUMBER}) \|"
                        rf".*\| ok \|$", text, re.M)
        assert row, f"no row with figures for step {step!r} in:\n{text}\n{done.stderr}"
        wall, cpu, rss = (float(g.replace(",", "")) for g in row.groups())
        assert wall > 0 and rss > 0 and cpu >= 0
    ratios = re.search(rf"^\| 20x50 \| ({NUMBER}) \| ({NUMBER}) \| ({NUMBER}) \| ({NUMBER}) \| (-?{NUMBER}) \|$",
                       text.split("## Ratios", 1)[1], re.M)
    assert ratios, text
    # the editor's loop, once per run: both edits reach the served page (how fast is the report's, not a test's)
    for edit in ("an entry's summary edited", "a new article"):
        assert re.search(rf"^\| {re.escape(edit)} \| {NUMBER} \|", text, re.M), text
    words = re.search(rf"^\| 20x50 \| 20 \| 50 \| ({NUMBER}) \| 5 \| ({NUMBER}) \| ({NUMBER}) \| ({NUMBER}) \|",
                      text, re.M)
    assert words and float(words.group(1).replace(",", "")) > 0, text

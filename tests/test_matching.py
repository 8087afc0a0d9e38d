"""Each matching rule the foundation issue names, one test (or a few) per rule."""

from explainer.diagnostics import Report
from tests.conftest import entry_yaml as E


def test_whole_tokens_only(mentions):
    entries = [E("ani", title="Asian News International", aliases=["ANI"]),
               E("xi-jinping", "person", title="Xi Jinping", short_names=["Xi"]),
               E("xinjiang", "place", title="Xinjiang")]
    found = mentions(entries, "ANIMAL rights. Xinjiang's ANIMALS. Xi Jinping spoke; Xi left.")
    assert ("ani", "ANI") not in found
    assert found == [("xinjiang", "Xinjiang"), ("xi-jinping", "Xi Jinping"), ("xi-jinping", "Xi")]


def test_case_insensitive_by_default(mentions):
    found = mentions([E("azerbaijan", "place", title="Azerbaijan")], "AZERBAIJAN and azerbaijan and Azerbaijan")
    assert [t for _, t in found] == ["AZERBAIJAN", "azerbaijan", "Azerbaijan"]


def test_all_capitals_alias_matches_only_in_capitals(mentions):
    entries = [E("ani", title="Asian News International", aliases=["ANI"]),
               E("npc", title="National People's Congress", aliases=["NPC"])]
    found = mentions(entries, "Ani said the npc met. ANI reported that the NPC met.")
    assert found == [("ani", "ANI"), ("npc", "NPC")]


def test_case_sensitive_entry(mentions):
    entries = [E("who", title="World Health Organization", aliases=["Who"], case_sensitive=True)]
    assert mentions(entries, "who knows? Who said so.") == [("who", "Who")]


def test_possessives_straight_and_curly(mentions):
    found = mentions([E("azerbaijan", "place", title="Azerbaijan")],
                     "Azerbaijan's leader and Azerbaijan’s ally and Azerbaijans")
    assert [t for _, t in found] == ["Azerbaijan", "Azerbaijan"]


def test_inflected_forms_of_concept_aliases(mentions):
    entries = [E("csp", "concept", title="comprehensive strategic partnership")]
    found = mentions(entries, "Two Comprehensive Strategic Partnerships and one comprehensive strategic partnership.")
    assert [t for _, t in found] == ["Comprehensive Strategic Partnerships", "comprehensive strategic partnership"]


def test_names_of_people_are_not_inflected(mentions):
    found = mentions([E("ala", "person", title="Mamtimin Ala")], "The Mamtimin Alas met.")
    assert found == []


def test_longest_match_wins(mentions):
    entries = [E("etge", title="East Turkistan Government in Exile"),
               E("xinjiang", "place", title="Xinjiang", aliases=["East Turkistan"])]
    found = mentions(entries, "The East Turkistan Government in Exile spoke of East Turkistan.")
    assert found == [("etge", "East Turkistan Government in Exile"), ("xinjiang", "East Turkistan")]


def test_ambiguous_short_name_goes_to_the_person_named_before_it(mentions):
    entries = [E("ilham-aliyev", "person", title="Ilham Aliyev", short_names=["Aliyev"]),
               E("heydar-aliyev", "person", title="Heydar Aliyev", short_names=["Aliyev"])]
    body = "Heydar Aliyev ruled. Aliyev died. Later Ilham Aliyev took over. Aliyev spoke."
    assert mentions(entries, body) == [
        ("heydar-aliyev", "Heydar Aliyev"), ("heydar-aliyev", "Aliyev"),
        ("ilham-aliyev", "Ilham Aliyev"), ("ilham-aliyev", "Aliyev")]


def test_ambiguous_short_name_without_full_mention_is_reported(mentions):
    entries = [E("ilham-aliyev", "person", title="Ilham Aliyev", short_names=["Aliyev"]),
               E("heydar-aliyev", "person", title="Heydar Aliyev", short_names=["Aliyev"])]
    report = Report()
    assert mentions(entries, "Intro.\n\nThe Aliyev administration spoke.", report) == []
    warnings = [d for d in report.items if d.severity == "warning"]
    assert len(warnings) == 1
    assert (warnings[0].path, warnings[0].line, warnings[0].col) == ("a.md", 3, 5)
    assert "heydar-aliyev or ilham-aliyev" in warnings[0].message


def test_surname_links_only_after_full_name(mentions):
    entries = [E("xi-jinping", "person", title="Xi Jinping", short_names=["Xi"]),
               E("mamtimin-ala", "person", title="Mamtimin Ala", short_names=["Ala"])]
    report = Report()
    found = mentions(entries, "Xi and Ala met. Then Xi Jinping and Dr Mamtimin Ala met; Ala left, xi stayed.", report)
    assert found == [("xi-jinping", "Xi Jinping"), ("mamtimin-ala", "Mamtimin Ala"), ("mamtimin-ala", "Ala")]
    assert sum(1 for d in report.items if d.severity == "info") == 2


def test_non_breaking_spaces_dashes_and_double_hyphens(mentions):
    entries = [E("xinjiang", "place", title="Xinjiang", aliases=["East Turkistan"]),
               E("ilham-aliyev", "person", title="Ilham Aliyev")]
    body = "Ilham\u00a0Aliyev visited East\u00a0Turkistan--an occupied territory; East Turkistan\u2014the region."
    found = mentions(entries, body)
    assert found == [("ilham-aliyev", "Ilham\u00a0Aliyev"), ("xinjiang", "East\u00a0Turkistan"),
                     ("xinjiang", "East Turkistan")]


def test_a_bracket_glued_to_a_name_splits_it_from_the_next(mentions):
    # "...Autonomous Region(XUAR)": an abbreviation in brackets with no space before them is still two names
    entries = [E("xinjiang", "place", title="Xinjiang", aliases=["Xinjiang Uygur Autonomous Region", "XUAR"])]
    assert mentions(entries, "The Government of Xinjiang Uygur Autonomous Region(XUAR) spoke.") == [
        ("xinjiang", "Xinjiang Uygur Autonomous Region"), ("xinjiang", "XUAR")]


def test_a_comma_glued_to_the_next_name_splits_them(mentions):
    # "Gabon,Indonesia", "(the UN),Indonesia": no space after the comma, still two words (not "1,000")
    entries = [E("indonesia", "place", title="Indonesia"), E("ruritania", "place", title="Ruritania")]
    assert mentions(entries, "Cuba (and the UN),Indonesia and Ruritania,Nepal signed; 1,000 people came.") == [
        ("indonesia", "Indonesia"), ("ruritania", "Ruritania")]


def test_name_across_a_soft_line_break(mentions):
    entries = [E("etge", title="East Turkistan Government in Exile")]
    assert mentions(entries, "The East Turkistan Government\nin Exile spoke.") == [
        ("etge", "East Turkistan Government\nin Exile")]


def test_requires_limits_generic_phrases_to_related_articles(mentions):
    entries = [E("xinjiang", "place", title="Xinjiang"),
               E("boarding", "claim", title="Boarding schools in Xinjiang", aliases=["boarding schools"],
                 requires=["xinjiang"])]
    assert mentions(entries, "British boarding schools are old.") == []
    assert mentions(entries, "In Xinjiang, boarding schools grew.") == [
        ("xinjiang", "Xinjiang"), ("boarding", "boarding schools")]


def test_token_patterns(mentions):
    entries = [E("xinjiang", "place", title="Xinjiang"),
               E("sterilisation", "claim", title="Forced sterilisation", requires=["xinjiang"],
                 patterns=[[{"LOWER": {"IN": ["forcibly", "forced"]}},
                            {"LOWER": {"IN": ["sterilised", "sterilized"]}}]])]
    assert mentions(entries, "In Xinjiang women were forcibly sterilized.") == [
        ("xinjiang", "Xinjiang"), ("sterilisation", "forcibly sterilized")]


def test_mentions_carry_offsets_and_paragraphs(tmp_path):
    from tests.conftest import find
    body = "First para about China.\n\n\nSecond about\nChina too.\n"
    ms = find([E("china", "place", title="China")], body, tmp_path)
    assert [(m.start, m.end, m.paragraph) for m in ms] == [(17, 22, 1), (39, 44, 2)]
    assert all(body[m.start:m.end] == "China" for m in ms)


def test_alias_shared_by_two_entries_follows_the_latest_full_name(mentions):
    entries = [E("alpha-beta", title="Alpha Beta Group", aliases=["ABG"]),
               E("abel-bragg", title="Abel Bragg Gallery", aliases=["ABG"])]
    report = Report()
    found = mentions(entries, "ABG opened. The Abel Bragg Gallery said ABG would close.", report)
    assert found == [("abel-bragg", "Abel Bragg Gallery"), ("abel-bragg", "ABG")]
    assert any("'ABG' could be" in d.message for d in report.items)


def test_curly_apostrophes_and_dashes_inside_names(mentions):
    entries = [E("china", "place", title="People's Republic of China"),
               E("az-cn", "concept", title="Azerbaijan-China relations")]
    found = mentions(entries, "The People’s Republic of China values Azerbaijan–China relations.")
    assert found == [("china", "People’s Republic of China"), ("az-cn", "Azerbaijan–China relations")]



def test_a_lemma_pattern_matches_every_inflection(tmp_path):
    # the lookup lemmatizer runs only when a pattern asks for lemmas; it must load from spacy-lookups-data
    from tests.conftest import entry_yaml, find
    entry = entry_yaml("camps", "claim", title="Camps", patterns=[[{"LEMMA": "detain"}]])
    found = find([entry], "Thousands were detained. Police detain people.", tmp_path)
    assert [m.text for m in found] == ["detained", "detain"]


def test_a_shared_surname_no_one_is_named_by_goes_to_the_one_the_named_entries_are_related_to(mentions):
    entries = [E("ilham-aliyev", "person", title="Ilham Aliyev", short_names=["Aliyev"], related=["xi-jinping"]),
               E("heydar-aliyev", "person", title="Heydar Aliyev", short_names=["Aliyev"],
                 related=["abulfaz-elchibey"]),
               E("abulfaz-elchibey", "person", title="Abulfaz Elchibey", related=["heydar-aliyev"]),
               E("xi-jinping", "person", title="Xi Jinping", related=["ilham-aliyev"])]
    assert mentions(entries, "Abulfaz Elchibey left Baku. Aliyev took over.")[-1] == ("heydar-aliyev", "Aliyev")
    assert mentions(entries, "Xi Jinping met the guests. Aliyev spoke.")[-1] == ("ilham-aliyev", "Aliyev")
    report = Report()  # tied both ways, or no tie at all: unlinked and reported
    assert mentions(entries, "Xi Jinping and Abulfaz Elchibey met. Aliyev spoke.", report)[-1][1] != "Aliyev"
    assert any("could be" in d.message for d in report.items)


def test_an_encyclopedias_footnote_marks_do_not_hide_the_word_before_them(mentions):
    entries = [E("camps", "claim", title="Camps", aliases=["re-education camps"]),
               E("xinjiang", "place", title="Xinjiang")]
    body = "Uyghurs were held in re-education camps,[1][2] in Xinjiang.[3] Others left."
    assert mentions(entries, body) == [("camps", "re-education camps"), ("xinjiang", "Xinjiang")]
    # after a closing bracket or quotation mark too: "(now Xinjiang)[7]", "“re-education camps”[4]"
    body = "He was born in Kashgar (now Xinjiang)[7] and held in “re-education camps”[4] later."
    assert mentions(entries, body) == [("xinjiang", "Xinjiang"), ("camps", "re-education camps")]


def test_phrases_before_and_after_a_token_stop_at_a_boundary_a_limit_or_a_width():
    """``phrase_before`` and ``phrase_after`` read the boundary positions worked out once per text; they give
    what walking token by token gives, for every start, limit and width on a corpus text."""
    from pathlib import Path

    import spacy

    from explainer.match.tokens import TokenIndex

    def walk_before(t, i, lo, width):
        j = i
        while j > lo and i - j < width and not t.boundary_l[j - 1]:
            j -= 1
        return j, i

    def walk_after(t, i, limit, width):
        j = i
        while j < limit and j - i < width and not t.boundary_l[j]:
            j += 1
        return i, j

    nlp = spacy.blank("en")
    text = sorted((Path(__file__).parent.parent / "eval" / "corpus").glob("*.md"))[0].read_text(encoding="utf-8")
    tokens = TokenIndex(nlp(text[:1500]))
    n = len(tokens)
    assert sum(tokens.boundary_l) > 10
    for i in range(n + 1):
        for width in (-1, 0, 1, 5, 12, 40):
            for other in (0, i // 2, max(0, i - 3), i):
                assert tokens.phrase_before(i, other, width) == walk_before(tokens, i, other, width)
            for limit in (i, min(n, i + 3), n):
                assert tokens.phrase_after(i, limit, width) == walk_after(tokens, i, limit, width)
    empty = TokenIndex(nlp(""))
    assert empty.phrase_before(0, 0) == (0, 0) and empty.phrase_after(0, 0) == (0, 0)


# -- the pipeline's set-up -----------------------------------------------------------------------------

NAMES = ["Ilham Heydar oglu Aliyev", "Xinjiang", "Ürümqi", "Müller-Wohlfahrt", "ǅemal Bijedić", "cannot",
         "Dont Stop", "Mr. Smith", "U.S. Department of State", "Apr", "Co", "  East   Turkistan ", "Xi",
         "Ala", "It's", "Ilham Aliyev's", "World Uyghur Congress (WUC)", "d'Estaing", "O'Neill", "ÇIN"]


def test_names_of_letters_alone_are_tokenized_as_the_tokenizer_would():
    from explainer.match.matcher import MentionFinder
    finder = MentionFinder([], Report())
    for name in NAMES:
        joined = " ".join(name.split())
        made = finder.nlp.make_doc(joined)
        assert [(t.text, t.whitespace_) for t in finder._doc(name)] == [(t.text, t.whitespace_) for t in made], name
    assert len(finder._doc("")) == 0


def test_the_blank_pipeline_keeps_only_the_abbreviations_as_special_cases():
    import spacy

    from explainer.match.pipeline import ABBREVIATIONS, blank_english, split_glued_dashes
    nlp = blank_english()
    assert set(nlp.tokenizer.rules) == set(ABBREVIATIONS)
    # the same tokens as spaCy's blank English with its exceptions replaced by the abbreviations
    before = spacy.blank("en")
    before.tokenizer.rules = {a: [{"ORTH": a}] for a in ABBREVIATIONS}
    split_glued_dashes(before)
    text = ("Dr. Ala said: “We can't and won't (Jiji Press)--Japan's U.S.-China ties, camps,[1][2] e.g. "
            "Apr. 23, 2025.” I'm sure :) it's 5km; don't. Autonomous Region(XUAR) said“It is” cannot")
    assert [t.text for t in nlp(text)] == [t.text for t in before(text)]
    assert nlp.lang == "en" and nlp.pipe_names == []

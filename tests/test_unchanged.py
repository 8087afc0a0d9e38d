"""Links only where they cannot change the article (issue 12): names broken over line ends, `requires` after
overlaps. Each test failed before its fix."""

from pathlib import Path

import pytest

from explainer.diagnostics import Report
from explainer.load.articles import parse_article
from explainer.load.entries import load_entries
from explainer.match.matcher import MentionFinder
from tests.conftest import entry_yaml as E
from tests.conftest import write_entries

ENTRIES = [E("etge", title="East Turkistan Government in Exile"),
           E("xinjiang", "place", title="Xinjiang", aliases=["East Turkistan"]),
           E("boarding-schools", "claim", title="Boarding schools", aliases=["boarding school"],
             requires=["xinjiang"])]


def found(tmp_path, body):
    report = Report()
    entries = load_entries(write_entries(tmp_path, ENTRIES), str, report)
    article = parse_article(Path("a.md"), "a.md", body, report, require_front=False)
    return [(m.entry, m.text) for m in MentionFinder(entries, report).match_articles([article])[0].mentions]


@pytest.mark.parametrize("brk", ["\r\n", "  \n", "\\\n", "   \r\n"])
def test_a_name_broken_over_a_line_end_is_still_one_name(tmp_path, brk):
    body = f"The East Turkistan{brk}Government in Exile met.{brk}"
    assert found(tmp_path, body) == [("etge", f"East Turkistan{brk}Government in Exile")]


def test_requires_counts_only_names_left_after_overlaps(tmp_path):
    body = "The East Turkistan Government in Exile praised British boarding schools."
    assert found(tmp_path, body) == [("etge", "East Turkistan Government in Exile")]


# -- one rule for URLs, in check and in the JSON Schema editors use ------------------------------------

FAILED_BEFORE_FIX = {'https://example.org/a"b', "https://example.org/a>b", "https://example.org?x=1",
                     "https://localhost/x", "https://例え.jp/x"}
URLS = {
    "https://example.org/x": True,
    "https://example.org?x=1": True,
    "https://example.org/page#frag": True,
    "http://sub.example.co.uk:8080/a/b?c=d": True,
    "https://例え.jp/x": False,
    "https://localhost/x": False,
    'https://example.org/a"b': False,
    "https://example.org/a>b": False,
    "https://example.org/a b": False,
    "javascript:alert(1)": False,
    "ftp://example.org/x": False,
}


@pytest.mark.parametrize("url", sorted(URLS))  # FAILED_BEFORE_FIX failed before the one rule
def test_check_and_the_schema_apply_the_same_url_rule(tmp_path, capsys, url):
    import json

    from tests.test_editor_tools import check_and_schema
    text = E("x").replace("url: https://example.org/x", f"url: {json.dumps(url)}")
    check_ok, schema_ok = check_and_schema(tmp_path, capsys, text)
    assert check_ok == schema_ok == URLS[url]


@pytest.mark.parametrize("value,words", [("999: etge", "no paragraph 999"), ("abc: etge", "paragraph number"),
                                         ("1.5: etge", "paragraph number"), ("1: [1, 2]", "entry id or a name")])
def test_attribution_overrides_are_checked(tmp_path, value, words):
    report = Report()
    body = f"---\ntitle: T\ndate: 2025-01-01\nsource: Wire\nattribution:\n  {value}\n---\nThe ETGE met.\n"
    parse_article(Path("a.md"), "a.md", body, report)
    assert any(words in d.message for d in report.items), report.items


def test_a_huge_list_without_aliases_is_told_its_size_not_about_aliases(tmp_path):
    from explainer.load.yamlsource import YamlError, load_located
    text = "aliases:\n" + "".join(f"- name {i}\n" for i in range(60_000))
    with pytest.raises(YamlError) as err:
        load_located(text)
    assert "shorten this list" in err.value.message and "alias" not in err.value.message


@pytest.mark.parametrize("raw", ['<div title="a note\n\nThe ETGE said so\n\nend">\n</div>',
                                 "<xmp>\n\nThe ETGE said so\n\n</xmp>",
                                 "<textarea>\n\nThe ETGE said so\n\n</textarea>"])
def test_nothing_is_linked_inside_raw_html_that_runs_over_blank_lines(tmp_path, raw):
    body = f"{raw}\n\nThe ETGE met.\n"
    entries = [E("etge", title="East Turkistan Government in Exile", aliases=["ETGE"])]
    report = Report()
    loaded = load_entries(write_entries(tmp_path, entries), str, report)
    article = parse_article(Path("a.md"), "a.md", body, report, require_front=False)
    found = MentionFinder(loaded, report).match_articles([article])[0].mentions
    assert [body[m.start:m.end + 5] for m in found] == ["ETGE met."]

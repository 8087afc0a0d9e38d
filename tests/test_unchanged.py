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

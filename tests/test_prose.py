"""Mentions are found only in prose: never in code, links, headings, images, raw HTML or tables."""

from tests.conftest import entry_yaml as E

CHINA = [E("china", "place", title="China")]


def texts(mentions, body):
    return [t for _, t in mentions(CHINA, body)]


def test_not_in_code_spans_or_blocks(mentions):
    body = "Use `China` here.\n\n```\nChina\n```\n\n    China indented\n\nChina prose."
    found = mentions(CHINA, body)
    assert len(found) == 1
    assert body.count("China") == 4


def test_not_in_links_or_images(mentions):
    body = "[China](https://example.org/China) ![China](china.png) <https://china.example/China> China."
    assert texts(mentions, body) == ["China"]


def test_not_in_headings(mentions):
    assert texts(mentions, "# China\n\nChina rules\n===\n\nText on China.") == ["China"]


def test_not_in_raw_html(mentions):
    body = ('<div class="China">China</div>\n\nText <span title="China">China</span>, <a href="x">China</a>, '
            '<code>China</code>, <kbd>China</kbd> and China.')
    found = texts(mentions, body)
    # the text inside the article's own raw elements is theirs: a link there would nest or change them
    assert found == ["China"]


def test_not_across_emphasis(mentions):
    entries = [E("etge", title="East Turkistan Government")]
    assert mentions(entries, "*East Turkistan* Government") == []
    assert mentions(entries, "*East Turkistan Government*") == [("etge", "East Turkistan Government")]


def test_blockquotes_and_lists_are_prose(mentions):
    body = "> China said\n\n- China again\n- and China"
    assert texts(mentions, body) == ["China", "China", "China"]


def test_not_in_tables(mentions):
    assert texts(mentions, "| a |\n|---|\n| China |\n\nChina.") == ["China"]


def test_escapes_and_entities_are_not_matched_through(mentions):
    entries = [E("at-t", title="AT&T")]
    assert mentions(entries, "AT&amp;T and AT\\&T") == []

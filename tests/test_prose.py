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


def _full_parse(monkeypatch, body):
    """The body's tokens with every paragraph line parsed by markdown-it's inline rules (no fast path)."""
    import re

    from explainer.match import prose

    monkeypatch.setattr(prose, "INLINE_STARTS", re.compile(""))  # matches everywhere: always the full parse
    try:
        return prose.parser().parse(prose.as_written(body)), prose.prose_view(body)
    finally:
        monkeypatch.undo()


def test_plain_lines_skip_the_inline_rules_with_the_same_result(monkeypatch):
    """A paragraph line with no character an inline rule starts at is read as one text token without running
    the inline rules: the tokens and the prose view are those of the full parse, on every text of the
    evaluation corpus and on lines with each kind of markup."""
    from pathlib import Path

    from explainer.match import prose

    corpus = sorted((Path(__file__).parent.parent / "eval" / "corpus").glob("*.md"))
    bodies = [p.read_text(encoding="utf-8").split("\n---\n", 1)[-1] for p in corpus]
    bodies += ["Plain line, said the *group*.\n\nA [link](https://example.org) and `code` and <b>tag</b> &amp;.",
               "One line\nand its soft break.\n\nEscaped \\* star, image ![alt](x.png)!", "Q&A: yes!\n\n> quoted"]
    fast_paths = 0
    for body in bodies:
        full_tokens, full_view = _full_parse(monkeypatch, body)
        tokens, view = prose.parser().parse(prose.as_written(body)), prose.prose_view(body)
        assert tokens == full_tokens
        assert (view.text, view.markup, view.blocks) == (full_view.text, full_view.markup, full_view.blocks)
        fast_paths += sum(t.type == "inline" and prose.INLINE_STARTS.search(t.content) is None for t in tokens)
    assert len(corpus) > 400 and fast_paths > 1000  # the fast path was taken, on most paragraphs


def test_a_body_of_plain_paragraph_lines_is_read_without_the_parser_with_the_same_view():
    """A body whose lines are all plain paragraph text (no block or inline markup, no indentation) is split at its
    empty lines without running markdown-it: the same view as the parser's, on every text of the evaluation
    corpus (without its gold marks), on this project's articles and on many small generated bodies."""
    import random
    from pathlib import Path

    from explainer.evaluate.gold import read_gold
    from explainer.match import prose

    root = Path(__file__).parent.parent
    bodies = [read_gold(p).body for p in sorted((root / "eval" / "corpus").glob("*.md"))]
    bodies += [p.read_text(encoding="utf-8").split("\n---\n", 1)[-1] for p in (root / "content" / "articles").glob("*.md")]
    pieces = list("ab C\n\n .,:-+#>=~1)(\u00a0’“”!?]0\u2028\x0c\x85\u3000é*_") + ["2.", "10)", "  ", "\n\n\n", "x\n"]
    generated = random.Random(7)
    bodies += ["".join(generated.choice(pieces) for _ in range(generated.randint(0, 30))) for _ in range(20000)]
    plain = 0
    for body in bodies:
        view = prose._plain_view(prose.as_written(body))
        if view is None:
            continue
        plain += 1
        saved = prose._plain_view
        prose._plain_view = lambda _: None  # the parser's view
        try:
            parsed = prose.prose_view(body)
        finally:
            prose._plain_view = saved
        assert (view.text, view.markup, view.blocks) == (parsed.text, parsed.markup, parsed.blocks), repr(body)
    assert plain > 2000  # the fast path was taken, on real texts and generated ones
    assert prose._plain_view("A line.\n\n- a list item") is None
    assert prose._plain_view("A [link](x)") is None

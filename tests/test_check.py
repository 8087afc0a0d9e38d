"""`explainer check`: every mistake an editor can make is reported at its file, line and column."""

from __future__ import annotations

import shutil

import pytest

from explainer.cli import main
from tests.conftest import REPO

BASE = """type: organization
summary: A summary.
sources:
  - title: A source
    publisher: Example
    url: https://example.org/x
reviewed: 2026-11-01
"""
ARTICLE = "---\ntitle: T\ndate: 2025-01-01\nsource: Wire\n---\n\nThe Good Org spoke.\n"


def good(eid="good-org", title="Good Org"):
    return f"id: {eid}\ntitle: {title}\n" + BASE


def run_check(tmp_path, capsys, files: dict[str, str | bytes], *args):
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    base = {"content/context/organizations/good-org.yaml": good(), "content/articles/story.md": ARTICLE}
    base.update(files)
    for rel, text in base.items():
        if text is None:
            continue
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    rc = main(["check", "-f", str(tmp_path / "mkdocs.yml"), *args])
    err = capsys.readouterr().err
    return rc, [line for line in err.splitlines() if ": error: " in line or ": warning: " in line]


E = "content/context/organizations/"

CASES = {
    "bad indentation": ({E + "x.yaml": "id: x\ntype: organization\n title: X\n"},
                        E + "x.yaml:3:7: error: YAML syntax error: mapping values are not allowed in this context"),
    "tab": ({E + "x.yaml": "id: x\naliases:\n\t- A\n"},
            E + "x.yaml:3:1: error: YAML syntax error: a tab character; indent with spaces"),
    "unclosed quote": ({E + "x.yaml": 'id: x\ntitle: "unclosed\n' + BASE},
                       E + 'x.yaml:2:8: error: this quotation mark is never closed; add the closing " at the end '
                       "of the value"),
    "missing colon": ({E + "x.yaml": "id: x\ntitle: X\ntype: organization\nsummary\n  A summary.\n"
                       + BASE.split("\n", 2)[2]},
                      E + "x.yaml:4:8: error: add ':' after 'summary'"),
    "value with a colon": ({E + "x.yaml": "id: x\ntitle: Dolkun Isa: a profile\n" + BASE},
                           E + "x.yaml:2:8: error: the value of 'title' contains ': '; put it in quotes: "
                           'title: "Dolkun Isa: a profile"'),
    "list item indented apart": ({E + "x.yaml": good("x", "X") + 'aliases:\n  - "A"\n   - "B"\n'},
                                 E + "x.yaml:12:4: error: this list item is indented 3 spaces and the items above "
                                 "it 2; line them up"),
    "list item without its dash": ({E + "x.yaml": good("x", "X") + 'aliases:\n  - "A"\n  "B"\n'},
                                   E + "x.yaml:12:3: error: this line is not a list item like the one above it; "
                                   "start it with '- '"),
    "not utf-8": ({E + "x.yaml": b"id: x\ntitle: Caf\xe9\n" + BASE.encode()},
                  E + "x.yaml:2:11: error: file is not UTF-8 (byte 0xe9); save it as UTF-8"),
    "empty": ({E + "x.yaml": ""}, E + "x.yaml:1:1: error: file is empty"),
    "key written twice": ({E + "x.yaml": "id: x\ntitle: X\n" + BASE.replace("summary: A summary.\n",
                                                                         "summary: A summary.\nsummary: Another.\n")},
                          E + "x.yaml:5:1: error: 'summary' is written twice (also on line 4); keep one and delete "
                          "the other"),
    "impossible reviewed date": ({E + "x.yaml": good("x", "X").replace("reviewed: 2026-11-01", "reviewed: 2026-13-45")},
                                 E + "x.yaml:9:11: error: reviewed: '2026-13-45' is not a real date (month must be "
                                 "in 1..12); write the date as YYYY-MM-DD"),
    "impossible source date": ({E + "x.yaml": good("x", "X").replace("    url: https://example.org/x\n",
                                                                      "    url: https://example.org/x\n    date: 2025-02-30\n")},
                               E + "x.yaml:9:11: error: date: '2025-02-30' is not a real date (day is out of range "
                               "for month); write the date as YYYY-MM-DD"),
    "impossible article date": ({"content/articles/story.md": ARTICLE.replace("2025-01-01", "2025-02-30")},
                                "content/articles/story.md:3:7: error: front matter: date: '2025-02-30' is not a real "
                                "date (day is out of range for month); write the date as YYYY-MM-DD"),
    "UTF-16 file": ({"content/articles/story.md": ARTICLE.encode("utf-16")},
                    "content/articles/story.md:1:1: error: file is UTF-16 text; save it as UTF-8 (in most editors: "
                    "File, Save with encoding, UTF-8)"),
    "blank line before front matter": ({"content/articles/story.md": "\n\n" + ARTICLE},
                                       "content/articles/story.md:3:1: error: the front matter's '---' must be on the "
                                       "file's first line; delete the 2 blank lines before it"),
    # one mistake, one message: an entry with an error of its own is not also "not an entry" where others name it
    "broken entry named by another, no knock-on": (
        {E + "x.yaml": good("x", "X").replace("summary: A summary.", "summary: 'TODO: later'"),
         E + "y.yaml": good("y", "Y") + "related: [x]\n"},
        E + "x.yaml:4:10: error: summary is still a placeholder ('TODO: later'); fill it in"),
    # one mistake, one message: a misspelt field is reported, not the facts that cite its source
    "misspelt source field, no knock-on": ({E + "x.yaml": good("x", "X").replace("    publisher: Example\n",
                                                                             "    publsher: Example\n")
                                          + "facts:\n  - {text: A fact., source: 'https://example.org/x'}\n"},
                                         E + "x.yaml:7:5: error: unknown field 'publsher' in sources[1]; did you "
                                         "mean 'publisher'?"),
    "fact source with a trailing slash": ({E + "x.yaml": good("x", "X")
                                           + "facts:\n  - {text: A fact., source: 'https://example.org/x/'}\n"},
                                          E + "x.yaml:11:29: error: facts[1].source 'https://example.org/x/' is not "
                                          "the url of any of this entry's sources; did you mean 'https://example.org/x'?"),
    "related given a title": ({E + "x.yaml": good("x", "X") + "related: [Good Org]\n"},
                              E + "x.yaml:10:11: error: related[1] 'Good Org' is not an entry id; ids are "
                              "kebab-case: did you mean 'good-org'?"),
    "misspelt required front matter field": ({"content/articles/story.md": ARTICLE.replace("source:", "sorce:")},
                                             "content/articles/story.md:4:8: error: front matter has no 'source': "
                                             "'sorce' looks like it; correct the spelling"),
    "unknown front matter field with a suggestion": ({"content/articles/story.md": ARTICLE.replace(
        "source: Wire\n", "source: Wire\ntag: x\n")}, "content/articles/story.md:5:6: warning: unknown front "
        "matter field 'tag'; did you mean 'tags'?"),
    "several documents": ({E + "x.yaml": good("x", "X") + "---\nid: y\n"},
                          E + "x.yaml:10:1: error: file holds more than one YAML document; keep one entry per "
                          "file and remove the extra '---'"),
    "boolean title": ({E + "x.yaml": "id: x\ntitle: NO\n" + BASE},
                      E + "x.yaml:2:8: error: title 'NO' is read by YAML as a boolean, not text; quote it: \"NO\""),
    "boolean alias": ({E + "x.yaml": "id: x\ntitle: X\naliases:\n  - ON\n" + BASE},
                      E + "x.yaml:4:5: error: aliases[1] 'ON' is read by YAML as a boolean, not text; "
                      "quote it: \"ON\""),
    "number alias": ({E + "x.yaml": "id: x\ntitle: X\naliases: [2025]\n" + BASE},
                     E + "x.yaml:3:11: error: aliases[1] '2025' is read by YAML as a number, not text; "
                     "quote it: \"2025\""),
    "date id": ({E + "x.yaml": "id: 2025-01-01\ntitle: X\n" + BASE},
                E + "x.yaml:1:5: error: id '2025-01-01' is read by YAML as a date, not text; quote it: "
                "\"2025-01-01\""),
    "missing field": ({E + "x.yaml": "id: x\ntitle: X\ntype: organization\nsummary: S.\nreviewed: 2026-11-01\n"},
                      E + "x.yaml:1:1: error: missing required field 'sources'"),
    "wrong type": ({E + "x.yaml": "id: x\ntitle: X\naliases: Xyz\n" + BASE},
                   E + "x.yaml:3:10: error: aliases must be a list of strings (one '- item' per line)"),
    "unknown field": ({E + "x.yaml": "id: x\ntitle: X\nalias: [Xyz]\n" + BASE},
                      E + "x.yaml:3:1: error: unknown field 'alias'; did you mean 'aliases'?"),
    "id differs from file": ({E + "x.yaml": good("other", "X")},
                             E + "x.yaml:1:5: error: id 'other' differs from the file name 'x.yaml'; rename the "
                             "file to other.yaml or change the id"),
    "duplicate id": ({"content/context/persons/good-org.yaml": good().replace("organization", "person")},
                     "content/context/persons/good-org.yaml:1:5: error: duplicate id 'good-org' (also in "
                     "content/context/organizations/good-org.yaml)"),
    "type not folder": ({E + "x.yaml": good("x", "X").replace("type: organization", "type: person")},
                        E + "x.yaml:3:7: error: type 'person' does not match the folder 'organizations/'; move "
                        "the file to persons/"),
    "related missing": ({E + "x.yaml": good("x", "X") + "related: [good-org, godo-org-x]\n"},
                        E + "x.yaml:10:21: error: related names 'godo-org-x', which is not an entry; did you mean "
                        "'good-org'?"),
    "fact source not in sources": (
        {E + "x.yaml": good("x", "X") + "facts:\n  - text: F\n    source: https://example.org/y\n"},
        E + "x.yaml:12:13: error: facts[1].source 'https://example.org/y' is not the url of any of this "
        "entry's sources; add it to sources or correct it"),
    "source without url": ({E + "x.yaml": good("x", "X") + "  - title: T\n    publisher: P\n".replace(
        "  - title", "  - title")},
                           None),
    "malformed url": ({E + "x.yaml": good("x", "X").replace("https://example.org/x", "javascript:alert(1)")},
                      E + "x.yaml:8:10: error: source URL 'javascript:alert(1)' must start with https:// (or http://)"),
    "alias never matches": ({E + "x.yaml": "id: x\ntitle: X\naliases: ['...']\n" + BASE},
                            E + "x.yaml:3:11: error: aliases[1] '...' has no letters or digits and can never match"),
    "common word alias": ({E + "x.yaml": "id: x\ntitle: Xyz Corp\naliases: [The]\n" + BASE},
                          E + "x.yaml:3:11: warning: name 'The' is a common English word and will link in "
                          "unrelated text; use a longer alias or short_names"),
    "review age": ({E + "good-org.yaml": good().replace("2026-11-01", "2024-01-01")},
                   E + "good-org.yaml:9:11: warning: last reviewed 2024-01-01, more than 365 days ago; review "
                   "the entry and update the date"),
    "charged word in own voice": (
        {E + "x.yaml": "id: x\ntitle: X\n" + BASE.replace("A summary.", "The regime runs so-called camps.")},
        E + "x.yaml:4:10: warning: charged words 'regime', 'so-called' in the entry's own voice; quote it or "
        "attribute it to whoever uses it (or move it to perspectives)"),
    "charged word quoted or attributed is fine": (
        {E + "x.yaml": "id: x\ntitle: X\n" + BASE.replace(
            "A summary.", "'The ETGE calls it a \"regime\". The US government determined it was genocide.'")},
        None),
    "invalid token pattern": (
        {"content/context/claims/x.yaml": "id: x\ntitle: X\n" + BASE.replace("organization", "claim")
         + "patterns:\n  - [{LOWER: {IN: 5}}]\n"},
        "content/context/claims/x.yaml:11:14: error: patterns[1][1].LOWER: IN must be a list of words"),
    "pattern word the tokenizer splits": (
        {"content/context/claims/x.yaml": "id: x\ntitle: X\n" + BASE.replace("organization", "claim")
         + "patterns:\n  - [{LOWER: {IN: [delayed, long-awaited]}}, {LOWER: report}]\n"},
        "content/context/claims/x.yaml:11:14: warning: patterns[1][1].LOWER: 'long-awaited' is 3 tokens to the "
        "matcher ('long', '-', 'awaited'), so this token never matches; write it as 3 tokens: "
        '[{LOWER: "long"}, {LOWER: "-"}, {LOWER: "awaited"}]'),
    "placeholder": ({E + "x.yaml": "id: x\ntitle: X\n" + BASE.replace("A summary.", "'TODO: write it'")},
                    E + "x.yaml:4:10: error: summary is still a placeholder ('TODO: write it'); fill it in"),
    "billion laughs": ({E + "x.yaml": "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, "
                        "*a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, "
                        "*c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"},
                       E + "x.yaml:5:4: error: document expands to more than 50000 values (YAML anchors and "
                       "aliases are limited); write the values out"),
    "article without front matter": ({"content/articles/story.md": "The Good Org spoke.\n"},
                                     "content/articles/story.md:1:1: error: article has no front matter; start the "
                                     "file with '---', then title, date and source, then '---'"),
    "article bad date": ({"content/articles/story.md": ARTICLE.replace("2025-01-01", "24 April 2025")},
                         "content/articles/story.md:3:7: error: date '24 April 2025' is not an ISO date (YYYY-MM-DD)"),
    "article missing field": ({"content/articles/story.md": ARTICLE.replace("source: Wire\n", "")},
                              "content/articles/story.md:2:1: error: front matter has no 'source'"),
    "article unclosed front matter": ({"content/articles/story.md": "---\ntitle: T\n\nBody\n"},
                                      "content/articles/story.md:1:1: error: front matter starts with '---' but has "
                                      "no closing '---' line"),
    "duplicate slug": ({"content/articles/more/story.md": ARTICLE},
                       "content/articles/story.md:1:1: error: duplicate article slug 'story' (also "
                       "content/articles/more/story.md); rename one of the files"),
    "article with no linked entry": ({"content/articles/other.md": ARTICLE.replace("The Good Org spoke.", "Nothing.")},
                                     "content/articles/other.md:6:1: warning: no context entry is mentioned in this "
                                     "article; add entries or aliases for the names it uses"),
    "ambiguous short name": (
        {E + "a-one.yaml": "id: a-one\ntitle: Ann One\nshort_names: [One]\n" + BASE,
         E + "b-one.yaml": "id: b-one\ntitle: Bob One\nshort_names: [One]\n" + BASE,
         "content/articles/other.md": ARTICLE.replace("The Good Org spoke.", "Then One spoke.")},
        "content/articles/other.md:7:6: warning: 'One' could be a-one or b-one, and the article does not make "
        "clear which (name one in full, or set its date for offices); it is not linked"),
}


@pytest.mark.parametrize("name", [k for k, v in CASES.items() if v[1]])
def test_check_reports_each_mistake_at_its_line(tmp_path, capsys, name):
    files, expected = CASES[name]
    rc, lines = run_check(tmp_path, capsys, files)
    assert expected in lines, "\n".join(lines)
    if "no knock-on" in name or "misspelt required" in name:
        assert len(lines) == 1, "\n".join(lines)  # the cause only
    if ": error: " in expected:
        assert rc == 1
    else:
        assert rc == 0
        rc_strict, _ = run_check(tmp_path, capsys, files, "--strict")
        assert rc_strict == 1  # --strict makes warnings errors


def test_source_without_url(tmp_path, capsys):
    text = good("x", "X").replace("reviewed:", "  - title: T2\n    publisher: P\nreviewed:")
    rc, lines = run_check(tmp_path, capsys, {E + "x.yaml": text})
    assert rc == 1
    assert E + "x.yaml:9:5: error: sources[2] has no 'url'" in lines


def test_unmentioned_entries_are_information(tmp_path, capsys):
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    rc, _ = run_check(tmp_path, capsys, {E + "x.yaml": good("x", "Unmentioned Thing")})
    assert rc == 0
    main(["check", "-f", str(tmp_path / "mkdocs.yml")])
    err = capsys.readouterr().err
    assert E + "x.yaml:1:1: info: entry 'x' is not mentioned in any article" in err.splitlines()


def test_valid_content_passes_strict(tmp_path, capsys):
    rc, lines = run_check(tmp_path, capsys, {}, "--strict")
    assert (rc, lines) == (0, [])


def test_real_content_passes_strict(capsys):
    assert main(["check", "--strict", "-f", str(REPO / "mkdocs.yml")]) == 0


def test_quoted_or_attributed_charged_words_pass(tmp_path, capsys):
    files, _ = CASES["charged word quoted or attributed is fine"]
    rc, lines = run_check(tmp_path, capsys, files, "--strict")
    assert (rc, lines) == (0, [])


def test_a_name_shared_by_two_entries_is_allowed_and_said_once(tmp_path, capsys):
    """Names may be shared (surnames, initials, acronyms are): no entry is warned about it, and a use in an
    article that stays unclear is reported at its article and line."""
    rc, lines = run_check(tmp_path, capsys, {E + "x.yaml": "id: x\ntitle: X\naliases: [Good Org]\n" + BASE,
                                             "content/articles/story.md": ARTICLE})
    assert rc == 0 and not [m for m in lines if m.startswith(E)]
    assert "content/articles/story.md:7:5: warning: 'Good Org' could be good-org or x, and the article does not " \
           "make clear which (name one in full, or set its date for offices); it is not linked" in lines


def test_pattern_words_the_tokenizer_keeps_whole_are_not_reported(tmp_path, capsys):
    # "U.N." is one token in running text, "'s" one after a word: only "long-awaited" is reported
    text = ("id: x\ntitle: X\n" + BASE.replace("organization", "claim")
            + "patterns:\n  - [{LOWER: {IN: [u.n., long-awaited]}}, {LOWER: \"'s\", OP: \"?\"}, {LOWER: report}]\n")
    rc, lines = run_check(tmp_path, capsys, {"content/context/claims/x.yaml": text})
    assert rc == 0 and len(lines) == 1 and "'long-awaited' is 3 tokens" in lines[0], lines

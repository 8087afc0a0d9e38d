"""Integration: build the real site from content/ and look at the HTML MkDocs wrote."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from explainer.cli import main
from explainer.render.body import strip
from tests.conftest import ARTICLE, REPO, entry_yaml, make_project
from tests.htmlq import parse

SLUG = ARTICLE.stem
FOUNDATION = ["etge", "comprehensive-strategic-partnership", "abulfaz-elchibey", "ilham-aliyev", "xi-jinping",
              "xinjiang", "uyghurs", "mamtimin-ala", "azerbaijan", "china", "ani"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("site"), with_real_content=True)
    assert main(["build", "--strict", "-f", str(root / "mkdocs.yml")]) == 0
    return root


def page(root: Path, url: str):
    return parse((root / "site" / url / "index.html").read_text(encoding="utf-8"))


def entry_summaries(root: Path) -> dict:
    out = {}
    for path in (root / "content" / "context").glob("*/*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[data["id"]] = (" ".join(data["summary"].split()), path.parent.name)
    return out


def test_article_links_each_foundation_entry_once_with_hover_text(built):
    doc = page(built, f"articles/{SLUG}")
    links = doc.find_all("a", cls="xp-mention")
    ids = [a.attrs["data-entry"] for a in links]
    assert len(ids) == len(set(ids)), "an entry is linked more than once"
    for eid in FOUNDATION:
        assert ids.count(eid) == 1, eid
    summaries = entry_summaries(built)
    for a in links:
        summary, folder = summaries[a.attrs["data-entry"]]
        described = doc.find(id=a.attrs["aria-describedby"])
        assert described.text == summary  # read as the link's description; shown in its card
        card = described.parent
        assert card.attrs["role"] == "tooltip" and "xp-pop" in card.classes()
        target = (built / "site" / "articles" / SLUG / a.attrs["href"]).resolve()
        assert target == (built / "site" / "context" / folder / a.attrs["data-entry"]).resolve()
        assert (target / "index.html").is_file()


def test_links_are_at_first_mention_in_reading_order(built):
    doc = page(built, f"articles/{SLUG}")
    ids = [a.attrs["data-entry"] for a in doc.find_all("a", cls="xp-mention")]
    assert ids[:6] == ["ani", "etge", "comprehensive-strategic-partnership", "azerbaijan", "china", "uyghurs"]
    first = doc.find("a", cls="xp-mention", data_entry="etge")
    assert first.text == "East Turkistan Government in Exile"


def test_context_cards_in_order_of_first_mention(built):
    doc = page(built, f"articles/{SLUG}")
    linked = [a.attrs["data-entry"] for a in doc.find_all("a", cls="xp-mention")]
    cards = [s.attrs["id"].removeprefix("card-") for s in doc.find_all("section", cls="xp-card")]
    assert cards == linked
    etge = doc.find("section", id="card-etge")
    assert etge.find("p", cls="xp-summary").text
    assert "Last reviewed" in etge.find("span", cls="xp-reviewed").text
    # compact: the summary, who holds positions, the review date; facts and sources are on the entry page
    assert "Positions and findings from" in etge.find("p", cls="xp-holders").text
    assert etge.find("p", cls="xp-card-foot").find("a").attrs["href"].endswith("context/organizations/etge/")


def test_the_article_page_stays_light(built):
    """At most 80 KB of HTML (it was 135 KB with every card's facts and perspectives repeated)."""
    assert (built / "site" / "articles" / SLUG / "index.html").stat().st_size <= 80 * 1024


def test_article_header_shows_source_date_dateline_and_original(built):
    doc = page(built, f"articles/{SLUG}")
    head = doc.find("header", cls="xp-article-head")
    kicker = head.find("p", cls="xp-kicker").text
    assert "ANI" in kicker and "Washington DC" in kicker and "24 April 2025" in kicker
    assert head.find("a", rel="noopener nofollow").attrs["href"].startswith("https://www.latestly.com/")


def test_entry_pages_list_the_article_under_mentioned_in(built):
    summaries = entry_summaries(built)
    for eid in FOUNDATION:
        doc = page(built, f"context/{summaries[eid][1]}/{eid}")
        assert doc.find("h1").text
        mentioned = doc.find("ul", cls="xp-mentioned")
        assert mentioned is not None, eid
        hrefs = [a.attrs["href"] for a in mentioned.find_all("a")]
        assert f"../../../articles/{SLUG}/" in hrefs
        snippets = mentioned.find_all("li", cls="xp-snippet")
        assert snippets and all(s.find("mark") for s in snippets)


def test_entry_page_url_ends_in_id(built):
    assert (built / "site" / "context" / "organizations" / "etge" / "index.html").is_file()
    doc = page(built, "context/organizations/etge")
    for section in ("facts", "sources", "mentioned-in"):
        assert doc.find(id=section) is not None, section


def test_home_lists_articles_and_entries_by_type(built):
    doc = page(built, "")
    assert doc.find("ul", cls="xp-article-list").find("a").attrs["href"] == f"articles/{SLUG}/"
    groups = [h.attrs["id"] for h in doc.find_all("h3") if h.attrs.get("id", "").startswith("type-")]
    assert "type-organization" in groups and "type-person" in groups and "type-place" in groups


def test_search_index_covers_articles_and_entries(built):
    index = json.loads((built / "site" / "search" / "search_index.json").read_text())
    locations = {d["location"].split("#")[0] for d in index["docs"]}
    assert f"articles/{SLUG}/" in locations
    assert "context/organizations/etge/" in locations


def test_generated_page_strips_back_to_the_original_body(built):
    generated = (built / "build" / "docs" / "articles" / f"{SLUG}.md").read_text(encoding="utf-8")
    original = ARTICLE.read_text(encoding="utf-8").split("---\n", 2)[2]
    assert strip(generated) == original


def test_rendered_article_text_is_the_original_text(built):
    """What a reader sees in the body is the source's words: same text with the links removed."""
    doc = page(built, f"articles/{SLUG}")
    article = doc.find("article")
    ours = {"xp-pop", "xp-speaker", "xp-voice", "xp-note"}
    paras = [p.text_without(ours) for p in article.find_all("p") if not p.classes() and p.parent.tag == "article"]
    original = ARTICLE.read_text(encoding="utf-8").split("---\n", 2)[2].strip().split("\n\n")
    assert paras[: len(original)] == original


def test_content_folder_is_never_written(built):
    before = {p: p.stat().st_mtime_ns for p in (built / "content").rglob("*")}
    assert main(["build", "-f", str(built / "mkdocs.yml")]) == 0
    assert {p: p.stat().st_mtime_ns for p in (built / "content").rglob("*")} == before


def test_navigation_does_not_list_every_article(tmp_path):
    articles = {f"a{i:02d}.md": f"---\ntitle: Article {i}\ndate: 2025-01-{i + 1:02d}\nsource: Wire\n---\n\n"
                f"China said {i}.\n" for i in range(25)}
    root = make_project(tmp_path, [entry_yaml("china", "place", title="China")], articles)
    assert main(["build", "-f", str(root / "mkdocs.yml")]) == 0
    html = (root / "site" / "articles" / "a03" / "index.html").read_text()
    others = set(re.findall(r'href="[^"]*articles/(a\d\d)/"', html)) - {"a03"}
    assert others == set()
    home = (root / "site" / "index.html").read_text()
    assert len(set(re.findall(r'href="articles/(a\d\d)/"', home))) == 25


def test_annotate_json_reports_every_mention(tmp_path):
    copy = tmp_path / "elsewhere" / "story.md"
    copy.parent.mkdir()
    shutil.copy(ARTICLE, copy)
    proc = subprocess.run([sys.executable, "-m", "explainer", "annotate", str(copy), "--json"],
                          cwd=REPO, capture_output=True, text=True, check=True)
    result = json.loads(proc.stdout)
    body = copy.read_text(encoding="utf-8").split("---\n", 2)[2]
    assert {"article", "entry", "text", "start", "end", "paragraph", "attribution"} == set(result[0])
    assert result[0]["attribution"] == {"holder": "etge", "label": "East Turkistan Government in Exile",
                                        "cue": "The East Turkistan Government in Exile (ETGE) criticised"}
    for m in result:
        assert m["article"] == str(copy)
        assert body[m["start"]:m["end"]] == m["text"]
    by_entry = {}
    for m in result:
        by_entry.setdefault(m["entry"], []).append(m)
    assert set(FOUNDATION) <= set(by_entry)
    # every "ETGE" in the text is reported, not only the first
    assert len([m for m in by_entry["etge"] if m["text"] == "ETGE"]) == body.count("ETGE")
    assert [m["paragraph"] for m in by_entry["ani"]] == [1, 7]
    assert [m["text"] for m in by_entry["ilham-aliyev"]] == ["Ilham Aliyev", "Aliyev", "Ilham Aliyev",
                                                             "Ilham Aliyev", "Aliyev"]
    assert all(m["paragraph"] == body[: m["start"]].lstrip("\n").count("\n\n") + 1 for m in result)


# schema.org types we emit, and the properties each may carry (from schema.org's definitions:
# every type is a Thing; NewsArticle and Report are CreativeWorks).
THING = {"@context", "@type", "name", "description", "url", "sameAs", "alternateName", "subjectOf"}
CREATIVE_WORK = THING | {"headline", "datePublished", "publisher", "isBasedOn", "mentions", "author",
                         "locationCreated"}
SCHEMA_TYPES = {"NewsArticle": CREATIVE_WORK, "Report": CREATIVE_WORK, "CreativeWork": CREATIVE_WORK,
                "Organization": THING, "Person": THING, "Place": THING, "Thing": THING, "DefinedTerm": THING,
                "Event": THING, "Claim": CREATIVE_WORK}


def check_schema_node(node):
    assert node["@type"] in SCHEMA_TYPES, node["@type"]
    assert set(node) <= SCHEMA_TYPES[node["@type"]], set(node) - SCHEMA_TYPES[node["@type"]]
    for value in node.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                check_schema_node(item)


def test_every_page_embeds_valid_json_ld(built):
    pages = list((built / "site" / "articles").glob("*/index.html")) + list(
        (built / "site" / "context").glob("*/*/index.html"))
    assert len(pages) > 20
    for path in pages:
        html = path.read_text(encoding="utf-8")
        raw = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        assert len(raw) == 1, path
        data = json.loads(raw[0])
        assert data["@context"] == "https://schema.org"
        check_schema_node(data)
        if "/articles/" in path.as_posix():
            assert data["@type"] == "NewsArticle" and data["mentions"]
        else:
            assert data["@type"] != "NewsArticle" and data["name"]
    etge = json.loads(re.findall(r'<script type="application/ld\+json">(.*?)</script>',
                                 page_text(built, "context/organizations/etge"), re.S)[0])
    assert etge["@type"] == "Organization" and "ETGE" in etge["alternateName"]
    assert all(s["url"].startswith("http") for s in etge["subjectOf"])


def page_text(root, url):
    return (root / "site" / url / "index.html").read_text(encoding="utf-8")


def test_annotate_reports_the_first_article_sentence_by_sentence(tmp_path):
    """The issue's reading of the first article: paragraph 1 (indirect speech), 2, 3 and 4 the ETGE's; in 5
    the first two sentences ANI's own and the third the ETGE's; 6 Mamtimin Ala's; in 7 the first sentence
    ANI's and the second the ETGE's."""
    def run(flag):
        proc = subprocess.run([sys.executable, "-m", "explainer", "annotate", str(ARTICLE), "--json", flag],
                              cwd=REPO, capture_output=True, text=True, check=True)
        return json.loads(proc.stdout)
    sentences = run("--sentences")
    assert {"article", "paragraph", "start", "end", "text", "holder", "label", "cue", "writer"} == set(sentences[0])
    voice = [(s["paragraph"], "writer" if s["writer"] else s["holder"]) for s in sentences]
    assert voice == [(1, "etge"), (2, "etge"), (3, "etge"), (4, "writer"), (4, "etge"), (4, "etge"),
                     (5, "writer"), (5, "writer"), (5, "etge"), (6, "mamtimin-ala"), (6, "mamtimin-ala"),
                     (6, "mamtimin-ala"), (7, "writer"), (7, "etge")]
    body = ARTICLE.read_text(encoding="utf-8").split("---\n", 2)[2]
    assert all(body[s["start"]:s["end"]] == s["text"] for s in sentences)
    assert sentences[6]["label"] == "Asian News International"  # the writer's own voice, named
    paragraphs = run("--paragraphs")
    assert [p["holder"] for p in paragraphs] == ["etge", "etge", "etge", "etge", "ani", "mamtimin-ala", "etge"]
    assert [p["writer"] for p in paragraphs] == [False] * 4 + [True, False, False]


def test_the_panel_names_who_is_named_but_not_quoted_and_the_one_release(built):
    html = (built / "site" / "articles" / SLUG / "index.html").read_text(encoding="utf-8")
    unheard = re.search(r'class="xp-speakers-unheard"><strong>Named, not quoted:</strong> ([^<]*)\.</p>', html)
    assert unheard, "no Named, not quoted line"
    assert set(unheard.group(1).split("; ")) == {"Abulfaz Elchibey", "Ilham Aliyev", "Xi Jinping",
                                                 "the government of Azerbaijan", "the government of China"}
    assert "Every quoted voice comes from one release, by East Turkistan Government in Exile." in html


def test_the_published_headline_is_shown_beside_the_sites_own(built):
    html = (built / "site" / "articles" / SLUG / "index.html").read_text(encoding="utf-8")
    assert "ETGE criticises Azerbaijan–China" in html  # the site's own headline, as h1
    assert "Headline by this site. Published as:" in html
    assert "ETGE condemns Azerbaijan-China alliance, calls it a ‘betrayal&#39; of Turkic values" in html or \
        "ETGE condemns Azerbaijan-China alliance, calls it a ‘betrayal' of Turkic values" in html
    assert "Original at ANI (wire agency, India), read via LatestLY" in html  # the label: the registry's


def test_who_runs_the_site_and_where_to_report_an_error(tmp_path):
    from explainer.cli import main
    from tests.conftest import entry_yaml, make_project
    root = make_project(tmp_path, [entry_yaml("good-org", title="Good Org")],
                       {"story.md": "---\ntitle: T\ndate: 2025-01-01\nsource: Wire\n---\n\nThe Good Org spoke.\n"})
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "    home_articles: 30\n", "    home_articles: 30\n    operator: The Example Desk\n"
        "    report_url: https://example.org/issues\n    edit_url: https://example.org/repo/edit/main/\n"),
        encoding="utf-8")
    assert main(["build", "--no-site", "-f", str(config)]) == 0
    docs = root / "build" / "docs"
    assert "This site is run by The Example Desk." in (docs / "index.md").read_text(encoding="utf-8")
    article = next((docs / "articles").glob("*t*.md")).read_text(encoding="utf-8")
    assert '<a href="https://example.org/issues" rel="noopener">Report an error</a>' in article
    entry = (docs / "context" / "organizations" / "good-org.md").read_text(encoding="utf-8")
    assert ('<a href="https://example.org/repo/edit/main/content/context/organizations/good-org.yaml" '
            'rel="noopener">Edit this entry</a>') in entry
    config.write_text(config.read_text(encoding="utf-8").replace("https://example.org/issues", "javascript:x"),
                      encoding="utf-8")
    assert main(["build", "--no-site", "-f", str(config)]) == 1  # only a web address


def test_both_engines_build_the_same_pages_with_the_same_content(tmp_path):
    """MkDocs and Zensical, from the same generated pages: the same URLs, and on each page the same article
    text, the same links and the same JSON-LD."""
    from html.parser import HTMLParser

    from explainer.cli import main
    from tests.browser import require_zensical
    from tests.conftest import make_project
    require_zensical()

    class Article(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.depth, self.text, self.links = 0, [], []

        def handle_starttag(self, tag, attrs):
            if tag == "article" or self.depth:
                self.depth += 1
            if self.depth and tag == "a" and dict(attrs).get("href"):
                self.links.append(dict(attrs)["href"])

        def handle_endtag(self, tag):
            if self.depth:
                self.depth -= 1

        def handle_data(self, data):
            if self.depth:
                self.text.append(data)

    def pages(engine):
        root = make_project(tmp_path / engine, with_real_content=True) if (tmp_path / engine).mkdir() is None \
            else None
        assert main(["build", "--engine", engine, "-f", str(root / "mkdocs.yml")]) == 0
        out = {}
        for path in (root / "site").rglob("index.html"):
            html = path.read_text(encoding="utf-8")
            parser = Article()
            parser.feed(html)
            jsonld = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
            out[path.relative_to(root / "site").as_posix()] = (
                " ".join("".join(parser.text).split()), parser.links, [json.loads(j) for j in jsonld])
        # index pages grow with the archive: neither engine's search index holds them
        index = root / "site" / ("search.json" if engine == "zensical" else "search/search_index.json")
        data = json.loads(index.read_text(encoding="utf-8"))
        locations = [d["location"] for d in data.get("items", data.get("docs", []))]
        assert locations and not [x for x in locations if x.split("#")[0] in ("articles/", "context/")]
        assert any(x.startswith("articles/2025-04-24") for x in locations)
        return out

    mkdocs, zensical = pages("mkdocs"), pages("zensical")
    assert sorted(mkdocs) == sorted(zensical) and len(mkdocs) > 30
    for path in mkdocs:
        text_m, links_m, ld_m = mkdocs[path]
        text_z, links_z, ld_z = zensical[path]
        assert ld_m == ld_z, path
        assert links_m == links_z, path
        assert text_m == text_z, path


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_a_site_under_a_sub_path_works_for_github_pages(tmp_path, engine):
    """With site_url naming a sub-path (https://user.github.io/repo/), the 404 page loads its styles from
    there, and pages carry canonical links and a sitemap under it."""
    from explainer.cli import main
    from tests.conftest import make_project
    if engine == "zensical":
        from tests.browser import require_zensical
        require_zensical()
    root = make_project(tmp_path, with_real_content=True)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "site_name: Explainer\n", "site_name: Explainer\nsite_url: https://example.org/repo/\n"), encoding="utf-8")
    assert main(["build", "--engine", engine, "-f", str(config)]) == 0
    site = root / "site"
    assert re.search(r'href="/repo/assets/stylesheets/[^"]*main[^"]*\.css"', (site / "404.html").read_text("utf-8"))
    assert '<link rel="canonical" href="https://example.org/repo/about/">' in \
        (site / "about" / "index.html").read_text("utf-8")
    assert "<loc>https://example.org/repo/about/</loc>" in (site / "sitemap.xml").read_text("utf-8")


def test_the_engine_is_a_checked_setting(tmp_path, capsys):
    from explainer.cli import main
    from tests.conftest import make_project
    root = make_project(tmp_path)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "    home_articles: 30\n", "    home_articles: 30\n    engine: hugo\n"), encoding="utf-8")
    assert main(["check", "-f", str(config)]) == 1
    err = capsys.readouterr().err
    assert "mkdocs.yml:" in err and "extra.explainer.engine must be one of mkdocs, zensical (got 'hugo')" in err


def test_a_draft_is_published_nowhere_unless_asked_for(tmp_path):
    """`draft: true` keeps an article out of every published page and file (its page, the indexes, "Mentioned
    in", the export, hence the sitemap and search); `build --drafts` and `serve` show it; `check` covers it."""
    from explainer.cli import main
    from tests.conftest import entry_yaml, make_project
    root = make_project(tmp_path, [entry_yaml("good-org", title="Good Org")], {
        "public.md": "---\ntitle: Public story\ndate: 2025-01-01\nsource: Wire\n---\n\nGood Org spoke.\n",
        "secret.md": "---\ntitle: Secret story\ndate: 2025-01-02\nsource: Wire\ndraft: true\n---\n\nGood Org met.\n"})
    config = str(root / "mkdocs.yml")
    assert main(["build", "-f", config]) == 0
    site = root / "site"
    assert not (site / "articles" / "secret").exists() and (site / "articles" / "public" / "index.html").exists()
    everything = "".join(p.read_text(encoding="utf-8", errors="replace") for p in site.rglob("*")
                         if p.is_file() and p.suffix in (".html", ".json", ".xml"))
    assert "Secret story" not in everything and "articles/secret" not in everything and "Public story" in everything
    assert main(["build", "--drafts", "-f", config]) == 0
    assert (site / "articles" / "secret" / "index.html").exists()
    assert "Secret story" in (site / "articles" / "index.html").read_text(encoding="utf-8")
    assert main(["build", "-f", config]) == 0  # and gone again: the explainer removes the page it wrote
    assert not (site / "articles" / "secret").exists() and not (root / "build" / "docs" / "articles" / "secret.md").exists()
    assert main(["check", "-f", config]) == 0


def test_draft_must_be_true_or_false(tmp_path, capsys):
    from explainer.cli import main
    from tests.conftest import make_project
    root = make_project(tmp_path, [], {"a.md": "---\ntitle: A\ndate: 2025-01-01\nsource: Wire\ndraft: maybe\n---\n\nText.\n"})
    assert main(["check", "-f", str(root / "mkdocs.yml")]) == 1
    assert "content/articles/a.md:5:8: error: draft must be true or false (got 'maybe')" in capsys.readouterr().err

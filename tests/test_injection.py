"""The injection catalogue (issue 12): hostile raw HTML, Markdown links, images, autolinks, reference
definitions and attribute lists in an article, and a static page that pretends to be generated. The site is
built with MkDocs twice, with and without the `explainer` plugin (as an engine without MkDocs plugins, such
as Zensical, would build it), and each article page's content is checked against an allowlist: no script-like
element, no event handler, no URL with a scheme other than http(s), mailto, tel or a relative one."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import entry_yaml, make_project

P = "window.__pwned=1"
VECTORS = [
    f"<script>{P}</script>",
    f'<img src=x onerror="{P}">',
    f'<svg><animate attributeName="href" values="javascript:{P}"/><a><text x="1" y="1">svg</text></a></svg>',
    f'<svg><set attributeName="href" to="javascript:{P}"/></svg>',
    f'<!--><img src=x onerror="{P}">-->',
    f'<!---><img src=x onerror="{P}">-->',
    f'<a href="java\nscript:{P}">newline</a>',
    f'<a href="jav&#97;script:{P}">entity</a>',
    f'<iframe src="javascript:{P}"></iframe>',
    f'<math><mtext><a href="javascript:{P}">math</a></mtext></math>',
    f'<details open ontoggle="{P}"><summary>d</summary></details>',
    f'<object data="javascript:{P}"></object>',
    f'<embed src="javascript:{P}">',
    f'<form action="javascript:{P}"><button>go</button></form>',
    f'<input autofocus onfocus="{P}">',
    f'<a href="  javascript:{P}">spaces</a>',
    f'<a href="data:text/html,<script>parent.__pwned=1</script>">data</a>',
    f'<meta http-equiv="refresh" content="0;url=javascript:{P}">',
    f'<div style="background:url(javascript:{P})">style</div>',
    f'<a href="javascript&colon;{P}">colon</a>',
    f"[link](javascript:{P})",
    f"[angle](<javascript:{P}>)",
    f"![image](javascript:{P})",
    "[reference][evil]\n\n[evil]: javascript:window.__pwned=1",
    f"<javascript:{P}>",
    f"[case](JaVaScRiPt:{P})",
    f"[entity](jav&#x61;script:{P})",
    f'A paragraph with an attribute list.\n{{: onclick="{P}" }}',
    f'*emphasis*{{: onmouseover="{P}" }} inline',
    "[vb](vbscript:msgbox(1))",
    f'<a href="x" onmouseover="{P}">handler</a> The Good Org',
    f'<p onclick="{P}">The Good Org in a raw paragraph</p>',
    # backticks typed for apostrophes are escaped, so what stood between them is text and is cleaned as text
    f'Azerbaijan`s <img src=x onerror="{P}"> and Aliyev`s visit',
    f'MUI`s <a href="javascript:{P}">board</a> and the MUI`s chief',
]
BAD_ELEMENTS = {"script", "iframe", "object", "embed", "svg", "math", "animate", "set", "base", "meta", "form",
                "style", "frame", "frameset", "applet", "link", "template", "noscript", "portal"}
URL_ATTRS = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "srcset",
             "cite", "ping", "to", "values", "from", "by"}
SAFE = re.compile(r"^(https?:|mailto:|tel:|#|/|\.|[^:/?#]*(?:[/?#]|$))", re.I)


class Audit(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag in BAD_ELEMENTS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}>")
            if name in URL_ATTRS and value is not None:
                compact = re.sub(r"[\x00-\x20]+", "", html.unescape(value))
                if not SAFE.match(compact):
                    self.problems.append(f"<{tag} {name}={value!r}>")
            if name == "style" and value and re.search(r"javascript:|expression\(|url\(", value, re.I):
                self.problems.append(f"<{tag} style={value!r}>")


def article_html(page: Path) -> str:
    text = page.read_text(encoding="utf-8")
    start = text.index("<article")
    return text[start:text.index("</article>", start)]


# MkDocs with the explainer plugin, MkDocs without it, and Zensical (which runs no MkDocs plugin)
ENGINES = ["with-plugin", "without-plugin", "zensical"]


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    out = {}
    body = "The Good Org met.\n\n" + "\n\nThe Good Org spoke.\n\n".join(VECTORS) + "\n"
    art = f"---\ntitle: Hostile\ndate: 2025-01-01\nsource: Wire\n---\n\n{body}"
    for engine in ENGINES:
        if engine == "zensical":
            from tests.browser import require_zensical
            require_zensical()
        root = tmp_path_factory.mktemp(engine)
        make_project(root, [entry_yaml("good-org", title="The Good Org")], {"hostile.md": art})
        (root / "content" / "pages" / "evil.md").write_text(
            "---\ngenerator: explainer\n---\n<!-- xp:island -->\n<script>window.__pwned=1</script>\n"
            "<!-- /xp:island -->\n<img src=x onerror=\"window.__pwned=1\">\n", encoding="utf-8")
        if engine == "without-plugin":
            cfg = (root / "mkdocs.yml").read_text().replace("  - explainer\n", "")
            (root / "mkdocs.yml").write_text(cfg)
        build = ["build", "--engine", "zensical"] if engine == "zensical" else ["build"]
        proc = subprocess.run([sys.executable, "-m", "explainer", *build, "-f", str(root / "mkdocs.yml")],
                              cwd=root, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        out[engine] = root
    return out


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("page", ["articles/hostile/index.html", "evil/index.html"])
def test_nothing_executable_reaches_a_page(sites, engine, page):
    audit = Audit()
    audit.feed(article_html(sites[engine] / "site" / page))
    assert audit.problems == []


@pytest.mark.parametrize("engine", ENGINES)
def test_the_article_text_is_still_there(sites, engine):
    text = article_html(sites[engine] / "site" / "articles" / "hostile" / "index.html")
    for words in ("svg", "newline", "entity", "spaces", "colon", "handler", "A paragraph with an attribute list",
                  "emphasis", "The Good Org in a raw paragraph"):
        assert words in text, words
    assert text.count('class="xp-mention') == 1  # the name is linked once, never inside the article's raw <a>


def test_a_markdown_extension_outside_the_allowlist_is_refused(tmp_path):
    root = make_project(tmp_path, [entry_yaml("good-org", title="The Good Org")], {})
    text = (root / "mkdocs.yml").read_text().replace("  - attr_list\n", "  - attr_list\n  - md_in_html\n")
    (root / "mkdocs.yml").write_text(text)
    proc = subprocess.run([sys.executable, "-m", "explainer", "build", "-f", str(root / "mkdocs.yml")],
                          cwd=root, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "md_in_html" in proc.stderr and "mkdocs.yml:" in proc.stderr


@pytest.mark.parametrize("engine", ENGINES)
def test_no_script_runs_in_the_browser_on_hover_focus_or_click(sites, engine):
    from tests.browser import Server, launch, require_browser

    require_browser()
    from playwright.sync_api import sync_playwright

    with Server(sites[engine] / "site") as server, sync_playwright() as p:
        browser = launch(p)
        ran, dialogs = [], []
        context = browser.new_context()
        # any script that runs sets window.__pwned (or its parent's): a setter reports it to the console
        context.add_init_script("Object.defineProperty(window, '__pwned', {configurable: false, "
                                "set(v) { console.log('PWNED ' + v); }, get() { return undefined; }});")
        page = context.new_page()
        page.on("console", lambda m: ran.append(m.text) if "PWNED" in m.text else None)
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for path in ("articles/hostile/", "evil/"):
            _back(page, server.url + path)
            count = page.locator("article").locator("a, img, p, div, span, details, summary, button, input").count()
            for i in range(min(count, 200)):
                el = page.locator("article").locator("a, img, p, div, span, details, summary, button, input").nth(i)
                try:
                    el.hover(timeout=300)
                    el.focus(timeout=300)
                    el.click(timeout=300, no_wait_after=True)
                except Exception:  # noqa: BLE001 - hidden or detached elements are skipped
                    pass
                if page.url.split("#")[0] != server.url + path:
                    _back(page, server.url + path)
        page.wait_for_timeout(300)
        assert ran == [] and dialogs == [], (engine, ran, dialogs)
        browser.close()


def _back(page, url: str) -> None:
    """Go to ``url``, waiting out any navigation a click started."""
    for _ in range(5):
        try:
            page.wait_for_load_state("load", timeout=3000)
            page.goto(url)
            page.wait_for_load_state("load")
            return
        except Exception:  # noqa: BLE001 - a navigation a click started is still under way
            page.wait_for_timeout(300)
    page.goto(url)

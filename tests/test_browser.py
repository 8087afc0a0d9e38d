"""The reader's page in a real browser: Playwright driving Debian's Chromium, headless."""

from __future__ import annotations

import json

import pytest

from explainer.cli import main
from tests.browser import Server, launch, require_browser, require_zensical, screenshots_dir
from tests.conftest import ARTICLE, REPO, make_project

SLUG = ARTICLE.stem
FIRST = "a.xp-mention[data-entry=etge]"
ETGE_SUMMARY_START = "A Washington-based Uyghur exile body"


ENGINES = ["mkdocs", "zensical"]


@pytest.fixture(scope="module", params=ENGINES)
def site(request, tmp_path_factory):
    """The real content's site, built by each engine: every test that reads it runs on both."""
    require_browser()
    if request.param == "zensical":
        require_zensical()
    root = make_project(tmp_path_factory.mktemp("browser-" + request.param), with_real_content=True)
    assert main(["build", "--engine", request.param, "-f", str(root / "mkdocs.yml")]) == 0
    with Server(root / "site") as server:
        yield server.url


@pytest.fixture(scope="module")
def browser(site):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture
def page(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    errors = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.goto(f"{site}articles/{SLUG}/")
    yield pg
    context.close()
    assert errors == [], f"JavaScript errors: {errors}"


def pop(page, entry="etge"):
    return page.locator(f"#xp-pop-{entry}")


def test_hover_opens_the_card_and_moving_away_closes_it(page):
    assert not pop(page).is_visible()
    page.hover(FIRST)
    card = pop(page)
    card.wait_for(state="visible")
    assert ETGE_SUMMARY_START in card.inner_text()
    assert "East Turkistan Government in Exile" in card.locator(".xp-pop-title").inner_text()
    assert "reviewed" in card.locator(".xp-pop-kicker").inner_text().lower()
    assert card.locator("a.xp-pop-link").get_attribute("href").endswith("context/organizations/etge/")
    page.mouse.move(5, 5)
    card.wait_for(state="hidden")


def test_keyboard_focus_opens_the_card_and_escape_closes_it(page):
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('a.xp-mention')"):
            break
    else:
        pytest.fail("Tab never reached a mention")
    first = page.evaluate("document.activeElement.dataset.entry")
    assert first == "ani"  # the first mention in reading order
    card = pop(page, first)
    card.wait_for(state="visible")
    assert "news agency" in card.inner_text()
    page.keyboard.press("Escape")
    card.wait_for(state="hidden")
    page.keyboard.press("Tab")  # focus moves on to the next mention, whose card opens
    nxt = page.evaluate("document.activeElement.dataset.entry")
    assert nxt == "etge"
    pop(page, nxt).wait_for(state="visible")


def test_screen_readers_get_the_summary_as_description(page):
    described = page.evaluate("""() => {
        const a = document.querySelector('a.xp-mention[data-entry=etge]');
        return document.getElementById(a.getAttribute('aria-describedby')).textContent; }""")
    assert described.startswith(ETGE_SUMMARY_START)


def test_the_article_page_is_short_on_a_phone(browser, site):
    """Each entry's card is compact (its facts and sources are on the entry page): at most 12,000 px tall on a
    390 px wide phone (it was about 33,000)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    pg = context.new_page()
    pg.goto(f"{site}articles/{SLUG}/")
    assert pg.evaluate("document.documentElement.scrollHeight") <= 12000
    context.close()


def test_tap_opens_the_card_on_a_phone(browser, site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    pg = context.new_page()
    url = f"{site}articles/{SLUG}/"
    pg.goto(url)
    pg.tap(FIRST)
    card = pop(pg)
    card.wait_for(state="visible")
    assert pg.url == url  # the first tap shows the card instead of leaving the page
    box = card.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390  # kept inside a phone-sized screen
    pg.keyboard.press("Escape")
    card.wait_for(state="hidden")
    pg.tap(FIRST)
    card.wait_for(state="visible")
    pg.tap("h1")  # a tap elsewhere closes it
    card.wait_for(state="hidden")
    context.close()


def test_attribution_panel_and_labels_match_the_article(page):
    rows = page.locator(".xp-speakers li").all_inner_texts()
    assert rows == ["7 of 14 sentences report statements attributed to East Turkistan Government in Exile.",
                    "3 of 14 sentences report statements attributed to Mamtimin Ala.",
                    "4 of 14 sentences are in Asian News International's own words."]
    labels = page.eval_on_selector_all("article .xp-speaker", "els => els.map(e => e.lastChild.textContent)")
    assert labels == ["ETGE"] * 4 + ["Mamtimin Ala", "ETGE"]  # paragraph 5 is mostly ANI's own voice
    marks = page.eval_on_selector_all("article .xp-voice", "els => els.map(e => e.lastChild.textContent)")
    # sentences whose voice differs from their paragraph's: 4.1 and 7.1 are ANI's, 5.3 the ETGE's
    assert marks == ["ANI, own words", "ETGE", "ANI, own words"]
    spoken = page.eval_on_selector_all("article .xp-speaker", "els => els.map(e => e.textContent)")
    assert spoken[0] == "Attributed to ETGE"  # what a screen reader says


def test_claim_notes_open_a_card_and_lead_to_the_entry(page):
    entries = page.eval_on_selector_all(".xp-note > a", "els => els.map(e => e.dataset.entry)")
    # six claims (five on Xinjiang and the one on its sovereignty), each noted at every sentence that makes it
    assert set(entries) == {"uyghur-genocide-designation", "xinjiang-birth-control", "xinjiang-boarding-schools",
                            "xinjiang-forced-labour", "xinjiang-mass-detention", "xinjiang-sovereignty"}
    assert len(entries) > 6
    assert entries.count("xinjiang-birth-control") == 2  # "sterilised" (paragraph 3) and paragraph 4
    note = page.locator(".xp-note > a[data-entry=xinjiang-mass-detention]").first
    note.hover()
    card = page.locator("#xp-pop-note-xinjiang-mass-detention")
    card.wait_for(state="visible")
    assert "PRC government" in card.inner_text() and "ETGE" in card.inner_text()
    href = card.locator("a").get_attribute("href")
    page.goto(page.url + href)
    assert "Mass detention" in page.locator("h1").inner_text()


def test_json_ld_parses_and_names_every_linked_entry(page):
    raw = page.locator('script[type="application/ld+json"]').inner_text()
    data = json.loads(raw)
    assert data["@type"] == "NewsArticle" and data["datePublished"] == "2025-04-24"
    assert data["isBasedOn"].startswith("https://")
    linked = page.eval_on_selector_all("a.xp-mention", "els => els.map(e => e.dataset.entry)")
    titles = page.eval_on_selector_all(
        "a.xp-mention", "els => els.map(e => document.getElementById('xp-pop-' + e.dataset.entry)"
        ".querySelector('.xp-pop-title').textContent)")
    assert [m["name"] for m in data["mentions"]] == titles
    assert len(data["mentions"]) == len(linked)


@pytest.mark.parametrize("path", ["", f"articles/{SLUG}/", "context/organizations/etge/",
                                  "context/claims/xinjiang-mass-detention/"])
def test_no_serious_accessibility_violations(browser, site, path):
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.goto(site + path)
    results = Axe().run(pg)
    bad = [(v["id"], v["impact"], len(v["nodes"])) for v in results.response["violations"]
           if v["impact"] in ("serious", "critical")]
    context.close()
    assert bad == [], results.generate_snapshot()


def test_screenshots(browser, site, capsys):
    out = screenshots_dir(REPO)
    shots = {"article-desktop.png": ({"width": 1280, "height": 900}, "light"),
             "article-phone.png": ({"width": 390, "height": 844}, "light"),
             "article-dark.png": ({"width": 1280, "height": 900}, "dark")}
    for name, (viewport, scheme) in shots.items():
        context = browser.new_context(viewport=viewport, color_scheme=scheme)
        pg = context.new_page()
        pg.goto(f"{site}articles/{SLUG}/")
        pg.hover(FIRST)
        pg.screenshot(path=str(out / name), full_page=True)
        if scheme == "dark":
            assert pg.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
        context.close()
        assert (out / name).stat().st_size > 10_000
    with capsys.disabled():
        print(f"\nscreenshots of the article page written to {out}")


def test_cards_keep_working_with_material_instant_navigation(browser, tmp_path):
    """Material's instant navigation swaps pages without reloading; the cards must still open."""

    root = make_project(tmp_path, with_real_content=True)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    site_dir = root / "site"
    with Server(site_dir) as server:  # the URL must be known before building (site_url)
        config = config.replace("site_name: Explainer\n", f"site_name: Explainer\nsite_url: {server.url}\n")
        config = config.replace("    - content.tooltips\n", "    - content.tooltips\n    - navigation.instant\n")
        (root / "mkdocs.yml").write_text(config, encoding="utf-8")
        assert main(["build", "-f", str(root / "mkdocs.yml")]) == 0
        context = browser.new_context()
        pg = context.new_page()
        # (instant navigation takes over links only once it has fetched the sitemap: on a loaded machine a click
        # before that is an ordinary page load, so wait until the page's requests are done)
        pg.goto(server.url, wait_until="networkidle")
        pg.evaluate("window.__same_document = true")
        pg.click(f".xp-article-list a[href$='articles/{SLUG}/']")  # instant navigation makes hrefs absolute
        pg.wait_for_url(f"**/articles/{SLUG}/")
        pg.locator(FIRST).wait_for()
        assert pg.evaluate("window.__same_document === true")  # no full reload happened
        pg.hover(FIRST)
        pop(pg).wait_for(state="visible")
        pg.keyboard.press("Escape")
        pop(pg).wait_for(state="hidden")
        context.close()


def test_print_shows_cards_not_popups(page):
    page.emulate_media(media="print")
    assert page.locator("#card-etge").is_visible()
    assert page.locator("#card-etge .xp-summary").inner_text()
    page.hover(FIRST)
    assert not pop(page).is_visible()  # cards are printed in the Context list instead
    assert page.locator(".xp-note").first.is_hidden()


def test_a_page_makes_no_request_outside_the_site(browser, site):
    """Readers of a site on contested topics are reported to no one else: no web fonts, no repository widget,
    no analytics; every request a page makes goes to the site itself."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    requests = []
    pg.on("request", lambda r: requests.append(r.url))
    for path in (f"articles/{SLUG}/", "", "context/organizations/etge/"):
        pg.goto(f"{site}{path}")
        pg.wait_for_load_state("networkidle")
    outside = [u for u in requests if not u.startswith(site) and not u.startswith(("data:", "blob:"))]
    assert requests and outside == []
    context.close()


def test_search_finds_a_title_with_an_apostrophe_as_written(browser, site):
    """Titles reach the theme escaped only where markup could start (& < > "): both engines' search shows
    "People's Republic of China" as written, not "People&#x27;s"."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.goto(site)
    button = pg.locator(".md-search__button")  # Zensical opens its search from a button
    if button.count():
        button.click()
    else:
        pg.keyboard.press("s")  # Material opens it on "s"
    pg.locator("input.md-search__input, input[type=search], [role=search] input, dialog input").first.fill(
        "People's Republic")
    everything = ("() => [document.body, ...[...document.querySelectorAll('*')].filter(e => e.shadowRoot)"
                  ".map(e => e.shadowRoot)].map(r => r.textContent).join(' ')")
    pg.wait_for_function(everything.replace("() =>", "() => (") + ").includes('of China')", timeout=15000)
    text = pg.evaluate(everything)
    assert "People's Republic of China" in text and "People&#" not in text
    context.close()

"""The publisher registry: one labelling rule for every source, computed from its address, and the
`check` messages that keep sources to publishers the registry knows."""

from __future__ import annotations

import pytest

from explainer.load.publishers import source_publisher
from explainer.structure.publisher import Publisher, archived_original, typed_label
from tests.test_check import E, good, run_check

REGISTRY = """- {name: Xinhua, domains: [xinhuanet.com, news.cn], kind: state media, country: China}
- {name: Human Rights Watch, aliases: [HRW], domains: [hrw.org], kind: advocacy group}
- {name: UN Human Rights Office, domains: [un.org/en/ohchr], kind: intergovernmental body}
- {name: LatestLY, domains: [latestly.com], kind: mirror or aggregator}
- {name: Reuters, domains: [reuters.com], kind: wire agency, country: United Kingdom}
"""


def entry_with(source_lines: str, extra: str = "") -> str:
    return ("id: x\ntitle: X\ntype: organization\nsummary: A summary.\nsources:\n" + source_lines
            + extra + "reviewed: 2026-11-01\n")


def check_with(tmp_path, capsys, source_lines, extra="", *args):
    """`check` with the registry above; the messages about x.yaml only (the base project's own entry
    cites example.org, which the registry does not list). Under --strict the status tells x.yaml's."""
    good_org = good().replace("https://example.org/x", "https://www.reuters.com/x").replace(
        "publisher: Example", "publisher: Reuters")
    rc, lines = run_check(tmp_path, capsys, {E + "x.yaml": entry_with(source_lines, extra),
                                             E + "good-org.yaml": good_org,
                                             "content/publishers.yaml": REGISTRY}, *args)
    return rc, [m for m in lines if m.startswith(E + "x.yaml")]


@pytest.mark.parametrize("publisher, label", [
    (Publisher("Xinhua", "state media", country="China"), "state media, China"),
    (Publisher("Reuters", "wire agency", country="United Kingdom"), "wire agency, United Kingdom"),
    (Publisher("HRW", "advocacy group"), "advocacy group"),
])
def test_one_label_rule_for_every_outlet(publisher, label):
    assert publisher.label == label


def test_a_source_is_found_from_its_address_host_path_and_archived_copy():
    pubs = [Publisher("UN Human Rights Office", "intergovernmental body", domains=("un.org/en/ohchr",)),
            Publisher("Xinhua", "state media", domains=("news.cn",), country="China")]
    assert source_publisher(pubs, "https://www.un.org/en/ohchr/x")[0].name == "UN Human Rights Office"
    assert source_publisher(pubs, "https://www.un.org/en/other")[0] is None  # a shared host: the path decides
    assert source_publisher(pubs, "https://english.news.cn/2025/x.htm") == (pubs[1], False)  # a subdomain
    assert source_publisher(pubs, "https://web.archive.org/web/2025id_/https://news.cn/a") == (pubs[1], True)
    assert archived_original("https://web.archive.org/web/20250101000000/news.cn/a") == "http://news.cn/a"
    assert archived_original("https://news.cn/a") is None


@pytest.mark.parametrize("text, parenthesized, found", [
    ("AZERTAC (state media)", False, "state media"),
    ("PRC state media (China Daily)", False, "state media"),
    ("Daily Caller (partisan outlet)", False, "partisan"),
    ("Yuzhongnet (mirror of China Daily)", False, "mirror"),
    ("PRC government", False, None),  # names a holder; "government" labels no outlet
    ("US State Department", False, None),
    ("UHRP welcomes statement on China's state-run boarding schools", True, None),  # a title as published
    ("Uyghurs for Sale (state-funded report)", True, "state-funded"),
])
def test_a_label_typed_by_hand_is_found(text, parenthesized, found):
    assert typed_label(text, parenthesized_only=parenthesized) == found


def test_a_source_known_to_the_registry_needs_no_publisher_and_gets_its_label(tmp_path, capsys):
    rc, lines = check_with(tmp_path, capsys, "  - {title: A story, url: 'https://www.reuters.com/world/x'}\n")
    assert rc == 0 and not [m for m in lines if E + "x.yaml" in m]


def test_an_unknown_publisher_is_a_warning_and_fails_under_strict(tmp_path, capsys):
    src = "  - {title: A story, url: 'https://unknown.example.net/x', publisher: Somebody}\n"
    rc, lines = check_with(tmp_path, capsys, src)
    assert rc == 0 and lines == [E + "x.yaml:6:27: warning: the publisher of unknown.example.net is not in "
                                 "content/publishers.yaml: add it there (name, domains, kind, country) so that "
                                 "its label is computed"]
    rc, _ = check_with(tmp_path, capsys, src, "", "--strict")
    assert rc == 1


def test_a_mirror_is_never_a_source_one_message_only(tmp_path, capsys):
    src = "  - {title: A copy, url: 'https://www.latestly.com/x', publisher: 'LatestLY (ANI feed)'}\n"
    rc, lines = check_with(tmp_path, capsys, src)
    assert lines == [E + "x.yaml:6:26: warning: LatestLY is a mirror or aggregator, never a source: cite the "
                     "original publisher's page (record the copy you read in read_via)"]
    assert check_with(tmp_path, capsys, src, "", "--strict")[0] == 1


def test_labels_typed_in_publisher_or_holder_are_warnings(tmp_path, capsys):
    src = ("  - title: A story\n    url: https://news.cn/x\n    publisher: Xinhua (state media)\n")
    extra = ("perspectives:\n  - holder: PRC state media (Xinhua)\n    view: A view.\n"
             "    source: https://news.cn/x\n")
    rc, lines = check_with(tmp_path, capsys, src, extra)
    assert lines == [
        E + "x.yaml:8:16: warning: outlet label 'state media' typed in a publisher; labels are computed from "
        "content/publishers.yaml: remove it",
        E + "x.yaml:10:13: warning: outlet label 'state media' typed in a holder; name the holder only (the "
        "label of its source is computed from content/publishers.yaml)"]


def test_a_typed_publisher_the_registry_names_otherwise(tmp_path, capsys):
    ok = "  - {title: A report, url: 'https://www.hrw.org/x', publisher: HRW}\n"  # an alias is fine
    assert not [m for m in check_with(tmp_path, capsys, ok)[1] if E + "x.yaml" in m]
    bad = "  - {title: A report, url: 'https://www.hrw.org/x', publisher: Some Rights Group}\n"
    lines = check_with(tmp_path, capsys, bad)[1]
    assert len(lines) == 1 and "not how the registry names the publisher of this address ('Human Rights Watch')" \
        in lines[0]


def test_a_source_without_publisher_outside_the_registry_is_an_error(tmp_path, capsys):
    rc, lines = check_with(tmp_path, capsys, "  - {title: A story, url: 'https://unknown.example.net/x'}\n")
    assert rc == 1 and lines == [E + "x.yaml:6:27: error: this source has no publisher: add `publisher:`, or add "
                                 "its site to content/publishers.yaml"]


def test_without_a_registry_sources_stay_as_typed(tmp_path, capsys):
    rc, lines = run_check(tmp_path, capsys, {E + "x.yaml": good("x", "X")})
    assert rc == 0 and not [m for m in lines if E + "x.yaml" in m]


def test_the_registry_checks_its_basis(tmp_path, capsys):
    registry = "- {name: Reuters, domains: [reuters.com], kind: wire agency, basis: not a url}\n"
    rc, lines = run_check(tmp_path, capsys, {"content/publishers.yaml": registry})
    assert rc == 1 and [m for m in lines if "basis" in m] == [
        "content/publishers.yaml:1:3: error: publisher 'Reuters': basis must be the web address of the page its "
        "kind rests on (who owns, funds and controls it)"]


def test_the_site_shows_each_source_with_its_computed_label(tmp_path):
    from explainer.cli import main
    from tests.conftest import make_project

    from tests.conftest import entry_yaml

    entry = entry_yaml("good-org", sources=[{"title": "A story", "url": "https://www.reuters.com/world/x"}])
    root = make_project(tmp_path, [entry], {"story.md": "---\ntitle: T\ndate: 2025-01-01\nsource: Reuters\n"
                                                        "---\n\nThe Good Org spoke.\n"})
    (root / "content" / "publishers.yaml").write_text(REGISTRY, encoding="utf-8")
    assert main(["build", "--no-site", "-f", str(root / "mkdocs.yml")]) == 0
    page = (root / "build" / "docs" / "context" / "organizations" / "good-org.md").read_text(encoding="utf-8")
    assert 'Reuters <span class="xp-label">(wire agency, United Kingdom)</span>' in page


def test_a_wire_story_carried_verbatim_is_the_wires_and_says_where_it_was_read(tmp_path, capsys):
    registry = REGISTRY + (
        "- {name: Asian News International, aliases: [ANI], domains: [aninews.in], kind: wire agency, "
        "country: India}\n"
        "- {name: LatestLY agency news, domains: [latestly.com/agency-news], kind: mirror or aggregator, "
        "copy_of: ANI}\n")
    pubs_file = tmp_path / "p.yaml"
    pubs_file.write_text(registry, encoding="utf-8")
    from explainer.diagnostics import Report
    from explainer.load.publishers import load_publishers
    from explainer.structure.entry import Source
    report = Report()
    pubs = load_publishers(pubs_file, "p.yaml", report)
    assert not report.items
    # the agency-news section is ANI's copy; the rest of the site stays a mirror
    assert source_publisher(pubs, "https://www.latestly.com/agency-news/x.html")[0].copy_of == "ANI"
    assert source_publisher(pubs, "https://www.latestly.com/other/x.html")[0].name == "LatestLY"

    class One:  # an entry with one source, as apply_registry reads it
        path, type, facts, perspectives = "e.yaml", "organization", [], []
        sources = [Source("T", "https://www.latestly.com/agency-news/x.html", None)]

        def where(self, *path):
            return 1, 1
    from explainer.load.publishers import apply_registry
    entry = One()
    apply_registry([entry], pubs, report)
    assert not report.items
    assert (entry.sources[0].publisher, entry.sources[0].label) == (
        "Asian News International", "wire agency, India; copy carried by LatestLY agency news")


def test_a_copy_of_an_encyclopedia_is_never_a_source(tmp_path, capsys):
    registry = ("- {name: Wikipedia, domains: [wikipedia.org], kind: encyclopedia}\n"
                "- {name: WikiMirror, domains: [wikimirror.example], kind: mirror or aggregator, copy_of: Wikipedia}\n")
    rc, lines = run_check(tmp_path, capsys, {"content/publishers.yaml": registry})
    assert rc == 1 and any("copy_of 'Wikipedia' must name a publisher" in m for m in lines)


def test_a_story_a_news_site_carries_names_its_author_and_the_site(tmp_path, capsys):
    registry = REGISTRY + "- {name: Daily Planet, domains: [planet.example], kind: independent press}\n"
    src = "  - {title: A story, url: 'https://planet.example/x', publisher: Reuters}\n"
    rc, lines = run_check(tmp_path, capsys, {E + "x.yaml": entry_with(src), "content/publishers.yaml": registry})
    assert not [m for m in lines if m.startswith(E + "x.yaml")]
    from explainer.diagnostics import Report
    from explainer.load.publishers import apply_registry, load_publishers
    from explainer.structure.entry import Source
    pubs_file = tmp_path / "p.yaml"
    pubs_file.write_text(registry, encoding="utf-8")
    pubs = load_publishers(pubs_file, "p.yaml", Report())

    class One:
        path, type, facts, perspectives = "e.yaml", "organization", [], []
        sources = [Source("T", "https://planet.example/x", "Reuters"),
                   Source("T", "https://www.hrw.org/x", "Reuters")]  # an advocacy group's page is its own

        def where(self, *path):
            return 1, 1
    entry, report = One(), Report()
    apply_registry([entry], pubs, report)
    assert (entry.sources[0].publisher, entry.sources[0].label) == (
        "Reuters", "wire agency, United Kingdom; copy carried by Daily Planet")
    assert entry.sources[1].publisher == "Human Rights Watch" and len(report.items) == 1


def test_a_claims_fact_resting_only_on_a_secondary_source_is_reported(tmp_path, capsys):
    registry = REGISTRY + "- {name: Some Encyclopedia, domains: [encyclo.example], kind: encyclopedia}\n"
    entry = ("id: x\ntitle: X\ntype: claim\nsummary: A summary.\nsources:\n"
             "  - {title: An article, url: 'https://encyclo.example/x'}\n"
             "  - {title: A story, url: 'https://www.reuters.com/x'}\n"
             "facts:\n  - {text: One., source: 'https://encyclo.example/x'}\n"
             "  - {text: Two., source: 'https://www.reuters.com/x'}\nreviewed: 2026-11-01\n")
    rc, lines = run_check(tmp_path, capsys, {"content/context/claims/x.yaml": entry,
                                             "content/publishers.yaml": registry})
    mine = [m for m in lines if m.startswith("content/context/claims/x.yaml")]
    assert len(mine) == 1 and ":9:" in mine[0] and "rests only on Some Encyclopedia (encyclopedia)" in mine[0]


def test_a_states_service_or_agency_is_a_government_publisher():
    from explainer.load.publishers import infer_publisher
    for name in ("State Migration Service of the Nakhchivan Autonomous Republic", "Federal Customs Service"):
        publisher = infer_publisher(name, "https://example.az/x")
        assert publisher is not None and publisher.kind == "government" and publisher.speaks, name
    assert infer_publisher("State of the Planet (example.org)", "https://example.org/x") is None  # no body
    assert infer_publisher("Secret Service Fans", "https://example.org/x") is None  # no state's


def test_the_government_of_canadas_own_domain_is_a_governments():
    from explainer.load.publishers import infer_publisher
    # canada.ca holds the Government of Canada's departments' news ("Global Affairs Canada"), as .gc.ca did
    found = infer_publisher("Global Affairs Canada (canada.ca)", "https://www.canada.ca/en/global-affairs/news/x.html")
    assert found is not None and found.kind == "government"
    assert infer_publisher("Canada Times (example.ca)", "https://example.ca/x") is None


def test_a_names_head_before_in_decides_its_kind():
    from explainer.load.publishers import infer_publisher
    church = infer_publisher("Church in Parliament (churchinparliament.example)", "https://churchinparliament.example/x")
    assert church is not None and church.kind == "advocacy group"  # the church's site, not a parliament
    assert infer_publisher("Embassy of Ruritania in Norway", None).kind == "government"


def test_an_ombudsman_is_a_states_own_office():
    from explainer.load.publishers import infer_publisher
    publisher = infer_publisher("Ombudsman Institution of Ruritania (ombudsman.example)", "https://ombudsman.example/x")
    assert publisher is not None and publisher.kind == "government" and publisher.speaks


def test_a_society_for_some_regions_affairs_is_a_think_tank_not_a_rights_group():
    from explainer.load.publishers import infer_publisher
    assert infer_publisher("Oxus Society for Central Asian Affairs (oxussociety.example)",
                           "https://oxussociety.example/x") is None  # its analyses are its writers' own
    assert infer_publisher("Ministry of Foreign Affairs of Ruritania", None).kind == "government"
    assert infer_publisher("Ruritanian Human Rights Society", None).kind == "advocacy group"


def test_a_collective_publishes_its_own_statements():
    from explainer.load.publishers import infer_publisher
    assert infer_publisher("Lausan Collective (lausancollective.example)", "https://lausancollective.example/x").speaks


def test_free_makes_a_campaign_only_opening_or_closing_its_name():
    from explainer.load.publishers import infer_publisher
    assert infer_publisher("Free Ruritania (freeruritania.example)", None).kind == "advocacy group"
    assert infer_publisher("Walk Free (walkfree.example)", None).kind == "advocacy group"
    assert infer_publisher("Students for a Free Ruritania", None).kind == "advocacy group"
    assert infer_publisher("Washington Free Beacon (freebeacon.example)", None) is None  # a newspaper


def test_a_un_agency_is_no_news_agency():
    from explainer.load.publishers import infer_publisher
    publisher = infer_publisher("UNHCR, the UN Refugee Agency (unhcr.example)", "https://unhcr.example/x")
    assert publisher is not None and publisher.kind == "intergovernmental body" and publisher.speaks
    assert infer_publisher("Ruritania News Agency (rna.example)", None) is None  # a reporter
    assert infer_publisher("Anadolu Agency", None) is None


def test_a_copy_another_bodys_site_carries_is_its_authors_not_a_statement_of_the_site():
    from explainer.load.publishers import find_publisher
    group = Publisher("Ruritania Rights Watch", "advocacy group", domains=("rrw.example",))
    # a magazine's story on a rights group's site: the magazine's report, not the group's statement
    assert find_publisher([group], "Freedonia Review (via rrw.example)", "https://rrw.example/a") is None
    # a commission's testimony on the group's site: the commission speaks for itself, by its own name
    found = find_publisher([group], "Ruritanian Commission on Religious Freedom (via Ruritania Rights Watch, "
                                    "rrw.example)", "https://rrw.example/b")
    assert found is not None and found.name == "Ruritanian Commission on Religious Freedom" and found.speaks
    # the group's own page, named as the site names it: the group's statement
    assert find_publisher([group], "Ruritania Rights Watch", "https://rrw.example/c") is group


def test_an_inferred_publisher_is_named_without_the_site_that_carries_its_copy():
    from explainer.load.publishers import infer_publisher
    publisher = infer_publisher("Ruritanian Aid Association (via Friends of Ruritania, friends.example)",
                                "https://friends.example/x")
    assert publisher is not None and publisher.speaks
    assert publisher.name == "Ruritanian Aid Association"


def test_a_story_carried_on_a_governments_site_is_its_authors_and_a_register_is_a_newspaper():
    from explainer.load.publishers import infer_publisher
    # an agency's report that an embassy's digest carries: the host is the carrier's, not the author's
    assert infer_publisher("Ruritania Press (via Embassy Media Highlights, highlights.usembassy.gov)",
                           "https://highlights.usembassy.gov/a") is None
    # (the embassy's own page on that host is still the government's; its digest of the press is a reporter, below)
    assert infer_publisher("Embassy of Ruritania", "https://highlights.usembassy.gov/b").speaks
    # a newspaper named "... Register" reports, whatever faith its name carries
    assert infer_publisher("National Catholic Register (ncregister.example)", None) is None
    assert infer_publisher("Catholic Bishops' Conference of Ruritania", None).speaks


def test_a_digest_of_other_outlets_on_a_governments_site_is_a_reporter():
    # "Japan Media Highlights" on an embassy's address sums up what newspapers report: not the embassy's statement
    from explainer.load.publishers import infer_publisher
    assert infer_publisher("Ruritania Media Highlights (RMH, Embassy in Ruritania, rmh.example.gov)",
                           "https://rmh.example.gov/x") is None
    assert infer_publisher("Ruritania Press Digest", "https://digest.example.gov/x") is None
    assert infer_publisher("Embassy in Ruritania", "https://embassy.example.gov/x").kind == "government"


def test_a_faiths_adjective_closing_a_name_is_a_paper_named_for_its_readers():
    from explainer.load.publishers import infer_publisher
    assert infer_publisher("The Ruritanian Catholic (ruritaniancatholic.example)", "https://r.example/x") is None
    assert infer_publisher("Catholic Bishops' Conference of Ruritania", None).speaks  # a faith's body
    assert infer_publisher("Ruritanian Muslim Association", None).speaks


def test_a_rights_monitor_is_a_rights_group_but_a_monitor_alone_is_a_newspaper():
    from explainer.load.publishers import infer_publisher
    found = infer_publisher("Euro-Mediterranean Human Rights Monitor (euromedmonitor.org)", "https://euromedmonitor.org/x")
    assert found is not None and found.kind == "advocacy group"
    assert infer_publisher("Eurasia Monitor (example.org)", "https://example.org/x") is None
    assert infer_publisher("Human Rights Daily Monitor (example.org)", "https://example.org/x") is None

"""Editorial depth: the context set for the first article is complete, sourced and attributed."""

from __future__ import annotations

from pathlib import Path

import yaml

from explainer.diagnostics import Report
from explainer.load.entries import load_entries
from explainer.load.voice import unattributed_charged_words
from tests.conftest import REPO

REQUIRED = {
    "organization": ["etge", "ani", "organization-of-turkic-states"],
    "person": ["abulfaz-elchibey", "ilham-aliyev", "heydar-aliyev", "xi-jinping", "mamtimin-ala"],
    "place": ["xinjiang", "azerbaijan", "china"],
    "people": ["uyghurs", "kazakhs", "kyrgyz"],
    "concept": ["comprehensive-strategic-partnership", "azerbaijan-china-relations"],
    "term": ["china-partnership-labels", "east-turkistan-name"],
    "event": ["azerbaijan-china-partnership-2025", "unhrc-2022-xinjiang-vote"],
    "claim": ["xinjiang-mass-detention", "xinjiang-birth-control", "xinjiang-boarding-schools",
              "xinjiang-forced-labour", "uyghur-genocide-designation"],
    "document": ["ohchr-2022-assessment"],
}


def entries():
    report = Report()
    loaded = load_entries(REPO / "content" / "context", str, report)
    assert report.errors == 0, report.sorted()
    return {e.id: e for e in loaded}


def test_the_required_entries_exist_with_their_types():
    by_id = entries()
    for etype, ids in REQUIRED.items():
        for eid in ids:
            assert eid in by_id, eid
            assert by_id[eid].type == etype, eid


def test_every_entry_is_reviewed_sourced_and_linked():
    by_id = entries()
    for e in by_id.values():
        assert e.reviewer, e.id
        assert e.sources and all(s.url.startswith(("http://", "https://")) for s in e.sources), e.id
        assert e.related, e.id
        urls = {s.url for s in e.sources}
        assert all(f.source in urls for f in e.facts) and all(p.source in urls for p in e.perspectives), e.id


def test_claim_entries_give_three_or_more_attributed_positions():
    by_id = entries()
    for eid in REQUIRED["claim"]:
        claim = by_id[eid]
        holders = {p.holder for p in claim.perspectives}
        assert len(holders) >= 3, (eid, holders)
        assert any("PRC" in h or "China" in h for h in holders), eid  # the PRC government's position
        assert any("ETGE" in h or "East Turkistan" in h for h in holders), eid  # the ETGE's position
        assert claim.requires, eid  # generic wording links only in Xinjiang-related articles


def test_neutral_voice_in_every_entry():
    for e in entries().values():
        for text in [e.title, e.summary, e.body, *(f.text for f in e.facts)]:
            assert unattributed_charged_words(text) == [], (e.id, text[:80])


def test_unverified_points_are_stated_as_unconfirmed():
    by_id = entries()
    elchibey = " ".join([by_id["abulfaz-elchibey"].body, *(p.view for p in by_id["abulfaz-elchibey"].perspectives)])
    assert "ETGE" in elchibey and ("no independent source" in elchibey.lower() or "unconfirmed" in elchibey.lower())
    etge = " ".join([by_id["etge"].summary, by_id["etge"].body, *(f.text for f in by_id["etge"].facts)])
    assert "more than one group" in etge.lower()


def test_pages_for_readers_exist():
    about = (REPO / "content" / "pages" / "about.md").read_text(encoding="utf-8")
    how = (REPO / "content" / "pages" / "how-to-read.md").read_text(encoding="utf-8")
    assert about.startswith("# About this site") and "export/mentions.json" in about
    assert how.startswith("# How to read an article page")


def test_entry_files_are_plain_yaml_with_the_schema_line():
    for path in sorted((REPO / "content" / "context").glob("*/*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# yaml-language-server: $schema=../../../explainer/schema/entry.schema.json\n")
        assert isinstance(yaml.safe_load(text), dict)
        assert Path(path).stem == yaml.safe_load(text)["id"]

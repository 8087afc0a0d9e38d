"""Read the publisher registry, `content/publishers.yaml`: one list, each publisher with its kind."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from explainer.diagnostics import Report
from explainer.load.files import MAX_ENTRY_BYTES, read_text
from explainer.load.yamlsource import YamlError, load_located
from explainer.structure.names import name_key
from explainer.structure.publisher import KINDS, Publisher

FIELDS = {"name", "kind", "aliases", "domains", "country"}


def load_publishers(path: Path, shown: str, report: Report) -> list[Publisher]:
    if not path.is_file():
        return []
    text = read_text(path, shown, report, MAX_ENTRY_BYTES)
    if text is None:
        return []
    try:
        located = load_located(text)
    except YamlError as exc:
        report.error(shown, exc.line, exc.col, exc.message)
        return []
    data = located.data if located else None
    if not isinstance(data, list):
        report.error(shown, 1, 1, "the publisher registry must be a list of publishers (- name: ..., kind: ...)")
        return []
    out, seen = [], {}
    for i, item in enumerate(data):
        line, col = located.where((i,))
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or item.get("kind") not in KINDS:
            report.error(shown, line, col, f"publisher {i + 1} needs a name and a kind, one of: {', '.join(KINDS)}")
            continue
        unknown = set(item) - FIELDS
        if unknown:
            report.error(shown, line, col, f"publisher {item['name']!r} has unknown field(s) {', '.join(sorted(unknown))}; "
                         f"allowed: {', '.join(sorted(FIELDS))}")
            continue
        lists = {}
        for key in ("aliases", "domains"):
            value = item.get(key) or []
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                report.error(shown, line, col, f"publisher {item['name']!r}: {key} must be a list of strings")
                value = []
            lists[key] = tuple(value)
        for n in (item["name"], *lists["aliases"]):
            if name_key(n) in seen:
                report.error(shown, line, col, f"publisher name {n!r} is also publisher {seen[name_key(n)]!r}")
            seen[name_key(n)] = item["name"]
        out.append(Publisher(item["name"], item["kind"], lists["aliases"], lists["domains"], item.get("country"), shown))
    return out


NEWS_WORDS = {"news", "times", "post", "daily", "press", "media", "radio", "tv", "television", "agency", "journal",
              "herald", "tribune", "gazette", "review", "magazine", "weekly", "wire", "broadcasting", "channel",
              "today", "observer", "monitor", "chronicle", "express", "reporter", "insider"}
GOVERNMENT_WORDS = {"ministry", "government", "parliament", "presidency", "embassy", "mission", "commission",
                    "department", "congress", "senate", "assembly", "council", "office", "secretariat",
                    "commissioner", "administration", "cabinet", "kremlin", "court", "tribunal"}
ADVOCACY_WORDS = {"movement", "project", "campaign", "watch", "association", "coalition", "alliance", "rights",
                  "amnesty", "league", "federation", "union", "committee", "society", "initiative", "action",
                  "justice", "freedom", "liberty", "solidarity", "exile"}
GOVERNMENT_HOSTS = (".gov", ".int", ".mil", "europa.eu", "un.org", "ohchr.org", ".gov.cn", ".gov.az", ".gov.tr",
                    ".gov.uk", ".gc.ca", "president.az", "kremlin.ru")


def infer_publisher(source: str | None, url: str | None) -> Publisher | None:
    """A publisher the registry does not list, classified from its own name and web address: a parliament,
    a ministry or a UN body speaks for itself; so does a movement, a campaign or a rights group; a name
    with "News", "Times", "Agency" in it is a reporter. Anything else stays unknown (a reporter)."""
    words = set((source or "").lower().replace("-", " ").split())
    host = ""
    if url:
        host = (urlsplit(url).hostname or "").lower()
    if words & NEWS_WORDS:
        return None
    if words & GOVERNMENT_WORDS or any(host.endswith(h) or h.strip(".") in host.split(".")[-2:]
                                       for h in GOVERNMENT_HOSTS if host):
        return Publisher(source or host, "government", path="(inferred)")
    if words & ADVOCACY_WORDS:
        return Publisher(source or host, "advocacy group", path="(inferred)")
    return None


def find_publisher(publishers: list[Publisher], source: str | None, url: str | None) -> Publisher | None:
    """The publisher of an article: by the name in `source`, else by the host of `url`, else inferred."""
    if source:
        key = name_key(source)
        for p in publishers:
            if key in (name_key(n) for n in (p.name, *p.aliases)):
                return p
    if url:
        for p in publishers:
            if p.serves(url):
                return p
    return infer_publisher(source, url)

"""Read the publisher registry, `content/publishers.yaml`: one list, each publisher with its kind."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from explainer.diagnostics import Report
from explainer.load.files import MAX_ENTRY_BYTES, read_text
from explainer.load.yamlsource import YamlError, load_located
from explainer.structure.names import name_key
from explainer.structure.publisher import KINDS, Publisher, archived_original, typed_label
from explainer.structure.urls import is_web_url

FIELDS = {"name", "kind", "aliases", "domains", "country", "basis", "copy_of"}


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
        basis = item.get("basis")
        if basis is not None and not is_web_url(basis):
            report.error(shown, line, col, f"publisher {item['name']!r}: basis must be the web address of the "
                         "page its kind rests on (who owns, funds and controls it)")
            basis = None
        for n in (item["name"], *lists["aliases"]):
            if name_key(n) in seen:
                report.error(shown, line, col, f"publisher name {n!r} is also publisher {seen[name_key(n)]!r}")
            seen[name_key(n)] = item["name"]
        copy_of = item.get("copy_of")
        if copy_of is not None and (not isinstance(copy_of, str) or item["kind"] != "mirror or aggregator"):
            report.error(shown, line, col, f"publisher {item['name']!r}: copy_of names the publisher whose stories "
                         "this site carries verbatim, and its kind is then 'mirror or aggregator'")
            copy_of = None
        out.append(Publisher(item["name"], item["kind"], lists["aliases"], lists["domains"], item.get("country"), shown,
                             basis, copy_of))
    for i, p in enumerate(out):
        if p.copy_of is None:
            continue
        original = named(out, p.copy_of)
        if original is None or original.kind in ("mirror or aggregator", "encyclopedia"):
            line, col = located.where((i,))
            report.error(shown, line, col, f"publisher {p.name!r}: copy_of {p.copy_of!r} must name a publisher in "
                         "this registry that is not itself a copy or an encyclopedia (a copy of Wikipedia is never "
                         "a source)")
            out[i] = Publisher(p.name, p.kind, p.aliases, p.domains, p.country, p.path, p.basis, None)
    return out


INFERRED = "(inferred)"  # the path of a publisher classified from its name, not read from the registry
NEWS_WORDS = {"news", "times", "post", "daily", "press", "media", "radio", "tv", "television", "agency", "journal",
              "herald", "tribune", "gazette", "review", "magazine", "weekly", "wire", "broadcasting", "channel",
              "today", "observer", "monitor", "chronicle", "express", "reporter", "insider", "syndicate",
              "newspaper", "mirror", "standard", "telegraph", "courier", "dispatch", "bulletin", "digest",
              "inquirer", "examiner", "sentinel", "mail", "guardian", "independent", "register"}
GOVERNMENT_WORDS = {"ministry", "government", "parliament", "presidency", "president", "presidential", "embassy",
                    "consulate", "consulate-general", "consul",
                    "mission", "representation", "delegation", "commission", "department", "congress", "senate",
                    "assembly", "council", "office", "secretariat", "commissioner", "administration", "cabinet",
                    "kremlin", "court", "tribunal",
                    # a state's own human rights office: "Ombudsman Institution of Azerbaijan", "Public Defender"
                    "ombudsman", "ombudsperson",
                    # a head of government's or a minister's own site: "Prime Minister of Hungary"
                    "minister", "premier", "chancellor", "chancellery",
                    # an elected member's own site: "Kirsten Oswald MP", "Senator Jane Doe"
                    "mp", "mep", "senator", "congressman", "congresswoman",
                    "commons", "lords", "legislature", "duma",
                    # legislatures by their own names: "Seimas of the Republic of Lithuania", "Milli Majlis"
                    "seimas", "saeima", "sejm", "riigikogu", "majlis", "mejlis", "rada", "knesset", "bundestag",
                    "riksdag", "storting", "folketing", "eduskunta", "althing", "sabor", "skupstina",
                    "khural", "kenesh", "mazhilis", "sabha", "sangsad", "diet", "cortes", "sobranie"}
ADVOCACY_WORDS = {"movement", "project", "campaign", "watch", "association", "coalition", "alliance", "rights",
                  "amnesty", "league", "federation", "union", "committee", "society", "initiative", "action",
                  "justice", "freedom", "liberty", "solidarity", "exile", "friends", "collective",
                  # a political party's own site: "Liberal Democrats", "ECR Party", "Australian Greens"
                  "party", "democrats", "republicans", "conservatives", "greens", "socialists"}
# Words of a newspaper's name that a rights group's name has too ("Euro-Mediterranean Human Rights Monitor")
RIGHTS_MONITOR_WORDS = {"monitor", "observer"}
# Words only a news outlet's name has (not "press", as in a government's press office)
MEDIA_WORDS = {"radio", "tv", "television", "broadcasting", "broadcaster", "news", "times", "daily", "post",
               "channel", "gazette", "herald", "tribune"}
# a digest of what other outlets report, on a government's site ("Japan Media Highlights" on an embassy's): a reporter
DIGEST_WORDS = {"highlights", "digest", "clippings"}
REFERENCE_WORDS = {"library", "encyclopedia", "encyclopaedia", "dictionary", "almanac", "wiki", "wikipedia",
                   "archive", "archives", "studies",
                   # a university's centre publishes its scholars' work, not its own statements
                   "university", "college", "humanities", "faculty"}
# a faith's adjective closing a name names a paper for its readers, not a body: "The Irish Catholic"
FAITH_ADJECTIVES = {"catholic", "christian", "muslim", "jewish", "buddhist", "orthodox", "protestant"}
# Bodies that speak for their members in their own releases: a bishops' conference, a church, a synod
MEMBERS_BODY_WORDS = {"conference", "church", "bishops", "bishops'", "synod", "diocese", "archdiocese",
                      "patriarchate", "judaism", "synagogue", "synagogues", "islamic", "muslim", "christian",
                      "catholic", "buddhist", "students"}  # (and "Students for a Free Tibet")
# A government's own press organ: "Holy See Press Office", "Press Information Department", "Press Service of ..."
PRESS_ORGAN = re.compile(r"\bpress (?:office|service|secretary|information)\b|\binformation (?:office|department)\b")
# Words of a think tank's name: its pages are its scholars' analyses, not statements of its own
STATE_BODY_WORDS = {"service", "agency", "committee", "inspectorate", "inspection", "customs"}
THINK_TANK_WORDS = {"relations", "policy", "strategic", "research", "think", "affairs"}  # ("Society for Central Asian Affairs")
GOVERNMENT_HOSTS = (".gov", ".int", ".mil", "europa.eu", "un.org", "ohchr.org", ".gov.cn", ".gov.az", ".gov.tr",
                    ".gov.uk", ".gc.ca", "president.az", "kremlin.ru",
                    # the Government of Canada's own domain (its departments' news: "Global Affairs Canada")
                    "canada.ca")


def infer_publisher(source: str | None, url: str | None) -> Publisher | None:
    """A publisher the registry does not list, classified from its own name and web address: a parliament,
    a ministry or a UN body speaks for itself; so does a movement, a campaign or a rights group; a name
    with "News", "Times", "Agency" in it is a reporter. Anything else stays unknown (a reporter)."""
    # (what the publisher is called, not who carried the copy: "Irish Independent (via FORUM for Human Rights)")
    own_name = re.sub(r"\(?\bvia\b[^()]*\)?", " ", (source or "").lower())
    words = _words(own_name)
    host = ""
    if url:
        host = (urlsplit(url).hostname or "").lower()
    name = author_of(source) if source else host  # (an inferred publisher's name, without the carrier of its copy)
    # a government's own domain says more than a word of its name ("Press Information Department" on .gov.pk),
    # but for a broadcaster or a newspaper it runs ("Radio Pakistan" on radio.gov.pk): state media, a reporter
    # (only the author's own address: "Jiji Press (via Japan Media Highlights, ...)" on an embassy's site is the
    # agency's report, carried)
    carried = re.search(r"\(\s*via\b", source or "") is not None
    if host and not carried and any(host.endswith(h) or h.strip(".") in host.split(".")[-2:] for h in GOVERNMENT_HOSTS):
        if words & MEDIA_WORDS or words & DIGEST_WORDS \
                or ("agency" in words and words & {"information", "news", "press", "telegraph"}):
            return None  # (and a state's news agency: "Philippine Information Agency" on pia.gov.ph)
        return Publisher(name, "government", path=INFERRED)
    if PRESS_ORGAN.search((source or "").lower()):
        # "Holy See Press Office", "Press Service of the President": a government's organ, not a newspaper
        return Publisher(name, "government", path=INFERRED)
    if "agency" in words and (words & {"un", "u.n"} or "united nations" in own_name):
        # "UNHCR, the UN Refugee Agency": a UN agency speaking for itself, not a news agency
        return Publisher(name, "intergovernmental body", path=INFERRED)
    if "rights" in words and words & NEWS_WORDS and words & NEWS_WORDS <= RIGHTS_MONITOR_WORDS \
            and not words & REFERENCE_WORDS:
        # "Euro-Mediterranean Human Rights Monitor", "Rights Observer": a rights group that monitors, no newspaper
        return Publisher(name, "advocacy group", path=INFERRED)
    if words & NEWS_WORDS or words & REFERENCE_WORDS:
        return None  # (a reporter, or a reference work: "The Library of Congress Country Studies")
    if re.search(r"\blaw\s+(?:office|offices|firm|group|partners)\b", own_name):
        return None  # "International Law Office": lawyers' analyses, not a government's office
    # (a name's head, before "in": "Church in Parliament" is the church's site, "Embassy of China in Norway" an embassy)
    head = _words(re.split(r"\bin\b", own_name, maxsplit=1)[0])
    if head & GOVERNMENT_WORDS or (head & {"state", "federal"} and head & STATE_BODY_WORDS):
        # (and "State Migration Service of ...", "Federal Customs Service": a state's own agency)
        return Publisher(name, "government", path=INFERRED)
    if words & THINK_TANK_WORDS:
        return None  # "Asia Society Center on U.S.-China Relations": a think tank's analysis, its writer's own
    if words & {"organization", "organisation"} and words & {"international", "world", "united", "cooperation",
                                                              "operation", "states", "countries", "treaty"}:
        # "International Labour Organization", "World Health Organization", "Organisation for Economic
        # Co-operation and Development", "Organization of Turkic States": states' own body
        return Publisher(name, "intergovernmental body", path=INFERRED)
    if words & {"bank", "fund"} and words & {"development", "investment", "reconstruction", "world", "monetary",
                                             "international", "asian", "african", "european", "islamic"}:
        # "Asian Development Bank", "World Bank", "International Monetary Fund": states' own lenders
        return Publisher(name, "intergovernmental body", path=INFERRED)
    name_words = re.sub(r"\([^()]*\)", " ", own_name).split()
    if name_words and name_words[-1] in FAITH_ADJECTIVES and not words & ADVOCACY_WORDS:
        return None  # "The Irish Catholic": a paper named for its readers, no faith's body
    if words & ADVOCACY_WORDS or words & MEMBERS_BODY_WORDS or (name_words and "free" in (name_words[0],
                                                                                       name_words[-1])):
        # (an inferred publisher's kind decides only whether its text is its own statement; no label shows it)
        # ("Free Tibet" and "Walk Free" are campaigns; "Washington Free Beacon" is a newspaper: "free" counts
        # only opening or closing the name)
        return Publisher(name, "advocacy group", path=INFERRED)
    return None


def _words(name: str) -> set[str]:
    """The words of a publisher's name in lower case, hyphens read as spaces and full stops trimmed ("u.n")."""
    return {w.strip(".") for w in re.findall(r"[\w.]+", name.replace("-", " "))}


def author_of(source: str) -> str:
    """Who wrote a text, without the site that carries the copy: "National Review (via etgov-in-exile.org)" is
    "National Review"."""
    return re.split(r"\s*\(via\b", source, maxsplit=1)[0].strip()


def find_publisher(publishers: list[Publisher], source: str | None, url: str | None) -> Publisher | None:
    """The publisher of an article: by the name in `source`, else by the host of `url`, else inferred."""
    # "The China Project (thechinaproject.com)": the name, without the address or the alias added in brackets
    own_name = re.sub(r"\s*\([^()]*\)\s*$", "", source).strip() if source else source
    if source:
        found = named(publishers, source) or (named(publishers, own_name) if own_name else None)
        if found is not None:
            return found
    if url:
        found, _ = source_publisher(publishers, url)
        if found is not None:
            found = _original(publishers, found) or found
            author = author_of(source) if source else ""
            if source and found.speaks and author and author != source.strip() and not found.known_as(author) \
                    and not found.known_as(own_name or author):
                # "National Review (via etgov-in-exile.org)": a copy another body's site carries is its author's,
                # not a statement of the site's owner
                return infer_publisher(author, None)
            if source and found.kind in NEWS_KINDS and not found.known_as(source) \
                    and not (own_name and found.known_as(own_name)):
                # a body's own document carried by a news site ("The State Council Information Office ..."
                # on china.org.cn): the body named in `source` is its author
                own = infer_publisher(source, None)
                if own is not None and own.speaks:
                    return own
            return found
    return infer_publisher(source, url)


def named(publishers: list[Publisher], name: str) -> Publisher | None:
    """The publisher the registry knows by ``name`` (its name or an alias), or None."""
    return next((p for p in publishers if p.known_as(name)), None)


def source_publisher(publishers: list[Publisher], url: str) -> tuple[Publisher | None, bool]:
    """Who published the page at ``url``, found from the address alone, and whether ``url`` is an
    archived copy of that page (web.archive.org/web/<time>/<original>)."""
    original = archived_original(url)
    target = original or url
    best, score = None, 0
    for p in publishers:  # the most specific domain: "latestly.com/agency-news" before "latestly.com"
        k = p.specificity(target)
        if k > score:
            best, score = p, k
    return best, original is not None


def apply_registry(entries: list, publishers: list[Publisher], report: Report) -> None:
    """Name every source's publisher and label it from the registry, by one rule for every outlet.

    A project without a registry keeps its sources as typed. With one, every source's publisher must be
    in it: an unknown web address, a mirror or aggregator, a typed publisher the registry names otherwise,
    and an outlet label typed by hand are warnings (errors under ``--strict``)."""
    from dataclasses import replace

    for entry in entries:
        resolved = []
        by_url = {}  # each source's site and, for a copy, whose story it carries
        for i, src in enumerate(entry.sources):
            publisher, archived = source_publisher(publishers, src.url)
            original = None
            if publisher is not None:  # ANI's story, read where LatestLY carries it; an AFP story on a client's site
                original = _original(publishers, publisher) or _carried(publishers, publisher, src.publisher)
            by_url[src.url] = (publisher, original)
            problem = _source_problem(src, publisher, original, publishers)
            if problem:  # one message per source: its first problem, the cause of any others
                field_name, severity, message = problem
                getattr(report, severity)(entry.path, *entry.where("sources", i, field_name), message)
            if publisher is None:
                resolved.append(src)
                continue
            label = publisher.label + ("; archived copy" if archived else "")
            name = publisher.name
            if original is not None:
                name, label = original.name, original.label + f"; copy carried by {publisher.name}"
            resolved.append(replace(src, publisher=name, label=label))
        entry.sources = resolved
        if publishers and entry.type in FIRST_HAND_TYPES:
            for i, fact in enumerate(entry.facts):
                publisher, original = by_url.get(fact.source, (None, None))
                if publisher is not None and publisher.kind in SECONDARY_KINDS and original is None:
                    report.warning(entry.path, *entry.where("facts", i, "source"),
                                   f"this fact rests only on {publisher.name} ({publisher.kind}), a secondary "
                                   f"source: for a {entry.type}, cite the document itself, the body's own "
                                   "publication, or a wire or independent report of it")
        for i, p in enumerate(entry.perspectives):
            if label := typed_label(p.holder):
                report.warning(entry.path, *entry.where("perspectives", i, "holder"),
                               f"outlet label {label!r} typed in a holder; name the holder only (the label of "
                               "its source is computed from content/publishers.yaml)")


def _original(publishers: list[Publisher], publisher: Publisher) -> Publisher | None:
    """The publisher whose stories ``publisher`` carries verbatim, if it is such a copy."""
    return named(publishers, publisher.copy_of) if publisher.copy_of is not None else None


NEWS_KINDS = ("wire agency", "state media", "public broadcaster", "independent press")
# A claim's, a document's or an event's facts rest on the document itself, the body's own publication, or a
# wire or independent report of it; an encyclopedia, a blog or a copy is a secondary source for them.
FIRST_HAND_TYPES = ("claim", "document", "event")
SECONDARY_KINDS = ("encyclopedia", "individual", "mirror or aggregator")


def _carried(publishers: list[Publisher], site: Publisher, typed: str | None) -> Publisher | None:
    """The news publisher a source names as the author of a story a news site carries ("publisher: Agence
    France-Presse" for an AFP story on a newspaper's site), or None."""
    if not typed or site.kind not in NEWS_KINDS or site.known_as(typed):
        return None
    found = named(publishers, typed)
    return found if found is not None and found.kind in NEWS_KINDS else None


def _source_problem(src, publisher: Publisher | None, original: Publisher | None,
                    publishers: list[Publisher]) -> tuple[str, str, str] | None:
    """What is wrong with a source's publisher (its site's, or for a copy ``original``'s), most basic first:
    (field, severity, message), or None."""
    if publisher is None and not src.publisher:
        return ("url", "error", "this source has no publisher: add `publisher:`, or add its site to "
                "content/publishers.yaml")
    if publisher is None and publishers:
        host = urlsplit(archived_original(src.url) or src.url).hostname or src.url
        return ("url", "warning", f"the publisher of {host} is not in content/publishers.yaml: add it there "
                "(name, domains, kind, country) so that its label is computed")
    if original is not None:
        publisher = original  # a wire's copy: named and labelled as the wire's story
    elif publisher is not None and publisher.kind == "mirror or aggregator":
        return ("url", "warning", f"{publisher.name} is a mirror or aggregator, never a source: cite the "
                "original publisher's page (record the copy you read in read_via)")
    if src.publisher and (label := typed_label(src.publisher)):
        return ("publisher", "warning", f"outlet label {label!r} typed in a publisher; labels are computed "
                "from content/publishers.yaml: remove it")
    if typed := typed_label(src.title, parenthesized_only=True):
        return ("title", "warning", f"outlet label {typed!r} typed in a source title; keep the title as "
                "published (labels are computed from content/publishers.yaml)")
    if publisher is not None and original is None and src.publisher and not publisher.known_as(src.publisher):
        return ("publisher", "warning", f"publisher {src.publisher!r} is not how the registry names the publisher "
                f"of this address ({publisher.name!r}): remove `publisher:` (it is computed from the URL), name "
                "the wire or paper whose story this site carries as the registry names it, or add the name to "
                "the registry")
    return None

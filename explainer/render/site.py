"""Render every page of the site as Markdown (with HTML where Markdown cannot carry our structure).

Text from entries and front matter only ever reaches a page through Jinja's HTML
autoescaping or ``text.py``; the article body is the one thing inserted as is,
because it must stay byte for byte what the source published.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter

import jinja2
from markupsafe import Markup

from explainer import __version__
from explainer.cache import digest, text_digest
from explainer.load.project import Project
from explainer.load.publishers import INFERRED, find_publisher
from explainer.structure.publisher import Publisher
from explainer.parallel import parallel_map
from explainer.render.safe import safety_edits
from explainer.render import body as body_mod
from explainer.render.text import esc, human_date, markdown_html, plain_text, safe_url
from explainer.render.urls import relative_url
from explainer.structure import Article, ArticleMatches, Entry, Mention
from explainer.structure.entry import ENTRY_TYPES

TYPE_LABELS = {
    "organization": ("Organization", "Organizations"), "person": ("Person", "People"),
    "place": ("Place", "Places"), "people": ("People", "Peoples and groups"),
    "concept": ("Concept", "Concepts"), "term": ("Term", "Terms"), "event": ("Event", "Events"),
    "claim": ("Claim", "Claims"), "document": ("Document", "Documents"),
}


# schema.org types for entry types (https://schema.org/docs/full.html)
SCHEMA_TYPES = {
    "organization": "Organization", "person": "Person", "place": "Place", "people": "Thing",
    "concept": "DefinedTerm", "term": "DefinedTerm", "event": "Event", "claim": "Claim", "document": "Report",
}


# Front matter values that MkDocs themes print into HTML without escaping (<title>, nav, meta description).
THEME_TEXT = ("title", "description")


def short_holder(holder: str) -> str:
    """A holder as a claim note names it: without the detail in brackets ("PRC government (Ministry of Foreign
    Affairs)" is "PRC government"); the entry page gives each position in full."""
    return holder.split(" (", 1)[0].strip() or holder


def theme_text(value) -> str:
    return html.escape("" if value is None else str(value), quote=False).replace('"', "&quot;")


def front_matter(**fields) -> str:
    """YAML front matter with every value JSON-encoded (JSON strings are valid YAML scalars).

    MkDocs and Zensical print these values in their themes without escaping them, so the
    characters that could make markup (& < > and the double quote that closes an attribute) are
    escaped here; browsers show them as the original text. An apostrophe is left as it is: it is
    harmless in text and in double-quoted attributes, and Zensical's search shows its titles as
    written, entities and all ("People&#x27;s" was what it showed).
    """
    fields = {**fields, "generator": "explainer"}  # tells the MkDocs plugin which pages are ours
    lines = [f"{key}: {json.dumps(theme_text(value) if key in THEME_TEXT else value, ensure_ascii=False, sort_keys=True)}"
             for key, value in fields.items() if value is not None]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def newest_first(articles):
    return sorted(articles, key=lambda a: (-(a.date.toordinal() if a.date else 0), a.slug))


@dataclass
class Snippet:
    before: str
    mention: str
    after: str


HARD_BREAK = re.compile(r"(?: {2,}|\\)\r?\n")


ARTICLES_INDEX = "articles/index.md"


class SiteRenderer:
    def __init__(self, project: Project, entries: list[Entry], matches: list[ArticleMatches],
                 publishers: list[Publisher] = ()):
        self.project = project
        self.publishers = list(publishers)
        self._source_labels: dict[str, str | None] = {}
        self.entries = {e.id: e for e in entries}
        self.matches = {m.article.slug: m for m in matches}
        self.articles = newest_first([m.article for m in matches])
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(project.templates_dir / "pages")),
            autoescape=True, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined, auto_reload=False,
        )
        self.env.filters["human_date"] = human_date
        self.env.globals["type_label"] = lambda t: TYPE_LABELS.get(t, (t.title(), t.title() + "s"))[0]
        self.env.globals["type_plural"] = lambda t: TYPE_LABELS.get(t, (t.title(), t.title() + "s"))[1]
        self.env.globals["safe_url"] = safe_url
        self.env.globals["operator"] = project.operator
        self.env.globals["report_url"] = safe_url(project.report_url) if project.report_url else None
        self.env.globals["edit_link"] = (lambda entry: safe_url(project.edit_url.rstrip("/") + "/" + entry.path)
                                         if project.edit_url else None)
        self._cards: dict[tuple[str, str], Markup] = {}
        self._pops: dict[tuple, str] = {}
        self._insert = None
        self.mentions_by_entry: dict[str, list[tuple[Article, list[Mention]]]] = defaultdict(list)
        by_entry = attrgetter("entry")
        for article in self.articles:  # (sorted by entry, stably, then grouped: at archive size, a million
            # mentions, done in C rather than one Python step each)
            for eid, ms in groupby(sorted(self.matches[article.slug].mentions, key=by_entry), by_entry):
                self.mentions_by_entry[eid].append((article, list(ms)))

    # -- helpers ---------------------------------------------------------------------------

    def _linker(self, here: str):
        directory_urls = self.project.use_directory_urls
        source_relative = self.project.engine == "zensical"  # how the engine reads links in our HTML
        return lambda to, anchor="": relative_url(here, to, directory_urls, anchor, source_relative)

    def _render(self, template: str, here: str, **context) -> str:
        return self.env.get_template(template).render(link=self._linker(here), here=here, **context)

    def card_html(self, entry: Entry, here: str) -> Markup:
        """A context card; pages in one folder share their links, so each card is rendered once per folder."""
        key = (entry.id, posixpath.dirname(here))
        if key not in self._cards:
            link = self._linker(here)
            macros = self.env.get_template("_macros.j2").make_module({"link": link})
            self._cards[key] = Markup(str(macros.card(self.card(entry), link)).strip())
        return self._cards[key]

    def card(self, entry: Entry) -> dict:
        """What a context card shows: the data, not the markup (the template decides that)."""
        return {
            "entry": entry,
            "facts": [(f, entry.source_for(f.source)) for f in entry.facts],
            "perspectives": [(p, entry.source_for(p.source)) for p in entry.perspectives],
            "holders": list(dict.fromkeys(short_holder(p.holder) for p in entry.perspectives)),
        }

    # -- pages -----------------------------------------------------------------------------

    def short_label(self, entry: Entry) -> str:
        """How a margin label names a holder: a short acronym alias (ETGE) when there is one."""
        for alias in entry.aliases:
            if alias.isupper() and 2 <= len(alias) <= 6:
                return alias
        return entry.title

    def pop(self, entry: Entry, here: str, pid: str, claim: bool = False) -> str:
        """The card shown on hover, focus or tap: inline spans, hidden until the mention is active."""
        key = (entry.id, posixpath.dirname(here), pid, claim)
        if key not in self._pops:
            self._pops[key] = self._pop(entry, here, pid, claim)
        return self._pops[key]

    def _pop(self, entry: Entry, here: str, pid: str, claim: bool) -> str:
        holders = list(dict.fromkeys(short_holder(p.holder) for p in entry.perspectives)) if claim else []
        return str(self.insert.pop(entry, self._linker(here)(entry.page_path), pid, claim, holders))

    @property
    def insert(self):
        """The macros that render what is inserted into an article (site_templates/pages/_insertions.j2)."""
        if self._insert is None:
            self._insert = self.env.get_template("_insertions.j2").make_module()
        return self._insert

    def article_page(self, article: Article) -> str:
        here = article.page_path
        match = self.matches[article.slug]
        link = self._linker(here)
        insertions = []
        # the first mention of each entry that a link can wrap without changing the article: never across a
        # hard line break ("  \n" or "\\\n"), which would put the break inside our markup
        firsts, seen = [], set()
        for m in match.mentions:
            if m.entry not in seen and not HARD_BREAK.search(m.text):
                seen.add(m.entry)
                firsts.append(m)
        for m in firsts:
            entry = self.entries[m.entry]
            insertions.append((m.start, 2, str(self.insert.mention_open(entry, link(entry.page_path)))))
            insertions.append((m.end, 0, str(self.insert.mention_close(Markup(self.pop(entry, here, entry.id))))))
        # A claim note at the end of every sentence that makes a claim, numbered per claim.
        notes: dict[int, list[str]] = defaultdict(list)
        for m in match.mentions:
            if self.entries[m.entry].type == "claim" and m.sentence and m.entry not in notes[m.sentence[1]]:
                notes[m.sentence[1]].append(m.entry)
        numbers: dict[str, int] = {}
        seen: dict[str, int] = defaultdict(int)
        for end in sorted(notes):
            for eid in notes[end]:
                n = numbers.setdefault(eid, len(numbers) + 1)
                seen[eid] += 1
                entry = self.entries[eid]
                pid = f"note-{eid}" + (f"-{seen[eid]}" if seen[eid] > 1 else "")
                popup = Markup(self.pop(entry, here, pid, claim=True))
                insertions.append((end, 1, str(self.insert.note(entry, n, pid, popup))))
        numbered = sorted(numbers, key=numbers.get)
        voices_by_para: dict[int, list] = {}
        for v in match.voices:
            voices_by_para.setdefault(v.paragraph, []).append(v)
        for attr in match.attributions:
            shown = None  # the voice the paragraph label names (None: the writer's own, no label)
            if (attr.holder or attr.label) and not attr.writer:  # the writer's own voice carries no label
                shown = (attr.holder, attr.label)
                entry = self.entries.get(attr.holder) if attr.holder else None
                label = self.short_label(entry) if entry else attr.label
                full = entry.title if entry else attr.label
                block = match.block_of(attr.start)
                insertions.append((block[0] if block else attr.start, 0,
                                   str(self.insert.speaker(attr.holder, label, full, attr.cue))))
            # sentences whose voice differs from the paragraph's get their own small mark
            for v in voices_by_para.get(attr.paragraph, []):
                own = None if v.writer else (v.holder, v.label)
                if own == shown:
                    continue
                entry = self.entries.get(v.holder) if v.holder else None
                if v.writer:
                    who = self.short_label(entry) if entry else (v.label or "the writer")
                    text, title = f"{who}, own words", f"In {v.label or 'the writer'}'s own words"
                else:
                    text = self.short_label(entry) if entry else (v.label or "")
                    title = f"Attributed to {entry.title if entry else v.label}: {v.cue or ''}"
                insertions.append((v.start, 0, str(self.insert.voice(v.holder, text, title, v.writer))))
        insertions.extend(safety_edits(article.body))  # engine-neutral: safe without any MkDocs plugin
        annotated, spans = body_mod.insert(article.body, insertions)
        cards = [self.card_html(self.entries[eid], here) for eid in match.entry_ids()]
        page = self._render("article.md.j2", here, article=article, cards=cards,
                            body=Markup(body_mod.wrap(annotated, spans)),
                            original_url=safe_url(article.url), source_label=self.source_label(article),
                            speakers=self.speaker_summary(match),
                            notes=[self.entries[eid] for eid in numbered])
        description = plain_text(article.body.split("\n\n", 1)[0].strip() or article.title)[:300]
        return front_matter(title=article.display_title or article.title, description=description,
                            jsonld=self.article_jsonld(article, match)) + page

    def source_label(self, article: Article) -> str | None:
        """The registry's label for the article's publisher, by the same rule as every source's (found once
        per article: the page digests and the page both ask)."""
        if article.slug not in self._source_labels:
            publisher = find_publisher(self.publishers, article.source, article.url)
            self._source_labels[article.slug] = (publisher.label if publisher is not None
                                                 and publisher.path != INFERRED else None)
        return self._source_labels[article.slug]

    def speaker_summary(self, match: ArticleMatches) -> dict:
        """Counts for the "who is speaking" panel: sentences per voice, the writer's own voice named."""
        total = len(match.voices)
        counts: dict[str, int] = {}
        writer = None
        own = 0
        for v in match.voices:
            if v.writer:
                own += 1
                writer = v.label or writer
                continue
            name = self.entries[v.holder].title if v.holder else v.label
            counts[name] = counts.get(name, 0) + 1
        rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return {"total": total, "rows": rows, "own": own, "writer": writer or "the writer",
                "paragraphs": len(match.attributions), "unheard": self.named_not_quoted(match),
                "release": self.one_release(match)}

    def named_not_quoted(self, match: ArticleMatches) -> list[str]:
        """The people and organisations the article names, and the governments of the states whose office
        holders it names (on its date), less every voice that holds a sentence: names only, no judgement."""
        speaking = {v.holder for v in match.voices if v.holder and not v.writer}
        writer = next((v.holder for v in match.voices if v.writer and v.holder), None)
        names, seen = [], set(speaking) | {writer}
        for m in match.mentions:
            entry = self.entries[m.entry]
            if entry.type in ("person", "organization") and m.entry not in seen:
                seen.add(m.entry)
                names.append(entry.title)
        day = match.article.date
        for m in match.mentions:
            for role in self.entries[m.entry].roles:
                head, sep, state = role.title.partition(" of ")
                label = f"the government of {state.removeprefix('the ')}"
                if sep and role.held_on(day) and label not in names and not any(
                        s and state.lower() in self.entries[s].title.lower() for s in speaking):
                    names.append(label)
        return names

    def one_release(self, match: ArticleMatches) -> str | None:
        """Whose release every quoted voice comes from, when they all come from one ("the release")."""
        quoted = [v for v in match.voices if not v.writer]
        if not quoted:
            return None
        issuers = {v.holder for v in quoted if v.cue and re.search(r"\b(release|statement)\b", v.cue, re.I)
                   and v.holder and self.entries[v.holder].type == "organization"}
        if len(issuers) != 1 or None in issuers:
            return None
        issuer = issuers.pop()
        cited = {v.paragraph for v in quoted if v.cue and re.search(r"\b(release|statement)\b", v.cue, re.I)}
        if all(v.holder == issuer or v.paragraph in cited for v in quoted):
            return self.entries[issuer].title
        return None

    def entry_url(self, entry: Entry, here: str) -> str:
        return relative_url(here, entry.page_path, self.project.use_directory_urls)

    def thing(self, entry: Entry, here: str) -> dict:
        data = {"@type": SCHEMA_TYPES.get(entry.type, "Thing"), "name": entry.title,
                "description": entry.summary, "url": self.entry_url(entry, here)}
        if entry.wikidata:
            data["sameAs"] = f"https://www.wikidata.org/wiki/{entry.wikidata}"
        return data

    def article_jsonld(self, article: Article, match: ArticleMatches) -> dict:
        here = article.page_path
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
                "publisher": {"@type": "Organization", "name": article.source},
                # each thing named, linked to its entry page, which describes it (the page keeps its weight)
                "mentions": [{k: v for k, v in self.thing(self.entries[eid], here).items() if k != "description"}
                             for eid in match.entry_ids()]}
        if article.date:
            data["datePublished"] = article.date.isoformat()
        if safe_url(article.url):
            data["isBasedOn"] = safe_url(article.url)
        if article.dateline:
            data["locationCreated"] = {"@type": "Place", "name": article.dateline}
        if article.byline:
            data["author"] = {"@type": "Person", "name": article.byline}
        return data

    def entry_jsonld(self, entry: Entry) -> dict:
        data = {"@context": "https://schema.org", **self.thing(entry, entry.page_path)}
        data["subjectOf"] = [{"@type": "CreativeWork", "name": s.title, "url": s.url,
                              "publisher": {"@type": "Organization", "name": s.publisher}}
                             for s in entry.sources if safe_url(s.url)]
        if entry.aliases and entry.type != "claim":
            data["alternateName"] = entry.aliases
        return data

    def snippets(self, article: Article, mentions: list[Mention]) -> list[Snippet]:
        out, seen = [], set()
        for m in mentions:
            s, e = m.sentence or (m.start, m.end)
            if (s, e) in seen:
                continue
            seen.add((s, e))
            body = article.body
            before = plain_text(body[s:m.start]) if s < m.start else ""
            after = plain_text(body[m.end:e]) if m.end < e else ""
            if before and body[m.start - 1].isspace():
                before += " "
            if after and body[m.end].isspace():
                after = " " + after
            out.append(Snippet(before, " ".join(m.text.split()), after))
        return out

    def entry_page(self, entry: Entry) -> str:
        here = entry.page_path
        mentioned = [(a, self.snippets(a, ms)) for a, ms in self.mentions_by_entry.get(entry.id, [])]
        related = [self.entries[r] for r in entry.related if r in self.entries]
        page = self._render("entry.md.j2", here, entry=entry, card=self.card(entry),
                            body_html=Markup(markdown_html(entry.body)), related=related,
                            mentioned=mentioned)
        return front_matter(title=entry.title, description=entry.summary, jsonld=self.entry_jsonld(entry)) + page

    def grouped_entries(self) -> list[tuple[str, list[Entry]]]:
        groups = []
        for etype in ENTRY_TYPES:
            items = sorted((e for e in self.entries.values() if e.type == etype),
                           key=lambda e: (e.title.casefold(), e.id))
            if items:
                groups.append((etype, items))
        return groups

    def home_page(self) -> str:
        here = "index.md"
        page = self._render("home.md.j2", here, latest=self.articles[: self.project.home_articles],
                            total=len(self.articles), groups=self.grouped_entries())
        return front_matter(title="Home") + page

    def articles_index(self) -> str:
        here = "articles/index.md"
        by_month: dict[str, list[Article]] = defaultdict(list)
        for a in self.articles:
            by_month[a.date.strftime("%B %Y") if a.date else "Undated"].append(a)
        page = self._render("articles_index.md.j2", here, months=list(by_month.items()))
        # an index grows with the archive: kept out of both engines' search (every article is in it already)
        return front_matter(title="All articles", search={"exclude": True}) + page

    def context_index(self) -> str:
        here = "context/index.md"
        counts = {eid: len(v) for eid, v in self.mentions_by_entry.items()}
        page = self._render("context_index.md.j2", here, groups=self.grouped_entries(), counts=counts)
        return front_matter(title="Context entries", search={"exclude": True}) + page

    # -- incremental output -------------------------------------------------------------------

    def templates_digest(self) -> str:
        folder = self.project.templates_dir / "pages"
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        return digest((__version__, self.project.use_directory_urls, self.project.engine, self.project.operator,
                       self.project.report_url, self.project.edit_url,
                       [(p.relative_to(folder).as_posix(), p.read_bytes()) for p in files]))

    def display_digest(self, entry: Entry) -> str:
        """Everything about an entry that a page can show."""
        return digest((entry.id, entry.type, entry.title, entry.summary, entry.aliases, entry.body, entry.facts,
                       entry.perspectives, entry.sources, entry.related, entry.reviewed, entry.reviewer,
                       entry.wikidata))

    def page_digests(self) -> dict[str, str]:
        """For each article and entry page, a digest of all it draws on: equal digests, equal pages."""
        base = self.templates_digest()
        shown = {eid: self.display_digest(e) for eid, e in self.entries.items()}
        # an article's text by the matches' key, which digests it; without a key (no cache), hashed here, once
        texts = {a.slug: text_digest(a.body) for a in self.articles if self.matches[a.slug].key is None}
        # the list of all articles: every field of each
        out = {ARTICLES_INDEX: digest((base, "articles-index", [
            (a.slug, a.path, a.title, a.date, a.source, a.body_line, a.url, a.dateline, a.byline, a.tags,
             a.attribution, a.display_title, a.via, a.draft, self.matches[a.slug].key or texts[a.slug])
            for a in self.articles]))}
        for article in self.articles:
            m = self.matches[article.slug]
            # m.key names the article's text and the matching rules, and so its mentions too
            found = m.key or (texts[article.slug], m.mentions, m.attributions)
            out[article.page_path] = digest((base, "article", article.title, article.display_title, article.via,
                                             article.date, article.source, self.source_label(article),
                                             article.url, article.dateline, article.byline, found,
                                             sorted({shown[x.entry] for x in m.mentions})))
        # each article as an entry's page lists it, written out once (not once for each entry it names); an
        # article without a key (no cache) by its text and where the entry is named in it
        brief = {a.slug: repr((a.slug, a.title, a.date, a.source, self.matches[a.slug].key))
                 for a in self.articles if self.matches[a.slug].key is not None}
        for entry in self.entries.values():
            related = [(r, self.entries[r].title, self.entries[r].type) for r in entry.related if r in self.entries]
            listed = self.mentions_by_entry.get(entry.id, [])
            mentioned = [brief.get(a.slug) or repr((a.slug, a.title, a.date, a.source, texts[a.slug],
                                                    [(x.start, x.end) for x in ms])) for a, ms in listed]
            out[entry.page_path] = digest((base, "entry", shown[entry.id], related, "\n".join(mentioned)))
        return out

    def write(self, writer, previous: dict[str, str] | None = None, present: set[str] | None = None) -> list[str]:
        """Render and write every page that must be generated; returns their paths.

        A page whose digest equals the one recorded by the previous build, and whose
        file is still there, is not rendered again; ``self.keep`` names those and
        ``self.digests`` holds the digests of all pages, for the next build. Workers
        render and write their share of the pages themselves, so no page's text is
        ever sent between processes or held in memory with the others.
        """
        previous = previous or {}
        docs = writer.docs_dir
        self.digests = self.page_digests()
        self.keep = {path for path, d in self.digests.items()  # (``present``: the files docs_dir holds)
                     if previous.get(path) == d and (path in present if present is not None else (docs / path).is_file())}
        writer.write("index.md", self.home_page())
        if ARTICLES_INDEX not in self.keep:  # (an archive's whole list: rendered again only when it changed)
            writer.write(ARTICLES_INDEX, self.articles_index())
        writer.write("context/index.md", self.context_index())
        work = [(a.page_path, self.article_page, a) for a in self.articles if a.page_path not in self.keep]
        work += [(e.page_path, self.entry_page, e) for e in self.entries.values() if e.page_path not in self.keep]
        self._writer = writer
        for path, status in parallel_map(self._render_and_write, work, min_items=32):
            writer.record(path, status)
        return ["index.md"] + ([] if ARTICLES_INDEX in self.keep else [ARTICLES_INDEX]) + ["context/index.md"] \
            + [path for path, _, _ in work]

    def _render_and_write(self, item) -> tuple[str, str]:
        path, render, obj = item
        return path, self._writer.put(path, render(obj))


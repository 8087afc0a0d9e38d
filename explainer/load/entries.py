"""Load context entries from content/context/<type>s/<id>.yaml and check every rule an editor can break."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from pathlib import Path

from explainer.diagnostics import Report
from explainer.load.files import MAX_ENTRY_BYTES, read_text, tree_files
from explainer.load.voice import unattributed_charged_words
from explainer.load.schema import (DATE_KEYS, ENTRY_FIELDS, FACT_FIELDS, FIELD_NAMES, FORMER_NAME_FIELDS,
                                   ID_PATTERN, PATTERN_KEYS, PERSPECTIVE_FIELDS, QID_PATTERN, ROLE_FIELDS,
                                   SOURCE_FIELDS)
from explainer.load.yamlsource import Located, YamlError, load_located
from explainer.structure.entry import ENTRY_TYPES, Entry, Fact, Perspective, Role, Source

ID_RE = re.compile(ID_PATTERN)
QID_RE = re.compile(QID_PATTERN)
from explainer.structure.urls import is_web_url, url_problem  # noqa: E402
PLACEHOLDER_RE = re.compile(r"\b(TODO|FIXME|TBD)\b")
KINDS = {f.name: f.kind for f in ENTRY_FIELDS}
REQUIRED = [f.name for f in ENTRY_FIELDS if f.required]


def parse_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


class _Checker:
    """Validates one entry file; every message carries the line and column of the offending value."""

    def __init__(self, shown: str, located: Located, report: Report):
        self.shown, self.loc, self.report = shown, located, report

    def error(self, path, message, key=False):
        self.report.error(self.shown, *self.loc.where(path, key), message)

    def warning(self, path, message, key=False):
        self.report.warning(self.shown, *self.loc.where(path, key), message)

    def string(self, path, value, name, allow_empty=False) -> str | None:
        if isinstance(value, str):
            if not allow_empty and not value.strip():
                self.error(path, f"{name} is empty")
                return None
            if PLACEHOLDER_RE.search(value):
                self.error(path, f"{name} is still a placeholder ({value.strip()[:80]!r}); fill it in")
                return None
            return value
        implicit = self.loc.implicit.get(tuple(path))
        if implicit:
            what, raw = implicit
            self.error(path, f"{name} {raw!r} is read by YAML as {what}, not text; quote it: \"{raw}\"")
        elif value is None:
            self.error(path, f"{name} is empty")
        else:
            self.error(path, f"{name} must be text, not {type(value).__name__}")
        return None

    def strings(self, path, value, name) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(path, f"{name} must be a list of strings (one '- item' per line)")
            return []
        out = []
        for i, item in enumerate(value):
            s = self.string(path + (i,), item, f"{name}[{i + 1}]")
            if s is not None:
                out.append(s)
        return out

    def records(self, path, value, name, fields: dict) -> list[dict]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(path, f"{name} must be a list")
            return []
        out = []
        for i, item in enumerate(value):
            here = path + (i,)
            if not isinstance(item, dict):
                self.error(here, f"{name}[{i + 1}] must be a mapping with {', '.join(fields)}")
                continue
            ok = True
            for key in item:
                if key not in fields:
                    hint = _did_you_mean(key, fields)
                    self.error(here + (key,), f"unknown field '{key}' in {name}[{i + 1}]{hint}", key=True)
                    ok = False
            rec = {}
            for key, required in fields.items():
                if key not in item:
                    if required:
                        self.error(here, f"{name}[{i + 1}] has no '{key}'")
                        ok = False
                    continue
                if key in DATE_KEYS:
                    date = parse_date(item[key])
                    if date is None:
                        self.error(here + (key,), f"{name}[{i + 1}].{key} must be an ISO date (YYYY-MM-DD)")
                        ok = False
                    rec[key] = date.isoformat() if date else None
                    continue
                if key == "aliases":
                    rec[key] = self.strings(here + (key,), item[key], f"{name}[{i + 1}].aliases")
                    continue
                if key == "mention":
                    if not isinstance(item[key], bool):
                        self.error(here + (key,), f"{name}[{i + 1}].mention must be true or false")
                        ok = False
                    rec[key] = item[key]
                    continue
                s = self.string(here + (key,), item[key], f"{name}[{i + 1}].{key}")
                if s is None:
                    ok = False
                rec[key] = s
            if ok:
                out.append(rec)
        return out


def _did_you_mean(key, choices) -> str:
    close = difflib.get_close_matches(str(key), list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def check_entry(path: Path, shown: str, text: str, report: Report) -> Entry | None:
    """Validate one entry file's text; returns the Entry when it has no errors."""
    errors_before = report.errors
    try:
        located = load_located(text)
    except YamlError as exc:
        report.error(shown, exc.line, exc.col, exc.message)
        return None
    data = located.data
    if not isinstance(data, dict):
        report.error(shown, *located.where(()), "an entry must be a mapping of fields (id, type, title, ...)")
        return None
    c = _Checker(shown, located, report)
    for key in data:
        if key not in FIELD_NAMES:
            c.error((key,), f"unknown field '{key}'{_did_you_mean(key, FIELD_NAMES)}", key=True)
    for name in REQUIRED:
        if name not in data or data[name] is None:
            c.error((), f"missing required field '{name}'")

    entry_id = c.string(("id",), data["id"], "id") if data.get("id") is not None else None
    if entry_id is not None:
        if not ID_RE.match(entry_id):
            c.error(("id",), f"id '{entry_id}' must be kebab-case: lower-case letters, digits and single hyphens")
        elif entry_id != path.stem:
            c.error(("id",), f"id '{entry_id}' differs from the file name '{path.name}'; "
                    f"rename the file to {entry_id}.yaml or change the id")
    etype = c.string(("type",), data["type"], "type") if data.get("type") is not None else None
    if etype is not None:
        if etype not in ENTRY_TYPES:
            c.error(("type",), f"type '{etype}' is not one of: {', '.join(ENTRY_TYPES)}"
                    f"{_did_you_mean(etype, ENTRY_TYPES)}")
        elif path.parent.name != etype + "s":
            c.error(("type",), f"type '{etype}' does not match the folder '{path.parent.name}/'; "
                    f"move the file to {etype}s/")
    title = c.string(("title",), data["title"], "title") if data.get("title") is not None else None
    summary = c.string(("summary",), data["summary"], "summary") if data.get("summary") is not None else None

    reviewed = None
    if data.get("reviewed") is not None:
        reviewed = parse_date(data["reviewed"])
        if reviewed is None:
            c.error(("reviewed",), "reviewed must be an ISO date (YYYY-MM-DD)")

    sources = c.records(("sources",), data.get("sources"), "sources", SOURCE_FIELDS)
    if "sources" in data and isinstance(data["sources"], list) and not data["sources"]:
        c.error(("sources",), "sources is empty; every entry needs at least one source")
    raw_sources = data.get("sources") if isinstance(data.get("sources"), list) else []
    for i, src in enumerate(raw_sources):  # by position in the file, so a message points at its own line
        url = src.get("url") if isinstance(src, dict) else None
        if isinstance(url, str) and url and not is_web_url(url):
            c.error(("sources", i, "url"), f"source URL {url!r} {url_problem(url)}")
    # every source written, even one with another mistake: that mistake is reported once, at its own line
    urls = {src["url"] for src in raw_sources if isinstance(src, dict) and isinstance(src.get("url"), str)}
    facts = c.records(("facts",), data.get("facts"), "facts", FACT_FIELDS)
    perspectives = c.records(("perspectives",), data.get("perspectives"), "perspectives", PERSPECTIVE_FIELDS)
    for name, items in (("facts", facts), ("perspectives", perspectives)):
        raw = data.get(name) or []
        for i, item in enumerate(raw if isinstance(raw, list) else []):
            src = item.get("source") if isinstance(item, dict) else None
            if isinstance(src, str) and src not in urls:
                near = next((u for u in sorted(urls) if u.rstrip("/") == src.rstrip("/")), None)
                hint = f"; did you mean {near!r}?" if near else "; add it to sources or correct it"
                c.error((name, i, "source"), f"{name}[{i + 1}].source {src!r} is not the url of any of "
                        f"this entry's sources{hint}")

    aliases = c.strings(("aliases",), data.get("aliases"), "aliases")
    short_names = c.strings(("short_names",), data.get("short_names"), "short_names")
    for field, names in (("aliases", aliases), ("short_names", short_names)):
        for i, name in enumerate(names):
            if not any(ch.isalnum() for ch in name):
                c.error((field, i), f"{field}[{i + 1}] {name!r} has no letters or digits and can never match")
    related = c.strings(("related",), data.get("related"), "related")
    requires = c.strings(("requires",), data.get("requires"), "requires")
    for field, ids in (("related", related), ("requires", requires)):
        for i, rid in enumerate(ids):
            if not ID_RE.match(rid):
                slug = re.sub(r"[^a-z0-9]+", "-", rid.lower()).strip("-")
                hint = f"; ids are kebab-case: did you mean '{slug}'?" if slug and ID_RE.match(slug) else ""
                c.error((field, i), f"{field}[{i + 1}] {rid!r} is not an entry id{hint}")
    flags = {}
    for name in ("case_sensitive", "inflect"):
        if name in data and data[name] is not None:
            if isinstance(data[name], bool):
                flags[name] = data[name]
            else:
                c.error((name,), f"{name} must be true or false")
    body = ""
    if data.get("body") is not None:
        body = c.string(("body",), data["body"], "body", allow_empty=True) or ""
    reviewer = c.string(("reviewer",), data["reviewer"], "reviewer") if data.get("reviewer") is not None else None
    wikidata = None
    if data.get("wikidata") is not None:
        wikidata = c.string(("wikidata",), data["wikidata"], "wikidata")
        if wikidata and not QID_RE.match(wikidata):
            c.error(("wikidata",), f"wikidata {wikidata!r} must be a Q-id such as Q148")
    patterns = _check_patterns(c, data.get("patterns"))
    roles = c.records(("roles",), data.get("roles"), "roles", ROLE_FIELDS)
    for i, role in enumerate(roles):
        if role.get("from") and role.get("to") and role["to"] < role["from"]:
            c.error(("roles", i, "to"), f"roles[{i + 1}]: 'to' ({role['to']}) is before 'from' ({role['from']})")
    seat = c.string(("seat",), data["seat"], "seat") if data.get("seat") is not None else None
    former = c.records(("former_names",), data.get("former_names"), "former_names", FORMER_NAME_FIELDS)

    if report.errors > errors_before or None in (entry_id, etype, title, summary, reviewed):
        return None
    own_voice = [(("title",), title), (("summary",), summary), (("body",), body)]
    own_voice += [(("facts", i, "text"), f["text"]) for i, f in enumerate(facts)]
    for where, text in own_voice:
        words = unattributed_charged_words(text)
        if words:
            c.warning(where, f"charged word{'s' if len(set(words)) > 1 else ''} "
                      f"{', '.join(repr(w) for w in dict.fromkeys(words))} in the entry's own voice; quote it or "
                      "attribute it to whoever uses it (or move it to perspectives)")
    return Entry(
        id=entry_id, type=etype, title=title.strip(), summary=" ".join(summary.split()),
        sources=[Source(s["title"], s["url"], s.get("publisher"), s.get("date"), s.get("read_via")) for s in sources],
        reviewed=reviewed, path=shown, aliases=aliases, short_names=short_names,
        case_sensitive=flags.get("case_sensitive", False), inflect=flags.get("inflect"),
        requires=requires, patterns=patterns, body=body,
        facts=[Fact(" ".join(f["text"].split()), f["source"]) for f in facts],
        perspectives=[Perspective(p["holder"].strip(), " ".join(p["view"].split()), p["source"])
                      for p in perspectives],
        related=related, reviewer=reviewer, wikidata=wikidata,
        roles=[Role(r["title"], parse_date(r.get("from")), parse_date(r.get("to")), tuple(r.get("aliases") or ()),
                    bool(r.get("mention", False))) for r in roles],
        former_names=[f["name"] for f in former], seat=seat, located=located.compact(),
    )


def _check_patterns(c: _Checker, value) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        c.error(("patterns",), "patterns must be a list of token patterns (each a list of token mappings)")
        return []
    good = []
    for i, pattern in enumerate(value):
        here = ("patterns", i)
        if not isinstance(pattern, list) or not pattern:
            c.error(here, f"patterns[{i + 1}] must be a non-empty list of token mappings")
            continue
        ok = True
        for j, token in enumerate(pattern):
            if not isinstance(token, dict) or not token:
                c.error(here + (j,), f"patterns[{i + 1}][{j + 1}] must be a mapping such as {{LOWER: word}}")
                ok = False
                continue
            for key in token:
                if key not in PATTERN_KEYS:
                    c.error(here + (j, key), f"patterns[{i + 1}][{j + 1}] uses {key!r}; allowed: "
                            f"{', '.join(PATTERN_KEYS)}{_did_you_mean(key, PATTERN_KEYS)}", key=True)
                    ok = False
                    continue
                problem = _pattern_value_problem(key, token[key])
                if problem:
                    c.error(here + (j, key), f"patterns[{i + 1}][{j + 1}].{key}: {problem}")
                    ok = False
        if len(pattern) > MAX_PATTERN_TOKENS:
            c.error(here, f"patterns[{i + 1}] has {len(pattern)} tokens; at most {MAX_PATTERN_TOKENS}")
            ok = False
        if ok:
            good.append(pattern)
    return good


MAX_PATTERN_TOKENS = 12
BOUNDED_OP = re.compile(r"^(\?|!|\{[0-9]\}|\{[0-9]?,[0-5]\})$")


def _pattern_value_problem(key: str, value) -> str | None:
    """What is wrong with one token attribute of a pattern, or None. Bounded by construction: no "*" or "+"
    (a pattern like [the, *, the] takes minutes and gigabytes on a long article), no regular expressions
    or fuzzy matching (a pattern such as ^(a+)+$ can take unbounded time)."""
    if key == "OP":
        if value in ("*", "+"):
            return (f"OP {value!r} is unbounded (matching could take minutes on a long article); "
                    "use '?' or a bounded count such as '{0,3}'")
        if not isinstance(value, str) or not BOUNDED_OP.match(value):
            return "OP must be '?', '!' or a bounded count such as '{0,3}' (at most 5)"
        return None
    if key == "IS_PUNCT":
        return None if isinstance(value, bool) else "must be true or false"
    if isinstance(value, str):
        return None
    if isinstance(value, dict):
        for op, items in value.items():
            if op not in ("IN", "NOT_IN"):
                return (f"{op} is not allowed in patterns (regular expressions and fuzzy matching can take "
                        "unbounded time); list the words with IN")
            if not isinstance(items, list) or not all(isinstance(w, str) for w in items):
                return f"{op} must be a list of words"
        return None
    return "must be a word, or {IN: [words]}"


def entry_files(context_dir: Path) -> list[Path]:
    """Every *.yaml/*.yml below content/context, in a stable order."""
    return tree_files(context_dir, (".yaml", ".yml"))[0]


def check_review_date(entry: Entry, report: Report, today: dt.date, max_age_days: int) -> bool:
    """The one rule that depends on the day the check runs, so it is never cached."""
    if entry.reviewed > today:
        report.error(entry.path, *entry.where("reviewed"), f"reviewed date {entry.reviewed} is in the future")
        return False
    if (today - entry.reviewed).days > max_age_days:
        report.warning(entry.path, *entry.where("reviewed"), f"last reviewed {entry.reviewed}, more than "
                       f"{max_age_days} days ago; review the entry and update the date")
    return True


def load_entries(context_dir: Path, rel, report: Report, today: dt.date | None = None,
                 max_age_days: int = 365, memo=None, map_files=None) -> list[Entry]:
    """Load and validate all entries, then the rules that span files (ids, names, links).

    Review ages are checked against ``today`` when it is given (the commands pass it in; nothing here reads the clock).
    ``memo`` (a load.memo.LoadMemo) keeps what each file gave for a process that loads the project again.
    ``map_files(fn, paths)``: how the files are read, ``[fn(p) for p in paths]`` by default; a build passes a
    worker pool (parallel.started). ``fn`` returns each file's entry and its diagnostics, in order.
    """
    entries: list[Entry] = []
    failed: set[str] = set()  # ids of entry files whose own errors are reported: not named as missing again
    root = context_dir.resolve()

    def read(path: Path, report: Report) -> Entry | None:
        shown = rel(path)
        if path.parent.parent.resolve() != root:
            report.error(shown, 1, 1, "entries live one folder deep: content/context/<type>s/<id>.yaml")
            return None
        text = read_text(path, shown, report, MAX_ENTRY_BYTES, context_dir)
        return check_entry(path, shown, text, report) if text is not None else None

    def read_alone(path: Path) -> tuple[Entry | None, list]:
        own = Report()
        return read(path, own), own.items

    paths = entry_files(context_dir)
    if memo is None:
        read_all = [read_alone(p) for p in paths] if map_files is None else map_files(read_alone, paths)
    for n, path in enumerate(paths):
        if memo is None:
            entry, items = read_all[n]
            report.extend_items(items)
        else:
            entry = memo.load("entry", path, report, read)
        if entry is not None and (today is None or check_review_date(entry, report, today, max_age_days)):
            entries.append(entry)
        else:
            failed.add(path.stem)
    return check_across(entries, report, failed)


def check_across(entries: list[Entry], report: Report, failed: set[str] = frozenset()) -> list[Entry]:
    """Rules that need all entries at once: unique ids, links that resolve, names that do not collide.
    ``failed``: ids of entry files that have errors of their own (one mistake, one message: a link to them
    is not reported as well)."""
    from explainer.structure.names import is_all_caps, is_common_word, name_key

    by_id: dict[str, Entry] = {}
    for entry in entries:
        if entry.id in by_id:
            first = by_id[entry.id]
            report.error(entry.path, *entry.where("id"), f"duplicate id '{entry.id}' (also in {first.path})")
            continue
        by_id[entry.id] = entry
    owners: dict[str, list[tuple[Entry, tuple]]] = {}
    for entry in by_id.values():
        seen = set()
        for field, names in (("title", [entry.title]), ("aliases", entry.aliases)):
            for i, name in enumerate(names):
                key = name_key(name)
                if key in seen:
                    continue
                seen.add(key)
                owners.setdefault(key, []).append((entry, (field,) if field == "title" else (field, i)))
    for key, owning in owners.items():
        if len(owning) > 1:
            ids = ", ".join(e.id for e, _ in owning)
            for entry, where in owning:
                report.info(entry.path, *entry.where(*where), f"name {key!r} is shared by several entries "
                            f"({ids}); in an article it links to the one the article is about (named in full, "
                            "or by an office it holds), and a use that stays unclear is reported at its line")
    for entry in by_id.values():
        for field in ("related", "requires"):
            for i, rid in enumerate(getattr(entry, field)):
                if rid not in by_id and rid not in failed:
                    hint = _did_you_mean(rid, by_id)
                    report.error(entry.path, *entry.where(field, i),
                                 f"{field} names '{rid}', which is not an entry{hint}")
        for field, names in (("title", [entry.title]), ("aliases", entry.aliases),
                             ("short_names", entry.short_names)):
            for i, name in enumerate(names):
                if is_common_word(name) and not is_all_caps(name):  # acronyms match only in capitals
                    where = (field,) if field == "title" else (field, i)
                    report.warning(entry.path, *entry.where(*where), f"name {name!r} is a common English "
                                   "word and will link in unrelated text; use a longer alias or short_names")
    return sorted(by_id.values(), key=lambda e: e.id)

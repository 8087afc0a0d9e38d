"""Find mentions of context entries with spaCy's PhraseMatcher and Matcher.

Three matchers over one tokenization:
- names, case-insensitive (``LOWER``), including inflected forms of inflectable aliases;
- names that must keep their case (``ORTH``): acronyms in capitals, case-sensitive
  entries, and every short name ("Xi" never links inside "Xinjiang", nor as "xi");
- token patterns from claim entries (spaCy ``Matcher``).

Then, candidate → context → decision (see ``DESIGN.md``):

1. candidates: the three matchers, plus generated spellings (``variants``), middle
   names and patronymics, and near misses of multi-word full names;
2. context: inside prose only; overlaps resolved longest first; a name inside a
   longer proper name, a prefixed compound or a fixed term is not a mention
   (``context``); ``requires`` checked against what is left;
3. decision: a short name (or a full name several entries share) goes to the
   entry the article is about: the one its headline names in full, else the one named
   in full most often, then the most recently; a title before it ("President Aliyev") picks whoever held that office
   on the article's date (``roles``); otherwise it stays unlinked and is reported.

Office wordings ("Azerbaijan's president") found through ``roles`` resolve to the
holder on the article's date; they serve attribution, and link as mentions where
the entry says so.
"""

from __future__ import annotations


import json
import re

import numpy as np
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from explainer.diagnostics import INFO, WARNING, Diagnostic, Report
from explainer.match.attribution import MONTHS_DAYS, Attributor
from explainer.load.publishers import find_publisher
from explainer.match import lexicon
from explainer.match.lexicon import common_word
from explainer.match.context import NameContext, fixed_terms, own_name_spans
from explainer.match.variants import (PATRONYMIC_MARKERS, authored_wordings, hyphen_wordings, near_miss,
                                      of_the_wordings, transliterations)
from explainer.match.inflect import word_forms
from explainer.structure.names import is_all_caps, name_key
from explainer.structure.publisher import MEDIA_KINDS
from explainer.match.pipeline import PARSE_LIMIT, forget_tokenizations, make_pipeline, with_lemmas
from explainer.match.tokens import TokenIndex, member
from explainer.parallel import parallel_map
from explainer.match.prose import SPACE_LIKE, Prose, paragraph_numbers, paragraph_of, prose_view
from explainer.structure import Article, ArticleMatches, Entry, Mention

NAME, SHORT, PATTERN, ROLE = "name", "short", "pattern", "role"
KIND_RANK = {NAME: 0, PATTERN: 1, SHORT: 2}
# Words that stand before a name as a title; with an office held on the article's date they
# decide a shared surname ("President Aliyev"), and they let a lone surname link ("President Xi").
TITLE_WORDS = frozenset("""
president mr mrs ms dr prof premier chairman chairwoman chair secretary minister leader ambassador senator
governor mayor general marshal king queen prince sheikh emir vice-president spokesman spokeswoman
spokesperson commissioner director
""".split())
ANCHOR_TYPES = ("person", "organization", "place", "event", "document")
# A document or an event named once may then be "the report", "this vote", "her assessment", "today's vote".
REFERRING_TYPES = ("document", "event")
DETERMINERS = frozenset(("the", "this", "that", "its", "her", "his", "their", "today"))
# "the most definitive assessment", "the other report", "the next vote": another one of its kind
CONTRASTIVE = frozenset(("most", "least", "other", "another", "next", "previous", "earlier", "later", "first",
                         "second", "third", "last", "new", "latest", "same", "own"))
HYPHENS = frozenset(("-", "\u2010", "\u2011"))
PREPOSITIONS = frozenset(("on", "of", "in", "at", "for", "between", "to", "by", "about", "into", "over"))


def head_nouns(entry: Entry) -> set[str]:
    """The nouns a document or event is referred back to by: the last word of each name before any
    preposition ("UN report on Xinjiang" -> report, "OHCHR assessment" -> assessment)."""
    heads = set()
    for name in entry.names:
        words = [w for w in re.split(r"[\s(),]+", name) if w]
        cut = next((i for i, w in enumerate(words) if i and w.lower() in PREPOSITIONS), len(words))
        head = words[:cut][-1].lower() if words[:cut] else ""
        if head.isalpha() and len(head) > 3:
            heads.add(head)
    return heads


SPACE_RUN = re.compile(r"\s{2,}")
# An apostrophe typed as another mark between two letters ("People´s Republic", "People‘s Republic", "Xinhuaʼs"):
# the tokenizer reads it as an apostrophe, so the name before it is found. One character for one: every offset
# stays the body's, and the text the rules and the page read is unchanged.
STRAY_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[´‘ʼ](?=[^\W\d_])")


def as_apostrophes(text: str) -> str:
    return STRAY_APOSTROPHE.sub("’", text) if ("´" in text or "‘" in text or "ʼ" in text) else text


def compact_spaces(text: str):
    """``text`` with every run of white space made one space, and, when anything was removed, the body
    offset of each kept character (a numpy array), else None."""
    runs = [m.span() for m in SPACE_RUN.finditer(text)]
    if not runs:
        return text, None
    mask = np.ones(len(text), dtype=bool)
    pieces, last = [], 0
    for a, b in runs:
        mask[a + 1:b] = False
        pieces.append(text[last:a + 1])
        last = b
    pieces.append(text[last:])
    compact = "".join(pieces).translate(_SPACES)
    return compact, np.flatnonzero(mask)


_SPACES = str.maketrans({"\n": " ", "\r": " ", "\t": " "})


def role_wordings(role) -> list[str]:
    """The ways news names an office: its title, "Azerbaijan's president", "Azerbaijan president", and the
    entry's own wordings ("Azerbaijani President")."""
    out = [role.title, *role.aliases]
    head, sep, place = role.title.partition(" of ")
    if sep:
        place = place[4:] if place.lower().startswith("the ") else place
        out += [f"{place}'s {head}", f"{place} {head}", f"the {head} of {place}"]
        if head.lower() == "president":  # a president is the head of state: "the head of China"
            out += [f"head of {place}", f"head of state of {place}", f"{place}'s head of state"]
    return list(dict.fromkeys(out))


def _uses_lemma(pattern) -> bool:
    return any("LEMMA" in token for token in pattern if isinstance(token, dict))


class MentionFinder:
    """Built once per run from all entries; then matches any number of articles."""

    def __init__(self, entries: list[Entry], report: Report | None = None, model: str | None = None,
                 publishers: list | None = None, pipeline: tuple | None = None):
        """``pipeline``: what ``make_pipeline(model)`` gave, when it was made ahead (a build makes it while
        the entries load); the lookup lemmatizer is added to it here when the entries' patterns need it."""
        self.publishers = list(publishers or [])
        # the word list the rules ask how common a word is: read once, at set-up, before worker processes fork
        # (each would read it again)
        lexicon.warm()
        self.report = report if report is not None else Report()
        self.entries = {e.id: e for e in entries}
        lemmas = any(_uses_lemma(p) for e in entries for p in e.patterns)
        if pipeline is None:
            self.nlp, self.pipeline_name = make_pipeline(model, lemmas)
        else:
            self.nlp, self.pipeline_name = with_lemmas(*pipeline) if lemmas else pipeline
        vocab = self.nlp.vocab
        self._preps = {vocab.strings.add(w) for w in ("in", "of", "against", "across", "on", "from")}
        self.lower = PhraseMatcher(vocab, attr="NORM")  # lower case, and ’ ‘ – — read as ' and -
        self.exact = PhraseMatcher(vocab, attr="ORTH")
        self.patterns = Matcher(vocab, validate=True)
        self.keys: dict[int, tuple[str, str]] = {}
        owners: dict[str, set[str]] = {}
        for entry in entries:
            for name in entry.names:
                owners.setdefault(name_key(name), set()).add(entry.id)
        # A full name that several entries claim behaves like a short name: the article decides.
        self.shared = {key for key, ids in owners.items() if len(ids) > 1}
        self.taken_names = set(owners)
        self.roles = PhraseMatcher(vocab, attr="NORM")
        self.role_keys: dict[int, list[tuple[str, int]]] = {}
        self.anchors: dict[int, list[tuple[str, tuple[str, ...], int]]] = {}  # near misses
        self.firsts: dict[int, list[tuple[str, str]]] = {}  # middle names: first word -> (entry, last word)
        self.initials: dict[str, list[tuple[str, str]]] = {}  # surname -> (entry, initials of the words before it)
        for entry in entries:
            self._add_entry(entry)
        self.anchor_hashes = np.array(sorted(self.anchors), dtype=np.uint64)
        # "I.H. Aliyev", "I. Aliyev", "I.Aliyev": initials before a capitalised word (a surname when ``initials``
        # knows it: one plain pattern, however many people the entries name)
        self.initials_re = INITIALS_THEN_NAME if self.initials else None
        self.first_hashes = np.array(sorted(self.firsts), dtype=np.uint64)
        strings = vocab.strings
        self.title_words = {strings.add(w) for w in TITLE_WORDS}
        self.markers = {strings.add(w) for w in PATRONYMIC_MARKERS}
        self.context = NameContext(vocab)
        self.heads = {e.id: head_nouns(e) for e in entries if e.type in REFERRING_TYPES}
        self.head_hashes = {eid: frozenset(strings.add(h) for h in heads) for eid, heads in self.heads.items()}
        # people's full names, for a headword written surname first ("Aliyev, Heydar"); a name two claim, no one's
        self.inverted = {name_key(n): e.id for e in entries if e.type == "person" for n in e.names
                         if len(n.split()) >= 2 and name_key(n) not in self.shared}
        self.comma_hash = strings.add(",")
        forget_tokenizations(self.nlp)
        self.active = [m for m in (self.lower, self.exact, self.patterns) if len(m)]
        self.role_matchers = [self.roles] if len(self.roles) else []
        self.attributor = Attributor(self.nlp, self.entries)
        # outlets that report, by name: "according to Reuters, X said" is X's statement, carried by Reuters
        self.attributor.outlets = {name_key(n) for p in self.publishers if not p.speaks
                                   for n in (p.name, *p.aliases)}
        # ... of which the news media, never "he" or "she" (a person's own site, an "individual", may be)
        self.attributor.media = {name_key(n) for p in self.publishers if p.kind in MEDIA_KINDS
                                 for n in (p.name, *p.aliases)}

    def _key(self, entry: Entry, kind: str) -> str:
        key = f"{entry.id}\x1f{kind}"
        self.keys[self.nlp.vocab.strings.add(key)] = (entry.id, kind)
        return key

    def _doc(self, text: str):
        words = text.translate(SPACE_LIKE).split()
        rules = self.nlp.tokenizer.rules or {}
        if all(w.isalpha() and w not in rules for w in words):
            # (what the tokenizer would make of words of letters alone, without running its expressions)
            return Doc(self.nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False] * bool(words))
        return self.nlp.make_doc(" ".join(words))

    def _add_entry(self, entry: Entry) -> None:
        patterns = {(NAME, "lower"): [], (NAME, "exact"): [], (SHORT, "lower"): [], (SHORT, "exact"): []}
        for name in dict.fromkeys(entry.names):
            kind = SHORT if name_key(name) in self.shared else NAME
            doc = self._doc(name)
            if entry.case_sensitive or is_all_caps(name):
                patterns[kind, "exact"].append(doc)
                continue
            patterns[kind, "lower"].append(doc)
            for other in transliterations(name):
                if name_key(other) not in self.taken_names:
                    patterns[kind, "lower"].append(self._doc(other))
            generated = authored_wordings(name) if entry.type == "document" else \
                of_the_wordings(name) if entry.type == "organization" else []
            generated = [*generated, *hyphen_wordings(name)]
            for other in generated:
                if name_key(other) not in self.taken_names:
                    patterns[kind, "lower"].append(self._doc(other))
            words = [t.text for t in doc]
            if kind == NAME and len(words) >= 2 and entry.type in ANCHOR_TYPES:
                for k, word in enumerate(words):
                    if word.isalpha() and len(word) >= 2 and word[:1].isupper():  # ("Xi" anchors "Xi Jingping")
                        self.anchors.setdefault(self.nlp.vocab.strings.add(word.lower()), []).append(
                            (entry.id, tuple(words), k))
                if entry.type == "person" and words[0].isalpha() and words[-1].isalpha():
                    # with the other romanisations of the name: "Abulfaz Kadrygulu oglu Aliev" for "Abulfaz Aliyev"
                    for spelling in [name.lower(), *transliterations(name)]:
                        first, *_, last = spelling.split()
                        known = self.firsts.setdefault(self.nlp.vocab.strings.add(first), [])
                        if (entry.id, last) not in known:
                            known.append((entry.id, last))
                        # "I.H. Aliyev", "I. Aliyev": the initials of the first name (and of a middle name or
                        # patronymic the entry gives) before the surname
                        initials = "".join(w[0] for w in spelling.split()[:-1] if w not in PATRONYMIC_MARKERS)
                        signs = self.initials.setdefault(last, [])
                        if (entry.id, initials) not in signs:
                            signs.append((entry.id, initials))
            if entry.inflects and len(doc) and doc[-1].is_alpha:
                head = doc[:-1].text_with_ws
                for form in word_forms(doc[-1].text)[1:]:
                    patterns[kind, "lower"].append(self.nlp.make_doc(head + form))
        for (kind, how), docs in patterns.items():
            if docs:
                (self.lower if how == "lower" else self.exact).add(self._key(entry, kind), docs)
        if entry.short_names:  # short names keep their case: "Xi" is not "xi"
            self.exact.add(self._key(entry, SHORT), [self._doc(n) for n in entry.short_names])
        for r, role in enumerate(entry.roles):
            key = self.nlp.vocab.strings.add(f"{entry.id}\x1frole\x1f{r}")
            self.role_keys[key] = [(entry.id, r)]
            self.roles.add(f"{entry.id}\x1frole\x1f{r}", [self._doc(w) for w in role_wordings(role)])
        for i, pattern in enumerate(entry.patterns):
            self._check_pattern_words(entry, i, pattern)
            try:
                self.patterns.add(self._key(entry, PATTERN), [pattern])
            except Exception as exc:  # spaCy raises MatchPatternError / ValueError with its own text
                first = str(exc).strip().splitlines()
                detail = next((ln.strip() for ln in first if ln.strip().startswith("-")), first[0] if first else "")
                self.report.error(entry.path, *entry.where("patterns", i),
                                  f"patterns[{i + 1}] is not a valid spaCy token pattern: {detail}")

    def _check_pattern_words(self, entry: Entry, i: int, pattern: list) -> None:
        """A pattern token matches one token; a word the tokenizer reads as several ("long-awaited" is
        long, -, awaited) can never match, so the pattern silently finds nothing. Say so, and how to write it."""
        for j, token in enumerate(pattern):
            for key in ("ORTH", "LOWER", "NORM", "TEXT"):
                value = token.get(key)
                words = [value] if isinstance(value, str) else value.get("IN", []) if isinstance(value, dict) else []
                for word in words:
                    parts = self._tokens_of(word) if isinstance(word, str) else []
                    if len(parts) > 1:
                        spelled = ", ".join("{%s: %s}" % (key, json.dumps(p, ensure_ascii=False)) for p in parts)
                        self.report.warning(
                            entry.path, *entry.where("patterns", i, j, key),
                            f"patterns[{i + 1}][{j + 1}].{key}: {word!r} is {len(parts)} tokens to the matcher "
                            f"({', '.join(repr(p) for p in parts)}), so this token never matches; "
                            f"write it as {len(parts)} tokens: [{spelled}]")

    def _tokens_of(self, word: str) -> list[str]:
        """How the tokenizer reads ``word`` in running text: one token if any of its casings is one
        ("u.n." as "U.N."), a clitic as one token after a word ("'s" in "Bachelet's")."""
        forms = [f"x {w} x" for w in dict.fromkeys((word, word.upper(), word.capitalize()))]
        if word[:1] in "'’":
            forms.append(f"x{word} x")
        split = []
        for form in forms:
            doc = self.nlp.make_doc(form)
            middle = [t.text for t in doc[1:-1]]
            if len(middle) == 1:
                return middle
            split = split or middle
        return split

    # -- matching -----------------------------------------------------------------------

    def match_articles(self, articles: list[Article], workers: int | None = None) -> list[ArticleMatches]:
        """Mentions and attributions of each article, in order; shared over the cores for large archives."""
        self._articles = articles
        results = parallel_map(self._match_index, range(len(articles)), workers)
        for article, result in zip(articles, results):
            result.article = article  # sent back without it: the parent has it already
            self.report.extend_items(result.diagnostics)
        return results

    def _match_index(self, i: int) -> ArticleMatches:
        result = self.match_article(self._articles[i])
        result.article = None
        return result

    def match_article(self, article: Article) -> ArticleMatches:
        prose = prose_view(article.body)
        text = prose.text  # a backtick typed for an apostrophe ("Aliyev`s") already reads as one (prose.as_written)
        # Runs of white space (CRLF line ends, hard breaks, markup read as spaces) become one space, so a name
        # broken over "\r\n" or "  \n" is still one phrase; token offsets are mapped back to the body.
        compact, kept = compact_spaces(text)
        compact = as_apostrophes(compact)
        # a trained parser's memory grows with the text: beyond PARSE_LIMIT, its tokenizer alone
        doc = self.nlp(compact) if len(compact) <= PARSE_LIMIT else self.nlp.make_doc(compact)
        return self._resolve(article, prose, doc, kept)

    def _candidates(self, doc, tokens: TokenIndex, prose: Prose) -> dict[tuple[int, int], list[tuple[str, str]]]:
        found: dict[tuple[int, int], list[tuple[str, str]]] = {}
        for matcher in self.active:
            for match_id, s, e in matcher(doc):
                start, end = int(tokens.idx[s]), int(tokens.end[e - 1])
                if not prose.is_prose(start, end):
                    continue  # runs into markup (link, code, emphasis marker) or across blocks
                found.setdefault((s, e), []).append(self.keys[match_id])
        return found

    DESCRIPTIVE = ("claim", "concept", "term")  # wordings, not names: "mass detention in Xinjiang"
    NAMED = ("place", "person", "organization", "people")

    def _free_trailing_names(self, tokens, found: dict) -> set:
        """A claim's, concept's or term's wording that ends in "in/of/against <a name>" ("mass detention in
        Xinjiang") or in a name it describes ("Occupied East Turkistan"), or that holds a name ("the separation
        of Uyghur children from their families"), gives up the name: the wording links before the preposition
        or the name, the name to its own entry.
        A document's description by a pattern ("the report on Xinjiang by the UN human rights office", "her
        Xinjiang report") is a wording too; a document's or an event's title stays whole: it is a proper name."""
        preps = self._preps
        described = set()  # "Occupied" of "Occupied East Turkistan": its capital is the name's, not a title's
        for (s, e), opts in list(found.items()):
            if not all(self.entries[eid].type in self.DESCRIPTIVE
                       or (self.entries[eid].type == "document" and kind == PATTERN) for eid, kind in opts):
                continue
            for s2 in range(s + 1, e):
                # the name closing the wording, or (a name inside it: "the separation of Uyghur children from
                # their families") the first name within it
                ends = [e] + [e2 for e2 in range(s2 + 1, e) if (s2, e2) in found]
                e2 = next((x for x in ends if found.get((s2, x)) and all(
                    self.entries[eid].type in self.NAMED for eid, _ in found[(s2, x)])), None)
                if e2 is not None:
                    cut = s2 - 1 if tokens.lower_l[s2 - 1] in preps else s2
                    if cut <= s:
                        continue
                    keep = (s, cut)
                    if e2 < e and all(self.entries[eid].type == "document" for eid, _ in opts):
                        heads = set().union(*(self.head_hashes.get(eid, ()) for eid, _ in opts))
                        if not any(tokens.lower_l[k] in heads for k in range(s, cut)):
                            keep = (e2, e)  # "the long-delayed Xinjiang report": the document's noun, after the name
                    del found[(s, e)]
                    target = found.setdefault(keep, [])
                    target.extend(o for o in opts if o not in target)
                    if keep == (s, s2) and e2 == e:
                        described.add(keep)
                    break
        return described

    def _resolve(self, article: Article, prose: Prose, doc, kept=None) -> ArticleMatches:
        tokens = TokenIndex(doc, kept)
        text = prose.text
        found = self._candidates(doc, tokens, prose)
        described = self._free_trailing_names(tokens, found)  # wordings that give up the name right after them
        # Context 1: overlaps, the longest span first, then the earliest.
        taken = bytearray(len(tokens))
        accepted = []
        for (s, e) in sorted(found, key=lambda se: (se[0] - se[1], se[0])):
            if taken.find(1, s, e) == -1:
                taken[s:e] = b"\x01" * (e - s)
                accepted.append((s, e))
        # Context 2: a name inside a longer proper name, a prefixed compound or a fixed term.
        fixed = fixed_terms(text) + own_name_spans(article.source, text)
        accepted = [(s, e) for s, e in accepted if not self.context.excluded(text, tokens, s, e, fixed)
                    and ((s, e) in described or not self._common_noun_in_name(text, tokens, s, e, found[(s, e)],
                                                                             found))]
        groups = {span: found[span] for span in accepted}
        # More full names: middle names and patronymics, then near misses (reported).
        notes: list[Diagnostic] = []
        full_taken = bytearray(len(tokens))  # only full names block: "Ala" may be part of "Memtimin Ala"
        for (s, e), opts in groups.items():
            if any(kind != SHORT for _, kind in opts):
                full_taken[s:e] = b"\x01" * (e - s)
        more = self._more_names(text, tokens, full_taken, prose, article, notes, fixed)
        headword = self._inverted_headword(text, tokens, prose)
        for (a, b), opts in more + ([headword] if headword else []):
            for span in [sp for sp in groups if sp[0] < b and a < sp[1]]:
                del groups[span]  # a short name inside the longer full name
            if opts:  # (none: a name that is no entry's, "Q. Aliyev", only keeps its surname from linking)
                groups[(a, b)] = opts
        for span, opts in self._acronyms(text, tokens, groups, prose):
            groups[span] = opts
        # Two names of one entry side by side are one name: "the Xinjiang Uyghur region" ("Xinjiang" and
        # "Uyghur region", both the region's)
        starting = {}  # the spans by their first token (they do not overlap), kept as spans join
        for span in groups:
            starting.setdefault(span[0], span)
        for (s1, e1) in sorted(groups):
            nxt = starting.get(e1)
            if nxt is None or (s1, e1) not in groups:
                continue
            one, two = groups[(s1, e1)], groups[nxt]
            if len(one) == 1 and len(two) == 1 and one[0][0] == two[0][0] and SHORT not in (one[0][1], two[0][1]) \
                    and text[tokens.end_l[e1 - 1]:tokens.idx_l[nxt[0]]] == " ":
                del groups[(s1, e1)], groups[nxt], starting[nxt[0]]
                groups[(s1, nxt[1])] = one
                starting[s1] = (s1, nxt[1])
        # Context 3: `requires`: an entry links only where one of the entries it requires is named.
        named = {eid for opts in groups.values() for eid, kind in opts
                 if kind == NAME and not self.entries[eid].requires}
        spans = []
        for span in sorted(groups):
            # (or its own name holds one: "Assessment of Human Rights Concerns in the Xinjiang Uyghur Autonomous
            # Region" names Xinjiang, which the assessment requires; not a name inside another entry's name)
            kept = [(eid, kind) for eid, kind in groups[span]
                    if not self.entries[eid].requires or named.intersection(self.entries[eid].requires)
                    or self._names_inside(found, span).intersection(self.entries[eid].requires)]
            if kept:
                groups[span] = sorted(set(kept), key=lambda o: (KIND_RANK[o[1]], o[0]))
                spans.append(span)
        para_starts = paragraph_numbers(article.body)
        result = ArticleMatches(article=article, blocks=prose.blocks)
        result.diagnostics.extend(notes)
        full: dict[str, list[int]] = {}  # entry -> starts of its full-name mentions
        headline_people = None  # (read from the headline only when a shared name needs it)
        for s, e in spans:
            eid, kind = groups[(s, e)][0]
            if kind != SHORT:
                full.setdefault(eid, []).append(int(tokens.idx[s]))
        for s, e in spans:
            opts = groups[(s, e)]
            start, end = int(tokens.idx[s]), int(tokens.end[e - 1])
            eid, kind = opts[0]
            if kind == SHORT and self._first_name_before(text, tokens, s):
                continue  # "Intigam Aliyev", "Aziz Aliyev": another person of that surname, named in full
            if kind == SHORT:
                if headline_people is None:
                    headline_people = self._people_in_headline(article)
                eid = self._decide(tokens, s, start, [o for o, _ in opts], full, article, headline_people)
                if eid is None:
                    result.diagnostics.append(self._unresolved(article, start, end, [o for o, _ in opts], full))
                    continue
            result.mentions.append(self._mention(article, tokens, prose, para_starts, s, e, eid, kind))
        headline = self._named_in_headline(article, named | {m.entry for m in result.mentions})
        result.mentions.extend(self._references(text, tokens, prose, article, para_starts, result.mentions,
                                                headline))
        result.mentions.sort()
        roles = self._role_refs(text, tokens, article, frozenset(m.entry for m in result.mentions))
        refs = list(result.mentions)
        for s, e, eid, mention in roles:
            ref = self._mention(article, tokens, prose, para_starts, s, e, eid, ROLE)
            refs.append(ref)
            if mention:
                result.mentions.append(ref._replace(kind=NAME))
        result.mentions.sort()
        refs.sort()
        result.attributions, result.voices = self.attributor.attribute(
            doc, text, tokens, prose.blocks, refs, lambda offset: paragraph_of(para_starts, offset),
            article.attribution, self.attributor.writer_of(
                article.source, find_publisher(self.publishers, article.source, article.url)), article.title,
            article.body)
        return result

    ACRONYM_SKIP = frozenset(("of", "the", "and", "for", "in", "on", "to", "a", "an"))

    def _acronyms(self, text, tokens, groups: dict, prose: Prose) -> list:
        """An abbreviation the article defines in brackets right after a name ("Comprehensive Strategic
        Partnership (CSP)", "Cooperation Council of Turkic Speaking States (CCTS, or ...)") is that entry from
        there on: the bracketed one and every later one. Its letters must be the name's initials, in order."""
        n = len(tokens)
        taken = bytearray(n)
        for s, e in groups:
            taken[s:e] = b"\x01" * (e - s)
        out, seen = [], set()
        for (s, e), opts in sorted(groups.items()):
            if e + 2 >= n or len({eid for eid, _ in opts}) != 1 or text[tokens.idx_l[e]:tokens.end_l[e]] != "(":
                continue
            acronym = text[tokens.idx_l[e + 1]:tokens.end_l[e + 1]]
            if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()) or acronym in seen \
                    or text[tokens.idx_l[e + 2]:tokens.end_l[e + 2]] not in (")", ",", ";"):
                continue
            words = [w for w in re.split(r"[\s-]+", text[tokens.idx_l[s]:tokens.end_l[e - 1]])
                     if w[:1].isalpha() and w.lower() not in self.ACRONYM_SKIP]
            initials = [w[0].upper() for w in words]
            if not initials or acronym[0] != initials[0] or not _subsequence(acronym, initials):
                continue
            seen.add(acronym)
            entry = (opts[0][0], NAME)
            for k in range(e + 1, n):
                if not taken[k] and text[tokens.idx_l[k]:tokens.end_l[k]] == acronym \
                        and prose.is_prose(int(tokens.idx_l[k]), int(tokens.end_l[k])):
                    out.append(((k, k + 1), [entry]))
                    taken[k] = 1
        return out

    @staticmethod
    def _names_inside(found: dict, span: tuple[int, int]) -> set[str]:
        """The entries named (by a name, not a short name or a wording) strictly inside ``span``."""
        return {eid for (a, b), opts in found.items() if span[0] <= a and b <= span[1] and (a, b) != span
                for eid, kind in opts if kind == NAME}

    def _common_noun_in_name(self, text, tokens, s, e, opts, found=None) -> bool:
        """A concept, term or claim wording written in Title Case inside a proper name is not a mention; but
        after a people's or a place's name alone, ending the capitals, it is that claim named ("the Uyghur
        Genocide", not "the Uyghur Forced Labor Prevention Act" nor "End Uyghur Forced Labor")."""
        if not all(self.entries[eid].inflects for eid, _ in opts):
            return False
        sentence_start = tokens.token_at(tokens.sentence(s, e)[0])
        if not self.context.inside_title_case_name(text, tokens, s, e, sentence_start):
            return False
        if found and not (e < len(tokens) and tokens.cap_l[e]):
            named = [a for (a, b), o in found.items() if b == s and all(
                self.entries[eid].type in ("people", "place") for eid, _ in o)]
            connectors = self.context.connectors  # ("Companies in Uyghur Forced Labor": a title runs on over "in")
            if any(a == sentence_start or not (tokens.cap_l[a - 1] or (
                    a - 2 >= sentence_start and tokens.lower_l[a - 1] in connectors and tokens.cap_l[a - 2]))
                   for a in named):
                return False
        return True

    def _mention(self, article, tokens, prose, para_starts, s, e, eid, kind) -> Mention:
        start, end = int(tokens.idx[s]), int(tokens.end[e - 1])
        s_start, s_end = tokens.sentence(s, e)
        block = prose.block_of(start)
        if block:  # a sentence never runs past its paragraph
            s_start, s_end = max(s_start, block[0]), min(s_end, block[1])
        return Mention(start=start, end=end, entry=eid, text=article.body[start:end],
                       paragraph=paragraph_of(para_starts, start), kind=kind, sentence=(s_start, s_end))

    def _first_name_before(self, text: str, tokens, s: int) -> bool:
        """A capitalised word right before a shared surname that is no title, no month or day and does not open
        its sentence: the given name of someone the entries do not hold ("human rights lawyer Intigam
        Aliyev")."""
        k = s - 1
        if k < 1 or self._title_before(tokens, s) is not None:
            return False
        word = text[tokens.idx_l[k]:tokens.end_l[k]]
        if not (word[:1].isupper() and word.isalpha() and len(word) > 1) or word.lower() in MONTHS_DAYS:
            return False
        gap = text[tokens.end_l[k]:tokens.idx_l[s]]
        before = text[max(0, tokens.idx_l[k] - 3):tokens.idx_l[k]].strip()
        # (not "... said. Then Aliyev", "“Aliyev", a line's first word)
        return gap == " " and bool(before) and before[-1] not in ".!?:;“\"‘'(—–-\n" and not common_word(word)

    def _title_before(self, tokens, s: int) -> int | None:
        """The lower-case hash of a title word right before token ``s`` ("President Xi"), if any."""
        k = s - 1
        if k >= 0 and int(tokens.lower[k]) in self.title_words:
            return int(tokens.lower[k])
        return None

    def _decide(self, tokens, s: int, start: int, candidates: list[str], full: dict, article: Article,
                headline_people: list[str] = ()):
        """Which entry a short or shared name means here, or None to abstain."""
        title = self._title_before(tokens, s)
        if title is not None and article.date is not None:
            word = self.nlp.vocab.strings[title]
            holders = [c for c in candidates if any(
                r.held_on(article.date) and r.title.lower().split()[0] == word for r in self.entries[c].roles)]
            if len(holders) == 1:
                return holders[0]
        headlined = [c for c in candidates if c in headline_people]
        present = [c for c in candidates if c in full]
        if len(headlined) == 1 and (headlined[0] in full or not present):
            # the person the headline names in full, and the text too, or no other in full: whom it is about
            return headlined[0]
        if present and any(p < start for c in present for p in full[c]):
            # the person the article is about: named in full most often, then most recently before here
            most = max(len(full[c]) for c in present)
            top = [c for c in present if len(full[c]) == most]
            if len(top) == 1:
                return top[0]
            before = sorted((max(p for p in full[c] if p < start), c) for c in top if any(p < start for p in full[c]))
            if len(before) == 1:
                return before[0][1]
            # the most recently named, if in a later sentence than the others; named side by side, unclear
            ends = tokens.idx[tokens.ends] if len(tokens.ends) else np.zeros(0)
            last, prev = (int(np.searchsorted(ends, before[-1][0])), int(np.searchsorted(ends, before[-2][0])))
            return before[-1][1] if last > prev else None
        if len(candidates) == 1 and title is not None:
            return candidates[0]  # "President Xi", with no other Xi to confuse
        if not present and len(candidates) > 1:
            return self._related_to_named(candidates, full)
        return None

    def _related_to_named(self, candidates: list[str], full: dict) -> str | None:
        """A shared surname no one is named by in full ("Aliyev" in a text on Elchibey's fall): the one
        candidate the entries the text names are most closely related to (each `related:` link, either way,
        counts one), or None when that does not single one out."""
        others = [e for e in full if e not in candidates]
        score = {c: sum((o in self.entries[c].related) + (c in self.entries[o].related) for o in others)
                 for c in candidates}
        best = max(score.values())
        top = [c for c in candidates if score[c] == best]
        return top[0] if best > 0 and len(top) == 1 else None

    def _people_in_headline(self, article: Article) -> list[str]:
        """The people the headline names by a full name ("Ilham Aliyev"): a bare surname in the text that
        others share is theirs."""
        title = article.title or ""
        if not title:
            return []
        doc = self._doc(title)
        out = set()
        for matcher in (m for m in (self.lower, self.exact) if len(m)):  # (names: the phrase matchers)
            for match_id, s, e in matcher(doc):
                eid, kind = self.keys[match_id]
                if kind != SHORT and self.entries[eid].type == "person":
                    out.add(eid)
        return sorted(out)

    def _named_in_headline(self, article: Article, named: set[str]) -> list[str]:
        """Documents and events the headline names in full ("UN report on Xinjiang ..."): the body may refer
        back to them from its first sentence ("The assessment released last Wednesday ..."). An entry
        that requires others counts only where the article names one of them."""
        title = article.title or ""
        if not title or not self.heads:  # (self.heads holds the documents and events, and only them)
            return []
        doc = self._doc(title)
        out = set()
        for matcher in self.active:
            for match_id, s, e in matcher(doc):
                eid, kind = self.keys[match_id]
                entry = self.entries[eid]
                if kind != SHORT and entry.type in REFERRING_TYPES and (
                        not entry.requires or named.intersection(entry.requires)):
                    out.add(eid)
        return sorted(out)

    def _references(self, text, tokens, prose, article, para_starts, mentions: list[Mention],
                    headline: list[str] = ()) -> list[Mention]:
        """"The report", "her assessment", "today's vote": a document or event named earlier in the article
        (or in its headline), referred back to by its head noun after a determiner; the most recently named
        one with that head."""
        named = [(m.start, m.entry) for m in mentions if self.entries[m.entry].type in REFERRING_TYPES]
        named += [(-1, eid) for eid in headline]
        if not named:
            return []
        heads: dict[int, list[tuple[int, str]]] = {}  # head noun hash -> [(first mention start, entry)]
        for start, eid in named:
            for h in self.head_hashes.get(eid, ()):
                heads.setdefault(h, []).append((start, eid))
        taken = bytearray(len(text) + 1)
        for m in mentions:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        out = []
        for i in np.flatnonzero(member(tokens.lower, np.array(sorted(heads), dtype=np.uint64))):
            i = int(i)
            start = int(tokens.idx[i])
            if taken[start]:
                continue
            det = None
            words = 0  # at most three words between: "the 46-page report", "the so-called assessment"
            for k in range(i - 1, max(-1, i - 10), -1):
                word = self.nlp.vocab.strings[int(tokens.lower[k])]
                if word in DETERMINERS or (word in ("'s", "’s") and k > 0 and tokens.doc[k - 1].lower_ == "today"):
                    det = k
                    break
                if tokens.boundary[k] or word in PREPOSITIONS or word in ("a", "an") or word in CONTRASTIVE:
                    break
                if not (word in HYPHENS or (k + 1 < i and tokens.doc[k + 1].text in HYPHENS
                                            and not tokens.doc[k].whitespace_)):
                    words += 1
                    if words > 3:
                        break
            if det is None:
                continue
            before = [(p, eid) for p, eid in heads[int(tokens.lower[i])] if p < start]
            if not before:
                continue
            eid = max(before)[1]
            a = det + 1
            if not prose.is_prose(int(tokens.idx[a]), int(tokens.end[i])):
                continue
            while a < i and taken.find(1, int(tokens.idx[a]), int(tokens.end[i])) != -1:
                a += 1  # "her Xinjiang report", "Xinjiang" linked: the words after the mention refer back
            out.append(self._mention(article, tokens, prose, para_starts, a, i + 1, eid, "reference"))
        return out

    def _role_refs(self, text, tokens, article: Article, named: frozenset = frozenset()):
        """(start token, end token, entry, link as mention?) for each office wording held on the article's date;
        in an article without a date, only by an entry the article names ("Xi Jinping ... the President of
        the People's Republic of China noted"), and only where it names no other holder of that office."""
        out = []
        if not self.role_matchers:
            return out
        for match_id, s, e in self.roles(tokens.doc):
            eid, r = self.role_keys[match_id][0]
            role = self.entries[eid].roles[r]
            if article.date is None:
                if eid not in named:
                    continue
            elif not role.held_on(article.date):
                continue
            followed_by_name = e < len(tokens) and tokens.cap[e]
            out.append((s, e, eid, role.mention and not followed_by_name))
        # one office, one holder on a date: wordings two entries claim for the same date are dropped
        seen: dict[tuple[int, int], set] = {}
        for s, e, eid, _ in out:
            seen.setdefault((s, e), set()).add(eid)
        return [item for item in out if len(seen[(item[0], item[1])]) == 1]

    def _inverted_headword(self, text, tokens, prose):
        """An encyclopedia's headword, surname first, opening the text: "Aliyev, Heydar khāˈdär älēˈyĕf, 1923–2003,
        ...": the person named in full ((start, end), options), or None."""
        if not prose.blocks or not self.inverted:
            return None
        first = tokens.token_at(prose.blocks[0][0])
        n = len(tokens)
        k = first
        while k < n and k - first < 3 and tokens.cap_l[k] and text[tokens.idx_l[k]].isalpha():
            k += 1
        if k == first or k >= n or tokens.orth_l[k] != self.comma_hash:
            return None
        m = k + 1
        while m < n and m - k - 1 < 3 and tokens.cap_l[m] and text[tokens.idx_l[m]].isalpha():
            m += 1
        if m == k + 1:
            return None
        words = [text[tokens.idx_l[t]:tokens.end_l[t]] for t in (*range(k + 1, m), *range(first, k))]
        eid = self.inverted.get(name_key(" ".join(words)))
        if eid is None or not prose.is_prose(int(tokens.idx[first]), int(tokens.end[m - 1])):
            return None
        return (first, m), [(eid, NAME)]

    def _initialled(self, tokens, m, taken, prose):
        """A person named by initials and surname (``m``, a match of ``initials_re``): "H.A. Aliyev", "I. Aliyev",
        "I.Aliyev", linked when the first initial is the first letter of one person's first name only (a second
        initial, when written, must agree with the middle name or patronymic the entry gives)."""
        if m.group(2).lower() not in self.initials or (m.start() and (m.string[m.start() - 1].isalnum()
                                                                      or m.string[m.start() - 1] == ".")):
            return None  # (initials before a word no entry has as a surname, "U.S. Senate"; or inside a word)
        a, b = tokens.token_at(m.start()), tokens.token_at(m.end())
        if tokens.idx_l[a] != m.start() or tokens.end_l[b - 1] != m.end() or taken.find(1, a, b) != -1:
            return None  # (not where tokens start and end: "SH.A. Aliyev", or a name already linked)
        letters = m.group(1).replace(".", "").replace(" ", "").lower()
        owners = {eid for eid, initials in self.initials.get(m.group(2).lower(), ())
                  if initials[:1] == letters[:1] and (len(letters) == 1 or len(initials) == 1
                                                      or initials[:len(letters)] == letters)}
        if not owners:
            # "Q. Aliyev": an Aliyev none of the entries is; the surname links no one (no options: nothing links)
            taken[a:b] = b"\x01" * (b - a)
            return (a, b), []
        if len(owners) != 1 or not prose.is_prose(m.start(), m.end()):
            return None
        taken[a:b] = b"\x01" * (b - a)
        return (a, b), [(owners.pop(), NAME)]

    def _more_names(self, text, tokens, taken, prose, article, notes, fixed=None):
        """Full names the phrase matchers cannot list: middle names and patronymics, and near misses."""
        out = []
        n = len(tokens)
        if len(self.first_hashes):
            for i in np.flatnonzero(member(tokens.lower, self.first_hashes)):
                i = int(i)
                if taken[i]:
                    continue
                for eid, last in self.firsts[int(tokens.lower[i])]:
                    for width in (3, 4):
                        j = i + width - 1
                        if j >= n or taken.find(1, i, j + 1) != -1 or tokens.doc[j].lower_ != last:
                            continue
                        middle = range(i + 1, j)
                        if all(tokens.cap[k] or int(tokens.lower[k]) in self.markers for k in middle) \
                                and prose.is_prose(int(tokens.idx[i]), int(tokens.end[j])):
                            taken[i:j + 1] = b"\x01" * (j + 1 - i)
                            out.append(((i, j + 1), [(eid, NAME)]))
                            break
        if self.initials_re is not None:
            for m in self.initials_re.finditer(text):  # (one scan of the text: initials are rare)
                found = self._initialled(tokens, m, taken, prose)
                if found is not None:
                    out.append(found)
        if len(self.anchor_hashes):
            for i in np.flatnonzero(member(tokens.lower, self.anchor_hashes)):
                i = int(i)
                if taken[i]:
                    continue
                for eid, words, k in self.anchors[int(tokens.lower[i])]:
                    a, b = i - k, i - k + len(words)
                    if a < 0 or b > n or taken.find(1, a, b) != -1:
                        continue
                    found = [tokens.doc[t].text for t in range(a, b)]
                    if not near_miss(found, list(words)):
                        continue
                    start, end = int(tokens.idx[a]), int(tokens.end[b - 1])
                    if not prose.is_prose(start, end) or self.context.excluded(text, tokens, a, b, fixed):
                        continue
                    taken[a:b] = b"\x01" * (b - a)
                    out.append(((a, b), [(eid, NAME)]))
                    line, col = article.position(start)
                    notes.append(Diagnostic(article.path, line, col, INFO, f"{article.body[start:end]!r} is one "
                                            f"letter from {' '.join(words)!r} ({eid}) and is linked to it; add the "
                                            "spelling to its aliases if it is right, or correct the article"))
                    break
        return out

    def _unresolved(self, article: Article, start: int, end: int, candidates: list[str], full: dict) -> Diagnostic:
        text = article.body[start:end]
        line, col = article.position(start)
        if len(candidates) > 1:
            return Diagnostic(article.path, line, col, WARNING, f"{text!r} could be {' or '.join(candidates)}, and "
                              "the article does not make clear which (name one in full, or set its date for "
                              "offices); it is not linked")
        return Diagnostic(article.path, line, col, INFO, f"{text!r} is a short name of {candidates[0]} but the "
                          "full name does not appear earlier in the article; it is not linked")


# (character ranges, not \w classes: one pass over every article's text, four times faster)
INITIALS_THEN_NAME = re.compile(r"([A-ZÀ-ÞƏİ]\.\s?(?:[A-ZÀ-ÞƏİ]\.\s?){0,2})([A-ZÀ-ÞƏİ][a-zà-ÿəışğ]+)")


def _subsequence(letters: str, initials: list[str]) -> bool:
    """Whether ``letters`` can be read off ``initials`` in order, each initial used at most once."""
    it = iter(initials)
    return all(any(c == x for x in it) for c in letters)

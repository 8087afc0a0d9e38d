"""Find mentions of context entries with spaCy's PhraseMatcher and Matcher.

Three matchers over one tokenization:
- names, case-insensitive (``LOWER``), including inflected forms of inflectable aliases;
- names that must keep their case (``ORTH``): acronyms in capitals, case-sensitive
  entries, and every short name ("Xi" never links inside "Xinjiang", nor as "xi");
- token patterns from claim entries (spaCy ``Matcher``).

Candidates are then filtered (inside prose only; ``requires`` satisfied), overlaps
are resolved longest first, and short names are resolved to the entry most recently
named in full earlier in the same article.
"""

from __future__ import annotations


from spacy.matcher import Matcher, PhraseMatcher

from explainer.diagnostics import INFO, WARNING, Diagnostic, Report
from explainer.match.attribution import Attributor
from explainer.match.inflect import word_forms
from explainer.match.names import is_all_caps, name_key
from explainer.match.pipeline import forget_tokenizations, make_pipeline
from explainer.match.tokens import TokenIndex
from explainer.parallel import parallel_map
from explainer.match.prose import SPACE_LIKE, Prose, paragraph_numbers, paragraph_of, prose_view
from explainer.structure import Article, ArticleMatches, Entry, Mention

NAME, SHORT, PATTERN = "name", "short", "pattern"
KIND_RANK = {NAME: 0, PATTERN: 1, SHORT: 2}


def _uses_lemma(pattern) -> bool:
    return any("LEMMA" in token for token in pattern if isinstance(token, dict))


class MentionFinder:
    """Built once per run from all entries; then matches any number of articles."""

    def __init__(self, entries: list[Entry], report: Report | None = None, model: str | None = None):
        self.report = report if report is not None else Report()
        self.entries = {e.id: e for e in entries}
        lemmas = any(_uses_lemma(p) for e in entries for p in e.patterns)
        self.nlp, self.pipeline_name = make_pipeline(model, lemmas)
        vocab = self.nlp.vocab
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
        for entry in entries:
            self._add_entry(entry)
        forget_tokenizations(self.nlp)
        self.active = [m for m in (self.lower, self.exact, self.patterns) if len(m)]
        self.attributor = Attributor(self.nlp, self.entries)

    def _key(self, entry: Entry, kind: str) -> str:
        key = f"{entry.id}\x1f{kind}"
        self.keys[self.nlp.vocab.strings.add(key)] = (entry.id, kind)
        return key

    def _doc(self, text: str):
        return self.nlp.make_doc(" ".join(text.translate(SPACE_LIKE).split()))

    def _add_entry(self, entry: Entry) -> None:
        patterns = {(NAME, "lower"): [], (NAME, "exact"): [], (SHORT, "lower"): [], (SHORT, "exact"): []}
        for name in dict.fromkeys(entry.names):
            kind = SHORT if name_key(name) in self.shared else NAME
            doc = self._doc(name)
            if entry.case_sensitive or is_all_caps(name):
                patterns[kind, "exact"].append(doc)
                continue
            patterns[kind, "lower"].append(doc)
            if entry.inflects and len(doc) and doc[-1].is_alpha:
                head = doc[:-1].text_with_ws
                for form in word_forms(doc[-1].text)[1:]:
                    patterns[kind, "lower"].append(self.nlp.make_doc(head + form))
        for (kind, how), docs in patterns.items():
            if docs:
                (self.lower if how == "lower" else self.exact).add(self._key(entry, kind), docs)
        if entry.short_names:  # short names keep their case: "Xi" is not "xi"
            self.exact.add(self._key(entry, SHORT), [self._doc(n) for n in entry.short_names])
        for i, pattern in enumerate(entry.patterns):
            try:
                self.patterns.add(self._key(entry, PATTERN), [pattern])
            except Exception as exc:  # spaCy raises MatchPatternError / ValueError with its own text
                first = str(exc).strip().splitlines()
                detail = next((ln.strip() for ln in first if ln.strip().startswith("-")), first[0] if first else "")
                self.report.error(entry.path, *entry.where("patterns", i),
                                  f"patterns[{i + 1}] is not a valid spaCy token pattern: {detail}")

    # -- matching -----------------------------------------------------------------------

    def match_articles(self, articles: list[Article], workers: int | None = None) -> list[ArticleMatches]:
        """Mentions and attributions of each article, in order; shared over the cores for large archives."""
        self._articles = articles
        results = parallel_map(self._match_index, range(len(articles)), workers)
        for article, result in zip(articles, results):
            result.article = article  # sent back without it: the parent has it already
            self.report.items.extend(result.diagnostics)
        return results

    def _match_index(self, i: int) -> ArticleMatches:
        result = self.match_article(self._articles[i])
        result.article = None
        return result

    def match_article(self, article: Article) -> ArticleMatches:
        prose = prose_view(article.body)
        return self._resolve(article, prose, self.nlp(prose.text))

    def _candidates(self, doc, tokens: TokenIndex, prose: Prose) -> dict[tuple[int, int], list[tuple[str, str]]]:
        found: dict[tuple[int, int], list[tuple[str, str]]] = {}
        for matcher in self.active:
            for match_id, s, e in matcher(doc):
                start, end = int(tokens.idx[s]), int(tokens.end[e - 1])
                if not prose.is_prose(start, end):
                    continue  # runs into markup (link, code, emphasis marker) or across blocks
                found.setdefault((s, e), []).append(self.keys[match_id])
        return found

    def _resolve(self, article: Article, prose: Prose, doc) -> ArticleMatches:
        tokens = TokenIndex(doc)
        found = self._candidates(doc, tokens, prose)
        # `requires`: an entry links only where one of the entries it requires is named.
        named = {eid for opts in found.values() for eid, kind in opts
                 if kind == NAME and not self.entries[eid].requires}
        groups = {}
        for span, opts in found.items():
            kept = [(eid, kind) for eid, kind in opts
                    if not self.entries[eid].requires or named.intersection(self.entries[eid].requires)]
            if kept:
                groups[span] = sorted(set(kept), key=lambda o: (KIND_RANK[o[1]], o[0]))
        # Overlaps: the longest span wins, then the earliest.
        taken = bytearray(len(tokens))
        accepted = []
        for (s, e) in sorted(groups, key=lambda se: (se[0] - se[1], se[0])):
            if taken.find(1, s, e) == -1:
                taken[s:e] = b"\x01" * (e - s)
                accepted.append((s, e))
        accepted.sort()
        para_starts = paragraph_numbers(article.body)
        result = ArticleMatches(article=article, blocks=prose.blocks)
        last_full: dict[str, int] = {}
        for s, e in accepted:
            opts = groups[(s, e)]
            start, end = int(tokens.idx[s]), int(tokens.end[e - 1])
            eid, kind = opts[0]
            if kind == SHORT:
                named_before = [o for o, _ in opts if o in last_full]
                if named_before:
                    eid = max(named_before, key=lambda o: last_full[o])
                else:
                    result.diagnostics.append(self._unresolved(article, start, end, [o for o, _ in opts]))
                    continue
            else:
                last_full[eid] = start
            s_start, s_end = tokens.sentence(s, e)
            block = prose.block_of(start)
            if block:  # a sentence never runs past its paragraph
                s_start, s_end = max(s_start, block[0]), min(s_end, block[1])
            result.mentions.append(Mention(
                start=start, end=end, entry=eid, text=article.body[start:end],
                paragraph=paragraph_of(para_starts, start), kind=kind, sentence=(s_start, s_end)))
        result.attributions = self.attributor.attribute(
            doc, prose.text, tokens, prose.blocks, result.mentions, lambda offset: paragraph_of(para_starts, offset),
            article.attribution)
        return result

    def _unresolved(self, article: Article, start: int, end: int, candidates: list[str]) -> Diagnostic:
        text = article.body[start:end]
        line, col = article.position(start)
        if len(candidates) > 1:
            return Diagnostic(article.path, line, col, WARNING, f"{text!r} could be {' or '.join(candidates)} "
                              "and neither is named in full earlier in the article; it is not linked")
        return Diagnostic(article.path, line, col, INFO, f"{text!r} is a short name of {candidates[0]} but the "
                          "full name does not appear earlier in the article; it is not linked")

"""Names that appear in articles but have no entry, and near-misses of existing names.

On a blank pipeline, candidates are proper-noun sequences found by rules:
capitalised tokens, allowing "of", "the", "for" between them and a
possessive inside ("People's Republic of China"). With a trained pipeline, its
named entities are used instead. Spans already linked to an entry are left out;
a candidate close in spelling to an existing name ("Mamtmin Ala") is reported as
a probable misspelling of that entry instead, by the same near-miss rule the
matcher links such spellings with (``variants.near_miss``: one letter, in one word
of a multi-word name, the others exact).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from explainer.match.matcher import ArticleMatches, MentionFinder
from explainer.structure.names import name_key
from explainer.match.prose import prose_view
from explainer.match.tokens import TokenIndex
from explainer.match.variants import near_miss
from explainer.match.prose import plain_text

JOINERS = {"of", "the", "for", "de", "al", "bin", "von", "van"}  # not "and"/"in": they join separate names
SKIP = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mr", "mrs", "ms", "dr", "president", "prime", "minister", "the", "a", "an", "this", "that", "these",
        "those", "it", "he", "she", "they", "we", "i", "as", "at", "by", "for", "in", "on", "while", "when",
        "but", "and", "or", "if", "after", "before", "over", "under", "according", "us", "said"}
NER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "EVENT", "FAC", "LAW", "WORK_OF_ART"}


@dataclass
class Suggestion:
    name: str
    articles: set = field(default_factory=set)
    count: int = 0
    example: tuple[str, str] = ("", "")  # (article path, sentence)
    near: str | None = None  # entry id this is probably a misspelling of

    def as_json(self) -> dict:
        return {"name": self.name, "articles": len(self.articles), "mentions": self.count,
                "example_article": self.example[0], "example": self.example[1], "near_miss_of": self.near}


def _proper_sequences(doc, tokens: TokenIndex):
    """(start, end) token spans of capitalised sequences."""
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if not (tok.is_title or (tok.is_upper and len(tok) > 1)) or not tok.is_alpha:
            i += 1
            continue
        j = i + 1
        while j < n:
            t = doc[j]
            if (t.is_title or (t.is_upper and len(t) > 1)) and t.is_alpha:
                j += 1
            elif t.lower_ in JOINERS and j + 1 < n and doc[j + 1].is_title:
                j += 1
            elif t.text in ("'s", "’s") and j + 1 < n and doc[j + 1].is_title:
                j += 1
            else:
                break
        start = i
        while start < j and (doc[start].lower_ in SKIP or doc[start].lower_ in JOINERS):
            start += 1
        end = j
        while end > start and doc[end - 1].lower_ in JOINERS | {"'s", "’s"}:
            end -= 1
        sentence_initial = tokens.sentence(start, start + 1)[0] == doc[start].idx
        if end > start and not (end - start == 1 and sentence_initial):
            yield start, end
        i = j


def _near(text: str, entry) -> bool:
    return any(near_miss(text.split(), n.split()) for n in entry.names)


def suggest(finder: MentionFinder, matches: list[ArticleMatches]) -> list[Suggestion]:
    names = {}
    for entry in finder.entries.values():
        for name in entry.names + entry.short_names:
            names[name_key(name)] = entry.id
    found: dict[str, Suggestion] = {}
    docs = finder.nlp.pipe(prose_view(am.article.body).text for am in matches)
    for am, doc in zip(matches, docs):
        tokens = TokenIndex(doc)
        prose = prose_view(am.article.body)
        linked = bytearray(len(am.article.body) + 1)
        for m in am.mentions:
            if name_key(m.text) not in names and _near(m.text, finder.entries[m.entry]):
                continue  # linked as a near miss: still worth an alias, or a correction
            linked[m.start:m.end] = b"\x01" * (m.end - m.start)
        if doc.has_annotation("ENT_IOB") and doc.ents:
            spans = [(e.start, e.end) for e in doc.ents if e.label_ in NER_LABELS]
        else:
            spans = list(_proper_sequences(doc, tokens))
        for s, e in spans:
            span = doc[s:e]
            a, b = span.start_char, span.end_char
            if linked.find(1, a, b) != -1 or not prose.is_prose(a, b):
                continue
            text = " ".join(am.article.body[a:b].split())
            key = name_key(text)
            if key in names or len(key) < 3:
                continue
            sug = found.setdefault(key, Suggestion(name=text))
            sug.count += 1
            sug.articles.add(am.article.path)
            if not sug.example[1]:
                a2, b2 = tokens.sentence(s, e)
                sug.example = (am.article.path, plain_text(am.article.body[a2:b2]))
    multi = [(n.split(), entry_id) for entry_id, entry in finder.entries.items() for n in entry.names
             if len(n.split()) > 1]
    for sug in found.values():
        words = sug.name.split()
        sug.near = next((eid for name, eid in multi if near_miss(words, name)), None)
    return sorted(found.values(), key=lambda s: (-len(s.articles), -s.count, s.name.casefold()))

"""Who is speaking: for each paragraph, whether its content is attributed, to whom, and the cue.

Rules over spaCy's Matcher on the blank pipeline: reporting verbs ("stated",
"criticised", "said"), and phrases ("according to", "as stated in", "as quoted
in"). The holder is the entry named next to the cue (before the verb, or after it
in an inverted quote: '..., stated Dr Mamtimin Ala'). "The release" or "the
statement" refers back to whoever issued the release last named ("the ETGE
release"); a pronoun to the previous holder. With a trained pipeline the verb's
grammatical subject is used first. Editors can set or correct a paragraph in the
front matter: ``attribution: {3: etge, 5: unattributed}``.

It reports counts and cues; it never judges whether a statement is true.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.matcher import Matcher

from explainer.structure import Attribution, Entry, Mention

VERBS = sorted({
    "said", "says", "stated", "states", "told", "tells", "added", "adds", "noted", "notes", "emphasised",
    "emphasized", "emphasises", "emphasizes", "criticised", "criticized", "criticises", "criticizes",
    "condemned", "condemns", "claimed", "claims", "alleged", "alleges", "argued", "argues", "declared",
    "declares", "announced", "announces", "warned", "warns", "urged", "urges", "accused", "accuses",
    "denied", "denies", "insisted", "insists", "wrote", "writes", "stressed", "stresses", "asserted",
    "asserts", "explained", "explains", "reiterated", "reiterates", "denounced", "denounces",
    "rejected", "rejects", "maintained", "maintains", "acknowledged", "acknowledges", "confirmed",
    "confirms", "reported", "reports", "highlighted", "highlights", "pointed", "vowed", "vows",
})
PHRASES = [
    [{"LOWER": "according"}, {"LOWER": "to"}],
    [{"LOWER": "as"}, {"LOWER": {"IN": ["stated", "quoted", "reported", "cited", "said", "noted", "mentioned",
                                         "outlined", "announced", "highlighted", "emphasised", "emphasized"]}},
     {"LOWER": {"IN": ["in", "by"]}}],
    [{"LOWER": "quoted"}, {"LOWER": {"IN": ["in", "by"]}}],
    [{"LOWER": "citing"}],
    [{"LOWER": "in"}, {"LOWER": "a"}, {"LOWER": {"IN": ["statement", "release", "communique", "communiqué"]}}],
]
DOCUMENT_WORDS = {"release", "statement", "communique", "communiqué", "report", "declaration", "letter",
                  "announcement", "press"}
PRONOUNS = {"he", "she", "they", "it", "his", "her", "their"}
HOLDER_TYPES = {"person", "organization", "document", "place", "people"}
BOUNDARY = {",", ".", ";", ":", "!", "?", "(", ")", "—", "–", "--", '"', "“", "”"}
UNATTRIBUTED = {"unattributed", "none", "no one", "reporter"}


def build_matcher(vocab) -> Matcher:
    matcher = Matcher(vocab)
    matcher.add("VERB", [[{"LOWER": {"IN": VERBS}}]])
    matcher.add("PHRASE", PHRASES)
    return matcher


def _phrase_after(doc, i, limit):
    j = i
    while j < limit and j - i < 10 and doc[j].text not in BOUNDARY and not doc[j].is_space:
        j += 1
    return i, j


def _phrase_before(doc, i, lo):
    j = i
    while j > lo and i - j < 12 and doc[j - 1].text not in BOUNDARY and not doc[j - 1].is_space:
        j -= 1
    # a clause may open with a parenthetical acronym: "The ETGE (ETGE) said" stays one phrase
    while j > lo + 1 and doc[j - 1].text == ")" and "(" in [t.text for t in doc[max(lo, j - 4):j]]:
        k = j - 1
        while k > lo and doc[k].text != "(":
            k -= 1
        j = k
        while j > lo and i - j < 16 and doc[j - 1].text not in BOUNDARY and not doc[j - 1].is_space:
            j -= 1
    return j, i


class Attributor:
    def __init__(self, vocab, entries: dict[str, Entry]):
        self.matcher = build_matcher(vocab)
        self.entries = entries

    def holder_in(self, doc, span, mentions: list[Mention]):
        """An entry named inside doc[span] that can speak."""
        a, b = span
        if a >= b:
            return None
        lo, hi = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
        for m in mentions:
            if lo <= m.start < hi and self.entries[m.entry].type in HOLDER_TYPES:
                return m.entry
        return None

    def attribute(self, doc, blocks: list[tuple[int, int]], mentions: list[Mention], paragraph_of,
                  overrides: dict | None = None) -> list[Attribution]:
        overrides = {int(k): v for k, v in (overrides or {}).items() if str(k).isdigit()}
        cues = sorted(self.matcher(doc), key=lambda m: (m[1], m[2]))
        verb_id = doc.vocab.strings["VERB"]
        out: list[Attribution] = []
        release_holder = None
        last_holder = None
        starts = [t.idx for t in doc]
        for start, end in blocks:
            para = paragraph_of(start)
            tok_lo, tok_hi = bisect_left(starts, start), bisect_left(starts, end)
            chosen = None
            for match_id, s, e in cues:
                if s < tok_lo or s >= tok_hi:
                    continue
                if match_id == verb_id:
                    phrases = self._verb_phrases(doc, s, e, tok_lo, tok_hi)
                else:
                    phrases = [_phrase_after(doc, e, tok_hi)]
                for phrase in phrases:
                    words = {t.lower_ for t in doc[phrase[0]:phrase[1]]}
                    holder = self.holder_in(doc, phrase, mentions)
                    if holder and words & DOCUMENT_WORDS:
                        release_holder = holder
                    if holder is None and words & DOCUMENT_WORDS and release_holder:
                        holder = release_holder
                    if holder is None and words & PRONOUNS and last_holder and phrase[1] - phrase[0] <= 2:
                        holder = last_holder
                    if holder:
                        cue_lo = min(doc[s].idx, doc[phrase[0]].idx if phrase[1] > phrase[0] else doc[s].idx)
                        cue_hi = max(doc[e - 1].idx + len(doc[e - 1]),
                                     doc[phrase[1] - 1].idx + len(doc[phrase[1] - 1]) if phrase[1] > phrase[0] else 0)
                        chosen = (holder, cue_lo, cue_hi)
                        break
                if chosen:
                    break
            if para in overrides:
                value = str(overrides[para]).strip()
                if value.lower() in UNATTRIBUTED:
                    out.append(Attribution(para, None, None, "set by an editor", start, start))
                else:
                    holder = value if value in self.entries else None
                    label = self.entries[holder].title if holder else value
                    out.append(Attribution(para, holder, label, "set by an editor", start, start))
                    last_holder = holder or last_holder
                continue
            if chosen:
                holder, a, b = chosen
                last_holder = holder
                out.append(Attribution(para, holder, self.entries[holder].title,
                                       " ".join(doc.text[a:b].split()), a, b))
            else:
                out.append(Attribution(para, None, None, None, start, start))
        return out

    def _verb_phrases(self, doc, s, e, lo, hi):
        phrases = []
        verb = doc[s]
        if doc.has_annotation("DEP"):
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    phrases.append((child.left_edge.i, child.right_edge.i + 1))
        phrases.append(_phrase_before(doc, s, lo))
        phrases.append(_phrase_after(doc, e, hi))
        return phrases

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

from spacy.matcher import PhraseMatcher

from explainer.structure import Attribution, Entry, Mention

VERBS = sorted({
    "said", "says", "say", "stated", "states", "told", "tells", "added", "adds", "noted", "notes", "emphasised",
    "emphasized", "emphasises", "emphasizes", "criticised", "criticized", "criticises", "criticizes",
    "condemned", "condemns", "claimed", "claims", "alleged", "alleges", "argued", "argues", "declared",
    "declares", "announced", "announces", "warned", "warns", "urged", "urges", "accused", "accuses",
    "denied", "denies", "insisted", "insists", "wrote", "writes", "stressed", "stresses", "asserted",
    "asserts", "explained", "explains", "reiterated", "reiterates", "denounced", "denounces",
    "rejected", "rejects", "acknowledged", "acknowledges", "confirmed", "confirms", "reported",
    "vowed", "vows",
})
_AS = ("stated", "quoted", "reported", "cited", "said", "noted", "mentioned", "outlined", "announced",
       "highlighted", "emphasised", "emphasized")
PHRASES = (["according to", "quoted in", "quoted by", "citing"]
           + [f"as {verb} {prep}" for verb in _AS for prep in ("in", "by")]
           + [f"in a {doc}" for doc in ("statement", "release", "communique", "communiqué")])
DOCUMENT_WORDS = {"release", "statement", "communique", "communiqué", "report", "declaration", "letter",
                  "announcement", "press"}
SPEAKER_WORDS = {"spokesperson", "spokesman", "spokeswoman", "official", "officials", "ministry", "minister",
                 "office", "agency", "government", "authorities", "police", "group", "groups", "organisation",
                 "organization", "committee", "council", "experts", "researchers", "analysts", "activists",
                 "diplomats", "embassy", "mission", "court", "tribunal", "department", "lawyers", "sources",
                 "observers", "witnesses", "residents", "campaigners", "critics", "leaders", "parliament"}
PRONOUNS = {"he", "she", "they", "it", "his", "her", "their"}
HOLDER_TYPES = {"person", "organization", "document", "place", "people"}
UNATTRIBUTED = {"unattributed", "none", "no one", "reporter"}


def build_matcher(nlp) -> PhraseMatcher:
    """Cues are fixed words and phrases, so a PhraseMatcher (a hash lookup per token) finds them."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("VERB", [nlp.make_doc(v) for v in VERBS])
    matcher.add("PHRASE", [nlp.make_doc(p) for p in PHRASES])
    return matcher


class Attributor:
    def __init__(self, nlp, entries: dict[str, Entry]):
        self.matcher = build_matcher(nlp)
        self.entries = entries
        strings = nlp.vocab.strings
        self.document_words = {strings.add(w) for w in DOCUMENT_WORDS}
        self.pronouns = {strings.add(w) for w in PRONOUNS}
        self.open_paren, self.close_paren = strings.add("("), strings.add(")")
        self.comma = strings.add(",")
        self.determiners = {strings.add(w) for w in ("the", "a", "an", "this", "that", "these", "those", "its")}
        self.speaker_words = {strings.add(w) for w in SPEAKER_WORDS}

    def _subject_phrase(self, tokens, i: int, lo: int) -> tuple[int, int]:
        """Words before a reporting verb, back to the clause start; "The ETGE (ETGE) said" stays whole."""
        j, _ = tokens.phrase_before(i, lo)
        if j > lo + 1 and int(tokens.orth[j - 1]) == self.close_paren:
            k = j - 1
            while k > max(lo, j - 5) and int(tokens.orth[k]) != self.open_paren:
                k -= 1
            if int(tokens.orth[k]) == self.open_paren:
                j, _ = tokens.phrase_before(k, lo, width=12 - (i - k))
        return j, i

    def holder_in(self, tokens, span, mentions: list[Mention], closing: bool = False):
        """An entry named inside tokens [span) that can speak.

        With ``closing``, the name must end the phrase (followed by punctuation or the
        paragraph's end), as a speaker named after the verb does: '..., stated Dr Mamtimin
        Ala, President of ...' names Ala; 'said the OTS must act' names no speaker.
        """
        a, b = span
        if a >= b:
            return None
        lo, hi = tokens.idx[a], tokens.end[b - 1]
        for k in range(bisect_left(self._starts, lo), len(mentions)):
            m = mentions[k]
            if m.start >= hi:
                break
            if self.entries[m.entry].type in HOLDER_TYPES:
                if closing:
                    nxt = tokens.token_at(m.end)
                    if nxt < len(tokens) and not tokens.boundary[nxt]:
                        continue
                return m.entry
        return None

    def free_label(self, tokens, text: str, span) -> str | None:
        """A speaker that has no entry ("the U.N. human rights office", "officials"), as written."""
        a, b = span
        if a >= b or b - a > 6:
            return None
        words = tokens.words(a, b)
        if words & self.pronouns or words & self.document_words:
            return None
        capitalised = any(text[tokens.idx[k]].isupper() and int(tokens.lower[k]) not in self.determiners
                          for k in range(a, b))
        if not (words & self.speaker_words or capitalised):
            return None
        return " ".join(text[tokens.idx[a]:tokens.end[b - 1]].split())

    def attribute(self, doc, text: str, tokens, blocks: list[tuple[int, int]], mentions: list[Mention],
                  paragraph_of, overrides: dict | None = None) -> list[Attribution]:
        overrides = {int(k): v for k, v in (overrides or {}).items() if str(k).isdigit()}
        cues = sorted(self.matcher(doc), key=lambda m: (m[1], m[2]))
        self._starts = [m.start for m in mentions]  # mentions come in text order
        verb_id = doc.vocab.strings["VERB"]
        parsed = doc.has_annotation("DEP")  # a trained parser ran (scans the doc: once, not per cue)
        out: list[Attribution] = []
        state = {"release": None, "last": None}
        cue_starts = [c[1] for c in cues]
        for start, end in blocks:
            para = paragraph_of(start)
            tok_lo, tok_hi = tokens.token_at(start), tokens.token_at(end)
            found = self._paragraph(doc, text, tokens, cues[bisect_left(cue_starts, tok_lo):bisect_left(
                cue_starts, tok_hi)], verb_id, parsed, tok_lo, tok_hi, mentions, state)
            if para in overrides:
                value = str(overrides[para]).strip()
                if value.lower() in UNATTRIBUTED:
                    out.append(Attribution(para, None, None, "set by an editor", start, start))
                else:
                    holder = value if value in self.entries else None
                    label = self.entries[holder].title if holder else value
                    out.append(Attribution(para, holder, label, "set by an editor", start, start))
                    state["last"] = holder or state["last"]
                continue
            if found:
                holder, label, a, b = found
                if holder:
                    state["last"] = holder
                out.append(Attribution(para, holder, label, " ".join(text[a:b].split()), a, b))
            else:
                out.append(Attribution(para, None, None, None, start, start))
        return out

    def _paragraph(self, doc, text, tokens, cues, verb_id, parsed, lo, hi, mentions, state):
        """(holder, label, cue start, cue end) for one paragraph: the first cue naming an entry wins;
        failing that, the first cue naming some other speaker."""
        fallback = None
        for match_id, s, e in cues:
            if match_id == verb_id:
                phrases = self._verb_phrases(doc, tokens, s, e, lo, hi, parsed)
            else:
                phrases = [("source", tokens.phrase_after(e, hi))]
            for role, (a, b) in phrases:
                holder = self.holder_in(tokens, (a, b), mentions, closing=role == "after")
                words = tokens.words(a, b) if holder or state["release"] or state["last"] else set()
                if holder and words & self.document_words:
                    state["release"] = holder  # "the ETGE release": later "the release" is the ETGE's
                if holder is None and words & self.document_words and state["release"]:
                    holder = state["release"]
                if holder is None and words & self.pronouns and state["last"] and b - a <= 2:
                    holder = state["last"]
                cue_lo = int(min(tokens.idx[s], tokens.idx[a] if b > a else tokens.idx[s]))
                cue_hi = int(max(tokens.end[e - 1], tokens.end[b - 1] if b > a else 0))
                if holder:
                    return holder, self.entries[holder].title, cue_lo, cue_hi
                if fallback is None and role in ("subject", "source"):
                    label = self.free_label(tokens, text, (a, b))
                    if label:
                        fallback = (None, label, cue_lo, cue_hi)
        return fallback

    def _verb_phrases(self, doc, tokens, s, e, lo, hi, parsed: bool):
        phrases = []
        if parsed:  # with a trained parser, the verb's grammatical subject comes first
            for child in doc[s].children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    phrases.append(("subject", (child.left_edge.i, child.right_edge.i + 1)))
        a, b = self._subject_phrase(tokens, s, lo)
        if a == b and s - 1 > lo and int(tokens.orth[s - 1]) == self.comma:
            # "Mamtimin Ala, president of the ETGE, said": the subject, then its apposition
            appos = self._subject_phrase(tokens, s - 1, lo)
            if appos[0] - 1 > lo and int(tokens.orth[appos[0] - 1]) == self.comma:
                phrases.append(("subject", self._subject_phrase(tokens, appos[0] - 1, lo)))
            phrases.append(("subject", appos))
        else:
            phrases.append(("subject", (a, b)))
        # an inverted quote names the speaker right after the verb: '..., stated Dr Mamtimin Ala'
        phrases.append(("after", tokens.phrase_after(e, hi, width=4)))
        return phrases

"""Compare what the explainer found with a gold annotation: linking per mention, speakers per paragraph.

Linking: a reported mention matches a gold mention of the same entry whose span
overlaps it; optional gold marks count neither way; traps are ordinary text (a
reported mention there is a false positive). Speakers: per paragraph, the writer's
own voice is ``None``; a speaker without an entry matches a name when one contains
the other, ignoring case, punctuation and a leading article.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from explainer.match.attribution import CAPITALS

# The thirteen entries of the first issue.
CORE = ("etge", "comprehensive-strategic-partnership", "abulfaz-elchibey", "ilham-aliyev", "heydar-aliyev",
        "xi-jinping", "xinjiang", "uyghurs", "mamtimin-ala", "azerbaijan", "china", "ani",
        "ohchr-2022-assessment")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Disagreement:
    text: str  # corpus file
    kind: str  # "missed", "wrong" (false positive), "speaker"
    detail: str
    context: str


@dataclass
class Result:
    per_entry: dict[str, Counts] = field(default_factory=dict)
    speakers_gold: int = 0  # paragraphs with a gold speaker
    speakers_right: int = 0
    speakers_given: int = 0  # paragraphs the tool gave a speaker
    speakers_false: int = 0  # ... of which the speaker is wrong
    paragraphs: int = 0
    people_speakers: int = 0  # paragraphs attributed to a people entry (an ethnic group)
    texts: int = 0
    publishers: set = field(default_factory=set)
    disagreements: list[Disagreement] = field(default_factory=list)
    pipeline: str = ""
    suggested: Counts = field(default_factory=Counts)  # `suggest` against each text's unlinked_names

    def total(self, ids=None) -> Counts:
        out = Counts()
        for eid, c in self.per_entry.items():
            if ids is None or eid in ids:
                out.add(c)
        return out

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.speakers_gold if self.speakers_gold else 1.0

    @property
    def false_speaker_rate(self) -> float:
        return self.speakers_false / self.speakers_given if self.speakers_given else 0.0

    def figures(self) -> dict[str, float]:
        core, every = self.total(CORE), self.total()
        return {"core_precision": core.precision, "core_recall": core.recall,
                "precision": every.precision, "recall": every.recall,
                "speaker_accuracy": self.speaker_accuracy, "false_speaker_rate": self.false_speaker_rate,
                "suggest_precision": self.suggested.precision, "suggest_recall": self.suggested.recall}


@lru_cache(maxsize=1 << 16)  # (every paragraph compares its speaker with each publisher's names: the same strings)
def _norm(s: str) -> str:
    # (letters compared without their accents: "Erdoğan" is "Erdogan", "Çavuşoğlu" is "Cavusoglu", as the same name
    # is written with and without them)
    folded = unicodedata.normalize("NFKD", s.casefold().replace("ı", "i"))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", folded).split())


@lru_cache(maxsize=1 << 16)
def _bare(s: str) -> str:
    return re.sub(r"^(?:the|a|an) ", "", _norm(s))


def _initials(s: str) -> str:
    return "".join(w[0] for w in s.split() if w[:1].isupper())


def names_agree(a: str, b: str) -> bool:
    """One name contains the other, ignoring case, punctuation and a leading article, or one is the other's initials
    ("the UN", "The United Nations")."""
    for x, y in ((a, b), (b, a)):
        acronym = [w for w in x.replace(".", "").split() if w.isupper() and len(w) >= 2]
        bare = re.sub(r"^(?:the|a|an)\s+", "", y, flags=re.I)
        if acronym and any(w == _initials(bare) for w in acronym) and len(x.split()) <= 2:
            return True
    a, b = _bare(a), _bare(b)  # (a leading "the" or "a" is no part of the name: "the experts", "Experts from ...")
    if not a or not b:
        return False
    # (nor are the titles and honorifics written before a person's name: "Mr. Tapia" is "Donald Tapia", "Ambassador
    # Liu" is "Liu Yantao"; a title alone stays what it is: "the Minister")
    forms_a, forms_b = {a, _untitled(a)}, {b, _untitled(b)}
    return any(f" {x} " in f" {y} " or f" {y} " in f" {x} " for x in forms_a for y in forms_b if x and y)


# Titles and honorifics written before a person's name, never part of it
NAME_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "ambassador",
               "president", "vice", "vice-president", "prime", "minister", "senator", "sen", "legislator",
               "representative", "rep", "congressman", "congresswoman", "governor", "mayor", "chairman",
               "chairwoman", "secretary", "cde", "comrade", "sheikh", "prince", "princess", "king", "queen", "emir",
               "judge", "justice", "rabbi", "imam", "bishop", "reverend", "rev", "h", "e", "his", "her",
               "excellency", "highness", "general", "deputy", "foreign", "spokesperson", "spokesman", "spokeswoman"}


def _untitled(name: str) -> str:
    """A name without the titles before it ("mr tapia": "tapia"), or "" where nothing but titles is left."""
    words = name.split()
    k = 0
    while k < len(words) and words[k] in NAME_TITLES:
        k += 1
    return " ".join(words[k:]) if 0 < k < len(words) else ""


def sentence_around(body: str, start: int, end: int, width: int = 90) -> str:
    lo = max(body.rfind("\n", 0, start), body.rfind(". ", 0, start) + 1, start - width)
    hi_candidates = [i for i in (body.find(". ", end), body.find("\n", end)) if i >= 0]
    hi = min([*hi_candidates, end + width, len(body)])
    return " ".join(body[max(lo, 0):hi + 1].split())


def score_links(result: Result, name: str, gold, mentions, known: set[str]) -> None:
    required = [g for g in gold.mentions if g.kind == "required" and g.entry in known]
    optional = [g for g in gold.mentions if g.kind == "optional" and g.entry in known]
    used = set()
    for m in mentions:
        counts = result.per_entry.setdefault(m.entry, Counts())
        hit = next((i for i, g in enumerate(required) if i not in used and g.entry == m.entry
                    and g.start < m.end and m.start < g.end), None)
        if hit is not None:
            used.add(hit)
            counts.tp += 1
            continue
        if any(g.entry == m.entry and g.start < m.end and m.start < g.end for g in optional):
            continue
        counts.fp += 1
        trap = next((g for g in gold.mentions if g.kind == "trap" and g.start < m.end and m.start < g.end), None)
        result.disagreements.append(Disagreement(
            name, "wrong", f"{m.text!r} linked to {m.entry}" + (" (a trap)" if trap else ""),
            sentence_around(gold.body, m.start, m.end)))
    for i, g in enumerate(required):
        if i not in used:
            result.per_entry.setdefault(g.entry, Counts()).fn += 1
            result.disagreements.append(Disagreement(
                name, "missed", f"{g.text!r} ({g.entry}) not linked", sentence_around(gold.body, g.start, g.end)))


def _speaker_names(entry) -> list[str]:
    """The names an entry speaks by: its title, its aliases and, for a state, its seat of government ("Beijing
    says" is the PRC speaking)."""
    return [entry.title, *entry.aliases, *([entry.seat] if entry.seat else [])]


def speaker_matches(gold_value, holder, label, entries: dict, publishers=()) -> bool:
    if gold_value in entries:
        if holder == gold_value:
            return True
        names = _speaker_names(entries[gold_value])
        return holder is None and label is not None and any(names_agree(label, n) for n in names)
    gold_name = str(gold_value).replace("-", " ")
    candidates = [label or ""]
    state = CAPITALS.get(_bare(gold_name))
    if state is not None:  # a capital the annotator wrote for its state ("Ankara vowed ..."): the state it speaks for
        gold_name = state
    if holder in entries:
        candidates += _speaker_names(entries[holder])
    for p in publishers:  # one body under its registry names: "CFU" is "Campaign for Uyghurs"
        names = (p.name, *p.aliases)
        if any(_bare(c) == _bare(n) for c in candidates if c for n in names):
            candidates += list(names)
    return any(names_agree(gold_name, c) for c in candidates if c)


def score_speakers(result: Result, name: str, gold, attributions, entries: dict, body_paragraphs,
                   publishers=()) -> None:
    by_para = {a.paragraph: a for a in attributions}
    for number, gold_value in enumerate(gold.speakers, start=1):
        result.paragraphs += 1
        a = by_para.get(number)
        holder, label = (None, None)
        if a is not None and not a.writer:
            holder, label = a.holder, a.label
        given = holder is not None or label is not None
        if holder in entries and entries[holder].type == "people":
            result.people_speakers += 1
        right = given and gold_value is not None and speaker_matches(gold_value, holder, label, entries, publishers)
        if gold_value is not None:
            result.speakers_gold += 1
            result.speakers_right += right
        if given:
            result.speakers_given += 1
            result.speakers_false += not right
        if (gold_value is not None and not right) or (given and not right):
            start, end = body_paragraphs[number - 1]
            said = holder or label or "the writer"
            result.disagreements.append(Disagreement(
                name, "speaker", f"paragraph {number}: gold {gold_value or 'the writer'}, found {said}"
                + (f" (cue: {a.cue})" if a is not None and a.cue else ""),
                " ".join(gold.body[start:min(end, start + 160)].split())))


def score_suggestions(result: Result, name: str, gold, suggested: list[str], known: set[str]) -> None:
    """`suggest` on one text against the names its annotator listed as having no entry (``unlinked_names``,
    written before the tool was run), leaving out names that have an entry by now. A suggestion matches a
    listed name when they are the same words, ignoring case and punctuation."""
    wanted = {_norm(n): n for n in (gold.meta.get("unlinked_names") or []) if isinstance(n, str)}
    wanted = {k: n for k, n in wanted.items() if k and k not in known}
    got = {_norm(n): n for n in suggested}
    for key, text in got.items():
        if key in wanted:
            result.suggested.tp += 1
        else:
            result.suggested.fp += 1
            result.disagreements.append(Disagreement(name, "suggest", f"suggested {text!r}, not listed", ""))
    for key, text in wanted.items():
        if key not in got:
            result.suggested.fn += 1
            result.disagreements.append(Disagreement(name, "suggest", f"not suggested: {text!r}", ""))

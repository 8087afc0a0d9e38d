"""Is a name found in the text a mention of its entry? The context decides.

A candidate (a name of an entry, found by the matchers) is not a mention when:

- it is **inside a longer proper name** that names something else: the run of
  capitalised words it belongs to ends in a word that heads names of
  organisations, media, laws, events, places and documents ("World Uyghur
  *Congress*", "China *Daily*", "Xinjiang Production and Construction *Corps*",
  "Heydar Aliyev *Foundation*", "South China *Sea*"), or it follows such a word
  and "of"/"for" ("Bank of China", "Communist Party of China", "Campaign for
  Uyghurs"). A title before a name ("President Ilham Aliyev", "Occupied East
  Turkistan") does not make a longer name. When the longer name has an entry of
  its own, the longest match has already won. The first words of such a name,
  used again alone later in the text, are that name shortened ("Xinjiang
  Markor" after "Xinjiang Markor Chemical Industry").
- it is the second half of a **prefixed compound**: "pro-Beijing", "anti-China",
  "non-Uyghur", "post-Soviet", "pan-Turkic".
- it sits in a **fixed term** that does not refer to it: "one-China policy",
  "Made in China".

These are word-class rules over spaCy's token attributes, applied alike to every
entry; no rule names an entry. `suggest` proposes the longer names.
"""

from __future__ import annotations

import re

from explainer.structure.names import without_brackets

# Words that end (head) a multi-word proper name of something other than what its first words name.
HEADS = frozenset("""
congress project corps daily times post news herald tribune journal review gazette magazine weekly
television tv radio channel network agency airlines airways air railway railways bank company corporation
corp inc ltd llc plc group holding holdings university college institute academy school foundation center
centre association society league federation party movement front alliance committee commission
organization organisation tribunal court act law bill files papers leaks initiative corridor forum summit
conference festival games cup day week museum library mosque stadium airport port square street avenue
prize award awards studies program programme campaign fund trust coalition watch monitor service services
lab laboratory hospital church temple palace hall house tower exhibition expo park embassy consulate prison jail
ministry department bureau authority council parliament assembly club team fc sea river lake mountains
basin desert plateau strait gulf bay republic khanate khaganate kaganate qaganate kingdom principality dynasty
empire ssr emirate sultanate caliphate
declaration convention treaty charter statement report doctrine plan policy strategy express prefecture
county oblast brief online bulletin digest observer univ pipeline bridge highway canal dam terminal
co co. corp. inc. ltd. newspaper index industry industries
revolution rebellion uprising revolt war relations
""".split())
# ... and those that head one through "of"/"for": "Bank of China", "Campaign for Uyghurs".
OF_HEADS = frozenset("""
bank university campaign party congress association society league institute academy museum friends
republic federation union chamber embassy consulate college school foundation fund mission
delegation affairs front club soviet presidium majlis mejlis seimas sejm khural kenesh year
""".split())
# ... and those through "on": "Inter-Parliamentary Alliance on China", "Congressional-Executive Commission on
# China"; not bodies that speak on a subject ("a statement at the Human Rights Council on China").
ON_HEADS = frozenset("alliance caucus commission committee group force".split())
# ... and those that open a name running on through "to", "in", "the": "Coalition to End Forced Labour in the
# Uyghur Region", "Campaign for Uyghurs"
RUN_HEADS = frozenset("coalition campaign initiative movement project network alliance committee".split())
# The words that carry a name on to its head word: "(Xinjiang Markor) Chemical Industry", "(...) of the Sea"
LONGER_RUN = re.compile(r"(?:[ \t]+(?:[A-Z][\w&’'-]*\.?|of|for|and|the|&))+")
DIGITS = tuple(str(d) for d in range(1, 100))  # a number inside a name: "Xinjiang Number 2 Prison"
CONNECTORS = frozenset(("of", "for", "and", "the", "de", "in", "on", "&", "-", "–", "to"))
PREFIXED = re.compile(r"(?:^|[^\w])(?:anti|pro|non|post|pre|neo|ex|counter|pan|un)[-\u2010\u2011]\Z", re.I)
FIXED_TERMS = re.compile(r"\bone[- ]china\b|\bmade in china\b", re.I)
# A place joined by a hyphen to a region or a bloc ("China-Europe freight trains", "the China-Central Asia Summit",
# "China-Africa cooperation") names a route or a forum between the two, not the place; so does a chain of three
# places ("the China-Kyrgyzstan-Uzbekistan railway"). (A place joined to another state, "China-Uzbekistan
# relations", names both.)
_REGIONS = r"(?:Europe|European|Africa|African|Asia|Central Asia|Eurasia|Eurasian|Arab|Arab States|ASEAN|Latin America|" \
           r"Pacific|Caribbean|Gulf|CELAC|Middle East|Mideast|Nordic|Balkans?)"
REGION_AFTER = re.compile(r"[-\u2010\u2011\u2013]" + _REGIONS + r"\b")
REGION_BEFORE = re.compile(r"\b" + _REGIONS + r"[-\u2010\u2011\u2013]\Z")
# ... but a relation in lower case after the region names the state's ties, not a route or an event's name
RELATION_AFTER = re.compile(r"\s+(?:strategic\s+|comprehensive\s+)?(?:relations|relationship|ties|cooperation|"
                            r"community|partnership|friendship|exchanges|trade|mechanism)\b")
CHAIN_AFTER = re.compile(r"[-\u2010\u2011\u2013][A-Z][\w’'.]*[-\u2010\u2011\u2013][A-Z]")
CHAIN_BEFORE = re.compile(r"[A-Z][\w’'.]*[-\u2010\u2011\u2013]\Z")
# A quoted title: 'an article titled "The Xinjiang Genocide Allegations Are Unjustified"', 'a digest called
# "China through the eyes of Azerbaijanis"'. The names inside are the title's words, not mentions.
# Events held "on" a subject: 'organized a roundtable on “Xinjiang – Understanding the Dynamics ...”'
EVENTS = ("workshop", "seminar", "webinar", "roundtable", "symposium", "panel", "lecture", "talk", "session",
          "conference", "forum")
WORKS = ("book", "article", "digest", "film", "documentary", "paper", "study", "essay", "column", "report",
         "programme", "program", "exhibition", "album", "song", "series", "op-ed", "play", "novel", "poem",
         "magazine", "website", "blog", "podcast", "show", "event", "campaign",
         "item", "element",  # (a heritage list's "item", "element")
         *EVENTS)
TITLE_CUE = re.compile(r"\b(titled|entitled|headlined|called|named)\s*:?\s*([“\"‘])", re.I)
WORK_BEFORE = re.compile(r"\b(?:%s)s?,?\s+(?:\w+\s+)?\Z" % "|".join(re.escape(w) for w in WORKS), re.I)
CLOSING = {"“": "”", '"': '"', "‘": "’"}
# an honour's name in quotation marks: 'the distinguished title of the “Great Friend of China”', 'the “Order of
# Friendship”' after "award"
HONOUR_RIGHT_BEFORE = re.compile(r"\b(?:title|award|prize|order|medal|honou?r)s?\s+(?:of\s+)?(?:the\s+)?\Z", re.I)
# ... and an event "on" a quoted title: 'organized a roundtable on “Xinjiang – Understanding the Dynamics ...”'
EVENT_ON_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:%s)s?\s+(?:on|about)\s+\Z" % "|".join(EVENTS),
                             re.I)
WORK_RIGHT_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:%s)\s+\Z" % "|".join(re.escape(w) for w in WORKS),
                               re.I)


class NameContext:
    def __init__(self, vocab):
        add = vocab.strings.add
        self.heads = {add(w) for w in HEADS}
        self.of_heads = {add(w) for w in OF_HEADS}
        self.titles = {add(w) for w in ("secretary", "chairman", "chairwoman", "president", "governor", "director",
                                        "spokesman", "spokeswoman", "spokesperson", "head", "chief", "deputy",
                                        "vice", "minister", "leader", "member", "members", "official",
                                        "officials", "general", "representative", "envoy", "ambassador")}
        self.connectors = {add(w) for w in CONNECTORS}
        self.of_for = {add("of"), add("for")}
        self.on = add("on")
        self.on_heads = {add(w) for w in ON_HEADS}
        self.run_connectors = {add(w) for w in ("of", "for", "to", "in", "on", "the", "and")}
        self.run_heads = {add(w) for w in RUN_HEADS}
        self.run_openers = {add(w) for w in ("the", "a", "an")}
        self.the = add("the")
        self.for_ = add("for")
        self.hyphens = {add("-"), add("–")}

    def _adjacent(self, text: str, tokens, a: int, b: int) -> bool:
        """Tokens a and b = a + 1 stand in one run: only spaces between them, no line break."""
        gap = text[tokens.end_l[a]:tokens.idx_l[b]]
        return not gap.strip() and "\n" not in gap

    def inside_longer_name(self, text: str, tokens, s: int, e: int) -> bool:
        n = len(tokens)
        cap, lower = tokens.cap_l, tokens.lower_l
        # to the right: capitalised words (and connectors between them) after the name
        hyphen = e + 1 < n and (lower[e]) in self.hyphens and cap[e + 1]  # "China-Europe ... Express"
        if e < n and (cap[e] or hyphen) and self._adjacent(text, tokens, e - 1, e):
            j, last, inner_head = e, None, False
            while j < n and self._adjacent(text, tokens, j - 1, j):
                # (a head with its full stop, "Co.", "Corp.", "Inc.": capitalised though not all letters)
                if cap[j] or (lower[j] in self.heads and text[tokens.idx_l[j]].isupper()):
                    # "the CPC Xinjiang Committee Xu Guixiang": a body's name, then a person's; not "the
                    # Xinjiang Party Secretary", where a title follows the head word
                    if last is not None and lower[last] in self.heads and lower[j] not in self.titles:
                        inner_head = True
                    last = j
                elif not ((lower[j]) in self.connectors and j + 1 < n and cap[j + 1]) and not (
                        j + 1 < n and cap[j + 1] and text[tokens.idx_l[j]:tokens.end_l[j]] in ("’s", "'s", *DIGITS)):
                    # (a possessive or a number inside the name: "Xinjiang Women’s Prison", "Number 2 Prison")
                    break
                j += 1
            if last is not None and ((lower[last]) in self.heads or inner_head):
                return True
            if last is not None and not hyphen and self._shortened(text, tokens.idx_l[s], tokens.end_l[last]):
                # (not a compound: "China-Central Asia community" after "the China-Central Asia Summit")
                return True
        # to the left: "Bank of China", "Campaign for Uyghurs", "the Mission of the People's Republic of China"
        k = s - 1
        if k >= 1 and (lower[k]) == self.the:
            k -= 1
        if k >= 1 and cap[k - 1] and ((lower[k] in self.of_for and lower[k - 1] in self.of_heads)
                                      or (lower[k] == self.on and lower[k - 1] in self.on_heads)) \
                and all(self._adjacent(text, tokens, t, t + 1) for t in range(k - 1, s)):
            return True
        # a group named for whom it speaks up, after "the": "the Students for Uyghurs body", "the Jews for
        # Uyghurs campaign group" (a capitalised plural before "for"; not "Calls for Uyghurs ..." opening a sentence)
        if k >= 2 and lower[k] == self.for_ and cap[k - 1] and lower[k - 2] == self.the and k == s - 1 \
                and text[tokens.idx_l[k - 1]:tokens.end_l[k - 1]].endswith("s") \
                and tokens.end_l[k - 1] - tokens.idx_l[k - 1] > 3 \
                and all(self._adjacent(text, tokens, t, t + 1) for t in range(k - 2, s)):
            return True
        # further left, through a name's own words: "the Coalition to End Forced Labour in the Uyghur Region"
        # (joined to it by a word such as "the" or "in", not standing after a title: "President of the Republic
        # of Azerbaijan Ilham Aliyev")
        if s < 1 or lower[s - 1] not in self.run_connectors:
            return False
        t, joined = s - 1, False
        while t >= 0 and s - t <= 10 and self._adjacent(text, tokens, t, t + 1) and (
                cap[t] or lower[t] in self.run_connectors):
            if lower[t] in self.run_connectors:
                joined = True
            elif joined and lower[t] in self.run_heads and (t == 0 or lower[t - 1] in self.run_openers
                                                            or not cap[t - 1]):
                return True
            t -= 1
        return False

    @staticmethod
    def _shortened(text: str, start: int, end: int) -> bool:
        """The words text[start:end] opened a longer name earlier in the text, one that runs on to a head word:
        "Xinjiang Markor" after "Xinjiang Markor Chemical Industry" is the company, shortened."""
        run = text[start:end]
        k = text.find(run, 0, start)
        while k >= 0:
            if k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "’'-"):
                m = LONGER_RUN.match(text, k + len(run))
                if m is not None and any(w.lower() in HEADS for w in m.group(0).split()):
                    return True
            k = text.find(run, k + 1, start)
        return False

    def inside_title_case_name(self, text: str, tokens, s: int, e: int, sentence_start: int) -> bool:
        """A common-noun wording written in Title Case among capitalised words is part of a proper
        name: "Coalition to End Forced Labor", "Uyghur Forced Labor Prevention Act"."""
        if not all(tokens.cap_l[k] for k in range(s, e) if text[tokens.idx_l[k]].isalpha()):
            return False
        if sentence_start == s:
            return False
        n = len(tokens)
        # a capital that opens the sentence says nothing about a name: "Two Comprehensive Partnerships"
        # (nor an article, capitalised as a sentence opens: "The Uyghur Forced Labor Prevention Act took effect")
        before = s - 1 > sentence_start and tokens.cap_l[s - 1] and self._adjacent(text, tokens, s - 1, s) \
            and text[tokens.idx_l[s - 1]:tokens.end_l[s - 1]] not in ("The", "A", "An")
        after = e < n and tokens.cap_l[e] and self._adjacent(text, tokens, e - 1, e)
        if s > 1 and not before and tokens.lower_l[s - 1] in self.connectors:
            before = tokens.cap_l[s - 2] and self._adjacent(text, tokens, s - 2, s - 1)
        return bool(before or after)

    def excluded(self, text: str, tokens, s: int, e: int, fixed: list | None = None) -> bool:
        """``fixed``: the spans of fixed terms in ``text`` (``fixed_terms``), found once per article."""
        start, end = tokens.idx_l[s], tokens.end_l[e - 1]
        if start and text[start - 1] in "-\u2010\u2011" and PREFIXED.search(text, max(0, start - 12), start):
            return True
        region = REGION_AFTER.match(text, end)
        if region and RELATION_AFTER.match(text, region.end()):
            region = None  # "China-Africa relations", "the China-Central Asia community": the state and its ties
        if region or REGION_BEFORE.search(text, max(0, start - 16), start) \
                or CHAIN_AFTER.match(text, end) or (CHAIN_BEFORE.search(text, max(0, start - 24), start)
                                                    and text[end:end + 1] in "-\u2010\u2011\u2013" and end < len(text)):
            return True  # "China-Europe freight trains", "the China-Kyrgyzstan-Uzbekistan railway"
        if self.inside_longer_name(text, tokens, s, e):
            return True
        if fixed is None:
            fixed = fixed_terms(text)
        # strictly inside: a document whose own title is the whole quotation still links
        return any(a <= start and end <= b and (a, b) != (start, end) for a, b in fixed)


def own_name_spans(source: str | None, text: str) -> list[tuple[int, int]]:
    """Where the text names its own publisher ("Uyghur Hjelp continued its support ..." in Uyghur Hjelp's
    report): a name of two words or more, as the article's ``source`` gives it (without what it adds in
    brackets); the names inside it are part of that longer name."""
    name = without_brackets(source or "")
    if len(name.split()) < 2 or not name[:1].isupper():
        return []
    spans, k = [], text.find(name)
    while k != -1:  # (str.find: a regular expression made for each article's name costs more than the rest)
        end = k + len(name)
        if not (k and (text[k - 1].isalnum() or text[k - 1] in "_-")) and \
                not (end < len(text) and (text[end].isalnum() or text[end] in "_-")):
            spans.append((k, end))
        k = text.find(name, end)
    return spans


QUOTE_OPENING = re.compile(r"[“\"‘]")
# a quoted document's title, by its head and what it is of: '“Joint Statement of the People's Republic of China and
# Turkmenistan”', '“Program on cooperation between the Government of Turkmenistan and the Government of the PRC”'
DOCUMENT_TITLE = re.compile(r"(?:Joint |Final )?(?:Statement|Declaration|Communiqu[ée]|Treaty|Agreement|Memorandum|"
                            r"Program|Programme|Plan|Protocol|Charter|Convention|Roadmap|Road Map|Concept)"
                            r"(?: of Understanding)? (?:of|on|between|for)\b")
CUE_WORDS = ("titled", "headlined", "called", "named")  # ("entitled" ends in "titled")


def _title_cues(text: str):
    """``TITLE_CUE.finditer(text)``, found from each quotation mark back to the word before it: a text has
    few quotation marks, and a search for the cue words at every position costs more than all the rest of
    the context rules."""
    for q in QUOTE_OPENING.finditer(text):
        k = q.start()
        while k and text[k - 1].isspace():
            k -= 1
        if k and text[k - 1] == ":":
            k -= 1
            while k and text[k - 1].isspace():
                k -= 1
        tail = text[max(0, k - 9):k].lower()
        for word in CUE_WORDS:
            if tail.endswith(word):
                m = TITLE_CUE.match(text, k - (len(word) + 2 if tail.endswith("en" + word) else len(word)))
                if m is not None:  # (None after a letter: "renamed")
                    yield m
                break


def fixed_terms(text: str) -> list[tuple[int, int]]:
    """Spans no name inside of which is a mention: fixed terms ("One China"), quoted titles."""
    low = text.lower() if "hina" in text else ""
    spans = [m.span() for m in FIXED_TERMS.finditer(text)] if "one china" in low or "one-china" in low \
        or "made in china" in low else []
    for m in _title_cues(text):
        if m.group(1).lower() in ("called", "named") and not WORK_BEFORE.search(text, max(0, m.start() - 40),
                                                                                 m.start()):
            continue  # "called" and "named" name a work only after one: 'a digest called "..."'
        title = _quoted_title(text, m.end(), m.group(2))
        if title is not None:
            spans.append(title)
    for q in QUOTE_OPENING.finditer(text):
        # 'The item “Uyghur Muqam of Xinjiang” was inscribed', 'the documentary “...”': a work's title in capitals
        start = q.end()
        if start >= len(text) or not text[start].isupper():
            continue
        work = WORK_RIGHT_BEFORE.search(text, max(0, q.start() - 30), q.start())
        document = not work and DOCUMENT_TITLE.match(text, start)
        if work or document or HONOUR_RIGHT_BEFORE.search(text, max(0, q.start() - 30), q.start()) \
                or EVENT_ON_BEFORE.search(text, max(0, q.start() - 30), q.start()):
            title = _quoted_title(text, start, q.group(0))
            if title is not None and document:
                # (only what comes after its head: an entry named by the title's opening words, '“Joint Statement
                # on the Establishment of a Comprehensive Strategic Partnership” between ...', is the document)
                title = (start + 1, title[1])
            if title is not None and title not in spans:
                spans.append(title)
    return spans


def _quoted_title(text: str, start: int, mark: str) -> tuple[int, int] | None:
    """The words from ``start`` to the mark that closes the quotation ``mark`` opened: within 200 characters, on
    one line, at least two characters; else None."""
    end = text.find(CLOSING[mark], start, start + 201)
    return (start, end) if end - start >= 2 and "\n" not in text[start:end] else None

"""Name variants: spellings the matcher generates from an entry's names, and one near-miss rule.

- **Transliterations**: the same name romanised differently (Uyghur / Uighur / Uygur,
  Turkistan / Turkestan, Aliyev / Aliev). A small table of letter groups that
  romanisations of Turkic, Persian and Russian names vary in, applied to every name; and a
  capital I written with a dot, as Azerbaijani and Turkish do ("İlham Aliyev").
- **Middle names and patronymics**: "Ilham Heydar oglu Aliyev" is Ilham Aliyev: a
  person's first and last name with one or two capitalised words, or a patronymic
  marker ("oglu", "qizi", "kyzy", "uulu"), between them.
- **Near misses**: a multi-word full name with one word misspelt by one letter
  ("Memtimin Ala"), at least one word exact; never a single word or a demonym.
  `suggest` uses the same rule to point editors at likely misspellings.
- **"of" with or without "the"**: an organisation's name "Council of Turkic Speaking States"
  is also written "Council of the Turkic Speaking States", and the other way round.
- **Hyphens**: a name with a hyphen between two words is also written with a space or joined up:
  "Pan-Turkism", "Pan Turkism", "Panturkism"; a proper name of three words or more also with its
  first two words hyphened: "Xinjiang-Uighur Autonomous Region".
- **Documents by their author**: a document named "<author> <noun>" ("OHCHR report",
  "UN human rights office report") is also "the report by the UN human rights office",
  "a report of the OHCHR". Only where the author is one word or ends in a body's
  noun (office, commission…): "report by the UN human rights" would stop short of
  whichever UN body wrote it.
"""

from __future__ import annotations

# Each group lists spellings of one sound; a word containing one gets the others.
TRANSLITERATIONS = (
    ("uyghur", "uighur", "uygur", "uigur"),
    ("turkistan", "turkestan"),
    ("heydar", "geidar", "geydar", "haydar"),  # Гейдар: Russian romanisations write the Azerbaijani h as g
    ("iyeva", "ieva"),
    ("iyev", "iev"),
    ("oglu", "ogly", "oğlu", "oghlu"),
)
PATRONYMIC_MARKERS = ("oglu", "ogly", "oğlu", "oghlu", "qizi", "kyzy", "gizi", "uulu", "ulu")
MIN_NEAR_MISS = 4  # a misspelt word must have at least this many letters
# The last word of an author's name that makes it a body ("the UN human rights office"), and the words that
# make a name more than "<author> <noun>" ("UN report on Xinjiang").
AUTHOR_HEADS = frozenset(("office", "commission", "commissioner", "council", "committee", "ministry",
                          "department", "court", "tribunal", "parliament", "government", "congress", "agency"))
PREPOSITION_WORDS = frozenset(("on", "of", "in", "at", "for", "by", "about", "to", "into", "over", "from"))


def transliterations(name: str) -> list[str]:
    """Other romanisations of ``name`` (lower case), without ``name`` itself."""
    low = name.lower()
    out = set()
    for group in TRANSLITERATIONS:
        for spelling in group:
            if spelling in low:
                for other in group:
                    if other != spelling:
                        out.add(low.replace(spelling, other))
                break
    # Azerbaijani and Turkish write a capital I with a dot ("İlham Aliyev"), which lower-cases to "i̇"
    for spelling in [low, *out]:
        words = spelling.split(" ")
        if any(w.startswith("i") for w in words):
            out.add(" ".join("i\u0307" + w[1:] if w.startswith("i") else w for w in words))
    out.discard(low)
    return sorted(out)


def one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one insertion, deletion, substitution or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def near_miss(found: list[str], name: list[str]) -> bool:
    """The words ``found`` spell the multi-word ``name`` with one word off by one letter."""
    if len(found) != len(name) or len(name) < 2:
        return False
    differ = [(f, n) for f, n in zip(found, name) if f.lower() != n.lower()]
    if len(differ) != 1:
        return False
    f, n = differ[0]
    fl, nl = f.lower(), n.lower()
    if fl.startswith(nl) or nl.startswith(fl):
        return False  # a suffix, not a misspelling: "Azerbaijani" (a demonym), "Uyghurs" (a plural)
    return (len(n) >= MIN_NEAR_MISS and len(f) >= MIN_NEAR_MISS and f[:1].isupper() and f.isalpha()
            and one_edit(f.lower(), n.lower()))


def authored_wordings(name: str) -> list[str]:
    """"OHCHR report" -> "report by OHCHR", "report by the OHCHR", "report of the OHCHR", "report from the OHCHR"."""
    words = name.split()
    if len(words) < 2 or any(w.lower() in PREPOSITION_WORDS for w in words):
        return []
    *author, noun = words
    if not noun.isalpha() or len(noun) <= 3:
        return []
    if not (author[-1].lower() in AUTHOR_HEADS or (len(author) == 1 and len(author[0]) >= 4)):
        return []
    by = " ".join(author)
    return [f"{noun} by {by}", f"{noun} by the {by}", f"{noun} of the {by}", f"{noun} from the {by}"]


def of_the_wordings(name: str) -> list[str]:
    """"Council of Turkic Speaking States" <-> "Council of the Turkic Speaking States" (each " of " in turn)."""
    out = []
    words = name.split(" ")
    for i, w in enumerate(words[:-1]):
        if w != "of" or i == 0:
            continue
        if words[i + 1].lower() == "the":
            if i + 2 < len(words):
                out.append(" ".join(words[:i + 1] + words[i + 2:]))
        elif words[i + 1][:1].isupper():
            out.append(" ".join(words[:i + 1] + ["the"] + words[i + 1:]))
    return out


def hyphen_wordings(name: str) -> list[str]:
    """"Pan-Turkism" -> "Pan Turkism", "Panturkism": each hyphen between two words of three letters or more,
    written as a space, or joined up (the second word in lower case)."""
    out = []
    words = name.split(" ")
    for i, w in enumerate(words):
        parts = w.split("-")
        if len(parts) != 2 or not all(len(p) >= 3 and p.isalpha() for p in parts):
            continue
        for joined in (parts[0] + " " + parts[1], parts[0] + parts[1].lower()):
            out.append(" ".join(words[:i] + [joined] + words[i + 1:]))
    # and the other way: the first two words of a longer proper name joined by one ("Xinjiang-Uighur Autonomous
    # Region" for "Xinjiang Uighur Autonomous Region")
    if len(words) >= 3 and all(len(w) >= 3 and w.isalpha() and w[:1].isupper() for w in words[:2]):
        out.append(words[0] + "-" + words[1] + " " + " ".join(words[2:]))
    return out

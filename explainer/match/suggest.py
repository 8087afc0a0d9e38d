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

import re
import weakref

from spacy.lang.en.stop_words import STOP_WORDS

from explainer.match.matcher import TITLE_WORDS, ArticleMatches, MentionFinder
from explainer.match.attribution import TITLE_MODIFIERS, WEEKDAYS
from explainer.structure.names import name_key
from explainer.match.prose import prose_view
from explainer.match.tokens import NAME_ABBREVIATIONS, TokenIndex
from explainer.match.variants import near_miss, transliterations
from explainer.match.lexicon import common_word
from explainer.match.prose import plain_text

# A state's postal code after a city and a comma: "Washington, D.C." (written with or without its full stops)
US_STATE_CODES = {"DC", "NY", "CA", "TX", "VA", "MD", "IL", "MA", "WA", "FL", "PA", "NJ", "GA", "OH", "MI"}
# The halves of a slogan that is one name: "One Belt, One Road", "One Country, Two Systems"
COUNT_WORDS = {"one", "two", "three"}
JOINERS = {"of", "the", "for", "de", "al", "bin", "von", "van"}  # not "and"/"in": they join separate names
LINKS = JOINERS | {"and", "on"}  # words between a title and a name that make it a body's or a place's name
SKIP = WEEKDAYS | {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
        "mr", "mrs", "ms", "dr", "president", "prime", "minister", "the", "a", "an", "this", "that", "these",
        "those", "it", "he", "she", "they", "we", "i", "as", "at", "by", "for", "in", "on", "while", "when",
        "but", "and", "or", "if", "after", "before", "over", "under", "according", "us", "said",
        "h.e.", "h.h."}  # ("H.E. Ney Samol": His Excellency, then the name)
NER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "EVENT", "FAC", "LAW", "WORK_OF_ART"}
# Words that stand before a name as its title or office ("Chinese Premier Li Qiang", "MP Aydın Huseynov"):
# the name is what follows them.
TITLES = TITLE_WORDS | {"prime", "foreign", "mp", "professor", "sir", "senators", "deputy", "vice", "lawmaker",
                        "envoy", "counselor", "councillor", "councilor", "councilors", "councillors", "state",
                        "extraordinary", "plenipotentiary",  # ("Ambassador Extraordinary and Plenipotentiary")
                        "amb", "chargé", "charge",  # ("Amb. Ahmed Moalim Fiqi", "Chargé d'affaires")
                        # forms of address, ranks and offices of faith, nobility, the military and business
                        "his", "her", "highness", "excellency", "eminence", "honorable", "honourable", "hon", "lady",
                        "lord",
                        "dame", "imam", "rabbi", "bishop", "archbishop", "cardinal", "pope", "reverend", "father",
                        "colonel", "captain", "major", "lieutenant", "admiral", "amir", "sultan", "crown", "princess",
                        "datuk", "seri", "tan", "ceo", "pm", "fm", "councilwoman", "councilman", "assemblymember",
                        "congressman", "congresswoman", "representative", "rep", "sen", "laureate", "designate",
                        "elbasy", "editor", "coordinator", "rapporteur", "speaker", "undersecretary", "attorney",
                        "judge", "justice", "dear",
                        # newsroom titles ("Daily Jugantor Chief Reporter Masud Karim", "UNB Special Correspondent
                        # AKM Moinuddin")
                        "reporter", "correspondent", "journalist", "columnist", "anchor", "presenter",
                        "photographer", "cameraman", "producer", "commentator"}
# A single word shaped like an adjective of a people, a place or a faith ("Chinese", "Turkish", "Azerbaijani",
# "Islamic", "Western"): a demonym, not a name to give an entry.
ADJECTIVE_SHAPE = re.compile(r".+(?:ese|ish|ian|ic|ern|ani|stani)$", re.IGNORECASE)
# A word alone that is no name: a month shortened ("Dec", "Sept"), an era ("AD", "BC"), a member of Congress's
# party and state ("R-FL", "D-MA", "R-Fla")
NOT_NAMES = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|AD|BC|BCE|CE|[RDI]-[A-Z][A-Za-z]{1,3})\.?")
# Initials with a number, one token: "COP29", "COVID-19" (not "USD10", a sum; nor "C5", "Q1", "A4")
NUMBERED_NAME = re.compile(r"(?!USD|CNY|EUR|RMB|GBP|AZN|KZT|UZS|KGS|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
                           r"[A-Z]{3,5}-?\d{1,3}")  # (and "COVID-19"; not "OCT-05", a date)
# Initials written with full stops: "U.S.", "U.N."
INITIALISM = re.compile(r"(?:[A-Z]\.){2,4}")
# The endings of a site's address that an outlet takes as part of its name ("News.Az", "Today.az", "Philstar.com")
WEB_ENDINGS = {"com", "net", "org", "info", "az", "kz", "uz", "kg", "tj", "tm", "ru", "cn", "ge", "am", "pk"}
# An outlet named by its address, one token: a capitalised name, a full stop, one of those endings
WEB_NAME = re.compile(r"[A-Z][A-Za-z0-9-]*[a-z][A-Za-z0-9-]*\.(?:" + "|".join(sorted(WEB_ENDINGS)) + ")",
                      re.IGNORECASE)
# Words that end a body's name: after "Foreign" or "State" they are no person's name ("Foreign Ministry")
BODY_HEADS = {"ministry", "affairs", "office", "assembly", "department", "committee", "council", "commission",
              "government", "secretariat", "service", "administration", "bureau", "agency"}
# Nouns that name a body, a meeting or a text by what it is "on" ("Committee on the Elimination of ...",
# "Convention on the Prevention ...", "Conference on Interaction ...")
NAMES_ON = BODY_HEADS | {"convention", "conference", "subcommittee", "declaration", "treaty", "agreement", "group",
                         "forum", "law", "act", "report", "resolution", "statement", "dialogue", "memorandum",
                         "protocol", "charter", "symposium", "seminar", "workshop", "initiative", "programme",
                         "program", "strategy", "panel", "mission", "task", "force", "rapporteur"}
# ... and nouns that are never a name alone, whatever their capital
LONE_HEADS = {"summit", "university", "organization", "organisation", "people", "head", "ministers", "minister",
              "court", "union", "republic", "state", "forum", "conference", "parliament", "embassy", "mission",
              "consulate"}
# Nouns that end the name of a group, a body or a publication, never a person's ("World Uyghur Congress")
GROUP_NOUNS = {"congress", "academy", "soviet", "majlis", "institute", "foundation", "centre", "center", "party",
               "front", "league", "society", "association", "corps", "bank", "fund", "group", "network", "project",
               "movement", "alliance", "coalition", "daily", "news", "times", "post", "tribune", "herald", "city",
               "province", "region", "district", "county", "railway", "corridor", "route", "port", "airlines"}
# The noun that ends a name, alone: "the Foundation", "the Convention", "the Act" refer to a name, and are none
HEAD_NOUNS = {"foundation", "initiative", "convention", "institute", "decision", "article", "ambassadors",
              "cooperation", "agreement", "strategy", "programme", "program", "memorandum", "protocol", "treaty",
              "statement", "resolution", "states", "constitution", "trade"}
# Words that place a region ("Central Asian", "Middle Eastern"): before an adjective, still an adjective
COMPASS_WORDS = {"central", "south", "north", "east", "west", "middle", "southeast", "southeastern", "northeast",
                 "northern", "southern", "eastern", "western", "inner", "outer"}
# Words that open a sentence, before a comma, to link it to the one before ("Furthermore, ...")
CONNECTIVES = {"furthermore", "moreover", "however", "meanwhile", "nevertheless", "nonetheless", "therefore",
               "thus", "hence", "indeed", "instead", "otherwise", "likewise", "accordingly", "besides", "still",
               "overall", "finally", "lastly", "first", "second", "third", "next", "then", "later", "earlier",
               "afterwards", "subsequently", "consequently", "conversely", "similarly", "alternatively", "notably"}
# Adjectives of a people, a state or a creed that the shape above misses ("European", "Saudi", "Soviet", "Dutch";
# a people's plural, "Uzbeks", may have an entry of its own, so only the adjective is here)
DEMONYMS = {"european", "american", "african", "mexican", "korean", "saudi", "azeri", "thai", "qatari", "israeli",
            "iraqi", "kuwaiti", "omani", "yemeni", "emirati", "bangladeshi", "nepali", "afghan", "dutch", "french",
            "czech", "uzbek", "greek", "soviet", "german", "swiss", "arab", "tajik", "kazakh", "kyrgyz", "islamist",
            "communist", "nazi", "azerbaijani", "filipino"}
# Names of the followers of a faith ("Muslims", "Christian"): like a demonym, no name to give an entry
FAITHS = {"muslim", "muslims", "christian", "christians", "jew", "jews", "buddhist", "buddhists", "hindu",
          "hindus", "sunni", "sunnis", "shia", "shiite", "shiites", "catholics", "protestant", "protestants"}


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


def _demonym(word: str) -> bool:
    """An adjective of a people, a state or a creed ("Chinese", "Azerbaijani", "European", "Saudi")."""
    return ADJECTIVE_SHAPE.match(word) is not None or word.lower() in DEMONYMS


def _initials(word: str) -> bool:
    """"US", "U.N.": a name in initials, never the pronoun "us"."""
    if word.lower() in ("h.e.", "h.h."):
        return False  # His Excellency, His Highness: a form of address
    return (word.isupper() and len(word) > 1) or INITIALISM.fullmatch(word) is not None


def _capital(t) -> bool:
    return (t.is_alpha and t.text[:1].isupper()) or INITIALISM.fullmatch(t.text) is not None \
        or WEB_NAME.fullmatch(t.text) is not None or NUMBERED_NAME.fullmatch(t.text) is not None
    # ("U.S.", "U.N.", "Today.az", "KildareStreet.com", "COP29", "G20")


OPENING_QUOTES = {'"', "“", "‘", "'", "«"}  # ("China's “Belt and Road” initiative": a name in quotation marks)
ADDRESSES = {"ladies", "gentlemen", "sisters", "brothers"}  # "Ladies and Gentlemen": a greeting, no name
# What ends the name of a body, a day, a project or a law: "... and Construction Corps", "... and Sanctions Act"
NAME_ENDS_AFTER_AND = {"corps", "protection", "committee", "commission", "act", "day", "project", "foundation", "office",
                       "organization", "organisation", "initiative", "bureau", "council", "association", "institute",
                       "centre", "center", "programme", "program", "agency", "department", "authority"}


def self_named_after_and(doc, j: int, n: int) -> bool:
    """Whether the "and" at ``j`` joins two halves of one name: common words on both sides of it, and the
    capitalised words after it ending in what ends a body's, a day's or a law's name ("Xinjiang Production and
    Construction Corps", "Uyghur Genocide Accountability and Sanctions Act"; not "Human Rights Watch and Amnesty
    International")."""
    if not (common_word(doc[j - 1].text) and common_word(doc[j + 1].text)) or doc[j - 1].lower_ in BODY_HEADS:
        return False
    return _name_ends_after(doc, j, n)


def _name_ends_after(doc, j: int, n: int) -> bool:
    """Whether the capitalised words after the "and" at ``j`` end in what ends a body's, a day's or a law's
    name ("... and Sanctions Act", "... and Development Office")."""
    k = j + 1
    while k < n and (_capital(doc[k]) or (doc[k].lower_ == "and" and k + 1 < n and _capital(doc[k + 1]))):
        if doc[k].lower_ == "and" and doc[k - 1].lower_ in NAME_ENDS_AFTER_AND:
            return True  # ("Turkic Culture and Heritage Foundation and Turkic Chamber ...": the first ends there)
        k += 1  # (through a second "and": "Xinjiang Technical and Vocational Education and Training Project")
    return doc[k - 1].lower_ in NAME_ENDS_AFTER_AND


def _proper_sequences(doc, tokens: TokenIndex, lo: int = 0, hi: int | None = None):
    """(start, end) token spans of capitalised sequences: "Trans-Caspian International Transport Route"
    (words joined by hyphens), "Belt and Road Initiative" and "Association for Science and Technology"
    ("and" between capitalised words, when a longer name goes on after it or joined words come before it),
    "People's Republic of China"; a title and the possessive before it are cut off ("Finland's Prime
    Minister Sanna Marin": "Finland", then "Sanna Marin"). ``lo`` and ``hi`` limit it to part of the doc."""
    i, n = lo, len(doc) if hi is None else hi
    while i < n:
        if not _capital(doc[i]):
            i += 1
            continue
        j = i + 1
        joined = False
        while j < n:
            t = doc[j]
            if _capital(t):
                j += 1
            elif t.text == "-" and not doc[j - 1].whitespace_ and j + 1 < n and _capital(doc[j + 1]):
                j += 1  # "Trans-Caspian", "Kassym-Jomart"
            elif t.text == "," and j + 1 < n and doc[j + 1].text.replace(".", "") in US_STATE_CODES \
                    and j - i == 1 and doc[j + 1].text[:1].isupper():
                j += 2  # "Washington, D.C.", "Washington, DC": a city and its state's code, one name
                break
            elif t.text == "," and j + 2 < n and j - i == 2 and doc[i].lower_ in COUNT_WORDS \
                    and doc[j + 1].lower_ in COUNT_WORDS and _capital(doc[j + 2]) and _capital(doc[i + 1]):
                j += 3  # "One Belt, One Road", "One Country, Two Systems": a slogan's two halves, one name
                break
            elif t.text == "/" and not doc[j - 1].whitespace_ and not t.whitespace_ and j + 1 < n \
                    and doc[j - 1].text.isupper() and len(doc[j - 1]) >= 2 \
                    and doc[j + 1].text.isupper() and doc[j + 1].is_alpha and len(doc[j + 1]) >= 2:
                j += 1  # "RFE/RL": initials joined by a slash, one name
            elif t.text == "." and not doc[j - 1].whitespace_ and not t.whitespace_ and j + 1 < n \
                    and doc[j + 1].lower_ in WEB_ENDINGS and doc[j - 1].is_alpha:
                j += 2  # "News.Az": an outlet named by its address, split at its full stop
                break
            elif t.text == "." and j - 1 > i and not doc[j - 1].whitespace_ and doc[j - 1].lower_ in \
                    NAME_ABBREVIATIONS and j + 1 < n and _capital(doc[j + 1]):
                j += 1  # "Jose Santiago Sta. Romana": a short word inside the name, with its full stop
            elif t.lower_ in JOINERS and j + 1 < n and _capital(doc[j + 1]) and (
                    t.lower_ != "the" or doc[j - 1].lower_ in JOINERS | {"on"}):  # "Republic of the Congo", not
                j += 1                                                         # "Today the"
                joined = True
            elif t.lower_ in ("of", "for") and j + 2 < n and doc[j + 1].lower_ == "the" and _capital(doc[j + 2]) \
                    and doc[j - 1].lower_ not in TITLES and not (j - i in (2, 3) and all(
                        _person_word(doc[k]) and not common_word(doc[k].text) for k in range(i, j))):
                # (not "General Secretary of the Communist Party ...", nor "Zhao Lijian of the Kyrgyz Republic":
                # a title or a person's name, then where they serve)
                j += 1  # "Great Hall of the People": "of the", then the capitalised rest (read by the branch above)
                joined = True
            elif t.lower_ == "on" and doc[j - 1].lower_ in NAMES_ON and j + 1 < n and (
                    (_capital(doc[j + 1]) and doc[j + 1].lower_ not in SKIP) or (doc[j + 1].lower_ == "the" and j + 2 < n and _capital(doc[j + 2]))):
                j += 1  # "Convention on the Prevention ...", "Conference on Interaction ..." (not "Aliyev on Monday")
                joined = True
            elif t.lower_ == "and" and j + 1 < n and _capital(doc[j + 1]) and (
                    joined or (j + 2 < n and _capital(doc[j + 2]) and (
                        (j - i == 1 and ((common_word(doc[i].text) and common_word(doc[j + 1].text))
                                         or doc[i].lower_ in COMPASS_WORDS or _name_ends_after(doc, j, n)))
                        or self_named_after_and(doc, j, n)))
                # ("Belt and Road Initiative", "Central and Eastern Europe", "Foreign, Commonwealth and Development
                # Office"; not "Russia and Saudi Arabia": two names)
                    or (j - i == 1 and i > 0 and (not doc[i - 1].is_punct or doc[i - 1].text in OPENING_QUOTES)
                        and common_word(doc[i].text)
                        and common_word(doc[j + 1].text) and not (j + 2 < n and _capital(doc[j + 2]))
                        and doc[i].is_title and doc[j + 1].is_title and doc[i].lower_ not in ADDRESSES)):
                # ("the Belt and Road cooperation": two capitalised common words inside the sentence, one name)
                j += 1  # "Belt and Road Initiative", "Ministry of Culture and Tourism", "Xinjiang Production and
                # Construction Corps", "U.S. Customs and Border Protection"
            elif t.text in ("'s", "’s") and j + 1 < n and _capital(doc[j + 1]):
                if doc[j + 1].lower_ in TITLES or not common_word(doc[j - 1].text):
                    break  # "Finland's Prime Minister ...", "Kazakhstan's Kassym-Jomart Tokayev": two names
                j += 1  # ("People's Republic of China", "Farmer's Daily": a common word's possessive, one name)
            else:
                break
        start = i
        slogan = j - i >= 5 and doc[i].lower_ in COUNT_WORDS and doc[i + 2].text == ","  # ("One Belt, One Road")
        while not slogan and start < j and ((doc[start].lower_ in SKIP and not _initials(doc[start].text))
                             or (doc[start].lower_ in JOINERS and not _hyphened(doc, start))
                             or doc[start].lower_ == "on" or (
                start == i and start + 1 < j and not _hyphened(doc, start) and (
                    doc[start].lower_ in STOP_WORDS or _opening_verb(doc, tokens, start)))):
            start += 1  # "Although the Turkish ...", "During ...", "Welcoming ...": a word opening the sentence
            # (not "All-Russian ...", "Al-Azhar ...": a word joined by a hyphen is part of the name)
        end = j
        while end > start and (doc[end - 1].text in JOINERS | {"'s", "’s", "and", "on", "-"}
                               or doc[end - 1].lower_ in ("h.e.", "h.h.")):
            end -= 1  # (a joiner in lower case only: "Liu Bin", "Al Nahyan" end in a name)
        while end - start > 1 and doc[end - 1].lower_ in WEEKDAYS:
            end -= 1  # "activist Rebiya Kadeer Wednesday sought help": when, not the name
        # "Chinese Premier Li Qiang", "Secretary of State Mike Pompeo": the name after the last title
        titles = [k for k in range(start, end - 1) if doc[k].lower_ in TITLES]
        if titles and all(doc[k].lower_ not in LINKS and doc[k].lower_ not in BODY_HEADS
                          for k in range(titles[-1] + 1, end)):
            before = _employer(doc, start, titles[0])
            if before is not None:
                yield before  # "Daily Jugantor Chief Reporter Masud Karim": the outlet, then the person
            start = titles[-1] + 1  # (not "Foreign Ministry", "Ministry of Foreign Affairs": a body, whole)
            if start + 1 < end and doc[start].text == ".":
                start += 1  # "Hon. James Marape": the title's full stop
            while start + 1 < end and doc[start].text == "-":
                start += 2  # "Vice-President", "Secretary-General": the title goes on after its hyphen
        elif titles or _after_title(doc, i, start):
            # "Prime Minister of Belarus Roman Golovchenko", "President of the Republic of Kazakhstan Kassym-Jomart
            # Tokayev": after a title's "of ...", a place or body and then a person's name (its last two words)
            if titles:
                ofs = [k for k in range(titles[-1] + 1, end) if doc[k].lower_ in LINKS]
                place = ofs[0] if ofs else None
                while place is not None and place < end and doc[place].lower_ in LINKS:
                    place += 1
                q = ofs[-1] if ofs else None
            else:  # (the title before it ends with "of" or "of the": "President of the Republic of ...")
                place, q = start, max([start - 1] + [k for k in range(start, end) if doc[k].lower_ in LINKS])
            # (no "of" between the title and the name, "Türkiye, President Recep Tayyip Erdoğan": no place either)
            two = _last_words(doc, q + 1, end, 2) if q is not None and doc[q].lower_ in LINKS else None
            if two is not None and _words(doc, q + 1, two) and all(_person_word(doc[k]) for k in range(two, end)
                                                                     if doc[k].text != "-"):
                if not (two - place == 1 and _common_word(doc, tokens, place)) and any(
                        not common_word(doc[k].text) for k in range(q + 1, two)):
                    yield place, two  # (the place or body: "Belarus", "Republic of Kazakhstan")
                start = two
        last = doc[end - 1].text if end > start else ""
        if end - start > 1 and last.lower() in TITLE_WORDS and not any(
                doc[k].lower_ in JOINERS for k in range(start, end)):
            end = start  # "Executive Chairman", "Chinese President": an office, no name
        faith = last.lower() in FAITHS and end - start == 2
        region = ADJECTIVE_SHAPE.match(last) and all(doc[k].lower_ in COMPASS_WORDS for k in range(start, end - 1))
        if end - start > 1 and (faith or region):
            end = start  # "Central Asian", "Turkic Muslims": a region's or a faith's adjective, no name
        of = next((k for k in range(start + 2, end - 1) if doc[k].lower_ in ("of", "for")), None)
        if of is not None and _words(doc, start, of) >= 2 and all(
                (_person_word(doc[k]) and not ADJECTIVE_SHAPE.match(doc[k].text)) or doc[k].text == "-"
                for k in range(start, of)) and all(doc[k].lower_ != "and" for k in range(of + 1, end)):
            # (no adjective of a people or a faith: "Islamic Emirate of Afghanistan", "Iranian Khanates of Arran")
            # "Erling Rimestad of Norway", "Jason Jones of The Stream": a person's full name, then where or for
            # whom (not "Bank of China", "Peoples Republic of China": common words or a body's noun before "of")
            yield start, of
            start = of + 1 + (doc[of + 1].text == "the" and of + 2 < end)
        if end - start >= 3 and end == j and any(doc[k].text == "-" for k in range(start, end)):
            # "the China-Kyrgyzstan-Uzbekistan railway", "the Turkmenistan-China gas pipeline": places joined by
            # hyphens, then what joins them, in lower case, one name
            r = end + (end + 1 < n and doc[end].lower_ in ("gas", "oil"))
            if r < n and doc[r].lower_ in ROUTE_NOUNS:
                end = r + 1
        if end > start and not (end - start == 1 and _common_word(doc, tokens, start)):
            yield start, end
        i = max(j, i + 1)


# Words that qualify a title after the name of whoever employs its holder ("Daily Jugantor Chief Reporter")
QUALIFIERS = TITLE_MODIFIERS | {"senior", "special", "diplomatic", "press", "staff", "managing", "political",
                                "assistant", "associate", "regional", "general", "board"}


# Titles whose words before them name the office's portfolio, not an employer ("Economic Development Minister")
PORTFOLIO_TITLES = {"minister", "ministers", "secretary", "commissioner", "minister-counsellor"}
# The ending of an adjective of a people or a place ("Korean", "Azerbaijani", "Chinese")
DEMONYM_END = re.compile(r".+(?:an|ese|ish|ic|i|ern)$")


def _employer(doc, start: int, title: int):
    """The name before a title, of two words or more, when the title's holder works for it ("Daily Jugantor
    Chief Reporter Masud Karim", "European Union Special Representative ...": the outlet or the body), as a
    span; None when what stands before the title is an adjective or nothing ("Chinese Premier Li Qiang")."""
    if doc[title].lower_ in PORTFOLIO_TITLES:
        return None  # "Religious Affairs Minister", "Chief Cabinet Secretary": the office's own words
    end = title
    while end > start and doc[end - 1].lower_ in QUALIFIERS:
        end -= 1
    if end - start < 2 or doc[start].lower_ in QUALIFIERS or any(
            not _capital(doc[k]) or doc[k].lower_ in STOP_WORDS for k in range(start, end)) \
            or DEMONYM_END.match(doc[end - 1].text) or doc[end - 1].lower_ in COMPASS_WORDS:
        return None  # (not "South Korean", "Meeting Between": no name of a body)
    return start, end


def _last_words(doc, lo: int, hi: int, count: int):
    """The index of the token that starts the last ``count`` words of doc[lo:hi] ("Kassym-Jomart" is one
    word), or None when it has fewer."""
    k = hi
    for _ in range(count):
        k -= 1
        while k > lo and not doc[k - 1].whitespace_:
            k -= 1
        if k < lo:
            return None
    return k if k >= lo else None


def _words(doc, lo: int, hi: int) -> int:
    return sum(1 for k in range(lo, hi) if k == lo or doc[k - 1].whitespace_)


def _person_word(t) -> bool:
    """A word that may be part of a person's name: capitalised, no common word, office or body's noun."""
    low = t.lower_
    return t.is_alpha and t.text[:1].isupper() and not common_word(t.text) and low not in TITLES \
        and low not in BODY_HEADS and low not in LONE_HEADS and low not in GROUP_NOUNS


def _after_title(doc, i: int, start: int) -> bool:
    """Whether the name that starts at doc[i] comes after a title and its "of" ("President of the Republic of
    ...", "Minister of ..."), in it (cut off at ``start``) or just before it."""
    if any(doc[k].lower_ in TITLES for k in range(i, start)):
        return True
    k = i - 1
    while k >= 0 and doc[k].lower_ in JOINERS:
        k -= 1
    return 0 <= k < i - 1 and doc[k].lower_ in TITLES


def _hyphened(doc, k: int) -> bool:
    """Whether doc[k] is joined to the next word by a hyphen ("All-Russian", "Al-Azhar")."""
    return k + 1 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_


def _opens(doc, tokens: TokenIndex, k: int) -> bool:
    """Whether doc[k] opens a sentence, a paragraph or a quotation (where any word has a capital)."""
    prev = k - 1
    while prev >= 0 and doc[prev].is_space:
        prev -= 1  # (a paragraph break is spaces in the prose view)
    return prev < 0 or prev < k - 1 or tokens.sentence(k, k + 1)[0] == doc[k].idx \
        or doc[prev].text in ".!?:;—–\"“”'‘’«»" or "\n" in doc[prev].whitespace_


def _opening_verb(doc, tokens: TokenIndex, k: int) -> bool:
    """A participle or an adverb that opens a sentence before a name ("Welcoming Wang Yang", "Following Pope
    Francis", "Additionally Kazakhstan"): a common word, no part of the name."""
    low = doc[k].lower_
    after = doc[k + 1] if k + 1 < len(doc) else None
    return (low.endswith("ing") or low.endswith("ly") or low in ("given", "amid", "despite", "unlike")) \
        and _opens(doc, tokens, k) and common_word(doc[k].text) \
        and after is not None and after.lower_ not in JOINERS and not common_word(after.text)
    # (not "Spring of Peace", "Driving Force": a name that opens with such a word)


INTERJECTIONS = frozenset(("thank", "thanks", "yes", "no", "okay", "ok", "well", "please", "hello", "hi", "sorry",
                           "indeed", "certainly", "absolutely", "exactly"))


def _common_word(doc, tokens: TokenIndex, k: int) -> bool:
    """A single capitalised word that is no name: a common word written with a capital because it opens a
    sentence or a quotation ("Today", "Speaking", "Dear"), a function word, an adjective of a people or a faith
    ("Chinese", "Western", "Azerbaijani")."""
    word = doc[k].text
    low = word.lower()
    if _initials(word):
        return False  # "US", "U.N.": initials, not the pronoun "us"
    if low in BODY_HEADS or low in LONE_HEADS:
        return True  # "the Government", "the Summit", "the University": a body's noun in house capitals
    if low in STOP_WORDS or low in SKIP or low in TITLES or _demonym(word) or low in FAITHS:
        return True
    if (low.endswith("ly") or low in CONNECTIVES) and k + 1 < len(doc) and doc[k + 1].text == "," \
            and _opens(doc, tokens, k):
        return True  # "Additionally, ...", "Furthermore, ...": a word that links the sentence to the one before
    if low in INTERJECTIONS:
        return True  # "Thank you", "Yes,": a reply's first word
    return _opens(doc, tokens, k) and common_word(word)  # (in mid-sentence a capital makes a name: "Turkey", not "turkey")


def _outside_links(doc, tokens: TokenIndex, spans, linked: bytearray):
    """The candidates that touch no linked mention; of one that does, the person's name after the last linked
    word ("Prime Minister of [Azerbaijan] Ali Asadov", "President of [China] and Zhang Gaoli"): two or more
    words, none of them a common word in capitals (not "[Xinjiang] Uyghur Autonomous Region", a fragment)."""
    for s, e in spans:
        inside = [k for k in range(s, e) if linked.find(1, doc[k].idx, doc[k].idx + len(doc[k])) != -1]
        if not inside:
            yield s, e
            continue
        for s2, e2 in _proper_sequences(doc, tokens, inside[-1] + 1, e):
            if e2 - s2 > 1 and all(doc[k].is_alpha and not common_word(doc[k].text) for k in range(s2, e2)):
                yield s2, e2


# Common nouns in capitals or initials, and an office's portfolio, that are no one's name: "MPs", "NGOs", "GDP",
# "the Party", "Minister of Foreign Affairs" (its portfolio), "the Head of State", "Muslim Turkic" (two adjectives)
COMMON_NAMES = {name_key(n) for n in (
    "MP", "MPs", "NGO", "NGOs", "TV", "GDP", "DNA", "CEO", "Party", "Policy", "Assistant", "Internet",
    "Foreign Affairs", "Foreign Affairs and Trade", "Human Rights", "Head of State", "Heads of State",
    "Internal Affairs", "Home Affairs", "Muslim Turkic", "Turkic Muslim", "Turkic Muslims")}
# What joins places named together by hyphens: "the China-Kyrgyzstan-Uzbekistan railway"
ROUTE_NOUNS = {"railway", "railroad", "pipeline", "corridor", "highway", "route"}
# What every state has, after its adjective: "the Chinese Government", "the Chinese Embassy" (and "Chinese
# Communist", cut from the party's name)
STATE_ORGANS = {"government", "embassy", "consulate", "side", "authorities", "communist"}


def _a_states_organ(text: str) -> bool:
    """A state's adjective and one of what every state has ("Chinese Government", "Turkish Embassy"): a
    description, no name (a ministry named by its portfolio, "Chinese Foreign Ministry", is one)."""
    words = text.split()
    return len(words) == 2 and words[1].lower() in STATE_ORGANS and _demonym(words[0])


# Places that modifiers join by hyphens, besides states with entries and demonyms: "China-Europe", "East-West"
JOINED_PLACES = {"europe", "asia", "central asia", "africa", "east", "west", "south", "north", "sino", "russia",
                 "ukraine", "arab", "islamic", "muslim", "turkic"}


def _places_joined(text: str, names) -> bool:
    """Places or their adjectives joined by hyphens ("China-Europe", "Armenian-Azerbaijani", "Central Asia-China"):
    a modifier of what they share (trains, a conflict, relations), no name; a name of its own joined by a hyphen
    ("Nur-Sultan", "Nagorno-Karabakh") has a part that is neither."""
    parts = text.split("-")
    return len(parts) >= 2 and all(
        p and (_demonym(p) or p.lower() in JOINED_PLACES or name_key(p) in names) for p in parts)


def _body_inside(name: str) -> list[str]:
    """The party named after "of the" inside a longer name, a name of its own ("Central Committee of the Communist
    Party of China": "Communist Party of China"); else nothing. (Only a party: a council or a congress named inside
    another's name, "Meeting of the Council of Heads of State", is rarely one annotators list.)"""
    head, sep, tail = name.partition(" of the ")
    words = tail.split()
    if not sep or len(words) < 2 or not words[0][:1].isupper() or " of the " in tail:
        return []
    return [tail] if any(w.lower().strip(".,'’") in ("party", "parties") for w in words) else []


def _near(text: str, entry) -> bool:
    return any(near_miss(text.split(), n.split()) for n in entry.names)


# per finder, while it lives: (its entries, what _entry_names worked out from them)
_ENTRY_NAMES: "weakref.WeakKeyDictionary[MentionFinder, tuple]" = weakref.WeakKeyDictionary()


def _entry_names(finder: MentionFinder) -> tuple[dict, set, list]:
    """The names the entries hold, the spellings the matcher makes of them, and the multi-word names: the same for
    every call with one finder (`eval` asks once per text), so worked out once per finder."""
    kept = _ENTRY_NAMES.get(finder)
    if kept is not None and kept[0] is finder.entries:
        return kept[1]
    names = {}
    for entry in finder.entries.values():
        for name in entry.names + entry.short_names + ([entry.seat] if entry.seat else []):
            names[name_key(name)] = entry.id  # (a seat of government, "Beijing", stands for its state)
    # the spellings the matcher itself makes of those names ("World Uighur Congress"): linked, and no near miss
    spelt = {name_key(v) for entry in finder.entries.values() for name in entry.names + entry.short_names
             for v in transliterations(name)}
    multi = [(n.split(), entry_id) for entry_id, entry in finder.entries.items() for n in entry.names
             if len(n.split()) > 1]
    _ENTRY_NAMES[finder] = (finder.entries, (names, spelt, multi))
    return names, spelt, multi


def suggest(finder: MentionFinder, matches: list[ArticleMatches]) -> list[Suggestion]:
    names, spelt, multi = _entry_names(finder)
    found: dict[str, Suggestion] = {}
    docs = finder.nlp.pipe(prose_view(am.article.body).text for am in matches)
    for am, doc in zip(matches, docs):
        tokens = TokenIndex(doc)
        prose = prose_view(am.article.body)
        linked = bytearray(len(am.article.body) + 1)
        for m in am.mentions:
            key = name_key(m.text)
            if key not in names and key not in spelt and _near(m.text, finder.entries[m.entry]):
                continue  # linked as a near miss: still worth an alias, or a correction
            linked[m.start:m.end] = b"\x01" * (m.end - m.start)
        spans = list(_proper_sequences(doc, tokens))
        if doc.has_annotation("ENT_IOB") and doc.ents:
            # a trained pipeline's entities as well, where the rules found nothing that overlaps them
            taken = bytearray(len(doc) + 1)
            for a, b in spans:
                taken[a:b] = b"\x01" * (b - a)
            spans += [(e.start, e.end) for e in doc.ents if e.label_ in NER_LABELS and taken.find(1, e.start, e.end) == -1]
            spans.sort()
        for s, e in _outside_links(doc, tokens, spans, linked):
            span = doc[s:e]
            a, b = span.start_char, span.end_char
            if not prose.is_prose(a, b):
                continue
            text = " ".join(am.article.body[a:b].split())
            key = name_key(text)
            if key in names or (len(key) < 3 and not text.isupper()) or len(text) == 1 or NOT_NAMES.fullmatch(text) \
                    or (e - s == 1 and text.lower() in HEAD_NOUNS) \
                    or _a_states_organ(text) or key in COMMON_NAMES or _places_joined(text, names):
                # ("the Foundation", "the Convention", "DECISION"; "the Chinese Embassy"; "MPs", "Foreign Affairs")
                # ("UN", "EU" are names; "Q" and "A" of an interview's turns are not, nor "Dec", "AD", "R-FL")
                continue
            for name in [text] + _body_inside(text):
                # ("National Congress of the Communist Party of China": the party's name inside it, a name too)
                key = name_key(name)
                if key in names:
                    continue
                sug = found.setdefault(key, Suggestion(name=name))
                sug.count += 1
                sug.articles.add(am.article.path)
                if not sug.example[1]:
                    a2, b2 = tokens.sentence(s, e)
                    sug.example = (am.article.path, plain_text(am.article.body[a2:b2]))
    # a surname alone ("Bachelet") where the text names the person in full ("Michelle Bachelet") is no name of
    # its own to suggest
    # (a person's name: not "Permanent Mission of Turkey", "Republic of Uzbekistan", a body or a place that ends in
    # a state's name, which is a name of its own)
    last_words = {name_key(s.name.split()[-1]) for s in found.values() if len(s.name.split()) > 1
                  and not any(w.lower() in {"of", "for", "the", "and"} for w in s.name.split())}
    for key in [k for k, s in found.items() if len(s.name.split()) == 1 and name_key(s.name) in last_words]:
        del found[key]
    for sug in found.values():
        words = sug.name.split()
        sug.near = next((eid for name, eid in multi if near_miss(words, name)), None)
    return sorted(found.values(), key=lambda s: (-len(s.articles), -s.count, s.name.casefold()))

"""Who is speaking, sentence by sentence; a paragraph's voice is the voice of most of its sentences.

A sentence's voice is decided by its own cues (spaCy PhraseMatcher over the blank
pipeline's tokens; with a trained pipeline the verb's grammatical subject first,
where it agrees with the rules):

- a reporting verb with its speaker before it ("The ETGE criticised ...", "Mamtimin
  Ala, president of the ETGE, said ...", "Bachelet, who ended her term ..., said")
  or, for verbs of saying, after it ('"...," stated Dr Mamtimin Ala'); indirect
  speech counts like a quote; nothing is said under a modal or a negation ("could
  not say"), in a relative clause ("the report, which diplomats said ..."), or by a
  decision ("rejected a proposal");
- "according to X", "X's statement says", "as stated in the ETGE release";
- "the release", "the statement", "the report" refer back to whoever issued the
  release last named (or the last organisation that spoke); "he", "she" to the last
  speaker or the person last named; a speaker named again shorter ("Mr. Asgarov",
  "the ambassador", "the South Caucasus leader", "several experts") is whoever was
  named in full before; a lede's description ("An exiled Uygur leader") is the
  person named later in that office; a seat of government ("Beijing says") is its
  state;
- a quotation that runs on from a sentence whose speaker is known stays that
  speaker's, even where it ends "as quoted in the release" (that says where, not
  who); a quotation attributed where it closes is its speaker's from where it opens;
- a trailing attribution ("..., the release stated.") also covers the uncued
  sentences before it in its paragraph, except the paragraph's first sentence;
- "X said:" introduces the paragraphs that follow; so does a heading "Speech by X"
  or "The following statement is attributed to X" (through what the speech reports
  others saying); a transcript's "Name:" opens its paragraph.

A sentence with no cue is in the writer's own voice (the article's publisher),
never given to the nearest speaker; a release published by the speaker itself
(a government, an intergovernmental body, a court or an advocacy group, from the
publisher registry or, failing that, from the publisher's name and address) is
that body's statement throughout, whoever it quotes. A speaker is a person, an organisation, an
office holder or a document's issuer; a place only when the place itself is the
subject ("China said"), a people (an ethnic group) never; unnamed sources and data
("according to official data") are the writer's. Speakers without an entry keep
their name and role as written. Editors may set a paragraph in the front matter:
``attribution: {3: etge, 5: unattributed}``.

It reports who says what; it never judges whether a statement is true.
"""

from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_left
from collections import Counter

from spacy.matcher import PhraseMatcher

from explainer.load.publishers import INFERRED, NEWS_WORDS, author_of, infer_publisher
from explainer.match.variants import one_edit
from explainer.match.lexicon import common_word
from explainer.match.tokens import NAME_ABBREVIATIONS
from explainer.structure.names import BRACKETED, name_key, without_brackets
from explainer.structure import Attribution, Entry, Mention, Voice

# Participles of saying after a comma: "The United States welcomed the report, saying ...": the speaker is the
# subject of the sentence's main clause, found like that of a coordinated verb.
PARTICIPLES = {"saying", "adding", "noting", "stressing", "insisting", "arguing", "warning", "claiming",
               "urging", "calling", "describing", "accusing", "stating", "asserting", "alleging", "declaring",
               "commending", "praising", "welcoming", "expressing", "emphasizing", "emphasising", "highlighting",
               "reiterating", "affirming", "underlining", "recalling", "disputing", "asking", "condemning", "criticising", "criticizing",
               "denouncing", "demanding", "announcing", "acknowledging", "explaining", "stating", "pledging",
               "vowing", "appealing", "commenting", "telling", "confirming", "reaffirming", "underscoring",
               "suggesting", "pointing"}  # ("pointing out that ...", never "pointing to the map")
# Issuing or making a statement, an appeal, a plea is saying it ("The group has issued an urgent appeal");
# issuing visas or making progress is not.
ISSUE_VERBS = ("issued", "issues", "released", "releases", "made", "makes", "sent", "sends", "delivered",
               "delivers", "published", "publishes", "put", "gave", "gives")  # ("put forward a series of proposals")
SPEECH_NOUNS = ("statement", "statements", "plea", "appeal", "appeals", "call", "warning", "declaration",
                "communique", "communiqué", "message", "ultimatum", "condemnation", "release", "announcement",
                "demand", "demands", "protest", "rebuttal", "denial", "proposal", "proposals", "initiative",
                "initiatives", "request", "requests", "petition", "letter", "speech", "address", "remarks",
                # "a United Nations committee published a report saying ...", not "Bachelet released the report":
                # a document said to say something (REPORT_NOUNS)
                "report", "paper")
REPORT_NOUNS = ("report", "paper", "speech", "address", "remarks")  # ("delivered a speech emphasizing ...")
# "The report found that ...", "the inquiry concluded ...": a finding is said by a document or an inquiring
# body, or by anyone "that ..."; "she found her keys", "the talks concluded" are not.
FINDING_VERBS = ("found", "finds", "concluded", "concludes")
# Adverbs between a subject and its verb that are no part of the name: "Hallam now says", "the ministry also said"
TRAILING_ADVERBS = ("now", "also", "then", "still", "again", "already", "too", "later", "earlier", "today",
                    "meanwhile", "once", "since", "first", "further", "finally", "instead")  # ("the Chinese leader first observes")
# A person's own words, named by what they are: "according to a copy of Jane Roe's remarks"
OWN_WORDS = ("remarks", "statement", "speech", "words", "comments", "letter", "testimony", "address", "message",
             "tweet", "post", "interview", "statements", "letters", "messages", "tweets", "posts", "interviews")
# Adverbs that open a sentence before its subject, without a comma: "Then the head of state voiced ..."
LEADING_ADVERBS = ("then", "also", "later", "meanwhile", "subsequently", "afterwards", "afterward", "finally",
                   "furthermore", "moreover", "additionally", "thereafter", "separately", "likewise", "similarly")
# A sentence closed by its attribution: "..., said the embassy.", '...," he added.'
TRAILING_SAID = re.compile(r",[”\"’»]?\s+(?:[\w.’'()-]+\s+){0,8}?(?:said|says|added|adds|noted|stated|stressed)"
                           r"(?:\s+[\w.’'()-]+){0,8}\s*\.?[”\"’»]?\s*$")
PARTICLE_NAME = re.compile(r"(?:al|el|ul|ud|ur|bin|ibn|abu)-[A-Z][\w’'-]+")  # "ul-Haque", "al-Assad"
# what many say of a place, not a statement made there: "Xinjiang, where rights groups say ..."
HEARSAY_VERBS = frozenset(("say", "said", "says", "estimate", "estimated", "estimates", "allege", "alleged", "alleges",
                           "believe", "believes", "claim", "claimed", "claims", "report", "reported", "reports"))
# Nouns a text calls the person who spoke last by: "the diplomat emphasized", "the official stated"
GENERIC_ROLES = {"official", "diplomat", "envoy", "politician", "lawmaker"}
SPOKESPEOPLE = frozenset(("spokesman", "spokeswoman", "spokesperson"))
# Nouns that say a name after them is an outlet's: "the official newspaper El Peruano"
OUTLET_NOUNS = ("newspaper", "daily", "weekly", "magazine", "agency", "channel", "outlet", "website", "portal",
                "broadcaster", "tabloid", "radio", "television", "journal")
# A reporting verb whose object makes it an act, not a statement: "declared its independence", "declared a state
# of emergency", "asserts its influence"
ACTS = ((("charged", "charges", "charging"), ("with",)),  # "activists charged with undermining stability": in law
        # "officials accused of involvement in ...": a passive (one who accuses names whom first: "accused X of")
        (("accused",), ("of",)),
        # "Most Kirgiz people believe in Islam": a faith held, nothing said
        (("believe", "believes", "believed"), ("in",)),
        (("declared", "declares", "declare", "declaring"),
         ("independence", "war", "emergency", "state", "martial", "sovereignty", "bankruptcy", "neutrality",
          "ceasefire", "mourning", "holiday")),
        (("asserted", "asserts", "assert", "asserting"),
         ("itself", "themselves", "himself", "herself", "influence", "control", "power", "authority", "dominance",
          "sovereignty", "claim", "claims", "role", "presence", "independence")),
        # "The event participants first observed a minute of silence": a rite kept, nothing said
        (("observed", "observes", "observe", "observing"),
         ("minute", "moment", "silence", "day", "anniversary", "ceasefire", "holiday", "fast", "truce")),
        # "maintained its relations with ...", "maintains close ties": keeping them, nothing said
        (("maintained", "maintains", "maintain", "maintaining"),
         ("relations", "ties", "contact", "contacts", "presence", "control", "cooperation", "dialogue", "links",
          "friendship", "embassy", "peace", "order", "neutrality", "close", "good", "friendly", "diplomatic",
          # ("Beijing has maintained different forms of partnership relations with ...")
          "different", "various", "partnership", "partnerships", "stable", "strong", "regular", "frequent",
          "communication", "exchanges", "momentum")),
        # "no group has claimed responsibility for the attack": an act owned, nothing said
        (("claimed", "claims", "claim", "claiming"), ("responsibility", "credit")),
        # "tweeted an image of Uyghurs demonstrating", "posted a video": a picture shared, nothing said
        (("tweeted", "tweets", "tweet", "tweeting", "posted", "posts", "posting"),
         ("image", "images", "photo", "photos", "photograph", "photographs", "picture", "pictures", "video",
          "videos", "footage", "clip", "map", "selfie")))
FINDERS = ("court", "tribunal", "inquiry", "investigation", "investigators", "researchers", "experts", "panel",
           "committee", "commission", "survey", "review", "audit", "judge", "judges", "probe", "mission",
           "rapporteur", "it")
# A speaker who is several people or a group: "they" and "them" go back to it.
GROUP_RE = re.compile(r"\b(?:group|groups|coalition|organi[sz]ations|officials|experts|researchers|activists|"
                      r"lawmakers|diplomats|relatives|families|residents|governments|countries|states|members|"
                      r"campaigners|critics|analysts|authorities|leaders|sides|"
                      # (those who met, in a readout: "The parties discussed ...", "The ministers noted ...")
                      r"parties|delegations|presidents|participants|envoys|ambassadors)\b",
                      re.IGNORECASE)
# Verbs that follow the subject of a reported clause: "said Beijing would ...", "said China had ..."
CLAUSE_VERBS = ("would", "will", "had", "has", "have", "was", "were", "is", "are", "could", "should", "must", "can",
                "may", "might", "did", "does", "do", "never", "not", "shall")
# Words that make a speaker a body or a document, not a person ("it", never "he").
BODY_WORDS = {"ministry", "office", "government", "group", "watch", "embassy", "department", "agency", "council",
              "committee", "commission", "congress", "project", "association", "organization", "organisation",
              "union", "party", "institute", "foundation", "center", "centre", "court", "tribunal", "mission",
              "service", "presidency", "parliament", "media", "newspaper", "daily", "authorities", "police",
              "report", "statement", "release", "study", "assessment", "administration", "bureau", "network",
              "movement", "campaign", "coalition", "website", "agency's", "secretariat", "kremlin", "cabinet",
              "press", "news", "times", "post", "television", "radio", "delegation", "forces", "army", "company",
              "corporation", "bank", "fund", "alliance", "league", "society", "federation", "nations", "un", "u.n.",
              "board", "senate", "assembly", "chamber", "directorate", "consulate", "legislature", "wing", "forum",
              "house",  # ("the House of Peoples’ Representatives", "the White House": a body, never "he")
              # ("Amnesty International", "Customs and Border Protection", "Immigration and Customs Enforcement")
              "international", "protection", "enforcement"}
# The words of a region's or a state's own name, never a person's ("Xinjiang Uyghur Autonomous Region")
REGION_WORDS = {"region", "autonomous", "province", "prefecture", "county", "republic", "oblast", "district",
                "municipality", "kingdom", "emirate", "federation", "territory", "state", "states"}
# A body's name followed by its initials ("Svenska Uyghur Kommitten (SUK)"), or said to be known as a body
INITIALS_AFTER = re.compile(r"\([A-Z]{2,6}\)$")
KNOWN_AS_BODY = re.compile(r"\bknown as (?:the )?(?:[\w’'-]+ ){0,5}(?:" + "|".join(sorted(BODY_WORDS)) + r")\b")
# "the group said" after an organisation spoke: that organisation (not "the ministry": a new body)
# Bodies spoken of together: "the groups", "the three organisations" (for names listed together before them)
PLURAL_GROUP_HEADS = {"groups", "organisations", "organizations", "associations", "activists", "campaigners",
                      "ngos", "charities", "bodies"}
LIST_OPENERS = {"on", "in", "at", "during", "after", "before", "since", "last", "earlier", "later", "today",
                "yesterday", "meanwhile", "also"}
NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
_LISTED_NAME = r"(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of|for|on|the|de|[A-Z][\w’'&.-]*))*"
# Two or more names joined by commas and "and", opening a sentence (or after its opening phrase's comma) and
# followed by a lower-case word, its verb: "the Society for Threatened Peoples, the Swiss Uighur Association and
# Campax handed ..."
NAMED_TOGETHER = re.compile(rf"(?:(?<=[.!?:]\s)|(?<=,\s)|(?<=^)|(?<=\n)){_LISTED_NAME}(?:,\s+{_LISTED_NAME})*,?\s+and\s+"
                            rf"{_LISTED_NAME}(?=\s+[a-z])", re.M)
# A firm described, not named: "the company", "the firm", "the Japanese retailer" (the last firm that spoke)
FIRM_WORDS = {"company", "firm", "retailer", "brand", "automaker", "carmaker", "manufacturer"}
# Words that describe a firm ("Chinese video surveillance equipment provider Hikvision"): a body, not a person
COMPANY_NOUNS = FIRM_WORDS | {"provider", "maker", "giant", "corporation", "producer", "supplier", "group",
                              "conglomerate", "operator"}
# "As" opening no clause of its own: "As said", "As of", "As per", "As well as", "As part of", "As for"
AS_PHRASE_WORDS = {"said", "of", "per", "well", "part", "for", "to", "such", "far", "long", "soon", "much", "many",
                   "usual", "always", "already", "a", "an", "noted", "seen", "shown", "reported", "stated", "quoted"}
# A description with an indefinite article: someone the text does not name ("a senior official", "one diplomat")
INDEFINITE_LABEL = re.compile(r"(?i)(?:a|an|one)\s")
# "Spokesperson Wang Wenbin made the remarks ...": an office and a name that made the remarks just reported
REMARKS_MADE = re.compile(r"(?P<name>(?:[A-Z][\w’'-]+\s+){2,5}[A-Z][\w’'-]+)\s+made\s+the\s+(?:remarks|comments)\b")
# A word before an office that makes it one office: "general director", "executive director", "deputy head"
OFFICE_MODIFIERS = {"general", "executive", "managing", "deputy", "senior", "chief", "acting", "former", "vice"}
# A name set off by commas after a description, up to three lower-case words of it first ("..., Abdulla Ushurov,")
NAME_SET_OFF = re.compile(r"(?:\s+[a-z][\w-]*){0,3},\s+((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+),")
# Past participles that open a phrase modifying a thing or a person before it ("a statement published on Tuesday",
# "the motion originally drafted by ...", "recommendations submitted to the UN"): such a phrase names no speaker
PARTICIPLE_MODIFIERS = {"published", "submitted", "drafted", "brought", "taken", "repatriated", "released", "issued",
                        "signed", "adopted", "posted", "sent", "written", "presented", "introduced", "tabled",
                        "passed", "approved", "based", "attached", "cited", "quoted", "raised", "called",
                        "detained", "arrested", "held", "deported", "established", "founded", "funded", "supported",
                        "backed", "led", "organised", "organized", "hosted", "compiled", "obtained", "seen"}
# ... and after an office with no comma closing it, its verb after the name: "Assistant Minister of Foreign Affairs,
# Nong Rong visited ..."
NAME_AFTER_OFFICE = re.compile(r",\s+((?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+)\s+(?=[a-z]{3,})")
# What a description closing a sentence as its speaker ends in: an official or a state's body ("..., the top
# government spokesman said"), whose report the sentence is
CLOSING_HEADS = {"spokesman", "spokeswoman", "spokesperson", "ministry", "government", "embassy", "consulate",
                 "office", "department"}
# ... and an office whose holder may be the one the sentence opens with: closing it only after no person
CLOSING_OFFICES = {"minister", "official", "officials", "premier", "president", "ambassador", "envoy", "diplomat",
                   "secretary", "consul"}
# A family tie standing for a person ("her husband", "his wife"): whom the text named with that tie before
KIN_LABEL = re.compile(r"(?i:her|his|their)\s+(husband|wife|son|daughter|brother|sister|mother|father)")
# Words that open a description, never a name ("Another Uighur community leader, Jane Roe, ...")
DESCRIPTION_OPENERS = {"another", "a", "an", "the", "one", "its", "his", "her", "their", "our"}
# The noun of a state's organ, shared by all its ministries and offices: not what tells one from another
GENERIC_BODY_WORDS = {"ministry", "department", "office", "agency", "service", "government", "embassy", "council",
                      "committee", "commission", "bureau", "administration"}
# Pronouns that only stress whom they follow ("the Uyghurs themselves", "the minister himself")
REFLEXIVES = {"themselves", "himself", "herself", "itself"}
# Words that make a description many people: "Ethnic Han Chinese Catholics", "Some residents"
GROUP_MARKERS = {"ethnic", "some", "many", "several", "other", "local", "exiled", "fellow"}
# Words of a state's organ's name: never a company's
GOVERNMENT_HEADS = {"ministry", "government", "embassy", "department", "council", "parliament", "office", "state",
                    "authorities", "police", "administration", "commission", "mission", "presidency", "kremlin"}
# An outlet's common noun: "the newspaper said" stands for the outlet that spoke before it
OUTLET_HEADS = {"newspaper", "paper", "daily", "broadcaster", "outlet", "tabloid", "weekly"}
GROUP_HEADS = ("group", "organisation", "organization", "body", "watchdog", "coalition", "association",
               "movement", "campaign", "foundation", "ngo", "charity", "outfit", "network")
VERBS = sorted(PARTICIPLES | set(ISSUE_VERBS) | {
    "said", "says", "say", "stated", "told", "tells", "added", "adds", "noted", "notes", "emphasised",
    "emphasized", "emphasises", "emphasizes", "states", "criticised", "criticized", "criticises", "criticizes",
    "condemned", "condemns", "claimed", "claims", "alleged", "alleges", "argued", "argues", "declared",
    "declares", "announced", "announces", "warned", "warns", "urged", "urges", "accused", "accuses",
    "requested", "requests",
    # "encouraged the students to learn more": urging them (never "encouraged a cult of personality")
    "encouraged", "encourages",
    # '"...", trumpeted Rossiyskaya Gazeta'; "answered the host's questions on ..." (not "answered the call")
    "trumpeted", "trumpets", "answered", "answers",
    # "a woman in the crowd shouted", "demonstrators chanted slogans": words spoken
    "shouted", "shouts", "chanted", "chants",
    # the plural present: "rights groups accuse", "activists urge"
    "accuse", "urge", "warn", "deny", "allege", "argue", "insist", "condemn", "criticise", "criticize", "demand",
    "remind",
    "contend", "claim", "assert", "tell", "explain", "suggest", "emphasise", "emphasize", "stress",
    "reiterate", "acknowledge", "confirm", "reveal", "describe", "estimate", "note",
    "denied", "denies", "insisted", "insists", "wrote", "writes", "stressed", "stresses", "asserted",
    "asserts", "explained", "explains", "reiterated", "reiterates", "denounced", "denounces",
    "rejected", "rejects", "acknowledged", "acknowledges", "confirmed", "confirms", "reported", "reports",
    "vowed", "vows", "suggested", "suggests", "asked", "asks", "affirmed", "affirms", "reaffirmed",
    "reaffirms", "maintained", "maintains", "praised", "praises", "lauded", "lauds", "hailed", "hails", "dismissed",
    "dismisses", "defended", "defends", "credited", "credits", "welcomed", "welcomes", "revealed", "reveals",
    "applauded", "applauds",  # "has applauded China for always respecting ...": praise, as "hailed"
    "underlined", "underlines", "underscored", "underscores",
    "observed", "observes", "remarked", "commented", "responded", "responds",
    "replied", "replies", "concluded", "concludes", "found", "finds", "estimated", "estimates",
    "recommended", "recommends", "proposed", "proposes", "appealed", "appeals", "pledged", "pledges",
    "regretted", "regrets",
    "promised", "promises", "admitted", "admits", "contended", "contends", "lamented", "laments",
    "deplored", "deplores", "slammed", "slams", "decried", "decries", "protested",
    "cautioned", "cautions", "recalled", "recalls", "expressed", "expresses", "highlighted", "highlights",
    "demanded", "demands", "congratulated", "thanked", "continued", "continues", "mentioned", "mentions",
    "detailed", "documented", "chronicled", "chronicles", "outlined", "conveyed", "conveys", "commended", "commends",
    "briefed", "briefs", "informed", "blasted", "lambasted", "slated", "castigated", "rebuked", "berated", "berates",
    "chided", "chides", "scolded", "scolds", "reprimanded", "tweeted", "posted", "described", "describes", "believes", "believed",
    "believe", "estimate",
    "charged", "blamed", "blames", "quoted", "cited", "cites", "paraphrased", "paraphrases", "pointed", "called",
    "calls", "attributed",
    "attributes", "advised", "advises", "advocated", "advocates", "spoke", "speaks", "talked", "voiced", "voices",
    # (a ruling said, concerns raised, a claim challenged, a slogan chanted: "the judge ruled that ...", "raised its
    # concerns", "challenged the veracity of ...", '“Free East Turkistan!” chanted students outside ...')
    "ruled", "determined", "raised", "raises", "challenged", "chanted",
    "articulated", "articulates", "corroborated", "corroborates", "questioned", "questions",
    "elaborated", "elaborates", "disputed", "disputes", "disputing", "asking", "thinks",
    "verified", "verifies", "testified", "testifies", "recounted", "recounts", "disclosed", "discloses",
    "clarified", "clarifies", "assured", "assures", "appreciated", "appreciates", "reminded", "reminds",
    "hinted", "hints", "apologised", "apologized", "apologises", "apologizes", "indicated", "indicates",
    "pleads", "pleaded",  # '"Please save us," she pleads.', "pleaded with Beijing" (not "pleaded guilty")
    "implored", "implores",  # "Jane Roe implored the envoy to use Britain's influence": an appeal in words
    "begged", "begs",  # '"...," his wife, Jane Roe, begged on Monday.', "Families have begged for their return"
    "agreed",  # only closing its sentence: '..., Jane Roe agreed.' (not "agreed to", "agreed that")
    "quoting", "quotes",  # only as "quoting Jane Doe as saying", "The announcement quotes Jane Doe as saying"
    "read", "reads",  # only of a document: '"...," read the statement', "the letter reads:"
    # only active, with "as": "Bayramov characterized his conversation as constructive" (not "relations are
    # characterized by trust")
    "characterized", "characterizes", "characterised", "characterises",
    # a statement made more precise, granted, answered or denied in words ('"...," he specified'; "Beijing has
    # refuted the claims"; "the minister conceded that ..."; "Jane Doe opined that ...")
    "specified", "specifies", "conceded", "concedes", "countered", "counters", "refuted", "refutes", "opined",
    "opines", "retorted", "retorts",
    # a question, a joke, a forecast or an objection put in words ("Jane Roe wondered why ...", "he
    # predicted that ...", "she objected that ...")
    "wondered", "wonders", "quipped", "quips", "joked", "jokes", "predicted", "predicts",
    "speculated", "speculates", "objected",
    # an account, praise, a complaint, a summary or a view put in words ("Jane Roe recounted her ordeal", "he
    # touted the ties", "echoed these concerns", "summarized the results of ...", "bemoaned the lack of ...")
    "recounted", "recounts", "narrated", "narrates", "touted", "touts", "echoed", "echoes",
    "summarized", "summarizes", "summarised", "summarises", "bemoaned", "bemoans", "averred", "avers",
    # criticism put in words ("Wang chastised the United States for ...")
    "chastised", "chastises", "admonished", "admonishes", "reproached", "reproaches", "excoriated",
    "excoriates", "derided", "derides", "mocked", "mocks", "ridiculed", "ridicules",
    # good wishes ("President Jane Roe wished success to ...": never "wished to strengthen ties", an intention)
    "wished", "wishes",
})
_AS = ("stated", "quoted", "reported", "cited", "said", "noted", "mentioned", "outlined", "announced",
       "highlighted", "emphasised", "emphasized", "published")
SOURCE_PHRASES = ([f"as {verb} {prep}" for verb in _AS for prep in ("in", "by")]
                  + ["quoted in", "quoted by", "citing"]
                  # "..., Trend reports via the presidential administration": whose news the agency carries
                  + ["reports via", "reported via"])
VERB_PHRASES = ["called on", "called for", "pleaded with", "pleads with", "pointed out", "points out", "point out", "hit back", "hits back", "fired back", "pushed back",
                "struck back", "lashed out", "issued a statement", "issued a release", "put forward",
                "issued a strong condemnation", "issued a condemnation", "raised concerns", "raised serious concerns",
                "expressed concern", "expressed concerns", "spoke of", "informed that", "referred to",
                "raised alarms", "raised the alarm", "sounded the alarm", "sounded alarms",
                # "Motegi also brought up the issues of ...": put them in words
                "brought up the issue", "brought up the issues",
                # "He also touched upon the development of ...", "Pompeo raised the issue of Muslim minorities": spoke
                # of it ("the talks touched upon ..." names no speaker: an event is none)
                "touched upon", "touched on", "touches upon", "touches on", "raised the issue", "raised the issues",
                "raised the matter", "raised the question", "raises the issue", "raises the question",
                # "also weighed in on the crisis": said; "Peters also reflected on New Zealand's long history with
                # China, “from ...”": spoke of it
                "weighed in", "weighs in", "weighing in", "reflected on", "reflects on",
                # "Minister Al-Yahya hoped that this session would ...", "the Head of State positively assessed the
                # implementation of ...": a hope, an appraisal, put in words
                "hoped that", "hopes that", "expressed hope", "expressed the hope", "positively assessed",
                "highly assessed", "assessed that",
                # "He laid stress on the important role of ...": stressed it
                "laid stress on", "lays stress on", "laid emphasis on", "lays emphasis on", "placed emphasis on",
                "put emphasis on",
                # "the Ambassador shared that ...": told (only before "that": never "shared a border")
                "shared that", "shares that", "share that",
                # "Aliyev constantly draws attention to the fact that ...": said it
                "drew attention to the fact", "draws attention to the fact", "draw attention to the fact",
                "drawn attention to the fact", "drawing attention to the fact",
                # "President Aliyev complained that ...": said it, as a grievance (only before "that" or "about")
                "complained that", "complains that", "complained about", "complains about"]
# "PEN International is appalled by the news that ...", "The UK remains deeply concerned about ...": a body's or a
# person's stance put in words ("concerned" only before what it is concerned by, never "is concerned with" nor "as
# far as X is concerned"; never "encouraged", whose passive asks something of others: "residents are encouraged to")
STANCE_BE = ("is", "are", "was", "were", "remains", "remain", "remained")
VERB_PHRASES += [f"{be} {adverb}{feeling}" for be in STANCE_BE
                 for adverb in ("", "deeply ", "gravely ", "very ", "extremely ", "seriously ", "profoundly ",
                                "particularly ", "also ", "greatly ", "most ")
                 for feeling in ("appalled", "alarmed", "dismayed", "outraged", "shocked", "saddened", "disturbed",
                                 "troubled", "distressed", "horrified", "disappointed", "pleased", "delighted",
                                 "heartened", "grateful", "concerned that", "concerned by", "concerned about",
                                 "concerned over", "concerned at")]
# "President Jane Roe shared his impression of ...", "shared their views on": what the speaker said (not "shared
# a border", "shared values": only with a word for what one thinks)
VERB_PHRASES += [f"{verb} {owner}{thought}" for verb in ("shared", "shares", "share") for owner in (
    "", "his ", "her ", "their ", "its ", "our ", "his own ", "her own ", "their own ", "this ") for thought in (
    "view", "views", "impression", "impressions", "thoughts", "opinion", "opinions", "assessment", "vision",
    "perspective", "perspectives", "insights", "concern", "concerns",
    # (what one tells of what one saw or lived: "shared her own experience of the repression", "shared his
    # assessments on ...", "shared this information on his Facebook page")
    "experience", "experiences", "assessments", "story", "stories", "account", "accounts", "information",
    "findings", "testimony")]
# "Jane Roe hit out at the surveillance of journalists", "took aim at the government": criticism put in words
VERB_PHRASES += [f"{verb} at" for verb in ("hit out", "hits out", "hitting out", "took aim", "takes aim", "taking aim")]
# "President Jane Roe extended his congratulations on ...", "offered condolences to ...": words of good will
VERB_PHRASES += [f"{verb} {owner}{wish}" for verb in ("extended", "extends", "offered", "offers") for owner in (
    "", "his ", "her ", "their ", "its ", "our ", "warm ", "his warm ", "her warm ", "sincere ", "his sincere ",
    "her sincere ", "deep ", "his deep ", "her deep ") for wish in (
    "congratulations", "condolences", "greetings", "gratitude", "thanks", "best wishes")]
# "He re-iterated that ...": the verb written with a hyphen after its prefix
VERB_PHRASES += ["re-iterated", "re-iterates", "re-affirmed", "re-affirms", "re-stated", "re-states", "re-emphasised",
                 "re-emphasized"]
# "Jinghua went on to note that ...": what the speaker said next
VERB_PHRASES += [f"{go} on to {verb}" for go in ("went", "goes", "go") for verb in (
    "say", "note", "add", "stress", "explain", "emphasise", "emphasize", "describe", "point out", "urge", "warn",
    "call for", "express", "underline", "highlight")]
PHRASES = (["according to", "in the words of", "in his words", "in her words", "in their words", "learned from", "learnt from", "was told by", "was told in",
            "was told at", "were told by",
            "were told in", "was informed by", "was informed in"]
           + [f"in a {doc}" for doc in ("statement", "release", "communique", "communiqué", "report")]
           + [f"in its {doc}" for doc in ("statement", "release", "report")])
# A minister's portfolio closing an office ("Minister of Foreign Affairs", "Secretary for Defence"): never a given name
PORTFOLIOS = {"affairs", "defence", "defense", "finance", "trade", "commerce", "justice", "interior", "health",
              "education", "culture", "economy", "agriculture", "energy", "security", "industry", "transport"}
# What is said of a document between commas, no role of its author's: "The letter, dated July 23, expresses ..."
DOCUMENT_PARTICIPLES = {"dated", "signed", "published", "issued", "released", "adopted", "addressed", "sent",
                        "written", "posted", "delivered"}
DOCUMENT_WORDS = {"release", "statement", "communique", "communiqué", "report", "declaration", "letter", "message",
                  "announcement", "study", "assessment", "document", "paper", "analysis", "article", "resolution",
                  "motion", "bill"}
SPEAKER_WORDS = {"spokesperson", "spokesman", "spokeswoman", "official", "officials", "ministry", "minister",
                 "organisers", "organizers",
                 # plurals of offices, and those who speak for a faith or put their names to a text
                 "ambassadors", "envoys", "signatories", "imams", "clerics", "rabbis", "bishops", "participants",
                 # one person described, not named: "..., the trader said.", "“...,” the friend said.", "The source
                 # said that ..."
                 "source", "trader", "friend", "eyewitness", "witness", "neighbour", "neighbor",
                 "office", "agency", "government", "authorities", "police", "group", "groups", "organisation",
                 "organization", "organisations", "organizations", "associations", "ngos", "governments",
                 "committee", "council", "experts", "researchers", "analysts", "activists",
                 "diplomats", "embassy", "mission", "court", "tribunal", "department", "lawyers", "sources",
                 "observers", "witnesses", "residents", "campaigners", "critics", "leaders", "parliament",
                 "advocates",  # ("..., rights advocates told a news conference")
                 "president", "chairman", "director", "head", "leader", "secretary", "envoy", "ambassador",
                 "consul", "premier", "foundation", "institute", "watch", "project", "congress", "center", "centre",
                 "association", "society", "union", "party", "media", "newspaper", "daily", "scholar",
                 "scholars", "professor", "expert", "analyst", "researcher", "rapporteur", "commissioner",
                 "service", "spokespeople", "representative", "representatives", "delegation", "presidency",
                 "deputy", "lawmaker", "lawmakers", "legislator", "legislators", "mp", "mps", "parliamentarian",
                 "parliamentarians", "senator", "senators", "activist", "diplomat", "official", "press",
                 "sides", "parties", "presidents", "ministers", "delegations", "delegates", "delegate", "consulate",
                 # ("The two heads of state said that ...", "The heads of the two countries stressed ...")
                 "heads", "countries",
                 "journalist", "journalists", "reporter", "reporters", "correspondent", "correspondents",
                 "commentators", "prosecutor", "prosecutors",
                 "protesters", "protestors", "demonstrators",  # "The demonstrators also urged ..."
                 # bodies by their common noun: "According to the directorate", "the commission said"
                 "directorate", "bureau", "commission", "secretariat", "coalition", "alliance", "federation",
                 "assembly",
                 # a monarch or a royal by title: "the crown prince said", "the emir stressed"
                 "prince", "princess", "king", "queen", "emir", "sultan", "monarch",
                 # the court's people by their part in a case: "The judge said a decision was forthcoming"
                 "judge", "judges", "magistrate", "lawyer", "attorney", "attorneys"} | FIRM_WORDS  # (the company)
# People a text quotes without naming them, when they say something outright: "one mother says", "relatives said"
PEOPLE_WORDS = {"mother", "mothers", "father", "fathers", "parent", "parents", "relative", "relatives", "sister",
                "brother", "son", "daughter", "wife", "husband", "woman", "women", "man", "men", "survivor",
                "survivors", "victim", "victims", "detainee", "detainees", "witness", "witnesses", "resident",
                "residents", "student", "students", "teacher", "teachers", "worker", "workers", "protester",
                "protesters", "refugee", "refugees", "staffer", "staffers", "employee", "employees", "officer",
                "officers", "policeman", "policemen", "official", "officials", "diplomat", "diplomats"}
# "According to official data", "according to reports": no one is named, the writer vouches for it.
# How figures come from someone: "estimates cited by a UN panel", "data compiled by the institute"
SOURCED_BY = {"cited", "compiled", "published", "released", "collected", "gathered", "provided", "quoted"}
NOT_SPEAKERS = {"data", "figures", "statistics", "estimates", "census", "reports", "records", "results", "media",
                "sources", "numbers", "calculations"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# when, said between a speaker's name in apposition and its verb ("Alim Seytoff, Thursday said")
WHEN_WORDS = WEEKDAYS | {"today", "yesterday", "tonight"}
MONTHS_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "today", "yesterday", "tomorrow"} | WEEKDAYS
MODALS = {"not", "n't", "never", "could", "couldn't", "can", "can't", "cannot", "would", "wouldn't", "will", "won't",
          "may", "might", "must", "should", "shall", "to", "didn't", "doesn't", "don't", "refused", "declined",
          "unable", "able"}
MODALS |= {w.replace("'", "’") for w in MODALS}
RELATIVES = {"which", "that", "who", "whom", "whose"}
PREPOSITION_OPENERS = {"on", "in", "at", "during", "after", "before", "since", "by", "for", "from", "with",
                       "without", "over", "under", "between", "among", "through", "throughout", "amid"}
PRONOUNS = {"he", "she", "they", "it", "his", "her", "their", "we", "i", "him", "them"}
NOUN_BEFORE = {"the", "a", "an", "these", "those", "such", "his", "her", "its", "their", "our", "my", "your",
               "of", "to", "-", "so", "'s", "’s", "be", "been", "being", "is", "are", "was", "were",
               # a quantity: "according to some reports", "several claims"
               "some", "several", "many", "numerous", "multiple", "various", "few", "other", "no", "any"}
AUXILIARIES = {"has", "have", "had", "will", "would", "also", "even", "repeatedly", "again",
               "further", "then", "later", "earlier", "today", "yesterday", "previously", "recently", "once"}
CLAUSE_WORDS = {"and", "that", "which", "who", "but", "while", "when", "as", "after", "before", "because",
                "where", "whom", "whose", "if", "whether", "since", "so", "than", "though", "although"}
SPEAKER_TYPES = {"person": 0, "organization": 1, "document": 2, "role": 0}
# Words that open a sentence with an adverbial, not with its subject: "On Tuesday, ...", "However, ...".
# "Abu Dhabi's crown prince", "China's president": an office held in a place, named by its possessive
POSSESSED_OFFICE = re.compile(r"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)['’]s ((?:[a-z]+ ){0,2}[a-z]+)")
# words that open a subordinate clause, never a name's first word ("While Jane Roe ...": Jane Roe)
SUBORDINATORS = frozenset(("while", "when", "although", "though", "whereas", "because", "since", "after", "before",
                           "until", "once", "if"))
OPENERS = {"on", "in", "at", "after", "before", "during", "amid", "amidst", "throughout", "however", "meanwhile",
           "speaking", "according", "given",  # ("Given its history, Azerbaijan ...")
           "since", "while", "when", "although", "as", "last", "earlier", "later", "also", "still", "yet", "but",
           "and", "for", "with", "despite", "following", "addressing", "stressing", "responding", "overall",
           "moreover", "furthermore", "instead", "thus", "nevertheless", "similarly", "likewise", "today",
           "yesterday", "separately", "besides", "indeed", "then", "now", "so", "therefore", "here",
           "there", "overseas", "abroad", "domestically", "internationally", "regionally", "elsewhere", "just",
           "only", "even", "back", "once", "recently",
           # ("Further, Shrestha met ... and urged ...", "Additionally, ...": a sentence's linking adverb)
           "further", "lastly"} | set(LEADING_ADVERBS)
TITLE_WORDS = {"president", "mr", "mrs", "ms", "dr", "prof", "minister", "premier", "chairman", "ambassador",
               "councillor", "councilor", "consul",
               "secretary", "general", "director", "spokesperson", "spokesman", "spokeswoman", "senator",
               "governor", "mayor", "leader", "envoy", "official", "the", "and", "of", "said", "says",
               "rabbi", "imam", "bishop", "archbishop", "cardinal", "mufti", "pastor"}  # "Senior Rabbi to ..."
NOT_NAME_OPENERS = TITLE_WORDS | MONTHS_DAYS  # "President Xi", "Monday Morning": not a person's name
# the first word of no full name a surname is read back to: "President Trump", "On Trump"
NOT_FIRST_NAMES = frozenset(NOT_NAME_OPENERS | OPENERS)
# Words that qualify a title: "Deputy Prime Minister", "First Vice President"
TITLE_MODIFIERS = {"deputy", "prime", "first", "vice", "foreign", "acting", "chief", "state", "executive"}
# Words a title goes on with after its office, never a name: "Ambassador Extraordinary and Plenipotentiary",
# "Secretary General", "Ambassador-at-Large"
TITLE_QUALIFIERS = {"extraordinary", "plenipotentiary", "general", "designate", "emeritus", "at-large"}
TITLE_TRIGGERS = TITLE_WORDS - {"the", "and", "of", "said", "says"} | {"mr.", "ms.", "mrs.", "dr.", "speaker",
                                                                  "pm"}  # ("PM Khan": the prime minister)
HONORIFIC_TITLES = {"mr", "mrs", "ms", "dr", "prof", "the", "and", "of", "said", "says"}
# A family tie a full name can be written after ("First Lady Jeanette Kagame", "his wife Mehriban"): a relative
# of whoever shares the surname
TIES = {"lady", "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "spouse", "widow"}
# Adjectives that open a description in capitals, never a person's name: "Senior Iranian clerics"
DESCRIBING = {"senior", "junior", "top", "former", "leading", "prominent", "local", "foreign", "western", "eastern",
              "several", "many", "some", "most", "other", "various", "unnamed", "anonymous", "exiled", "ethnic"}
QUANTIFIERS = {"several", "some", "many", "two", "three", "four", "five", "the", "these", "those", "other"}
OWN_WORK = ("investigation|investigations|investigates|analysis|review|report|reporting|survey|tally|count|calculation|"
            "calculations|study|data|reporters|journalists|team|correspondent|correspondents|reporter")
# ("RTÉ Investigates verified ...", "AP reporters", "Kazinform correspondent reports" in Kazinform's own story)
# Verbs of saying that may come before their speaker: '"...," said X', '..., added the minister'.
# Not "told": whom one tells comes after it ("X told a UN panel that ..."), the speaker before.
INVERTIBLE = {"said", "says", "say", "stated", "states", "added", "adds", "noted", "notes", "wrote", "writes",
              "asked", "asks", "explained", "explains", "continued", "continues", "replied", "replies",
              "responded", "remarked", "observed", "emphasised", "emphasized", "stressed", "insisted", "warned",
              "recalled", "acknowledged", "admitted", "concluded", "declared", "argued", "claimed", "announced",
              "commented", "reported", "quoted", "cited", "underlined", "highlighted", "urged", "affirmed",
              "reiterated", "pointed", "reports", "trumpeted", "read", "reads",
              # and the present of the same verbs ("..., claims Ben Rogers, of the group")
              # (not "urges", "warns": they take whom they urge or warn, "..., urges the leaders to ...")
              "stresses", "insists", "recalls", "acknowledges", "admits", "concludes", "declares", "argues",
              "claims", "announces", "comments", "underlines", "highlights", "affirms", "reiterates", "observes",
              "remarks", "emphasises", "emphasizes", "responds",
              # '"No contact is possible," confirms Jane Roe, president of ...'
              "confirms", "confirmed", "pleads", "pleaded", "begged", "begs",
              "chanted",  # ('“Free East Turkistan!” chanted students outside ...')
              # '"...," posted Jane Roe, a user on X', '"...," specified the presidency'
              "posted", "tweeted", "specified", "conceded", "countered", "retorted",
              "opined", "lamented", "cautioned", "complained"}
# A capital standing for its government ("Ankara has urged"), for states that have no entry of their own (those
# that do say so with `seat`): the state is named, not the city.
CAPITALS = {"doha": "Qatar", "riyadh": "Saudi Arabia", "abu dhabi": "the United Arab Emirates", "cairo": "Egypt",
            "hanoi": "Vietnam", "kabul": "Afghanistan", "jakarta": "Indonesia", "kuala lumpur": "Malaysia",
            "damascus": "Syria", "baghdad": "Iraq", "tbilisi": "Georgia", "minsk": "Belarus", "budapest": "Hungary",
            "canberra": "Australia", "ottawa": "Canada", "seoul": "South Korea", "pyongyang": "North Korea",
            "manila": "the Philippines", "bangkok": "Thailand", "dhaka": "Bangladesh", "kathmandu": "Nepal",
            "amman": "Jordan", "rabat": "Morocco", "algiers": "Algeria", "beirut": "Lebanon", "muscat": "Oman",
            "manama": "Bahrain", "rome": "Italy", "madrid": "Spain", "warsaw": "Poland", "vilnius": "Lithuania",
            "prague": "the Czech Republic", "stockholm": "Sweden", "oslo": "Norway", "copenhagen": "Denmark",
            "helsinki": "Finland", "the hague": "the Netherlands", "bern": "Switzerland", "vienna": "Austria",
            "athens": "Greece", "belgrade": "Serbia", "ulaanbaatar": "Mongolia", "ankara": "Turkey", "moscow": "Russia",
            "washington": "the United States", "london": "the United Kingdom",
            "paris": "France", "berlin": "Germany", "tokyo": "Japan", "new delhi": "India", "islamabad": "Pakistan",
            "tehran": "Iran", "tashkent": "Uzbekistan", "astana": "Kazakhstan", "bishkek": "Kyrgyzstan",
            "dushanbe": "Tajikistan", "ashgabat": "Turkmenistan", "kyiv": "Ukraine", "yerevan": "Armenia",
            "tbilisi": "Georgia", "brussels": "the European Union", "canberra": "Australia", "ottawa": "Canada",
            "bucharest": "Romania", "sofia": "Bulgaria", "chisinau": "Moldova", "bratislava": "Slovakia",
            "ljubljana": "Slovenia", "zagreb": "Croatia", "sarajevo": "Bosnia and Herzegovina", "tirana": "Albania",
            "skopje": "North Macedonia", "lisbon": "Portugal", "dublin": "Ireland", "riga": "Latvia",
            "tallinn": "Estonia", "phnom penh": "Cambodia", "vientiane": "Laos", "colombo": "Sri Lanka",
            "kuwait city": "Kuwait", "tunis": "Tunisia", "tripoli": "Libya", "khartoum": "Sudan",
            "addis ababa": "Ethiopia", "nairobi": "Kenya", "abuja": "Nigeria", "accra": "Ghana", "harare": "Zimbabwe",
            "pretoria": "South Africa", "brasilia": "Brazil", "buenos aires": "Argentina", "mexico city": "Mexico",
            "havana": "Cuba", "caracas": "Venezuela", "bogota": "Colombia", "lima": "Peru", "santiago": "Chile",
            "wellington": "New Zealand", "singapore": "Singapore", "naypyidaw": "Myanmar", "valletta": "Malta"}
OFFICE_SYNONYMS = {
    "diplomat": {"diplomat", "minister", "ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman",
                 "representative", "counsellor", "counselor", "consul"},
    "envoy": {"envoy", "ambassador", "representative"},
    "official": {"official", "minister", "spokesperson", "spokesman", "spokeswoman", "chairman", "secretary",
                 "governor", "director"},
    # ("prime": "The Georgian leader noted" after "Georgian Prime Minister Irakli Garibashvili")
    "leader": {"leader", "president", "chairman", "chairwoman", "head", "secretary", "premier", "prime"},
    "president": {"president"},
    # ("the expert" after "political analyst Azer Garayev told Trend": one who comments on what others do)
    "expert": {"expert", "analyst", "scholar", "researcher", "specialist", "scientist"},
    "analyst": {"expert", "analyst", "scholar", "researcher", "specialist", "scientist"},
    "state": {"president", "leader", "head"},  # "the head of state"
    "head": {"head", "president", "chairman", "leader"},
    "chief": {"chief", "head", "commissioner", "director"},
    "minister": {"minister"},
    "spokesman": SPOKESPEOPLE,
    "spokesperson": SPOKESPEOPLE,
    "spokeswoman": SPOKESPEOPLE,
    "ambassador": {"ambassador", "envoy"},
    "consul": {"consul"},  # "the consul said" after "Jan Novak, consul of the Embassy of ..."
    "pm": {"minister", "premier"},  # "The PM said" after "Prime Minister Viktor Orban"
    "fm": {"minister"},  # "the Kazakh FM said" after "Kazakh Foreign Minister Mukhtar Tileuberdi"
    "premier": {"premier", "minister"},
    "legislator": {"legislator", "lawmaker", "chairman", "chairwoman", "speaker"},  # "the top legislator"
    # offices of faith: "The Chief Rabbi called" after "Chief Rabbi Ephraim Mirvis"
    "rabbi": {"rabbi"}, "bishop": {"bishop"}, "archbishop": {"archbishop"}, "imam": {"imam"},
    "cardinal": {"cardinal"}, "mufti": {"mufti"}, "patriarch": {"patriarch"},
}
HONORIFIC_ABBREVIATIONS = frozenset(("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "H.E."))
# a name after an honorific, anywhere in a sentence: "a beaming Ms Yilamujiang"
HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)")
# titles shortened with a full stop before a name ("said Rep. Mike Gallagher", "said Mr. Jan Novak"): not capitalised
# words to the tokens (they are not all letters), but words of the name's title
TITLE_ABBREVIATIONS = HONORIFIC_ABBREVIATIONS | {"Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Capt.", "Sgt.", "Rev.",
                                                 "Amb."}
# One office by two titles, for a description of it: "the Senate Speaker" after "X, the chairman of the Senate"
TITLE_SYNONYMS = {"speaker": {"chairman", "chairwoman", "chair", "president"},
                  "chairman": {"speaker", "chair"}, "chairwoman": {"speaker", "chair"}}
UNATTRIBUTED = {"unattributed", "none", "no one", "reporter", "writer"}
# People a transcript gives turns to without naming them: "Journalist: ...", "Moderator: ..."
TURN_ROLES = frozenset(("journalist", "reporter", "correspondent", "moderator", "host", "interviewer",
                        "audience", "participant", "questioner", "anchor", "presenter", "spokesperson", "speaker",
                        "chair", "chairman", "chairperson"))  # ("SPEAKER:", the House's presiding officer)
# A paragraph of words in the first person set off by a dash: "– I believe that your visit is ..."
DASH_TURN = re.compile(r"[ \t]*[–—-][ \t]+(?:I|We|My|Our)\b")
# A turn given by name and description, its words after a colon and a dash or on the next line: "Araz Khudiyev,
# chairperson of the centre: - To be honest, ..." (a line's "- " is a Markdown list mark, blank in the prose view)
DASHED_QUOTE_TURN = re.compile(r"(?!(?:From|To|By|Dear|In|On|At|For|With|As|After|Before|During)\b)(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}), [^:\n]{3,160}:(?:[ \t]*[-–—][ \t]|[ \t]*\n|[ \t]{2,})")
# A heading that gives a speech by office, not by name: "Speech of the National Leader of the Turkmen People at ..."
SPEECH_OF_OFFICE = re.compile(r"(?:Full )?(?:Text of the )?(?:Speech|Address|Remarks|Statement) (?:of|by) (?:the|his|her) ")
# A letter's salutation opening a text ("Dear Supporter", "Dear friends,"), and a body writing as "we"
LETTER_OPENING = re.compile(r"Dear [A-Za-z]+(?: [A-Za-z]+)?[,!]?")
# A line that gives someone's words as they follow: "Paylan's statement on the matter is as follows:", "Jane
# Doe's message reads:"
WORDS_AS_FOLLOWS = re.compile(
    r"(?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})[’']s (?:[a-z-]+ ){0,2}(?:statement|remarks|message|post|"
    r"tweet|letter|speech|address|reply|response|comment|comments|words)\b[^.!?:]{0,80}\b(?:is as follows|are as "
    r"follows|reads|read|follows|said|says|was|is)\s*:\s*$")
# A reporting verb and a colon before words given without quotation marks, to the paragraph's end
SAID_THEN_WORDS = re.compile(r"\s*:\s+[^\s“\"‘«].*$", re.S)
# A state's or a side's stance in the present, as a readout gives what its official said ("China stands ready to
# work with ...", "The Chinese side appreciates ...", "As a traditional friendly neighbour, China firmly supports
# ...", "We believe that ..."): the subject, then the stance
STANCE_SUBJECT = re.compile(r"(?:(?:As|In|On|Under|With|For)\b[^,;“”\"]{0,120},\s+)?"
                            r"(?P<subject>We|The (?:[A-Z][\w’'-]+ )?sides?|Both sides|"
                            r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\s+"
                            r"(?:(?:will|would|should|must|shall|is|are|stands?|remains?)\s+)?(?:(?:also|always|firmly|"
                            r"fully|highly|sincerely|resolutely|strongly|never|continue to|always be)\s+)*"
                            r"(?:ready|willing|committed|support|supports|oppose|opposes|appreciate|appreciates|hope|"
                            r"hopes|believe|believes|welcome|welcomes|attach|attaches|value|values|respect|respects|"
                            r"work|works|stand|stands|continue|continues|cherish|cherishes|regard|regards)\b")
# A letter to the publisher, printed by it: "Dear Editor,", "To the Editor:", "Dear Sir,": its "we" is its
# author's, never the publisher's own statement
TO_THE_EDITOR = re.compile(r"(?:Dear|To the) (?:Editor|Editors|Sir|Sirs|Madam|Sir or Madam|Sir/Madam)\b", re.I)
OUR_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
# A release naming itself: "See brief descriptions ... at the end of this release."
SELF_RELEASE = re.compile(r"\b(?:this|the present) (?:press )?release\b")
# A company's legal form after its name: "Nike, Inc.", "Acme Ltd"
CORPORATE_SUFFIX = re.compile(r",? (?:Inc|Ltd|LLC|LLP|plc|PLC|Co|Corp|S\.A|AG|GmbH)\.?$")
# A transcript turn whose mark has notes in brackets before its colon: "Gargi Mahadeshwar (GM):", "Senator ABETZ
# (Tasmania) (10:11):"
TURN_IN_BRACKETS = re.compile(r"(?P<name>[A-Z][\w’'.-]*(?: of)?(?: [A-Z][\w’'.-]*){0,3}) "
                              r"(?P<notes>(?:\([^()\n]{1,40}\) ?){1,3}):\s")  # ("President of China Xi Jinping (...)")
# what something is called in judging it, without quotation marks ("called accusations of genocide totally groundless")
JUDGED = re.compile(r"\b(?:groundless|baseless|unfounded|false|unacceptable|absurd|ridiculous|lies|nonsense|fabricated|"
                    r"irresponsible|slanderous|preposterous|outrageous)\b", re.I)
TIME_NOTE = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?", re.I)
# a note that the turn is interpreted: "Ablikim Ghappar (through translator): ...", "(via interpreter)",
# "(retranslated)"
TRANSLATION_NOTE = re.compile(r"(?:through|via|by)\s+(?:an?\s+)?(?:translator|interpreter|translation)"
                              r"|(?:re)?translated|interpreted", re.I)
# The one an interview's introduction names as interviewed
# Words that place a description, never a title before a surname: "an official at the Museum"
PLACING_WORDS = frozenset(("the", "a", "an", "at", "of", "in", "from", "for", "to", "with", "on", "by"))
_WORD_CHAR = re.compile(r"\w")
_NAME_CHAR = re.compile(r"[\w.’'-]")
# Two people named side by side ("Chairman Hussain and Ambassador Dhaheri", "Nur Iman and Ms. Aini"): never
# one "he" or "she"
TWO_NAMED = re.compile(r"(?:[A-Z][\w’'.-]* ){0,2}[A-Z][\w’'.-]* and (?:[A-Z][\w’'.-]* ){0,2}[A-Z][\w’'.-]*")
# Lower-case particles inside a person's name: "Lucas Leiroz de Almeida", "Ursula von der Leyen"
NAME_PARTICLES = frozenset(("de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
                            "ter", "ten", "bin", "binti", "ibn", "al", "el", "la", "le"))


# Words that, written in lower case inside a phrase, make it a clause, not a name: "fruit nurseries in the
# district were", "then the embassy has submitted three"
CLAUSE_INSIDE = frozenset(CLAUSE_VERBS) | {"couldn't", "couldn’t", "didn't", "didn’t", "wasn't", "wasn’t", "then"}


OBJECT_OPENERS = frozenset(("its", "their", "his", "her", "the", "a", "an", "our", "this", "these", "those"))


# Words a writer sets between commas inside a sentence, not part of who speaks: "X have, in fact, accused"
ASIDES = ("in fact", "however", "meanwhile", "though", "too", "also", "indeed", "in turn", "for its part",
          "for their part", "for his part", "for her part", "in response", "instead", "moreover", "furthermore",
          "in addition", "nevertheless", "therefore", "in particular", "in short", "of course")
ASIDE_END = re.compile(r",\s*(?:%s)\s*,?$" % "|".join(re.escape(a) for a in ASIDES))
# How, set off by commas between the speaker and the verb: "The ministry, in a statement, said ...", "The press
# office, in an email response, confirmed ..." (the medium, not a word of the speaker's name)
MEDIUM_END = re.compile(r",\s*(?:in|on|via|through)\s+(?:a|an|its|their|his|her|the)\s+(?:[a-z-]+\s+){0,2}"
                        r"(?:statement|response|reply|release|interview|letter|message|email|e-mail|post|tweet|"
                        r"video|speech|briefing|note|comment|comments|report|communiqué|communique)\s*,?$")


# A capitalised word of a name, its parts joined by hyphens ("Horvat-Novak", "Anwaar-ul-Haq", "Al-Azhar")
_NAME_WORD = r"[A-Z][a-z’']+(?:-[A-Za-z][a-z’']*)*"
# Words in -ing that describe an office, not a participle's phrase: "acting", "visiting Foreign Minister X"
OFFICE_PARTICIPLES = frozenset(("acting", "outgoing", "incoming", "visiting", "ruling", "governing", "presiding"))
# ... and those that describe a person, as an adjective does, before the name that opens a sentence ("Leading
# Uighur activist Jane Roe said", "Ruling party lawmaker Jan Novak told"; but "Visiting Foreign Minister X expressed"
# may be the subject of a sentence someone else reports)
ADJECTIVE_ING = frozenset(("leading", "founding", "sitting", "reigning", "longstanding", "ruling", "governing"))


def text_dash(tokens, j: int) -> bool:
    """Whether token ``j`` is a hyphen glued to the words on both sides ("secretary-general")."""
    return tokens.doc[j].text == "-" and tokens.idx_l[j] == tokens.end_l[j - 1] \
        and j + 1 < len(tokens.idx_l) and tokens.idx_l[j + 1] == tokens.end_l[j]


def without_possessive(name: str) -> str:
    """A name as written without the possessive after it: "Li Qiang's" is "Li Qiang"."""
    return re.sub(r"['’]s$", "", name)


def clause_cut(label: str) -> str:
    """A speaker found as written, cut before a lower-case finite verb that makes the rest a clause ("Dr Alan
    Smith, has" → "Dr Alan Smith"); empty when the phrase opens with one ("then the embassy has ...")."""
    label = ASIDE_END.sub("", label)  # "Parliaments of several Western countries, in fact"
    label = MEDIUM_END.sub("", label)  # "The ministry, in a statement": the ministry
    label = re.sub(r"^[‘’“”«»\"']+\s*", "", label)  # "‘...,’ Ertuğruloğlu said": the closing mark is no part of it
    label = re.sub(r"\s+(?:with reference|referring|citing)\b.*$", "", label)  # "BAKU.WS with reference to APA"
    words = label.split()
    if words and words[0].endswith("ing") and words[0].islower() and words[0] not in OFFICE_PARTICIPLES:
        return ""  # "The report, quoting officials, said ...": a participle's phrase, not who said it
        # (but "acting deputy secretary Jane Roe", "visiting Chinese Foreign Minister X": an office as held now)
    k = next((i for i, w in enumerate(words) if (w.strip(".,;:()“”\"‘’'") in CLAUSE_INSIDE | {"what"} and not (
        # ("Japan's then Foreign Minister Toshimitsu Motegi": "then" says when the office was held)
        w == "then" and i and i + 1 < len(words) and words[i + 1][:1].isupper())) or (
        # "China temporarily closed its consulate in ...": a verb in the past and its object, after the name
        i and w.endswith("ed") and w.islower() and i + 1 < len(words) and words[i + 1] in OBJECT_OPENERS)), None)
    if k is not None and words[k] == "what":
        return ""  # "part of what observers say is ...": the writer's words about what others say
    if k is not None and k > 1 and words[k - 1].endswith("ly") and words[k - 1].islower():
        k -= 1  # ("temporarily closed")
    return label if k is None else " ".join(words[:k]).rstrip(",;: ")


def _opens_with_capital(label: str) -> bool:
    """A name as written: it opens with a capital, or with a particle before one ("bin Salman", "de Almeida")."""
    words = label.split()
    return label[:1].isupper() or (len(words) > 1 and words[0] in NAME_PARTICLES and words[1][:1].isupper())


PARTICLES_RE = "(?:bin|ibn|al|el|de|da|di|du|van|von|der)"  # inside a name: "Mohammed bin Salman"
NAME_SUFFIXES = frozenset(("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"))  # "Joseph R. Donovan Jr."
_IV_NAME = r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
# the introduction of "Q:" / "A:" turns saying whom the outlet talked to: "The Sunday Guardian spoke to its Secretary,
# Najmidin Shirif, after ...", "Dolkun Isa, the Executive Chairman of ..., clears the air ... in a conversation with
# Namta Gupta" (the one it spoke to, or the one in conversation with the interviewer)
QA_INTRODUCED = re.compile(
    rf"\b(?:spoke|spoken|talked|talks|speaks)\s+(?:to|with)\s+(?:(?:its|their|the|a|an)\s+)?(?:[\w-]+,?\s+){{0,4}}?"
    rf"(?:(?:Dr\.|Mr\.|Ms\.|Mrs\.|Prof\.)\s+)?{_IV_NAME}(?=[,.]|\s+(?:after|about|on|in|at|during|who|from)\b)"
    rf"|{_IV_NAME},[^.!?]{{1,160}}?\bin\s+an?\s+(?:[\w-]+\s+)?conversation\s+with\b")
# ("... in a conversation with Namta Gupta": the one who asks the "Q." turns)
QA_ASKER = re.compile(rf"\bin\s+an?\s+(?:[\w-]+\s+)?conversation\s+with\s+{_IV_NAME}")
# ("Talking to IANS, ... Dolkun Isa said ...": the outlet that asks the "Q:" turns)
QA_ASKING_OUTLET = re.compile(r"\b(?:[Tt]alking|[Ss]peaking)\s+(?:exclusively\s+)?to\s+"
                              r"([A-Z][\w.&’'-]+(?:\s+[A-Z][\w.&’'-]+){0,3})")
INTERVIEWEE = re.compile(
    rf"interlocutor(?:\s+is|:)\s+(?:[a-z]+\s+){{0,3}}{_IV_NAME}"
    rf"|{_IV_NAME}(?:,[^,.]{{1,120}},|,)?(?:\s*\([^()]{{1,30}}\))?\s+(?:gave|has given|granted|has granted)\s+"
    rf"(?:an?\s+)?(?:[\w-]+\s+)?interview"
    rf"|interview(?:ed)?\s+with\s+(?:[a-z]+\s+){{0,3}}{_IV_NAME}"
    rf"|{_IV_NAME}(?:,[^,.]{{1,120}},)?\s+(?:spoke|talked)\s+to\s+[A-Z][\w.]*\s+in\s+an\s+(?:[\w-]+\s+)?interview"
    # "In an exclusive for ..., The Taiwan Times has spoken to Jane Roe, Prime Minister of ...": an exclusive,
    # the outlet speaking to the one whose answers follow
    rf"|\bexclusive\b[^.!?]{{0,120}}\b(?:has|have|had)\s+(?:spoken|talked)\s+(?:to|with)\s+{_IV_NAME}"
    # "Mr. Serzhan Abdykarimov, in an exclusive interview for the Azeri Observer Magazine, speaks about ..."
    rf"|{_IV_NAME},\s+in\s+an?\s+(?:[\w-]+\s+)?interview\s+(?:for|with|to)\b"
    # (without its comma, after an office: "... of the Organization of Turkic States (OTS) Omer Kocaman in an
    # interview with Report spoke about ...": the two words before "in")
    rf"|([A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\s+in\s+an?\s+(?:[\w-]+\s+)?interview\s+(?:for|with|to)\b"
    # "In an interview to Jane Roe, Isa says ...", "In this interview with TechBullion, Salih Hudayar, the ...": the
    # interviewer named first, then the one interviewed, a surname alone or a full name
    rf"|\b[Ii]n\s+(?:an?|this|the)\s+(?:[\w-]+\s+)?interview\s+(?:to|with|for)\s+[^,.]{{1,60}},\s+"
    rf"(?:(?:H\.\s?E\.|Dr\.|Mr\.|Ms\.|Mrs\.|Prof\.)\s+)?"  # (after an honorific: "H.E. Ambassador Jane Roe of")
    rf"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})(?=,|\s+[a-z])"
    # "Interview with a Kazakhstani expert, Professor of ..., member of ... Jane Roe.": the name that closes the
    # introduction (a name after a comma whole; else its last two words, after the body it belongs to)
    rf"|^(?:An\s+)?[Ii]nterview\s+with\s+[^.!?]{{1,300}}?(?:,\s+{_IV_NAME}|\s([A-Z][\w’'-]+\s+[A-Z][\w’'-]+))\.?\s*$"
    # "..., we interviewed Kazakh Ambassador to China Shakhrat Nuryshev to provide ...": the office and the name
    rf"|\b(?:we|I|has|have|had)\s+interviewed\s+((?:[A-Z][\w’'-]*)(?:\s+(?:(?:to|of|for|the)\s+)*[A-Z][\w’'-]*)+)")
# An interviewer's request that asks without a question mark: "Tell us something about ...", "Please introduce
# yourself", "- Describe ..."
ASKING = re.compile(r"\s*(?:[-–—]\s*)?(?:Please\s+|Now,?\s+)?(?:[Tt]ell\s+(?:us|me)|[Ii]ntroduce\s+yourself|"
                    r"[Dd]escribe|[Ee]xplain|[Ss]hare\s+with\s+us)\b")
# A paragraph wholly in brackets: a transcript's note of what happens ("(BEGIN VIDEO CLIP)", "[Applause]")
STAGE_DIRECTION = re.compile(r"\s*(?:\([^()\n]{1,60}\)|\[[^\[\]\n]{1,60}\])\s*")
# An anonymous transcript turn's mark: "Q:", "Q1:", "A:", "Question:", "Answer:".
TURN_MARK = re.compile(r"[QA]\d*|Question|Answer", re.IGNORECASE)
# A dateline's year and its dash run into the subject: "Nov. 2, 2018-- Chinese Foreign Ministry spokesperson ..."
LEADING_YEAR = re.compile(r"^(?:1[89]|20)\d\d\s*[-–—]+\s*")
# The lede of a news copy of a press conference: "X answered questions on ... at a regular press conference"
ANSWERED = re.compile(r"\banswer(?:ed|s|ing)\s+(?:a\s+)?(?:questions?|queries)\b")
ANSWER_MARK = re.compile(r"(?:A|Answer)\s?:")
# Hansard's turn without a colon: the member's name, the seat, the party in brackets, then the speech ("Chris
# Evans (Islwyn) (Lab/Co-op) I beg to move ...", a peer's territorial title too: "Lord Collins of Highbury (Lab) My
# Lords, ...")
TURN_HANSARD = re.compile(r"(?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}"
                          r"(?: of [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)?)?) "
                          r"(?:\([^()\n]{1,40}\) )?"
                          r"\((?:Lab|Con|LD|SNP|DUP|PC|Green|Ind|CB|Lab/Co-op|SDLP|UUP|Alba|Reform|Non-Afl)\)\s+"
                          r"(?:\[V\]\s+)?(?=[A-Z])")  # ("[V]": the member took part from afar)
# A member of a parliament as its record labels them: name, then seat and party in brackets ("Gino Kenny (Dublin
# Mid West, People Before Profit Alliance)"), alone on its line or before the speech (and an office after the party:
# "(Queensland, Liberal National Party, Assistant Minister to the Prime Minister)")
RECORD_NUMBER = re.compile(r"\[\d{3,6}/\d{2}\]$")  # a parliamentary question's reference closing it
MEMBER_LABEL = re.compile(r"(?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3}) \([^()\n,]{2,60}, [^()\n]{2,120}\)"
                          # (a note of how the member took part: "[by video link]")
                          # (or "by leave" and a dash before the speech: "... in the Senate) by leave—The ...")
                          r"(?: \[[a-z][a-z ]{1,30}\])?(?:\s+by leave\s*[—–-]\s*(?=[A-Z])|\s+(?=[A-Z])|\s*$)")
BARE_NAME_TURN = re.compile(r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}(?: of [A-Z][\w’'-]+)?) "
                            r"(?=(?:The|This|That|These|I|We|It|My|Our|"
                            r"Madam|Mr|Yes|No|As|Let|May|Thank|Can|Will|What|Why|How|Does|Do|Is|Are)\b)")
SUBORDINATE_BEFORE = re.compile(r"\b(?:after|since|before|until|when|because)\s+$", re.IGNORECASE)
# A block quotation's credit line: a dash, then a name, alone on its line ("—  Winston Peters")
CREDIT_LINE = re.compile(r"\s*[—–]\s*(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s*")
# A sentence opening with people named together, an occupation before them or not: "Deputies Jane Roe, Ana Kos and
# Ivo Novak submitted ..."
_CAP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"  # (a capital, Latin letters of other languages too)
_PERSON_NAME = rf"[{_CAP}][\w’'-]+(?:\s+[{_CAP}][\w’'-]+){{1,2}}"
NAMES_LISTED = re.compile(rf"(?:[A-Z][a-z]+\s+)?(?P<names>{_PERSON_NAME}(?:,\s+{_PERSON_NAME})*,?\s+and\s+{_PERSON_NAME})"
                          rf"\s+[a-z]")
# A turn that opens by addressing the room, its sentence going on in the next paragraph: "Mr President, ladies and
# gentlemen,", "President Xi Jinping, colleagues," (a title of address here; the room's own words are SALUTATION's)
VOCATIVE_GREETING = re.compile(r"\b(?:Mr|Mrs|Ms|Madam|Madame|Excellency|President|Chair|Chairman|Chairperson)\b")
BY_LEAVE = re.compile(r"\sby leave\s*[—–-]")  # a statement made by the chamber's leave: the member's turn
# In such a record, a turn labelled with an office alone: "Scott Ryan (President) Is there any objection ...?"
OFFICE_LABEL = re.compile(r"(?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3}) \((?:Deputy |Acting )?(?:President|"
                          r"Speaker|Chair|Chairman|Chairperson|Presiding Officer|Clerk)\)\s+(?=[A-Z])")
# The name an unnamed speaker gives, set off before the verb: "the resident, identifying himself as Mamat, said",
# "a trader, who gave his name as Jane Roe, told"
IDENTIFIED_AS = re.compile(r",\s+(?:who\s+)?(?:identif(?:ying|ied)\s+(?:him|her)self|gave\s+(?:his|her)\s+name|"
                           r"giving\s+(?:his|her)\s+name)\s+(?:only\s+)?as\s+"
                           r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s*$")
# A member labelled with the party alone, the label alone on its line, as an upper house's record has it ("Vincent
# P Martin (Green Party)", "Barry Ward (Fine Gael)"): whose speech follows
# A dateline in capitals opening a sentence ("BANGKOK: ", "ALMATY, Kazakhstan — ", "GENEVA (Reuters) - ")
CAPS_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w .'’-]{1,30})?\s*(?:\([^()\n]{1,40}\))?\s*[:—–-]+\s*")
# What says that one name opening a sentence is a person's: "Abdulehad is an Uyghur Muslim who ...", "Mehmet was a
# student", "Aysha is one of many Uyghur refugees"
DESCRIBED_AS_PERSON = re.compile(
    r"\s+(?:is|was)\s+(?:a|an|one\s+of\s+(?:the\s+|many\s+|several\s+)?)\s*(?:[\w’'-]+\s+){0,3}?"
    r"(?:man|woman|men|women|boy|girl|muslim|muslims|refugee|refugees|student|students|father|mother|son|daughter|"
    r"husband|wife|resident|residents|native|citizen|citizens|activist|activists|businessman|businesswoman|teacher|"
    r"doctor|worker|workers|farmer|writer|poet|scholar|journalist|lawyer|imam|survivor|detainee|asylum\s+seeker)\b",
    re.IGNORECASE)
# Offices written as titles before a name ("Deputy Prime Minister Phumtham", "Ambassador Liu"): no private person's
OFFICE_TITLES_RE = "|".join(sorted(w for w in TITLE_WORDS if w not in {"the", "and", "of", "said", "says", "mr", "mrs",
                                                                       "ms", "dr", "prof"}))
# A text opening, past its dateline, with a bare name and what the person did ("NUR-SULTAN. KAZINFORM -
# Kassym-Jomart Tokayev received ...", "Ilham Aliyev has received ...")
LEDE_SUBJECT = re.compile(r"(?:[A-Z][A-Z .,'’-]{2,60}?(?:\.\s+[A-Z][A-Z]+)?\s*[–—-]+\s*)?"
                          r"(?P<name>(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)"
                          # ("Shavkat Mirziyoyev, who is in Astana on a working visit, attended ...": past its aside)
                          r"(?:,\s+who\s+[^,.;]{3,80},)?\s+(?:has\s+|had\s+)?"
                          r"(?:held|received|met|had|took|attended|visited|chaired|paid|hosted|sent|signed|addressed|"
                          r"delivered|spoke|welcomed)\b")
# A name and a party or an affiliation in brackets after it ("Reinsalu (Isamaa)", "Jane Roe (Greens)"; not a body's
# initials, "(ETGE)")
NAME_WITH_PARTY = re.compile(r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+\(([A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3})\)")
# An interview's turn label on a line of its own ("WELT AM SONNTAG:", "Dolkun Isa:"), the turn's words in the
# paragraphs after it
# (or a transcript's, with the time the turn starts: "James Cockayne  0:44")
LABEL_LINE = re.compile(r"(?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,4})(?:\s*:|\s+\d{1,2}:\d{2}(?::\d{2})?)\s*")
# Words of a heading standing alone before a colon, never a speaker's label
HEADING_WORDS = {"background", "note", "notes", "update", "summary", "before", "between", "determination",
                 "allegations", "identity", "analysis", "decision", "reasons", "conclusion", "introduction",
                 "question", "answer", "source", "sources", "read", "more", "related", "what", "why", "how",
                 "editor", "editors", "photo", "video", "watch", "listen", "disclaimer", "contact", "contacts"}
MEMBER_HEADING = re.compile(r"(?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]*){1,3}) \((?:[A-Z][\w’'.-]*)(?: [A-Z][\w’'.-]*){0,3}\)\s*")
# A turn marked with a full stop, as the record of presidential remarks has it ("President Trump. Thank you
# very much.", "The President. Well, ..."): an office and a name, then the speaker's words
PERIOD_TURN = re.compile(r"(?P<name>(?:The )?(?:Vice President|Prime Minister|President|Secretary|Senator|"
                         r"Representative|Governor|Chancellor|Minister|Ambassador|Mr\.|Mrs\.|Ms\.)"
                         r"(?: [A-Z][\w’'-]+){0,2})\.\s+(?=[A-Z\"“])")
# A dateline that opens a story, up to its agency credit in brackets: "Geneva, Sep 8 (IANS)", "Dhaka [Bangladesh],
# October 1 (ANI):", "UNITED NATIONS, (APP - 23rd Oct, 2024)", "LONDON, March 3 (Wire) —". It names where and who
# reported, not a speaker.
DATELINE_RE = re.compile(r"[A-Z][A-Za-z .'’-]{1,40}(?:\s*\[[A-Z][A-Za-z .'’-]{1,30}\])?,\s*"
                         r"(?:(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}"
                         r"(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,9}\.?),?\s*)?\([^()\n]{1,80}\)\s*[-–—:]*\s*")
# ... and a city in capitals, its country perhaps, then a dash: "ALMATY, Kazakhstan—", "BEIJING —"
# A document's author in apposition: "The report, adopted by the committee at its 96th session, said"
_ADOPTED_STOP = r"(?:at|on|in|during|last|this)\b"
ADOPTED_BY = re.compile(r",\s*(?:adopted|issued|released|published|prepared|drafted|compiled|presented|approved)"
                        rf"\s+by\s+((?:the\s+)?[A-Za-z][\w’'-]*(?:\s+(?!{_ADOPTED_STOP})[\w’'-]+){{0,8}}?)"
                        rf"(?=\s+{_ADOPTED_STOP}|\s*[,;])")
# A date as a dateline gives it: "February 6", "6 Feb.", "August 4, 2022"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})(?:,?\s*\d{{4}})?"
DATELINE_DASH = re.compile(r"[A-Z]{3,}(?:[ /-][A-Z]{2,})*(?:,\s*[A-Z][a-z]+(?:[\s/][A-Z][a-z]+)?)?"  # (two places
                           # joined by a slash: "BEIJING/ASTANA, China/Kazakhstan - ")
                           rf"(?:,\s*{_DATE})?"  # (a date after it too: "UZBEKISTAN, February 6 - The President ...")
                           r"\s*(?:[—–•]|(?<=\s)-(?=\s))\s*")
# (a hyphen set off by spaces is a dash too: "ISLAMABAD - Chinese diplomat ..."; so is a bullet: "BANGKOK • Thailand's ...")
# A dateline of places and a date in brackets, then a dash: "Toronto and Montreal (November 3, 2020) – ..."
DATELINE_DATED = re.compile(r"[A-Z][A-Za-z .'’-]{1,60}\s*\((?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9})"
                            r",?\s*\d{4}\)\s*[-–—]+\s*"
                            # or the agency in brackets, after its place or alone, then a dash: "(Seychelles News
                            # Agency) - The ...", "KUALA LUMPUR (AP) - A rights group ...", "Moscow (AsiaNews) - ..."
                            # ("BISHKEK. Jan 7 (Interfax) - ": its date, after a full stop, too; its country after a
                            # comma: "DHARAMSALA, India (Reuters) - ")
                            r"|(?:[A-Z][A-Za-z .'’-]{1,40}?(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?"
                            r"(?:[.,]\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*)?"
                            r"\([A-Z][^()\n]{1,60}\)\s*[-–—]+\s*"
                            # or a place written in lower case, then a dash, where a sentence opens: "urumqi - A top
                            # Islamic body ..."
                            r"|[a-z]{3,}(?: [a-z]{3,})?\s+[-–—]\s+(?=[A-Z])"
                            # or a place, its country in brackets perhaps, and a date, then a colon: "Phnom Penh
                            # (Cambodia), August 4: Cambodian Prime Minister ..."
                            rf"|[A-Z][A-Za-z .'’-]{{1,40}}(?:\s*\([A-Z][A-Za-z .'’-]{{1,30}}\))?,\s*{_DATE}\s*:\s*"
                            # or a dash after the date: "Bangkok, March 2nd, 2025 — Jane Roe, ... dismissed"
                            rf"|[A-Z][A-Za-z .'’-]{{1,40}},\s*{_DATE}\s*[—–]+\s*"
                            # or with no mark after the date at all: "New York, Nov 13 Human Rights Watch (HRW) ..."
                            rf"|[A-Z][A-Za-z .'’-]{{1,40}},\s*{_DATE}\s+(?=[A-Z])")
# A name after "in", "at" or "near" (and a place and its comma after them: "in Napanoch, New York") is where
IN_PLACE = re.compile(r"\b(?:in|at|near|across|throughout)\s+(?:[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?,\s+)?$")
# What a law or a notice lays down, not a statement anyone makes ("according to the Constitution of ...")
LAW_HEADS = frozenset(("convention", "act", "law", "constitution", "charter", "treaty", "code", "covenant",
                       "protocol", "statute", "notice"))
# Sources no one names: "several reports", "some experts", "many analysts" are no speaker.
INDEFINITE = {"several", "some", "many", "various", "numerous", "multiple", "few", "most"}
# Words that make a speaker's label a woman's or a man's ("he" never stands for "an Uyghur woman").
FEMALE = {"woman", "women", "mother", "sister", "daughter", "wife", "girl", "grandmother", "aunt", "niece", "mrs",
          "mrs.", "ms", "ms.", "madam", "lady", "spokeswoman", "chairwoman", "businesswoman", "congresswoman", "widow"}
MALE = {"man", "men", "father", "brother", "son", "husband", "boy", "grandfather", "uncle", "nephew", "mr", "mr.",
        "sir", "spokesman", "chairman", "businessman", "congressman", "widower"}
# Words that make a name a news outlet's ("the Xinhua News Agency", "state media").
PAST_VERBS = frozenset(("met", "held", "made", "took", "gave", "went", "paid", "led", "sent", "spoke", "came",
                        "visited", "hosted", "received", "attended", "chaired", "signed", "opened", "arrived"))
# What a news outlet does in its own lede, never a release's call: "X reports that", "as reported by X"
REPORTING_ONLY = frozenset(("as", "reports", "writes", "informs", "learns", "cites", "quotes"))
# States by their initials, as news writes them before an office ("UK foreign minister", "US envoy")
STATE_INITIALS = frozenset(("UK", "US", "USA", "UAE", "PRC", "DPRK", "ROK", "DRC", "KSA"))


@lru_cache(maxsize=256)
def _named_stating(names_re: str):
    """A publisher's names, then a verb in the present: "Sherpa recalls", "The Foundation also urges", "UNHCR, the
    UN Refugee Agency, deeply regrets" (what it is, set off by commas, between)."""
    return re.compile(rf"\b(?:The\s+)?(?:{names_re})(?:,\s+[^,.;:\n]{{2,60}},)?\s+"
                      rf"(?:also\s+|further\s+|again\s+|strongly\s+|deeply\s+)?"
                      rf"(?:has\s+(?:long\s+|also\s+|repeatedly\s+|consistently\s+)?(?P<perfect>[a-z]+ed)|"
                      rf"(?P<verb>[a-z]+s))\b")


def _present_of(past: str) -> str:
    """The present third person of a regular past participle: "called" -> "calls", "urged" -> "urges"."""
    for present in (past[:-2] + "s", past[:-1] + "s", past[:-3] + "ies"):
        if present in PRESENT_SAYING:
            return present
    return ""


# Verbs of saying in the present, as a body's own statement opens ("welcomes", "recalls", "urges"): the
# reporting verbs ending in -s, less those a news outlet reports with ("reports", "writes")
PRESENT_SAYING = frozenset(v for v in VERBS if v.endswith("s") and not v.endswith("ss") and " " not in v
                           and v not in REPORTING_ONLY) - {"says", "tells", "reads", "continues", "posts", "finds"}
OUTLET_WORDS = frozenset(("broadcaster", "newspaper", "agency", "outlet", "channel", "radio", "television", "tv",
                          "daily", "news", "tabloid", "magazine", "website", "portal"))
NEWS_OUTLET_WORDS = {"news", "agency", "times", "post", "daily", "press", "media", "radio", "tv", "television",
                     "broadcaster", "newspaper", "wire", "tribune", "herald", "gazette",
                     # "..., Kazpravda.kz correspondent reports.": the outlet's reporter carries the words too
                     "correspondent", "correspondents"}
# Offices written in several ways ("MP Jane Doe" is "the deputy", "the lawmaker").
OFFICE_KIND = {**{w: "legislator" for w in ("mp", "deputy", "lawmaker", "legislator", "parliamentarian", "senator")},
               **{w: "spokesperson" for w in ("spokesperson", "spokesman", "spokeswoman")}}
# A transcript's turn given to a body's spokesperson without a name ("Embassy Spokesperson:").
ANONYMOUS_SPOKES = re.compile(r"(?:(?:the|a|an|[A-Z][\w.’'-]*)\s+){0,4}spoke\w*(?:person|man|woman)", re.IGNORECASE)
OFFICE_WORDS = {"president", "premier", "minister", "chairman", "leader", "spokesman", "spokeswoman",
                "spokesperson", "ambassador", "envoy", "consul", "governor", "mayor", "secretary"}
PERSON_TITLES = TITLE_WORDS | OFFICE_WORDS  # a title after a body's name makes a person ("Cabinet Secretary X")
ALL_OFFICES = set().union(*OFFICE_SYNONYMS.values()) | OFFICE_WORDS
# A passive statement pointing back at the paragraph before: "This was stated here by ...", "These views were
# expressed by ..."
# (also as an agency's report of it: "ABC.AZ reports that this was stated by ...")
BACK_REFERENCE = re.compile(r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s+(?:reports|reported|informs|writes)\s+that\s+"
                            r"(?=[tT]h))?(?:[Tt]his|These|It|That)(?:\s+\w+)?\s+(?:was|were|has been|have been)\s+(?:\w+\s+)?"
                            r"\w+(?:\s+(?:here|today|yesterday))?\s+by\b")
# A paragraph that opens by addressing someone: "Hello, Han Bin.", "– Madam Ambassador, how ...", "Mr. Doe, ..."
VOCATIVE = re.compile(r"\s*[–—-]?\s*(?:(?:Hello|Hi|Welcome|Good (?:morning|afternoon|evening)),?\s+"
                      r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s*[.!,]"
                      r"|(?:Mr|Mrs|Ms|Madam|Madame|Dr|Sir)\.?\s+(?P<office>Ambassador|President|Minister|"
                      r"Secretary[- ]General|Chairman|Professor|Governor|Mayor|Director)\s*,)")
AGE = re.compile(r"\d+(?:-year-old)?|year|old|-")  # "the 39-year-old Prince" (one token or three)
REPORTED = re.compile(r"\breport(?:ed|s)\b")
ISSUED_BY = re.compile(r"\b(?:statement|release|communiqu[eé]|declaration|message|appeal)\s+(?:issued|released|"
                       r"published|sent|signed)\s+by\b", re.I)
# a headline that says the text is the publisher's own release ("PRESS RELEASE - Stateless, ...", "Statement on
# House Passage of ..."): what a body nothing is known of publishes about itself
OWN_RELEASE_HEADLINE = re.compile(r"^\s*(?:(?:press|media|news)\s+release|press\s+statement)\s*[:\-–—|]|"
                                  r"^\s*statement\s+(?:on|of|by|from)\s", re.IGNORECASE)
# "We call them the brands of shame", "we urge the government": a body's own demand, in its own words
# (the word "we" is found first and its start checked after: a pattern opening with "\b" is tried at every position)
WE_RE = re.compile(r"[Ww]e (?<!\w[Ww]e )(?<!\bwhatever [Ww]e )(?<!\bwhat [Ww]e )(?<!\bhow [Ww]e )(?:(?:also|again|therefore|strongly|once again|"
                   r"further|hereby|continue to|"
                   r"will|must) )?(?:call|urge|demand|condemn|welcome|applaud|commend|stand|reiterate|invite|ask|"
                   r"asked|encourage|oppose|renew|appeal|denounce|deplore)\b")
PRESS_SERVICE = re.compile(r"^(?:[Tt]he |[Ii]ts )?(?:press (?:service|office|department)|information (?:department|"
                           r"office)) of (?=(?:the|its) (?:embassy|ministry|government|mission|council|committee|"
                           r"administration|company|organi[sz]ation|agency)$)")
# ... and "the company's press service": the company's
BODYS_PRESS_SERVICE = re.compile(r"^([Tt]he (?:embassy|ministry|government|mission|council|committee|administration|"
                                 r"company|organi[sz]ation|agency))[’']s press (?:service|office|department)$")
# (the press service of a body named before is that body's voice, "the embassy" the one named in full; "the
# press service of the Ministry of Defence" or "of the President of Uzbekistan" stays as written)
# a written parliamentary question: "Deputy Gino Kenny asked the Minister for Foreign Affairs if he has ..."
ASKED_RE = re.compile(r"(?:\d+\.\s+)?(?:[A-Z][\w.’'-]*\s+){1,5}asked (the (?:[A-Z][\w’'-]*|of|for|and|the)"
                      r"(?: (?:[A-Z][\w’'-]*|of|for|and|the))*?) (?:if|whether|to|what|when|how|about|"
                      r"the(?= [a-z]))\b")  # (also "asked the Tánaiste and Minister for ... the steps he ...")
# A site named after a person, with the address that spells the name: "Kerry Diotte (kerrydiotte.com)"
PERSONAL_SITE = re.compile(r"([A-Z][\w’'-]+(?: [A-Z][\w’'.-]+){1,2}) \((?:[^(),]+,\s*)?(?:www\.)?([a-z0-9-]+)\.[a-z.]{2,10}\)")
# A statement's credit line: "Delivered by the UK’s Permanent Representative to the WTO and UN, Simon Manley."
DELIVERED_BY = re.compile(r"\bDelivered by (?:[^.,\n]{3,120}?,\s+)?(?:(?:Ambassador|Minister|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|"
                          r"Lord|Lady|Baroness|Sir|Dame|H\.E\.)\s+)?"
                          r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'.-]+){1,3})\s*(?:\.|$)", re.MULTILINE)
# A statement's credit line opening a text: "Washington, DC (STL.News) Secretary of State Jane Roe released the
# following statement:" (the name: the capitalised words right before the verb)
FOLLOWING_STATEMENT = re.compile(r"[^\n]{0,160}?\b(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][\w’'-]+){1,2})\s+"
                                 r"(?:today\s+)?"
                                 r"(?:released|issued)\s+the\s+following\s+statements?\b")
# A headline that calls the text a speech without saying whose: "Speech at 3rd summit of heads of ..."
BARE_SPEECH_HEADLINE = re.compile(r"(?:Full text of )?(?:the |a |his |her )?(?i:speech|address|remarks|statement)"
                                  r"\s+(?:at|to|on|in|during|before)\b")
# A statement or a speech delivered: "Ambassador Jane Roe delivered a statement on ...", "delivered the
# following remarks"
DELIVERED = re.compile(r"\bdelivered (?:a|an|the|his|her|its|their)(?: following| joint| national)?"
                       r"(?: [a-z]+)? (?:statement|speech|remarks|address)\b")
# A speech's address to the chair, on a line of its own or opening a paragraph: "Mr President,"
ADDRESS_LINE = re.compile(r"(?:Thank you,? )?(?:Mr\.?|Madam|Madame|Mister) (?:President|Chair|Chairman|"
                          r"Chairperson|Speaker|Vice-President|Secretary-General)\b")
FIRST_PERSON_RE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|us)\b")
# A speech opening with its speaker's own name: "My name is Dolkun Isa and I am Uyghur."
MY_NAME_RE = re.compile(r"My name is (?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3})(?=[ ,.;]|$)")
# "the foreign secretary", "China's top diplomat", "China's ambassador to Canada": a person by office alone
_DESCRIBED = r"(?:the|The|[A-Z][\w-]*['’‘]s) (?:[A-Za-z-]+ ){0,3}"  # "the", "China's", then up to three words
OFFICE_DESCRIBED = re.compile(_DESCRIBED + r"([A-Za-z]+(?:-[A-Za-z]+)?)")  # ("The Secretary-General")
# Words opening a part of a group ("Many of China's Uighur minority") and closing a group's description ("... community
# in Central Asia", "... minorities who ...")
GROUP_QUANTIFIERS = {"many", "some", "most", "much", "several", "thousands", "hundreds", "millions"}
GROUP_TAIL_WORDS = {"in", "of", "who", "living", "from", "across", "around", "based", "that", "which", "abroad"}
# ... and one the text does not name, introduced as such: "A spokesman", "an embassy official"
INDEFINITE_OFFICE = re.compile(r"(?:[Aa]n?|[Oo]ne) (?:[A-Za-z-]+ ){0,3}([A-Za-z]+)")
# "The senior diplomat from the Embassy of China in Islamabad", "the President of the Foundation": an office and
# the body or place it belongs to
OFFICE_OF_BODY = re.compile(_DESCRIBED + r"([A-Za-z]+) (?:of|from|at|for) (?:the )?[A-Z][\w’'-]*"
                            r"(?: (?:of|in|for|the|and|[A-Z][\w’'-]*))*")
# "the head of state", "The Belarusian Head of State", "the head of our state": a state's president, by office
HEAD_OF_STATE = re.compile(r"(?i:the )(?:[A-Z][\w’'-]* )?(?i:(?P<office>head) of (?:our |the )?state)")
OFFICE_HELD_IN = re.compile(_DESCRIBED + r"?([A-Za-z]+) (?:to|in) (?:the )?"
                            r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?"  # (not "... to SA Chen Xiaodong": a name after)
                            r"(?: in [A-Z][\w’'-]*)?")  # ("China's envoy to the UN in Geneva")
# a legislature by its name (not "Congress" alone: "World Uyghur Congress" is no legislature)
LEGISLATURE = re.compile(r"\b(?:Hansard|Parliament|Senate|House of (?:Lords|Commons|Representatives)|"
                         r"Congressional Record|National Assembly|Bundestag|Knesset|Riksdag|Folketing|Storting|Sejm|"
                         r"Verkhovna Rada|Duma|Majlis|Mejlis|Lok Sabha|Rajya Sabha)\b")
# a record of a meeting in which others speak: its summary, its summary record ("The meeting was called to order")
MEETING_RECORD = re.compile(r"(?i)\b(?:summary record|meeting summar(?:y|ies)|meetings coverage|"
                            r"the meeting was called to order)\b")
# a summary's opening: a deliberative body met ("The Committee on ... today concluded its review of ...", "The Human
# Rights Council this morning held a general debate")
MEETING_OPENING = re.compile(r"The (?:[A-Z][\w’'-]*,? (?:(?:on|of|for|and|the) )*){0,10}"
                             r"(?:Committee|Council|Assembly|Commission|Working Group|Forum)"
                             r"(?: (?:on|of|for|and|the|[A-Z][\w’'-]*),?)* (?:today|this (?:morning|afternoon|evening)|"
                             r"yesterday)(?: (?:morning|afternoon))? (?:concluded|held|began|opened|continued|started|"
                             r"completed)\b")
# a decision record's header line naming who decided ("Panel: Jane Roe", "MEMBER: Jane Roe")
PANEL_LINE = re.compile(r"(?:Panel|Member|Presiding Member|Tribunal Member|Board Member|Adjudicator|Decision-maker)"
                        r"\s*:\s*((?:[A-Z][\w’'-]*\.?\s+){1,3}[A-Z][\w’'-]+)", re.IGNORECASE)
# where its reasons begin: a heading ("DECISION", "REASONS FOR DECISION") or its first numbered paragraph
DECISION_START = re.compile(r"(?:(?:STATEMENT OF )?DECISION(?: AND REASONS)?|REASONS(?: FOR DECISION)?)\s*$|\[1\]\s")
# what only a debate's record says: a member addressing the chamber, moving a motion
DEBATE_MARK = re.compile(r"\b(?:My Lords|Mr\.? Speaker|Madam Speaker|Mr\.? Deputy Speaker|Madam Deputy Speaker|"
                         r"Mr\.? President|Madam President|Honourable (?:colleagues|senators|members)|"
                         r"[Hh]on(?:ou)?rable [Mm]embers|That this House|I beg to move|[Pp]ursuant to notice of .{0,40}moved)")
# publishers whose officials speak for them: a speech on their site is theirs (not a party's or a campaign's
# copy of a president's address)
OFFICIAL_KINDS = ("government", "intergovernmental body")
# after "According to X": the main clause naming a person who says something ("..., Xi said", "..., Jan Novak also
# stressed")
NAMED_SAYING = re.compile(r",\s+((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)\s+(?:also\s+|further\s+)?(?:said|says|stressed|"
                          r"stresses|noted|notes|added|adds|told|tells|stated|states|emphasi[sz]ed|underlined|"
                          r"pointed out|expressed|highlighted)\b")
VIA = re.compile(r"\bvia\b", re.I)  # "European Council (via 168.am)": a copy another site carries
# a headline of remarks that answer questions: "... statement and answers to media questions", "... at the interview"
PRESS_TALK = re.compile(r"\b(?:questions?|answers?|interview(?:ed)?|press conference|news conference|briefing)\b", re.I)
SPEAKER_I_RE = re.compile(r"\b(?:I|[Mm]y|me)\b")  # one person speaking: "I tried", "my speeches"
# The head of a subject phrase that names an event or a thing, never a speaker (in lower case, as written)
EVENT_HEADS = frozenset(("trial", "trials", "case", "cases", "incident", "incidents", "visit", "visits", "move",
                         "attack", "attacks", "crisis", "conflict", "war", "development", "developments", "situation",
                         "event", "events", "meeting", "talks", "summit", "election", "elections", "vote", "ban",
                         "sanctions", "crackdown", "policy", "policies", "law", "project", "deal", "trip",
                         # what rules, never who speaks: "according to Chinese laws"
                         "laws", "regulations", "rules", "constitution",
                         # what is proposed or done: "is underlined by various proposals tabled by officials"
                         "proposal", "proposals", "plan", "plans", "projects", "initiative", "initiatives",
                         "measures", "steps", "efforts",
                         # ties between states: "China-Zambia relations have maintained a positive momentum"
                         "relations", "ties", "cooperation", "friendship", "partnership",
                         # what was done to people: "The treatment of the Uyghurs in China has raised human rights
                         # concern", "The disappearance of the members of ... has raised further concerns"
                         "treatment", "disappearance", "disappearances", "detention", "detentions", "arrest",
                         "arrests", "deportation", "deportations", "persecution", "repression"))
# A form of address before a name: "His Highness Sheikh Mohamed", "Her Excellency ..." ("H.E." stays, as written)
_HONORIFIC = r"(?:His|Her|Their) (?:Royal )?(?:Highness|Excellency|Majesty|Holiness)"
HONORIFIC = re.compile(rf"^{_HONORIFIC} (?=[A-Z])")
HONORIFIC_INSIDE = re.compile(rf"\b{_HONORIFIC}\b")
# Titles written in initials before a name: "FM Bayramov", "PM Sharif"
INITIALS_TITLES = frozenset(("fm", "pm", "dpm", "mp"))
TITLED_SURNAME = re.compile(r"(?:[A-Z][a-z]+\.?|FM|PM|DPM) [A-Z][\w’'-]+")  # "President Mirziyoyev", "Mr. Kato",
# "FM Bayramov" (a title written in initials)
# "General Secretary Lâm", "Foreign Minister Fidan": a title of two words before a surname
TWICE_TITLED_SURNAME = re.compile(r"(?:[A-Z][a-z]+ )?(?:[A-Z][a-z]+ )(?:Secretary|Minister|Councill?or|Chairman|"
                                  r"President|Premier|Ambassador|Spokesperson|Spokesman|Director|"
                                  r"Rabbi|Bishop|Archbishop|Imam|Mufti) [A-Z][\w’'-]+")  # ("Chief Rabbi Mirvis")
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
GLUED_TITLE = re.compile(r"^(Mr|Mrs|Ms|Dr|Prof|Mme|Mx)\.(?=[A-Z][a-z])")
# What happens, not who speaks, as a sentence's subject: "The trip to Ruritania testifies to ..."
# (not "the summit", "the conference", "the meeting": whose declaration may speak as theirs, "The summit called for")
OCCASIONS = {"trip", "tour", "talks", "visit", "visits", "trips", "tours",
             # "The meeting between President X and Chairman Y reaffirmed ...": what happened, not who spoke
             "meeting", "meetings", "negotiations", "consultations", "conversation", "discussions"}
# the last word of an event's name: "World Cup", "Asian Games" (beside EVENT_WORDS)
EVENT_NAME_HEADS = frozenset(("cup", "championships", "tournament", "marathon", "congress", "assembly",
                              "award", "awards", "prize"))
EVENT_WORDS = {"summit", "conference", "forum", "games", "olympics", "festival", "exhibition", "expo", "meeting",
               "session", "visit", "championship", "ceremony", "celebrations", "anniversary"}
# A site or an account named as the speaker: "the official Facebook page of prime minister", "the website of the
# ministry": whose it is speaks
SITE_OF = re.compile(r"(?i:the\s+)?(?i:official\s+)?(?:(?:Facebook|Twitter|X|Telegram|Instagram|YouTube|WeChat|Weibo|"
                     r"VK|LinkedIn|(?i:social media))\s+)?(?i:website|web site|page|account|channel|feed|handle)\s+"
                     r"(?i:of)\s+")
# A paragraph that opens with a transcript's turn mark ("Wang Wenbin: ...")
TURN_OPENING = re.compile(r"\s*[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}:\s")
# A body described without its name in a lede: "A human rights group is urging ...", "a US-based rights group said"
BODY_HEADS = frozenset(("group", "body", "committee", "organisation", "organization", "watchdog", "coalition",
                        "panel", "ngo"))
# What kind of group a description says ("the human rights group", "the advocacy group")
GROUP_KINDS = frozenset(("human", "rights", "advocacy", "campaign", "campaigning", "activist", "exile", "diaspora",
                         "watchdog", "monitoring", "research", "lobby", "pressure", "civil", "society", "legal"))
# A transcript's unnamed voice in capitals and its number: "UNIDENTIFIED PERSON #1: ..."
NUMBERED_TURN = re.compile(r"(?P<name>[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+){0,3} #\d{1,2}):\s")
# A turn marked in capitals with who the speaker is after a comma: "ANTHONY ALBANESE, PRIME MINISTER: ..."
CAPITALS_TURN = re.compile(r"\s*[A-Z][A-Z.’'-]*(?: [A-Z][A-Z.’'-]*){0,3}, [A-Z][A-Z .’'-]{1,80}:\s")
# Words that open a place's name ("New York", "San Francisco", "Port Louis"), never a word of a person's
PLACE_OPENERS = {"new", "north", "south", "east", "west", "saint", "san", "santa", "los", "las", "port", "fort",
                 "mount", "lake", "cape", "st", "st."}
# A headline that names whose words the text is: "Remarks by Ambassador Guo Min at ...", "Speech of President X"
_HEAD_TITLES = (r"(?:(?:(?:Foreign\s+Ministry|MFA|Embassy|Consulate|Ministry|Government)\s+)?"  # "Foreign Ministry
                # Spokesperson Hua Chunying's Remarks on ..."
                # (or the body the office is of, named before it: "European Parliament President David Sassoli")
                r"(?:(?:[A-Z][\w’'-]*\s+){1,3}(?:Parliament|Council|Commission|Assembly|Congress|Committee)\s+(?=[A-Z]))?"
                r"(?:H\.\s?E\.|President|Vice[- ]President|Prime Minister|Premier|Foreign Minister|Minister|"
                r"Ambassador|Chairman|Chairwoman|Chair|Secretary[- ]General|Spokesperson|Spokesman|Spokeswoman|"
                r"Governor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)"
                # "the President of the Republic of Uzbekistan H.E. Shavkat Mirziyoyev"
                r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*?)?\s+)*")
_HEAD_NAME = r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
HEADLINE_SPEECH = re.compile(r"^(?:No[:.]?\s*[\w/-]+,?\s+)?"  # "No:280/24, Response by ...": a ministry's number
                             r"(?:Full text(?: of)?:?\s*)?(?:the\s+)?"
                             r"(?:(?:Opening|Closing|Keynote|Press|Introductory|Concluding|Welcoming|Inaugural|Video)\s+)?"
                             r"(?i:Remarks|Speech|Address|Statement|Message|Response|Answers?|Comments?)\s+(?:by|of)\s+"
                             r"(?:the\s+)?"
                             + _HEAD_TITLES + _HEAD_NAME
                             + r"(?=$|\s+(?:at|on|to|in|during|before|for|following|after|upon)\b|[:,])")
# ... and "Foreign Minister Sergey Lavrov's statement and answers to media questions at ..."
# A footnote's mark glued to a sentence's end, after its closing quote if any: "’[1]", "[12]"
FOOTNOTE_AFTER = re.compile(r"[’'\"”)]*\[\d{1,3}\]")
# A paragraph marked as a question in a transcript: "Q: According to reports, ...", "Question: ..."
QUESTION_TURN = re.compile(r"(?:Q|Question|QUESTION)\s*\d*\s*[:.]\s")
# its word, as the transcript writes it ("Q", "Question", "QUESTION"): the asker's name
QUESTION_WORD = re.compile(r"QUESTION|Question|Q")
# Those a speech addresses, closing a salutation: "..., and Honorable Members of the Committee", "Distinguished
# guests", "Ladies and Gentlemen", "Excellencies"
SALUTATION = re.compile(r"(?:\b(?:Honou?rable|Distinguished|Dear|Esteemed) (?:Members|Colleagues|Guests|Senators|"
                        r"Delegates|Friends)\b|\bLadies and Gentlemen\b|\bExcellencies\b)", re.IGNORECASE)
# Who asks in a transcript, as its turns name them
ASKERS = {"journalist", "reporter", "correspondent", "q", "question", "questioner"}
# A turn a transcript gives its speaker's title and name in capitals: "SECRETARY POMPEO: Well, ..."
CAPS_NAME_TURN = re.compile(r"(?!QUESTION\b)[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,4}:\s")
# A headline that gives a Q&A to an office, not a person: "Foreign Ministry Spokesperson's Remarks on ...",
# "Remarks of the Spokesperson of the Chinese Embassy in the Netherlands on ...", "MOFCOM Spokesperson comments on"
_SPOKES = r"Spokes(?:person|man|woman)(?: of (?:the )?[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|the|to|in))*)?"
HEADLINE_OFFICE_REMARKS = re.compile(
    r"(?:(?:Remarks|Comments?|Answers?)\s+(?:of|by)\s+(?:the\s+)?(?P<a>(?:[A-Z][\w’'-]*\s+){0,4}" + _SPOKES
    + r")\s+(?:on|to|regarding|about)\b|(?P<b>(?:[A-Z][\w’'-]*\s+){0,4}" + _SPOKES
    + r")(?:[’']s)?\s+(?i:remarks|comments?|speaks|answers?)\b)")
ANSWER_TURN = re.compile(r"(?:A|Answer)\s*\d*\s*[:.]\s")
HEADLINE_OWN_SPEECH = re.compile(r"^" + _HEAD_TITLES + _HEAD_NAME + r"[’']s\s+(?:(?:opening|closing|keynote)\s+)?"
                                 r"(?i:remarks|speech|address|statement|message|interview"
                                 # "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on ...": the
                                 # one who answers its questions
                                 r"|(?:regular\s+)?(?:press\s+conference|press\s+briefing|briefing))\b")
HEADLINE_INTERVIEWEE = re.compile(r"\b(?:Q ?& ?A|Q and A|[Ii]nterview)\s+with\s+(?:the\s+)?(?:[A-Z]?[a-z][\w’'-]*\s+){0,4}"
                                  r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})"
                                  r"(?:\s*$|\s*[(,:–—]|\s+(?:about|on|over|in|at|after|before|ahead)\s)")
HEADLINE_INTERVIEWER = re.compile(r"\b[Ii]nterview\s+(?:with|to|by)\s+(?:the\s+)?" + _HEAD_NAME)
# A headline naming the one an interview questions, and often who asks ("Ambassador Jane Roe Interviewed by
# Klassekampen", "Interview of Ambassador Jane Roe by Mr. John Doe", "Ambassador Jane Roe Accepts a Written Interview
# with the Greek "Daily Post"", "The transcript of the Ambassador Jane Roe's video interview published on
# "EurActiv""): in a text that asks questions, the answers are the one interviewed's, the questions the asker's
_HEAD_ASKER = r"(?P<asker>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
HEADLINE_INTERVIEW = (
    re.compile(r"^" + _HEAD_TITLES + _HEAD_NAME + r"\s+(?:(?:was|is|has\s+been)\s+)?[Ii]nterviewed\s+by\s+"
               r"(?:the\s+)?" + _HEAD_ASKER),
    re.compile(r"\b[Ii]nterview\s+(?:of|given\s+by)\s+(?:the\s+)?" + _HEAD_TITLES + _HEAD_NAME
               + r"(?=$|\s+(?:by|with|to|on|at|for|in|about|regarding)\b|[:,])"
               r"(?:\s+(?:by|with|to)\s+(?:the\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?" + _HEAD_ASKER + ")?"),
    re.compile(r"^" + _HEAD_TITLES + _HEAD_NAME + r"\s+(?:[Aa]ccept(?:s|ed)?|[Gg]ive[sn]?|[Gg]ave|[Gg]rant(?:s|ed)?)\s+"
               r"(?:an?\s+)?(?:(?:[Ee]xclusive|[Ww]ritten|[Vv]ideo|[Tt]elevision|TV|[Jj]oint|[Ss]pecial)\s+)*"
               r"[Ii]nterview\s+(?:with|to)\s+(?:the\s+)?(?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+(?=[\"“]))*[\"“]?"
               + _HEAD_ASKER),
    re.compile(r"^(?:The\s+)?(?:[Tt]ranscript|[Ff]ull\s+text)\s+of\s+(?:the\s+)?" + _HEAD_TITLES + _HEAD_NAME
               + r"[’']s\s+(?:[\w-]+\s+)?[Ii]nterview\b(?:\s+(?:published\s+on|with|to|by)\s+(?:the\s+)?[\"“]?"
               + _HEAD_ASKER + ")?"),
)
# "Response by X to the local media inquiry regarding ...": who asked the questions the text answers
HEADLINE_ASKER = re.compile(r"^,?\s*to\s+(?P<name>(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:media|press|journalists?|"
                            r"reporters?|agency|newspaper|outlets?))(?:'s|’s)?\s+(?:inquiry|enquiry|query|queries|"
                            r"questions?|requests?)\b")
# A body's own organs and offices, as it names them in its own text: "the CICA Ministerial Council", "Secretary
# General of the PS IGC TRACECA"
ORGANS = ("President|Vice-President|Head|Rector|Founder|Senior Research Fellow|Research Fellow|Senior Fellow|"
          "Ministerial|Council|Secretariat|Secretary General|Director General|Secretary|Secretary-General|"
          "Member States|Members|Member|Chair|Chairman|"
          "Chairmanship|Chairperson|Presidency|Summit|Board|Assembly|Commission|Committee|Executive|Director|"
          "Director-General|Heads of State|Charter|Headquarters")
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "united"}
# Titles of rank written in capitals that a description may end with: "the 39-year-old Prince"
RANKS = {"prince", "king", "queen", "emir", "sheikh", "sultan", "crown"}
# Words that place or describe a people without making it a body: "Overseas Uyghurs", "Diaspora Kazakhs"
# (not a quantity: "some Uyghurs say" is a group of people, as written)
PEOPLE_MODIFIERS = {"overseas", "diaspora", "exile", "exiled", "young", "elderly", "muslim", "turkic", "local",
                    "ordinary", "fellow"}
# so does a person's occupation: "Vice News correspondent Isobel Yeung", "China scholar John Roe"
OCCUPATIONS = {"correspondent", "reporter", "journalist", "editor", "columnist", "anchor", "producer", "scholar",
               "researcher", "professor", "analyst", "activist", "lawyer", "expert", "author", "writer",
               # the head of a body by the body's own word for it: "Uyghur Human Rights Project Board Chair X"
               "chair", "chairwoman", "chairperson", "founder", "ceo", "coordinator",
               # ("the Media Relations Manager said" after "Mr Kwame Ren, the Media Relations Manager of ...")
               "manager", "officer", "adviser", "advisor", "counsellor", "counselor", "representative",
               # ("Amnesty International campaigner Tim O’Connor": one of a body's people, named)
               "campaigner", "spokesperson", "director", "researcher", "official"}
PERSON_NOUNS = PERSON_TITLES | OCCUPATIONS
# What a person does, not an office: "the activist said", "the expert said" stand for the one person a text has
# quoted, whatever office it gives them
ANAPHOR_NOUNS = {"activist", "expert", "analyst", "scholar", "researcher", "academic", "professor", "lawyer",
                 "economist", "campaigner"}
# An office one person holds, in a description without a name: "the foreign secretary", "the deputy" (not "the
# leader", which names no office of its own).
PERSON_OFFICES = OFFICE_WORDS - {"leader"} | {"chancellor", "chairwoman", "senator", "commissioner", "ombudsman",
                                             "rapporteur", "deputy", "mp", "lawmaker", "legislator", "parliamentarian",
                                             "secretary-general",
                                             "official", "diplomat", "chief", "prince", "princess", "king",
                                             "queen", "emir", "sultan", "monarch"}
# The nouns a description of one person ends in ("the Adelaide-based campaigner", "The Kazakh Head of State", "the
# Vietnamese diplomat"): who may stand for the person the text has just quoted by name
DESCRIBED_PERSON_NOUNS = ((PERSON_OFFICES | ANAPHOR_NOUNS | OCCUPATIONS)
                          - {"chair", "deputy", "officer", "representative", "manager"}
                          | {"leader", "head", "politician", "doctor", "sovereign", "journalist"})
QUOTES_OPEN, QUOTES_CLOSE, QUOTES_BOTH = "“«", "”»", '"'
# an American legislator's party and state, in brackets after the name: "(R-Neb.)", "(R., Neb.)", "(D-NY)"
PARTY_STATE = re.compile(r"[RDI]\.?\s*[-–,]\s*[A-Z][A-Za-z.]{1,6}")


def _closes_quotation(text: str, at: int) -> bool:
    """Whether the character at ``at`` is a quotation's closing mark: "”", "»", '"', or a single "’" or "'"
    right after the punctuation that ends the words quoted ("‘... free,’ the man said")."""
    c = text[at]
    return c in QUOTES_CLOSE + QUOTES_BOTH or (c in "’'" and at > 0 and text[at - 1] in ",.!?")


# how a noun for a person ends: "retiree", "driver", "owner", "activist", "resident", "fisherman"
# Words that make a title another office: "Shadow External Affairs Minister", "a former minister", "Deputy Foreign
# Minister" is not "the minister" a text goes on to quote
OFFICE_CHANGERS = {"shadow", "former", "deputy", "vice", "acting", "assistant", "junior", "ex", "late", "outgoing",
                   "incoming"}
# Words of a title: "Foreign Minister", "Crown Prince", "Board Chair", "Mr"
_CHANGERS = "|".join(sorted(OFFICE_CHANGERS))  # (an alternation of them, for patterns)
OFFICE_NOUNS = (PERSON_NOUNS | PERSON_OFFICES | RANKS | TITLE_MODIFIERS) - {"the", "and", "of", "said", "says"}
TITLES_AND_OFFICES = TITLE_WORDS | OFFICE_NOUNS  # (the words before a name: "Spokesperson Wang Wenbin")
# The words in lower case a person's label may hold before the surname: "the ambassador, Jan Novak", "Dr. al Sabah",
# "NCP co-chair Pushpa Kamal Dahal" (offices, titles, name particles, and the words joining them)
PERSON_LIKE_WORDS = TITLE_WORDS | OFFICE_NOUNS | {
    "the", "a", "an", "of", "and", "to", "for", "at", "in", "on", "co",
    "bin", "bint", "al", "el", "de", "van", "von", "der", "la", "le", "da", "do", "dos", "du", "ibn", "ben"}


def capitalised_before(text: str, at: int) -> list[str]:
    """The capitalised words just before ``at``, nearest first, back to a word in lower case or one a comma or a full
    stop closes, within sixty characters: a name's own title ("Azerbaijani President Ilham" before "Aliyev")."""
    out = []
    for w in reversed(text[max(0, at - 60):at].split()):
        if not w[:1].isupper() or w[-1:] in ",.;:)":
            break
        out.append(w)
    return out


def person_like(label: str) -> bool:
    """Whether a label reads as a person's up to its last word: "the ambassador, Jan Novak", not "The punishment
    against Novak" (the part after its last comma, in capitals but for offices, titles and particles)."""
    return all(w[:1].isupper() or all(p in PERSON_LIKE_WORDS for p in w.lower().strip(".,").split("-"))
               for w in label.split(",")[-1].split()[:-1])
def group_of_people(word: str) -> bool:
    """Whether a noun in lower case names people ("residents", "activists", "groups"): those "who" or "they" may
    stand for."""
    return word in PEOPLE_WORDS or word in PLURAL_GROUP_HEADS or GROUP_RE.fullmatch(word) is not None


# Offices a text's protagonist holds, named by the bare title after the name alone: "According to the minister"
# (not "the spokesman", "the official": someone else, whom the text does not name)
LEADING_OFFICES = {"president", "minister", "premier", "chancellor"}
# What follows a state's stem in an adjective or a possessive of it: "Chin-ese", "Turk-ish", "Iran-ian", "Iraq-i"
STATE_ADJECTIVE_ENDINGS = {"ese", "ish", "ian", "ians", "an", "ans", "n", "ns", "i", "is", "ic", "ics", "'s", "’s",
                           "s", "ese's", "ese’s"}
# Words of a description that say nothing of which office or role: "the local resident", "the visiting minister"
LOOSE_MODIFIERS = {"the", "this", "that", "local", "visiting", "top", "senior", "also"}
# A name set beside a title, after a form of address or none: "..., Amb. Ahmed Isse Awad,", "Ma Xinmin."
APPOSED_NAME = (r"(?:(?:Mr|Mrs|Ms|Dr|Amb|Prof|H\.\s?E)\.?\s+)?"
                r"([A-Z][\w’'-]+(?:\s+(?:bin|ibn|al|el|[A-Z][\w’'-]+)){1,5})")
# ... after a title and a comma ("the Chinese Ambassador to Sudan, Ma Xinmin."), or before one ("Juma Khan Amu, a
# resident of Badakhshan, ..."): (title, name) and (name, title)
# (the name then the verb of its clause too: "First President of Kazakhstan, Nursultan Nazarbayev met with ...")
TITLE_THEN_NAME = re.compile(rf"(?:^|(?<=[\s(]))([^.;:!?\n“”\"()]{{3,160}}?),\s+{APPOSED_NAME}"
                             r"(?=\s*[,.;(]|\s+(?:has|had|is|was|who|said|met|held|received|visited|attended|"
                             r"told|noted|stressed|stated)\b)")
_NAME_THEN_TITLE = (rf"{APPOSED_NAME},\s+(?:the\s+|an?\s+)?([^.;:!?\n“”\"()]{{3,160}}?)"
                    r"(?=[,.;(]|\s+(?:has|had|is|was|said)\b)")
NAME_THEN_TITLE = re.compile(_NAME_THEN_TITLE)
# ... and after "by", where the match of the name before may have taken it in: "Mr Mingzhao, accompanied by Mr Kwame
# Ren, the media Relations Manager of the Chinese Embassy, ..."
BY_NAME_THEN_TITLE = re.compile(r"\bby\s+" + _NAME_THEN_TITLE)
PERSON_ENDINGS = ("er", "or", "ist", "ee", "ant", "ent", "ian", "man", "woman", "person", "wife", "mother", "father",
                  "son", "daughter", "boy", "girl")
QUOTE_MARKS = re.compile('[“«”»"]')
# Doubled single marks stand for double ones in some copy (‘‘...’’, ``...''): read them as one double mark and
# a character that is no mark, so that offsets stay those of the text.
DOUBLED_MARKS = {"‘‘": "“\u2060", "’’": "”\u2060", "``": "“\u2060", "''": '"\u2060'}
DOUBLED_RE = re.compile("|".join(map(re.escape, DOUBLED_MARKS)))


APOSTROPHE_TYPED_AS_QUOTE = re.compile(r'(?<=[A-Za-z])"(?=s\b)')


def quote_view(text: str, blocks=()) -> str:
    """The text with doubled single quotation marks read as double ones, and a single one opening a paragraph
    before a capital, when the quotation it opens closes with a double one ("‘They simply ...”") or with a
    single one ending the paragraph ("‘... gains.’"), as a double one, both (there they are quotation marks,
    never apostrophes); offsets unchanged."""
    if any(mark in text for mark in DOUBLED_MARKS):
        text = DOUBLED_RE.sub(lambda m: DOUBLED_MARKS[m.group()], text)
    if "‘" in text or "’" in text:
        chars = None
        for a, b in blocks:
            if b - a < 3:
                continue
            closes = text[b - 1] == "’" and text[b - 2] in ".!?"
            if text[a] == "‘" and text[a + 1].isupper():
                double = text.find("”", a, b)
                if closes or (double != -1 and text.find("“", a, double) == -1):
                    # closed by a double mark ("‘They simply ...”") or by a single one ending the paragraph
                    # ("‘... gains.’"); not "‘Obtaining ...,’ X said", whose marks are single both
                    chars = chars or list(text)
                    chars[a] = "“"
                    if closes:
                        chars[b - 1] = "”"
        if chars is not None:
            text = "".join(chars)
    if '"' in text:
        # a straight mark typed for an apostrophe, between a word and its possessive "s" ('today"s', 'China"s'):
        # no quotation mark, so it leaves the paragraph's marks paired
        text = APOSTROPHE_TYPED_AS_QUOTE.sub("'", text)
    if '"' in text:
        # a straight mark that closes a quotation this paragraph never opened ('... coordination," the Chinese
        # leader said.': after a comma or a full stop, before a space) is a closing mark, not an opening one
        chars = None
        for a, b in blocks or ((0, len(text)),):
            opened = False
            for m in QUOTE_MARKS.finditer(text, a, b):
                k, ch = m.start(), m.group()
                if ch in "“«":
                    opened = True
                elif ch in "”»":
                    opened = False
                elif ch == '"':
                    if not opened and k > a and text[k - 1] in ",.!?" and (k + 1 >= b or text[k + 1].isspace()):
                        chars = chars or list(text)
                        chars[k] = "”"
                    else:
                        opened = not opened
        if chars is not None:
            text = "".join(chars)
    return text


def build_matcher(nlp) -> PhraseMatcher:
    """Cues are fixed words and phrases, so a PhraseMatcher (a hash lookup per token) finds them."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("VERB", [nlp.make_doc(v) for v in VERBS + VERB_PHRASES])
    matcher.add("PHRASE", [nlp.make_doc(p) for p in PHRASES])
    matcher.add("SOURCE", [nlp.make_doc(p) for p in SOURCE_PHRASES])
    return matcher


# a word that names an office or a person ("director", "spokesperson"): a description of someone
OFFICE_OR_PERSON = frozenset(ALL_OFFICES | PERSON_NOUNS) - {"and", "of", "the"}
# ... or a title: the words that, closing a label, are no name ("Iran's Foreign Minister" names no one)
OFFICE_OR_TITLE = OFFICE_OR_PERSON | TITLE_WORDS
# who someone is, in lower case between the verb and the name ("said Coquitlam resident Jane Roe", "said member of
# the Ruritanian Association Jane Roe")
ROLE_BEFORE_NAME = OFFICE_OR_PERSON | {"resident", "residents", "member", "student", "citizen", "native", "refugee",
                                       "judge", "justice", "magistrate",
                                       # what someone does or has lived through ("“...,” protester Jane Roe said")
                                       "protester", "protestor", "demonstrator", "dissident", "campaigner",
                                       "economist", "historian", "academic", "blogger", "businessman",
                                       "businesswoman", "entrepreneur", "poet", "artist", "musician", "singer",
                                       "filmmaker", "survivor", "detainee", "victim", "witness", "farmer",
                                       "teacher", "worker", "imam", "cleric",
                                       # ("Public figure and politician Rysbek Sarsenbay said", "family physician")
                                       "politician", "physician", "doctor", "writer", "author", "novelist",
                                       "lawyer", "attorney", "professor", "scholar", "researcher", "activist"}


class Attributor:
    def __init__(self, nlp, entries: dict[str, Entry]):
        self.matcher = build_matcher(nlp)
        self.entries = entries
        strings = nlp.vocab.strings
        self.document_words = {strings.add(w) for w in DOCUMENT_WORDS}
        self.pronouns = {strings.add(w) for w in PRONOUNS}
        self.personal = {strings.add(w) for w in ("he", "she", "his", "her", "him")}
        self.subject_pronouns = {strings.add(w) for w in ("he", "she", "they", "it", "we", "i")}
        self.third_person = {strings.add(w) for w in ("he", "she")}
        self.located_in = {strings.add(w) for w in ("in", "at", "near", "across", "throughout")}
        self.and_word = strings.add("and")
        self.of_word = strings.add("of")
        self.official_word = strings.add("official")
        self.occasions = {strings.add(w) for w in OCCASIONS}
        self.for_word = strings.add("for")
        self.admitting = {strings.add(w) for w in ("admitted", "admits", "admit")}
        self.both_word = strings.add("both")
        # words that open a clause said without "that": "thinks this is ...", "thinks China will ..."
        self.clause_openers = {strings.add(w) for w in ("this", "it", "they", "he", "she", "we", "there",
                                                        "these", "those", "such")}
        self.describing = {strings.add(w) for w in DESCRIBING}
        self.advocates_word, self.rights_word = strings.add("advocates"), strings.add("rights")
        self.characterizing = {strings.add(w) for w in ("characterized", "characterizes", "characterised",
                                                        "characterises")}
        self.place_preps = {strings.add(w) for w in ("on", "in", "at", "from", "via", "through", "within")}
        self.press = strings.add("press")
        self.by_from = {strings.add("by"), strings.add("from")}
        self.be_words = {strings.add(w) for w in ("are", "is", "was", "were", "been", "be")}
        self.to_word = strings.add("to")
        self.according = strings.add("according")
        self.press_words = {strings.add(w) for w in ("press", "media", "news")}
        self.office_run = {strings.add(w) for w in ("of", "the", "to", "for", "and", "on", "in")}
        self.audiences = {strings.add(w) for w in ("journalists", "reporters", "media", "press", "correspondents")}
        self.during_word = strings.add("during")
        self.concessive = {strings.add(w) for w in ("although", "though", "whereas")}
        self.quoting = strings.add("quoting")
        self.quoting_words = {self.quoting, strings.add("quotes")}
        # verbs that name whom they address: "warned residents to ...", "urged the council to ..."
        self.addressing = {strings.add(w) for w in ("warned", "warns", "urged", "urges", "told", "tells", "asked",
                                                    "asks", "reminded", "reminds", "advised", "advises",
                                                    "encouraged", "encourages", "called", "calls", "invited")}
        self.by_word = strings.add("by")
        self.from_word = strings.add("from")
        self.otherwise_word = strings.add("otherwise")
        self.every_words = {strings.add(w) for w in ("every", "each")}
        self.hailing_words = {strings.add(w) for w in ("hails", "hailed", "hail")}
        self.charged_word = strings.add("charged")
        self.degree_words = {strings.add(w) for w in ("more", "most", "less", "very", "so", "too")}
        self.sent_documents = {strings.add(w) for w in ("letter", "message")}
        self.months = {strings.add(w) for w in MONTHS_DAYS}
        self.people_words = {strings.add(w) for w in PEOPLE_WORDS}
        self.plural_reports = {strings.add(w) for w in ("reports", "claims")}
        self.estimate_words = {strings.add(w) for w in ("estimate", "estimates")}
        self.admitted_word = strings.add("admitted")
        self.added_words = {strings.add(w) for w in ("added", "adds", "add")}
        # (figures, not sources: "Diplomatic sources cited by the PAP news agency said" are the sources)
        self.figure_words = {strings.add(w) for w in NOT_SPEAKERS - {"sources", "reports", "media"}}
        self.plural_present = {strings.add(w) for w in (
            "say", "call", "urge", "warn", "claim", "allege", "accuse", "argue", "insist", "demand", "deny",
            "condemn", "suggest", "note", "believe", "fear", "stress", "reject")}
        self.one_words = {strings.add(w) for w in ("one", "a", "an", "conservative", "rough")}
        self.report_topics = {strings.add(w) for w in ("on", "of", "about")}
        self.telling = {strings.add(w) for w in ("told", "tells", "tell", "telling")}
        self.plain_saying = {strings.add(w) for w in ("says", "said", "say", "told", "tells", "tell", "added",
                                                      "adds", "recalled", "recalls", "explained", "explains")}
        self.another_one = {strings.add(w) for w in ("one", "a", "an", "another", "some", "several", "many",
                                                     "other", "two", "three")}
        self.prepositions = {strings.add(w) for w in ("in", "of", "for", "over", "about", "on", "with", "into",
                                                      "against", "amid", "among", "without", "under")}
        self.asking = {strings.add("whether"), strings.add("if"), strings.add("what")}
        self.conjunctions = {strings.add(w) for w in ("but", "and", "yet", "so", "however", "meanwhile", "still")}
        self.label_openers = {strings.add(w) for w in (
            "top", "senior", "former", "local", "foreign", "western", "several", "some", "many", "two", "three",
            "other", "exiled", "leading", "prominent", "veteran", "independent", "international", "regional",
            "state", "ethnic", "both", "all", "most", "few", "chinese", "u.s.", "un", "u.n.", "outgoing", "acting",
            "deputy", "chief", "then", "late", "new", "his", "her", "their", "its", "our",
            "one", "four", "five", "six", "another", *OFFICE_PARTICIPLES)}
        # ("one EU diplomat said", "another EU official"; "visiting Chinese Foreign Minister Wang Yi said")
        self.name_joiners = {strings.add(w) for w in ("of", "to", "for", "at", "in", "on")}
        self.issue_verbs = {strings.add(w) for w in ISSUE_VERBS}
        self.speech_nouns = {strings.add(w) for w in SPEECH_NOUNS}
        self.report_nouns = {strings.add(w) for w in REPORT_NOUNS}
        # what a report does when its issuer speaks by it: "a report detailing ...", "laying out ..."
        self.report_findings = {strings.add(w) for w in ("detailing", "documenting", "laying", "outlining",
                                                          "revealing", "finding", "concluding", "showing")}
        self.finding_verbs = {strings.add(w) for w in FINDING_VERBS}
        self.media_word = strings.add("media")
        self.state_word = strings.add("state")
        self.thinks = strings.add("thinks")
        self.reminds = {strings.add(w) for w in ("reminded", "reminds")}
        self.no_one = {strings.add(w) for w in ("neither", "nobody", "none", "noone")}
        self.neither_word, self.nor_word = strings.add("neither"), strings.add("nor")
        self.quoted_word, self.as_word, self.saying_word = strings.add("quoted"), strings.add("as"), strings.add("saying")
        # "was quoted / reported / cited (by Y) as saying": the one before the verb said it
        self.quoted_as = {strings.add(w) for w in ("quoted", "reported", "cited")}
        self.where_word = strings.add("where")
        self.stand_words = {strings.add(w) for w in ("stands", "stand", "stood", "standing")}
        self.agreed_word = strings.add("agreed")
        self.plead_words = {strings.add("pleads"), strings.add("pleaded")}
        self.noted_word, self.as_for = strings.add("noted"), {strings.add("as"), strings.add("for")}
        self.report_adjectives = {strings.add(w) for w in (
            "recent", "earlier", "new", "latest", "previous", "prior", "many", "several", "some", "numerous",
            "multiple", "other", "further", "initial", "unconfirmed", "official", "media", "press", "local", "various",
            "credible", "independent", "such", "these", "those", "the")}
        self.second_person = {strings.add(w) for w in ("you", "your", "yours", "yourself", "yourselves")}
        self.who_words = {strings.add(w) for w in ("who", "whose")}
        self.state_words = {strings.add(w) for w in ("state", "state-run", "state-owned", "official", "government")}
        # whose press "media" names by where or for whom it reports ("local media reported", "Western media")
        self.media_kinds = {strings.add(w) for w in ("local", "western", "foreign", "international", "domestic",
                                                     "national", "regional", "independent", "opposition",
                                                     "pro-government", "pro-kremlin", "pro-beijing")}
        # lower-case words inside one item of a list of names ("The Nordic Region of Denmark", "Iceland together
        # with Estonia"), or of an office's name that holds a comma ("Secretary of State for Foreign, Commonwealth and
        # Development Affairs Dominic Raab")
        self.list_joiners = {strings.add(w) for w in ("of", "the", "and", "together", "with", "for")}
        self.possessive_pronouns = {strings.add(w) for w in ("his", "her", "their")}
        self.office_word = strings.add("office")
        self.aide_words = {strings.add(w) for w in ("lawyer", "lawyers", "attorney", "attorneys", "counsel", "aide",
                                                    "aides", "spokesman", "spokeswoman", "spokesperson")}
        self.honorific_styles = {strings.add(w) for w in ("highness", "excellency", "majesty", "holiness",
                                                          "eminence", "excellencies", "majesties", "highnesses")}
        self.name_then_place = {strings.add(w) for w in ("of", "from", "at")}  # "... Jane Roe of the Association"
        # "X and his counterpart Y": who stands beside the one named first
        self.pair_nouns = {strings.add(w) for w in ("counterpart", "counterparts", "colleague", "host", "guest")}
        self.body_words = {strings.add(w) for w in BODY_WORDS}
        self.name_abbreviations = {strings.add(w) for w in NAME_ABBREVIATIONS}
        self.stance_be = {strings.add(w) for w in STANCE_BE}
        self.first_possessives = {strings.add(w) for w in ("our", "my")}
        self.a_an = {strings.add("a"), strings.add("an")}
        self.note_word = strings.add("note")
        self.take_words = {strings.add(w) for w in ("take", "takes", "took", "taken", "taking")}
        self.title_heads = {strings.add(w) for w in TITLE_WORDS | OFFICE_WORDS} - {strings.add("the")}
        self.trailing_adverbs = {strings.add(w) for w in TRAILING_ADVERBS}
        self.leading_adverbs = {strings.add(w) for w in LEADING_ADVERBS}
        self.list_openers = {strings.add(w) for w in LIST_OPENERS}
        self.relative_words = {strings.add(w) for w in ("who", "which", "whose", "whom")}
        self.read_words = {strings.add("read"), strings.add("reads")}
        self.read_on = {strings.add(w) for w in ("in", "that", "as")}  # "the letter reads in part", "reads as follows"
        self.own_words = {strings.add(w) for w in OWN_WORDS}
        self.people = [e for e in entries.values() if e.type == "person" and " " in e.title]
        self.self_speaking = {strings.add(w) for w in ("report", "study", "assessment", "declaration", "document",
                                                         "paper", "communique", "communiqué", "resolution",
                                                         "analysis", "statement", "letter", "motion", "bill")}
        # a house's motion or bill speaks as itself whatever words name it ("The Uyghur human rights bill urges",
        # "The Western-led motion had demanded"): it is put to a vote as written, no report of its subject
        self.motions = {strings.add(w) for w in ("motion", "bill")}
        self.document_compounds = {(strings.add(x), strings.add(y)) for x, y in (
            ("joint", "statement"), ("white", "paper"), ("joint", "declaration"), ("final", "communique"))}
        self.closing_adverbs = {strings.add(w) for w in ("also", "further", "furthermore", "moreover", "again")}
        # nouns that end as adverbs do: "..., the family said" is no adverb
        self.ly_nouns = {strings.add(w) for w in ("family", "ally", "assembly", "rally", "daily", "supply", "reply",
                                                  "monopoly", "anomaly", "homily", "bully", "fly", "italy")}
        self.joint = strings.add("joint")  # a joint statement is never one body's
        self.issued_documents = {strings.add(w) for w in ("statement", "letter")}  # (whose they are matters)
        self.addressed = {strings.add(w) for w in ("to", "at", "before")}  # "the statement to the Council"
        self.acts = {strings.add(verb): {strings.add(w) for w in objects} for verbs, objects in ACTS
                     for verb in verbs}
        self.act_fillers = {strings.add(w) for w in ("its", "their", "his", "her", "the", "a", "an", "full", "own")}
        self.finders = {strings.add(w) for w in FINDERS} | self.document_words
        self.that_word = strings.add("that")
        self.it_words = {strings.add("it"), strings.add("its")}
        self.group_heads = {strings.add(w) for w in GROUP_HEADS}
        self.plural_speakers = {strings.add(w) for w in SPEAKER_WORDS if w.endswith("s") and w not in (
            "press", "congress", "sides", "parties", "authorities", "police")}
        # words before a number: "of nearly 200 organisations", "of more than 300 groups"
        self.about_numbers = {strings.add(w) for w in ("nearly", "almost", "over", "more", "some", "about", "around",
                                                       "roughly", "approximately", "at", "dozens", "hundreds")}
        self.open_paren, self.close_paren = strings.add("("), strings.add(")")
        self.comma = strings.add(",")
        self.dashes = {strings.add(w) for w in ("—", "–", "--")}  # a pair of them sets off an apposition
        self.place_prepositions = {strings.add(w) for w in ("in", "from", "across", "inside", "outside")}
        self.determiners = {strings.add(w) for w in ("the", "a", "an", "this", "that", "these", "those", "its")}
        self.speaker_words = {strings.add(w) for w in SPEAKER_WORDS | PERSON_OFFICES}
        self.noun_before = {strings.add(w) for w in NOUN_BEFORE}
        self.auxiliaries = {strings.add(w) for w in AUXILIARIES}
        self.clause_words = {strings.add(w) for w in CLAUSE_WORDS}
        self.colon = strings.add(":")
        self.full_stop = strings.add(".")
        self.openers = {strings.add(w) for w in OPENERS}
        self.plain_said = {strings.add(w) for w in ("said", "says", "stated")}
        self.when_closers = {strings.add(w) for w in ("today", "yesterday", "tonight", "recently", "earlier", "later",
                                                      "last", "this")} | {strings.add(w.lower()) for w in MONTHS_DAYS}
        self.closing_subordinators = {strings.add(w) for w in ("as", "while", "when", "amid", "amidst", "following",
                                                               "although", "though", "despite")}
        self.plain_conjunctions = {strings.add(w) for w in ("but", "and", "yet", "so")}
        self.preposition_openers = {strings.add(w) for w in PREPOSITION_OPENERS}
        self.time_prepositions = {strings.add(w) for w in ("on", "in")}
        self.not_speakers = {strings.add(w) for w in NOT_SPEAKERS}
        self.indefinite = {strings.add(w) for w in INDEFINITE}
        self.citing = {strings.add(w) for w in ("cited", "cites", "quoted", "quotes", "quoting", "citing")}
        self.citing_word = strings.add("citing")
        # ("the ministry paraphrased Wang as saying": whom it quotes, in its own words)
        self.quoting_as = self.citing | {strings.add(w) for w in ("paraphrased", "paraphrases")}
        self.as_word = strings.add("as")
        self.possessive_marks = {strings.add(w) for w in ("'s", "’s")}
        # the offices of one who heads a body (not its spokesperson, who speaks for the body)
        # ("secretary-general" is three tokens: its "general")
        self.heads = {strings.add(w) for w in ("president", "chairman", "chairwoman", "chairperson", "chair", "head",
                                               "leader", "director", "founder", "general")}
        self.officer_words = {strings.add(w) for w in ("secretary", "general", "president", "chairman", "chairwoman",
                                                        "chair", "director", "spokesperson", "spokesman",
                                                        "spokeswoman", "head", "chief", "executive", "deputy",
                                                        "vice", "founder", "leader")}
        self.perfect_words = {strings.add(w) for w in ("have", "has", "had", "are", "were", "will")}
        self.possessives = {strings.add(w) for w in ("its", "his", "her", "their")}
        self.adverbial_openers = {strings.add(w) for w in ("after", "during", "following", "at")}
        self.with_word = strings.add("with")
        self.negation = {strings.add(w) for w in ("not", "n't", "never")}
        self.yet_words = {strings.add(w) for w in ("yet", "still", "so", "far", "publicly", "immediately")}
        self.declining = {strings.add(w) for w in ("declined", "declines", "refused", "refuses", "failed")}
        self.and_joined = {strings.add(w) for w in ("the", "other")}
        self._strings = strings
        self.and_counted = {strings.add(w) for w in ("more", "other", "several", "some", "dozens", "hundreds",
                                                     "over", "nearly", "about", "many")}
        self.the_word = strings.add("the")
        self.these_word = strings.add("these")
        # sources named by whom they are with: "Interior Ministry sources", "diplomatic sources" (not "some sources")
        self.sources_word = strings.add("sources")
        self.source_kinds = {strings.add(w) for w in ("diplomatic", "military", "security", "intelligence", "official",
                                                      "government", "police", "judicial", "industry", "party")}
        self.ties = {strings.add(w) for w in TIES | {"lawyer", "attorney", "cousin", "uncle", "aunt", "nephew", "niece",
                                                     "friend", "colleague", "grandson", "granddaughter"}}
        self.occasion_words = {strings.add(w) for w in ("following", "after", "during", "before", "upon", "at")}
        # words that only hold what was said (not "the request", "the plea", which restate it)
        self.container_nouns = {strings.add(w) for w in ("statement", "statements", "remarks", "comments", "speech",
                                                         "address", "announcement", "message", "declaration",
                                                         "communique", "communiqué", "release")}
        self.owners = self.possessives | {self.the_word}  # "with its Foreign Ministry", "with the Ministry"
        self.person_nouns = {strings.add(w) for w in PERSON_NOUNS}
        self.who_word = strings.add("who")
        self.delegations = {strings.add(w) for w in ("delegation", "delegations", "group", "groups", "team", "panel",
                                                     "mission")}
        self.when_words = {strings.add(w) for w in WHEN_WORDS}
        # people coming together to protest: what they demand is told as part of the event
        self.gathering = {strings.add(w) for w in ("gathered", "assembled", "rallied", "staged", "marched",
                                                   "converged", "massed")}
        self.asked_word, self.not_word, self.be_word = strings.add("asked"), strings.add("not"), strings.add("be")
        self.pointing_word, self.out_word = strings.add("pointing"), strings.add("out")
        self.name_words = {strings.add(w) for w in ("name", "names", "surname", "identity")}
        self.opening_verbs = {strings.add(w) for w in ("began", "begins", "opened", "opens", "started", "starts",
                                                        "concluded", "concludes", "ended", "ends", "closed", "closes")}
        self.sentence_stops = {strings.add(w) for w in (".", "!", "?")}
        self.first_person = {strings.add("i"), strings.add("we")}
        self.aides = {strings.add(w) for w in ("assistant", "adviser", "advisor", "aide", "counsellor", "counselor",
                                                "envoy", "representative")}
        self.what_word = strings.add("what")
        self.encouraging = {strings.add(w) for w in ("encouraged", "encourages")}
        # verbs that report only with one of their objects within a few words after them: "welcomed the decision"
        # is a statement, "welcomed the guests" hosting them; "answered the host's questions" speaks, "answered
        # the call" acts
        welcomed_things = {strings.add(w) for w in (
            "decision", "decisions", "move", "step", "steps", "resolution", "report", "adoption", "announcement",
            "agreement", "news", "initiative", "proposal", "efforts", "statement", "vote", "outcome", "release",
            "progress", "call", "verdict", "ruling", "plan", "signing", "appointment", "election",
            # (an act done, named by its noun: "welcomes the awarding of the prize", "welcomed the passage of the bill")
            "awarding", "award", "passage", "approval", "publication", "launch", "establishment", "introduction",
            "designation", "recognition", "ratification", "imposition", "sanctions", "findings", "bill", "law",
            "reopening", "resumption",
            # (a relation raised or a pledge made: "welcomed the elevation of relations to a strategic partnership")
            "elevation", "upgrade", "upgrading", "conclusion", "results", "achievements", "participation",
            "commitment", "readiness", "intention", "willingness", "developments",
            # (and plurals, and a visit to come: "welcomed three agreements to be adopted", "welcomed the upcoming
            # visit of ...": a stance on an event, not hosting its guests)
            "agreements", "initiatives", "proposals", "announcements", "resolutions", "reports", "visit", "visits")}
        questions = {strings.add(w) for w in ("question", "questions", "query", "queries")}
        # ("raised concerns", "raised the issue", "raised their voices against ...": said; "raised two children",
        # "raised funds", "raised tariffs" say nothing)
        raised_things = {strings.add(w) for w in (
            "concern", "concerns", "issue", "issues", "question", "questions", "voice", "voices", "fears", "objection",
            "objections", "alarm", "alarms", "matter", "plight", "point", "points", "doubts", "slogans", "case",
            "cases", "topic", "subject", "complaint", "complaints", "criticism", "demands")}
        self.object_verbs = {strings.add(verb): (objects, reach) for verbs, objects, reach in (
            (("welcomed", "welcomes"), welcomed_things, 4), (("answered", "answers"), questions, 5),
            (("raised", "raises"), raised_things, 4)) for verb in verbs}
        # (not "addressing": "Addressing the root causes, Xinjiang has ..." tackles something, says nothing)
        self.speaking_openers = {strings.add(w) for w in ("speaking", "testifying", "commenting", "thanking",
                                                          "congratulating", "writing")}
        # (and a possessive after them: '..., said President Jan Novak in his interview with ...')
        self.trailing_joiners = {strings.add(w) for w in ("of", "for", "and", "the", "a", "an", "at", "in", "on",
                                                           "to", "his", "her", "its", "their")}
        self.office_joiners = {strings.add(w) for w in ("and", "of", "for")}
        self.office_to = {strings.add(w) for w in ("to", "of", "for", "in")}  # "Ambassador to Indonesia"
        # an office's first word in capitals, "of" or "to" its holder after it: "Assistant to the President"
        self.office_titles = {strings.add(w) for w in TITLE_WORDS | OFFICE_OR_PERSON | {"assistant", "aide", "member"}}
        self.title_modifiers = {strings.add(w) for w in TITLE_MODIFIERS}
        self.name_particles = {strings.add(w) for w in ("bin", "ibn", "bint", "al", "el", "van", "von", "de", "da")}
        self.where_words = {strings.add(w) for w in ("on", "in", "at")}
        self.on_word = strings.add("on")
        self.going_words = {strings.add(w) for w in ("went", "goes", "go", "going", "gone")}
        self.verb_words = {strings.add(w) for w in VERBS}
        self.wh_words = {strings.add(w) for w in ("what", "how", "why", "where", "when", "which", "whom", "do",
                                                  "does", "did")}
        self.here_words = {strings.add(w) for w in ("here", "there", "today", "yesterday", "also", "again")}
        # where an agent's name ends: "by Jane Doe at a briefing", "while addressing", "during a visit"
        self.passive_stops = {strings.add(w) for w in ("at", "while", "during", "in", "on", "when", "after",
                                                       "before", "whilst", "that", "to", "as")}
        self.site_words = {strings.add(w) for w in ("website", "site", "account", "page", "channel", "feed")}
        self.on_from = {strings.add("on"), strings.add("from")}
        self.continue_words = {strings.add(w) for w in ("continued", "continues")}
        self.continuing = {strings.add(w) for w in ("continued", "continues", "continue", "continuing")}
        # ("talked about the visit" as "spoke about" it; "talked with", "talked to reporters" say nothing)
        self.spoke = {strings.add("spoke"), strings.add("speaks"), strings.add("talked")}
        self.talked_word = strings.add("talked")
        self.being_word = strings.add("being")
        self.so_word = strings.add("so")
        # ("called in China's ambassador", "called up the Prime Minister": a summons or a telephone call)
        self.call_particles = {strings.add(w) for w in ("in", "up", "off", "back", "out")}
        self.ruling_words = {strings.add("ruled"), strings.add("determined")}
        self.ruled_word = strings.add("ruled")
        self.ruling_objects = {strings.add(w) for w in ("in", "against")}
        self.they_we = {strings.add("they"), strings.add("we")}
        self.two_words = {strings.add(w) for w in NUMBER_WORDS | {"both"}}
        self.phones = {strings.add(w) for w in ("phone", "telephone", "telephones", "phones")}
        self.about_words = {strings.add(w) for w in ("about", "of", "on", "highly", "positively", "out")}
        self.reported_words = {strings.add("reported"), strings.add("reports")}
        self.first_person = {strings.add(w) for w in ("we", "our", "us", "i", "my", "me", "ours")}
        self.modals = {strings.add(w) for w in MODALS}
        self.relatives = {strings.add(w) for w in RELATIVES}
        self.states_word = strings.add("states")
        self.active_only = {strings.add(w) for w in ("questioned", "questions")}  # (a statement only in the active)
        # verbs whose past participle with "to" is a passive ("alleged to use", "said to be")
        self.said_to = {strings.add(w) for w in ("alleged", "said", "reported", "believed")}  # ("claimed to be":
        # a claim of one's own)
        self.that_colon = {strings.add("that"), strings.add(":")}
        self.people_names = {name_key(n) for e in entries.values() if e.type == "people" for n in e.names}
        # "the Xinjiang report", "the 2022 Uyghur Tribunal report": a subject, not its issuer, unless the name
        # is an organisation, a person or a place with a government of its own
        self.not_issuers = {name_key(n) for e in entries.values()
                            if e.type not in ("person", "organization", "place")
                            or (e.type == "place" and not getattr(e, "seat", None)) for n in e.names}
        self.state_names = {r.title.partition(" of ")[2].lower().removeprefix("the ")
                            for e in entries.values() if e.type == "person" for r in e.roles} - {""}
        # (states for certain: named in an office's title, or with a capital; then every place's names)
        self.countries = set(self.state_names) | {v.lower().removeprefix("the ") for v in CAPITALS.values()}
        self.state_names |= {n.lower() for e in entries.values() if e.type == "place" for n in e.names}
        self.state_names |= {v.lower().removeprefix("the ") for v in CAPITALS.values()}
        # (what _names_a_state compares a word's first four letters with: a state's distinctive word, never the
        # compass word "South Caucasus" shares with "South Korea"; and the letter each state's name goes on with
        # after them: "Japan" is "japa" then "n", so "Japarov", a surname, names no state)
        self.state_next: dict[str, set[str]] = {}
        for state in self.state_names:
            if state.split():
                name = state.split()[-1] if state.split()[0] in COMPASS else state
                self.state_next.setdefault(name[:4], set()).add(name[4:5])
        self.state_stems = frozenset(self.state_next)
        self.seats = {name_key(e.seat): e.id for e in entries.values() if getattr(e, "seat", None)}
        self.invertible = {strings.add(w) for w in INVERTIBLE}
        self.clause_verbs = {strings.add(w) for w in CLAUSE_VERBS}
        self.participles = {strings.add(w) for w in PARTICIPLES}
        # words that say nothing before "to": "adding to a body of evidence", "wished to strengthen relations"
        self.nothing_said_before_to = {strings.add(w) for w in ("adding", "wished", "wishes")}
        self.but_word = strings.add("but")
        # saying more, after a verb of saying and a comma: "..., Wang said, adding that ..." (not "calling for",
        # which may be the sentence's subject's: "Xi made a visit ..., state media reported, calling for ...")
        self.going_on = {strings.add(w) for w in ("adding", "saying", "noting", "stating", "explaining", "insisting",
                                                  "arguing", "stressing", "emphasizing", "emphasising", "reiterating",
                                                  "asserting", "continuing", "confirming", "warning", "claiming",
                                                  "acknowledging")}
        self.issued_words = {strings.add(w) for w in ("statement", "release", "communique", "communiqué",
                                                      "declaration", "letter")}
        self.in_word = strings.add("in")
        self.having_word = strings.add("having")
        self.title_word_hashes = {strings.add(w) for w in PERSON_NOUNS | TITLE_MODIFIERS
                                  if w not in ("the", "and", "of", "said", "says")}
        self.obtained_words = {strings.add(w) for w in ("obtained", "seen", "reviewed", "leaked", "acquired",
                                                        "examined", "verified", "analysed", "analyzed")}
        self.up_word = strings.add("up")
        # words after "in a statement" that say whose it is: "by the ministry", "from the embassy", "of the party",
        # "issued by", "released on Tuesday by", "the ministry's" (not "upon arrival", "on Tuesday": when)
        self.issuer_openers = {strings.add(w) for w in ("by", "from", "of", "issued", "released", "published",
                                                        "signed", "posted", "carried", "the", "a", "an", "its",
                                                        "his", "her", "their")}
        self.called = {strings.add("called"), strings.add("calls")}
        self.called_word = strings.add("called")  # (a visit is told in the past: "called on the Prime Minister")
        self.on_for = {strings.add("on"), strings.add("for"), strings.add("upon")}
        self.called_objects = {strings.add(w) for w in ("it", "them", "this", "that", "the", "his", "her", "their",
                                                         "its", "these", "those", "such")}
        self.decisions = {strings.add(w) for w in ("rejected", "rejects", "approved", "approves", "dismissed",
                                                   "dismisses", "adopted", "adopts", "passed")}
        self.procedural = {strings.add(w) for w in ("proposal", "motion", "resolution", "bill", "draft", "request",
                                                    "bid", "plan", "application", "appeal", "amendment", "measure",
                                                    "decision", "petition", "nomination", "candidate", "offer",
                                                    # a court's: "dismissed the legal challenge", "the appeals"
                                                    "challenge", "case", "lawsuit", "suit", "complaint", "appeals",
                                                    "petitions", "applications", "requests")}
        self.particles = {strings.add(w) for w in NAME_PARTICLES}
        self.after_words = {strings.add(w) for w in SPEAKER_WORDS | {"the", "a", "an", "of", "for", "and", "at",
                                                                     "in", "on", "its", "his", "her", "their",
                                                                     "'s", "’s", "former", "deputy", "senior",
                                                                     "executive", "general", "chief", "vice"}}
        self.person_offices = {strings.add(w) for w in PERSON_OFFICES}
        self.office_like = self.person_offices | self.title_word_hashes  # "director", "president", "spokesperson"
        # an office a capitalised description after a name gives its bearer: "Rahima Mahmut, UK Director of ...",
        # "Afzal Khan, Labour Party MP" (not the joining words among the title words, nor an honorific)
        self.apposition_offices = self.person_offices | {
            strings.add(w) for w in TITLE_WORDS - {"the", "and", "of", "said", "says", "mr", "mrs", "ms", "dr", "prof"}}
        # what is put forward, never a speaker: "the Initiative proposed by China"
        self.thing_heads = {strings.add(w) for w in ("initiative", "plan", "proposal", "proposals", "resolution",
                                                     "law", "act", "bill", "strategy", "policy", "programme",
                                                     "program", "project", "declaration", "concept", "vision")}
        self.means = {strings.add(w) for w in ("phone", "telephone", "video", "videolink", "letter", "email",
                                               "e-mail", "text", "teleconference", "videoconference", "way")}
        self.title_hashes = {strings.add(w) for w in ("president", "prime", "minister", "mr", "mr.", "dr", "dr.",
                                                      "ms", "ms.", "mrs", "mrs.", "chairman", "premier", "the",
                                                      "hon", "hon.", "honourable", "honorable",
                                                      # titles written short: "Amb. Yusupov: ...", "Prof. Roe: ..."
                                                      "amb", "amb.", "prof", "prof.", "sen", "sen.", "rep", "rep.")}
        self.ids = {name: strings[name] for name in ("VERB", "PHRASE", "SOURCE")}
        self.time_openers = {strings.add(w) for w in ("on", "in", "at", "late", "early", "last", "this")}
        self.medium_words = {strings.add(w) for w in ("in", "via", "through")}
        self.time_words = {strings.add(w) for w in MONTHS_DAYS | {"morning", "afternoon", "evening", "night", "week",
                                                                   "month", "year", "day", "late", "early", ",",
                                                                   "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
                                                                   "dec."}}
        # a month written short, only before its day ("on Jun 8"): "Jun" and "Jan" are given names too
        self.short_months = {strings.add(w) for w in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                                      "oct", "nov", "dec")}
        self.role_nouns = {strings.add(w) for w in SPEAKER_WORDS | {"activist", "dissident", "campaigner",
                                                                     "lawmaker", "legislator", "politician",
                                                                     "writer", "journalist", "scholar", "founder",
                                                                     "chief", "head", "leader", "rights", "chair",
                                                                     "chairman", "chairwoman", "chairperson"}}
        self.publishers = {}
        self.speaker_names = {}  # a person's or an organisation's full names, for a headline's speaker
        for e in entries.values():
            if e.type == "organization":
                for n in e.names:
                    self.publishers.setdefault(name_key(n), e.id)
            if e.type in ("organization", "person"):
                for n in (e.title, *e.aliases):
                    self.speaker_names.setdefault(name_key(n), e.id)

    def _speaker_named(self, name: str) -> tuple:
        """(holder, label) of a speaker given by name: the entry it names, else the name as written."""
        holder = self.speaker_names.get(name_key(name))
        return (holder, self.entries[holder].title) if holder else (None, name)

    def headline_speech(self, title: str | None, own: bool = False, asks: bool = False):
        """A headline that says whose words the text is ("Remarks by Ambassador Guo Min at the Exclusive Video
        Interview with AzTV", "Full text of the speech by Jane Doe"): ((holder, label) of the speaker, (holder,
        label) of the interviewer or None), or None. "X's statement at ..." counts only in a publisher's own
        text (``own``: a ministry's site), where it names the text itself, not news of it; "X interviewed by Y"
        only in a text that asks questions (``asks``), the interview itself, not a report of it."""
        m = HEADLINE_SPEECH.search(title or "") or (HEADLINE_OWN_SPEECH.search(title or "") if own else None)
        interview = None
        if m is None and asks:
            m = interview = next((found for pattern in HEADLINE_INTERVIEW if (found := pattern.search(title or ""))),
                                 None)
        if m is None or m.group("name").split()[-1].lower().strip(" .") in TITLE_WORDS | OFFICE_WORDS:
            return None  # "Statement by the Spokesperson", "Embassy Spokesperson's Remarks": the body's own
            # voice, not a person's
        def who(name):
            return self._speaker_named(name.strip(" .,"))
        if interview is not None:  # (the interview's headline names who asks, if anyone)
            asker = interview.group("asker")
            return who(m.group("name")), (who(asker) if asker else None)
        rest = title[m.end():]
        # (the office that may follow the name: "Response by Jane Roe, MFA Spokesperson, to the local media ...")
        rest = re.sub(r"^,\s*(?:[\w’'.-]+\s+){0,4}?(?:Spokesperson|Spokesman|Spokeswoman|Minister|Ambassador),?", "",
                      rest)
        asker = HEADLINE_INTERVIEWER.search(rest) or HEADLINE_ASKER.search(rest)
        return who(m.group("name")), (who(asker.group("name")) if asker else None)

    # -- speakers named around a cue ----------------------------------------------------

    def _parenthesis_before(self, tokens, end: int, lo: int, width: int) -> int | None:
        """Where the parenthesis closing just before `end` opens ("The ETGE (ETGE)"), within `width` tokens of
        `end` and not before `lo`; None if no parenthesis closes there or it opens further back."""
        if tokens.orth_l[end - 1] != self.close_paren:
            return None
        for k in range(end - 2, max(lo, end - width) - 1, -1):
            if tokens.orth_l[k] == self.open_paren:
                return k
        return None

    def _subject_phrase(self, tokens, i: int, lo: int) -> tuple[int, int]:
        """Words before a reporting verb, back to the clause start; "The ETGE (ETGE) said" stays whole."""
        if i - 3 > lo and tokens.lower_l[i - 1] == self.to_word and tokens.lower_l[i - 2] == self.on_word \
                and tokens.lower_l[i - 3] in self.going_words:
            i -= 3  # "Erdoğan even went on to say": who went on
        t = i
        if t - 2 > lo and tokens.lower_l[t - 1] in self.when_words:
            t -= 1 + (tokens.lower_l[t - 2] == self.on_word)
            if t - 1 > lo and tokens.orth_l[t - 1] == self.comma:
                i = t - 1  # "..., Alim Seytoff, Thursday said", "..., on Thursday said": the name the aside closes
        j, _ = tokens.phrase_before(i, lo)
        aside = self._parenthesis_before(tokens, i, lo, 8)
        if aside is not None and aside > lo and j > aside + 1 and self._parenthesis_before(tokens, j, lo, 5) is None:
            # "Senator Ben Sasse (R-Neb.) warned", "(R., Neb.)": a bracketed aside whose dash or comma ended the
            # phrase; the name before it speaks
            j, _ = tokens.phrase_before(aside, lo)
        if j > lo and i - j >= 12 and not tokens.boundary_l[j - 1]:
            # a long subject, whole if it is at most twice as long: "A group of ethnic Kyrgyz originally from
            # the northwestern Chinese region of Xinjiang have urged"
            j2, _ = tokens.phrase_before(i, lo, width=24)
            if j2 == lo or tokens.boundary_l[j2 - 1]:
                j = j2
        for width in (12, 16):  # "The ETGE (ETGE) said", "the Office of the Prosecutor (OTP) to the Court (ICC) said"
            k = self._parenthesis_before(tokens, j, lo, 5) if j > lo + 1 else None
            if k is None:
                break
            j, _ = tokens.phrase_before(k, lo, width=width - (i - k))
            if tokens.lower_l[j] == self.of_word or tokens.lower_l[j] in self.officer_words:
                # ("Secretary General of the OTS (OTS) Jane Roe said": the office the width cut off, read back,
                # from its "of" or from inside the office: "General of the ...")
                of = j
                while j > lo and of - j < 3 and tokens.cap_l[j - 1] and tokens.lower_l[j - 1] in self.officer_words \
                        and not tokens.boundary_l[j - 1]:
                    j -= 1
        while i > j and tokens.lower_l[i - 1] in self.auxiliaries:
            i -= 1  # "Sanna Marin has expressed": the speaker is "Sanna Marin"
        if i - j == 1 and j > lo and tokens.orth_l[j - 1] == self.comma and self._ly_adverb(tokens, j):
            i = j  # "Koen Stoop, in his statement, firmly called": the adverb alone after the aside is no subject
        # (each loop below runs only where the word it looks for is in its range: the same result, found faster)
        for k in range(j + 1, i - 2) if not self.adverbial_openers.isdisjoint(tokens.lower_l[j + 1:i - 2]) else ():
            if tokens.lower_l[k] in self.adverbial_openers and tokens.lower_l[k + 1] in self.determiners \
                    and not any(tokens.cap_l[t] for t in range(k + 1, i)) \
                    and not any(tokens.lower_l[t] in self.clause_words for t in range(j, i) if t != k):
                i = k  # "PM after the meeting said", "the minister during the talks stressed": who, not when
                break
        # "World Uyghur Congress and more than 60 Uyghur organisations called": both, the body named first
        joined = range(0)
        for a in range(max(lo + 1, j - 3), i - 1) if self.and_word in tokens.lower_l[max(lo + 1, j - 3):i - 1] else ():
            # ("and more than 60 ...": "than" may have ended the phrase)
            if tokens.lower_l[a] == self.and_word:
                j0 = j if a > j else tokens.phrase_before(a, lo)[0]
                if self._named_and_counted(tokens, j0, a, i):
                    joined, j = range(a, i), min(j, j0)
                break
        for k in range(i - 1, j - 1, -1) if not self.clause_words.isdisjoint(tokens.lower_l[j:i]) else ():
            if k in joined:
                continue
            if tokens.lower_l[k] in self.clause_words and not (
                    # ("Nurin Hemdullah and her sister said": the one named, with her sister)
                    tokens.lower_l[k] == self.and_word and k > j and tokens.cap_l[k - 1] and i - k == 3
                    and tokens.lower_l[k + 1] in self.possessive_pronouns
                    and (tokens.lower_l[k + 2] in self.people_words or tokens.lower_l[k + 2] in self.ties)) and not (
                    tokens.lower_l[k] == self.and_word and k + 1 < i and (tokens.cap_l[k + 1] or (
                        # "The Mission of Cambodia to the UN Office and other International Organisations at
                        # Geneva has underscored": names joined inside the subject's "of" phrase
                        k + 2 < i and tokens.lower_l[k + 1] in self.and_joined and tokens.cap_l[k + 2]
                        and self.of_word in tokens.words(j, k)))
                    or (k > j and tokens.lower_l[k - 1] in self.plural_speakers and 1 <= i - k - 1 <= 3
                        and tokens.lower_l[k + 1] not in self.determiners
                        and tokens.doc[i - 1].text.endswith("s"))
                    or (tokens.lower_l[k] == self.and_word and j == lo and 2 <= k - j <= 5
                        and all(tokens.cap_l[t] for t in range(j, k)) and k + 1 < i
                        and tokens.lower_l[k + 1] == self.the_word and i - k <= 12)):
                # ("rights activists and emigre Kazakhs said": people named together, both speaking; "Amnesty
                # International and the wife of a jailed imam demanded": a name opening the sentence, then another
                # who speaks with it)
                j = k + 1  # "... and its agreements should be": only the clause's own subject
                break
        if j - 2 > lo and tokens.lower_l[j - 1] == self.who_word and tokens.orth_l[j - 2] != self.comma \
                and 2 <= i - j <= 10 and (tokens.cap_l[j - 2] or tokens.lower_l[j - 2] in self.people_words
                                          or tokens.lower_l[j - 2] in self.delegations
                                          or tokens.orth_l[j - 2] == self.close_paren):
            # ("A delegation from the Organization of Islamic Cooperation (OIC) who recently visited Xinjiang,
            # spoke highly of ...": the delegation, not the place it visited)
            # "Her sister Jana Roe who is living in Riyadh told ...", "A Kyrgyz businessman from Kizilsu who
            # lives in Bishkek told ...": who the relative clause (no comma before it) is about, not the clause
            # (a verb right after "who", "Li Chao who wrote that ...", is read where "who" is)
            i = j - 1
            j = tokens.phrase_before(i, lo)[0]
            j = next((k + 1 for k in range(i - 1, j - 1, -1) if tokens.lower_l[k] in self.clause_words), j)
        for k in range(i - 3, j - 1, -1) if self.to_word in tokens.lower_l[j:i - 2] else ():
            if tokens.lower_l[k] == self.to_word and tokens.lower_l[k + 1] in self.verb_words \
                    and not tokens.cap_l[k + 1]:
                return i, i  # "The spokesman declined to say the United States believes": what he would not say

        while j < i - 1 and tokens.lower_l[j] in self.conjunctions:
            j += 1  # "But China rejected": China
        if j - 3 >= lo and tokens.orth_l[j - 1] == self.comma \
                and tokens.doc[j].text.lower() in TITLE_WORDS \
                and all(tokens.cap_l[t] for t in range(j, i)
                        if tokens.lower_l[t] not in self.name_joiners and tokens.lower_l[t] != self.and_word
                        and tokens.lower_l[t] != self.the_word):
            # '"...," Jane Roe, Secretary General of the Education Association told Anadolu': her name before
            # the office that runs on to the verb without its closing comma
            n = j - 1
            while n - 1 >= lo and tokens.cap_l[n - 1] and j - 1 - (n - 1) <= 3:
                n -= 1
            if 2 <= j - 1 - n <= 3 and (n == lo or tokens.orth_l[n - 1] == self.comma
                                        or tokens.orth_l[n - 1] in tokens.closers) \
                    and not any(tokens.doc[t].text.lower() in MONTHS_DAYS | OPENERS for t in range(n, j - 1)) \
                    and self._is_person(None, tokens.doc[n:j - 1].text):
                return n, j - 1
        if j - 3 >= lo and tokens.orth_l[j - 1] == self.comma and tokens.doc[j].text in ("a", "an") \
                and 2 <= i - j <= 6 and not any(tokens.cap_l[t] and name_key(tokens.doc[t].text) not in self.people_names
                                                for t in range(j + 1, i - 1)):
            # "the World Uyghur Congress (WUC), a global Uyghur rights body raised concerns": the name before its
            # description, which runs on to the verb without its closing comma
            n = j - 1
            while n - 1 >= lo and j - 1 - (n - 1) <= 8 and (tokens.cap_l[n - 1] or tokens.doc[n - 1].text in "()"
                                                             or tokens.lower_l[n - 1] in self.name_joiners):
                n -= 1
            while n < j - 1 and not tokens.cap_l[n]:
                n += 1
            if j - 1 - n >= 2 and (n == lo or tokens.orth_l[n - 1] == self.comma or tokens.lower_l[n - 1] == self.the_word) \
                    and not any(tokens.doc[t].text.lower() in MONTHS_DAYS | OPENERS for t in range(n, j - 1)):
                return n, j - 1  # (not "On Monday, a spokesman said": when, then who)
        if self._possessed_occasion(tokens, j, i):
            return i, i  # "Chinese President Xi Jinping's official visit to Vietnam highlights ...": no one speaks
        return j, i

    def _ly_adverb(self, tokens, k: int) -> bool:
        """Whether token ``k`` is an adverb in "-ly" in lower case ("firmly"), not a noun that ends so ("family")."""
        return not tokens.cap_l[k] and tokens.doc[k].text.endswith("ly") and tokens.lower_l[k] not in self.ly_nouns

    def _time_closing(self, tokens, text: str, lo: int, b: int) -> int | None:
        """Where a time closing the phrase up to ``b`` begins, at ``lo`` or after ("on Wednesday", "on Jun 8"), else
        None."""
        if self.time_openers.isdisjoint(tokens.lower_l[lo:b]):
            return None  # (no word that opens a time: the loop below finds none either)
        for k in range(lo, b):
            if tokens.lower_l[k] in self.time_openers and all(
                    tokens.lower_l[t] in self.time_words or text[tokens.idx_l[t]].isdigit()
                    or (tokens.lower_l[t] in self.short_months and t + 1 < b and text[tokens.idx_l[t + 1]].isdigit())
                    for t in range(k + 1, b)):
                return k
        return None

    def _surname_he(self, tokens, text: str, a: int, b: int) -> bool:
        """Whether tokens a..b are a name whose surname is "He" ("He Ping thanked ..."): "He" and a capitalised word
        the text also writes inside a sentence ("... Xinhua News Agency He Ping, ..."), never the pronoun."""
        if b - a < 2 or text[tokens.idx_l[a]:tokens.end_l[a]] != "He" or not tokens.cap_l[a + 1] \
                or tokens.lower_l[a + 1] in self.honorific_styles:
            return False
        given = text[tokens.idx_l[a + 1]:tokens.end_l[a + 1]]
        return re.search(r"[\w,;:(]\s+He\s+" + re.escape(given) + r"\b", text) is not None

    def _possessed_occasion(self, tokens, j: int, i: int) -> bool:
        """Whether the phrase j..i is someone's occasion: "Xi Jinping's official visit to Vietnam"."""
        for p in range(j, i - 1):
            if tokens.lower_l[p] in self.possessive_marks or tokens.lower_l[p] in self.possessives:
                if not all(tokens.cap_l[k] and tokens.lower_l[k] not in self.preposition_openers for k in range(j, p)):
                    return False  # (the occasion heads the subject, its owner named first: not "Michael Pompeo
                    # during his visit to Kazakhstan urged", "During his visit, Xi said")
                k = p + 1
                while k < i and not tokens.cap_l[k] and tokens.lower_l[k] not in self.occasions \
                        and tokens.lower_l[k] not in self.prepositions:
                    k += 1  # (its adjectives: "official", "first", "two-day")
                return k < i and tokens.lower_l[k] in self.occasions
        return False

    def _named_and_counted(self, tokens, j: int, k: int, i: int) -> bool:
        """Whether "and" at ``k`` joins a name (capitalised words, a "Munich-based" before them) to a counted
        group ("more than 60 organisations", "60 other groups") in one subject, from ``j`` to the verb at ``i``."""
        if not (j < k < i - 1 and tokens.cap_l[k - 1] and (
                tokens.lower_l[k + 1] in self.and_counted or self._strings[tokens.lower_l[k + 1]].isdigit())):
            return False
        for t in range(j, k):
            if tokens.cap_l[t] or tokens.lower_l[t] in self.determiners:
                continue
            if not (t > j and tokens.idx_l[t] == tokens.end_l[t - 1]):
                return False  # (but "-" and "based" glued to "Munich": a compound, capitalised at its head)
        return True

    def holder_in(self, tokens, span, refs: list[Mention], closing: bool = False, whole: bool = False):
        """The entry named inside tokens [span) that can speak: a person, an organisation, an office holder or
        a document (for its issuer); a place only when it is the whole phrase ("China said")."""
        a, b = span
        if a >= b:
            return None
        lo, hi = tokens.idx_l[a], tokens.end_l[b - 1]
        best = None
        # "Jane Roe and her counterpart John Doe": the one named first speaks for the pair, not her counterpart
        pair = next((tokens.idx_l[p - 1] for p in range(a + 2, b - 1) if self._pair_at(tokens, p, b)), hi)
        officers: set[str] = set()  # bodies whose officer the phrase names
        for k in range(bisect_left(self._starts, lo), len(refs)):
            m = refs[k]
            if m.start >= pair:
                break
            etype = "role" if m.kind == "role" else self.entries[m.entry].type
            if etype == "place":
                first = a + (1 if tokens.lower_l[a] in self.determiners else 0)
                if not (tokens.idx_l[first] == m.start and m.end == hi) or b - a > 3:
                    continue
                rank = 3
            elif etype in SPEAKER_TYPES:
                rank = SPEAKER_TYPES[etype]
                if etype in ("person", "role") and self._complement_of_a_noun(tokens, a, m.start):
                    continue  # "the press service of Azerbaijan's President": the service speaks, not he
                if etype in ("person", "role") and self._owner_of_named(tokens, m.end, b):
                    continue  # "Aliyev's foreign policy adviser Hikmet Hajiyev said": his adviser speaks, not he
                if etype in ("person", "role") and self._aide_to(tokens, a, m.start):
                    continue  # "Assistant to the President of the Republic of Azerbaijan ... Hikmet Hajiyev": his
                    # aide speaks, not the president
                if etype == "organization" and (m.entry in officers or self._officer_after(tokens, m.end, b)
                                                 or self._officer_of_named(tokens, a, m.start, m.end, b)
                                                 or self._head_of(tokens, a, m.start)):
                    officers.add(m.entry)  # (and its abbreviation after it: "... of the OTS (OTS) Jane Roe")
                    continue  # "The OTS Secretary General informed": its officer speaks, not the organisation
            else:
                continue  # a people, a claim, a term: never a speaker
            if closing:
                nxt = tokens.token_at(m.end)
                if nxt < len(tokens) and not tokens.boundary_l[nxt]:
                    continue
            if best is None or rank < best[0]:
                best = (rank, m.entry)
        return best[1] if best else None

    def _words_told_after(self, tokens, text, k: int) -> bool:
        """Whether the sentence goes on from token ``k`` to tell what was said: a participle of saying ("...,
        saying"), a colon or a quotation mark, before the sentence ends."""
        low, n = tokens.lower_l, len(tokens.lower_l)
        for t in range(k, min(n, k + 16)):
            mark = text[tokens.idx_l[t]]
            if low[t] in self.participles or tokens.orth_l[t] == self.colon or mark in QUOTES_OPEN + QUOTES_CLOSE + QUOTES_BOTH:
                return True
            if mark in ".!?" or "\n" in text[tokens.end_l[t]:tokens.idx_l[t + 1] if t + 1 < n else tokens.end_l[t]]:
                return False
        return False

    def _a_people(self, tokens, text, a: int, b: int) -> bool:
        """Whether tokens [a, b) are only a people's name, after an article: "Uyghurs", "the Kazakhs"."""
        if a < b and tokens.lower_l[a] in self.determiners:
            a += 1
        return a < b and name_key(text[tokens.idx_l[a]:tokens.end_l[b - 1]]) in self.people_names

    def _a_people_as_group(self, label: str) -> bool:
        """Whether a speaker's label is a people described as a group ("The Uyghur community", "Many of China's
        mostly Muslim Uighur minority", "Kazakhs and other predominantly Muslim ethnic minorities who ..."): a
        people is never a speaker, however the text describes it (its members, leaders or representatives are)."""
        words = label.split()
        low = [w.lower().strip(",.;:") for w in words]
        if len(low) > 2 and low[0] in GROUP_QUANTIFIERS and low[1] in ("of", "in", "among"):
            words, low = words[2:], low[2:]  # ("Many of ...", "Some in ...": part of the group, still the group)
        cut = next((k for k, w in enumerate(low) if k and w in GROUP_TAIL_WORDS), len(low))
        if cut == 0:
            return False
        head = low[cut - 1]
        if words[cut - 1][:1].isupper() and any(w[:1].isupper() and lw in BODY_WORDS
                                                  for w, lw in zip(words[:cut - 1], low[:cut - 1])):
            return False  # "Global Alliance for Tibet and Persecuted Minorities": a body named for whom it serves
        if head in ("minority", "minorities"):
            return True
        if head in ("group", "groups") and cut >= 2 and low[cut - 2] == "ethnic":
            return True
        return head in ("community", "communities") and cut >= 2 and name_key(words[cut - 2]) in self.people_names

    def _officer_after(self, tokens, end: int, b: int) -> bool:
        """An office right after an organisation's name, closing the phrase: "The OTS Secretary General",
        "the ETGE's president" (not "the ETGE said", "the ETGE and its president")."""
        k = tokens.token_at(end)
        if k + 2 < b and tokens.orth_l[k] == self.open_paren and tokens.orth_l[k + 2] == self.close_paren:
            k += 3  # "World Uyghur Congress (WUC) President Dolkun Isa said": past the abbreviation
        elif k + 1 < b and tokens.orth_l[k] == self.close_paren and tokens.orth_l[k - 2] == self.open_paren:
            k += 1  # (and the abbreviation itself, a name of the same body)
        while k < b and tokens.lower_l[k] in self.possessive_marks:
            k += 1
        j = k
        while j < b and (tokens.lower_l[j] in self.officer_words or (
                j > k and j + 1 < b and text_dash(tokens, j) and tokens.lower_l[j + 1] in self.officer_words)):
            j += 1  # ("secretary-general": the office written with a hyphen)
        # (or the officer's name after the office: "Turkic Council Secretary General Ramil Hasanov announced")
        return k < j and (j == b or all(tokens.cap_l[t] for t in range(j, b)))

    def _officer_of_named(self, tokens, a: int, start: int, end: int, b: int) -> bool:
        """An office "of" the organisation named at [start, end), then a name closing the phrase: "Deputy Secretary
        General of the OTS Omer Kojaman recalled": the officer speaks, not the organisation."""
        j = self._before_name(tokens, a, start)
        if not (j >= a and j > 0 and tokens.lower_l[j] == self.of_word and tokens.lower_l[j - 1] in self.officer_words):
            return False  # (the office may stand just before a phrase its length cut: "Secretary General | of ...")
        k = tokens.token_at(end)
        if k + 2 < b and tokens.orth_l[k] == self.open_paren and tokens.orth_l[k + 2] == self.close_paren:
            k += 3  # (past its abbreviation: "... of the World Uyghur Congress (WUC) Jane Roe")
        return b - k >= 2 and all(tokens.cap_l[t] for t in range(k, b))

    def _owner_of_named(self, tokens, end: int, b: int) -> bool:
        """The name ending at ``end`` owns, with a possessive, a role in lower case and then a name closing the
        phrase: "Aliyev's foreign policy adviser Hikmet Hajiyev" (the adviser, not Aliyev)."""
        k = tokens.token_at(end)
        if not (k < b and tokens.lower_l[k] in self.possessive_marks):
            return False
        j = k + 1
        while j < b and not tokens.cap_l[j] and not tokens.boundary_l[j]:
            j += 1
        return k + 1 < j and b - j >= 2 and all(tokens.cap_l[t] for t in range(j, b))

    def _before_name(self, tokens, a: int, start: int) -> int:
        """The token before the name at character ``start``, past an article ("the") between them, in a phrase that
        begins at token ``a``: where "of", "to" and the office before them are read."""
        j = tokens.token_at(start) - 1
        if j > a and tokens.lower_l[j] in self.determiners:
            j -= 1
        return j

    def _head_of(self, tokens, a: int, start: int) -> bool:
        """The organisation named at ``start`` follows "of (the)" after its head's office ("The president of the
        ETGE said", "the head of the World Uyghur Congress denounced"): a person speaks, not the organisation."""
        j = self._before_name(tokens, a, start)
        return j > a and tokens.lower_l[j] == self.of_word and tokens.lower_l[j - 1] in self.heads

    def _aide_to(self, tokens, a: int, start: int) -> bool:
        """The name or office at ``start`` follows "to (the)" after an aide's office ("Assistant to the
        President", "Adviser to the Prime Minister"), inside a phrase that begins at token ``a``."""
        j = self._before_name(tokens, a, start)
        return j > a and tokens.lower_l[j] == self.to_word and tokens.lower_l[j - 1] in self.aides

    def _complement_of_a_noun(self, tokens, a: int, start: int) -> bool:
        """The name at ``start`` follows "of" after a common noun ("the office of", "the website of the"),
        inside a phrase that begins at token ``a``."""
        j = self._before_name(tokens, a, start)
        return j > a and tokens.lower_l[j] == self.of_word and not tokens.cap_l[j - 1] \
            and not tokens.boundary_l[j - 1]

    def _body_before_document(self, tokens, a: int, b: int) -> bool:
        """Tokens [a, b) end in a body's common noun and a document word: "a ministry statement" (the ministry's),
        not "a press release" (a kind of document)."""
        return b - 2 >= a and tokens.lower_l[b - 1] in self.document_words \
            and tokens.lower_l[b - 2] in self.speaker_words and not tokens.cap_l[b - 2] \
            and tokens.lower_l[b - 2] != self.press

    def _dash_turn_voice(self, found: list, state) -> tuple | None:
        """Whose words a paragraph set off by a dash gives: the one voice its sentences name, else the person
        who spoke last; None when they name several, or no one and no person spoke before."""
        named = {f[0:2] for f in found if f is not None and f[0:2] != (None, None)}
        if len(named) == 1:
            return named.pop()
        if not named and state.get("last") and self._is_person(*state["last"]):
            return state["last"][:2]
        return None

    def _occasion_at(self, tokens, a: int, b: int) -> bool:
        """Whether the phrase at ``a`` opens with an occasion: "the trip", "the talks" (not a name, "The Talks")."""
        return a + 1 < b and tokens.lower_l[a] in self.determiners and tokens.lower_l[a + 1] in self.occasions \
            and not tokens.cap_l[a + 1]

    def _after_time_opening(self, tokens, text, a: int, b: int) -> int:
        """Where the speaker's words start after a date opening the phrase without a comma ("On 16 October the
        head of the region", "In March 2021 Jane Roe", "On Monday the ministry"): the determiner or the capital
        after it; else ``a``."""
        low = tokens.lower_l
        if not (a + 2 < b and low[a] in self.time_prepositions
                and (low[a + 1] in self.months or text[tokens.idx_l[a + 1]].isdigit())):
            return a
        k = a + 1
        while k < b - 1 and (low[k] in self.months or text[tokens.idx_l[k]].isdigit()):
            k += 1
        if (low[k] in self.determiners or tokens.cap_l[k]) and not tokens.boundary_l[k - 1] and low[k] not in self.months:
            return k
        return a

    @staticmethod
    def _modifier_opening(tokens, text: str, a: int, b: int) -> bool:
        """Tokens [a, b) open, in lower case, with a past participle ("published on Tuesday", "submitted to the UN",
        "originally drafted by"), an infinitive's "to" or a relative pronoun: a modifier, never a name."""
        first = text[tokens.idx_l[a]:tokens.end_l[a]]
        if not first.islower():
            return False
        if first in ("to", "which", "whom", "whose"):
            return b - a > 1
        if first.endswith("ly") and a + 1 < b:  # ("originally drafted by ...")
            first = text[tokens.idx_l[a + 1]:tokens.end_l[a + 1]]
        return b - a > 2 and first in PARTICIPLE_MODIFIERS

    def free_label(self, tokens, text: str, span, after: bool = False) -> str | None:
        """A speaker that has no entry ("the U.N. human rights office", "officials"), as written. After the
        verb ('..., said the group's president, Jane Doe') it must be names and offices only: "said the talks
        failed" names no one."""
        a, b = span
        if b - a > 1 and text[tokens.idx_l[a]:tokens.end_l[a]].lower() in ("today", "yesterday", "tonight"):
            a += 1  # "Today the Court of Appeal found": when, not who
        if a < b and self._modifier_opening(tokens, text, a, b):
            return None  # "published on Tuesday", "originally drafted by Jane Roe", "to alarm ...": a phrase that
            # modifies something, never who speaks
        if b - a > 3 and text[tokens.idx_l[b - 1]:tokens.end_l[b - 1]] == ")":
            k = next((k for k in range(b - 2, max(a, b - 7), -1) if text[tokens.idx_l[k]:tokens.end_l[k]] == "("), None)
            inside = text[tokens.end_l[k]:tokens.idx_l[b - 1]] if k is not None else ""
            if k is not None and k > a and (not re.search(r"[A-Za-z0-9]", inside) or PARTY_STATE.fullmatch(inside)):
                b = k  # "Legislator Wang Ting-yu (王定宇)": the name in another script, in brackets, adds no one;
                # nor does a legislator's party and state: "Senator Ben Sasse (R-Neb.)"
        k = next((k for k in range(a, min(b, a + 3)) if tokens.lower_l[k] in self.figure_words), None)
        if k is not None and k + 3 < b and tokens.lower_l[k + 2] == self.by_word \
                and text[tokens.idx_l[k + 1]:tokens.end_l[k + 1]].lower() in SOURCED_BY:
            a = k + 3  # "According to estimates cited by a UN panel": the panel, who cites them
        if a < b and tokens.lower_l[a] in self.relative_words:
            return None  # "(these imams,) who include Dr. Jane Roe of the Seminary, (have called)": a description
        if a > 0 and b - a > 1 and tokens.lower_l[a] == self.of_word and tokens.cap_l[a - 1]:
            # "..., Mr Penpa Tsering of the Central Tibetan Administration (CTA) has on Jun 8 called": the name
            # whose body the "of" gives, never the body alone
            start = tokens.capitals_before(a, 0, most=5)
            if start > 0 and text[tokens.idx_l[start - 1]:tokens.end_l[start - 1]] in HONORIFIC_ABBREVIATIONS:
                start -= 1
            a = start
        if b - a > 1 and tokens.lower_l[a] in self.plain_conjunctions and not tokens.cap_l[a]:
            return None  # "the names, addresses, and family statuses of the Uyghurs, said Khan": a list's last
            # item, never who speaks
        if a < b and tokens.lower_l[a] in self.second_person:
            return None  # "You mentioned that ...", "As you noted": whom a speaker addresses, never who speaks
        if self._occasion_at(tokens, a, b):
            return None  # "The trip to Ruritania testifies to ...": an occasion, no one who speaks
        if a > 1 and tokens.orth_l[a - 1] == self.comma and b < len(tokens.orth_l) \
                and tokens.orth_l[b] == self.comma:  # (an apposition set off by commas on both sides)
            c, _ = tokens.phrase_before(a - 1, 0, width=12)
            if self._occasion_at(tokens, c, a - 1):
                return None  # (nor its apposition: "The trip to X, the first leg of his tour, testifies")
        colon = next((k for k in range(a + 1, min(b - 1, a + 4)) if tokens.orth_l[k] == self.colon), None)
        if colon is not None and all(tokens.cap_l[k] or tokens.orth_l[k] == self.comma for k in range(a, colon)) \
                and (text[tokens.idx_l[a]:tokens.end_l[a]].isupper()
                     or name_key(text[tokens.idx_l[a]:tokens.end_l[colon - 1]]) in CAPITALS):
            a = colon + 1  # "LONDON: The Permanent Representative", "New Delhi: Chinese Premier ...": a dateline
        if b - a > 2 and tokens.lower_l[a] in self.leading_adverbs and text[tokens.idx_l[a]].isupper() \
                and (tokens.lower_l[a + 1] in self.determiners or tokens.cap_l[a + 1]):
            a += 1  # "Then the head of state (voiced)": when, not who (opening the sentence: not "since then
            # the embassy has submitted")
        if a < b and tokens.lower_l[a] in self.clause_verbs:
            return None  # "(who) had returned from China": a verb phrase, no one's name
        o = a + 1 if a + 2 < b and tokens.lower_l[a] in self.leading_adverbs else a  # ("Also speaking ...")
        first = text[tokens.idx_l[o]:tokens.end_l[o]] if o < b else ""
        if o > a:
            first = first[:1].upper() + first[1:]
        adjective = first.lower() in ADJECTIVE_ING and o + 1 < b and tokens.lower_l[o + 1] not in self.determiners
        if len(first) > 5 and first.endswith("ing") and first[0].isupper() and first[1:].islower() and not adjective \
                and first.lower() not in TITLE_MODIFIERS and first.lower() != "according" and common_word(first):
            # ("Acting DHS Deputy Secretary Jane Roe": an office; "Beijing immediately hit back": a name; "According
            # to the Post ... Jan Novak": the source's phrase, read elsewhere)
            comma = next((k for k in range(o + 1, b) if tokens.orth_l[k] == self.comma), None)
            if comma is not None and comma + 1 < b:
                a = comma + 1  # "Welcoming Wang Yang and his delegation, Dr Al Mantheri": who welcomes
            elif comma is None and o + 1 < b:
                # "Also speaking on the issue a Political Counselor of the Embassy Dr. Jane Roe (said)": the name
                # closing the phrase, its participle's clause run on without a comma
                n = b
                while n > o + 2 and (tokens.cap_l[n - 1] or text[tokens.idx_l[n - 1]:tokens.end_l[n - 1]]
                                     in HONORIFIC_ABBREVIATIONS):
                    n -= 1
                h = next((h for h in range(n, b - 2) if text[tokens.idx_l[h]:tokens.end_l[h]]
                          in HONORIFIC_ABBREVIATIONS), None)  # (from its "Dr.", "Mr.": "... in Ghana Dr. Jane Roe")
                # ("Announcing the sanctions the Chinese Foreign Ministry (said)": the body named in capitals after
                # the last article, the clause's object before it, no preposition between)
                d = next((d for d in range(b - 3, o + 1, -1) if tokens.lower_l[d] in self.determiners
                          and tokens.lower_l[d - 1] not in self.prepositions and not tokens.cap_l[d - 1]
                          and text[tokens.idx_l[d - 1]].isalpha()
                          and all(tokens.cap_l[t] for t in range(d + 1, b))), None)
                if h is not None and self._is_person(None, " ".join(text[tokens.idx_l[h]:tokens.end_l[b - 1]].split())):
                    a = h
                elif d is not None and tokens.words(d + 1, b) & self.body_words:
                    a = d
                elif b - (m := self._hyphened_start(tokens, text, n, o)) >= 2 and m - 1 > o \
                        and not tokens.cap_l[m - 1] and text[tokens.idx_l[m - 1]].isalpha() \
                        and tokens.lower_l[m - 1] not in self.prepositions and tokens.lower_l[m - 1] not in self.determiners \
                        and self._is_person(None, " ".join(text[tokens.idx_l[m]:tokens.end_l[b - 1]].split())):
                    a = m  # "Addressing those gathered Kassym-Jomart Tokayev expressed ...": the name closing it
                else:
                    return None  # "Welcoming Wang Yang": whom a participle's clause names is not who speaks (nor
                    # "Speaking through an interpreter": how, not who)
        if after:
            # '"...," said acting deputy secretary Jane Roe in a CBP press release': who, not where she said it
            cut = next((k for k in range(a + 2, b - 1) if tokens.lower_l[k] in self.medium_words
                        and tokens.lower_l[k + 1] in self.determiners
                        and any(tokens.lower_l[t] in self.document_words
                                for t in range(k + 2, min(len(tokens.lower_l), b + 2)))), None)
            if cut is not None:
                b = cut
            office = self._office_closing(tokens, text, a, b) or self._office_then_name(tokens, text, a, b) \
                or self._role_then_name(tokens, text, a, b) == b or self._described_person(tokens, text, a, b, True) \
                or self._described_then_named(tokens, text, a, b) == b  # ("said workers’ spokesman Marc Leemans")
            for k in range(a, b):
                word = text[tokens.idx_l[k]:tokens.end_l[k]]
                if not (tokens.boundary_l[k] or not word[:1].isalpha() or self._in_name_after(text, tokens, k, a)
                        or (office and word.isalpha())):
                    return None
        if b - a > 2 and a > 0 and text[tokens.idx_l[a]:tokens.end_l[a]] == "to" \
                and text[tokens.idx_l[a - 1]:tokens.end_l[a - 1]].lower() == "according":
            # "According to the Post (December 26) Yuan Peng, ..., wrote": the outlet carries; the one after it writes
            k = a + 1
            while k < b and (tokens.lower_l[k] in self.determiners or tokens.cap_l[k]):
                k += 1
            if k < b and text[tokens.idx_l[k]] == "(":
                while k < b and text[tokens.idx_l[k]] != ")":
                    k += 1
                k += 1
                if k < b and tokens.cap_l[k]:
                    a = k
        if b - a > 2 and tokens.lower_l[a] in self.openers and not tokens.cap_l[a + 1] \
                and text[tokens.idx_l[a + 1]].isalpha() and tokens.lower_l[a + 1] not in self.determiners:
            # "Despite rejecting the challenge Mr Justice Dove observed": the name closing the opening clause
            k = b
            while k > a + 1 and (tokens.cap_l[k - 1] or text[tokens.idx_l[k - 1]] == "."):
                k -= 1
            p = k  # (not "Last week nearly two dozen nations at the U.N. Human Rights Council wrote": a name after
            # a preposition belongs to the noun before it)
            while p - 1 > a and (tokens.lower_l[p - 1] in self.determiners or text[tokens.idx_l[p - 1]].isupper()):
                p -= 1
            if k < b and k > a + 1 and tokens.lower_l[p - 1] not in self.prepositions \
                    and tokens.lower_l[p - 1] not in self.place_preps:
                a = k
            elif tokens.lower_l[a + 1] in self.time_words and (k < b or tokens.lower_l[a] in self.time_openers):
                a += 2  # "Last week nearly two dozen nations ...", "Last year the government ...": who, without when
        while b > a and text[tokens.idx_l[b - 1]:tokens.end_l[b - 1]].lower().endswith("ly") \
                and not tokens.cap_l[b - 1]:
            b -= 1  # "sections of the media have intentionally": an adverb is not the speaker's name
        if b > a + 1 and b < len(tokens.lower_l) and tokens.lower_l[b] in self.quoted_as \
                and tokens.lower_l[b - 1] in self.be_words:
            b -= 1  # "Pope Francis is (quoted as saying)": the one quoted
        while b > a and (tokens.lower_l[b - 1] in self.auxiliaries or tokens.lower_l[b - 1] in self.trailing_adverbs):
            b -= 1  # ("Hallam now says": when, not who)
        if not after and b - a > 2 and tokens.lower_l[b - 1] in self.document_words:
            k = next((k for k in range(max(a + 1, b - 5), b - 1) if tokens.lower_l[k] in self.medium_words), None)
            if k is not None and all(not tokens.cap_l[t] for t in range(k, b)):
                b = k  # "The Ministry of Foreign Affairs in a media release (said)": the ministry, in its release
        when = self._time_closing(tokens, text, a + 1, b)  # "the spokesman on Wednesday": when, not who
        if when is not None:
            b = when
            while b > a + 1 and tokens.lower_l[b - 1] in self.auxiliaries:
                b -= 1  # ("... (CTA) has on Jun 8 (called)": the auxiliary before the day too)
        limit = 12 if not tokens.cap_l[b - 1] else 24 if tokens.lower_l[a] in self.title_heads else 16
        if b - a > 4:
            # "The End Uyghur Forced Labour coalition of nearly 200 organisations from 36 countries (urged)": the
            # coalition, without what it is made of
            k = next((k for k in range(a + 2, b - 1) if tokens.lower_l[k] == self.of_word), None)
            if k is not None and tokens.lower_l[k - 1] in self.group_heads and tokens.cap_l[k - 2] \
                    and tokens.lower_l[k - 2] not in self.determiners and (
                    text[tokens.idx_l[k + 1]].isdigit() or tokens.lower_l[k + 1] in self.about_numbers):
                b = k
        if not after and b - a > limit and self._list_start(tokens, a, b - 1, b) == a:
            limit = 32  # a list of names, each one counted: "Denmark, Sweden, ..., Latvia, and Lithuania"
        # ("Ambassador of the State of Qatar to the People's Republic of China Sultan bin Salmeen Al Mansouri")
        if a >= b or b - a > limit:  # (a body's long name: "the local chapter of
            return None  # China- Africa Economic and Culture Exchange and Research Centre")
        if not after and tokens.words(a, b) & self.document_words:
            d = next(k for k in range(a, b) if tokens.lower_l[k] in self.document_words)
            if d + 1 < b and tokens.lower_l[d + 1] in self.prepositions and self.by_word not in tokens.words(d, b):
                b = d + 1  # "Zenz's analysis of the data": whose analysis, not what it is of
        if tokens.lower_l[a] in self.indefinite and not any(tokens.cap_l[k] for k in range(a + 1, b)) and not any(
                text[tokens.idx_l[k]:tokens.end_l[k]].endswith("s") for k in range(a + 1, b)):
            return None  # "Several recent (reports highlight)": a quantity and an adjective, with "reports" read
            # as the verb, name no one ("Some countries have accused" does: a group, as written)
        if tokens.lower_l[a] in self.preposition_openers:
            return None  # "on January 19 said": a time or place, not a speaker
        if tokens.lower_l[a] in self.wh_words:
            return None  # "What do people there say?": a question, no one speaks
        first_word = text[tokens.idx_l[a]:tokens.end_l[a]]
        if first_word[:1].islower() and a + 1 < b and tokens.cap_l[a + 1] and tokens.lower_l[a] not in \
                self.determiners | self.speaker_words | self.label_openers and first_word not in NAME_PARTICLES \
                and first_word not in ROLE_BEFORE_NAME:  # ("judge Ian Dove": who he is, then his name)
            # (but "bin Salman", "de Almeida": a name that opens with its particle)
            return None  # "(photographs that) refute Chinese government claims": a verb, not a speaker's name
        if tokens.lower_l[b - 1] in self.not_speakers and not (
                # "Kyrgyz and Russian press reports", "Chinese media reports": the press named, as "Chinese media"
                b - a >= 3 and tokens.lower_l[b - 1] in self.plural_reports and tokens.lower_l[b - 2] in self.press_words
                and tokens.cap_l[a]) and not (
                tokens.lower_l[b - 1] == self.sources_word and b - a >= 2 and any(
                    tokens.lower_l[k] in self.speaker_words or tokens.lower_l[k] in self.source_kinds
                    or (tokens.cap_l[k] and tokens.lower_l[k] not in self.determiners) for k in range(a, b - 1))) \
                and not (
                tokens.lower_l[b - 1] == self.media_word and (any(
                    tokens.cap_l[k] and tokens.lower_l[k] != self.state_word
                    and self._names_a_state(text[tokens.idx_l[k]:tokens.end_l[k]]) for k in range(a, b - 1))
                    or (b - a == 2 and tokens.lower_l[a] in self.state_words)
                    # ("Local media reported", "Some Western media reported"; "Media reported that ...", the word
                    # alone opening the sentence: the press, as a reporter names it)
                    or (b - a >= 2 and tokens.lower_l[b - 2] in self.media_kinds)
                    or (b - a == 1 and tokens.cap_l[a] and tokens.sentence(a, b)[0] == tokens.idx_l[a])
                    # ("Beijing's state media reported": a state's press, by its capital)
                    or (b - a >= 3 and tokens.lower_l[b - 2] in self.state_words and tokens.cap_l[a]))):
            return None  # "according to official data": no one is named ("Azerbaijani media" are: a country's press,
            # and so are "state media", the press of the state the story is about)
        words = tokens.words(a, b)
        caps = [text[tokens.idx_l[k]:tokens.end_l[k]].lower() for k in range(a, b) if tokens.cap_l[k]]
        if caps and all(c in MONTHS_DAYS for c in caps) and not (words & self.speaker_words):
            return None
        if b - a == 1 and (tokens.lower_l[a] in self.openers
                           or (text[tokens.idx_l[a]:tokens.end_l[a]].lower().endswith("ly")
                               and not self._name_word(text, text[tokens.idx_l[a]:tokens.end_l[a]]))):
            return None  # "Overall, ...": an adverb, not a speaker (but "Alimuly", the surname of "Murager Alimuly")
        if words & self.document_words and not after and tokens.lower_l[b - 1] in self.document_words:
            issuer = self._issuer(tokens, text, a, b - 1)
            if issuer:  # "A 2018 Human Rights Watch (HRW) report detailed": the organisation's
                return issuer
        if not after and b - a <= 4 and self._body_before_document(tokens, a, b):
            return "the " + text[tokens.idx_l[b - 2]:tokens.end_l[b - 2]]  # "a ministry statement": the ministry
        if words & self.document_words and not after:
            for d in range(a, b - 2):  # "a statement by the interior ministry": the ministry's
                if tokens.lower_l[d] in self.document_words and tokens.lower_l[d + 1] in self.by_from:
                    return self.free_label(tokens, text, (d + 2, b))
        if words & self.pronouns and HONORIFIC_INSIDE.search(" ".join(text[tokens.idx_l[a]:tokens.end_l[b - 1]].split())):
            words = words - self.personal  # "UAE President His Highness Sheikh Mohamed ...": a title, not "his"
        if b - a >= 3 and tokens.lower_l[a] in self.possessives and not tokens.cap_l[a + 1]:
            # "His brother Enver Israil", "her lawyer Jane Roe": a relative's or an aide's name after who they are to
            # someone; the name speaks
            k = a + 1
            while k < b and k - a <= 3 and not tokens.cap_l[k] and (
                    tokens.lower_l[k] in self.people_words or tokens.lower_l[k] in self.title_word_hashes
                    or tokens.lower_l[k] in self.ties or tokens.lower_l[k] in self.pair_nouns):
                k += 1
            if a + 1 < k < b and all(tokens.cap_l[t] for t in range(k, b)):
                return " ".join(text[tokens.idx_l[k]:tokens.end_l[b - 1]].split())
        if b - a >= 4 and tokens.lower_l[b - 3] == self.and_word and tokens.cap_l[b - 4] \
                and tokens.lower_l[b - 2] in self.possessive_pronouns \
                and (tokens.lower_l[b - 1] in self.people_words or tokens.lower_l[b - 1] in self.ties):
            return self.free_label(tokens, text, (a, b - 3), after)  # "Jane Roe and her husband said": she, named
        if tokens.cap_l[a] and any(self._pair_at(tokens, p, b) for p in range(a + 1, b)):
            words = words - self.possessive_pronouns  # "Jane Roe and her counterpart John Doe": who, not "her"
        if (words & self.pronouns and not self._surname_he(tokens, text, a, b)) or words & self.document_words:
            return None
        if not after and any(tokens.lower_l[k] in self.be_words and not tokens.cap_l[k + 1]
                             for k in range(a, b - 1)):
            return None  # "The meeting was attended by ministers, says ...": a clause, not who speaks
        # (a people "of" or "in" a place is the people: "The Uyghurs of Xinjiang protested")
        cut = next((k for k in range(a + 1, b) if tokens.lower_l[k] in self.place_preps or tokens.lower_l[k]
                    == self.of_word), b)
        bare = [text[tokens.idx_l[k]:tokens.end_l[k]] for k in range(a, cut)
                if text[tokens.idx_l[k]].isalnum() and tokens.lower_l[k] not in self.determiners
                and text[tokens.idx_l[k]:tokens.end_l[k]].lower() not in REFLEXIVES]
        # ("the Uyghurs themselves": the people, the reflexive only stressing it)
        if bare and (name_key(" ".join(w for w in bare if w.lower() != "ethnic")) in self.people_names
                     or (name_key(bare[-1]) in self.people_names
                         and all(w.lower() in PEOPLE_MODIFIERS or self._names_a_state(w) for w in bare[:-1]))):
            # "the ethnic Kyrgyz say", "Overseas Uyghurs slammed", "Australian Uighurs are calling": a people
            # (or those of it living in one country) is never a speaker
            return None
        if len(bare) >= 2 and any(name_key(w) in self.people_names for w in bare) and all(
                name_key(w) in self.people_names or w.lower() in ("and", "or", "other")
                or (w[:1].isupper() and w.endswith("s")) for w in bare):
            return None  # "Uighurs, Kazakhs and Huis have testified": peoples named together, none a speaker
        head = next((k - 1 for k in range(a + 1, b) if tokens.lower_l[k] in self.prepositions), b - 1)
        reduced = next((k - 1 for k in range(a + 1, head) if not tokens.cap_l[k] and not tokens.cap_l[k - 1]
                        and text[tokens.idx_l[k]:tokens.end_l[k]].endswith("ed")
                        and text[tokens.idx_l[k - 1]:tokens.end_l[k - 1]].isalpha()), None)
        if reduced is not None:
            head = reduced  # "various proposals tabled by government officials": the noun before the participle
        if text[tokens.idx_l[head]:tokens.end_l[head]] in EVENT_HEADS:
            return None  # "A recent trial of a Chinese citizen has highlighted ...": an event says nothing
        if text[tokens.idx_l[head]:tokens.end_l[head]].lower() in LAW_HEADS \
                and not text[tokens.idx_l[head]:tokens.end_l[head]].isupper() \
                and not any(tokens.lower_l[k] == self.by_word for k in range(head, b)):
            return None  # "according to the UN Genocide Convention", "citing the Interpol notice": a law or a
            # notice, no one's statement
        capitalised = any(text[tokens.idx_l[k]].isupper() and tokens.lower_l[k] not in self.determiners
                          for k in range(a, b))
        if not (words & self.speaker_words or capitalised or self._described_person(tokens, text, a, b, after)
                or (after and self._office_closing(tokens, text, a, b))):
            return None  # (an office closing the sentence after its verb speaks: "..., noted the state councilor.")
        return " ".join(text[tokens.idx_l[a]:tokens.end_l[b - 1]].split())

    def _described_person(self, tokens, text, a: int, b: int, after: bool) -> bool:
        """'“We are very free,” the retiree said', '“...,” said a taxi driver': someone the text does not name,
        described by a noun for a person, who closes the quotation they said (right after its closing mark)."""
        q = a - 2 if after else a - 1
        if q < 0 or not _closes_quotation(text, tokens.idx_l[q]) or not 2 <= b - a <= 7 \
                or (tokens.lower_l[a] not in self.determiners
                    and text[tokens.idx_l[a]:tokens.end_l[a]].lower() not in ("one", "another")):
            return False  # ('said one protester', 'said another resident')
        words = [text[tokens.idx_l[k]:tokens.end_l[k]] for k in range(a + 1, b)]
        # where the person is from, after the noun: 'said a man from Bern', 'said one resident of Urumqi'
        cut = next((i for i, w in enumerate(words) if i >= 1 and w in ("from", "in", "of")), len(words))
        if cut < len(words) and not (1 <= len(words) - cut - 1 <= 3 and all(w[:1].isupper() for w in words[cut + 1:])):
            return False
        words = words[:cut]
        if not 1 <= len(words) <= 3:
            return False
        head = words[-1]
        # (a people's or a state's adjective may stand before the noun: 'said a Uighur man in Bern')
        return all(w.isalpha() and (w.islower() or (k < len(words) - 1 and (
            self._names_a_state(w) or name_key(w) in self.people_names))) for k, w in enumerate(words)) \
            and head not in DOCUMENT_WORDS and (head in PERSON_NOUNS or head.endswith(PERSON_ENDINGS))

    def _website_owner(self, tokens, text, refs, a: int, b: int, state, hi: int | None = None):
        """"a statement on its website", "a post on the ministry's Telegram channel": (holder, label, span) of
        whose site it is, or None. "its" is the organisation the text named last before. "The website of the
        Foreign Ministry of ...": the body after "of", whole (up to ``hi``, past the phrase's width)."""
        opening = next((k for k in range(a, min(b, a + 4)) if tokens.lower_l[k] in self.site_words), None)
        if opening is not None and opening + 2 < b and tokens.lower_l[opening + 1] == self.of_word and all(
                tokens.lower_l[k] in self.determiners or tokens.lower_l[k] == self.official_word or tokens.cap_l[k]
                for k in range(a, opening)):
            # (only "the", "official" and the site's own name before it: "the official Facebook page of")
            _, end = tokens.phrase_after(opening + 2, hi if hi is not None else b, width=12)
            end = max(end, b)
            if text[tokens.idx_l[end - 1]:tokens.end_l[end - 1]].lower() not in EVENT_WORDS:
                return None, None, (opening + 2, end)  # (not "the official website of the Summit": its site speaks)
        site = next((k for k in range(a + 2, b) if tokens.lower_l[k] in self.site_words), None)
        # (the document word may close the cue before the phrase: "In a statement posted on the embassy's website")
        if site is None or not tokens.words(max(0, a - 1), site) & self.document_words:
            return None
        on = next((k for k in range(site - 1, a, -1) if tokens.lower_l[k] in self.on_from), None)
        if on is None:
            return None
        owner = on + 1
        if tokens.lower_l[owner] in self.it_words or text[tokens.idx_l[owner]:tokens.end_l[owner]].lower() == "its":
            at = tokens.idx_l[a]
            org = next((m for m in reversed(refs[:bisect_left(self._starts, at)])
                        if m.kind != "role" and self.entries[m.entry].type == "organization"), None)
            if org is not None:
                return org.entry, None, (owner, owner + 1)
            thing = state.get("thing")
            if thing is not None and not self._is_person(*thing):
                return thing[0], thing[1], (owner, owner + 1)
            return None
        end = next((k for k in range(owner, site) if text[tokens.idx_l[k]:tokens.end_l[k]] in ("'s", "’s")), None)
        if end is None or end == owner:
            return None
        return None, None, (owner, end)

    @staticmethod
    def _document_word(word: str) -> bool:
        """"report", "reports", "analysis": a document word, singular or plural."""
        w = word.lower()
        return w in DOCUMENT_WORDS or (w.endswith("s") and w[:-1] in DOCUMENT_WORDS)

    def _issuer(self, tokens, text: str, a: int, b: int) -> str | None:
        """The capitalised name before a document word ("A 2018 Human Rights Watch (HRW) report"), as written,
        without a parenthesised acronym or a possessive; None where no name stands there alone."""
        k = b
        if k - 1 > a and tokens.orth_l[k - 1] == self.close_paren:  # "(HRW)"
            k = self._parenthesis_before(tokens, b, a, 4)
            if k is None:
                return None
        elif k - 1 > a and text[tokens.idx_l[k - 1]:tokens.end_l[k - 1]] in ("'s", "’s", "'", "’"):
            k -= 1  # "Zenz's analysis", "Human Rights Watch's report": the possessive's owner
        end = k
        start = k
        while start > a and tokens.cap_l[start - 1] and text[tokens.idx_l[start - 1]].isupper() \
                and tokens.lower_l[start - 1] not in self.determiners:
            start -= 1
        if start == end:
            return None
        rest = [t for t in range(a, start) if tokens.lower_l[t] not in self.determiners
                and not text[tokens.idx_l[t]:tokens.end_l[t]].isdigit()]
        if rest:
            return None  # "the latest UN report", "a report by ...": more than a name before the word
        name = " ".join(text[tokens.idx_l[start]:tokens.end_l[end - 1]].split())
        name = without_possessive(name)
        if name_key(name) in self.not_issuers or name.lower() in MONTHS_DAYS:
            return None
        return name

    def _adjective_before_name(self, tokens, text, k: int, hi: int) -> bool:
        """Whether token ``k`` after an inverted verb is an adjective in lower case before a title and a name
        ("said independent Legislator Freddy Lim"), not a word of what was said ("said official Chinese data")."""
        word = text[tokens.idx_l[k]:tokens.end_l[k]] if k < hi else ""
        if not (word.isalpha() and word.islower() and k + 3 < hi and tokens.cap_l[k + 1] and tokens.cap_l[k + 2]
                and tokens.cap_l[k + 3]) or tokens.lower_l[k] in self.determiners \
                or tokens.lower_l[k] in self.prepositions or tokens.lower_l[k] in self.role_nouns \
                or tokens.lower_l[k] in self.when_words or word.endswith(("ing", "ed")):
            return False
        title = text[tokens.idx_l[k + 1]:tokens.end_l[k + 1]].lower()
        return (title in TITLE_WORDS or title in ALL_OFFICES or title in SPEAKER_WORDS) and \
            self._is_person(None, " ".join(text[tokens.idx_l[k + 2]:tokens.end_l[k + 3]].split()))

    def _described_then_named(self, tokens, text, a: int, hi: int) -> int | None:
        """Where a name ends that closes an inverted verb's clause after words in lower case describing its
        bearer ('..., said workers’ spokesman Marc Leemans.', '..., said regional public broadcaster Bayerischer
        Rundfunk (BR).'): the token after the name (and its bracketed short form), else None."""
        k = a + (a < hi and tokens.lower_l[a] in self.determiners)
        if k + 1 < hi and tokens.cap_l[k] and not tokens.cap_l[k + 1] \
                and self._names_a_state(text[tokens.idx_l[k]:tokens.end_l[k]]):
            k += 1  # "Chinese state broadcaster CCTV": whose, then what it is
        first = k
        while k < hi and k - first < 6:
            word = text[tokens.idx_l[k]:tokens.end_l[k]]
            if word in ("'", "\u2019", "'s", "\u2019s") and k > first:
                k += 1  # a possessive: "workers’ spokesman"
                continue
            if word in ("-", "\u2010", "\u2011") and k > first and tokens.end_l[k - 1] == tokens.idx_l[k]:
                k += 1  # a compound: "state-run"
                continue
            low = tokens.lower_l[k]
            if not (word.isalpha() and word.islower()) or low in self.determiners or low in self.prepositions \
                    or low in self.conjunctions or low in self.be_words or low in self.auxiliaries \
                    or low in self.verb_words or low in self.when_words or low == self.that_word \
                    or low in self.list_openers or word.endswith("ed"):
                break
            k += 1
        if k == first or k >= hi or not tokens.cap_l[k] or tokens.lower_l[k] in self.months:
            return None
        c = k
        while c < hi and c - k < 5 and tokens.cap_l[c] and tokens.lower_l[c] not in self.months:
            c += 1
        if c < hi and text[tokens.idx_l[c]] == "(":  # "Bayerischer Rundfunk (BR)"
            close = next((t for t in range(c + 1, min(hi, c + 4)) if text[tokens.idx_l[t]] == ")"), None)
            if close is not None:
                c = close + 1
        if c >= hi or text[tokens.idx_l[c]] in ".!?;":
            return c
        t = c + (tokens.lower_l[c] in self.prepositions)  # "... CCTV on Monday.": when, closing the sentence
        if t < hi and tokens.lower_l[t] in self.months:
            t += 1
            while t < hi and t - c <= 4 and (text[tokens.idx_l[t]].isdigit() or tokens.lower_l[t] in self.months):
                t += 1
            if t >= hi or text[tokens.idx_l[t]] in ".!?;":
                return c
        return None

    def _after_phrase(self, tokens, text, e: int, hi: int) -> tuple[int, int]:
        """The speaker after an inverted verb: 'said Dr Mamtimin Ala, President of ...' (up to the comma),
        or 'said the group's president, Jane Doe.' (through it, when a name closes the sentence)."""
        if e < hi and tokens.lower_l[e] == self.that_word:
            return e, e  # never after "that": "..., said that Xinjiang, as ...": what was said of, not who said it
        a, b = tokens.phrase_after(e, hi, width=10)
        if b - a == 10 and tokens.cap_l[b - 1]:
            # "said Permanent Deputy Secretary of the Hanoi Party Committee Nguyen Van Phong.": an office and a name
            # running past ten words, read on through the capitals that close the sentence or its clause ("...
            # Nguyen Van Phong during a meeting with ...")
            c = b
            while c < hi and c - b < 6 and tokens.cap_l[c]:
                c += 1
            if c > b and (c >= len(tokens.lower_l) or text[tokens.idx_l[c]] in ".!?,;" or (
                    tokens.lower_l[c] in self.prepositions or tokens.lower_l[c] in self.list_openers)):
                b = c
        if b - a > 1 and tokens.lower_l[a] == self.by_word:
            a += 1  # '"...," quoted by Chinese Ambassador to Dhaka Li Jiming.': the agent
        if self._adjective_before_name(tokens, text, a, hi):
            a += 1  # '..., said independent Legislator Freddy Lim': the title and the name
        named = self._described_then_named(tokens, text, a, hi)
        if named is not None:
            return a, named  # '..., said workers’ spokesman Marc Leemans.': the one described, by name
        issued = next((k for k in range(a, min(b - 3, a + 4)) if tokens.lower_l[k] in self.document_words
                       and tokens.lower_l[k + 1] in self.issue_verbs and tokens.lower_l[k + 2] == self.by_word), None)
        if issued is not None:  # 'said a press statement issued by Jane Roe, President of ...': who issued it
            a, b = tokens.phrase_after(issued + 3, hi, width=10)
        role = self._role_then_name(tokens, text, a, hi)
        if role:
            return a, role  # '..., concludes lead author Jane T. Roe, professor of ...'
        end = next((k for k in range(a + 1, min(hi, a + 7) + 1) if k == hi or tokens.boundary_l[k]), None)
        if end is not None and self._described_person(tokens, text, a, end, True):
            if end < hi and tokens.orth_l[end] == self.comma:
                c, d = tokens.phrase_after(end + 1, hi, width=4)
                if 2 <= d - c <= 4 and all(tokens.cap_l[t] for t in range(c, d)) and (
                        d >= hi or tokens.orth_l[d] == self.comma or text[tokens.idx_l[d]] in ".!?"):
                    return c, d  # 'said another speaker, Slamet Marif, standing on ...': the name the description gets
            return a, end  # '“...,” said the taxi driver.': someone described, not named
        p = next((t for t in range(a + 2, b - 1) if tokens.lower_l[t] in self.where_words), None)
        if p is not None and all(tokens.cap_l[t] for t in range(a, p)) \
                and (tokens.lower_l[p + 1] in self.determiners or tokens.cap_l[p + 1]) \
                and self._is_person(None, text[tokens.idx_l[a]:tokens.end_l[p - 1]]):
            return a, p  # 'said Dauren Abayev on the Open Dialogue TV', '... at the press conference': a person's name,
            # then where the words were said, read as one run of capitals
        if self._office_closing(tokens, text, a, b):
            return a, b  # "..., underlined the permanent representative."
        if self._office_then_name(tokens, text, a, b):
            return a, b  # "..., said its ambassador to Malaysia Prof Dr Qaley Allahverdiyev."
        when = self._time_closing(tokens, text, a + 3, b)
        if when is not None and self._office_then_name(tokens, text, a, when):
            return a, when  # "..., said Chinese Ambassador to Kazakhstan Zhang Xiao on Monday": who, not when
        for k in range(a + 1, b):  # 'said Xiao Yewen during a meeting': the name, not what follows it
            if not self._in_name_after(text, tokens, k, a):
                if tokens.lower_l[k] in self.document_words and tokens.lower_l[k - 1] == self.press:
                    return a, a  # 'says a press release received from Beijing': a document, no one named
                if tokens.lower_l[k] in self.document_words and tokens.lower_l[a] == self.the_word and k - a <= 2 \
                        and not any(tokens.cap_l[t] for t in range(a + 1, k)):
                    return a, k + 1  # 'added the statement': the document named before (its issuer's, if known)
                word = text[tokens.idx_l[k]:tokens.end_l[k]]
                if tokens.cap_l[k - 1] and word.isalpha() and word.islower() and (
                        tokens.lower_l[k] in self.verb_words or tokens.lower_l[k] in self.be_words
                        or tokens.lower_l[k] in self.auxiliaries or (word.endswith("ed") and len(word) > 4)
                        or (k == a + 1 and word.endswith("s") and not word.endswith("ss")
                            and tokens.lower_l[k] not in self.speaker_words and tokens.lower_l[k] not in self.people_words
                            and self._names_a_state(text[tokens.idx_l[a]:tokens.end_l[a]]))):
                    return a, a  # '... said China demanded that ...': the reported clause's subject, not who says it
                    # ("said Malaysia respects the right ...", but not "said Malaysian officials")
                b = k
                if text[tokens.idx_l[k - 1]:tokens.end_l[k - 1]] in ("-", "\u2010", "\u2011") \
                        and tokens.end_l[k - 1] == tokens.idx_l[k]:
                    b = k + 1  # 'said the 46-year-old Chinese-born ethnic Kazakh': a compound's whole word, never
                    # "Chinese-" cut at its hyphen
                # 'said the Prince on Chinese state television': where, not who, when the phrase runs on into
                # lower-case words after a preposition
                p = next((t for t in range(b - 1, a, -1) if tokens.lower_l[t] in self.where_words), None)
                if p is not None and all(tokens.cap_l[t] for t in range(p + 1, b)):
                    b = p
                break
        if b < hi and tokens.orth_l[b] == self.comma:
            c, d = tokens.phrase_after(b + 1, hi, width=5)
            if d > c and tokens.cap_l[c] and (d >= hi or text[tokens.idx_l[d]] in ".!?" or (
                    tokens.orth_l[d] == self.comma and d + 1 < hi and tokens.lower_l[d + 1] in self.who_words
                    and all(tokens.cap_l[t] for t in range(c, d)))):
                # ('said the Under Secretary for Policy, Robert Silvers, who serves as ...': the name before "who")
                return a, d
        while b > a + 1 and tokens.lower_l[b - 1] in self.trailing_joiners:
            b -= 1  # 'said the minister of foreign affairs': not "the minister of"
        return a, b

    def _closing_description(self, label: str, own) -> bool:
        """Whether an official or a state's body described closes the sentence as its speaker ("..., the top
        government spokesman said at a briefing", "..., the ministry said"), reporting what ``own`` opens it
        with; an office its opener may hold ("Raisi recalled ..., the Iranian president said": the same person)
        only when no person opens it."""
        words = label.split()
        if len(words) > 6:
            return False
        head = words[-1].lower().strip(".,")
        if (words[0].lower() in ("his", "her", "its", "their") or words[0].endswith(("'s", "’s"))) \
                and (head in CLOSING_HEADS or head in CLOSING_OFFICES or head in SPEAKER_WORDS) \
                and self._is_state_speaker(own):
            # "China has accused him of terrorism ..., his lawyers said", "China has assured Thailand that ...,
            # Thailand's defence minister said": a state opening what a person or a body describes reports
            return True
        if label.lower().startswith(("a ", "an ")) and len(words) <= 4 and (head in CLOSING_HEADS
                                                                         or head in CLOSING_OFFICES):
            # "Turkey's foreign minister has urged ..., a Turkish official said Wednesday.": an official described
            # as one of many is never the person the sentence opens with, and reports what that person did
            return True
        if not label.lower().startswith("the "):
            return False
        return head in CLOSING_HEADS or (head in CLOSING_OFFICES and not self._is_person(own[0], own[1]))

    def _before_adverbs_at(self, tokens, k: int, lo: int) -> int:
        """The token at or before ``k`` that is no adverb ("is also denouncing": "is"), no further back than
        just after ``lo``."""
        while k > lo + 1 and (tokens.lower_l[k] in self.trailing_adverbs or self._ly_adverb(tokens, k)):
            k -= 1
        return k

    def _is_state_speaker(self, found) -> bool:
        """Whether a speaker found is a state: a place's entry, or a country's name as written."""
        if found[0] is not None:
            return self.entries[found[0]].type == "place"
        return (found[1] or "").lower().removeprefix("the ") in self.countries

    def _with_named(self, tokens, s: int, lo: int) -> int | None:
        """Where the name starts in "with <Name> arguing/saying ..." (a participle at ``s``), else None."""
        k = s
        while k > lo and tokens.cap_l[k - 1] and s - k < 4:
            k -= 1
        if lo < k < s and tokens.lower_l[k - 1] == self.with_word:
            return k
        # "..., with its Foreign Ministry this month calling ...": its body's name, then when, then the participle
        # (not a sentence's opening "With the State Department highlighting ..., the ETGE has urged": its main
        # clause names who speaks)
        end = s
        while end > lo and s - end < 3 and (tokens.lower_l[end - 1] in self.time_words
                                            or tokens.lower_l[end - 1] in self.time_openers):
            end -= 1
        k = end
        while k > lo and tokens.cap_l[k - 1] and end - k < 4:
            k -= 1
        if lo + 2 < k < end and tokens.lower_l[k - 1] in self.owners and tokens.lower_l[k - 2] == self.with_word \
                and tokens.orth_l[k - 3] == self.comma:
            return k
        if s + 1 < len(tokens.lower_l) and tokens.lower_l[s + 1] == self.that_word:
            # "with the delegates from Mongolia and China underlining that ...": those who speak, by their noun
            w = next((j for j in range(s - 1, max(lo, s - 10) - 1, -1) if tokens.lower_l[j] == self.with_word
                      or tokens.orth_l[j] == self.comma), None)
            if w is not None and tokens.lower_l[w] == self.with_word and w + 1 < s \
                    and not tokens.words(w + 1, s).isdisjoint(self.speaker_words):
                return w + 1
        return None

    def _named_between_commas(self, tokens, text, s: int, lo: int) -> int | None:
        """Where the name starts when a name stands alone between a comma and the verb at ``s``, the verb
        closing the clause ('..., H.E. Ney Samol continued, stressing ...', '..., Jane Doe continued.'), else
        None."""
        n = len(tokens.lower_l)
        if s + 1 < n and not (tokens.orth_l[s + 1] == self.comma or text[tokens.idx_l[s + 1]] in ".!?"):
            return None
        k = s
        while k > lo and text[tokens.idx_l[k - 1]].isupper() and s - k < 5:  # (with "H.E.", "Dr.")
            k -= 1
        return k if lo < k < s and tokens.orth_l[k - 1] == self.comma else None

    def _office_then_name(self, tokens, text, a: int, b: int) -> bool:
        """An office and the name of whoever holds it, closing the sentence after the verb: "..., said its
        ambassador to Malaysia Prof Dr Qaley Allahverdiyev."
        """
        if not (2 < b - a <= 10 and (b >= len(tokens.lower_l) or text[tokens.idx_l[b]] in ".!?"
                                     or tokens.lower_l[b] in self.medium_words  # ("... in a press release")
                                     or tokens.lower_l[b] in self.time_openers)  # ("... on Monday")
                and tokens.cap_l[b - 1] and tokens.cap_l[b - 2]):
            return False
        return (tokens.lower_l[a] in self.determiners | self.possessives or tokens.cap_l[a]
                or tokens.lower_l[a] in self.label_openers) and any(  # ("said acting DHS deputy secretary X")
            tokens.lower_l[k] in self.person_nouns for k in range(a, b)) and all(
            tokens.cap_l[k] or tokens.lower_l[k] in self.after_words or tokens.lower_l[k] in self.possessives
            or text[tokens.idx_l[k]:tokens.end_l[k]] in ("to", "in", "at")
            for k in range(a + (tokens.lower_l[a] in self.label_openers), b))

    def _office_closing(self, tokens, text, a: int, b: int) -> bool:
        """An office with adjectives before it that closes the sentence after the verb: "..., underlined the
        permanent representative." (not "..., said the talks failed")."""
        return 1 < b - a <= 5 and tokens.lower_l[a] in self.determiners and (
            b >= len(tokens.lower_l) or (tokens.boundary_l[b] and text[tokens.idx_l[b]] in ".!?")) and (
            tokens.lower_l[b - 1] in self.person_nouns
            or text[tokens.idx_l[b - 1]:tokens.end_l[b - 1]].lower() in SPEAKER_WORDS) \
            and all(text[tokens.idx_l[k]:tokens.end_l[k]].isalpha() for k in range(a, b))

    def _in_name_after(self, text, tokens, k: int, a: int) -> bool:
        """Whether token ``k`` may stand in a speaker's name or office after the verb that starts at ``a``:
        a capital, a joining word ("of", "the"), a possessive, an age ("the 39-year-old Prince"), or an office
        after a possessive ("said Ruritania's governor, Jane Doe")."""
        word = text[tokens.idx_l[k]:tokens.end_l[k]]
        return bool(tokens.cap_l[k] or tokens.lower_l[k] in self.after_words or word.lower().endswith(("'s", "’s"))
                    or INITIALS.fullmatch(word)  # "said H.E. Ney Samol"
                    or (word in TITLE_ABBREVIATIONS and k + 1 < len(tokens.cap_l) and tokens.cap_l[k + 1])
                    # "writes Lucas Leiroz de Almeida", "said Ursula von der Leyen": a particle inside a name
                    or (word in NAME_PARTICLES and k > a and (tokens.cap_l[k - 1] or tokens.lower_l[k - 1] in
                                                              self.particles) and k + 1 < len(tokens.cap_l)
                        and (tokens.cap_l[k + 1] or tokens.lower_l[k + 1] in self.particles))
                    # "said Yen Pei-yu": a given name's second syllable joined by a hyphen, in lower case (not
                    # "the Chinese-born ...", "US-based": a state's adjective, a participle)
                    or (k >= a + 2 and word.isalpha() and not word.endswith(("ed", "born", "made"))
                        and tokens.idx_l[k] == tokens.end_l[k - 1]
                        and text[tokens.idx_l[k - 1]:tokens.end_l[k - 1]] == "-"
                        and tokens.end_l[k - 2] == tokens.idx_l[k - 1] and tokens.cap_l[k - 2]
                        and not self._names_a_state(text[tokens.idx_l[k - 2]:tokens.end_l[k - 2]]))
                    or AGE.fullmatch(word) or (word.lower() in PERSON_NOUNS and k > a and text[
                        tokens.idx_l[k - 1]:tokens.end_l[k - 1]].endswith(("'s", "’s")))
                    or self._office_after_possessive(text, tokens, k, a))

    def _office_after_possessive(self, text, tokens, k: int, a: int) -> bool:
        """Whether token ``k`` is a lower-case word of an office named after a possessive or a state's name, up
        to the office's noun ("said China's police chief", "said Ruritania's top diplomat", "said UK foreign
        minister Jane Roe")."""
        def owner(j: int) -> bool:
            word = text[tokens.idx_l[j]:tokens.end_l[j]]
            return word.endswith(("'s", "’s")) or (tokens.cap_l[j] and self._names_a_state(word))
        if not (a < k and owner(k - 1)
                or (a < k - 1 and owner(k - 2) and text[tokens.idx_l[k - 1]:tokens.end_l[k - 1]].isalpha())):
            return False
        n = len(tokens.lower_l)
        for j in range(k, min(n, k + 3)):
            word = text[tokens.idx_l[j]:tokens.end_l[j]]
            if not word.isalpha() or not word.islower():
                return False
            if word in OFFICE_OR_PERSON:
                return True
        return False

    def _list_start(self, tokens, lo: int, a: int, b: int) -> int:
        """Where a list of names that ends with the subject phrase at [a, b) starts, when that phrase is the list's
        last item ("Denmark, Sweden and Norway said": not "Sweden and Norway"): each item before it a few words
        between commas that open and close with a capital. ``a`` where the phrase is no list's end."""
        first = a - 1 if lo < a - 1 and tokens.lower_l[a - 1] == self.and_word else a  # "..., and Lithuania"
        # ("... Dominic Raab on Tuesday stated": the names, not when)
        b = next((k for k in range(a + 1, b) if tokens.lower_l[k] in self.time_openers and not tokens.cap_l[k]), b)
        if not (lo < first < b and tokens.orth_l[first - 1] == self.comma and tokens.cap_l[b - 1]
                and (first < a or any(tokens.lower_l[k] == self.and_word for k in range(a, b)))
                and all(tokens.cap_l[k] or tokens.lower_l[k] == self.and_word for k in range(a, b))):
            return a  # (not "Salih Hudayar, ETGE Minister for Foreign Affairs and Security": one man, his office)
        start, k = a, first - 1  # k: the comma before the item that starts at ``start``
        while k > lo:
            j = k
            while j > lo and not tokens.boundary_l[j - 1] and k - j < 8:
                j -= 1
            i = j + 1 if j < k - 1 and tokens.lower_l[j] == self.and_word else j  # "..., and Iceland, ..."
            if i == k or not (tokens.cap_l[i] and tokens.cap_l[k - 1]) or k - i >= 8 or not all(
                    tokens.cap_l[t] or tokens.lower_l[t] in self.list_joiners for t in range(i, k)):
                break
            start = i
            if j == lo or tokens.orth_l[j - 1] != self.comma:
                break
            k = j - 1
        return start if start < a and (start == lo or tokens.orth_l[start - 1] != self.comma
                                       and tokens.lower_l[start - 1] != self.and_word) else a

    def _pair_start(self, tokens, lo: int, a: int, b: int) -> int:
        """Where "Peter Pellegrini and his counterpart John Doe" starts when the subject phrase at [a, b) is its
        second half ("his counterpart John Doe told ..."): the two speak together, as "Jane Roe and John Doe" do."""
        if not (a - 2 >= lo and self._pair_at(tokens, a, b)):
            return a
        cap = tokens.cap_l
        k = a - 2
        while k >= lo and cap[k] and not tokens.boundary_l[k] and a - 2 - k < 6:
            k -= 1
        return k + 1 if k + 1 <= a - 2 and (k < lo or tokens.boundary_l[k] or not cap[k]) else a

    def _possessed_thing(self, tokens, text, j: int, e: int) -> bool:
        """Whether token ``j`` is a possessive "'s" and a noun after it that is no person's nor office ("Xinjiang's
        cultural vitality", "the Hong Konger’s fight"): what was said, after the verb at ``e``, not who said it."""
        return text[tokens.idx_l[j]:tokens.end_l[j]] in ("'s", "’s") and not tokens.cap_l[j + 1] \
            and tokens.lower_l[j + 1] not in self.determiners \
            and text[tokens.idx_l[j + 1]:tokens.end_l[j + 1]].lower() not in PERSON_NOUNS \
            and not self._office_after_possessive(text, tokens, j + 1, e)

    def _pair_at(self, tokens, p: int, b: int) -> bool:
        """Whether token ``p`` opens the second half of a pair: "and his counterpart", "and her colleague" (the
        pair's noun within three words, before ``b``)."""
        low = tokens.lower_l
        return low[p] in self.possessive_pronouns and low[p - 1] == self.and_word \
            and any(low[t] in self.pair_nouns for t in range(p + 1, min(b, p + 4)))

    def _role_then_name(self, tokens, text, e: int, hi: int) -> int:
        """Where a role in lower case and then a name in capitals, two words or more, end when they start at
        ``e`` after the verb ('..., concludes lead author Jane T. Roe, professor of ...'), or 0."""
        r = e
        while r < min(hi, e + 3) and tokens.cap_l[r] and not tokens.boundary_l[r]:
            r += 1  # a place or a body before the role: "said Coquitlam resident Jane Roe"
        k = r
        while k < min(hi, r + 3) and not tokens.cap_l[k] and text[tokens.idx_l[k]].isalpha():
            k += 1
        if k == r or not any(text[tokens.idx_l[t]:tokens.end_l[t]].lower() in ROLE_BEFORE_NAME for t in range(r, k)):
            return 0
        if r > e and text[tokens.idx_l[k - 1]:tokens.end_l[k - 1]].lower() not in ROLE_BEFORE_NAME:
            return 0  # (only a person's noun after the place: "resident", not "said Beijing ... officials")
        named = k  # "said member of the Vancouver Uyghur Association Jane Roe": the body, then the name
        if r == e and k - r <= 2 and tokens.lower_l[k - 1] == self.of_word:
            named = k + 1 if k + 1 < hi and tokens.lower_l[k] == self.the_word else k
        m = named
        while m < hi and (tokens.cap_l[m] or INITIALS.fullmatch(text[tokens.idx_l[m]:tokens.end_l[m]]) or (
                m > named and m + 1 < hi and text[tokens.idx_l[m]:tokens.end_l[m]] == "-" and tokens.cap_l[m + 1]
                and tokens.idx_l[m] == tokens.end_l[m - 1])):  # (a name joined by a hyphen: "Sulayman-Qira")
            m += 1
        need = 4 if named > k or (named == k and tokens.lower_l[k - 1] == self.of_word) else 2
        return m if m - named >= need and (m >= hi or tokens.boundary_l[m] or (
            named == k and tokens.lower_l[m] in self.name_then_place)) else 0  # ("... Jane Roe of the Association at ...")

    def _name_words(self, who) -> set[str]:
        """The lower-case words of a speaker's name, (holder, label): its entry's title, or the label."""
        holder, label = who
        name = self.entries[holder].title if holder else (label or "")
        return {w.strip(".,()").lower() for w in name.split()}

    def _as_saying(self, tokens, s: int) -> int | None:
        """Where "as saying" follows the passive reporting verb at ``s`` ("quoted by CCTV as saying", "reported as
        saying by Anadolu Agency"), no boundary between, or None."""
        low = tokens.lower_l
        for k in range(s + 1, min(len(low) - 1, s + 9)):
            if tokens.boundary_l[k]:
                return None
            if low[k] == self.as_word and low[k + 1] == self.saying_word:
                return k
        return None

    def _is_verb_cue(self, tokens, text, s: int, lo: int) -> bool:
        """A reporting word used as a verb: not "the claims", "Turkic States", "so-called", "could not say"."""
        low, orth, idx, ends = tokens.lower_l, tokens.orth_l, tokens.idx_l, tokens.end_l
        n, w = len(low), low[s]
        j = s - 1  # the word before, past a bracketed aside: "the Party’s (CCP) continued abuse"
        if j > lo and text[idx[j]] in ")]":
            j = next((k for k in range(j - 1, max(lo, j - 8) - 1, -1) if text[idx[k]] in "(["), j) - 1
        if j >= lo and text[idx[j]:ends[j]] in ("'s", "’s"):
            return False  # "the government's stated position", "China's continued abuse": a noun after its owner
        if w in self.nothing_said_before_to and s + 1 < n and low[s + 1] == self.to_word:
            return False  # "..., adding to a body of evidence": adding something to something, not saying; "his
            # country wished to strengthen relations": what it wants, not good wishes said
        if w == self.note_word and not (j >= lo and text[idx[j]:ends[j]].endswith("s") and text[idx[j]].isalpha()
                                        and low[j] not in self.take_words and s + 1 < n and low[s + 1] == self.that_word):
            return False  # "Experts note that ...", a plural then "that", is said; "Take note that ...", "a
            # diplomatic note", "I'll note here": a note taken or sent, or the writer's aside
        if w in self.ruling_words and not (s + 1 < n and (low[s + 1] == self.that_word or (
                low[s + 1] in self.ruling_objects and w == self.ruled_word))):
            return False  # a judge or a court "ruled that ...", "ruled in favour of ...", "determined that ...": its
            # ruling, said; not "ruled the country", "ruled out", "determined to", "determined the date"
        if w == self.advocates_word and j >= lo and low[j] == self.rights_word:
            return False  # "suspicions among Kazakh rights advocates that ...": the noun, people who advocate
        if j == lo and ends[j] - idx[j] > 5 and text[idx[j]:ends[j]].endswith("ing") and text[idx[j]].isupper() \
                and common_word(text[idx[j]:ends[j]]):
            return False  # "Rebuffing claims that ...": a participle opening the sentence, and what it takes
        if w in self.continue_words and not (
                s > lo and (orth[s - 1] == self.comma or (orth[s - 1] in tokens.closers
                                                           and text[idx[s - 1]] not in ")]"))) and not (
                s + 1 < n and (orth[s + 1] == self.colon or text[idx[s + 1]] in QUOTES_OPEN + QUOTES_BOTH)) and not (
                s + 2 < n and orth[s + 1] == self.comma and text[idx[s + 2]] in QUOTES_OPEN + QUOTES_BOTH) and not (
                s - 2 > lo and low[s - 1] in self.subject_pronouns and orth[s - 2] == self.comma
                and s + 1 < n and orth[s + 1] == self.comma) \
                and self._named_between_commas(tokens, text, s, lo) is None:
            return False  # "China continues its policy": going on, not speaking ('..., he continued', 'continued: "',
            # 'Roe continued, "I ...', "This progress, he continued, was ...", '..., H.E. Ney Samol continued, ...')
        if w in self.added_words and s + 1 < n and text[idx[s + 1]] not in QUOTES_OPEN + QUOTES_BOTH \
                and orth[s + 1] not in (self.comma, self.colon) and low[s + 1] != self.that_word:
            # "has added three companies to the Entity List", "added to the confusion": put something in, not said
            # (but "added that ...", 'added: "...', "..., he added.")
            for k in range(s + 1, min(n, s + 14)):
                word = text[idx[k]:ends[k]]
                if tokens.boundary_l[k] or orth[k] in (self.comma, self.colon) or low[k] == self.that_word \
                        or low[k] in self.clause_verbs or (
                            k > s + 2 and len(word) > 4 and word.endswith("ed") and word.islower()
                            and idx[k] > ends[k - 1] and low[k - 1] not in self.determiners
                            and (tokens.cap_l[k - 1] or (tokens.cap_l[k - 2] and text[idx[k - 1]:ends[k - 1]].endswith("ly"))
                                 or (tokens.cap_l[k - 2] and low[k - 1] in self.auxiliaries))):
                    break  # ("added the talks would go on to ...", "added Azerbaijan also attached importance to
                    # ...": a clause, what was said)
                if low[k] == self.to_word:
                    return False
        if w == self.admitted_word and s + 2 < n and low[s + 1] == self.to_word and low[s + 2] not in self.audiences \
                and low[s + 2] not in self.pronouns:
            return False  # "Uyghurs admitted to the United States as refugees": let in, not owning up to something
        if s + 1 < n and low[s + 1] in self.plural_present and w not in self.not_speakers \
                and text[idx[s]:ends[s]].endswith("s"):
            # "voices call on ...": a plural noun, the subject of the verb after it (but "Kazakh media reports say",
            # "UN estimates suggest" name who reports: the word before, as "the UN estimates" would)
            return False
        if w == self.called_word and s + 3 < n and low[s + 1] == self.on_word and (tokens.cap_l[s + 2] or (
                low[s + 2] == self.the_word and tokens.cap_l[s + 3])):
            j = bisect_left(tokens.ends_l, s)
            stop = min(tokens.ends_l[j] if j < len(tokens.ends_l) else n, n)
            if not any((low[k] == self.to_word and k + 1 < stop and not tokens.cap_l[k + 1])
                       or low[k] == self.for_word or orth[k] == self.colon
                       or text[idx[k]] in QUOTES_OPEN + QUOTES_BOTH for k in range(s + 3, stop)):
                return False  # "Jane Roe called on Ma Xingrui, Member of the Politburo, in Urumqi": a visit,
                # nothing asked of him (not "called on China to release ...", "called on the UN for ...")
        on = s + 1 + (s + 2 < n and low[s + 1] in self.when_words and low[s + 2] in self.on_for)
        # ("Countries called Thursday on the ILO to send ...": when, then on whom)
        if w in self.called and (on >= n or low[on] not in self.on_for):
            # "He called it a “missed opportunity”": naming something in quotation marks, not "called Putin"; also
            # a thing or a person named as the object ("Garneau called China's actions ... “unacceptable”", "It
            # called Zhu the “architect” of ...", "called accusations of genocide totally groundless"), never a
            # passive ("were called criminals") nor a name given ("a device called a “tiger chair”")
            if s + 1 >= n:
                return False
            named_object = low[s + 1] not in self.called_objects and low[s + 1] not in self.determiners \
                and low[s + 1] not in self.call_particles \
                and text[idx[s + 1]] not in QUOTES_OPEN + QUOTES_BOTH and text[idx[s + 1]].isalnum() \
                and j >= lo and low[j] not in self.be_words and low[j] != self.being_word \
                and text[idx[j]].isalnum() and low[j] != self.so_word
            if low[s + 1] not in self.called_objects and not named_object:
                return False
            stop = idx[min(s + (16 if named_object else 12), n - 1)]
            sentence_end = tokens.sentence(s, s + 1)[1]
            if not QUOTE_MARKS.search(text, ends[s], min(stop, sentence_end)) \
                    and not JUDGED.search(text, ends[s], min(idx[min(s + 10, n - 1)], sentence_end)):
                return False
        if w in self.spoke and not (s + 1 < n and (
                low[s + 1] in self.about_words or (  # "spoke warmly about", "spoke up about"
                    s + 2 < n and (text[idx[s + 1]:ends[s + 1]].endswith("ly") or low[s + 1] == self.up_word)
                    and low[s + 2] in self.about_words))):
            return False  # "spoke about the deal" says something; "spoke by phone", "spoke to reporters" does not
        if w == self.talked_word and s > lo and (low[s - 1] in self.they_we or (
                text[idx[s - 1]:ends[s - 1]].lower().endswith("s")
                and not text[idx[s - 1]:ends[s - 1]].lower().endswith(("ss", "'s", "’s"))
                and s - 2 >= lo and (low[s - 2] in self.determiners or low[s - 2] in self.two_words))):
            return False  # "The two presidents talked about ways to expand ...": what those who met discussed
        if w in self.spoke and s + 2 < n and low[s + 1] == self.on_word \
                and (low[s + 2] in self.phones or (low[s + 2] == self.the_word and s + 3 < n
                                                   and low[s + 3] in self.phones)):
            return False  # "spoke on the phone with ...": a call, not what was said
        if s + 1 < n and s > lo and low[s - 1] == self.and_word \
                and low[s + 1] in self.perfect_words:
            return False  # "Rights groups and advocates have described": a noun before the verb, not the verb
        k = s - 1  # "has not yet commented", "never said": no statement
        while k >= lo and k >= s - 4 and (low[k] in self.auxiliaries or low[k] in self.negation
                                          or low[k] in self.yet_words):
            if low[k] in self.negation:
                return False
            k -= 1
        if s - 2 >= lo and low[s - 1] == self.to_word and low[s - 2] in self.declining:
            return False  # "declined to comment", "refused to say"
        if s - 1 == lo and low[s - 1] == self.having_word and s + 1 < n and low[s + 1] == self.that_word:
            return False  # "Having said that, ...": a turn of phrase opening the sentence, no statement
        if w in self.plural_reports and lo < s and s + 1 < n and low[s + 1] in self.verb_words \
                and not tokens.cap_l[s + 1] and (low[s - 1] == self.and_word or orth[s - 1] == self.comma):
            return False  # "numerous studies and reports say ...": the noun, joined to another, its verb after it
            # (but "Kazakh media reports say": the media report, as below)
        if w in self.plural_reports and s + 2 < n \
                and low[s + 1] in self.report_topics and low[s + 2] not in self.time_words \
                and text[idx[s + 2]:ends[s + 2]].lower() not in MONTHS_DAYS:
            # (not "Reuters reports on Monday that ...")
            return False  # "International reports on the conversation stated ...": the noun, the verb comes later
        if w in self.plead_words and s + 1 < n and text[idx[s + 1]:ends[s + 1]].lower() in ("guilty", "not", "innocent"):
            return False  # "pleaded guilty": a plea in court, not words reported ('..., she pleads.' is hers)
        if w == self.agreed_word and ((s > lo and low[s - 1] in self.pronouns) or not (
                s + 1 >= n or text[idx[s + 1]] in ".:;"
                or (orth[s + 1] == self.comma and s + 2 < n and low[s + 2] in self.participles))):
            return False  # "agreed to deepen ties", "agreed on a plan", "the two sides agreed that ...": what was
            # decided, not a statement (but '..., Jane Roe, a researcher, agreed.': she said as much; "said she
            # agreed" is what she said)
        if w == self.noted_word and s + 2 < n and low[s + 1] in self.as_for and s > lo \
                and not tokens.boundary_l[s - 1] and not text[idx[s - 1]].isupper() and low[s - 1] not in self.pronouns \
                and text[idx[s + 2]:ends[s + 2]].lower() not in ("follows", "well", "much"):
            # (but "the minister noted as follows:", "noted as well that")
            return False  # "a renowned scholar noted as the “father of ...”", "noted for": known as, not saying
        if w in self.plural_reports and s - 1 >= lo and (s - 1 == lo or tokens.boundary_l[s - 2]) \
                and tokens.lower_l[s - 1] in self.report_adjectives:
            return False  # "Recent reports from the committee estimate ...": the noun after its adjective
        if w in self.plural_reports and s - 2 >= lo and s + 2 < n and orth[s - 2] == self.comma \
                and orth[s + 1] == self.comma and not tokens.cap_l[s - 1] and low[s - 1] not in self.pronouns:
            return False  # "sources like state media articles, company reports, and government statements": an
            # item of a list, set off by commas on both sides (but "China, the report says, ..." speaks)
        if w in self.estimate_words and s - 1 >= lo and (
                low[s - 1] in self.report_adjectives or low[s - 1] in self.one_words):
            return False  # "Latest estimates say ...", "According to one estimate": the noun, not the verb ("the
            # UN estimates that ..." is)
        if w in self.characterizing:  # "He characterized them as ...": what he called them, in words
            return not (s > lo and low[s - 1] in self.be_words) and any(
                low[k] == self.as_word for k in range(s + 2, min(n - 1, s + 14)))
        if w in self.quoting_words:  # "..., with the newspaper quoting Jane Doe as telling ...": hers
            return any(low[k] == self.as_word and low[k + 1] in self.participles
                       for k in range(s + 2, min(n - 1, s + 10)))
        if w in self.participles:
            be = self._before_adverbs_at(tokens, s - 1, lo)  # (past an adverb: "Cong is also denouncing ...")
            if be >= lo and low[be] in self.be_words:
                return True  # "60 organizations are calling for ...": a verb in the progressive
            if s - 1 > lo and orth[s - 1] == self.comma and any(low[k] in self.gathering for k in range(lo, s - 1)):
                return False  # "Dozens of Uighurs assembled near the embassy, demanding information": a protest
                # told as an event, what it asks for the writer's account of it
            if self._with_named(tokens, s, lo) is not None:
                return True  # "..., with Zuberi arguing that ..."
            if s > lo and low[s - 1] == self.by_word and s + 1 < n and (
                    low[s + 1] == self.that_word or text[idx[s + 1]] in QUOTES_OPEN + QUOTES_BOTH
                    or any(low[k] in self.opening_verbs for k in range(max(lo, s - 5), s - 1))):
                return True  # "Jane Doe set the tone by declaring that ...": what the sentence's subject said
                # ("began his speech by expressing condolences": how the speaker opened, what they said)
            # (also without the comma when a that-clause follows: "took the floor on Friday asking that ...")
            # (not after a noun: "reports saying that", "a motion saying that" are what the documents say)
            # (a comma inside the closing quotation mark too: 'called it “a friend,” adding that ...')
            return s > lo and (orth[s - 1] == self.comma or (
                s - 2 > lo and text[idx[s - 1]] in QUOTES_CLOSE + QUOTES_BOTH and orth[s - 2] == self.comma)
                or (s + 1 < n and low[s + 1] == self.that_word
                                                            and (tokens.cap_l[s - 1] or low[s - 1] in self.time_words))) \
                and not text[idx[s]].isupper()
        if s > lo and low[s - 1] in self.prepositions:
            return False  # "involved in alleged abuses": after a preposition, an adjective or a noun
        if s > lo and s + 1 < n and text[ends[s] - 2:ends[s]] == "ed" and (
                (low[s + 1] == self.as_word and orth[s - 1] == self.comma)
                or (low[s + 1] == self.by_word and (text[idx[s - 1]].islower() or low[s - 1] in self.thing_heads)
                    and low[s - 1] not in self.be_words and low[s - 1] not in self.auxiliaries
                    and not (s + 2 < n and low[s + 2] in self.means))):
            # "Xinjiang, the home to the Uygurs, described as a marginalised group", "a group declared by the UN
            # as ...", "the Global Governance Initiative proposed by China": a participle after a noun, what
            # others call it or put forward, not a statement (but "officials said by phone": they said it)
            return False
        if w in self.hailing_words and s + 1 < n and low[s + 1] == self.from_word:
            return False  # "Yilamujiang hails from Xinjiang": where she comes from, no praise
        if w == self.charged_word and s > lo and s + 1 < n and not tokens.cap_l[s + 1] \
                and low[s + 1] not in self.determiners and low[s + 1] != self.that_word and low[s + 1] != self.with_word \
                and (text[idx[s - 1]:ends[s - 1]].endswith("ly") or low[s - 1] in self.degree_words):
            return False  # "even more politically charged than its first": an adjective, no accusation
        if w == self.called_word and s > lo and low[s - 1] == self.otherwise_word:
            return False  # 'Otherwise called the “Uyghur Tribunal,” it is headed by ...': a name, no call
        if w == self.pointing_word and not (s + 1 < n and low[s + 1] == self.out_word):
            return False  # "pointing to the map": no words
        if w == self.asked_word and s + 4 < n and (
                (low[s + 1] == self.that_word and any(low[k] in self.name_words for k in range(s + 2, min(n, s + 6)))
                 and any(low[k] == self.not_word for k in range(s + 3, min(n, s + 8))))
                or (low[s + 1] == self.not_word and low[s + 2] == self.to_word and low[s + 3] == self.be_word)):
            return False  # "who asked that his last name not be used", "asked not to be named": a request to the
            # reporter, nothing said on the record
        if w in self.encouraging and not any(low[k] == self.to_word and k + 1 < n and not tokens.cap_l[k + 1]
                                             and low[k + 1] not in self.determiners for k in range(s + 2, min(n, s + 7))):
            return False  # "encouraged them to take further steps" urges; "encouraged a cult of personality" acts
        if w in self.object_verbs:
            objects, reach = self.object_verbs[w]
            if not any(low[k] in objects for k in range(s + 1, min(n, s + 1 + reach))):
                return False  # "welcomed the guests", "answered the call": no statement
        if w in self.issue_verbs:
            noun = next((k for k in range(s + 1, min(n, s + 7)) if low[k] in self.speech_nouns), None)
            if noun is None:
                return False  # "issued visas", "made progress": nothing said
            if noun + 1 < n and text[idx[noun + 1]:ends[noun + 1]].isalpha() and text[idx[noun + 1]].islower() \
                    and text[idx[noun + 1]:ends[noun + 1]].endswith("s") and low[noun + 1] not in self.speech_nouns \
                    and low[noun + 1] not in self.participles:
                return False  # "issued five withhold release orders": the speech noun only says what kind
            if noun > s + 1 and text[idx[noun - 1]:ends[noun - 1]].lower() in ("phone", "telephone", "video",
                                                                                 "conference", "courtesy"):
                return False  # "made a phone call to Baku", "paid a courtesy call": a call placed, not a call for
            if low[noun] in self.report_nouns and not (
                    noun + 1 < n and (low[noun + 1] in self.participles or low[noun + 1] in self.report_findings)):
                return False  # "released the report" is an event; "published a report saying ...", "a report
                # laying out new evidence" a statement ("released a report that found ...": the finding is told
                # in a relative clause, the sentence the writer's)
            if s + 1 < n and low[s + 1] in self.by_from:
                return False  # "a statement issued by the ministry": the phrase after names the issuer
            if noun == s + 2 and low[s + 1] in (self.the_word, self.these_word) and low[noun] in self.container_nouns \
                    and not (
                    noun + 1 < n and (low[noun + 1] in self.participles or low[noun + 1] == self.that_word
                                      or orth[noun + 1] == self.colon)):
                return False  # "He issued the statement following a protest": the statement told before, when it
                # was made, nothing said again ("issued a statement saying ...", "made the remarks that ..." say; "made the
                # request when she met ..." restates her request)
            if low[noun] in self.container_nouns and noun <= s + 3 and noun + 1 < n \
                    and low[noun + 1] in self.occasion_words and not self._words_told_after(tokens, text, noun + 2):
                return False  # "made press statements following their discussions", "issued a statement after the
                # meeting": when the words were given, none of them told
        subject = tokens.phrase_before(s, lo)[0]  # where the words before the verb start
        if subject + 2 < s and low[subject] in self.place_preps and low[subject + 1] in self.determiners \
                and all(tokens.cap_l[k] for k in range(subject + 2, s)):
            return False  # '... titled "#AMinuteWithAmbassador" on the Chinese Embassy verified Facebook page': a
            # name after "on", "in", "at" is what the preposition is about, no subject of the verb
        neither = next((t for t in range(subject, s) if low[t] == self.neither_word), None) \
            if self.neither_word in low[subject:s] else None
        if subject < s and (low[subject] in self.no_one or (
                neither is not None and any(low[t] == self.nor_word for t in range(neither + 1, s)))):
            return False  # "Neither Pope Francis nor the Holy See has commented", "Nobody said": no one spoke
        if w == self.quoted_word and s + 2 < n and low[s + 1] == self.as_word \
                and low[s + 2] == self.saying_word:
            return True  # "Pope Francis is quoted as saying ...": his words, whoever quotes them
        if s > lo and low[s - 1] in self.be_words and w in self.quoted_as and self._as_saying(tokens, s) is not None:
            return True  # "Xi Jinping was quoted by CCTV as saying", "Hua was reported as saying by Anadolu Agency"
        if w == self.thinks and not (s + 1 < n and (low[s + 1] == self.that_word or (
                low[s + 1] in self.clause_openers and s + 2 < n and not tokens.boundary_l[s + 1]))):
            return False  # "Jane Doe thinks that ...", "Lukashenko thinks this is a good result": a view
            # reported; "she thinks about it", "thinks highly of" is not
        if w in self.reminds and not any(low[k] in self.that_colon
                                                          for k in range(s + 1, min(n, s + 4))):
            return False  # "He reminded that ...", "reminded them that": said; "reminded him of" is not
        if w in self.admitting and s + 1 < n and tokens.cap_l[s + 1] and low[s + 1] not in self.pronouns:
            return False  # "has also admitted Hungary ... as observers": taken in as a member, nothing said
        if w in self.read_words:
            after = s + 2 < n and low[s + 1] in self.determiners and (
                low[s + 2] in self.document_words or (s + 3 < n and low[s + 3] in self.document_words))
            before = s > lo and low[s - 1] in self.document_words and (
                s + 1 >= n or not text[idx[s + 1]].isalnum() or low[s + 1] in self.read_on)
            return after or before  # a document's words: '"...," read the statement', "the letter reads:"
            # (never "she read the report", "read more")
        if w in self.acts:
            k = s + 1
            while k < n and k < s + 4 and low[k] in self.act_fillers:
                k += 1
            if k < n and low[k] in self.acts[w]:
                return False  # "declared its independence", "asserts its influence": an act, nothing said
        if s >= lo + 3 and (orth[s - 1] == self.comma or low[s - 1] == self.and_word):
            k = s - 1
            while k > lo and (orth[k] == self.comma or low[k] == self.and_word
                              or not tokens.cap_l[k]) and s - k < 8:
                if low[k - 1] == self.to_word and not tokens.cap_l[k] and k + 1 < s \
                        and orth[k + 1] == self.comma and w not in self.plain_saying:
                    return False  # "to recognize, condemn and take measures": verbs of an infinitive's list
                    # (not "... given leave to stay, said his lawyer": "said" is no infinitive)
                k -= 1
        if s >= lo + 2 and low[s - 2] == self.to_word and not tokens.cap_l[s - 1] \
                and text[ends[s] - 1] == "s" and low[s - 1] not in self.auxiliaries:
            return False  # "to seal pledges of ...": after an infinitive, a noun ("to firmly urges" is no English)
        closing = s + 1 < n and orth[s + 1] in self.sentence_stops and subject > lo and orth[subject - 1] == self.comma \
            and all(tokens.cap_l[k] for k in range(subject, s))  # "..., Nanaia Mahuta concluded.": the speaker
        # '“...,” concludes lead author Jane Roe': right after a quotation's close, whose words it concludes
        after_quote = s > lo and orth[s - 1] in tokens.closers and text[idx[s - 1]] in QUOTES_CLOSE + QUOTES_BOTH
        if w in self.finding_verbs and not (s + 1 < n and low[s + 1] == self.that_word) and not closing \
                and not after_quote:
            if not tokens.words(subject, s) & self.finders or (s > lo and low[s - 1] in self.personal):
                # "Jane Doe found her keys", "the talks concluded on Friday", "the report ... on the day she
                # concluded her mandate" (a pronoun is the subject, not the report before it)
                return False
        k = s - 1
        while k >= lo and (low[k] in self.auxiliaries or (
                not tokens.cap_l[k] and text[idx[k]:ends[k]].endswith("ly"))):
            k -= 1  # "has repeatedly said", "to have regularly expressed"
        went_on = k - 2 >= lo and low[k] == self.to_word and low[k - 1] == self.on_word \
            and low[k - 2] in self.going_words  # "went on to say": said next
        if went_on:
            return True
        if k - 1 >= lo and low[k] == self.to_word and low[k - 1] in self.continuing:
            return True  # "China continues to deny the allegations": says it again
        if k >= lo and low[k] in self.modals:
            return False  # "they couldn't say much", "declined to say", "the only nation to have expressed"
        if s + 2 < n and low[s + 1] == self.to_word and w in self.said_to and k >= lo \
                and low[k] not in self.subject_pronouns and not tokens.cap_l[s + 2] \
                and low[s + 2] not in self.determiners and low[s + 2] not in self.audiences:
            return False  # "cotton produced by the XPCC alleged to use forced labour", "a woman reported to be
            # serving": a passive, no one says it (not "the press service reported to the agency that ...")
        if k >= lo and low[k] in self.be_words and s + 1 < n and low[s + 1] == self.to_word \
                and not (s + 2 < n and low[s + 2] in self.audiences):
            return False  # "Armenian forces were also said to have advanced": a passive, no one says it (but
            # "This was stated to journalists by X")
        if s > lo and not tokens.cap_l[s - 1] and low[s - 1] not in self.auxiliaries:
            before = text[idx[s - 1]:ends[s - 1]]
            if (before.isalpha() and before.endswith("ed")) or low[s - 1] in self.issue_verbs:
                return False  # "has not issued detailed figures", "have made estimates": after a verb, an
                # adjective or a noun
        if w == self.states_word and not (
                s + 1 < n and low[s + 1] in self.that_colon and k >= lo
                and (tokens.cap_l[k] or low[k] in self.pronouns or low[k] in self.document_words)) \
                and not (k >= lo and low[k] in self.document_words and k - 1 >= lo
                         and low[k - 1] in self.determiners):
            return False  # "states" is a verb only as "The UN states that", never "member states that"
        if self._be_before(tokens, text, s, lo) and self._passive_agent(tokens, s + 1, n) is not None:
            # "This was stated here by Jane Doe", "are also accused by": a passive with its speaker (but "were
            # questioned by the police": held and interrogated, no statement)
            return w not in self.active_only
        dash_closing = s - 1 > lo and idx[s] > ends[s - 1] and text[idx[s - 1]:ends[s - 1]] == "-" \
            and orth[s - 2] == self.comma  # ('..., - said Jane Roe.': a spaced dash closing the words said)
        # ("Sok An said", "Nguyen Van An said": a name's last word, in capitals after a capitalised word, is no "an")
        name_end = s - 2 >= lo and tokens.cap_l[s - 1] and tokens.cap_l[s - 2] and not tokens.boundary_l[s - 2] \
            and text[idx[s - 1]].isupper() and text[idx[s - 2]].isupper()
        if s > lo and ((low[s - 1] in self.noun_before and not dash_closing and not name_end)
                       or (k >= lo and low[k] in self.be_words) or low[s - 1] in self.stand_words):
            return False  # (past adverbs too: "have been extensively documented", "were also reported": a passive;
            # "Beijing stands accused of detaining ...")
        if s == lo or text[idx[s]].isupper():
            return False  # capitalised, or opening the sentence: a name or a noun ("Claims made by ...")
        return True

    def _resolve(self, doc, text, tokens, cue, lo, hi, refs, state, parsed):
        """(holder, label, cue start, cue end, trailing, source) for one cue, or None."""
        match_id, s, e = cue
        kind = "VERB" if match_id == self.ids["VERB"] else "SOURCE" if match_id == self.ids["SOURCE"] else "PHRASE"
        # only a verb of saying right after a comma or a quotation's close may have its speaker after it ("X, a
        # member of Y, criticized Fidan": only verbs of saying come before their speaker)
        inverted = kind == "VERB" and s > lo and (tokens.orth_l[s - 1] == self.comma
                                                  or (tokens.orth_l[s - 1] in tokens.closers
                                                      and text[tokens.idx_l[s - 1]] not in ")]")
                                                  # ('..., - said Shavkat Mirziyoyev.': a dash closing the words)
                                                  or (s - 1 > lo and text[tokens.idx_l[s - 1]:tokens.end_l[s - 1]]
                                                      in ("-", "–", "—") and tokens.orth_l[s - 2] == self.comma)) \
            and tokens.lower_l[s] in self.invertible
        # (a closing bracket ends a name's aside, not a quotation: "the Malaysian premier (Anwar) said he ...")
        if inverted and tokens.orth_l[s - 1] == self.comma and (self._name_opening_apposition(tokens, lo, s) is not None
                                                                or self._office_then_named(tokens, lo, s)
                                                                or self._opening_then_name(tokens, lo, s)):
            inverted = False  # "Jane Roe, an editor with the Daily Sun, said China-Europe trains ...": she said it;
            # "Its spokesperson, Tang Tang, said the Chinese government ...": he said it
        if kind == "VERB":
            if not self._is_verb_cue(tokens, text, s, lo):
                return None
            # 'The government on Saturday "strongly condemned" ...': the subject stands before the mark
            m = self._quote_opening_at_verb(tokens, text, s, lo)
            m = s if m is None else m
            phrases = self._verb_phrases(doc, tokens, text, m, m + 1 if m < s else e, lo, hi, parsed, inverted)
        else:
            if s == lo and tokens.lower_l[s] in self.citing:
                return None  # "Citing possible crimes ..., Bachelet urged": what the speaker cites, not a source
            if kind == "SOURCE" and s > lo and tokens.lower_l[s] in self.quoted_as \
                    and tokens.lower_l[s - 1] in self.be_words and self._as_saying(tokens, s) is not None:
                return None  # "X, an ambassador, was quoted by local media as saying ...": X's (the verb's cue)
            a0, b0 = tokens.phrase_after(e, hi, width=12)
            while b0 - a0 >= 12 and b0 - a0 < 20 and b0 < hi and tokens.cap_l[b0 - 1] and tokens.cap_l[b0] \
                    and not tokens.boundary_l[b0]:
                b0 += 1  # "according to a long-awaited report by the UN High Commissioner for Human Rights": whole
            b0 = next((k for k in range(a0 + 1, b0) if tokens.lower_l[k] in self.clause_words and not (
                tokens.lower_l[k] == self.and_word and tokens.cap_l[k - 1] and k + 1 < b0 and tokens.cap_l[k + 1])), b0)
            # (not at the "and" inside a name or a title: "according to Foreign Affairs and Caricom Minister X")
            if b0 > a0 and text[tokens.idx_l[a0]:tokens.end_l[a0]].lower() in ("titled", "entitled"):
                return None  # "In its report titled 'Protected No More', the HRW revealed ...": a title, no one
            if b0 - a0 > 2 and tokens.lower_l[a0 + 1] == self.by_word \
                    and text[tokens.idx_l[a0]:tokens.end_l[a0]].lower() in ("released", "issued", "published"):
                # "In a statement released by TWMCC on Monday, ...": the body that released it
                a0 += 2
                b0 = next((k for k in range(a0 + 1, b0) if tokens.lower_l[k] in self.passive_stops), b0)
            if tokens.lower_l[e - 1] == self.by_word:  # "was told by the police to leave": the police
                b0 = next((k for k in range(a0 + 1, b0) if tokens.lower_l[k] in self.passive_stops), b0)
            if tokens.lower_l[s] in self.citing and b0 > a0:
                head = next((k for k in range(a0 + 1, b0) if tokens.lower_l[k] in self.prepositions), b0)
                known = self.speaker_words | self.document_words | self.people_words | self.site_words
                if not any(tokens.cap_l[k] or tokens.lower_l[k] in known for k in range(a0, head)):
                    return None  # "..., citing possible crimes against humanity", "citing a motion as tabled
                    # through an ambush": a reason given, not whom the text cites ("citing diplomats", "citing Xinhua")
            while b0 > a0 + 1 and tokens.lower_l[b0 - 1] in self.trailing_joiners:
                b0 -= 1  # (a long name cut by the phrase's width: "According to Jane Doe from the Center ... in the")
            if e - s == 3 and tokens.lower_l[s + 1] in self.pronouns:
                a0, b0 = s + 1, s + 2  # "In his words, China is ...": whom "his" stands for, as "according to him"
            phrases = [("source", (a0, b0))]  # "was told in the ministry that ...": up to the clause
            site = self._website_owner(tokens, text, refs, a0, b0, state, hi)
            if site is not None:  # "according to a statement on its website": the site's owner
                holder = site[0]
                if holder:
                    return self._cue(tokens, text, s, e, a0, b0, holder, None, "source", kind, lo, hi)
                phrases = [("source", site[2])]
            elif e - s == 3 and tokens.lower_l[s] == self.in_word and tokens.lower_l[s + 2] in self.issued_words \
                    and b0 > a0 and not tokens.cap_l[a0] and tokens.lower_l[a0] not in self.issuer_openers:
                return None  # "In a statement upon arrival at the airport, Xi hailed ...": when, not whose
            # "reports by", "the analysis of the data by": a document's author
            by = next((k for k in range(a0 + 1, b0 - 1) if tokens.lower_l[k] == self.by_word and any(
                self._document_word(text[tokens.idx_l[j]:tokens.end_l[j]]) for j in range(a0, k))
                and tokens.lower_l[k - 1] not in self.obtained_words), None)
            # (not "internal documents obtained by the ICIJ": who has them, not who wrote them)
            if by is not None:
                # "according to reports by a noted researcher, Adrian Zenz": the author, by name if it follows
                c, d = tokens.phrase_after(b0 + 1, hi, width=5) if b0 < hi and tokens.orth_l[b0] == self.comma \
                    else (b0, b0)
                named = d - c >= 2 and all(tokens.cap_l[t] for t in range(c, d)) and (d >= hi or tokens.boundary_l[d])
                phrases = [("source", (c, d) if named else (by + 1, b0))]
        fallback = None
        if inverted and tokens.orth_l[s - 1] not in tokens.closers:
            # after a plain comma: '..., said X.', '..., said X, head of Y.', '..., said Xiao Yewen during a
            # meeting', not '..., said the talks failed'
            _, b0 = tokens.phrase_after(e, hi, width=10)
            named = e < hi and tokens.lower_l[e] not in self.when_words and (
                tokens.cap_l[e] or tokens.lower_l[e] in self.determiners
                or INITIALS.fullmatch(text[tokens.idx_l[e]:tokens.end_l[e]])  # "said H.E. X"
                or self._role_then_name(tokens, text, e, hi)
                or self._adjective_before_name(tokens, text, e, hi)
                or self._described_then_named(tokens, text, e, hi) is not None  # ("said state-run Xinhua.")
                # ('..., said his lawyer, Kimberley Motley.': a tie, then the name)
                or (tokens.lower_l[e] in self.possessive_pronouns and any(
                    tokens.cap_l[t] and tokens.cap_l[t + 1] for t in range(e + 2, min(hi - 1, e + 5))))
                # "..., say government sources.": who, closing the sentence
                or (b0 - e <= 3 and (b0 >= hi or tokens.orth_l[b0] in self.sentence_stops)
                    and tokens.lower_l[b0 - 1] in self.speaker_words))
            # ("X, Head of the Department, said Friday at the Forum": when, then where; X before the verb said it)
            if not named or (b0 < hi and tokens.orth_l[b0] == self.comma and b0 + 1 < hi
                             and text[tokens.idx_l[b0 + 1]:tokens.end_l[b0 + 1]].endswith("ing")
                             and tokens.lower_l[s] not in self.plain_saying and not (
                                 tokens.lower_l[s] in self.reported_words and tokens.lower_l[b0 + 1] in self.citing)):
                # ('..., criticized Fidan, stating': whom it criticised; but '..., said Mezouar, adding that ...':
                # "said" takes no one as its object, nor does "reported" before its source: "..., reported
                # Sputnik, quoting ...")
                inverted = False
            elif tokens.lower_l[s] in self.addressing and (any(
                    tokens.lower_l[t] == self.to_word for t in range(e + 1, min(hi, e + 10))
                    if not any(tokens.boundary_l[u] for u in range(e, t))) or any(
                    # ("..., urged the Government last week, in the House of Lords, to take ...": asides between)
                    tokens.lower_l[t] == self.to_word and tokens.orth_l[t - 1] == self.comma and t + 1 < hi
                    and text[tokens.idx_l[t + 1]:tokens.end_l[t + 1]].isalpha()
                    and text[tokens.idx_l[t + 1]].islower() for t in range(e + 2, min(hi - 1, e + 16))
                    if not any(tokens.boundary_l[u] and tokens.orth_l[u] != self.comma for u in range(e, t)))):
                inverted = False  # "..., warned Chinese residents and travelers to Turkey to be wary": whom
            else:
                k = e
                while k < hi and tokens.cap_l[k]:
                    k += 1
                if k == e and e < hi and tokens.lower_l[e] in self.determiners:
                    j = e + 1
                    while j < hi and tokens.cap_l[j]:
                        j += 1
                    if e + 1 < j < hi - 1 and self._possessed_thing(tokens, text, j, e):
                        inverted = False  # '..., said the Hong Konger’s fight was ...': what was said
                    # '..., said the council should be ...': a clause, not who said it
                    v = next((t for t in range(e + 1, min(hi, e + 5)) if tokens.lower_l[t] in self.clause_verbs
                              or tokens.boundary_l[t]), None)
                    if v is not None and not tokens.boundary_l[v]:
                        inverted = False
                if e < k < hi and tokens.orth_l[k] == self.comma:
                    c2 = next((t for t in range(k + 1, min(hi - 1, k + 14)) if tokens.orth_l[t] == self.comma), None)
                    if c2 is not None and tokens.lower_l[c2 + 1] in self.clause_verbs:
                        inverted = False  # '..., said Bangkok, in line with international law, had checked ...':
                        # the reported clause's subject and an aside, then its verb
                if e < k < hi and tokens.lower_l[k] in self.clause_verbs:
                    inverted = False  # '..., Tang Tang, said Beijing would never accept ...': what was said
                elif e < k < hi - 1 and self._possessed_thing(tokens, text, k, e):
                    # (but '..., said China's police chief': an office after the possessive)
                    inverted = False  # '..., said Xinjiang's cultural vitality was ...': what was said, not
                    # '..., said Xinjiang's governor, Jane Doe' 
        if kind == "VERB" and tokens.lower_l[s] in self.decisions and e < hi:
            # "rejected a proposal", "rejected a Western-led motion": a decision, not a statement
            if any(tokens.lower_l[k] in self.procedural for k in range(e, min(hi, e + 6))
                   if not any(tokens.boundary_l[t] for t in range(e, k))):
                return None
        if inverted:  # '..., said Hikmet Hajiyev': the name after the verb, whatever the sentence opened with
            phrases = [ph for ph in phrases if ph[0] == "after"] + [ph for ph in phrases if ph[0] != "after"]
        for role, (a, b) in phrases:
            if role == "after" and not inverted:
                continue  # "said on Tuesday that ...": only an inverted quote names its speaker after the verb
            if role == "subject" and kind == "VERB" and tokens.lower_l[s] in self.stance_be \
                    and any(tokens.lower_l[t] in self.first_possessives for t in range(a, max(b, s))):
                return None  # "Ireland, along with our EU partners, remains deeply concerned ...": the stance of
                # whoever speaks as "we" (a minister's answer), not of the state it names
            if role == "subject" and self._a_people(tokens, text, a, b):
                return None  # "Uyghurs, who form a Turkic-speaking minority ..., say": a people never speaks, nor
                # does its description
            while b - a > 1 and text[tokens.idx_l[a]:tokens.end_l[a]] in ("HE", "HH", "HRH"):
                a += 1  # "HE the Qatari Ambassador said": His Excellency, not "he"
            a, b = self._whose_words(tokens, text, a, b)
            holder = self.holder_in(tokens, (a, b), refs, closing=role == "after")
            words = tokens.words(a, b)
            if holder is None and b - a > 4 and words & self.document_words:
                # "the joint statement to the UN Human Rights Council said": whom or where it was addressed,
                # not who issued it; the document is the words before
                k = next((t for t in range(a + 1, min(a + 4, b - 1)) if tokens.lower_l[t] in self.document_words
                          and tokens.lower_l[t + 1] in self.addressed), None)
                if k is not None:
                    b, words = k + 1, tokens.words(a, k + 1)
            if holder and words & self.document_words:
                state["release"] = (holder, None)  # "the ETGE release": later "the release" is the ETGE's
            # a document speaks ("the report says"), unless a body's noun stands before it ("a ministry statement")
            document = holder is None and words & self.document_words and (b - a <= 4 or (
                b - a <= 6 and tokens.lower_l[b - 1] in self.document_words)) \
                and not self._body_before_document(tokens, a, b)
            if document and b - a == 2 and tokens.lower_l[a] in self.a_an and tokens.lower_l[b - 1] in self.issued_words \
                    and state.get("thing") is not None and state["thing"][0] is None and state["thing"][1] \
                    and not self._is_person(None, state["thing"][1]) and not self._outlet_named(state["thing"], text) \
                    and not self._plural_bodies(state["thing"]):
                # 'The European Union condemned today ...' / '"The EU condemns ...," a statement said.': the
                # statement of the body that just spoke, not one of many
                fallback = (None, state["thing"][1], a, b, role)
                break
            if document and tokens.lower_l[a] in self.another_one and tokens.lower_l[b - 1] in self.document_words \
                    and tokens.lower_l[b - 1] not in self.motions:  # ("citing a recent motion as tabled ...": a reason)
                # "One report said", "Some reports say": not the report of whoever spoke before; as written
                fallback = (None, " ".join(text[tokens.idx_l[a]:tokens.end_l[b - 1]].split()), a, b, role)
                break
            adopted = ADOPTED_BY.match(text, tokens.end_l[b - 1]) if document else None
            if adopted is not None and adopted.group(1).split()[-1][:1].isalpha():
                # "The report, adopted by the committee at its 96th session, said ...": its author, named there
                agent = self._known(adopted.group(1), state, text, tokens.idx_l[a])
                # (the phrase reaches the comma closing the apposition: no description of it is added)
                b = next((t for t in range(bisect_left(tokens.idx_l, adopted.end()), min(s, hi))
                          if tokens.orth_l[t] == self.comma), b)
                fallback = (agent[1:], self.entries[agent[1:]].title, a, b, role) if agent.startswith("\x00") \
                    else (None, agent, a, b, role)
                state["release"] = fallback[:2]  # (later "the report also said" is the committee's too)
                break
            if document:
                issuer = state["release"]
                spoke = self._document_that_spoke(state, text[tokens.idx_l[b - 1]:tokens.end_l[b - 1]])
                if issuer is None and spoke is not None and tokens.lower_l[a] in self.determiners and b - a <= 3:
                    # "The resolution ... condemns" ... "The document urges", "according to the resolution": the
                    # document that spoke as itself, not whoever spoke last
                    fallback = (None, spoke[1], a, b, role)
                    break
                d = self._before_adverbs(tokens, text, a, b)  # ("the resolution strongly urged")
                if issuer is None and state["org"] is None and state["thing"] is not None \
                        and not self._plural_bodies(state["thing"]) and self.joint not in words \
                        and not self._introduced_by_act(text, tokens.idx_l[a],
                                                        text[tokens.idx_l[d - 1]:tokens.end_l[d - 1]].lower()) \
                        and (state["thing"][1] or "-").split()[-1].lower() not in DOCUMENT_WORDS:
                    # (not a document that spoke as itself: "The joint statement urged ..." issues no report)
                    issuer = state["thing"]  # "The 40-page study found", after Human Rights Watch spoke (not
                    # after "Parliaments of several Western countries" accused: many bodies issue no one report)
                if issuer is not None and issuer[0] is None:
                    fallback = (None, issuer[1], a, b, role)  # the statement of a speaker without an entry
                    break
                holder = issuer[0] if issuer is not None else state["org"]
                if holder is None and tokens.lower_l[a] in self.determiners and role == "subject" \
                        and self._speaking_document(tokens, a, d - 1) \
                        and not (d - 1 == a + 1 and tokens.lower_l[d - 1] in self.issued_documents
                                 and self._issuer_named_before(
                            text, tokens.idx_l[a], text[tokens.idx_l[d - 1]:tokens.end_l[d - 1]].lower())
                                 and not self._signed_by_many(
                            text, tokens.idx_l[a], text[tokens.idx_l[d - 1]:tokens.end_l[d - 1]].lower())):
                    # "The resolution expressed ...", no one named as its issuer: the document, as written
                    fallback = (None, " ".join(text[tokens.idx_l[a]:tokens.end_l[d - 1]].split()), a, d, role)
                    state["doc_self"] = fallback[:2]
                    break
            if holder is None and words & self.personal and b - a <= 2 and not state["last"]:
                near = self._person_before(tokens, text, refs, a, state)
                if near is not None:
                    state["last"] = near
            if holder is None and words & self.pronouns and b - a <= 2 and not (
                    b - a == 2 and tokens.lower_l[a] in self.possessive_pronouns
                    and tokens.lower_l[a + 1] not in self.honorific_styles and tokens.lower_l[a + 1] != self.office_word) \
                    and not self._surname_he(tokens, text, a, b):  # ("He Ping thanked": a name, its surname "He")
                # ("His brother said": his brother, never he; "His Highness" is he; "her office" is read below)
                if words & self.it_words:  # "it" never stands for a person: the body the text was just about
                    antecedent = self._subject_body_before(tokens, text, refs, a, state)
                    if antecedent == ():
                        continue  # a document nobody is named as issuing: no one to name
                    # (or the document that last spoke as itself: "..., a white paper said." [paragraph] "...,
                    # it said.")
                    antecedent = antecedent or state["thing"] or state.get("doc_self")
                    state["it"] = antecedent
                elif words & self.personal:  # "he", "she": a person, never a body: whom the sentences before
                    # are about, else the person named nearest before in the paragraph, else the last who spoke
                    pronoun = text[tokens.idx_l[a]:tokens.end_l[b - 1]].lower()
                    # ("His Highness expressed ...", "Her Excellency noted": the person, as "he" or "she")
                    pronoun = {"his": "he", "her": "she"}.get(pronoun.split()[0], pronoun) if " " in pronoun \
                        else pronoun
                    opening = self._opening_clause_before(tokens, text, a)
                    antecedent = next((c for c in self._person_candidates(tokens, text, refs, a, state, pronoun)
                                       if c and self._agrees(pronoun, c) and not self._outlet_named(c, text)
                                       and not (c[0] is None and name_key(c[1] or "") in self.media)
                                       and not self._a_state(c)
                                       and not (opening and self._named_between(refs, text, opening, c))),
                                      None)  # ("Xinhua": a news agency, never "he")
                    if antecedent is not None and b - a == 1:  # (whom this paragraph's "he" stands for, so far)
                        state["pronoun_ref"] = (pronoun, antecedent, state.get("para_start", 0))
                    if b - a == 2 and text[tokens.idx_l[b - 1]:tokens.end_l[b - 1]].lower() == "office":
                        # "Jane Roe arrived in ..., her office said": the office of the person named nearest before
                        # in the paragraph, as the text names it
                        near = self._named_person_before(tokens, text, refs, a, state) \
                            or self._person_before(tokens, text, refs, a, state, person=True)
                        antecedent = near if near is not None and self._agrees(pronoun, near) else antecedent
                        if antecedent is not None:
                            who = self.entries[antecedent[0]].title if antecedent[0] else antecedent[1]
                            antecedent = (None, f"{who}’s office")
                elif words & self.first_person:
                    continue  # "In response, I said:": the writer in the first person, never whom the text named
                else:  # "they", "them": a group that spoke before a single person
                    listed = NAMES_LISTED.match(text, tokens.idx_l[lo], tokens.idx_l[a]) if a > lo else None
                    if listed is not None and all(self._is_person(None, n) for n in
                                                  re.split(r",\s+(?:and\s+)?|\s+and\s+", listed.group("names"))):
                        # "Deputies Jane Roe, Ana Kos and Ivo Novak submitted a proposal ..., as they urged
                        # parliament ...": the people the sentence opens with, named together
                        antecedent = (None, listed.group("names"))
                    else:
                        antecedent = None
                    antecedent = antecedent or state.get("group") or (
                        state["last"] if state["last"] and not self._is_person(*state["last"]) else None) \
                        or (self._people_opening_before(tokens, text, refs, a, state)
                            if text[tokens.idx_l[a]:tokens.end_l[a]] == "They" else None)
                    # (never one person: "The parties touched on ... They affirmed" is not the last speaker's)
                if antecedent is None:
                    continue
                holder, label = antecedent
                if holder is None and label:
                    if TITLED_SURNAME.fullmatch(label):  # "President Mirziyoyev": the full name the text gave
                        label = self._known(label, state, text, tokens.idx_l[a])
                        if label.startswith("\x00"):
                            return self._cue(tokens, text, s, e, a, b, label[1:], None, role, kind, lo, hi)
                    fallback = (None, label, a, b, role)
                    break
            if holder:
                return self._cue(tokens, text, s, e, a, b, holder, None, role, kind, lo, hi)
            if role == "parsed":
                continue  # the parser's subject decides only when it names an entry; the rules do the rest
            if role == "after" and b - a >= 3 and tokens.lower_l[a] in self.possessive_pronouns:
                # '..., said his lawyer, Kimberley Motley.', "said her spokesman Jane Roe": the one named after
                # the tie, by name
                k = a + 1
                while k < b and not tokens.cap_l[k] and text[tokens.idx_l[k]].isalpha() and k - a <= 3:
                    k += 1
                n = k + 1 if k < b and tokens.orth_l[k] == self.comma else k
                name = " ".join(text[tokens.idx_l[n]:tokens.end_l[b - 1]].split()) if b > n else ""
                if k > a + 1 and b - n >= 2 and all(tokens.cap_l[t] for t in range(n, b)) and self._is_person(None, name):
                    fallback = (None, name, n, b, role)
                    break
            label = self.free_label(tokens, text, (a, b), after=role == "after")
            if label and self._a_people_as_group(label):
                return None  # "The Uyghur community says ...", "Many of China's Uighur minority say ...": a people
            if not label and role == "subject" and kind == "VERB" and tokens.lower_l[s] in self.plain_saying \
                    and 0 < b - a <= 3 and (tokens.lower_l[b - 1] in self.people_words or (
                        b - a == 2 and tokens.lower_l[a] in self.possessive_pronouns
                        and tokens.lower_l[b - 1] in self.aide_words)) \
                    and not any(text[tokens.idx_l[t]] in "-‐‑" for t in range(a, b)):
                # "one mother says", "relatives said": people the text does not name, said to speak outright
                label = " ".join(text[tokens.idx_l[a]:tokens.end_l[b - 1]].split())
            if label:  # the first phrase that names a speaker: "Salih Hudayar, a member of the ETGE, criticized"
                fallback = (None, label, a, b, role)
                break
        if fallback:
            holder, label, a, b, role = fallback
            if holder is None and (cut := clause_cut(label)) != label:
                if not cut:
                    return None
                end = next((t + 1 for t in range(a, b) if tokens.end_l[t] >= tokens.idx_l[a] + len(cut)), b)
                holder = self.holder_in(tokens, (a, end), refs)  # "China temporarily closed ...": China
                if holder:
                    return self._cue(tokens, text, s, e, a, end, holder, None, role, kind, lo, hi)
                label, b = cut, end
            bare = name_key(label.removeprefix("the ").removeprefix("The "))
            if " " not in label and any(len(p.split()) >= 2 and p.split()[-1].strip(".,'’") == label
                                        for p in state.get("people", [])):
                bare = ""  # '"...," Washington added.' after "Jessica Washington, a journalist, said": her surname,
                # not the capital for its government
            seat = self.seats.get(bare)
            if (seat is not None or bare in CAPITALS) and b < hi and tokens.orth_l[b] == self.colon:
                return None  # "New Delhi: Chinese Premier Li Keqiang ... and conveyed": a dateline, no subject
            if seat is not None:  # "Beijing says": the government seated there
                return self._cue(tokens, text, s, e, a, b, seat, None, role, kind, lo, hi)
            if bare in CAPITALS:  # "Ankara has urged": Turkey
                return self._cue(tokens, text, s, e, a, b, None, CAPITALS[bare], role, kind, lo, hi)
            label = self._known(label, state, text, tokens.idx_l[a])
            if label.startswith("\x00"):
                return self._cue(tokens, text, s, e, a, b, label[1:], None, role, kind, lo, hi)
            if label.lower().startswith("the ") and len(label.split()) <= 3 and label.split()[-1].lower() in FIRM_WORDS:
                return None  # no firm has spoken before: which company is not said (the writer's, rather than a guess)
            if label.lower() in NUMBER_WORDS or label.isdigit():
                return None  # "Two reports this week show ...": a count, not who (the reports name no one)
            if label.split()[-1].lower() == "ago":
                return None  # "Three days ago, reports went viral ... saying": when, not who
            label = LEADING_YEAR.sub("", label) or label  # "Nov. 2, 2018-- Chinese ... spokesperson Lu Kang": who
            if len(label.split()) >= 3 and label.split()[-1].lower() in WEEKDAYS:
                label = label.rsplit(" ", 1)[0]  # "The European Commission Wednesday published": when, not who
            if tokens.lower_l[s] not in self.participles:  # ", noting": what comes between is a clause, no role
                label = self._with_role(tokens, text, label, b, s if role == "subject" else hi, role)
            if holder is None:
                label = clause_cut(label)
                if not label:
                    return None
                parts = label.split()
                if len(parts) <= 4 and parts[0].lower() in ("a", "an", "the") and parts[-1].lower() in DOCUMENT_WORDS \
                        and kind == "VERB" and not state["release"] and state["thing"] is None and state["org"] is None:
                    state["doc_self"] = (None, label)  # "..., a white paper said.": what "it" may stand for next
            return self._cue(tokens, text, s, e, a, b, holder, label, role, kind, lo, hi)
        return None

    def _whose_words(self, tokens, text: str, a: int, b: int) -> tuple[int, int]:
        """The name whose words a phrase names ("a copy of Jane Roe's remarks released by the ministry",
        "China's statement"), else the phrase."""
        for k in range(a + 1, b - 1):
            # (past a date or a word that says which: "Jane Roe’s March 15 posts on Twitter", "her recent remarks")
            own = next((j for j in range(k + 1, min(k + 5, b)) if tokens.lower_l[j] in self.own_words), None)
            if own is not None and not all(text[tokens.idx_l[j]:tokens.end_l[j]].isalnum()
                                           for j in range(k + 1, own)):
                own = None
            if tokens.lower_l[k] in self.possessive_marks and own is not None \
                    and tokens.cap_l[k - 1]:
                start = tokens.capitals_before(k, a, most=4)
                if start < k and (start == a or not tokens.cap_l[start - 1]):
                    return start, k
                break
        return a, b

    def _with_role(self, tokens, text, label: str, b: int, stop: int, role: str) -> str:
        """A speaker without an entry keeps the role the text gives them: "Jane Doe, president of the group"."""
        words = label.split()
        if role in ("source", "subject") and b < stop and tokens.orth_l[b] == self.comma and (
                (words[0].lower() in ("the", "a", "an")
                 and any(w.lower() in OFFICE_OR_PERSON or w.lower() in PERSON_OFFICES
                         for w in " ".join(words[1:]).replace("-", " ").split()))  # ("The Vice-President")
                or (len(words) == 1 and words[0].lower() in PERSON_OFFICES)  # "PRESIDENT, Dr Jane Roe, ..."
                # "Turkish President, Abdullah Gul, the host of the summit, emphasized": an office in capitals,
                # no name in it, then the name set off after it
                or (2 <= len(words) <= 6 and words[-1].lower() in PERSON_OFFICES
                    and all(w[:1].isupper() or w.lower() in ("of", "for", "to", "and") for w in words))):
            # "According to the Acting Director of the Museum, Jane Roe, the format ...", "The Special Rapporteur,
            # Jane Roe, further found": the office, and the name set between commas after it (or closing the
            # sentence: "..., according to the parliament's speaker, Ali Abdel-Aal.")
            c = b  # (or after the body the office is of: "The Director, Centre for China Studies, Mr Jane Roe,")
            for _ in range(2):
                k = c + 1
                while k < stop and k - c <= 6 and (tokens.cap_l[k] or (
                        text[tokens.idx_l[k]] == "-" and k + 1 < stop and tokens.cap_l[k + 1]
                        and tokens.idx_l[k] == tokens.end_l[k - 1])):  # ("Ali Abdel-Aal": a hyphen inside the name)
                    k += 1
                if k - (c + 1) >= 2 and (k == stop or (k < stop and text[tokens.idx_l[k]] in ",.;(")) and (
                        c == b or text[tokens.idx_l[c + 1]:tokens.end_l[c + 1]].rstrip(".").lower() in PERSON_TITLES):
                    return label + ", " + " ".join(text[tokens.idx_l[b + 1]:tokens.end_l[k - 1]].split())
                c = next((t for t in range(c + 1, min(stop, c + 9)) if tokens.orth_l[t] == self.comma), None)
                if c is None or not tokens.cap_l[b + 1]:
                    break
        if role not in ("subject", "after") or b >= stop or tokens.orth_l[b] != self.comma:
            return label
        end = stop
        while end > b and tokens.boundary_l[end - 1]:
            end -= 1
        while end > b + 2 and (tokens.lower_l[end - 1] in self.auxiliaries or tokens.lower_l[end - 1] in
                               self.trailing_adverbs or (not tokens.cap_l[end - 1] and text[
                                   tokens.idx_l[end - 1]:tokens.end_l[end - 1]].endswith("ly"))):
            end -= 1  # "..., ETGE Minister for Foreign Affairs and Security also (alleged)": not "also"
        first = text[tokens.idx_l[b + 1]:tokens.end_l[b + 1]].lower() if b + 1 < end else ""
        # ("The statement, by Jane Roe, condemned": the document's author, who is the label already, no role)
        if not (0 < end - (b + 1) <= 8) or first in ("who", "which", "whose", "where", "when", "by") \
                or first.endswith("ing") or first in DOCUMENT_PARTICIPLES \
                or any(tokens.boundary_l[k] and tokens.orth_l[k] != self.comma for k in range(b + 1, end)) \
                or any(tokens.orth_l[k] == self.comma for k in range(b + 1, end)):
            return label
        added = " ".join(text[tokens.idx_l[b + 1]:tokens.end_l[end - 1]].split())
        if all(w.lower() in MONTHS_DAYS or w.lower() in ("on", "last", "this", "late", "tonight") or w.isdigit()
               for w in added.split()):
            return label  # "Alim Seytoff, on Thursday said": when, not who
        # ("the ambassador, Jane Doe" once "the ambassador" is known as Jane Doe: her name, not twice)
        return label if label == added else label + ", " + added

    @staticmethod
    def _relative(titles: list[str], written: list[str]) -> bool:
        """Whether a full name was written after a family tie the label does not give ("President Kagame", and
        "First Lady Jeanette Kagame" or "his wife Jeanette Kagame"): a relative sharing the surname, not the
        one the label names by an office. ``titles``: the label's words before its surname; ``written``: the
        words right before the full name. An honorific alone ("Mr Kagame") tells nothing."""
        office = {w.lower().strip(".") for w in titles} - HONORIFIC_TITLES
        tie = {w.lower().strip(".,") for w in written} & TIES
        return bool(office) and bool(tie) and not (tie & office)

    @staticmethod
    def _hyphened_start(tokens, text: str, n: int, lo: int) -> int:
        """Where a name in capitals that ends a phrase starts, from token ``n``, through a hyphen inside a word of it
        ("Kassym-Jomart Tokayev": "Kassym", "-", "Jomart")."""
        while n - 2 > lo and text[tokens.idx_l[n - 1]:tokens.end_l[n - 1]] == "-" and tokens.cap_l[n - 2] \
                and tokens.end_l[n - 2] == tokens.idx_l[n - 1] and tokens.end_l[n - 1] == tokens.idx_l[n]:
            n -= 2
        return n

    def _lede_subject(self, text: str, at: int, state, own_office: bool = False) -> str | None:
        """The person whose bare name opens the text past its dateline, with what they did (`LEDE_SUBJECT`), or None;
        with ``own_office``, only one the text never names with an office of a state ("the President of Kazakhstan
        Kassym-Jomart Tokayev" is not the one "the President of Uzbekistan" may stand for)."""
        first = (state.get("blocks") or [(0, at)])[0]
        lede = LEDE_SUBJECT.match(text, first[0], min(first[1], at))
        name = lede.group("name") if lede is not None else None
        if not name or not self._is_person(None, name) or self._names_a_state(name.split()[0]):
            return None
        if own_office and name.split()[0].lower() in TITLE_WORDS:
            return None  # ("President Klaus Iohannis had talks with ... President Jan Novak": no bare name, and
            # the text may name other presidents by that title alone)
        if own_office and re.search(rf"(?i:president|leader|minister) of (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?,?"
                                    rf"\s+{re.escape(name)}", text):
            return None
        return name

    def _known(self, label: str, state, text: str = "", at: int = 0, last_speaker: bool = True) -> str:
        """A speaker named again, shorter: "Mr. Asgarov", "Foreign Minister Fidan" (the same surname) or "the
        ambassador", "the top diplomat" (the same office) is whoever was named in full before."""
        people = state.setdefault("people", [])
        noted = NAME_WITH_PARTY.fullmatch(label)
        if noted is not None and not noted.group(2).isupper():
            label = noted.group(1)  # "Reinsalu (Isamaa) said": the name, without its party in brackets
        first, _, rest = label.partition(" ")
        if first.lower() in SUBORDINATORS and rest[:1].isupper():
            label = rest  # "While Jane Roe and Anwar discussed ...": the name, not the clause's opening word
        kin = KIN_LABEL.fullmatch(label)
        if kin and text and at:
            # "her husband told Reuters" after "Sauytbai's husband, Islam Aliuly, and their two children ...": the
            # one the text named with that tie, the last before
            named = None
            for m in re.finditer(rf"(?:\b[A-Z][\w’'-]+[’']s|\b[Hh]er|\b[Hh]is|\b[Tt]heir)\s+{kin.group(1).lower()},?\s+"
                                 r"((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)\b", text[:at]):
                named = m.group(1)
            if named is not None and self._is_person(None, named):
                return named
        if label.lower() == "the speaker" and state.get("last") and self._is_person(*state["last"]):
            # '“...,” the speaker said' after "..., she said": the one speaking, whom the text named before
            holder, earlier = state["last"]
            return "\x00" + holder if holder else earlier
        if text and 2 <= len(label) <= 5 and label.isalpha() and label.isupper():
            # "MBS hailed ..." after "Saudi Crown Prince Mohammed bin Salman (MBS)": the name the text gave it for
            defined = re.search(rf"((?:[A-Z][\w’'-]+\s+(?:(?:bin|bint|al|el|de|van|von)\s+)?){{1,4}}[A-Z][\w’'-]+)\s+\({label}\)",
                                text[:at])
            titled = [k for k, w in enumerate(defined.group(1).split()) if w.lower() in TITLE_WORDS | RANKS] \
                if defined is not None else []
            if titled:  # (a person's, given with a title: not "Customs and Border Protection (CBP)")
                words = defined.group(1).split()[titled[-1] + 1:]
                if len(words) >= 2 and self._is_person(None, " ".join(words)):
                    return " ".join(words)
        label = GLUED_TITLE.sub(r"\1. ", label)  # "Mr.Kydyrali": the title and the name, as "Mr. Kydyrali"
        label = PRESS_SERVICE.sub("", label)  # "the press service of the embassy": the embassy speaks
        label = BODYS_PRESS_SERVICE.sub(r"\1", label)
        label = HONORIFIC.sub("", label) or label  # "His Highness Sheikh Mohamed": the name, as given after it
        owner = SITE_OF.match(label)
        if owner and label[owner.end():] and label.split()[-1].lower().strip(".,") not in EVENT_WORDS:
            # "The official Facebook page of prime minister stated": the owner (but "the official website of the
            # Summit": an event does not speak, its site does)
            rest = label[owner.end():]
            label = rest if rest[:1].isupper() or rest.lower().startswith("the ") else "the " + rest
        words = [w.strip(".,'’") for w in label.split()]
        if len(words) == 1 and words[0].isupper() and words[0].lower() in OFFICE_SYNONYMS:
            found = self._known("the " + label, state, text, at)  # "PM after the meeting said": the PM named before
            if found != "the " + label:
                return found
        owned = POSSESSED_OFFICE.fullmatch(label)
        if owned and (owned.group(2).split()[-1] in OFFICE_SYNONYMS or owned.group(2).split()[-1] in RANKS):
            # "Abu Dhabi's crown prince", "Ruritania's foreign minister": the one named before in that office
            # (a state's: its holder; any place's: the one the text named with that office)
            for form in ((f"the {owned.group(2)} of {owned.group(1)}",) if self._names_a_state(owned.group(1)) else ()) \
                    + (f"the {owned.group(2)}",):
                found = self._known(form, state, text, at, last_speaker=False)
                if found != form:
                    return found
        if 2 <= len(words) <= 3 and words[0].lower() in ("the", "this") and words[-1].lower() in FIRM_WORDS \
                and (len(words) == 2 or words[1][:1].isupper()):
            # '"...," the company said' after "Hikvision on Wednesday denied ...": the last body that spoke that is
            # neither an outlet ("The New York Times reported") nor a state's organ or a person
            for earlier in reversed(state.get("spoke", [])):
                low = set(earlier.lower().replace("’s", "").replace("'s", "").split())
                if (low & FIRM_WORDS and earlier.lower().startswith(("the ", "this "))) \
                        or self._outlet_label(earlier, low) \
                        or low & GOVERNMENT_HEADS or earlier.lower().removeprefix("the ") in self.countries \
                        or (self._is_person(None, earlier) and not low & COMPANY_NOUNS):
                    continue
                return earlier
        if 2 <= len(words) <= 4 and words[0].lower() in ("the", "this") \
                and (words[-1].lower() in GROUP_HEADS or words[-1].lower() in OUTLET_HEADS) \
                and state.get("thing") is not None and (len(words) == 2 or (len(words) == 3 and (
                    words[1][:1].isupper() or words[1].lower() in self._name_words(state["thing"])))
                                                        or all(w.lower() in GROUP_KINDS for w in words[1:-1])):
            # ("the human rights group", "the rights group": what kind of group, after the one that spoke)
            # ("the Chinese organisation" too: an adjective of nationality between; "the rights group" after
            # Human Rights Watch: a word of its name)
            # ("The Korea-based newspaper said" after "The Korea Herald reported": an outlet for an outlet's noun;
            # not "the agency", which may be a body's own name: "The Migration Agency says")
            holder, earlier = state["thing"]  # "the group said", after Human Rights Watch spoke
            outlet = holder is None and self._outlet_label(earlier, set(earlier.lower().split()))
            if (words[-1].lower() in OUTLET_HEADS) == outlet and not (
                    holder is None and earlier.lower().removeprefix("the ") in self.countries) \
                    and (holder is None or self.entries[holder].type == "organization"):
                return "\x00" + holder if holder else earlier
        if len(words) == 2 and words[0].lower() == "the" and words[1].lower() in GROUP_HEADS \
                and state.get("thing") is None and text:
            # "... has been re-elected president of the World Uyghur Congress, the group said", no body having
            # spoken before: the one organisation the text has named so far
            named = {m.entry for m in self._refs[:bisect_left(self._starts, at)]
                     if self.entries[m.entry].type == "organization"}
            if len(named) == 1:
                return "\x00" + named.pop()
        if 2 <= len(words) <= 3 and words[0].lower() in ("the", "these", "both", "all") \
                and words[-1].lower() in PLURAL_GROUP_HEADS and (len(words) == 2 or words[1].lower() in NUMBER_WORDS) \
                and text:
            # "The groups warn ...", "The three organisations said" after "On Monday, the Society for Threatened
            # Peoples, the Swiss Uighur Association and Campax handed ...": the bodies named together before
            listed = None
            for listed in NAMED_TOGETHER.finditer(text, 0, at):
                pass
            members = re.split(r",\s+|\s+and\s+", listed.group(0)) if listed is not None else []
            while members and (members[0].split()[0].lower() in LIST_OPENERS
                               or members[0].split()[0].lower() in MONTHS_DAYS):
                members = members[1:]  # "On Monday, the Society ...": when, not who
            if len(members) >= 2 and any(len(n.split()) >= 2 for n in members):
                whole = " ".join(listed.group(0).split())
                return whole[whole.index(members[0]):]
        caps = [w for w in words if w[:1].isupper()]
        last = words[-1] if words else ""
        if last[:1].isupper() and len(last) > 2:
            def name_words(n: str) -> int:
                return sum(w.lower().strip(".") not in TITLE_WORDS | INITIALS_TITLES for w in n.split(",")[0].split())
            named_only = all(w[:1].isupper() for w in words)  # (a name, not "the Chinese Embassy in Nepal")
            same = [e for e in reversed(people) if e != label and e.split()[-1].strip(".,'’") == last
                    and (len(e) > len(label) or named_only)  # ("Ambassador Xueyuan": "Cheng Xueyuan", no shorter)
                    and (name_words(e) > name_words(label) or not named_only)
                    and person_like(e)]
            if same and not named_only:
                return same[0]  # the latest one with its last word, longer
            if same:
                # the one named most fully, the latest of them: "Rahmon" and "Emomali Rahmon" are "Emomali Rahmon";
                # "President Rahmon", longer only by its title, names no more of him (the text's full name, below)
                return max(same, key=name_words)
            for earlier in reversed(people):
                named = earlier.split(",")[0].split()
                if 2 <= len(named) <= 3 and named[0] == last and len(words) >= 2 and earlier != label \
                        and all(w[:1].isupper() for w in named) and not any(w.lower() in TITLE_WORDS for w in named):
                    # "Ms Hua" after "Hua Chunying, the spokeswoman for ...": a name written surname first
                    return " ".join(named)
            if len(words) == 1 and last.lower() not in TITLE_WORDS:
                # "Dolkun, who was granted asylum, said" after "Germany-based Uyghur activist Dolkun Isa": a person
                # called by the first word of the name the text gave (a given name, or a surname written first)
                for earlier in reversed(people):
                    if earlier == label or not person_like(earlier):
                        continue
                    named = earlier.split(",")[0].split()
                    k = len(named) - 1
                    while k >= 0 and named[k][:1].isupper() and named[k].lower().strip(".") not in TITLE_WORDS:
                        k -= 1
                    run = named[k + 1:]  # the name the label ends with, after its titles and description
                    if 2 <= len(run) <= 3 and run[0] == last:
                        return earlier
            if len(words) == 1 and len(last) >= 5:
                # "Baghaeui said" after "Esmaeil Baghaei": a surname misspelt by one letter is the one named
                for earlier in reversed(people):
                    surname = earlier.split()[-1].strip(".,'’").lower()
                    if len(earlier.split()) >= 2 and one_edit(surname, last.lower()):
                        return earlier
        if len(words) == 2 and words[0].lower() == "the" and last[:1].isupper() and text:
            # "The Congress added" after "The World Uyghur Congress on September 16, criticized": the body with an
            # entry named before whose name ends in that word, the last of them
            named = next((m.entry for m in reversed(self._refs[:bisect_left(self._starts, at)])
                          if m.kind != "role" and self.entries[m.entry].type == "organization"
                          and any(n.split()[-1] == last for n in self.entries[m.entry].names)), None)
            if named is not None:
                return "\x00" + named
            # "the Office" after "the Office of the United Nations High Commissioner for Human Rights"
            full = re.search(rf"\b{re.escape(last)}(?:\s+(?:of|for|on|the|and|[A-Z][\w’'.-]*))*\s+[A-Z][\w’'.-]*",
                             text[:at])
            if full and full.group(0).split()[-1].lower() in MONTHS_DAYS:
                full = None  # "The Congress added" after "The World Uyghur Congress on September 16, criticized":
                # a date after the name, no longer name
            if full and len(full.group(0)) > len(last) and not (
                    last.lower() in ALL_OFFICES and self._names_a_state(full.group(0).split()[-1])) \
                    and not any(w.lower() in PERSON_OFFICES for w in full.group(0).split()[1:]) \
                    and not (last.lower() in PERSON_OFFICES and full.group(0).split()[1] in ("of", "for", "on")
                             and full.group(0).split()[-1].lower() in PORTFOLIOS):
                # (not "OIC Secretary General Ekmeleddin Ihsanoglu" for "The OIC": its officer, not its full name)
                # ("The Minister" is not "Minister of Foreign Affairs": an office's title, no name after it; its
                # holder, named below; but "Minister of Industry Mr Erdenebat" names him)
                # ("the Ambassador" is not "Ambassador of the State of Qatar": an office, its holder named below)
                return full.group(0)
        if len(words) >= 2 and words[0].lower() in QUANTIFIERS and words[1][:1].islower() and words[1].endswith("s"):
            # "Several experts appointed by the Council" after "UN human rights experts" raised concerns
            for earlier in reversed(state.get("labels", [])):
                if earlier.split()[-1].lower() == words[1].lower():
                    return earlier
        if text and 2 <= len(words) <= 5 and words[0].lower() == "the" and all(
                w.isalpha() and w.islower() for w in words[1:]) and words[-1] in BODY_WORDS \
                and words[-1] not in ("office", "government", "authorities", "police", "press", "media"):
            # "The human rights centre is calling ..." after "the Human Rights Law Centre (HRLC)": the one body
            # the text named whose name holds each of the description's words, its head word last
            described = {w.lower() for w in words[1:-1]}
            # (with what follows its head: "the Embassy in Bern", "General Directorate for National Security")
            found = [m for m in re.finditer(rf"\b((?:[A-Z][\w’'-]*\s+){{1,5}}){words[-1].capitalize()}\b"
                                            rf"(?:\s+(?:of|for|in|to)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}})?",
                                            text[:at]) if described <= {w.lower() for w in m.group(1).split()}]
            cores = {m.group(1) for m in found}
            if len(cores) == 1:  # (two such bodies: which one is not clear)
                m = max(found, key=lambda m: len(m.group(0)))
                if len(words) == 2:  # ("the embassy": the body as the text named it, with its article)
                    article = re.search(r"\b(?:the|The)\s+$", text[max(0, m.start() - 4):m.start()])
                    return (article.group(0) if article else "") + m.group(0)
                return re.sub(r"^(?:The|A|An|In|On|At|By|For|From|With)\s+", "", m.group(0))
        state.setdefault("labels", []).append(label)
        of_state = re.fullmatch(r"(?i:the) (\w+) of (?:the )?([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)", " ".join(words))
        if of_state and of_state.group(1).lower() in OFFICE_SYNONYMS and self._names_a_state(of_state.group(2)):
            # "The President of Romania" after "Romanian President Klaus Iohannis": the one named in that office
            offices = OFFICE_SYNONYMS[of_state.group(1).lower()]
            holder = self._office_holder_before(offices, at, of_state.group(2))
            if holder is not None:
                return "\x00" + holder
            named = self._state_office_named_before(offices, of_state.group(2), text, at)
            if named:
                return named
            only = {m.group(1) for o in offices for m in re.finditer(
                rf"\b{re.escape(o.title())} ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{1,2}})", text[:at])}
            if len(only) == 1:
                return only.pop()  # "President Klaus Iohannis had talks ...": the one president the text names
            if of_state.group(1).lower() in ("president", "leader") and not re.search(
                    rf"(?i:president|leader) of (?:the )?{re.escape(of_state.group(2))},?\s+(?:[A-Z][\w’'-]+\s+)*"
                    rf"[A-Z][\w’'-]+", text):
                # "the President of Uzbekistan emphasized ..." in a text that opens "Shavkat Mirziyoyev, who is in
                # Astana on a working visit, attended ...", naming no one else president of Uzbekistan: that person
                name = self._lede_subject(text, at, state, own_office=True)
                if name:
                    state["lede_office"] = (offices, name)  # (and "the head of state" after it is the same person)
                    return name
        bare_office = len(words) == 2 and words[0][:1].isupper() and words[1].lower() in OFFICE_WORDS \
            and words[0].lower() not in TITLE_WORDS  # "Kazakh president said": no article
        if bare_office:
            named = self._office_named_before(words[1], text, at)
            if named:
                return named
            if self._names_a_state(words[0]):
                # "Azeri President said" after "Ilham Aliyev President of the Republic of Azerbaijan": the holder of
                # that state's office the text named, as "the Azeri President" is
                holder = self._office_holder_before(OFFICE_SYNONYMS.get(words[1].lower(), {words[1].lower()}), at,
                                                    words[0])
                if holder is not None:
                    return "\x00" + holder
        spoke = state.get("last")
        if len(words) > 4 and words[0].lower() == "the" and last.lower() in SPOKESPEOPLE and spoke and text \
                and self._named_person(*spoke) and re.search(rf"\b{last.lower()}\b", text[:at]):
            # "The ruling Justice and Development (AK) Party spokesman said" after "Turkey's ruling party spokesman
            # said ..." and "Omer Celik said": the spokesman the text has been quoting
            return "\x00" + spoke[0] if spoke[0] else spoke[1]
        if words and words[0].lower() in ("the", "this", "that") and len(words) <= 4 and (
                last[:1].islower() or last.lower() in OFFICE_SYNONYMS or last.lower() in RANKS):
            office = last.lower()
            if office == "state" and len(words) >= 4 and words[-2].lower() == "of" and words[-3].lower() != "head":
                office = words[-3].lower()  # "the secretary of state": a secretary, not the head of state
            offices = OFFICE_SYNONYMS.get(office, {office})
            # (the office's own modifiers too: "the prime minister" is not "Foreign Minister Wang Yi")
            modifiers = {w.lower() for w in words[1:-1]} & TITLE_MODIFIERS
            # (and the state it names: "the Azeri foreign minister" is not "Iran's Foreign Minister ...")
            whose = self._states_named(words[1:-1])
            lede_office = state.get("lede_office")
            if lede_office is not None and not modifiers and not whose and offices & lede_office[0]:
                return lede_office[1]  # "the head of state pointed ..." after "the President of Uzbekistan" was
                # worked out to be the person whose bare name opens the text
            for earlier in reversed(people + state.get("bodies", [])):
                held = {w.lower().strip(".,") for w in earlier.split()}
                if whose and (named_states := self._states_named(earlier.split(",")[-1].split(), initials=False)) \
                        and not whose & named_states:  # (not by initials: "PRC", "UAE")
                    continue
                if held & offices and modifiers <= held:
                    if text and (TITLED_SURNAME.fullmatch(earlier) or TWICE_TITLED_SURNAME.fullmatch(earlier)):
                        # "President Mirziyoyev", "General Secretary Lâm": as first given
                        return self._known(earlier, state, text, at)
                    return earlier
            named = (spoke[1] or "").split(",")[0] if spoke else ""
            if len(words) == 2 and last.lower() in GENERIC_ROLES and spoke and (
                    self._is_person(spoke[0], named) or (spoke[0] is None and re.fullmatch(
                        r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}", named) and not self._names_a_state(named.split()[-1])
                        and not {w.lower() for w in named.split()} & BODY_WORDS)):
                # "the diplomat emphasized", "the official stated": the person who spoke last, whatever the
                # text called them ("Javanshir Salehov, chargé d'affaires ...")
                return "\x00" + spoke[0] if spoke[0] else spoke[1]
            person = state.get("person") or (None, None)
            private = (person[1] or "").split(",")[0].split() if person[0] is None else []
            if 2 <= len(words) <= 3 and last.lower() in ("woman", "man") and (len(words) == 2 or words[1][:1].isupper()) \
                    and len(private) >= 2 and all(w[:1].isupper() for w in private) \
                    and private[0].lower() not in DESCRIPTION_OPENERS and self._is_person(*person) \
                    and not re.search(rf"\b(?i:{OFFICE_TITLES_RE})\s+(?:[A-Z][\w’'-]+\s+){{0,3}}{re.escape(private[-1])}\b",
                                      text[:at]):
                # "The Adelaide woman, who did not wish to give her age, said" after "..., said Ms Chanisheff": the
                # person who spoke last, named by a place or a people (never one the text gives an office: "The
                # Uyghur man expressed ..." after "Deputy Prime Minister Phumtham said" is someone else)
                return person[1]
            adjective = next((w for w in words[1:-1] if w[:1].isupper()), None)  # "the Chinese President"
            holder = self._office_holder_before(offices, at, adjective)
            if holder is None and adjective and self._names_a_state(adjective):
                named = self._state_office_named_before(offices, adjective, text, at)
                if named:
                    return named  # "the Belarusian leader" after "Belarusian President Aleksandr Lukashenko"
            if holder is None and adjective and not self._names_a_state(adjective):
                # "The South Caucasus leader": a region, not a state; the last leader named
                holder = self._office_holder_before(offices, at)
            if holder is not None and adjective is None and last.lower() in OFFICE_SYNONYMS:
                # "the head of state" after "President Serdar Berdimuhamedov" was named later than Xi Jinping:
                # whoever in that office was named last, with an entry or without; but the one the text opens
                # with, by that title alone, when another holder was named only since ("On November 12,
                # President Jane Roe took part in ..." / "... Azerbaijani President Ilham Aliyev was awarded" /
                # "In his speech, the head of state ...": the president the text is about)
                spoke_last = state.get("person")
                if spoke_last and spoke_last[0] is None and spoke_last[1]:
                    # "Tokayev said ..." / "The President emphasized ...", after "President of Kazakhstan
                    # Kassym-Jomart Tokayev and President of China Xi Jinping": the person who spoke last, when the
                    # text gives them that office, not the holder with an entry
                    surname = re.escape(spoke_last[1].split(",")[0].split()[-1])
                    office_re = "|".join(re.escape(o) for o in sorted(offices))
                    if re.search(rf"\b(?i:{office_re})\b(?:\s+(?:of\s+)?[A-Z][\w’'-]*){{0,4}}\s+{surname}\b", text[:at]):
                        return spoke_last[1]
                lede = self._lede_office_holder(offices, text, at)
                if lede:
                    return lede
                named = next((n for n in map(lambda o: self._office_named_before(o, text, at), sorted(offices))
                              if n), None)
                mentions = [m.start for m in self._refs[:bisect_left(self._starts, at)] if m.entry == holder]
                if named and mentions and text.rfind(named, 0, at) > mentions[-1]:
                    return named
            if holder is not None:
                return "\x00" + holder  # an entry, not a name as written
            if len(words) >= 2 and (last.lower() in OFFICE_SYNONYMS or last.lower() in PERSON_NOUNS
                                    or last.lower() in SPEAKER_WORDS) and adjective is None:
                # "the head of state" after "President Shavkat Mirziyoyev addressed ...": the one named in that
                # office, whether or not he spoke before (not "the South Caucasus leader": a place says whose)
                occupation = last.lower() in OCCUPATIONS
                # ("the prime minister": that office, not "Foreign Minister Wang Yi"; the person the text has
                # named as speaking, where the name found after the title is one of theirs: "Prime Minister
                # Samdech Techo Hun Sen" ... "Hun Sen said")
                searched = {" ".join(w.lower() for w in words[1:-1] if w.lower() in TITLE_MODIFIERS) + " " + o
                            for o in offices} if modifiers else offices
                named = next((n for n in map(lambda o: self._office_named_before(o.strip(), text, at, occupation),
                                             sorted(searched)) if n), None)
                if named and modifiers:
                    named = next((p for p in reversed(people) if set(p.split()[-2:]) & set(named.split()[1:])),
                                 named)
                if named:
                    return named
            if re.fullmatch(r"(?i:the|this) (?i:head of state|president|leader)", " ".join(words)) and text:
                # "the Head of State stressed ..." in a text that opens "NUR-SULTAN. KAZINFORM - Kassym-Jomart
                # Tokayev received ...", no president named by title: the one whose bare name opens it
                name = self._lede_subject(text, at, state)
                if name:
                    return name
        if len(caps) >= 2 and (last[:1].isupper() or PARTICLE_NAME.fullmatch(last)) and last.lower() not in TITLE_WORDS:
            # ("Ambassador Moin ul-Haque": a name whose last word opens with its particle)
            (people if self._is_person(None, label) else state.setdefault("bodies", [])).append(label)
        titled = [w for w in caps if w.lower() not in TITLE_WORDS | TITLE_MODIFIERS]  # "Deputy Prime Minister X"
        # (a surname of two letters after a title: "Ambassador Yu", "Premier Li")
        short_surname = len(last) == 2 and last[1:].islower() and (len(words) == 1 or (
            len(words) >= 2 and words[-2].lower().strip(".") in TITLE_TRIGGERS))
        if last[:1].isupper() and (len(last) > 2 or short_surname) and len(titled) <= 3 and text \
                and last.lower() not in TITLE_WORDS \
                and (len(words) == 1 or (any(w.lower() in TITLE_TRIGGERS | INITIALS_TITLES for w in words[:-1])
                                         and words[-2].lower() not in PLACING_WORDS
                                         and not any(w in ("of", "for") for w in words[1:]))):
            # (a title and a surname: not "the Minister of Foreign Affairs", whose last word is its portfolio's)
            # (not "an official at the Museum": a place the description gives, no surname)
            # "Foreign Minister Fidan" after "Hakan Fidan" was named: the full name, as the text first gave it
            k = text.find(" " + last, 0, at)
            while k > 0:
                before = text[max(0, k - 40):k].split()
                after = text[k + 1 + len(last):k + 2 + len(last)]
                # ("Welcoming Lam, ...": a common word opening a sentence is no given name)
                start = k - len(before[-1]) if before else 0
                opens = start <= 0 or text[:start].rstrip()[-1:] in ("", ".", "\n", ":", "!", "?")
                # "Chinese Ambassador to Bangladesh Yao Wen": the office's place, then the name, surname first
                placed = len(before) >= 3 and before[-2].lower() in ("to", "in", "at") \
                    and before[-3].lower().strip(".,") in TITLE_WORDS
                # "Minister of Foreign Affairs Wang Yi": the office's portfolio, then the name, surname first
                # ("Beijing's former ambassador to the Association of Southeast Asian Nations Huang Xilian": the
                # place a body's long name)
                wide = text[max(0, k - 90):k].split()
                placed = placed or any(
                    wide[-j].lower() in ("to", "in", "at") and wide[-j - 1].lower().strip(".,") in TITLE_WORDS
                    and all(w[:1].isupper() or w in ("of", "the", "and", "for") for w in wide[-j + 1:])
                    for j in range(3, min(9, len(wide))))
                placed = placed or (bool(before) and before[-1].lower() in PORTFOLIOS and any(
                    len(before) > j + 1 and before[-j - 1].lower() in ("of", "for")
                    and before[-j - 2].lower().strip(".,") in TITLE_WORDS for j in (1, 2, 3)))
                if before and before[-1][:1].isupper() and before[-1].lower().strip(".") not in TITLE_WORDS \
                        and not placed \
                        and not after.isalnum() and (before[-1].replace("-", "").isalpha()  # ("Kassym-Jomart")
                                                     or re.fullmatch(r"[A-Z]\.", before[-1])) \
                        and not (opens and common_word(before[-1])):
                    given_names = [before[-1]]
                    for w in reversed(before[-3:-1]):  # "Mr Jan Petr Novak", "Mr Shi Ting Wang": every given name
                        if w not in words[:-1] or w.lower() in TITLE_WORDS:  # the label gave, not only the last
                            break
                        given_names.insert(0, w)
                    full = " ".join(given_names) + " " + last
                    if full != label and not self._relative(words[:-1], before[:-len(given_names)][-2:]):
                        return full
                given = re.match(r" ([A-Z][a-z’'-]+)\b", text[k + 1 + len(last):k + 30])
                if given and before and (before[-1].lower().strip(".,") in TITLE_WORDS | {"councillor", "councilor"}
                                         or placed) \
                        and given.group(1).lower() not in TITLE_WORDS | MONTHS_DAYS:
                    # "Foreign Minister Wang Yi": the surname comes first (its possessive left out: "Li Qiang's")
                    return last + " " + without_possessive(given.group(1))
                k = text.find(" " + last, k + 1, at)
        if text and words and words[0].lower() in ("the", "this", "that") and 2 <= len(words) <= 7:
            named = self._described_named_before(words, text, at)
            if named:
                return named
            if last_speaker and len(words) == 2 and words[1].lower() in LEADING_OFFICES and spoke \
                    and self._named_person(*spoke) and not re.search(
                        rf"\b(?i:{_CHANGERS})\b[\w\s]{{0,40}}?\b(?i:{re.escape(words[1])})\b",
                        text[:at]):
                # "According to the minister", "The President highlighted" when the text named no one with that
                # title or description: the person who spoke last (not after "China's ambassador": a state's; not
                # where a "Shadow ... Minister" or a "Deputy Minister" was named: another office)
                return "\x00" + spoke[0] if spoke[0] else spoke[1]
        core = words[1:] if words and words[0].lower() == "the" else words
        if text and 2 <= len(core) <= 4 and all(w[:1].isupper() for w in core) \
                and any(w.lower() in OFFICE_NOUNS for w in core) and not any(w.lower() in BODY_WORDS for w in core[:1]) \
                and (core[-1].lower() in OFFICE_NOUNS or core[-1].lower() in BODY_WORDS) \
                and not any(self._names_a_state(w) for w in core):  # (a state's office: the rules above)
            # "Deputy Chairman Senate said" after "Deputy Chairman Senate, Senator Saleem Mandviwalla held a
            # meeting": the name the text wrote after that office (a title before it left out); an office, not
            # "Sheikh Mohamed", a name after a title
            m = None
            for m in re.finditer(rf"\b{re.escape(' '.join(core))}(?:\s+[A-Z][\w’'-]+){{0,2}},?\s+(?:[A-Z][a-z]+\.?\s+)?"
                                 rf"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}})\b(?!\s+[A-Z])", text[:at]):
                pass
            if m is not None:
                name = m.group("name")
                if not any(w.lower() in OFFICE_NOUNS or w.lower() in BODY_WORDS for w in name.split()) \
                        and self._is_person(None, name):
                    return name
        if text and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
            # "Sheikh Mohamed" after "His Highness Sheikh Mohamed bin Zayed Al Nahyan": the name as first given
            core = re.escape(" ".join(words))
            longer = [m.group(0) for m in re.finditer(rf"\b{core}(?:\s+(?:bin|ibn|bint|al|el|[A-Z][\w’'-]+))+",
                                                      text[:at])]
            if longer:
                return max(longer, key=len)
        return label

    def _described_named_before(self, words: list[str], text: str, at: int) -> str | None:
        """"The Abu Dhabi Crown Prince", "the Chinese Ambassador", "the local resident": the one person the text
        named before beside a title or a description that holds each of the description's words ("His Highness
        Sheikh Mohamed Bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, ...", "the Chinese Ambassador to Sudan, Ma
        Xinmin", "Juma Khan Amu, a resident of Badakhshan"), and no word that makes it another office ("Shadow
        ... Minister", "Deputy Foreign Minister"). None when no one, or more than one, fits."""
        cut = next((i for i, w in enumerate(words) if i >= 2 and w.lower() in ("of", "to", "for", "in")), len(words))
        head = words[cut - 1].lower()  # "the Minister of Foreign Affairs": the office, before its portfolio
        if not (head in PERSON_OFFICES or head in PERSON_NOUNS or head in RANKS or head in PEOPLE_WORDS
                or words[cut - 1] == "Speaker"):  # ("the Senate Speaker": a parliament's chair, by its title)
            return None
        wanted = {w.lower() for w in words} - LOOSE_MODIFIERS
        found = set()
        before = text[:at]
        for m in TITLE_THEN_NAME.finditer(before):
            found |= self._fits_description(m.group(1).split(",")[-1], m.group(2), wanted)
        for pattern in (NAME_THEN_TITLE, BY_NAME_THEN_TITLE):
            for m in pattern.finditer(before):
                found |= self._fits_description(m.group(2), m.group(1), wanted)
        return found.pop() if len(found) == 1 else None

    def _named_person(self, holder: str | None, label: str | None) -> bool:
        """Whether a speaker is a person the text named ("Foreign Secretary Jane Roe", "Tokayev", a person's
        entry), not a body or a description ("the regime", "The Ministry")."""
        if holder:
            return self.entries[holder].type == "person"
        def a_name(words: list[str]) -> bool:
            word = words[-1].strip(".,'’()") if words else ""
            return word[:1].isupper() and not word.isupper() and word.lower() not in OFFICE_NOUNS \
                and word.lower() not in BODY_WORDS and not self._names_a_state(word)
        # ("Jane Roe, an editor with the Daily Sun"; "Secretary of State for Foreign, ... Affairs Jane Roe")
        return (a_name((label or "").split(",")[0].split()) or a_name((label or "").split())) \
            and self._is_person(None, label)

    def _fits_description(self, title: str, name: str, wanted: set[str]) -> set[str]:
        """{name} when ``title`` holds every word of ``wanted`` and no word that makes it another office, and
        ``name`` is a person's name; else an empty set."""
        # (the one office of several that holds the description's head: "Crown Prince of Abu Dhabi and Deputy
        # Supreme Commander of ...")
        for part in re.split(r",|\s+and\s+", title):
            said = {w.strip(".,'’").lower() for w in re.split(r"[\s-]+", part)}
            if all(w in said or TITLE_SYNONYMS.get(w, set()) & said for w in wanted) \
                    and not (said & OFFICE_CHANGERS) - wanted:
                break
        else:
            return set()
        toks = title.split()
        for i, w in enumerate(toks[:-1]):
            if w.lower().strip(".,") in OFFICE_NOUNS and toks[i + 1][:1].isupper() \
                    and toks[i + 1].lower() not in OFFICE_NOUNS:
                j = i + 1
                while j < len(toks) and toks[j][:1].isupper() and toks[j].lower() not in OFFICE_NOUNS:
                    j += 1
                if j - i > 2 and (j == len(toks) or toks[j] not in ("of", "and", "for", "to", "in", "at")):
                    return set()  # "Turkish Foreign Minister Mevlut Cavusoglu announced ...": it names its holder
        first = name.split()[0]
        # (nor a determiner or a time: "This August, Aibota Zhanibek received a call ... from a relative")
        if first.lower() in TITLE_WORDS or first.lower() in PERSON_NOUNS or first.lower() in MONTHS_DAYS \
                or first.lower() in ("the", "a", "an", "this", "that", "these", "those", "last", "next", "every",
                                     "each") \
                or self._names_a_state(first) or not self._is_person(None, name):
            return set()
        return {name}

    def _lede_office_holder(self, offices, text: str, at: int) -> str | None:
        """The person the text's first paragraph names by the bare title of one of ``offices`` ("President
        Jane Roe", no state's name before the title), when none of the holders named after it was given that
        bare title too."""
        end = text.find("\n", 0, at)
        first = text[:end if end >= 0 else at]
        # (or, opening the text, set off by commas after it: "The Head of State, Kassym-Jomart Tokayev, received
        # ...", a president's other title)
        titles = [re.escape(o.title()) for o in sorted(offices)] + (["Head of State"] if "president" in offices else [])
        pattern = rf"(?:(?<=\bThe )|(?<![\w’'-] ))\b(?:{'|'.join(titles)})" \
                  rf"(?:\s+|,\s+(?=[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}},))" \
                  rf"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}})"
        def bare_title(n) -> bool:  # (after "The" only where it opens the text)
            k = n.start()
            return k < 4 or not text.startswith("The ", k - 4) or not text[:k - 4].strip()
        m = next(filter(bare_title, re.finditer(pattern, first)), None)
        if m is None or self._names_a_state(m.group(1).split()[0]):
            return None
        bare = {n.group(1) for n in filter(bare_title, re.finditer(pattern, text[:at]))}
        return m.group(1) if bare == {m.group(1)} else None

    @staticmethod
    def _office_named_before(office: str, text: str, at: int, occupation: bool = False) -> str | None:
        """The name written after the office's title earlier in the text ("President Kassym Tokayev"), or
        after an occupation, which is not capitalised ("rights activist Rebiya Kadeer")."""
        found, where = None, -1
        for m in re.finditer(rf"\b(?i:{re.escape(office)})\s+([A-Z][\w’'-]+(?:\s+(?:{PARTICLES_RE}\s+)?[A-Z][\w’'-]+){{0,2}})",
                             text[:at]):  # ("Prince Faisal bin Khalid": a name with its particle)
            if m.group(1).split()[0].lower() in TITLE_QUALIFIERS:
                continue  # "Ambassador Extraordinary and Plenipotentiary": the title's own words, no name
            if m.group(0)[:1].isupper() or occupation:
                found, where = m.group(1), m.start()
        # or before it, in apposition: "Ambassador Ney Samol, the permanent representative of Cambodia"
        # (or "H.E. Ney Samol, Ambassador, Permanent Representative of ...": capitals, another office first)
        for m in re.finditer(rf"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}}), (?:(?:the|a|an) )?"
                             rf"(?:[A-Za-z]+,? ){{0,2}}(?i:{re.escape(office)})\b", text[:at]):
            name = m.group(1).split()
            while len(name) > 2 and name[0].lower().strip(".") in TITLE_WORDS:
                name = name[1:]  # "Ambassador Ney Samol": the name without the title
            if name[-1].lower() in NEWS_OUTLET_WORDS or name[-1].lower() in OUTLET_WORDS:
                continue  # "In an interview with Global Times, the ambassador said": an outlet holds no office
            if m.start() > where:
                found, where = " ".join(name), m.start()
        # or after the place the office is of, in apposition: "the mayor of Prague, Zdeněk Hřib"
        for m in re.finditer(rf"\b(?i:{re.escape(office)}) (?:of|for|in) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){{0,2}}"
                             rf", ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{1,2}})(?=[,.;]|\s+(?:who|said|says)\b)", text[:at]):
            if m.start() > where:
                found, where = m.group(1), m.start()
        return without_possessive(found) if found else found  # ("Premier Li Qiang's visit": the name)

    def _cue(self, tokens, text, s, e, a, b, holder, label, role, kind, lo, hi):
        cue_lo = int(min(tokens.idx_l[s], tokens.idx_l[a] if b > a else tokens.idx_l[s]))
        cue_hi = int(max(tokens.end_l[e - 1], tokens.end_l[b - 1] if b > a else 0))
        first = min(s, a if b > a else s)
        last = max(e, b if b > a else e)
        # trailing: the attribution closes its sentence, after a comma or a closing quote
        # (and what follows it, if anything, is where or when: "..., said Xiao Yewen during a meeting with ...")
        rest = [k for k in range(last, hi) if not tokens.boundary_l[k]]
        if rest and tokens.lower_l[s] in self.telling and e == last:
            # '..., bin Salman reportedly told Wang.', '..., she told reporters in Geneva.': whom one tells (a
            # word or two, then at most where or when) closes the sentence with the speaker
            told = 0
            while told < min(3, len(rest)) and (tokens.cap_l[rest[told]] or tokens.lower_l[rest[told]] in
                                                 self.determiners or tokens.lower_l[rest[told]] in self.people_words):
                told += 1
            if told and (told == len(rest) or tokens.lower_l[rest[told]] in self.preposition_openers):
                rest = rest[told:]
        trailing = (first > lo and (tokens.orth_l[first - 1] == self.comma
                                    or tokens.orth_l[first - 1] in tokens.closers)
                    and (not rest or (tokens.lower_l[rest[0]] in self.preposition_openers
                                      and not QUOTE_MARKS.search(text, tokens.idx_l[rest[0]], tokens.end_l[hi - 1]))
                         # ("..., Wang said, adding that ...": what the speaker went on to say is theirs too)
                         or (rest[0] == last + 1 and tokens.orth_l[last] == self.comma
                             and tokens.lower_l[rest[0]] in self.going_on)
                         # ("..., PEN America said today.", "..., she said last week.": when)
                         or (len(rest) <= 3 and tokens.lower_l[rest[0]] in self.when_closers)
                         # ("..., Jane Roe said, as hundreds protested outside": a clause of what went on
                         # meanwhile, after the main clause the attribution closes)
                         or (rest[0] == last + 1 and tokens.orth_l[last] == self.comma
                             and tokens.lower_l[rest[0]] in self.closing_subordinators)))
        if holder and not label:
            label = self.entries[holder].title
        return holder, label, cue_lo, cue_hi, trailing, kind == "SOURCE"

    def _be_before(self, tokens, text, s: int, lo: int) -> bool:
        """A form of "be" right before the verb at ``s``, or before one adverb there ("is also accused", "was
        repeatedly criticised"): the verb is a passive."""
        k = s - 1
        if k > lo and (tokens.lower_l[k] in self.auxiliaries
                       or (not tokens.cap_l[k] and text[tokens.idx_l[k]:tokens.end_l[k]].endswith("ly"))):
            k -= 1
        return k >= lo and tokens.lower_l[k] in self.be_words

    def _passive_agent(self, tokens, e: int, hi: int) -> int | None:
        """The "by" that names the agent right after a passive verb ending at ``e`` ("stated here by"), or None."""
        by = next((k for k in range(e, min(hi, e + 4)) if tokens.lower_l[k] == self.by_word), None)
        if by is None:
            return None
        between = list(range(e, by))
        if between[:2] and tokens.lower_l[between[0]] == self.to_word and tokens.lower_l[between[1]] in self.audiences:
            between = between[2:]  # "stated to journalists by", "said to reporters by"
        if not all(tokens.lower_l[k] in self.time_words or tokens.lower_l[k] in self.here_words for k in between):
            return None
        return by

    def _verb_phrases(self, doc, tokens, text, s, e, lo, hi, parsed: bool, may_invert: bool = True):
        phrases = []
        if tokens.lower_l[s] in self.quoted_as and s > lo and tokens.lower_l[s - 1] in self.be_words:
            subject = self._subject_phrase(tokens, s - 1, lo)
            if s - 2 > lo and tokens.orth_l[s - 2] == self.comma:
                # "Algeria's Ambassador to China, Hassane Rabehi, was quoted ...": the name the aside's comma
                # closes (not "..., Jane Roe, the agency's commissioner for trade, was quoted": no name there)
                named = self._subject_phrase(tokens, s - 2, lo)
                if 0 < named[1] - named[0] <= 4 and all(tokens.cap_l[t] for t in range(*named)):
                    subject = named
            if self._as_saying(tokens, s) is not None or (
                    tokens.lower_l[s] == self.quoted_word and subject[1] > subject[0]
                    and tokens.cap_l[subject[0]] and tokens.lower_l[subject[0]] not in self.determiners):
                # "Xi Jinping was quoted by CCTV as saying": the one quoted, not the medium that quotes him (and
                # '"...," Tokayev was quoted by his press office': a name, without "as saying" too; but "The
                # remark was quoted by ...": whoever quotes it)
                return [("subject", subject)]
        by = self._passive_agent(tokens, e, hi) if self._be_before(tokens, text, s, lo) else None
        if by is not None:
            # "This was stated here by the spokesperson ... Zhao Lijian at a news briefing": the agent
            a, b = tokens.phrase_after(by + 1, hi, width=12)
            b = next((k for k in range(a + 1, b) if (tokens.lower_l[k] in self.passive_stops and not (
                # "by Chinese Ambassador to Dhaka Li Jiming": an office, its place and the name, read whole
                tokens.lower_l[k] in self.office_to and tokens.lower_l[k - 1] in self.title_heads
                and k + 3 <= b and all(tokens.cap_l[t] for t in range(k + 1, k + 3)))) or (
                k + 1 < b and text[tokens.idx_l[k + 1]].islower() and (
                    tokens.lower_l[k] == self.for_word or (tokens.lower_l[k] == self.of_word and text[
                        tokens.idx_l[k + 1]:tokens.end_l[k + 1]].endswith("ing"))))), b)
            # ("accused by the government of having planned ...", "criticised by the ministry for its stance": what
            # for, not who; "by the Ministry for Foreign Affairs" is who)
            while b - 1 > a and not tokens.cap_l[b - 1] and text[tokens.idx_l[b - 1]:tokens.end_l[b - 1]].endswith("ed"):
                b -= 1  # "by rights groups based in Geneva": the groups
            # "by the Assistant to the President of the Republic of Azerbaijan - Head of the ... Department of the
            # Presidential Administration Hikmet Hajiyev.": offices run on to the name that closes the sentence
            end = hi
            while end > b and not text[tokens.idx_l[end - 1]].isalnum():
                end -= 1
            if b < end and end - a <= 40 and end - b >= 2 and tokens.cap_l[end - 1] and tokens.cap_l[end - 2] \
                    and all(tokens.cap_l[k] or tokens.lower_l[k] in self.office_run
                            or text[tokens.idx_l[k]:tokens.end_l[k]] in "-–—" for k in range(b, end)) \
                    and self._is_person(None, " ".join(text[tokens.idx_l[end - 2]:tokens.end_l[end - 1]].split())):
                b = end
            return [("source", (a, b))]
        if (tokens.lower_l[s] in self.quoting_as or tokens.lower_l[s] in self.reported_words) \
                and not (s > lo and tokens.lower_l[s - 1] in self.be_words):
            # "state media cited President Jane Doe as saying ...", "Reuters reported Jane Doe as saying": Jane Doe
            # (not the passive: "Xi was quoted by CCTV as saying" is Xi's)
            for k in range(e + 1, min(hi - 1, e + 10)):
                if (tokens.lower_l[k] == self.as_word and tokens.lower_l[k + 1] in self.participles) or (
                        tokens.lower_l[k] == self.saying_word and tokens.lower_l[s] in self.citing):
                    # (or "saying" without "as": "Xinhua quoted a Foreign Ministry spokesperson saying: ...")
                    if any(tokens.cap_l[t] for t in range(e, k)) or tokens.words(e, k) & self.document_words \
                            or (tokens.lower_l[e] == self.the_word and tokens.words(e, k) & self.person_nouns) \
                            or (k - e == 1 and tokens.lower_l[e] in self.personal):
                        return [("subject", (e, k))]  # a name, a document ("quoted the report as saying") or
                        # someone named before ("quoted the activist as saying", "the agency quoted him as
                        # saying": whom "him" stands for), not "unnamed analysts"
                    break
        aux = self._before_adverbs_at(tokens, s - 1, lo)  # (past an adverb: "Cong is also denouncing ...")
        if tokens.lower_l[s] in self.participles and aux > lo and tokens.lower_l[aux] in self.be_words:
            a, b = self._subject_phrase(tokens, aux, lo)  # "60 groups are calling for"
            if a == b and aux - 1 > lo and tokens.orth_l[aux - 1] == self.comma:
                a, b = self._subject_phrase(tokens, aux - 1, lo)  # ("Jane Roe, the ambassador, is urging ...")
            if any(tokens.lower_l[k] in self.asking for k in range(max(lo, a - 1), b)):
                return []  # "what some experts are calling ...": a name for something, not a statement
            if b > a and tokens.orth_l[b - 1] == self.comma:
                b -= 1
            named = self._name_before_apposition(tokens, text, a, lo) \
                if b > a and a > lo and tokens.lower_l[a] not in self.pronouns else None
            # ("Cong Peiwu, the Chinese ambassador to Canada, is reiterating ...": the name, then the description;
            # not "So, Mr Xi, we are telling you ...": whom "we" address)
            return [("subject", named), ("subject", (a, b))] if named is not None else [("subject", (a, b))]
        with_named = self._with_named(tokens, s, lo) if tokens.lower_l[s] in self.participles else None
        if with_named is not None:
            return [("subject", (with_named, s))]  # "with Zuberi arguing that ...": Zuberi
        if tokens.lower_l[s] in self.participles:
            return self._main_subject(tokens, text, s, lo)
        named = self._named_between_commas(tokens, text, s, lo) if tokens.lower_l[s] in self.continue_words else None
        if named is not None:
            return [("subject", (named, s))]  # '..., H.E. Ney Samol continued, stressing ...': the name
        v = s - 2 if s - 2 > lo and tokens.lower_l[s - 1] == self.to_word \
            and tokens.lower_l[s - 2] in self.continuing else s  # ("China continues to deny": China)
        a, b = self._subject_phrase(tokens, v, lo)
        a = self._list_start(tokens, lo, a, b)
        a = self._pair_start(tokens, lo, a, b)
        k = next((t for t in range(a + 1, b - 1) if tokens.lower_l[t] == self.and_word), None)
        if k is not None and all(text[tokens.idx_l[t]].isdigit() for t in range(a, k)):
            a = k + 1  # "... since 2017 and Peters said ...": a year ends the clause before; the name after "and" speaks
        cut = next((k for k in range(a + 2, b) if tokens.lower_l[k] == self.during_word and tokens.cap_l[k - 1]
                    and tokens.cap_l[k - 2]), None)
        if cut is not None:
            b = cut  # "Secretary of State Michael Pompeo during his visit to Kazakhstan urged ...": the name
        w = a if b == a + 1 and tokens.lower_l[a] == self.who_word else a - 1 if b == a and a > lo \
            and tokens.lower_l[a - 1] == self.who_word else None
        if w is not None and w > lo:
            # "... welcomed by the team leader, Benedict Rogers, who said that ...": the person named before "who"
            end = w - 1 if tokens.orth_l[w - 1] == self.comma else w
            start = tokens.capitals_before(end, lo)
            start = self._people_in_place(tokens, text, start, lo)
            k = start - 1 if start - 1 > lo and tokens.lower_l[start - 1] == self.the_word else start
            if start < end and k - 2 >= lo and tokens.lower_l[k - 1] == self.of_word and not tokens.cap_l[k - 2] \
                    and (tokens.lower_l[k - 2] in self.people_words or tokens.lower_l[k - 2] in self.role_nouns):
                # "... spoke with a staffer of the Nurbagh Petroleum Hospital who said": the staffer, of the body
                start = k - 2
                if start - 1 >= lo and tokens.lower_l[start - 1] in self.determiners:
                    start -= 1
            if start < end and start - 1 > lo and tokens.lower_l[start - 1] in self.located_in:
                return []  # "... with a religious leader in Urumqi, who confirmed ...": the place someone is in,
                # never who "who" is
            return [("subject", (start, end))] if start < end else []
        if b > a and tokens.lower_l[a] in self.relatives and a > lo:
            return []  # "the report, which diplomats said had been ready": said inside a relative clause
        if a > lo and tokens.lower_l[a - 1] in self.asking:
            return []  # "Asked whether the government believes ...": what someone was asked, not who spoke
        if a - 1 > lo and tokens.lower_l[a - 1] == self.and_word:
            j = tokens.phrase_before(a - 1, lo)[0]
            if any(tokens.lower_l[t] in self.asking for t in range(max(j, a - 6), a - 2)):
                return []  # "... corroborates what advocates and members of the diaspora have documented": the
                # object of another verb, not who speaks
        if a - 1 > lo and b > a and tokens.lower_l[a - 1] == self.where_word and (
                (not tokens.cap_l[a - 2] and text[tokens.idx_l[a - 2]].isalpha())
                or (tokens.orth_l[a - 2] == self.comma and not tokens.cap_l[b - 1]
                    and text[tokens.idx_l[b - 1]:tokens.end_l[b - 1]].endswith("s")
                    and tokens.lower_l[b - 1] not in self.pronouns
                    and text[tokens.idx_l[s]:tokens.end_l[s]].lower() in HEARSAY_VERBS)):
            # "..., the same region where state media said ...": a clause about the place, not who speaks; after a
            # comma, only what many say of it ("... from Xinjiang, where activists and some governments allege
            # that forced labor is used"), not "..., where he underscored": who spoke there
            return []
        if a > lo and b > a and tokens.lower_l[a - 1] in self.relatives:
            cut = a - 1
            if cut > lo and (tokens.orth_l[cut - 1] == self.comma or not tokens.cap_l[cut - 1]) and not (
                    tokens.lower_l[cut] == self.that_word and tokens.lower_l[cut - 1] in self.verb_words
                    and tokens.cap_l[a]):
                return []  # (but "state media reports that President X says ...": X says it, a name after
                # the "that" of a reporting verb)
        t = self._after_time_opening(tokens, text, a, b) if b > a and tokens.lower_l[a] in self.time_prepositions else a
        if t > a:
            a = t  # "On 16 October the head of the region said": the time, then who (all of who)
        if b > a and tokens.lower_l[a] in self.preposition_openers:
            # "In his turn Heydar Aliyev noted": the name right before the verb, after an opening phrase
            n = b
            while n > a + 1 and tokens.cap_l[n - 1]:
                n -= 1
            d = next((t for t in range(b - 2, a + 1, -1) if tokens.lower_l[t] in self.determiners
                      or tokens.lower_l[t] == self.both_word), None)
            one = text[tokens.idx_l[n]:tokens.end_l[n]] if b - n == 1 else ""
            if b - n >= 2 and not any(tokens.lower_l[t] in self.months for t in range(n, b)):
                a = n
            elif one and n - 1 > a and text[tokens.idx_l[n - 1]:tokens.end_l[n - 1]].isalpha() \
                    and text[tokens.idx_l[n - 1]].islower() and tokens.lower_l[n - 1] not in self.prepositions \
                    and self._name_word(text, one) and not self._names_a_state(one) and one.lower() not in CAPITALS:
                a = n  # "In his address Garibashvili also commended": a surname the text gives in full
            elif d is not None and all(not tokens.cap_l[t] and tokens.lower_l[t] not in self.prepositions
                                       and text[tokens.idx_l[t]].isalpha() for t in range(d + 1, b)) \
                    and any((not tokens.cap_l[t] and text[tokens.idx_l[t]].isalpha())
                            or text[tokens.idx_l[t]:tokens.end_l[t]].lower() in MONTHS_DAYS for t in range(a + 1, d)):
                a = d  # "At the meeting the sides stressed", "On Monday the ministry said": the phrase after
                # the opening one, from its article
            elif d is not None and d == b - 2 and tokens.lower_l[d] == self.the_word \
                    and tokens.lower_l[b - 1] in self.office_like and not tokens.cap_l[d - 1] \
                    and text[tokens.idx_l[d - 1]].isalpha():
                a = d  # "In reply to this question the Ambassador stated": the office named after the phrase
            else:
                s, a, b = a, a, a  # "Antony Blinken, on January 19 said": the phrase before is a time
        if a == b and s - 2 > lo and tokens.lower_l[s - 1] == self.and_word \
                and tokens.lower_l[s - 3] in self.first_person and tokens.phrase_before(s - 2, lo)[0] == s - 3:
            return []  # "..., I smiled and said": the writer speaking in the first person, the writer's own voice
        if a == b and s - 1 > lo and (tokens.lower_l[s - 1] == self.and_word or tokens.lower_l[s - 1] == self.but_word):
            # (or "but": "Jane Roe was not present for the debate, but told reporters ...")
            # "Xi Jinping visited Urumchi and called for ...": the subject of the first verb of the pair;
            # a name without an entry when it is one ("Fidan addressed ... and advocated", named in full before)
            pair = self._main_subject(tokens, text, s, lo, free=False)
            if not pair:
                pair = [(role, (x, y)) for role, (x, y) in self._main_subject(tokens, text, s, lo)
                        if y - x >= 2 or self._name_word(text, text[tokens.idx_l[x]:tokens.end_l[x]])]
            if not pair:  # "The 46-page report looked at ... and found": the document its issuer speaks by
                first = self._clause_start(tokens, lo, s)
                d = next((t for t in range(first, min(s, first + 6)) if tokens.lower_l[t] in self.document_words), None)
                if d is not None and tokens.lower_l[first] in self.determiners and \
                        all(not tokens.cap_l[t] for t in range(first + 1, d)):
                    pair = [("subject", (first, d + 1))]
                elif tokens.lower_l[first] in self.third_person and first + 2 < s - 1 \
                        and not any(tokens.lower_l[t] in self.clause_words or tokens.lower_l[t] in self.verb_words
                                    or tokens.boundary_l[t] for t in range(first + 1, s - 1)):
                    # "He visited the site and said ...": the pronoun that opens the clause of the first verb,
                    # whom it stands for (no clause between: not "He said the minister visited ... and stressed")
                    pair = [("subject", (first, first + 1))]
            if not pair:
                # "... began on July 3rd when Azerbaijani President Ilham Aliyev met with Xi Jinping ... and
                # said": the name right before the first verb of the pair, wherever the sentence opened
                for k in range(s - 2, lo, -1):
                    word = text[tokens.idx_l[k]:tokens.end_l[k]]
                    if word in "()":
                        continue  # "the Shanghai Cooperation Organization (SCO) summit"
                    if tokens.boundary_l[k] or tokens.lower_l[k] == self.and_word:
                        break
                    if word.islower() and (word in PAST_VERBS or (word.endswith("ed") and len(word) > 4)) \
                            and tokens.cap_l[k - 1]:
                        start = tokens.capitals_before(k, lo, most=6)
                        if k - start >= 2 or self.holder_in(tokens, (start, k), self._refs):
                            pair = [("subject", (start, k))]
                        break
            phrases.extend(pair)
        if parsed:  # with a trained parser, the verb's grammatical subject comes first where the rules agree
            for child in doc[s].children:
                if child.dep_ in ("nsubj", "nsubjpass") and a <= child.i < b:
                    phrases.append(("parsed", (child.i, child.i + 1)))  # its head word: the name it is in
        v = s  # the verb, or the auxiliaries and adverbs before it: "Radio Free Asia, ..., also highlighted"
        # ("Koen Stoop, in his statement, firmly called")
        while v - 1 > lo and (tokens.lower_l[v - 1] in self.auxiliaries or self._ly_adverb(tokens, v - 1)):
            v -= 1
        if a == b and v != s:
            s = v
        named_as = IDENTIFIED_AS.search(text, tokens.idx_l[lo], tokens.idx_l[s]) if s > lo else None
        if named_as is not None:
            # "the resident, identifying himself as Mamat, said": the name he gave
            return [("subject", (tokens.token_at(named_as.start("name")), tokens.token_at(named_as.end("name"))))]
        # "Jane Doe — a representative of the group — said": dashes set the apposition off as commas do
        dashed = a == b and s - 1 > lo and tokens.orth_l[s - 1] in self.dashes \
            and any(tokens.orth_l[k] in self.dashes for k in range(lo + 1, s - 2))
        marks = self.dashes | {self.comma} if dashed else {self.comma}
        if a == b and s - 1 > lo and tokens.orth_l[s - 1] in marks:
            # "Mamtimin Ala, president of the ETGE, said", "Bachelet, who ended her term ..., said":
            # the name the sentence opens with, else the phrase before the apposition, then the apposition
            first = lo
            while first < s - 1 and tokens.orth_l[first] not in marks:
                first += 1
            one_word = text[tokens.idx_l[lo]:tokens.end_l[lo]] if first == lo + 1 else ""
            # "The president of the ETGE, Jane Doe, made": the name in apposition, not the body
            office_of = any(tokens.lower_l[t] in self.role_nouns and tokens.lower_l[t + 1] == self.of_word
                            for t in range(lo, first - 1))
            # "Tanzania's first female president, Hassan, said": a description, then the name in apposition
            described = first + 1 < s - 1 and s - 1 - (first + 1) <= 4 \
                and all(tokens.cap_l[t] for t in range(first + 1, s - 1)) \
                and any(not tokens.cap_l[t] and text[tokens.idx_l[t]].isalpha() for t in range(lo, first))
            # (not a clause: "The Silk Road historically connects Azerbaijan and China, Ding Tao, ..., said": a
            # verb in the present between capitals, not a name)
            clause = any(not tokens.cap_l[t] and text[tokens.idx_l[t]:tokens.end_l[t]].endswith("s")
                         and t + 1 < first and (tokens.cap_l[t + 1] or tokens.lower_l[t + 1] in self.determiners)
                         and text[tokens.idx_l[t]:tokens.end_l[t]].isalpha()
                         and not text[tokens.idx_l[t]:tokens.end_l[t]].endswith("ss")
                         for t in range(lo + 1, first)) or any(tokens.lower_l[t] in self.be_words
                                                             for t in range(lo + 1, first))
            # (nor "The commitment provides a solid foundation, Jan Novak, ..., said": a verb and its object)
            if lo < first < s - 1 and first - lo <= 8 and tokens.cap_l[lo] and not office_of and not described \
                    and not clause and tokens.lower_l[lo] not in self.openers and not one_word.lower().endswith("ly"):
                phrases.append(("subject", (lo, first)))
            after = self._after_phrase(tokens, text, e, hi)
            if after[1] > after[0]:
                phrases.append(("after", after))  # "..., reversed that trend, said Seyit Tumturk"
            c1 = s - 2
            while c1 > lo and s - c1 < 40 and tokens.orth_l[c1] not in marks:
                c1 -= 1
            if c1 > lo and tokens.orth_l[c1] in marks:
                appos = (c1 + 1, s - 1)
                if appos[1] - appos[0] >= 4 and text[tokens.idx_l[appos[1] - 1]] == ")":
                    # "..., Luise Amtsberg (Greens), has called": the name, before its party in brackets
                    op = next((k for k in range(appos[1] - 2, appos[0], -1) if text[tokens.idx_l[k]] == "("), None)
                    if op is not None and op - appos[0] >= 2 and appos[1] - op <= 5:
                        appos = (appos[0], op)
                name = 0 < appos[1] - appos[0] <= 4 and all(tokens.cap_l[k] for k in range(*appos))
                subject = ("subject", self._subject_phrase(tokens, c1, lo))
                if subject[1][0] == subject[1][1] and c1 - 1 > lo and tokens.lower_l[c1 - 1] == self.and_word \
                        and text[tokens.idx_l[c1 + 1]:tokens.end_l[c1 + 1]].endswith("ing"):
                    # "Sir Keir met President Xi ... and, speaking at the start of the meeting, said": the subject of
                    # the first verb of the pair, as in "... visited Urumchi and called for"
                    pair = self._main_subject(tokens, text, c1, lo, free=False) or [
                        (role, (x, y)) for role, (x, y) in self._main_subject(tokens, text, c1, lo) if y - x >= 2]
                    if pair:
                        subject = pair[0]
                # "Biden's secretary of state nominee, Antony Blinken, said": the name, then the description
                first_word = text[tokens.idx_l[appos[0]]:tokens.end_l[appos[0]]] if appos[1] > appos[0] else ""
                if first_word.islower() and first_word.endswith(("ed", "en")) and len(first_word) > 4:
                    phrases.append(subject)  # "The bill, presented in parliament, demands": what was done to the
                    # subject, no description of a speaker
                else:
                    if not name and subject[1][1] > subject[1][0] and not tokens.cap_l[subject[1][0]] \
                            and text[tokens.idx_l[subject[1][0]]].isalpha() \
                            and tokens.lower_l[subject[1][0]] not in self.determiners:
                        # "..., exploring new opportunities and inject new impetus for Africa's development, Sudan
                        # foreign minister Dr. Al-Dirdiri, has indicated": no name before the commas, an office and a
                        # name between them (nothing "of" or "to" anyone else: not "a friend of President X")
                        run = appos[1]
                        while run > appos[0] and (tokens.cap_l[run - 1] or (
                                text[tokens.idx_l[run - 1]:tokens.end_l[run - 1]] in HONORIFIC_ABBREVIATIONS) or (
                                text[tokens.idx_l[run - 1]:tokens.end_l[run - 1]] == "-" and run - 2 >= appos[0]
                                and tokens.cap_l[run - 2] and tokens.end_l[run - 2] == tokens.idx_l[run - 1])):
                            run -= 1  # (through "Dr.", and a hyphen inside a name: "Al-Dirdiri")
                        name = appos[1] - run >= 2 and run > appos[0] \
                            and any(tokens.lower_l[t] in self.title_heads for t in range(appos[0], run)) \
                            and not any(tokens.lower_l[t] in self.office_joiners or tokens.lower_l[t] in self.prepositions
                                        for t in range(appos[0], appos[1]))
                    phrases.extend([("subject", appos), subject] if name else [subject, ("subject", appos)])
                # '"...," Dilxat Raxit, spokesperson for the WUC, an exile group, told AFP': the name before both
                named = self._name_before_apposition(tokens, text, subject[1][0], lo)
                if named is not None and not name:
                    phrases.insert(len(phrases) - 2, ("subject", named))
            else:
                phrases.append(("subject", self._subject_phrase(tokens, s - 1, lo)))
        elif a == b and s - 1 > lo and text[tokens.idx_l[s - 1]] in QUOTES_CLOSE + QUOTES_BOTH \
                and (opening := self._name_opening_apposition(tokens, lo, s)) is not None:
            # 'Fair Trials, an organization working "for fair trials ..." has noted that': the apposition ends
            # in a quotation, not a comma; the name the sentence opens with
            phrases.append(("subject", opening))
        else:
            # "..., Liu Bin, deputy director of the department ... told journalists": the name before the description
            named = self._name_before_apposition(tokens, text, a, lo) if b > a else None
            if named is None and b > a:
                # "Jane Roe, a student who chairs the society and volunteers at the charity Ruritania Aid told
                # the paper": the description's closing comma left out; the name the sentence opens with
                opening = self._name_opening_apposition(tokens, lo, s)
                if opening is not None and opening[1] - opening[0] >= 2 and opening[1] < a \
                        and tokens.lower_l[opening[1] + 1] in self.determiners \
                        and not any(tokens.orth_l[t] == self.comma for t in range(opening[1] + 1, s)):
                    named = opening
            if named is not None:
                phrases.append(("subject", named))
            phrases.append(("subject", (a, b)))
        # an inverted quote names the speaker right after the verb: '..., stated Dr Mamtimin Ala'
        if may_invert:
            phrases.append(("after", self._after_phrase(tokens, text, e, hi)))
        return phrases

    def _name_opening_apposition(self, tokens, lo: int, s: int):
        """The capitalised name that opens the sentence at ``lo`` and is followed by a comma and a description in
        lower case before token ``s`` ("Fair Trials, an organization working ..."): its tokens, or None."""
        first = lo
        while first < s - 1 and first - lo <= 6 and tokens.orth_l[first] != self.comma:
            first += 1
        if not (lo < first < s - 2 and tokens.orth_l[first] == self.comma) or (tokens.cap_l[first + 1] and not (
                # ("Chen Xu, China's envoy to ..., insists": a description that opens with a state's possessive)
                first + 3 < s and tokens.lower_l[first + 2] in self.possessive_marks and not tokens.cap_l[first + 3])
                # (or with a party's or a state's adjective before the office: "Jane Roe, Republican chairman of ...")
                and not (first + 2 < s - 1 and not tokens.cap_l[first + 2]
                         and tokens.lower_l[first + 2] in self.role_nouns)):
            return None
        if not all(tokens.cap_l[t] or tokens.lower_l[t] in self.title_word_hashes for t in range(lo, first)) \
                or not tokens.cap_l[lo] or not tokens.cap_l[first - 1] or tokens.lower_l[lo] in self.openers \
                or tokens.lower_l[lo] in self.determiners:
            return None  # (an office in lower case inside the name's title: "Deputy prime minister Ahmad Zahid
            # Hamidi, who is also ..., said China ...": he said it)
        return lo, first

    def _opening_then_name(self, tokens, lo: int, s: int) -> bool:
        """Whether an opening phrase and its comma come before a name in apposition that runs to the verb at ``s``
        ("Before the hearing, Congressman Jane Roe, Republican chairman of the committee, said that ...",
        "Responding to the hearing, Jane Roe, spokesperson for the embassy, said the committee's ..."): she said
        it, so what follows the verb is what was said."""
        if tokens.lower_l[lo] not in self.openers:
            return False
        c = next((t for t in range(lo + 2, min(s - 4, lo + 10)) if tokens.orth_l[t] == self.comma), None)
        return c is not None and self._name_opening_apposition(tokens, c + 1, s) is not None

    def _office_then_named(self, tokens, lo: int, s: int) -> bool:
        """Whether the words before the verb at ``s`` are an office opening the sentence and the name in apposition
        to it, set off by commas ("Its spokesperson, Tang Tang, said", "The ambassador, Jane Doe, said"): the
        sentence's subject, so whatever follows the verb is what was said."""
        c1 = next((t for t in range(lo + 1, min(s - 2, lo + 5)) if tokens.orth_l[t] == self.comma), None)
        if c1 is None or s - 1 - (c1 + 1) > 4 or tokens.orth_l[s - 1] != self.comma:
            return False
        opener = tokens.lower_l[lo] in self.determiners or tokens.lower_l[lo] in self.possessives
        return opener and tokens.lower_l[c1 - 1] in self.role_nouns \
            and all(tokens.cap_l[t] for t in range(c1 + 1, s - 1))

    def _name_before_apposition(self, tokens, text, a: int, lo: int):
        """A person's name in capitals standing right before the description at token ``a`` that starts in
        lower case ("Liu Bin, deputy director of ..."), between the sentence start, a comma or a quotation's
        close and the comma before ``a``: its tokens, or None."""
        covers = a - 3 >= lo and tokens.orth_l[a - 2] == self.comma and tokens.cap_l[a - 1] and not tokens.cap_l[a] \
            and tokens.lower_l[a] in self.office_like
        if covers:
            a -= 1  # "Sophie Richardson, China director at Human Rights Watch said": the description starts at the
            # place the office covers
        elif a + 1 < len(tokens.lower_l) and tokens.cap_l[a] and not tokens.cap_l[a + 1] \
                and tokens.lower_l[a + 1] in self.office_like:
            covers = True  # (the phrase given from that place already)
        if a - 2 < lo or tokens.orth_l[a - 1] != self.comma:
            return None
        if tokens.cap_l[a] and not covers and not (self.holder_in(tokens, (a, a + 1), self._refs) and any(
                tokens.lower_l[k] in self.person_offices for k in range(a + 1, min(len(tokens.lower_l), a + 4)))) \
                and not (tokens.lower_l[a] in self.office_titles and a + 1 < len(tokens.lower_l)
                         and tokens.lower_l[a + 1] in self.office_to) \
                and not any(tokens.lower_l[k] in self.apposition_offices
                            for k in range(a, min(len(tokens.lower_l), a + 4))) \
                and not (a + 1 < len(tokens.lower_l) and tokens.lower_l[a + 1] in self.possessive_marks
                         and any(tokens.lower_l[k] in self.apposition_offices or tokens.lower_l[k] in self.person_offices
                                 for k in range(a + 2, min(len(tokens.lower_l), a + 7)))):
            return None  # (but "Salih Hudayar, ETGE Minister for Foreign Affairs, alleged": a body's officer, as
            # "Jane Roe, ACT's Foreign Affairs spokesperson, on Wednesday revealed" is its spokesperson; and
            # "Hikmat Hajiyev, Assistant to the President, Head of ..., said": an office, "to" or "of" its holder)
        if not text[tokens.idx_l[a]:tokens.end_l[a]][:1].isalpha():
            return None
        k = a - 2
        while k >= lo and a - 1 - k <= 4 and (tokens.cap_l[k] or text[tokens.idx_l[k]:tokens.end_l[k]] == "." or (
                tokens.lower_l[k] in self.name_particles and k > lo and tokens.cap_l[k - 1] and tokens.cap_l[k + 1])):
            k -= 1  # (through a particle inside the name: "Brooke van Velden")
        start = k + 1
        if start == lo and tokens.lower_l[start] == self.as_word:
            start += 1  # "As Professor Jane Roe, director of the institute, wrote": the name after "As"
        if a - 1 - start < 2 or not tokens.cap_l[start]:
            return None  # two words at least: a person's name, not "Beijing," or "Officials,"
        if k >= lo and not (tokens.boundary_l[k] or text[tokens.idx_l[k]] in QUOTES_CLOSE + QUOTES_BOTH):
            return None
        if tokens.lower_l[start] in self.openers or tokens.lower_l[start] in self.determiners:
            return None
        if all(text[tokens.idx_l[t]:tokens.end_l[t]].isupper() for t in range(start, a - 1)):
            return None  # "KUALA LUMPUR, Malaysian Prime Minister ... said": a dateline, no one's name
        return start, a - 1

    def _clause_start(self, tokens, lo: int, hi: int) -> int:
        """Where the main clause of the sentence starting at ``lo`` starts: after an opening phrase and its
        comma ("On August 26, ...", "Elsewhere in the meeting, ..."), else at ``lo``."""
        if lo + 2 < hi and tokens.lower_l[lo] in self.conjunctions and tokens.orth_l[lo + 1] != self.comma:
            # "But addressing the media in Accra on Wednesday, Mr. Jane Roe dispelled ...": the phrase after "but"
            start = self._clause_start(tokens, lo + 1, hi)
            if start > lo + 1:
                return start
        if tokens.lower_l[lo] in self.preposition_openers or tokens.lower_l[lo] in self.openers \
                or tokens.lower_l[lo] in self.speaking_openers:
            # ("Speaking to a packed courthouse in August 2018, ...": a participle's phrase runs longer)
            for k in range(lo, min(hi, lo + (16 if tokens.lower_l[lo] in self.speaking_openers else 8))):
                if tokens.orth_l[k] == self.comma:
                    return k + 1
        elif self._ing_opener(tokens, lo):
            # "Making up half the region's population, Uyghurs see ...": a participle's phrase, then the clause
            for k in range(lo, min(hi, lo + 14)):
                if tokens.orth_l[k] == self.comma:
                    return k + 1
        return lo

    def _reports_after_mark(self, text: str, qtext: str, lo: int, hi: int) -> bool:
        """Whether what follows a paragraph's opening "Name:" reads as news (a sentence of eight words or more,
        with no "I", "we" or "our" outside quotation marks), as after a dateline, not as a turn's opening
        ("Marti Flacks: Good morning.")."""
        colon = text.find(":", lo, hi)
        rest = text[colon + 1:hi] if colon != -1 else ""
        return len(rest.split()) >= 8 and not self._outside_quotes(FIRST_PERSON_RE, qtext, colon + 1, hi)

    @staticmethod
    def _named_again(label: str, text: str, after: int, headline: str | None) -> bool:
        """Whether the text after ``after`` or its headline uses a word of ``label``'s name again (its surname,
        "Zhang", or the whole name): a turn's speaker is someone the text is about; a dateline's place is not."""
        words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", label) if w[:1].isupper() and len(w) > 2
                 and w.lower() not in PLACE_OPENERS]  # ("New York: ...": "New" again says nothing)
        rest = text[after:] + "\n" + (headline or "")
        # (not inside a longer name that opens with it: "told New York Post" after the dateline "New York: ...")
        rest = re.sub(rf"(?<!\w){re.escape(label.strip())}\s+[A-Z][\w’'-]*", " ", rest)
        return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", rest) for w in words)

    @staticmethod
    def _later_turn(text: str, blocks) -> bool:
        """Whether a paragraph after the first opens with a turn mark ("Doe: ..."): then the first one's mark is
        a transcript's first turn, not a dateline."""
        return any(TURN_OPENING.match(text, start) or CAPITALS_TURN.match(text, start) for start, _ in blocks[1:])

    @staticmethod
    def _turn_again(text: str, blocks, mark: str) -> bool:
        """Whether a later paragraph opens with a turn marked by the last word of ``mark`` ("CHRISTIANE
        AMANPOUR: Hello, ..." then "AMANPOUR: ..."): then the first is a transcript's turn, not a dateline."""
        last = re.sub(r"[^\w’'-]+$", "", mark.split(",")[0].split()[-1]) if mark.split() else ""
        return len(last) >= 3 and any(text.startswith(last + ":", start) for start, _ in blocks[1:])

    @staticmethod
    def _ing_opener(tokens, lo: int) -> bool:
        """A sentence that opens with a participle and a lower-case word: "Making up half ..."."""
        if lo + 1 >= len(tokens.lower_l):
            return False
        word = tokens.doc[lo].text
        return len(word) > 5 and word.endswith("ing") and word[:1].isupper() and not tokens.cap_l[lo + 1]

    @staticmethod
    def _hyphen_in_name(tokens, text, t: int, s: int) -> bool:
        """Whether token ``t`` (before ``s``) is a hyphen glued between a word and a capitalised one, inside a
        name ("Kassym-Jomart")."""
        return t + 1 < s and text[tokens.idx_l[t]:tokens.end_l[t]] == "-" and tokens.cap_l[t + 1] \
            and tokens.end_l[t - 1] == tokens.idx_l[t] and tokens.end_l[t] == tokens.idx_l[t + 1]

    def _main_subject(self, tokens, text, s: int, lo: int, free: bool = True):
        """The sentence's first name, when no other name comes before it ("Jane Doe thanked ... Xi Jinping");
        with `free`, else the capitalised words that open its main clause ("The United States on Thursday")."""
        if lo < len(tokens) and text[tokens.idx_l[lo]] in QUOTES_OPEN + QUOTES_BOTH:
            return []  # '"The WUC is ...," it continued, calling ...': the quotation's subject is not the speaker
        first = self._clause_start(tokens, lo, s)
        window = tokens.idx_l[min(s, first + 10) - 1] if s > first else tokens.idx_l[first]
        covered = set()
        for m in self._refs[bisect_left(self._starts, tokens.idx_l[first]):bisect_left(self._starts, window)]:
            k, k_end = tokens.token_at(m.start), tokens.token_at(m.end)
            if m.kind == "role" or self.entries[m.entry].type in ("person", "organization"):
                if not any(tokens.cap_l[t] and t not in covered and not self._title_like(text, tokens, t)
                           for t in range(first + 1, k)):
                    if tokens.lower_l[first] in self.subject_pronouns and k > first + 1:
                        break  # "He's due to meet officials including ... Xi Jinping, on Friday, highlighting ...":
                        # the clause's subject is "he"; a name after its verb is whom he meets
                    named = self._named_after_office(tokens, text, first, k, k_end, s)
                    return [("subject", named or (k, k_end))]
                break
            covered.update(range(k, k_end))
        if free and first + 2 < s and tokens.lower_l[first] in self.plain_conjunctions and tokens.cap_l[first] \
                and not tokens.boundary_l[first + 1]:
            first += 1  # "But judge Ian Dove on Friday rejected the case, saying ...": the clause after "But"
        # a day opening the sentence without its comma ("Today Ms Kadeer was ...", "On Monday Jane Roe ..."): the
        # clause after it
        if free and first + 2 < s and tokens.lower_l[first] in self.when_words and tokens.cap_l[first + 1]:
            first += 1
        elif free and first + 3 < s and tokens.lower_l[first] == self.on_word \
                and tokens.lower_l[first + 1] in self.when_words and tokens.cap_l[first + 2]:
            first += 2
        if not free or first >= s or tokens.lower_l[first] in self.openers:
            return []
        k = first + (1 if tokens.lower_l[first] in self.determiners else 0)
        end = k
        while end < s and end - first < 8 and (tokens.cap_l[end] or (
                tokens.lower_l[end] in self.name_particles and end + 1 < s and tokens.cap_l[end + 1]) or (
                end == k and end + 1 < s and tokens.cap_l[end + 1]
                and text[tokens.idx_l[end]:tokens.end_l[end]] in HONORIFIC_ABBREVIATIONS) or (
                end > k and self._hyphen_in_name(tokens, text, end, s))):
            end += 1  # (through "bin", "al", "van": "Sheikh Mohamed bin Zayed Al Nahyan"; from "Mr.", "Dr."; and
            # through a hyphen inside a name: "Kassym-Jomart Tokayev")
        if k < end and end + 1 < s and text[tokens.idx_l[end]:tokens.end_l[end]] == "-" \
                and tokens.end_l[end - 1] == tokens.idx_l[end] and tokens.end_l[end] == tokens.idx_l[end + 1] \
                and text[tokens.idx_l[end + 1]:tokens.end_l[end + 1]].isalpha() \
                and text[tokens.idx_l[end + 1]].islower() \
                and not common_word(text[tokens.idx_l[end + 1]:tokens.end_l[end + 1]]):
            end += 2  # a given name's second syllable glued in lower case: "Hsu Shu-hua" (not "Germany-based")
        if end == k + 1 and tokens.lower_l[k] in self.every_words:
            return []  # "Every week, dozens of activists gather ..., demanding": when, not who
        if end == k + 1 and k == first and common_word(text[tokens.idx_l[k]:tokens.end_l[k]]):
            # "Talk show host John Oliver dedicated ..., calling on ...": a common word capitalised only as the
            # sentence's first, then the rest of a description in lower case, then the name
            n = end
            while n < s and n - end < 3 and not tokens.cap_l[n] and text[tokens.idx_l[n]:tokens.end_l[n]].isalpha() \
                    and tokens.lower_l[n] not in self.prepositions and tokens.lower_l[n] not in self.determiners \
                    and tokens.lower_l[n] not in self.clause_words \
                    and tokens.lower_l[n] not in self.verb_words and tokens.lower_l[n] not in self.auxiliaries \
                    and not text[tokens.idx_l[n]:tokens.end_l[n]].endswith("ed") \
                    and text[tokens.idx_l[n]:tokens.end_l[n]] not in PAST_VERBS:  # ("Many carried East ...": a verb)
                n += 1
            m = n
            while m < s and m - n < 8 and (tokens.cap_l[m] or (
                    m > n and text[tokens.idx_l[m]:tokens.end_l[m]] == "." and tokens.idx_l[m] == tokens.end_l[m - 1]
                    and tokens.lower_l[m - 1] in self.name_abbreviations and m + 1 < s
                    and text[tokens.idx_l[m + 1]].isupper()) or (
                    text[tokens.idx_l[m]].isupper() and text[tokens.idx_l[m]:tokens.end_l[m]].endswith(".")
                    and text[tokens.idx_l[m]:tokens.end_l[m] - 1].lower() in NAME_ABBREVIATIONS) or (
                    m > n and self._hyphen_in_name(tokens, text, m, s))):
                m += 1  # (through a rank written short: "Government spokesman Maj. Gen. Verachon Sukhonthapatipak";
                # through a hyphen inside a name: "Kazakh leader Kassym-Jomart Tokayev")
            if n > end and m - n >= 2 and self._is_person(None, text[tokens.idx_l[n]:tokens.end_l[m - 1]]):
                k, end = n, m
            elif len(word := text[tokens.idx_l[k]:tokens.end_l[k]]) > 4 and word.endswith(("ed", "ing")):
                return []  # "Launched in 2013, the CPEC ... links ..., highlighting ...": a participle opening the
                # sentence, no one who speaks
        extended = end
        if k < end and tokens.lower_l[k] in self.title_heads | self.title_modifiers:
            # "State Councilor and Minister of Public Security Zhao Kezhi used ...": offices joined by "and" and
            # "of", then the name, read whole
            j = end
            while j + 1 < s and j - first < 14 and tokens.lower_l[j] in self.office_joiners and tokens.cap_l[j + 1]:
                j += 1
                while j < s and j - first < 14 and tokens.cap_l[j]:
                    j += 1
            if j > end and j - end >= 2:
                end = j
        if end == extended and k < end < s - 2 and tokens.lower_l[end - 1] in self.title_heads \
                and tokens.lower_l[end] in self.office_to and (tokens.cap_l[end + 1] or (
                    tokens.lower_l[end + 1] == self.the_word and tokens.cap_l[end + 2])):
            # "US Ambassador to Indonesia Joseph R. Donovan Jr. visited ...": an office, its place, then the name
            # (one run of capitalised words: a place of a word or two, and a name of at least two)
            # ("Senior Rabbi to Reform Judaism in the UK Laura Janner-Klausner": a place or body of several words,
            # joined by "in the", "of"; a hyphen glued inside a name)
            n = end + 1
            while n < s and n - first < 16 and (tokens.cap_l[n] or INITIALS.fullmatch(
                    text[tokens.idx_l[n]:tokens.end_l[n]]) or text[tokens.idx_l[n]:tokens.end_l[n]] in NAME_SUFFIXES
                    or (tokens.lower_l[n] in self.office_run and n + 1 < s
                        and (tokens.cap_l[n - 1] or n == end + 1 or tokens.lower_l[n - 1] in self.office_run)
                        and (tokens.cap_l[n + 1] or (tokens.lower_l[n + 1] == self.the_word and n + 2 < s
                                                     and tokens.cap_l[n + 2])))
                    or (text[tokens.idx_l[n]:tokens.end_l[n]] == "-" and n + 1 < s and tokens.cap_l[n - 1]
                        and tokens.cap_l[n + 1] and tokens.end_l[n - 1] == tokens.idx_l[n]
                        and tokens.end_l[n] == tokens.idx_l[n + 1])):
                n += 1
            last = n - 4 if n - 4 > end and text[tokens.idx_l[n - 2]:tokens.end_l[n - 2]] == "-" else n - 2
            if n - end - 1 >= 3 and self._is_person(None, " ".join(
                    text[tokens.idx_l[last]:tokens.end_l[n - 1]].split())):
                end = n
        if end == k and k + 2 < s and text[tokens.idx_l[k]:tokens.end_l[k]] in ROLE_BEFORE_NAME and tokens.cap_l[k + 1] \
                and tokens.cap_l[k + 2]:
            end = k + 1  # "The journalist Md Enamul Hassan, out of curiosity, moved ..., saying": the occupation, then
            while end < s and end - k <= 4 and tokens.cap_l[end]:  # the name
                end += 1
        if k < end < s and text[tokens.idx_l[end]:tokens.end_l[end]] in ("'s", "’s"):
            # "Kazakhstan's founding President Nursultan Nazarbayev": a possessive, a word or two, then a name
            r = end + 1
            while r < s and r - end <= 3 and not tokens.cap_l[r] and text[tokens.idx_l[r]].isalpha():
                r += 1
            if r < s and tokens.cap_l[r]:
                end = r
                while end < s and end - first < 12 and (tokens.cap_l[end] or self._hyphen_in_name(tokens, text, end, s)):
                    end += 1
        elif k < end < s - 1 and not tokens.cap_l[end] and tokens.cap_l[end + 1] and \
                text[tokens.idx_l[end]:tokens.end_l[end]] in PERSON_NOUNS:
            # "Vice News correspondent Isobel Yeung": a body's name, an occupation, then the person's name
            end += 1
            while end < s and end - first < 12 and (tokens.cap_l[end] or self._hyphen_in_name(tokens, text, end, s)):
                end += 1
        elif k < end < s - 2 and not tokens.cap_l[end] and tokens.cap_l[end + 2] \
                and text[tokens.idx_l[end]:tokens.end_l[end]] in OFFICE_MODIFIERS \
                and text[tokens.idx_l[end + 1]:tokens.end_l[end + 1]] in PERSON_NOUNS:
            # "OTRK general director Ilim Karypbekov": the office in two words, then the name
            end += 2
            while end < s and end - first < 12 and (tokens.cap_l[end] or self._hyphen_in_name(tokens, text, end, s)):
                end += 1
        if end == k and k < s and tokens.lower_l[first] in self.determiners:
            head = next((j for j in range(k, min(s, k + 3)) if tokens.lower_l[j] in self.speaker_words), None)
            if head is not None and all(not tokens.boundary_l[j] for j in range(k, head + 1)) and \
                    head + 1 < s and tokens.lower_l[head + 1] not in self.prepositions and \
                    tokens.orth_l[head + 1] != self.comma:
                # "On Monday, the ministry issued a note, urging ...": a body named by its common noun
                return [("subject", (first, head + 1))]
            # "An official of the akimat (municipality) in Almaty, Jane Doe, met ...": the name in apposition
            # to a description
            c = next((t for t in range(k, min(s, k + 10)) if tokens.orth_l[t] == self.comma), None)
            if c is not None:
                n = c + 1
                while n < s and n - c <= 5 and tokens.cap_l[n]:
                    n += 1
                if n > c + 1 and n < s and tokens.orth_l[n] == self.comma:
                    return [("subject", (c + 1, n))]
        if end == k or tokens.lower_l[first] in self.pronouns:
            return []
        # "Exiled Uighur leader Rebiya Kadeer", "Conservative former minister Nus Ghani": a description, a role
        # word (after "former", "senior"), then the name it describes
        r = end
        while r < s and r - end < 5 and not tokens.cap_l[r] and (tokens.lower_l[r] in self.role_nouns or (
                tokens.lower_l[r] in self.describing and r + 1 < s and tokens.lower_l[r + 1] in self.role_nouns)
                or self._glued_prefix(tokens, text, r, s)):
            r += 1  # ("NCP co-chair Pushpa Kamal Dahal": a prefix glued to its role by a hyphen)
        if r > end and r < s and tokens.cap_l[r] and tokens.lower_l[r - 1] in self.role_nouns:
            end = r
            while end < s and end - first < 10 and (tokens.cap_l[end] or self._hyphen_in_name(tokens, text, end, s)):
                end += 1
        elif end - k == 1:
            # "Human rights groups have been raising the issue, alleging ...": one capital opening the sentence,
            # then a lower-case word or none, then the noun of those who speak (not "Jane Roe held a press ...")
            h = end
            while h < s and h - end < 2 and not tokens.cap_l[h] and text[tokens.idx_l[h]].isalpha():
                if tokens.lower_l[h] in self.speaker_words:
                    end = h + 1
                    break
                h += 1
        return [("subject", (first, end))]

    def _glued_prefix(self, tokens, text, r: int, s: int) -> bool:
        """Token ``r`` is a prefix or the hyphen that glues it to a role noun: "co-chair", "vice-chairman"."""
        word = text[tokens.idx_l[r]:tokens.end_l[r]]
        if word == "-":
            return 0 < r < s - 1 and tokens.end_l[r - 1] == tokens.idx_l[r] \
                and tokens.end_l[r] == tokens.idx_l[r + 1] and tokens.lower_l[r + 1] in self.role_nouns
        return word.lower() in ("co", "vice", "ex") and r + 2 < s \
            and text[tokens.idx_l[r + 1]:tokens.end_l[r + 1]] == "-" and tokens.end_l[r] == tokens.idx_l[r + 1] \
            and tokens.lower_l[r + 2] in self.role_nouns

    outlets: set = set()
    media: set = set()

    def _outlet_label(self, label: str, words: set[str]) -> bool:
        """Whether a speaker named ``label`` (its words in lower case: ``words``) is a news outlet: a word of one
        ("The Moscow Times", "the Xinhua news agency") or an outlet the registry lists by that name."""
        return bool(words & NEWS_OUTLET_WORDS) or name_key(re.sub(r"^(?:the|The)\s+", "", label)) in self.outlets

    def _outlet(self, found, text: str) -> bool:
        """A speaker found by "according to" that is a news outlet: it carries others' words."""
        if found is None or found[0] is not None or not found[1]:
            return False
        if (re.match(r"[Ii]t\b", text[found[2]:found[3]]) or REPORTED.search(text, found[2], found[3])) \
                and (self._outlet_named((None, found[1]), text) or set(found[1].lower().split()) & OUTLET_WORDS):
            return True  # "..., CCTV reported", "It said Xi also urged ...", of "State broadcaster CCTV"
        if len(found) > 4 and found[4] and name_key(re.sub(r"^(?:the|The)\s+", "", found[1])) in self.outlets:
            return True  # an outlet the registry knows closing the sentence, whatever its verb ("..., Xinhua stated.")
        if len(found) > 4 and found[4] and set(found[1].lower().split()) & {"media", "television", "tv", "broadcaster"} \
                and set(found[1].lower().split()) & {"state", "state-run", "official"}:
            return True  # "Xi told Rabuka that ..., Chinese state television said": the state's press carries his words
        if not text[found[2]:found[2] + 12].lower().startswith("according to") and not (
                REPORTED.search(text, found[2], found[3]) and set(found[1].lower().split()) & NEWS_OUTLET_WORDS):
            return False  # ("Azerbaijan's state news agency reported that ..., Aliyev expressed ...": Aliyev's)
        named = NAMED_SAYING.match(text, found[3])
        if named is not None and text[found[2]:found[2] + 12].lower().startswith("according to") \
                and self._is_person(None, " ".join(named.group(1).split())) \
                and not any(self._document_word(w) for w in re.findall(r"\w+", text[found[2]:found[3]].lower())):
            return True  # "According to China's Foreign Ministry, Xi said ...": whom it names saying, carried (not
            # "According to a statement by the foreign ministry, Atamkulov said": the ministry's statement, as read)
        name = re.sub(r"^(?:the|The)\s+", "", found[1])
        words = set(name.lower().replace("-", " ").split())
        head = re.match(r"(?:(?:a|an|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,2}?(\w+)(?:\s+(?:of|from|by|issued|"
                        r"provided|released|published)\b|$)", name.lower())
        if head and (self._document_word(head.group(1)) or head.group(1) in ("readout", "readouts", "transcript")):
            return True  # "According to a readout provided by the ministry, the top diplomat stated that ...": a
            # document carries the words of whoever its sentence names speaking
        return name_key(name) in self.outlets or bool(words & NEWS_OUTLET_WORDS)

    @staticmethod
    def _quote_opening_at_verb(tokens, text: str, k: int, a: int) -> int | None:
        """'... on Saturday "strongly condemned" ...': the index of the quotation's mark that opens right before
        the reporting verb at ``k`` or before one adverb in -ly before it, with words before the mark in the
        sentence; None where there is none."""
        m = k - 1
        if m > a and text[tokens.idx_l[m]:tokens.end_l[m]].endswith("ly") and text[tokens.idx_l[m]].islower():
            m -= 1
        # (an opening mark: after a space, glued to the word after it; '...," said' closes a quotation)
        opening = m - 1 >= a and text[tokens.idx_l[m]:tokens.end_l[m]] in QUOTES_OPEN + QUOTES_BOTH \
            and text[tokens.idx_l[m] - 1:tokens.idx_l[m]].isspace() and tokens.end_l[m] == tokens.idx_l[m + 1] \
            and text[tokens.idx_l[m - 1]:tokens.end_l[m - 1]] not in (".", ":", ";")
        return m if opening else None

    @staticmethod
    def _quoted_from_the_verb(tokens, text: str, k: int, a: int) -> bool:
        """'Xi "stressed that ..."': a quotation that opens with the reporting verb, its subject named just
        before the mark, outside it."""
        return k - 2 >= a and text[tokens.idx_l[k - 1]:tokens.end_l[k - 1]] in QUOTES_OPEN + QUOTES_BOTH \
            and tokens.cap_l[k - 2] and tokens.end_l[k - 2] < tokens.idx_l[k - 1]

    @staticmethod
    def _outlet_named(speaker, text: str) -> bool:
        """Whether a name the text gives is an outlet's ("the official newspaper El Peruano"): never "he"."""
        holder, label = speaker
        if holder is not None or not label:
            return False
        # (the same as searching r"\b(?:newspaper|...)\s+<label>\b", ignoring case, from each place the label is
        # written: a search of the whole text for the alternation costs a millisecond a call)
        low, name = text.lower(), label.lower()
        k = low.find(name)
        while k != -1:
            end = k + len(name)
            after_word = end < len(low) and (low[end].isalnum() or low[end] == "_")
            if after_word != (name[-1].isalnum() or name[-1] == "_") and k and low[k - 1].isspace():
                j = k - 1
                while j and low[j - 1].isspace():
                    j -= 1
                word = re.search(r"(?:^|\W)(\w+)\Z", low[max(0, j - 20):j])
                if word and word.group(1) in OUTLET_NOUNS and not (
                        len(low) == len(text) and text[j - len(word.group(1))].isupper()):
                    return True  # (a name's own word, capitalised, is no outlet noun: "Xinhua News Agency He
                    # Ping" is the agency's officer)
            k = low.find(name, k + 1)
        return False

    def _a_state(self, speaker) -> bool:
        """Whether a speaker without an entry is a state as written ("China on Monday appreciated ..."): never
        "he" or "she"."""
        holder, label = speaker
        name = (label or "").split(",")[0].strip().removeprefix("the ").removeprefix("The ")
        return holder is None and (name.lower() in self.state_names or name.lower() in CAPITALS
                                   or name_key(name) in self.seats)

    def _agrees(self, pronoun: str, speaker) -> bool:
        """"he" never stands for a speaker described as a woman ("an Uyghur woman"), "she" for a man."""
        holder, label = speaker
        if holder is not None:
            return self.entries[holder].type not in ("people", "place")  # a people or a place never speaks
        words = {w.strip(".,()'’").lower() for w in (label or "").split()}
        if (label or "").split(",")[0].split()[-1:] in (["people"], ["peoples"], ["People"], ["Peoples"]):
            return False  # "Uyghur people are an ethnic minority ...; it announced ...": a people is never who speaks
        if TWO_NAMED.fullmatch((label or "").split(",")[0].strip()) or "both" in words:
            return False  # "Chairman Hussain and Ambassador Dhaheri both": two people, never one pronoun
        last = (label or "").split(",")[0].split()[-1:] or [""]
        if pronoun in ("he", "him", "his", "she", "her", "hers") and last[0].lower() in DOCUMENT_WORDS:
            return False  # "the letter said ..." [paragraph] "..., she told SBS News": a document is never "she"
        if pronoun in ("he", "him", "his", "she", "her", "hers") and last[0].endswith("s") \
                and not last[0].endswith("ss") and (last[0].islower() or words & GROUP_MARKERS):
            return False  # "Ethnic Han Chinese Catholics", "local officials": many people, never "he"
        if pronoun in ("he", "him", "his"):
            return not words & FEMALE
        if pronoun in ("she", "her", "hers"):
            return not words & MALE
        return True

    @staticmethod
    def _name_word(text: str, word: str) -> bool:
        """Whether one capitalised word is a name the text uses inside a longer one ("Sintash" in "Bahram
        Sintash", "Mr. Sintash"): a surname, not a word that opens a sentence or a heading."""
        if not word[:1].isupper() or len(word) < 2:
            return False
        word = word[0] + word[1:].lower()
        # (read from each place the word is written, back: a search for the capital before it from every
        # position of the text costs more)
        k = text.find(word)
        while k > 0:
            end = k + len(word)
            if end < len(text) and _WORD_CHAR.match(text, end):
                k = text.find(word, k + 1)
                continue  # ("\b" after the word)
            i = k
            while i > 0 and text[i - 1].isspace():
                i -= 1
            if i < k:
                start = i
                while start > 0 and _NAME_CHAR.match(text, start - 1):
                    start -= 1
                if any("A" <= text[p] <= "Z" and (p == 0 or not _WORD_CHAR.match(text, p - 1))
                       for p in range(start, i)):
                    return True
            k = text.find(word, k + 1)
        return False

    def _plural_bodies(self, speaker) -> bool:
        """A speaker without an entry named as several bodies: "Parliaments of several Western countries"."""
        holder, label = speaker
        head = re.split(r"\s+(?:of|from|in|at)\s+", label or "")[0].split()
        return holder is None and bool(head) and head[-1].lower().endswith("s") and common_word(head[-1]) \
            and common_word(head[-1][:-1])

    def _is_person(self, holder: str | None, label: str | None) -> bool:
        """Whether a speaker is a person (for "he", "she") rather than a body or a document (for "it")."""
        if holder:
            return self.entries[holder].type == "person"
        words = [w.strip(".,()'’").lower() for w in (label or "").split(",")[0].split()]
        if not words or words[-1] in BODY_WORDS or words[-1] in NEWS_WORDS:
            return False  # (an outlet: "Business Insider", "The Moscow Times")
        if len(words) >= 2 and (words[-1] in EVENT_WORDS or words[-1] in EVENT_NAME_HEADS):
            return False  # "the soccer World Cup", "the Boao Forum": an event, no one "he" stands for
        if len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", (label or "").strip()):
            return False  # "AP", "RFA", "WUC": an acronym names a body, not a person
        if INITIALS_AFTER.search((label or "").split(",")[0].strip()) or KNOWN_AS_BODY.search((label or "").lower()):
            return False  # "Svenska Uyghur Kommitten (SUK), commonly known as the Swedish Uyghur Committee": a body
            # that goes by its initials or is known as one
        cut = next((i for i, w in enumerate(words) if i and w in ("of", "from", "in", "at", "for", "with")), None)
        if cut is not None:  # "returnees from the PRC": its head noun, not the last word, says how many
            words = words[:cut]
        # (an outlet's common noun makes a body too: "State broadcaster CCTV", but "Vice News correspondent X")
        bodies = [i for i, w in enumerate(words) if w in BODY_WORDS or w in OUTLET_WORDS]
        titles = [i for i, w in enumerate(words) if w in PERSON_NOUNS or w in PERSON_OFFICES]
        if bodies and not (titles and titles[-1] > bodies[-1]):  # ("National police chief Jan Novak": a person)
            return False  # "the Permanent Mission of ...", but "Chief Cabinet Secretary Katsunobu Kato"
        if words[-1].endswith("s") and len(words) >= 2:
            # "Nicolas Chapuis": a surname that ends in "s", not a plural ("officials", "United Nations")
            written = (label or "").split(",")[0].split()
            last = written[-1].strip(".,()'’")
            if last.endswith(("'s", "’s")):
                return False  # "Human Rights Council’s": a possessive
            # the name is the capitalised words after the last title: "foreign office minister Nigel Adams"
            name = written[titles[-1] + 1:] if titles and titles[-1] + 1 < len(written) else written
            return last[:1].isupper() and not common_word(last) and all(w[:1].isupper() for w in name)
        return not words[-1].endswith("s") or words[-1] in ("says",)

    def _recent_sentences(self, tokens, text, k: int, state):
        """The sentences before token ``k`` in its paragraph and the paragraph before, nearest first."""
        before = state.get("prev_para_start", 0)
        spans = self.sentences(tokens, tokens.token_at(before), k, text)
        return [(a, b) for a, b in reversed(spans) if b > a]

    def _subject_body_before(self, tokens, text, refs, k: int, state):
        """For "it": the body or document that opens one of the sentences just before ("The Kazakh foreign
        ministry did not mention it. But it said ..."): (holder, label); () for a document no one is named
        as issuing; None when no sentence opens with one."""
        for a, b in self._recent_sentences(tokens, text, k, state)[:3]:
            if text[tokens.idx_l[a]] in QUOTES_OPEN + QUOTES_BOTH:
                continue  # '"The WUC is ...," it continued': the quotation's subject is not "it"
            if b == k and k > a and text[tokens.idx_l[a]:tokens.idx_l[k]].rstrip().rstrip("”’\"'»").endswith(","):
                continue  # "China will firmly support ..., it said": what "it" said, not who "it" is
            if b < k and TRAILING_SAID.search(text, tokens.idx_l[a], tokens.end_l[b - 1]):
                break  # ("China will also support ..., said the embassy." before it: the one who said that, as
                # the body that spoke last)
            first = self._clause_start(tokens, a, b)
            if first + 2 < b and tokens.lower_l[first] in self.plain_conjunctions:
                first += 1  # "But Amnesty International said ...": the body, not "But Amnesty International"
            if first < b and tokens.lower_l[first] in self.pronouns:
                if tokens.lower_l[first] in self.it_words and state.get("it"):
                    return state["it"]  # "It alleges ... It also says": the same document or body
                continue
            state_ = self._state_opening(tokens, refs, first, b)
            if state_ is not None:
                return state_  # "China has been widely condemned for ... It describes them as ...": the state
            for j in range(first, min(b, first + 6)):
                word = text[tokens.idx_l[j]:tokens.end_l[j]].lower()
                if tokens.boundary_l[j] or tokens.lower_l[j] in self.be_words:
                    break  # ("Uyghur people are an ethnic minority group": what they are, no body the sentence opens with)
                if word in BODY_WORDS or tokens.lower_l[j] in self.document_words:
                    holder = self.holder_in(tokens, (first, j + 1), refs)
                    if holder:
                        return holder, self.entries[holder].title
                    if tokens.lower_l[j] in self.document_words:
                        author = self._document_author(tokens, text, refs, j, b)
                        if author is None and tokens.lower_l[first] in self.determiners \
                                and self._speaking_document(tokens, first, j):
                            # "... the resolution strongly urged ... It noted that ...": the document that spoke as
                            # itself ("The document urges ... It also calls": the resolution), or whoever was named
                            # as issuing it ("The report, adopted by the committee, said ... It said")
                            if state["release"]:
                                return state["release"]
                            spoke = self._document_that_spoke(state, text[tokens.idx_l[j]:tokens.end_l[j]])
                            if spoke is not None:
                                return spoke
                        return author or ()
                    end = j + 1  # "the Permanent Mission of the People's Republic of China": the whole name
                    while end + 1 < b and tokens.lower_l[end] in self.name_joiners and (
                            tokens.cap_l[end + 1] or tokens.lower_l[end + 1] in self.determiners):
                        end += 2
                        while end < b and (tokens.cap_l[end] or text[tokens.idx_l[end]:tokens.end_l[end]]
                                           in ("'s", "’s")):
                            end += 1
                    return None, " ".join(text[tokens.idx_l[first]:tokens.end_l[end - 1]].split())
        return None

    @staticmethod
    def _document_that_spoke(state, word: str):
        """The document that spoke as itself earlier in the text, (None, label), where ``word`` names it again:
        "the document", "the text", or its own head word ("the resolution"); else None."""
        spoke = state.get("doc_self")
        if spoke is not None and word.lower() in ("document", "text", spoke[1].split()[-1].lower()):
            return spoke
        return None

    @staticmethod
    def _introduced_by_act(text: str, at: int, name: str) -> bool:
        """Whether the document named ``name`` ("resolution") was introduced before as adopted, passed or
        issued by someone ("The Ruritanian parliament has adopted a resolution ..."): then it is not the report
        of whoever spoke since ("The embassy has responded ... The resolution strongly urged ...")."""
        return name in DOCUMENT_WORDS and re.search(
            rf"\b(?:adopted|passed|approved|issued|released|published|signed)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?"
            rf"{name}s?\b", text[:at], re.I) is not None

    @staticmethod
    def _issuer_named_before(text: str, at: int, name: str) -> bool:
        """Whether the text before ``at`` says whose the statement or letter ``name`` is: "issued a statement",
        "said in a statement", "In their letter", "the embassy's statement", "a letter from ...": then whose it
        is matters, and the document does not speak as itself."""
        doc = rf"(?:[\w-]+\s+){{0,2}}?{name}s?\b"
        return re.search(
            rf"\b(?:issued|released|published|sent|wrote|signed|delivered|read|penned|addressed|initiated|posted)\s+"
            rf"(?:a|an|the|their|its|his|her|this)\s+{doc}|\bin\s+(?:a|an|the|their|its|his|her)\s+{doc}"
            rf"|(?:'s|’s)\s+{doc}|\b{name}s?\s+(?:by|from|of)\s+(?:the\s+)?[A-Z]", text[:at], re.I) is not None

    @staticmethod
    def _signed_by_many(text: str, at: int, name: str) -> bool:
        """Whether the text before ``at`` gives the letter or statement ``name`` as one many signed ("22 ambassadors
        signed a letter", "a letter signed by 22 countries", "76 signatories to a statement"): no one body issued
        it, so "the letter said" is the letter's own voice."""
        doc = rf"(?:[\w-]+\s+){{0,2}}?{name}s?\b"
        return re.search(rf"\bsigned\s+(?:on\s+to\s+)?(?:a|an|the)\s+{doc}|\b{name}s?\s+signed\s+by\b"
                         rf"|\bsignatories\s+(?:to|of)\s+(?:a|an|the)\s+{doc}", text[:at], re.I) is not None

    @staticmethod
    def _subordinate_opening(tokens, text: str, a: int, b: int) -> bool:
        """The sentence [a, b) opens with a subordinate clause: "After ...", "While ...", "As Western powers
        voiced ..." (not "As stated in the release", "As of recent", "As well as": a source, a time, a list)."""
        if a + 1 >= b:
            return False
        first = text[tokens.idx_l[a]:tokens.end_l[a]].lower()
        if first in SUBORDINATORS:
            return True
        second = text[tokens.idx_l[a + 1]:tokens.end_l[a + 1]].lower()
        return first == "as" and not second.endswith("ed") and second not in AS_PHRASE_WORDS

    def _before_adverbs(self, tokens, text: str, a: int, b: int) -> int:
        """The end of the phrase [a, b) without the adverbs closing it: "the resolution strongly (urged)"."""
        while b - 1 > a and (tokens.lower_l[b - 1] in self.closing_adverbs or (
                text[tokens.idx_l[b - 1]:tokens.end_l[b - 1]].endswith("ly")
                and text[tokens.idx_l[b - 1]:tokens.end_l[b - 1]].isalpha()
                and text[tokens.idx_l[b - 1]].islower())):
            b -= 1
        return b

    def _speaking_document(self, tokens, a: int, j: int) -> bool:
        """The words a (a determiner) to j name a document that speaks as itself when no one is named as
        issuing it: "the resolution", "the report", "the joint statement", "the white paper" (not "the
        release", "the letter", "the statement": whose they are is what matters; nor "the Xinjiang report",
        "the latest annual report": named for their subject, or described)."""
        if j == a + 1:
            return tokens.lower_l[j] in self.self_speaking
        if tokens.lower_l[j] in self.motions and a + 1 < j <= a + 6 and tokens.lower_l[a] == self.the_word:
            return True  # (a motion named, never one of several: "citing a recent motion as tabled ...")
        return j == a + 2 and (tokens.lower_l[j - 1], tokens.lower_l[j]) in self.document_compounds

    def _state_opening(self, tokens, refs, first: int, b: int):
        """(holder, title) of a state's entry named as the first words of a clause, as its subject ("China has
        ..."; not "China's ministry"), or None."""
        at = tokens.idx_l[first]
        k = bisect_left(self._starts, at)
        if k >= len(refs) or refs[k].start != at or refs[k].kind == "role":
            return None
        entry = self.entries[refs[k].entry]
        after = tokens.token_at(refs[k].end)
        if entry.type != "place" or after >= b or tokens.lower_l[after] in self.possessive_marks \
                or not any(n.lower().removeprefix("the ") in self.countries for n in entry.names):
            return None
        return entry.id, entry.title

    def _document_author(self, tokens, text, refs, j: int, b: int):
        """The author a document word at ``j`` is given just after it: "The report, by China scholar Adrian
        Zenz, was based on ...", "a study by the ministry": (holder, label), or None. A letter or a message
        "from" someone is theirs too ("received a reply message from Jane Roe, president of ..."), when that
        someone is a person or a body (not "a report from Xinjiang", "a letter from Beijing")."""
        k = j + 1
        if k < b and tokens.orth_l[k] == self.comma:
            k += 1
        sent = k < b and tokens.lower_l[k] == self.from_word and tokens.lower_l[j] in self.sent_documents
        if k >= b or (tokens.lower_l[k] != self.by_word and not sent):
            return None
        c, d = tokens.phrase_after(k + 1, b, width=8)
        d = next((t for t in range(c, d) if tokens.boundary_l[t] or tokens.lower_l[t] in self.clause_verbs), d)
        if d <= c:
            return None
        holder = self.holder_in(tokens, (c, d), refs)
        if sent and (holder is None or self.entries[holder].type not in ("person", "organization")):
            return None
        if holder:
            return holder, self.entries[holder].title
        start = tokens.capitals_before(d, c)
        if start == d or (start == c and d - c == 1 and tokens.lower_l[c] in self.determiners):
            return None
        if start > c and any(tokens.cap_l[t] for t in range(c, start)) and d - start < 2:
            start = c  # "by the UN human rights office": the body, as written
        return None, " ".join(text[tokens.idx_l[start]:tokens.end_l[d - 1]].split())

    def _named_person_before(self, tokens, text, refs, k: int, state):
        """The person named nearest before token ``k`` in its paragraph: a person entry, or the surname of
        someone named in full earlier ("The bill was signed by Trump ... he accused"): (holder, label)."""
        at = tokens.idx_l[k]
        start = state.get("para_start", 0)
        best = None  # (position, (holder, label))
        # ('"It was a pleasure to speak with President Xi Jinping ...," he wrote': not one the quotation names,
        # when "he" stands outside it)
        quoted = self._quoted(state["qtext"], start, at, state.get("opens_inside", False))
        for m in reversed(refs[:bisect_left(self._starts, at)]):
            if m.start < start:
                break
            if quoted(m.start):
                continue
            if m.kind != "role" and self.entries[m.entry].type == "person":
                best = (m.start, (m.entry, self.entries[m.entry].title))
                break
        surnames = {p.split()[-1].strip(".,'’"): p for p in state.get("people", []) if len(p.split()) >= 2}
        for m in re.finditer(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*", text[start:at]):
            name = m.group(0)
            last = name.split()[-1]
            pos = start + m.start()
            if (best is not None and pos <= best[0]) or quoted(pos):
                continue
            if last in surnames:
                best = (pos, (None, surnames[last]))
        # "signed by John Roe", "signed by Trump", "with Erdoğan noting": a person as the agent of what is
        # told, by a full name, or by a surname the text gave in full before
        agent = r"\b(?:by|with)\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)"
        for m in re.finditer(agent, text[start:at]):
            name = m.group(1)
            pos = start + m.start(1)
            if (best is not None and pos <= best[0]) or quoted(pos):
                continue
            if len(name.split()) == 1:
                name = self._full_name_before(name, text, start + m.start())
                if name is None:
                    continue
            if self._is_person(None, name) and name.split()[0].lower() not in NOT_NAME_OPENERS \
                    and not self._names_a_state(name.split()[-1]):
                best = (pos, (None, surnames.get(name.split()[-1], name)))
        # "the appearance of a beaming Ms Yilamujiang": a person by the honorific before the name, wherever the
        # paragraph names her (as she was named in full before, when she was)
        for m in HONORIFIC_NAME.finditer(text, start, at):
            name, pos = m.group(1), m.start(1)
            if (best is not None and pos <= best[0]) or quoted(pos) or name.split()[0].lower() in TITLE_TRIGGERS:
                continue
            last = name.split()[-1]
            if len(name.split()) == 1:
                name = self._full_name_before(name, text, m.start(), not_first=NOT_FIRST_NAMES | {"miss"}) or name
            best = (pos, (None, surnames.get(last, name)))
        return best[1] if best else None

    @staticmethod
    def _full_name_before(word: str, text: str, end: int, not_first=NOT_FIRST_NAMES) -> str | None:
        """The name of two words ending in ``word`` that the text gives before ``end`` ("Donald Trump" for "Trump"),
        unless its first word is a title or an opening word ("President Trump", "On Trump"): else None."""
        full = re.search(rf"\b([A-Z][\w’'-]+) {re.escape(word)}\b", text[:end])
        return full.group(0) if full and full.group(1).lower() not in not_first else None

    def _surname_first_before(self, word: str, text: str, end: int) -> str | None:
        """The name of two words opening with ``word`` that the text gives before ``end`` as a person's (the last
        it gives): its surname first ("Chen Min'er", "Hua Chunying" for "Chen", "Hua"), or a given name that the
        text calls the person by ("Christina Scott" for "Christina"); else None."""
        full = None
        for full in re.finditer(rf"\b{re.escape(word)} ([A-Z][\w’'-]+)\b(?![\w’'-]*\s+[A-Z])", text[:end]):
            pass
        if full is None or common_word(full.group(1)) or self._names_a_state(word) \
                or not self._is_person(None, full.group(0)):
            return None
        return full.group(0)

    def _person_candidates(self, tokens, text, refs, a: int, state, pronoun: str = ""):
        """Whom "he" or "she" at token ``a`` may mean, nearest first, each worked out only when the one before
        does not do: whom the sentences before are about, whom the same pronoun stood for earlier in the
        paragraph ("He said ... proposed by President Xi Jinping. ... He pointed out ...": still the one "he"
        was), the person named nearest before in the paragraph, whom the paragraph before was about when no
        person spoke in it ("US Ambassador Jane Roe visited ... [paragraph] '...,' she told reporters"), the last
        person who spoke."""
        here = self._subject_person_before(tokens, text, refs, a, state)
        yield here
        chain = state.get("pronoun_ref")
        if chain is not None and chain[0] == pronoun and chain[2] == state.get("para_start", 0):
            yield chain[1]
        yield self._named_person_before(tokens, text, refs, a, state)
        if state.get("prev_writer") and here is None:
            yield self._subject_person_before(tokens, text, refs, a, state, before=True)
            prev2, prev = state.get("prev2_para_start"), state.get("prev_para_start", 0)
            if pronoun and prev2 is not None and prev2 < prev \
                    and re.match(rf"\s*{pronoun.capitalize()}\s", text[prev:prev + 12]):
                # "Rozi shot to fame ... [paragraph] He cultivated ties ... [paragraph] He urged ...": the paragraph
                # before opens with the same pronoun, so whom the one before that is about
                yield self._subject_person_before(tokens, text, refs, a,
                                                  {**state, "prev_para_start": prev2, "para_start": prev}, before=True)
        yield state["person"]
        yield state["last"] if state["last"] and self._is_person(*state["last"]) else None
        start = state.get("para_start", 0)
        if state.get("prev_para_start") is not None and state["prev_para_start"] < start \
                and text[start:start + 1] in QUOTES_OPEN + QUOTES_BOTH:
            # (none of those agrees, in a paragraph that opens with a quotation: the person named nearest before
            # in the paragraph before, "Beijing has also accused Kadeer of ..." [paragraph] '"These accusations
            # are false," she said')
            yield self._named_person_before(tokens, text, refs, a, {**state, "para_start": state["prev_para_start"]})

    def _opening_clause_before(self, tokens, text, a: int):
        """The character span of the clause that opens the sentence with a participle and closes with the comma
        right before the pronoun at token ``a`` ("Praising the vision of President Xi Jinping for ..., he said"):
        those it names are what the pronoun's person did something to, never that person. None where there is
        no such clause."""
        lo = tokens.sentence(a, a + 1)[0]
        first = tokens.token_at(lo)
        if a - 1 <= first or tokens.orth_l[a - 1] != self.comma:
            return None
        word = text[tokens.idx_l[first]:tokens.end_l[first]]
        if not (word.endswith("ing") and len(word) > 5 and word[:1].isupper()):
            return None  # (not "When Trump was asked ..., he replied", "While Brownlee did call ..., he said": a
            # clause with its own subject, the pronoun's person)
        return tokens.idx_l[first], tokens.idx_l[a - 1]

    def _named_between(self, refs, text: str, span, candidate) -> bool:
        """Whether ``candidate`` (holder, label) is named inside the character span: by its entry's mention, or by
        its label's last word."""
        lo, hi = span
        holder, label = candidate
        if holder is not None:
            return any(m.entry == holder and lo <= m.start < hi for m in refs)
        last = (label or "").split(",")[0].split()[-1:]
        return bool(last) and re.search(rf"\b{re.escape(last[0])}\b", text[lo:hi]) is not None

    def _people_opening_before(self, tokens, text, refs, k: int, state):
        """For "they" when no group has spoken: the people that open the sentence just before, in this paragraph
        or the one before ("Consuls-general of 14 countries ... visited Urumqi ..." / "They said that ..."):
        (None, label), else None. Only people named by a plural noun of people, never a people's own name."""
        spans = self._recent_sentences(tokens, text, k, state)[:1]
        for a, b in spans:
            if text[tokens.idx_l[a]] in QUOTES_OPEN + QUOTES_BOTH:
                return None
            x = self._clause_start(tokens, a, b)
            while x < b and tokens.lower_l[x] in self.openers:
                x += 1  # ("About 1,000 protesters": how many, then who)
            y = x
            while y < min(b, x + 10) and tokens.orth_l[y] != self.comma and tokens.lower_l[y] not in self.clause_verbs:
                word = text[tokens.idx_l[y]:tokens.end_l[y]]
                if y > x and word.isalpha() and word.islower() and (word.endswith("ed") or tokens.lower_l[y]
                                                                    in self.verb_words):
                    break  # (the verb: "gathered", "visited", "said")
                y += 1
            if y <= x or y >= b or self._a_people(tokens, text, x, y):
                return None
            label = " ".join(text[tokens.idx_l[x]:tokens.end_l[y - 1]].split())
            head = next((w for w in reversed(re.split(r" (?:of|from|in|at) ", label)[0].split())), "")
            head = head.strip(".,’'").lower().split("-")[0]  # ("Consuls-general": consuls)
            if head.endswith("s") and (group_of_people(head) or head[:-1] in ALL_OFFICES or head[:-1] in PERSON_NOUNS
                                       or head.endswith(("ists", "ers", "ors", "ants", "ents"))) \
                    and not any(m.start <= tokens.idx_l[x] < m.end for m in refs):
                return None, label
        return None

    def _subject_person_before(self, tokens, text, refs, k: int, state, before: bool = False):
        """The person the sentences before token ``k`` in its paragraph are about: the last one to open a
        sentence ("Kato avoided comment ... "It is not for me," he said": Kato). With ``before``, the one the
        paragraph before is about (the caller asks only when none of this paragraph's sentences before ``k``
        opens with a person)."""
        if before:
            lo, hi = state.get("prev_para_start", 0), state.get("para_start", 0)
            if hi <= lo:
                return None
            t_lo, k = tokens.token_at(lo), tokens.token_at(hi)
        else:
            t_lo = tokens.token_at(state.get("para_start", 0))
        found = None
        qtext = state.get("qtext")
        # (a paragraph that opens inside a quotation the one before left open: the words up to its closing mark
        # are the quotation's, '"Today, ... [paragraph] The state visit of President Ilham Aliyev ...," he said')
        inside = self._quoted(qtext, tokens.idx_l[t_lo], tokens.idx_l[k], not before and state.get("opens_inside", False)) \
            if qtext is not None and k > t_lo else (lambda pos: False)
        for a, b in self.sentences(tokens, t_lo, k, text):  # (one that opens with a quotation has no subject)
            if b >= k and not any(tokens.boundary_l[t] and text[tokens.idx_l[t]] in ".!?" for t in range(a, k)):
                continue  # "Việt Nam firmly supports ..., she stressed": what she said, not who she is
            if inside(tokens.idx_l[a]):
                continue  # '"... President Xi Jinping and President Ilham Aliyev have maintained ... ," she
                # emphasized': a sentence inside a quotation is the words of who is quoted, not whom the text is about
            c = a
            if b - a > 3 and tokens.lower_l[a] == self.according and tokens.lower_l[a + 1] == self.to_word:
                # "According to a statement by the embassy, Spokesperson Jane Roe told ...": whom it is about
                c = next((t + 1 for t in range(a + 2, min(b - 1, a + 14)) if tokens.orth_l[t] == self.comma), a)
            for _, (x, y) in self._main_subject(tokens, text, min(b, c + 12), c):
                if y <= x:
                    continue
                if IN_PLACE.search(text, max(0, tokens.idx_l[x] - 40), tokens.idx_l[x]):
                    continue  # "During the hearing in Napanoch, New York, Guan was asked": a place, not who
                i = bisect_left(self._starts, tokens.idx_l[x])
                label = " ".join(text[tokens.idx_l[x]:tokens.end_l[y - 1]].split())
                if i < len(refs) and refs[i].start == tokens.idx_l[x] and refs[i].kind != "role":
                    entry = self.entries[refs[i].entry]
                    if entry.type == "person":
                        found = (entry.id, entry.title)
                        continue
                    # (but "World Uyghur Congress chairman Dolku Isa attended ...": its chairman, named; "Kyrgyz
                    # President Sadyr Japarov", "Kazakh Foreign Minister Jane Roe": a people's adjective, an office
                    # and a name)
                    officer = next((m for m in (re.match(
                        rf"\s+((?:[A-Za-z]+\s+){{{n}}})((?:[A-Z][\w’'-]+\s+){{0,2}}[A-Z][\w’'-]+)(?=[\s,.])",
                        text[refs[i].end:refs[i].end + 80]) for n in (1, 2))
                                    if m is not None and m.group(1).split()[-1].lower() in PERSON_NOUNS
                                    and not {w.lower() for w in m.group(1).split()} & DESCRIPTION_OPENERS
                                    and (m.group(1).islower() or entry.type != "organization")
                                    and self._is_person(None, m.group(2))), None)
                    if officer is None:
                        continue
                    label = " ".join(text[tokens.idx_l[x]:refs[i].end + officer.end()].split())
                while label.split() and label.split()[0].lower() in OPENERS:  # "But China ...": not a name
                    label = " ".join(label.split()[1:])
                if not label:
                    continue
                apposed = NAME_SET_OFF.match(text, tokens.end_l[y - 1], min(len(text), tokens.end_l[y - 1] + 80))
                if apposed is not None and self._is_person(None, apposed.group(1)) \
                        and (not self._is_person(None, label) or label.split()[0].lower() in DESCRIPTION_OPENERS):
                    # "Another Uighur community leader, Abdulla Ushurov, attacked ...": the name set off after the
                    # description is whom the sentence is about
                    label = apposed.group(1)
                elif (named := NAME_AFTER_OFFICE.match(text, tokens.end_l[y - 1], min(len(text), tokens.end_l[y - 1]
                                                                                     + 60))) is not None \
                        and label.split()[-1].lower().strip(".,") in PORTFOLIOS | ALL_OFFICES \
                        and self._is_person(None, named.group(1)):
                    # "Chinese Assistant Minister of Foreign Affairs, Nong Rong visited ...": an office, then the
                    # name after a comma that is never closed, the name's verb after it
                    label = f"{label}, {named.group(1)}"
                last = label.split()[-1].strip(".,'’")
                full = next((p for p in reversed(state.get("people", [])) if p.split()[-1].strip(".,'’") == last),
                            None)
                if full is not None:
                    found = (None, full)
                elif len(label.split()) == 1 and (named := self._full_name_before(label, text, tokens.idx_l[x])) \
                        is not None and self._is_person(None, named) and not self._names_a_state(label) \
                        and not self._names_a_state(named.split()[0]) and not named.split()[0].endswith(("’s", "'s")):
                    # "Mirziyoyev was in Beijing ... . He told Xi ...": a surname alone, the text having named the
                    # person in full before ("Uzbek President Shavkat Mirziyoyev")
                    found = (None, named)
                elif len(label.split()) == 1 and (named := self._surname_first_before(label, text, tokens.idx_l[x])) \
                        is not None:
                    # "Chen first conveyed the greetings of President Xi Jinping. He said ...": a surname alone, the
                    # text having named the person in full before with the surname first ("Chen Min'er")
                    found = (None, named)
                elif len(label.split()) >= 2 and self._is_person(None, label) and label.split()[0].lower() != "the":
                    found = (None, label)
                elif len(label.split()) == 1 and label[:1].isupper() and not self._names_a_state(label) \
                        and DESCRIBED_AS_PERSON.match(text, tokens.end_l[y - 1]) is not None:
                    # "Abdulehad is an Uyghur Muslim who fled China ... He told STV News: ...": one name, said to
                    # be a person by what the sentence calls them
                    found = (None, label)
                elif len(label.split()) == 3 and label.split()[0].lower() == "the" \
                        and label.split()[-1].lower() in OFFICE_SYNONYMS and self._names_a_state(label.split()[1]):
                    # "The Nigerian President also discussed ...": whoever the text named in that office (for a
                    # state's office, only one the text named with that state: see _known)
                    # ("the President" alone says nothing of whom, where the text names two)
                    words = label.split()
                    offices = OFFICE_SYNONYMS[words[-1].lower()]
                    holder = self._office_holder_before(offices, tokens.idx_l[x], words[1])
                    named = None if holder else self._state_office_named_before(offices, words[1], text,
                                                                                 tokens.idx_l[x])
                    found = (holder, self.entries[holder].title) if holder else (None, named) if named else found
        return found

    def _named_after_office(self, tokens, text, first: int, k: int, k_end: int, s: int):
        """"The president of the ETGE (ETGE), Jane Doe, ...": the person named after the body they lead, as
        tokens (a, b) of the name; None where the body itself is the subject."""
        before = [t for t in range(first, k) if tokens.lower_l[t] not in self.determiners]
        if not before or tokens.lower_l[before[-1]] != self.of_word or len(before) > 4 \
                or not any(tokens.lower_l[t] in self.role_nouns for t in before[:-1]):
            return None
        c = k_end
        if c < s and tokens.orth_l[c] == self.open_paren:  # "(ETGE)"
            while c < s and tokens.orth_l[c] != self.close_paren:
                c += 1
            c += 1
        if not (c < s and tokens.orth_l[c] == self.comma):
            return None
        a = b = c + 1
        while b < s and b - a < 5 and tokens.cap_l[b]:
            b += 1
        if b - a >= 2 and b < s and tokens.orth_l[b] == self.comma:
            return a, b
        return None

    # -- sentences and paragraphs -------------------------------------------------------

    def sentences(self, tokens, lo: int, hi: int, text: str = "") -> list[tuple[int, int]]:
        """Token ranges of the sentences in tokens [lo, hi)."""
        out, start = [], lo
        ends = tokens.ends_l[bisect_left(tokens.ends_l, lo):bisect_left(tokens.ends_l, hi)]
        for end in ends:
            nxt = end + 1
            while nxt < hi and tokens.orth_l[nxt] in tokens.closers:
                nxt += 1
            if text and nxt < hi and text[tokens.idx_l[nxt]].islower():
                continue  # '"... alive?" said Imam Hasan': a sentence never starts in lower case
            glued = end
            while glued + 1 < hi and glued - end < 4 and tokens.idx_l[glued + 1] == tokens.end_l[glued]:
                glued += 1
            if text and glued > end and FOOTNOTE_AFTER.fullmatch(text, tokens.end_l[end], tokens.end_l[glued]):
                end = glued  # "... we will continue to do so.’[1] She noted": a footnote's mark closes its sentence
            while end + 1 < hi and tokens.orth_l[end + 1] in tokens.closers and not (
                    tokens.end_l[end + 1] < len(text) and not text[tokens.end_l[end + 1]].isspace()
                    and tokens.idx_l[end + 2 if end + 2 < len(tokens) else end + 1] == tokens.end_l[end + 1]
                    and not (end + 2 < hi and tokens.orth_l[end + 2] in tokens.closers)):
                end += 1  # a closing quote ends the sentence; an opening one ('. "Next') starts the next
            if end + 1 > start:
                if not out and end + 1 - start <= 6 and text and all(
                        tokens.cap_l[t] or text[tokens.idx_l[t]].isdigit() or tokens.boundary_l[t]
                        for t in range(start, end + 1)):
                    continue  # "Astana. February 12. KazTAG - ...": a dateline's pieces open the first sentence
                out.append((start, end + 1))
            start = end + 1 if out else start
        if start < hi:
            if out and hi - start <= 4 and tokens.orth_l[start] == self.open_paren:
                out[-1] = (out[-1][0], hi)  # a credit line such as "(ANI)" closes the last sentence
            else:
                out.append((start, hi))
        return out

    @staticmethod
    def _title_like(text, tokens, t: int) -> bool:
        """A capitalised title or nationality before a name: "President", "Chinese", "Azerbaijani"."""
        word = text[tokens.idx_l[t]:tokens.end_l[t]]
        low = word.lower()
        return low in TITLE_WORDS or low.endswith(("ese", "ian", "ani", "ish", "ean")) or low in ("’s", "'s")

    def _names_a_state(self, adjective: str) -> bool:
        """Whether a word before an office names a state ("Chinese", "Azerbaijani", "Turkish"), going by the
        states in the entries' roles, the places among the entries and the capitals map."""
        if adjective.replace(".", "") in STATE_INITIALS:
            return True  # "UK foreign minister", "U.S. Secretary of State"
        low = adjective.lower()
        if low[:4] not in self.state_stems:
            return False
        # the state's name, or an adjective of it ("Chinese", "Turkish", "Kazakh", "Iran's"): the stem, then the
        # name's own next letter or an adjective's ending; not a surname that only shares the stem ("Japarov")
        return len(low) <= 4 or low[4] in self.state_next.get(low[:4], ()) or low[4:] in STATE_ADJECTIVE_ENDINGS

    @staticmethod
    def _state_office_named_before(offices, state: str, text: str, at: int) -> str | None:
        """The name written after an office of a state earlier in the text: "Romanian President Klaus Iohannis",
        "Romania's President ...", "President of Romania Klaus Iohannis" (the state by its first four letters)."""
        stem = re.escape(state[:4])
        # ("Kazakh Head of State Kassym-Jomart Tokayev" holds the office "the Kazakh President" names)
        office = "|".join(sorted(re.escape(o) for o in offices)
                          + (["head of state"] if offices & {"president", "head", "leader"} else []))
        # (a form of address is no name: "UAE President His Highness Sheikh ...")
        name = r"(?!(?:His|Her)\b)([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2})"
        found, where = None, -1
        for pattern in (rf"\b{stem}[\w’'-]*(?:'s|’s)? (?i:{office}),? {name}",
                        rf"\b(?i:{office}) of (?:the )?{stem}[\w’'-]*(?: [A-Z][\w’'-]+)?,? {name}"):
            for m in re.finditer(pattern, text[:at]):
                if m.start() > where:
                    found, where = m.group(1), m.start()
        # "President Ilham Aliyev met with his Kazakh counterpart, Kassym-Jomart Tokayev": the counterpart of one
        # who holds that office, in the same sentence, holds it too
        for m in re.finditer(rf"\b{stem}[\w’'-]*\s+counterparts?,?\s+{name}", text[:at]):
            opening = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
            if m.start() > where and re.search(rf"\b(?i:{office})\b", text[opening + 1:m.start()]):
                found, where = m.group(1), m.start()
        return without_possessive(found) if found else found  # ("Chinese Premier Li Qiang's visit": the name)

    def _office_holder_before(self, offices: set, at: int, adjective: str | None = None):
        """"The South Caucasus leader", "the Chinese President": the person last named before who holds an
        office of that kind (of that state, when the wording names one)."""
        refs = self._refs
        for m in reversed(refs[:bisect_left(self._starts, at)]):
            entry = self.entries[m.entry]
            if entry.type != "person":
                continue
            for r in entry.roles:
                head, _, state = r.title.partition(" of ")
                if head.split()[0].lower() not in offices:
                    continue
                if adjective and not state.lower().removeprefix("the ")[:4] == adjective.lower()[:4]:
                    continue
                return entry.id
        return None

    def _person_before(self, tokens, text, refs, k: int, state, person: bool = False):
        """(holder, label) of the person named nearest before token ``k`` in its paragraph: "Secretary of State
        Mike Pompeo ...: China, he said, ..."."""
        at = tokens.idx_l[k]
        start = state.get("para_start", 0)
        for m in reversed(refs[:bisect_left(self._starts, at)]):
            if m.start < start:
                break
            if m.kind != "role" and self.entries[m.entry].type == "person":
                return m.entry, self.entries[m.entry].title
        # (not a place or a body with an entry, nor a possessive: "Jane Roe on Friday arrived in China's Xinjiang
        # province, her office said": Jane Roe's office)
        others = [(m.start, m.end) for m in refs[:bisect_left(self._starts, at)]
                  if m.end > start and self.entries[m.entry].type != "person"]
        found = [(start + n.start(), n.group(0))
                 for n in re.finditer(rf"\b{_NAME_WORD}(?: {_NAME_WORD})+", text[start:at])
                 if n.group(0).split()[0].lower() not in NOT_NAME_OPENERS
                 and not re.search(r"[’']s\b", n.group(0))
                 # (nor a place: "During the hearing in Napanoch, New York, Guan was asked ... He said": where)
                 and not IN_PLACE.search(text, max(start, start + n.start() - 40), start + n.start())
                 and not any(a < start + n.end() and start + n.start() < b for a, b in others)]
        if person:  # the first person named in the sentence, its subject ("Jane Roe arrived in Ruritania City")
            sentence = start + max([0] + [m.end() for m in re.finditer(r"[.!?]\s", text[start:at])])
            found = [(pos, n) for pos, n in found if pos >= sentence and self._is_person(None, n)][:1]
        return (None, found[-1][1]) if found else None

    def _names_entry(self, tokens, refs, a: int, b: int) -> bool:
        lo, hi = tokens.idx_l[a], tokens.end_l[b - 1]
        k = bisect_left(self._starts, lo)
        return k < len(refs) and refs[k].start < hi

    @staticmethod
    def _quoted(text: str, lo: int, hi: int, open_before: bool = False):
        """A test: is a character offset of text[lo:hi] inside double quotation marks?"""
        spans, depth, start = [], open_before, lo - 1  # (open before: its first character is inside)
        for m in QUOTE_MARKS.finditer(text, lo, hi):
            ch, i = m.group(), m.start()
            if ch in QUOTES_OPEN or (ch in QUOTES_BOTH and not depth):
                if not depth:
                    depth, start = True, i
            elif depth:
                spans.append((start, i))
                depth = False
        if depth:
            spans.append((start, hi))
        if not spans:
            return lambda pos: False
        return lambda pos: any(a < pos < b for a, b in spans)

    def _quote_state(self, text, tokens, a, b, open_before: bool) -> tuple[bool, bool, bool]:
        """(starts inside a quotation, has a quotation, quotation still open at its end)."""
        lo, hi = tokens.idx_l[a], tokens.end_l[b - 1]
        starts = open_before or (text[lo:lo + 1] in QUOTES_OPEN + QUOTES_BOTH)
        depth = open_before
        has = False
        for m in QUOTE_MARKS.finditer(text, lo, hi):
            ch = m.group()
            has = True
            if ch in QUOTES_OPEN:
                depth = True
            elif ch in QUOTES_CLOSE:
                depth = False
            else:
                depth = not depth
        return starts, has, depth

    def attribute(self, doc, text: str, tokens, blocks: list[tuple[int, int]], refs: list[Mention],
                  paragraph_of, overrides: dict | None = None,
                  writer: tuple = (None, None, False, ()), headline: str | None = None, body: str | None = None
                  ) -> tuple[list[Attribution], list[Voice]]:
        overrides = {int(k): v for k, v in (overrides or {}).items() if str(k).isdigit()}
        cues = sorted(self.matcher(doc), key=lambda m: (m[1], m[2]))
        self._starts = [m.start for m in refs]  # refs come in text order
        self._refs = refs
        self._writer = writer
        cue_starts = [c[1] for c in cues]
        parsed = doc.has_annotation("DEP")  # a trained parser ran (scans the doc: once, not per cue)
        state = {"release": None, "last": None, "org": None, "block": None, "quote": None, "person": None,
                 "turn": None, "thing": None, "qtext": quote_view(text, blocks), "interviewee": None,
                 "writer": writer}
        # "Remarks by X at ...": the text is X's words, its questions the interviewer's
        # ("X's speech at ..." on a news site too, where the text opens in the speaker's own first person: "Such
        # were also my speeches ...": the speech itself, not news of it)
        state["title"] = headline
        # a transcript's turns: "Q: ..." asked, "A: ..." answered (looked for once per text)
        questions = any(QUESTION_TURN.match(text, a) for a, _ in blocks)
        asks = questions or any(text[a:b].rstrip().endswith("?") for a, b in blocks)  # (an interview's questions)
        state["headline"] = self.headline_speech(headline, own=writer[2] or (bool(blocks) and self._outside_quotes(
            SPEAKER_I_RE, state["qtext"], blocks[0][0], blocks[min(1, len(blocks) - 1)][1])), asks=asks)
        # (answered by "A:" turns, or by turns named in capitals: "QUESTION: ..." / "SECRETARY POMPEO: ...")
        state["questions"] = questions
        state["answered"] = questions and any(ANSWER_TURN.match(text, a) or CAPS_NAME_TURN.match(text, a)
                                              for a, _ in blocks)
        if questions:  # (whoever asks, the transcript's "Q", as it writes it)
            asker = next(QUESTION_WORD.match(text, a).group(0) for a, _ in blocks if QUESTION_TURN.match(text, a))
            if state["headline"] is None:
                # "Chinese Foreign Ministry Spokesperson's Remarks on ..." over "Q: ..." / "A: ...": the office
                # answers (however its site names it)
                office = HEADLINE_OFFICE_REMARKS.match(headline or "")
                if office is not None:
                    state["headline"] = ((None, office.group("a") or office.group("b")), (None, asker))
            elif state["headline"][1] is None:
                # "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on ...": the answers his
                state["headline"] = (state["headline"][0], (None, asker))
        credit = DELIVERED_BY.search(text, blocks[0][0], blocks[0][1]) if blocks and state["headline"] is None \
            else None
        if credit is not None:
            # "UK Statement for the ... Delivered by the UK's Permanent Representative ..., Jane Roe.": the
            # statement's credit line, so the text is her words (on the body's own site, its voice, as below)
            name = credit.group("name").rstrip(".")
            state["headline"] = (self._speaker_named(name), None)
        following = FOLLOWING_STATEMENT.match(text, blocks[0][0], blocks[0][1]) \
            if blocks and state["headline"] is None and any(VIA.search(n) for n in writer[3]) else None
        if following is not None:
            # "Washington, DC (STL.News) Secretary of State Jane Roe released the following statement:" in a copy
            # another site carries: her statement (on the body's own site, its voice, as below)
            words = following.group("name").split()
            while len(words) > 2 and words[0].lower() in TITLE_WORDS | {"state", "affairs", "deputy"}:
                words = words[1:]  # ("Secretary of State Jane Roe": the name after the office)
            name = " ".join(words)
            state["headline"] = (self._speaker_named(name), None)
        if state["headline"] is not None and state["headline"][1] is None and writer[2] \
                and (len(writer) < 6 or writer[5] in OFFICIAL_KINDS) \
                and not any(VIA.search(n) for n in writer[3]) and not PRESS_TALK.search(headline or "") \
                and not questions:
            # "Remarks by Ambassador Zhang Jun at ..." on the mission's own site: a body's own text, its official
            # speaking for it, so its voice throughout (an interview, a press conference or remarks answering
            # questions keep the speaker, whose answers they are; a copy carried by another site, "The White House
            # (via ...)", is the speaker's words as that site reports them)
            state["headline"] = None
        if state["headline"] is None and BARE_SPEECH_HEADLINE.match(headline or "") and blocks \
                and self._outside_quotes(SPEAKER_I_RE, state["qtext"], blocks[0][0],
                                         blocks[min(2, len(blocks) - 1)][1]):
            # "Speech at 3rd summit of ..." on a site named after its speaker ("Heydar Aliyev Center"), in the
            # first person: the person's speech
            named = self._person_publisher(writer[3])
            if named is not None:
                state["headline"] = (named, None)
        words = self.document_words
        state["documents"] = [j for j, w in enumerate(tokens.lower_l) if w in words]
        state["body"] = body if body is not None and len(body) == len(text) else text  # (as written: list marks)
        state["blocks"] = blocks
        # a parliament's record that labels its members' turns with seat and party ("Jane Roe (Ruritania, Greens) I
        # move ..."): its other turns, a presiding officer's ("John Doe (President) Is there any objection ...?") and
        # a turn not in the first person ("... (Queensland, Liberal National Party) Yes."), are turns too
        state["member_record"] = any((m := MEMBER_LABEL.match(text, a)) is not None and m.end() < b
                                     and (SPEAKER_I_RE.search(text, m.end(), b) or BY_LEAVE.search(m.group(0)))
                                     for a, b in blocks)
        # (also the Commons' record: "Andrew Selous (South West Bedfordshire) (Con) [V] The news ...", whose
        # ministers' turns the name alone labels: "Nigel Adams The hon. Lady is right ...")
        state["commons_record"] = any((m := TURN_HANSARD.match(text, a)) is not None and m.end() < b for a, b in blocks)
        # an interview set out as turns, each label on a line of its own: two or more such labels, each a person's
        # name or a name in capitals ("WELT AM SONNTAG:", "Dolkun Isa:"; not "Background:", "Before :")
        state["label_lines"] = sum(1 for a, b in blocks if (m := LABEL_LINE.fullmatch(text, a, b)) is not None
                                   and self._label_line_names(m.group("name")))
        to_editor = bool(blocks) and TO_THE_EDITOR.match(text, blocks[0][0]) is not None
        if len(writer) > 4 and writer[4] and not to_editor and (OWN_RELEASE_HEADLINE.match(headline or "")
                                              or self._names_its_own_organs(text, writer[3])
                                              or self._speaks_of_itself_as_we(text, state["qtext"], blocks, writer[3])
                                              or self._states_as_itself(text, state["qtext"], blocks, writer[3])
                                              or (self._speaks_as_we(state["qtext"], blocks)
                                                  and state["label_lines"] < 2)
                                              or self._own_site_in_the_first_person(writer[3], state["qtext"], blocks)
                                              or self._letter_of_its_own(text, state["qtext"], blocks)):
            state["own_statement"] = True
        if writer[2] and LEGISLATURE.search(" ".join(writer[3])) and blocks \
                and (len(writer) < 6 or writer[5] in OFFICIAL_KINDS) \
                and DEBATE_MARK.search(text, blocks[0][0], blocks[min(2, len(blocks) - 1)][1]):
            # a parliament's record of a debate ("My Lords, in moving the Motion ...", "Honourable colleagues"):
            # its members speak in it, each by name where the record gives one; the parliament does not (a
            # church's site on its bishops in parliament, "Church in Parliament", is the church's own voice)
            state["reported"] = True
        if writer[2] and blocks and (len(writer) < 6 or writer[5] in OFFICIAL_KINDS) \
                and (MEETING_RECORD.search(headline or "") or MEETING_RECORD.search(text, blocks[0][0],
                                                                                 blocks[min(2, len(blocks) - 1)][1])
                     or MEETING_OPENING.match(text, blocks[0][0])):
            # a body's summary of a meeting ("The Committee ... today concluded its review of the report of China"):
            # a record of who said what, those it names speaking, as in a parliament's record of a debate
            state["reported"] = True
        if not writer[2]:
            # a decision carried by another site, its header naming who decided ("Panel: Jane Roe"): from where its
            # reasons begin, the decision-maker's words, the claims and the law it sets out included (a body that
            # publishes its own decisions speaks in them as itself)
            panel = next(((k, m.group(1)) for k, (a, b) in enumerate(blocks[:15])
                          if (m := PANEL_LINE.fullmatch(text[a:b].strip())) is not None), None)
            begins = next((a for a, b in blocks[panel[0] + 1:] if DECISION_START.match(text[a:b].strip())), None) \
                if panel is not None else None
            if begins is not None:
                state["decision"] = (begins, " ".join(panel[1].split()))
        credit = DATELINE_RE.match(text, blocks[0][0]) if writer[2] and blocks else None
        if credit is not None:
            agency = credit.group(0)[credit.group(0).rfind("(") + 1:credit.group(0).rfind(")")].strip()
            if agency and not self._names_writer(agency, writer) and re.fullmatch(r"[A-Z][\w.&’' -]{1,30}", agency):
                # "DUSHANBE, July 5 (Xinhua) -- ..." on a government's portal: another agency's copy it carries, no
                # release of its own, so those it quotes speak ("a copy carried by another site")
                state["reported"] = True
        paragraphs: list[Attribution] = []
        voices: list[Voice] = []
        quotes = []  # per paragraph: (a quotation is open at its end, it goes on from the one before)
        w_holder, w_label = writer[:2]
        for start, end in blocks:
            para = paragraph_of(start)
            t_lo, t_hi = tokens.token_at(start), tokens.token_at(end)
            para_voices: list[Voice] = []
            if para in overrides:
                value = str(overrides[para]).strip()
                for a, b in self.sentences(tokens, t_lo, t_hi, text) or [(t_lo, t_hi)]:
                    s_lo, s_hi = tokens.idx_l[a] if a < len(tokens) else start, tokens.end_l[b - 1] if b > a else end
                    if value.lower() in UNATTRIBUTED:
                        para_voices.append(Voice(para, s_lo, s_hi, w_holder, w_label, "set by an editor", True))
                    else:
                        holder = value if value in self.entries else None
                        label = self.entries[holder].title if holder else value
                        para_voices.append(Voice(para, s_lo, s_hi, holder, label, "set by an editor"))
            else:
                state["continues"] = False
                introduced = MY_NAME_RE.match(text, start, end) if state["headline"] is None else None
                if introduced is not None:
                    # "Full Remarks" / "My name is Dolkun Isa and I am Uyghur. ...": a speech in the first
                    # person whose speaker names himself: his words from here on, wherever they are published
                    name = introduced.group("name")
                    state["headline"] = (self._speaker_named(name), None)
                para_voices = self._paragraph(doc, text, tokens, cues, cue_starts, para, t_lo, t_hi, refs, state,
                                              parsed, writer)
            credit = CREDIT_LINE.fullmatch(text, start, end) if para not in overrides and para_voices else None
            if credit is not None and self._is_person(None, credit.group("name")) \
                    and not self._names_a_state(credit.group("name").split()[0]):
                # a block quotation's credit line, "— Winston Peters" on a line of its own: its words are the
                # named person's, and so is the quotation just before it that no one else was given
                known = self._known(credit.group("name"), state, text, start)
                who = (known[1:], self.entries[known[1:]].title) if known.startswith("\x00") else (None, known)
                cue = " ".join(text[start:end].split())
                para_voices = [v._replace(holder=who[0], label=who[1], cue=cue, writer=False) for v in para_voices]
                n_before = paragraphs[-1][2] if paragraphs else 0
                if n_before and all(v.writer and v.cue is None for v in voices[-n_before:]):
                    voices[-n_before:] = [v._replace(holder=who[0], label=who[1], cue=cue, writer=False)
                                          for v in voices[-n_before:]]
            last = voices[-1] if voices else None
            if last is not None and last.writer and len(paragraphs) >= 2 and paragraphs[-1][2] and all(
                    v.writer and v.cue is None for v in voices[-paragraphs[-1][2]:]):
                # one paragraph of the writer's own between: '... Ghani insisted ...' / 'The motion does not
                # compel ...' / '"But there is ..."': the quotation is still the person who spoke before it
                before = voices[-paragraphs[-1][2] - 1] if len(voices) > paragraphs[-1][2] else None
                between = state["qtext"][paragraphs[-1][1]:start].rstrip()
                if before is not None and not before.writer and self._is_person(before.holder, before.label) \
                        and not between.endswith(":"):  # ("The deal reads:": the words of what it names)
                    last = before
            if para not in overrides and last is not None and not last.writer and para_voices \
                    and all(v.writer and v.cue is None for v in para_voices) \
                    and (self._whole_quotation(state["qtext"], start, end)
                         or self._opens_running_quotation(state["qtext"], start, end)) \
                    and not self._quoted_title(text, start, end):
                # a quotation standing alone, no speaker named, right after a paragraph that ends in someone's
                # words ('PPBM Youth said ...' / '"We believe ..."'): theirs, as the reader takes it (also one
                # that opens and runs on into the next paragraph, unclosed, as news prints a long quotation)
                para_voices = [v._replace(holder=last.holder, label=last.label, cue=last.cue, writer=False)
                               for v in para_voices]
            if not paragraphs:  # a written question opening the text: "Deputy X asked the Minister for ... if ..."
                asked = ASKED_RE.match(text, start, end)  # (the question is the text's opening)
                state["written_question"] = (asked.group(1), asked.group(0)) if asked else None
            elif state.get("written_question") and para not in overrides and para_voices \
                    and all(v.writer and v.cue is None for v in para_voices):
                if self._outside_quotes(FIRST_PERSON_RE, state["qtext"], start, end):
                    # the answer after it, in the first person ("I raised our concerns ..."): the one asked
                    label, cue = state["written_question"]
                    para_voices = [v._replace(holder=None, label=label, cue=cue, writer=False) for v in para_voices]
                else:
                    state["written_question"] = None
            if para not in overrides and para_voices and STAGE_DIRECTION.fullmatch(text, start, end) \
                    and not QUOTE_MARKS.search(text, start, end) \
                    and not any((v.cue or "").startswith("published by ") for v in para_voices):
                # "(BEGIN VIDEO CLIP)", "[Applause]": a transcript's note of what happens, nobody's words (in a
                # body's own text, its own, as all of it is)
                para_voices = [v._replace(holder=w_holder, label=w_label, cue=None, writer=True)
                               for v in para_voices]
            if para not in overrides and para_voices:
                para_voices = self._interview_turn(text, start, end, para_voices, state)
            if para not in overrides and para_voices:
                para_voices = self._delivered_statement(text, start, end, blocks, para_voices, state)
            voices.extend(para_voices)
            paragraphs.append((para, start, len(para_voices)))
            quotes.append((bool(state.get("open_at_end")), bool(state.get("continues"))))
        # a quotation that runs on into the next paragraph and is attributed there ('"... [paragraph] ...,"
        # MP Jane Doe said') is that speaker's from where it opens
        k = len(voices)
        for i in range(len(paragraphs) - 1, 0, -1):
            n, before = paragraphs[i][2], paragraphs[i - 1][2]
            k -= n
            ends_open, _ = quotes[i - 1]
            _, continues = quotes[i]
            head = voices[k] if n else None
            back = head is not None and BACK_REFERENCE.match(text, head.start) is not None
            if ((ends_open and continues) or back) and head is not None and not head.writer \
                    and (head.holder or head.label):
                # (or "This was stated here by Jane Doe at a briefing" after an uncued lede: the lede is hers)
                prev = voices[k - before:k]
                if prev and all(v.writer and v.cue is None for v in prev):
                    voices[k - before:k] = [v._replace(holder=head.holder, label=head.label, cue=head.cue,
                                                       writer=False) for v in prev]
        # a paragraph that is a quotation in which no speaker is found, after a paragraph whose speaker it continues
        # ('Wisma Putra, in a statement, said ... .' / '"This visit will ...," the statement said.'): the same
        # speaker's words, as a quotation running on over sentences is (not after a release's own voice, nor after a
        # question)
        k = 0
        for i, (para, start, n) in enumerate(paragraphs):
            here = voices[k:k + n]
            if i and n and paragraphs[i - 1][2] and text[here[0].start:here[0].start + 1] in QUOTES_OPEN + QUOTES_BOTH \
                    and all(v.writer and v.cue is None for v in here) \
                    and not self._quoted_title(text, here[0].start, here[-1].end):
                last = voices[k - 1]
                if not last.writer and (last.holder or last.label) and last.cue \
                        and not last.cue.startswith(("published by ", "question turn")):
                    voices[k:k + n] = [v._replace(holder=last.holder, label=last.label, cue=last.cue, writer=False)
                                       for v in here]
            k += n
        voices = self._office_named_in_text(self._office_of_the_one_named(
            self._remarks_made_by(self._named_later(voices), text), text), text)
        voices = self._described_after_named(voices, text)
        out, k = [], 0
        for para, start, n in paragraphs:
            out.append(self._paragraph_voice(para, start, voices[k:k + n], writer))
            k += n
        return out, voices

    def _interview_turn(self, text: str, start: int, end: int, para_voices: list[Voice], state) -> list[Voice]:
        """An interview in question-and-answer form ("- What impact can ...?" / "- The current dynamics ...",
        "1. What steps has ... taken?" / "In recent years, ..."): the answer after a question, and the
        paragraphs it runs on into, are the words of the one the introduction names as interviewed ("Radar
        Armenia's interlocutor is Jane Doe", "Jane Doe gave an interview to ..."); the questions stay the
        writer's. Sentences with a speaker of their own keep it."""
        para = text[start:end].rstrip()
        question = para.endswith("?")
        if state["answered"]:  # (a text with "Q:" and "A:" turns: its introduction says whose the answers are)
            if not state.get("qa_started") and QUESTION_TURN.match(text, start):
                state["qa_started"] = True  # (and the first question is asked as the others are, below)
            if not state.get("qa_started"):
                if not state.get("turns_seen"):  # (who speaks in the introduction, before the first "Q:": whom
                    # the "A:" turns are of; not in a transcript, whose named turns come before: "Jane Doe: Welcome")
                    m = QA_ASKER.search(para)
                    if m is not None and state.get("qa_asker") is None and self._is_person(None, m.group(1)):
                        state["qa_asker"] = m.group(1)
                    m = QA_ASKING_OUTLET.search(para)
                    if m is not None and state.get("qa_asker") is None:
                        state["qa_asker"] = m.group(1)
                    if len(state["writer"]) > 3 and self._writer_named(para, state["writer"]):
                        state["qa_outlet"] = True  # ("The Sunday Guardian spoke to ...": the outlet asks)
                    m = QA_INTRODUCED.search(para) or INTERVIEWEE.search(para)
                    if m is not None and state.get("qa_named") is None:
                        name = " ".join(next(g for g in m.groups() if g).split())
                        if self._is_person(None, name):
                            state["qa_named"] = name
                    for v in para_voices:
                        if not v.writer and v.label and not (v.cue or "").startswith("published by ") \
                                and self._is_person(v.holder, v.label):
                            key = v.holder or v.label.split(",")[0].split()[-1]
                            state.setdefault("intro_people", {}).setdefault(key, []).append(v)
            elif QUESTION_TURN.match(text, start) and not state["interviewee"] and para_voices \
                    and (state.get("qa_named") or state.get("intro_people")):
                # the questions of an interview whose answers are someone's the introduction names: the asker's,
                # the interviewer it names ("... in a conversation with Namta Gupta") or else the publisher,
                # whatever the question reports ("Q: The minister said ... . What do you say?")
                # (a press conference's "Q:" carried by a site that asked nothing: the mark, as written)
                asker = state.get("qa_asker")
                writer = next((v for v in para_voices if v.writer), None)
                holder, label = (None, asker) if asker else (writer.holder, writer.label) \
                    if writer and state.get("qa_outlet") else (None, QUESTION_WORD.match(text, start).group(0))
                if label:
                    return [v._replace(holder=holder, label=label, cue="interview question", writer=False)
                            for v in para_voices]
            elif ANSWER_TURN.match(text, start) and not state["interviewee"] and para_voices \
                    and not state.get("intro_people") and state.get("qa_named"):
                # "The Sunday Guardian spoke to its Secretary, Najmidin Shirif, ...", no one speaking in it: the
                # answers are of the one the outlet spoke to, whatever they report others did ("A: It is the
                # Chinese government which tried to draw ...")
                return [v._replace(holder=None, label=state["qa_named"], cue="interview answer", writer=False)
                        for v in para_voices]
            elif ANSWER_TURN.match(text, start) and not state["interviewee"] and para_voices \
                    and all(v.writer for v in para_voices) and state.get("intro_people"):
                # "Talking to IANS, ... Dolkun Isa ... said ...", then "Q: ..." / "A: ...": the answers are of the
                # person the introduction has speak most (more than all others together: else whose they are is
                # not said)
                people = state["intro_people"]
                spoke = max(people.values(), key=len)
                if 2 * len(spoke) <= sum(len(v) for v in people.values()):
                    return para_voices
                first = min(spoke, key=lambda v: (len(v.label.split()) > 6, -len(v.label)))
                return [v._replace(holder=first.holder, label=first.label, cue="interview answer", writer=False)
                        for v in para_voices]
        if state["interviewee"] is None and state.get("headline") is None:
            # "... — Q&A with human rights lawyer Rayhan Asat": the headline names whom the answers are of
            m = HEADLINE_INTERVIEWEE.search(state.get("title") or "")
            if m is not None and self._is_person(None, m.group("name")):
                state["interviewee"] = m.group("name")
        if state["interviewee"] is None:
            if question or state.get("paras_seen", 0) > 3:
                state["interviewee"] = ""  # (the one interviewed is introduced before the first question, or no one is)
                return para_voices
            low = para.lower()
            if "interview" not in low and "interlocutor" not in low and "exclusive" not in low:
                return para_voices
            m = INTERVIEWEE.search(para)
            if m is not None:
                state["interviewee"] = " ".join(next(g for g in m.groups() if g).split())
                if HONORIFIC_INSIDE.fullmatch(state["interviewee"]):
                    # "... shares an exclusive interview with His Excellency. During the conversation, President
                    # Ilham Aliyev spoke about ...": the form of address stands for the person the paragraph names
                    person = next((v for v in para_voices if not v.writer and v.label
                                   and not (v.cue or "").startswith("published by ")
                                   and self._is_person(v.holder, v.label)), None)
                    if person is not None:
                        state["interviewee"] = person.label
                        state["interviewee_holder"] = person.holder
            return para_voices
        if not state["interviewee"]:
            return para_voices
        # (a question may close on a remark, or ask without a question mark: "What do you make of ...? You merely
        # expressed your disappointment.", "Tell us something about your early years.", "Please introduce yourself")
        question = question or (len(para.split()) <= 40 and ("?" in para or ASKING.match(para) is not None))
        if question:
            state["answering"], state["asked"] = False, True
        elif state.get("asked"):
            state["answering"] = True
        if not state.get("answering"):
            return para_voices
        if len(para.split()) <= 8 and para[-1:] not in ".!…\"”’'":
            return para_voices  # "Human Rights Violations": a section's heading between answers, no answer
        name = state["interviewee"]
        return [v._replace(holder=state.get("interviewee_holder"), label=name, cue="interview answer", writer=False)
                if v.writer or (v.cue or "").startswith("published by ") else v for v in para_voices]

    def _letter_of_its_own(self, text: str, qtext: str, blocks) -> bool:
        """A publisher nothing is known of whose text opens "Dear Supporter" and speaks as "we" outside quotation
        marks: its own letter or newsletter to its readers, its own statement throughout."""
        first = text[blocks[0][0]:blocks[0][1]].strip() if blocks else ""
        # ("Dear Supporter,", or an open letter to an official: "Dear Y.B. Dato’ Seri Jane Roe. Foreign Minister
        # of Ruritania.")
        return bool(blocks) and (LETTER_OPENING.fullmatch(first) is not None
                                 or (first.startswith("Dear ") and len(first.split()) <= 16)) \
            and any(self._outside_quotes(OUR_RE, qtext, lo, hi) for lo, hi in blocks[1:])

    def _speaks_as_we(self, qtext: str, blocks) -> bool:
        """A publisher nothing is known of that makes its own demands as "we", outside quotation marks ("We call
        them the brands of shame", "we urge"): a body writing for itself, so its text is its own statement."""
        return any(self._outside_quotes(WE_RE, qtext, lo, hi) for lo, hi in blocks)

    def _own_site_in_the_first_person(self, names, qtext: str, blocks) -> bool:
        """A person's own site ("Kerry Diotte (kerrydiotte.com)", "Jan Novak (Lord Novak of Brno, jannovak.net)":
        the address is the name) whose text opens in the first person outside quotation marks ("I presented a
        petition ..."): the person's own statement."""
        # (not "The National (thenational.com.pg)": a name opening with an article is a newspaper's, no person's)
        # (nor "Social Impact Heroes (socialimpactheroes.com)": common words only, a site's name, no person's)
        sites = [m for n in names if (m := PERSONAL_SITE.fullmatch(n)) is not None]
        personal = any(not m.group(1).startswith(("The ", "A "))
                       and re.sub(r"[^a-z]", "", m.group(1).lower()) == m.group(2).replace("-", "")
                       and not all(common_word(w) for w in m.group(1).split()) for m in sites)
        # (or a speech the person gave, as it opens: "Madam President, we can call them whatever we want.")
        if not personal or not blocks:
            return False
        if self._outside_quotes(SPEAKER_I_RE, qtext, blocks[0][0], blocks[min(1, len(blocks) - 1)][1]) \
                or DEBATE_MARK.match(qtext, blocks[0][0]) is not None:
            return True
        # (a post that opens by addressing its readers and speaks as "I" in its third paragraph: "Some of you may have
        # seen the news ... . ... I was lucky to actually work on ...", where the site's name has no common word in
        # it, a person's name and not a site's, "Coda Story (codastory.com)")
        named = any(not any(common_word(w) or self._names_a_state(w) for w in m.group(1).split()) for m in sites)
        return named and len(blocks) >= 3 and self._outside_quotes(SPEAKER_I_RE, qtext, blocks[2][0], blocks[2][1])

    def _person_publisher(self, names):
        """(holder, title) of the one person a publisher's names are named after ("Heydar Aliyev Center
        Ganja"), or None."""
        found = {e.id for n in names for e in self.people if re.search(rf"\b{re.escape(e.title)}\b", n)}
        if len(found) != 1:
            return None
        holder = found.pop()
        return holder, self.entries[holder].title

    def _delivered_statement(self, text: str, start: int, end: int, blocks, para_voices, state):
        """A speaker said to deliver a statement or a speech ("Ambassador Jane Roe delivered a statement on
        ..."), and the paragraphs after it in the first person ("We cannot ignore ...") or addressing the
        chair ("Mr President,"): a copy of the statement, the speaker's words to the end, wherever the writer
        gives no one else's."""
        speech = state.get("delivered")
        if speech is not None:
            def same(v):  # (named again, shorter: "Simon Manley" after "Ambassador Simon Manley")
                return (v.holder or None) == speech[0] and (v.label or "").split()[-1:] == speech[1].split()[-1:]
            if all(v.writer and v.cue is None for v in para_voices) or all(v.writer or same(v) for v in para_voices):
                return [v._replace(holder=speech[0], label=speech[1], cue=speech[2], writer=False)
                        if v.writer and v.cue is None and text[v.start:v.end].rstrip()[-1:] in ".!?…,:;”\"’'"
                        else v for v in para_voices]  # (not a heading: "Speech of the National Leader ...")
            state["delivered"] = None  # someone else speaks: the copy has ended
            return para_voices
        for v in para_voices:
            if not v.writer and (v.holder or v.label) and DELIVERED.search(text, v.start, v.end):
                rest = [(a, b) for a, b in blocks if a >= end]
                if rest and (self._outside_quotes(FIRST_PERSON_RE, state["qtext"], rest[0][0], rest[-1][1])
                             or any(ADDRESS_LINE.match(text, a) for a, _ in rest)):
                    state["delivered"] = (v.holder, v.label, v.cue)
                break
        return para_voices

    def _outside_quotes(self, pattern, qtext: str, lo: int, hi: int) -> bool:
        """Whether ``pattern`` matches in qtext[lo:hi] outside quotation marks: the writer's own words."""
        found = [m.start() for m in pattern.finditer(qtext, lo, hi)]
        if not found:
            return False  # (most blocks: where the quotations are need not be worked out)
        inside = self._quoted(qtext, lo, hi)
        return any(not inside(k) for k in found)

    @staticmethod
    def _names_its_own_organs(text: str, names) -> bool:
        """A publisher nothing is known of that names its own organs or offices ("the CICA Ministerial Council",
        "Secretary General of the PS IGC TRACECA"): a body writing about itself, so its text is its own
        release. A news outlet names itself only as a reporter does ("told The Hill", "The Hill has asked")."""
        for name in names:
            forms = {without_brackets(name), *re.findall(r"\(([A-Z][A-Za-z&.-]{1,11})\)", name)}
            first = without_brackets(name).split()[:1]
            if first and len(first[0]) >= 3 and first[0].isupper() and first[0].isalpha() \
                    and re.search(rf"\b{re.escape(first[0])}['’]s (?:{ORGANS})\b", text):
                return True  # "IHH Humanitarian Relief Foundation": "IHH's President Bulent Yildirim" (its own
                # initials, then its officer: not "the Director of NIAT “Khovar”", a news agency's own news)
            for form in forms:
                if len(form) < 3 or not form[0].isupper() or form not in text:
                    continue
                f = re.escape(form)
                if re.search(rf"\b{f}['’]s (?:[A-Z][\w-]* )?(?:branch|office|centre|center)\b", text) \
                        or re.search(rf"\b{f} (?:{ORGANS})\b|\b(?:{ORGANS})(?: of(?: [A-Z][\w-]*){{1,4}})? (?:[Oo]f|[Ff]or|at) "
                             rf"(?:the )?{f}\b(?![’'-])", text):  # ("Director of Free Expression Programs at PEN
                    # American Center")
                    return True
        return False

    def _speaks_of_itself_as_we(self, text: str, qtext: str, blocks, names) -> bool:
        """A publisher nothing is known of whose text opens a paragraph with its own name ("H&M Group is deeply
        concerned by ...") and speaks as "we" outside quotation marks ("We strictly prohibit ..."), both in its
        first four paragraphs: a body writing about itself, so its text is its own statement."""
        if not blocks:
            return False
        own_names = self._own_name_forms(names)
        # (its name may open a later paragraph: "We were proud to stand with ... . No Business with Genocide is
        # committed to ..."; "The National Endowment for Democracy (NED) will honor ...", "We, the Uyghur
        # Information Center (UIC) team, are ...")
        if not any(name and (text[lo:hi].startswith((name + " ", name + ",", "The " + name + " ", "We, the " + name,
                                                     "At " + name + ","))  # ("At Patagonia, we've always ...")
                             ) for name in own_names for lo, hi in blocks[:4]):
            return False
        return any(self._outside_quotes(OUR_RE, qtext, a, b) or self._outside_quotes(SELF_RELEASE, qtext, a, b)
                   for a, b in blocks[:8])

    @staticmethod
    def _own_name_forms(names) -> set[str]:
        """The forms a publisher's text may name it by: "H&M Group (hmgroup.com)": "H&M Group"; "Nike, Inc.":
        "Nike" too; "Uyghur Information Center (UIC, ...)": "UIC" too."""
        forms = {without_brackets(n) for n in names}
        forms |= {CORPORATE_SUFFIX.sub("", n) for n in forms}
        # ("Cambridge UCU (University and College Union, ...)": "UCU", the initials closing its name, and the
        # initials of the name in brackets; "Camden UNISON": "UNISON")
        forms |= {n.split()[-1] for n in forms if len(n.split()) >= 2 and n.split()[-1].isupper()
                  and n.split()[-1].isalpha() and len(n.split()[-1]) >= 3}
        for n in names:
            full = re.search(r"\(((?:[A-Z][a-z]+ (?:(?:and|of|for|the|&) )*){1,5}[A-Z][a-z]+)[,)]", n)
            if full is not None:
                forms.add("".join(w[0] for w in full.group(1).split() if w[0].isupper()))
        return forms | {a for n in names for a in re.findall(r"\(([A-Z][A-Za-z&]{1,9})[,)]", n)}

    def _states_as_itself(self, text: str, qtext: str, blocks, names) -> bool:
        """A publisher nothing is known of that opens a sentence with its own name and a verb of saying in the
        present ("Sherpa recalls that ...", "Jane Roe Watch welcomes ...", "X has long called for ..."), outside
        quotation marks, anywhere in its text: a body stating for itself, so its text is its own statement (a news outlet names itself so
        only to report: "Caliber.Az reports", which is no statement of its own)."""
        own_names = {n for n in self._own_name_forms(names) if len(n) >= 3 and n[0].isupper() and n in text}
        if not own_names:
            return False
        names_re = "|".join(sorted(map(re.escape, own_names), key=len, reverse=True))
        pattern = _named_stating(names_re)
        for lo, hi in blocks:
            dateline = DATELINE_DASH.match(text, lo)  # ("GENEVA – UNHCR ... regrets": after its dateline)
            for m in pattern.finditer(text, lo, hi):
                opens = m.start() == lo or text[lo:m.start()].rstrip()[-1:] in (".", "!", "?") or (
                    dateline is not None and dateline.end() == m.start())  # (a sentence)
                verb = m.group("verb") or _present_of(m.group("perfect"))  # ("Humanists UK has long called")
                if opens and verb in PRESENT_SAYING and not self._quoted(qtext, lo, hi)(m.start()):
                    return True
        return False

    @staticmethod
    def _present_statement(tokens, text: str, k: int) -> bool:
        """The cue at token ``k`` is in the present, as releases open: "urges", "calls", "has called"."""
        word = text[tokens.idx_l[k]:tokens.end_l[k]].lower()
        if word in REPORTING_ONLY:
            return False  # "BAKU.WS reports that ...", "As reported by BAKU.WS": news of something, no release
        before = text[tokens.idx_l[k - 1]:tokens.end_l[k - 1]].lower() if k > 0 else ""
        return (word.endswith("s") and not word.endswith("ss")) or before in ("has", "have")

    @staticmethod
    def _whole_quotation(qtext: str, start: int, end: int) -> bool:
        """The paragraph is one quotation: it opens with a quotation mark and its only closing mark ends it."""
        body = qtext[start:end].strip()
        if len(body) >= 3 and body[0] == "‘" and body.rstrip(".!?…")[-1:] == "’" and "‘" not in body[1:] \
                and not re.search(r"’\s", body[:-1].rstrip(".!?…’")):
            return True  # ‘I would like to extend my gratitude ...’: single marks, as some presses quote
        if len(body) < 3 or body[0] not in QUOTES_OPEN + QUOTES_BOTH:
            return False
        tail = body.rstrip(".!?…")
        if not tail or tail[-1] not in QUOTES_CLOSE + QUOTES_BOTH:
            return False
        return QUOTE_MARKS.search(body, 1, len(tail) - 1) is None

    @staticmethod
    def _quoted_title(text: str, start: int, end: int) -> bool:
        """The paragraph opens with a title or a heading in quotation marks, not with anyone's words: the quoted
        words make no sentence (no stop or comma inside) and either are the whole paragraph, six words at most
        ("“Training centres”"), or are followed by the writer's sentence about what they name ('"Declaration of
        Shusha ..." was signed by ...')."""
        body = text[start:end].strip()
        m = re.match(r"[\"“«]([^\"”»]{1,160})[\"”»]\s*(\S*)", body)
        if m is None or re.search(r"[.!?,;:]", m.group(1)):
            return False
        words = m.group(1).split()
        after = m.group(2)
        if not after.strip(".!?…"):
            return len(words) <= 6 and m.end(1) + 1 >= len(body.rstrip(".!?… "))
        return after[:1].islower() and after.isalpha() and len(words) <= 20

    @staticmethod
    def _opens_running_quotation(qtext: str, start: int, end: int) -> bool:
        """The paragraph opens with a quotation mark and has no other: a quotation that runs on unclosed."""
        body = qtext[start:end].strip()
        return len(body) >= 3 and body[0] in QUOTES_OPEN + QUOTES_BOTH and QUOTE_MARKS.search(body, 1) is None

    def _office_of_the_one_named(self, voices: list[Voice], text: str) -> list[Voice]:
        """"The foreign secretary said", in a text where one person, and only one, is named as speaking
        ("Dominic Raab said ..."), before or after: that person, unless the text gives them another office."""
        people = {}
        for v in voices:
            if v.writer or not v.label:
                continue
            if v.holder:
                if self.entries[v.holder].type == "person":
                    people[v.holder] = v
                continue
            words = v.label.split(",")[0].split()
            if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and self._is_person(None, v.label) \
                    and words[0].lower() not in (NOT_NAME_OPENERS | OPENERS | DESCRIBING) - TITLE_WORDS:
                if words[-1].lower() not in PERSON_OFFICES:  # "China's Foreign Minister" is an office, no name
                    people.setdefault(words[-1], v)  # "State Councillor Wang Yi" and "Wang Yi": one person
                continue
            if len(words) == 1 and self._named_person(None, v.label) and re.search(
                    rf"\b[A-Z][\w’'-]+\s+{re.escape(words[0])}\b", text):
                # "Tokayev noted" where the text names "Kassym-Jomart Tokayev": a surname alone names a person too
                people.setdefault(words[0], v)
                continue
            # "Chinese diplomat Wang Shengjie": an office in lower case, then the name
            k = len(words)
            while k > 0 and words[k - 1][:1].isupper():
                k -= 1
            if 0 < k and 2 <= len(words) - k <= 3 and words[k - 1].lower() in PERSON_OFFICES \
                    and self._is_person(None, " ".join(words[k:])):
                people.setdefault(words[-1], v)
                continue
            # "Secretary General of the Organization of Turkic States (OTS) Jane Roe": an office, its body and the
            # body's initials in brackets, then the name
            k = len(words)
            while k > 0 and words[k - 1][:1].isupper() and not words[k - 1].endswith(")"):
                k -= 1
            if 0 < k and 2 <= len(words) - k <= 3 and words[k - 1].endswith(")") \
                    and words[0].lower() in PERSON_OFFICES | TITLE_WORDS and self._is_person(None, " ".join(words[k:])):
                people.setdefault(words[-1], v)
        for key in [k for k, v in people.items() if not v.holder]:
            # "Cong" and "Cong Peiwu" (a name written surname first, then its surname alone): one person
            words = set(people[key].label.split(",")[0].split())
            if any(o != key and not people[o].holder and words < set(people[o].label.split(",")[0].split())
                   for o in people):
                del people[key]
        if len(people) != 1:
            return voices
        (key, named), = people.items()
        surname = (self.entries[named.holder].title if named.holder else key).split()[-1]
        unnamed = set()  # offices the text gave a speaker it did not name: "A spokesman said Monday ..."
        out = []
        for v in voices:
            m = described = None
            if not (v.writer or v.holder) and (first := INDEFINITE_OFFICE.fullmatch(v.label or "")) is not None:
                unnamed.add(first.group(1).lower())
            if not (v.writer or v.holder) and (again := OFFICE_DESCRIBED.fullmatch(v.label or "")) is not None \
                    and again.group(1).lower() in unnamed:
                out.append(v)  # '..., the spokesman said' after "A spokesman said ...": the one not named, again
                continue
            if not (v.writer or v.holder):
                # (the office may name where it is held: "China's ambassador to Canada")
                m = OFFICE_HELD_IN.fullmatch(v.label or "")
                if m is None or m.group(1).lower() not in PERSON_OFFICES:
                    m = described = OFFICE_DESCRIBED.fullmatch(v.label or "")
                if m is None or m.group(1).lower() not in PERSON_OFFICES | ANAPHOR_NOUNS:
                    m = OFFICE_OF_BODY.fullmatch(v.label or "")
                    # (an office with its body, "the President of the Foundation", goes to the one named only where
                    # the text gives that person the office: "the President of the ... Foundation, Professor X")
                    if m is not None and not any(
                            re.search(rf"\b{re.escape(m.group(1))}\b", text[max(0, k.start() - 100):k.start()],
                                      re.IGNORECASE)
                            for k in re.finditer(rf"\b{re.escape(surname)}\b", text)):
                        m = None
                if m is None or m.group(1).lower() not in PERSON_OFFICES | ANAPHOR_NOUNS:
                    m = HEAD_OF_STATE.fullmatch(v.label or "")  # ("The head of State pointed out": its president)
            office = ("president" if m.re is HEAD_OF_STATE else m.group(1).lower()) if m else None
            leader = described if office is None else None
            if leader is not None and leader.group(1).lower() == "leader" and any(
                    w[:1].isupper() and w.lower() not in TITLE_WORDS for w in (v.label or "").split()[1:-1]):
                office = "president"  # ("The Turkish leader": a head of state, as "the Turkish President" is;
                # "the leader" alone names no office)
            else:
                leader = None
            if office in PERSON_OFFICES or office in ANAPHOR_NOUNS:
                # the offices the text gives the person ("Foreign Minister Hakan Fidan"): this one must be among
                # them, if it gives any
                given = self._offices_given(surname, text)
                if "minister" in given and not re.search(r"(?i)\bprime\b", v.label or "") and not re.search(
                        rf"(?<!Prime )(?<!prime )\bMinister\s+(?:[A-Z][\w’'-]+\s+)?{re.escape(surname)}\b", text):
                    given = (given - {"minister"}) | {"prime minister"}  # ("Prime Minister Jan Novak" is no "the
                    # Minister": another office)
                # and the state the description names, if it names one ("the Kazakh president"), must be the one
                # the text gives the person ("Azerbaijani President Ilham Aliyev" is not the Kazakh president)
                states = self._states_named(v.label.split()[:-1])
                near = set()
                for k in re.finditer(rf"\b{re.escape(surname)}\b", text):
                    for w in capitalised_before(text, k.start()):  # (the name's own title)
                        if w.lower() not in TITLE_WORDS | TITLE_MODIFIERS | {"state"} and (st := self._state_stem(w)):
                            near.add(st)  # (not "State Councillor")
                if states and near and not states & near:
                    out.append(v)
                    continue
                other = self._one_named_in_office(v.label or "", text)
                if other and other.split()[-1] != surname:
                    out.append(v)  # ("the Chinese ambassador" where the text names "the Ambassador of the
                    continue  # People's Republic of China ..., HE Mr. Qin Jian": that one, not the minister)
                if office in ANAPHOR_NOUNS and re.search(
                        rf"\b(?:Judge|Justice|Magistrate)\s+(?:[A-Z][\w’'-]+\s+)?{re.escape(surname)}\b", text):
                    out.append(v)  # ("the lawyer said" is not "Judge Jan Novak": the bench is no one's counsel)
                    continue
                if (not given and leader is None) or office in ANAPHOR_NOUNS \
                        or OFFICE_KIND.get(office, office) in given \
                        or given & OFFICE_SYNONYMS.get(office, set()):  # ("China's envoy" is "Ambassador Chen Xu")
                    # (a state's leader only where the text gives the person a state's office: "Jan Novak,
                    # President of the Republic of ...")
                    v = v._replace(holder=named.holder, label=named.label)
            out.append(v)
        return out

    @staticmethod
    def _offices_given(surname: str, text: str, both: bool = False) -> set[str]:
        """The offices the text gives the person of that surname, just before the name ("Foreign Minister Hakan
        Fidan") or after it ("Dolkun Isa, president of the WUC"), as their kinds ("mp" is a "legislator"); with
        ``both``, either of two words before a name ("General Secretary Tô Lâm": "secretary")."""
        before = re.findall(rf"\b(\w+)\s+(?:([A-Z][\w’'-]+)\s+)?{re.escape(surname)}\b", text)
        words = [w for pair in before for w in (pair if both else pair[:1])]
        return {OFFICE_KIND.get(w.lower(), w.lower())
                for w in words
                + re.findall(rf"\b{re.escape(surname)},\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(\w+)\s+(?:of|for|at)\b",
                             text)
                if w.lower() in PERSON_OFFICES}

    def _office_named_in_text(self, voices: list[Voice], text: str) -> list[Voice]:
        """A speaker given by office alone ("Iran's Ambassador to Ankara deplored ...", "the head of the Georgian
        government stressed", "The OTS Secretary General informed") whom the text names in that office,
        before or after ("Iran's Ambassador to Turkey Mohammad Farazmand"): that name, where the text gives
        the office (of that state or body, if the description says which) to one name only."""
        cache: dict[str, str | None] = {}
        out = []
        for v in voices:
            if not (v.writer or v.holder) and v.label:
                if v.label not in cache:
                    cache[v.label] = self._one_named_in_office(v.label, text)
                name = cache[v.label]
                if name:
                    v = v._replace(label=name)
            out.append(v)
        return out

    def _states_named(self, words, initials: bool = True) -> set[str]:
        """The states capitalised words name, by their stems ("the Kazakh president": {"kaza"}); without
        ``initials``, not a state written in capitals ("PRC", "UAE")."""
        return {st for w in words if w[:1].isupper() and (initials or not w.isupper()) and (st := self._state_stem(w))}

    def _states_differ(self, ours: set[str], words) -> bool:
        """Whether ``words`` name states and none of ``ours`` (the states a description names): "U.S. Secretary
        of State Antony Blinken" is not "an official from China's ... region"."""
        theirs = self._states_named(words) if ours else set()
        return bool(theirs) and not ours & theirs

    def _state_stem(self, word: str) -> str | None:
        """The first four letters of a word that names a state ("Kazakh", "Iran's": "iran"), else None."""
        bare = without_possessive(word)
        return bare[:4].lower() if self._names_a_state(bare) else None

    def _one_named_in_office(self, label: str, text: str) -> str | None:
        words = [w.strip(",.") for w in label.split()]
        if not 2 <= len(words) <= 10 or words[0].lower() not in ("the", "a", "an") \
                and not words[0].endswith(("'s", "’s")):
            return None  # a description, not a name: "the envoy", "Iran's Ambassador to Ankara"
        head, rest = [], []
        for i, w in enumerate(words):
            if w.lower() in ("of", "to", "in", "for", "at", "from", "on"):
                rest = words[i + 1:]
                break
            head.append(w)
        office = head[-1].lower() if head else ""
        if office == "head" and rest and rest[-1].lower() == "government":
            offices = {"prime minister", "premier"}  # "the head of the Georgian government"
        elif office == "head" and rest and rest[-1].lower() == "state":
            offices = {"president"}  # "the head of our state": its president, not the head of a region
        elif office == "head" and rest and rest[-1].lower() in ("mission", "embassy", "legation"):
            offices = OFFICE_SYNONYMS["ambassador"]  # "the head of the Chinese diplomatic mission": its ambassador
        elif office in ("general",) and len(head) >= 2 and head[-2].lower() == "secretary":
            offices = {"secretary general", "secretary-general"}
        elif office in OFFICE_SYNONYMS or office in OFFICE_WORDS:
            offices = OFFICE_SYNONYMS.get(office, {office})
        else:
            return None
        if any(w[:1].isupper() and w.lower() not in TITLE_WORDS | TITLE_MODIFIERS | OPENERS
               and not w.endswith(("'s", "’s")) and not self._names_a_state(w) and w.lower() not in offices
               and not w.isupper() for w in head[1:-1]):  # ("The OTS Secretary General": a body's initials)
            return None  # a name in it already ("Deputy Prime Minister Nurtleu"), or a word of one
        # which state or body the description says: "Iran's", "Iranian", "Georgian", "OTS"
        marks = {without_possessive(w)[:4].lower() for w in head[:-1] + rest
                 if w[:1].isupper() and w.lower() not in TITLE_WORDS | TITLE_MODIFIERS | OPENERS | offices
                 and w.lower() not in ("the", "a", "an", "government")}  # (never "A" opening the description)
        if {"unnamed", "anonymous"} & {w.lower() for w in words}:
            return None  # "An unnamed security official told": one of many, whom the text does not name
        found = set()
        office_re = "|".join(sorted((re.escape(o).replace(r"\ ", r"[\s-]+") for o in offices), key=len,
                                    reverse=True))
        name = r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
        # ("the ambassador, John Doe": a comma, but not after a place: "the envoy to Iran, Hossein ... said" may
        # be a sentence's opening phrase and its subject)
        # (honorifics before the name are skipped: "the Ambassador of ... to ..., HE Mr. Qin Jian")
        honorific = r"(?:(?:HE|H\.E\.|His Excellency|Her Excellency|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)*"
        places = r"(?:\s+(?:to|of|in|for)(?:\s+the)?(?:\s+(?:of\s+)?[A-Z][\w’'-]*){1,5}){1,2}"
        pattern = re.compile(rf"\b(?i:{office_re})(?:\s+[A-Z][a-z]+)?(?:{places}|,)?\s+{honorific}{name}")
        # (but after a place and a comma, a name set off by commas on both sides is the office's own: "The
        # outgoing Chinese Ambassador to Ghana, Lu Kun, has said")
        apposition = re.compile(rf"\b(?i:{office_re}){places},\s+{honorific}{name},")

        def no_name(full: str) -> bool:  # (a body's or a region's name: "chairman of ... Xinjiang Uyghur Autonomous
            # Region")
            return any(w.lower().strip(".") in TITLE_WORDS | TITLE_MODIFIERS | OPENERS | MONTHS_DAYS | BODY_WORDS
                       | REGION_WORDS for w in full.split()) or self._names_a_state(full.split()[0])

        def marked(near: str) -> bool:  # whether the office's own words say the state or body the description does
            initials = "".join(w[0] for w in re.findall(r"\b[A-Z][\w’'-]*", near)).lower()
            return any(mark in near.lower() or (len(mark) >= 2 and mark in initials) for mark in marks)

        for m in [*pattern.finditer(text), *apposition.finditer(text)]:
            full = m.group(1)
            if no_name(full):
                continue
            # (the state or body is in the office's own words: the capitalised words just before it, or its
            # places; not "(Turkic Council) attended ... Azerbaijani President Ilham Aliyev" for "the Turkish
            # president")
            run = capitalised_before(text, m.start())[::-1]
            if marks and not marked(" ".join(run) + " " + text[m.start():m.start(1)]):
                # (a body's initials for its name: "The OTS Secretary General", "the Organization of Turkic States")
                continue
            found.add(full)
        # the name first, then the office and its place set off after it, past one aside ("Wang Yi, member of the
        # State Council, Minister of Foreign Affairs of China"): the office's words after the name say its state
        aside = r"(?:member|head|chairman|chairwoman|deputy|director|secretary|vice|chief|adviser|advisor|envoy)\b"
        # (the office the description gives, as written: "a Xinjiang official" is not "Jane Roe, chairman of the
        # People's Government of Xinjiang", whom the text never calls an official)
        after_name = re.compile(rf"{name},\s+(?:{aside}[^,.;()]{{0,50}},\s+)?(?:the\s+)?(?i:{re.escape(office)}){places}")
        for m in after_name.finditer(text):
            if marks and not no_name(m.group(1)) and marked(text[m.end(1):m.end()]):
                found.add(m.group(1))  # (only where the description says which state or body: "the Chinese Minister")
        surnames = {f.split()[-1] for f in found}
        if len(surnames) != 1 or re.search(rf"\b{re.escape(next(iter(surnames)))}\b", label):
            return None  # (none, several, or the label names the one already: "The chairman of the PRC Jane Doe")
        return max(found, key=len)

    def _people_in_place(self, tokens, text: str, start: int, lo: int) -> int:
        """Where the subject before "who" starts when the name before it is the place of people set before it:
        "alarm among refugee advocates in Australia, who said ..." (the advocates, in Australia, not Australia)."""
        p = start - 1
        if p - 1 <= lo or tokens.lower_l[p] not in self.place_prepositions:
            return start
        k = p
        while k - 1 >= lo and p - k < 3:
            word = text[tokens.idx_l[k - 1]:tokens.end_l[k - 1]]
            if not word.isalpha() or not word.islower() or tokens.lower_l[k - 1] in self.determiners \
                    or tokens.lower_l[k - 1] in self.prepositions:
                break
            k -= 1
        if k == p:
            return start
        head = text[tokens.idx_l[p - 1]:tokens.end_l[p - 1]]
        # (a plural of people, "advocates", "residents": a place's people are "who"; never "talks in Beijing")
        if not (group_of_people(head) or head.endswith(("ists", "ates", "ers", "ants", "ents", "ians"))):
            return start
        return k

    @staticmethod
    def _same_body(description: str, later: str) -> bool:
        """Whether a description that names its body or place ("a US State Department spokesman") may be the
        person named later: not one whose label names another body ("Chinese Foreign Ministry spokesman Geng
        Shuang"). A description naming none ("a senior official"), or a later name with no body of its own
        ("Michelle Bachelet said"), may."""
        def capitalised(words: list[str]) -> list[str]:
            return [w.strip(",.") for w in words if w[:1].isupper() and w.lower() not in ("a", "an", "the")
                    and w.lower().strip(",.") not in TITLE_MODIFIERS | ALL_OFFICES]

        def before_office(label: str) -> list[str]:  # the capitalised words before the last office word
            words = label.split()
            at = max((k for k, w in enumerate(words) if w.lower().strip(",.") in ALL_OFFICES), default=None)
            return capitalised(words[:at]) if at is not None else []
        own = before_office(description)
        # (the later label's body: after the name set off by a comma, "Jane Roe, president of the ...", or before
        # the office that comes before the name, "State Department spokeswoman Jane Roe")
        theirs = capitalised(later.split(",", 1)[1].split()) if "," in later else before_office(later)
        if "," not in later and not theirs:
            # a body in lower case before the office: "An Interior Ministry spokesman" is not "foreign ministry
            # spokeswoman Hua Chunying" (the words that tell one ministry from another differ)
            words = later.split()
            at = max((k for k, w in enumerate(words) if w.lower().strip(",.") in ALL_OFFICES), default=0)
            lower = {w.strip(",.").lower() for w in words[:at] if w.isalpha()} - {"a", "an", "the"}
            distinct = {w.lower() for w in own} - GENERIC_BODY_WORDS
            if distinct and lower - GENERIC_BODY_WORDS and not distinct & lower:
                return False
        if not own or not theirs:
            return True
        stems = {w.lower()[:4] for w in theirs}
        initials = "".join(w[0] for w in theirs).lower()
        return any(w.lower()[:4] in stems or (w.isupper() and w.lower() in initials) for w in own)

    def _a_body_named(self, v: Voice) -> bool:
        """Whether a voice is a body by its name: an organisation's entry, or a name in capitals that is no
        person's, state's or outlet's ("Human Rights Watch (HRW)", "Atajurt")."""
        if v.writer or not v.label:
            return False
        if v.holder:
            return self.entries[v.holder].type == "organization"
        low = set(v.label.lower().split())
        if low & (OUTLET_WORDS | NEWS_OUTLET_WORDS | {"media"}) or INDEFINITE_LABEL.match(v.label) \
                or not v.label[:1].isupper() or self._is_person(None, v.label) \
                or v.label.lower().removeprefix("the ") in self.countries:
            return False
        return bool(low & (BODY_WORDS | BODY_HEADS)) or len(low) == 1

    def _remarks_made_by(self, voices: list[Voice], text: str) -> list[Voice]:
        """"A Chinese Foreign Ministry spokesperson on Monday said ..." in the lede, then "Spokesperson Wang Wenbin
        made the remarks in response to ...": the one who made them, by name, where the name comes with an office
        of the description's kind (the sentence that names them stays the writer's)."""
        out = list(voices)
        for i, v in enumerate(out):
            words = (v.label or "").split()
            if v.holder or v.writer or not 2 <= len(words) <= 8 or not INDEFINITE_LABEL.match(v.label):
                continue
            offices = next((OFFICE_SYNONYMS[w.lower()] for w in reversed(words) if w.lower() in OFFICE_SYNONYMS), None)
            if offices is None:
                continue
            for m in REMARKS_MADE.finditer(text, v.end):
                named = m.group("name").split()
                k = 0
                while k < len(named) and named[k].lower().strip(".,") in TITLES_AND_OFFICES:
                    k += 1
                name = " ".join(named[k:])
                if 0 < k and len(named) - k >= 2 and {w.lower() for w in named[:k]} & offices \
                        and self._is_person(None, name):
                    for j in range(i, len(out)):
                        if out[j].label == v.label and not out[j].holder and not out[j].writer:
                            out[j] = out[j]._replace(label=name)
                    break
        return out

    def _named_later(self, voices: list[Voice]) -> list[Voice]:
        """"An exiled Uygur leader called for ..." in the lede, named later ("Dolkun Isa, president of the
        World Uygur Congress, said"): the first person later named in an office of that kind."""
        out = list(voices)
        first_para = out[0].paragraph if out else None
        for i, v in enumerate(out):
            words = (v.label or "").split()
            # (in the lede, also a definite one: "The United Nations human rights chief said ...", then
            # "Michelle Bachelet said" in the next paragraph)
            definite = v.paragraph == first_para and len(words) >= 2 and (
                words[0].lower() == "the" or words[0].endswith(("'s", "’s")))
            if v.holder or v.writer or len(words) < 2 or (not INDEFINITE_LABEL.match(v.label) and not definite):
                continue
            if definite and all(w[:1].isupper() and w.strip(",.").lower() not in OFFICE_OR_TITLE for w in words[-2:]) \
                    and words[-1].strip(",.").lower() not in BODY_WORDS:
                continue  # ("Iran's Foreign Minister Jan Novak" is named already: not "his counterpart" named later)
            # the description's own noun, before what places it: "a senior official from the region"
            head = []
            for w in words[1:]:
                if w.lower() in ("from", "of", "in", "at", "based", "with", "for"):
                    break
                head.append(w.lower())
            if not definite and v.paragraph == first_para and head and head[-1] in BODY_HEADS:
                # "A human rights group is urging ..." in the lede, then "Atajurt, a volunteer group ..., said" /
                # "Human Rights Watch (HRW) said" opening the next paragraph: the body named there
                nxt = next((later for later in out[i + 1:] if later.paragraph > v.paragraph), None)
                if nxt is not None and nxt.paragraph == v.paragraph + 1 and self._a_body_named(nxt):
                    out[i] = v._replace(holder=nxt.holder, label=nxt.label)
                continue
            ours = self._states_named(re.split(r"[\s-]+", v.label))  # (the states the description names)
            if not definite and v.paragraph == first_para and head and head[-1] not in BODY_WORDS \
                    and head[-1] not in OUTLET_WORDS and self._is_person(None, v.label):
                # "A Justice Department lawyer urged ..." in the lede, then "Solicitor General Gregory G. Garre
                # contended ..." as the next paragraphs' first speaker: news names whom its lede describes there
                nxt = next((later for later in out[i + 1:] if later.paragraph > v.paragraph and not later.writer),
                           None)
                if nxt is not None and nxt.paragraph <= v.paragraph + 2 and not nxt.holder and nxt.label \
                        and nxt.label[:1].isalpha() and not re.match(r"(?i)(?:a|an|one|the)\s", nxt.label) \
                        and re.search(r"\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+", nxt.label) \
                        and self._is_person(None, nxt.label) and self._same_body(v.label, nxt.label) \
                        and not self._states_differ(ours, re.split(r"[\s-]+", nxt.label)):
                    for c in [i] + self._described_again(out, v, i, definite):
                        out[c] = out[c]._replace(label=nxt.label)
                    continue
            offices = next((OFFICE_SYNONYMS[w] for w in reversed(head) if w in OFFICE_SYNONYMS), None)
            if offices is None or (head and (head[-1] in BODY_WORDS or head[-1] in OUTLET_WORDS)):
                continue  # (a body is no person named later: "Turkey's state Anadolu news agency reported")
            last_para = v.paragraph  # (where the description, or "he" standing for it, last spoke)
            chain = [i]
            for j in range(i + 1, len(out)):
                later = out[j]
                if definite and later.paragraph > last_para + 1:
                    break  # (a definite description is named right after, or it is not)
                if definite and not later.holder and later.label == v.label:
                    last_para = later.paragraph  # ("the foreign minister said ..." / "he told ...": still him)
                    chain.append(j)
                    continue
                if later.holder or later.writer or not later.label:
                    if definite and later.holder and self._is_person(later.holder, None) \
                            and later.paragraph > v.paragraph:
                        for c in chain + self._described_again(out, v, j, definite):
                            out[c] = out[c]._replace(holder=later.holder, label=later.label)
                        break
                    continue
                later_words = re.split(r"[\s-]+", later.label + " " + (later.cue or ""))
                lw = [w.strip(",.").lower() for w in later_words]
                named = re.search(r"\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+", later.label)
                # (a name in it: two capitalised words, "Xinjiang vice-chairman Alken Tuniaz"); after a definite
                # description, a bare name will do ("Michelle Bachelet said")
                bare = definite and later.paragraph > v.paragraph and not set(lw) & ALL_OFFICES \
                    and self._is_person(None, later.label) and not later.label.lower().startswith("the ")
                # (a bare surname, "Szijjártó said", only after "he" has carried the description on, and never a
                # capital or a state: "Beijing immediately hit back")
                bare = bare and (named is not None or (
                    len(chain) >= 2 and later.label.lower() not in CAPITALS and name_key(later.label) not in self.seats
                    and later.label.lower() not in self.state_names and not self._names_a_state(later.label)))
                if (named or bare) and (offices & set(lw) or bare) and not INDEFINITE_LABEL.match(later.label) \
                        and self._same_body(v.label, later.label) and not self._states_differ(ours, later_words):
                    # (not "U.S. Secretary of State Antony Blinken" for "An official from China's ... region")
                    # (not "A spokeswoman for the US State Department": another one the text does not name)
                    name = later.label
                    if not named:  # a surname alone: the name the text gives in full, if a speaker's ("Geng Shuang",
                        # its surname first)
                        name = max((o.label for o in out if o.label and not o.holder and name in o.label.split()
                                    and len(o.label.split()) <= 4 and self._is_person(None, o.label)),
                                   key=len, default=name)
                    for c in chain + self._described_again(out, v, j, definite):
                        out[c] = out[c]._replace(label=name)
                    break
        return out

    @staticmethod
    def _described_again(out: list[Voice], v: Voice, j: int, definite: bool) -> list[int]:
        """The voices after ``j`` given the very description ``v`` was ("The spokesperson for the Iranian Foreign
        Ministry" again, paragraphs after "Nasser Kanaani responded"; "He said" standing for "A Sri Lankan ruling
        party Parliamentarian"): the one named. An indefinite description written out again is another one of
        them ("One Committee Expert asked ..." twice), so only the voices that stand for it count."""
        return [k for k in range(j + 1, len(out)) if out[k].label == v.label and not out[k].holder
                and not out[k].writer and (definite or v.label not in (out[k].cue or ""))]

    def _described_after_named(self, voices: list[Voice], text: str) -> list[Voice]:
        """A person described, not named ('"...," the Adelaide-based campaigner said', "The Kazakh Head of State
        noted"), right after a person the text named as speaking ("Jane Roe said ..."), with no other speaker
        between them: that person, as news varies its words for the one it is quoting. Not where the description
        gives an office the text never gives that person ("the spokesman" after "Dolkun Isa, president of ..."
        is someone else), nor a state other than theirs."""
        out = list(voices)
        for i, v in enumerate(out):
            if v.writer or v.holder or not v.label:
                continue
            words = v.label.split()
            if not 2 <= len(words) <= 8 or words[0] not in ("the", "The"):
                continue
            head = []
            for w in words[1:]:
                if w.lower() in ("of", "at", "in", "from", "for", "on", "to", "with") or w.endswith(","):
                    head.append(w.rstrip(","))
                    break
                head.append(w)
            if head and (head[-1].lower() in ("of", "at", "in", "from", "for", "on", "to", "with")):
                head = head[:-1]
            noun = head[-1].lower() if head else ""
            if noun not in DESCRIBED_PERSON_NOUNS:
                continue
            if any(w[:1].isupper() and not self._names_a_state(without_possessive(w))
                   and w.lower() not in TITLE_WORDS | TITLE_MODIFIERS | OFFICE_NOUNS | {"head", "state"}
                   and not w.lower().endswith(("-based", "-born")) for w in head):
                continue  # ("the Adelaide-based campaigner", "the Kazakh Head of State", not "the WUC leader")
            if {"former", "another", "other", "second", "unnamed", "anonymous", "two"} & {w.lower() for w in words}:
                continue  # (another one, or one the text does not name)
            # the speaker just before: the last voice that is no writer's and not this description
            prev = next((out[j] for j in range(i - 1, -1, -1)
                         if not out[j].writer and (out[j].holder or out[j].label) and out[j].label != v.label), None)
            if prev is None or prev.paragraph < v.paragraph - 1 or not self._named_person(prev.holder, prev.label) \
                    or self._named_person(None, v.label):
                continue  # (no one named just before, or a name in the description: "the then Prime Minister, X")
            name = self.entries[prev.holder].title if prev.holder else prev.label.split(",")[0]
            surname = name.split()[-1]
            firsts = {m.group(1) for m in re.finditer(rf"\b([A-Z][\w’'-]+)\s+{re.escape(surname)}\b", text)
                      if m.group(1).lower() not in TITLES_AND_OFFICES and not self._names_a_state(m.group(1))}
            if (not firsts and not prev.holder) or (len(firsts) > 1 and len(name.split()) < 2) \
                    or any(f not in name.split() and f"{f} {surname}" not in prev.label for f in firsts):
                continue  # (a name in full somewhere, "Jane Roe", and no other of that surname: "Akylbek Japarov")
            ours = self._states_named(re.split(r"[\s-]+", v.label))
            theirs = set()
            for k in re.finditer(rf"\b{re.escape(surname)}\b", text):
                # (the title just before the name, "Azerbaijani President Ilham Aliyev", or set off after it: "Pham
                # Thanh Binh, deputy chief of mission of the Embassy of Vietnam in China, said")
                near = capitalised_before(text, k.start())
                if text.startswith(",", k.end()):
                    near += re.split(r"[\s-]+", re.split(r"[,.;]", text[k.end() + 1:k.end() + 100])[0])
                theirs |= self._states_named([w for w in near if w.lower() not in TITLE_WORDS | {"state"}])
            if ours and ((theirs and not ours & theirs)
                         or (not theirs and not self._offices_given(surname, text, both=True))):
                continue  # ("the Kazakh president" is not "Azerbaijani President Ilham Aliyev"; "the Chinese leader"
                # is no one the text gives no office at all)
            cue_at = text.find(v.cue, v.start, v.end) if v.cue else -1
            between = text[prev.end:cue_at if cue_at >= 0 else v.start]
            own = set(name.split()) | set(prev.label.split())
            if any(not set(m.group(0).split()) & own and self._is_person(None, m.group(0))
                   and not any(self._names_a_state(without_possessive(w)) or w.lower() in TITLES_AND_OFFICES
                               for w in m.group(0).split())
                   for m in re.finditer(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+", between)):
                continue  # (another person named between them: "As for Alfred Erkin, the activist alleged")
            if noun in PERSON_OFFICES and noun not in ANAPHOR_NOUNS:
                kinds = {OFFICE_KIND.get(o, o) for o in OFFICE_SYNONYMS.get(noun, {noun}) | {noun}}
                given = self._offices_given(surname, text, both=True)
                # ("the Vietnamese diplomat", "the official": any office the text gives them)
                if not (given & kinds or given and noun in ("diplomat", "official")):
                    continue  # (an office the text never gives them: someone else, whom it does not name)
            out[i] = v._replace(holder=prev.holder, label=prev.label)
        return out

    def _paragraph(self, doc, text, tokens, cues, cue_starts, para, t_lo, t_hi, refs, state, parsed, writer):
        # where this paragraph and the one before start (the text the rules read has its blank lines compacted)
        state["prev2_para_start"] = state.get("prev_para_start")
        state["prev_para_start"] = state.get("para_start", 0)
        state["para_start"] = tokens.idx_l[t_lo] if t_lo < len(tokens) else len(text)
        found = []  # per sentence: (holder, label, cue_lo, cue_hi, trailing, source) or None
        runs_on = []  # per sentence: a quotation is still open at its end
        opens_quote = []  # per sentence: it opens with a quotation mark, with no cue of its own
        quoted_start = []  # per sentence: it opens with a quotation mark
        borrowed = []  # per sentence: its speaker is the one of the quotation before, not a cue of its own
        spans = self.sentences(tokens, t_lo, t_hi, text)
        qtext = state["qtext"]
        p_lo = tokens.idx_l[t_lo] if t_hi > t_lo else 0
        # a quotation left open by the paragraph before goes on here, unless this one opens its own (the
        # usual way of running a quotation over paragraphs): then its first straight mark closes it
        # (only a paragraph that opened with the quotation hands it on, and only to one that closes it: a stray
        # mark elsewhere never makes the rest of a text a quotation)
        p_hi = tokens.end_l[t_hi - 1] if t_hi > t_lo else 0
        quote_open = bool(state.get("open_at_end")) and t_hi > t_lo and qtext[p_lo] not in QUOTES_OPEN + QUOTES_BOTH \
            and QUOTE_MARKS.search(qtext, p_lo, p_hi) is not None
        # (the quotation goes on either way: without a mark, or with the opening mark news repeats)
        state["continues"] = quote_open or (bool(state.get("open_at_end")) and t_hi > t_lo
                                            and qtext[p_lo] in QUOTES_OPEN + QUOTES_BOTH)
        quoted_by = None  # the speaker of the quotation running in this paragraph
        inside = self._quoted(qtext, p_lo, tokens.end_l[t_hi - 1] if t_hi > t_lo else 0, quote_open)
        state["opens_inside"] = quote_open  # (the paragraph opens inside the quotation the one before left open)
        for a, b in spans:
            own = None
            # "The report, by China scholar Adrian Zenz, ...": later "the report" is his
            documents = state["documents"]  # where the text names a document ("report", "statement"), in order
            for j in documents[bisect_left(documents, a):bisect_left(documents, b - 2)]:
                author = self._document_author(tokens, text, refs, j, b)
                if author is not None:
                    state["release"] = author
                    break
            here = cues[bisect_left(cue_starts, a):bisect_left(cue_starts, b)]
            lo = a
            if (a, b) == spans[0]:  # a dateline opening the story is no part of the sentence's subject
                m = DATELINE_RE.match(text, tokens.idx_l[a]) or DATELINE_DASH.match(text, tokens.idx_l[a]) \
                    or DATELINE_DATED.match(text, tokens.idx_l[a])
                if m and m.end() < tokens.end_l[b - 1]:
                    lo = bisect_left(tokens.idx_l, m.end(), a, b)
            if here and tokens.lower_l[lo] in self.concessive:
                # "Although she insisted she would not be swayed ..., the report may ...": what she said is
                # conceded in the writer's own sentence; only a cue in its main clause speaks for it
                comma = next((t for t in range(lo + 1, b) if tokens.orth_l[t] == self.comma
                              and not inside(tokens.idx_l[t])), None)
                if comma is not None:
                    here = [c for c in here if c[1] > comma]
            # a later cue can only do better than a name as written if an entry is named in the sentence
            named = bool(here) and self._names_entry(tokens, refs, a, b)
            pending = None
            # a sentence opening with a subordinate clause ("As ...,", "After ...,"): where that clause ends
            clause_comma = next((k for k in range(a + 2, b) if tokens.orth_l[k] == self.comma
                                 and not inside(tokens.idx_l[k])), None) if self._subordinate_opening(tokens, text, a, b) \
                else None
            deferred = None
            cue_ends = {c[2] for c in here}
            for cue in here:
                if cue[1] - 1 in cue_ends and tokens.orth_l[cue[1] - 1] == self.comma \
                        and tokens.lower_l[cue[1]] in self.going_on:
                    continue  # "..., the article noted, adding that ...": the verb's speaker goes on; no new one
                if inside(tokens.idx_l[cue[1]]):
                    if own is None and self._quoted_from_the_verb(tokens, text, cue[1], a):
                        # 'Xi "stressed that ..."': the name just before the quotation's mark speaks
                        end = cue[1] - 1
                        start = tokens.capitals_before(end, lo, most=5)
                        if end - start == 1 and tokens.lower_l[start] in self.pronouns:
                            continue  # 'They "agreed ..."': whom "they" stands for is not named here
                        holder = self.holder_in(tokens, (start, end), refs)
                        name = self._known(" ".join(text[tokens.idx_l[start]:tokens.end_l[end - 1]].split()),
                                           state, text, tokens.idx_l[start])
                        if name.startswith("\x00"):
                            holder, name = name[1:], None
                        if holder or (end - start >= 1 and self._is_person(None, name)):
                            own = self._cue(tokens, text, cue[1], cue[2], start, end, holder, None if holder else
                                            name, "subject", "VERB", lo, b)
                    if own is None and pending is None \
                            and self._quote_opening_at_verb(tokens, text, cue[1], a) is not None:
                        pending = cue  # 'The government on Saturday "strongly condemned" ...': the quotation opens
                        # at the verb (an adverb before it); the verb reports, unless another cue names a speaker
                    continue  # a reporting word inside a quotation is what the speaker said, not a cue
                if own is not None and tokens.idx_l[cue[1]] >= own[3] and not self._outlet(own, text):
                    break  # "X said in a statement that the report described ...": what X said, not who
                    # (but "According to Xinhua, President Xi added that ...": the outlet carries Xi's words)
                if own is not None and not self._outlet(own, text) and \
                        not self._names_entry(tokens, refs, max(a, cue[1] - 12), min(b, cue[2] + 10)):
                    continue  # with a speaker found, only a cue with an entry near it could name a better one
                if own is None and clause_comma is not None and cue[1] < clause_comma and deferred is None \
                        and any(c[1] > clause_comma and not inside(tokens.idx_l[c[1]]) for c in here):
                    deferred = cue  # "As Western powers voiced concerns ..., Chinese authorities firmly denied ...":
                    # the opening clause is what happened; the main clause's verb says who speaks, if it names anyone
                    continue
                r = self._resolve(doc, text, tokens, cue, lo, b, refs, state, parsed)
                if r is None:
                    if cue[0] == self.ids["VERB"] and cue[1] > lo and tokens.lower_l[cue[1] - 1] in self.subject_pronouns \
                            and tokens.lower_l[cue[1] - 1] not in self.first_person \
                            and not (cue[1] - 2 >= lo and tokens.lower_l[cue[1] - 2] == self.what_word):
                        break  # "He said that China appreciates ...", "he" unresolved: what he said, not who
                        # (but "in what it claims are camps, ..., BBC has reported": a clause inside the sentence)
                    continue
                if not state.get("paras_seen") and r[4] and tokens.lower_l[cue[1]] in self.reported_words \
                        and not (r[0] is None and r[1] and self._names_writer(r[1], writer)):
                    state["reported"] = True  # a lede that closes "..., Turkish Minute reported": the text
                    # carries another outlet's report, even on a rights group's site (it is no release of its own)
                if not state.get("first_cue") and r[0] is not None and writer[2] and len(writer) > 6 and writer[6] \
                        and self.entries[r[0]].type == "organization" and not self._writer_named(text, writer):
                    state["reported"] = True  # "WUC strongly condemned ..." first on a rights group's page that
                    # never names itself: it reports another body's statement (no release of its own)
                state["first_cue"] = True
                if r[0] is None and r[1] and self._names_writer(r[1], writer):
                    if not state.get("paras_seen") and (a, b) == spans[0] and writer[4] and (
                            (not r[4] and self._present_statement(tokens, text, cue[1]))
                            or (r[4] and tokens.lower_l[cue[1]] in self.plain_said)):
                        state["own_statement"] = True  # "Reporters Without Borders (RSF) urges ..." opening a
                        # text it publishes itself, or "..., PEN America said today." closing its first sentence:
                        # a release, whatever the registry does not know of it
                    if t_hi > t_lo and tokens.orth_l[t_hi - 1] == self.colon:
                        state["own_statement"] = True  # "Today, X issued the following statement:" in X's text:
                        # what follows is X's statement, X a speaker like any body publishing its own release
                    continue  # "according to an AP investigation" in an AP story: the writer's own voice;
                    # "Caliber.Az reports, citing the president's website": whoever it cites, if anyone
                if own is not None and self._outlet(own, text) and tokens.lower_l[cue[1]] == self.citing_word \
                        and text[own[3]:tokens.idx_l[cue[1]]].strip() in ("", ","):
                    continue  # "..., CNN reported, citing Michelle Bachelet": the outlet reports it, whoever it cites
                    # (an outlet that is the writer is left out above: "News.Az reports, citing AZERTAC" is AZERTAC's)
                if own is None or (own[0] is None and r[0] is not None) or (self._outlet(own, text) and not self._outlet(r, text)):
                    own = r
                if (own[0] is not None or not named) and not self._outlet(own, text):
                    break
            if own is not None and self._is_state_speaker(own):
                # "China welcomes the visit ..., the spokesman said, and ...": a state's stance that its official is
                # said to state in the same sentence, set off by commas, is the official's words (a country speaks
                # only where no one speaks for it)
                for c in here:
                    k = c[1]
                    if tokens.idx_l[k] > own[3] and tokens.lower_l[k] in self.plain_said \
                            and not inside(tokens.idx_l[k]) and c[2] < len(tokens.lower_l) \
                            and tokens.orth_l[c[2]] == self.comma:
                        r = self._resolve(doc, text, tokens, c, lo, b, refs, state, parsed)
                        if r is not None and self._is_person(r[0], r[1]) and not self._outlet(r, text):
                            own = r
                            break
            for held in (deferred, pending):  # the cues set aside: an opening clause's, then a quoted verb's
                if own is None and held is not None:
                    r = self._resolve(doc, text, tokens, held, lo, b, refs, state, parsed)
                    if r is not None and not (r[0] is None and r[1] and self._names_writer(r[1], writer)):
                        own = r
            that_clause = own is not None and (own[0] or own[1]) and self._is_person(own[0], own[1]) \
                and tokens.token_at(own[3]) < b and tokens.lower_l[tokens.token_at(own[3])] == self.that_word
            # (the cues from the last back, but a participle going on after a comma: "..., Wang said, adding that
            # ...": "said"; an outlet's cue closing the sentence carries the words, and the one before may say them:
            # "..., Zhao Lijian stated at a briefing, ..., Trend reports with reference to TASS")
            closings = [c for c in reversed(here) if tokens.lower_l[c[1]] not in self.going_on
                        or c[1] - 1 <= lo or tokens.orth_l[c[1] - 1] != self.comma] or here[-1:]
            for closing in closings if own is not None and not own[4] and not that_clause else ():
                if tokens.idx_l[closing[1]] < own[3] or inside(tokens.idx_l[closing[1]]):
                    continue
                # (but "Chen Xu ... said that ..., Xinjiang has responded", "X stated that ..., according to
                # CMG": a person's "said that" reports all that follows it)
                # "The white papers revealed ..., Qian said.": who closes the sentence reports the rest of it
                r = self._resolve(doc, text, tokens, closing, lo, b, refs, state, parsed)
                if r is not None and r[4] and (r[0] or (r[1] and _opens_with_capital(r[1])
                                                        and not r[1].startswith("The "))
                                               # ("..., spokesman Jan Novak said": a role, then the name)
                                               or (r[1] and len(r[1].split()) >= 3 and not r[1].split()[0][0].isupper()
                                                   and all(w[:1].isupper() for w in r[1].split()[-2:]) and not r[5])
                                               or (r[1] and r[1].startswith("the ") and r[1][4:5].isupper()
                                                   and text[own[2]:own[3]].split()[-1].lower() in PAST_VERBS)
                                               or (r[1] and not r[5] and self._closing_description(r[1], own)))\
                        and (own[2] <= tokens.idx_l[lo] or CAPS_DATELINE.fullmatch(text, tokens.idx_l[lo], own[2])
                             # ("The arrests came after the Chinese Embassy criticised ..., Shirmemet said.": the
                             # opener's cue inside a clause of when, the closing speaker reports the whole)
                             or SUBORDINATE_BEFORE.search(text, max(tokens.idx_l[lo], own[2] - 12), own[2])) \
                        and not self._outlet(r, text) \
                        and not (r[0] is None and self._names_writer(r[1], writer)):
                    # (an outlet closing the sentence carries the words; it does not say them)
                    # ("Li Keqiang also sent a letter ..., according to the embassy": a body named before, closing
                    # a sentence of what someone did, not said, reports it)
                    if (own[0] or own[1]) and self._is_person(own[0], own[1]):
                        state["person"] = (own[0], own[1])  # whom "he" may mean next
                    own = r
                    break
            if own is None and lo < b and tokens.lower_l[lo] in self.speaking_openers:
                own = self._speaking_opener(text, tokens, lo, b, refs)
            if own is None and lo + 3 < b and tokens.lower_l[lo] == self.in_word:
                own = self._statement_opener(text, tokens, lo, b, refs, state)
            starts_quoted, has_quote, quote_open = self._quote_state(qtext, tokens, a, b, quote_open)
            runs_on.append(quote_open)
            opens_quote.append(starts_quoted and not here)  # (with no cue of its own, even one unresolved)
            quoted_start.append(starts_quoted)
            borrowed.append(bool(starts_quoted and quoted_by and (own is None or own[5] or own[0] == "pronoun")))
            if borrowed[-1]:
                own = (*quoted_by[:2], own[2] if own else tokens.idx_l[a], own[3] if own else tokens.idx_l[a],
                       False, False)
            if own is not None and (own[0] or own[1]):
                k = tokens.token_at(own[3])
                after = tokens.words(k, min(b, k + 4))
                k0 = tokens.token_at(own[2])
                opening = tokens.words(a, k0) if a < k0 <= a + 6 else set()
                if (after & self.issued_words and (self.in_word in after or (
                        k > 0 and tokens.lower_l[k - 1] in self.issue_verbs))) or (
                        self.in_word in opening and opening & self.issued_words):
                    # (or "In a press release, the FO said ...": later "the statement added" is the FO's)
                    # '"...," X said in a statement', "X issued a statement condemning ...": later "the statement
                    # said" is X's
                    state["release"] = (own[0], own[1] if not own[0] else None)
                elif ISSUED_BY.search(text, own[2], own[3]):
                    # '"...," said a press statement issued by X': later "added the statement" is X's too
                    state["release"] = (own[0], own[1] if not own[0] else None)
                elif REPORTED.search(text, own[2], own[3]) and not self._is_person(own[0], own[1]):
                    # "Business Insider reported that ...": later "the article noted" is its report
                    state["release"] = (own[0], own[1] if not own[0] else None)
            if own is not None:
                if own[0]:
                    state["last"] = (own[0], own[1])
                    if self.entries[own[0]].type == "organization":
                        state["org"] = own[0]
                elif own[1]:
                    state["last"] = (None, own[1])
                if own[1] and not own[0]:
                    state.setdefault("spoke", []).append(own[1])  # (for "the company said")
                if own[0] or own[1]:
                    # (a news outlet named by one word is no person: "..., Xinhua said." [paragraph] "It added ...")
                    outlet = own[0] is None and name_key(own[1]) in self.media
                    state["person" if self._is_person(own[0], own[1]) and not outlet else "thing"] = (own[0], own[1])
                    if "answerer" not in state and self._is_person(own[0], own[1]) \
                            and ANSWERED.search(text, own[2], tokens.end_l[b - 1]):
                        state["answerer"] = (own[0], own[1])  # "Lu Kang answered questions on Xinjiang ..."
                    if own[1] and not own[0] and GROUP_RE.search(own[1].split(",")[0]):
                        state["group"] = (None, own[1])
                if has_quote or starts_quoted:
                    quoted_by = own
            found.append(own)
        own_cued = any(f is not None for f in found)
        # a quotation attributed where it closes is its speaker's from where it opens (also when a quotation of
        # someone else came just before it: 'X has called the verdict an “affront”. “This ... . It ...,” said Y')
        for i in range(len(found) - 2, -1, -1):
            if (found[i] is None or (borrowed[i] and not borrowed[i + 1] and found[i + 1] is not None
                                     and found[i + 1][4])) and runs_on[i] and found[i + 1] is not None:
                found[i] = found[i + 1]
        # a quotation with no cue of its own right after a speaker's sentence ("He added China governs ... .
        # “A host of policies ...”"): the speaker's words go on, to where the quotation closes
        before = None  # the last sentence with a voice before sentence i - 1 (kept as i goes on: no rescans)
        for i in range(1, len(found)):
            if i >= 2 and found[i - 2] is not None:
                before = i - 2
            if found[i] is None and found[i - 1] is not None and (found[i - 1][0] or found[i - 1][1]) \
                    and (opens_quote[i] or (runs_on[i - 1] and opens_quote[i - 1])):
                found[i] = found[i - 1]
            elif found[i] is None and opens_quote[i] and found[i - 1] is None:
                # ('Wang said the government attaches ... . Cooperation ... is based on ... . "It does not target
                # any third party ..."': a quotation with no cue of its own is the paragraph's speaker's, when one
                # spoke before it in the paragraph and no one else since)
                j = before
                if j is not None and (found[j][0] or found[j][1]) and not found[j][4]:
                    found[i] = found[j]
        # a trailing attribution covers the uncued sentences before it: not the paragraph's first (a lede is
        # the writer's), unless that one speaks in the first person ("We regard ... , said Xiao Yewen")
        # (but not when the attributed sentence opens a quotation: the marks say where its words begin)
        after = None  # the first sentence with a voice after sentence i (kept as i goes back: no rescans)
        for i in range(len(found) - 1, -1, -1):
            if found[i] is None:
                j = after
                nxt = found[j] if j is not None else None
                if nxt is not None and nxt[4] and not quoted_start[j] and (i > 0 or (
                        spans and not self.first_person.isdisjoint(tokens.lower_l[spans[0][0]:spans[0][1]]))):
                    found[i] = nxt
            if found[i] is not None:
                after = i
        first_tok = spans[0][0] if spans else t_lo
        block = state.get("block")
        separated = block is not None and self._separator(text, tokens, t_lo, t_hi)
        speaker = self._transcript_speaker(text, tokens, t_lo, t_hi, refs, state.get("member_record", False),
                                           state.get("commons_record", False))
        if speaker is None and t_hi > t_lo and state.get("answerer") and not writer[2] \
                and ANSWER_MARK.match(text, tokens.idx_l[t_lo]):
            speaker = state["answerer"]  # "A: We noted relevant reports ...": the one the text says answered
        if speaker is None and t_hi > t_lo:
            mark = TURN_OPENING.match(text, tokens.idx_l[t_lo])
            if mark is not None and ANONYMOUS_SPOKES.fullmatch(mark.group(0).strip().rstrip(":")):
                speaker = (None, mark.group(0).strip().rstrip(":"))  # "Embassy Spokesperson: ...": a turn, unnamed
        marked, notes = self._turn_notes(text, tokens.idx_l[t_lo]) if t_hi > t_lo else (None, [])
        noted = any(len(n.split()) >= 2 or TIME_NOTE.fullmatch(n.strip()) for n in notes)
        if speaker is not None and speaker[0] is None and (speaker[1] or "").strip().lower() in CAPITALS and not noted:
            speaker = None  # "New Delhi: Chinese Premier Li Keqiang ...", in any paragraph: a capital is a place
        if speaker is not None and speaker[0] is None and not state.get("paras_seen") and not noted \
                and (((speaker[1] or "").isupper() and not (
                    "," in speaker[1] and self._later_turn(text, state["blocks"]))
                    and not self._turn_again(text, state["blocks"], speaker[1]))
                     or self._dateline_credit(speaker[1] or "", writer)
                     or (speaker[1] or "").strip().lower() in CAPITALS or (
                    (speaker[1] or "").strip().lower().removeprefix("the ") in self.countries
                    and not self._later_turn(text, state["blocks"])) or (
                    len((speaker[1] or "").split()) == 1 and speaker[1].lower() not in TURN_ROLES
                    and not self._name_word(text, speaker[1])
                    and not self._later_turn(text, state["blocks"])) or (
                    not self._later_turn(text, state["blocks"])
                    and not self._named_again(speaker[1] or "", text, tokens.end_l[t_hi - 1], state["title"])
                    and self._reports_after_mark(text, state["qtext"], tokens.idx_l[t_lo], tokens.end_l[t_hi - 1]))):
            speaker = None  # "PETALING JAYA: ...", "Beijing: ..." opening the article, no turn after it: a
            # dateline, not a transcript's first turn (unless it says who speaks after a comma and turns follow:
            # "CHAIRMAN ZHAO LEJI, CHAIRMAN OF ...: ..." then "ANTHONY ALBANESE, PRIME MINISTER: ..."; and "Abu
            # Dhabi: ..." always, a capital being a place, never one who speaks, though the text names it again:
            # "The Abu Dhabi Crown Prince said") (but "BROOKE VAN VELDEN (Deputy Leader—ACT): ..." is one,
            # with its notes in brackets; a dateline's are one word, its agency: "(Reuters)"); so is "Washington
            # DC: ...", a name the text and its headline never use again (one who speaks is whom a text is about);
            # and "Tunisia: ...", a state's name, with no turn after it
        # in a body's own release, its spokesperson without a name ("Embassy Spokesperson: ...") is its voice
        anonymous = speaker is not None and writer[2] and speaker[0] is None \
            and ANONYMOUS_SPOKES.fullmatch(speaker[1] or "") is not None
        if anonymous:
            speaker = None
        if speaker is None and state.get("turn_para") not in (None, para):
            state["turn"] = state["turn_para"] = None  # "Jane Doe, who she is: - ..." speaks for her paragraph only
        label = (MEMBER_LABEL.fullmatch(text, tokens.idx_l[t_lo], tokens.end_l[t_hi - 1])
                 or MEMBER_HEADING.fullmatch(text, tokens.idx_l[t_lo], tokens.end_l[t_hi - 1])) \
            if speaker is None and t_hi > t_lo else None
        line = LABEL_LINE.fullmatch(text, tokens.idx_l[t_lo], tokens.end_l[t_hi - 1]) \
            if label is None and speaker is None and t_hi > t_lo and state.get("label_lines", 0) >= 1 else None
        if line is not None and state["label_lines"] < 2:
            # (one label alone opens a turn only with a person's name, the paragraph after it in the first person:
            # "Kamran Bokhari:" / "Hello, everyone. ... I am Kamran Bokhari, your host")
            name = line.group("name")
            after = next(((c, d) for c, d in state["blocks"] if c > tokens.end_l[t_hi - 1]), None)
            if name.isupper() or not 2 <= len(name.split()) <= 3 or name.split()[0].lower() in HEARSAY_VERBS \
                    or not self._is_person(None, name) or after is None \
                    or not self._outside_quotes(SPEAKER_I_RE, state["qtext"], *after):
                line = None
        labels_seen = state.setdefault("line_labels", [])  # (each label's name, and whom it names)
        named_before = next((who for n, who in labels_seen
                             if len(n.split()) > 1 and n.split()[-1] == line.group("name")), None) \
            if line is not None and len(line.group("name").split()) == 1 else None
        if line is not None and (named_before or self._label_line_names(line.group("name"))):
            # "Dolkun Isa:" alone, in an interview set out that way: whose words the paragraphs after it are, to the
            # next label (the label itself is no one's words); "Isa:" after it is the one named so in full
            a, b = tokens.token_at(line.start("name")), tokens.token_at(line.end("name"))
            state["turn"] = named_before or (self._speaker_at(tokens, text, a, b, refs) if a < b else None)
            labels_seen.append((line.group("name"), state["turn"]))
            state["turns_seen"] = state.get("turns_seen", 0) + 1
            state["turn_para"], state["answer"] = None, None
        elif label is not None:
            # "Gino Kenny (Dublin Mid West, People Before Profit Alliance)" alone: the record's label of whose
            # question or answer follows (the label itself is the record's)
            a, b = tokens.token_at(label.start("name")), tokens.token_at(label.end("name"))
            state["turn"] = self._speaker_at(tokens, text, a, b, refs) if a < b else None
            state["turns_seen"] = state.get("turns_seen", 0) + 1
            state["turn_para"], state["answer"] = None, None
        elif speaker is not None or anonymous or self._turn_mark(text, tokens, t_lo, t_hi):
            state["turn"] = speaker  # a new turn: a named speaker's, or an anonymous "Q:" / "A:"
            state["turns_seen"] = state.get("turns_seen", 0) + 1
            # a parliament's record, its turn timed ("The Hon. Jane ROE (16:29): I move:"): the member's to the
            # next turn, whatever the lines of a motion end with ("That this council—", "1. Notes:")
            state["record_turn"] = speaker is not None and marked is not None \
                and any(TIME_NOTE.fullmatch(n.strip()) for n in notes)
            state["turn_para"] = para if speaker is not None and t_hi > t_lo \
                and DASHED_QUOTE_TURN.match(text, tokens.idx_l[t_lo]) is not None else None
            state["answer"] = self._addressee(text, tokens, t_lo, t_hi, refs) if speaker is not None else None
            if speaker is not None and state["answer"] is None and (speaker[1] or "").lower() in ASKERS \
                    and state.get("headline") and state["headline"][0] is not None:
                # "Journalist: Yes." in a spokesperson's remarks: the paragraph after it, with no mark, is the
                # answer, the headline's speaker's
                state["answer"] = state["headline"][0]
        elif state.get("turn") is not None:  # cues inside a speaker's turn are what the speaker says
            if state.get("answer") is not None:
                # "Telen: Mr. Aliyev, ... ?" then a paragraph with no mark: the answer of the one asked
                state["turn"], state["answer"] = state["answer"], None
            own = found[0] if found else None
            if state.get("turns_seen", 0) <= 1 and own is not None and own[0] is not None \
                    and self.entries[own[0]].type == "person" and own[0] != state["turn"][0]:
                state["turn"] = None  # one "Name: ..." quoted in a story, then "Ilham Aliyev reiterated ...": a
                # new paragraph with a speaker of its own ends it (a transcript, with turns, goes on)
            elif t_hi > t_lo and (text[tokens.end_l[t_hi - 1] - 1] in ".!?…”\"'’" or RECORD_NUMBER.search(
                    text, tokens.idx_l[t_lo], tokens.end_l[t_hi - 1])  # (a question's number: "[54753/22]")
                    or state.get("record_turn")):
                speaker = state["turn"]  # the turn goes on: a transcript's speaker until the next one
            else:
                state["turn"] = None  # a line without a full stop ("Reporter from CGTN") ends the turn
        headlined = False
        if speaker is None and state.get("turn") is None and state.get("headline") and t_hi > t_lo:
            # a text its headline gives to a speaker ("Remarks by X at the interview with Y"): X's words, but
            # for a question put to X (Y's, when the headline names Y)
            question = (text[tokens.end_l[t_hi - 1] - 1] == "?" and not ANSWER_TURN.match(text, tokens.idx_l[t_lo])) \
                or QUESTION_TURN.match(text, tokens.idx_l[t_lo])  # ("A: ... is from Canberra, right?": an answer)
            by_headline = state["headline"][1] if question else state["headline"][0]
            if by_headline is not None and not question and not state.get("turns_seen") \
                    and (state.get("questions") or PRESS_TALK.search(state.get("title") or "")) \
                    and by_headline[1] and re.search(r"\b" + re.escape(by_headline[1].split()[-1]) + r"\b",
                                                     text[tokens.idx_l[t_lo]:tokens.end_l[t_hi - 1]]):
                # "On the afternoon of July 7, Foreign Ministry Spokesperson Qin Gang held a regular press
                # conference": a press conference's or a Q&A's introduction, before any turn, that names the
                # headline's speaker tells of him; it is not his words
                by_headline = None
            elif by_headline is not None:  # (no cue in the text: the headline says whose words they are)
                found = [(*by_headline, tokens.idx_l[t_lo], tokens.idx_l[t_lo], False, False)] * len(found)
                block, headlined = None, True
            elif question:
                # "Q: According to reports, ...": a question put by someone the text does not name, not the
                # words of the one the headline names, nor of the body that publishes the record (what it
                # cites, it cites in asking)
                found = [None] * len(found)
                block, headlined = None, True
        if speaker is None and not headlined and state.get("turn") is None and t_hi > t_lo:
            # an interview without turn marks: a question that names whom it asks ("– Madam Ambassador, how do
            # you ...?", "Hello, Han Bin. ... ?"), then that person's answers (what they say others say
            # aside), to the next question
            uncued = not any(f is not None for f in found)
            if uncued:
                for a, _ in spans:
                    addressee = self._vocative(text, tokens, a, t_hi, refs)
                    if addressee is not None:
                        state["addressee"] = addressee
                        break
            if text[tokens.end_l[t_hi - 1] - 1] == "?":
                state["asked"] = uncued and state.get("addressee") is not None
            elif state.get("asked") and state.get("addressee") is not None:
                at = tokens.idx_l[t_lo]
                found = [f if f is not None else (*state["addressee"], at, at, False, False) for f in found]
                block = None
        colon_end = t_hi > t_lo and tokens.orth_l[t_hi - 1] == self.colon  # a line that introduces what follows
        # ("Paylan's statement on the matter is as follows:": whose words follow)
        words_of = WORDS_AS_FOLLOWS.match(text, tokens.idx_l[t_lo], tokens.end_l[t_hi - 1]) if colon_end else None
        if speaker is not None:  # "Wang Wenbin: ..." in a transcript
            found = [(*speaker, tokens.idx_l[t_lo], tokens.end_l[t_lo], False, False)] * len(found)
            block = None
        elif block is not None and not own_cued and colon_end and words_of is None:
            block = None  # "The joint statement reads:": the writer introduces other words, the speech is over
        elif block is not None and state.get("whole") and not separated:
            # a speech or statement under a heading ("Speech by X") is X's, but for what it reports others saying
            at = tokens.idx_l[first_tok]
            found = [f if f is not None else (*block, at, at, False, False) for f in found]
        elif not own_cued and block is not None and not separated:
            found = [(*block, tokens.idx_l[first_tok], tokens.idx_l[first_tok], False, False)] * len(found)
        elif not own_cued and state.get("quote") is not None and qtext[tokens.idx_l[first_tok]] in QUOTES_OPEN + QUOTES_BOTH \
                and not self._quoted_title(text, tokens.idx_l[t_lo], tokens.end_l[t_hi - 1]):
            # a quotation that opens a paragraph, uncued, goes on from the last one's speaker
            q = state["quote"]
            found = [f if f is not None else (*q[:2], tokens.idx_l[first_tok], tokens.idx_l[first_tok], False,
                                              False) for f in found]
        elif t_hi > t_lo and DASH_TURN.match(text, tokens.idx_l[t_lo]) and not state.get("interviewee") \
                and (who := self._dash_turn_voice(found, state)) is not None:
            # "– I believe that your visit is of exceptional importance. ... – the President said.": words in the
            # first person after a dash, as Russian and Kazakh copy sets off a quotation, are the voice its tag
            # names, or, with no tag, the person who spoke last goes on
            at = tokens.idx_l[first_tok]
            found = [f if f is not None and f[0:2] != (None, None) else (*who, at, at, False, False) for f in found]
            block = None
        else:
            block = None
        # a speech that follows "X said:" or a heading "Speech by X" is X's until someone else speaks
        last = found[-1] if found else None
        quoted_next = None  # whose quotation a line ending with a colon announces
        if block is None:
            state["whole"] = False
        if colon_end and last is not None and last[0:2] != (None, None):
            block, state["whole"] = last[:2], False
        elif t_hi > t_lo and last is not None and last[0:2] != (None, None) and not last[5] and \
                SAID_THEN_WORDS.match(text, last[3], tokens.end_l[t_hi - 1]) is not None:
            # "..., Mr Khazar Farhadov, the Ambassador, said: the year 2023 was declared ...": his words run on
            # without quotation marks to the end of the paragraph, and on after it until someone else speaks
            block, state["whole"] = last[:2], False
        elif words_of is not None and not own_cued and all(f is None or f[0:2] == (None, None) for f in found):
            # "Paylan's statement on the matter from his Twitter account is as follows:": the line that gives
            # them and the quotation after it are his words
            label = self._known(words_of.group("name"), state, text, tokens.idx_l[t_lo])
            who = (label[1:], self.entries[label[1:]].title) if label.startswith("\x00") else (None, label)
            at = tokens.idx_l[t_lo]
            found = [(*who, at, at, False, False)] * len(found)
            quoted_next = found[0]
        heading = self._speech_heading(text, tokens, t_lo, t_hi, refs)
        if heading is None and t_hi > t_lo and t_hi - t_lo <= 25 and SPEECH_OF_OFFICE.match(text, tokens.idx_l[t_lo]) \
                and text[tokens.end_l[t_hi - 1] - 1] not in ".!?,;" and state.get("last") \
                and self._is_person(*state["last"]):
            # "Speech of the National Leader of the Turkmen People at the Summit", after a report of the speech
            # he "delivered": the one who spoke last, by the office the heading gives instead of a name
            heading = state["last"][:2]
        if heading is not None:
            block, state["whole"] = heading, True
        state["block"] = block
        state["quote"] = quoted_by if quote_open or quoted_by else quoted_next
        state["open_at_end"] = quote_open and t_hi > t_lo and qtext[p_lo] in QUOTES_OPEN + QUOTES_BOTH
        p_end = tokens.end_l[spans[-1][1] - 1] if spans else 0
        for n in range(1, len(found)):
            prev, (a, b) = found[n - 1], spans[n]
            if found[n] is None and prev is not None and prev[0:2] != (None, None) \
                    and self._outside_quotes(FIRST_PERSON_RE, qtext, prev[3], tokens.end_l[spans[n - 1][1] - 1]) \
                    and self._outside_quotes(FIRST_PERSON_RE, qtext, tokens.idx_l[a], tokens.end_l[b - 1]):
                # "PM after the meeting said that We confirmed our readiness ... . I am sure ...": words given in
                # the first person without quotation marks go on in the next sentence in the first person
                found[n] = prev
            elif found[n] is None and prev is not None and prev[0:2] != (None, None) and not prev[4] \
                    and self._is_person(prev[0], prev[1]) and not (prev[1] or "").lower().startswith("the ") \
                    and not QUOTE_MARKS.search(qtext, tokens.idx_l[a], tokens.end_l[b - 1]) \
                    and (m := STANCE_SUBJECT.match(text, tokens.idx_l[a])) is not None \
                    and (m.group("subject") == "We" or "side" in m.group("subject").lower()
                         or self._names_a_state(m.group("subject"))):
                # "Qin Gang said that ... . China stands ready to work with Uzbekistan ...": the stance of the
                # speaker's side, in the present, goes on with the speaker's report
                found[n] = prev
            elif found[n] is None and prev is not None and prev[0:2] != (None, None):
                tail = qtext[tokens.idx_l[a]:p_end].rstrip()
                if tail.endswith(("”", "»", "”.", "».")) and tail.count("“") + tail.count("«") \
                        < tail.count("”") + tail.count("»") and QUOTE_MARKS.search(qtext, tokens.idx_l[spans[0][0]],
                                                                                 tokens.idx_l[a]):
                    # '“... we live in,” said X, president of Y. This is ... . That’s why ... will fall.”': the
                    # quotation, its opening mark left out after its tag, runs on to the mark closing the paragraph
                    found[n] = prev
        out = []
        w_holder, w_label, w_speaks = writer[:3]
        w_speaks = (w_speaks or state.get("own_statement", False)) and not state.get("reported")
        # (a "Q:" turn that an "A:" turn answers)
        asked = state["answered"] and t_hi > t_lo and QUESTION_TURN.match(text, tokens.idx_l[t_lo]) is not None
        state["paras_seen"] = state.get("paras_seen", 0) + 1
        for (a, b), f in zip(spans, found):
            s_lo, s_hi = tokens.idx_l[a], tokens.end_l[b - 1]
            if w_speaks and speaker is None and not headlined and asked:
                # "Q: Since July, France has asked ...?" in a body's own record of a briefing: the one who asks,
                # whom the transcript calls "Q", not the body
                mark = QUESTION_WORD.match(text, tokens.idx_l[t_lo]).group(0)  # (as the turn writes it)
                out.append(Voice(para, s_lo, s_hi, None, mark, "question turn"))
            elif w_speaks and speaker is None and not headlined:
                # a release published by the speaker itself is its statement throughout: those it quotes or
                # reports (its president, a minister) speak inside it, not for the paragraph; a transcript it
                # publishes ("Wang Wenbin: ...") is a record of who said what
                out.append(Voice(para, s_lo, s_hi, w_holder, w_label, "published by " + w_label))
            elif state.get("decision") is not None and s_lo >= state["decision"][0]:
                out.append(Voice(para, s_lo, s_hi, None, state["decision"][1], "decision of " + state["decision"][1]))
            elif f is None:
                out.append(Voice(para, s_lo, s_hi, w_holder, w_label, None, True))
            else:
                cue = " ".join(text[f[2]:f[3]].split()) or None
                out.append(Voice(para, s_lo, s_hi, f[0], f[1], cue))
        # whether no person speaks in this paragraph: the next one's "he" may then mean whom it is about
        state["prev_writer"] = speaker is None and not any(f is not None and self._is_person(f[0], f[1])
                                                           for f in found)
        return out

    @staticmethod
    def _writer_named(text: str, writer) -> bool:
        """Whether the text names its publisher anywhere (by any of its names, without an address in brackets)."""
        low = text.lower()
        return any(len(n) > 2 and n.lower() in low for name in writer[3] for n in (name, BRACKETED.sub("", name).strip()))

    def _dateline_credit(self, label: str, writer) -> bool:
        """A place and the publisher's credit before a colon opening the text ("Beijing, The Gulf Observer: ..."):
        a dateline, not a transcript's first turn."""
        place, comma, credit = label.partition(",")
        return bool(comma) and bool(credit.strip()) and self._names_writer(credit.strip(), writer) \
            and place.strip()[:1].isupper()

    @staticmethod
    def _names_writer(label: str, writer) -> bool:
        """The label is the writer itself ("AP", "an AP investigation", "Reuters' analysis"), not one of its
        people or a body it reports ("UHRP Executive Director Omer Kanat")."""
        low = " ".join(label.replace("’", "'").split()).lower()
        if re.fullmatch(r"(?:our\s+)?(?:correspondent|reporter)", low):
            return True  # "..., correspondent reports." with no outlet or article before it: the writer's own
        for name in {m for n in writer[3] for m in (n, BRACKETED.sub("", n)) if m}:
            n = re.escape(name.lower())
            # (an agency naming itself with what it is: "Kazinform News Agency reports" in Kazinform's copy)
            if re.fullmatch(rf"(?:(?:an?|the|its|our)\s+)?{n}(?:\s+(?:international\s+)?(?:news\s+)?agency)?(?:'s?)?"
                            rf"(?:\s+(?:{OWN_WORK})\b.*)?", low) or \
                    re.fullmatch(rf"(?:(?:an?|the)\s+)?(?:{OWN_WORK})\s+(?:compiled|gathered|collected|analy[sz]ed|"
                                 rf"reviewed|seen|obtained|conducted)\s+by\s+{n}", low):
                return True  # ("data compiled by Bloomberg" in Bloomberg's story)
        return False

    def _label_line_names(self, name: str) -> bool:
        """Whether a turn label on a line of its own names a speaker: a person's name, or a name in capitals
        (an outlet's, "WELT AM SONNTAG"), not a heading ("Background", "Allegations", "What you need to know")."""
        words = name.split()
        if words[0].lower() in TITLE_WORDS:
            words = words[1:]  # ("Mr Isa:")
        if not words or any(w.lower() in HEADING_WORDS for w in words):
            return False
        return (len(words) >= 2 and all(w.isupper() and len(w) >= 2 for w in words)) \
            or (2 <= len(words) <= 3 and self._is_person(None, " ".join(words)))

    def _speaker_at(self, tokens, text, a: int, b: int, refs):
        """(holder, label) for a name standing alone in tokens [a, b)."""
        if b <= a:
            return None
        holder = self.holder_in(tokens, (a, b), refs)
        if holder:
            return holder, self.entries[holder].title
        if all(tokens.cap_l[k] or text[tokens.idx_l[k]] in ".-" or INITIALS.fullmatch(text[tokens.idx_l[k]:tokens.end_l[k]])
               or (a < k < b - 1 and text[tokens.idx_l[k]:tokens.end_l[k]] == "of" and tokens.cap_l[k - 1]
                   and tokens.cap_l[k + 1])
               for k in range(a, b)):  # ("I. PNEVMATIKOS": an initial; "Lord Collins of Highbury": a peer's title)
            return None, " ".join(text[tokens.idx_l[a]:tokens.end_l[b - 1]].split())
        return None

    @staticmethod
    def _turn_notes(text: str, start: int):
        """A turn's mark with notes in brackets at ``start`` ("Senator DOE (Tasmania) (10:11): "), and its notes
        ("Tasmania", "10:11"); (None, []) where there is none."""
        marked = TURN_IN_BRACKETS.match(text, start)
        return marked, (re.findall(r"\(([^()]*)\)", marked.group("notes")) if marked else [])

    def _of_state(self, tokens, text: str, k: int) -> bool:
        """Whether "of" and a state's name stand at token ``k`` in a turn's mark: "President of Russia Vladimir
        Putin:" (its office's state, then the name)."""
        return tokens.lower_l[k] == self.of_word and self._names_a_state(text[tokens.idx_l[k + 1]:tokens.end_l[k + 1]])

    def _transcript_speaker(self, text, tokens, lo: int, hi: int, refs, member_record: bool = False,
                            commons_record: bool = False):
        """A paragraph that opens with a speaker's name and a colon, as transcripts do: "Wang Wenbin: ..."."""
        marked, notes = self._turn_notes(text, tokens.idx_l[lo]) if hi > lo else (None, [])
        if marked is not None and marked.end() <= tokens.end_l[hi - 1]:
            name = marked.group("name")
            words = name.replace(".", " ").split()
            if any(n == "".join(w[0] for w in words if w[:1].isupper()) for n in notes) \
                    or any(TIME_NOTE.fullmatch(n.strip()) or TRANSLATION_NOTE.fullmatch(n.strip()) for n in notes) \
                    or words[0].lower() in TITLE_WORDS \
                    or (len(words) >= 2 and all(w.isupper() for w in words)):
                # "Gargi Mahadeshwar (GM): ...", "Senator ABETZ (Tasmania) (10:11): ...": a turn with its mark's
                # initials, the speaker's seat or the time in brackets
                a = tokens.token_at(marked.start("name"))
                b = tokens.token_at(marked.end("name"))
                while a < b and (tokens.lower_l[a] in self.title_hashes or (
                        a > 0 and text[tokens.idx_l[a]:tokens.end_l[a]] == "." and tokens.end_l[a - 1] == tokens.idx_l[a])):
                    a += 1  # ("The Hon. I. PNEVMATIKOS": the titles and their full stop)
                if a + 3 < b and self._of_state(tokens, text, a):
                    a += 2  # ("President of China Xi Jinping (retranslated): ...": the office's state, then the name)
                found = self._speaker_at(tokens, text, a, b, refs) if a < b else None
                if found is not None:
                    return found
        hansard = TURN_HANSARD.match(text, tokens.idx_l[lo]) if hi > lo else None
        if hansard is None and hi > lo:
            # "Anne Stanley (Werriwa, Australian Labor Party) On Friday I spoke to ...": a parliament's record, the
            # member's name, seat and party, then the speech in the first person
            hansard = MEMBER_LABEL.match(text, tokens.idx_l[lo]) or (
                OFFICE_LABEL.match(text, tokens.idx_l[lo]) if member_record else None)
            if hansard is None and (member_record or commons_record):
                # "Nigel Adams The hon. Lady is right ...; I can assure ...": in such a record, a minister's turn
                # labelled with the name alone, the speech after it in the first person
                bare = BARE_NAME_TURN.match(text, tokens.idx_l[lo])
                if bare is not None and self._is_person(None, bare.group("name")) \
                        and SPEAKER_I_RE.search(text, bare.end(), tokens.end_l[hi - 1]):
                    hansard = bare
            if hansard is not None and (hansard.end() >= tokens.end_l[hi - 1] or not member_record and not
                                        SPEAKER_I_RE.search(text, hansard.end(), tokens.end_l[hi - 1])
                                        and not BY_LEAVE.search(hansard.group(0))):
                hansard = None
        if hansard is not None and hansard.end() < tokens.end_l[hi - 1]:
            found = self._speaker_at(tokens, text, tokens.token_at(hansard.start("name")),
                                     tokens.token_at(hansard.end("name")), refs)
            if found is not None:
                return found
        period = PERIOD_TURN.match(text, tokens.idx_l[lo]) if hi > lo else None
        if period is not None and period.end() < tokens.end_l[hi - 1] and not period.group("name").endswith(
                ("Mr.", "Mrs.", "Ms.")) and period.group("name").split()[-1].lower() not in NAME_ABBREVIATIONS:
            # (not "Prime Minister Hon. Manasseh Sogavare, MP has arrived": a title written short, not a turn's end)
            a = tokens.token_at(period.start("name"))
            b = tokens.token_at(period.end("name"))
            t = a
            while t < b - 1 and tokens.lower_l[t] in self.title_hashes:
                t += 1  # "Mrs. BLACKBURN.", as the Congressional Record marks a turn: the title, then the name
            found = self._speaker_at(tokens, text, t, b, refs)
            if found is not None and t > a:
                found = (found[0], found[1] if found[0] else " ".join(text[tokens.idx_l[a]:tokens.end_l[b - 1]].split()))
            if found is not None:
                return found
        quoted = DASHED_QUOTE_TURN.match(text, tokens.idx_l[lo]) if hi > lo else None
        colon = text.rfind(":", 0, quoted.end()) if quoted is not None else -1
        if quoted is not None and colon < tokens.end_l[hi - 1] \
                and tokens.lower_l[max(lo, tokens.token_at(colon) - 1)] not in self.verb_words:  # (it may end the block)
            # "Araz Khudiyev, chairperson of the centre's office: - To be honest, ...": a name, who they are, and
            # their words after a colon and a dash (not "Jane Roe, the group's negotiator, said:", which
            # introduces a quotation: its verb is the cue, and in a release the release speaks)
            a = tokens.token_at(quoted.start("name"))
            found = self._speaker_at(tokens, text, a, tokens.token_at(quoted.end("name")), refs)
            if found is not None:
                return found
        titled = hi > lo and tokens.lower_l[lo] in self.title_hashes  # "Mr. Shovgi Kamal Oglu Mehdizade: ..."
        # (or an office inside the mark: "OTS Secretary General Kubanychbek Omuraliev: ...")
        officed = any(tokens.lower_l[t] in self.title_word_hashes for t in range(lo + 1, min(hi, lo + 4)))
        named_from = lo + titled  # where the name starts, past a title's full stop: "Amb. Yusupov: ..."
        if titled and lo + 1 < hi and tokens.orth_l[lo + 1] == self.full_stop and tokens.idx_l[lo + 1] == tokens.end_l[lo]:
            named_from += 1
        for k in range(lo + 1, min(hi, lo + (8 if titled or officed else 5))):
            if k < named_from:
                continue
            if tokens.orth_l[k] == self.colon:
                one = text[tokens.idx_l[lo]:tokens.end_l[lo]]
                rest = text[tokens.end_l[k]:tokens.end_l[hi - 1]].strip()
                worded = any(w.strip(".,!?").isalpha() and len(w.strip(".,!?")) >= 3 for w in rest.split())
                if len(rest.split()) < 8 and (rest[-1:] not in ".!?…\"”’'"
                                              or (any(c.isdigit() for c in rest) and not worded)) \
                        and not (rest[-1:] == "," and (VOCATIVE_GREETING.search(rest) or SALUTATION.search(rest))):
                    return None  # "TIME: 6pm, 5 November", "VENUE: ...": an item of a programme, no turn
                if k == lo + 1 and one.isupper() and (len(one) > 5 or (
                        len(one) >= 4 and common_word(one) and text[tokens.end_l[hi - 1] - 1] != "?")) \
                        and not self._name_word(text, one) and one.lower() not in TURN_ROLES \
                        and not re.search(rf"(?<=[a-z0-9,;] ){re.escape(one[0] + one[1:].lower())}\b", text):
                    # (a name the text writes mid-sentence is a name: "NURZAT:" where "10-year-old Nurzat lets me")
                    return None  # "BACKGROUND:", "UPDATE:", "YEAS:": a section heading, not a speaker ("SINTASH:"
                    # is, by the surname the text names him by; "CCTV: ...?", a question, is an outlet's turn)
                if k == lo + 1 and (TURN_MARK.fullmatch(one) or re.fullmatch(r"[IVX]{1,4}", one)):
                    return None  # "Q1:", "A:": a turn's mark, not a name ("I:", "II:": a list's numbers)
                # "Chair: Welcome ..." after "Members present: Jane Roe (Chair); ...": the one the record names in
                # that office
                held = re.search(rf"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{1,2}}) \({re.escape(one)}\)", text) \
                    if k == lo + 1 and one[:1].isupper() and not one.isupper() \
                    and (one.lower() in ALL_OFFICES or one.lower() in TURN_ROLES) else None
                if held is not None:
                    return self._speaker_at(tokens, text, tokens.token_at(held.start(1)), tokens.token_at(held.end(1)),
                                            refs)
                if k + 1 < hi and titled and k == lo + 1:
                    return None, one  # "President: I repeat ...": a turn marked by a title alone, as written (no
                    # name after it to look up)
                if k == lo + 1 and not one.isupper() and common_word(one) and one.lower() not in TURN_ROLES:
                    return None  # "Spot: ...", "Summary: ...": a label of the text's own, no one's name
                if k == lo + 1 and not one.isupper() and not self._name_word(text, one) \
                        and one.lower() not in TURN_ROLES and tokens.lower_l[lo] not in self.title_hashes \
                        and self._addressee(text, tokens, lo, hi, refs) is None \
                        and not (text[tokens.end_l[hi - 1] - 1] == "?" and text.count(one) >= 2):
                    return None  # "Introduction:", "Background:": one word the text never uses in a longer
                    # name is a section's name, not a speaker's (a surname alone, "Wang:", is named in full
                    # somewhere; "Telen: Mr. Aliyev, ...?" puts a question to someone, and "Bloomberg: ...?" a
                    # question, by one the text names elsewhere: "from Bloomberg"); "Journalist:",
                    # "Moderator:" are the turns of people the transcript does not name
                if one.endswith("ing") and one[1:].islower() and len(one) > 4 and not self._name_word(text, one):
                    return None  # "Driving Force: ...": a title's words, not a speaker's name
                if k + 1 < hi and all(tokens.cap_l[t] for t in range(named_from, k)):
                    if not titled and k - lo >= 2 and all(common_word(text[tokens.idx_l[t]:tokens.end_l[t]])
                                                          or self._names_no_speaker(refs, tokens.idx_l[t])
                                                          for t in range(lo, k)):
                        return None  # "Economic Growth: ...": a heading of words English writes in lower case
                        # ("UYGHUR FORCED LABOR: ...": or names of a people, a place, a term: no one's name)
                    return self._speaker_at(tokens, text, named_from, k, refs)
                return None
            if titled and k == lo + 1 and k + 1 < hi and tokens.cap_l[k + 1] and self._of_state(tokens, text, k):
                named_from = k + 2  # "President of Russia Vladimir Putin: ...": the office and its state, then the name
                continue
            if not tokens.cap_l[k]:
                if k == lo + 1 and k + 1 < hi and tokens.orth_l[k + 1] == self.colon \
                        and text[tokens.idx_l[k]:tokens.end_l[k]].isdigit() \
                        and text[tokens.idx_l[lo]:tokens.end_l[lo]].lower() in TURN_ROLES:
                    return None, text[tokens.idx_l[lo]:tokens.end_l[k]]  # "Speaker 1: ...": an unnamed turn, as
                    # the transcript numbers it (not whoever was named with a role before)
                numbered = NUMBERED_TURN.match(text, tokens.idx_l[lo], tokens.end_l[hi - 1])
                if numbered is not None and k > lo:
                    return None, numbered.group("name")  # "UNIDENTIFIED PERSON #1: ...": a radio transcript's
                    # unnamed voice, as it numbers it
                return self._turn_with_role(text, tokens, lo, hi, refs)
        return self._turn_with_role(text, tokens, lo, hi, refs)

    def _names_no_speaker(self, refs, at: int) -> bool:
        """Whether the text at ``at`` is inside a mention of an entry that never speaks (a people, a place, a
        term), not of a person or an organisation."""
        return any(m.start <= at < m.end and self.entries[m.entry].type not in ("person", "organization")
                   for m in refs[max(0, bisect_left(self._starts, at) - 3):bisect_left(self._starts, at + 1)])

    def _turn_with_role(self, text, tokens, lo: int, hi: int, refs):
        """A transcript's turn whose mark has a comma: "NHK, Yamamoto: ...", "Mr. MOTEGI Toshimitsu, Minister for
        Foreign Affairs: ...": (holder, the mark as written), or None."""
        comma = False
        for k in range(lo + 1, min(hi - 1, lo + 22)):
            if tokens.orth_l[k] == self.colon:
                if not comma or not text[tokens.idx_l[lo]].isupper() or not tokens.cap_l[k - 1]:
                    return None  # (the mark may open with a title: "Mr. MOTEGI Toshimitsu, Minister ...:")
                if k - lo >= 14 and not all(
                        text[tokens.idx_l[t]:tokens.end_l[t]].isupper() or not text[tokens.idx_l[t]].isalpha()
                        for t in range(lo, k)):
                    return None  # (a long mark is a transcript's only in capitals throughout: "CHAIRMAN ZHAO LEJI,
                    # CHAIRMAN OF THE NATIONAL PEOPLE'S CONGRESS STANDING COMMITTEE: ...")
                label = " ".join(text[tokens.idx_l[lo]:tokens.end_l[k - 1]].split())
                if SALUTATION.search(label):
                    return None  # "Chairman X, Ranking Member Y, and Honorable Members of the Committee: thank
                    # you ...": those the speaker addresses, not a turn's speaker
                place, _, country = label.rpartition(", ")
                if country.lower().removeprefix("the ") in self.state_names and (
                        place.lower() in CAPITALS or place.split()[-1][:1].isupper()) and len(place.split()) <= 3:
                    return None  # "Ankara, Turkey: ...": a dateline, a city and its country, no one's turn
                own = {m.strip().lower() for n in self._writer[3]
                       for m in [BRACKETED.sub("", n), *re.findall(r"\(([^(),]+)", n)]}
                if country and len(place.split()) <= 3 and country.strip().lower() in own:
                    return None  # "Lilongwe, Mana: ...": a dateline, the city and the agency that writes (its own name)
                holder = self.holder_in(tokens, (lo, k), refs)
                if holder and self.entries[holder].type not in ("person", "organization"):
                    holder = None
                return holder, (self.entries[holder].title if holder else label)
            word = text[tokens.idx_l[k]:tokens.end_l[k]]
            if tokens.orth_l[k] == self.comma:
                comma = True
            elif not (tokens.cap_l[k] or word == "." or (comma and word in ("of", "for", "the", "and"))
                      or word.lower() in ("'s", "’s")):  # ("... PEOPLE'S CONGRESS ...:")
                return None
        return None

    def _speaking_opener(self, text, tokens, lo: int, hi: int, refs):
        """"Speaking to a packed courthouse ..., Sayragul Sauytbay provided ...": the main clause's subject
        (a person or a body) is the one speaking. (holder, label, cue start, cue end,
        trailing, source), or None."""
        comma = next((k for k in range(lo + 1, min(hi, lo + 16)) if tokens.orth_l[k] == self.comma), None)
        if comma is None:
            return None
        subject = self._main_subject(tokens, text, hi, lo)
        if not subject:
            return None
        x, y = subject[0][1]
        if x <= comma:
            return None
        holder = self.holder_in(tokens, (x, y), refs)
        if holder and self.entries[holder].type not in ("person", "organization"):
            return None  # a place or a document does not speak to a courthouse
        label = self.entries[holder].title if holder else self.free_label(tokens, text, (x, y))
        if not holder and (not label or not self._is_person(None, label) and label.lower().startswith("the ")):
            return None
        return holder, label, tokens.idx_l[lo], tokens.end_l[lo], False, False

    def _statement_opener(self, text, tokens, lo: int, hi: int, refs, state):
        """"In a written statement on Tuesday, the embassy took note of ...": a sentence that opens by naming the
        statement it reports is its issuer's, whatever the verb of the main clause. (holder, label, cue start, cue
        end, trailing, source), or None."""
        low = tokens.lower_l
        if low[lo + 1] not in self.determiners | self.possessives:
            return None
        d = next((k for k in range(lo + 2, min(hi, lo + 5)) if low[k] in self.document_words), None)
        if d is None or not all(text[tokens.idx_l[k]].islower() for k in range(lo + 2, d)):
            return None
        comma = next((k for k in range(d + 1, min(hi, d + 10)) if tokens.orth_l[k] == self.comma), None)
        if comma is None or any(tokens.boundary_l[k] for k in range(d + 1, comma)):
            return None
        subject = self._main_subject(tokens, text, hi, comma + 1)
        if not subject:
            return None
        x, y = subject[0][1]
        if y <= x or not (x == comma + 1 or (x == comma + 2 and low[comma + 1] in self.determiners)):
            return None  # (the main clause's subject right after the opening phrase: no clause between)
        holder = self.holder_in(tokens, (x, y), refs)
        if holder and self.entries[holder].type not in ("person", "organization"):
            return None
        if holder:
            return holder, self.entries[holder].title, tokens.idx_l[lo], tokens.end_l[d], False, False
        label = self.free_label(tokens, text, (x, y))
        if not label:
            return None
        label = self._known(label, state, text, tokens.idx_l[x])
        if label.startswith("\x00"):
            return label[1:], self.entries[label[1:]].title, tokens.idx_l[lo], tokens.end_l[d], False, False
        return None, label, tokens.idx_l[lo], tokens.end_l[d], False, False

    def _vocative(self, text, tokens, lo: int, hi: int, refs):
        """Whom a paragraph addresses as it opens: "Hello, Han Bin.", "– Madam Ambassador, how do you ...?",
        "Mr. Doe, ...?": (holder, label) of that person (for an office alone, the one the text names in it),
        or None."""
        m = VOCATIVE.match(text, tokens.idx_l[lo])
        if m is None or m.end() > tokens.end_l[hi - 1]:
            return None
        if m.group("name"):
            start, end = m.span("name")
        elif m.group("office"):
            named = re.search(rf"\b{re.escape(m.group('office'))}\b[^.]{{0,80}}?,\s+"
                              rf"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}}),", text[:tokens.idx_l[lo]])
            if named is None:
                return None
            start, end = named.span(1)
        else:
            return None
        a, b = tokens.token_at(start), tokens.token_at(end - 1) + 1
        holder = self.holder_in(tokens, (a, b), refs)
        if holder:
            return holder, self.entries[holder].title
        return None, " ".join(text[start:end].split())

    def _addressee(self, text, tokens, lo: int, hi: int, refs):
        """Whom a turn that asks a question speaks to, by name right after its mark ("Telen: Mr. Aliyev, your
        coming ... ?"): (holder, label), or None where the turn asks nothing or names no one."""
        if hi <= lo or text[tokens.end_l[hi - 1] - 1] != "?":
            return None
        k = next((t for t in range(lo, min(hi, lo + 8)) if tokens.orth_l[t] == self.colon), None)
        if k is None:
            return None
        c = next((t for t in range(k + 1, min(hi, k + 6)) if tokens.orth_l[t] == self.comma), None)
        if c is None or c == k + 1 or not all(text[tokens.idx_l[t]].isupper() or text[tokens.idx_l[t]] == "."
                                                  for t in range(k + 1, c)):
            return None
        a = k + 1
        if c == a + 1 and common_word(text[tokens.idx_l[a]:tokens.end_l[a]]):
            return None  # "Reporter: Recently, the newspaper published ...?": an adverb, no one addressed
        while a < c and text[tokens.idx_l[a]:tokens.end_l[a]].lower().rstrip(".") in TITLE_WORDS:
            a += 1  # "Mr. Aliyev": the name, not the form of address
        while a < c and text[tokens.idx_l[a]] == ".":
            a += 1
        return self._speaker_at(tokens, text, a, c, refs) if a < c else None

    @staticmethod
    def _turn_mark(text, tokens, lo: int, hi: int) -> bool:
        """Whether a paragraph opens with an anonymous transcript mark ("Q:", "Q1:", "A:", "Question:") or a
        section heading in capitals, which end the turn before them."""
        if hi <= lo + 1:
            return False
        head = text[tokens.idx_l[lo]:tokens.end_l[lo + 1]]
        # "BACKGROUND:", "UPDATE:": a section heading ends a turn as well
        mark = re.match(r"([^\s:]+)\s*:", head)
        return bool(mark and (TURN_MARK.fullmatch(mark.group(1)) or re.fullmatch(r"[A-Z]{4,}", mark.group(1))))

    def _speech_heading(self, text, tokens, lo: int, hi: int, refs):
        """A short line that says whose words follow: "Speech by President Ilham Aliyev", "The following
        statement is attributed to Dr. Mamtimin Ala, President of ..." (no closing full stop)."""
        if hi <= lo or text[tokens.end_l[hi - 1] - 1] in ".!?,;":
            return None
        words = [text[tokens.idx_l[k]:tokens.end_l[k]].lower() for k in range(lo, hi)]
        following = words[:2] in (["following", "are"], ["following", "is"], ["below", "are"], ["below", "is"])
        if hi - lo > (45 if following else 25):
            return None
        if following:
            # "Following are remarks by People's Republic of China State Councillor and Foreign Minister Wang Yi at
            # the High-level Segment of ...": the name closing the offices, before where the remarks were made
            by = next((k for k in range(lo + 2, min(hi, lo + 8)) if tokens.lower_l[k] == self.by_word
                       and words[k - lo - 1] in ("remarks", "speech", "address", "statement", "message")), None)
            if by is None:
                return None
            stop = next((k for k in range(by + 1, hi) if not tokens.cap_l[k] and words[k - lo]
                         in ("at", "on", "to", "in", "during", "before", "for")), hi)
            for width in (3, 2):
                if stop - width > by and all(tokens.cap_l[t] for t in range(stop - width, stop)) \
                        and tokens.lower_l[stop - width] not in self.title_hashes \
                        and self._is_person(None, " ".join(text[tokens.idx_l[stop - width]:tokens.end_l[stop - 1]].split())):
                    found = self._speaker_at(tokens, text, stop - width, stop, refs)
                    if found is not None:
                        return found
            return None
        for i, w in enumerate(words[:-1]):
            if w not in ("speech", "remarks", "address", "statement", "message", "letter"):
                continue
            rest = words[i + 1:]
            skip = 2 if rest[:2] == ["is", "attributed"] else 0
            if rest[skip:skip + 1] == ["by"] or (skip and rest[skip:skip + 1] == ["to"]):
                k = lo + i + 2 + skip
                while k < hi and tokens.lower_l[k] in self.title_hashes:
                    k += 1
                end = k
                while end < hi and (tokens.cap_l[end] or text[tokens.idx_l[end]] == "."):
                    end += 1
                return self._speaker_at(tokens, text, k, end, refs)
        return None

    def _separator(self, text, tokens, lo: int, hi: int) -> bool:
        """A line that ends a speech: "xxx", "***", a short line without punctuation or a capital."""
        return hi - lo <= 2 and not any(tokens.cap_l[k] for k in range(lo, hi))

    @staticmethod
    def _paragraph_voice(para: int, start: int, voices: list[Voice], writer) -> Attribution:
        """The voice of most sentences; on a tie an attributed voice before the writer's, then the first;
        none where the paragraph is wholly the writer's."""
        if not voices or all(v.writer for v in voices):
            cue = voices[0].cue if voices else None
            return Attribution(para, None, None, cue, start, start, writer=True)
        def key(v):
            if v.writer:
                return ("writer",)
            if v.holder:
                return (v.holder, None)
            # one person under several labels: "the chairman of the PRC Jiang Jemingh", "Jiang Jemingh"
            words = (v.label or "").split(",")[0].split()
            if len(words) >= 2 and all(w[:1].isupper() for w in words[-2:]):
                return (None, " ".join(words[-2:]).lower())
            return (None, v.label)
        counts = Counter(key(v) for v in voices)
        order = {}
        for i, v in enumerate(voices):
            order.setdefault(key(v), i)
        best = min(counts, key=lambda k: (-counts[k], k == ("writer",), order[k]))
        chosen = voices[order[best]]
        if chosen.writer:
            return Attribution(para, chosen.holder, chosen.label, None, start, start, writer=True)
        cue = next((v for v in voices if key(v) == best and v.cue), chosen)
        return Attribution(para, chosen.holder, chosen.label, cue.cue, start, start)

    def writer_of(self, source: str | None, publisher=None) -> tuple:
        """The writer's own voice: the article's publisher, with its entry when it has one, and whether its
        text is its own statement (an advocacy group's, a government's or a court's release: then its own
        voice is a speaker's, not a reporter's)."""
        name = publisher.name if publisher is not None else source
        if publisher is not None and source and not publisher.known_as(source):
            own = infer_publisher(source, None)
            if own is not None and own.kind == publisher.kind:
                # an embassy on its ministry's domain: the body the article names, of that kind (not the site that
                # carries its copy: "USCIRF (via Uyghur Human Rights Project)" is USCIRF's)
                name = author_of(source) or source
        if not name:
            return None, None, False, (), False, None
        names = tuple(n for n in ({source, name} | set(publisher.aliases if publisher else ())) if n)
        holder = self.publishers.get(name_key(name))
        if holder is None and publisher is not None:
            holder = next((self.publishers[name_key(n)] for n in publisher.aliases if name_key(n) in self.publishers),
                          None)
        speaks = publisher is not None and publisher.speaks
        # last: whether nothing is known of the publisher (no registry entry, nothing in its name): its lede
        # may still show a release of its own ("Reporters Without Borders urges ..."); a name that says it is
        # news ("Mepa News", "The Okhla Times") says it reports
        own_name = re.sub(r"\(?\bvia\b[^()]*\)?|\([^()]*\)", " ", (source or "").lower())
        reporter = bool({w.strip(".") for w in re.findall(r"[\w.]+", own_name)} & NEWS_WORDS)
        # and the publisher's kind, where one is known (a government's official speaks for it; a party's does not),
        # and whether that kind is only inferred from its name (publishers.infer_publisher), not the registry's
        return holder, (self.entries[holder].title if holder and speaks else name), speaks, names, \
            publisher is None and not reporter, publisher.kind if publisher is not None else None, \
            publisher is not None and publisher.path == INFERRED

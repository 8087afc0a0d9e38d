"""One spaCy pipeline per run.

By default a blank English pipeline: its tokenizer and,
when an entry's patterns ask for lemmas, the lookup lemmatizer fed from
spacy-lookups-data. A trained pipeline is used only when the project names one in
``extra.explainer.spacy_model`` and it is installed; nothing is ever downloaded.

The blank tokenizer keeps only abbreviation special cases ("Dr.", "U.S.", "Jan.").
The other ~1,200 exceptions (contractions, emoticons) never touch a proper name,
and dropping them makes tokenizing about six times faster.
"""

from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language

# Abbreviations that end a token with a period without ending the sentence. Kept
# deliberately short: state codes such as "Ala." would swallow a surname ("Ala").
ABBREVIATIONS = (
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Capt.", "Sgt.", "Gov.", "Sen.", "Rep.",
    "Rev.", "St.", "Jr.", "Sr.", "Inc.", "Corp.", "Co.", "Ltd.", "No.", "Nos.", "nos.", "vs.", "etc.", "e.g.", "i.e.",
    "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
    "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
)


# Any article up to the size limit (8 MiB) is processed; spaCy's own default stops at 1,000,000 characters
# to protect a parser's memory, so a trained pipeline parses only articles below PARSE_LIMIT and tokenizes
# longer ones (see MentionFinder.match_article).
MAX_TEXT = 10_000_000
PARSE_LIMIT = 1_000_000


class PipelineError(Exception):
    pass


# Lexical attributes our matching and rules read. spaCy computes every attribute it knows for each
# new word it meets (its shape, whether it looks like a number or a URL, ...); news is full of new
# words (names), so computing only these makes tokenizing them markedly cheaper.
TOKENIZER_CACHE = 250_000
LEXICAL_ATTRIBUTES = ("LANG", "LOWER", "NORM", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_SPACE", "IS_TITLE", "IS_UPPER",
                      "IS_PUNCT")


# Dashes glued to a closing bracket or doubled between words: a dateline's "(Jiji Press)--Japan's" is four
# tokens, not "Press)--Japan", so the name after it can be found and the credit is not read as a speaker.
# A bracket glued to the word before it ("Autonomous Region(XUAR)"): its own token, so both names are found.
# An encyclopedia's footnote marks glued to a word ("camps,[1][2]", "it.[3]", "the Turkic Council.2"): tokens
# of their own, so the word before them is found (also after a closing bracket or quotation mark: "(now
# Azerbaijan)[7]"). An opening quotation mark glued to the verb before it ('Yuan
# Peng said“[It] has ...'): a token of its own, so the verb is found and the quotation opens; a closing one glued
# to the speaker's name after it ('... Massacre,"Akşener said', '... in China,”the motion said'): the comma, the
# mark and the name, three tokens.
# A hyphen after initials with their full stops ("U.S.-China ties"): a token of its own, so the name after it is
# found, as in "US-China". A comma between a closing bracket and the capitalised word glued to it ("(Ed.),Zaki
# emphasized"): a token of its own, so the word after it is a word (a name) again (spaCy splits one between
# letters already: "Gabon,Indonesia").
EXTRA_INFIXES = (r"--+", r"(?<=[\w.])\)(?=[-–—])", r"(?<=\))[-–—]+(?=\w)", r"(?<=[A-Za-z])\((?=[A-Za-z])",
                 r"(?<=\w)[,.;:)”’\"](?=\[\d)", r"(?<=[\w.,;:\])”’\"])\[(?=\d{1,3}(?:\]|$))", r"(?<=\d)\](?=\[\d)",
                 r"(?<=[a-z]{2})\.(?=\d{1,2}$)", r"(?<=[a-z]{2})“(?=[\[A-Z])",
                 r"(?<=[a-z]),(?=[\"”])", r"(?<=[,.!?])[\"”](?=[A-Za-z])", r"(?<=[A-Z]\.)-(?=[A-Z][a-z])",
                 r"(?<=[)\]]),(?=[A-Z][a-z])")


def split_glued_dashes(nlp: Language) -> None:
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(tuple(nlp.Defaults.infixes) + EXTRA_INFIXES).finditer


def blank_english() -> Language:
    from spacy import attrs
    from spacy.lang.en import English, EnglishDefaults

    class AbbreviationsOnly(EnglishDefaults):
        # (the abbreviations are the tokenizer's only special cases from the start: spaCy's English
        # exceptions are never loaded, only to be dropped)
        tokenizer_exceptions = {abbr: [{"ORTH": abbr}] for abbr in ABBREVIATIONS}

    class BlankEnglish(English):
        Defaults = AbbreviationsOnly

    nlp = BlankEnglish()
    split_glued_dashes(nlp)
    # The tokenizer caches how it split each chunk of text, but only 10,000 chunks by default: a news
    # archive (and an entry list full of names) has far more, and past the limit every word is split
    # by regular expressions again, several times slower.
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    keep = {attrs.IDS[name] for name in LEXICAL_ATTRIBUTES}
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {k: v for k, v in getters.items() if k in keep}
    return nlp


def forget_tokenizations(nlp: Language) -> None:
    """Empty the tokenizer's cache (setting its rules again does that), so the chunks of entry names
    tokenized while building the matchers leave the whole cache to the articles."""
    nlp.tokenizer.rules = dict(nlp.tokenizer.rules or {})


def make_pipeline(model: str | None = None, lemmas: bool = False) -> tuple[Language, str]:
    """(pipeline, description). ``lemmas`` adds the lookup lemmatizer for LEMMA patterns."""
    if model:
        if importlib.util.find_spec(model) is None:
            raise PipelineError(f"spaCy pipeline '{model}' is configured but not installed; "
                                "install it, or remove extra.explainer.spacy_model from mkdocs.yml")
        nlp = spacy.load(model, exclude=["textcat", "entity_linker"])
        split_glued_dashes(nlp)
        nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
        nlp.max_length = MAX_TEXT
        return nlp, f"{model} {nlp.meta.get('version', '')}".strip()
    nlp = blank_english()
    nlp.max_length = MAX_TEXT
    return with_lemmas(nlp, BLANK) if lemmas else (nlp, BLANK)


BLANK = "blank English"


def with_lemmas(nlp: Language, name: str) -> tuple[Language, str]:
    """The blank pipeline with the lookup lemmatizer, for LEMMA patterns (a trained pipeline has its own)."""
    if name != BLANK:
        return nlp, name
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # loads the lookup tables from spacy-lookups-data, on disk
    return nlp, name + " + lookup lemmas"

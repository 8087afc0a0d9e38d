"""Rules about names that both validation and matching need."""

from __future__ import annotations

import re

BRACKETED = re.compile(r"\s*\([^)]*\)")  # "Bloomberg (via Yahoo News)", "H&M Group (hmgroup.com)"


def without_brackets(name: str) -> str:
    """A name as a publisher or a body calls itself, without what is added to it in brackets (its address,
    an acronym, who carried the copy): "H&M Group (hmgroup.com)" is "H&M Group"."""
    return BRACKETED.sub("", name).strip()


def name_key(name: str) -> str:
    """Two names collide when they are equal ignoring case and spacing."""
    return " ".join(name.split()).casefold()


def is_all_caps(name: str) -> bool:
    """An acronym such as "ANI", "ETGE" or "U.N.": matched only in capitals, so "ani" never links."""
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


# Words that, as a name, would link in almost any sentence: English function words and a few
# news words. (spaCy's stop-word list would serve, but importing spaCy to check a YAML file
# costs half a second.)
COMMON_WORDS = frozenset("""
a about above after again against all also am among an and any are as at be because been before being below
between both but by can could did do does doing down during each either else ever every few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself just last least
less many may me might more most much must my myself neither never new next no nor not now of off often on once
one only or other our ours ourselves out over own per perhaps rather same she should since so some such than
that the their theirs them themselves then there these they this those though through thus to too under until
up upon us very via was we well were what when where whether which while who whom whose why will with within
without would yet you your yours yourself yourselves
said says say government president party state people country world news report time year day group law war
minister official officials week month today yesterday tomorrow
""".split())


def is_common_word(name: str) -> bool:
    return name_key(name) in COMMON_WORDS

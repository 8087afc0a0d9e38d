"""The neutral-voice rule: charged words only inside attributed positions or quotations.

An entry's own voice (title, summary, facts, body) may name a charged word only
inside quotation marks, or in a sentence that attributes it ("the US government
determined ...", "the ETGE calls ..."). Perspectives are attributed by
construction and are not checked.
"""

from __future__ import annotations

import re

CHARGED = ("genocide", "genocidal", "occupied", "occupying", "occupation", "so-called", "regime",
           "concentration camp", "fascist", "dictator", "terrorist", "atrocity", "atrocities", "slave labour",
           "enslaved", "colonis", "coloniz", "massacre", "puppet", "propaganda", "brainwash")
CUES = re.compile(r"\b(said|says|say|stated|states|determined|determination|designat\w*|called|calls|call|"
                  r"described|describes|accus\w*|alleg\w*|found|finds|termed|terms|labell?ed|claims?|claimed|"
                  r"rejects?|rejected|denies|denied|argues|argued|according to|wrote|writes|uses? the word|"
                  r"used the word|the word|report(?:ed|s)?|position|view|tribunal|ruled|concluded|condemn\w*|"
                  r"quoted|cites?|cited|characteri[sz]\w*|refers? to|referred)\b", re.IGNORECASE)
QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|'[^']*'|‘[^’]*’")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")
CHARGED_RE = re.compile(r"\b(" + "|".join(re.escape(w) for w in CHARGED) + r")", re.IGNORECASE)


def unattributed_charged_words(text: str) -> list[str]:
    """Charged words used in our own voice: outside quotes, in sentences with no attribution."""
    found = []
    for sentence in SENTENCE.split(text or ""):
        unquoted = QUOTED.sub(" ", sentence)
        words = CHARGED_RE.findall(unquoted)
        if words and not CUES.search(re.sub(r"(?i)so-called", " ", unquoted)):
            found.extend(w.lower() for w in words)
    return found

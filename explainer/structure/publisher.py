"""A publisher: who an article or a source comes from, and what kind of body it is."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from explainer.structure.names import name_key

KINDS = ("wire agency", "independent press", "state media", "public broadcaster", "government",
         "intergovernmental body", "court or tribunal", "advocacy group", "think tank or academic",
         "encyclopedia", "company", "individual", "mirror or aggregator")
# Bodies whose own publications are their statements: in their releases, their own voice is a speaker's.
SPEAKING_KINDS = ("government", "intergovernmental body", "court or tribunal", "advocacy group")
# The news media: they report others' words, and no "he" or "she" stands for them.
MEDIA_KINDS = ("wire agency", "independent press", "state media", "public broadcaster")


@dataclass(frozen=True)
class Publisher:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()  # "uhrp.org", or a host and path prefix: "un.org/en/ohchr"
    country: str | None = None
    path: str = field(default="", compare=False)
    basis: str | None = None  # the URL of what the kind rests on (ownership, funding, editorial control)
    copy_of: str | None = None  # a site's section that carries another publisher's stories verbatim (a wire's)

    @property
    def label(self) -> str:
        """The one labelling rule for every outlet: its kind, then the state it belongs to, if any."""
        return f"{self.kind}, {self.country}" if self.country else self.kind

    def known_as(self, name: str) -> bool:
        """Whether ``name`` is this publisher's name or one of its aliases, as names are compared."""
        key = name_key(name)
        return any(key == name_key(n) for n in (self.name, *self.aliases))

    @property
    def speaks(self) -> bool:
        return self.kind in SPEAKING_KINDS

    def serves(self, url: str) -> bool:
        return self.specificity(url) > 0

    def specificity(self, url: str) -> int:
        """How closely one of the domains matches ``url``: 0 for none, more for a longer host and path
        ("latestly.com/agency-news" before "latestly.com")."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().removeprefix("www.")
        best = 0
        for domain in self.domains:
            d = domain.lower().removeprefix("www.")
            dhost, _, dpath = d.partition("/")
            if (host == dhost or host.endswith("." + dhost)) and (not dpath or parts.path.lstrip("/").startswith(dpath)):
                best = max(best, len(d))
        return best


# An archived copy names the page it copies: web.archive.org/web/<time>/<original URL>.
ARCHIVE_RE = re.compile(r"^https?://(?:web\.)?archive\.org/web/[0-9a-z_*]+/(?P<url>.+)$", re.IGNORECASE)


def archived_original(url: str) -> str | None:
    """The original URL of an archived copy, or None when ``url`` is not one."""
    m = ARCHIVE_RE.match(url)
    if not m:
        return None
    original = m.group("url")
    return original if "://" in original else "http://" + original


# Words that label an outlet: the registry's kinds of media and the usual ways of writing them. Typed by
# hand into a publisher or a holder, they are a label the registry should compute. ("government" is not
# here: "PRC government" names a holder, it does not label an outlet.)
LABEL_WORDS = tuple(sorted({"state media", "public broadcaster", "wire agency", "independent press",
                            "advocacy group", "mirror or aggregator", "state-run", "state-owned",
                            "state-controlled", "state-funded", "state-affiliated", "state outlet", "partisan",
                            "mirror", "aggregator", "government-run", "government-controlled",
                            "propaganda outlet"}, key=len, reverse=True))
LABEL_RE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in LABEL_WORDS) + r")(?![\w-])", re.IGNORECASE)


def typed_label(text: str, parenthesized_only: bool = False) -> str | None:
    """The outlet label typed into ``text`` ("AZERTAC (state media)"), or None."""
    if parenthesized_only:
        for inner in re.findall(r"\(([^()]*)\)", text):
            m = LABEL_RE.search(inner)
            if m:
                return m.group(1)
        return None
    m = LABEL_RE.search(text)
    return m.group(1) if m else None

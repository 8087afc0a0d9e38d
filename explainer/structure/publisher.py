"""A publisher: who an article or a source comes from, and what kind of body it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

KINDS = ("wire agency", "independent press", "state media", "public broadcaster", "government",
         "intergovernmental body", "court or tribunal", "advocacy group", "think tank or academic",
         "encyclopedia", "mirror or aggregator")
# Bodies whose own publications are their statements: in their releases, their own voice is a speaker's.
SPEAKING_KINDS = ("government", "intergovernmental body", "court or tribunal", "advocacy group")


@dataclass(frozen=True)
class Publisher:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()  # "uhrp.org", or a host and path prefix: "un.org/en/ohchr"
    country: str | None = None
    path: str = field(default="", compare=False)

    @property
    def speaks(self) -> bool:
        return self.kind in SPEAKING_KINDS

    def serves(self, url: str) -> bool:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().removeprefix("www.")
        for domain in self.domains:
            d = domain.lower().removeprefix("www.")
            dhost, _, dpath = d.partition("/")
            if (host == dhost or host.endswith("." + dhost)) and (not dpath or parts.path.lstrip("/").startswith(dpath)):
                return True
        return False

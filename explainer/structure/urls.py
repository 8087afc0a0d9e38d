"""The one rule for a web address in an entry or an article's front matter.

Declared once: `check` (``is_web_url``), the JSON Schema editors' tools validate
against (``URL_PATTERN``) and the renderer (which never puts any other address on a
page) all use it. An http(s) address with a registered-looking host name (letters,
digits and hyphens, at least one dot, a top-level domain of letters; an
internationalised name in its ASCII "xn--" form), an optional port, and a path,
query or fragment without white space or the characters ``" < > \\ ^ ` { | }``.
"""

from __future__ import annotations

import re

URL_PATTERN = (r"^https?://(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})"
               r"(?::[0-9]{1,5})?(?:[/?#][^\s\"<>\\^`{|}]*)?$")
URL_RE = re.compile(URL_PATTERN)


def is_web_url(value) -> bool:
    return isinstance(value, str) and bool(URL_RE.match(value))


def url_problem(value: str) -> str:
    """Why ``value`` is not a web address, in an editor's words."""
    if not re.match(r"^https?://", value or ""):
        return "must start with https:// (or http://)"
    host = value.split("/")[2].split(":")[0] if value.count("/") >= 2 else ""
    if any(ord(ch) > 127 for ch in host):
        return "has a host name with non-ASCII letters; write it in its xn-- form (as a browser's address bar shows it)"
    if "." not in host:
        return "needs a full host name such as example.org"
    if re.search(r"[\s\"<>\\^`{|}]", value):
        return 'contains a space or one of " < > \\ ^ ` { | }; percent-encode it (%20, %22, ...)'
    return "is not a valid web address"

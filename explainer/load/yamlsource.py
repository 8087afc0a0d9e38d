"""YAML loading that remembers where every value came from.

PyYAML's C loader builds a node tree with marks (line, column); we walk that tree
next to the constructed data so a validator can point at the exact line of a bad
value. The walk also bounds what a document may expand to, so a "billion laughs"
file is rejected instead of expanded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import re

import yaml

try:  # the C loader is much faster; fall back only where libyaml is missing
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader  # type: ignore

ALIAS_USE = re.compile(r"(?:^|[\s\[{,:-])\*[^\s,\]}]+", re.M)  # "*name": a YAML alias is used
MAX_NODES = 50_000  # nodes a document may expand to, aliases counted each time they are used
MAX_DEPTH = 64

# Tags a plain (unquoted) scalar can silently take in YAML 1.1 where a string was meant.
IMPLICIT_TAGS = {
    "tag:yaml.org,2002:bool": "a boolean",
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:timestamp": "a date",
    "tag:yaml.org,2002:null": "null",
}


class YamlError(Exception):
    def __init__(self, line: int, col: int, message: str):
        super().__init__(message)
        self.line, self.col, self.message = line, col, message


@dataclass
class Located:
    """A loaded document plus, for every path into it, the (line, col) of its value and key."""

    data: object
    values: dict = field(default_factory=dict)
    keys: dict = field(default_factory=dict)
    implicit: dict = field(default_factory=dict)  # path -> (what it became, source text)

    def compact(self) -> "Located":
        """Keep only what later, cross-file checks point at (top-level values, list items, the fields
        of sources and perspectives, which the publisher registry checks, and the words of patterns, which
        the matcher checks against its tokenizer)."""
        return Located(data=None, values={p: v for p, v in self.values.items()
                                          if len(p) <= 2 or p[0] in ("sources", "perspectives", "patterns")},
                       keys={p: v for p, v in self.keys.items() if len(p) <= 1})

    def where(self, path: tuple, key: bool = False) -> tuple[int, int]:
        """Position of ``path``; falls back to the nearest enclosing value that has one."""
        table = self.keys if key else self.values
        p = tuple(path)
        while p:
            if p in table:
                return table[p]
            if p in self.values:
                return self.values[p]
            p = p[:-1]
        return self.values.get((), (1, 1))


def _mark(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _index(node, path, located: Located, budget: list, depth: int, active: set) -> None:
    budget[0] -= 1
    if budget[0] < 0:  # point at the top-level value that expands too far
        if budget[1]:
            raise YamlError(*located.values.get(path[:1], _mark(node)), f"document expands to more than {MAX_NODES} "
                            "values (YAML anchors and aliases are limited); write the values out")
        raise YamlError(*located.values.get(path[:1], _mark(node)), f"document holds more than {MAX_NODES} values; "
                        "an entry is a page of text: shorten this list or split the entry")
    if depth > MAX_DEPTH:
        raise YamlError(*_mark(node), f"document is nested more than {MAX_DEPTH} levels deep")
    if id(node) in active:
        raise YamlError(*_mark(node), "a YAML alias refers to itself (recursive document)")
    located.values.setdefault(path, _mark(node))
    if isinstance(node, yaml.ScalarNode):
        if not node.style and node.tag in IMPLICIT_TAGS:  # plain, unquoted
            located.implicit[path] = (IMPLICIT_TAGS[node.tag], node.value)
        return
    active.add(id(node))
    if isinstance(node, yaml.SequenceNode):
        for i, child in enumerate(node.value):
            _index(child, path + (i,), located, budget, depth + 1, active)
    elif isinstance(node, yaml.MappingNode):
        for knode, vnode in node.value:
            key = knode.value if isinstance(knode, yaml.ScalarNode) else None
            if key is not None:
                if path + (key,) in located.keys:  # YAML would keep the last one, silently
                    first = located.keys[path + (key,)][0]
                    raise YamlError(*_mark(knode), f"'{key}' is written twice (also on line {first}); keep one "
                                    "and delete the other")
                located.keys.setdefault(path + (key,), _mark(knode))
                _index(vnode, path + (key,), located, budget, depth + 1, active)
            else:
                _index(vnode, path + ("?",), located, budget, depth + 1, active)
    active.discard(id(node))


def _bad_date(node, key=None):
    """The first plain scalar that YAML reads as a timestamp but is no real date: (key, value, line, col)."""
    import datetime as dt

    if isinstance(node, yaml.ScalarNode):
        if node.tag == "tag:yaml.org,2002:timestamp" or (not node.style and DATE_LIKE.match(node.value)):
            try:
                dt.date.fromisoformat(node.value[:10])
            except ValueError:
                return key, node.value, *_mark(node)
        return None
    if isinstance(node, yaml.SequenceNode):
        for child in node.value:
            found = _bad_date(child, key)
            if found:
                return found
    if isinstance(node, yaml.MappingNode):
        for knode, vnode in node.value:
            found = _bad_date(vnode, knode.value if isinstance(knode, yaml.ScalarNode) else key)
            if found:
                return found
    return None


DATE_LIKE = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$")


def load_located(text: str) -> Located:
    """Parse one YAML document; raise YamlError with a position for anything unusable."""
    loader = SafeLoader(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.composer.ComposerError as exc:
            mark = exc.problem_mark or exc.context_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            if "single document" in str(exc.context or ""):
                raise YamlError(line, col, "file holds more than one YAML document; "
                                "keep one entry per file and remove the extra '---'") from None
            raise YamlError(line, col, _problem(exc)) from None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            if mark and _char_at(text, mark.line, mark.column) == "\t":
                raise YamlError(line, col, "YAML syntax error: a tab character; indent with spaces") from None
            common = _common_mistake(text, exc)
            if common is not None:
                raise YamlError(*common) from None
            raise YamlError(line, col, _problem(exc)) from None
        except yaml.YAMLError as exc:  # e.g. reader errors on control characters
            raise YamlError(1, 1, str(exc).splitlines()[0]) from None
        if node is None:
            raise YamlError(1, 1, "file is empty")
        located = Located(data=None)
        _index(node, (), located, [MAX_NODES, bool(ALIAS_USE.search(text))], 0, set())
        try:
            located.data = loader.construct_document(node)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            raise YamlError(line, col, _problem(exc)) from None
        except (ValueError, TypeError) as exc:  # e.g. an impossible date such as 2025-02-30
            bad = _bad_date(node)
            if bad is not None:
                key, value, line, col = bad
                raise YamlError(line, col, f"{key + ': ' if key else ''}{value!r} is not a real date ({exc}); "
                                "write the date as YYYY-MM-DD") from None
            raise YamlError(*_mark(node), f"value cannot be read: {exc}") from None
        return located
    finally:
        loader.dispose()


def _char_at(text: str, line: int, col: int) -> str:
    lines = text.splitlines()
    return lines[line][col] if line < len(lines) and col < len(lines[line]) else ""


def _common_mistake(text: str, exc: yaml.MarkedYAMLError) -> tuple[int, int, str] | None:
    """The usual slips, said in an editor's words at the line where they are (PyYAML often notices them a
    line or more later): (line, col, message), or None for anything else."""
    lines = text.split("\n")
    problem = (exc.problem or "") + " " + (exc.context or "")
    end = exc.problem_mark.line if exc.problem_mark else len(lines) - 1
    if "mapping values are not allowed" in problem and exc.problem_mark:
        i = exc.problem_mark.line
        m = re.match(r"^(\s*(?:- )?)([A-Za-z_][\w-]*):\s+(.*\S)\s*$", lines[i])
        if m and ": " in m.group(3):
            value = m.group(3).replace('"', '\\"')
            return i + 1, len(m.group(1)) + len(m.group(2)) + 3, (
                f"the value of '{m.group(2)}' contains ': '; put it in quotes: {m.group(2)}: \"{value}\"")
    if "could not find expected ':'" in problem and exc.context_mark:
        i = exc.context_mark.line
        word = lines[i].strip()
        before = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
        indent = len(lines[i]) - len(lines[i].lstrip())
        if before.lstrip().startswith("- ") and len(before) - len(before.lstrip()) == indent:
            return i + 1, indent + 1, "this line is not a list item like the one above it; start it with '- '"
        if re.fullmatch(r"[A-Za-z_][\w-]*", word):
            return i + 1, indent + len(word) + 1, f"add ':' after '{word}'"
    if "expected '-' indicator" in problem and exc.problem_mark and exc.context_mark:
        i = exc.problem_mark.line
        have = len(lines[i]) - len(lines[i].lstrip())
        want = exc.context_mark.column
        if lines[i].lstrip().startswith("- ") and have != want:
            return i + 1, have + 1, (f"this list item is indented {have} spaces and the items above it {want}; "
                                     "line them up")
    # an unclosed quotation mark: the first line before the error with an odd number of double quotes
    if not any(k in problem for k in ("expected key", "end of stream", "could not find expected", "unexpected")):
        return None
    for i in range(0, min(end + 1, len(lines))):
        stripped = re.sub(r'\\.', "", lines[i].split(" #")[0])
        if stripped.count('"') % 2 and not stripped.lstrip().startswith("#"):
            col = stripped.index('"') + 1
            if "'" not in stripped[:col]:
                return i + 1, col, "this quotation mark is never closed; add the closing \" at the end of the value"
    return None


def _problem(exc: yaml.MarkedYAMLError) -> str:
    text = exc.problem or exc.context or "YAML syntax error"
    text = text.strip()
    hints = {
        "mapping values are not allowed here": " (check the indentation, or quote a value that contains ': ')",
        "found unexpected end of stream": " (an unclosed quote or bracket?)",
        "found undefined alias": " (a '*' starts a YAML alias; quote the value)",
    }
    for key, hint in hints.items():
        if key in text:
            return f"YAML syntax error: {text}{hint}"
    if exc.context and exc.problem:
        return f"YAML syntax error: {exc.context.strip()}, {text}"
    return f"YAML syntax error: {text}"

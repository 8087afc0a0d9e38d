"""The fields of a context entry, declared once.

`explainer check` validates against these declarations and the JSON Schema that
editors' tools use is generated from them (``python -m explainer.load.schema``),
so the two cannot drift apart; a test holds the shipped file to the generated one.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from explainer.structure.entry import ENTRY_TYPES

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
QID_PATTERN = r"^Q[1-9][0-9]*$"
from explainer.structure.urls import URL_PATTERN  # noqa: E402 - one URL rule for check, schema and pages
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # id | type | string | text | date | bool | strings | ids | sources | facts | perspectives | patterns | qid
    # | roles | former_names
    required: bool = False
    description: str = ""


ENTRY_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", True, "kebab-case identifier, equal to the file name without .yaml"),
    FieldSpec("type", "type", True, "what the entry is; the file lives in content/context/<type>s/"),
    FieldSpec("title", "string", True, "display name; also matched in articles"),
    FieldSpec("summary", "string", True, "plain text, one or two sentences: the hover text"),
    FieldSpec("sources", "sources", True, "every source the entry relies on"),
    FieldSpec("reviewed", "date", True, "ISO date the entry was last checked"),
    FieldSpec("reviewer", "string", False, "the desk or person who reviewed it"),
    FieldSpec("aliases", "strings", False, "other full names matched in articles"),
    FieldSpec("short_names", "strings", False,
              "short forms (a surname) that link only after a full name appeared earlier in the article"),
    FieldSpec("case_sensitive", "bool", False, "match names only with the exact capitalisation written"),
    FieldSpec("inflect", "bool", False,
              "also match plural and inflected forms of the last word (default: true for concept, term, claim)"),
    FieldSpec("requires", "ids", False, "link only in articles that also mention one of these entries"),
    FieldSpec("patterns", "patterns", False, "spaCy Matcher token patterns for wordings (claims)"),
    FieldSpec("former_names", "former_names", False,
              "names the subject used before (an organisation renamed), matched like aliases"),
    FieldSpec("roles", "roles", False,
              "offices held, with dates: wordings such as \"Azerbaijan's president\" resolve, for an article's "
              "date, to whoever held the office then"),
    FieldSpec("seat", "string", False,
              "a place's seat of government (\"Beijing\"): \"Beijing said\" is read as that state speaking"),
    FieldSpec("body", "text", False, "Markdown shown on the entry page"),
    FieldSpec("facts", "facts", False, "key facts, each with the URL of one of the sources"),
    FieldSpec("perspectives", "perspectives", False, "positions attributed to whoever holds them"),
    FieldSpec("related", "ids", False, "ids of related entries"),
    FieldSpec("wikidata", "qid", False, "Wikidata item id, e.g. Q148"),
)
FIELD_NAMES = tuple(f.name for f in ENTRY_FIELDS)
# read_via: where the text was actually read when that is not the page at url (a stored copy, an archive,
# a fact sheet quoting it): we cite only what was read, and say where.
SOURCE_FIELDS = {"title": True, "url": True, "publisher": False, "date": False, "read_via": False}
FACT_FIELDS = {"text": True, "source": True}
PERSPECTIVE_FIELDS = {"holder": True, "view": True, "source": True}
ROLE_FIELDS = {"title": True, "from": False, "to": False, "aliases": False, "mention": False}
FORMER_NAME_FIELDS = {"name": True, "until": False}
DATE_KEYS = ("date", "from", "to", "until")
PATTERN_KEYS = ("LOWER", "ORTH", "LEMMA", "IS_PUNCT", "OP", "TEXT", "NORM")


def _object(fields: dict, extra: dict | None = None) -> dict:
    props = {}
    for name in fields:
        if name == "url" or name == "source":
            props[name] = {"type": "string", "pattern": URL_PATTERN}
        elif name in DATE_KEYS:
            props[name] = {"type": "string", "pattern": DATE_PATTERN}
        else:
            props[name] = {"type": "string", "minLength": 1}
    props.update(extra or {})
    return {"type": "object", "additionalProperties": False,
            "required": [k for k, req in fields.items() if req], "properties": props}


def _kind_schema(spec: FieldSpec) -> dict:
    strings = {"type": "array", "items": {"type": "string", "minLength": 1}}
    kinds = {
        "id": {"type": "string", "pattern": ID_PATTERN},
        "type": {"type": "string", "enum": list(ENTRY_TYPES)},
        "string": {"type": "string", "minLength": 1},
        "text": {"type": "string"},
        "date": {"type": "string", "pattern": DATE_PATTERN},
        "bool": {"type": "boolean"},
        "strings": strings,
        "ids": {"type": "array", "items": {"type": "string", "pattern": ID_PATTERN}},
        "sources": {"type": "array", "minItems": 1, "items": _object(SOURCE_FIELDS)},
        "facts": {"type": "array", "items": _object(FACT_FIELDS)},
        "perspectives": {"type": "array", "items": _object(PERSPECTIVE_FIELDS)},
        "patterns": {"type": "array", "items": {"type": "array", "minItems": 1, "maxItems": 12, "items": {
            "type": "object", "minProperties": 1, "propertyNames": {"enum": list(PATTERN_KEYS)},
            "properties": {
                "OP": {"type": "string", "pattern": r"^(\?|!|\{[0-9]\}|\{[0-9]?,[0-5]\})$"},
                "IS_PUNCT": {"type": "boolean"},
                **{k: {"oneOf": [{"type": "string"}, {
                    "type": "object", "minProperties": 1, "additionalProperties": False,
                    "properties": {"IN": {"type": "array", "items": {"type": "string"}},
                                   "NOT_IN": {"type": "array", "items": {"type": "string"}}}}]}
                   for k in PATTERN_KEYS if k not in ("OP", "IS_PUNCT")}}}}},
        "qid": {"type": "string", "pattern": QID_PATTERN},
        "roles": {"type": "array", "items": _object(ROLE_FIELDS, {
            "aliases": strings, "mention": {"type": "boolean"}})},
        "former_names": {"type": "array", "items": _object(FORMER_NAME_FIELDS)},
    }
    schema = dict(kinds[spec.kind])
    schema["description"] = spec.description
    return schema


def entry_json_schema() -> dict:
    """JSON Schema (draft 2020-12) for one context entry file."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://explainer.invalid/schema/entry.schema.json",
        "title": "explainer context entry",
        "type": "object",
        "additionalProperties": False,
        "required": [f.name for f in ENTRY_FIELDS if f.required],
        "properties": {f.name: _kind_schema(f) for f in ENTRY_FIELDS},
    }


SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema" / "entry.schema.json"


def render_schema() -> str:
    return json.dumps(entry_json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # regenerate the shipped schema
    SCHEMA_FILE.write_text(render_schema(), encoding="utf-8")
    sys.stdout.write(f"wrote {SCHEMA_FILE}\n")

"""explainer: annotate news articles with curated, sourced context entries.

The package is laid out as the data flows:
``load`` (read and validate content) -> ``match`` (find mentions with spaCy)
-> ``render`` (write annotated Markdown) -> ``publish`` (build with MkDocs).
``structure`` holds the data model and ``commands`` the verbs of the CLI.
"""

__version__ = "0.2.0"

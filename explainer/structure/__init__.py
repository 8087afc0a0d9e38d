"""The data model: what an article, a context entry and a mention are."""

from explainer.structure.article import Article
from explainer.structure.entry import ENTRY_TYPES, Entry, Fact, Perspective, Role, Source
from explainer.structure.mention import ArticleMatches, Attribution, Mention, Voice

__all__ = ["Article", "Entry", "ENTRY_TYPES", "Fact", "Perspective", "Role", "Source", "Mention", "Attribution", "ArticleMatches", "Voice"]

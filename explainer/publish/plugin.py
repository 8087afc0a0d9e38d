"""The `explainer` MkDocs plugin: every page's content passes through the sanitizer before it is published.

Registered as an entry point (``mkdocs.plugins``) and listed under ``plugins:`` in
mkdocs.yml, so a plain ``mkdocs build`` or ``mkdocs serve`` of the generated
folder is as safe as ``explainer build``.
"""

from __future__ import annotations

from mkdocs.plugins import BasePlugin

from explainer.publish.sanitize import sanitize_html


class ExplainerPlugin(BasePlugin):
    def on_page_content(self, html, page, config, files):
        return sanitize_html(html)

"""Stage 4: build the static site with MkDocs from the generated Markdown."""

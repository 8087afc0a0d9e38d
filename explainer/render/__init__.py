"""Stage 3: write annotated Markdown pages (articles, entries, indexes) into docs_dir."""

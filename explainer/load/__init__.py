"""Stage 1: read and validate content (articles, context entries, project config)."""

"""The verbs of the command line; each works on one project (its mkdocs.yml and content/)."""

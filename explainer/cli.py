"""The `explainer` command line."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading

from explainer import __version__
from explainer.load.project import ProjectError, load_project


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="explainer", description="Annotate news articles with sourced "
                                     "context entries and publish them with MkDocs.")
    parser.add_argument("--version", action="version", version=f"explainer {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name, help_text):
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("-f", "--config-file", metavar="FILE",
                       help="the project's mkdocs.yml (default: ./mkdocs.yml)")
        return p

    p = command("build", "validate content, generate the Markdown pages and build the site into site/")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.add_argument("-v", "--verbose", action="store_true", help="also show information messages")
    p.add_argument("--no-site", action="store_true", help="generate the Markdown pages only, skip MkDocs")
    p.add_argument("--engine", choices=("mkdocs", "zensical"), help="the engine that builds the site (default: "
                   "extra.explainer.engine in mkdocs.yml, else mkdocs)")
    p.add_argument("--drafts", action="store_true", help="publish articles marked draft: true too")
    p.add_argument("--clean", action="store_true", help="build every page of the site, reusing nothing from the "
                   "previous build")
    p = command("check", "validate content only (errors as path:line:col: error: message)")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.add_argument("-q", "--quiet", action="store_true", help="hide information messages")
    p = command("annotate", "print every mention of every context entry in Markdown files")
    p.add_argument("paths", nargs="+", metavar="PATH", help="Markdown articles, anywhere on disk")
    p.add_argument("--json", action="store_true", help="print a JSON list (the default output is one line a mention)")
    p.add_argument("--paragraphs", action="store_true",
                   help="report each paragraph's voice (the voice of most of its sentences) and cue instead")
    p.add_argument("--sentences", action="store_true",
                   help="report each sentence's voice (a speaker, or the writer's own) and cue")
    p = command("eval", "score linking and who-is-speaking against a hand-annotated corpus of real texts")
    p.add_argument("folder", nargs="?", metavar="FOLDER", help="the corpus (default: eval/corpus)")
    p.add_argument("--json", action="store_true", help="print the figures and disagreements as JSON")
    p.add_argument("-q", "--quiet", action="store_true", help="figures only, without the disagreements")
    p.add_argument("--model", metavar="NAME", help="measure with this installed spaCy pipeline instead of the "
                   "project's ('blank' for the blank English pipeline)")
    p = command("new", "create a context entry file with placeholders that check flags until filled in")
    p.add_argument("type", metavar="TYPE", help="organization, person, place, people, concept, term, event, "
                   "claim or document")
    p.add_argument("title", metavar="TITLE", nargs="?")
    p.add_argument("--id", help="entry id (default: from the title)")
    p.add_argument("--from-suggestion", metavar="NAME", help="a name `explainer suggest` lists: it becomes the "
                   "title, and where it was seen a comment in the file")
    p = command("review", "record that you have checked an entry today (rewrites its reviewed: and reviewer: lines)")
    p.add_argument("entry", metavar="ID", help="the entry's id")
    p.add_argument("--reviewer", required=True, metavar="NAME", help="who checked it: a person or a desk")
    p = command("suggest", "names in articles that have no entry, and near-misses of existing names")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--limit", type=int, default=50, help="how many to list (default 50)")
    p = command("serve", "live preview: rebuild when content or templates change, reload the browser")
    p.add_argument("-a", "--dev-addr", default="127.0.0.1:8000", metavar="IP:PORT")
    p.add_argument("--engine", choices=("mkdocs", "zensical"), help="the engine that serves the site (default: "
                   "extra.explainer.engine in mkdocs.yml, else mkdocs)")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    return parser


def _terminated(signum, frame):
    raise KeyboardInterrupt  # SIGTERM unwinds like Ctrl-C: temporary folders are removed on the way out


def main(argv: list[str] | None = None) -> int:
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminated)
    try:
        return _run(argv)
    except KeyboardInterrupt:
        print("explainer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        try:
            sys.stdout = None  # type: ignore[assignment]
        finally:
            return 0


def entry() -> None:
    """The console script (and ``python -m explainer``): ``main()``, then leave without the interpreter's
    teardown. By then every file the command wrote is closed and its worker processes have ended; freeing a
    large archive's objects one by one would only add a quarter of a second to every build. Output is
    flushed first, so nothing printed is lost."""
    code = main()
    try:
        logging.shutdown()
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):  # a closed or broken pipe: nothing more can be written anyway
        pass
    os._exit(code if isinstance(code, int) else 1)


def _run(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    try:
        project = load_project(args.config_file)
    except ProjectError as exc:
        print(f"explainer: {exc}", file=sys.stderr)
        return 1
    if getattr(args, "engine", None):
        project.engine = args.engine
    if getattr(args, "drafts", False) or args.command == "serve":
        project.drafts = True  # a preview shows drafts
    if args.command == "build":
        from explainer.commands import build
        return build.run(project, strict=args.strict, verbose=args.verbose, site=not args.no_site,
                         clean=args.clean)
    if args.command == "check":
        from explainer.commands import check
        return check.run(project, strict=args.strict, quiet=args.quiet)
    if args.command == "annotate":
        from explainer.commands import annotate
        return annotate.run(project, args.paths, as_json=args.json, paragraphs=args.paragraphs,
                            sentences=args.sentences)
    if args.command == "eval":
        from explainer.commands import eval as evaluate
        return evaluate.run(project, args.folder, as_json=args.json, quiet=args.quiet, model=args.model)
    if args.command == "new":
        from explainer.commands import new
        return new.run(project, args.type, args.title, args.id, args.from_suggestion)
    if args.command == "review":
        from explainer.commands import review
        return review.run(project, args.entry, args.reviewer)
    if args.command == "suggest":
        from explainer.commands import suggest
        return suggest.run(project, as_json=args.json, limit=args.limit)
    if args.command == "serve":
        from explainer.commands import serve
        return serve.run(project, dev_addr=args.dev_addr, strict=args.strict)
    return 2


if __name__ == "__main__":
    sys.exit(main())

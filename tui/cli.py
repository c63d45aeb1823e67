"""The ``story-explorer`` command: the explorer, or ``parse`` for headless output.

``parse`` never imports Textual or Rich, so it starts fast and can run where
no terminal is. Every failure a user can cause ends in one line on stderr and
a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from tui import __version__
from tui.decode import StoryError
from tui.export import FORMATS, export
from tui.sources import expand_paths, load_story, seed_paths

EXIT_USAGE = 2


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="story-explorer",
        description="Read news stories in the terminal and see who said what. "
        "With no PATH, opens the bundled story. "
        "Use 'story-explorer parse PATH --format json' for headless output.",
    )
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="story files or folders")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _parse_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="story-explorer parse",
        description="Parse stories and print the model (quotes, speakers, evidence).",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="story files or folders")
    parser.add_argument("--format", choices=FORMATS, default="json", help="output format")
    return parser


def run_parse(argv: Sequence[str]) -> int:
    args = _parse_parser().parse_args(argv)
    try:
        stories = [load_story(path) for path in expand_paths(args.paths)]
    except StoryError as exc:
        print(f"story-explorer: {exc}", file=sys.stderr)
        return EXIT_USAGE
    sys.stdout.write(export(stories, args.format))
    return 0


def run_app(argv: Sequence[str]) -> int:
    args = _app_parser().parse_args(argv)
    try:
        paths = list(expand_paths(args.paths)) if args.paths else seed_paths()
        stories = [load_story(path) for path in paths]
    except StoryError as exc:
        print(f"story-explorer: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from tui.app import StoryExplorerApp  # Textual loads only when the app runs.

    StoryExplorerApp(stories).run()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["parse"]:
            return run_parse(argv[1:])
        return run_app(argv)
    except KeyboardInterrupt:
        return 130

"""The ``story-explorer`` command: the explorer, or ``parse`` for headless output.

``parse`` never imports Textual or Rich, so it starts fast and can run where
no terminal is. Every failure a user can cause ends in one line on stderr
(``story-explorer: PATH: reason``) and an exit status, never a traceback:

- 0: every story loaded;
- 1: some file could not be read as a story (empty, binary, unreadable); the
  others are still shown or printed;
- 2: a usage error (bad flag, missing path, folder with no stories): nothing
  is opened;
- 130 on Ctrl-C, 141 when the reader of a pipe goes away (``| head``), as
  for any Unix tool killed by SIGPIPE.

Set ``STORY_EXPLORER_DEBUG=1`` to see the traceback of an internal error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from tui import __version__
from tui.batch import load_many, prepare_processes
from tui.cache import ParseCache, default_folder
from tui.decode import StoryError, display_path
from tui.export import FORMATS, chunks
from tui.model import Story
from tui.sources import UsageError, find_story_files, seed_paths

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141
PROG = "story-explorer"


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Read news stories in the terminal and see who said what. "
        "With no PATH, opens the bundled stories. "
        f"Use '{PROG} parse PATH --format json' for headless output "
        f"('{PROG} parse --help' for more).",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="story files, or folders to search"
    )
    _add_loading_options(parser)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, got {value!r}")
    return jobs


def _add_loading_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse with N processes (default 1)",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="parse every file again instead of reusing stories parsed before "
        f"(cached by content in {display_path(default_folder())})",
    )


def _parse_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"{PROG} parse",
        description="Parse stories and print the model (quotes, speakers, evidence) on "
        "stdout as UTF-8. One file gives a JSON object; several paths or a folder give an "
        "array. Folders are searched for *.txt and *.md. Files that cannot be read are "
        "reported on stderr and the exit status is 1; the others are still printed.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="story files, or folders to search"
    )
    parser.add_argument("--format", choices=FORMATS, default="json", help="output format")
    _add_loading_options(parser)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _say(message: str) -> None:
    """One line per message on stderr, prefixed with the command's name."""
    for line in message.splitlines():
        print(f"{PROG}: {line}", file=sys.stderr, flush=True)


def _find(paths: Sequence[Path | str]) -> tuple[list[Path], list[StoryError]] | None:
    """The story files under ``paths`` and the files that failed, or None
    after saying which paths were a usage mistake (missing, no stories)."""
    files, errors = find_story_files(paths)
    mistakes = [e for e in errors if isinstance(e, UsageError)]
    for error in mistakes:
        _say(str(error))
    return None if mistakes else (files, errors)


def run_parse(argv: Sequence[str]) -> int:
    args = _parse_parser().parse_args(argv)
    found = _find(args.paths)
    if found is None:
        return EXIT_USAGE
    files, errors = found
    for error in errors:
        _say(str(error))
    failed = bool(errors)

    def good_stories() -> Iterator[Story]:
        nonlocal failed
        for loaded in load_many(files, cache=_cache(args), jobs=args.jobs):
            if loaded.story is None:
                failed = True
                _say(loaded.error or loaded.path)
            else:
                yield loaded.story

    single = len(args.paths) == 1 and files == [Path(args.paths[0])]
    out = _stdout()
    for chunk in chunks(good_stories(), args.format, single=single):
        out.write(chunk.encode("utf-8", errors="replace"))
    out.flush()
    return EXIT_PROBLEMS if failed else EXIT_OK


def _stdout() -> BinaryIO:
    """UTF-8 bytes whatever the locale: JSON and CSV files are UTF-8."""
    return sys.stdout.buffer


def _cache(args: argparse.Namespace) -> ParseCache:
    return ParseCache.disabled() if args.no_cache else ParseCache.default()


def run_app(argv: Sequence[str]) -> int:
    """Open the explorer at once; its worker parses the files while it is up.

    Mistaken paths stop here, before the screen changes. Files that cannot
    be read are listed in the explorer's story list, and printed on stderr
    once it closes (exit status 1).
    """
    args = _app_parser().parse_args(argv)
    if args.paths:
        found = _find(args.paths)
        if found is None:
            return EXIT_USAGE
        files, errors = found
        problems = [str(e) for e in errors]
    else:
        files = seed_paths()
        problems = [] if files else ["no bundled stories found: the installation is incomplete"]
    if not files:
        for problem in problems:
            _say(problem)
        return EXIT_PROBLEMS
    from tui.app import StoryExplorerApp  # Textual loads only when the app runs.
    from tui.loader import StoryLoader

    if args.jobs > 1:
        prepare_processes()
    app = StoryExplorerApp(loader=StoryLoader(files, cache=_cache(args), jobs=args.jobs))
    app.run()
    problems += [entry.error or entry.path for entry in app.corpus.failures]
    for problem in problems:
        _say(problem)
    return EXIT_PROBLEMS if problems else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; every way out is an exit status, never a traceback."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["parse"]:
            return run_parse(argv[1:])
        return run_app(argv)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as exc:
        if os.environ.get("STORY_EXPLORER_DEBUG"):
            raise
        _say(display_path(f"internal error ({type(exc).__name__}: {exc}); please report it"))
        return EXIT_PROBLEMS


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the exit-time flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass

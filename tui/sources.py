"""Where stories come from: the bundled seeds or the paths a user names.

Two kinds of failure, told apart because the command answers them
differently: a path that names nothing to open (missing, or a folder with no
stories) is the user's typing mistake, a ``UsageError`` worth stopping for;
a file that is there but cannot be read as a story (empty, binary,
unreadable) is a *problem* that must not stop the other stories. Every
message is one line that names the path.

Folders are searched recursively for ``*.txt`` and ``*.md``, skipping hidden
files and folders (``.git``, ``.venv``) and never following links to
folders, so a search always ends. The seeds ship inside the installed
package (``tui/seeds``) and live beside the package in a source checkout, so
``story-explorer`` with no argument works from any folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path

from tui.decode import StoryError, display_path, read_story_file
from tui.model import Story

STORY_SUFFIXES = (".txt", ".md")


class UsageError(StoryError):
    """A path that names nothing to open: the command stops with exit status 2."""


def seed_paths() -> list[Path]:
    """The bundled stories, from the installed package or the checkout."""
    packaged = Path(str(resources.files("tui").joinpath("seeds")))
    folder = packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "seeds"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in STORY_SUFFIXES)


def find_story_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[StoryError]]:
    """Files as given and the story files below each folder, each file once.

    Returns the files and the errors met on the way: ``UsageError`` for a
    missing path or a folder without stories, plain ``StoryError`` for a
    folder that cannot be read.
    """
    files: list[Path] = []
    errors: list[StoryError] = []
    seen: set[object] = set()
    for name in paths:
        if not str(name):  # Path("") would quietly mean the current folder
            errors.append(UsageError("an empty path names no file"))
            continue
        path, label = Path(name), display_path(name)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except (OSError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            errors.append(StoryError(f"{label}: cannot open ({reason})"))
            continue
        if not exists:
            errors.append(UsageError(f"{label}: no such file or folder"))
            continue
        if not is_dir:
            found = [path]
        else:
            unreadable: list[StoryError] = []
            found = _stories_below(path, unreadable)
            errors.extend(unreadable)
            if not found and not unreadable:
                errors.append(UsageError(f"{label}: no stories (*.txt, *.md) in this folder"))
        for file in found:
            key = _identity(file)
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files, errors


def _stories_below(folder: Path, errors: list[StoryError]) -> list[Path]:
    def unreadable(exc: OSError) -> None:
        where = display_path(exc.filename or folder)
        errors.append(StoryError(f"{where}: cannot open folder ({exc.strerror or exc})"))

    found: list[Path] = []
    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(root, name)
            for name in sorted(names)
            if not name.startswith(".") and name.lower().endswith(STORY_SUFFIXES)
        )
    return sorted(found)


def _identity(path: Path) -> object:
    """The file behind a path (device and inode), so two names for it count once.

    One ``stat`` per file: resolving every path component would cost a
    folder of thousands of stories a noticeable pause before the first paint.
    """
    try:
        info = path.stat()
    except (OSError, ValueError):
        return path.absolute()
    return (info.st_dev, info.st_ino)


def load_story(path: Path) -> Story:
    """Read, decode and parse one file; StoryError says why it could not."""
    return parse_story(read_story_file(path), display_path(path))


def parse_story(text: str, label: str) -> Story:
    """Parse one decoded story whose file is ``label``; StoryError if the parser fails.

    A parser failure becomes a StoryError: one odd file must cost the reader
    that file, never the run. The parser is imported here, not with this
    module, so the explorer paints before the parser has even loaded.
    """
    from tui.parser import parse

    try:
        return parse(text, source=label)
    except RecursionError:
        raise StoryError(f"{label}: too deeply nested to parse") from None
    except Exception as exc:
        reason = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
        raise StoryError(f"{label}: could not be parsed ({display_path(reason)})") from exc


def iter_stories(files: Iterable[Path]) -> Iterator[Story | StoryError]:
    """Each file's story, or the error that explains why there is none."""
    for file in files:
        try:
            yield load_story(file)
        except StoryError as exc:
            yield exc


def open_stories(paths: Sequence[Path | str]) -> tuple[list[Story], list[str]]:
    """Everything the explorer opens for these paths (the seeds for none).

    Returns the stories that loaded and one line per file that did not.
    Raises UsageError, its message one line per mistaken path, when a path
    names nothing to open.
    """
    if paths:
        files, errors = find_story_files(paths)
        mistakes = [str(e) for e in errors if isinstance(e, UsageError)]
        if mistakes:
            raise UsageError("\n".join(mistakes))
        problems = [str(e) for e in errors]
    else:
        files = seed_paths()
        problems = [] if files else ["no bundled stories found: the installation is incomplete"]
    stories: list[Story] = []
    for result in iter_stories(files):
        if isinstance(result, Story):
            stories.append(result)
        else:
            problems.append(str(result))
    return stories, problems

"""Where stories come from: the bundled seeds or the paths a user names.

Folders are searched recursively for ``*.txt`` and ``*.md``. The seeds ship
inside the installed package (``tui/seeds``), and live beside the package in a
source checkout, so ``story-explorer`` with no argument works from any folder.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from tui.decode import StoryError, read_story_file
from tui.model import Story
from tui.parser import parse

STORY_SUFFIXES = (".txt", ".md")


def seed_paths() -> list[Path]:
    """The bundled stories, from the installed package or the checkout."""
    packaged = Path(str(resources.files("tui").joinpath("seeds")))
    folder = packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "seeds"
    return sorted(p for p in folder.iterdir() if p.suffix in STORY_SUFFIXES)


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders as every story file below them, in name order.

    Raises StoryError for a path that does not exist or a folder with no
    stories, since both are a user's typing mistake worth stopping for.
    """
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in STORY_SUFFIXES and p.is_file()
            )
            if not found:
                raise StoryError(f"{path}: no stories (*.txt, *.md) in this folder")
            yield from found
        elif path.exists():
            yield path
        else:
            raise StoryError(f"{path}: no such file or folder")


def load_story(path: Path) -> Story:
    """Read, decode and parse one file; StoryError says why it could not."""
    return parse(read_story_file(path), source=str(path))

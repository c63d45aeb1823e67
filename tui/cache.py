"""A parse cache keyed by file content, so reopening a large folder is instant.

Each parsed story is stored as JSON (``Story.to_dict()`` plus the paragraph
offsets) in one file named by the SHA-256 of the file's bytes and the parser
version: a changed file, or a new parser, simply misses. The folder follows
XDG (``$XDG_CACHE_HOME/story-explorer``, else ``~/.cache/story-explorer``).

The cache is an optimisation and never a reason to fail: a corrupt entry, a
full disk or a read-only folder all mean "parse it again". No Textual, no
Rich: the headless ``parse`` command uses it too.
"""

from __future__ import annotations

import importlib.util
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from tui import __version__
from tui.model import Story

#: The code that turns a file's bytes into a story: any change to it makes
#: every old entry miss, with no version number for anyone to forget.
_PARSER_SOURCES = ("tui.parser", "tui.decode", "tui.model")

#: The folder name under the user's cache folder.
APP_FOLDER = "story-explorer"


def default_folder() -> Path:
    """``$XDG_CACHE_HOME/story-explorer``, or ``~/.cache/story-explorer``.

    A relative ``XDG_CACHE_HOME`` is ignored, as the XDG specification asks.
    """
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache"
    return root / APP_FOLDER


def entry_of(story: Story) -> dict[str, Any]:
    """What the cache stores: ``Story.to_dict()`` and the paragraph offsets."""
    entry = story.to_dict()
    entry["paragraph_starts"] = list(story.paragraph_starts)
    return entry


@cache
def parser_fingerprint() -> str:
    """A digest of the parser's own source files, read once per process."""
    import hashlib

    digest = hashlib.sha256()
    for name in _PARSER_SOURCES:
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin is not None
        origin = Path(spec.origin)
        sources = sorted(origin.parent.glob("*.py")) if origin.name == "__init__.py" else [origin]
        for source in sources:
            digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


class ParseCache:
    """Stories by content hash in ``folder``; ``ParseCache(None)`` is switched off."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    @classmethod
    def default(cls) -> ParseCache:
        return cls(default_folder())

    @classmethod
    def disabled(cls) -> ParseCache:
        return cls(None)

    @property
    def enabled(self) -> bool:
        return self.folder is not None

    @staticmethod
    def key(data: bytes) -> str:
        """The entry name for a file's bytes under this version of the parser."""
        import hashlib  # here, not above: loading OpenSSL would delay the first paint

        digest = hashlib.sha256(f"{__version__}/{parser_fingerprint()}\0".encode())
        digest.update(data)
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / "stories" / key[:2] / f"{key}.json"

    def get(self, data: bytes) -> Story | None:
        """The story parsed from these bytes before, or None (also for a bad entry)."""
        return self.read(self.key(data)) if self.folder is not None else None

    def read(self, key: str) -> Story | None:
        """The story stored under ``key`` (see ``key``), or None (also for a bad entry).

        The explorer keeps only the key of a story that is not on screen and
        reads the story back from here when it is shown.
        """
        if self.folder is None:
            return None
        try:
            raw = self._path(key).read_bytes()
            return Story.from_dict(json.loads(raw))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, data: bytes, story: Story) -> bool:
        """Remember the story parsed from these bytes; False when it could not be written.

        Written to a temporary file and renamed into place, so a reader (or a
        second process) never sees half an entry.
        """
        if self.folder is None:
            return False
        import tempfile  # here, not above, for the same reason as hashlib

        entry = entry_of(story)
        path = self._path(self.key(data))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    json.dump(entry, out, ensure_ascii=False, separators=(",", ":"))
                os.replace(temporary, path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except (OSError, ValueError, TypeError):
            return False
        return True

"""Whole stories kept small while they are off screen, read back when shown.

With thousands of stories open, holding each one whole (its text twice, as
``text`` and as paragraphs, and an object per quote) was most of the
explorer's memory, though the reader looks at one story at a time. The story
list and the speakers across stories need only titles, counts and quote ids,
which ``Corpus`` keeps; the whole story is read back here when it is wanted:
from the parse cache when it is there (its key is all that is kept), else
from a zlib-packed copy of its JSON (about a tenth of the story's size as
objects). Reading a story back takes well under a millisecond, and the few
read most recently stay whole, so switching back and forth, or drawing a
list of quotes from a handful of stories, reads each of them once.

No Textual, no Rich.
"""

from __future__ import annotations

import json
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from tui.batch import load_one
from tui.cache import ParseCache, entry_of
from tui.model import Story

#: How many stories stay whole after being shown or added.
RECENT = 16


@dataclass(frozen=True, slots=True)
class _InCache:
    """A story the parse cache holds, and the file it was opened as."""

    key: str
    source: str | None


def pack(story: Story) -> bytes:
    """The story's cache entry (its JSON) compressed: fast to make and to read back."""
    data = json.dumps(entry_of(story), ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(data.encode("utf-8"), 1)


def unpack(packed: bytes) -> Story:
    """The story ``pack`` was given, equal to it."""
    return Story.from_dict(json.loads(zlib.decompress(packed)))


class Shelf:
    """Stories by their place (0, 1, …): ``add`` one, ``get`` it back whole."""

    def __init__(self, cache: ParseCache | None = None, recent: int = RECENT) -> None:
        self.cache = cache or ParseCache.disabled()
        self._kept: list[bytes | _InCache] = []
        self._recent: OrderedDict[int, Story] = OrderedDict()
        self._room = recent

    def __len__(self) -> int:
        return len(self._kept)

    def add(self, story: Story, key: str | None = None) -> int:
        """Keep the story (by its cache ``key`` when it has one); its place is returned."""
        if key is not None and self.cache.enabled:
            self._kept.append(_InCache(key, story.source))
        else:
            self._kept.append(pack(story))
        index = len(self._kept) - 1
        self._remember(index, story)
        return index

    def get(self, index: int) -> Story:
        """The whole story at ``index``: the same object while it stays among the recent."""
        story = self._recent.get(index)
        if story is None:
            story = self._read(index)
            self._remember(index, story)
        else:
            self._recent.move_to_end(index)
        return story

    def _remember(self, index: int, story: Story) -> None:
        self._recent[index] = story
        self._recent.move_to_end(index)
        while len(self._recent) > self._room:
            self._recent.popitem(last=False)

    def _read(self, index: int) -> Story:
        kept = self._kept[index]
        if isinstance(kept, bytes):
            return unpack(kept)
        story = self.cache.read(kept.key)
        if story is None:  # the entry went away (the cache was cleared): the file again
            story = _reopen(kept.source or "", self.cache)
        story.source = kept.source
        return story


def _reopen(source: str, cache: ParseCache) -> Story:
    """The story read and parsed again from its file, or one saying why it cannot be."""
    loaded = load_one(Path(source), cache)
    if loaded.story is not None:
        return loaded.story
    reason = loaded.error or source
    message = f"This story can no longer be read: {reason}"
    return Story(source, message, [message], [0], source=source)

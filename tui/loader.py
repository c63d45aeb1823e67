"""Parsing off the UI thread: the body of the explorer's load worker.

The app starts the worker once it has painted, so the first screen never
waits for the parser. Results travel to the app as ``StoryLoader.Batch``
messages: the first story on its own (so it can be shown at once), then
whatever has arrived every ``interval`` seconds, so a large folder costs the
UI a handful of updates a second rather than one per file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from time import monotonic, sleep

from textual.message import Message

from tui.batch import Loaded, load_many
from tui.cache import ParseCache


class StoryLoader:
    """Which files to parse and how (cache, processes); ``run`` does it."""

    class Batch(Message):
        """Files parsed since the last batch; ``done`` of ``total`` are finished."""

        def __init__(self, loaded: list[Loaded], done: int, total: int) -> None:
            self.loaded = loaded
            self.done = done
            self.total = total
            super().__init__()

        @property
        def finished(self) -> bool:
            return self.done >= self.total

    def __init__(
        self,
        files: Sequence[Path],
        *,
        cache: ParseCache | None = None,
        jobs: int = 1,
        interval: float = 0.1,
    ) -> None:
        self.files = list(files)
        self.cache = cache or ParseCache.disabled()
        self.jobs = jobs
        self.interval = interval

    @property
    def total(self) -> int:
        return len(self.files)

    def run(self, post: Callable[[Message], object], cancelled: Callable[[], bool]) -> None:
        """Parse every file, posting batches; stop early once ``cancelled()`` says so."""
        batch: list[Loaded] = []
        done, last = 0, monotonic()
        stories = load_many(self.files, cache=self.cache, jobs=self.jobs)
        for loaded in stories:
            if cancelled():
                return
            sleep(0)  # lets the UI thread take the GIL now if it is waiting for it
            batch.append(loaded)
            done += 1
            if done == 1 or done == self.total or monotonic() - last >= self.interval:
                post(self.Batch(batch, done, self.total))
                batch, last = [], monotonic()
        if batch or not self.files:
            post(self.Batch(batch, done, self.total))

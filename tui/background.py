"""The explorer's side of loading a folder in the background.

``StoryLoader`` parses in a worker thread; this mixin of ``StoryExplorerApp``
starts that worker and takes in what it sends back: batches of stories (the
first one shown at once), the progress in the title bar, the files that
could not be opened, and a worker that failed. Kept apart so ``app.py`` is
about the explorer's state and actions. Textual finds these handlers by
their names (``on_story_loader_batch``, ``on_worker_state_changed``), which
works from a mixin; ``@on`` would not.
"""

from __future__ import annotations

import gc
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.worker import Worker, WorkerState, get_current_worker

from tui.loader import StoryLoader
from tui.widgets import Narration, TitleBar

if TYPE_CHECKING:
    from tui.app import StoryExplorerApp

#: Seconds between mounting and starting the load worker.
START_LOADING_AFTER = 0.1

#: How many unreadable files the story pane names when nothing could be opened.
_REASONS_SHOWN = 5


class BackgroundLoading:
    """Start the load worker and take in its stories, progress and failures."""

    def start_loading(self: StoryExplorerApp, loader: StoryLoader) -> None:
        """Parse ``loader``'s files once the first frames are out.

        The footer composes in the second frame, and the worker's thread
        would slow both, sharing the GIL.
        """
        self.set_timer(START_LOADING_AFTER, partial(self._load, loader))

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load(self: StoryExplorerApp, loader: StoryLoader) -> None:
        worker = get_current_worker()
        loader.run(self.post_message, lambda: worker.is_cancelled)

    async def on_story_loader_batch(self: StoryExplorerApp, event: StoryLoader.Batch) -> None:
        """Add the batch to the corpus; the first story to arrive is shown at once."""
        before = len(self.corpus)
        for loaded in event.loaded:
            self.corpus.add(loaded.path, loaded.story, loaded.error, loaded.key)
        self.loaded = len(self.corpus.entries)
        if before < 2:
            self.refresh_bindings()  # the story keys and [ / ] come alive
        self.query_one(TitleBar).show_progress(event.done, event.total)
        if self.corpus and not before:
            await self._show_story()
        elif self.corpus:
            self._show_title()
        if event.finished:
            self._loading_finished()

    def _loading_finished(self: StoryExplorerApp) -> None:
        """Tell the reader what failed; move what stays in memory out of the collector's sight.

        The corpus keeps tens of thousands of small objects for thousands of
        stories (entries, speakers, where each one speaks) for as long as the
        app runs: ``gc.freeze`` spares every later full collection the walk
        through them, a pause at a random keystroke.
        """
        gc.freeze()
        failed = len(self.corpus.failures)
        if not self.corpus:
            # Say why right here, one line per file (the list has them all).
            shown = [entry.error or entry.path for entry in self.corpus.failures[:_REASONS_SHOWN]]
            message = Text("\n".join(shown))
            message.append("\n\nNothing could be opened: press s for the list of files.")
            self.call_next(self.query_one(Narration).show_message, message)
        if failed:
            noun = "file" if failed == 1 else "files"
            self.notify(
                f"{failed:,} {noun} could not be opened: press s to see why",
                severity="warning",
                markup=False,
            )

    def on_worker_state_changed(self: StoryExplorerApp, event: Worker.StateChanged) -> None:
        """The one place a worker's failure is reported (loading, native clipboard)."""
        if event.state != WorkerState.ERROR:
            return
        what = "Loading" if event.worker.group == "load" else event.worker.group.capitalize()
        if event.worker.group == "load":
            self.query_one(TitleBar).show_progress(0, 0)
        self.notify(f"{what} stopped: {event.worker.error}", severity="error", markup=False)

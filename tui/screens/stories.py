"""The story list (``s``): every opened file, filtered as you type, enter to read one.

Each row shows the title and how many quotes and speakers the story has; a
file that could not be opened is listed with its error instead. The list
grows while a folder is still being parsed: the screen watches the app's
``loaded`` count and filters again when it changes.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from tui.corpus import Corpus
from tui.render import LABEL
from tui.widgets.rows import RowList

ERROR = Style(color="red")
CURRENT = Style(bold=True)


class StoryRows(RowList):
    """One row per file: marker, title, then quote and speaker counts on the right."""

    def __init__(self, corpus: Corpus, current: int | None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.current = current

    def render_row(self, key: Hashable, width: int) -> Text:
        assert isinstance(key, int)
        entry = self.corpus.entries[key]
        if entry.story is None:
            text = Text("  ⚠ ", style=ERROR)
            text.append(entry.error or entry.path, style=ERROR)
            return text
        counts = Text(f"{entry.quotes:>5} quotes {entry.speakers:>4} speakers", style=LABEL)
        room = max(1, width - 2 - counts.cell_len - 2)
        current = entry.story == self.current
        text = Text("▸ " if current else "  ", style=CURRENT)
        title = Text(entry.title or "(untitled story)", style=CURRENT if current else "")
        title.truncate(room, overflow="ellipsis", pad=True)
        text.append_text(title)
        text.append("  ")
        text.append_text(counts)
        return text


class StoryPicker(Screen[int | None]):
    """Pick a story: dismisses with its index among the corpus's stories, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Back"),
        Binding("enter", "choose", "Read"),
        Binding("down", "rows('cursor_down')", "Down", show=False),
        Binding("up", "rows('cursor_up')", "Up", show=False),
        Binding("pagedown", "rows('page_down')", "Page down", show=False),
        Binding("pageup", "rows('page_up')", "Page up", show=False),
    ]

    def __init__(self, corpus: Corpus, current: int | None) -> None:
        super().__init__()
        self.corpus = corpus
        self.current = current

    def compose(self) -> ComposeResult:
        yield Static(id="picker-heading")
        yield Input(placeholder="type to filter by title or file name", id="story-filter")
        yield StoryRows(self.corpus, self.current, id="story-rows")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        keep = next(
            (i for i, entry in enumerate(self.corpus.entries) if entry.story == self.current),
            None,
        )
        self._refilter(keep)
        self.query_one(Input).focus()
        self.watch(self.app, "loaded", self._more_loaded, init=False)

    @property
    def rows(self) -> StoryRows:
        return self.query_one(StoryRows)

    def _more_loaded(self) -> None:
        self._refilter(self.rows.highlighted)

    def _refilter(self, keep: Hashable | None = None) -> None:
        shown = self.corpus.filter(self.query_one(Input).value)
        self.rows.set_rows(shown, keep=keep)
        stories, files = len(self.corpus), len(self.corpus.entries)
        heading = Text("Stories", style=Style(bold=True))
        heading.append(f"  {len(shown):,} shown of {files:,} files", style=LABEL)
        if failed := files - stories:
            heading.append(f", {failed:,} could not be opened", style=ERROR)
        self.query_one("#picker-heading", Static).update(heading)

    @on(Input.Changed, "#story-filter")
    def _typed(self) -> None:
        self._refilter(self.rows.highlighted)

    @on(Input.Submitted, "#story-filter")
    def _submitted(self, event: Input.Submitted) -> None:
        """Enter in the filter reads the highlighted story (in turn with the keys before it)."""
        event.stop()
        self.action_choose()

    def action_rows(self, action: str) -> None:
        getattr(self.rows, f"action_{action}")()

    def action_choose(self) -> None:
        if (key := self.rows.highlighted) is not None:
            self._choose(key)

    @on(RowList.Selected, "#story-rows")
    def _clicked(self, event: RowList.Selected) -> None:
        event.stop()
        self._choose(event.key)

    def _choose(self, key: Hashable) -> None:
        assert isinstance(key, int)
        entry = self.corpus.entries[key]
        if entry.story is None:
            self.notify(entry.error or entry.path, severity="error", markup=False)
        else:
            self.dismiss(entry.story)

"""The bar above the panes: the story's title, and parsing progress while a folder loads."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import ProgressBar, Static


class TitleBar(Horizontal):
    """The title (``Text`` from ``render``) and, while loading, a count and a bar.

    ``loading`` is how many files there are to parse (0: none), so the first
    frame already has the progress in place rather than laid out again.
    """

    def __init__(self, loading: int = 0, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._loading = loading

    def compose(self) -> ComposeResult:
        label = Static(self._label(0, self._loading), id="loading-label")
        bar = ProgressBar(total=max(self._loading, 1), id="loading", show_eta=False)
        label.display = bar.display = self._loading > 0
        yield Static(id="title")
        yield label
        yield bar

    @staticmethod
    def _label(done: int, total: int) -> Text:
        return Text(f"parsing {done:,}/{total:,} ", style="dim")

    def show_title(self, title: Text) -> None:
        self.query_one("#title", Static).update(title)

    def show_progress(self, done: int, total: int) -> None:
        """``done`` of ``total`` files parsed; the progress hides once they all are."""
        loading = done < total
        label = self.query_one("#loading-label", Static)
        bar = self.query_one("#loading", ProgressBar)
        label.display = bar.display = loading
        if loading:
            label.update(self._label(done, total))
            bar.update(total=total, progress=done)

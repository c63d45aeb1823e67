"""The quote detail pane: one quote in full, and why the parser credits its speaker."""

from __future__ import annotations

from typing import ClassVar

from rich.color import Color
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.model import Quote, Story
from tui.render import quote_detail


class QuoteDetail(VerticalScroll):
    """Speaker, kind, cue, evidence, paragraph, confidence and rule of the selected quote."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False),
        Binding("k", "scroll_up", "Scroll up", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="detail-body")

    def show_quote(self, story: Story, quote: Quote | None, colours: dict[str, Color]) -> None:
        self.query_one("#detail-body", Static).update(quote_detail(story, quote, colours))
        self.scroll_home(animate=False)

"""The narration pane: the story's paragraphs with every quote in its speaker's colour."""

from __future__ import annotations

from typing import ClassVar

from rich.color import Color
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.widgets import Static

from tui.model import Story
from tui.render import QUOTE_META, Span, has_headline, paragraph_spans, paragraph_text


class Narration(VerticalScroll):
    """One ``Static`` per paragraph, each holding ``Text`` built by ``render``.

    Paragraphs are separate widgets so a selection change re-renders only the
    one or two paragraphs it touches, and so scrolling can aim at a paragraph.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False),
        Binding("k", "scroll_up", "Scroll up", show=False),
    ]

    class QuoteClicked(Message):
        """The reader clicked a quote in the narration."""

        def __init__(self, quote_id: str) -> None:
            self.quote_id = quote_id
            super().__init__()

    def __init__(self, note: Text | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._note = note
        self._story: Story | None = None
        self._colours: dict[str, Color] = {}
        self._spans: list[list[Span]] = []
        self._selected: str | None = None
        self._headline = False
        self._paragraphs: list[Static] = []

    def compose(self) -> ComposeResult:
        """The note to show until the first story (while it is being parsed), if any."""
        if self._note is not None:
            yield Static(self._note, classes="paragraph")

    async def show_story(self, story: Story, colours: dict[str, Color]) -> None:
        """Replace the paragraphs with this story's; nothing is selected yet.

        The paragraph widgets of the previous story are reused (updated in
        place), and only the difference in number is mounted or removed:
        mounting is most of the cost of switching stories.
        """
        self._story, self._colours, self._selected = story, colours, None
        self._spans = paragraph_spans(story)
        self._headline = has_headline(story)
        count = len(story.paragraphs)
        kept = [child for child in self.children if child in self._paragraphs][:count]
        extra = [child for child in self.children if child not in kept]
        for index, widget in enumerate(kept):
            widget.update(self._render_paragraph(index))
            widget.set_class(self._headline and index == 0, "headline")
        added = [
            Static(
                self._render_paragraph(index),
                classes="paragraph headline" if self._headline and index == 0 else "paragraph",
            )
            for index in range(len(kept), count)
        ]
        self._paragraphs = kept + added
        if extra:
            await self.remove_children(extra)
        if added:
            await self.mount_all(added)
        self.scroll_home(animate=False)

    async def show_message(self, message: Text) -> None:
        """Show a note instead of a story (while the first one is being parsed)."""
        self._story, self._spans, self._selected, self._paragraphs = None, [], None, []
        await self.remove_children()
        await self.mount(Static(message, classes="paragraph"))

    def show_selection(self, selected: str | None) -> None:
        """Emphasise ``selected`` instead of the previous quote and bring it into view."""
        touched = self._paragraphs_of(self._selected) | self._paragraphs_of(selected)
        self._selected = selected
        for index in touched:
            self._paragraphs[index].update(self._render_paragraph(index))
        self.call_after_refresh(self._scroll_to_selected)

    def _render_paragraph(self, index: int) -> Text:
        assert self._story is not None
        return paragraph_text(
            self._story.paragraphs[index],
            self._spans[index],
            self._colours,
            selected=self._selected,
            headline=self._headline and index == 0,
        )

    def _paragraphs_of(self, quote_id: str | None) -> set[int]:
        if quote_id is None:
            return set()
        return {
            i for i, spans in enumerate(self._spans) if any(s.quote.id == quote_id for s in spans)
        }

    def _scroll_to_selected(self) -> None:
        """Centre the selected quote itself, not just its paragraph.

        A long paragraph can be taller than the pane, so the wrapped lines the
        quote starts and ends on are worked out and that region is scrolled
        to (its top kept visible when the quote is taller than the pane).
        """
        if self._story is None or self._selected is None:
            return
        found = next(
            (
                (index, span)
                for index, spans in enumerate(self._spans)
                for span in spans
                if span.quote.id == self._selected
            ),
            None,
        )
        if found is None:
            return
        index, span = found
        widget = self._paragraphs[index]
        width = widget.content_region.width
        if width <= 0:
            return
        text = self._story.paragraphs[index]
        first = len(Content(text[: span.start]).wrap(width)) - 1 if span.start else 0
        last = len(Content(text[: span.end]).wrap(width))
        region = widget.virtual_region
        target = Region(region.x, region.y + widget.gutter.top + first, region.width, last - first)
        self.scroll_to_region(target, center=True, animate=False)

    def on_resize(self) -> None:
        """Rewrapping moves every line, so find the selected quote again."""
        self.call_after_refresh(self._scroll_to_selected)

    def on_click(self, event: events.Click) -> None:
        quote_id = event.style.meta.get(QUOTE_META)
        if quote_id is not None:
            self.post_message(self.QuoteClicked(quote_id))

"""A list of one-line rows that draws only what is on screen.

``OptionList`` measures every option whenever the options change, which
costs about a tenth of a second for two thousand stories: too slow to
re-filter on each keystroke. Here every row is one line, so the list's height
is its length, and a row is turned into ``Text`` (by the subclass's
``render_row``) only when it is drawn. Rows can be headings the cursor skips.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip


class RowList(ScrollView, can_focus=True):
    """Rows identified by keys; subclasses say how a key looks and which are headings."""

    DEFAULT_CSS = """
    RowList {
        overflow-x: hidden;
        overflow-y: auto;
        background: $surface;
        & > .row-list--cursor {
            color: $block-cursor-blurred-foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .row-list--cursor {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"row-list--cursor"}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select", "Select", show=False),
    ]

    cursor: reactive[int | None] = reactive(None, init=False, always_update=True)

    class _RowMessage(Message):
        """A message about the row ``key`` of ``row_list``, which handlers match on."""

        def __init__(self, row_list: RowList, key: Hashable | None) -> None:
            self.row_list = row_list
            self.key = key
            super().__init__()

        @property
        def control(self) -> RowList:
            return self.row_list

    class Highlighted(_RowMessage):
        """The cursor moved to the row ``key`` (None: the list is empty)."""

    class Selected(_RowMessage):
        """The reader chose the row ``key`` (enter or a click)."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._keys: Sequence[Hashable] = ()

    # -- what subclasses provide ---------------------------------------------

    def render_row(self, key: Hashable, width: int) -> Text:
        """The row for ``key``, at most ``width`` cells wide."""
        return Text(str(key))

    def is_heading(self, key: Hashable) -> bool:
        """Headings are shown but the cursor passes over them."""
        return False

    # -- rows and the cursor ---------------------------------------------------

    @property
    def keys(self) -> Sequence[Hashable]:
        return self._keys

    @property
    def highlighted(self) -> Hashable | None:
        """The key under the cursor, or None."""
        return None if self.cursor is None else self._keys[self.cursor]

    def set_rows(self, keys: Sequence[Hashable], keep: Hashable | None = None) -> None:
        """Show these rows; the cursor goes to ``keep`` if listed, else to the first row."""
        self._keys = keys
        self.virtual_size = Size(self.scrollable_content_region.width, len(keys))
        target = None
        if keep is not None:
            target = next((i for i, key in enumerate(keys) if key == keep), None)
        self.cursor = self._selectable(0 if target is None else target, 1)
        if self.cursor is None or target is None:
            self.scroll_home(animate=False, immediate=True)
        self.refresh()

    def _selectable(self, start: int, step: int) -> int | None:
        """The first row from ``start`` in direction ``step`` that is not a heading."""
        index = start
        while 0 <= index < len(self._keys):
            if not self.is_heading(self._keys[index]):
                return index
            index += step
        if step > 0 and start > 0:  # nothing below: the nearest one above
            return self._selectable(min(start, len(self._keys)) - 1, -1)
        return None

    def validate_cursor(self, cursor: int | None) -> int | None:
        if cursor is None or not self._keys:
            return None
        return max(0, min(cursor, len(self._keys) - 1))

    def watch_cursor(self, cursor: int | None) -> None:
        if cursor is not None and self.is_mounted:
            width = self.scrollable_content_region.width
            self.scroll_to_region(
                Region(0, cursor, width, 1), animate=False, force=True, immediate=True
            )
        self.refresh()
        self.post_message(self.Highlighted(self, self.highlighted))

    def _step(self, rows: int) -> None:
        if self.cursor is None:
            return
        step = 1 if rows > 0 else -1
        target = self._selectable(max(0, min(self.cursor + rows, len(self._keys) - 1)), step)
        if target is None:
            target = self._selectable(self.cursor, -step)
        if target is not None and target != self.cursor:
            self.cursor = target

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_page_down(self) -> None:
        self._step(max(1, self.scrollable_content_region.height - 1))

    def action_page_up(self) -> None:
        self._step(-max(1, self.scrollable_content_region.height - 1))

    def action_first(self) -> None:
        if self._keys:
            self.cursor = self._selectable(0, 1)

    def action_last(self) -> None:
        if self._keys:
            self.cursor = self._selectable(len(self._keys) - 1, -1)

    def action_select(self) -> None:
        key = self.highlighted
        if key is not None:
            self.post_message(self.Selected(self, key))

    def on_click(self, event: events.Click) -> None:
        row = event.y + self.scroll_offset.y
        if 0 <= row < len(self._keys) and not self.is_heading(self._keys[row]):
            self.cursor = row
            self.action_select()

    # -- drawing ---------------------------------------------------------------

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._keys))

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        row = self.scroll_offset.y + y
        if row >= len(self._keys) or width <= 0:
            return Strip.blank(width, base)
        text = self.render_row(self._keys[row], width)
        text.no_wrap = True
        text.truncate(width, overflow="ellipsis", pad=True)
        if row == self.cursor:
            text.stylize(self.get_component_rich_style("row-list--cursor"))
        segments = list(text.render(self.app.console))
        return Strip(segments, width).apply_style(base)

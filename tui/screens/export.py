"""The ``e`` dialog: write the quotes in view to a Markdown or JSON file.

It names the file it wrote in a toast (``markup=False``: the folder and the
story titles are not markup) and dismisses with its path, or with None when
cancelled or the file could not be written. The quotes are gathered only
once a format is chosen: a speaker's quotes in hundreds of stories mean
reading those stories back, which opening the dialog should not wait for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.clippings import Clipping, write
from tui.decode import display_path
from tui.render import LABEL


class ExportScreen(ModalScreen[Path | None]):
    """Choose a format (``m``, ``j`` or enter on one); escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel"),
        Binding("m", "export('markdown')", "Markdown"),
        Binding("j", "export('json')", "JSON"),
    ]

    def __init__(
        self, title: str, count: int, clippings: Callable[[], Sequence[Clipping]], folder: Path
    ) -> None:
        """``count`` quotes, which ``clippings()`` gathers when a format is chosen."""
        super().__init__()
        self.export_title = title
        self.count = count
        self.clippings = clippings
        self.folder = folder

    def compose(self) -> ComposeResult:
        with Vertical(id="export"):
            yield Static(Text(self.export_title), id="export-title")
            yield OptionList(
                Option(Text("m  Markdown (.md)"), id="markdown"),
                Option(Text("j  JSON (.json)"), id="json"),
                id="export-formats",
            )
            yield Static(Text(f"into {display_path(self.folder)}", style=LABEL))

    def on_mount(self) -> None:
        box = self.query_one("#export")
        count = self.count
        box.border_title = f"Export {count:,} quote{'s' if count != 1 else ''}"
        box.border_subtitle = "escape cancels"
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected, "#export-formats")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.action_export(event.option.id)

    def action_export(self, fmt: str) -> None:
        clippings = self.clippings()
        try:
            path = write(self.folder, self.export_title, clippings, fmt)
        except OSError as exc:
            self.notify(
                f"Could not export to {display_path(self.folder)}: {exc.strerror or exc}",
                severity="error",
                markup=False,
            )
            self.dismiss(None)
            return
        count = len(clippings)
        self.notify(
            f"Exported {count:,} quote{'s' if count != 1 else ''} to {display_path(path)}",
            markup=False,
        )
        self.dismiss(path)

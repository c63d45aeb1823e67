"""The ``?`` screen: every key the explorer answers to, in one place."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

#: The keymap as the reader sees it, grouped; a test checks it against the bindings.
KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Quotes",
        (
            ("n / p", "next / previous quote"),
            ("i", "indirect quotes as stops on / off"),
            ("c", "copy the quote's words"),
            ("C", "copy with attribution: “text” — Speaker, Title"),
            ("click", "select a quote in the narration"),
        ),
    ),
    (
        "Speakers",
        (
            ("/", "filter speakers by name or alias"),
            ("enter", "apply the filter (in the input or on a speaker)"),
            ("escape", "clear the filter"),
        ),
    ),
    (
        "Moving around",
        (
            ("tab / shift+tab", "next / previous pane"),
            ("j / k, ↓ / ↑", "scroll the narration, move in the speaker list"),
            ("[ / ]", "previous / next story (when there are several)"),
            ("s", "story list: type to filter, enter to read"),
        ),
    ),
    (
        "All stories",
        (
            ("a", "speakers across all stories, merged by name"),
            ("enter", "speaker: list their quotes; quote: jump to it"),
            ("e", "export the quotes in view (Markdown or JSON)"),
        ),
    ),
    (
        "App",
        (
            ("ctrl+p", "command palette"),
            ("ctrl+c", "copy text selected with the mouse"),
            ("?", "this help"),
            ("q / ctrl+q", "quit"),
        ),
    ),
)


def keys_text() -> Text:
    """The keymap as two aligned columns under section headings."""
    width = max(len(key) for _, rows in KEYS for key, _ in rows) + 2
    text = Text()
    for number, (section, rows) in enumerate(KEYS):
        if number:
            text.append("\n\n")
        text.append(section, style=Style(bold=True, underline=True))
        for key, description in rows:
            text.append("\n")
            text.append(key.ljust(width), style=Style(bold=True))
            text.append(description)
    return text


class HelpScreen(ModalScreen[None]):
    """A modal list of keys; escape or ``?`` closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark", "dismiss", "Close help"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(keys_text())

    def on_mount(self) -> None:
        help_pane = self.query_one("#help")
        help_pane.border_title = "Keys"
        help_pane.border_subtitle = "escape or ? closes"

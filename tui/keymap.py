"""The explorer's keys as data: its bindings, and which actions need what.

The help screen (``screens/help.py``) lists the same keys for the reader; a
test checks that every binding here appears there.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

#: In footer order: what matters most first, since a narrow footer is cut at the right.
BINDINGS: list[BindingType] = [
    Binding("n", "next_quote", "Quote", key_display="n/p"),
    Binding("p", "previous_quote", "Previous quote", show=False),
    Binding("slash", "open_filter", "Filter"),
    Binding("escape", "clear_filter", "Clear filter", show=False),
    Binding("c", "copy_quote", "Copy", key_display="c/C"),
    Binding("C", "copy_attributed", "Copy with attribution", show=False),
    Binding("s", "stories", "Stories"),
    Binding("a", "all_speakers", "Speakers"),
    Binding("e", "export", "Export"),
    Binding("question_mark", "help", "Help"),
    Binding("left_square_bracket", "previous_story", "Previous story", show=False),
    Binding("right_square_bracket", "next_story", "Story", key_display="[/]"),
    Binding("i", "toggle_indirect", "Indirect", show=False),
    Binding("q", "quit", "Quit", show=False),
]

#: Actions that need a story on screen: shown but disabled until one is parsed.
STORY_ACTIONS = frozenset(
    {"next_quote", "previous_quote", "open_filter", "copy_quote", "copy_attributed", "export"}
)

#: Actions that switch between stories: only when there are several.
SWITCH_ACTIONS = frozenset({"previous_story", "next_story"})

#: The explorer's own actions: bound on its main screen only, not over the story
#: list, the speakers across stories or help.
EXPLORER_ACTIONS = (
    STORY_ACTIONS
    | SWITCH_ACTIONS
    | {
        "clear_filter",
        "toggle_indirect",
        "stories",
        "all_speakers",
    }
)

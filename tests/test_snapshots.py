"""Snapshots of the layout at 80x24 and 140x45: start, filtered and help.

The app is built from the hand-made bridge story, so parser changes never
churn these pictures; Textual is pinned exactly so its rendering does not
either. Regenerate with ``pytest tests/test_snapshots.py --snapshot-update``
and look at the report before accepting.
"""

from __future__ import annotations

import pytest
from conftest import bridge_story

from tui.app import StoryExplorerApp

SIZES = [(80, 24), (140, 45)]
STATES = {
    "start": (),
    "filtered": ("slash", "b", "e", "r", "g", "enter", "n"),
    "help": ("question_mark",),
}


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("state", list(STATES))
def test_layout(snap_compare, state: str, size: tuple[int, int]) -> None:
    app = StoryExplorerApp([bridge_story()])
    assert snap_compare(app, press=STATES[state], terminal_size=size)

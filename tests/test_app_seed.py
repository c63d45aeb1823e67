"""End to end on the bundled seed story: parser output through the app to the clipboard.

These depend on the parser's answers for the seed, unlike the other app
tests, which use hand-made stories.
"""

from __future__ import annotations

import pytest

from tui.app import StoryExplorerApp
from tui.sources import load_story, seed_paths
from tui.widgets import Narration

SIZE = (100, 30)

MAGA = (
    "We're not fighting just for the sake of fighting. "
    "We want to achieve freedom and independence for our nations."
)
ZELENSKIY = "Defend your freedom now in the streets and squares,"


@pytest.fixture
def seed_app() -> StoryExplorerApp:
    return StoryExplorerApp([load_story(path) for path in seed_paths()])


async def test_c_copies_the_maga_quote(seed_app) -> None:
    async with seed_app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        assert seed_app.clipboard == MAGA


async def test_n_then_c_copies_foot_soldier(seed_app) -> None:
    async with seed_app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "c")
        assert seed_app.clipboard == "foot soldier"


async def test_filter_zel_copies_zelenskiy_and_n_stays_on_him(seed_app) -> None:
    async with seed_app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "z", "e", "l", "enter", "c")
        assert seed_app.clipboard == ZELENSKIY
        assert isinstance(seed_app.focused, Narration)
        zelenskiy = seed_app.speaker_filter
        assert zelenskiy is not None and len(zelenskiy) == 1
        for _ in range(3):
            await pilot.press("n")
            assert seed_app.selected is not None
            assert seed_app.selected.speaker in zelenskiy


async def test_shift_c_credits_the_seed_story(seed_app) -> None:
    async with seed_app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "z", "e", "l", "enter", "C")
        assert seed_app.clipboard == (
            f"“{ZELENSKIY}” — Volodymyr Zelenskiy, Chechens fighting with Kyiv seek 'free' homeland"
        )

"""Help, quitting, the command palette and small terminals."""

from __future__ import annotations

import pytest
from conftest import hostile_story
from textual.command import CommandPalette

from tui.app import StoryExplorerApp
from tui.commands import StoryCommands
from tui.model import Story
from tui.screens.help import KEYS, HelpScreen, keys_text
from tui.widgets import Narration

SIZE = (100, 30)

#: How the help screen writes the keys Textual names in words.
KEY_DISPLAY = {
    "slash": "/",
    "question_mark": "?",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
}


def test_help_lists_every_app_binding() -> None:
    shown = {
        token for _, rows in KEYS for keys, _ in rows for token in keys.replace(",", " ").split()
    }
    for binding in StoryExplorerApp.BINDINGS:
        assert KEY_DISPLAY.get(binding.key, binding.key) in shown, binding.key
    assert "ctrl+p" in shown and "ctrl+c" in shown and "ctrl+q" in shown


def test_help_text_is_aligned_columns() -> None:
    lines = keys_text().plain.splitlines()
    assert "n / p" in lines[1] and "next / previous quote" in lines[1]


async def test_question_mark_opens_help_and_escape_closes_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        assert app.speaker_filter is None
        await pilot.press("question_mark")
        await pilot.press("question_mark")
        assert not isinstance(app.screen, HelpScreen)
        assert isinstance(app.focused, Narration)


@pytest.mark.parametrize("key", ["q", "ctrl+q"])
async def test_quit_keys_exit_with_status_zero(make_app, key: str) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(key)
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_ctrl_p_opens_the_command_palette(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert CommandPalette.is_open(app)
        await pilot.press("escape")
        await pilot.pause()
        assert not CommandPalette.is_open(app)


async def _hits(app, query: str) -> dict[str, object]:
    provider = StoryCommands(app.screen)
    hits = provider.search(query) if query else provider.discover()
    return {hit.text: hit async for hit in hits}


async def test_palette_offers_speakers_and_what_applies_now(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        names = await _hits(app, "")
        assert "Quotes by Tom Berg" in names
        assert "Copy quote" in names and "Include indirect quotes" in names
        assert "Show all speakers" not in names  # no filter yet
        assert "Next story" not in names  # only one story
        names["Quotes by Tom Berg"].command()
        await pilot.pause()
        assert app.speaker_filter == frozenset({"tom-berg"})
        assert "Show all speakers" in await _hits(app, "")


async def test_palette_search_highlights_without_reading_markup(make_app) -> None:
    app = make_app(hostile_story())
    async with app.run_test(size=SIZE):
        hits = await _hits(app, "eve")
        prompt = hits["Quotes by [b]Eve[/b]"].prompt
        assert prompt.plain == "Quotes by [b]Eve[/b]"


async def test_palette_toggles_indirect(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        hits = await _hits(app, "indirect")
        hits["Include indirect quotes"].command()
        await pilot.pause()
        assert app.include_indirect
        assert "Skip indirect quotes" in await _hits(app, "indirect")


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (40, 12), (20, 6)])
async def test_small_terminals_do_not_crash(make_app, size) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("n", "p", "tab", "j", "slash", "b", "enter", "question_mark")
        await pilot.press("escape", "escape", "c")
        assert app.clipboard
        assert app.is_running


async def test_narrow_terminal_stacks_the_panes(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(60, 30)):
        narration = app.query_one(Narration)
        side = app.query_one("#side")
        assert app.screen.has_class("-narrow")
        assert side.region.y >= narration.region.bottom
    wide = make_app()
    async with wide.run_test(size=(120, 30)):
        narration = wide.query_one(Narration)
        assert wide.query_one("#side").region.x >= narration.region.right


async def test_an_empty_story_opens_and_says_there_is_nothing(make_app) -> None:
    app = make_app(Story("", "", [], []))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "c", "slash", "enter", "escape", "tab")
        assert app.selected_quote is None
        assert "untitled" in str(app.query_one("#title").render())

"""Speakers across stories (a): merged list, their quotes, enter jumps, c / C copy, e exports."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import bridge_story, ferry_story, hostile_story
from textual.widgets import Input

from tui.app import StoryExplorerApp
from tui.model import Speaker
from tui.screens.export import ExportScreen
from tui.screens.speakers_corpus import (
    CorpusQuoteRows,
    CorpusSpeakerRows,
    CorpusSpeakersScreen,
)
from tui.widgets import Narration

SIZE = (120, 36)


def _ferry_with_berg():
    """The ferry story, with its quote credited to Tom Berg (spelled differently)."""
    story = ferry_story()
    story.speakers = [Speaker("berg", "tom  BERG", [], "mayor")]
    story.quotes[0].speaker = "berg"
    return story


def _app(tmp_path: Path | None = None) -> StoryExplorerApp:
    return StoryExplorerApp([bridge_story(), _ferry_with_berg()], export_dir=tmp_path)


async def test_a_lists_speakers_merged_across_stories(tmp_path) -> None:
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        screen = app.screen
        assert isinstance(screen, CorpusSpeakersScreen)
        speakers = screen.query_one(CorpusSpeakerRows)
        assert list(speakers.keys)[:2] == ["tom berg", "ana diaz"]
        assert "4 in 2 stories" in speakers.render_row("tom berg", 80).plain
        assert app.focused is speakers


async def test_highlighted_speaker_shows_quotes_under_each_story_with_counts() -> None:
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        quotes = app.screen.query_one(CorpusQuoteRows)
        assert list(quotes.keys) == [
            ("story", 0),
            ("quote", 0, "q3"),
            ("quote", 0, "q4"),
            ("quote", 0, "q9"),
            ("story", 1),
            ("quote", 1, "q1"),
        ]
        heading = quotes.render_row(("story", 1), 80).plain
        assert heading == "Ferry service resumes  1"
        assert quotes.highlighted == ("quote", 0, "q3")  # headings are skipped


async def test_enter_on_a_quote_jumps_to_it_in_its_story() -> None:
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "enter")  # enter on the speaker: into their quotes
        quotes = app.screen.query_one(CorpusQuoteRows)
        assert app.focused is quotes
        await pilot.press("down", "down", "down")  # over the second story's heading
        assert quotes.highlighted == ("quote", 1, "q1")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, CorpusSpeakersScreen)
        assert app.story_index == 1 and app.selected_quote == "q1"
        assert isinstance(app.focused, Narration)


async def test_jump_within_the_story_on_screen_selects_an_indirect_quote() -> None:
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "enter", "enter")  # Berg's first: q3, indirect
        await pilot.pause()
        assert app.story_index == 0 and app.selected_quote == "q3"


async def test_c_and_shift_c_copy_the_highlighted_quote() -> None:
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "down")  # Ana Diaz
        await pilot.press("c")
        assert app.clipboard == (
            "This bridge carried my grandfather to work. It will carry my grandchildren,"
        )
        await pilot.press("up", "enter", "end", "C")  # Berg's last quote, in the ferry story
        assert app.clipboard == "“The boats are back,” — tom  BERG, Ferry service resumes"


async def test_slash_filters_speakers_and_escape_clears_then_leaves() -> None:
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "slash", *"heritage")
        speakers = app.screen.query_one(CorpusSpeakerRows)
        assert list(speakers.keys) == ["ana diaz"]  # by role
        await pilot.press("escape")
        assert len(speakers.keys) == 3 and not app.screen.query_one(Input).display
        await pilot.press("escape")
        assert not isinstance(app.screen, CorpusSpeakersScreen)


async def test_markup_in_names_is_shown_as_text() -> None:
    app = StoryExplorerApp([hostile_story()])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        speakers = app.screen.query_one(CorpusSpeakerRows)
        assert speakers.render_row(speakers.keys[0], 80).plain.startswith("[b]Eve[/b]")
        title = app.screen.query_one(CorpusQuoteRows).border_title  # as markup: escaped
        assert title is not None and title.startswith("Quotes by \\[b]Eve\\[/b]:")
        await pilot.press("c")
        assert app.clipboard == "Go to [link=file:///etc/passwd]x[/link] now [/],"
        assert app.is_running


async def test_e_exports_the_filtered_view_as_markdown(tmp_path: Path) -> None:
    app = _app(tmp_path)
    toasts: list[tuple[str, dict]] = []
    app.notify = lambda message, **kw: toasts.append((message, kw))  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"berg", "enter", "e")
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("m")
        assert not isinstance(app.screen, ExportScreen)
    (written,) = tmp_path.iterdir()
    assert written.suffix == ".md" and written.name.startswith("quotes-by-tom-berg-")
    text = written.read_text()
    assert text.startswith("# Quotes by Tom Berg in Town votes to 'save' the old bridge")
    assert "> We did the sums twice," in text
    assert "> The bridge opens in May. Traffic will be back to normal by June," in text
    assert "This bridge carried" not in text  # only Berg's quotes
    assert "the repairs would cost" not in text  # indirect is not a stop unless i is on
    message, options = toasts[-1]
    assert message == f"Exported 2 quotes to {written}" and options["markup"] is False


async def test_e_in_the_speaker_view_exports_their_quotes_as_json(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "e")
        await pilot.press("down", "enter")  # JSON, chosen from the list
        await pilot.pause()
        assert isinstance(app.screen, CorpusSpeakersScreen)
    (written,) = tmp_path.iterdir()
    data = json.loads(written.read_text())
    assert data["title"] == "Quotes by Tom Berg in 2 of 2 stories"
    assert [(q["story"], q["id"], q["speaker_name"]) for q in data["quotes"]] == [
        ("Town votes to 'save' the old bridge", "q3", "Tom Berg"),
        ("Town votes to 'save' the old bridge", "q4", "Tom Berg"),
        ("Town votes to 'save' the old bridge", "q9", "Tom Berg"),
        ("Ferry service resumes", "q1", "tom  BERG"),
    ]


async def test_export_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    app = _app(tmp_path / "missing")
    toasts: list[tuple[str, dict]] = []
    app.notify = lambda message, **kw: toasts.append((message, kw))  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "j")
        assert app.is_running
    message, options = toasts[-1]
    assert message.startswith("Could not export") and options["severity"] == "error"


async def test_escape_cancels_the_export(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "escape")
        assert not isinstance(app.screen, ExportScreen)
    assert list(tmp_path.iterdir()) == []

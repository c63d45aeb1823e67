"""Stories packed away while off screen: shown, selected, copied and jumped to as before.

With more stories open than the shelf keeps whole (``shelf.RECENT``), the
first ones are read back when shown: from a packed copy, or from the parse
cache (and the file again when the cache entry is gone).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import BRIDGE_PARAGRAPHS, bridge_story

from tui.app import StoryExplorerApp
from tui.cache import ParseCache
from tui.loader import StoryLoader
from tui.screens.export import ExportScreen
from tui.screens.speakers_corpus import CorpusQuoteRows, CorpusSpeakersScreen
from tui.shelf import RECENT
from tui.widgets import Narration

SIZE = (120, 36)
COUNT = RECENT + 4


def _many():
    stories = [bridge_story() for _ in range(COUNT)]
    for number, story in enumerate(stories):
        story.title = f"Bridge vote {number}"
    return stories


def _shown(app: StoryExplorerApp) -> list[str]:
    return [str(p.render()) for p in app.query_one(Narration).query(".paragraph")]


async def test_a_story_read_back_shows_its_text_and_quotes_and_copies() -> None:
    stories = _many()
    app = StoryExplorerApp(stories)
    async with app.run_test(size=SIZE) as pilot:
        assert app.story is not stories[0]  # packed away while the others were added
        assert app.story.to_dict() == stories[0].to_dict()
        assert _shown(app) == BRIDGE_PARAGRAPHS
        assert app.selected_quote == "q2"
        await pilot.press("n", "c")
        assert app.clipboard == "We did the sums twice,"
        await pilot.press("C")
        assert app.clipboard == "“We did the sums twice,” — Tom Berg, Bridge vote 0"


async def test_switching_away_and_back_reads_the_story_again() -> None:
    app = StoryExplorerApp(_many())
    async with app.run_test(size=SIZE) as pilot:
        first = app.story
        for _ in range(RECENT):  # each story shown pushes an older one out
            await pilot.press("right_square_bracket")
        for _ in range(RECENT):
            await pilot.press("left_square_bracket")
        assert app.story_index == 0
        assert app.story is not first and app.story.to_dict() == first.to_dict()
        assert _shown(app) == BRIDGE_PARAGRAPHS
        assert app.selected_quote == "q2"


async def test_speakers_across_stories_read_quotes_back_and_jump_to_them() -> None:
    app = StoryExplorerApp(_many())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "enter")  # Tom Berg, the most quoted: into his quotes
        assert isinstance(app.screen, CorpusSpeakersScreen)
        quotes = app.screen.query_one(CorpusQuoteRows)
        assert quotes.render_row(("story", 1), 80).plain == "Bridge vote 1  3"
        assert quotes.render_row(("quote", 1, "q4"), 80).plain == "  “We did the sums twice,”"
        await pilot.press("down", "down", "down", "down")  # past story 1's heading to its q4
        await pilot.press("c")
        assert quotes.highlighted == ("quote", 1, "q4")
        assert app.clipboard == "We did the sums twice,"
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, CorpusSpeakersScreen)
        assert (app.story_index, app.selected_quote) == (1, "q4")
        assert app.story.title == "Bridge vote 1"


async def test_a_speakers_quotes_in_every_story_are_exported(tmp_path: Path) -> None:
    app = StoryExplorerApp(_many(), export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "e")
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.query_one("#export").border_title == f"Export {3 * COUNT} quotes"
        await pilot.press("j")
        await pilot.pause()
    (written,) = tmp_path.iterdir()
    quotes = json.loads(written.read_text())["quotes"]
    assert [q["story"] for q in quotes[::3]] == [f"Bridge vote {n}" for n in range(COUNT)]
    assert {q["text"] for q in quotes} == {
        "the repairs would cost less than a new crossing",
        "We did the sums twice,",
        "The bridge opens in May. Traffic will be back to normal by June,",
    }


def _write_stories(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for number in range(COUNT):
        path = folder / f"story-{number:02}.txt"
        path.write_text(
            f"Council votes on bridge {number}\n\n"
            "“We did the sums twice,” said Tom Berg, the mayor.\n\n"
            "“It will carry my grandchildren,” said Ana Diaz.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


async def _open_folder(pilot, app: StoryExplorerApp) -> None:
    for _ in range(300):
        if len(app.corpus.entries) == COUNT:
            return
        await pilot.pause(0.01)
    raise AssertionError("the folder never finished loading")


async def test_stories_in_the_cache_are_read_back_from_it_or_from_their_file(
    tmp_path: Path,
) -> None:
    cache = ParseCache(tmp_path / "cache")
    loader = StoryLoader(_write_stories(tmp_path / "stories"), cache=cache)
    app = StoryExplorerApp(loader=loader)
    async with app.run_test(size=SIZE) as pilot:
        await _open_folder(pilot, app)
        await pilot.press("right_square_bracket")  # story 1: read back from the cache
        assert app.story.title == "Council votes on bridge 1"
        assert _shown(app)[1] == "“We did the sums twice,” said Tom Berg, the mayor."
        assert cache.folder is not None
        shutil.rmtree(cache.folder)
        await pilot.press("right_square_bracket")  # story 2: from its file once more
        assert app.story.title == "Council votes on bridge 2"
        await pilot.press("c")
        assert app.clipboard == "We did the sums twice,"
        assert app.story.source is not None and app.story.source.endswith("story-02.txt")

"""Many stories open: loading in the background, the story list, [ and ]."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from conftest import bridge_story, ferry_story
from textual.widgets import Input, ProgressBar

import tui.loader
from tui.app import StoryExplorerApp
from tui.batch import Loaded
from tui.loader import StoryLoader
from tui.screens.stories import StoryPicker, StoryRows
from tui.widgets import Narration

SIZE = (100, 30)
BROKEN = "broken.txt: not a story (binary data)"


def _fake_files(count: int) -> list[Path]:
    return [Path(f"story-{number}.txt") for number in range(count)]


def _three() -> list[Loaded]:
    return [
        Loaded("bridge.txt", bridge_story()),
        Loaded("broken.txt", error=BROKEN),
        Loaded("ferry.txt", ferry_story()),
    ]


def _loading_app(monkeypatch, results: list[Loaded], gate: threading.Event | None = None):
    """An app whose loader yields ``results``, pausing after the first until ``gate`` is set."""

    def fake_load_many(files, *, cache=None, jobs=1) -> Iterator[Loaded]:
        for number, loaded in enumerate(results):
            if number == 1 and gate is not None:
                gate.wait(10)
            yield loaded

    monkeypatch.setattr(tui.loader, "load_many", fake_load_many)
    return StoryExplorerApp(loader=StoryLoader(_fake_files(len(results))))


async def _until(pilot, condition, tries: int = 200) -> None:
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("condition never became true")


async def test_first_screen_paints_before_parsing_and_shows_progress(monkeypatch) -> None:
    gate = threading.Event()
    app = _loading_app(monkeypatch, _three(), gate)
    async with app.run_test(size=SIZE) as pilot:
        bar = app.query_one("#loading", ProgressBar)
        await _until(pilot, lambda: app.selected_quote is not None)
        assert len(app.corpus) == 1
        assert bar.display and bar.total == 3 and bar.progress == 1
        assert "parsing 1/3" in str(app.query_one("#loading-label").render())
        assert app.story.title == bridge_story().title  # the first story shows at once
        assert app.selected_quote == "q2"
        gate.set()
        await _until(pilot, lambda: len(app.corpus.entries) == 3)
        await pilot.pause()
        assert not bar.display
        assert len(app.corpus) == 2


async def test_nothing_parsed_yet_leaves_story_keys_waiting(monkeypatch) -> None:
    gate = threading.Event()
    app = _loading_app(monkeypatch, [Loaded("broken.txt", error=BROKEN), *_three()], gate)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: len(app.corpus.entries) == 1)
        assert not app.corpus
        assert app.check_action("next_quote", ()) is None
        await pilot.press("n", "c", "e", "slash")  # nothing to act on yet: no crash
        assert "Opening 4 files" in str(app.query_one(Narration).query(".paragraph")[0].render())
        gate.set()
        await _until(pilot, lambda: len(app.corpus) == 2)
        assert app.check_action("next_quote", ()) is True


async def test_broken_file_is_listed_with_its_error(monkeypatch) -> None:
    app = _loading_app(monkeypatch, _three())
    toasts: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **kw: toasts.append(message))
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: len(app.corpus.entries) == 3)
        await pilot.pause()
        assert any("1 file could not be opened" in t for t in toasts)
        await pilot.press("s")
        assert isinstance(app.screen, StoryPicker)
        rows = app.screen.query_one(StoryRows)
        lines = [rows.render_row(key, 80).plain for key in rows.keys]
        assert BROKEN in lines[1]
        assert "Ferry service resumes" in lines[2] and "1 quotes" in lines[2]
        await pilot.press("down", "enter")  # the broken file: says why, stays in the list
        assert isinstance(app.screen, StoryPicker)
        assert toasts[-1] == BROKEN


async def test_all_files_broken_says_so(monkeypatch) -> None:
    app = _loading_app(monkeypatch, [Loaded("broken.txt", error=BROKEN)])
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: len(app.corpus.entries) == 1)
        await pilot.pause()
        await pilot.pause()
        text = str(app.query_one(Narration).query(".paragraph")[0].render())
        assert BROKEN in text  # the reason itself, in the story pane
        assert "Nothing could be opened" in text


async def test_a_loader_crash_is_reported_once_not_raised(monkeypatch) -> None:
    def crashing(files, *, cache=None, jobs=1):
        yield Loaded("bridge.txt", bridge_story())
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(tui.loader, "load_many", crashing)
    app = StoryExplorerApp(loader=StoryLoader(_fake_files(2)))
    toasts: list[tuple[str, dict]] = []
    monkeypatch.setattr(app, "notify", lambda message, **kw: toasts.append((message, kw)))
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: any("disk on fire" in m for m, _ in toasts))
        _, options = next(t for t in toasts if "disk on fire" in t[0])
        assert options["severity"] == "error" and options["markup"] is False
        assert not app.query_one("#loading", ProgressBar).display
        assert app.is_running and len(app.corpus) == 1


async def test_picker_filters_as_you_type_and_opens_the_story(make_app) -> None:
    app = make_app(bridge_story(), ferry_story())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        picker = app.screen
        assert isinstance(picker, StoryPicker)
        assert isinstance(app.focused, Input)
        rows = picker.query_one(StoryRows)
        assert list(rows.keys) == [0, 1]
        assert rows.highlighted == 0  # the story on screen
        await pilot.press(*"ferry")
        assert list(rows.keys) == [1]
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, StoryPicker)
        assert app.story_index == 1 and app.selected_quote == "q1"


async def test_picker_arrow_keys_and_escape(make_app) -> None:
    app = make_app(bridge_story(), ferry_story())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "down")
        rows = app.screen.query_one(StoryRows)
        assert rows.highlighted == 1
        await pilot.press("escape")
        assert not isinstance(app.screen, StoryPicker)
        assert app.story_index == 0


async def test_picker_grows_while_stories_arrive(monkeypatch) -> None:
    gate = threading.Event()
    app = _loading_app(monkeypatch, _three(), gate)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: len(app.corpus) == 1)
        await pilot.press("s")
        rows = app.screen.query_one(StoryRows)
        assert list(rows.keys) == [0]
        gate.set()
        await _until(pilot, lambda: list(rows.keys) == [0, 1, 2])


async def test_brackets_step_through_loaded_stories(monkeypatch) -> None:
    app = _loading_app(monkeypatch, _three())
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: len(app.corpus.entries) == 3)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert app.story.title == "Ferry service resumes"  # the broken file is skipped
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert app.story_index == 0
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert app.story_index == 1


#: The command, with the app's ``run`` swapped for a headless one that waits for the files.
HEADLESS_COMMAND = """
import asyncio, sys
from tui import cli
from tui.app import StoryExplorerApp

async def until_loaded(app):
    async with app.run_test() as pilot:
        for _ in range(2000):
            if len(app.corpus.entries) == app.loader.total:
                break
            await pilot.pause(0.01)
    print(len(app.corpus))

if __name__ == "__main__":
    StoryExplorerApp.run = lambda app: asyncio.run(until_loaded(app))
    sys.exit(cli.main(sys.argv[1:]))
"""


def test_the_explorer_parses_on_several_processes(tmp_path: Path) -> None:
    """Textual's stderr (fileno -1) once broke every pool started inside the app."""
    folder = tmp_path / "stories"
    folder.mkdir()
    for number in range(3):
        (folder / f"{number}.txt").write_text(
            f"Vote {number}\n\n“We did the sums,” said Tom Berg.\n", encoding="utf-8"
        )
    script = tmp_path / "explorer.py"
    script.write_text(HEADLESS_COMMAND, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), "--jobs", "2", "--no-cache", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stdout) == (0, "3\n"), result.stderr

"""Key latency with many stories open, measured inside the app (Textual's Pilot).

Opens a folder of synthetic stories (``synth.py``; 2,000 by default), then
times each key from the moment the key event reaches the app until every
widget on screen has processed the messages it caused and the screen has
been laid out and drawn (twice over, for work scheduled after a refresh):
``n`` / ``p``, ``]`` / ``[`` (story switching), typing in the speaker
filter, the story list (open, type, move) and the speakers across stories
(open, move, type). ``Pilot.press`` is not used for timing: it sleeps in
steps of 20 ms to detect idleness. ``terminal.py`` measures keys end to end
in tmux.

    python benchmarks/interaction.py
    python benchmarks/interaction.py --stories 500 --presses 20

Figures, not pass/fail: medians and 90th percentiles in milliseconds.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
import unicodedata
from pathlib import Path

from textual import events
from textual.keys import _get_unicode_name_from_key

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synth import story_folder  # noqa: E402

from tui.app import StoryExplorerApp  # noqa: E402
from tui.batch import load_many  # noqa: E402
from tui.cache import ParseCache  # noqa: E402

SIZE = (140, 45)


def _key_event(key: str) -> events.Key:
    """The event Textual's Pilot would send for ``key``."""
    try:
        char = unicodedata.lookup(_get_unicode_name_from_key(key))
    except KeyError:
        char = key if len(key) == 1 else None
    return events.Key(key, char)


async def measure(app: StoryExplorerApp, presses: int) -> dict[str, list[float]]:
    figures: dict[str, list[float]] = {}

    async with app.run_test(size=SIZE) as pilot:

        async def timed(figure: str, *keys: str) -> None:
            for key in keys:
                event = _key_event(key)
                start = time.perf_counter()
                app.post_message(event)
                for _ in range(2):  # the key's work, then what it scheduled after a refresh
                    await pilot._wait_for_screen()
                    app.screen._on_timer_update()
                figures.setdefault(figure, []).append(time.perf_counter() - start)
                await pilot.pause()

        await pilot.pause()
        await timed("n", *["n"] * presses)
        await timed("p", *["p"] * presses)
        await timed("] next story", *["right_square_bracket"] * presses)
        await timed("[ previous story", *["left_square_bracket"] * presses)
        await pilot.press("slash")
        await timed("speaker filter keystroke", *"haddad", *["backspace"] * 6)
        await pilot.press("escape")
        await timed("s open story list", "s")
        await timed("story list keystroke", *"walkout", *["backspace"] * 7)
        await timed("story list cursor", *["down"] * presses)
        await timed("story list enter (switch)", "enter")
        await timed("a open speakers", "a")
        await timed("speakers cursor", *["down"] * presses, *["up"] * presses)
        await pilot.press("slash")
        await timed("speakers filter keystroke", *"jansen", *["backspace"] * 6)
        await pilot.press("escape")
        await timed("speakers enter (their quotes)", "enter")
        await timed("quotes cursor", *["down"] * presses)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=2000)
    parser.add_argument("--presses", type=int, default=10)
    parser.add_argument("--folder", type=Path, help="use these stories instead of synthetic ones")
    args = parser.parse_args()
    folder, work = story_folder(args.folder, args.stories)
    files = sorted(folder.rglob("*.txt"))
    start = time.perf_counter()
    loaded = list(load_many(files, cache=ParseCache(work / "cache"), jobs=2))
    stories = [item.story for item in loaded if item.story is not None]
    print(f"{len(stories):,} stories parsed in {time.perf_counter() - start:.1f} s")

    figures = asyncio.run(measure(StoryExplorerApp(stories), args.presses))
    print(f"\n{'key':<32}{'median':>10}{'p90':>10}{'max':>10}   (ms, {len(stories):,} stories)")
    for figure, values in figures.items():
        ordered = sorted(values)
        p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
        print(
            f"{figure:<32}{statistics.median(values) * 1000:>10.1f}"
            f"{p90 * 1000:>10.1f}{ordered[-1] * 1000:>10.1f}"
        )


if __name__ == "__main__":
    main()

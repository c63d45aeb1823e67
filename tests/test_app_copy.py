"""Copying: c and C put the model's words on the clipboard, literally, with a toast."""

from __future__ import annotations

import subprocess

from conftest import bridge_story, hostile_story

from tui import clipboard
from tui.clipboard import attributed, copy_native, preview

SIZE = (100, 30)


def _record_toasts(app, monkeypatch) -> list[tuple[str, dict]]:
    toasts: list[tuple[str, dict]] = []
    monkeypatch.setattr(app, "notify", lambda message, **kw: toasts.append((message, kw)))
    return toasts


async def test_c_copies_the_quote_text_exactly(make_app, monkeypatch) -> None:
    app = make_app()
    toasts = _record_toasts(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        assert app.clipboard == (
            "This bridge carried my grandfather to work. It will carry my grandchildren,"
        )
        message, options = toasts[-1]
        assert message.startswith("Copied: This bridge carried")
        assert options["markup"] is False


async def test_shift_c_copies_with_attribution(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "C")
        assert (
            app.clipboard
            == "“We did the sums twice,” — Tom Berg, Town votes to 'save' the old bridge"
        )


async def test_shift_c_names_an_unknown_speaker(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "n", "n", "C")
        assert app.clipboard == (
            "“Nobody asked the fishermen,” — unknown speaker, Town votes to 'save' the old bridge"
        )


async def test_multi_paragraph_quote_copies_its_joined_text(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "c")
        assert app.clipboard == "The bridge opens in May. Traffic will be back to normal by June,"


async def test_copy_with_nothing_selected_warns(make_app, monkeypatch) -> None:
    story = bridge_story()
    story.quotes = []
    app = make_app(story)
    toasts = _record_toasts(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        assert app.clipboard == ""
        assert toasts[-1][1]["severity"] == "warning"


async def test_markup_in_the_story_is_copied_and_shown_literally(make_app, monkeypatch) -> None:
    story = hostile_story()
    app = make_app(story)
    toasts = _record_toasts(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "[@click=app.quit]x[/]" in str(app.query_one("#title").render())
        await pilot.press("c")
        assert app.clipboard == "Go to [link=file:///etc/passwd]x[/link] now [/],"
        await pilot.press("C")
        assert app.clipboard == (
            "“Go to [link=file:///etc/passwd]x[/link] now [/],” — [b]Eve[/b], "
            "[bold red]boom[/] and [@click=app.quit]x[/]"
        )
        assert all(options["markup"] is False for _, options in toasts)
        await pilot.click("#narration", offset=(26, 1))  # on the would-be quit link
        await pilot.pause()
        assert app.is_running  # no action ran


def test_attribution_format(story) -> None:
    assert attributed(story, story.quotes[4]) == (
        "“a win for common sense” — Ana Diaz, Town votes to 'save' the old bridge"
    )


def test_preview_is_one_short_line() -> None:
    assert preview("short") == "short"
    long = preview("word " * 40, width=20)
    assert len(long) <= 20 and long.endswith("…")
    assert "\n" not in preview("two\nlines")


def test_native_copy_without_a_clipboard_command_is_false(monkeypatch) -> None:
    monkeypatch.setattr(clipboard.shutil, "which", lambda name: None)
    assert copy_native("text") is False


def test_native_copy_survives_a_failing_command(monkeypatch) -> None:
    def fail(*args, **kwargs):
        raise subprocess.CalledProcessError(1, args[0])

    monkeypatch.setattr(clipboard.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(clipboard.subprocess, "run", fail)
    assert copy_native("text") is False


def test_native_copy_sends_utf8_to_the_first_command(monkeypatch) -> None:
    calls = []
    monkeypatch.setattr(clipboard.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(clipboard.subprocess, "run", lambda cmd, **kw: calls.append((cmd, kw)))
    monkeypatch.setattr(clipboard.sys, "platform", "linux")
    assert copy_native("“东京”") is True
    command, options = calls[0]
    assert command == clipboard.NATIVE_COMMANDS[0]
    assert options["input"] == "“东京”".encode()

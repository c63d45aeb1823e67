"""Finding and opening stories: usage mistakes stop, bad files do not.

The end-to-end cases at the bottom go through the real parser: they check
that what decoding keeps (a quote, its speaker) survives hostile bytes, not
the parser's finer judgement.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

import tui.parser
from tui import sources
from tui.decode import StoryError
from tui.model import Story
from tui.sources import UsageError, find_story_files, load_story, open_stories, seed_paths

GOOD = "Bridge vote\n\n“We did the sums twice,” said Ana Diaz.\n"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    path.write_bytes(data)
    return path


# -- finding files ----------------------------------------------------------------


def test_folders_are_searched_recursively_in_name_order(tmp_path: Path) -> None:
    b = write(tmp_path / "b.txt", GOOD)
    a = write(tmp_path / "a.md", GOOD)
    deep = write(tmp_path / "z" / "deeper" / "c.TXT", GOOD)
    write(tmp_path / "notes.rst", GOOD)
    write(tmp_path / "image.png", b"\x89PNG")
    files, errors = find_story_files([tmp_path])
    assert files == [a, b, deep]
    assert errors == []


def test_hidden_files_and_folders_are_skipped(tmp_path: Path) -> None:
    story = write(tmp_path / "story.txt", GOOD)
    write(tmp_path / ".git" / "description.txt", GOOD)
    write(tmp_path / ".venv" / "lib" / "LICENSE.txt", GOOD)
    write(tmp_path / ".draft.txt", GOOD)
    assert find_story_files([tmp_path]) == ([story], [])


def test_a_named_file_is_opened_whatever_its_suffix(tmp_path: Path) -> None:
    story = write(tmp_path / "story.eml", GOOD)
    assert find_story_files([story]) == ([story], [])


def test_each_file_is_listed_once(tmp_path: Path) -> None:
    story = write(tmp_path / "story.txt", GOOD)
    files, _ = find_story_files([story, tmp_path, str(story), tmp_path / "." / "story.txt"])
    assert files == [story]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_a_link_loop_does_not_hang(tmp_path: Path) -> None:
    story = write(tmp_path / "story.txt", GOOD)
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert find_story_files([tmp_path]) == ([story], [])


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.txt", "missing.txt: no such file or folder"),
        ("empty-folder", "empty-folder: no stories (*.txt, *.md) in this folder"),
        ("", "an empty path names no file"),
    ],
)
def test_usage_mistakes(tmp_path: Path, name: str, message: str) -> None:
    (tmp_path / "empty-folder").mkdir()
    write(tmp_path / "empty-folder" / "photo.jpg", b"\xff\xd8\xff")
    path = tmp_path / name if name else ""
    files, errors = find_story_files([path])
    assert files == []
    assert len(errors) == 1
    assert isinstance(errors[0], UsageError)
    assert str(errors[0]).endswith(message)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can list any folder")
def test_an_unreadable_folder_is_a_problem_not_a_usage_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    write(locked / "story.txt", GOOD)
    locked.chmod(0)
    try:
        files, errors = find_story_files([locked])
    finally:
        locked.chmod(0o755)
    assert files == []
    assert [type(e) for e in errors] == [StoryError]
    assert "locked: cannot open folder" in str(errors[0])


def test_an_unreadable_subfolder_is_reported_simulated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same through ``os.walk``'s error hook, so it also runs as root."""
    story = write(tmp_path / "story.txt", GOOD)
    real_walk = os.walk

    def walk(top: Path, onerror: object = None, **kwargs: object) -> object:
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        return real_walk(top, **kwargs)

    monkeypatch.setattr(sources.os, "walk", walk)
    files, errors = find_story_files([tmp_path])
    assert files == [story]
    assert str(errors[0]) == f"{tmp_path / 'locked'}: cannot open folder (Permission denied)"


# -- opening stories ----------------------------------------------------------------


def test_bad_files_do_not_stop_the_good_ones(tmp_path: Path) -> None:
    write(tmp_path / "1-good.txt", GOOD)
    write(tmp_path / "2-empty.txt", b"")
    write(tmp_path / "3-image.txt", b"\x89PNG\r\n\x1a\n" + bytes(100))
    write(tmp_path / "4-blank.md", b"  \r\n\r\n\t ")
    write(tmp_path / "5-good.md", GOOD.encode("utf-16"))
    stories, problems = open_stories([tmp_path])
    assert [Path(s.source or "").name for s in stories] == ["1-good.txt", "5-good.md"]
    assert problems == [
        f"{tmp_path / '2-empty.txt'}: the file is empty",
        f"{tmp_path / '3-image.txt'}: not a text file (a PNG image)",
        f"{tmp_path / '4-blank.md'}: the file holds only blank space",
    ]


def test_when_every_file_fails_there_are_no_stories_and_a_problem(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", b"")
    assert open_stories([empty]) == ([], [f"{empty}: the file is empty"])


def test_usage_mistakes_stop_before_anything_opens(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", GOOD)
    with pytest.raises(UsageError) as caught:
        open_stories([good, tmp_path / "nope.txt", tmp_path / "nor-this"])
    assert str(caught.value).splitlines() == [
        f"{tmp_path / 'nope.txt'}: no such file or folder",
        f"{tmp_path / 'nor-this'}: no such file or folder",
    ]


def test_no_paths_open_the_seeds() -> None:
    stories, problems = open_stories([])
    assert problems == []
    assert len(stories) == len(seed_paths()) >= 1


def test_a_parser_failure_costs_only_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_parse = tui.parser.parse

    def parse(text: str, source: str | None = None) -> Story:
        if "boom" in text:
            raise ValueError("unexpected\x1b[2J input\nsecond line")
        return real_parse(text, source=source)

    monkeypatch.setattr(tui.parser, "parse", parse)
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "b.txt", "boom")
    stories, problems = open_stories([tmp_path])
    assert len(stories) == 1
    assert problems == [
        f"{tmp_path / 'b.txt'}: could not be parsed (ValueError: unexpected␛[2J input)"
    ]


def test_the_source_of_a_hostile_file_name_is_harmless(tmp_path: Path) -> None:
    story = load_story(write(tmp_path / "a\x1b]0;x\x07.txt", GOOD))
    assert story.source == f"{tmp_path}/a␛]0;x␇.txt"


# -- through the parser: what decoding keeps survives -----------------------------


def _speaker_of(story: Story, quote_text: str) -> str | None:
    quote = next(q for q in story.quotes if quote_text in q.text)
    speaker = story.speaker(quote.speaker)
    return speaker.name if speaker else None


@pytest.mark.parametrize(
    "data",
    [
        GOOD.encode("cp1252"),
        GOOD.encode("utf-16"),
        b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode(),
        GOOD.replace("\n", "\r").encode(),
        GOOD.replace("Ana Diaz", "\x1b[1;31mAna Diaz\x1b[0m").encode(),
        GOOD.replace("said", "said\x07\x00").encode(),
        GOOD.replace("twice", "twice\x1b]52;c;cm0gLXJmIH4K\x07").encode(),
    ],
    ids=["cp1252", "utf16", "utf8-bom-crlf", "cr", "colour-codes", "bel-nul", "osc52"],
)
def test_the_quote_and_its_speaker_survive(tmp_path: Path, data: bytes) -> None:
    story = load_story(write(tmp_path / "story.txt", data))
    assert _speaker_of(story, "We did the sums") == "Ana Diaz"


def test_markup_in_a_story_stays_literal(tmp_path: Path) -> None:
    markup = "[bold red]boom[/] [@click=app.quit]x[/] [link=file:///etc/passwd]x[/link] [/]"
    story = load_story(write(tmp_path / "story.txt", f"Title\n\n“{markup},” said Eve Moss.\n"))
    assert markup in story.text
    assert any(markup in q.text for q in story.quotes)


def test_thousands_of_unbalanced_quote_marks_take_bounded_time(tmp_path: Path) -> None:
    """Marks close at the end of their paragraph, so the quote after them is found."""
    junk = "He said “ well and " * 2000 + '\n\nShe said " fine and ' * 500
    path = write(tmp_path / "marks.txt", f"Title\n\n{junk}\n\n{GOOD.splitlines()[-1]}\n")
    started = time.perf_counter()
    story = load_story(path)
    assert time.perf_counter() - started < 30
    assert _speaker_of(story, "We did the sums") == "Ana Diaz"

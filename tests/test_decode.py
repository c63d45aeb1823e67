"""Bytes to safe text: every encoding archives hold, and nothing a terminal would obey.

Hostile files are generated here as bytes, so the repository holds no binary
fixtures and each case shows exactly what it feeds in.
"""

from __future__ import annotations

import codecs
import os
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui import decode
from tui.decode import StoryError, clean_text, decode_bytes, display_path, read_story_file

STORY = "Bridge vote\n\n“We did the sums twice,” said Ana Diaz. Café owners agreed.\n"

# Anything a terminal could act on: C0 but tab and newline, DEL, C1.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def assert_safe(text: str) -> None:
    assert not UNSAFE.search(text), repr(UNSAFE.search(text))


# -- encodings ----------------------------------------------------------------


ENCODED = {
    "utf8": STORY.encode("utf-8"),
    "utf8-bom": codecs.BOM_UTF8 + STORY.encode("utf-8"),
    "utf16": STORY.encode("utf-16"),  # with the platform's BOM
    "utf16le-bom": codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"),
    "utf16be-bom": codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"),
    "utf32": STORY.encode("utf-32"),
    "utf16le": STORY.encode("utf-16-le"),  # no BOM: recognised by its NUL pattern
    "utf16be": STORY.encode("utf-16-be"),
    "cp1252": STORY.encode("cp1252"),  # curly quotes as 0x93 / 0x94
}


@pytest.mark.parametrize("data", list(ENCODED.values()), ids=list(ENCODED))
def test_every_encoding_gives_the_same_text(data: bytes) -> None:
    assert decode_bytes(data) == STORY


def test_windows_1252_bytes_are_the_punctuation_word_meant() -> None:
    data = b"\x93Yes,\x94 she said \x96 \x80 5 \x91ok\x92 \x85"
    assert decode_bytes(data) == "“Yes,” she said – € 5 ‘ok’ …"


def test_latin1_letters_read_the_same() -> None:
    data = "Zürich, señor, garçon, Ærø".encode("latin-1")
    assert decode_bytes(data) == "Zürich, señor, garçon, Ærø"


def test_undefined_windows_1252_bytes_become_replacement_characters() -> None:
    assert decode_bytes(b"a\x81b\x8dc\x8fd\x90e\x9df") == "a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf"


def test_utf8_with_a_few_stray_windows_1252_bytes_keeps_its_utf8() -> None:
    data = "“Vote,” said Zoë in Tōkyō.".encode() + b" \x93Later,\x94 he said."
    assert decode_bytes(data) == "“Vote,” said Zoë in Tōkyō. “Later,” he said."


def test_a_utf8_story_mangled_to_latin1_is_not_refused() -> None:
    """Double-encoded text ("â\\x80\\x9c" for “) stays readable, minus its C1 bytes."""
    data = STORY.encode("utf-8").decode("latin-1").encode("utf-8")
    assert "sums twice" in decode_bytes(data)


def test_broken_utf16_odd_length_keeps_the_text() -> None:
    assert decode_bytes(STORY.encode("utf-16") + b"x").startswith(STORY)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"one\r\ntwo\r\n\r\nthree", "one\ntwo\n\nthree"),
        (b"one\rtwo\r\rthree", "one\ntwo\n\nthree"),
        (b"one\r\rtwo\r\n", "one\n\ntwo\n"),
        ("one\u2028two\u2029three\x85four".encode(), "one\ntwo\n\nthree\nfour"),
        (b"page one\x0cpage two", "page one\n\npage two"),
    ],
    ids=["crlf", "cr", "mixed", "unicode-separators", "form-feed"],
)
def test_line_endings_become_newlines(data: bytes, text: str) -> None:
    assert decode_bytes(data) == text


def test_text_in_other_scripts_is_never_refused() -> None:
    text = "Москва. “東京で会いましょう,” она сказала 🙂. Ελλάδα. مرحبا. שלום. नमस्ते.\n" * 400
    assert decode_bytes(text.encode()) == text
    assert decode_bytes(text.encode("utf-16")) == text


# -- control characters and escape sequences ----------------------------------

HOSTILE = {
    "csi-clear": b"\x1b[2J\x1b[H",
    "csi-colour": b"\x1b[1;31m",
    "osc52-bel": b"\x1b]52;c;cm0gLXJmIH4K\x07",
    "osc52-st": b"\x1b]52;c;cm0gLXJmIH4K\x1b\\",
    "osc8-link": b"\x1b]8;;file:///etc/passwd\x1b\\",
    "title": b"\x1b]0;pwned\x07",
    "dcs": b"\x1bPq#0;2;0;0;0\x1b\\",
    "reset": b"\x1bc",
    "charset": b"\x1b(0",
    "bel": b"\x07",
    "nul": b"\x00",
    "backspace": b"\x08\x08\x08",
    "del": b"\x7f",
    "c1-csi": "\x9b2J".encode(),
    "c1-osc": "\x9d52;c;cm0K\x9c".encode(),
    "c1-nel-free": "\x84\x8d\x96".encode(),
    "lone-esc": b"\x1b",
    "unterminated-osc": b"\x1b]52;c;cm0gLXJm",
    "carriage-return-overwrite": b"\rFAKE",
}


@pytest.mark.parametrize("junk", list(HOSTILE.values()), ids=list(HOSTILE))
def test_controls_are_neutralised_and_the_words_around_them_kept(junk: bytes) -> None:
    text = decode_bytes(b"before " + junk + b" after")
    assert_safe(text)
    assert re.search(r"\bbefore\b", text)
    assert re.search(r"\bafter\b", text)


@pytest.mark.parametrize("junk", list(HOSTILE.values()), ids=list(HOSTILE))
def test_controls_glued_to_words_leave_the_words_whole(junk: bytes) -> None:
    text = decode_bytes(b"before" + junk + b" after")
    assert_safe(text)
    assert re.search(r"\bbefore", text)
    assert re.search(r"\bafter\b", text)


def test_whole_sequences_go_with_their_payload() -> None:
    text = decode_bytes(b'"Go," \x1b[31msaid\x1b[0m Ana. \x1b]52;c;cm0gLXJmIH4K\x07Done.')
    assert text == '"Go," said Ana. Done.'


def test_lone_controls_are_removed() -> None:
    assert decode_bytes(b"a\x00b\x07c\x7fd\x1be\x1a") == "abcde"


def test_overstrike_keeps_the_letter() -> None:
    assert decode_bytes(b"_\bB_\bo_\bl_\bd and S\bSt\btr\bro\bon\bng") == "Bold and Strong"


def test_word_line_breaks_are_newlines() -> None:
    assert decode_bytes(b"first line\x0bsecond line") == "first line\nsecond line"


def test_c1_controls_from_utf8_are_removed() -> None:
    assert decode_bytes("a\x9b2Jb \x9d0;x\x9c c\x84d".encode()) == "ab  cd"


def test_a_stray_osc_does_not_swallow_the_story_after_it() -> None:
    data = b"Title \x1b]0;oops\n\n\xe2\x80\x9cStill here,\xe2\x80\x9d she said.\x07"
    text = decode_bytes(data)
    assert "“Still here,” she said." in text
    assert_safe(text)


def test_direction_overrides_and_stray_byte_order_marks_are_dropped() -> None:
    text = "abc \u202eevil\u202c def\n\n\ufeffSecond file pasted in."
    assert decode_bytes(text.encode()) == "abc evil def\n\nSecond file pasted in."


def test_markup_is_just_text() -> None:
    markup = "[bold red]boom[/] [@click=app.quit]x[/] [link=file:///etc/passwd]x[/link] [/]"
    assert decode_bytes(markup.encode()) == markup


def test_a_few_nul_bytes_do_not_make_a_story_binary() -> None:
    assert decode_bytes(STORY.encode().replace(b" ", b" \x00", 3)) == STORY


def test_trailing_nul_padding_is_dropped() -> None:
    assert decode_bytes(STORY.encode() + b"\x00" * 10_000) == STORY


def test_a_short_hostile_note_still_opens() -> None:
    text = decode_bytes(b"\x1b[2J\x1b[3J\x1b[H\x1b]52;c;eA==\x07\x00\x00\x00 gotcha")
    assert text.endswith("gotcha")
    assert_safe(text)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_safe_text_or_a_clear_refusal(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except StoryError as exc:
        assert str(exc).startswith("not a text file")
        return
    assert_safe(text)
    assert "\r" not in text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=500))
def test_cleaning_is_safe_and_idempotent(text: str) -> None:
    once = clean_text(text)
    assert_safe(once)
    assert clean_text(once) == once


# -- binary files ---------------------------------------------------------------


def _noise(size: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _noise(4000), "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + _noise(4000), "JPEG"),
        (b"GIF89a" + _noise(4000), "GIF"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00" + _noise(4000), "ZIP"),
        (b"\x1f\x8b\x08\x00" + _noise(4000), "gzip"),
        (b"\x7fELF\x02\x01\x01" + bytes(4000), "program"),
        (b"\x00\x00\x00\x20ftypisom" + _noise(4000), "video"),
    ],
    ids=["png", "jpeg", "gif", "pdf", "zip", "gzip", "elf", "mp4"],
)
def test_known_binary_formats_are_refused_by_name(data: bytes, kind: str) -> None:
    with pytest.raises(StoryError, match=f"not a text file .*{kind}"):
        decode_bytes(data)


@pytest.mark.parametrize("size", [300, 5000, 100_000])
def test_random_bytes_are_refused(size: int) -> None:
    with pytest.raises(StoryError, match="not a text file"):
        decode_bytes(_noise(size, seed=size))


def test_mostly_nul_bytes_are_refused() -> None:
    with pytest.raises(StoryError, match="binary data"):
        decode_bytes(b"ustar\x00" + bytes(500) + b"name.txt" + bytes(3000) + b"end")


def test_a_broken_utf16_file_is_refused() -> None:
    with pytest.raises(StoryError, match="UTF-16"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8" * 2000)


# -- reading files --------------------------------------------------------------


def test_read_story_file_decodes(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.encode("cp1252").replace(b"\n", b"\r\n"))
    assert read_story_file(path) == STORY


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "the file is empty"),
        (b" \n\t\r\n  \n", "holds only blank space"),
        (b"\x00" * 40, "holds no text"),
        (_noise(5000), "not a text file"),
    ],
    ids=["empty", "whitespace", "nul-only", "binary"],
)
def test_unreadable_stories_name_the_file(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad story.txt"
    path.write_bytes(data)
    with pytest.raises(StoryError) as caught:
        read_story_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert reason in message
    assert "\n" not in message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(StoryError, match="no such file"):
        read_story_file(tmp_path / "missing.txt")
    with pytest.raises(StoryError, match="is a folder"):
        read_story_file(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(StoryError, match="not a regular file"):
        read_story_file(fifo)


def test_permission_denied_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated, because root (as in CI containers) can read a chmod 000 file."""
    path = tmp_path / "secret.txt"
    path.write_text(STORY)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(StoryError, match=r"secret\.txt: permission denied$"):
        read_story_file(path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads chmod 000 files")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(STORY)
    path.chmod(0)
    try:
        with pytest.raises(StoryError, match="permission denied"):
            read_story_file(path)
    finally:
        path.chmod(0o644)


def test_too_large_is_refused_before_reading_it_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(decode, "MAX_BYTES", 1000)
    path = tmp_path / "huge.txt"
    path.write_text("word " * 1000)
    with pytest.raises(StoryError, match="too large"):
        read_story_file(path)


def test_display_path_makes_hostile_file_names_harmless() -> None:
    shown = display_path(Path("evil\x1b]52;c;eA==\x07\x9b\n.txt"))
    assert shown == "evil␛]52;c;eA==␇\ufffd␊.txt"  # every character kept, none obeyed
    undecodable = os.fsdecode(b"caf\xe9.txt")  # a Latin-1 name on a UTF-8 system
    assert display_path(undecodable) == "caf\ufffd.txt"
    assert display_path(undecodable).encode("utf-8")

"""Bytes to clean story text, once, before the parser sees anything.

Stories come from scrapers, e-mail and old archives, so this is the one place
that knows about encodings, byte-order marks, line endings and control
characters. What leaves here is safe to show: no byte of the file can reach
the terminal as a control sequence, because every control character except
the newline and tab becomes a visible placeholder (the Unicode "control
pictures" block) or is dropped.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

#: Files this large are refused rather than read, so a stray disk image
#: cannot exhaust memory. Far above any real story or transcript.
MAX_BYTES = 64 * 1024 * 1024


class StoryError(Exception):
    """A story that cannot be read; the message is one line for the user."""


# C0 controls (but tab and newline), DEL and the C1 block. ESC, BEL, NUL and
# CSI all land here; they are shown as control pictures so the reader can see
# something was there.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")
# Invisible direction overrides can reorder what is shown; isolates and marks
# are kept (they are legitimate in right-to-left text).
_BIDI_OVERRIDE = re.compile(r"[\u202a-\u202e]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def clean_text(text: str) -> str:
    """Normalise line endings and neutralise control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BIDI_OVERRIDE.sub("", text)
    return _CONTROL.sub(_picture, text)


def decode_bytes(data: bytes) -> str:
    """Decode a story file's bytes, trying what real archives hold.

    UTF-16 and UTF-8 byte-order marks decide; otherwise UTF-8, then
    Windows-1252 (old Word exports with curly quotes as 0x93/0x94). A file
    that looks binary is refused.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return clean_text(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise StoryError("not a text file (broken UTF-16)") from exc
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if _looks_binary(data):
        raise StoryError("not a text file (binary data)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if text.count("\ufffd") > max(8, len(text) // 100):
            raise StoryError("not a text file (undecodable bytes)") from None
    return clean_text(text)


def _looks_binary(data: bytes) -> bool:
    """A sample with many NUL or low control bytes is not a story."""
    sample = data[:8192]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) // 20 or sample.count(0) > 16


def read_story_file(path: Path) -> str:
    """Read and decode one story file, or raise StoryError naming it."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise StoryError(f"{path}: too large to be a story ({size // 1_048_576} MB)")
        data = path.read_bytes()
    except PermissionError:
        raise StoryError(f"{path}: permission denied") from None
    except FileNotFoundError:
        raise StoryError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise StoryError(f"{path}: is a folder") from None
    except OSError as exc:
        raise StoryError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        text = decode_bytes(data)
    except StoryError as exc:
        raise StoryError(f"{path}: {exc}") from None
    if not text.strip():
        raise StoryError(f"{path}: the file is empty")
    return text

"""Bytes to clean story text, once, before the parser sees anything.

Stories come from scrapers, e-mail and old archives, so this is the one place
that knows about encodings, byte-order marks, line endings and control
characters. What leaves here is safe to show and to copy: no character of the
file can reach the terminal or the clipboard as a control sequence, because
every control character except tab and newline is removed:

- a whole escape sequence (CSI ``ESC [ ... m``, OSC ``ESC ] 52 ; c ; ... BEL``,
  DCS/APC/PM/SOS strings, and their one-byte C1 forms) goes at once, so its
  parameters and payload go with it (colour codes in a terminal transcript
  leave the plain words);
- overstrike (``_ BS x``, ``x BS x`` in old nroff output) keeps the letter;
- every other C0 control, DEL and C1 control goes, and so do invisible
  direction overrides (which can reorder what is shown) and stray BOMs.

Removed, not shown as placeholders: any visible mark between a quote, its
reporting verb and the speaker's name (``said ␛Ana Diaz``) costs the parser
the attribution, and keeping the attribution is the point of the app.

Line endings become ``\\n`` (CRLF, lone CR, NEL, U+2028 and the vertical tab
Word uses for a line break; U+2029 and form feed end a paragraph), so the
parser's offsets mean the same everywhere.
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


# -- recognising what is not text --------------------------------------------

#: Leading bytes of formats someone might point the explorer at by mistake.
#: Each holds bytes no story starts with, so a match is never a real story.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
# RIFF (WAV, AVI, WebP) and ISO media (MP4, MOV, HEIC) name their kind a few
# bytes in rather than at the start.
_RIFF = re.compile(rb"RIFF....(WEBP|WAVE|AVI )", re.DOTALL)
_ISO_MEDIA = re.compile(rb"\x00\x00..ftyp", re.DOTALL)

#: Control characters that real text never holds and binary data is full of:
#: C0 except the whitespace ones (tab, LF, VT, FF, CR) and the ones hostile
#: *text* carries (BEL, BS, ESC), plus DEL. Uniformly random bytes hold
#: about 10% of them; a story, even one salted with a few NULs, next to none.
_BINARY_CONTROLS = frozenset(range(0x00, 0x07)) | frozenset(range(0x0E, 0x1B))
_BINARY_CONTROLS |= frozenset({0x1C, 0x1D, 0x1E, 0x1F, 0x7F})
_NOT_BINARY_BYTES = bytes(b for b in range(256) if b not in _BINARY_CONTROLS)
_BINARY_CHARS = re.compile("[" + "".join(f"\\x{b:02x}" for b in sorted(_BINARY_CONTROLS)) + "]")
#: A file is binary when more than 1/_BINARY_RATIO of it is such controls
#: (and there are more than _BINARY_MIN, so a short hostile note still opens).
_BINARY_RATIO = 32
_BINARY_MIN = 16


def _signature(data: bytes) -> str | None:
    for magic, kind in _SIGNATURES:
        if data.startswith(magic):
            return kind
    if _RIFF.match(data):
        return "a media file"
    if _ISO_MEDIA.match(data):
        return "a video or image file"
    return None


def _too_many(count: int, length: int) -> bool:
    return count > _BINARY_MIN and count * _BINARY_RATIO > length


# -- choosing the encoding ----------------------------------------------------

# A valid UTF-8 sequence of two to four bytes (no overlongs, no surrogates).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_ASCII = bytes(range(0x80))


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Read the bytes UTF-8 rejects as Windows-1252 (mixed scraper output)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return chunk.decode("cp1252", errors="replace"), error.end


codecs.register_error("story-explorer-cp1252", _cp1252_fallback)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM it starts with
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _decode_8bit(data: bytes) -> str:
    """UTF-8 if it is; otherwise Windows-1252, whole or for the bad bytes only.

    Windows-1252 rather than Latin-1: they agree except on 0x80-0x9F, where
    Latin-1 has C1 controls that no story means and Windows-1252 has the
    curly quotes, dashes and euro sign old Word exports are full of (browsers
    read "latin1" as Windows-1252 for the same reason). A file that is
    mostly valid UTF-8 with a few stray Windows-1252 bytes (scraped pages
    pasted together) keeps its UTF-8 and only the stray bytes are read as
    Windows-1252; a file with more invalid bytes than valid sequences is
    Windows-1252 throughout. The five bytes Windows-1252 leaves undefined
    become ``�``.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    high = len(data.translate(None, _ASCII))
    valid = _UTF8_MULTIBYTE.findall(data)
    invalid = high - sum(len(seq) for seq in valid)
    if len(valid) > invalid:
        return data.decode("utf-8", errors="story-explorer-cp1252")
    return data.decode("cp1252", errors="replace")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no byte-order mark, when the NUL pattern says so.

    Rare (some Windows tools), and only recognisable for text that is mostly
    Latin script: every other byte is then NUL. Without this the file would
    be refused as binary; text in other scripts still is, with a clear
    message, which is the price of not guessing.
    """
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    for nuls, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls.count(0) * 10 >= len(nuls) * 7 and others.count(0) * 20 <= len(others):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _decode(data: bytes) -> str:
    """Pick the encoding: a BOM decides, then the NUL pattern, then UTF-8.

    Binary data is refused here, before it is decoded as anything.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            text = _decode_8bit(body) if codec == "utf-8" else body.decode(codec, "replace")
            sample = text[:65536]
            odd = len(_BINARY_CHARS.findall(sample)) + sample.count("\ufffd")
            if _too_many(odd, len(sample)):
                raise StoryError(f"not a text file (broken {codec.upper()[:6]})")
            return text
    kind = _signature(data)
    if kind:
        raise StoryError(f"not a text file ({kind})")
    utf16 = _utf16_without_bom(data) if b"\x00" in data[:4096] else None
    if utf16 is not None:
        return utf16
    # Trailing NULs are padding (a file preallocated, then cut short by a
    # crash); they say nothing and would otherwise make a story look binary.
    data = data.rstrip(b"\x00")
    odd = len(data.translate(None, _NOT_BINARY_BYTES))
    if _too_many(odd, len(data)):
        raise StoryError("not a text file (binary data)")
    return _decode_8bit(data)


# -- making the text safe -----------------------------------------------------

# A whole escape sequence, so its parameters do not stay behind as text:
# strings (OSC, DCS, SOS, PM, APC) up to their terminator (BEL or ST), then
# CSI with parameters, then ESC + intermediates + final. A string never
# spans a line or another control, and every part is bounded, so a stray
# ``ESC ]`` cannot swallow the paragraphs after it and the scan stays linear;
# whatever is not a whole sequence keeps its text and loses only the ESC.
_ESCAPE_SEQUENCE = re.compile(
    "(?:\x1b[]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\n\x80-\x9f]{0,4096}(?:\x07|\x1b\\\\|\x9c)"
    "|(?:\x1b\\[|\x9b)[0-?]{0,4096}[ -/]{0,16}[@-~]"
    "|\x1b[!-/]{1,3}[0-~]"
)
# Overstrike: a character, backspace, the visible character printed over it.
_OVERSTRIKE = re.compile("[^\n\x08]\x08(?=[^\x00-\x20\x7f-\x9f])")
# C0 controls but tab and newline, DEL and the C1 block.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ANY_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
# Invisible direction overrides can reorder what is shown (isolates and marks
# are kept: they are legitimate in right-to-left text); U+FEFF in the middle
# of a file is a byte-order mark left over from files pasted together.
_INVISIBLE = re.compile("[\u202a-\u202e\ufeff]")
_LINE_BREAK = re.compile("[\x85\u2028\x0b\u2029\x0c]")
_LINE_BREAKS = {"\x85": "\n", "\u2028": "\n", "\x0b": "\n", "\u2029": "\n\n", "\x0c": "\n\n"}


def _picture(match: re.Match[str]) -> str:
    """The Unicode "control picture" of a control character, for file names."""
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def clean_text(text: str) -> str:
    """Normalise line endings and neutralise control characters (see module doc)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_BREAK.sub(lambda match: _LINE_BREAKS[match.group()], text)
    text = _INVISIBLE.sub("", text)
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _OVERSTRIKE.sub("", text)
    return _CONTROL.sub("", text)


def decode_bytes(data: bytes) -> str:
    """Decode a story file's bytes and make them safe; StoryError if not text.

    The reason in the error is one line for the user, without the path.
    """
    return clean_text(_decode(data))


def read_story_file(path: Path) -> str:
    """Read and decode one story file, or raise StoryError naming it."""
    return story_text(read_story_bytes(path), display_path(path))


def read_story_bytes(path: Path) -> bytes:
    """The bytes of one story file, or StoryError naming it.

    Only regular files are read, and never more than MAX_BYTES: a FIFO would
    block for ever and ``/dev/zero`` never ends. The parse cache keys stories
    by these bytes, so a cached story costs one read and no decoding.
    """
    label = display_path(path)
    try:
        if not path.is_file():
            reason = "is a folder" if path.is_dir() else "not a regular file"
            raise StoryError(f"{label}: {reason}" if path.exists() else f"{label}: no such file")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except PermissionError:
        raise StoryError(f"{label}: permission denied") from None
    except FileNotFoundError:
        raise StoryError(f"{label}: no such file") from None
    except IsADirectoryError:
        raise StoryError(f"{label}: is a folder") from None
    except OSError as exc:
        raise StoryError(f"{label}: cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise StoryError(f"{label}: too large to be a story (over {MAX_BYTES // 1_048_576} MB)")
    if not data:
        raise StoryError(f"{label}: the file is empty")
    return data


def story_text(data: bytes, label: str) -> str:
    """A story file's bytes as safe text, or StoryError naming ``label``."""
    try:
        text = decode_bytes(data)
    except StoryError as exc:
        raise StoryError(f"{label}: {exc}") from None
    if not text:
        raise StoryError(f"{label}: the file holds no text")
    if not text.strip():
        raise StoryError(f"{label}: the file holds only blank space")
    return text


def display_path(path: Path | str) -> str:
    """A path safe to print or show: undecodable bytes and controls made visible.

    File names are bytes too; a name holding ``ESC ] 52`` must not reach the
    terminal through an error message or the ``source`` field. Unlike story
    text, every character is kept (one picture each, newlines too), so the
    name stays recognisable and the message stays one line. Also used for
    any other one-line message built from outside text.
    """
    raw = str(path).encode("utf-8", errors="surrogateescape")
    text = _INVISIBLE.sub("", raw.decode("utf-8", errors="replace"))
    return _ANY_CONTROL.sub(_picture, text)

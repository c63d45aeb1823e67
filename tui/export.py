"""Stories out as JSON, JSON Lines or CSV: the headless ``parse`` formats.

Output is produced story by story (``chunks``), so a folder of thousands of
stories streams to a pipe instead of waiting in memory, and a reader like
``head`` sees output at once. The text is already safe (``tui.decode`` let
no control character through); JSON escapes what it must, and CSV cells
that a spreadsheet would run as a formula are defused (see ``_cell``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence

from tui.model import Story

FORMATS = ("json", "jsonl", "csv")
CSV_COLUMNS = ("story", "source", "quote_id", "kind", "speaker", "text", "paragraph", "confidence")

# A cell starting with one of these is a formula to Excel, LibreOffice and
# Google Sheets (OWASP "CSV injection"); a story can start a quote with "=".
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def json_chunks(stories: Iterable[Story], *, single: bool = False) -> Iterator[str]:
    """One story as an object when ``single``; otherwise an array, even of one.

    The caller decides from what the user asked for (one file, or several
    paths or a folder), not from how many loaded, so a script always gets
    the shape it asked for. The array is exactly ``json.dumps(list, indent=2)``.
    """
    if single:
        for story in stories:
            yield json.dumps(story.to_dict(), ensure_ascii=False, indent=2) + "\n"
        return
    opened = False
    for story in stories:
        body = json.dumps(story.to_dict(), ensure_ascii=False, indent=2)
        # JSON strings hold no raw newline, so indenting line by line is safe.
        yield ("[\n" if not opened else ",\n") + "  " + body.replace("\n", "\n  ")
        opened = True
    yield "\n]\n" if opened else "[]\n"


def jsonl_chunks(stories: Iterable[Story]) -> Iterator[str]:
    for story in stories:
        yield json.dumps(story.to_dict(), ensure_ascii=False) + "\n"


def csv_chunks(stories: Iterable[Story]) -> Iterator[str]:
    """One row per quote, the speaker by name, for spreadsheets."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    yield out.getvalue()
    for story in stories:
        out.seek(0)
        out.truncate()
        for quote in story.quotes:
            speaker = story.speaker(quote.speaker)
            writer.writerow(
                (
                    _cell(story.title),
                    _cell(story.source or ""),
                    quote.id,
                    quote.kind,
                    _cell(speaker.name if speaker else ""),
                    _cell(quote.text),
                    quote.paragraph,
                    f"{quote.confidence:.2f}",
                )
            )
        yield out.getvalue()


def _cell(value: str) -> str:
    """Text a spreadsheet shows as text: a leading quote mark defuses a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def chunks(stories: Iterable[Story], fmt: str, *, single: bool = False) -> Iterator[str]:
    """The output for ``fmt`` ("json", "jsonl" or "csv"), piece by piece."""
    if fmt == "json":
        return json_chunks(stories, single=single)
    if fmt == "jsonl":
        return jsonl_chunks(stories)
    if fmt == "csv":
        return csv_chunks(stories)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def export(stories: Sequence[Story], fmt: str) -> str:
    """The whole output at once: one story as an object, several as an array."""
    return "".join(chunks(stories, fmt, single=len(stories) == 1))

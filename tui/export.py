"""Stories out as JSON, JSON Lines or CSV: the headless ``parse`` formats."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from tui.model import Story

FORMATS = ("json", "jsonl", "csv")
CSV_COLUMNS = ("story", "source", "quote_id", "kind", "speaker", "text", "paragraph", "confidence")


def to_json(stories: Sequence[Story]) -> str:
    """One story as an object, several as an array of them."""
    data = stories[0].to_dict() if len(stories) == 1 else [s.to_dict() for s in stories]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_jsonl(stories: Sequence[Story]) -> str:
    return "".join(json.dumps(s.to_dict(), ensure_ascii=False) + "\n" for s in stories)


def to_csv(stories: Sequence[Story]) -> str:
    """One row per quote, the speaker by name, for spreadsheets."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for story in stories:
        for quote in story.quotes:
            speaker = story.speaker(quote.speaker)
            writer.writerow(
                (
                    story.title,
                    story.source or "",
                    quote.id,
                    quote.kind,
                    speaker.name if speaker else "",
                    quote.text,
                    quote.paragraph,
                    f"{quote.confidence:.2f}",
                )
            )
    return out.getvalue()


def export(stories: Sequence[Story], fmt: str) -> str:
    return {"json": to_json, "jsonl": to_jsonl, "csv": to_csv}[fmt](stories)

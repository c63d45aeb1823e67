"""The quotes in view, out to a Markdown or JSON file: what ``e`` writes.

A clipping is a quote with the story it came from, so one export can hold
quotes from many stories (a speaker's quotes across a folder). The text is
the model's, never read back from the screen. No Textual, no Rich.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tui.model import Quote, Story

FORMATS = {"markdown": ".md", "json": ".json"}


@dataclass(frozen=True)
class Clipping:
    story: Story
    quote: Quote

    @property
    def speaker_name(self) -> str | None:
        speaker = self.story.speaker(self.quote.speaker)
        return speaker.name if speaker is not None else None


def view_title(story: Story, speakers: Collection[str] | None) -> str:
    """What an export of one story's quotes is called: the story, and whose quotes."""
    if speakers is None:
        return f"Quotes in {story.title}"
    names = ", ".join(s.name for s in story.speakers if s.id in speakers) or "nobody"
    return f"Quotes by {names} in {story.title}"


def _blockquote(text: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in text.splitlines() or [""])


def to_markdown(title: str, clippings: Sequence[Clipping]) -> str:
    """A heading per story (in the order met), each quote as a block quote with its speaker."""
    lines = [f"# {title}", "", f"{len(clippings):,} quotes, exported by Story Explorer.", ""]
    current: Story | None = None
    for clip in clippings:
        if clip.story is not current:
            current = clip.story
            lines += [f"## {current.title or '(untitled story)'}", ""]
            if current.source:
                lines += [f"Source: `{current.source}`", ""]
        speaker = clip.story.speaker(clip.quote.speaker)
        who = speaker.name if speaker is not None else "unknown speaker"
        if speaker is not None and speaker.description:
            who += f", {speaker.description}"
        lines += [_blockquote(clip.quote.text), ">", f"> — {who} ({clip.quote.kind})", ""]
    return "\n".join(lines)


def to_json(title: str, clippings: Sequence[Clipping]) -> str:
    """The quotes as objects, each with its story's title and source and the speaker's name."""
    data = {
        "title": title,
        "quotes": [
            {
                "story": clip.story.title,
                "source": clip.story.source,
                "speaker_name": clip.speaker_name,
                **clip.quote.to_dict(),
            }
            for clip in clippings
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def file_name(title: str, fmt: str, when: datetime | None = None) -> str:
    """``quotes-<words of the title>-<date-time>.md``: safe on every file system."""
    slug = "-".join(re.findall(r"[a-z0-9]+", title.casefold()))[:48].strip("-") or "view"
    if not slug.startswith("quotes"):
        slug = f"quotes-{slug}"
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{slug}-{stamp}{FORMATS[fmt]}"


def write(folder: Path, title: str, clippings: Sequence[Clipping], fmt: str) -> Path:
    """Write the export into ``folder`` under a new name; OSError if it cannot."""
    text = to_markdown(title, clippings) if fmt == "markdown" else to_json(title, clippings)
    name = file_name(title, fmt)
    path = folder / name
    number = 1
    while True:
        try:
            with path.open("x", encoding="utf-8") as out:
                out.write(text)
            return path
        except FileExistsError:
            number += 1
            path = folder / name.replace(FORMATS[fmt], f"-{number}{FORMATS[fmt]}")

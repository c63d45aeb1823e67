"""Speaker colours: one palette, handed out in the order speakers first speak.

Colours are mid-lightness and saturated so they stay readable on both dark
and light themes; the app never relies on colour alone (the speaker pane and
the quote detail name the speaker in words too). Rich only, no Textual, so
the rendering can be tested without an app.
"""

from __future__ import annotations

from rich.color import Color

from tui.model import Story

#: Distinct hues at a lightness that reads on black and on white.
PALETTE: tuple[str, ...] = (
    "#ea580c",  # orange
    "#3b82f6",  # blue
    "#16a34a",  # green
    "#c026d3",  # fuchsia
    "#0891b2",  # cyan
    "#d97706",  # amber
    "#e11d48",  # rose
    "#8b5cf6",  # violet
    "#0d9488",  # teal
    "#db2777",  # pink
    "#65a30d",  # lime
    "#0284c7",  # sky
)

#: Quotes nobody is credited with: grey, so "unknown" never looks like a person.
UNKNOWN = Color.parse("#8b8b8b")

#: Quoted terms nobody said (scare quotes, titles, names).
NEUTRAL = Color.parse("#8b8b8b")


def speaker_colours(story: Story) -> dict[str, Color]:
    """A colour per speaker id, in order of first appearance.

    First appearance is the speaker's first quote in reading order; speakers
    the story names but never quotes follow in the order the parser lists
    them. With more speakers than colours the palette repeats.
    """
    order: list[str] = []
    for quote in sorted(story.quotes, key=lambda q: q.start):
        if quote.speaker is not None and quote.speaker not in order:
            order.append(quote.speaker)
    order += [s.id for s in story.speakers if s.id not in order]
    return {sid: Color.parse(PALETTE[i % len(PALETTE)]) for i, sid in enumerate(order)}

"""Which quotes ``n`` / ``p`` stop at, and which one comes next.

Speech only (direct and partial quotes; indirect speech when the reader asks
for it), by the filtered speakers, in reading order; stepping wraps around.
No Textual, no Rich.
"""

from __future__ import annotations

from collections.abc import Collection

from tui.model import Quote, Story

#: Kinds that are always stops; indirect joins them when toggled on.
STOP_KINDS = frozenset({"direct", "partial"})


def stops(
    story: Story, include_indirect: bool = False, speakers: Collection[str] | None = None
) -> list[Quote]:
    """The quotes n / p visit, in reading order; ``speakers`` None means everyone's."""
    kinds = (STOP_KINDS | {"indirect"}) if include_indirect else STOP_KINDS
    return sorted(
        (
            q
            for q in story.quotes
            if q.kind in kinds and (speakers is None or q.speaker in speakers)
        ),
        key=lambda q: q.start,
    )


def step(stops: list[Quote], current: Quote | None, forward: bool) -> Quote | None:
    """The stop after (or before) ``current``, wrapping around; None when there are none.

    ``current`` need not be a stop itself (a quote clicked or jumped to):
    the step goes from where it stands in the story.
    """
    if not stops:
        return None
    if current is None:
        return stops[0] if forward else stops[-1]
    if forward:
        return next((q for q in stops if q.start > current.start), stops[0])
    return next((q for q in reversed(stops) if q.start < current.start), stops[-1])

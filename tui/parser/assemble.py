"""The reader's decisions, assembled into the public ``Story`` model.

Kept apart from the reading so the model's shape (ids, speaker slugs, the
title rule) lives in one place, whatever the sieve decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from tui.model import Quote, Speaker, Story
from tui.parser.attribute import Decision
from tui.parser.marks import Found
from tui.parser.names import Entity

Span = tuple[int, int]

#: How sure an indirect-speech attribution is: a subject and a verb of
#: saying, but no quote marks to bound the words.
INDIRECT_CONFIDENCE = 0.7


@dataclass
class Decided:
    """A quotation the reader has read: its kind, who said it and the evidence."""

    found: Found
    kind: str
    decision: Decision | None
    evidence: Span | None


@dataclass
class Reported:
    """Indirect speech: the reported clause, who reported it, where."""

    clause: Span
    decision: Decision
    paragraph: int
    sentence: Span


def assemble(
    text: str,
    paragraphs: Sequence[Span],
    headline: bool,
    decided: Iterable[Decided],
    reported: Iterable[Reported],
    source: str | None,
) -> Story:
    """Quotes in reading order, numbered; only entities that speak become speakers."""
    entries: list[tuple[Quote, Entity | None]] = []
    for item in decided:
        f, d = item.found, item.decision
        quote = Quote(
            id="",
            text=" ".join(text[a:b] for a, b in f.segments),
            kind=item.kind,  # type: ignore[arg-type]
            speaker=None,
            paragraph=f.paragraph,
            start=f.segments[0][0],
            end=f.segments[-1][1],
            segments=list(f.segments),
            cue=d.cue if d else None,
            mention=d.mention if d else None,
            evidence=_slice(text, item.evidence),
            confidence=d.confidence if d else 0.0,
            rule=d.rule if d else None,
        )
        entries.append((quote, d.entity if d else None))
    for item in reported:
        a, b = item.clause
        quote = Quote(
            id="",
            text=text[a:b],
            kind="indirect",
            speaker=None,
            paragraph=item.paragraph,
            start=a,
            end=b,
            segments=[item.clause],
            cue=item.decision.cue,
            mention=item.decision.mention,
            evidence=_slice(text, item.sentence),
            confidence=INDIRECT_CONFIDENCE,
            rule="indirect",
        )
        entries.append((quote, item.decision.entity))
    entries.sort(key=lambda entry: entry[0].start)
    speakers: dict[int, Speaker] = {}
    used_ids: set[str] = set()
    for number, (quote, entity) in enumerate(entries, start=1):
        quote.id = f"q{number}"
        if entity is not None:
            if entity.index not in speakers:
                speakers[entity.index] = _speaker(entity, used_ids)
            quote.speaker = speakers[entity.index].id
    return Story(
        title=_title(text, paragraphs, headline, source),
        text=text,
        paragraphs=[text[a:b] for a, b in paragraphs],
        paragraph_starts=[a for a, _ in paragraphs],
        speakers=list(speakers.values()),
        quotes=[quote for quote, _ in entries],
        source=source,
    )


def _speaker(entity: Entity, used: set[str]) -> Speaker:
    """A speaker with a readable id ("ana-diaz"), unique within the story."""
    name = entity.display_name
    base = re.sub(r"[^\w]+", "-", name.lower()).strip("-") or "speaker"
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    kind = {"org": "organisation", "described": "described"}.get(entity.kind, "person")
    aliases = sorted(a for a in entity.aliases if a != name)
    return Speaker(slug, name, aliases, entity.description, kind)  # type: ignore[arg-type]


def _title(text: str, paragraphs: Sequence[Span], headline: bool, source: str | None) -> str:
    """The headline, else the file's name, else the first words."""
    if headline:
        return text[paragraphs[0][0] : paragraphs[0][1]]
    if source:
        return PurePath(source).stem
    if paragraphs:
        return text[paragraphs[0][0] : paragraphs[0][1]].split("\n")[0][:80]
    return "Untitled story"


def _slice(text: str, span: Span | None) -> str | None:
    return text[span[0] : span[1]] if span else None

"""The story model: what the parser produces and everything else reads.

Plain dataclasses with no Textual or Rich import, so the headless CLI and the
parser stay fast and can be judged on their own. ``Story.to_dict()`` is the
public JSON contract documented in README.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

QuoteKind = Literal["direct", "partial", "indirect", "scare", "title", "name"]
SpeakerKind = Literal["person", "organisation", "described"]

#: Kinds that are somebody's words; the others are quoted terms nobody said.
SPEECH_KINDS: frozenset[str] = frozenset({"direct", "partial", "indirect"})

Span = tuple[int, int]


@dataclass
class Speaker:
    """One person, organisation or described unnamed source.

    ``name`` is the fullest form the story gives; ``aliases`` every other form
    it uses (surname, title + surname), so a later "Mr Diaz" is the same entry.
    """

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    kind: SpeakerKind = "person"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "aliases": list(self.aliases),
            "description": self.description,
            "kind": self.kind,
        }


@dataclass
class Quote:
    """A quoted (or reported) span and who said it, with the evidence.

    ``start``/``end`` are offsets into ``Story.text``. A quote that runs over
    several paragraphs has one segment per paragraph in ``segments``; its
    ``text`` is those segments joined by one space, so only a one-segment
    quote satisfies ``story.text[start:end] == text``.

    ``evidence`` is the sentence that ties the quote to its speaker, ``cue``
    the attributing word(s) and ``mention`` the words naming the speaker in
    it; ``rule`` names the sieve step that decided, so a wrong answer can be
    traced to the step that gave it.
    """

    id: str
    text: str
    kind: QuoteKind
    speaker: str | None
    paragraph: int
    start: int
    end: int
    segments: list[Span] = field(default_factory=list)
    cue: str | None = None
    mention: str | None = None
    evidence: str | None = None
    confidence: float = 0.0
    rule: str | None = None

    @property
    def is_speech(self) -> bool:
        return self.kind in SPEECH_KINDS

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "segments": [list(s) for s in self.segments],
            "cue": self.cue,
            "mention": self.mention,
            "evidence": self.evidence,
            "confidence": round(self.confidence, 2),
            "rule": self.rule,
        }


@dataclass
class Story:
    """A parsed story.

    ``text`` is the whole decoded text (line endings normalised to ``\\n``);
    ``paragraphs[i]`` is ``text[paragraph_starts[i]:][:len(paragraphs[i])]``.
    The headline, when the first line stands alone, is paragraph 0 and also
    ``title``, so a quote in the headline has an offset like any other.
    """

    title: str
    text: str
    paragraphs: list[str]
    paragraph_starts: list[int]
    speakers: list[Speaker] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    source: str | None = None

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        """The speaker with this id, or None for an unattributed quote."""
        if speaker_id is None:
            return None
        return next((s for s in self.speakers if s.id == speaker_id), None)

    def quotes_by(self, speaker_id: str) -> list[Quote]:
        return [q for q in self.quotes if q.speaker == speaker_id]

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "source": self.source,
            "text": self.text,
            "paragraphs": list(self.paragraphs),
            "speakers": [s.to_dict() for s in self.speakers],
            "quotes": [q.to_dict() for q in self.quotes],
        }

"""The story model: what the parser produces and everything else reads.

Plain dataclasses with no Textual or Rich import, so the headless CLI and the
parser stay fast and can be judged on their own. They have ``__slots__``: a
story has dozens of quotes, and a per-object ``__dict__`` would more than
double what each one costs. ``Story.to_dict()`` is the
public JSON contract documented in README.md.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any, Literal

QuoteKind = Literal["direct", "partial", "indirect", "scare", "title", "name"]
SpeakerKind = Literal["person", "organisation", "described"]

#: Kinds that are somebody's words; the others are quoted terms nobody said.
SPEECH_KINDS: frozenset[str] = frozenset({"direct", "partial", "indirect"})

Span = tuple[int, int]


def _share(shared: dict[str, str], value: Any) -> Any:
    """``value``, or the equal string already in ``shared`` (which it joins)."""
    return shared.setdefault(value, value) if isinstance(value, str) else value


def _intern(value: Any) -> Any:
    """One shared copy of a short, often repeated string (ids, kinds, cues)."""
    return sys.intern(value) if isinstance(value, str) and len(value) <= 40 else value


@dataclass(slots=True)
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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Speaker:
        """The speaker ``to_dict`` wrote; KeyError or TypeError if it is not one."""
        return cls(
            id=_intern(data["id"]),
            name=data["name"],
            aliases=list(data.get("aliases") or []),
            description=data.get("description"),
            kind=_intern(data.get("kind", "person")),
        )


@dataclass(slots=True)
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

    @classmethod
    def from_dict(cls, data: dict[str, Any], shared: dict[str, str] | None = None) -> Quote:
        """The quote ``to_dict`` wrote; KeyError or TypeError if it is not one.

        The words every quote repeats (kind, speaker id, cue, rule) are
        interned, the evidence is taken from ``shared`` (the story's
        paragraphs and earlier evidence) when it is the same sentence, and a
        one-segment quote's segment shares its offsets: thousands of stories
        read back from the parse cache stay small.
        """
        shared = {} if shared is None else shared
        start, end = data["start"], data["end"]
        segments = [(a, b) for a, b in data.get("segments") or []]
        if segments == [(start, end)]:
            segments = [(start, end)]
        return cls(
            id=_intern(data["id"]),
            text=data["text"],
            kind=_intern(data["kind"]),
            speaker=_intern(data.get("speaker")),
            paragraph=data["paragraph"],
            start=start,
            end=end,
            segments=segments,
            cue=_intern(data.get("cue")),
            mention=_intern(data.get("mention")),
            evidence=_share(shared, data.get("evidence")),
            confidence=float(data.get("confidence") or 0.0),
            rule=_intern(data.get("rule")),
        )


@dataclass(slots=True)
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

    def quote(self, quote_id: str | None) -> Quote | None:
        """The quote with this id, or None (no id, or none such in this story)."""
        if quote_id is None:
            return None
        return next((q for q in self.quotes if q.id == quote_id), None)

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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Story:
        """The story ``to_dict`` wrote; KeyError, TypeError or ValueError if it is not one.

        ``to_dict`` leaves out ``paragraph_starts``; they are taken from
        ``data["paragraph_starts"]`` when present, else found again by
        locating each paragraph in ``text`` after the one before.
        """
        text, paragraphs = data["text"], list(data["paragraphs"])
        starts = data.get("paragraph_starts")
        if starts is None:
            starts, cursor = [], 0
            for paragraph in paragraphs:
                cursor = text.index(paragraph, cursor)
                starts.append(cursor)
                cursor += len(paragraph)
        if len(starts) != len(paragraphs):
            raise ValueError("paragraph_starts and paragraphs differ in length")
        shared = {paragraph: paragraph for paragraph in paragraphs}
        return cls(
            title=_share(shared, data["title"]),
            text=text,
            paragraphs=paragraphs,
            paragraph_starts=list(starts),
            speakers=[Speaker.from_dict(s) for s in data.get("speakers") or []],
            quotes=[Quote.from_dict(q, shared) for q in data.get("quotes") or []],
            source=data.get("source"),
        )

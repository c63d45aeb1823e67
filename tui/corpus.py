"""Speakers across many stories: who said what in all the opened stories.

Speakers are merged across stories by their name, normalised (case folded,
whitespace collapsed), and by nothing cleverer: "Ana Diaz" in two stories is
one entry, but a bare "Diaz" in a third is not folded into her, since across
stories a surname may be someone else. Described, unnamed sources ("a police
spokesman") are never merged: two stories' spokesmen are rarely one person.

The index grows as stories arrive, so the app can build it while a folder is
still being parsed. No Textual, no Rich.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from tui.model import Quote, Story


def name_key(name: str) -> str:
    """A name as the index compares it: case folded, whitespace collapsed."""
    return " ".join(name.casefold().split())


@dataclass
class Appearance:
    """One story's speaker entry that belongs to a corpus speaker."""

    story: int
    speaker_id: str
    quotes: int


@dataclass
class CorpusSpeaker:
    """One name across the stories, with where it speaks and how often."""

    key: str
    name: str
    kind: str
    descriptions: list[str] = field(default_factory=list)
    appearances: list[Appearance] = field(default_factory=list)
    quotes: int = 0
    #: The name and descriptions, normalised, for the filter to search.
    search: str = ""

    @property
    def stories(self) -> int:
        """How many stories quote this speaker (or at least name them)."""
        return len(self.appearances)


class SpeakerIndex:
    """Every speaker of the stories added so far, merged by name."""

    def __init__(self) -> None:
        self._speakers: dict[str, CorpusSpeaker] = {}
        self._ordered: list[CorpusSpeaker] | None = None

    def __len__(self) -> int:
        return len(self._speakers)

    def add(self, story_index: int, story: Story) -> None:
        """Count this story's speakers and their speech (direct, partial, indirect)."""
        counts: dict[str, int] = {}
        for quote in story.quotes:
            if quote.speaker is not None and quote.is_speech:
                counts[quote.speaker] = counts.get(quote.speaker, 0) + 1
        for speaker in story.speakers:
            if speaker.kind == "described":
                key = f"{name_key(speaker.name)}\0{story_index}\0{speaker.id}"
            else:
                key = name_key(speaker.name)
            entry = self._speakers.get(key)
            if entry is None:
                entry = self._speakers[key] = CorpusSpeaker(key, speaker.name, speaker.kind)
            if entry.search == "":
                entry.search = name_key(speaker.name)
            if speaker.description and speaker.description not in entry.descriptions:
                entry.descriptions.append(speaker.description)
                entry.search += "\n" + name_key(speaker.description)
            count = counts.get(speaker.id, 0)
            entry.appearances.append(Appearance(story_index, speaker.id, count))
            entry.quotes += count
        self._ordered = None

    def get(self, key: str) -> CorpusSpeaker | None:
        return self._speakers.get(key)

    def speakers(self) -> list[CorpusSpeaker]:
        """Most quoted first, then by name; the list is cached until the next ``add``."""
        if self._ordered is None:
            self._ordered = sorted(
                self._speakers.values(), key=lambda s: (-s.quotes, s.name.casefold(), s.key)
            )
        return self._ordered

    def quotes_of(
        self, speaker: CorpusSpeaker, stories: list[Story]
    ) -> Iterator[tuple[int, Quote]]:
        """Each speech quote of the speaker, story by story, in reading order."""
        for appearance in speaker.appearances:
            story = stories[appearance.story]
            for quote in sorted(story.quotes_by(appearance.speaker_id), key=lambda q: q.start):
                if quote.is_speech:
                    yield appearance.story, quote


def speaker_matches(speaker: CorpusSpeaker, query: str) -> bool:
    """Whether ``query`` is part of the name or a description, ignoring case."""
    return name_key(query) in speaker.search


@dataclass
class Entry:
    """A file in the story list: its story's place in ``Corpus.stories``, or its error."""

    path: str
    story: int | None
    error: str | None
    #: Title and path, normalised, for the story list's filter.
    search: str


class Corpus:
    """The opened stories, in the order they arrived, and the files that failed.

    ``entries`` lists every file (a failed one with its error) for the story
    list; ``stories`` only those that parsed, for ``[`` / ``]``.
    """

    def __init__(self, stories: list[Story] | None = None) -> None:
        self.entries: list[Entry] = []
        self.stories: list[Story] = []
        self.speakers = SpeakerIndex()
        for story in stories or []:
            self.add(story.source or "", story)

    @property
    def failures(self) -> list[Entry]:
        return [entry for entry in self.entries if entry.error is not None]

    def add(self, path: str, story: Story | None, error: str | None = None) -> Entry:
        """Append a file's outcome; a story gets the next index in ``stories``."""
        index = None
        if story is not None:
            index = len(self.stories)
            self.stories.append(story)
            self.speakers.add(index, story)
            title = story.title
        else:
            title = ""
        entry = Entry(path, index, error, name_key(f"{title}\n{path}"))
        self.entries.append(entry)
        return entry

    def filter(self, query: str) -> list[int]:
        """Indices into ``entries`` whose title or path contains ``query``, ignoring case."""
        needle = name_key(query)
        if not needle:
            return list(range(len(self.entries)))
        return [i for i, entry in enumerate(self.entries) if needle in entry.search]

"""Speakers across many stories: who said what in all the opened stories.

Speakers are merged across stories by their name, normalised (case folded,
whitespace collapsed), and by nothing cleverer: "Ana Diaz" in two stories is
one entry, but a bare "Diaz" in a third is not folded into her, since across
stories a surname may be someone else. Described, unnamed sources ("a police
spokesman") are never merged: two stories' spokesmen are rarely one person.

The index grows as stories arrive, so the app can build it while a folder is
still being parsed. It keeps, per story, only each speaker's quote ids: the
stories themselves are on the corpus's ``Shelf``, most of them packed away,
and are read back only to show a quote. No Textual, no Rich.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field

from tui.cache import ParseCache
from tui.model import Story
from tui.shelf import Shelf


def name_key(name: str) -> str:
    """A name as the index compares it: case folded, whitespace collapsed."""
    return " ".join(name.casefold().split())


@dataclass(slots=True)
class Appearance:
    """One story's speaker entry that belongs to a corpus speaker.

    ``quote_ids`` are the speaker's speech in that story, in reading order:
    enough to list them without reading the story back.
    """

    story: int
    speaker_id: str
    quote_ids: tuple[str, ...]

    @property
    def quotes(self) -> int:
        return len(self.quote_ids)


@dataclass(slots=True)
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
        """Count this story's speakers and their speech (direct, partial, indirect).

        Ids are interned: every story has a "q1", and thousands of stories
        would otherwise each keep their own.
        """
        speech: dict[str, list[str]] = {}
        for quote in sorted(story.quotes, key=lambda q: q.start):
            if quote.speaker is not None and quote.is_speech:
                speech.setdefault(quote.speaker, []).append(sys.intern(quote.id))
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
            quote_ids = tuple(speech.get(speaker.id, ()))
            entry.appearances.append(Appearance(story_index, sys.intern(speaker.id), quote_ids))
            entry.quotes += len(quote_ids)
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

    def quotes_of(self, speaker: CorpusSpeaker) -> Iterator[tuple[int, str]]:
        """(story index, quote id) of each speech quote of the speaker, in reading order."""
        for appearance in speaker.appearances:
            for quote_id in appearance.quote_ids:
                yield appearance.story, quote_id


def speaker_matches(speaker: CorpusSpeaker, query: str) -> bool:
    """Whether ``query`` is part of the name or a description, ignoring case."""
    return name_key(query) in speaker.search


@dataclass(slots=True)
class Entry:
    """A file in the story list: its story's place in the corpus and counts, or its error."""

    path: str
    story: int | None
    error: str | None
    #: Title and path, normalised, for the story list's filter.
    search: str
    title: str = ""
    #: Speech quotes (direct, partial, indirect) and speakers in the story.
    quotes: int = 0
    speakers: int = 0


class Corpus:
    """The opened stories, in the order they arrived, and the files that failed.

    ``entries`` lists every file (a failed one with its error) for the story
    list; the stories that parsed are numbered 0, 1, … in arrival order, for
    ``[`` / ``]``. Only the entries and the speaker index stay in memory for
    every story; ``story(index)`` reads one back whole from the shelf.
    """

    def __init__(self, stories: list[Story] | None = None, cache: ParseCache | None = None) -> None:
        self.entries: list[Entry] = []
        self.speakers = SpeakerIndex()
        self._shelf = Shelf(cache)
        #: The entry of each story, by the story's index.
        self._stories: list[Entry] = []
        for story in stories or []:
            self.add(story.source or "", story)

    def __len__(self) -> int:
        """How many stories (files that parsed) there are."""
        return len(self._stories)

    @property
    def failures(self) -> list[Entry]:
        return [entry for entry in self.entries if entry.error is not None]

    def story(self, index: int) -> Story:
        """The whole story at ``index`` (read back when it is not among the recent)."""
        return self._shelf.get(index)

    def title(self, index: int) -> str:
        """The title of the story at ``index``, without reading the story back."""
        return self._stories[index].title

    def add(
        self, path: str, story: Story | None, error: str | None = None, key: str | None = None
    ) -> Entry:
        """Append a file's outcome; a story gets the next index and goes on the shelf.

        ``key`` is the story's parse-cache entry, if it has one: then the
        shelf keeps only the key rather than a packed copy.
        """
        if story is None:
            entry = Entry(path, None, error, name_key(path))
        else:
            index = self._shelf.add(story, key)
            self.speakers.add(index, story)
            entry = Entry(
                path,
                index,
                error,
                name_key(f"{story.title}\n{path}"),
                story.title,
                sum(quote.is_speech for quote in story.quotes),
                len(story.speakers),
            )
            self._stories.append(entry)
        self.entries.append(entry)
        return entry

    def filter(self, query: str) -> list[int]:
        """Indices into ``entries`` whose title or path contains ``query``, ignoring case."""
        needle = name_key(query)
        if not needle:
            return list(range(len(self.entries)))
        return [i for i, entry in enumerate(self.entries) if needle in entry.search]

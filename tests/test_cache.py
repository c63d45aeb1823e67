"""The parse cache and the model's from_dict: hits, misses, bad entries, never a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import bridge_story, ferry_story, hostile_story

from tui import cache as cache_module
from tui.cache import ParseCache, default_folder, entry_of
from tui.model import Quote, Speaker, Story
from tui.sources import load_story, seed_paths


@pytest.mark.parametrize("make", [bridge_story, ferry_story, hostile_story])
def test_story_round_trips_through_to_dict(make) -> None:
    story = make()
    again = Story.from_dict(story.to_dict())
    assert again.to_dict() == story.to_dict()
    assert again.paragraph_starts == story.paragraph_starts
    assert again.quotes[0].segments == story.quotes[0].segments
    assert isinstance(again.quotes[0].segments[0], tuple)


def test_seed_story_round_trips_and_keeps_offsets() -> None:
    story = load_story(seed_paths()[0])
    again = Story.from_dict(json.loads(json.dumps(story.to_dict())))
    assert again.to_dict() == story.to_dict()
    assert again.paragraph_starts == story.paragraph_starts
    for quote in again.quotes:
        if len(quote.segments) <= 1:
            assert again.text[quote.start : quote.end] == quote.text


def test_speaker_and_quote_from_dict_fill_defaults() -> None:
    speaker = Speaker.from_dict({"id": "x", "name": "X"})
    assert speaker == Speaker("x", "X")
    quote = Quote.from_dict(
        {"id": "q1", "text": "t", "kind": "direct", "paragraph": 0, "start": 0, "end": 1}
    )
    assert quote.speaker is None and quote.segments == [] and quote.confidence == 0.0


def test_from_dict_rejects_what_is_not_a_story() -> None:
    with pytest.raises(KeyError):
        Story.from_dict({"title": "no text"})
    with pytest.raises(ValueError):
        Story.from_dict({"title": "t", "text": "abc", "paragraphs": ["zzz"]})


def test_miss_then_hit(tmp_path: Path) -> None:
    cache = ParseCache(tmp_path)
    data = b"the file's bytes"
    assert cache.get(data) is None
    assert cache.put(data, bridge_story())
    hit = cache.get(data)
    assert hit is not None and hit.to_dict() == bridge_story().to_dict()
    assert cache.get(data + b" changed") is None


def test_key_depends_on_the_parser_source(tmp_path: Path, monkeypatch) -> None:
    cache = ParseCache(tmp_path)
    cache.put(b"bytes", bridge_story())
    monkeypatch.setattr(cache_module, "parser_fingerprint", lambda: "another parser")
    assert cache.get(b"bytes") is None


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b'{"title": "x"}', b"[1, 2]", b"\xff\xfe\x00garbage", b"null"],
    ids=["empty", "broken", "incomplete", "array", "binary", "null"],
)
def test_corrupt_entry_is_a_miss_and_is_replaced(tmp_path: Path, content: bytes) -> None:
    cache = ParseCache(tmp_path)
    cache.put(b"bytes", bridge_story())
    (entry,) = tmp_path.rglob("*.json")
    entry.write_bytes(content)
    assert cache.get(b"bytes") is None
    assert cache.put(b"bytes", ferry_story())
    hit = cache.get(b"bytes")
    assert hit is not None and hit.title == "Ferry service resumes"


def test_disabled_cache_never_stores(tmp_path: Path) -> None:
    cache = ParseCache.disabled()
    assert not cache.enabled
    assert cache.put(b"bytes", bridge_story()) is False
    assert cache.get(b"bytes") is None


def test_unwritable_folder_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    cache = ParseCache(blocker / "cache")
    assert cache.put(b"bytes", bridge_story()) is False
    assert cache.get(b"bytes") is None


def test_entries_are_written_whole(tmp_path: Path) -> None:
    cache = ParseCache(tmp_path)
    cache.put(b"bytes", bridge_story())
    assert [p.name for p in tmp_path.rglob("*") if p.is_file() and p.suffix != ".json"] == []


def test_folder_follows_xdg(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_folder() == tmp_path / "story-explorer"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")
    assert default_folder() == Path.home() / ".cache" / "story-explorer"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_folder() == Path.home() / ".cache" / "story-explorer"


def test_a_story_read_back_is_equal_and_shares_repeated_text() -> None:
    story = bridge_story()
    compact = Story.from_dict(entry_of(story))
    assert compact.to_dict() == story.to_dict()
    assert compact.paragraph_starts == story.paragraph_starts
    berg = [q for q in compact.quotes if q.speaker == "tom-berg"]
    assert berg[0].speaker is berg[1].speaker and berg[0].cue is compact.quotes[1].cue
    assert compact.quotes[1].evidence is compact.paragraphs[2]  # the same sentence, once

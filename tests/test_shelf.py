"""The shelf: stories packed away or left in the parse cache come back whole."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import bridge_story, ferry_story

from tui.batch import load_one
from tui.cache import ParseCache
from tui.corpus import Corpus
from tui.shelf import Shelf, pack, unpack

STORY_TEXT = (
    "Council votes to repair the bridge\n\n"
    "“We did the sums twice,” said Tom Berg, the mayor.\n\n"
    "“It will carry my grandchildren,” said Ana Diaz.\n"
)


def _same(one, other) -> bool:
    return one.to_dict() == other.to_dict() and one.paragraph_starts == other.paragraph_starts


def test_pack_and_unpack_give_the_story_back() -> None:
    story = bridge_story()
    assert _same(unpack(pack(story)), story)


def test_recent_stories_stay_whole_and_the_others_are_read_back() -> None:
    shelf = Shelf(recent=1)
    bridge, ferry = bridge_story(), ferry_story()
    assert (shelf.add(bridge), shelf.add(ferry)) == (0, 1)
    assert shelf.get(1) is ferry  # still among the recent: no reading
    again = shelf.get(0)
    assert again is not bridge and _same(again, bridge)
    assert shelf.get(0) is again


def _cached_file(tmp_path: Path) -> tuple[Path, ParseCache, Shelf]:
    path = tmp_path / "bridge.txt"
    path.write_text(STORY_TEXT, encoding="utf-8")
    cache = ParseCache(tmp_path / "cache")
    loaded = load_one(path, cache)
    assert loaded.story is not None and loaded.key is not None
    shelf = Shelf(cache, recent=1)
    shelf.add(loaded.story, loaded.key)
    shelf.add(ferry_story())  # pushes the first one out of the recent
    return path, cache, shelf


def test_a_story_in_the_cache_is_read_back_from_it(tmp_path: Path) -> None:
    path, _, shelf = _cached_file(tmp_path)
    path.write_text("The file has changed since.\n", encoding="utf-8")
    story = shelf.get(0)
    assert story.title == "Council votes to repair the bridge"  # the cache's, not the file's
    assert story.source == str(path)
    assert [q.text for q in story.quotes] == [
        "We did the sums twice,",
        "It will carry my grandchildren,",
    ]


def test_a_story_gone_from_the_cache_is_read_from_its_file_again(tmp_path: Path) -> None:
    path, cache, shelf = _cached_file(tmp_path)
    assert cache.folder is not None
    shutil.rmtree(cache.folder)
    story = shelf.get(0)
    assert story.title == "Council votes to repair the bridge" and len(story.quotes) == 2
    assert story.source == str(path)


def test_a_story_gone_from_cache_and_disk_says_why(tmp_path: Path) -> None:
    path, cache, shelf = _cached_file(tmp_path)
    assert cache.folder is not None
    shutil.rmtree(cache.folder)
    path.unlink()
    story = shelf.get(0)
    assert story.quotes == [] and story.source == str(path)
    assert story.text.startswith("This story can no longer be read:")
    assert str(path) in story.text


def test_the_corpus_keeps_titles_and_counts_and_reads_stories_back() -> None:
    stories = [bridge_story() for _ in range(20)]
    for number, story in enumerate(stories):
        story.title = f"Bridge vote {number}"
    corpus = Corpus(stories)
    assert len(corpus) == 20 and corpus.title(3) == "Bridge vote 3"
    entry = corpus.entries[0]
    assert (entry.title, entry.quotes, entry.speakers) == ("Bridge vote 0", 6, 3)
    first = corpus.story(0)
    assert first is not stories[0] and _same(first, stories[0])  # packed away, read back

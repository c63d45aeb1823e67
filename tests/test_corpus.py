"""Many stories: merging speakers by name across stories, the story list, batch loading."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import bridge_story, ferry_story

from tui.batch import load_many, load_one
from tui.cache import ParseCache
from tui.corpus import Corpus, SpeakerIndex, name_key, speaker_matches
from tui.model import Speaker

BRIDGE_TEXT = (
    "Council votes to repair the bridge\n\n"
    "“We did the sums twice,” said Tom Berg, the mayor.\n\n"
    "“It will carry my grandchildren,” said Ana Diaz.\n"
)


def test_name_key_folds_case_and_whitespace() -> None:
    assert name_key("  Ana\n  DIAZ ") == "ana diaz"


def test_speakers_merge_by_normalised_name_with_per_story_counts() -> None:
    first, second = bridge_story(), bridge_story()
    second.speakers[1] = Speaker("tom-berg", "TOM  berg", ["Berg"], "mayor")
    index = SpeakerIndex()
    index.add(0, first)
    index.add(1, second)
    berg = index.get("tom berg")
    assert berg is not None
    assert berg.name == "Tom Berg"  # the first form seen
    assert [(a.story, a.quotes) for a in berg.appearances] == [(0, 3), (1, 3)]
    assert berg.quotes == 6 and berg.stories == 2
    assert index.speakers()[0] is berg  # most quoted first


def test_aliases_are_not_merged_across_stories() -> None:
    story = ferry_story()
    story.speakers[0] = Speaker("lin-wei", "Berg", [], None)
    index = SpeakerIndex()
    index.add(0, bridge_story())
    index.add(1, story)
    assert index.get("berg") is not None and index.get("tom berg") is not None


def test_described_sources_stay_apart() -> None:
    story = bridge_story()
    story.speakers.append(Speaker("spokesman", "a police spokesman", [], None, "described"))
    index = SpeakerIndex()
    index.add(0, story)
    index.add(1, story)
    spokesmen = [s for s in index.speakers() if s.name == "a police spokesman"]
    assert len(spokesmen) == 2


def test_quotes_of_lists_speech_story_by_story_in_reading_order() -> None:
    stories = [bridge_story(), bridge_story()]
    index = SpeakerIndex()
    for number, story in enumerate(stories):
        index.add(number, story)
    berg = index.get("tom berg")
    assert berg is not None
    found = list(index.quotes_of(berg))
    assert found == [(0, "q3"), (0, "q4"), (0, "q9"), (1, "q3"), (1, "q4"), (1, "q9")]


def test_speaker_filter_matches_name_or_role() -> None:
    index = SpeakerIndex()
    index.add(0, bridge_story())
    berg = index.get("tom berg")
    assert berg is not None
    assert speaker_matches(berg, "BERG") and speaker_matches(berg, "mayor")
    assert not speaker_matches(berg, "diaz")


def test_corpus_lists_failures_beside_stories_and_filters_both() -> None:
    corpus = Corpus()
    corpus.add("a/bridge.txt", bridge_story())
    corpus.add("a/broken.txt", None, "a/broken.txt: the file is empty")
    corpus.add("b/ferry.txt", ferry_story())
    assert [e.story for e in corpus.entries] == [0, None, 1]
    assert [e.path for e in corpus.failures] == ["a/broken.txt"]
    assert corpus.filter("FERRY") == [2]
    assert corpus.filter("a/") == [0, 1]
    assert corpus.filter("") == [0, 1, 2]


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return path


def test_load_one_reports_a_broken_file_without_raising(tmp_path: Path) -> None:
    loaded = load_one(_write(tmp_path, "empty.txt", b""), ParseCache.disabled())
    assert loaded.story is None and loaded.error is not None and "empty.txt" in loaded.error


def test_a_parser_crash_costs_one_file(tmp_path: Path, monkeypatch) -> None:
    import tui.parser

    def explode(text: str, source: str | None = None):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(tui.parser, "parse", explode)
    loaded = load_one(_write(tmp_path, "a.txt", BRIDGE_TEXT), ParseCache.disabled())
    assert loaded.story is None
    assert loaded.error is not None and "boom" in loaded.error and "\n" not in loaded.error


def test_second_load_comes_from_the_cache(tmp_path: Path) -> None:
    path = _write(tmp_path, "bridge.txt", BRIDGE_TEXT)
    cache = ParseCache(tmp_path / "cache")
    first = load_one(path, cache)
    second = load_one(path, cache)
    assert not first.cached and second.cached
    assert first.story is not None and second.story is not None
    assert second.story.to_dict() == first.story.to_dict()


def test_a_cache_hit_takes_the_path_it_was_opened_as(tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "cache")
    load_one(_write(tmp_path, "one.txt", BRIDGE_TEXT), cache)
    copy = load_one(_write(tmp_path, "two.txt", BRIDGE_TEXT), cache)
    assert copy.cached and copy.story is not None
    assert copy.story.source is not None and copy.story.source.endswith("two.txt")


@pytest.mark.parametrize("jobs", [1, 2])
def test_load_many_keeps_file_order(tmp_path: Path, jobs: int) -> None:
    files = [
        _write(tmp_path, f"{number:02}.txt", BRIDGE_TEXT.replace("bridge", f"bridge {number}"))
        for number in range(6)
    ]
    files.insert(3, _write(tmp_path, "empty.txt", b""))
    results = list(load_many(files, jobs=jobs, cache=ParseCache(tmp_path / "cache")))
    assert [Path(r.path).name for r in results] == [f.name for f in files]
    assert [r.story is None for r in results] == [False] * 3 + [True] + [False] * 3
    assert results[0].story is not None and "bridge 0" in results[0].story.title


def test_load_many_finishes_here_when_the_pool_breaks(tmp_path: Path, monkeypatch) -> None:
    import concurrent.futures
    from concurrent.futures.process import BrokenProcessPool

    class Broken:
        def __init__(self, *args, **kwargs) -> None:
            pass

        def map(self, *args, **kwargs):
            raise BrokenProcessPool("a worker died")

        def shutdown(self, **kwargs) -> None:
            pass

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Broken)
    files = [_write(tmp_path, f"{n}.txt", BRIDGE_TEXT) for n in range(3)]
    assert [r.story is not None for r in load_many(files, jobs=2)] == [True] * 3

"""The bundled story is the acceptance case: exactly these quotes and speakers."""

from __future__ import annotations

import pytest

from tui.model import Story
from tui.parser import parse
from tui.sources import seed_paths


@pytest.fixture(scope="module")
def seed() -> Story:
    (path,) = seed_paths()
    return parse(path.read_text(encoding="utf-8"), source=str(path))


def speaker_of(story: Story, text_start: str) -> str | None:
    quote = next(q for q in story.quotes if q.text.startswith(text_start))
    speaker = story.speaker(quote.speaker)
    return speaker.name if speaker else None


def test_title(seed: Story) -> None:
    assert seed.title == "Chechens fighting with Kyiv seek 'free' homeland"


def test_speech_quotes_in_order_with_speakers(seed: Story) -> None:
    speech = [
        (q.kind, speaker_of(seed, q.text), q.text[:20])
        for q in seed.quotes
        if q.kind in ("direct", "partial")
    ]
    assert speech == [
        ("direct", "Maga", "We're not fighting j"),
        ("partial", "Ramzan Kadyrov", "foot soldier"),
        ("direct", "Tor", "There are thousands "),
        ("direct", "Volodymyr Zelenskiy", "Defend your freedom "),
    ]


def test_terms_nobody_said_have_no_speaker(seed: Story) -> None:
    terms = {q.text: (q.kind, q.speaker) for q in seed.quotes if not q.is_speech}
    assert terms == {"free": ("scare", None), "Tor": ("name", None)}


def test_mentioned_people_who_say_nothing_are_not_speakers(seed: Story) -> None:
    names = {s.name for s in seed.speakers}
    assert names == {"Maga", "Ramzan Kadyrov", "Tor", "Volodymyr Zelenskiy"}
    assert not any("Putin" in s.name for s in seed.speakers)


def test_speakers_carry_what_the_story_says_of_them(seed: Story) -> None:
    by_name = {s.name: s for s in seed.speakers}
    assert by_name["Tor"].description == "a pro-Ukrainian Chechen fighter"
    assert by_name["Volodymyr Zelenskiy"].description == "President"
    assert "Kadyrov" in by_name["Ramzan Kadyrov"].aliases


def test_evidence_names_the_speaker(seed: Story) -> None:
    zelenskiy = next(q for q in seed.quotes if q.text.startswith("Defend"))
    assert zelenskiy.cue == "said"
    assert zelenskiy.mention == "he"
    assert zelenskiy.evidence is not None and "he said" in zelenskiy.evidence
    assert 0 < zelenskiy.confidence <= 1


def test_offsets_slice_the_story_text(seed: Story) -> None:
    for quote in seed.quotes:
        if len(quote.segments) == 1:
            assert seed.text[quote.start : quote.end] == quote.text

"""Headless helpers of the app: which quotes n / p visit, and what e writes."""

from __future__ import annotations

import json
from datetime import datetime

from conftest import bridge_story, ferry_story

from tui.clippings import Clipping, file_name, to_json, to_markdown, view_title
from tui.stops import step, stops


def test_stops_are_speech_in_reading_order_by_the_filtered_speakers() -> None:
    story = bridge_story()
    assert [q.id for q in stops(story)] == ["q2", "q4", "q5", "q7", "q9"]
    assert [q.id for q in stops(story, include_indirect=True)][:3] == ["q2", "q3", "q4"]
    assert [q.id for q in stops(story, speakers={"tom-berg"})] == ["q4", "q9"]


def test_step_goes_on_from_a_quote_that_is_not_a_stop() -> None:
    story = bridge_story()
    visited = stops(story)
    indirect = story.quotes[2]  # q3, between q2 and q4
    assert step(visited, indirect, forward=True).id == "q4"
    assert step(visited, indirect, forward=False).id == "q2"
    assert step(visited, visited[-1], forward=True).id == "q2"  # wraps
    assert step([], None, forward=True) is None


def test_markdown_quotes_each_line_and_names_speaker_and_story() -> None:
    story = bridge_story()
    clips = [Clipping(story, story.quotes[8]), Clipping(ferry_story(), ferry_story().quotes[0])]
    story.quotes[8].text = "first line\nsecond line"
    text = to_markdown("Quotes by Tom Berg", clips)
    assert text.startswith("# Quotes by Tom Berg\n\n2 quotes")
    assert "> first line\n> second line\n>\n> — Tom Berg, mayor (direct)" in text
    assert "## Ferry service resumes" in text and "> — Lin Wei, harbour master" in text


def test_json_keeps_the_quote_model_with_story_and_speaker_name() -> None:
    story = bridge_story()
    data = json.loads(to_json("t", [Clipping(story, story.quotes[6])]))
    quote = data["quotes"][0]
    assert quote["speaker_name"] is None and quote["speaker"] is None
    assert quote["story"] == story.title and quote["text"] == "Nobody asked the fishermen,"


def test_file_names_are_plain_and_dated() -> None:
    when = datetime(2025, 3, 4, 5, 6, 7)
    assert file_name("Quotes by Ana Díaz [x]", "markdown", when) == (
        "quotes-by-ana-d-az-x-20250304-050607.md"
    )
    assert file_name("東京", "json", when) == "quotes-view-20250304-050607.json"


def test_view_title_names_the_filtered_speakers() -> None:
    story = bridge_story()
    assert view_title(story, None) == "Quotes in Town votes to 'save' the old bridge"
    assert view_title(story, {"tom-berg"}).startswith("Quotes by Tom Berg in")

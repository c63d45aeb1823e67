"""Model to Text: the words on screen are exactly the story's, styled by speaker."""

from __future__ import annotations

from itertools import pairwise

import pytest
from conftest import Q, bridge_story, build_story, hostile_story
from hypothesis import given
from hypothesis import strategies as st
from rich.style import Style
from rich.text import Text

from tui.model import Speaker, Story
from tui.palette import PALETTE, UNKNOWN, speaker_colours
from tui.render import (
    QUOTE_META,
    evidence_text,
    has_headline,
    paragraph_label,
    paragraph_spans,
    paragraph_text,
    quote_detail,
    speaker_prompt,
    title_text,
)

TRICKY = [
    "[bold]not bold[/bold] and [/] and [link=https://example.com]a link[/link]",
    "[@click=app.quit]quit[/] [red on blue]colour[/]",
    "Emoji 🙂👍🏽 and flags 🇺🇦 stay whole.",
    "東京で「こんにちは」と言った。中文也可以。",
    "Tabs\tand  double  spaces, trailing space ",
    "\\[escaped] and \\ backslash at the end \\",
]


def _styles_over(text: Text, start: int, end: int) -> list[Style]:
    """The span styles that cover the whole of start..end."""
    return [
        span.style
        for span in text.spans
        if span.start <= start and span.end >= end and isinstance(span.style, Style)
    ]


def _story_of(paragraphs: list[str]) -> Story:
    return build_story(paragraphs[0], paragraphs, [], [])


@pytest.mark.parametrize("paragraph", TRICKY)
def test_plain_text_is_the_paragraph_exactly(paragraph: str) -> None:
    story = _story_of(["Title", paragraph])
    spans = paragraph_spans(story)
    assert paragraph_text(paragraph, spans[1], {}).plain == paragraph


def test_every_bridge_paragraph_renders_exactly() -> None:
    story = bridge_story()
    colours = speaker_colours(story)
    for index, spans in enumerate(paragraph_spans(story)):
        rendered = paragraph_text(story.paragraphs[index], spans, colours, selected="q2")
        assert rendered.plain == story.paragraphs[index]


def test_markup_in_quotes_and_names_stays_literal() -> None:
    story = hostile_story()
    colours = speaker_colours(story)
    spans = paragraph_spans(story)
    for index, paragraph in enumerate(story.paragraphs):
        assert paragraph_text(paragraph, spans[index], colours).plain == paragraph
    assert title_text(story, 0, 1).plain == story.title
    speaker = story.speakers[0]
    prompt = speaker_prompt(speaker, colours["eve"], 1).plain
    assert "[b]Eve[/b]" in prompt and "[@click=app.quit]Eve[/]" in prompt
    detail = quote_detail(story, story.quotes[0], colours).plain
    assert "Go to [link=file:///etc/passwd]x[/link] now [/]," in detail
    assert "[red]hacker[/]" in detail


def test_quote_span_carries_the_speaker_colour_and_its_id() -> None:
    story = bridge_story()
    colours = speaker_colours(story)
    quote = story.quotes[1]  # Ana Diaz, direct
    spans = paragraph_spans(story)[quote.paragraph]
    text = paragraph_text(story.paragraphs[quote.paragraph], spans, colours)
    local = quote.start - story.paragraph_starts[quote.paragraph]
    styles = _styles_over(text, local, local + len(quote.text))
    assert any(s.color == colours["ana-diaz"] and s.bold for s in styles)
    assert any(s.meta.get(QUOTE_META) == "q2" for s in styles)


def test_selected_quote_is_reversed() -> None:
    story = bridge_story()
    colours = speaker_colours(story)
    quote = story.quotes[3]
    spans = paragraph_spans(story)[quote.paragraph]
    local = quote.start - story.paragraph_starts[quote.paragraph]
    plain = paragraph_text(story.paragraphs[quote.paragraph], spans, colours)
    chosen = paragraph_text(story.paragraphs[quote.paragraph], spans, colours, selected="q4")
    assert not any(s.reverse for s in _styles_over(plain, local, local + 1))
    assert any(s.reverse for s in _styles_over(chosen, local, local + 1))


def test_kinds_have_distinct_styles() -> None:
    story = bridge_story()
    colours = speaker_colours(story)
    spans = paragraph_spans(story)

    def style_of(quote_index: int) -> list[Style]:
        quote = story.quotes[quote_index]
        text = paragraph_text(story.paragraphs[quote.paragraph], spans[quote.paragraph], colours)
        local = quote.start - story.paragraph_starts[quote.paragraph]
        return _styles_over(text, local, local + 1)

    assert any(s.underline and not s.bold for s in style_of(2))  # indirect
    assert any(s.italic and s.dim for s in style_of(0))  # scare quote in the headline
    assert any(s.italic and s.dim for s in style_of(5))  # title
    assert any(s.color == UNKNOWN for s in style_of(6))  # unknown speaker


def test_multi_paragraph_quote_has_a_span_in_each_paragraph() -> None:
    story = bridge_story()
    spans = paragraph_spans(story)
    assert [s.quote.id for s in spans[9]] == ["q9"]
    assert [s.quote.id for s in spans[10]] == ["q9"]
    first, second = spans[9][0], spans[10][0]
    assert story.paragraphs[9][first.start : first.end] == "The bridge opens in May."
    assert story.paragraphs[10][second.start : second.end].startswith("Traffic")


def test_segment_outside_the_paragraphs_is_dropped_not_misplaced() -> None:
    story = bridge_story()
    story.quotes[1].segments = [(len(story.text) + 5, len(story.text) + 9)]
    assert all(s.quote.id != "q2" for spans in paragraph_spans(story) for s in spans)


def test_colours_follow_first_appearance_then_the_speaker_list() -> None:
    story = bridge_story()
    story.speakers.reverse()
    colours = speaker_colours(story)
    assert [str(colours[sid].name) for sid in ("ana-diaz", "tom-berg", "council")] == [
        PALETTE[0],
        PALETTE[1],
        PALETTE[2],
    ]


def test_palette_repeats_past_its_end() -> None:
    speakers = [Speaker(f"s{i}", f"Speaker {i}") for i in range(len(PALETTE) + 1)]
    story = build_story("T", ["T"], speakers, [])
    colours = speaker_colours(story)
    assert colours[f"s{len(PALETTE)}"] == colours["s0"]


def test_evidence_marks_cue_and_mention_as_whole_words() -> None:
    quote = build_story(
        "T",
        ["T", "“Go,” he said to the other man."],
        [Speaker("x", "X")],
        [
            Q(
                ["Go,"],
                "direct",
                "x",
                cue="said",
                mention="he",
                evidence="“Go,” he said to the other.",
            )
        ],
    ).quotes[0]
    text = evidence_text(quote, UNKNOWN)
    marked = {text.plain[span.start : span.end] for span in text.spans}
    assert marked == {"said", "he"}  # "he" in "the" and "other" is not marked


def test_detail_names_an_unknown_speaker_honestly() -> None:
    story = bridge_story()
    detail = quote_detail(story, story.quotes[6], speaker_colours(story)).plain
    assert detail.startswith("unknown speaker")
    assert "Nobody asked the fishermen," in detail


def test_detail_lists_every_field() -> None:
    story = bridge_story()
    detail = quote_detail(story, story.quotes[1], speaker_colours(story)).plain
    for expected in (
        "Ana Diaz",
        "chair of the heritage group",
        "direct quote",
        "said",
        "Paragraph  2",
        "0.95",
        "same-sentence-name",
        "Evidence",
    ):
        assert expected in detail


def test_no_quote_selected_says_so() -> None:
    assert "No quote selected" in quote_detail(bridge_story(), None, {}).plain


def test_paragraph_numbers_skip_the_headline() -> None:
    story = bridge_story()
    assert has_headline(story)
    assert paragraph_label(story, 0) == "headline"
    assert paragraph_label(story, 3) == "3"
    no_headline = build_story("Untitled", ["First words.", "Second."], [], [])
    assert paragraph_label(no_headline, 0) == "1"


def test_title_shows_position_only_among_several() -> None:
    story = bridge_story()
    assert title_text(story, 0, 1).plain == story.title
    assert title_text(story, 1, 3).plain.endswith("2/3")


def test_detail_of_a_quoted_term_names_no_speaker() -> None:
    story = bridge_story()
    detail = quote_detail(story, story.quotes[0], speaker_colours(story)).plain
    assert detail.startswith("no speaker")
    assert "scare quote" in detail


#: What ``decode`` lets through: no control characters but newline and tab.
STORY_CHARACTERS = st.characters(blacklist_categories=("Cc", "Cs"), whitelist_characters="\n\t")


@given(
    paragraph=st.text(STORY_CHARACTERS, min_size=1, max_size=200),
    cuts=st.lists(st.integers(min_value=0, max_value=200), min_size=2, max_size=6),
)
def test_plain_text_survives_any_text_and_any_spans(paragraph: str, cuts: list[int]) -> None:
    points = sorted({min(c, len(paragraph)) for c in cuts})
    parts = [paragraph[a:b] for a, b in pairwise(points) if a < b]
    title = "Title"
    story = build_story(
        title,
        [title, paragraph],
        [Speaker("s", "S")],
        [Q([part], "direct", "s") for part in parts[::2]],
    )
    spans = paragraph_spans(story)[1]
    assert (
        paragraph_text(paragraph, spans, speaker_colours(story), selected="q1").plain == paragraph
    )

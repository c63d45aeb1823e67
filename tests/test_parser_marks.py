"""The quote finder on the marks real copy uses, clean and messy."""

from __future__ import annotations

import pytest

from tui.parser.marks import find_quotes
from tui.parser.segment import paragraph_spans, sentence_spans


def quoted(text: str) -> list[str]:
    found = find_quotes(text, paragraph_spans(text))
    return [" ".join(text[a:b] for a, b in f.segments) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "yes" and "no".', ["yes", "no"]),
        ("She said “fine” twice.", ["fine"]),
        ("The fans’ anger and the club’s debt are ‘real’.", ["real"]),
        ("Don't say 'never' to 'em.", ["never"]),
        (
            'Messy "open with straight, close with curly” here.',
            ["open with straight, close with curly"],
        ),
        ("Two apostrophes \"close it'' like this.", ["close it"]),
        ('A stray " space after the mark" stays inside.', ["space after the mark"]),
        ("”Backwards opener,” she said.", ["Backwards opener,"]),
        ("\"Outer 'inner' outer.\"", ["Outer 'inner' outer.", "inner"]),
        ("‘British outer “inner” outer.’", ["British outer “inner” outer.", "inner"]),
        ("“[We] have agreed,” he said.", ["[We] have agreed,"]),
        ("The show ‘Sea Breezes’ every August is ‘over’.", ["Sea Breezes", "over"]),
        ("The players’ wages and the ‘deal’.", ["deal"]),
    ],
)
def test_marks_pair(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_multi_paragraph_quote_is_one_quote_joined_by_a_space() -> None:
    text = '"First part.\n\n"Second part.\n\n"Last part," she said.'
    assert quoted(text) == ["First part. Second part. Last part,"]


def test_unclosed_quote_stops_at_its_paragraph() -> None:
    text = 'He said "this never closes.\n\nThe next paragraph is narration.'
    assert quoted(text) == ["this never closes."]


def test_thousands_of_stray_marks_do_not_hang_or_cross_paragraphs() -> None:
    text = "\n\n".join(['"' * 501 + " word"] * 200)
    found = find_quotes(text, paragraph_spans(text))
    paragraphs = paragraph_spans(text)
    for f in found:
        lo, hi = paragraphs[f.paragraph]
        assert all(lo <= a <= b <= hi for a, b in f.segments)


def test_sentences_do_not_split_inside_quotes_or_after_titles() -> None:
    text = 'Dr. Ana Diaz said "It works. Mostly." Then she left. Mr. Lee stayed.'
    quote = text.index('"'), text.index('." Then') + 2
    spans = sentence_spans(text, 0, len(text), [quote])
    assert [text[a:b] for a, b in spans] == [
        'Dr. Ana Diaz said "It works. Mostly."',
        "Then she left.",
        "Mr. Lee stayed.",
    ]

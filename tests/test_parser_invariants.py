"""Properties ``parse`` keeps on any input (hypothesis).

Whatever the text, the parser returns a Story whose offsets, ids and
references are consistent: the app, the exporters and the accuracy harness
all index ``story.text`` with them.
"""

from __future__ import annotations

import json
import time
from datetime import timedelta
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tui.model import Quote, Speaker, Story
from tui.parser import parse

KINDS = {"direct", "partial", "indirect", "scare", "title", "name"}
SPEAKER_KINDS = {"person", "organisation", "described"}

SETTINGS = settings(
    max_examples=200,
    deadline=timedelta(seconds=2),
    suppress_health_check=[HealthCheck.too_slow],
)

# --------------------------------------------------------------------- strategies

ODD_CHARS = [
    "\x00", "\x07", "\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1e", "\x85",
    "\x7f", "\u00a0", "\u2028", "\u2029", "\u200b", "\u200d", "\u200e", "\u200f",
    "\u202a", "\u202e", "\u2066", "\u2069", "\ufeff", "\ufffd", "\u0301", "\u0308",
    "\u05d0", "\u0627", "\u0644", "👍", "👩‍👩‍👧", "🇫🇷", "\U0001f600", "ß", "İ", "ǅ", "ﬁ",
]  # fmt: skip

#: Any unicode (not surrogates, which decoded text never holds), plus the
#: troublemakers: controls, line separators, bidi marks, combining marks, emoji.
any_text = st.one_of(
    st.text(max_size=300),
    st.lists(
        st.one_of(st.characters(exclude_categories=["Cs"]), st.sampled_from(ODD_CHARS)),
        max_size=300,
    ).map("".join),
)

MARKS = ["“", "”", '"', "'", "‘", "’", "«", "»", "„", "''", "‹", "›", "`"]
WORDS = (
    "the council we will not pay it was a fair deal said says told reporters added "
    "according to who goes by known as so-called called it the film book report "
    "he she they it his her their our I you and but because on Tuesday in March"
).split()
NAMES = [
    "Ana Diaz", "Diaz", "Mr Pell", "Mrs. Atkinson", "Dr. Nadia Ferreira", "Ferreira",
    "Tomas van der Berg", "al-Rashid", "J. R. Hollis", "O'Neill", "Castrel Forestry Service",
    "a police spokesman", "one resident", "the ministry", "the elder Lindqvist",
]  # fmt: skip
CUES = [
    "said", "says", "told reporters", "added", "said:", "according to", "asked",
    "it said", "she said.", "he added,", "wrote", "—", ":",
]  # fmt: skip
PUNCT = [",", ".", "?", "!", ";", "…", "—", "(", ")", "[", "]", "[Editor's note:", "’s", "'s"]
#: Opening and closing marks, matched and mismatched, missing on one side.
PAIRS = [
    ("“", "”"),
    ('"', '"'),
    ("‘", "’"),
    ("«", "»"),
    ('"', "”"),
    ("“", "''"),
    ('"', ""),
    ("", "”"),
]
LABELS = ["Q:", "A:", "ANCHOR:", "BAPTISTE:", "Vice Mayor Tomas Okello:", "REPORTER:"]
SEPARATORS = [" ", " ", " ", " ", "", "\n", "\n\n", "\n\n", "\n\n\n", " \n\n ", "\r\n\r\n"]

token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(NAMES),
    st.sampled_from(CUES),
    st.sampled_from(MARKS),
    st.sampled_from(MARKS),
    st.sampled_from(PUNCT),
    st.sampled_from(LABELS),
    st.sampled_from(ODD_CHARS),
    st.text(max_size=6),
)


@st.composite
def story_text(draw) -> str:
    """Story-like text: an optional headline, then tokens with blank lines."""
    parts = []
    if draw(st.booleans()):
        parts.append(" ".join(draw(st.lists(token, min_size=1, max_size=8))) + "\n\n")
    for tok in draw(st.lists(token, max_size=120)):
        parts.append(tok)
        parts.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(parts)


@st.composite
def quote_story(draw) -> str:
    """Paragraphs built from sentences that look like attributed quotes."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 8))):
        sentences = []
        for _ in range(draw(st.integers(1, 3))):
            o, c = draw(st.sampled_from(PAIRS))
            words = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=8)))
            name = draw(st.sampled_from(NAMES))
            cue = draw(st.sampled_from(CUES))
            shape = draw(st.integers(0, 4))
            if shape == 0:
                sentences.append(f"{o}{words},{c} {cue} {name}.")
            elif shape == 1:
                sentences.append(f"{name} {cue} {o}{words}.{c}")
            elif shape == 2:
                sentences.append(f"{o}{words},{c} {name} {cue}. {o}{words}{c}")
            elif shape == 3:
                sentences.append(f"{draw(st.sampled_from(LABELS))} {words} {o}{words}{c}")
            else:
                sentences.append(f"{name} called it {o}{words}{c} on Tuesday.")
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


# ---------------------------------------------------------------------- the check


def check_invariants(text: str) -> Story:
    story = parse(text)
    assert isinstance(story, Story)
    check_story(story)
    return story


def check_story(story: Story) -> None:
    """Every invariant of a parsed Story (AssertionError names the first broken)."""
    t = story.text

    # paragraphs are where paragraph_starts say they are
    assert len(story.paragraphs) == len(story.paragraph_starts)
    for i, (para, start) in enumerate(zip(story.paragraphs, story.paragraph_starts, strict=True)):
        assert 0 <= start <= len(t), f"paragraph {i} starts outside the text"
        assert t[start : start + len(para)] == para, f"paragraph {i} is not at its start"

    # speakers: unique ids, known kinds
    ids = [s.id for s in story.speakers]
    assert len(ids) == len(set(ids)), f"duplicate speaker ids: {ids}"
    for s in story.speakers:
        assert s.kind in SPEAKER_KINDS, s

    quote_ids = [q.id for q in story.quotes]
    assert len(quote_ids) == len(set(quote_ids)), f"duplicate quote ids: {quote_ids}"
    for q in story.quotes:
        assert q.kind in KINDS, q
        assert q.speaker is None or q.speaker in ids, f"unknown speaker id {q.speaker!r}"
        assert 0.0 <= q.confidence <= 1.0, f"confidence {q.confidence} for {q.id}"
        assert 0 <= q.start <= q.end <= len(t), f"{q.id} span {q.start}:{q.end} outside"

        # offsets: one segment slices to the text, several join to it
        if len(q.segments) <= 1:
            assert t[q.start : q.end] == q.text, f"{q.id}: text[start:end] != text"
            if q.segments:
                assert tuple(q.segments[0]) == (q.start, q.end), f"{q.id}: segment != span"
        else:
            segs = [tuple(s) for s in q.segments]
            assert segs[0][0] == q.start and segs[-1][1] == q.end, f"{q.id}: span != segments"
            for (a, b), (c, _) in pairwise(segs):
                assert a <= b <= c, f"{q.id}: segments out of order {segs}"
            assert " ".join(t[a:b] for a, b in segs) == q.text, f"{q.id}: segments != text"

        # the paragraph index is valid and the quote starts in that paragraph
        assert 0 <= q.paragraph < len(story.paragraphs), f"{q.id}: paragraph {q.paragraph}"
        p_start = story.paragraph_starts[q.paragraph]
        p_end = p_start + len(story.paragraphs[q.paragraph])
        assert p_start <= q.start <= p_end, (
            f"{q.id} starts at {q.start}, outside paragraph {q.paragraph} [{p_start}:{p_end}]"
        )

    # quotes do not overlap, except a quote nested strictly inside another: it
    # opens after the outer one does and closes before or with it (an unclosed
    # inner quote runs to the end of the paragraph, as a transcript turn does)
    ordered = sorted(story.quotes, key=lambda q: (q.start, -q.end))
    for i, outer in enumerate(ordered):
        for inner in ordered[i + 1 :]:
            if inner.start >= outer.end:
                break
            assert outer.start < inner.start and inner.end <= outer.end, (
                f"quotes overlap: {outer.id} [{outer.start}:{outer.end}] {outer.text!r} "
                f"and {inner.id} [{inner.start}:{inner.end}] {inner.text!r}"
            )

    json.dumps(story.to_dict())  # the public contract stays serialisable


def _hand_made() -> Story:
    text = 'Mayor speaks\n\n"We will \'never\' pay," said Ana Diaz.\n\n"Not once.'
    t2 = text.index("Not")
    return Story(
        title="Mayor speaks",
        text=text,
        paragraphs=text.split("\n\n"),
        paragraph_starts=[0, 14, t2 - 1],
        speakers=[Speaker("ana-diaz", "Ana Diaz", ["Diaz"])],
        quotes=[
            Quote("q1", "We will 'never' pay,", "direct", "ana-diaz", 1, 15, 35, [(15, 35)]),
            Quote("q2", "never", "scare", None, 1, 24, 29, [(24, 29)]),
            Quote("q3", "Not once.", "direct", "ana-diaz", 2, t2, t2 + 9, [(t2, t2 + 9)]),
        ],
    )


def test_the_checker_accepts_a_consistent_story():
    check_story(_hand_made())


@pytest.mark.parametrize(
    "breakage",
    [
        lambda s: setattr(s.quotes[0], "end", 36),  # text no longer slices
        lambda s: setattr(s.quotes[0], "speaker", "nobody"),  # unknown speaker id
        lambda s: setattr(s.quotes[2], "paragraph", 1),  # starts outside its paragraph
        lambda s: setattr(s.quotes[2], "paragraph", 7),  # no such paragraph
        lambda s: setattr(s.quotes[1], "confidence", 1.5),
        lambda s: s.speakers.append(Speaker("ana-diaz", "Ana")),  # duplicate id
        lambda s: s.quotes.append(Quote("q4", "will 'never' pay,\"", "direct", None, 1, 18, 36)),
        lambda s: s.paragraph_starts.__setitem__(1, 13),
    ],
)
def test_the_checker_rejects_a_broken_story(breakage):
    story = _hand_made()
    breakage(story)
    with pytest.raises(AssertionError):
        check_story(story)


# -------------------------------------------------------------------- properties


@SETTINGS
@given(any_text)
@example("")
@example("\n\n\n")
@example('"')
@example("“”")
@example("\u200f“\u202eهذا\u202c” قال\n\n")
@example('e\u0301“e\u0301”\r\n\r\n"x\u0308" said Ana\x85Diaz\u2028.')
@example("“‘0“”’")  # an unclosed mark must not stop inside a quotation it holds
def test_invariants_on_any_text(text):
    check_invariants(text)


@SETTINGS
@given(story_text())
@example("“\n\n“b")  # an opener alone at a paragraph end, reopened below
@example("Q: .\n\nQ: “.\n\n“.")  # a quote opened in a turn, continued past it
def test_invariants_on_story_like_text(text):
    check_invariants(text)


@SETTINGS
@given(quote_story())
@example('"We will not pay,” said Ana Diaz.\n\n“It was a fair deal." Diaz said.')
@example("Q: “It was” he said ‘a deal’\n\nA: “no”")
def test_invariants_on_quote_shaped_text(text):
    check_invariants(text)


# --------------------------------------------------------- bounded time, big input

ADVERSARIAL = {
    "straight marks": '"' * 5000,
    "curly openers": "“" * 5000,
    "alternating marks": "“‘«„" * 1500,
    "apostrophes": "'s " * 3000,
    "titles": "Mr. " * 3000,
    "one long paragraph": '"We will not pay," said Ana Diaz of the council. ' * 400,
    "many paragraphs": '"It was a deal," he said.\n\n' * 600,
    "unclosed quotes": "“He said it and " * 600 + "\n\n" + "“again " * 600,
    "capitalised run": "Ana Diaz Tomas Van Der Berg Castrel Forestry Service " * 400,
    "labels": "Q: why?\n\nA: because\n\n" * 500,
    "no spaces": "x" * 20000,
    "blank lines": "\n" * 20000,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_big_and_pathological_input_is_parsed_in_bounded_time(name):
    started = time.perf_counter()
    check_invariants(ADVERSARIAL[name])
    elapsed = time.perf_counter() - started
    assert elapsed < 5.0, f"{name}: {elapsed:.1f} s for {len(ADVERSARIAL[name])} characters"

"""Hand-made stories for the UI tests, so they do not depend on the parser's quality.

``build_story`` computes offsets from exact substrings, the way the parser
would, so every span in these fixtures is right by construction.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from tui.model import Quote, QuoteKind, Speaker, Story


@dataclass
class Q:
    """A quote to place: ``parts`` are its segments, each found after the last."""

    parts: list[str]
    kind: QuoteKind
    speaker: str | None
    cue: str | None = None
    mention: str | None = None
    evidence: str | None = None
    confidence: float = 0.9
    rule: str | None = None


def build_story(
    title: str, paragraphs: list[str], speakers: list[Speaker], quotes: list[Q]
) -> Story:
    text = "\n\n".join(paragraphs)
    starts, offset = [], 0
    for paragraph in paragraphs:
        starts.append(offset)
        offset += len(paragraph) + 2
    built, cursor = [], 0
    for number, spec in enumerate(quotes, start=1):
        segments = []
        for part in spec.parts:
            start = text.index(part, cursor)
            segments.append((start, start + len(part)))
            cursor = start + len(part)
        first = segments[0][0]
        paragraph = max(i for i, s in enumerate(starts) if s <= first)
        built.append(
            Quote(
                id=f"q{number}",
                text=" ".join(spec.parts),
                kind=spec.kind,
                speaker=spec.speaker,
                paragraph=paragraph,
                start=first,
                end=segments[-1][1],
                segments=segments,
                cue=spec.cue,
                mention=spec.mention,
                evidence=spec.evidence,
                confidence=spec.confidence,
                rule=spec.rule,
            )
        )
    return Story(title, text, paragraphs, starts, speakers, built, source="fixture")


BRIDGE_PARAGRAPHS = [
    "Town votes to 'save' the old bridge",
    "The council voted on Tuesday to repair the Mill Street bridge, ending a year of argument.",
    "“This bridge carried my grandfather to work. It will carry my grandchildren,” said Ana "
    "Diaz, who chairs the heritage group.",
    "Mayor Tom Berg said the repairs would cost less than a new crossing.",
    "“We did the sums twice,” Berg told reporters.",
    "Diaz called the vote “a win for common sense”.",
    "The group's leaflet, “Bridges Are People Too”, was handed out at the meeting.",
    "“Nobody asked the fishermen,” a voice shouted from the back of the hall.",
    "Diaz, known locally as “the Bridge Lady”, thanked the council.",
    "“The bridge opens in May.",
    "“Traffic will be back to normal by June,” Berg said.",
]


def bridge_story() -> Story:
    """Every quote kind, an unknown speaker, and a quote over two paragraphs.

    Reading order and kinds: q1 scare (headline), q2 direct Diaz, q3 indirect
    Berg, q4 direct Berg, q5 partial Diaz, q6 title, q7 direct unknown,
    q8 name, q9 direct Berg over paragraphs 9 and 10.
    """
    speakers = [
        Speaker("ana-diaz", "Ana Diaz", ["Diaz"], "chair of the heritage group"),
        Speaker("tom-berg", "Tom Berg", ["Berg", "Mayor Tom Berg"], "mayor"),
        Speaker("council", "the council", [], None, "organisation"),
    ]
    quotes = [
        Q(["save"], "scare", None),
        Q(
            ["This bridge carried my grandfather to work. It will carry my grandchildren,"],
            "direct",
            "ana-diaz",
            cue="said",
            mention="Ana Diaz",
            evidence=BRIDGE_PARAGRAPHS[2],
            confidence=0.95,
            rule="same-sentence-name",
        ),
        Q(
            ["the repairs would cost less than a new crossing"],
            "indirect",
            "tom-berg",
            cue="said",
            mention="Mayor Tom Berg",
            evidence=BRIDGE_PARAGRAPHS[3],
            confidence=0.7,
            rule="indirect",
        ),
        Q(
            ["We did the sums twice,"],
            "direct",
            "tom-berg",
            cue="told",
            mention="Berg",
            evidence=BRIDGE_PARAGRAPHS[4],
            rule="same-sentence-name",
        ),
        Q(
            ["a win for common sense"],
            "partial",
            "ana-diaz",
            cue="called",
            mention="Diaz",
            evidence=BRIDGE_PARAGRAPHS[5],
            rule="same-sentence-name",
        ),
        Q(["Bridges Are People Too"], "title", None),
        Q(
            ["Nobody asked the fishermen,"],
            "direct",
            None,
            cue="shouted",
            evidence=BRIDGE_PARAGRAPHS[7],
            confidence=0.0,
            rule="unknown",
        ),
        Q(["the Bridge Lady"], "name", None),
        Q(
            ["The bridge opens in May.", "Traffic will be back to normal by June,"],
            "direct",
            "tom-berg",
            cue="said",
            mention="Berg",
            evidence=BRIDGE_PARAGRAPHS[10],
            rule="same-sentence-name",
        ),
    ]
    return build_story(BRIDGE_PARAGRAPHS[0], BRIDGE_PARAGRAPHS, speakers, quotes)


def ferry_story() -> Story:
    """A second, smaller story for switching with ``[`` and ``]``."""
    paragraphs = [
        "Ferry service resumes",
        "“The boats are back,” said harbour master Lin Wei.",
    ]
    speakers = [Speaker("lin-wei", "Lin Wei", ["Wei"], "harbour master")]
    quotes = [
        Q(
            ["The boats are back,"],
            "direct",
            "lin-wei",
            cue="said",
            mention="Lin Wei",
            evidence=paragraphs[1],
        )
    ]
    return build_story(paragraphs[0], paragraphs, speakers, quotes)


#: Story text that would be markup if anything passed it to Textual as a str.
HOSTILE = [
    "[bold red]boom[/] and [@click=app.quit]x[/]",
    "“Go to [link=file:///etc/passwd]x[/link] now [/],” said [b]Eve[/b] 🙂 東京.",
]


def hostile_story() -> Story:
    """Markup, actions, links and an unbalanced close tag in title, text and names."""
    speakers = [Speaker("eve", "[b]Eve[/b]", ["[@click=app.quit]Eve[/]"], "[red]hacker[/]")]
    quotes = [
        Q(
            ["Go to [link=file:///etc/passwd]x[/link] now [/],"],
            "direct",
            "eve",
            cue="said",
            mention="[b]Eve[/b]",
            evidence=HOSTILE[1],
            rule="[/]",
        )
    ]
    return build_story(HOSTILE[0], HOSTILE, speakers, quotes)


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Parse caches written by tests (and the commands they run) go to a temporary folder."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture
def story() -> Story:
    return bridge_story()


@pytest.fixture
def make_app() -> Callable[..., object]:
    """``make_app(*stories)``: the explorer over hand-made stories (the bridge by default)."""
    from tui.app import StoryExplorerApp

    def factory(*stories: Story) -> StoryExplorerApp:
        return StoryExplorerApp(list(stories) or [bridge_story()])

    return factory

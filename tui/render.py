"""The story model as ``rich.text.Text``: the only way story text reaches the screen.

Every function here builds ``Text`` from plain strings and adds styled spans,
so nothing a story contains (``[bold]``, ``[@click=...]``, ``[link=...]``) is
ever read as markup. Rich only, no Textual: the output can be tested without
running the app, and the widgets stay thin.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.color import Color
from rich.style import Style
from rich.text import Text

from tui.model import Quote, Speaker, Story
from tui.palette import NEUTRAL, UNKNOWN

#: Meta key on a quote's spans, so a click on it can name the quote.
QUOTE_META = "quote"

SELECTED = Style(reverse=True, bold=True)
NOT_SPEECH = Style(italic=True, dim=True)
HEADLINE = Style(bold=True)
LABEL = Style(dim=True)
CUE = Style(bold=True, underline=True)

KIND_NAMES = {
    "direct": "direct quote",
    "partial": "partial quote",
    "indirect": "indirect (reported) speech",
    "scare": "scare quote (a quoted term, not speech)",
    "title": "title (a quoted work, not speech)",
    "name": "name (a quoted name, not speech)",
}


@dataclass(frozen=True)
class Span:
    """Where a quote's segment falls inside one paragraph (local offsets)."""

    start: int
    end: int
    quote: Quote


def has_headline(story: Story) -> bool:
    """Paragraph 0 is the headline when it is the title standing alone."""
    return bool(story.paragraphs) and story.paragraphs[0].strip() == story.title.strip()


def paragraph_spans(story: Story) -> list[list[Span]]:
    """Each paragraph's quote segments in local offsets, clipped to the paragraph.

    A quote over several paragraphs has one segment in each; a segment that
    falls outside every paragraph (a parser bug) is dropped rather than shown
    in the wrong place.
    """
    spans: list[list[Span]] = [[] for _ in story.paragraphs]
    for quote in story.quotes:
        for start, end in quote.segments or [(quote.start, quote.end)]:
            index = bisect_right(story.paragraph_starts, start) - 1
            if index < 0 or index >= len(story.paragraphs):
                continue
            offset = story.paragraph_starts[index]
            length = len(story.paragraphs[index])
            local_start, local_end = start - offset, min(end - offset, length)
            if local_start < local_end:
                spans[index].append(Span(local_start, local_end, quote))
    return spans


def speaker_colour(quote: Quote, colours: dict[str, Color]) -> Color:
    """The quote's speaker colour, or grey when nobody is credited."""
    if quote.speaker is None:
        return UNKNOWN
    return colours.get(quote.speaker, UNKNOWN)


def quote_style(quote: Quote, colours: dict[str, Color], selected: bool = False) -> Style:
    """How a quote looks in the narration.

    Speech is bold in the speaker's colour; indirect speech only underlined,
    since its words are the reporter's; quoted terms nobody said are italic
    and dim. The selected quote is reversed on top of that.
    """
    if not quote.is_speech:
        style = NOT_SPEECH
    elif quote.kind == "indirect":
        style = Style(color=speaker_colour(quote, colours), underline=True)
    else:
        style = Style(color=speaker_colour(quote, colours), bold=True)
    style += Style(meta={QUOTE_META: quote.id})
    return style + SELECTED if selected else style


def paragraph_text(
    paragraph: str,
    spans: list[Span],
    colours: dict[str, Color],
    selected: str | None = None,
    headline: bool = False,
) -> Text:
    """One paragraph with each quote segment styled; ``plain`` is the paragraph."""
    text = Text(paragraph, style=HEADLINE if headline else "")
    for span in spans:
        style = quote_style(span.quote, colours, selected=span.quote.id == selected)
        text.stylize(style, span.start, span.end)
    return text


def title_text(story: Story, index: int, total: int) -> Text:
    """The story title for the title bar, with its place when there are several."""
    text = Text(story.title or "(untitled story)", style=HEADLINE, no_wrap=True)
    if total > 1:
        text.append(f"  {index + 1}/{total}", style=LABEL)
    return text


def speaker_prompt(speaker: Speaker, colour: Color, count: int, dimmed: bool = False) -> Text:
    """A speaker-list entry: name and quote count, then description and aliases."""
    text = Text()
    text.append("● ", style=Style(color=colour))
    text.append(speaker.name, style=Style(color=colour, bold=True))
    text.append(f"  {count}", style=LABEL)
    details = [speaker.description] if speaker.description else []
    if speaker.aliases:
        details.append("also " + ", ".join(speaker.aliases))
    for detail in details:
        text.append("\n  ")
        text.append(detail, style=LABEL)
    if dimmed:
        text.stylize(Style(dim=True))
    return text


def _find_term(haystack: str, term: str) -> re.Match[str] | None:
    """The first whole-word, case-insensitive occurrence of ``term``."""
    return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", haystack, re.IGNORECASE)


def evidence_text(quote: Quote, colour: Color) -> Text:
    """The attributing sentence with the cue and the speaker mention marked."""
    text = Text(quote.evidence or "")
    for term, style in ((quote.cue, CUE), (quote.mention, Style(color=colour, bold=True))):
        match = _find_term(text.plain, term) if term else None
        if match:
            text.stylize(style, match.start(), match.end())
    return text


def paragraph_label(story: Story, index: int) -> str:
    """Paragraph number as a reader counts: the headline is not paragraph 1."""
    if has_headline(story):
        return "headline" if index == 0 else str(index)
    return str(index + 1)


def _field(text: Text, label: str, value: Text | str) -> None:
    text.append(f"\n{label:<11}", style=LABEL)
    text.append(value)


def quote_detail(story: Story, quote: Quote | None, colours: dict[str, Color]) -> Text:
    """Everything known about one quote: who, how, its words and why we think so.

    The speaker and the decision come first so they stay in view in a short
    pane; a long quote follows, then the evidence sentence.
    """
    if quote is None:
        return Text("No quote selected. Press n for the next quote.", style=LABEL)
    colour = speaker_colour(quote, colours) if quote.is_speech else NEUTRAL
    speaker = story.speaker(quote.speaker)
    if speaker is None and not quote.is_speech:
        text = Text("no speaker", style=NOT_SPEECH)
    elif speaker is None:
        text = Text("unknown speaker", style=Style(color=UNKNOWN, italic=True))
    else:
        text = Text(speaker.name, style=Style(color=colour, bold=True))
        if speaker.description:
            text.append(f"\n{speaker.description}")
    _field(text, "Kind", KIND_NAMES.get(quote.kind, quote.kind))
    _field(text, "Cue", quote.cue or "—")
    _field(text, "Paragraph", paragraph_label(story, quote.paragraph))
    _field(text, "Confidence", f"{quote.confidence:.2f}")
    _field(text, "Rule", quote.rule or "—")
    text.append("\n\n")
    text.append(f"“{quote.text}”", style=Style(color=colour, bold=quote.is_speech))
    if quote.evidence:
        text.append("\n\nEvidence\n", style=LABEL)
        text.append(evidence_text(quote, colour))
    return text

"""Command palette entries (ctrl+p) for what makes sense in the current state.

Speaker names come from the story, so every prompt is built as ``Text`` and
fuzzy matches are highlighted on it here: Textual's ``Matcher.highlight``
would read the name as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from rich.style import Style
from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider

if TYPE_CHECKING:
    from tui.app import StoryExplorerApp

MATCH = Style(reverse=True)

Command = tuple[str, Callable[[], object], str]


def _highlight(matcher: Matcher, candidate: str) -> Text:
    """``candidate`` as plain Text with the fuzzy-matched letters reversed."""
    text = Text(candidate)
    score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    if score:
        for offset in offsets:
            text.stylize(MATCH, offset, offset + 1)
    return text


class StoryCommands(Provider):
    """Jump to a speaker, copy the quote, toggle indirect speech, switch story."""

    @property
    def explorer(self) -> StoryExplorerApp:
        return cast("StoryExplorerApp", self.app)

    def _commands(self) -> Iterator[Command]:
        app = self.explorer
        if app.corpus:
            yield ("Stories", app.action_stories, "Every opened story, filtered as you type")
            yield (
                "Speakers across stories",
                app.action_all_speakers,
                "Everyone quoted in the opened stories, merged by name",
            )
        else:
            return
        for speaker in app.story.speakers:
            yield (
                f"Quotes by {speaker.name}",
                partial(app.filter_to, frozenset({speaker.id})),
                "Step through this speaker's quotes with n / p",
            )
        if app.speaker_filter is not None:
            yield ("Show all speakers", app.action_clear_filter, "Clear the speaker filter")
        if app.selected is not None:
            yield ("Copy quote", app.action_copy_quote, "The quote's words, no quote marks")
            yield (
                "Copy quote with attribution",
                app.action_copy_attributed,
                "“text” — Speaker, Story title",
            )
        yield ("Export quotes", app.action_export, "The quotes n / p visit, to Markdown or JSON")
        indirect = "Skip indirect quotes" if app.include_indirect else "Include indirect quotes"
        yield (indirect, app.action_toggle_indirect, "Whether n / p stop at reported speech")
        if len(app.corpus) > 1:
            yield ("Next story", app.action_next_story, "Show the next story")
            yield ("Previous story", app.action_previous_story, "Show the previous story")

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(Text(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            if score := matcher.match(name):
                yield Hit(score, _highlight(matcher, name), callback, text=name, help=help_text)

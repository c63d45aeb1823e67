"""The Story Explorer app: UI state and the actions that change it.

The app owns the state (which story, which quote, which speakers, whether
indirect speech counts) as reactive attributes. Panes post messages up; the
app updates state here, and its watchers tell each pane what to show. Turning
the model into styled text is ``render``'s job, not this module's.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import var
from textual.widgets import Footer, Static

from tui.clipboard import attributed, copy_native, preview, quote_text
from tui.commands import StoryCommands
from tui.model import Quote, Story
from tui.palette import speaker_colours
from tui.render import title_text
from tui.screens.help import HelpScreen
from tui.widgets import Narration, QuoteDetail, SpeakerPane

#: Kinds that are always stops for n/p; indirect joins them when toggled on.
STOP_KINDS = frozenset({"direct", "partial"})


class StoryExplorerApp(App[None]):
    """Read stories one at a time and step through who said what."""

    TITLE = "Story Explorer"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {StoryCommands}
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (80, "-wide")]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_quote", "Quote", key_display="n/p"),
        Binding("p", "previous_quote", "Previous quote", show=False),
        Binding("slash", "open_filter", "Filter"),
        Binding("escape", "clear_filter", "Clear filter", show=False),
        Binding("c", "copy_quote", "Copy", key_display="c/C"),
        Binding("C", "copy_attributed", "Copy with attribution", show=False),
        Binding("i", "toggle_indirect", "Indirect"),
        Binding("left_square_bracket", "previous_story", "Previous story", show=False),
        Binding("right_square_bracket", "next_story", "Story", key_display="[/]"),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]

    story_index: var[int] = var(0, init=False)
    selected_quote: var[str | None] = var(None, init=False, always_update=True)
    speaker_filter: var[frozenset[str] | None] = var(None, init=False, always_update=True)
    include_indirect: var[bool] = var(False, init=False)

    def __init__(self, stories: list[Story]) -> None:
        if not stories:
            raise ValueError("StoryExplorerApp needs at least one story")
        super().__init__()
        self.stories = stories
        self.colours = speaker_colours(stories[0])

    @property
    def story(self) -> Story:
        return self.stories[self.story_index]

    @property
    def selected(self) -> Quote | None:
        return next((q for q in self.story.quotes if q.id == self.selected_quote), None)

    def compose(self) -> ComposeResult:
        yield Static(id="title")
        with Horizontal(id="panes"):
            yield Narration(id="narration")
            with Vertical(id="side"):
                yield SpeakerPane(id="speakers")
                yield QuoteDetail(id="detail")
        yield Footer()

    async def on_mount(self) -> None:
        self.query_one(Narration).border_title = "Story"
        self.query_one(SpeakerPane).border_title = "Speakers"
        self.query_one(QuoteDetail).border_title = "Quote"
        await self._show_story()
        self.query_one(Narration).focus()

    async def _show_story(self) -> None:
        """Put the current story in every pane and select its first quote."""
        story = self.story
        self.colours = speaker_colours(story)
        self.query_one("#title", Static).update(
            title_text(story, self.story_index, len(self.stories))
        )
        await self.query_one(Narration).show_story(story, self.colours)
        self.query_one(SpeakerPane).show_speakers(story, self.colours)
        self.speaker_filter = None
        stops = self.stops()
        self.selected_quote = stops[0].id if stops else None

    async def watch_story_index(self) -> None:
        await self._show_story()

    def watch_selected_quote(self, quote_id: str | None) -> None:
        self.query_one(Narration).show_selection(quote_id)
        self.query_one(QuoteDetail).show_quote(self.story, self.selected, self.colours)

    def watch_speaker_filter(self, speaker_ids: frozenset[str] | None) -> None:
        self.query_one(SpeakerPane).show_filter(speaker_ids)
        if speaker_ids is not None:
            stops = self.stops()
            self.selected_quote = stops[0].id if stops else None

    def watch_include_indirect(self, include: bool) -> None:
        state = "stops for n/p" if include else "skipped by n/p"
        self.notify(f"Indirect quotes are {state}", markup=False)

    def stops(self) -> list[Quote]:
        """The quotes n/p visit, in reading order: speech by the filtered speakers."""
        kinds = (STOP_KINDS | {"indirect"}) if self.include_indirect else STOP_KINDS
        return sorted(
            (
                q
                for q in self.story.quotes
                if q.kind in kinds
                and (self.speaker_filter is None or q.speaker in self.speaker_filter)
            ),
            key=lambda q: q.start,
        )

    def _step(self, forward: bool) -> None:
        """Select the next stop after (or before) the selected quote, wrapping around."""
        stops = self.stops()
        if not stops:
            self.notify("No quotes to step through", severity="warning", markup=False)
            return
        current = self.selected
        if current is None:
            self.selected_quote = (stops[0] if forward else stops[-1]).id
        elif forward:
            later = [q for q in stops if q.start > current.start]
            self.selected_quote = (later[0] if later else stops[0]).id
        else:
            earlier = [q for q in stops if q.start < current.start]
            self.selected_quote = (earlier[-1] if earlier else stops[-1]).id

    def action_next_quote(self) -> None:
        self._step(forward=True)

    def action_previous_quote(self) -> None:
        self._step(forward=False)

    def action_open_filter(self) -> None:
        self.query_one(SpeakerPane).open_filter()

    def action_clear_filter(self) -> None:
        """Show every speaker again; the selected quote stays selected."""
        pane = self.query_one(SpeakerPane)
        if pane.has_focus_within:
            self.query_one(Narration).focus()
        pane.clear_query()
        if self.speaker_filter is not None:
            self.speaker_filter = None

    def filter_to(self, speaker_ids: frozenset[str], query: str | None = None) -> None:
        """Make n/p visit only these speakers' quotes, starting at the first.

        A filter not typed as ``query`` (a speaker picked in the list or the
        palette) clears the typed text, so the list shows whom it dims.
        """
        if query is None:
            self.query_one(SpeakerPane).clear_query()
        self.speaker_filter = speaker_ids

    @on(SpeakerPane.FilterChanged)
    def _filter_chosen(self, event: SpeakerPane.FilterChanged) -> None:
        self.filter_to(event.speaker_ids, event.query)
        if event.query is not None:
            self.query_one(Narration).focus()

    @on(Narration.QuoteClicked)
    def _quote_clicked(self, event: Narration.QuoteClicked) -> None:
        self.selected_quote = event.quote_id

    def action_copy_quote(self) -> None:
        if quote := self._quote_to_copy():
            self._copy(quote_text(quote))

    def action_copy_attributed(self) -> None:
        if quote := self._quote_to_copy():
            self._copy(attributed(self.story, quote))

    def _quote_to_copy(self) -> Quote | None:
        quote = self.selected
        if quote is None:
            self.notify("No quote selected", severity="warning", markup=False)
        return quote

    def _copy(self, text: str) -> None:
        """OSC 52 through the terminal, the native clipboard too, then a toast."""
        self.copy_to_clipboard(text)
        if not self.is_headless:
            self._copy_native(text)
        self.notify(f"Copied: {preview(text)}", markup=False)

    @work(thread=True, group="clipboard", exit_on_error=False)
    def _copy_native(self, text: str) -> None:
        copy_native(text)

    def action_toggle_indirect(self) -> None:
        self.include_indirect = not self.include_indirect

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Story switching exists only when there is more than one story."""
        if action in ("previous_story", "next_story"):
            return len(self.stories) > 1
        return True

    def action_next_story(self) -> None:
        self.story_index = (self.story_index + 1) % len(self.stories)

    def action_previous_story(self) -> None:
        self.story_index = (self.story_index - 1) % len(self.stories)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

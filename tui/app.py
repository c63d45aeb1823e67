"""The Story Explorer app: UI state and the actions that change it.

The app owns the state (which story, which quote, which speakers, whether
indirect speech counts) as reactive attributes. Panes post messages up; the
app updates state here, and its watchers tell each pane what to show. Turning
the model into styled text is ``render``'s job, not this module's.

Files named on the command line are parsed by a background worker that
starts a moment after the first screen has painted; taking in what it sends
(stories, progress, failures) is ``background``'s part of the app. The
stories join the ``Corpus``, which keeps most of them packed away and reads
the one shown back whole. The keys are data, in ``keymap``.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import var
from textual.widgets import Footer

from tui import keymap
from tui import stops as stopping
from tui.background import BackgroundLoading
from tui.clipboard import attributed, copy_native, preview, quote_text
from tui.clippings import Clipping, view_title
from tui.commands import StoryCommands
from tui.corpus import Corpus
from tui.loader import StoryLoader
from tui.model import Quote, Story
from tui.palette import speaker_colours
from tui.render import LABEL, title_text
from tui.screens.help import HelpScreen
from tui.widgets import Narration, QuoteDetail, SpeakerPane, TitleBar


class StoryExplorerApp(BackgroundLoading, App[None]):
    """Read stories one at a time and step through who said what."""

    TITLE = "Story Explorer"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {StoryCommands}
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (80, "-wide")]

    BINDINGS: ClassVar[list[BindingType]] = keymap.BINDINGS

    story_index: var[int] = var(0, init=False)
    selected_quote: var[str | None] = var(None, init=False, always_update=True)
    speaker_filter: var[frozenset[str] | None] = var(None, init=False, always_update=True)
    include_indirect: var[bool] = var(False, init=False)
    #: Files loaded so far (stories and failures): screens watch it to grow their lists.
    loaded: var[int] = var(0, init=False)

    def __init__(
        self,
        stories: list[Story] | None = None,
        *,
        loader: StoryLoader | None = None,
        export_dir: Path | None = None,
    ) -> None:
        if not stories and loader is None:
            raise ValueError("StoryExplorerApp needs a story or a loader")
        super().__init__()
        self.corpus = Corpus(stories, cache=loader.cache if loader is not None else None)
        self.loaded = len(self.corpus.entries)
        self.loader = loader
        self.export_dir = export_dir or Path.cwd()
        self.colours = speaker_colours(stories[0]) if stories else {}
        self._jump_to: str | None = None

    @property
    def story(self) -> Story:
        """The story on screen, whole (read back if the corpus had packed it away)."""
        return self.corpus.story(self.story_index)

    @property
    def selected(self) -> Quote | None:
        return self.story.quote(self.selected_quote)

    def compose(self) -> ComposeResult:
        loading = self.loader.total if self.loader is not None else 0
        note = Text(f"Opening {loading:,} files…", style=LABEL) if loading else None
        yield TitleBar(loading, id="top")
        with Horizontal(id="panes"):
            yield Narration(note, id="narration")
            with Vertical(id="side"):
                yield SpeakerPane(id="speakers")
                yield QuoteDetail(id="detail")
        yield Footer(compact=True)

    async def on_mount(self) -> None:
        self.query_one(Narration).border_title = "Story"
        self.query_one(SpeakerPane).border_title = "Speakers"
        self.query_one(QuoteDetail).border_title = "Quote"
        self.query_one(Narration).focus()
        self.call_after_refresh(self.refresh_bindings)  # the footer fills in with the panes
        if self.corpus:
            gc.freeze()  # see BackgroundLoading._loading_finished
            await self._show_story()
        if self.loader is not None:
            self.start_loading(self.loader)

    def _show_title(self) -> None:
        self.query_one(TitleBar).show_title(
            title_text(self.story, self.story_index, len(self.corpus))
        )

    async def _show_story(self) -> None:
        """Put the current story in every pane and select its first quote (or the jump's).

        One batch, so the screen is drawn once with everything in place
        rather than once per pane while paragraphs are being mounted.
        """
        story = self.story
        self.colours = speaker_colours(story)
        with self.batch_update():
            self._show_title()
            await self.query_one(Narration).show_story(story, self.colours)
            self.query_one(SpeakerPane).show_speakers(story, self.colours)
            self.speaker_filter = None
            target, self._jump_to = self._jump_to, None
            stops = self.stops()
            if story.quote(target) is not None:
                self.selected_quote = target
            else:
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
        return stopping.stops(self.story, self.include_indirect, self.speaker_filter)

    def _step(self, forward: bool) -> None:
        target = stopping.step(self.stops(), self.selected, forward)
        if target is None:
            self.notify("No quotes to step through", severity="warning", markup=False)
        else:
            self.selected_quote = target.id

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
            self.copy_text(quote_text(quote))

    def action_copy_attributed(self) -> None:
        if quote := self._quote_to_copy():
            self.copy_text(attributed(self.story, quote))

    def _quote_to_copy(self) -> Quote | None:
        quote = self.selected
        if quote is None:
            self.notify("No quote selected", severity="warning", markup=False)
        return quote

    def copy_text(self, text: str) -> None:
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
        """Story switching exists only when there is more than one story.

        Before the first story has been parsed the story's keys are shown
        but disabled (None), since they will work in a moment. Over another
        screen (story list, speakers, help) the explorer's own keys are off.
        """
        if len(self.screen_stack) > 1 and action in keymap.EXPLORER_ACTIONS:
            return False
        if action in keymap.SWITCH_ACTIONS:
            return len(self.corpus) > 1
        if action in keymap.STORY_ACTIONS and not self.corpus:
            return None
        return True

    def action_next_story(self) -> None:
        self.story_index = (self.story_index + 1) % len(self.corpus)

    def action_previous_story(self) -> None:
        self.story_index = (self.story_index - 1) % len(self.corpus)

    def action_stories(self) -> None:
        current = self.story_index if self.corpus else None
        from tui.screens.stories import StoryPicker  # screens load on first use: faster start

        self.push_screen(StoryPicker(self.corpus, current), self._picked)

    def _picked(self, index: int | None) -> None:
        if index is not None and index != self.story_index:
            self.story_index = index

    def action_all_speakers(self) -> None:
        from tui.screens.speakers_corpus import CorpusSpeakersScreen

        self.push_screen(CorpusSpeakersScreen(self.corpus), self._jump)

    def _jump(self, target: tuple[int, str] | None) -> None:
        """Show a quote chosen in another screen: its story, the quote selected."""
        if target is None:
            return
        index, quote_id = target
        self.query_one(Narration).focus()
        if index == self.story_index:
            self.action_clear_filter()
            self.selected_quote = quote_id
        else:
            self._jump_to = quote_id
            self.story_index = index

    def action_export(self) -> None:
        """Export the quotes n/p visit now: the speaker filter and ``i`` apply."""
        stops = self.stops()
        if not stops:
            self.notify("No quotes to export", severity="warning", markup=False)
            return
        title = view_title(self.story, self.speaker_filter)
        clippings = [Clipping(self.story, quote) for quote in stops]
        from tui.screens.export import ExportScreen

        self.push_screen(ExportScreen(title, len(clippings), lambda: clippings, self.export_dir))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

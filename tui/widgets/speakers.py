"""The speakers pane: who speaks in the story, and the filter that narrows it."""

from __future__ import annotations

from typing import ClassVar

from rich.color import Color
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from tui.model import Speaker, Story
from tui.palette import UNKNOWN
from tui.render import speaker_prompt


def speaker_matches(speaker: Speaker, query: str) -> bool:
    """Whether ``query`` is part of the speaker's name or any alias, ignoring case."""
    needle = query.strip().casefold()
    return any(needle in form.casefold() for form in [speaker.name, *speaker.aliases])


class SpeakerList(OptionList):
    """The speaker entries, with vi keys as well as arrows."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]


class SpeakerPane(Vertical):
    """A filter ``Input`` (hidden until ``/``) above the ``SpeakerList``.

    Typing narrows the list here, in the pane; the app hears about a filter
    only when the reader commits to it (enter in the input or on a speaker),
    and tells the pane which filter is active so it can dim the others.
    """

    class FilterChanged(Message):
        """The reader chose the speakers whose quotes ``n``/``p`` should visit.

        ``query`` is the typed text when the filter came from the input, or
        None when a speaker was picked from the list.
        """

        def __init__(self, speaker_ids: frozenset[str], query: str | None) -> None:
            self.speaker_ids = speaker_ids
            self.query = query
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._story: Story | None = None
        self._colours: dict[str, Color] = {}
        self._active: frozenset[str] | None = None

    def compose(self) -> ComposeResult:
        filter_input = Input(placeholder="filter speakers", id="speaker-filter")
        filter_input.display = False  # until / ; hidden before the first layout, not after
        yield filter_input
        yield SpeakerList(id="speaker-list")

    def show_speakers(self, story: Story, colours: dict[str, Color]) -> None:
        """Fill the list from a (new) story, with no filter."""
        self._story, self._colours, self._active = story, colours, None
        self.clear_query()

    def show_filter(self, active: frozenset[str] | None) -> None:
        """Dim the speakers outside the active filter (None: nobody is dimmed)."""
        self._active = active
        self._refresh_options()

    def open_filter(self) -> None:
        """Reveal the filter input and put the cursor in it."""
        self.query_one(Input).display = True
        self.query_one(Input).focus()

    def clear_query(self) -> None:
        """Empty and hide the filter input and list every speaker again."""
        filter_input = self.query_one(Input)
        filter_input.value = ""
        filter_input.display = False
        self._refresh_options()

    def _refresh_options(self) -> None:
        option_list = self.query_one(SpeakerList)
        if self._story is None:
            option_list.clear_options()
            return
        story, query = self._story, self.query_one(Input).value
        current = option_list.highlighted_option
        counts = {s.id: sum(q.is_speech for q in story.quotes_by(s.id)) for s in story.speakers}
        option_list.set_options(
            Option(
                speaker_prompt(
                    speaker,
                    self._colours.get(speaker.id, UNKNOWN),
                    counts[speaker.id],
                    dimmed=self._active is not None and speaker.id not in self._active,
                ),
                id=speaker.id,
            )
            for speaker in story.speakers
            if speaker_matches(speaker, query)
        )
        ids = [option.id for option in option_list.options]
        if current is not None and current.id in ids:
            option_list.highlighted = ids.index(current.id)
        elif ids:
            option_list.highlighted = 0

    @on(Input.Changed, "#speaker-filter")
    def _narrow(self) -> None:
        self._refresh_options()

    @on(Input.Submitted, "#speaker-filter")
    def _apply_query(self, event: Input.Submitted) -> None:
        event.stop()
        ids = frozenset(o.id for o in self.query_one(SpeakerList).options if o.id is not None)
        self.post_message(self.FilterChanged(ids, event.value))

    @on(OptionList.OptionSelected, "#speaker-list")
    def _pick_speaker(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.FilterChanged(frozenset({event.option.id}), None))

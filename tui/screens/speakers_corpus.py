"""Speakers across all the opened stories (``a``): what did this person say anywhere?

Left, every speaker merged by name (``tui.corpus``) with quote and story
counts, narrowed by ``/``; right, the highlighted speaker's quotes under a
heading per story (with that story's count), and the highlighted quote in
full below. ``enter`` on a quote dismisses the screen with its story and
quote so the app can jump there; ``c`` / ``C`` copy it, ``e`` exports them all.
"""

from __future__ import annotations

from collections.abc import Hashable
from functools import partial
from typing import TYPE_CHECKING, ClassVar, cast

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from tui.clipboard import attributed, quote_text
from tui.clippings import Clipping
from tui.corpus import Corpus, CorpusSpeaker, speaker_matches
from tui.palette import speaker_colours
from tui.render import LABEL, quote_detail
from tui.screens.export import ExportScreen
from tui.widgets.rows import RowList

if TYPE_CHECKING:
    from tui.app import StoryExplorerApp

NAME = Style(bold=True)
HEADING = Style(bold=True, underline=True)

#: A row of the quote list: ("story", story index) or ("quote", story index, quote id).
QuoteKey = tuple[str, int] | tuple[str, int, str]


class CorpusSpeakerRows(RowList):
    """Name, then quotes and stories counted, then the first role the stories give."""

    def __init__(self, corpus: Corpus, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus

    def render_row(self, key: Hashable, width: int) -> Text:
        assert isinstance(key, str)
        speaker = self.corpus.speakers.get(key)
        if speaker is None:
            return Text()
        text = Text(speaker.name, style=NAME)
        stories = "story" if speaker.stories == 1 else "stories"
        text.append(f"  {speaker.quotes:,} in {speaker.stories:,} {stories}", style=LABEL)
        if speaker.descriptions:
            text.append(f"  {speaker.descriptions[0]}", style=LABEL)
        return text


class CorpusQuoteRows(RowList):
    """A heading per story (title and count), then each quote on one line."""

    def __init__(self, corpus: Corpus, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.counts: dict[int, int] = {}

    def is_heading(self, key: Hashable) -> bool:
        return isinstance(key, tuple) and key[0] == "story"

    def render_row(self, key: Hashable, width: int) -> Text:
        """A heading from the corpus's titles; a quote's row reads its story back."""
        assert isinstance(key, tuple)
        if key[0] == "story":
            text = Text(self.corpus.title(key[1]) or "(untitled story)", style=HEADING)
            text.append(f"  {self.counts.get(key[1], 0)}", style=LABEL)
            return text
        quote = self.corpus.story(key[1]).quote(key[2])
        if quote is None:  # the story read back is not the one indexed (its file changed)
            return Text("  (this quote can no longer be read)", style=LABEL)
        return Text(f"  “{' '.join(quote.text.split())}”")


class CorpusSpeakersScreen(Screen[tuple[int, str] | None]):
    """Dismisses with (story index, quote id) to jump there, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("slash", "open_filter", "Filter"),
        Binding("c", "copy", "Copy", key_display="c/C"),
        Binding("C", "copy(True)", "Copy with attribution", show=False),
        Binding("e", "export", "Export"),
    ]

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus
        self.speaker: CorpusSpeaker | None = None

    @property
    def explorer(self) -> StoryExplorerApp:
        return cast("StoryExplorerApp", self.app)

    def compose(self) -> ComposeResult:
        yield Static(id="corpus-heading")
        with Horizontal(id="corpus-panes"):
            with Vertical(id="corpus-left"):
                yield Input(placeholder="filter speakers", id="corpus-filter")
                yield CorpusSpeakerRows(self.corpus, id="corpus-speakers")
            with Vertical(id="corpus-right"):
                yield CorpusQuoteRows(self.corpus, id="corpus-quotes")
                with VerticalScroll(id="corpus-detail"):
                    yield Static(id="corpus-detail-body")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#corpus-left").border_title = "Speakers in all stories"
        self.query_one("#corpus-quotes").border_title = "Quotes"
        self.query_one("#corpus-detail").border_title = "Quote"
        self.query_one(Input).display = False
        self._refilter()
        self.speaker_rows.focus()
        self.watch(self.app, "loaded", self._more_loaded, init=False)

    @property
    def speaker_rows(self) -> CorpusSpeakerRows:
        return self.query_one(CorpusSpeakerRows)

    @property
    def quote_rows(self) -> CorpusQuoteRows:
        return self.query_one(CorpusQuoteRows)

    def _more_loaded(self) -> None:
        self._refilter()
        if self.speaker is not None:
            self._show_speaker(self.speaker.key)

    def _refilter(self) -> None:
        query = self.query_one(Input).value
        speakers = self.corpus.speakers.speakers()
        keys = [s.key for s in speakers if not query or speaker_matches(s, query)]
        self.speaker_rows.set_rows(keys, keep=self.speaker_rows.highlighted)
        heading = Text("Speakers across stories", style=NAME)
        heading.append(
            f"  {len(keys):,} shown of {len(speakers):,}, in {len(self.corpus):,} stories",
            style=LABEL,
        )
        self.query_one("#corpus-heading", Static).update(heading)

    @on(Input.Changed, "#corpus-filter")
    def _typed(self) -> None:
        self._refilter()

    @on(Input.Submitted, "#corpus-filter")
    def _filter_done(self, event: Input.Submitted) -> None:
        event.stop()
        self.speaker_rows.focus()

    def action_open_filter(self) -> None:
        self.query_one(Input).display = True
        self.query_one(Input).focus()

    def action_back(self) -> None:
        """Escape empties an open filter first, then leaves the screen."""
        filter_input = self.query_one(Input)
        if filter_input.display:
            filter_input.value = ""
            filter_input.display = False
            self._refilter()
            self.speaker_rows.focus()
        else:
            self.dismiss(None)

    @on(RowList.Highlighted, "#corpus-speakers")
    def _speaker_highlighted(self, event: RowList.Highlighted) -> None:
        event.stop()
        self._show_speaker(event.key)

    @on(RowList.Selected, "#corpus-speakers")
    def _speaker_chosen(self, event: RowList.Selected) -> None:
        event.stop()
        self.quote_rows.focus()

    def _show_speaker(self, key: Hashable | None) -> None:
        speaker = self.corpus.speakers.get(key) if isinstance(key, str) else None
        self.speaker = speaker
        keys: list[QuoteKey] = []
        counts: dict[int, int] = {}
        if speaker is not None:
            for story_index, quote_id in self.corpus.speakers.quotes_of(speaker):
                if story_index not in counts:
                    keys.append(("story", story_index))
                    counts[story_index] = 0
                counts[story_index] += 1
                keys.append(("quote", story_index, quote_id))
        rows = self.quote_rows
        rows.counts = counts
        rows.set_rows(keys, keep=rows.highlighted)
        rows.border_title = (  # Text: a name could hold markup
            Text(
                f"Quotes by {speaker.name}: {len(keys) - len(counts):,} in {len(counts):,} stories"
            )
            if speaker is not None
            else "Quotes"
        )
        self._show_quote()

    @on(RowList.Highlighted, "#corpus-quotes")
    def _quote_highlighted(self, event: RowList.Highlighted) -> None:
        event.stop()
        self._show_quote()

    @on(RowList.Selected, "#corpus-quotes")
    def _quote_chosen(self, event: RowList.Selected) -> None:
        event.stop()
        key = event.key
        if isinstance(key, tuple) and key[0] == "quote":
            self.dismiss((key[1], key[2]))

    def _highlighted_clipping(self) -> Clipping | None:
        key = self.quote_rows.highlighted
        if not (isinstance(key, tuple) and key[0] == "quote"):
            return None
        story = self.corpus.story(key[1])
        quote = story.quote(key[2])
        return Clipping(story, quote) if quote is not None else None

    def _show_quote(self) -> None:
        clip = self._highlighted_clipping()
        body = self.query_one("#corpus-detail-body", Static)
        if clip is None:
            body.update(Text("Choose a speaker to see their quotes.", style=LABEL))
            return
        detail = Text(clip.story.title or "(untitled story)", style=LABEL)
        detail.append("\n")
        detail.append_text(quote_detail(clip.story, clip.quote, speaker_colours(clip.story)))
        body.update(detail)

    def action_copy(self, with_attribution: bool = False) -> None:
        clip = self._highlighted_clipping()
        if clip is None:
            self.notify("No quote to copy", severity="warning", markup=False)
        elif with_attribution:
            self.explorer.copy_text(attributed(clip.story, clip.quote))
        else:
            self.explorer.copy_text(quote_text(clip.quote))

    def action_export(self) -> None:
        speaker = self.speaker
        if speaker is None:
            self.notify("Choose a speaker first", severity="warning", markup=False)
            return
        stories = len(self.corpus)
        title = f"Quotes by {speaker.name} in {speaker.stories:,} of {stories:,} stories"
        gather = partial(self._clippings, speaker)
        self.app.push_screen(ExportScreen(title, speaker.quotes, gather, self.explorer.export_dir))

    def _clippings(self, speaker: CorpusSpeaker) -> list[Clipping]:
        """Each of the speaker's quotes with its story, read back story by story."""
        clippings = []
        for index, quote_id in self.corpus.speakers.quotes_of(speaker):
            story = self.corpus.story(index)
            if (quote := story.quote(quote_id)) is not None:
                clippings.append(Clipping(story, quote))
        return clippings

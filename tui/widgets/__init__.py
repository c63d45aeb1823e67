"""The panes of the explorer, one module each; they post messages and never query each other."""

from tui.widgets.detail import QuoteDetail
from tui.widgets.narration import Narration
from tui.widgets.rows import RowList
from tui.widgets.speakers import SpeakerPane
from tui.widgets.titlebar import TitleBar

__all__ = ["Narration", "QuoteDetail", "RowList", "SpeakerPane", "TitleBar"]

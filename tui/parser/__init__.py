"""The parser: ``parse(text) -> Story``, a pure function of the story text.

Pipeline, each step its own module:

- ``segment``: paragraphs, the headline, sentences;
- ``marks`` and ``transcript``: quoted spans and labelled turns;
- ``reader``: reads the story in order. For each sentence it meets the
  ``people`` named (``names`` merges their forms), gives each quote its kind
  (``classify``) and its speaker through the sieve of ``attribute`` (which
  reads subjects and cues with ``phrases`` and ``cues``) or, for a quote that
  stands alone, through its ``neighbours``; then ``indirect`` speech;
- ``revise``: what only the whole story tells (headline quotes, roles named
  later);
- ``assemble``: the ``Story`` model.

No I/O, no Textual, no Rich; caches are private to a call's inputs.
"""

from __future__ import annotations

from tui.model import Story
from tui.parser.names import forget_story_words
from tui.parser.reader import read


def parse(text: str, source: str | None = None) -> Story:
    """Parse one decoded story into the model the app and the CLI show."""
    try:
        return read(text, source)
    finally:
        forget_story_words()  # a story's word table is large; keep none between stories


__all__ = ["parse"]

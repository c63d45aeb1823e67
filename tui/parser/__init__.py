"""The parser: ``parse(text) -> Story``, a pure function of the story text.

Pipeline (each step its own module): ``segment`` (paragraphs, headline,
sentences) -> ``marks`` (quoted spans) and ``transcript`` (labelled turns)
-> ``reader`` (reads the story in order: names, quote kinds, the speaker
sieve of ``attribute``, indirect speech) -> the ``Story`` model. No I/O, no
Textual, no Rich.
"""

from __future__ import annotations

from tui.model import Story
from tui.parser.reader import read


def parse(text: str, source: str | None = None) -> Story:
    """Parse one decoded story into the model the app and the CLI show."""
    return read(text, source)


__all__ = ["parse"]

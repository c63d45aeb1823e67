"""Find quoted spans: pair opening and closing quote marks by what can close what.

Real copy mixes straight and curly marks, uses two apostrophes as a closing
mark, lets a quotation run over several paragraphs (each reopened, only the
last one closed) and leaves the odd mark unclosed. The scanner keeps a stack
of open marks per paragraph, decides each mark's role from its family and the
characters beside it, and never lets an unclosed mark swallow more than the
rest of its paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from tui.parser.segment import trim

Span = tuple[int, int]

DOUBLE, SINGLE = "double", "single"
_OPENERS = {"“": DOUBLE, "„": DOUBLE, "«": DOUBLE, "‘": SINGLE, "‚": SINGLE, "‹": SINGLE}
_CLOSERS = {"”": DOUBLE, "»": DOUBLE, "’": SINGLE, "›": SINGLE}
_STRAIGHT = {'"': DOUBLE, "'": SINGLE}
# Every quote mark, two apostrophes ('' used as a closing double mark) first.
_MARK = re.compile("''|[\"“”„«»‘’‚‹›']")
# Characters after which a mark may open a quotation.
_OPEN_BEFORE = "([{—–-/:;,…"


@dataclass
class Found:
    """A quotation as found: one content span per paragraph it covers.

    ``marks`` are the outer bounds including the quote marks, which later
    steps use to read what stands right before and after the quotation.
    """

    segments: list[Span]
    paragraph: int
    outer: Span
    family: str
    closed: bool = True
    parent: int | None = None
    children: list[int] = field(default_factory=list)
    label: str | None = None  # the speaker label of a transcript turn


@dataclass
class _Open:
    family: str
    mark: int  # offset of the opening mark
    content: int  # offset where the quoted text starts
    segments: list[Span] = field(default_factory=list)
    paragraph: int = 0
    segment_paragraphs: list[int] = field(default_factory=list)

    def add_segment(self, end: int, paragraph: int) -> None:
        self.segments.append((self.content, end))
        self.segment_paragraphs.append(paragraph)


def _role(text: str, i: int, lo: int, hi: int, open_families: Sequence[str]) -> tuple[str, str]:
    """The family and role ("open", "close" or "") of the mark at ``i``."""
    char = text[i]
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    opens_left = (before.isspace() or before in _OPEN_BEFORE or _is_mark(before)) and not (
        after.isspace()
    )
    closes_right = not before.isspace() and (
        after.isspace() or not after.isalnum() or _is_mark(after)
    )
    if char in _OPENERS:
        family = _OPENERS[char]
        if char == "‘" and before.isalnum() and after.isalnum():
            return family, ""  # a mis-typed apostrophe inside a word
        return family, "open"
    if char in _CLOSERS:
        family = _CLOSERS[char]
        if family == SINGLE and before.isalnum() and after.isalnum():
            return family, ""  # don’t, it’s
        if family in open_families:
            return family, "close"
        # A closing curly mark used to open: only where nothing can close.
        if family == DOUBLE and opens_left and not closes_right:
            return family, "open"
        return family, ""
    family = _STRAIGHT[char]
    if family == SINGLE and before.isalnum() and (after.isalnum() or after == "'"):
        return family, ""
    if family in open_families and (closes_right or not opens_left):
        return family, "close"
    if opens_left:
        return family, "open"
    if family == DOUBLE and after.isspace() and before.isspace():
        # A stray space after an opening mark, or before a closing one.
        return family, "close" if family in open_families else "open"
    return family, ""


def _is_mark(char: str) -> bool:
    return char in _OPENERS or char in _CLOSERS or char in _STRAIGHT


def _looks_possessive(text: str, i: int, hi: int, family_closers: str) -> bool:
    """``players’ wages``: an s-final word whose mark has a later partner."""
    if i == 0 or text[i - 1] not in "sSzZ":
        return False
    after = text[i + 1] if i + 1 < hi else " "
    if after != " " or i + 2 >= hi or not text[i + 2].islower():
        return False
    return any(text.find(closer, i + 1, hi) >= 0 for closer in family_closers)


def find_quotes(text: str, paragraphs: Sequence[Span]) -> list[Found]:
    """Every quotation in the story, in order of its opening mark."""
    found: list[Found] = []
    carried: _Open | None = None
    for index, (lo, hi) in enumerate(paragraphs):
        stack: list[_Open] = []
        pos = lo
        if carried is not None:
            reopen = _reopening_mark(text, lo, hi, carried.family)
            if reopen is not None:
                carried.content = reopen
                stack.append(carried)
                pos = reopen
            else:
                found.append(_finish(carried, text, close_at=None))
            carried = None
        for mark in _MARK.finditer(text, pos, hi):
            pos, width = mark.start(), len(mark.group())
            families = [o.family for o in stack]
            if width == 2:
                family, role = DOUBLE, "close" if DOUBLE in families else ""
            else:
                family, role = _role(text, pos, lo, hi, families)
            if (
                role == "close"
                and family == SINGLE
                and _looks_possessive(text, pos, hi, "’'")
                and not _closes_a_title(text, stack, pos)
            ):
                role = ""
            if role == "open":
                stack.append(_Open(family, pos, pos + width, paragraph=index))
            elif role == "close":
                while stack and stack[-1].family != family:
                    stack.pop()  # an inner mark left open: it was an apostrophe
                opened = stack.pop()
                opened.add_segment(pos, index)
                found.append(_finish(opened, text, close_at=pos + width))
        if stack:
            outer = stack[0]
            # An unclosed mark that later, complete quotations follow was a
            # stray: it runs only to the first of them, not over them all.
            mine = [f for f in found if f.paragraph == index and f.segments]
            later = [
                f.outer[0] for f in mine if f.outer[0] > outer.mark and f.family == outer.family
            ]
            stop = min(later) if later else hi
            # Never through a quotation that opened inside it: end before that one.
            crossing = [f.outer[0] for f in mine if outer.mark < f.outer[0] < stop < f.outer[1]]
            stop = min(crossing, default=stop)
            outer.add_segment(stop, index)
            if stop == hi and _continues(text, paragraphs, index, outer.family):
                carried = outer
            elif outer.family == DOUBLE or text[outer.mark] != "'":
                found.append(_finish(outer, text, close_at=None, closed=False))
    if carried is not None:
        found.append(_finish(carried, text, close_at=None, closed=False))
    return nest([f for f in found if f.segments])


def _closes_a_title(text: str, stack: list[_Open], pos: int) -> bool:
    """``‘Sea Breezes’ every August``: the mark ends a short title-case quote,
    not a plural's possessive (``the players’ wages``)."""
    opened = next((o for o in reversed(stack) if o.family == SINGLE), None)
    if opened is None:
        return False
    words = text[opened.content : pos].split()
    return 0 < len(words) <= 6 and all(w[:1].isupper() for w in words)


def _continues(text: str, paragraphs: Sequence[Span], index: int, family: str) -> bool:
    if index + 1 >= len(paragraphs):
        return False
    lo, hi = paragraphs[index + 1]
    return _reopening_mark(text, lo, hi, family) is not None


def _reopening_mark(text: str, lo: int, hi: int, family: str) -> int | None:
    """Where the quoted text resumes when a paragraph reopens the quotation."""
    if lo < hi and text[lo] in ('"“„«' if family == DOUBLE else "'‘‚‹"):
        return lo + 1
    return None


def _finish(opened: _Open, text: str, close_at: int | None, closed: bool = True) -> Found:
    kept = [
        (span, paragraph)
        for span, paragraph in zip(
            (trim(text, s, e) for s, e in opened.segments), opened.segment_paragraphs, strict=True
        )
        if span[0] < span[1]
    ]
    end = close_at if close_at is not None else (opened.segments[-1][1] if opened.segments else 0)
    return Found(
        segments=[span for span, _ in kept],
        # A mark alone at a paragraph's end opens the quote in the next one.
        paragraph=kept[0][1] if kept else opened.paragraph,
        outer=(opened.mark, end),
        family=opened.family,
        closed=closed,
    )


def nest(found: list[Found]) -> list[Found]:
    """Sort by position and link each quotation to the one it stands inside."""
    found.sort(key=lambda f: (f.outer[0], -f.outer[1]))
    for f in found:
        f.parent, f.children = None, []
    open_: list[int] = []  # quotations that may still contain the next one
    for i, inner in enumerate(found):
        start, end = inner.outer
        while open_ and found[open_[-1]].outer[1] <= start:
            open_.pop()  # ended before this one starts: a stack keeps this linear
        for j in reversed(open_):
            outer = found[j]
            if outer.outer[0] < start and end <= outer.outer[1]:
                inner.parent = j
                outer.children.append(i)
                break
        open_.append(i)
    return found

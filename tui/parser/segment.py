"""Paragraphs, the headline and sentences, as offsets into the story text.

Offsets everywhere, never copies, so every later step can point back at the
exact characters it read (the evidence the app shows).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, pairwise

Span = tuple[int, int]

_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n\s*")
_LINE = re.compile(r"[^\n]+")
# A headline is short and has no sentence-ending full stop in its middle.
_MAX_HEADLINE = 200

# Words that end with a full stop without ending a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sr jr gen col lt sgt capt gov sen rep rev cllr insp det
    supt no vs etc inc ltd co corp dept est approx fig jan feb mar apr jun jul aug
    sep sept oct nov dec mt ft univ u.s u.k u.n e.g i.e a.m p.m""".split()
)


def paragraph_spans(text: str) -> list[Span]:
    """Blocks separated by blank lines, trimmed of surrounding whitespace.

    Text with no blank line at all but several lines (some exports put one
    paragraph on each line) falls back to a paragraph per line.
    """
    blocks = _split_blocks(text, _BLANK_LINE)
    if len(blocks) == 1 and text.count("\n") >= 2:
        blocks = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    return [span for span in (trim(text, s, e) for s, e in blocks) if span[0] < span[1]]


def _split_blocks(text: str, separator: re.Pattern[str]) -> list[Span]:
    spans, start = [], 0
    for match in separator.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def trim(text: str, start: int, end: int) -> Span:
    """The span without the whitespace at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def has_headline(text: str, paragraphs: Sequence[Span]) -> bool:
    """The first paragraph is a headline when it is one short line and more follows."""
    if len(paragraphs) < 2:
        return False
    start, end = paragraphs[0]
    first = text[start:end]
    return "\n" not in first and len(first) <= _MAX_HEADLINE


_SENTENCE_END = re.compile(r"[.!?]+[)\]]?(?=\s)")


def sentence_spans(text: str, start: int, end: int, masked: Sequence[Span]) -> list[Span]:
    """Sentences of ``text[start:end]``, never split inside a masked span.

    ``masked`` holds the quotes: a quotation with three sentences in it stays
    inside the one sentence that attributes it.
    """
    spans = sorted(masked)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))
    cuts = [start]
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        k = bisect_right(starts, match.start()) - 1
        if k >= 0 and match.start() < reach[k]:
            continue  # inside a quotation
        if not _starts_sentence(text, stop, end) or _is_abbreviation(text, match.start(), start):
            continue
        cuts.append(stop)
    cuts.extend(_after_closed_sentences(text, start, end, masked))
    cuts.sort()
    cuts.append(end)
    spans = (trim(text, a, b) for a, b in pairwise(cuts))
    return [span for span in spans if span[0] < span[1]]


_ARTICLE_OPENS = re.compile(r"(?:The|A|An|His|Her|Their|Its)\s+[a-z]")


def _after_closed_sentences(text: str, start: int, end: int, masked: Sequence[Span]) -> list[int]:
    """``"...too far." He said ...``: a quotation that ends its sentence.

    After ``?`` or ``!`` a capitalised name is usually the attribution
    (``"Why now?" Diaz asked.``), so there only an article or a possessive
    starts the next sentence (``"... away?" The mayor replied``).
    """
    cuts = []
    for a, b in masked:
        if not (start < b < end) or a < start or not text[b].isspace():
            continue
        last = b - 1
        while last > a and text[last] in "\"”’'» ":
            last -= 1
        following = b
        while following < end and text[following].isspace():
            following += 1
        nxt = text[following : following + 1]
        full_stop = text[last] == "." and (nxt.isupper() or (nxt and nxt in "\"“‘'"))
        question = text[last] in "?!" and _ARTICLE_OPENS.match(text, following, end)
        if full_stop or question:
            cuts.append(b)
    return cuts


def _starts_sentence(text: str, pos: int, end: int) -> bool:
    while pos < end and text[pos].isspace():
        pos += 1
    if pos >= end:
        return False
    char = text[pos]
    return char.isupper() or char.isdigit() or char in "\"“‘'«([—–-"


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    """``Mr.`` or an initial (``J.``) before a full stop does not end a sentence."""
    if text[dot] != ".":
        return False
    begin = dot
    while begin > floor and not text[begin - 1].isspace() and text[begin - 1] not in "(\"“‘'":
        begin -= 1
    word = text[begin:dot].lower()
    if word == "no" and not text[dot + 1 : dot + 3].strip()[:1].isdigit():
        return False  # "No. 10", but "who voted no. "You get less"
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha() and text[begin].isupper()

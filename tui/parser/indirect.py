"""Indirect speech: words reported without quote marks.

``Ana Diaz said the plan was late`` and ``The plan was late, Diaz said``
report what someone said; the app shows them with a lighter mark. Only a
verb of saying with its subject at the start of the sentence, or a short
attribution closing it, counts: "the deal was announced" names no speaker.
"""

from __future__ import annotations

import re

from tui.parser.cues import LABEL_VERBS, SPEECH_VERBS
from tui.parser.phrases import (
    DATELINE,
    Cue,
    Phrase,
    cues_in,
    passive_before,
    skip_lead,
    subject_before,
)

Span = tuple[int, int]

#: Verbs of saying that introduce a reported clause ("noted", "reported",
#: "asked" and the like more often introduce something else).
INDIRECT_VERBS = frozenset(SPEECH_VERBS - LABEL_VERBS) - frozenset(
    "note notes noted noting post posts posted posting report reports reported reporting "
    "state states stated stating continue continues continued continuing comment comments "
    "counter counters countered countering demand demands demanded demanding "
    "promise promises promised promising ask asks asked asking".split()
)
#: A reported clause shorter than this is not worth showing as speech.
MIN_WORDS = 3
#: Only cues this close to the start or the end of a sentence are read, which
#: also keeps a run-on "sentence" of megabytes linear.
REACH = 400

# "..., a ministry official told reporters on condition of anonymity."
_TRAILING_ATTRIBUTION = re.compile(r"(?:\s+(?!that\b)[\w'’-]+){0,6}\s*[.!?]?\s*$")
_NAMED_AS = re.compile(r"\b(?:named|known)\b[^,.]{0,20}\bas\s+$")
_OBJECT_AND_THAT = re.compile(
    r"\s*(?:(?:reporters|journalists|him|her|them|us|me)\s+)?"
    r"(?:(?:on|late\s+on|early\s+on|in|at)\s+[\w,]+(?:\s+(?!(?:it|he|she|they|we|the|that)\b|\d)\w+){0,2}"
    r"\s+(?:that\s+)?|that\s+)?"
)
# "argues with the oven", "warned about the risks": a phrase, not a reported clause.
_NO_CLAUSE = re.compile(r"(?:with|about|against|over|for|of|on|at|in|to|from)\b", re.I)


_TELLING = frozenset("told tell tells telling assured reassured informed reminded".split())
# "told a meeting of the trust board on Thursday that", "told Alcabrian state
# television she": the one told.
_TOLD_WHOM_THAT = re.compile(
    r"\s+(?:(?!(?:is|was|were|are|had|has|have|would|will|could|sent|said)\b)[\w'’-]+\s+)"
    r"{1,8}?that\s+",
    re.IGNORECASE,
)
_TOLD_WHOM = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,5}?(?:that\s+|(?=(?:he|she|they|it|we|i|his|her|the)\s))",
    re.IGNORECASE,
)


def find_indirect(text: str, start: int, end: int) -> tuple[Span, Phrase, Cue] | None:
    """The reported clause, its speaker's phrase and the cue, in one sentence."""
    near = [
        c for c in cues_in(text, start, end) if c.start - start <= REACH or end - c.end <= REACH
    ]
    for cue in near:
        passive = not cue.verb.endswith("ing") and passive_before(text, start, cue.start)
        if cue.verb not in INDIRECT_VERBS or passive:
            continue
        trailing = _TRAILING_ATTRIBUTION.match(text, cue.end, end)
        phrase = None
        dateline = DATELINE.match(text, start, cue.start)
        opening = dateline.end() if dateline else start
        introduced = skip_lead(text, start, cue.start) > opening  # "Asked about it, X said"
        if trailing and not introduced and text[start : cue.start].count(",") >= 1:
            comma = text.rfind(",", start, cue.start)
            phrase = subject_before(text, comma + 1, cue.start)
            dateline = DATELINE.match(text, start, comma)  # "DORRANCE (Wire) — "
            clause = (dateline.end() if dateline else start, comma)
        if phrase is None:  # not "..., Diaz said.": maybe "X, a farmer, said it was late."
            phrase = subject_before(text, start, cue.start)
            if phrase is None or (
                text[start : phrase.start].strip(" ,")
                and not _intro_only(text[start : phrase.start], phrase)
            ):
                continue
            clause = _clause_after(text, cue.end, end, cue.verb)
        if len(text[clause[0] : clause[1]].split()) < MIN_WORDS:
            continue
        if _NO_CLAUSE.match(text, clause[0], clause[1]):
            continue
        return clause, phrase, cue
    return None


def _intro_only(prefix: str, phrase: Phrase) -> bool:
    """An introductory phrase before a subject ("In a statement, "), or a
    role before a name ("Finance minister Olu Baptiste")."""
    if phrase.kind == "name" and re.fullmatch(r"\s*[A-Z]?[a-z-]+(?:\s+[a-z-]+){0,2}\s+", prefix):
        return True
    if phrase.kind == "name" and _NAMED_AS.search(prefix):
        return True  # "The chairman, a farmer who asked to be named only as Mr Ridley, said"
    # "At the fairgrounds, where dozens were filling sandbags, one volunteer said"
    return _INTRODUCTION.fullmatch(prefix) is not None


_INTRODUCTION = re.compile(
    r"\s*(?:[A-Z][^,]{0,50},\s*(?:(?:where|when|as|while)\b[^,.]{0,80},\s*)?"
    r"|[^.]{0,60}(?:—|–|--)\s*)?"
)


def _clause_after(text: str, start: int, end: int, verb: str) -> Span:
    """The reported clause after a verb: skip "that" and a short object ("told
    reporters", "told state television she ...")."""
    told = None
    if verb in _TELLING:
        told = _TOLD_WHOM_THAT.match(text, start, end) or _TOLD_WHOM.match(text, start, end)
    match = told or _OBJECT_AND_THAT.match(text, start, end)
    s = match.end() if match else start
    e = end
    while e > s and text[e - 1] in ".!? ":
        e -= 1
    return s, e

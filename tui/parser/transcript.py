"""Transcript and interview turns: ``ANCHOR: ...``, ``Q: ...``, ``Ana Diaz: ...``.

A story is read as a transcript only when at least two paragraphs open with a
speaker label, so a single ``STORY:`` or ``UPDATE:`` line in a video script
or a wire story is never taken for a speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tui.parser.cues import TITLES
from tui.parser.names import Entity, Mention, Registry

Span = tuple[int, int]

_LABEL = re.compile(r"([A-Z][\w.'’ -]{0,50}?|Q|A)\s?:\s+(?=\S)")
# Labels that mark a kind of text, not a person speaking.
_NOT_SPEAKERS = frozenset(
    """story update note source sources photo video caption correction clarification
    advertisement related watch listen warning background location date dateline
    byline script shows sot vo summary result results latest analysis context recap
    timeline breaking live""".split()
) | {"editor's note", "editors note", "read more", "see also"}
#: Labels that name a role, not a person: the speaker is the role, lower-cased.
ROLES = frozenset(
    """anchor host presenter reporter correspondent interviewer caller moderator
    narrator announcer speaker voice witness guest audience crowd officer dispatcher
    pilot operator chair chairman chairwoman judge clerk prosecutor defence defense
    interpreter translator""".split()
)
_MIN_TURNS = 2


@dataclass
class Turn:
    """One labelled turn: the label's span and the words after it."""

    paragraph: int
    label: str
    label_span: Span
    content: Span


def find_turns(text: str, paragraphs: Sequence[Span]) -> list[Turn]:
    """Every labelled turn, or none when the story is not a transcript."""
    turns = []
    for index, (start, end) in enumerate(paragraphs):
        match = _LABEL.match(text, start, end)
        if not match:
            continue
        label = match.group(1).strip()
        content = text[match.end() : end]
        if not _is_speaker_label(label) or _is_line_up(content) or _QUOTE_ONLY.fullmatch(content):
            continue  # "Dvorski: 'Now let us get back to work'": a heading, not a turn
        turns.append(Turn(index, label, (start, start + len(label)), (match.end(), end)))
    if len(turns) < _MIN_TURNS:
        return []
    return turns


_QUOTE_ONLY = re.compile(r"\s*[\"“‘'][^\"“”‘’]*[\"”’']\s*")


def _is_line_up(content: str) -> bool:
    """ "Pritchard; Oyelaran, Marsh, Kettering; Breen (Vukasin 71)": a team's
    line-up or any list of names, not a turn of speech."""
    words = content.split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    return content.count(";") + content.count(",") >= 3 and capitalised >= 0.7 * len(words)


def _is_speaker_label(label: str) -> bool:
    lowered = label.lower()
    if lowered in _NOT_SPEAKERS or lowered.split()[0] in _NOT_SPEAKERS:
        return False
    if label in ("Q", "A"):
        return True
    words = label.split()
    if len(words) > 5:
        return False
    if label.isupper():
        return True
    return all(w[0].isupper() for w in words)


def interview_roles(intro: str) -> dict[str, str]:
    """Who asks (Q) and who answers (A), from the introduction.

    The asker is named by "spoke to", "talked to", "interviewed by",
    "conducted by"; the answerer by "interview with", or else is the first
    other person the introduction names.
    """
    roles = {}
    asked = re.search(
        rf"\b(?:spoke|speaks|talked|talks|spoken)\s+to\s+(?:[\w\s'’]{{0,30}},\s*)?({_NAME})|"
        rf"\b(?:conducted|interviewed|asked|questions|presented)\s+by\s+({_NAME})",
        intro,
    )
    if asked:
        roles["Q"] = asked.group(1) or asked.group(2)
    host = _HOST.search(intro)
    if host:  # "presented by Orla Bellweather": the HOST label is her
        roles["host"] = host.group(1) or host.group(2)
    marked = _MARKED_Q.search(intro)
    if marked:  # "Questions from reporters are marked Q."
        roles["Q"] = marked.group(1).lower().rstrip("s")
    answered = re.search(
        rf"\binterview(?:ed)?\s+with\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}?({_NAME})", intro
    )
    if answered:
        roles["A"] = answered.group(1)
    else:
        others = [m.group() for m in re.finditer(_NAME, intro) if m.group() != roles.get("Q")]
        if others:
            roles["A"] = others[0]
    # "Ilona Marchetti's third novel": the name, not its possessive.
    return {role: _POSSESSIVE_END.sub("", name) for role, name in roles.items()}


_POSSESSIVE_END = re.compile(r"['’]s?$")


_NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)+"
_HOST = re.compile(
    rf"\b(?:presented|hosted|moderated|chaired|anchored)\s+by\s+(?:[^,.]{{0,60}},\s+)?({_NAME})"
    rf"|\b(?:host|presenter|anchor|moderator)\s+({_NAME})"
)
_HOST_LABELS = frozenset("host presenter anchor moderator chair".split())
_MARKED_Q = re.compile(
    r"\bquestions\s+(?:from|by)\s+(?:the\s+)?(reporters|journalists)\b[^.]{0,20}\bmarked\s+Q\b",
    re.IGNORECASE,
)


# A turn that opens with the speaker's own name: "Marisol Reyes. I'm a cook".
_SELF_INTRODUCED = re.compile(r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2})\.\s")
_NAMED_ASKER = re.compile(r"([A-Z][\w'’-]+\s[A-Z][\w'’-]+),\s+(?:[A-Z][\w'’-]*\s?){1,5}\.\s")


def turn_speaker(
    text: str,
    label: str,
    label_start: int,
    content: Span,
    registry: Registry,
    roles: dict[str, str],
) -> Entity | None:
    """The entity a turn's label names.

    ``Q``/``A`` go through the interview's roles; a role label ("ANCHOR",
    "SECOND REPORTER") is a described speaker unless the turn opens with a
    name; "HOST OWEN BAPTISTE", "DI ODHIAMBO" lose their title or rank;
    a bare surname binds to the person the introduction named.
    """
    if label in roles:
        label = roles[label]
    elif label.lower() in _HOST_LABELS and "host" in roles:
        label = roles["host"]
    elif label in ("Q", "A"):
        return _self_introduced(text, content, registry)
    words = label.split()
    lowered = [w.lower() for w in words]
    if lowered[-1] in ROLES and (len(words) == 1 or label.isupper()):
        introduced = _self_introduced(text, content, registry)
        return introduced or registry.describe("the " + " ".join(lowered))  # "SECOND REPORTER"
    if label.isupper():
        if len(words) > 1 and len(words[0]) <= 2:
            words = words[1:]  # a rank's initials: "DI ODHIAMBO", "PC LANE"
        words = [w.capitalize() for w in words]
    split = 0
    while split < len(words) - 1 and words[split].lower().rstrip(".") in TITLES | ROLES:
        split += 1  # "HOST OWEN BAPTISTE", "Councilmember Sara Lind"
    mention = Mention(
        label_start, label_start + len(label), tuple(words[split:]), tuple(words[:split])
    )
    return registry.resolve(mention, create=True)


def _self_introduced(text: str, content: Span, registry: Registry) -> Entity | None:
    """A turn that opens with its speaker's name: "Marisol Reyes. I'm a line
    cook ..." or a reporter's "Lowell Pryce, Carrow Bay Ledger. Mayor, ..."."""
    opening = _SELF_INTRODUCED.match(text, *content) or _NAMED_ASKER.match(text, *content)
    if opening is None:
        return None
    name = tuple(opening.group(1).split())
    return registry.resolve(Mention(opening.start(1), opening.end(1), name), True)

"""Quotes whose own sentence names nobody: read the sentences around them.

Three ways the story tells who speaks a quote-only sentence or paragraph:
a conversation whose turns alternate ("she told him" / "he told her"), a
sentence just before that introduces the speaker ("This vendor goes by the
name Lupe."), or one just after that names them ("That was Hilde Brekke.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.parser.attribute import PRONOUN_REACH, Context, Decision, sentence_subject
from tui.parser.cues import PERSON_NOUNS, POSSESSIVE_PRONOUNS, PRONOUNS
from tui.parser.names import Entity, find_mentions, head_noun
from tui.parser.people import introduces_name
from tui.parser.phrases import Phrase, subject_after

# "Diaz did not respond to requests for comment": introduced, but silent.
_NEGATED = re.compile(
    r"\b(?:did not|didn't|has not|have not|could not|couldn't)\s+(?:respond|reply|return|comment)|"
    r"\b(?:declined|refused)\s+to\s+comment|\bnot\s+(?:be\s+)?(?:reached|available)\b",
    re.IGNORECASE,
)
_ACCORDING_TO = re.compile(r"\baccording to\s+", re.IGNORECASE)
# "The helmsman who steered the boat was Kit Polgrain": named by the verb "be".
_COPULA = re.compile(r"\b(?:was|is)\s+$")
# "That was Gunnhild Ravnaas, 61, who ...": the speaker named just after.
_NAMED_AFTER = re.compile(r"\s*(?:That|This)\s+(?:was|is)\s+|\s*So\s+says\s+")
_NAMED_BEFORE = re.compile(r"\s*(?:That|This)\s+was\s+|\s*That\s+is\s+|\s*So\s+says\s+")
# "she told him", "he asked her": a turn addressed to the other speaker.
_ADDRESSED = re.compile(
    r"\b(?:told|tells|asked|asks|replied to|said to|says to|shouted at|whispered to|"
    r"snapped at|teased|reminded|reminds)\s+(him|her|(?:his|her)\s+[a-z]+)\b"
)
_REPLY_CUES = frozenset("replied replies answered answers responded responds retorted".split())


# Things with words on them: what they say has no speaker.
_WRITTEN_THINGS = frozenset(
    "sign signs label notice banner placard poster plaque card note menu leaflet".split()
)


def introduction(ctx: Context, start: int, end: int, reported: Decision | None) -> Decision | None:
    """The person a quote-free sentence introduces, for the quote after it.

    In order: the speaker of indirect speech in it ("Diaz said the plan was
    late."), its source ("according to Dr. Femke Aalbers"), a name it gives
    ("goes by the name Lupe"), its subject (a name, a pronoun, or a
    description of a person such as "one victim"), or the only person it
    mentions ("For Lupe, ...").
    """
    text, registry = ctx.text, ctx.registry
    if _NEGATED.search(text, start, end):
        return None
    if reported is not None and _written(reported.entity):
        return None  # "A handwritten sign in the window explains ...": nobody speaks
    if reported is not None:
        return Decision(reported.entity, "introduction", reported.cue, reported.mention)
    according = _ACCORDING_TO.search(text, start, end)
    if according is not None:
        # "..., according to the race's medical director, Dr. Femke Aalbers."
        phrase = subject_after(text, according.end(), end)
        entity = ctx.resolve(phrase, according.start()) if phrase is not None else None
        if entity is not None and phrase is not None:
            return Decision(entity, "introduction", "according to", phrase.text)
    mentions = [m for m in find_mentions(text, start, end) if m.kind != "place"]
    named = [
        m
        for m in mentions
        if introduces_name(text[max(start, m.start - 40) : m.start])
        or (len(m.name) >= 2 and _COPULA.search(text[max(start, m.start - 8) : m.start]))
    ]
    if named:
        entity = registry.resolve(named[-1], create=True)
        surface = text[named[-1].start : named[-1].end]
        return Decision(entity, "introduction", None, surface) if entity else None
    phrase = sentence_subject(text, start, end) or subject_after(text, start, end)
    entity = None
    if phrase is not None and phrase.kind == "name" and phrase.mention is not None:
        entity = registry.resolve(phrase.mention, create=len(phrase.mention.name) >= 2)
    elif phrase is not None and phrase.kind == "pronoun":
        entity = ctx.resolve_pronoun(phrase.text.lower(), start, learn=False)
    elif phrase is not None and phrase.text.split()[0].lower() in POSSESSIVE_PRONOUNS:
        # "Her neighbour, an old man, is still up there.": a sentence still
        # about her, the person just spoken of.
        pronoun = POSSESSIVE_PRONOUNS[phrase.text.split()[0].lower()]
        entity = ctx.resolve_pronoun(pronoun, start, learn=False)
    elif phrase is not None and head_noun(phrase.text) in PERSON_NOUNS:
        entity = ctx.resolve(phrase, start)  # "One of her customers": Marzena Brosz's
    people = [m for m in mentions if not m.possessive and m.kind == "person"]
    if entity is None and len(people) == 1:
        phrase = Phrase("name", people[0].start, people[0].end, people[0].surface, people[0])
        entity = registry.resolve(people[0], create=len(people[0].name) >= 2)
    if entity is None or phrase is None or _written(entity):
        return None
    return Decision(entity, "introduction", None, phrase.text)


def _written(entity: Entity | None) -> bool:
    """A sign, a label, a notice: words on a thing, which no one says."""
    return (
        entity is not None
        and entity.kind == "described"
        and head_noun(entity.name[0]) in _WRITTEN_THINGS
    )


def named_next(ctx: Context, start: int, end: int, past_only: bool = False) -> Decision | None:
    """``"Quote." That was Ana Diaz, who ...``: named in the next sentence.

    ``past_only`` keeps to "That was" and "So says", which look back; "This
    is Tariq Mansouri" in a video script may introduce the next speaker.
    """
    lead = (_NAMED_BEFORE if past_only else _NAMED_AFTER).match(ctx.text, start, end)
    if lead is None:
        return None
    mentions = find_mentions(ctx.text, lead.end(), end)
    if not mentions or mentions[0].start != lead.end() or mentions[0].kind != "person":
        return None
    entity = ctx.registry.resolve(mentions[0], create=True)
    if entity is None:
        return None
    return Decision(entity, "introduction", None, mentions[0].surface)


@dataclass
class _Turn:
    """The last turn of a conversation: who spoke, to whom, where, how many so far."""

    speaker: Entity | None
    addressee: Entity | None
    paragraph: int
    turns: int


class Conversation:
    """Turns of a conversation, so "he told her" answers "she told him"."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.turn: _Turn | None = None

    def answer(
        self, decision: Decision, paragraph: int, position: int, after: str, asker: Entity | None
    ) -> Decision:
        """Correct a pronoun decision by the turn it takes in a conversation.

        In a conversation the "he" who answers is the man just addressed,
        not the most recent man named, so a turn's speaker is the previous
        turn's addressee when the pronoun fits; and "she replied" is not the
        ``asker`` of the question before.
        """
        guess = decision.entity
        decision = self._answer(decision, paragraph, position, after, asker)
        if decision.entity is not guess and guess is not None and self.ctx.learned is guess:
            guess.gender = None  # the first guess learned a sex the conversation denies
        self.ctx.learned = None  # what this quote's guesses taught is settled
        return decision

    def _answer(
        self, decision: Decision, paragraph: int, position: int, after: str, asker: Entity | None
    ) -> Decision:
        addressed = _ADDRESSED.search(after)
        pronoun = (decision.mention or "").lower()
        replying = pronoun in ("he", "she") and (decision.cue or "").lower() in _REPLY_CUES
        if replying and asker is not None and asker is decision.entity:
            # A second guess: it must not teach anyone's sex.
            decision.entity = self.ctx.resolve_pronoun(
                pronoun, position, exclude=(asker,), learn=False
            )
        if addressed is None or decision.entity is None:
            self.turn = None
            return decision
        last = self.turn
        answering = last is not None and paragraph - last.paragraph <= 2 and last.addressee
        by_pronoun = pronoun in ("he", "she")
        if answering and by_pronoun and last.addressee.likely_gender in (None, PRONOUNS[pronoun]):
            decision.entity = last.addressee
        word = addressed.group(1).lower()
        if word in ("him", "her"):
            # "told him, according to the diplomat": him is not the diplomat.
            rest = after[addressed.end() :].lower()
            named_after = tuple(
                e.entity
                for e in self.ctx.since(sentence=self.ctx.sentence - PRONOUN_REACH)
                if e.entity.kind == "described"
                and re.search(rf"\b{re.escape(head_noun(e.entity.name[0]))}\b", rest)
            )
            addressee = self.ctx.resolve_pronoun(
                word, position, exclude=(decision.entity, *named_after), anyone=True
            )
        else:  # "he told his coach": the one who spoke to him last
            addressee = last.speaker if answering else None
        turns = last.turns + 1 if last is not None and last.speaker is not decision.entity else 1
        self.turn = _Turn(decision.entity, addressee, paragraph, turns)
        return decision

    def next_turn(self, paragraph: int) -> Decision | None:
        """A quote-only paragraph right after two or more turns: the other one speaks."""
        turn = self.turn
        if turn is None or turn.turns < 2 or turn.addressee is None:
            return None
        if paragraph != turn.paragraph + 1:
            return None
        self.turn = _Turn(turn.addressee, turn.speaker, paragraph, turn.turns + 1)
        return Decision(turn.addressee, "conversation")

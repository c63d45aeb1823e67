"""What only the whole story tells: second thoughts after the first reading.

A headline quote usually repeats words the body attributes, and "the judge"
of an early paragraph may turn out to be Judge Caroline Ashby. Both are
known only once every sentence has been read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable

from tui.parser.assemble import Decided
from tui.parser.attribute import Decision
from tui.parser.family import INVERSE_KIN
from tui.parser.names import (
    TRADING_NOUNS,
    Entity,
    Registry,
    gender_of_noun,
    head_noun,
    trades,
)

_DEFINITE = frozenset("the its his her their this that".split())


def echo_headline(text: str, decided: Iterable[Decided], headings: set[int]) -> None:
    """Give a headline quote the speaker of the body quote that contains it.

    ``Villagers fight ‘another holiday let’`` is speech, not a scare quote,
    when someone in the story said those words; a headline "Tor" is a name
    when the body says so. ``headings`` are the paragraphs read as headlines:
    the story's own, and a live blog's ``Rebel MP: 'I can't pretend otherwise'``.
    """
    decided = list(decided)
    if not any(d.found.paragraph in headings and d.kind not in ("title", "name") for d in decided):
        return  # no quote in a heading: nothing to echo, so no body words to read
    body = [
        (d, _words(text, d))
        for d in decided
        if d.found.paragraph not in headings and d.kind in ("direct", "partial")
    ]
    starts = [d.found.paragraph for d, _ in body]
    labels = {
        _words(text, d): d.kind
        for d in decided
        if d.found.paragraph not in headings and d.kind in ("title", "name")
    }
    for item in decided:
        if item.found.paragraph not in headings or item.kind in ("title", "name"):
            continue
        words = _words(text, item)
        if not words:
            continue
        if words in labels and (item.kind == "scare" or len(words.split()) <= 3):
            # The body says it is a name or a title: "'Bulldozer' Fonua-Kellaway
            # calls time" is no speech of his.
            item.kind, item.decision, item.evidence = labels[words], None, None
            continue
        # The headline's words may be anywhere in the story; an entry heading's
        # are in its own entry, just below (which keeps a long live blog linear).
        paragraph = item.found.paragraph
        near = body if paragraph == 0 else body[bisect_left(starts, paragraph) :][:_ENTRY_QUOTES]
        # A quotation inside a quotation before the one around it: its
        # speaker is not the outer one's (and may be unknown).
        sources = [d for d, said in near if _echoes(words, said)]
        nested = [d for d in sources if d.found.parent is not None]
        decided_sources = [d for d in sources if d.decision is not None]
        source = (nested or decided_sources or [None])[0]
        if source is not None and source.decision is not None:
            d = source.decision
            item.decision = Decision(d.entity, "headline-echo", d.cue, d.mention)
            item.evidence = source.evidence
            if item.kind == "scare":
                item.kind = "partial"


#: How many quotes after an entry heading may be the one it repeats.
_ENTRY_QUOTES = 8

_KINSHIP = frozenset(INVERSE_KIN) | frozenset(k for kin in INVERSE_KIN.values() for k in kin)

# "Ines Abadi's editor": a person known only as a named speaker's relation.
_OWNED = re.compile(r"(.+?)['’]s (?:[a-z-]+ )*([a-z-]+)")


def merge_described(registry: Registry, reassign: Callable[[Entity, Entity], None]) -> None:
    """ "the judge" who turns out to be Judge Caroline Ashby is one speaker.

    Only a definite or possessive description ("the judge", "its governor")
    whose role exactly one named person holds by title, or whose words end
    exactly one organisation's name ("the town council"); and a speaker's
    "my director" when one named person is introduced as "his director".
    """
    people = [e for e in registry.entities if e.kind == "person"]
    orgs = [e for e in registry.entities if e.kind == "org"]
    bodies = {
        e.index: " ".join(e.name).split()
        for e in registry.entities
        if e.kind == "org" or (e.kind == "described" and e.name[0][:1].isupper())
    }
    by_text: dict[str, Entity] = {}
    for entity in sorted(registry.entities, key=lambda e: e.kind != "org"):
        if entity.index in bodies:
            text = " ".join(bodies[entity.index]).lower()
            if text in by_text:
                reassign(entity, by_text[text])  # "Wenlow Police", described and named
            else:
                by_text[text] = entity
    for bare in [e for e in by_text.values() if len(bodies[e.index]) == 1]:
        # "Police say ..." before "Wenlow Police said": the story's only police.
        word = bodies[bare.index][0].lower()
        named = [
            e
            for e in by_text.values()
            if len(bodies[e.index]) > 1 and bodies[e.index][-1].lower() == word
        ]
        if len(named) == 1:
            reassign(bare, named[0])
    by_title: dict[str, list[Entity]] = defaultdict(list)
    by_role: dict[str, list[Entity]] = defaultdict(list)  # kinship word or role's head noun
    for person in people:
        for title in {t.lower() for t in person.title}:
            by_title[title].append(person)
        roles = {person.kin, head_noun(person.description) if person.description else None}
        for role in roles - {None}:
            by_role[role].append(person)
        if person.relative_of is not None and person.relative_of.kind == "person":
            # Nell, "his granddaughter": he is the story's grandfather.
            elder = person.relative_of
            for role in INVERSE_KIN.get(person.kin or "", ()):
                if _may_be(elder, role) and elder not in by_role[role]:
                    by_role[role].append(elder)
    for entity in [e for e in registry.entities if e.kind == "described"]:
        words = entity.name[0].split()
        owned = _OWNED.fullmatch(entity.name[0])
        if owned is not None:
            # "Nilo Arrabide's director" is "the team's sporting director, Pelle
            # Norquist", "Hester Marchbank's uncle" her uncle, Rupert Marchbank.
            owner, noun = owned.groups()
            matches = [
                e
                for e in by_role.get(noun, [])
                if e.display_name != owner and (_kin_of(e, owner, noun) or _role_is(e, noun))
            ]
            # "Alcabria's foreign minister" is Alcabrian Foreign Minister Vitalie Rusescu.
            matches += [e for e in by_title.get(noun, []) if e not in matches]
            # "Hannah's husband" is the man she was named as the wife of.
            matches += [e for e in _kin_back(registry, owner, noun) if e not in matches]
            ours = [e for e in matches if any(_of_owner(t, owner) for t in e.title)]
            matches = ours or matches
        elif words[0] in _DEFINITE or len(words) == 1:
            head = head_noun(entity.name[0]) or entity.name[0]
            matches = list(by_title.get(head, []))
            if head in _KINSHIP:  # "the grandfather": the one the story made one
                matches += [e for e in by_role.get(head, []) if e not in matches]
            # "the town council" before "Sallowfield Town Council" is named.
            tail = tuple(w.lower() for w in words[1:])
            if len(tail) >= 2:
                matches += [
                    e for e in orgs if tuple(w.lower() for w in e.name[-len(tail) :]) == tail
                ]
            elif tail and tail[0] in TRADING_NOUNS:
                # "the company" met before the story showed that Hembury
                # Locks is one: the story's only company, or the one it is
                # about (named at least twice as often as any other).
                companies = sorted((e for e in orgs if trades(e)), key=lambda e: -len(e.mentions))
                if len(companies) > 1 and len(companies[0].mentions) >= 2 * len(
                    companies[1].mentions
                ):
                    companies = companies[:1]
                matches += companies
        else:
            continue
        if len(matches) == 1:
            reassign(entity, matches[0])


def _kin_back(registry: Registry, owner: str, noun: str) -> list[Entity]:
    """``Hannah Fonua-Kellaway's husband`` when Hannah was named as "his wife":
    the person she is the relative of."""
    return [
        e.relative_of
        for e in registry.entities
        if e.display_name == owner
        and e.relative_of is not None
        and noun in INVERSE_KIN.get(e.kin or "", ())
        and _may_be(e.relative_of, noun)
    ]


def _may_be(person: Entity, kin: str) -> bool:
    """Whether the person's sex, as far as known, allows the kinship word."""
    sex = gender_of_noun(kin)
    return sex is None or person.likely_gender in (None, sex)


def _of_owner(word: str, owner: str) -> bool:
    """``Alcabrian`` for Alcabria: a title word made from the owner's name."""
    return len(owner) > 3 and word.lower().startswith(owner.lower())


def _kin_of(entity: Entity, owner: str, noun: str) -> bool:
    """``her uncle, Rupert Marchbank`` of the speaker named ``owner``."""
    return entity.kin == noun and (
        entity.relative_of is None or entity.relative_of.display_name == owner
    )


def _role_is(entity: Entity, noun: str) -> bool:
    """``Pelle Norquist, the team's sporting director``."""
    return bool(entity.description) and head_noun(entity.description or "") == noun


def _echoes(headline: str, body: str) -> bool:
    """The body quote holds the headline's words: as they are, or in order
    with a word left out ("not yet [been] beaten"), two for a headline of four
    words or more ("... for two years [that] it was a done deal")."""
    if headline in body:
        return True
    wanted = headline.split()
    if len(wanted) < 3:
        return False
    allowed = 1 if len(wanted) == 3 else 2
    said = body.split()
    for start in (k for k, w in enumerate(said) if w == wanted[0]):
        k, skipped = start, 0
        for word in wanted:
            while k < len(said) and said[k] != word and skipped <= allowed:
                k, skipped = k + 1, skipped + 1
            if k >= len(said) or said[k] != word:
                break
            k += 1
        else:
            return skipped <= allowed
    return False


def _words(text: str, item: Decided) -> str:
    """The quote's words, lower case, padded, for whole-word containment."""
    content = " ".join(text[a:b] for a, b in item.found.segments)
    words = re.findall(r"[^\W_]+(?:['’][^\W_]+)?", content.lower().replace("’", "'"))
    return " " + " ".join(words) + " " if words else ""

"""Quotations inside quotations: whose words a speaker reports.

Inside someone's quotation, "he said" usually means a person of the
speaker's own story, whom the narration may never name: better unknown than
a guess. What can be trusted: a name; "I"/"we", the speaker; "my editor" or
"our mother", the speaker's relative or colleague ("Ines Abadi's editor");
"she" right after the speaker spoke of "my grandmother"; "he" when the
speaker's own last sentences named exactly one man it can be ("Piotr
Kowalski says ... he said"); "it" or "they" for an organisation or body
("the council") the speaker has just named; and "he" opening the quotation
when the narration has just named exactly one man it can be.
"""

from __future__ import annotations

import re

from tui.parser.attribute import Context, Decision
from tui.parser.cues import ORG_WORDS, PERSON_NOUNS, PRONOUNS
from tui.parser.first_names import gender_of_first_name
from tui.parser.marks import Found
from tui.parser.names import (
    Entity,
    find_mentions,
    gender_of_noun,
    gender_of_title,
    head_noun,
    is_person_noun,
)
from tui.parser.phrases import cues_in, skip_lead, subject_after, subject_before

# "one of our members", "my neighbour": the speaker's own.
_OUR = re.compile(r"\b(?:our|my)\s+", re.IGNORECASE)
# '"He called us and said, '...'"': the outer quotation's first sentence.
_OPENS_WITH_PRONOUN = re.compile(r"\s*(?:he|she)\b[^.!?]*$", re.IGNORECASE)
# A transcript or interview turn: "A: ...", "YUSUF DEMIR: ...".
_TURN = re.compile(r"(?:Q|A|[A-Z][\w.'’ -]{0,50}):\s")
#: What a speaker calls their family: "Dad used to say" is the speaker's father.
_FAMILY_NAMES = {
    "dad": "father",
    "papa": "father",
    "mum": "mother",
    "mom": "mother",
    "mama": "mother",
    "grandad": "grandfather",
    "granddad": "grandfather",
    "grandpa": "grandfather",
    "gran": "grandmother",
    "grandma": "grandmother",
    "nan": "grandmother",
    "nana": "grandmother",
}
_FAMILY_WORD = re.compile(r"\b(?:" + "|".join(k.capitalize() for k in _FAMILY_NAMES) + r")\b")
# "one victim", "a young man", "the captain": someone the narration brings in unnamed.
_NEW_PERSON = re.compile(r"\b(?:one|a|an|the)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")
# "the council", "the hospital": a body the speaker deals with.
_THE_BODY = re.compile(r"\b[Tt]he\s+([a-z]+)\b")
# "a recorded voice said", "Some critics have called it": someone new.
_NEW_SOURCE = frozenset("a an another one some two three several many".split())
_ONE_OF_MINE = re.compile(r"one of (?:my|our) ([a-z]+s)")
# "my lecturers", "The officers": people in the plural a speaker spoke of.
_PLURAL_PEOPLE = re.compile(r"\b(my|our|[Tt]he)\s+([a-z]+)\b")
# "my grandmother", "our late mother", "My editor": the speaker's own people.
_OWN_PERSON = re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+(?:(late|old|own|little)\s+)?([a-z]+)\b")
#: "my little girl" is the speaker's daughter.
_LITTLE_ONES = {"girl": "daughter", "boy": "son"}


def nested_speaker(
    ctx: Context,
    decision: Decision | None,
    parent: Found,
    quote_start: int,
    speaker: Entity | None,
) -> Decision | None:
    """The decision for a quotation nested in ``parent``, said by ``speaker``, or None."""
    if decision is None or decision.mention is None:
        return None
    mention = decision.mention.lower()
    if mention in ("i", "we"):
        decision.entity = speaker
        return decision if speaker is not None else None
    if mention in ("he", "she"):
        decision.entity = _pronoun(ctx, mention, parent, quote_start, speaker)
        return decision if decision.entity is not None else None
    if mention in _FAMILY_NAMES:  # "Dad used to say": the speaker's father
        decision.entity = _belonging_to(ctx, speaker, _FAMILY_NAMES[mention])
        return decision if decision.entity is not None else None
    if mention in ("it", "they"):
        body = _body_just_named(ctx, parent.segments[0][0], quote_start)
        if body is not None:  # "When I rang the council they told me, '...'"
            decision.entity = body
            return decision
    if mention in ("it", "they") and decision.entity is not None:
        # "The power company, Lynmoor Grid, ... it has called the damage
        # "exceptional"": named by the speaker, in the same quotation.
        inside = range(parent.segments[0][0], quote_start)
        recent = ctx.since(sentence=ctx.sentence)  # the quotation opened in this sentence
        named = any(e.entity is decision.entity and e.position in inside for e in recent)
        return decision if named else None
    if mention in PRONOUNS or decision.entity is None:
        return None
    own = _OWN_PERSON.fullmatch(decision.mention)
    if own is not None:  # "My late husband used to say": the speaker's late husband
        late, noun = own.group(1) == "late", own.group(2)
        if own.group(1) == "little":
            noun = _LITTLE_ONES.get(noun, noun)
        decision.entity = _belonging_to(ctx, speaker, noun, late=late)
        return decision if decision.entity is not None else None
    one_of_mine = _ONE_OF_MINE.fullmatch(mention)
    if one_of_mine is not None and speaker is not None and speaker.kind == "person":
        # "One of my patients said to me": one of the speaker's patients.
        noun = one_of_mine.group(1)
        decision.entity = ctx.registry.describe(f"one of {speaker.display_name}'s {noun}")
        return decision
    if mention == "one of them":
        # "some of my lecturers ... One of them said": one of the speaker's lecturers.
        decision.entity = _one_of_them(ctx, parent.segments[0][0], quote_start, speaker)
        return decision if decision.entity is not None else None
    if decision.entity.kind == "described":
        # A newly introduced source ("a recorded voice said") or a person by
        # role ("the vicar said to me") is safe; "it", "they" are not.
        first = mention.split()[0]
        head = head_noun(decision.mention)
        person = first == "the" and (head in PERSON_NOUNS or head in ORG_WORDS)  # "the university"
        return decision if first in _NEW_SOURCE or person else None
    return decision


def _one_of_them(
    ctx: Context, start: int, quote_start: int, speaker: Entity | None
) -> Entity | None:
    """Whom "one of them" picks from: the last people the quotation spoke of in
    the plural ("my lecturers", "the officers")."""
    groups = [
        m
        for m in _PLURAL_PEOPLE.finditer(ctx.text, start, quote_start)
        if m.group(2).endswith("s") and is_person_noun(m.group(2)[:-1])
    ]
    if not groups:
        return None
    owner, noun = groups[-1].group(1).lower(), groups[-1].group(2)
    if owner == "the":
        return ctx.registry.describe(f"one of the {noun}")
    if speaker is None or speaker.kind != "person":
        return None
    return ctx.registry.describe(f"one of {speaker.display_name}'s {noun}")


def unresolved_pronoun(ctx: Context, sentence_start: int, quote_start: int) -> Decision | None:
    """``She always said, "..."`` where the narration has no "she" to give.

    Inside a quotation the pronoun may mean someone only the speaker has
    spoken of ("my grandmother"), so it is kept for ``nested_speaker``.
    """
    cues = cues_in(ctx.text, max(sentence_start, quote_start - 40), quote_start)
    if not cues:
        return None
    phrase = subject_before(ctx.text, sentence_start, cues[-1].start)
    if phrase is None or phrase.kind != "pronoun":
        return None
    return Decision(None, "before", cues[-1].text, phrase.text)


def _pronoun(
    ctx: Context, pronoun: str, parent: Found, quote_start: int, speaker: Entity | None
) -> Entity | None:
    """ "She always said" after "my grandmother"; "He would ring and say" opening it."""
    lead = ctx.text[parent.segments[0][0] : quote_start]
    own = [m for m in _OWN_PERSON.finditer(lead) if m.group(2) in PERSON_NOUNS]
    noun = own[-1].group(2) if own else ""
    if own and not noun.endswith("s") and gender_of_noun(noun) in (None, PRONOUNS[pronoun]):
        return _belonging_to(ctx, speaker, noun)  # "My director ... he finally said"
    paragraph = ctx.text.rfind("\n\n", 0, quote_start) + 2
    called = [
        _FAMILY_NAMES[m.group().lower()]
        for m in _FAMILY_WORD.finditer(ctx.text, paragraph, quote_start)
        if gender_of_noun(_FAMILY_NAMES[m.group().lower()]) == PRONOUNS[pronoun]
    ]
    relative = ctx.kin_named(speaker, called[-1]) if called else None
    if relative is not None:  # "Grandad doesn't ask. He just said, '...'": her grandfather
        return relative
    described = _described_just_before(ctx, parent.segments[0][0], quote_start, pronoun, speaker)
    if described is not None:
        return described
    named_inside = _named_in_quotation(ctx, parent.segments[0][0], quote_start, pronoun, speaker)
    if named_inside is not None:
        return named_inside
    reach = 2
    if not _OPENS_WITH_PRONOUN.match(lead):
        paragraph = _about_him_throughout(ctx, quote_start, pronoun)
        if paragraph is None:
            return None
        # back to the narration before the paragraph's first quotation
        reach += len(_SENTENCE_END.findall(ctx.text, paragraph, quote_start))
    named = ctx.named_just_before(pronoun, parent.outer[0], speaker, reach)
    if named:
        return named[0] if len(named) == 1 else None
    return _new_person_just_before(ctx, parent.outer[0], pronoun)


def _about_him_throughout(ctx: Context, quote_start: int, pronoun: str) -> int | None:
    """'"He was impossible," she says. "On my first day he said, '...'"': where
    the paragraph starts, when it opens a quotation with the pronoun and names
    nobody before the inner quote."""
    start = ctx.text.rfind("\n\n", 0, quote_start) + 2
    opens = re.match(rf"[\"“‘']\s*{pronoun}\b", ctx.text[start:quote_start], re.IGNORECASE)
    named = any(m.kind == "person" for m in find_mentions(ctx.text, start, quote_start))
    return start if opens is not None and not named else None


def _new_person_just_before(ctx: Context, position: int, pronoun: str) -> Entity | None:
    """'... when one victim noticed his stolen car. "He called us and said,
    '...'"': the one person the narration's last sentence introduced."""
    text = ctx.text
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, position - 400), position)]
    if ends and ends[-1] >= position - 2:
        ends.pop()  # the quotation opens its own sentence: read the one before
    start = ends[-1] if ends else max(0, position - 400)
    people = [
        m
        for m in _NEW_PERSON.finditer(text, start, position)
        if is_person_noun(m.group(1)) and gender_of_noun(m.group(1)) in (None, PRONOUNS[pronoun])
    ]
    return ctx.registry.describe(people[0].group()) if len(people) == 1 else None


def _named_in_quotation(
    ctx: Context, start: int, quote_start: int, pronoun: str, speaker: Entity | None
) -> Entity | None:
    """'"... chief operating officer, Piotr Kowalski, says the demands would cost
    millions. In a statement this morning he said, '...'"': the one person the
    speaker named in their own last two sentences."""
    ends = [m.end() for m in _SENTENCE_END.finditer(ctx.text, start, quote_start)]
    since = ends[-2] if len(ends) >= 2 else start
    want = PRONOUNS[pronoun]
    found = _people_named(ctx, since, quote_start, want, speaker)
    paragraph = ctx.text.rfind("\n\n", 0, start) + 2
    person = speaker is not None and speaker.kind == "person"
    opening = _TURN.match(ctx.text, paragraph) or (person and start <= paragraph + 1)
    if not found and len(ends) < 2 and opening:
        # An interview's answer ("He used to say ...") after the question named
        # him; a quotation opening its paragraph after the narration did.
        before = ctx.text.rfind("\n\n", 0, paragraph - 2) + 2
        found = _people_named(ctx, before, paragraph - 2, want, speaker)
    return found[0] if len(found) == 1 else None


def _people_named(
    ctx: Context, start: int, end: int, want: str, speaker: Entity | None
) -> list[Entity]:
    """The people named in ``text[start:end]`` whom a "he" or "she" can mean: full
    names, or a first name that says the sex ("Dolores. She was on dispatch")."""
    if start < 0 or end <= start:
        return []
    people = {
        id(entity): entity
        for m in find_mentions(ctx.text, start, end)
        if m.kind == "person"
        and not m.possessive
        and (
            len(m.name) >= 2
            or gender_of_first_name(m.name[0]) == want
            or gender_of_title(m.title) == want  # "old Mrs Pardew ... She said"
        )
        for entity in [ctx.registry.resolve(m, create=True)]
        if entity is not None and entity is not speaker and entity.likely_gender in (None, want)
    }
    return list(people.values())


def _described_just_before(
    ctx: Context, start: int, quote_start: int, pronoun: str, speaker: Entity | None
) -> Entity | None:
    """'"One of the shopkeepers wrote to this court. She said, '...'"': the
    person the speaker's previous sentence is about ("one of our members",
    under the speaker's name)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(ctx.text, start, quote_start)]
    if not ends:
        return None
    previous = ends[-2] if len(ends) >= 2 else start
    phrase = subject_after(ctx.text, skip_lead(ctx.text, previous, ends[-1]), ends[-1])
    if phrase is None or phrase.kind != "description":
        return None
    head = head_noun(phrase.text)
    if not is_person_noun(head) or gender_of_noun(head) not in (None, PRONOUNS[pronoun]):
        return None
    ours = _OUR.search(phrase.text)
    if ours is not None and speaker is not None and speaker.kind == "person":
        owned = f"{phrase.text[: ours.start()]}{speaker.display_name}'s {phrase.text[ours.end() :]}"
        return ctx.registry.describe(owned)  # "one of Agnes Mbatha's members"
    return ctx.registry.describe(phrase.text)


def _body_just_named(ctx: Context, start: int, quote_start: int) -> Entity | None:
    """``When I rang the council they told me``: "the council", in the speaker's
    own sentence just before "it" or "they" (the council the story named, if any)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(ctx.text, start, quote_start)]
    bodies = _THE_BODY.findall(ctx.text, ends[-1] if ends else start, quote_start)
    nouns = [noun for noun in bodies if noun.lower() in ORG_WORDS]
    return ctx.registry.describe(f"the {nouns[-1].lower()}") if nouns else None


def _belonging_to(
    ctx: Context, speaker: Entity | None, noun: str, late: bool = False
) -> Entity | None:
    """``Ines Abadi's editor``: the speaker's "my editor" (``revise`` later
    puts the name on it if the story gives one: "his editor, Pelle Norquist")."""
    if speaker is None or speaker.kind != "person" or noun not in PERSON_NOUNS:
        return None
    relative = ctx.kin_named(speaker, noun)  # "my mother" of Rasha's son: Rasha
    if relative is not None:
        return relative
    return ctx.registry.describe(f"{speaker.display_name}'s {'late ' if late else ''}{noun}")

"""Relatives who share a surname: which one "the elder Lindqvist" means.

News copy names a family's second member in passing ("his daughter, chief
executive Maja Lindqvist", "his son, Jack", "Norman, 58,") and then tells the
two apart as "the elder" and "the younger". The reader keeps what the story
says of each (an age, a kinship word, "the elder by eleven minutes") and
picks the one the qualifier means only when those facts decide it; otherwise
the mention stays ambiguous, because a wrong guess puts words in a parent's
mouth.
"""

from __future__ import annotations

import re

from tui.parser.names import AMBIGUOUS, Entity, Mention, Registry, gender_of_noun, gender_of_title

#: Relatives older than the person they belong to, and younger ones.
_ELDER_KIN = frozenset(
    "father mother grandfather grandmother parent dad mum mom uncle aunt".split()
)
_YOUNGER_KIN = frozenset("son daughter grandson granddaughter child boy girl nephew niece".split())
_UNRANKED_KIN = frozenset("brother sister twin cousin wife husband".split())
_KIN = "|".join(sorted(_ELDER_KIN | _YOUNGER_KIN | _UNRANKED_KIN))
#: "his son, Jack" / "Brannagh's son, Fintan," / "his daughter, chief
#: executive Maja Lindqvist" / "her elder sister Ruth": the kinship word
#: right before the name, after a possessor, maybe with lower-case titles.
_KIN_BEFORE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*['’]s?)\s+(?:own\s+)?"
    rf"(?:(late|elder|older|younger|eldest|youngest|big|little|twin)\s+)?({_KIN})s?"
    rf"(?:\s+and\s+(?:{_KIN})s?)?"  # "his granddaughter and grandson, Nell and Kit"
    r"\s*,?\s*(?:[a-z][\w-]*\s+){0,3}$"
)
_SAID_HE = re.compile(r"\s+(?:said|says|told\s+\w+)\s+(?:that\s+)?(he|she)\b", re.IGNORECASE)
_POSSESSOR = re.compile(r"([A-Z][\w'’-]*?)['’]s?\s")
#: "Norman, 58," / "Tomas Lindqvist, 74,": an age in commas right after a name.
_AGE_AFTER = re.compile(r"\s*,\s*(\d{1,3})\s*,")
#: "Agathe, the elder by eleven minutes,": the story says who is older.
_RANKED = re.compile(r"the\s+(elder|older|eldest|younger|youngest)\b", re.IGNORECASE)
_QUALIFIER = re.compile(
    r"\b(elder|older|senior|younger|junior)\s+$",
    re.IGNORECASE,
)
_OLDER_WORDS = frozenset("elder older eldest senior big".split())
_YOUNGER_WORDS = frozenset("younger youngest junior little".split())


def kin_before(text: str, mention: Mention, floor: int) -> re.Match[str] | None:
    """The kinship phrase that introduces ``mention`` ("his son, Jack"), if any."""
    return _KIN_BEFORE.search(text, max(floor, mention.start - 60), mention.start)


def possessor_name(kin: re.Match[str]) -> str | None:
    """``Brannagh`` in "Brannagh's son, Fintan"; None for his/her/their."""
    possessor = _POSSESSOR.match(kin.group())
    return possessor.group(1) if possessor else None


def learn(
    text: str,
    registry: Registry,
    entity: Entity,
    mention: Mention,
    kin: re.Match[str] | None,
    possessor: Entity | None,
) -> None:
    """Keep what the story says of a person's age and place in the family."""
    age = _AGE_AFTER.match(text, mention.end)
    if age is not None and entity.age is None:
        entity.age = int(age.group(1))
    if kin is not None and entity.kin is None and possessor is not entity:
        entity.kin = kin.group(2)
        entity.gender = entity.gender or gender_of_noun(entity.kin)  # "her husband, Ruben"
        entity.seniority = _seniority(kin.group(1), kin.group(2))
        entity.relative_of = possessor
        registry.relatives.append(entity)
        _take_family_name(registry, entity, possessor)
    if entity.seniority is None and entity.description:
        ranked = _RANKED.match(entity.description)
        if ranked is not None:
            entity.seniority = 1 if ranked.group(1).lower() in _OLDER_WORDS else -1


#: Kinship seen from the other side: her husband is the man she is wife of.
INVERSE_KIN = {
    "wife": {"husband"},
    "husband": {"wife"},
    "son": {"father", "mother", "dad", "mum", "mom", "parent"},
    "daughter": {"father", "mother", "dad", "mum", "mom", "parent"},
    "child": {"father", "mother", "dad", "mum", "mom", "parent"},
    "father": {"son", "daughter", "child"},
    "mother": {"son", "daughter", "child"},
    "brother": {"brother", "sister"},
    "sister": {"brother", "sister"},
    "grandson": {"grandfather", "grandmother"},
    "granddaughter": {"grandfather", "grandmother"},
    "grandfather": {"grandson", "granddaughter"},
    "grandmother": {"grandson", "granddaughter"},
    "nephew": {"uncle", "aunt"},
    "niece": {"uncle", "aunt"},
    "uncle": {"nephew", "niece"},
    "aunt": {"nephew", "niece"},
}


#: Relatives who nearly always share the surname of the one they belong to.
_SAME_SURNAME_KIN = frozenset("son daughter brother sister grandson granddaughter father".split())


def _take_family_name(registry: Registry, entity: Entity, possessor: Entity | None) -> None:
    """``his son, Aram,`` of Hagop Kalustyan is Aram Kalustyan (and still "Aram")."""
    if (
        possessor is None
        or possessor.kind != "person"
        or len(possessor.name) < 2
        or len(entity.name) != 1
        or entity.kin not in _SAME_SURNAME_KIN
    ):
        return
    entity.aliases.add(entity.name[0])
    entity.name = (entity.name[0], possessor.last)
    registry.reindex(entity)


def _seniority(qualifier: str | None, kin: str) -> int | None:
    """+1 for someone older than the possessor, -1 for younger, None if unknown."""
    if kin in _ELDER_KIN:
        return 1
    if kin in _YOUNGER_KIN:
        return -1
    word = (qualifier or "").lower()
    if word in _OLDER_WORDS:
        return 1
    if word in _YOUNGER_WORDS:
        return -1
    return None  # "his late brother", "her twin sister": no order


def qualified(text: str, mention: Mention, registry: Registry, acted: set[int]) -> Entity | None:
    """The one of a family "the elder X" / "the younger X" means.

    Only the relatives the story has shown speaking or acting count when
    there are two of them. None when the mention is not qualified or names
    the only X;
    ``AMBIGUOUS`` when two or more Xs are named and the story's facts do not
    say which is meant.
    """
    if len(mention.name) != 1:
        return None  # tested first: most names have two words, and the search is dearer
    before = _QUALIFIER.search(text, max(0, mention.start - 20), mention.start)
    if before is None:
        return None
    surname = mention.name[0].lower()
    bearers = registry.bearers(surname)
    relatives = [
        e
        for e in registry.relatives
        if e.kind == "person" and len(e.name) == 1 and e.relative_of in bearers
    ]
    family = bearers + relatives
    if len(family) < 2:
        return None
    said = _SAID_HE.match(text, mention.end)  # "The elder Ledgerwood said he ..."
    if said is not None:
        sex = "male" if said.group(1).lower() == "he" else "female"
        family = [e for e in family if e.likely_gender in (None, sex)] or family
    active = [e for e in family if e.index in acted]
    older = before.group(1).lower() in _OLDER_WORDS
    # The founder "in 1921" is not one of "the elder" and "the younger".
    chosen = _by_age(active if len(active) >= 2 else family, older)
    chosen = chosen or _by_kin(active if len(active) >= 2 else family, older)
    chosen = chosen or _one_pair(family, older)
    if chosen is None:
        return AMBIGUOUS
    if chosen in relatives:
        chosen.name = (chosen.name[0], mention.name[0])  # "his son, Jack" is Jack Ledgerwood
        registry.reindex(chosen)
    return chosen


def _by_age(family: list[Entity], older: bool) -> Entity | None:
    """Every one of them given an age, no two the same: the oldest or youngest."""
    ages = [e.age for e in family]
    if None in ages or len(set(ages)) != len(ages):
        return None
    return (max if older else min)(family, key=lambda e: e.age or 0)


def _by_kin(family: list[Entity], older: bool) -> Entity | None:
    """Two relatives, one placed above or below the other by the story.

    "his father, Cornelius Brannagh" ranks Cornelius against the person
    "his" means, so it decides only between those two; "the elder by eleven
    minutes" ranks its person within the family.
    """
    if len(family) != 2:
        return None
    for one, other in (family, family[::-1]):
        if one.seniority is not None and one.relative_of in (None, other):
            return one if (one.seniority > 0) == older else other
    return None


def _one_pair(family: list[Entity], older: bool) -> Entity | None:
    """The only two of the family the story ranks against each other ("his son,
    Aram"): the elder or the younger of them."""
    pairs = [
        (e, e.relative_of)
        for e in family
        if e.seniority is not None and e.relative_of is not None and e.relative_of in family
    ]
    if len(pairs) != 1:
        return None
    one, other = pairs[0]
    return one if (one.seniority > 0) == older else other


def titled(mention: Mention, registry: Registry) -> Entity | None:
    """``Mr Pennicott`` for "Mrs Pennicott's son, Philip", known so far by first name.

    When the relative, introduced by first name, is the one of that surname
    and sex the story spoke of last ("his son Emmett still answers it. Mr.
    Gorsline, 79, arrives ..."), and the only such relative.
    """
    gender = gender_of_title(mention.title)
    if gender is None or len(mention.name) != 1:
        return None
    surname = mention.name[0].lower()
    bearers = [e for e in registry.bearers(surname) if e.likely_gender in (None, gender)]
    relatives = [
        e
        for e in registry.relatives
        if len(e.name) == 1
        and e.kin is not None
        and e.relative_of is not None
        and e.relative_of.last.lower() == surname
        and gender_of_noun(e.kin) in (None, gender)
        and e.likely_gender in (None, gender)
    ]
    if len(relatives) != 1 or any(b.seen > relatives[0].seen for b in bearers):
        return None
    relative = relatives[0]
    relative.name = (relative.name[0], mention.name[0])
    registry.reindex(relative)
    return relative

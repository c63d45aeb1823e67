"""Mentions of people and organisations, and which mentions are one entity.

A mention is a run of capitalised words ("President Ana Diaz", "the Alvana
Port Authority"). Titles are split off, possessives ("Diaz's") and objects of
prepositions are marked, because a person who is only mentioned is a weak
candidate for having said anything. Entities merge mentions by name: a full
name first, then its surname or first name, "Mr" + surname; two people who
share a surname stay apart, and a bare surname binds to the nearest.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import attrgetter, itemgetter, sub

from tui.parser.cues import (
    FEMALE_TITLES,
    MALE_TITLES,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_NOUNS,
    SPEECH_VERBS,
    TITLES,
    uncontracted,
)
from tui.parser.first_names import gender_of_first_name

Span = tuple[int, int]

_TOKEN = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?")
# The same words as _TOKEN (letters and digits, joined by _ ' ’ . -), kept as
# the split's groups; possessive quantifiers, so the engine never backtracks.
_TOKEN_SPLIT = re.compile(r"([^\W_]++(?:[_'’.-]++[^\W_]++)*+)")
_PARTICLES = frozenset(
    "van von de der den da di du del della la le las los al el bin ibn ter ten dos das do y".split()
)
_JOINERS = frozenset("of for and &".split())
_SUFFIXES = frozenset("Jr Sr II III IV".split())
_PLACE_WORDS = frozenset(
    """street road avenue lane square river city province county port mount lake bay
    island islands district region state republic kingdom valley hill hills park bridge
    ocean sea gulf strait desert forest mountains peninsula canal flats heights states
    station airport beach coast north south east west falls springs creek harbour harbor
    marsh moor glen cove gardens towers mansions""".split()
)
# Words that open a place's name and no person's: "Plaza de la Concordia", "Upper Swaleby".
_PLACE_OPENERS = frozenset("plaza las los san santa santo são sao puerto porto upper lower".split())
# The word after a name, past an age in commas: "Park, 45, said".
_SPEECH_AFTER = re.compile(r"(?:\s*,\s*\d{1,3}\s*,)?\s+([a-z]+)")
_PREPOSITIONS = frozenset(
    """in at from to near into of by with for on across outside inside toward towards
    against between among under over through via""".split()
)
_POSSESSIVE = re.compile(r"['’]s?$")
# "Shoppers say ...": a capitalised word for people, not a name.
_PEOPLE_NOT_ORGS = PERSON_NOUNS - ORG_WORDS
# What may stand before a name that opens its sentence.
_SENTENCE_OPENING = re.compile(r"[ \"“‘'(\[—–-]*")
# The word before a position, read backwards: the same as searching the
# window for r"([^\W\d_]+)\W*$", but one match instead of one per position.
_PREVIOUS_WORD_REVERSED = re.compile(r"[^\w.!?;:\n]*([^\W\d_]+)")  # not across a sentence end
# Occupations end like this; at the start of a sentence, before a full name,
# such a word is a role ("Postmistress Brenda Mottram"), not a first name.
_OCCUPATION = re.compile(r"(?:ist|er|or|ian|ess|man|woman|ant|ent|ee|ic)s?$")


@dataclass(frozen=True)
class Mention:
    """A capitalised name in the text, with what its place says about it."""

    start: int
    end: int
    name: tuple[str, ...]
    title: tuple[str, ...] = ()
    kind: str = "person"  # person | org | place
    possessive: bool = False
    after_preposition: bool = False
    sentence_initial: bool = False

    @property
    def surface(self) -> str:
        return " ".join(self.title + self.name)


@dataclass
class Entity:
    """One person or organisation the story names, with every form it uses."""

    index: int
    name: tuple[str, ...]
    kind: str = "person"
    title: tuple[str, ...] = ()
    description: str | None = None
    gender: str | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    seen: int = 0  # when the reader last met this entity, for recency
    # What the story says of a person's family (``family``): "Norman, 58,",
    # "his son, Jack" (kin "son", seniority -1, relative of "his" person).
    age: int | None = None
    kin: str | None = None
    seniority: int | None = None
    relative_of: Entity | None = None

    @property
    def display_name(self) -> str:
        """The fullest form; title kept only when it is all the story gives."""
        if len(self.name) == 1 and self.title and self.kind == "person":
            return f"{self.title[-1]} {self.name[0]}"
        return " ".join(self.name)

    @property
    def last(self) -> str:
        """The surname: "Hale" in Robert Hale Jr."""
        if len(self.name) > 2 and self.name[-1].rstrip(".") in _SUFFIXES:
            return self.name[-2]
        return self.name[-1]

    @property
    def likely_gender(self) -> str | None:
        """What the story says of the person's sex, else what their first name suggests.

        Only for checking that a pronoun or a title can fit: "she" should
        not land on a Thomas the story never called anything.
        """
        if self.gender is not None or self.kind != "person" or len(self.name) < 2:
            return self.gender
        return gender_of_first_name(self.name[0])

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if mention.surface != self.display_name:
            self.aliases.add(mention.surface)
        if mention.title and not self.title:
            self.title = mention.title
        if self.gender is None:
            self.gender = gender_of_title(mention.title)


#: Stands for a person the reader cannot tell apart from another one, so a
#: pronoun that points at them resolves to nobody rather than a guess.
AMBIGUOUS = Entity(index=-1, name=("?",), kind="ambiguous")


def gender_of_title(title: tuple[str, ...]) -> str | None:
    if not title:
        return None  # most mentions have no title: skip building the set
    lowered = {t.lower().rstrip(".") for t in title}
    if lowered & MALE_TITLES:
        return "male"
    if lowered & FEMALE_TITLES:
        return "female"
    return None


_FEMALE_NOUNS = frozenset(
    """woman women girl mother daughter wife sister grandmother aunt niece widow
    spokeswoman chairwoman councilwoman actress waitress landlady nun midwife""".split()
)
_MALE_NOUNS = frozenset(
    """man men boy father son husband brother grandfather uncle nephew widower
    spokesman chairman councilman fisherman monk""".split()
)


def gender_of_noun(noun: str) -> str | None:
    if noun in _FEMALE_NOUNS:
        return "female"
    if noun in _MALE_NOUNS:
        return "male"
    return None


def _possessive(word: str) -> bool:
    """``_POSSESSIVE.search(word)`` for a word (which never holds a newline), but cheaper."""
    return word.endswith(("'", "’", "'s", "’s"))


def _capitalised(token: str) -> bool:
    return token[:1].isupper() or (token[:1].islower() and _ARTICLE_NAME.match(token) is not None)


_ARTICLE_NAME_IN_TEXT = re.compile(
    r"(?<![\w'’.-])(?:al|el|ad|ar|as|ash|at|az|an|ul|ibn|abu|abd|bin|ben)-[A-Z]"
)
# "al-Sharif", "bin-Talal": a lower-case article joined to a capitalised name.
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ul|ibn|abu|abd|bin|ben)-[A-Z]")
# Where such a name can be: a hyphen before a capital (a literal, found fast).
_HYPHEN_CAPITAL = re.compile(r"-(?=[A-Z])")


def _articles_in(text: str) -> list[int]:
    """Where ``_ARTICLE_NAME_IN_TEXT.finditer(text)`` matches, found from the hyphens.

    The pattern opens with a look-behind, so searching runs it at every
    offset of the story; an article is two or three letters before its
    hyphen, so matching it there finds the same names, in the same order.
    """
    found = []
    for hyphen in _HYPHEN_CAPITAL.finditer(text):
        at = hyphen.start()
        match = _ARTICLE_NAME_IN_TEXT.match(text, max(0, at - 3)) or _ARTICLE_NAME_IN_TEXT.match(
            text, max(0, at - 2)
        )
        if match is not None:
            found.append(match.start())
    return found


Token = tuple[int, int, str]  # start, end, word


@dataclass
class _StoryWords:
    """Every word of a story, as ``_TOKEN`` finds them, in lists to slice.

    About a hundred bytes a word, so a long story's are dropped once it is
    parsed (``forget_story_words``), and (start, end, word) tuples are made
    only for the ranges asked about.
    """

    starts: list[int]
    ends: list[int]
    words: list[str]
    capitals: list[int]  # which tokens are capitalised, in order


@lru_cache(maxsize=2)
def _story_words(text: str) -> _StoryWords:
    """The story's words, tokenised once.

    ``find_mentions`` runs for every sentence and many fragments of one, and
    slicing these lists is far cheaper than running the tokeniser again. One
    split gives the words and the gaps between them, whose lengths add up to
    the offsets; ``map`` and ``compress`` loop in C.
    """
    parts = _TOKEN_SPLIT.split(text)  # gap, word, gap, word, ..., gap
    offsets = list(accumulate(map(len, parts)))
    starts, ends, words = offsets[:-1:2], offsets[1::2], parts[1::2]
    capitals = list(compress(count(), map(str.isupper, map(itemgetter(0), words))))
    if "-" in text:
        articled = [bisect_left(starts, start) for start in _articles_in(text)]
        capitals = sorted(set(capitals).union(articled)) if articled else capitals
    return _StoryWords(starts, ends, words, capitals)


def forget_story_words() -> None:
    """Drop the cached words and mentions: ``parse`` calls it when a story is done.

    No later story asks about this one's offsets, and a cache kept full of
    them only gives the garbage collector more to walk.
    """
    _story_words.cache_clear()
    find_mentions.cache_clear()


def story_words(text: str) -> tuple[list[int], list[int], list[str]]:
    """Every word of the story, as ``_TOKEN`` finds them: starts, ends and words."""
    story = _story_words(text)
    return story.starts, story.ends, story.words


def _tokens_in(text: str, start: int, end: int) -> tuple[list[Token], list[int]]:
    """The words ``_TOKEN.finditer(text, start, end)`` finds, and which are capitalised.

    A token lies within one run of word characters, so the story's tokens
    inside the range are the range's tokens; only a token cut by an edge of
    the range is tokenised again, clipped (which may leave nothing of it).
    A range with no capitalised word gives no words either: no name starts there.
    """
    story = _story_words(text)
    starts, ends = story.starts, story.ends
    first, last = bisect_right(ends, start), bisect_left(starts, end)
    if first < last and (starts[first] < start or ends[last - 1] > end):
        inside = list(
            zip(starts[first:last], ends[first:last], story.words[first:last], strict=True)
        )
        if inside[0][0] < start or inside[0][1] > end:
            inside[:1] = _clipped(text, inside[0], start, end)
        if inside and (inside[-1][0] < start or inside[-1][1] > end):
            inside[-1:] = _clipped(text, inside[-1], start, end)
        return inside, [k for k, token in enumerate(inside) if _capitalised(token[2])]
    caps = story.capitals
    caps = caps[bisect_left(caps, first) : bisect_left(caps, last)]
    if not caps:
        return [], []  # no capitalised word: the words are never asked for
    inside = list(zip(starts[first:last], ends[first:last], story.words[first:last], strict=True))
    return inside, list(map(sub, caps, repeat(first)))  # k - first, looped in C


def _clipped(text: str, token: Token, start: int, end: int) -> list[Token]:
    a, b = max(start, token[0]), min(end, token[1])
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, a, b)]


@lru_cache(maxsize=4096)
def find_mentions(text: str, start: int, end: int) -> tuple[Mention, ...]:
    """Capitalised name runs in one sentence ``text[start:end]``.

    Cached: the reader and the sieve ask about the same sentences many
    times. Mentions are never changed after they are made.
    """
    tokens, capitals = _tokens_in(text, start, end)
    if not capitals:
        return ()  # no capitalised word, no name
    mentions: list[Mention] = []
    j = 0
    for i in capitals:  # a run starts at a capitalised word ...
        if i < j:
            continue  # ... that the run before did not take in
        j = i + 1
        while j < len(tokens) and _joined(text, tokens, j):
            if _possessive(tokens[j - 1][2]) and tokens[j][2].lower() not in ORG_WORDS:
                break  # "Lesk's party", but "the People's Union" is one name
            s, e, word = tokens[j - 1]
            if text[e : e + 1] in "’'" and text[e + 1 : e + 2] == " ":
                tokens[j - 1] = (s, e + 1, word + text[e])  # "Footballers’ Association"
            if _capitalised(tokens[j][2]):
                j += 1
                continue
            k = j  # "Pieter van der Berg": particles, then the capitalised rest
            while (
                k < len(tokens) and tokens[k][2].lower() in _PARTICLES and _joined(text, tokens, k)
            ):
                k += 1
            if (
                k > j
                and k < len(tokens)
                and _joined(text, tokens, k)
                and _capitalised(tokens[k][2])
            ):
                j = k + 1
            elif tokens[j][2].lower() in _JOINERS and _next_capitalised(text, tokens, j):
                j += 2
            else:
                break
        if j == i + 1 and (
            uncontracted(tokens[i][2]) in NOT_NAMES
            or _verb_of_saying(tokens[i][2])
            or _office(text, tokens[i])
        ):
            continue  # "The", "In", "But", "Asked", "the Speaker": not a name
        for a, b, surname in _split_run(tokens, i, j):
            mention = _mention(text, tokens, a, b, sentence_start=start, surname=surname)
            if mention is not None:
                mentions.append(mention)
    return tuple(mentions)


def _split_run(
    tokens: list[tuple[int, int, str]], i: int, j: int
) -> list[tuple[int, int, str | None]]:
    """Split "Ana Diaz and Bo Lee" in two; "Agathe and Hélène Roussin" shares the surname.

    Joiners stay inside an organisation's name ("Ministry of Health").
    """
    lowered = [t[2].lower() for t in tokens[i:j]]
    if _JOINERS.isdisjoint(lowered):
        return [(i, j, None)]
    if set(lowered) & ORG_WORDS:
        first = next(k for k, w in enumerate(lowered) if w in _JOINERS)
        if lowered[first] in ("of", "for") and not set(lowered[:first]) & ORG_WORDS and first >= 2:
            return [(i, i + first, None), (i + first + 1, j, None)]  # "Ana Diaz of Kelby Police"
        return [(i, j, None)]
    cuts = [i + k for k, w in enumerate(lowered) if w in _JOINERS]
    bounds = list(zip([i, *(c + 1 for c in cuts)], [*cuts, j], strict=True))
    parts: list[tuple[int, int, str | None]] = []
    for n, (a, b) in enumerate(bounds):
        following = bounds[n + 1] if n + 1 < len(bounds) else None
        shared = None
        if b - a == 1 and following and following[1] - following[0] >= 2:
            shared = tokens[following[1] - 1][2]
        parts.append((a, b, shared))
    return parts


def _joined(text: str, tokens: list[tuple[int, int, str]], j: int) -> bool:
    """Tokens j-1 and j belong to one run: one space (or a hyphen) apart.

    Also "Dr. Ana Diaz" (a title's full stop), "the Footballers’
    Association" (a plural possessive inside an organisation's name) and
    "Power & Light" (an ampersand only ever joins a firm's name).
    """
    previous = tokens[j - 1][2]
    gap = text[tokens[j - 1][1] : tokens[j][0]]
    if gap in (" ", "-", "\u00a0"):
        return True
    if gap == " & " and tokens[j][2][:1].isupper():
        return True  # "Garrow Valley Power & Light"
    if gap == ". " and (previous.lower() in TITLES or (len(previous) == 1 and previous.isupper())):
        return True  # "Dr. Ana Diaz", "John F. Kennedy"
    return gap in ("’ ", "' ") and previous.endswith("s") and tokens[j][2][:1].isupper()


def _next_capitalised(text: str, tokens: list[tuple[int, int, str]], j: int) -> bool:
    return j + 1 < len(tokens) and _joined(text, tokens, j + 1) and _capitalised(tokens[j + 1][2])


def _mention(
    text: str,
    tokens: list[tuple[int, int, str]],
    i: int,
    j: int,
    sentence_start: int,
    surname: str | None = None,
) -> Mention | None:
    # "John F. Keller": an initial keeps its full stop.
    words = [
        w + "."
        if ((len(w) == 1 and w.isupper()) or w in ("Jr", "Sr")) and text[e : e + 1] == "."
        else w
        for _, e, w in tokens[i:j]
    ]
    first = i
    while words and uncontracted(words[0]) in NOT_NAMES:  # "The", "She'd"
        words.pop(0)
        first += 1
    if not words or (
        # Most names fail on the first word: test it before looping over all.
        len(words[0]) > 1 and words[0].isupper() and all(len(w) > 1 and w.isupper() for w in words)
    ):
        return None  # nothing left, or a dateline, label or acronym ("HAVERLAND", "NATO")
    if len(words) == 1 and words[0].lower() in _PEOPLE_NOT_ORGS:
        return None  # "Shoppers say ...", "Residents said ...": people, not a name
    # At the start of the sentence itself, not only of the text searched
    # ("said Pieter van der Berg" is searched from "Pieter").
    initial = _opens_sentence(text, sentence_start, tokens[first][0])
    if initial:
        preceding = text[max(0, sentence_start - 3) : sentence_start].rstrip(" \t")
        initial = not preceding or preceding[-1] in ".!?:\"“”‘’'([—–-\n"
    last_word = words[-1]
    possessive = _possessive(last_word) and len(last_word) > 2
    if possessive:
        words[-1] = _POSSESSIVE.sub("", last_word)
    lowered = [w.lower().rstrip(".") for w in words]
    title_end = 0
    for k, word in enumerate(lowered[:-1]):
        if word in TITLES:
            title_end = k + 1
    if lowered[-1] in TITLES and title_end == 0 and len(words) == 1:
        return None
    if title_end == 0 and initial and len(words) >= 3 and _OCCUPATION.search(lowered[0]):
        title_end = 1  # "Hydrologist Liisa Korventaus said"
    title, name = tuple(words[:title_end]), tuple(words[title_end:])
    if surname and len(name) == 1:
        name = (name[0], surname)
    kind = "person"
    joiner = len(lowered)
    if not _JOINERS.isdisjoint(lowered):  # rare: "Ministry of Health"
        joiner = next(k for k, w in enumerate(lowered) if w in _JOINERS)
    span = text[tokens[first][0] : tokens[j - 1][1]]
    if "&" in span:
        kind, title, name = "org", (), tuple(span.split())  # "Power & Light", as written
    elif lowered[joiner - 1] in ORG_WORDS or lowered[-1] in ORG_WORDS:
        kind, title, name = "org", (), tuple(words)  # "Kelby Police", not "Police Inspector ..."
    prev = _previous_word(text, tokens[first][0])
    end = tokens[j - 1][1] - (len(last_word) - len(words[-1]))
    if kind == "person" and not _PLACE_WORDS.isdisjoint(lowered) and not title:
        # "Central Park" is a place, but "said Lena Park", "Park said",
        # "Sarah Park" or "Jin-woo Park" a person.
        after = _SPEECH_AFTER.match(text, end)
        if (
            prev not in SPEECH_VERBS
            and (after is None or after.group(1).lower() not in SPEECH_VERBS)
            and not (len(name) >= 2 and _GIVEN_NAME.fullmatch(name[0]))
            and not (len(name) >= 2 and gender_of_first_name(name[0]))
        ):
            kind = "place"
    if kind == "person" and not title and len(name) >= 2 and lowered[0] in _PLACE_OPENERS:
        kind = "place"
    if kind == "person" and prev == "the" and not title and len(name) >= 2:
        kind = "org"  # "the Valemont Comets": nobody calls a person "the Ana Diaz"
    return Mention(
        start=tokens[first][0],
        end=end,
        name=name,
        title=title,
        kind=kind,
        possessive=possessive,
        after_preposition=prev in _PREPOSITIONS,
        sentence_initial=initial,
    )


def _opens_sentence(text: str, sentence_start: int, pos: int) -> bool:
    """Only quote marks, brackets and dashes stand between the sentence start and ``pos``.

    Matched in place, not stripped from a slice: a run-on sentence may be long.
    """
    return pos == sentence_start or _SENTENCE_OPENING.match(text, sentence_start, pos).end() == pos


def _office(text: str, token: Token) -> bool:
    """ "the Speaker", "the Chancellor": an office with a capital, not a name."""
    return token[2].lower() in PERSON_NOUNS and _previous_word(text, token[0]) == "the"


def _verb_of_saying(word: str) -> bool:
    """ "Asked", "Speaking": a reporting verb in -ed or -ing is no name."""
    lowered = word.lower()
    return lowered.endswith(("ed", "ing")) and lowered in SPEECH_VERBS


def _previous_word(text: str, pos: int) -> str:
    """The word just before ``pos`` in its sentence (within 30 characters), lower case;
    "" after a digit."""
    match = _PREVIOUS_WORD_REVERSED.match(text[max(0, pos - 30) : pos][::-1])
    return match.group(1)[::-1].lower() if match else ""


_seen = attrgetter("seen")


class Registry:
    """Entities in order of first mention; resolves a name to one of them."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._clock = 0
        self._order: dict[int, Entity] = {}  # least recently met first
        self._by_token: dict[str, list[Entity]] = {}  # name and alias words
        self._described: dict[str, list[Entity]] = {}  # unnamed sources by head noun
        #: People introduced as someone's relative ("his son, Jack"), for ``family``.
        self.relatives: list[Entity] = []
        #: Whom a bare surname meant the first time it could mean only one person.
        self._surname_owner: dict[str, Entity] = {}

    def touch(self, entity: Entity) -> Entity:
        """Mark the entity as just met, so it wins ties of recency."""
        self._clock += 1
        entity.seen = self._clock
        self._order.pop(entity.index, None)
        self._order[entity.index] = entity
        return entity

    def _add(self, entity: Entity) -> Entity:
        self.entities.append(entity)
        self._index(entity, entity.name)
        return entity

    def _index(self, entity: Entity, words: tuple[str, ...]) -> None:
        for word in words:
            bucket = self._by_token.setdefault(word.lower(), [])
            if entity not in bucket:
                bucket.append(entity)

    def lookup(self, mention: Mention) -> Entity | None:
        """The entity the mention names, if known, without marking it as met."""
        return self._match(mention) if mention.name else None

    def reindex(self, entity: Entity) -> None:
        """Find the entity by the words of a name it was given later."""
        self._index(entity, entity.name)

    def holder(self, role: str) -> Entity | None:
        """The one person the story has given this title or role, if only one."""
        people = [e for e in self._recent()[:50] if e.kind == "person" and role in roles_of(e)]
        return people[0] if len(people) == 1 else None

    def nickname(self, entity: Entity, name: str) -> None:
        """``known to every supporter as "Bulldozer"``: another name for someone known."""
        entity.aliases.add(name)
        self._index(entity, tuple(name.split()))

    def resolve(self, mention: Mention, create: bool) -> Entity | None:
        """The entity this mention names, made new when ``create`` allows.

        A bare surname or first name binds to the most recently mentioned
        entity that has it, which keeps two people with one surname apart.
        """
        if mention.kind == "place" or not mention.name:
            return None
        found = self._match(mention)
        if found is None and create:
            found = self._add(
                Entity(index=len(self.entities), name=mention.name, kind=mention.kind)
            )
        if found is not None:
            found.add(mention)
            self._index(found, mention.name)
            self.touch(found)
        return found

    def has_described(self, head: str) -> bool:
        """Whether an unnamed source with this head noun was described before."""
        return self.described(head) is not None

    def described(self, head: str) -> Entity | None:
        """The last unnamed source described with this head noun ("a former shift manager")."""
        found = self._described.get(head)
        return found[-1] if found else None

    def bearers(self, surname: str) -> list[Entity]:
        """People whose name ends with this surname (lower case)."""
        return [
            e
            for e in self._by_token.get(surname, ())
            if e.kind == "person" and e.last.lower() == surname
        ]

    def describe(self, phrase: str) -> Entity:
        entity = self._describe(phrase)
        if entity.gender is None:
            entity.gender = gender_of_noun(head_noun(entity.name[0]))
        return entity

    def _describe(self, phrase: str) -> Entity:
        """The entity an unnamed-source description refers to.

        "the spokesman" is the earlier "a police spokesman"; "the minister"
        is a named person with that title; "the union" a named union. A new
        "a"/"one" description is a new source.
        """
        words = phrase.split()
        determiner = words[0].lower() if words else ""
        head = head_noun(phrase)
        ordinal = not _ORDINALS.isdisjoint(w.lower() for w in words)  # "the second reporter"
        if determiner in ("the", "this", "that", "these", "those"):
            for entity in self._recent():
                if entity.kind == "described" and head_noun(entity.name[0]) == head:
                    if ordinal and entity.name[0].lower() != phrase.lower():
                        continue
                    if _named_kind(phrase) and not _named_kind(entity.name[0]):
                        entity.name = (
                            phrase[0].lower() + phrase[1:],
                        )  # "the Boateng-Barnes family"
                    return self.touch(entity)
                if entity.kind in ("person", "org") and head in roles_of(entity):
                    return self.touch(entity)
                if (
                    entity.kind == "org"
                    and head == _org_noun(entity)
                    and _modifiers_in(words, entity)
                ):
                    return self.touch(entity)  # "the council": Kelby Town Council, not "the city"
                if entity.kind == "org" and head in _AGENCIES and _org_noun(entity) in _AGENCIES:
                    return self.touch(entity)  # "the agency": the Kestland Space Administration
                if entity.kind == "org" and head == "group" and _org_noun(entity) in _BODIES:
                    return self.touch(entity)  # "the producer group": the Alliance of ...
            if head in COMPANY_NOUNS and len(words) == 2:
                # "the company said": the organisation the story last named;
                # "the club said": the last "... United" or "... Town".
                for entity in self._recent():
                    public = head in TRADING_NOUNS and not trades(entity)
                    if head != "club" and entity.kind == "org" and not public:
                        return self.touch(entity)
                    if head == "club" and entity.name[-1].lower() in _CLUB_SUFFIXES:
                        entity.kind = "org"  # so "it said" finds it too
                        return self.touch(entity)
        common = is_person_noun(determiner) and determiner not in TITLES
        lower = determiner in DESCRIPTION_DETERMINERS or common  # "Residents of Lower Hensford"
        text = phrase[0].lower() + phrase[1:] if lower else phrase
        for entity in self.entities:
            known = entity.name[0].lower()
            if entity.kind == "described" and (
                known == text.lower() or known.startswith(text.lower() + " ")
            ):
                return self.touch(entity)  # "a spokesman" is "a spokesman for the council"
        entity = self._add(Entity(index=len(self.entities), name=(text,), kind="described"))
        self._described.setdefault(head_noun(text), []).append(entity)
        return self.touch(entity)

    def _match(self, mention: Mention) -> Entity | None:
        name = mention.name
        lowered = tuple(map(str.lower, name))
        candidates = {e.index: e for w in lowered for e in self._by_token.get(w, ())}
        recent = sorted(
            (e for e in candidates.values() if e.kind != "described"),
            key=_seen,
            reverse=True,
        )
        gender = gender_of_title(mention.title)
        for entity in recent:
            if gender and entity.likely_gender not in (None, gender):
                continue  # "Mr Hale" is not Mrs Hale
            if tuple(map(str.lower, entity.name)) == lowered:
                return entity
        if len(name) >= 2:
            for entity in recent:
                tail = tuple(map(str.lower, entity.name[-len(name) :]))
                if entity.kind == "person" and len(entity.name) > len(name) and tail == lowered:
                    return entity  # "Ruiz Berlanga" is Octavio Ruiz Berlanga
                single = len(entity.name) == 1 and entity.kind == mention.kind
                if single and entity.name[0].lower() == lowered[-1]:
                    entity.name = name  # "Mr Pell" first, "Gavin Pell" later
                    return entity
                if single and entity.name[0].lower() == lowered[0] and _kin_of(entity, lowered[-1]):
                    entity.name = name  # "her sister, Yasmin" first, "Yasmin Haddadin" later
                    return entity
            return None
        word = lowered[0]
        if mention.title:
            same = [e for e in recent if e.last.lower() == word and _same_title(e, mention)]
            if len(same) == 1:
                return same[0]  # "Dr. Fairbrother" is Dr. Renske Fairbrother, not her father
        keeper = None if mention.title else self._surname_keeper(recent, word)
        primary = keeper or _primary_bearer(recent, word, gender)
        if primary is not None:
            return primary
        for entity in recent:
            if gender and entity.likely_gender not in (None, gender):
                continue  # "Mrs Pell" is not her husband Roy Pell
            full = entity.kind == "person" and len(entity.name) >= 2
            # "Mr Hembury" is a surname; a bare "Nigel" may be a first name.
            if not mention.title:
                forms = (entity.last.lower(), entity.name[0].lower())
            elif mention.title[-1].lower() in ("sir", "dame"):
                forms = (entity.name[0].lower(),)  # "Sir Alan" is Sir Alan Pike
            else:
                forms = (entity.last.lower(),)
            if full and word in forms:
                if word == entity.last.lower() and not mention.title:
                    self._surname_owner.setdefault(word, entity)
                return entity
            org = entity.kind == "org" and len(entity.name) >= 2 and not mention.title
            if org and word in (entity.name[0].lower(), entity.name[-1].lower()):
                return entity  # "the Foxes" are the Brackwell Foxes; "Varnholt", Varnholt Packaging
            if word in {a.lower() for a in entity.aliases}:
                return entity
        # "His wife, Kathleen," is the Mrs Mullarkey met later.
        return self._spouse(word, gender) if mention.title else None

    def _spouse(self, surname: str, gender: str | None) -> Entity | None:
        """``His wife, Kathleen,`` of Bernard Mullarkey, when the story goes on to
        call her "Mrs Mullarkey": one person, Kathleen Mullarkey. The story's
        only spouse known by a first name alone, when someone it names bears
        the surname ("his" may have been read as another man)."""
        bearers = [e for e in self.bearers(surname) if len(e.name) >= 2]
        if gender is None or not bearers:
            return None
        spouses = [
            e
            for e in self.relatives
            if e.kind == "person"
            and len(e.name) == 1
            and e.kin in ("wife", "husband")
            and e.likely_gender in (None, gender)
        ]
        if len(spouses) != 1:
            return None
        spouse = spouses[0]
        spouse.aliases.add(spouse.name[0])
        spouse.name = (spouse.name[0], bearers[0].last)
        self.reindex(spouse)
        return spouse

    def _surname_keeper(self, recent: list[Entity], surname: str) -> Entity | None:
        """News copy keeps a bare surname for one person: "Marrack is 78", said of
        Tobias Marrack before his son and grandchildren are named, still means him."""
        owner = self._surname_owner.get(surname)
        bearers = [e for e in recent if e.kind == "person" and e.last.lower() == surname]
        return owner if owner in bearers and len(bearers) >= 2 else None

    def _recent(self) -> list[Entity]:
        """Every entity, the most recently met first."""
        return list(reversed(self._order.values()))


#: A two-part given name written with a hyphen: "Jin-woo", "Seo-yeon".
_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _same_title(entity: Entity, mention: Mention) -> bool:
    """Whether the story gave the person the mention's title ("Dr." and "Dr")."""
    if not entity.title:
        return False
    return entity.title[-1].lower().rstrip(".") == mention.title[-1].lower().rstrip(".")


def _modifiers_in(words: list[str], org: Entity) -> bool:
    """Whether "the town council" can be this council: every word between the
    article and the noun is in its name ("the foreign ministry" is not the
    Justice Ministry)."""
    name = {w.lower() for w in org.name}
    return all(w.lower() in name for w in words[1:-1])


def _named_kind(description: str) -> bool:
    """ "the Boateng-Barnes family": a description that carries a proper name."""
    return any(w[:1].isupper() for w in description.split()[1:])


def _kin_of(entity: Entity, surname: str) -> bool:
    """Whether the entity is a relative of someone with this surname, or of
    someone the story did not say ("her twin sister, Irati" of a possessive)."""
    owner = entity.relative_of
    return entity.kin is not None and (owner is None or owner.last.lower() == surname)


# Public bodies that news copy calls by any of these words.
_AGENCIES = frozenset("agency administration authority".split())
# Bodies of members that news copy goes on to call "the group".
_BODIES = frozenset(
    "alliance association federation coalition bloc league union forum network".split()
)


def _org_noun(entity: Entity) -> str:
    """What an organisation is: "council" in Kelby Town Council, "association"
    in the National Association of Head Teachers."""
    words = [w.lower() for w in entity.name]
    cut = next((k for k, w in enumerate(words) if w in ("of", "for") and k > 0), len(words))
    return words[cut - 1]


def _primary_bearer(recent: list[Entity], surname: str, gender: str | None) -> Entity | None:
    """The one a bare shared surname (or "Mr." and one) means: the story's main person.

    News copy introduces a relative by full name ("his father, Cornelius
    Brannagh") and then keeps the bare surname, or the courtesy title and
    surname, for its main person, calling the relative "the elder Brannagh"
    or by first name.
    """
    bearers = [
        e
        for e in recent
        if e.kind == "person"
        and len(e.name) >= 2
        and e.last.lower() == surname
        and (gender is None or e.likely_gender in (None, gender))
    ]
    if len(bearers) < 2:
        return None
    known = [e for e in bearers if gender is not None and e.gender == gender]
    if len(known) == 1:
        return known[0]  # "Mr Pell": the one Pell known to be a man
    main = [e for e in bearers if e.relative_of is None and e.kin is None]
    return main[0] if len(main) == 1 else None


#: Words that open a description and lose their capital inside a name
#: ("A police spokesman" -> "a police spokesman"; "Veldan's union" keeps it).
DESCRIPTION_DETERMINERS = frozenset(
    """a an the one two three several some many another this that these those its his
    her their""".split()
)
COMPANY_NOUNS = frozenset(
    """company firm club group business organisation organization charity operator
    developer carrier retailer airline bank party union council authority agency
    ministry department team brand chain manufacturer insurer lender maker producer
    giant provider supplier distributor publisher broadcaster network platform startup
    start-up drugmaker automaker carmaker chipmaker planemaker steelmaker conglomerate
    supermarket grocer brokerage consultancy utility miner railway railroad studio
    insurer nonprofit non-profit promoter sponsor""".split()
)
#: "the company" or "the firm" is never a public body ("the Weather Service").
TRADING_NOUNS = frozenset(
    """company firm business operator maker retailer chain brand startup drugmaker
    automaker carmaker chipmaker conglomerate supermarket grocer airline carrier insurer
    lender manufacturer supplier developer""".split()
)
_PUBLIC_BODIES = frozenset(
    """service agency council department ministry police authority commission court
    government office bureau inspectorate regulator university hospital school""".split()
)


def trades(entity: Entity) -> bool:
    """An organisation "the company" can mean: not a public body ("the Weather
    Service") nor an association, a union or a club."""
    last = entity.name[-1].lower()
    return entity.kind == "org" and last not in _PUBLIC_BODIES and last not in _NOT_TRADING


_NOT_TRADING = frozenset(
    """association union federation society party club committee league institute
    foundation trust charity board army navy church council court alliance coalition
    campaign movement forum guild""".split()
)


#: The last word of a sports club's name ("Harbrook United", "Ashcombe Town").
_CLUB_SUFFIXES = frozenset(
    """united town city county rovers wanderers athletic albion rangers fc afc""".split()
)
_ORDINALS = frozenset("first second third fourth fifth other another".split())
_HEAD_STOP = frozenset("for of at from with in on who to that which whose".split())


def is_person_noun(word: str) -> bool:
    """ "shopkeeper" or "shopkeepers"."""
    return word in PERSON_NOUNS or (word.endswith("s") and word[:-1] in PERSON_NOUNS)


@lru_cache(maxsize=4096)
def head_noun(phrase: str) -> str:
    """The noun a description is about: "a spokesman for the council" -> spokesman.

    Cached: the registry asks it of the same few descriptions again and again.
    """
    words = [w.strip(".,;:'’\"").lower() for w in phrase.split()]
    person = next((w for w in words[1:] if is_person_noun(w)), None)
    if person is not None:
        return person  # "two students sharing a plate": students
    head = ""
    for word in words[1:] if len(words) > 1 else words:
        if word in _HEAD_STOP:
            break
        head = word
    return head


def roles_of(entity: Entity) -> set[str]:
    """What "the governor" or "the mayor" can be of a named person: titles
    (written out: "Gov." is a governor) and the role the story gave."""
    words = {t.lower().rstrip(".") for t in entity.title}
    words |= {_TITLE_WORDS[w] for w in words if w in _TITLE_WORDS}
    if entity.description:
        words.add(head_noun(entity.description))
    return words


#: Abbreviated titles and the role each one names.
_TITLE_WORDS = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "sgt": "sergeant",
    "prof": "professor",
    "cllr": "councillor",
    "amb": "ambassador",
}

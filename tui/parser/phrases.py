"""Read the noun phrase that stands beside a reporting verb.

The sieve finds a cue ("said") next to a quotation; this module says who the
subject is: a name ("Ana Diaz, 52,"), a pronoun ("she"), or a description of
an unnamed source ("a spokesman for the county council"). It works on plain
fragments of one sentence and returns offsets, so the evidence can be shown.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import compress, count, islice

from tui.parser.cues import (
    ADVERBS,
    CUE_PHRASES,
    DETERMINERS,
    GROUPS_OF_PEOPLE,
    ORG_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    SPEECH_VERBS,
    TITLES,
    uncontracted,
)
from tui.parser.names import Mention, find_mentions, is_person_noun, story_words

_WORD = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?")
# "a statement from the council": the council is the source.
_SOURCE_DOCUMENT = re.compile(
    r"(?:a|an|the|its)\s+(?:\w+\s+)?(?:statement|letter|post|email|report|note|release)\s+"
    r"(?:from|by|issued by)\s+",
    re.IGNORECASE,
)
# ", 52," or " (R-Texas)" between a name and its verb.
_AGE = re.compile(r",\s*\d{1,3}\s*,?\s*$|\s*\([^()]{1,30}\)\s*$")
# Compiled once; those that start with \b search a slice, where \b at its
# start does not depend on the character before it.
_COMMA = re.compile(r",\s*")
# ", who said", ", who last week wrote": the relative clause's time words may come first.
_RELATIVE_END = re.compile(
    r",\s*(?:who|which)(?:\s+(?:(?:last|this)\s+(?:week|month|year|[a-z]+day)|[a-z]+ly|also|"
    r"then|later|earlier|yesterday|today|once))*$"
)
_NAMED_AS = re.compile(r"\b(?:as|named)\s+[\"“‘']?$")
# "a reviewer for the trade paper Screenline": what the source works for.
_OWNER_BEFORE = re.compile(
    r"\b(?:for|of|from|at|with|in|near|on)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$"
)
# Where a description's tail ends; not at the full stop of "St." or "Mt.".
_TAIL_LIMIT = re.compile(r"[,;:!?\"“”‘’()]|(?<!\bSt)(?<!\bMt)(?<!\bFt)\.|\s(?:who|which|that)\b")
_PUNCTUATION = re.compile(r"[,.;:]")
_APPOSITIVE = re.compile(r"\s*,\s*((?:a|an|the|its|his|her|their)\s[^,.;:\"“”]+)")
_DESCRIBED_AS_NAMED = re.compile(
    r"(?:an?|the)\s+[^,.;:\"“”]{0,40}?\b(?:named|called)\s+"
    r"|who\s+gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name(?:\s+as)?,?\s+"
)
# A relative clause with no comma before it, which says who is meant.
_RESTRICTIVE_WHO = re.compile(r" who(?: [a-z'’-]+){1,8}(?=[.;!?]|$)")
_SPEECH_VERB_WORD = re.compile(r"\b(?:said|says|told|added|asked|wrote)\b")
_OWNER_PREPOSITION = re.compile(r"\s+(?:at|of|from|for|in)\s+(?:the\s+)?")
_OWNED_PERSON = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+([a-z-]+)\b(?:\s+([a-z]+)\b)?")
# "The elder Brannagh used to tell", "Venn was quoted as saying": the subject is before.
_USED_TO = re.compile(r"\s+(?:used\s+to|(?:was|were|is|has\s+been|had\s+been)\s+quoted\s+as)\s*$")
_MAX_SUBJECT_WORDS = 10


@dataclass
class Phrase:
    """A subject found beside a cue: what kind of phrase, and where it is."""

    kind: str  # name | pronoun | description
    start: int
    end: int
    text: str
    mention: Mention | None = None


@dataclass(frozen=True)
class Cue:
    """A reporting verb or phrase ("said", "said in a statement") at its offsets."""

    start: int
    end: int
    text: str

    @cached_property
    def verb(self) -> str:
        """The verb itself, lower case: "said" for "said in a statement".

        Cached: a story's cues are found once and asked for their verb often.
        """
        return self.text.split()[0].lower()


def cues_in(text: str, start: int, end: int) -> list[Cue]:
    """Every reporting verb or cue phrase in ``text[start:end]``, in order."""
    starts, cues = _all_cues(text)
    return [c for c in cues[bisect_left(starts, start) : bisect_left(starts, end)] if c.end <= end]


@lru_cache(maxsize=8)
def _all_cues(text: str) -> tuple[list[int], tuple[Cue, ...]]:
    """Every cue in the story, found once: the sieve asks around every quote.

    Read from the story's words (``_WORD`` is the name tokeniser's pattern),
    which are tokenised once for the names too; only words that may start a
    cue are looked at in Python.
    """
    starts, ends, words = story_words(text)
    lowered = list(map(str.lower, words))
    cues = []
    for k in compress(count(), map(_CUE_WORDS.__contains__, lowered)):
        phrase = _phrase_from(text, starts[k], _PHRASES.get(lowered[k], ()))
        if phrase is not None:
            cues.append(Cue(phrase.start(), phrase.end(), phrase.group()))
        elif (
            lowered[k] in SPEECH_VERBS
            and not _NOUN_BEFORE.search(text, max(0, starts[k] - 8), starts[k])
            and not (k + 1 < len(lowered) and lowered[k + 1] in _STATES and lowered[k] in _STATED)
            and not (lowered[k] in _GOING_ON and text[ends[k] : ends[k] + 1] not in _AFTER_GOING_ON)
            and not (lowered[k] in _CALLS and _CALL_OFF.match(text, ends[k]))
            and not (
                lowered[k].endswith("s")
                and k
                and _VERB_FORM.fullmatch(words[k - 1])
                and words[k - 1] not in ADVERBS
                and words[k - 1] not in _FUNCTION_WORDS
                and text[ends[k - 1] : starts[k]] == " "  # not across a quote mark
            )
        ):
            cues.append(Cue(starts[k], ends[k], words[k]))
    return [c.start for c in cues], tuple(cues)


def _phrase_from(text: str, start: int, phrases: list[re.Pattern[str]]) -> re.Match[str] | None:
    """The first (longest) cue phrase that starts at ``start``."""
    for phrase in phrases:
        match = phrase.match(text, start)
        if match is not None:
            return match
    return None


# "The note, found in a drawer", "Albright's reply:": after a determiner or a
# possessive a reporting verb is a noun.
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|his|its|their|my|our|your)|[A-Z][\w-]*['’]s)\s+\Z", re.I
)

# "a regulator examines claims", "she rejected reports": after a verb in -s
# or -ed, a reporting word in -s is a plural noun. Lower case only: "Mr
# Davies claims" is a verb.
_VERB_FORM = re.compile(r"[a-z]+(?:s|ed)")
_OBJECTS = frozenset("it him her them me us".split())
_FUNCTION_WORDS = frozenset("this his its is was has as us yes thus perhaps".split())

# "teenagers reported missing", "declared dead": a state, not a saying.
_STATED = frozenset("reported declared confirmed".split())
_STATES = frozenset("missing dead killed injured stolen lost wounded hurt safe".split())
# "would continue to do everything", "the strike would continue": going on
# doing, not going on saying, unless the words follow ("she continued:").
_GOING_ON = frozenset("continue continues continued continuing".split())
_AFTER_GOING_ON = frozenset(",:;.!?\"”’'")
# "would call it off", "called in the police": calling something off, not saying.
_CALLS = frozenset("call calls called calling".split())
_CALL_OFF = re.compile(r"(?:\s+(?:it|them|this|that))?\s+(?:off|up|back|in|out)\b")

# Cue phrases by their first word ("said in a statement" wins over "said").
_PHRASES: dict[str, list[re.Pattern[str]]] = {}
for _phrase in sorted(CUE_PHRASES, key=len, reverse=True):
    _PHRASES.setdefault(_phrase.split()[0], []).append(
        re.compile(re.escape(_phrase).replace(r"\ ", r"\s+") + r"\b", re.IGNORECASE)
    )
# Words that may start a cue: every other word is passed over at once.
_CUE_WORDS = SPEECH_VERBS | frozenset(_PHRASES)

# "KOUMBEL (Wire) — " or "ELDRIDGE -- ": where the story was filed, not words.
DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'’-]+(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}|,\s*[A-Z][\w.]+)?"  # "LONDON, Nov 3"
    r"(?:\s*\([^)]{0,30}\))?\s*(?:—|–|--|-)\s*"
)

_LEAD = re.compile(
    r"\s*(?:(?:in|on|at|after|before|since|speaking|sentencing|last|earlier|later|meanwhile|"
    r"however|but|and|yet|still|asked|outside|inside|during|for|from|with|without|by|as|when|"
    r"while|once|although|though|because|if|until|despite|following|having|passing|"
    r"addressing|writing|responding|announcing|referring|commenting|explaining|testifying|"
    r"appearing|standing|sitting|looking|reflecting|describing|recalling|reacting|arriving|"
    r"leaving|visiting|opening|closing|like|unlike|going|heading|entering|ahead)\b"
    r"[^,]{0,100},\s*(?:[\"“][^\"“”]{1,200}[\"”],?\s*)?"  # 'When he asked, "...?",'
    # "In Sabbagh Gardens, a neighbourhood of tower blocks near the ring road, "
    r"(?:an?\s(?:[\w-]+\s){0,3}(?:neighbourhood|neighborhood|town|village|city|district|"
    r"suburb|area|region|province|county|island|port|community|estate)\b[^,]{0,60},\s*)?)?",
    re.IGNORECASE,
)


_TIME_WORDS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|"
    r"night|noon|midday|midnight|dawn|dusk|week|weekend|month|year|day|spring|summer|autumn|"
    r"winter|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|point|moment|stage|time|times|end|\d{4}|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?"
)
# A time phrase with no comma before the subject: "On Monday the council said".
_TIME_LEAD = re.compile(
    rf"\s*(?:(?:at|on|in|by|during|late|early|last|later|earlier|this|that|next)\s+"
    rf"(?:[\w:.-]+\s+){{0,5}}?|(?:one|every|each)\s+)"  # "One afternoon he waited"
    rf"(?:{_TIME_WORDS})\s+(?=[A-Za-z])"
    r"|\s*(?:a|an|one|two|three|a\s+few)\s+(?:hours?|days?|weeks?|months?|years?)\s+"
    r"(?:later|earlier|on)\s+(?=[A-Za-z])"  # "A week later a man in the queue said"
    r"|\s*(?:then|so|now|later|eventually|finally|suddenly|soon)\s+(?=(?-i:[a-z]))",  # "Then my"
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def skip_lead(text: str, start: int, end: int) -> int:
    """Past an introductory phrase ("In September, ") to where the subject starts.

    Cached: the reader asks it of one sentence for every name in it.
    """
    dateline = DATELINE.match(text, start, end)
    if dateline:
        start = dateline.end()
    match = _LEAD.match(text, start, end)
    if match is not None and match.end() > start + 1:
        return match.end()
    return _past_time(text, start, end)  # "At about three in the morning a nurse ..."


def _past_time(text: str, start: int, end: int) -> int:
    """Past the time phrases that open a clause: "Then one winter the power ..."."""
    while (match := _TIME_LEAD.match(text, start, end)) is not None and match.end() > start:
        start = match.end()
    return start


# "The deal was announced", "has been accused of": nobody here said anything.
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$")
_PASSIVE_LAST_LETTERS = frozenset("sengy")  # was/is, were/are/be, been, being, -ly


def passive_before(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in a passive auxiliary ("has been").

    The search runs only when the words before the trailing spaces end as
    the pattern's do (was, is, be, been, being, ...ly).
    """
    if text[start:end].rstrip()[-1:] not in _PASSIVE_LAST_LETTERS:
        return False
    return _PASSIVE.search(text[start:end]) is not None


def subject_after(text: str, start: int, end: int, headline: bool = False) -> Phrase | None:
    """The phrase that opens ``text[start:end]`` (``said <Ana Diaz>, a ...``)."""
    while start < end and text[start] in " \t,":
        start += 1
    return _phrase_at(text, start, end, headline=headline)


def subject_before(text: str, start: int, end: int, headline: bool = False) -> Phrase | None:
    """The phrase that ends ``text[start:end]`` (``<Diaz, 52,> said``).

    Adverbs and auxiliaries between subject and verb are skipped ("she later
    said", "the ministry has said"); an age in commas is passed over, and so
    are an appositive or a relative clause in commas ("Ana Diaz, the
    mayor, said", "one driver, who asked not to be named, said").
    """
    dateline = DATELINE.match(text, start, end)
    if dateline:
        start = dateline.end()
    start = _past_time(text, start, end)  # "A week later a man in the queue said"
    words = list(_WORD.finditer(text, start, end))
    while words and words[-1].group() in ADVERBS and not text[words[-1].end() : end].strip():
        end = words.pop().start()  # lower case only: "in May" is a month; not ", later,"
    habit = _USED_TO.search(text, start, end)
    if habit is not None:  # "The elder Brannagh used to tell customers"
        end = habit.start()
    trimmed = text[start:end].rstrip()
    age = _AGE.search(trimmed)
    end = start + (age.start() if age else len(trimmed))
    said = [c for c in cues_in(text, start, end) if not c.verb.endswith("ing")]
    reported = _TOLD_THAT.match(text, said[-1].end, end) if said else None
    if reported is not None and _APPOSED_SUBJECT.fullmatch(text, reported.end(), end):
        # "X told the board that his son, a third grader, had asked": the son.
        start = reported.end()
    if text[start:end].endswith(","):
        return _before_commas(text, start, end - 1, headline)
    relative = _RELATIVE_END.search(text, start, end)
    if relative:
        # "according to Tobias Wren, the firm's director, who said ...": the
        # person the relative clause hangs on.
        return _before_commas(text, start, relative.start(), headline)
    breaks = list(_CLAUSE_BREAK.finditer(text, start, end))
    if breaks and breaks[-1].group().strip() == "and":
        # "Dunmere and Haskett Hospitals Trust said": one name, not two clauses.
        inside = any(m.start < breaks[-1].start() < m.end for m in find_mentions(text, start, end))
        breaks = breaks[:-1] if inside else breaks
    clause_start = breaks[-1].end() if breaks else start
    opener = _SUBORDINATOR.match(text, clause_start, end)  # "When the governor says"
    if opener is not None:
        clause_start = opener.end()
    inner = cues_in(text, clause_start, end)
    if inner and not inner[-1].verb.endswith("ing"):
        # "Pugh said a member of staff had told": the reported clause's subject
        reported = _THAT.match(text, inner[-1].end, end)
        clause_start = reported.end() if reported else inner[-1].end
    return _clause_subject(text, clause_start, end, headline)


def _before_commas(text: str, start: int, end: int, headline: bool) -> Phrase | None:
    """``A, B, said``: the name among the comma parts, else the first part."""
    parts, a = [], start
    for match in _COMMA.finditer(text, start, end):
        parts.append((a, match.start()))
        a = match.end()
    parts.append((a, end))
    for a, b in parts:
        mentions = find_mentions(text, a, b)
        if (
            mentions
            and not mentions[0].possessive
            and not _PLACE_PREPOSITION.search(text, a, mentions[0].start)  # "vicar of X"
            and mentions[0].end == b
        ):
            m = mentions[0]
            if m.start == a + _lead(text, a, m.start):
                return Phrase("name", m.start, m.end, text[m.start : m.end], m)
        named = _NAMED_AS.search(text[a : mentions[-1].start]) if mentions else None
        if (
            named
            and not text[mentions[-1].end : b].strip(" \"”’'")
            and mentions[-1].kind == "person"
        ):
            m = mentions[-1]  # "a farmer who asked to be named only as Mr Ridley"
            return Phrase("name", m.start, m.end, text[m.start : m.end], m)
    if len(parts) > 1 and _ONE_OF_THEM.fullmatch(text, *parts[0]):
        # "One of them, a pharmacist who works on the high street, said"
        article = _WORD.search(text, *parts[1])
        if article is not None and article.group().lower() in ("a", "an"):
            stop = description_end(text, article.start(), parts[1][1])
            if stop is not None:
                return Phrase("description", article.start(), stop, text[article.start() : stop])
    # No part is a bare name: the subject is the part before an appositive or
    # a relative clause ("One tram driver, who ..., said").
    for a, b in reversed(parts[:-1] or parts):
        phrase = _clause_subject(text, a, b, headline)
        if phrase is not None:
            return phrase
    return None


_PLACE_PREPOSITION = re.compile(r"\b(?:of|in|at|from|for|near)\s+$")


def _lead(text: str, a: int, mention_start: int) -> int:
    """Words allowed before a name in its part: a lower-case role ("council member")."""
    gap = text[a:mention_start]
    if gap.strip() == "The":
        return len(gap)  # "The Rev Jeremy Ambrosden"
    return len(gap) if gap.islower() and len(gap.split()) <= 3 else 0


def _clause_subject(text: str, start: int, end: int, headline: bool) -> Phrase | None:
    reduced = _REDUCED_RELATIVE.fullmatch(text, start, end)
    if reduced is not None:  # "an incident the airline described as": the airline
        start = reduced.start(1)
    words = list(_WORD.finditer(text, start, end))
    if not words or text[words[-1].end() : end].strip():
        return None
    last = words[-1]
    pronoun = uncontracted(last.group())  # "she'd say"
    if pronoun in PRONOUNS:
        return Phrase("pronoun", last.start(), last.start() + len(pronoun), pronoun)
    # "One of Harwick's shareholders", "a member of staff": the person, not the plural.
    quantified = _ONE_OF.match(text, words[0].start(), end) is not None or (
        words[0].group().lower() in DETERMINERS
        and any(is_person_noun(w.group().lower()) for w in words[1:-1])
    )
    if (
        bare_plural(last.group())
        and (len(words) <= 2 or words[-2].group().islower())
        and not quantified
    ):
        # "inspectors wrote", "Residents said", "Regional officials say": people
        # in the plural, no article.
        modified = len(words) == 2 or (
            len(words) > 2 and words[-2].group().lower() in _PLURAL_MODIFIERS
        )
        s = words[-2].start() if modified else last.start()
        return Phrase("description", s, last.end(), text[s : last.end()])
    first = words[0].group().lower()
    described = (
        (first in DETERMINERS and first not in ("that", "this"))
        or _OWNER.fullmatch(words[0].group()) is not None  # "Veldan's biggest union"
        or (  # "Mr Hallworth's family"
            len(words) > 1
            and first.rstrip(".") in TITLES
            and _OWNER.fullmatch(words[1].group()) is not None
        )
        or headline
    )
    found = find_mentions(text, start, end)
    sent = _SENT_BY.search(text, start, end) if last.group() in ("that", "which") else None
    if sent is not None:  # "a letter from Transvale that says": Transvale's words
        named = [m for m in found if m.start >= sent.end() and m.kind != "place"]
        if named:
            return Phrase("name", named[0].start, named[0].end, named[0].surface, named[0])
    mentions = [m for m in found if m.end == last.end()]
    if mentions:
        m = mentions[-1]
        owner = _OWNER_BEFORE.search(text[start : m.start])
        if owner and not described:
            # "Analyst Maxim Tervo of Hallgreen Securities said": the person speaks.
            people = [p for p in found if p.end <= start + owner.start() and p.kind == "person"]
            if people:
                m = people[-1]
            elif len(text[start : m.start].split()) <= 4 and any(
                bare_plural(w.group()) for w in words[:2]
            ):
                # "Residents of Lower Hensford say", "Port officials in Ardesh
                # said": the people, not the place.
                s = words[0].start()
                return Phrase("description", s, m.end, text[s : m.end])
        if not (described and owner):
            return Phrase("name", m.start, m.end, text[m.start : m.end], m)
    if described and len(words) <= _MAX_SUBJECT_WORDS:
        # A speech verb inside is a clause, not a subject; but right after the
        # article it is a noun ("the state attorney").
        inside = words[2:] if len(words) > 2 else words[1:]
        if any(w.group().lower() in SPEECH_VERBS for w in inside):
            return None
        if words[-1].group().lower() in ("who", "which", "that"):
            # "the man who calls himself ...": the man; his name is elsewhere.
            if len(words) == 3 and words[1].group().lower() in GENERIC_PEOPLE:
                return Phrase(
                    "description",
                    words[0].start(),
                    words[1].end(),
                    text[words[0].start() : words[1].end()],
                )
            return None
        stop = description_end(text, words[0].start(), end) if not headline else end
        if stop is None:
            return None
        # "One gentleman came in earlier and said": the description, not the verbs.
        return Phrase("description", words[0].start(), stop, text[words[0].start() : stop])
    return None


def _phrase_at(text: str, start: int, end: int, headline: bool) -> Phrase | None:
    first = _WORD.match(text, start, end)
    if first is None:
        return None
    word = first.group()
    owned = _owned_person(text, first.start(), end)
    if owned is not None:  # "her neighbour, Marisela Huanca," is the name
        return _named_after(text, owned.end, end) or owned
    pronoun = uncontracted(word)
    if pronoun in PRONOUNS:
        return Phrase("pronoun", first.start(), first.start() + len(pronoun), pronoun)
    if bare_plural(word):
        stop = _owner_end(text, first.end(), end)  # "Analysts at Halbeck Capital"
        return Phrase("description", first.start(), stop, text[first.start() : stop])
    determiner = word.lower() in DETERMINERS or _OWNER.fullmatch(word) is not None
    mentions = find_mentions(text, start, end)
    role = ROLE_BEFORE_NAME.match(text, mentions[0].end, end) if mentions else None
    if (
        role is not None
        and len(mentions) > 1
        and len(mentions[0].name) == 1
        and is_person_noun(role.group(1))
        and mentions[1].start == role.end()
    ):
        mentions = mentions[1:]  # "said Council member Gunnar Halvorsrud"
        start = mentions[0].start
    if mentions and mentions[0].start == start + _title_prefix(text, start, mentions[0].start):
        m = mentions[0]
        ends_phrase = m.end >= end or text[m.end] in ",.;:!?"
        qualified = m.kind == "person" and ends_phrase  # "the elder Lindqvist"
        owner = m.possessive and not ends_phrase  # "said Venn's lawyer": not Venn
        if (not determiner or m.kind == "org" or m.start == start or qualified) and not owner:
            return Phrase("name", m.start, m.end, text[m.start : m.end], m)
    if determiner or headline:
        source = _SOURCE_DOCUMENT.match(text, start, end)
        if source:
            return _phrase_at(text, source.end(), end, headline)
        stop = description_end(text, start, end)
        if stop is not None:
            named = _named_after(text, stop, end)
            return named or Phrase("description", start, stop, text[start:stop])
    return None


#: A lower-case role word between a one-word name and a full one: "Council member X".
ROLE_BEFORE_NAME = re.compile(r"\s+([a-z]+)\s+(?=[A-Z])")


def _owner_end(text: str, start: int, end: int) -> int:
    """Past "at Halbeck Capital" after a plural noun, when a name follows."""
    owner = _OWNER_PREPOSITION.match(text, start, end)
    if owner is None:
        return start
    mentions = find_mentions(text, owner.end(), end)
    if mentions and mentions[0].start == owner.end() and mentions[0].kind != "person":
        return mentions[0].end
    return start


def _owned_person(text: str, start: int, end: int) -> Phrase | None:
    """``her supervisor``, ``his late father``: someone's person, not "her" herself."""
    owned = _OWNED_PERSON.match(text, start, end)
    if owned is None:
        return None
    for group in (1, 2):
        if owned.group(group) and is_person_noun(owned.group(group)):
            return Phrase("description", start, owned.end(group), text[start : owned.end(group)])
    return None


def _named_after(text: str, stop: int, end: int) -> Phrase | None:
    """``its chief, Benedikt Horvane``: a description followed by the name itself,
    or by another that names it (``one of the protesters, a student named Ali``)."""
    comma = _COMMA.match(text, stop, end)
    if comma is None:
        return None
    at = comma.end()
    named = _DESCRIBED_AS_NAMED.match(text, at, end)  # ", a 23-year-old student named Ali"
    mentions = find_mentions(text, named.end() if named else at, end)
    if (
        mentions
        and mentions[0].start == (named.end() if named else at)
        and mentions[0].kind != "place"
        and (len(mentions[0].name) >= 2 or named is not None)
    ):
        m = mentions[0]
        return Phrase("name", m.start, m.end, text[m.start : m.end], m)
    return None


def description_end(text: str, start: int, end: int) -> int | None:
    """Where a description of an unnamed source that starts at ``start`` ends.

    Up to the person it names ("this retired fisherman"), then on through a
    prepositional or participle phrase ("a man waiting outside with his
    father", "a spokesman for the county council") to the next comma or
    verb. Without a person noun, a short phrase up to the first verb-like
    word ("the health ministry confirmed").
    """
    words = list(islice(_WORD.finditer(text, start, end), _MAX_SUBJECT_WORDS + 1))
    if not words:
        return None
    one_of = _ONE_OF.match(text, start, end)
    if one_of is not None and bare_plural(one_of.group(1)):
        return one_of.end()  # "One of the shopkeepers wrote"
    person = None
    for k, w in enumerate(words[1:6], start=1):
        lowered = w.group().lower()
        if is_person_noun(lowered):
            person = k
            break
        if w.group()[0].isupper():
            continue  # a name inside the description: "a Met Office spokeswoman"
        if lowered in _NP_STOPS or (_verb_like(lowered) and _followed_by_function_word(words, k)):
            break  # "The board thanked the coach": the coach is its object
        if lowered.endswith("ed") and words[k - 1].group().lower() in ORG_WORDS:
            break  # "Corvany's foreign ministry summoned Esterra's ambassador"
    if len(words) > 1 and words[1].group() in _NOT_A_DESCRIPTION:
        return None  # "the when", "one of them": not a description of a source
    if person is None:
        stop = start
        for k, w in enumerate(words[:5]):
            lowered = w.group().lower()
            if k > 0 and (
                lowered in _SPEECH_OR_STOPS  # "The first one reads:"
                or (_verb_like(lowered) and not _adjective(words, k))
            ):
                break
            if text[stop : w.start()].strip(" -’'"):
                break  # punctuation ends the phrase
            stop = w.end()
        return stop if stop > words[0].end() or len(words) == 1 else None
    while (
        person + 1 < len(words)
        and words[person + 1].group().lower() in PERSON_NOUNS
        and not text[words[person].end() : words[person + 1].start()].strip()
    ):
        person += 1  # "the chief inspector", "a police spokesman"; not "director, Dr."
    owner = (
        person + 1
        if person + 1 < len(words) and words[person + 1].group() == "general's"
        else person
    )
    if owner + 1 < len(words) and _POSSESSIVE_END.search(words[owner].group()):
        person = owner + 1  # "the state attorney general's office": the office speaks
    stop = words[person].end()
    following = words[person + 1 : person + 2]
    extends = following and (
        following[0].group().lower() in _NP_PREPOSITIONS | _NP_ADJECTIVES
        or following[0].group().endswith("ing")
    )
    if extends and not text[stop : following[0].start()].strip():
        limit = _TAIL_LIMIT.search(text, stop, end)
        tail_end = limit.start() if limit else end
        tail = list(_WORD.finditer(text, stop, tail_end))
        # "briefed on the meeting": the adjective's own preposition is no stop;
        # nor are a participle's ("waiting for news at the sports hall").
        skip = 2 if following[0].group().lower() in _NP_ADJECTIVES else 1
        participle = following[0].group().endswith("ing")
        verb = next(
            (
                w
                for k, w in enumerate(tail[skip:], start=skip)
                if not (participle and w.group() in _NP_PREPOSITIONS)
                and (
                    w.group().lower() in _SPEECH_OR_STOPS
                    or (_verb_like(w.group().lower()) and _followed_by_function_word(tail, k))
                    or (k >= 2 and w.group().endswith("ed") and w.group().islower())
                    or (k >= 2 and k + 1 < len(tail) and tail[k + 1].group() in _OBJECTS)
                )  # "a girl from X's club waited an hour", "a man in a gown wound it down"
            ),
            None,
        )
        if verb is not None:
            tail = [w for w in tail if w.end() <= verb.start()]
        if participle and len(tail) > _PARTICIPLE_WORDS:
            # "one woman waiting in line there with three dogs on leashes": too
            # long to be a label; the person alone.
            tail = []
        if tail and len(tail) <= _MAX_SUBJECT_WORDS:
            stop = max(stop, tail[-1].end())
    who = _RESTRICTIVE_WHO.match(text, stop, end)
    if who is not None and _SPEECH_VERB_WORD.search(who.group()) is None:
        stop = who.end()  # "said a woman who declined to give her name."
    return stop


# "an incident the airline (described)": a relative clause with no "that".
_REDUCED_RELATIVE = re.compile(r"\s*(?:[Aa]n?|[Tt]he)\s+[a-z]+\s+((?:the|its)\s+[a-z][a-z -]*?)\s*")
# The longest participle phrase kept in a description ("waiting outside with his father").
_PARTICIPLE_WORDS = 7
_POSSESSIVE_END = re.compile(r"['’]s$")
_ONE_OF = re.compile(
    r"(?:one|some|two|three|several|many|most)\s+of\s+(?:the|my|our|his|her|their|"
    r"[A-Z][\w-]*['’]s)\s+(\w+)",
    re.I,
)
_NP_PREPOSITIONS = frozenset(
    "for of from at with in near on outside inside across along behind opposite beside "
    "around down up".split()
)
# "a person familiar with the matter", "an official close to the talks".
_NP_ADJECTIVES = frozenset("familiar close briefed knowledgeable involved".split())
_NP_STOPS = frozenset(
    """is was were are has have had will would said says told who which that in on at
    came went got gave took made saw ran sat stood left found felt kept began brought
    bought thought knew wrote spoke met held put lost won paid sent spent built heard
    comes goes gets gives takes makes sees runs sits stands leaves finds feels keeps
    can could may might must should did does do reads""".split()
)


#: "the man", "the woman": a person the story has named, referred to plainly.
GENERIC_PEOPLE = {"man": "he", "boy": "he", "woman": "she", "girl": "she"}
# Where a new clause, and so a new subject, can start before a verb.
_THAT = re.compile(r"\s+that\b")
# "told the board that", "said that": up to the reported clause.
_TOLD_THAT = re.compile(r"(?:\s+[\w'’]+){0,3}?\s+that\b")
# "his son, a third grader, had": a subject, its appositive, an auxiliary.
_APPOSED_SUBJECT = re.compile(
    r"\s*[\w'’ -]+,\s+(?:a|an|the)\s[^,]+,(?:\s+(?:had|has|have|was|were|would|will))?\s*"
)
# "a letter from Transvale that says": a writing and who sent it.
_SENT_BY = re.compile(
    r"\b(?:letter|statement|email|e-mail|note|message|memo|notice|card)\s+from\s+(?:the\s+)?",
    re.IGNORECASE,
)
_ONE_OF_THEM = re.compile(r"\s*(?:one|some|two|three)\s+of\s+(?:them|those|us)\s*", re.I)
_SUBORDINATOR = re.compile(
    r"\s*(?:when|if|as|because|while|after|before|since|although|though|once|until)\s+", re.I
)
_CLAUSE_BREAK = re.compile(
    r"[,;:—–]|\s--\s|\)|\s(?:and|but|after|when|because|as|since|while|before|until|"
    r"although|though|if|what|whom|that|which)\s(?=(?:a|an|the|one|his|her|their|its)\b|[A-Z])"
)
# A capitalised possessive that starts a description: "Britain's", "Veldan's".
_OWNER = re.compile(r"[A-Z][\w-]*['’]s")
_PLURAL_MODIFIERS = frozenset("local angry worried some many most other".split())


def bare_plural(word: str) -> bool:
    """A plural noun for people ("inspectors", "Residents")."""
    lowered = word.lower()
    if lowered in GROUPS_OF_PEOPLE:  # "Hospital staff told him"
        return True
    if not lowered.endswith("s") or len(lowered) < 5 or lowered in TITLES:
        return False
    return is_person_noun(lowered)


def _adjective(words: list[re.Match[str]], k: int) -> bool:
    """``a recorded voice``: a participle right after the article, before its noun."""
    if k != 1 or k + 1 >= len(words):
        return False
    following = words[k + 1].group().lower()
    return following not in _NP_STOPS and not _followed_by_function_word(words, k)


def _followed_by_function_word(words: list[re.Match[str]], k: int) -> bool:
    """``leaned against``, ``sat beside``: a verb, unlike ``faded uniform``."""
    return k + 1 < len(words) and words[k + 1].group().lower() in _FUNCTION_WORDS


_FUNCTION_WORDS = frozenset(
    """a an the his her their its against beside on in at to into onto from with by
    over under through across up down out off back""".split()
)


# The second word of a phrase that is no description ("the when", "one of").
_NOT_A_DESCRIPTION = _FUNCTION_WORDS | _NP_STOPS | {"when", "if", "so"}
_SPEECH_OR_STOPS = SPEECH_VERBS | _NP_STOPS


def _verb_like(word: str) -> bool:
    return word in SPEECH_VERBS or word in _NP_STOPS or (word.endswith("ed") and len(word) > 4)


def _title_prefix(text: str, start: int, mention_start: int) -> int:
    """Length of a lower-case role before a name ("said council member Ana Diaz")."""
    gap = text[start:mention_start]
    if len(gap.split()) <= 3 and not _PUNCTUATION.search(gap):
        return len(gap)
    if _COUNTRY_INITIALS.fullmatch(gap):
        return len(gap)  # "said U.S. Rep. Jane Doerr"
    return 0


_COUNTRY_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}\s+")


def appositive(text: str, start: int, end: int) -> str | None:
    """A role in commas after a name: ``Ana Diaz, a spokeswoman for the city,``."""
    match = _APPOSITIVE.match(text, start, end)
    if not match:
        return None
    # "the family-owned group that has doubled its share ...": the group.
    role = _RELATIVE_TAIL.sub("", match.group(1).strip())
    return role if len(role.split()) <= 14 else None


_RELATIVE_TAIL = re.compile(r"\s+(?:that|which|who|whose)\s.*$", re.DOTALL)

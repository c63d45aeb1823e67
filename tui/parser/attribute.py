"""The speaker sieve: rules in order of precision, each may decide or pass.

1. ``after``: the cue and speaker right after the quotation
   (``"...," said Ana Diaz`` / ``"...," Diaz said`` / ``"...," she said``).
2. ``according-to``: ``"...", according to Diaz``.
3. ``before``: the speaker and cue before it in the same sentence
   (``Diaz said: "..."`` / ``Diaz said the plan was "a mistake"``).
4. ``colon``: a sentence that introduces the quotation with a colon.
5. ``same-paragraph``: a quote-only sentence continues the speaker of the
   quotation before it in its paragraph (``"A," she said. "B."``).
6. ``continuation``: a quote-only paragraph continues the previous
   paragraph's speaker.
7. ``introduction``: a quote-only paragraph or sentence after one that
   introduces a person without a cue (``This vendor goes by the name Lupe.``).
8. otherwise unknown: ``speaker`` stays None, never a guess.

Each decision records its rule, cue, the words naming the speaker, the
evidence sentence and a confidence, so the app can show why.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter

from tui.parser.cues import (
    GROUPS_OF_PEOPLE,
    LABEL_VERBS,
    ORG_WORDS,
    PERSON_NOUNS,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
)
from tui.parser.family import INVERSE_KIN, qualified, titled
from tui.parser.names import (
    AMBIGUOUS,
    COMPANY_NOUNS,
    Entity,
    Mention,
    Registry,
    find_mentions,
    gender_of_noun,
    head_noun,
    is_person_noun,
    roles_of,
)
from tui.parser.phrases import (
    GENERIC_PEOPLE,
    ROLE_BEFORE_NAME,
    Cue,
    Phrase,
    bare_plural,
    cues_in,
    passive_before,
    skip_lead,
    subject_after,
    subject_before,
)

Span = tuple[int, int]

CONFIDENCE = {
    "transcript": 0.95,
    "after": 0.95,
    "according-to": 0.9,
    "before": 0.9,
    "colon": 0.75,
    "same-paragraph": 0.8,
    "continuation": 0.75,
    "conversation": 0.65,
    "headline-echo": 0.8,
    "introduction": 0.6,
}
# Pronouns are resolved, so a decision through one is a little less sure.
PRONOUN_PENALTY = 0.1
#: How far back, in sentences, a pronoun may reach for its person; and, in
#: characters, "the spokesman" for its fuller first description. Bounds that
#: keep a long archive file linear, far beyond any real antecedent.
PRONOUN_REACH = 40
_ISSUER_REACH = 1500
_DESCRIPTION_REACH = 20_000
#: "Her predecessor, Moira Fairlie," / "His son, Fintan,": someone related to
#: a person named before, introduced in passing.
POSSESSIVE_LEAD = re.compile(r"\s*(?:his|her|their|its|my|our)\s+[\w\s'’-]{1,40},\s*", re.I)
#: Pronouns that can be a sentence's subject ("Her neighbour said" is not "her").
SUBJECT_PRONOUNS = frozenset("he she they it i we".split())
_JOINED_CUE = re.compile(r"[\"”’'.,]*\s+(?:and|but)\s+(?:also\s+|later\s+|then\s+)?")
_REFLEXIVE = re.compile(r"\s*(?:himself|herself|themselves|itself)\b")
# "the 23-year-old said", "the striker added": sports and news copy call the
# person just named by an age or a trade; an office ("the judge") is not one.
_EPITHET = re.compile(
    r"the\s+(?:(\d{1,3})-year-old(?:\s+[\w.-]+){0,6}|(?:former\s+|veteran\s+|young\s+)?"
    r"(striker|defender|midfielder|forward|winger|goalkeeper|keeper|captain|player|singer|"
    r"actor|actress|author|novelist|writer|artist|musician|rider|runner|champion|veteran|"
    r"youngster|teenager))",
    re.IGNORECASE,
)
_NAME_OWNS = re.compile(r"[A-Z].*?['’]s\s+([a-z][\w\s-]*)$")
# "her supervisor", "one of his neighbours": someone's person.
_OWNER_PRONOUN = re.compile(
    r"((?:one|two|three|some|several|many|most|all|both|none)\s+of\s+)?(his|her|their)\s+",
    re.IGNORECASE,
)
_BEFORE_PARTICIPLE = re.compile(r"(?:,|\b(?:before|after|while|then))$")
_PASSIVE_AGENT = re.compile(r"\s+by\s+")
_NEW_CLAUSE = re.compile(r"(?:and|but|then|so|or)\b", re.IGNORECASE)
# After a quotation that ends its sentence, a capital article starts the next one.
_RELATIVE_BEFORE_CUE = re.compile(r"\s(?:that|which|whom)\s")
_ASIDE = re.compile(r",\s*(?:who|which)\b[^,]*,")
_NEW_SENTENCE = re.compile(r"(?:The|A|An|His|Her|Their|Its|This|That)\s+[a-z]")
# "his review", "her column": a piece of writing whose writer the pronoun names.
_PRONOUN_WRITING = re.compile(
    r"(his|her)\s+(?:\w+\s+)?(?:review|column|essay|article|letter|blog|post|statement|book)",
    re.IGNORECASE,
)
# Papers a story "has seen": their author is unknown unless the story says so.
_LEAKED = frozenset("memo memorandum".split())
_DOCUMENTS = frozenset("statement release letter post email notice report memo memorandum".split())
#: Things a sentence may make the subject of "asked" or "warned" that never
#: speak for themselves: "The law asked her to be a calculator".
_NOT_SOURCES = frozenset(
    """law laws rule rules policy bill act plan decision budget case system process deal
    agreement move change changes question problem issue idea evidence data figures
    numbers results weather storm fire market economy price prices cost costs""".split()
)
# What may stand between a quote and its attribution: punctuation, and a
# doubled closing mark from messy copy (``"...,"" said Diaz``).
_AFTER_GAP = re.compile(r"^(?:[\"”’']+(?=[\s,]))?[\s,;:.!?—–-]*")
_MAX_WORDS_BEFORE_CUE = 8
#: Head nouns of a described source that speaks as a body ("the ministry").
_COLLECTIVE_NOUNS = ORG_WORDS | COMPANY_NOUNS | {"ministry", "government", "statement"}


@dataclass
class Decision:
    """Who said it and why."""

    entity: Entity | None
    rule: str
    cue: str | None = None
    mention: str | None = None
    evidence: Span | None = None

    @property
    def confidence(self) -> float:
        base = CONFIDENCE.get(self.rule, 0.0)
        if self.mention and self.mention.lower() in PRONOUNS:
            base -= PRONOUN_PENALTY
        return base if self.entity is not None else 0.0


@dataclass
class Event:
    """An entity seen at a position, as subject, speaker or mere mention."""

    position: int
    entity: Entity
    role: str  # subject | speaker | mention | possessive
    sentence: int = 0
    paragraph: int = 0


_sentence_of = attrgetter("sentence")
_paragraph_of = attrgetter("paragraph")


class Context:
    """What the sieve knows while it reads the story in order."""

    def __init__(self, text: str, registry: Registry) -> None:
        self.text = text
        self.registry = registry
        self.events: list[Event] = []
        #: Entities that have been a sentence's subject or a speaker, not only named.
        self.acted: set[int] = set()
        #: The last person a pronoun taught their sex, so a corrected guess can unlearn it.
        self.learned: Entity | None = None
        self.sentence = 0  # where the reader is, set as it goes
        self.paragraph = 0

    def since(self, sentence: int | None = None, paragraph: int | None = None) -> list[Event]:
        """The events from the given sentence (or paragraph) on, in reading order.

        Events are noted in reading order, so their sentences and paragraphs
        never decrease: bisection finds the start, and a long archive file
        stays linear.
        """
        if sentence is not None:
            first = bisect_left(self.events, sentence, key=_sentence_of)
        else:
            first = bisect_left(self.events, paragraph or 0, key=_paragraph_of)
        return self.events[first:]

    def note(self, position: int, entity: Entity, role: str) -> None:
        self.events.append(Event(position, entity, role, self.sentence, self.paragraph))
        if role in ("subject", "speaker"):
            self.acted.add(entity.index)

    def resolve(self, phrase: Phrase, position: int, headline: bool = False) -> Entity | None:
        """The entity a subject phrase refers to, or None when unsure."""
        if phrase.kind == "name" and phrase.mention is not None:
            relative = self.relative(phrase.mention)
            if relative is not None:
                return None if relative is AMBIGUOUS else relative
            return self.registry.resolve(phrase.mention, create=True)
        if phrase.kind == "pronoun":
            return self.resolve_pronoun(phrase.text.lower(), position)
        if phrase.kind == "description":
            words = phrase.text.lower().split()
            generic = len(words) == 2 and words[0] in ("the", "this") and words[1] in GENERIC_PEOPLE
            if generic and not self.registry.has_described(words[1]):
                # "the man" with no man described before: the man the story is about.
                return self.resolve_pronoun(GENERIC_PEOPLE[words[1]], position)
            person = self.epithet(phrase, position)
            if person is not None:
                return person
            head = head_noun(phrase.text)
            if head in _DOCUMENTS:
                # "the statement said": whoever the story said issued it, else
                # the organisation last spoken of.
                owned = "'s " in phrase.text or "’s " in phrase.text  # "the mission's statement"
                issuer = None if owned else self._issuer(head, phrase.start)
                if issuer is not None or head not in _LEAKED:
                    return issuer or self._last_org_acting(position)
                # "According to an internal memo seen by the Wire ... The memo
                # describes": no one the story names wrote it.
            if head in _NOT_SOURCES:
                return None  # "The law, she wrote, asked her": the law says nothing
            words = phrase.text.split()
            writer = _PRONOUN_WRITING.fullmatch(phrase.text)
            if writer is not None:  # "his review concluded": the one who wrote it
                return self.resolve_pronoun(
                    POSSESSIVE_PRONOUNS[writer.group(1).lower()], position, learn=False
                )
            named_body = len(words) > 2 and words[1][0].isupper() and head in ORG_WORDS
            if words[0].lower() in POSSESSIVE_DETERMINERS and named_body:
                return self.registry.describe(" ".join(words[1:]))  # "His National Progress party"
            if words[0].lower() in POSSESSIVE_DETERMINERS and not is_person_noun(
                head_noun(phrase.text)
            ):
                return None  # "Their windows are covered in posters, promising ...": a thing
            kin = self.owner_kin(phrase.text, position)
            if kin is not None:
                return kin  # "his father" of Aram, Hagop's son: Hagop
            named = self.owner_named(phrase.text, position)
            if named != phrase.text:
                return self.registry.describe(named)
            owned = self._owned_by_name(phrase)
            if owned is not None:
                return owned
            described = "the " + phrase.text if headline else phrase.text
            return self.registry.describe(self.fullest_description(described, position))
        return None

    def owner_kin(self, description: str, position: int) -> Entity | None:
        """``his father`` when "his" is Aram, named as Hagop's son: Hagop."""
        owner = _OWNER_PRONOUN.match(description)
        if owner is None or owner.group(1):
            return None
        person = self.resolve_pronoun(
            POSSESSIVE_PRONOUNS[owner.group(2).lower()], position, learn=False
        )
        return self.kin_named(person, description[owner.end() :].strip().lower())

    def kin_named(self, person: Entity | None, noun: str) -> Entity | None:
        """Who ``person``'s "mother" (``noun``) is, from what the story said of
        the family: the one they were named as the son of, or else the only
        woman of their surname ("Their son, Yusuf Al-Khatib")."""
        if person is None or noun not in INVERSE_KIN.get(person.kin or "", ()):
            return None
        sex = gender_of_noun(noun)
        named = person.relative_of
        if named is not None and named.likely_gender in (None, sex):
            return named
        parents = [
            e
            for e in self.registry.bearers(person.last.lower())
            if e is not person and sex is not None and e.likely_gender == sex
        ]
        return parents[0] if len(parents) == 1 else None

    def owner_named(self, description: str, position: int) -> str:
        """ "her supervisor" as "Lidia Casaverde's supervisor", "one of her
        customers" as "one of Marzena Brosz's customers", when the pronoun
        finds its person; else the description as it is."""
        owner = _OWNER_PRONOUN.match(description)
        if owner is None:
            return description
        person = self.resolve_pronoun(POSSESSIVE_PRONOUNS[owner.group(2).lower()], position)
        if person is None or person.kind != "person":
            return description
        share = owner.group(1) or ""
        return f"{share}{person.display_name}'s {description[owner.end() :]}"

    def _last_org_acting(self, position: int) -> Entity | None:
        """The organisation that last spoke or acted: "the statement said" may
        be its statement; one only mentioned ("the Kessaro Dam") is not."""
        acting = [
            e.entity
            for e in self.since(sentence=self.sentence - PRONOUN_REACH)
            if e.position <= position
            and e.role in ("subject", "speaker")
            and e.entity.kind == "org"
        ]
        return acting[-1] if acting else None

    def epithet(self, phrase: Phrase, position: int) -> Entity | None:
        """Who "the 23-year-old" or "the striker" is: the person of that age or
        role, else the person the last paragraph or two were about."""
        epithet = _EPITHET.fullmatch(phrase.text)
        if epithet is None or self.registry.has_described(head_noun(phrase.text)):
            return None
        age, noun = epithet.group(1), (epithet.group(2) or "").lower()
        people = [e for e in self.registry.entities if e.kind == "person"]
        if age is not None:
            aged = [e for e in people if e.age == int(age)]
            if len(aged) == 1:
                return self.registry.touch(aged[0])
        holders = [e for e in people if noun and noun in roles_of(e)]
        if len(holders) == 1:
            return self.registry.touch(holders[0])
        recent = [
            e
            for e in self.since(paragraph=self.paragraph - 1)
            if e.position < position
            and e.role in ("subject", "speaker", "mention")
            and e.entity.kind == "person"
        ]
        acting = [e for e in recent if e.role != "mention"]
        chosen = acting or recent  # the one last spoken of, if nobody spoke or acted
        return chosen[-1].entity if chosen else None

    def _owned_by_name(self, phrase: Phrase) -> Entity | None:
        """``Mr Hallworth's family``: the family of the Hallworth the story
        named, under that person's fullest name ("Raymond Hallworth's family")."""
        owned = _NAME_OWNS.match(phrase.text)
        mentions = find_mentions(self.text, phrase.start, phrase.end) if owned else ()
        if not mentions or not mentions[0].possessive or mentions[0].start != phrase.start:
            return None
        owner = self.registry.lookup(mentions[0])
        if owner is None or owner.kind != "person":
            return None
        return self.registry.describe(f"{owner.display_name}'s {owned.group(1)}")

    def _issuer(self, document: str, position: int) -> Entity | None:
        """``In a victim impact statement, ..., Mr Pennicott said ...``: who
        spoke (else acted) right after the story last named the document."""
        window = max(0, position - _ISSUER_REACH)
        named = [m.end() for m in re.finditer(rf"\b{document}\b", self.text[window:position])]
        if not named:
            return None
        at = window + named[-1]
        owner = _ON_BEHALF.match(self.text, at, min(position, at + 120))
        if owner is not None:  # "a statement ... on behalf of the Boateng-Barnes family"
            phrase = subject_after(self.text, owner.end(), owner.end() + 80)
            entity = self.resolve(phrase, owner.end()) if phrase is not None else None
            if entity is not None:
                return entity
        since = self.since(sentence=self.sentence - PRONOUN_REACH)
        said_in = _SAID_IN.search(self.text, max(0, at - 80), at)
        plain = re.match(rf"(?:the|this|that)\s+{document}\b", self.text[position:], re.I)
        if said_in is not None and plain is not None:
            # "Friends of the Creek, ..., said in a letter to the commission", then
            # "the letter said": the subject who said it, not whom it went to.
            ends = list(
                _SENTENCE_END.finditer(self.text, max(0, said_in.start() - 400), said_in.start())
            )
            clause = ends[-1].end() if ends else 0
            before = [
                e
                for e in since
                if clause <= e.position < said_in.start() and e.role in ("subject", "speaker")
            ]
            if before:
                return before[-1].entity
        near = [e for e in since if at <= e.position < min(position, at + 200)]
        speakers = [e for e in near if e.role == "speaker"]
        subjects = [e for e in near if e.role == "subject"]
        chosen = speakers or subjects
        return chosen[0].entity if chosen else None

    def relative(self, mention: Mention) -> Entity | None:
        """``the elder Lindqvist`` where two Lindqvists are named: which one;
        ``Mr Pennicott`` for "her son, Philip".

        ``AMBIGUOUS`` when the story never says which is older: then the
        mention, and any "he" that follows it, stays unknown.
        """
        entity = qualified(self.text, mention, self.registry, self.acted) or titled(
            mention, self.registry
        )
        if entity is not None and entity is not AMBIGUOUS:
            entity.add(mention)
            self.registry.touch(entity)
        return entity

    def fullest_description(self, phrase: str, position: int) -> str:
        """``the regulator`` -> the story's first ``the national aviation regulator``.

        A definite description refers back; the earlier, fuller form is the
        one a reader knows the source by ("a police spokesman").
        """
        words = phrase.split()
        if len(words) < 2 or words[0].lower() not in ("the", "this", "that"):
            return phrase
        if any(w[:1].isupper() for w in words[1:]):
            return phrase  # "the Boateng-Barnes family" says more than "a family"
        head = re.escape(words[-1])
        pattern = rf"\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){{0,3}}{head}\b(?!['’]s)"
        earlier = re.compile(pattern).search(
            self.text, max(0, position - _DESCRIPTION_REACH), position
        )
        if earlier is None or earlier.group().lower() == phrase.lower():
            return phrase
        if head_noun(phrase) not in PERSON_NOUNS and not earlier.group().lower().startswith("the"):
            return phrase  # "an internal safety review" is then just "the review"
        return earlier.group()

    def resolve_pronoun(
        self,
        pronoun: str,
        position: int,
        exclude: tuple[Entity | None, ...] = (),
        anyone: bool = False,
        learn: bool = True,
    ) -> Entity | None:
        """The person the pronoun most likely means, or None.

        The most recent sentence that names a fitting person decides: its
        subject (or speaker) if it has one, else the person it mentions.
        Possessives are passed over: "Putin's army" does not make Putin the
        "he" who spoke next. An addressee ("told him") may be anyone named.
        With ``learn``, a person of unknown sex takes the pronoun's; narration
        ("She finds him in minutes" of a dog) should not teach that.
        """
        want = PRONOUNS.get(pronoun)
        if want in (None, "self"):
            return None
        roles = ("subject", "speaker", "mention")
        fitting = [
            e
            for e in self.since(sentence=self.sentence - PRONOUN_REACH)
            if e.position <= position
            and e.role in roles
            and e.entity not in exclude
            and _fits(e.entity, want)
        ]
        if not fitting and want == "neuter":
            # '"...," Quellson said. "...," it added.': a one-word name with no
            # sign of being a person, that has just spoken, is a company.
            fitting = [
                e
                for e in self.since(sentence=self.sentence - 1)
                if e.position <= position and e.role == "speaker" and _maybe_company(e.entity)
            ]
            if fitting and learn:
                fitting[-1].entity.kind = "org"
        if not fitting:
            return None
        if not anyone:
            latest = fitting[-1].sentence
            here = [e for e in fitting if e.sentence == latest]
            # The sentence's subject first, then whoever spoke in it.
            subjects = [e for e in here if e.role == "subject"] or [
                e for e in here if e.role == "speaker"
            ]
            older = [e for e in fitting if e.role != "mention"]
            same_paragraph = [e for e in older if e.paragraph == here[-1].paragraph]
            if subjects:
                fitting = subjects
            elif same_paragraph or (older and here[-1].entity.kind == "described"):
                # Someone only mentioned ("Her predecessor, Moira Fairlie, left")
                # is weaker than the paragraph's subject.
                fitting = same_paragraph or older
            else:
                # "Grozdan said he had voted for Sokolović": a name after a
                # preposition is the one talked about, not the one talking.
                fitting = [
                    e
                    for e in here
                    if not _OBJECT_BEFORE.search(self.text, max(0, e.position - 30), e.position)
                ]
                fitting = fitting or here
        entity = fitting[-1].entity
        if entity is AMBIGUOUS:
            return None
        if learn and entity.gender is None and want in ("male", "female"):
            entity.gender = want
            self.learned = entity
        return entity

    def named_just_before(
        self, pronoun: str, position: int, speaker: Entity | None, reach: int = 2
    ) -> list[Entity]:
        """The people a "he"/"she" inside a quotation can mean.

        Only people the narration named in the quotation's own sentence or
        the ``reach`` before, other than the speaker, count.
        """
        want = PRONOUNS[pronoun]
        people = {
            id(e.entity): e.entity
            for e in self.since(sentence=self.sentence - reach)
            if e.position < position
            and e.sentence <= self.sentence
            and e.entity is not speaker
            and e.entity.kind == "person"
            and e.entity.likely_gender in (None, want)
        }
        return list(people.values())


def _fits(entity: Entity, want: str) -> bool:
    """Whether a pronoun of this kind can refer to the entity."""
    if entity is AMBIGUOUS:
        return want in ("male", "female")
    if want == "neuter":
        return entity.kind in ("org", "described") and _is_collective(entity)
    if want == "plural":
        # "they said": people described in the plural ("two students"), else an
        # organisation.
        head = head_noun(entity.name[0])
        plural_people = entity.kind == "described" and (
            head.endswith("s") or head in GROUPS_OF_PEOPLE
        )
        return plural_people or entity.kind == "org"
    if entity.kind == "org" or (entity.kind == "described" and _is_collective(entity)):
        return False
    if entity.kind == "described":
        head = head_noun(entity.name[0])
        plural = head.endswith("s") and is_person_noun(head)
        if head in GROUPS_OF_PEOPLE or (plural and not entity.name[0].startswith("one ")):
            return False  # "her family", "employees": "they", never "she"
    return entity.likely_gender in (None, want)


def _maybe_company(entity: Entity) -> bool:
    return (
        entity.kind == "person"
        and len(entity.name) == 1
        and not entity.title
        and entity.gender is None
        and not entity.description
    )


def _is_collective(entity: Entity) -> bool:
    if entity.kind == "org":
        return True
    return head_noun(entity.name[0]) in _COLLECTIVE_NOUNS


def rule_after(
    ctx: Context, quote_end: int, sentence_end: int, headline: bool = False
) -> Decision | None:
    """``"...," said Ana Diaz`` or ``"...," Ana Diaz said`` right after the quote."""
    text = ctx.text
    start = quote_end + _AFTER_GAP.match(text[quote_end:sentence_end]).end()
    if start >= sentence_end or text[start] in "\"“‘'«":
        return None
    if _NEW_CLAUSE.match(text, start, sentence_end):
        return None  # '"...?" And I said, ...': a new sentence, not this quote's attribution
    if text[quote_end - 2 : quote_end - 1] in "?!." and _NEW_SENTENCE.match(text, start):
        return None  # '"...squared away?" The mayor replied, "..."': the next sentence
    cues = cues_in(text, start, sentence_end)
    if not cues:
        return None
    cue = cues[0]
    if _RELATIVE_BEFORE_CUE.search(text, start, cue.start):
        return None  # '"a reset" for classrooms that many teachers say ...': their own clause
    if text[cue.end : cue.end + 2].strip().startswith(":"):
        return None  # '..."Scrooge ...", Edna Castleton wrote: "...": the next quote's'
    # "X, who led the prosecution, said": the aside does not count.
    subject = _ASIDE.sub(",", text[start : cue.start])
    if len(subject.split()) > _MAX_WORDS_BEFORE_CUE:
        return None
    quoted = _QUOTED_AS.search(text, start, cue.start)
    if quoted is not None:  # '"We lost," the Courier quoted Venn as saying.'
        return _decide(
            ctx, subject_after(text, quoted.start(1), quoted.end(1)), cue, "after", quote_end
        )
    if cue.start == start:
        if cue.verb.endswith("ing"):
            return None  # '"unfair," noting that he had ...': the sentence's subject goes on
        phrase = subject_after(text, cue.end, sentence_end, headline=headline)
    else:
        if passive_before(text, start, cue.start):
            return None  # '"Shame!" as the vote was announced': nobody announced it here
        if _AND_END.search(text, start, cue.start):
            return None  # 'it "deeply regrets" the walkout and urged': the sentence's subject
        phrase = subject_before(text, start, cue.start, headline=headline)
        lead = text[start : phrase.start] if phrase is not None else ""
        if phrase is not None and phrase.kind == "pronoun" and lead.strip(" ,"):
            return None  # '"Salt in the Gears," ten songs he wrote': he names no quote
    return _decide(ctx, phrase, cue, "after", quote_end, headline)


def rule_according_to(ctx: Context, quote_end: int, sentence_end: int) -> Decision | None:
    """``"...," according to X`` or ``... were "noticeably more active" by the
    end of the study, according to Ellingboe.``: X closing the sentence."""
    match = re.match(r"[\s,;:.!?—–-]*according to\s", ctx.text[quote_end:sentence_end], re.I)
    if not match:
        match = _CLOSING_ACCORDING_TO.search(ctx.text[quote_end:sentence_end])
    if not match:
        return None
    start = quote_end + match.end()
    phrase = subject_after(ctx.text, start, sentence_end)
    cue = Cue(quote_end, start, "according to")
    return _decide(ctx, phrase, cue, "according-to", quote_end)


# ", according to Ellingboe." ending the sentence, with no quote mark after it.
_CLOSING_ACCORDING_TO = re.compile(
    r",\s+according\s+to\s+(?=[^,\"“”‘’]{1,60}[.!?]?[\"”’']?\s*$)", re.I
)


# "a statement outside the church on behalf of X", "a statement from X".
_ON_BEHALF = re.compile(
    r"(?:[^.!?\"“”]{0,60}?\bon\s+behalf\s+of"
    r"|\s+(?:from|(?:issued|released)(?:\s+\w+day)?\s+by))\s+"
)
# "The clip shows Archie ... announcing": footage shows someone speaking.
_FOOTAGE_SHOWS = re.compile(r"\b(?:shows|showed|show|captured|captures|depicts)\s+")
# "I had a student tell me", "she heard a nurse say": the one made to speak.
_HAD_SOMEONE = re.compile(
    r"\b(?:had|heard|watched|saw)\s+((?:a|an|one|my|our|his|her|their)\s+[a-z][\w'’-]*"
    r"(?:\s+[a-z][\w'’-]*){0,3}?)\s+\Z"
)
_AND_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?=(?:a|an|the|one|he|she|they)\s)")
_AND_END = re.compile(r"\band\s+$")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")
# "said in a letter", "wrote in an open letter": the document's issuer is the subject.
_SAID_IN = re.compile(
    r"(?:\b(?:said|says|wrote|writes|warned|argued|stated|added|told\s+\w+)|[\"”’'])\s+in\s+"
    r"(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?\w+\Z"
)  # also 'called the landing "a proud day" in a statement'
# "voted for Sokolović": a name after a preposition is talked about, not talking.
_OBJECT_BEFORE = re.compile(
    r"\b(?:for|to|with|against|about|of|from|by|on|at|in|over)\s+(?:[a-z]+\s+)?\Z"
)  # "against grandmaster Leandro Quispe" too
_IN_THE_WORDS_OF = re.compile(r"\bin\s+the\s+words\s+of\s+([^,;:\"“”]{2,60}?),?\s*$", re.I)
_QUOTED_AS = re.compile(r"\bquoted\s+(.{2,80}?)\s+as\s+$")
# After a cue, a new clause before the quote: the cue is not the quote's.
_CLAUSE_ENDED = re.compile(r",\s*(?:even\s+though|though|although|but(?!\s+that)|while|because)\b")


def rule_before(
    ctx: Context, sentence_start: int, quote_start: int, direct: bool
) -> Decision | None:
    """``Diaz said: "..."``, ``Diaz said "..."`` or a cue earlier in the sentence."""
    text = ctx.text
    cues = cues_in(text, sentence_start, quote_start)
    words_of = _IN_THE_WORDS_OF.search(text, sentence_start, quote_start)
    if words_of is not None:  # 'in the words of a former colleague, "..."'
        phrase = subject_after(text, words_of.start(1), words_of.end(1))
        cue = Cue(words_of.start(), words_of.start(1), "in the words of")
        decision = _decide(ctx, phrase, cue, "according-to", quote_start)
        if decision is not None:
            return decision
    lead = re.match(r"\s*according to\s", text[sentence_start:quote_start], re.I)
    if lead:
        end = text.find(",", sentence_start, quote_start)
        phrase = subject_after(text, sentence_start + lead.end(), end if end > 0 else quote_start)
        cue = Cue(sentence_start, sentence_start + lead.end(), "according to")
        decision = _decide(ctx, phrase, cue, "according-to", quote_start)
        if decision is not None or end < 0:
            return decision
        # "According to court records, Rasmussen told the deputy that he had
        # "looked down"": the records are no speaker; the one who told is.
        sentence_start = end + 1
        cues = cues_in(text, sentence_start, quote_start)
    # A whole sentence quoted after a cue belongs to that cue's subject only:
    # in "Diaz said one of the men shouted, '...'" the words are not Diaz's.
    for cue in reversed(cues[-1:] if direct else cues):
        gap = text[cue.end : quote_start]
        if direct and len(gap.split()) > 6 and not gap.rstrip().endswith((":", ",")):
            continue
        if direct and cue.verb in LABEL_VERBS and not _REFLEXIVE.match(gap):
            continue  # 'called it "A Disgrace"' labels; 'calls herself "Queen"' speaks
        if not direct and cue is not cues[0] and _CLAUSE_ENDED.search(gap):
            # "Pruitt said his members would urge a veto, even though "...""
            continue  # the words are the first cue's speaker's
        passive = _PASSIVE_AGENT.match(text, cue.end, quote_start)
        progressive = cue.verb.endswith("ing")  # "is calling for": no passive
        window = max(sentence_start, cue.start - 30)
        if not passive and not progressive and passive_before(text, window, cue.start):
            continue  # "has been accused of striking a 'secret deal'": not the accused's words
        if passive:
            # "was told by a music teacher to 'just mouth the words'"
            decision = _decide(
                ctx, subject_after(text, passive.end(), quote_start), cue, "before", quote_start
            )
            if decision is not None:
                return decision
            continue
        lead_in = text[sentence_start : cue.start].rstrip()
        made = _HAD_SOMEONE.search(text, sentence_start, cue.start)
        if made is not None:
            # "I had a student tell me, '...'": the student speaks.
            decision = _decide(
                ctx, subject_after(text, made.start(1), made.end(1)), cue, "before", quote_start
            )
            if decision is not None:
                return decision
        quoted = _QUOTED_AS.search(text, sentence_start, cue.start)
        if quoted is not None:
            # "The agency quoted Deputy Minister Gulnora Saidova as saying ..."
            phrase = subject_after(text, quoted.start(1), quoted.end(1))
            decision = _decide(ctx, phrase, cue, "before", quote_start)
            if decision is not None:
                return decision
        # '"...," it said, adding ...' or '..., before adding: "..."'
        participle = cue.verb.endswith("ing") and bool(_BEFORE_PARTICIPLE.search(lead_in))
        earlier = [c for c in cues if c.end <= cue.start and not c.verb.endswith("ing")]
        if participle and earlier:
            # '"...," it said in a statement, adding that ...': the one who said.
            phrase = subject_before(text, sentence_start, earlier[-1].start)
            if phrase is None and text[: earlier[-1].start].endswith(" to "):
                # "She declined to say whether X would ..., saying only": she.
                phrase = sentence_subject(text, sentence_start, earlier[-1].start)
            if phrase is None:
                phrase = subject_after(text, earlier[-1].end, cue.start)
        elif (shows := _FOOTAGE_SHOWS.search(text, sentence_start, cue.start)) and (
            participle or cue.verb.endswith("ing")
        ):
            # "The clip shows Archie, in a tea towel, ... announcing:": Archie,
            # a name even when it is a first name alone.
            phrase = subject_after(text, shows.end(), cue.start)
            if phrase is not None and phrase.mention is not None:
                ctx.registry.resolve(phrase.mention, create=True)
        elif participle or re.search(r"\b(?:and|then|but)$", lead_in):
            # "..., insisting it was 'common sense'", "Joachim stood up and
            # shouted": the sentence's subject speaks; after ", and a man
            # knocked ..., saying", the last clause's.
            clauses = list(_AND_CLAUSE.finditer(text, sentence_start, cue.start))
            clause_start = clauses[-1].end() if clauses else sentence_start
            phrase = sentence_subject(text, clause_start, cue.start)
            if phrase is None and clause_start != sentence_start:
                phrase = sentence_subject(text, sentence_start, cue.start)
        else:
            phrase = subject_before(text, sentence_start, cue.start)
        decision = _decide(ctx, phrase, cue, "before", quote_start)
        if decision is not None:
            return decision
    return None


def rule_coordinated(
    ctx: Context, sentence_start: int, quote: Span, sentence_end: int
) -> Decision | None:
    """``the club thanked him for his "dedication" and said ...``: the subject speaks.

    A speech verb joined by "and" right after the quote, with no subject of
    its own, shares the subject of the clause that holds the quote.
    """
    text = ctx.text
    joined = _JOINED_CUE.match(text, quote[1], sentence_end)
    if joined is None:
        return None
    cues = cues_in(text, joined.end(), sentence_end)
    if not cues or cues[0].start != joined.end():
        return None
    phrase = sentence_subject(text, sentence_start, quote[0])
    return _decide(ctx, phrase, cues[0], "before", quote[0])


def rule_colon(ctx: Context, sentence_start: int, quote_start: int) -> Decision | None:
    """``Ana Diaz put it bluntly: "..."``: the subject of an introducing clause."""
    before = ctx.text[sentence_start:quote_start].rstrip()
    if not before.endswith(":"):
        return None
    words = _WORDS_OF.match(before)  # "Albright's reply:": Albright's words
    if words is not None:
        end = sentence_start + words.end(1)
        phrase = subject_after(ctx.text, sentence_start + words.start(1), end)
        return _decide(ctx, phrase, None, "colon", quote_start)
    phrase = sentence_subject(ctx.text, sentence_start, sentence_start + len(before))
    if phrase is not None and phrase.kind == "description" and not _can_speak(phrase.text):
        return None  # "The first one reads: "...": a thing, with no verb of saying
    if _WRITTEN_ON.search(before):
        return None  # "It reads:": words on a thing, nobody's speech
    return _decide(ctx, phrase, None, "colon", quote_start)


_WORDS_OF = re.compile(
    r"\s*([A-Z][^:]{0,60}?)['’]s?\s+(?:reply|response|answer|message|verdict|advice|view|"
    r"reaction|retort|explanation|instructions?|words?)\s*:$"
)
_WRITTEN_ON = re.compile(r"^\W*(?:it|they|this|that)\s+(?:reads?)\W*:$", re.I)


def _can_speak(description: str) -> bool:
    """A description of a person, a group or an organisation, not of a thing."""
    head = head_noun(description)
    return is_person_noun(head) or head in ORG_WORDS or head in COMPANY_NOUNS


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def sentence_subject(text: str, start: int, end: int) -> Phrase | None:
    """The first name, pronoun or description of a clause, after any introductory phrase."""

    pos = skip_lead(text, start, end)
    if POSSESSIVE_LEAD.match(text, pos, end):
        return None  # "Her mentor, the late Pentti Salokangas, ...": a relative, not the subject
    first = re.match(r"\s*([^\W\d_]+)", text[pos:end])
    if first and first.group(1).lower() in SUBJECT_PRONOUNS:
        s = pos + first.start(1)
        return Phrase("pronoun", s, s + len(first.group(1)), first.group(1))
    for mention in find_mentions(text, pos, end):
        if mention.kind == "place" or mention.possessive or mention.after_preposition:
            continue
        if len(text[pos : mention.start].split()) > 4:
            break
        role = ROLE_BEFORE_NAME.match(text, mention.end, end)
        if len(mention.name) == 1 and role is not None and is_person_noun(role.group(1)):
            continue  # "Station manager Odile Fonsagrive": the station is no one
        plural = _NEXT_WORD.match(text, mention.end, end)
        if len(mention.name) == 1 and plural and bare_plural(plural.group(1)):
            # "Planning officers had recommended ...": people, not a name
            return Phrase(
                "description", mention.start, plural.end(), text[mention.start : plural.end()]
            )
        return Phrase(
            "name", mention.start, mention.end, text[mention.start : mention.end], mention
        )
    phrase = subject_after(text, pos, end)  # "One gentleman came in and said"
    return phrase if phrase is not None and phrase.kind == "description" else None


def _decide(
    ctx: Context,
    phrase: Phrase | None,
    cue: Cue | None,
    rule: str,
    position: int,
    headline: bool = False,
) -> Decision | None:
    if phrase is None:
        return None
    if phrase.kind == "pronoun" and PRONOUNS.get(phrase.text.lower()) == "self":
        # "I told them, '...'": only meaningful inside someone's quotation,
        # where the reader maps it to that speaker.
        return Decision(None, rule, cue.text if cue else None, phrase.text)
    entity = ctx.resolve(phrase, position, headline=headline)
    if entity is None:
        return None
    return Decision(entity, rule, cue.text if cue else None, phrase.text)

"""Meet the people each sentence names, before any quote in it is decided.

For every sentence: register its names (a single word only where the text
says it is a name), note which one is the subject so a later "he" can find
it, learn a person's sex from "his"/"her" right after them, and keep the role
the story gives them ("Ana Diaz, a spokeswoman for the city,").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from tui.parser import family
from tui.parser.attribute import POSSESSIVE_LEAD, Context
from tui.parser.cues import (
    NAME_FILLER,
    NAME_FILLER_WORDS,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_NOUNS,
    POSSESSIVE_DETERMINERS,
    SPEECH_VERBS,
    VENUE_NOUNS,
)
from tui.parser.family import kin_before
from tui.parser.first_names import gender_of_first_name
from tui.parser.marks import Found
from tui.parser.names import AMBIGUOUS, COMPANY_NOUNS, Entity, Mention, find_mentions, head_noun
from tui.parser.phrases import DATELINE, Phrase, appositive, skip_lead, subject_after

#: Words that present a name: "goes by the name Lupe", "identified himself
#: as", "her real name is".
NAME_INTRO = re.compile(
    r"(?:goes by|go by|going by|known as|named|called|nicknamed|nom[- ]de[- ]guerre|"
    r"identified (?:himself |herself )?(?:only )?as|introduced (?:himself|herself) as|"
    r"(?:his|her|their|my) (?:real |full |first |only )?name(?: is|,)|name(?:d|s)? (?:only )?as)"
    + NAME_FILLER
    + r"\s*[\"“‘']?$",
    re.IGNORECASE,
)
# "The manager, Howard Pomfrey,", "One of the rescued men, 31-year-old Yerlan
# Dzhaksybekov,": the unnamed source just described, named.
_THE_ROLE = re.compile(
    r"(?:[Tt]he|[Oo]ne\s+of\s+the)\s+(?:[a-z-]+\s+)?([a-z]+),\s*(?:\d{1,3}-year-old\s+)?"
)
# How NAME_INTRO ends: words it allows after the phrase, and the phrase's end.
_NAME_INTRO_TAIL = re.compile(rf"\s+(?:{'|'.join(NAME_FILLER_WORDS)})$", re.IGNORECASE)
_NAME_INTRO_END = re.compile(r"(?:by|as|named|called|guerre|name is|name,)$", re.IGNORECASE)
_IS_ROLE = re.compile(
    r"(?:\s*,\s*\d{1,3}\s*,)?\s+(?:is|was)\s+((?:the|a|an)\s+[a-z][^,.;:]{1,40})[.,;]"
)
_ROLE_BEFORE = re.compile(r"((?:the|its|his|her|their|a|an)\s+[^,.;:\"“”]{2,50}),\s*", re.I)
# "the city's water company, AquaSolvera," / "the carmaker Veltro": an
# organisation named right after the noun that says what it is.
_ORG_ROLE_BEFORE = re.compile(
    r"\b((?:the|its|a|an|their)\s+(?:[\w'’-]+\s+){0,3}?(\w+)),?\s+$", re.IGNORECASE
)


def _company_noun_just_before(text: str, start: int, end: int) -> bool:
    """Whether the last word of ``text[start:end]``, before a comma and
    spaces, is a company noun: needed for ``_ORG_ROLE_BEFORE`` to count, and
    cheaper than its search, which tries every offset."""
    if not text[end - 1 : end].isspace():
        return False
    words = text[start:end].rstrip().removesuffix(",").split()
    return bool(words) and words[-1].lower() in COMPANY_NOUNS


_OPENING_PRONOUN = re.compile(r"\s*(he|she|they|it)\b", re.IGNORECASE)
# A nickname inside a name: Tobias "Jet" Palomares.
_NICKNAMED = re.compile(
    r"\b([A-Z][\w'’-]+)\s+[\"“‘'][A-Z][^\"”’'\n]{0,20}[\"”’']+\s+([A-Z][\w'’-]+)"
)
# Every nickname above has a space, a quote mark and a capital in a row.
_NICKNAME_HINT = re.compile(r"\s[\"“‘'][A-Z]")
# After "her", words that make it possessive ("her father"), not an object.
_HER_NOUNS = PERSON_NOUNS | frozenset(
    """own home house life work job shop car voice name way career business book hands
    eyes head mind heart family first second last late new old""".split()
)
# "Ana Diaz, a mechanic who kept bees with her grandfather": her is Ana Diaz.
_APPOSITIVE_START = re.compile(r",\s+(?:who|whose|a|an|the)\b")
# What only an organisation is: "Ferrovane, which makes ...", "a Ferrovane
# spokesman", "Shares in Quellson", "Quellson's chief executive".
_ORG_AFTER = re.compile(
    r",\s+which\s+(?:makes|sells|runs|operates|owns|builds|employs|provides|produces|"
    r"manufactures|supplies|develops|publishes|designs|offers|announced|said|bought|"
    r"acquired|sold|distributes|launched|released|reported|posted|raised|filed)\b"
    r"|(?:['’]s?)?\s+(?:spokes(?:man|woman|person)|shareholders|share\s+price|shares|stock|"
    r"chief\s+executive|chief\s+financial\s+officer|CEO|board\s+of\s+directors|headquarters|"
    r"employees|workforce|subsidiary|parent\s+company)\b"
)
_ORG_BEFORE = re.compile(
    r"\b(?:[Ss]hares\s+(?:in|of)|[Rr]ival|spokes(?:man|woman|person)\s+(?:for|at))\s+$"
)
# "Quellson said it would miss its targets": a single name that is "it".
_SAID_IT = re.compile(
    r"\s+said(?:\s+on\s+\w+day)?(?:\s+that)?\s+it\s+(?:would|will|had|has|was|is)\b"
)
# "Quill, the mayor, said she ...": the reported clause's pronoun is the speaker.
_SAID_PRONOUN = re.compile(
    r"(?:\s*,[^,.;:]{1,60},)?\s+(\w+)(?:\s+in\s+an?\s+\w+)?\s+(that\s+)?(he|she|it)\b"
)
# "Pellerby manager ", "Kelby council leader ": a role between two names.
_ROLE_WORDS = tuple(
    """manager coach captain chief leader boss chairman chairwoman spokesman spokeswoman
    spokesperson director head president secretary minister officer executive owner
    founder editor councillor mayor""".split()
)
_ROLES = "(?:" + "|".join(_ROLE_WORDS) + ")"
_ROLE_BETWEEN = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}{_ROLES}\s+")
# "Kelmouth manager Lars Haugland": the role just before the name.
_ROLE_JUST_BEFORE = re.compile(rf"(?:[A-Z][\w'’-]*\s+)?(?:[a-z-]+\s+){{0,2}}?{_ROLES}\s+$")


def _role_word_just_before(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in a role word and spaces: the cheap
    half of ``_ROLE_JUST_BEFORE``, whose search tries every offset."""
    return text[end - 1 : end].isspace() and text[start:end].rstrip().endswith(_ROLE_WORDS)


# "Mateusz Ferenc, 19, known to everyone at the station as": the name's own
# appositive, with no one else named in between.
_ITS_OWN_NAME = re.compile(
    r"[A-Z][\w'’. -]*?,\s*(?:\d{1,3},\s*)?(?:known|nicknamed|dubbed|called)\b[^A-Z,.;:]*$"
)
# "Also in the gallery was a dental hygienist ...": the subject after its verb.
_INVERTED = re.compile(
    r"\s*(?:[Aa]lso\s+)?(?:[Ii]n|[Aa]t|[Aa]mong|[Oo]utside|[Ii]nside|[Oo]n|[Bb]ehind|[Nn]ear)\b"
    r"[^,.;:]{0,60}?\s(?:was|were|sat|stood)\s+(?=(?:a|an|one|two|three)\s)"
)
# "Her account was echoed by another passenger, ...": the agent is who acts.
_AGENT = re.compile(r"[^,.;:]{0,60}?\s(?:was|were)\s+[a-z]+ed\s+by\s+(?=(?:a|an|another|one)\s)")
_GROUP_NAMED = re.compile(
    r"\b(?:gang|group|network|crew|band|cartel|collective|syndicate|cell|outfit)\s+known\s+"
    r"(?:to\s+[\w\s]{1,30}?\s+)?as\s+[\"“‘']([A-Z][^\"”’'.,]{1,40})"
)
# "Elsie is eight.", "Elsie, 8, comes every Saturday": a first name alone, made a person.
_FIRST_NAME_IS = re.compile(r"\s+(?:is|was)\s+(?:\d+|[a-z]+)\b|,\s*\d{1,3}\s*,")
_OBJECT_PRONOUN = re.compile(r"\b(?:him|them|us)\b")
# A "whose" clause on the name's appositive: its him or her is the named one.
_WHOSE_OBJECT = re.compile(
    r",\s+(?:(?:an?|the)\s+[a-z -]{1,40}?\s)?whose\s[^,.;]{0,60}?\b(him|her)\b"
)
_GENDERED = re.compile(r"\b(his|himself|herself|her)\b(?:\s+([a-z]+))?")
_AFTER_NAME = re.compile(r"\s*(?:,\s*\d+\s*,\s*)?([a-z]+)")


@lru_cache(maxsize=4096)
def introduces_name(before: str) -> bool:
    """Whether ``before`` ends with words that present a name (``NAME_INTRO``).

    The search tries every position of ``before``; it runs only when, past a
    closing newline, quote mark, spaces and the words NAME_INTRO allows after
    its phrase ("the name"), the text ends as one of its phrases does.
    Cached: the same few words before a name recur (and are asked twice).
    """
    end = before[:-1] if before.endswith("\n") else before
    end = end[:-1] if end.endswith(('"', "“", "‘", "'")) else end
    end = end.rstrip()
    while tail := _NAME_INTRO_TAIL.search(end, max(0, len(end) - 16)):
        end = end[: tail.start()].rstrip()
    if not _NAME_INTRO_END.search(end, max(0, len(end) - 8)):
        return False
    return NAME_INTRO.search(before) is not None


class People:
    """The reader's knowledge of who is who, fed one sentence at a time."""

    def __init__(self, text: str, ctx: Context) -> None:
        self.text = text
        self.ctx = ctx
        self.registry = ctx.registry
        #: Names the story gives a group ("a criminal gang known as "Grey Lantern"").
        self.group_names = (
            {m.group(1) for m in _GROUP_NAMED.finditer(text)} if "known as" in text else set()
        )

    def meet(
        self,
        start: int,
        end: int,
        has_quotes: bool,
        inside_quote: Callable[[int], bool],
        named_later: Callable[[Entity, Entity], None],
    ) -> None:
        """Register the names of ``text[start:end]`` and note its subject.

        The subject may also be a pronoun ("He has been here since dawn"),
        which keeps its person the most recent subject, or a description of
        a person ("A thin young man ... leaned on the wall"). When a
        described person is then named ("He later gave his name as ..."),
        ``named_later`` moves what they said to the name.
        """
        text = self.text
        hint = _NICKNAME_HINT.search(text, start, end)  # a cheap test first
        for match in _NICKNAMED.finditer(text, start, end) if hint else ():
            first, last = match.group(1), match.group(2)
            if first.lower() not in NOT_NAMES:
                self.registry.resolve(
                    Mention(match.start(), match.end(), (first, last)), create=True
                )
        subject: Entity | None = self._pronoun_subject(start, end)
        dateline = DATELINE.match(text, start, end)
        mentions = find_mentions(text, dateline.end() if dateline else start, end)
        for k, mention in enumerate(mentions):
            presented = introduces_name(text[max(start, mention.start - 40) : mention.start])
            if presented and subject is None:
                # "A man in a suit ..., who gave only his first name, Stellan, said"
                subject = self._note_unnamed_subject(start, end, new_only=True)
            if presented and subject is not None and subject.kind == "described":
                named = self.registry.resolve(mention, create=True)
                if named is not None:  # "He later gave his name as Idris Mahamane"
                    named_later(subject, named)
                    subject = named
                    self.ctx.note(mention.start, named, "subject")
                continue
            if mention.kind == "place" or inside_quote(mention.start):
                continue
            relative = self.ctx.relative(mention)
            if relative is AMBIGUOUS:
                self.ctx.note(mention.start, AMBIGUOUS, "subject" if subject is None else "mention")
                subject = subject or AMBIGUOUS
                continue
            kin = kin_before(text, mention, start)
            # A name already known needs no proof that it is one: only a new
            # one asks whether it is strong enough to create.
            entity = relative or self.registry.resolve(mention, create=False)
            # What the name is, said before it: for a new name or one not yet described.
            org_role = (
                self._org_role_before(mention, start)
                if entity is None or not entity.description
                else None
            )
            company = (entity is None or entity.kind == "person") and self._company_context(
                mention, start, end
            )
            if entity is None and (
                kin is not None
                or company
                or len(mention.name) >= 2
                or bool(mention.title)
                or self.name_context(mention)
                or appositive(text, mention.end, end) is not None  # "Quillpoint, the firm,"
                or org_role is not None
                or (
                    mention.sentence_initial
                    and _FIRST_NAME_IS.match(text, mention.end, end)
                    and gender_of_first_name(mention.name[0]) is not None
                )  # "Elsie is eight."
            ):
                entity = self.registry.resolve(mention, create=True)
            if entity is None:
                family_of = self._family_named(mention)
                if family_of is not None:  # "the Bahadurs moved": she is among them
                    self.ctx.note(mention.start, family_of, "mention")
                continue
            role = "possessive" if mention.possessive else "mention"
            lead = skip_lead(text, start, end)
            opening = len(text[lead : mention.start].split()) <= 4
            # "Her mentor, the late X, ..." is about her; but "Their son, Yusuf
            # Al-Khatib, is nineteen. He runs ..." is about the son.
            kin_lead = kin is not None and kin.start() <= lead + 1
            opening = opening and (kin_lead or not POSSESSIVE_LEAD.match(text, lead, mention.start))
            # "One of the rescued men, 31-year-old Yerlan Dzhaksybekov, told ...": him
            opening = opening or _THE_ROLE.fullmatch(text, lead, mention.start) is not None
            following = mentions[k + 1] if k + 1 < len(mentions) else None
            if following is not None and _ROLE_BETWEEN.fullmatch(
                text, mention.end, following.start
            ):
                opening = False  # "Pellerby manager Angela Curwen said": Curwen is the subject
            if (
                subject is None
                and opening
                and not mention.possessive
                and not mention.after_preposition
            ):
                role, subject = "subject", entity
                self._learn_gender(entity, mention.end, end)
            elif not mention.possessive and _APPOSITIVE_START.match(text, mention.end):
                part = text.find(",", mention.end + 1, end)
                self._learn_gender(entity, mention.end, part if part > 0 else end)
            self.ctx.note(mention.start, entity, role)
            person = entity.kind == "person" and not entity.title
            if company and person and entity.likely_gender is None:
                entity.kind = "org"  # but "Priya Natarajan's shares" stays a person
            if entity.kind == "person" and " ".join(mention.name) in self.group_names:
                entity.kind = "org"  # "Grey Lantern has been linked to 30 attacks"
            self._describe(entity, mention, start, end, org_role)
            unnamed = self._named_now(mention, start, end)
            if unnamed is not None and unnamed is not entity:
                named_later(unnamed, entity)
            family.learn(text, self.registry, entity, mention, kin, self._possessor(kin))
        if subject is None:
            self._note_unnamed_subject(start, end, new_only=has_quotes)

    def name_context(self, mention: Mention) -> bool:
        """A single word is a name where the text says so ("goes by Lupe", "Lupe said")."""
        before = self.text[max(0, mention.start - 40) : mention.start]
        if introduces_name(before):
            return True
        after = _AFTER_NAME.match(self.text, mention.end, mention.end + 40)
        return bool(after and after.group(1) in SPEECH_VERBS)

    def introduce_name(self, f: Found, start: int, end: int) -> None:
        """``who identified himself as "Tor"``: the quoted name is a person."""
        (a, b), words = f.segments[0], self.text[f.segments[0][0] : f.segments[0][1]].split()
        if (
            len(f.segments) != 1
            or not 1 <= len(words) <= 3
            or not all(w[:1].isupper() for w in words)
        ):
            return
        mention = Mention(a, b, tuple(w.strip(",.") for w in words))
        described = self._described_subject(start, end)
        known = self.ctx.epithet(described, described.start) if described else None
        named = [
            e
            for e in self.ctx.since(sentence=self.ctx.sentence)
            if start <= e.position < a and e.role == "subject" and e.entity.kind == "person"
        ]
        if known is None and named and _ITS_OWN_NAME.match(self.text, named[-1].position, a):
            known = named[-1].entity  # "Mateusz Ferenc, known to everyone as "Fez""
        if known is not None and known.kind == "person" and not self.registry.lookup(mention):
            # "The 35-year-old No 8, known to every supporter as "Bulldozer"": him
            self.registry.nickname(known, " ".join(mention.name))
            self.ctx.note(a, known, "subject")
            return
        entity = self.registry.resolve(mention, create=True)
        if entity is not None:
            entity.description = entity.description or self._subject_description(start, end)
            self.ctx.note(a, entity, "subject")

    def _pronoun_subject(self, start: int, end: int) -> Entity | None:
        """A sentence that opens with he/she/they/it is about the one last spoken of."""
        pronoun = _OPENING_PRONOUN.match(self.text, skip_lead(self.text, start, end), end)
        if pronoun is None:
            return None
        # "She finds him in minutes" may be the dog: note the subject, but
        # learn nobody's sex from a pronoun in narration.
        entity = self.ctx.resolve_pronoun(pronoun.group(1).lower(), start, learn=False)
        if entity is not None:
            self.ctx.note(pronoun.start(1), entity, "subject")
        return entity

    def _note_unnamed_subject(self, start: int, end: int, new_only: bool) -> Entity | None:
        """A described person as the sentence's subject, for a "she" after it.

        In a sentence with a quotation, only a newly introduced person ("A
        woman at the 30-kilometre mark was handing out what she called
        "..."") or an epithet for a named one ("The striker, known as ...")
        counts: "the man" there is left to the quotation's sieve.
        """
        phrase = self._described_subject(start, end)
        if phrase is None:
            return None
        entity = self.ctx.epithet(phrase, phrase.start)  # "The striker, known as ..."
        words = phrase.text.lower().split()
        if entity is None and len(words) == 2 and words[0] == "the":
            entity = self.registry.holder(words[1])  # "the president" of Club President X
        if entity is None and (
            head_noun(phrase.text) in PERSON_NOUNS
            and (not new_only or phrase.text.split()[0].lower() in ("a", "an", "another", "one"))
        ):
            entity = self.registry.describe(self.ctx.owner_named(phrase.text, phrase.start))
        if entity is not None:
            self.ctx.note(phrase.start, entity, "subject")
        return entity

    def _described_subject(self, start: int, end: int) -> Phrase | None:
        """The sentence's subject when it is a description, not someone's relative.

        "Her neighbour, an old man, ...": a possessive description is about
        a person already spoken of, never a new source.
        """
        inverted = _INVERTED.match(self.text, start, end) or _AGENT.match(self.text, start, end)
        phrase = subject_after(
            self.text, inverted.end() if inverted else skip_lead(self.text, start, end), end
        )
        if phrase is None or phrase.kind != "description":
            return None
        if phrase.text.split()[0].lower() in POSSESSIVE_DETERMINERS:
            return None
        return phrase

    def _subject_description(self, start: int, end: int) -> str | None:
        """The sentence's subject when it describes a person ("Another ... fighter")."""
        phrase = self._described_subject(start, end)
        if phrase is None or head_noun(phrase.text) not in PERSON_NOUNS:
            return None
        words = phrase.text.split()
        if words[0].lower() in ("another", "this", "that", "one"):
            words[0] = "an" if words[1][:1].lower() in "aeiou" else "a"
        return _lower_first(" ".join(words))

    def _learn_gender(self, entity: Entity, after: int, end: int) -> None:
        """``Réka says her father ...``, ``Quill said she ...``: a pronoun right after a subject.

        Only "his"/"her" + noun or a reflexive within a few words count; an
        object pronoun later in the sentence is usually somebody else.
        """
        if entity.gender is not None or entity.kind != "person":
            return
        said = _SAID_PRONOUN.match(self.text, after, end)
        if said is not None and said.group(1).lower() in SPEECH_VERBS:
            pronoun = said.group(3).lower()
            if pronoun == "it" and said.group(2) and len(entity.name) >= 2 and not entity.title:
                entity.kind = "org"  # "Pelling Estates said in a statement that it had ..."
            elif pronoun != "it":
                # "Marr said he ..." right after the name is the story's own word;
                # past an aside ("Tafoya, who clerked for her, said she ...") the
                # pronoun may be someone else, so a first name outweighs it.
                gender = "male" if pronoun == "he" else "female"
                if said.start(1) - after <= 2:
                    entity.gender = gender
                else:
                    self._set_gender(entity, gender)
            return  # "Quill said she would fight on"
        whose = _WHOSE_OBJECT.match(self.text, after, min(end, after + 140))
        if whose is not None:  # "X, an organ builder whose work made him a legend"
            self._set_gender(entity, "male" if whose.group(1) == "him" else "female")
            return
        match = _GENDERED.search(self.text, after, min(end, after + 60))
        if match is None or find_mentions(self.text, after, match.start()):
            return
        if _OBJECT_PRONOUN.search(self.text, after, match.start()):
            return  # "Dessa Olander, who has managed him since his ...": his is his
        word, following = match.group(1), match.group(2) or ""
        if word == "her" and following not in _HER_NOUNS:
            return  # "lets her go", "asked her whether": her is somebody else
        self._set_gender(entity, "male" if word.startswith("hi") else "female")

    @staticmethod
    def _set_gender(entity: Entity, gender: str) -> None:
        """Learn a sex from a pronoun near the name, unless the first name says
        otherwise: in "Guillermo Tafoya, who clerked for her, said she made her
        clerks read aloud", she is the judge."""
        if entity.likely_gender in (None, gender):
            entity.gender = gender

    def _family_named(self, mention: Mention) -> Entity | None:
        """``the Bahadurs``: a family by its surname, standing for its best-known member."""
        word = mention.name[-1]
        if len(mention.name) != 1 or not word.endswith("s") or mention.title:
            return None
        if not self.text[max(0, mention.start - 4) : mention.start].lower().endswith("the "):
            return None
        surname = word[:-2] if word.endswith("es") and len(word) > 4 else word[:-1]
        for stem in {surname, word[:-1]}:
            bearer = self.registry.lookup(Mention(mention.start, mention.end, (stem,)))
            if bearer is not None and bearer.kind == "person" and bearer.last == stem:
                return bearer
        return None

    def _company_context(self, mention: Mention, start: int, end: int) -> bool:
        """``Ferrovane, which makes ...``, ``a Ferrovane spokesman``: words only
        a company's name stands in. "Quellson said it would" counts for a
        single word only: "Ana Diaz said it would be hard" is a person's."""
        if mention.title:
            return False
        text = self.text
        return bool(
            _ORG_AFTER.match(text, mention.end, end)
            or _ORG_BEFORE.search(text, max(start, mention.start - 20), mention.start)
            or (len(mention.name) == 1 and _SAID_IT.match(text, mention.end, end))
        )

    def _named_now(self, mention: Mention, start: int, end: int) -> Entity | None:
        """``The manager, Howard Pomfrey, 47,``: the unnamed source described
        before ("a former shift manager at the plant") now has a name."""
        role = _THE_ROLE.fullmatch(self.text, skip_lead(self.text, start, end), mention.start)
        return self.registry.described(role.group(1).lower()) if role else None

    def _possessor(self, kin: re.Match[str] | None) -> Entity | None:
        """Whose relative "his son, Jack" or "Brannagh's son, Fintan" is."""
        if kin is None:
            return None
        name = family.possessor_name(kin)
        if name is not None:
            return self.registry.lookup(Mention(kin.start(), kin.start() + len(name), (name,)))
        pronoun = kin.group().split()[0].lower()
        if pronoun not in ("his", "her"):
            return None
        return self.ctx.resolve_pronoun(
            "he" if pronoun == "his" else "she", kin.start(), learn=False
        )

    def _org_role_before(self, mention: Mention, start: int) -> str | None:
        """``by the city's water company, AquaSolvera,``: what the name is, said before it."""
        window = max(start, mention.start - 60)
        if mention.title or not _company_noun_just_before(self.text, window, mention.start):
            return None
        match = _ORG_ROLE_BEFORE.search(self.text, window, mention.start)
        if match is None or match.group(2).lower() not in COMPANY_NOUNS:
            return None
        return match.group(1)

    def _describe(
        self, entity: Entity, mention: Mention, start: int, end: int, org_role: str | None
    ) -> None:
        """Keep the first role the story gives a name (appositive or title).

        Organisations too: "Quillpoint, the software company," or "the
        water company, AquaSolvera," is later "the company".
        """
        if entity.description:
            return
        role = appositive(self.text, mention.end, end) or org_role
        if role is None:
            before = _ROLE_BEFORE.fullmatch(
                self.text, skip_lead(self.text, start, end), mention.start
            )
            if before:
                role = before.group(1)
        window = max(start, mention.start - 50)
        if (
            role is None
            and not mention.title
            and _role_word_just_before(self.text, window, mention.start)
        ):
            just = _ROLE_JUST_BEFORE.search(self.text, window, mention.start)
            role = just.group().strip() if just else None
        if role is None and self.name_context(mention):
            role = self._subject_description(start, end)  # "This fighter goes by Maga"
        if role is None:
            copula = _IS_ROLE.match(self.text, mention.end, end)  # "Mara Quill is the mayor"
            role = copula.group(1) if copula else None
        if role is None and mention.title:
            role = " ".join(mention.title)
        if role is not None:
            entity.description = _lower_first(role)
            head = head_noun(role)
            # "Quillpoint, the software company,"; "The bus operator, Pell Lines,"
            # but "Rafael Ostrander, a crane operator," is a person.
            single = len(entity.name) == 1 or role.lower().startswith("the ")
            if (
                entity.kind == "person"
                and not entity.title
                and entity.likely_gender is None  # "Tom Hale, the promoter," is a man
                and head in ORG_WORDS | COMPANY_NOUNS
                and (single or head not in PERSON_NOUNS)
            ):
                entity.kind = "org"
            elif entity.kind == "person" and head in VENUE_NOUNS and single:
                entity.kind = "org"  # "Qamar, her 40-seat restaurant,": no "she"


def _lower_first(text: str) -> str:
    words = text.split()
    if words and words[0].lower() in ("a", "an", "the", "its", "his", "her", "their"):
        return words[0].lower() + text[len(words[0]) :]
    return text

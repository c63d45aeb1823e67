"""Read a story in order, as a person would, and tie each quotation to a speaker.

Reading in order matters: "he said" means the most recent fitting person, a
bare surname the nearest person who has it, "the spokesman" the spokesman
described before. For every sentence the reader first registers the names it
mentions, then decides the quotations that open in it (kind, then the sieve
of ``attribute``), then any indirect speech.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import PurePath

from tui.model import Quote, Speaker, Story
from tui.parser.attribute import (
    AMBIGUOUS,
    POSSESSIVE_LEAD,
    Context,
    Decision,
    rule_according_to,
    rule_after,
    rule_before,
    rule_colon,
    sentence_subject,
)
from tui.parser.classify import label_kind, speech_kind
from tui.parser.cues import (
    LABEL_VERBS,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    SPEECH_VERBS,
    TITLES,
)
from tui.parser.marks import Found, find_quotes, nest
from tui.parser.names import COMPANY_NOUNS, Entity, Mention, Registry, find_mentions, head_noun
from tui.parser.phrases import (
    DATELINE,
    Phrase,
    appositive,
    cues_in,
    skip_lead,
    subject_after,
    subject_before,
)
from tui.parser.segment import has_headline, paragraph_spans, sentence_spans
from tui.parser.transcript import ROLES, find_turns, interview_roles

Span = tuple[int, int]

_NAME_INTRO = re.compile(
    r"(?:goes by|go by|going by|known as|named|called|nicknamed|nom[- ]de[- ]guerre|"
    r"identified (?:himself|herself) as|introduced (?:himself|herself) as|"
    r"(?:his|her|their|my) (?:real |full |first |only )?name(?: is|,)|name(?:d|s)? as)"
    r"(?:\s+(?:the|name|nickname|of))*\s*[\"“‘']?$",
    re.IGNORECASE,
)
# "Diaz did not respond to requests for comment": introduced, but silent.
_NEGATED = re.compile(
    r"\b(?:did not|didn't|has not|have not|could not|couldn't)\s+(?:respond|reply|return|comment)|"
    r"\b(?:declined|refused)\s+to\s+comment|\bnot\s+(?:be\s+)?(?:reached|available)\b",
    re.IGNORECASE,
)
_ROLE_BEFORE = re.compile(r"((?:the|its|his|her|their|a|an)\s+[^,.;:\"“”]{2,50}),\s*", re.I)
_INDIRECT_VERBS = frozenset(SPEECH_VERBS - LABEL_VERBS) - frozenset(
    "note notes noted noting post posts posted posting report reports reported reporting "
    "state states stated stating continue continues continued continuing comment comments "
    "counter counters countered countering demand demands demanded demanding "
    "promise promises promised promising ask asks asked asking".split()
)
_MIN_INDIRECT_WORDS = 3
_DEFINITE = frozenset("the its his her their this that".split())
# "The helmsman who steered the boat was Kit Polgrain": named by the verb "be".
_COPULA = re.compile(r"\b(?:was|is)\s+$")
_REPLY_CUES = frozenset("replied replies answered answers responded responds retorted".split())
_ATTRIBUTION_REACH = 400
_OPENING_PRONOUN = re.compile(r"\s*(he|she|they|it)\b", re.IGNORECASE)
# A turn that opens with the speaker's own name: "Marisol Reyes. I'm a cook".
_SELF_INTRODUCED = re.compile(r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2})\.\s")
# A nickname inside a name: Tobias "Jet" Palomares.
_NICKNAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s$")
_NICKNAME_AFTER = re.compile(r"[\"”’']*\s[A-Z][\w'’-]+")
_NICKNAMED = re.compile(
    r"\b([A-Z][\w'’-]+)\s+[\"“‘'][A-Z][^\"”’'\n]{0,20}[\"”’']+\s+([A-Z][\w'’-]+)"
)
# "That was Gunnhild Ravnaas, 61, who ...": the speaker named just after.
_NAMED_AFTER = re.compile(r"\s*(?:That|This)\s+(?:was|is)\s+|\s*So\s+says\s+")
# After "her", words that make it possessive ("her father"), not an object.
_HER_NOUNS = PERSON_NOUNS | frozenset(
    """own home house life work job shop car voice name way career business book hands
    eyes head mind heart family first second last late new old""".split()
)
# "The deal was announced": nobody in the sentence said anything.
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$")
# "she told him", "he asked her": a turn addressed to the other speaker.
_ADDRESSED = re.compile(
    r"\b(?:told|tells|asked|asks|replied to|said to|says to|shouted at|whispered to|"
    r"snapped at|teased|reminded|reminds)\s+(him|her|(?:his|her)\s+[a-z]+)\b"
)
# "..., a ministry official told reporters on condition of anonymity."
_TRAILING_ATTRIBUTION = re.compile(r"(?:\s+(?!that\b)[\w'’-]+){0,6}\s*[.!?]?\s*$")
# "Ana Diaz, a mechanic who kept bees with her grandfather": her is Ana Diaz.
_APPOSITIVE_START = re.compile(r",\s+(?:who|whose|a|an|the)\b")


@dataclass
class _Sentence:
    span: Span
    paragraph: int
    quotes: list[int] = field(default_factory=list)


@dataclass
class _Turn:
    """The last turn of a conversation: who spoke, to whom, where, how many so far."""

    speaker: Entity | None
    addressee: Entity | None
    paragraph: int
    turns: int


@dataclass
class _Decided:
    found: Found
    kind: str
    decision: Decision | None
    evidence: Span | None


def read(text: str, source: str | None = None) -> Story:
    paragraphs = paragraph_spans(text)
    headline = has_headline(text, paragraphs)
    return _Reader(text, paragraphs, headline).story(source)


class _Reader:
    def __init__(self, text: str, paragraphs: list[Span], headline: bool) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.headline = headline
        self.registry = Registry()
        self.ctx = Context(text, self.registry)
        turns = find_turns(text, paragraphs)
        found = find_quotes(text, paragraphs)
        turn_paragraphs = {turn.paragraph for turn in turns}
        for f in found:
            if f.paragraph in turn_paragraphs and len(f.segments) > 1:
                # A quote opened inside a turn ends with it; the next turn is
                # another speaker's.
                f.segments, f.closed = f.segments[:1], False
                f.outer = (f.outer[0], f.segments[0][1])
        for turn in turns:
            if headline and turn.paragraph == 0:
                continue
            found.append(
                Found(
                    [turn.content],
                    turn.paragraph,
                    (turn.label_span[0], turn.content[1]),
                    "turn",
                    label=turn.label,
                )
            )
        self.found = nest(found)
        self.sentences = self._sentences()
        segments = sorted(
            (s, i) for i, f in enumerate(self.found) if f.label is None for s in f.segments
        )
        self.segment_starts = [a for (a, _), _ in segments]
        self.segment_reach = list(accumulate((b for (_, b), _ in segments), max))
        self._segment_owner = [i for _, i in segments]
        self.decided: dict[int, _Decided] = {}
        self.indirect: list[tuple[Span, Decision, int, Span]] = []
        self.indirect_in: dict[Span, Decision] = {}
        self.turn: _Turn | None = None
        first_turn = turns[0].paragraph if turns else 0
        intro = " ".join(text[a:b] for a, b in paragraphs[int(headline) : first_turn])
        self.interview = interview_roles(intro) if turns else {}

    # -- segmentation -----------------------------------------------------
    def _sentences(self) -> list[_Sentence]:
        """Sentences of every paragraph, each with the quotations that open in it.

        Quotes are masked per paragraph and found by bisection, so a story
        with tens of thousands of paragraphs is read in near-linear time.
        """
        paragraph_starts = [start for start, _ in self.paragraphs]
        masked: dict[int, list[Span]] = {}
        for f in self.found:
            if f.parent is None and f.label is None:
                for a, _ in f.segments:
                    index = bisect_right(paragraph_starts, a) - 1
                    masked.setdefault(index, []).append(f.outer)
        out: list[_Sentence] = []
        self.first_sentence: dict[int, int] = {}
        self.last_sentence: dict[int, int] = {}
        for index, (start, end) in enumerate(self.paragraphs):
            for span in sentence_spans(self.text, start, end, masked.get(index, [])):
                self.first_sentence.setdefault(index, len(out))
                self.last_sentence[index] = len(out)
                out.append(_Sentence(span, index))
        self.sentence_starts = [s.span[0] for s in out]
        for i, f in enumerate(self.found):
            if f.parent is not None:
                continue
            if f.label is not None:
                k = self.first_sentence.get(f.paragraph)
            else:
                k = bisect_right(self.sentence_starts, max(f.outer[0], f.segments[0][0] - 1)) - 1
            if k is not None and k >= 0:
                out[k].quotes.append(i)
        return out

    # -- the reading ------------------------------------------------------
    def story(self, source: str | None) -> Story:
        for number, sentence in enumerate(self.sentences):
            self.ctx.sentence, self.ctx.paragraph = number, sentence.paragraph
            self._register_names(sentence)
            for index in sentence.quotes:
                self._decide(index, number)
            if not any(self._is_speech(i) for i in sentence.quotes) and not self._quotes_within(
                sentence.span
            ):
                self._indirect(sentence)
        self._merge_described()
        self._echo_headline()
        return self._build(source)

    def _echo_headline(self) -> None:
        """A headline quote usually repeats words the story attributes.

        ``Villagers fight ‘another holiday let’`` takes the speaker of the
        body quote that contains those words, and is speech, not a scare
        quote, when someone in the story said them.
        """
        if not self.headline:
            return
        body = [d for d in self.decided.values() if d.found.paragraph > 0 and d.decision]
        labels = {
            _normalised(self._content(d.found)): d.kind
            for d in self.decided.values()
            if d.found.paragraph > 0 and d.kind in ("title", "name")
        }
        for decided in self.decided.values():
            if decided.found.paragraph != 0 or decided.kind in ("title", "name"):
                continue
            words = _normalised(self._content(decided.found))
            if not words:
                continue
            if decided.kind == "scare" and words in labels:
                decided.kind = labels[words]  # the body says it is a name or a title
                continue
            for source in body:
                if source.kind in ("direct", "partial") and words in _normalised(
                    self._content(source.found)
                ):
                    d = source.decision
                    decided.decision = Decision(d.entity, "headline-echo", d.cue, d.mention)
                    decided.evidence = source.evidence
                    if decided.kind == "scare":
                        decided.kind = "partial"
                    break

    def _content(self, f: Found) -> str:
        return " ".join(self.text[a:b] for a, b in f.segments)

    def _is_speech(self, index: int) -> bool:
        decided = self.decided.get(index)
        return decided is not None and decided.kind in ("direct", "partial")

    def _register_names(self, sentence: _Sentence) -> None:
        """Meet the sentence's names; note its subject for later pronouns.

        The subject may also be a pronoun ("He has been here since dawn"),
        which keeps its person the most recent subject, or a description of
        a person ("A thin young man ... leaned on the wall").
        """
        start, end = sentence.span
        if self.headline and sentence.paragraph == 0:
            return  # headline capitals are style, not names
        for match in _NICKNAMED.finditer(self.text, start, end):
            first, last = match.group(1), match.group(2)
            if first.lower() not in NOT_NAMES:
                self.registry.resolve(
                    Mention(match.start(), match.end(), (first, last)), create=True
                )
        subject: Entity | None = self._pronoun_subject(start, end)
        dateline = DATELINE.match(self.text, start, end)
        for mention in find_mentions(self.text, dateline.end() if dateline else start, end):
            named_as = _NAME_INTRO.search(self.text[max(start, mention.start - 40) : mention.start])
            if subject is not None and subject.kind == "described" and named_as:
                named = self.registry.resolve(mention, create=True)
                if named is not None:  # "He later gave his name as Idris Mahamane"
                    self._reassign(subject, named)
                    subject = named
                continue
            if mention.kind == "place" or self._inside_quote(mention.start):
                continue
            strong = (
                len(mention.name) >= 2
                or bool(mention.title)
                or self._name_context(mention)
                or appositive(self.text, mention.end, end) is not None  # "Quillpoint, the firm,"
            )
            if self.ctx.is_ambiguous(mention):
                self.ctx.note(mention.start, AMBIGUOUS, "subject" if subject is None else "mention")
                subject = subject or AMBIGUOUS
                continue
            entity = self.registry.resolve(mention, create=strong)
            if entity is None:
                continue
            role = "possessive" if mention.possessive else "mention"
            lead = skip_lead(self.text, start, end)
            opening = len(self.text[lead : mention.start].split()) <= 4
            opening = opening and not POSSESSIVE_LEAD.match(self.text, lead, mention.start)
            if (
                subject is None
                and opening
                and not mention.possessive
                and not mention.after_preposition
            ):
                role, subject = "subject", entity
                self._learn_gender(entity, mention.end, end)
            elif not mention.possessive and _APPOSITIVE_START.match(self.text, mention.end):
                part = self.text.find(",", mention.end + 1, end)
                self._learn_gender(entity, mention.end, part if part > 0 else end)
            self.ctx.note(mention.start, entity, role)
            self._describe(entity, mention, start, end)
        if subject is None and not sentence.quotes:
            self._note_unnamed_subject(start, end)

    def _pronoun_subject(self, start: int, end: int) -> Entity | None:
        """A sentence that opens with he/she/they/it is about the one last spoken of."""
        pronoun = _OPENING_PRONOUN.match(self.text, skip_lead(self.text, start, end), end)
        if pronoun is None:
            return None
        entity = self.ctx.resolve_pronoun(pronoun.group(1).lower(), start)
        if entity is not None:
            self.ctx.note(pronoun.start(1), entity, "subject")
        return entity

    def _note_unnamed_subject(self, start: int, end: int) -> None:
        phrase = subject_after(self.text, skip_lead(self.text, start, end), end)
        if (
            phrase is not None
            and phrase.kind == "description"
            and head_noun(phrase.text) in PERSON_NOUNS
        ):
            entity = self.registry.describe(phrase.text)
            self.ctx.note(phrase.start, entity, "subject")

    def _subject_description(self, start: int, end: int) -> str | None:
        """The sentence's subject when it describes a person ("Another ... fighter")."""
        phrase = subject_after(self.text, skip_lead(self.text, start, end), end)
        if phrase is None or phrase.kind != "description":
            return None
        if head_noun(phrase.text) not in PERSON_NOUNS:
            return None
        words = phrase.text.split()
        if words[0].lower() in ("another", "this", "that", "one"):
            words[0] = "an" if words[1][:1].lower() in "aeiou" else "a"
        return _lower_first(" ".join(words))

    def _introduce_name(self, f: Found, start: int, end: int) -> None:
        """``who identified himself as "Tor"``: the quoted name is a person."""
        (a, b), words = f.segments[0], self.text[f.segments[0][0] : f.segments[0][1]].split()
        if (
            len(f.segments) != 1
            or not 1 <= len(words) <= 3
            or not all(w[:1].isupper() for w in words)
        ):
            return
        mention = Mention(a, b, tuple(w.strip(",.") for w in words))
        entity = self.registry.resolve(mention, create=True)
        if entity is not None:
            entity.description = entity.description or self._subject_description(start, end)
            self.ctx.note(a, entity, "subject")

    def _learn_gender(self, entity: Entity, after: int, end: int) -> None:
        """``Réka says her father ...``: a possessive pronoun right after a subject.

        Only "his"/"her" + noun or a reflexive within a few words count; an
        object pronoun later in the sentence is usually somebody else.
        """
        if entity.gender is not None or entity.kind != "person":
            return
        rest = self.text[after : min(end, after + 60)]
        match = re.search(r"\b(his|himself|herself|her)\b(?:\s+([a-z]+))?", rest)
        if match is None or find_mentions(self.text, after, after + match.start()):
            return
        word, following = match.group(1), match.group(2) or ""
        if word == "her" and following not in _HER_NOUNS:
            return  # "lets her go", "asked her whether": her is somebody else
        entity.gender = "male" if word.startswith("hi") else "female"

    def _name_context(self, mention: Mention) -> bool:
        """A single word is a name where the text says so ("goes by Lupe", "Lupe said")."""
        before = self.text[max(0, mention.start - 40) : mention.start]
        if _NAME_INTRO.search(before):
            return True
        after = re.match(
            r"\s*(?:,\s*\d+\s*,\s*)?([a-z]+)", self.text[mention.end : mention.end + 40]
        )
        return bool(after and after.group(1) in SPEECH_VERBS)

    def _describe(self, entity: Entity, mention: Mention, start: int, end: int) -> None:
        """Keep the first role the story gives a name (appositive or title).

        Organisations too: "Quillpoint, the software company," is later
        "the company".
        """
        if entity.description:
            return
        role = appositive(self.text, mention.end, end)
        if role is None:
            before = _ROLE_BEFORE.fullmatch(
                self.text, skip_lead(self.text, start, end), mention.start
            )
            if before:
                role = before.group(1)
        if role is None and self._name_context(mention):
            role = self._subject_description(start, end)  # "This fighter goes by Maga"
        if role is None and mention.title:
            role = " ".join(mention.title)
        if role is not None:
            entity.description = _lower_first(role)
            single = len(entity.name) == 1 and not entity.title
            if single and entity.kind == "person" and head_noun(role) in ORG_WORDS | COMPANY_NOUNS:
                entity.kind = "org"  # "Quillpoint, the business software company,"

    # -- deciding one quotation -------------------------------------------
    def _decide(self, index: int, sentence_number: int) -> None:
        f = self.found[index]
        sentence = self.sentences[sentence_number]
        if f.label is not None:
            self._decide_turn(index, f)
        else:
            self._decide_quote(index, f, sentence, sentence_number)
        for child in f.children:
            self._decide_nested(child, f)

    def _decide_turn(self, index: int, f: Found) -> None:
        entity = self._turn_speaker(f.label or "", f)
        decision = Decision(entity, "transcript", None, f.label) if entity else None
        if entity is not None:
            self.ctx.note(f.outer[0], entity, "speaker")
        self.decided[index] = _Decided(f, "direct", decision, (f.outer[0], f.outer[1]))

    def _turn_speaker(self, label: str, f: Found) -> Entity | None:
        if label in self.interview:
            label = self.interview[label]
        elif label in ("Q", "A"):
            return None
        words = label.split()
        lowered = [w.lower() for w in words]
        if lowered[-1] in ROLES and (len(words) == 1 or label.isupper()):
            introduced = _SELF_INTRODUCED.match(self.text, f.segments[0][0], f.segments[0][1])
            if introduced:  # "Speaker: Marisol Reyes. I'm a line cook ..."
                mention = Mention(
                    introduced.start(1), introduced.end(1), tuple(introduced.group(1).split())
                )
                return self.registry.resolve(mention, create=True)
            return self.registry.describe("the " + " ".join(lowered))  # "SECOND REPORTER"
        if label.isupper():
            if len(words) > 1 and len(words[0]) <= 2:
                words = words[1:]  # a rank's initials: "DI ODHIAMBO", "PC LANE"
            words = [w.capitalize() for w in words]
        split = 0
        while split < len(words) - 1 and words[split].lower() in TITLES | ROLES:
            split += 1  # "HOST OWEN BAPTISTE", "Councilmember Sara Lind"
        mention = Mention(
            f.outer[0], f.outer[0] + len(label), tuple(words[split:]), tuple(words[:split])
        )
        return self.registry.resolve(mention, create=True)

    def _decide_quote(self, index: int, f: Found, sentence: _Sentence, number: int) -> None:
        text = self.text
        s_start, s_end = sentence.span
        end_sentence = self._sentence_at(f.outer[1] - 1, f.segments[-1][0])
        e_end = end_sentence.span[1] if end_sentence else s_end
        # Attribution stands near its quote; a run-on "sentence" of megabytes
        # (a scraped page with no full stops) is read only this far.
        s_start = max(s_start, f.outer[0] - _ATTRIBUTION_REACH)
        e_end = min(e_end, f.outer[1] + _ATTRIBUTION_REACH)
        content = " ".join(text[a:b] for a, b in f.segments)
        before = text[s_start : f.outer[0]]
        after = text[f.outer[1] : e_end]
        dateline = DATELINE.match(before)
        opens = not before[dateline.end() if dateline else 0 :].strip(" \t—–-([")
        in_headline = self.headline and f.paragraph == 0
        quote_free = _without_quotes(text, s_start, e_end, f.outer)
        has_cue = any(
            not (f.outer[0] <= c.start < f.outer[1]) for c in cues_in(text, s_start, e_end)
        ) or bool(re.search(r"according to", quote_free, re.I))
        kind = label_kind(content, before, has_cue, opens and not in_headline, after)
        if (
            _NICKNAME_BEFORE.search(before)
            and _NICKNAME_AFTER.match(after)
            and len(content.split()) <= 3
        ):
            kind = "name"  # Tobias "Jet" Palomares
        if kind is not None:
            if kind == "name":
                self._introduce_name(f, s_start, e_end)
            kind = "direct" if kind == "inscription" else kind
            self.decided[index] = _Decided(f, kind, None, None)
            return
        direct_shape = content[:1].isupper() or content[:1] in "[(\"“‘'"
        evidence: Span | None = (s_start, e_end)
        decision = (self._headline_colon(f, e_end) if in_headline else None) or (
            rule_after(self.ctx, f.outer[1], e_end, headline=in_headline)
            or rule_according_to(self.ctx, f.outer[1], e_end)
            or rule_before(self.ctx, s_start, f.outer[0], direct=direct_shape and not opens)
            or rule_colon(self.ctx, s_start, f.outer[0])
        )
        quote_only = opens and not after.strip(" \t.,;:!?\"”’'")
        if decision is not None and decision.entity is None:
            decision = None  # "I said" in narration: the writer, not a source
        if decision is not None:
            decision = self._converse(decision, f, after)
        elif quote_only and not in_headline:
            decision, evidence = self._from_neighbours(index, f, number)
        if decision is not None and decision.entity is not None:
            self.ctx.note(f.outer[0], decision.entity, "speaker")
        kind = speech_kind(
            content, before, _cue_adjacent(text, s_start, f.outer[0]), opens or len(f.segments) > 1
        )
        self.decided[index] = _Decided(f, kind, decision, evidence if decision else None)

    def _headline_colon(self, f: Found, end: int) -> Decision | None:
        """``"I wrote it for her": Ana Diaz on her novel``."""
        match = re.match(r"\s*[:–—-]\s*", self.text[f.outer[1] : end])
        if not match:
            return None
        start = f.outer[1] + match.end()
        mentions = find_mentions(self.text, start, end)
        if not mentions or mentions[0].start != start or len(mentions[0].name) < 2:
            return None
        entity = self.registry.resolve(mentions[0], create=True)
        surface = self.text[mentions[0].start : mentions[0].end]
        return Decision(entity, "after", ":", surface) if entity else None

    def _converse(self, decision: Decision, f: Found, after: str) -> Decision:
        """``"...," she told him.`` / ``"...," he told her.``: turns alternate.

        In a conversation the "he" who answers is the man just addressed,
        not the most recent man named, so a turn's speaker is the previous
        turn's addressee when the pronoun fits.
        """
        addressed = _ADDRESSED.search(after)
        pronoun = (decision.mention or "").lower()
        if pronoun in ("he", "she") and (decision.cue or "").lower() in _REPLY_CUES:
            # '"Not while I'm here," she replied': not the one who asked.
            asker = self._last_speaker()
            if asker is not None and asker is decision.entity:
                decision.entity = self.ctx.resolve_pronoun(pronoun, f.outer[0], exclude=asker)
        if addressed is None or pronoun not in ("he", "she"):
            self.turn = None
            return decision
        last = self.turn
        answering = last is not None and f.paragraph - last.paragraph <= 2 and last.addressee
        if answering and last.addressee.gender in (None, PRONOUNS[pronoun]):
            decision.entity = last.addressee
        word = addressed.group(1).lower()
        if word in ("him", "her"):
            addressee = self.ctx.resolve_pronoun(
                word, f.outer[0], exclude=decision.entity, anyone=True
            )
        else:  # "he told his coach": the one who spoke to him last
            addressee = last.speaker if answering else None
        turns = last.turns + 1 if last is not None and last.speaker is not decision.entity else 1
        self.turn = _Turn(decision.entity, addressee, f.paragraph, turns)
        return decision

    def _last_speaker(self) -> Entity | None:
        """Who said the most recent speech quote decided so far."""
        for decided in reversed(list(self.decided.values())):
            if decided.kind in ("direct", "partial") and decided.found.parent is None:
                return decided.decision.entity if decided.decision else None
        return None

    def _from_neighbours(
        self, index: int, f: Found, number: int
    ) -> tuple[Decision | None, Span | None]:
        """Conversation, same-paragraph continuation, paragraph continuation, introduction."""
        turn = self.turn
        if (
            turn is not None
            and turn.turns >= 2
            and turn.addressee is not None
            and f.paragraph == turn.paragraph + 1
        ):
            self.turn = _Turn(turn.addressee, turn.speaker, f.paragraph, turn.turns + 1)
            return Decision(turn.addressee, "conversation"), None
        previous = self._previous_speech(index)
        if previous is not None and previous.decision is not None:
            prev_found = previous.found
            if prev_found.paragraph == f.paragraph or (
                prev_found.paragraph == f.paragraph - 1 and self._ends_paragraph(prev_found)
            ):
                rule = "same-paragraph" if prev_found.paragraph == f.paragraph else "continuation"
                d = previous.decision
                return Decision(d.entity, rule, d.cue, d.mention), previous.evidence
        # The two sentences before, within the paragraph before: "Brannagh has
        # no apprentice. That worries him more than his eyesight does."
        for back in (1, 2):
            if number - back < 0:
                break
            before = self.sentences[number - back]
            if before.paragraph < f.paragraph - 1 or any(self._is_speech(i) for i in before.quotes):
                break
            if self.headline and before.paragraph == 0:
                break
            decision = self._introduction(before)
            if decision is not None:
                return decision, before.span
        return self._named_next(number)

    def _named_next(self, number: int) -> tuple[Decision | None, Span | None]:
        """``"Quote." That was Ana Diaz, who ...``: named in the next sentence."""
        if number + 1 >= len(self.sentences):
            return None, None
        start, end = self.sentences[number + 1].span
        lead = _NAMED_AFTER.match(self.text, start, end)
        if lead is None:
            return None, None
        mentions = find_mentions(self.text, lead.end(), end)
        if not mentions or mentions[0].start != lead.end() or mentions[0].kind != "person":
            return None, None
        entity = self.registry.resolve(mentions[0], create=True)
        if entity is None:
            return None, None
        return Decision(entity, "introduction", None, mentions[0].surface), (start, end)

    def _previous_speech(self, index: int) -> _Decided | None:
        for i in range(index - 1, -1, -1):
            decided = self.decided.get(i)
            if decided is None or decided.found.parent is not None:
                continue
            if decided.kind in ("direct", "partial"):
                return decided
        return None

    def _ends_paragraph(self, f: Found) -> bool:
        """The quotation stands in the last sentence of its paragraph."""
        last = self.sentences[self.last_sentence[f.paragraph]]
        return (
            last.span[0] <= f.outer[0] < last.span[1] or last.span[0] < f.outer[1] <= last.span[1]
        )

    def _introduction(self, sentence: _Sentence) -> Decision | None:
        """The person a quote-free sentence introduces, for the quote after it.

        In order: a name the sentence gives ("goes by the name Lupe"), its
        subject (a name, a pronoun, or a description of a person such as
        "one victim"), or the only person it mentions ("For Lupe, ...").
        """
        start, end = sentence.span
        if _NEGATED.search(self.text[start:end]):
            return None
        reported = self.indirect_in.get(sentence.span)
        if reported is not None:  # "Diaz said the plan was late." "Quote."
            return Decision(reported.entity, "introduction", reported.cue, reported.mention)
        mentions = [m for m in find_mentions(self.text, start, end) if m.kind != "place"]
        named = [
            m
            for m in mentions
            if _NAME_INTRO.search(self.text[max(start, m.start - 40) : m.start])
            or (len(m.name) >= 2 and _COPULA.search(self.text[max(start, m.start - 8) : m.start]))
        ]
        if named:
            entity = self.registry.resolve(named[-1], create=True)
            surface = self.text[named[-1].start : named[-1].end]
            return Decision(entity, "introduction", None, surface) if entity else None
        phrase = sentence_subject(self.text, start, end) or subject_after(self.text, start, end)
        entity = None
        if phrase is not None and phrase.kind == "name" and phrase.mention is not None:
            entity = self.registry.resolve(phrase.mention, create=len(phrase.mention.name) >= 2)
        elif phrase is not None and phrase.kind == "pronoun":
            entity = self.ctx.resolve(phrase, start)
        elif phrase is not None and head_noun(phrase.text) in PERSON_NOUNS:
            entity = self.registry.describe(phrase.text)
        people = [m for m in mentions if not m.possessive and m.kind == "person"]
        if entity is None and len(people) == 1:
            phrase = Phrase("name", people[0].start, people[0].end, people[0].surface, people[0])
            entity = self.registry.resolve(people[0], create=len(people[0].name) >= 2)
        if entity is None or phrase is None:
            return None
        return Decision(entity, "introduction", None, phrase.text)

    def _decide_nested(self, index: int, parent: Found) -> None:
        f = self.found[index]
        text = self.text
        lo = max(parent.segments[0][0], f.outer[0] - _ATTRIBUTION_REACH)
        hi = min(parent.segments[-1][1], f.outer[1] + _ATTRIBUTION_REACH)
        content = " ".join(text[a:b] for a, b in f.segments)
        spans = sentence_spans(text, lo, hi, [f.outer])
        s_start, s_end = next(((a, b) for a, b in spans if a <= f.outer[0] < b), (lo, hi))
        before = text[s_start : f.outer[0]]
        opens = not before.strip(" \t—–-([")
        has_cue = bool(cues_in(text, s_start, f.outer[0])) or bool(cues_in(text, f.outer[1], s_end))
        kind = label_kind(content, before, has_cue, opens)
        decision = None
        if kind == "inscription":
            kind = "direct"
        elif kind is None:
            decision = rule_after(self.ctx, f.outer[1], s_end) or rule_before(
                self.ctx, s_start, f.outer[0], direct=False
            )
            kind = speech_kind(content, before, _cue_adjacent(text, s_start, f.outer[0]), opens)
            decision = self._nested_speaker(decision, f.parent)
        if decision is not None and decision.entity is None:
            decision = None
        self.decided[index] = _Decided(f, kind, decision, (s_start, s_end) if decision else None)
        for child in f.children:
            self._decide_nested(child, f)

    def _nested_speaker(
        self, decision: Decision | None, parent_index: int | None
    ) -> Decision | None:
        """Inside a quotation only a name, or "I"/"we" (the speaker), is trusted.

        "he said" inside someone's words refers to a person of their story,
        whom the narration may never name: better unknown than a guess.
        """
        if decision is None or decision.mention is None:
            return None
        if decision.mention.lower() in ("i", "we"):
            outer = self.decided.get(parent_index)
            if outer is None or outer.decision is None:
                return None
            decision.entity = outer.decision.entity
            return decision
        if decision.mention.lower() in PRONOUNS or decision.entity is None:
            return None
        if decision.entity.kind == "described":
            # A newly introduced source ("a recorded voice said") or a person by
            # role ("the vicar said to me") is safe; "it", "they" are not.
            first = decision.mention.split()[0].lower()
            person = first == "the" and head_noun(decision.mention) in PERSON_NOUNS
            return decision if first in ("a", "an", "one") or person else None
        return decision

    def _quotes_within(self, span: Span) -> bool:
        """Whether quoted speech opens inside the span (e.g. within a transcript turn)."""
        k = bisect_left(self.segment_starts, span[0])
        return (
            k < len(self.segment_starts)
            and self.segment_starts[k] < span[1]
            and any(
                self._is_speech(i)
                for i in self._segment_owner[k : bisect_left(self.segment_starts, span[1])]
            )
        )

    def _inside_quote(self, pos: int) -> bool:
        """Whether ``pos`` stands inside quoted words (not a transcript turn)."""
        k = bisect_right(self.segment_starts, pos) - 1
        return k >= 0 and pos < self.segment_reach[k]

    def _sentence_at(self, pos: int, floor: int) -> _Sentence | None:
        k = bisect_right(self.sentence_starts, pos) - 1
        if k >= 0 and pos < self.sentences[k].span[1] and self.sentences[k].span[1] > floor:
            return self.sentences[k]
        return None

    # -- indirect speech ----------------------------------------------------
    def _indirect(self, sentence: _Sentence) -> None:
        """``Ana Diaz said the plan was late`` / ``The plan was late, Diaz said.``"""
        if self.headline and sentence.paragraph == 0:
            return
        start, end = sentence.span
        text = self.text
        near = [
            c
            for c in cues_in(text, start, end)
            if c.start - start <= _ATTRIBUTION_REACH or end - c.end <= _ATTRIBUTION_REACH
        ]
        for cue in near:
            if cue.verb not in _INDIRECT_VERBS or _PASSIVE.search(text[start : cue.start]):
                continue
            trailing = _TRAILING_ATTRIBUTION.match(text, cue.end, end)
            if trailing and text[start : cue.start].count(",") >= 1:
                comma = text.rfind(",", start, cue.start)
                phrase = subject_before(text, comma + 1, cue.start)
                clause = (start, comma)
            else:
                phrase = subject_before(text, start, cue.start)
                if phrase is None or (
                    text[start : phrase.start].strip(" ,")
                    and not _intro_only(text[start : phrase.start], phrase)
                ):
                    continue
                clause = _clause_after(text, cue.end, end)
            if phrase is None or len(text[clause[0] : clause[1]].split()) < _MIN_INDIRECT_WORDS:
                continue
            entity = self.ctx.resolve(phrase, cue.start)
            if entity is None:
                continue
            self.ctx.note(phrase.start, entity, "subject")
            decision = Decision(entity, "indirect", cue.text, phrase.text)
            self.indirect.append((clause, decision, sentence.paragraph, sentence.span))
            self.indirect_in[sentence.span] = decision
            return

    # -- after reading --------------------------------------------------------
    def _merge_described(self) -> None:
        """ "the judge" who turns out to be Judge Caroline Ashby is one speaker.

        Only a definite or possessive description ("the judge", "its
        governor") whose role exactly one named person holds by title.
        """
        for entity in list(self.registry.entities):
            words = entity.name[0].split()
            if entity.kind != "described" or (words[0] not in _DEFINITE and len(words) > 1):
                continue
            head = head_noun(entity.name[0]) or entity.name[0]
            matches = [
                e
                for e in self.registry.entities
                if e.kind == "person" and head in {t.lower() for t in e.title}
            ]
            if len(matches) == 1:
                self._reassign(entity, matches[0])

    def _reassign(self, old: Entity, new: Entity) -> None:
        for decided in self.decided.values():
            if decided.decision is not None and decided.decision.entity is old:
                decided.decision.entity = new
        for _, decision, _, _ in self.indirect:
            if decision.entity is old:
                decision.entity = new

    def _build(self, source: str | None) -> Story:
        text = self.text
        entries: list[tuple[int, Quote, Entity | None]] = []
        for decided in self.decided.values():
            f, d = decided.found, decided.decision
            content = " ".join(text[a:b] for a, b in f.segments)
            quote = Quote(
                id="",
                text=content,
                kind=decided.kind,
                speaker=None,
                paragraph=f.paragraph,  # type: ignore[arg-type]
                start=f.segments[0][0],
                end=f.segments[-1][1],
                segments=list(f.segments),
                cue=d.cue if d else None,
                mention=d.mention if d else None,
                evidence=_evidence(text, decided.evidence),
                confidence=d.confidence if d else 0.0,
                rule=d.rule if d else None,
            )
            entries.append((quote.start, quote, d.entity if d else None))
        for clause, d, paragraph, evidence in self.indirect:
            quote = Quote(
                id="",
                text=text[clause[0] : clause[1]],
                kind="indirect",
                speaker=None,
                paragraph=paragraph,
                start=clause[0],
                end=clause[1],
                segments=[clause],
                cue=d.cue,
                mention=d.mention,
                evidence=_evidence(text, evidence),
                confidence=0.7,
                rule="indirect",
            )
            entries.append((clause[0], quote, d.entity))
        entries.sort(key=lambda e: e[0])
        speakers: dict[int, Speaker] = {}
        used_ids: set[str] = set()
        quotes = []
        for number, (_, quote, entity) in enumerate(entries, start=1):
            quote.id = f"q{number}"
            if entity is not None:
                if entity.index not in speakers:
                    speakers[entity.index] = _speaker(entity, used_ids)
                quote.speaker = speakers[entity.index].id
            quotes.append(quote)
        title = _title(text, self.paragraphs, self.headline, source)
        return Story(
            title=title,
            text=text,
            paragraphs=[text[a:b] for a, b in self.paragraphs],
            paragraph_starts=[a for a, _ in self.paragraphs],
            speakers=list(speakers.values()),
            quotes=quotes,
            source=source,
        )


def _speaker(entity: Entity, used: set[str]) -> Speaker:
    name = entity.display_name
    base = re.sub(r"[^\w]+", "-", name.lower()).strip("-") or "speaker"
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    kind = {"org": "organisation", "described": "described"}.get(entity.kind, "person")
    aliases = sorted(a for a in entity.aliases if a != name)
    return Speaker(slug, name, aliases, entity.description, kind)  # type: ignore[arg-type]


def _title(text: str, paragraphs: list[Span], headline: bool, source: str | None) -> str:
    if headline:
        return text[paragraphs[0][0] : paragraphs[0][1]]
    if source:
        return PurePath(source).stem
    if paragraphs:
        first = text[paragraphs[0][0] : paragraphs[0][1]].split("\n")[0]
        return first[:80]
    return "Untitled story"


def _evidence(text: str, span: Span | None) -> str | None:
    return text[span[0] : span[1]] if span else None


def _lower_first(text: str) -> str:
    words = text.split()
    if words and words[0].lower() in ("a", "an", "the", "its", "his", "her", "their"):
        return words[0].lower() + text[len(words[0]) :]
    return text


def _cue_adjacent(text: str, start: int, quote_start: int) -> str | None:
    """The reporting verb right before the quote (``he said, "..."``, ``told her: "..."``)."""
    cues = cues_in(text, max(start, quote_start - 40), quote_start)
    if not cues or cues[-1].verb in LABEL_VERBS:
        return None  # 'called it "a farce"' quotes a characterisation
    gap = text[cues[-1].end : quote_start]
    near = len(gap.split()) <= 3 and (not gap.strip() or gap.rstrip().endswith((",", ":")))
    return cues[-1].verb if near else None


def _normalised(text: str) -> str:
    """Words only, lower case, each side padded, for whole-word containment."""
    words = re.findall(r"[^\W_]+(?:['’][^\W_]+)?", text.lower().replace("’", "'"))
    return " " + " ".join(words) + " " if words else ""


def _without_quotes(text: str, start: int, end: int, outer: Span) -> str:
    return text[start : outer[0]] + " " + text[outer[1] : end]


def _intro_only(prefix: str, phrase: Phrase) -> bool:
    """An introductory phrase before a subject ("In a statement, "), or a
    role before a name ("Finance minister Olu Baptiste")."""
    if phrase.kind == "name" and re.fullmatch(r"\s*[A-Z]?[a-z-]+(?:\s+[a-z-]+){0,2}\s+", prefix):
        return True
    return bool(re.fullmatch(r"\s*(?:[A-Z][^,]{0,50},\s*|[^.]{0,60}(?:—|–|--)\s*)?", prefix))


def _clause_after(text: str, start: int, end: int) -> Span:
    """The reported clause after a verb: skip "that" and a short object ("told reporters")."""
    match = re.match(
        r"\s*(?:(?:reporters|journalists|him|her|them|us|me)\s+)?(?:that\s+)?", text[start:end]
    )
    s = start + (match.end() if match else 0)
    e = end
    while e > s and text[e - 1] in ".!? ":
        e -= 1
    return s, e

"""Read a story in order, as a person would, and tie each quotation to a speaker.

Reading in order matters: "he said" means the most recent fitting person, a
bare surname the nearest person who has it, "the spokesman" the spokesman
described before. For every sentence the reader first meets the people it
names (``people``), then decides the quotations that open in it (their kind
from ``classify``, their speaker from the sieve of ``attribute`` or, for a
quote that stands alone, from its ``neighbours``), then any ``indirect``
speech. Second thoughts that need the whole story come last (``revise``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from tui.model import Story
from tui.parser.assemble import Decided, Reported, assemble
from tui.parser.attribute import (
    Context,
    Decision,
    rule_according_to,
    rule_after,
    rule_before,
    rule_colon,
    rule_coordinated,
)
from tui.parser.classify import label_kind, speech_kind
from tui.parser.cues import LABEL_VERBS, PRONOUNS
from tui.parser.indirect import find_indirect
from tui.parser.marks import Found, find_quotes, nest
from tui.parser.names import Entity, Mention, Registry, find_mentions
from tui.parser.neighbours import Conversation, introduction, named_next
from tui.parser.nested import nested_speaker, unresolved_pronoun
from tui.parser.people import People
from tui.parser.phrases import DATELINE, Cue, cues_in
from tui.parser.revise import echo_headline, merge_described
from tui.parser.segment import has_headline, paragraph_spans, sentence_spans
from tui.parser.transcript import find_turns, interview_roles, turn_speaker

Span = tuple[int, int]

#: Attribution stands near its quote; a run-on "sentence" of megabytes (a
#: scraped page with no full stops) is read only this far either side.
ATTRIBUTION_REACH = 400
# A live blog's entry heading: "Rebel MP: 'I can't pretend otherwise'".
_HEADING = re.compile(r"[^:\n\"“”‘’]{1,60}:\s*[\"“‘'][^\n]{1,120}[\"”’']\s*")
# A nickname inside a name: Tobias "Jet" Palomares.
_NICKNAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s$")
_NICKNAME_AFTER = re.compile(r"[\"”’']*\s[A-Z][\w'’-]+")
_SPEECH = ("direct", "partial")
_ACCORDING_TO = re.compile(r"according to", re.I)
# "I'm Kwabena," "My name is Ana Diaz": a speaker naming themselves.
_SELF_NAMED = re.compile(
    r"\s*(?:I'm|I’m|I am|My name is|My name's|My name’s)\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\b"
)
# ", Ms. Ugarte," in a question: the one asked.
_VOCATIVE = re.compile(r"(?:^|,\s)(Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][\w'’-]+)\s*[,?.!]")
# A quotation inside a quotation, up to its first closing mark.
_QUOTED_WITHIN = re.compile(r"(?:^|(?<=[\s,:;(]))['‘\"“][^'’\"”]*")
# A quote signed with a dash (or, in a headline, a colon) and a full name.
_SIGNED = re.compile(r"[,.]?\s*(?:—|–|--)\s*")
_SIGNED_COLON = re.compile(r"\s*(?:[:–—]|--?)\s*")


@dataclass
class _Sentence:
    span: Span
    paragraph: int
    quotes: list[int] = field(default_factory=list)


def read(text: str, source: str | None = None) -> Story:
    paragraphs = paragraph_spans(text)
    return _Reader(text, paragraphs, has_headline(text, paragraphs)).story(source)


class _Reader:
    def __init__(self, text: str, paragraphs: list[Span], headline: bool) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.headline = headline
        self.registry = Registry()
        self.ctx = Context(text, self.registry)
        self.people = People(text, self.ctx)
        self.conversation = Conversation(self.ctx)
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
            outer = (turn.label_span[0], turn.content[1])
            found.append(Found([turn.content], turn.paragraph, outer, "turn", label=turn.label))
        self.found = nest(found)
        self.sentences = self._sentences()
        segments = sorted(
            (s, i) for i, f in enumerate(self.found) if f.label is None for s in f.segments
        )
        self.segment_starts = [a for (a, _), _ in segments]
        self.segment_ends = [b for (_, b), _ in segments]
        self.segment_reach = list(accumulate(self.segment_ends, max))
        self.segment_owner = [i for _, i in segments]
        self.decided: dict[int, Decided] = {}
        self.reported: list[Reported] = []
        self.reported_in: dict[Span, Decision] = {}
        #: Who said the last speech quote read so far ("she replied" is not them),
        #: and in which sentence ('"A," she replied, "B."' is one reply).
        self.last_speaker: Entity | None = None
        self.last_speaker_sentence = -1
        #: The person a question just named ("..., Ms. Ugarte, ...?") and where.
        self.questioned: tuple[Entity, int] | None = None
        body_turns = [t.paragraph for t in turns if not (headline and t.paragraph == 0)]
        first_turn = body_turns[0] if body_turns else 0  # "Phone-in: ..." heads the story
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
        first_sentence: dict[int, int] = {}
        self.last_sentence: dict[int, int] = {}
        for index, (start, end) in enumerate(self.paragraphs):
            for span in sentence_spans(self.text, start, end, masked.get(index, [])):
                first_sentence.setdefault(index, len(out))
                self.last_sentence[index] = len(out)
                out.append(_Sentence(span, index))
        self.sentence_starts = [s.span[0] for s in out]
        for i, f in enumerate(self.found):
            if f.parent is not None:
                continue
            if f.label is not None:
                k = first_sentence.get(f.paragraph)
            else:
                k = bisect_right(self.sentence_starts, max(f.outer[0], f.segments[0][0] - 1)) - 1
            if k is not None and k >= 0:
                out[k].quotes.append(i)
        return out

    # -- the reading ------------------------------------------------------
    def story(self, source: str | None) -> Story:
        for number, sentence in enumerate(self.sentences):
            self.ctx.sentence, self.ctx.paragraph = number, sentence.paragraph
            if not (self.headline and sentence.paragraph == 0):  # headline capitals are style
                self.people.meet(
                    *sentence.span, bool(sentence.quotes), self._inside_quote, self._reassign
                )
            for index in sentence.quotes:
                self._decide(index, number)
            speech = bool(sentence.quotes) and any(self._is_speech(i) for i in sentence.quotes)
            if not speech and not self._speech_within(sentence.span):
                self._indirect(sentence)
        merge_described(self.registry, self._reassign)
        headings = {
            k for k, (a, b) in enumerate(self.paragraphs) if _HEADING.fullmatch(self.text, a, b)
        }
        echo_headline(
            self.text, self.decided.values(), headings | ({0} if self.headline else set())
        )
        return assemble(
            self.text,
            self.paragraphs,
            self.headline,
            self.decided.values(),
            self.reported,
            source,
        )

    def _is_speech(self, index: int) -> bool:
        decided = self.decided.get(index)
        return decided is not None and decided.kind in _SPEECH

    # -- deciding one quotation -------------------------------------------
    def _decide(self, index: int, sentence_number: int) -> None:
        f = self.found[index]
        if f.label is not None:
            self._decide_turn(index, f)
        else:
            self._decide_quote(index, f, self.sentences[sentence_number], sentence_number)
        for child in f.children:
            self._decide_nested(child, f)

    def _decide_turn(self, index: int, f: Found) -> None:
        label = f.label or ""
        entity = turn_speaker(
            self.text, label, f.outer[0], f.segments[0], self.registry, self.interview
        )
        decision = Decision(entity, "transcript", None, label) if entity else None
        if entity is not None:
            self.ctx.note(f.outer[0], entity, "speaker")
        self.decided[index] = Decided(f, "direct", decision, (f.outer[0], f.outer[1]))
        self.last_speaker = entity

    def _decide_quote(self, index: int, f: Found, sentence: _Sentence, number: int) -> None:
        text = self.text
        s_start, s_end = sentence.span
        end_sentence = self._sentence_at(f.outer[1] - 1, f.segments[-1][0])
        e_end = end_sentence.span[1] if end_sentence else s_end
        s_start = max(s_start, f.outer[0] - ATTRIBUTION_REACH)
        e_end = min(e_end, f.outer[1] + ATTRIBUTION_REACH)
        content = " ".join(text[a:b] for a, b in f.segments)
        before = text[s_start : f.outer[0]]
        after = text[f.outer[1] : e_end]
        dateline = DATELINE.match(before)
        opens = not before[dateline.end() if dateline else 0 :].strip(" \t—–-([")
        in_headline = self.headline and f.paragraph == 0
        # A headline is telegraphic ("Town votes to 'save' the pier as Berg
        # claims victory"): there a cue counts only right beside the quote.
        c_start, c_end = (f.outer[0] - 18, f.outer[1] + 18) if in_headline else (s_start, e_end)
        has_cue = any(
            not (f.outer[0] <= c.start < f.outer[1]) and not self._cue_taken(c, f, sentence)
            for c in cues_in(text, max(s_start, c_start), min(e_end, c_end))
        ) or bool(_ACCORDING_TO.search(before + " " + after))
        kind = label_kind(content, before, has_cue, opens and not in_headline, after)
        if (
            _NICKNAME_AFTER.match(after)  # anchored: cheaper than the search before
            and _NICKNAME_BEFORE.search(before)
            and len(content.split()) <= 3
        ):
            kind = "name"  # Tobias "Jet" Palomares
        if kind is not None:
            if kind == "name":
                self.people.introduce_name(f, s_start, e_end)
            kind = "direct" if kind == "inscription" else kind
            self.decided[index] = Decided(f, kind, None, None)
            return
        direct_shape = content[:1].isupper() or content[:1] in "[(\"“‘'"
        evidence: Span | None = (s_start, e_end)
        signed = self._signed(f, e_end, colon=in_headline) if in_headline or opens else None
        decision = signed or (
            rule_after(self.ctx, f.outer[1], e_end, headline=in_headline)
            or rule_according_to(self.ctx, f.outer[1], e_end)
            or rule_before(self.ctx, s_start, f.outer[0], direct=direct_shape and not opens)
            or rule_colon(self.ctx, s_start, f.outer[0])
            or rule_coordinated(self.ctx, s_start, f.outer, e_end)
        )
        quote_only = opens and not after.strip(" \t.,;:!?\"”’'")
        if decision is not None and decision.entity is None:
            decision = None  # "I said" in narration: the writer, not a source
        if decision is not None:
            decision = self._answering(decision, f.paragraph)
            decision = self.conversation.answer(
                decision,
                f.paragraph,
                f.outer[0],
                after,
                self.last_speaker if self.last_speaker_sentence != number else None,
            )
            decision = self._not_named_within(decision, content, f.outer[1])
        elif quote_only and not in_headline:
            decision, evidence = self._from_neighbours(index, f, number)
        if decision is not None and decision.entity is not None:
            self.ctx.note(f.outer[0], decision.entity, "speaker")
        kind = speech_kind(
            content, before, _cue_adjacent(text, s_start, f.outer[0]), opens or len(f.segments) > 1
        )
        self.decided[index] = Decided(f, kind, decision, evidence if decision else None)
        self.last_speaker = decision.entity if decision else None
        self.last_speaker_sentence = number
        self.questioned = self._questioned(content, f)

    def _cue_taken(self, cue: Cue, f: Found, sentence: _Sentence) -> bool:
        """Another quote, then a new phrase, between the cue and this quote: in
        'what he calls "fibreglass coffins", or hulls "upcycled" into planters',
        "calls" is the first quote's (but not in 'called it "a", "b" and "c"',
        nor in 'said it was "late" and that it would "look closely"')."""
        lo, hi = min(cue.end, f.outer[1]), max(cue.start, f.outer[0])
        for i in sentence.quotes:
            a, b = self.found[i].outer
            if lo <= a < b <= hi:
                gap = self.text[b:hi] if cue.start < f.outer[0] else self.text[lo:a]
                if "," in gap and len(gap.split()) >= 2:
                    return True
        return False

    def _not_named_within(self, decision: Decision, content: str, at: int) -> Decision | None:
        """'"... nobody crosses after Barry," he said': he is not Barry.

        A speaker rarely names themselves in their own words, so a pronoun
        that resolved to someone the quotation names looks further back.
        """
        pronoun = (decision.mention or "").lower()
        entity = decision.entity
        if pronoun not in ("he", "she") or entity is None or entity.kind != "person":
            return decision
        # A name in a quotation inside it is what others said, often to the
        # speaker: "They say, 'Jovita, I'm sorry'," she said.
        words = set(re.findall(r"[A-Z][\w'’-]+", _QUOTED_WITHIN.sub(" ", content)))
        if not words & {w for w in entity.name if len(w) > 2}:
            return decision
        decision.entity = self.ctx.resolve_pronoun(pronoun, at, exclude=(entity,))
        return decision if decision.entity is not None else None

    def _signed(self, f: Found, end: int, colon: bool) -> Decision | None:
        """``"The plan is dead" — Mara Quill, union leader`` and, in a headline,
        ``"I wrote it for her": Ana Diaz on her novel``: a full name right after."""
        match = (_SIGNED_COLON if colon else _SIGNED).match(self.text, f.outer[1], end)
        if not match:
            return None
        start = match.end()
        mentions = find_mentions(self.text, start, end)
        if not mentions or mentions[0].start != start or len(mentions[0].name) < 2:
            return None
        entity = self.registry.resolve(mentions[0], create=True)
        surface = self.text[mentions[0].start : mentions[0].end]
        return Decision(entity, "after", match.group().strip(), surface) if entity else None

    def _from_neighbours(
        self, index: int, f: Found, number: int
    ) -> tuple[Decision | None, Span | None]:
        """Conversation, naming after, same-paragraph continuation, paragraph
        continuation, introduction before."""
        turn = self.conversation.next_turn(f.paragraph)
        if turn is not None:
            return turn, None
        if number + 1 < len(self.sentences):
            # "That was Gunnhild Ravnaas, 61": named outright, whoever spoke before.
            after = self.sentences[number + 1].span
            named = named_next(self.ctx, *after, past_only=True)
            if named is not None:
                return named, after
        previous = self._previous_speech(index)
        if previous is not None and previous.decision is not None:
            prev_found = previous.found
            if prev_found.paragraph == f.paragraph or (
                prev_found.paragraph == f.paragraph - 1 and self._ends_paragraph(prev_found)
            ):
                rule = "same-paragraph" if prev_found.paragraph == f.paragraph else "continuation"
                if (
                    rule == "continuation"
                    and number
                    and self.sentences[number - 1].paragraph == f.paragraph
                ):
                    # "Albright was unmoved. "We will see."": the narration
                    # before the quote, in its own paragraph, names its speaker.
                    introduced = self._introduced(number, f, f.paragraph)
                    if introduced[0] is not None:
                        return introduced
                d = previous.decision
                return Decision(d.entity, rule, d.cue, d.mention), previous.evidence
        introduced = self._introduced(number, f, f.paragraph - 1)
        if introduced[0] is not None:
            return introduced
        if number + 1 < len(self.sentences):
            after = self.sentences[number + 1].span
            named = named_next(self.ctx, *after)
            if named is not None:
                return named, after
        return None, None

    def _introduced(
        self, number: int, f: Found, first_paragraph: int
    ) -> tuple[Decision | None, Span | None]:
        """The two sentences before, back to ``first_paragraph``: "Brannagh has
        no apprentice. That worries him more than his eyesight does." """
        for back in (1, 2):
            if number - back < 0:
                break
            before = self.sentences[number - back]
            if before.paragraph < first_paragraph or any(self._is_speech(i) for i in before.quotes):
                break
            if self.headline and before.paragraph == 0:
                break
            decision = introduction(self.ctx, *before.span, self.reported_in.get(before.span))
            if decision is not None:
                return decision, before.span
        return None, None

    def _previous_speech(self, index: int) -> Decided | None:
        for i in range(index - 1, -1, -1):
            decided = self.decided.get(i)
            if decided is None or decided.found.parent is not None:
                continue
            if decided.kind in _SPEECH:
                return decided
        return None

    def _ends_paragraph(self, f: Found) -> bool:
        """The quotation stands in the last sentence of its paragraph."""
        last = self.sentences[self.last_sentence[f.paragraph]]
        return (
            last.span[0] <= f.outer[0] < last.span[1] or last.span[0] < f.outer[1] <= last.span[1]
        )

    def _questioned(self, content: str, f: Found) -> tuple[Entity, int] | None:
        """Whom a question names as it asks: '"You were fired, Ms. Ugarte, and
        ...?" Hollanek asked.' The next "she said" is likely her answer."""
        if not content.rstrip(" \"”’'").endswith("?"):
            return None
        named = _VOCATIVE.search(content)
        if named is None:
            return None
        title, surname = named.group(1), named.group(2)
        mention = Mention(f.outer[0], f.outer[0], (surname,), (title.rstrip("."),))
        entity = self.registry.lookup(mention)
        return (entity, f.paragraph) if entity is not None else None

    def _answering(self, decision: Decision, paragraph: int) -> Decision:
        """'"...?" Hollanek asked.' then '"...," she said.': the one asked answers."""
        asked, self.questioned = self.questioned, None
        pronoun = (decision.mention or "").lower()
        if asked is None or pronoun not in ("he", "she") or paragraph - asked[1] > 1:
            return decision
        person, guess = asked[0], decision.entity
        if person is not guess and person.likely_gender in (None, PRONOUNS[pronoun]):
            if guess is not None and self.ctx.learned is guess:
                guess.gender = None  # the first guess's "she" taught a sex it had no right to
            decision.entity = person
        return decision

    def _introduced_self(self, decision: Decision | None, f: Found) -> Decision | None:
        """'a man ... saying, "I'm Kwabena, I've got soup."': the unnamed man
        named himself, so the quote is Kwabena's."""
        if decision is None or decision.entity is None or decision.entity.kind != "described":
            return decision
        own = _SELF_NAMED.match(self.text, f.segments[0][0], f.segments[0][1])
        if own is None:
            return decision
        name = tuple(own.group(1).split())
        mention = Mention(own.start(1), own.end(1), name)
        entity = self.registry.resolve(mention, create=True)
        if entity is not None:
            decision.entity = entity
        return decision

    def _decide_nested(self, index: int, parent: Found) -> None:
        f = self.found[index]
        text = self.text
        lo = max(parent.segments[0][0], f.outer[0] - ATTRIBUTION_REACH)
        hi = min(parent.segments[-1][1], f.outer[1] + ATTRIBUTION_REACH)
        content = " ".join(text[a:b] for a, b in f.segments)
        spans = sentence_spans(text, lo, hi, [f.outer])
        s_start, s_end = next(((a, b) for a, b in spans if a <= f.outer[0] < b), (lo, hi))
        before = text[s_start : f.outer[0]]
        opens = not before.strip(" \t—–-([")
        has_cue = bool(cues_in(text, s_start, f.outer[0])) or bool(cues_in(text, f.outer[1], s_end))
        kind = label_kind(content, before, has_cue, opens, text[f.outer[1] : s_end])
        decision = None
        if kind == "inscription":
            kind = "direct"
        elif kind is None:
            adjacent = _cue_adjacent(text, s_start, f.outer[0])
            after = rule_after(self.ctx, f.outer[1], s_end)
            before_rule = rule_before(self.ctx, s_start, f.outer[0], direct=False)
            # 'My publisher asked me, "..." I said no': the cue beside the quote wins.
            decision = (before_rule or after) if adjacent else (after or before_rule)
            if decision is None and adjacent:
                decision = unresolved_pronoun(self.ctx, s_start, f.outer[0])
            kind = speech_kind(content, before, adjacent, opens)
            outer = self.decided.get(f.parent) if f.parent is not None else None
            speaker = outer.decision.entity if outer and outer.decision else None
            decision = nested_speaker(self.ctx, decision, parent, f.outer[0], speaker)
            decision = self._introduced_self(decision, f)
        if decision is not None and decision.entity is None:
            decision = None
        self.decided[index] = Decided(f, kind, decision, (s_start, s_end) if decision else None)
        for child in f.children:
            self._decide_nested(child, f)

    # -- indirect speech ----------------------------------------------------
    def _indirect(self, sentence: _Sentence) -> None:
        """``Ana Diaz said the plan was late`` / ``The plan was late, Diaz said.``"""
        if self.headline and sentence.paragraph == 0:
            return
        found = find_indirect(self.text, *sentence.span)
        if found is None:
            return
        clause, phrase, cue = found
        fitted = self._fit_clause(clause, sentence.span[1])
        if fitted is None:
            return  # words inside a quotation are that quotation's, not reported speech
        clause = fitted
        entity = self.ctx.resolve(phrase, cue.start)
        if entity is None:
            return
        self.ctx.note(phrase.start, entity, "subject")
        decision = Decision(entity, "indirect", cue.text, phrase.text)
        self.reported.append(Reported(clause, decision, sentence.paragraph, sentence.span))
        self.reported_in[sentence.span] = decision

    # -- where things are ---------------------------------------------------
    def _speech_within(self, span: Span) -> bool:
        """Whether quoted speech opens inside the span (e.g. within a transcript turn)."""
        k = bisect_left(self.segment_starts, span[0])
        stop = bisect_left(self.segment_starts, span[1])
        return any(self._is_speech(i) for i in self.segment_owner[k:stop])

    def _fit_clause(self, span: Span, limit: int) -> Span | None:
        """A reported clause that never cuts a quotation (not a transcript turn).

        None when it starts inside quoted words (they are that quotation's);
        a quotation it ends inside (`code-named "Operation Saltmarsh," a
        spokeswoman said`) is taken in whole, up to ``limit``.
        """
        first = bisect_left(self.segment_starts, span[0])
        if first > 0 and self.segment_reach[first - 1] > span[0]:
            return None
        end = span[1]
        for k in range(first, bisect_left(self.segment_starts, span[1])):
            if self.segment_ends[k] > end:
                end = self.found[self.segment_owner[k]].outer[1]
        return (span[0], end) if end <= limit else None

    def _inside_quote(self, pos: int) -> bool:
        """Whether ``pos`` stands inside quoted words (not a transcript turn)."""
        k = bisect_right(self.segment_starts, pos) - 1
        return k >= 0 and pos < self.segment_reach[k]

    def _sentence_at(self, pos: int, floor: int) -> _Sentence | None:
        k = bisect_right(self.sentence_starts, pos) - 1
        if k >= 0 and pos < self.sentences[k].span[1] and self.sentences[k].span[1] > floor:
            return self.sentences[k]
        return None

    def _reassign(self, old: Entity, new: Entity) -> None:
        """What a described person said is the named person's, once named."""
        for decided in self.decided.values():
            if decided.decision is not None and decided.decision.entity is old:
                decided.decision.entity = new
        for item in self.reported:
            if item.decision.entity is old:
                item.decision.entity = new


def _cue_adjacent(text: str, start: int, quote_start: int) -> str | None:
    """The reporting verb right before the quote (``he said, "..."``, ``told her: "..."``)."""
    cues = cues_in(text, max(start, quote_start - 40), quote_start)
    if not cues or cues[-1].verb in LABEL_VERBS:
        return None  # 'called it "a farce"' quotes a characterisation
    gap = text[cues[-1].end : quote_start]
    near = len(gap.split()) <= 3 and (not gap.strip() or gap.rstrip().endswith((",", ":")))
    return cues[-1].verb if near else None

"""What a quoted span is: speech, a fragment of speech, or a term nobody said.

Decided from the span itself (length, capitals) and the words just before it
("so-called", "the book", "known as") together with whether a reporting cue
stands in its sentence. A short quoted term in narration with no cue is a
scare quote or a name, never speech: giving it a speaker would put words in
someone's mouth.
"""

from __future__ import annotations

import re

from tui.parser.cues import NAME_FILLER

_WORKS = (
    r"(book|novel|memoir|biography|autobiography|film|movie|documentary|series|show|"
    r"programme|program|podcast|album|song|single|record|play|musical|opera|poem|collection|"
    r"exhibition|painting|report|study|paper|article|column|essay|titled|entitled|"
    r"operation|campaign|initiative|project|strategy|plan|scheme|law|bill|act|policy|"
    r"motto|slogan|anthem|hymn|game|app|brand|chapter|episode|track|verse|scene|guide|"
    r"handbook|manual|ranking)s?"
)
# The work noun before the title ("her novel "The Salt Year"") or after it
# ("the bank's "Quarterly Outlook" report").
_WORK_NOUNS = re.compile(r"\b" + _WORKS + r"\W*$", re.IGNORECASE)
_WORK_AFTER = re.compile(
    r"^[\W]*(?:" + _WORKS + r"\b|(?:written|directed|produced|published|composed|edited)\s+by\b)",
    re.IGNORECASE,
)
# 'a report released last month by the planning department, "Room to Grow,"':
# a title in commas after its work noun.
_WORK_IN_APPOSITION = re.compile(r"\b" + _WORKS + r"\b[^.;:\"“”]{0,80},\s*$", re.IGNORECASE)
_NAME_CONTEXT = re.compile(
    r"\b(known(?: (?:to|on|in|among|around|by) [\w\s]{1,60}?)? as|"
    r"goes by|go by|went by|nicknamed|nickname|dubbed|"
    r"nom[- ]de[- ]guerre|call(?:s|ed)? themselves|"
    r"(?:everyone|everybody|people|fans|friends|colleagues|locals)\b[\w\s]{0,30}?\bcall(?:s|ed)?|"
    r"identified (?:himself|herself|themselves) (?:only )?as|introduced (?:himself|herself) as|"
    r"alias|a\.k\.a\.?|aka|named|called by|the name|username|handle|call sign"
    r")" + NAME_FILLER + r"\W*$",
    re.IGNORECASE,
)
# "staff have taken to calling the corridor": what follows is its name.
_TAKEN_TO_CALLING = re.compile(
    r"\b(?:(?:taken|took|come|came) to call(?:ing)?|(?:started|began) calling)\b"
    r"[\w\s'’-]{0,60}?\W*$",
    re.IGNORECASE,
)
_TITLED = re.compile(r"\b(?:titled|entitled|headlined)\W*$", re.IGNORECASE)
_CALLS_IT = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:it|the\s+[a-z]+)\W*$", re.IGNORECASE)
# "calls me", "called him": what follows names a person.
_CALLS_PERSON = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:me|him|her|us|them)\W*$", re.IGNORECASE)
# '"the bat lady", and the name has followed me', '"the Bucket", a name that goes
# back to ...': what it was is said after.
_NAME_AFTER = re.compile(r"\W*(?:and\s+)?(?:the|a)\s+(?:nick)?name\b", re.IGNORECASE)
# Words written on something: no speaker, however sentence-like.
_INSCRIPTION_CONTEXT = re.compile(
    r"\b(?:sign|signs|label|labels|banner|banners|placard|placards|poster|posters|plaque|"
    r"note|notes|notice|notices|caption|inscription|slogan|t-shirt|shirt|sticker|graffiti|"
    r"board|screen|card|letterhead|headstone|message)\b[^.;:]{0,150}?\b"
    r"(?:reads?|reading|bearing|bore|declaring|with the words|saying|says|put it)"
    r"(?:\s+(?:in full|simply|only))?\W*$"
    r"|\b(?:painted|stamped|engraved|inscribed|carved|scrawled|labell?ed)"
    r"\s+(?:on\s+it\s+)?(?:with\s+)?(?:the\s+words?\s*)?\W*$"
    # "printed on it", "written with the words"; but "the plan had been written "for ...""
    r"|\b(?:printed|written)\s+(?:on\s+(?:it|the\s+\w+)\s*|(?:with\s+)?the\s+words?\s*)\W*$"
)
# "so-called", "the third such": the writer keeps the word at arm's length.
_SCARE_CONTEXT = re.compile(
    r"\b(so-called|so called|supposed|self-styled|(?:this|that|another|the\s+\w+)\s+such|"
    r"claim(?:s|ed|ing)?\s+to\s+be\s+(?:[\w'’-]+\s+){0,2})\W*$",  # "claiming to be his "agent""
    re.IGNORECASE,
)
_SHORT_WORDS = 3
_WORDS = re.compile(r"[^\W_][\w'’-]*")
# "a role in "The Long Field"", "told CBS's "Face the Nation"", "appeared on "Night Desk"".
_TITLE_AFTER = re.compile(
    r"\b(?:in|of|from|on|called|named|titled|entitled)\W*$|\b[A-Z][\w.&-]*['’]s?\W*$"
)
_END_PUNCTUATION = re.compile(r"[.!?,]$")


_SAYING = frozenset(
    """say says said saying tell tells told ask asks asked add adds added reply replies
    replied answer answers answered shout shouts shouted whisper whispers whispered
    write writes wrote explain explains explained""".split()
)


# The last run of word characters, read backwards: the same as searching for r"(\w+)\W*$".
_LAST_WORD_REVERSED = re.compile(r"\W*(\w+)")


def _ends_with_work(tail: str) -> bool:
    """``_WORK_NOUNS.search(tail)``, matched where it can only start.

    The work noun opens at a word boundary and only non-word characters
    follow it, so it is the text's last run of word characters: one match
    there instead of the whole alternation tried at every offset.
    """
    last = _LAST_WORD_REVERSED.match(tail[::-1])
    return last is not None and _WORK_NOUNS.match(tail, len(tail) - last.end()) is not None


def words_of(text: str) -> list[str]:
    return _WORDS.findall(text)


def is_title_case(text: str) -> bool:
    """Most words capitalised, as in a title ("The Salt Year", "Grid 2030")."""
    words = [w for w in words_of(text) if (len(w) > 3 or w[0].isupper()) and not w[0].isdigit()]
    if not words or not words[0][0].isupper():
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.75


def label_kind(
    content: str, before: str, has_cue: bool, opens_sentence: bool, after: str = ""
) -> str | None:
    """``title``, ``name``, ``scare`` or ``inscription`` for words nobody said, else None.

    An inscription (a sign that reads "...") is reported as a ``direct`` quote
    with no speaker: words, but nobody's speech.

    ``before`` is the sentence text up to the opening mark, ``has_cue`` says
    whether a reporting cue stands anywhere in the sentence.
    """
    words = words_of(content)
    tail = before[-60:]
    if _INSCRIPTION_CONTEXT.search(before[-180:]):
        return "inscription"
    if _SCARE_CONTEXT.search(tail):
        return "scare"
    work = (
        _ends_with_work(tail)
        or _WORK_AFTER.match(after[:30])
        or (
            (after[:1] == "," or content.rstrip().endswith(","))
            # The pattern ends in a comma: only then is its slow search worth running.
            and before[-120:].rstrip().endswith(",")
            and _WORK_IN_APPOSITION.search(before[-120:])
        )
    )
    if (work and is_title_case(content)) or content.startswith("Operation "):
        return "title"
    if _TITLED.search(tail):
        return "title"  # 'The memo, titled "A harder year, and what comes next,"
    if _NAME_CONTEXT.search(before[-100:]):  # "known to every fan in the ground as"
        named = [w for w in words if w.lower() != "the"]
        if 0 < len(named) <= _SHORT_WORDS and named[0][0].isupper():
            return "name"
    the_name = bool(words) and words[0].lower() == "the" and len(words) <= _SHORT_WORDS + 1
    calls = _CALLS_PERSON.search(tail) or _TAKEN_TO_CALLING.search(tail)
    if the_name and len(words) > 1 and words[1][0].isupper() and _CALLS_IT.search(tail):
        return "name"  # 'We call it "the Duchess"'; but 'called it "the worst idea"' labels
    if the_name and (calls or _NAME_AFTER.match(after[:40])):
        return "name"  # 'My daughter calls me "the bat lady"'
    if _TITLE_AFTER.search(tail) and (
        is_title_case(content) and len(words) >= 2 and not _END_PUNCTUATION.search(content.strip())
    ):
        return "title"
    introduced = before.rstrip().endswith(":")  # "Albright's reply: "No.""
    if len(words) <= _SHORT_WORDS and not has_cue and not opens_sentence and not introduced:
        return "scare"
    return None


def speech_kind(content: str, before: str, cue: str | None, opens_sentence: bool) -> str:
    """``direct`` for whole sentences or words introduced by a cue, else ``partial``.

    ``cue`` is the reporting verb right before the quote, if any: after
    "said," even a lower-case clause is direct speech, while "promised"
    or "warned" followed by a lower-case phrase quotes a fragment.
    """
    starts_upper = content[:1].isupper() or content[:1] in "[(“‘\"'"
    if opens_sentence or (cue is not None and (starts_upper or cue in _SAYING)):
        return "direct"
    if before.rstrip().endswith(":") and starts_upper:
        return "direct"
    return "partial"

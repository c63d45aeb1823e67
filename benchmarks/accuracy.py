"""Accuracy of quote extraction and speaker attribution against gold files.

Usage::

    python benchmarks/accuracy.py [--corpus fixtures|devset|all] [--verbose] [--json]
    python benchmarks/accuracy.py --update-floor [--force]

Each corpus is a folder of ``NN.txt`` stories with ``NN.json`` gold files (the
format is described in ``../shared/devset/README.md``). Every story is parsed
with ``tui.parser.parse`` and its quotes are matched one-to-one, in story
order, to the gold entries:

* exact: the texts are equal after collapsing whitespace and stripping
  surrounding quote marks;
* near: for what is left, one text contains the other or they share a long
  common run (trailing punctuation, a stray space, a mark kept inside).

Predicted ``indirect`` quotes are left out: gold never annotates indirect
speech. ``evaluate(corpus_dir)`` returns a :class:`Report`; the ratchet test
(``tests/test_accuracy.py``) uses the same function, so the figures printed
here are the figures the test checks.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from tui.model import Speaker, Story  # noqa: E402

CORPORA: dict[str, Path] = {
    "fixtures": ROOT / "tests" / "fixtures" / "stories",
    "devset": (ROOT / ".." / "shared" / "devset").resolve(),
}
FLOOR_PATH = ROOT / "tests" / "accuracy_floor.json"

#: Figures the ratchet keeps: F1s may only rise, the count may only fall.
FLOOR_MIN_KEYS = ("attributed_f1", "extraction_f1")
FLOOR_MAX_KEYS = ("scare_with_speaker",)

NON_SPEECH = frozenset({"scare", "title", "name"})
QUOTE_MARKS = "\"'“”‘’«»„‚‹›‟‛`"
#: A near match needs this much of the longer text in one common run.
NEAR_RATIO = 0.8
#: A prediction this close to where a gold entry's text starts is that entry.
POSITION_SLACK = 3
TITLES = frozenset("mr mrs ms miss mx dr prof professor sir dame lord lady rev revd fr".split())


# --------------------------------------------------------------------------- text


def norm_text(text: str) -> str:
    """Collapse whitespace, strip it and any surrounding quote marks."""
    text = " ".join(text.split())
    return text.strip(QUOTE_MARKS + " ")


def _loose(text: str) -> str:
    """``norm_text`` without edge punctuation: ``"pay cut,"`` == ``"pay cut"``."""
    return norm_text(text).strip(QUOTE_MARKS + " .,;:!?…—–-[]()")


def near_score(gold: str, pred: str) -> float:
    """0..1: how nearly two normalised texts are the same quote."""
    a, b = _loose(gold), _loose(pred)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    longer = max(len(a), len(b))
    if a in b or b in a:
        return min(len(a), len(b)) / longer
    m = SequenceMatcher(None, a, b, autojunk=False)
    match = m.find_longest_match(0, len(a), 0, len(b))
    return match.size / longer


# ------------------------------------------------------------------------ speakers


def norm_name(name: str | None) -> str:
    """Lower-case, no surrounding punctuation, no leading "the"/"a"/"an"."""
    if not name:
        return ""
    name = " ".join(name.split()).lower().strip(QUOTE_MARKS + " .,;:!?()[]—–-")
    name = re.sub(r"^(?:the|a|an)\s+", "", name)
    return name.strip()


def _without_title(name: str) -> tuple[bool, str]:
    words = name.split(" ")
    if len(words) > 1 and words[0].rstrip(".") in TITLES:
        return True, " ".join(words[1:])
    return False, name


def speaker_matches(gold: str | None, speaker: Speaker | None) -> bool:
    """Whether the predicted speaker is the gold one (strict).

    Equal, ignoring case, a leading article and surrounding punctuation, to the
    speaker's name, one of its aliases, or its description for a described
    speaker. The one allowance: gold title + surname (``Mr Pell``) against a
    name equal to it once titles are dropped (``Pell``, ``Mr. Pell``).
    """
    if gold is None or speaker is None:
        return gold is None and speaker is None
    target = norm_name(gold)
    forms = [norm_name(speaker.name), *(norm_name(a) for a in speaker.aliases)]
    if speaker.kind == "described" and speaker.description:
        forms.append(norm_name(speaker.description))
    forms = [f for f in forms if f]
    if target in forms:
        return True
    titled, bare = _without_title(target)
    return titled and any(_without_title(f)[1] == bare for f in forms)


def speaker_label(speaker: Speaker | None, speaker_id: str | None) -> str | None:
    if speaker_id is None:
        return None
    if speaker is None:
        return f"<missing id {speaker_id}>"
    return speaker.name


# ------------------------------------------------------------------------- figures


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1; an empty side counts as perfect."""
    p = tp / predicted if predicted else (1.0 if not gold else 0.0)
    r = tp / gold if gold else (1.0 if not predicted else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Counts:
    """Enough to give extraction and attributed P/R/F1 for any slice."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    attributed: int = 0  # matched and tied to the right speaker

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.attributed += other.attributed

    @property
    def extraction(self) -> tuple[float, float, float]:
        return prf(self.matched, self.predicted, self.gold)

    @property
    def attributed_prf(self) -> tuple[float, float, float]:
        return prf(self.attributed, self.predicted, self.gold)

    @property
    def attributed_f1(self) -> float:
        return self.attributed_prf[2]


@dataclass
class RuleStats:
    quotes: int = 0  # non-indirect quotes this sieve step decided
    matched: int = 0  # of those, matched to a gold entry
    right: int = 0  # of those, with the right speaker
    wrong_named: int = 0  # of those, given a named speaker who is the wrong one


@dataclass
class StoryResult:
    name: str
    style: str
    patterns: list[str]
    counts: Counts = field(default_factory=Counts)
    near: int = 0
    kind_right: int = 0
    indirect: int = 0
    scare_with_speaker: int = 0  # gold scare/title/name matched to a quote with a speaker
    pred_nonspeech_with_speaker: int = 0  # predicted scare/title/name with a speaker
    wrong_speaker: int = 0  # gold direct/partial given a wrong (named) speaker
    unknown_speaker: int = 0  # gold direct/partial with a speaker, left unknown
    crash: str | None = None
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    wrong_speakers: list[dict[str, Any]] = field(default_factory=list)
    wrong_kinds: list[dict[str, Any]] = field(default_factory=list)

    @property
    def error_count(self) -> int:
        return (
            len(self.missed)
            + len(self.spurious)
            + len(self.wrong_speakers)
            + len(self.wrong_kinds)
            + (1 if self.crash else 0)
        )


@dataclass
class Report:
    corpus: str
    path: str
    stories: list[StoryResult] = field(default_factory=list)
    totals: Counts = field(default_factory=Counts)
    near: int = 0
    kind_right: int = 0
    indirect: int = 0
    scare_with_speaker: int = 0
    pred_nonspeech_with_speaker: int = 0
    wrong_speaker: int = 0
    unknown_speaker: int = 0
    crashes: int = 0
    per_pattern: dict[str, Counts] = field(default_factory=dict)
    per_style: dict[str, Counts] = field(default_factory=dict)
    per_rule: dict[str, RuleStats] = field(default_factory=dict)

    # headline figures ------------------------------------------------------
    @property
    def extraction_precision(self) -> float:
        return self.totals.extraction[0]

    @property
    def extraction_recall(self) -> float:
        return self.totals.extraction[1]

    @property
    def extraction_f1(self) -> float:
        return self.totals.extraction[2]

    @property
    def attributed_precision(self) -> float:
        return self.totals.attributed_prf[0]

    @property
    def attributed_recall(self) -> float:
        return self.totals.attributed_prf[1]

    @property
    def attributed_f1(self) -> float:
        return self.totals.attributed_prf[2]

    @property
    def kind_accuracy(self) -> float:
        m = self.totals.matched
        return self.kind_right / m if m else 0.0

    @property
    def speaker_accuracy(self) -> float:
        """Right speaker (None == null included) among matched quotes."""
        m = self.totals.matched
        return self.totals.attributed / m if m else 0.0

    def figures(self) -> dict[str, Any]:
        """The headline numbers, as the floor file and ``--json`` keep them."""
        return {
            "stories": len(self.stories),
            "gold": self.totals.gold,
            "predicted": self.totals.predicted,
            "matched": self.totals.matched,
            "near_matched": self.near,
            "extraction_precision": self.extraction_precision,
            "extraction_recall": self.extraction_recall,
            "extraction_f1": self.extraction_f1,
            "kind_accuracy": self.kind_accuracy,
            "speaker_accuracy": self.speaker_accuracy,
            "attributed_precision": self.attributed_precision,
            "attributed_recall": self.attributed_recall,
            "attributed_f1": self.attributed_f1,
            "scare_with_speaker": self.scare_with_speaker,
            "predicted_nonspeech_with_speaker": self.pred_nonspeech_with_speaker,
            "wrong_speaker": self.wrong_speaker,
            "unknown_speaker": self.unknown_speaker,
            "indirect_predicted": self.indirect,
            "crashes": self.crashes,
        }

    def worst(self, n: int = 5) -> list[StoryResult]:
        """Stories with the lowest attributed F1 (then the most errors)."""
        ranked = sorted(
            self.stories, key=lambda s: (s.counts.attributed_f1, -s.error_count, s.name)
        )
        return [s for s in ranked if s.error_count][:n]

    def to_dict(self) -> dict[str, Any]:
        out = {"corpus": self.corpus, "path": self.path, **self.figures()}
        out["per_pattern"] = {k: _counts_dict(c) for k, c in sorted(self.per_pattern.items())}
        out["per_style"] = {k: _counts_dict(c) for k, c in sorted(self.per_style.items())}
        out["per_rule"] = {k: asdict(v) for k, v in sorted(self.per_rule.items())}
        out["stories"] = [
            {
                "name": s.name,
                "style": s.style,
                **_counts_dict(s.counts),
                "crash": s.crash,
                "missed": s.missed,
                "spurious": s.spurious,
                "wrong_speaker": s.wrong_speakers,
                "wrong_kind": s.wrong_kinds,
            }
            for s in self.stories
        ]
        return out


def _counts_dict(c: Counts) -> dict[str, Any]:
    return {**asdict(c), "extraction_f1": c.extraction[2], "attributed_f1": c.attributed_f1}


# ------------------------------------------------------------------------ matching


def _gold_positions(text: str, entries: list[dict[str, Any]]) -> list[int | None]:
    """Where each gold entry starts in the story (None when it cannot be found).

    Entries are in story order, so each is looked for after the last one found;
    a multi-paragraph entry's single spaces may stand for a paragraph break and
    a reopening mark, as in the devset checker.
    """
    out: list[int | None] = []
    cursor = 0
    for entry in entries:
        parts = [re.escape(p) for p in entry.get("text", "").split(" ")]
        gap = r"\s+(?:[" + re.escape(QUOTE_MARKS) + r"]\s*)?"
        rx = re.compile(gap.join(parts))
        m = rx.search(text, cursor) or rx.search(text)
        if m and entry.get("text"):
            out.append(m.start())
            cursor = m.start() + 1
        else:
            out.append(None)
    return out


def match_quotes(
    gold: list[dict[str, Any]],
    gold_pos: list[int | None],
    preds: list[Any],
) -> tuple[dict[int, int], set[int]]:
    """One-to-one matching, greedy in story order, in three passes.

    1. equal normalised text starting where the gold entry's text starts;
    2. equal normalised text anywhere (the nearest wins);
    3. near: the best ``near_score`` of at least ``NEAR_RATIO``.

    Returns ``{gold index: pred index}`` and the gold indices matched by 3.
    """
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    near: set[int] = set()
    g_norm = [norm_text(g.get("text", "")) for g in gold]
    p_norm = [norm_text(p.text) for p in preds]

    def distance(gi: int, pi: int) -> int:
        pos = gold_pos[gi]
        return abs(preds[pi].start - pos) if pos is not None else pi

    # exact text at (nearly) the gold entry's place, then exact text anywhere
    for window in (POSITION_SLACK, None):
        for gi in range(len(gold)):
            if gi in pairs:
                continue
            cands = [
                pi
                for pi in range(len(preds))
                if pi not in taken
                and p_norm[pi] == g_norm[gi]
                and (window is None or (gold_pos[gi] is not None and distance(gi, pi) <= window))
            ]
            if not cands:
                continue
            best = min(cands, key=lambda pi: distance(gi, pi))
            pairs[gi] = best
            taken.add(best)
    for gi in range(len(gold)):
        if gi in pairs:
            continue
        scored = [
            (near_score(g_norm[gi], p_norm[pi]), pi) for pi in range(len(preds)) if pi not in taken
        ]
        scored = [(s, pi) for s, pi in scored if s >= NEAR_RATIO]
        if scored:
            best = max(scored, key=lambda sp: (sp[0], -distance(gi, sp[1])))[1]
            pairs[gi] = best
            taken.add(best)
            near.add(gi)
    return pairs, near


# ---------------------------------------------------------------------- evaluation


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def evaluate_story(
    name: str,
    text: str,
    gold: dict[str, Any],
    rules: dict[str, RuleStats],
    parse: Callable[..., Story] | None = None,
) -> StoryResult:
    """Score one story; add its quotes to ``rules`` (per sieve step)."""
    if parse is None:
        from tui.parser import parse

    entries = list(gold.get("quotes", []))
    result = StoryResult(name, gold.get("style", "?"), list(gold.get("patterns", [])))
    result.counts.gold = len(entries)
    try:
        story: Story = parse(text, source=name)
    except Exception as exc:  # a crash scores as all missed, and is reported
        result.crash = f"{type(exc).__name__}: {exc}"
        result.missed = [
            {"text": _short(g["text"]), "kind": g.get("kind"), "speaker": g.get("speaker")}
            for g in entries
        ]
        return result

    preds = sorted(
        (q for q in story.quotes if q.kind != "indirect"), key=lambda q: (q.start, -q.end)
    )
    result.indirect = sum(1 for q in story.quotes if q.kind == "indirect")
    result.counts.predicted = len(preds)
    result.pred_nonspeech_with_speaker = sum(
        1 for q in preds if q.kind in NON_SPEECH and q.speaker is not None
    )
    pairs, near = match_quotes(entries, _gold_positions(story.text, entries), preds)
    result.counts.matched = len(pairs)
    result.near = len(near)
    matched_preds = {pi: gi for gi, pi in pairs.items()}

    for pi, q in enumerate(preds):
        sp = story.speaker(q.speaker)
        rule = rules.setdefault(q.rule or "(none)", RuleStats())
        rule.quotes += 1
        if pi not in matched_preds:
            result.spurious.append(
                {
                    "text": _short(q.text),
                    "kind": q.kind,
                    "speaker": speaker_label(sp, q.speaker),
                    "rule": q.rule,
                }
            )
            continue
        g = entries[matched_preds[pi]]
        rule.matched += 1
        right = speaker_matches(g.get("speaker"), sp)
        if right:
            rule.right += 1
            result.counts.attributed += 1
        elif q.speaker is not None:
            rule.wrong_named += 1
        if q.kind == g.get("kind"):
            result.kind_right += 1
        else:
            result.wrong_kinds.append(
                {"text": _short(g["text"]), "gold": g.get("kind"), "predicted": q.kind}
            )
        gold_kind = g.get("kind")
        if gold_kind in NON_SPEECH and q.speaker is not None:
            result.scare_with_speaker += 1
        if gold_kind in ("direct", "partial") and not right:
            if q.speaker is not None:
                result.wrong_speaker += 1
            else:
                result.unknown_speaker += 1
        if not right:
            result.wrong_speakers.append(
                {
                    "text": _short(g["text"]),
                    "gold": g.get("speaker"),
                    "predicted": speaker_label(sp, q.speaker),
                    "rule": q.rule,
                }
            )

    for gi, g in enumerate(entries):
        if gi not in pairs:
            result.missed.append(
                {"text": _short(g["text"]), "kind": g.get("kind"), "speaker": g.get("speaker")}
            )
    return result


def story_files(corpus_dir: Path) -> list[tuple[Path, Path]]:
    """``(NN.txt, NN.json)`` pairs in the folder, in name order."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        return []
    return [
        (txt, txt.with_suffix(".json"))
        for txt in sorted(corpus_dir.glob("*.txt"))
        if txt.with_suffix(".json").is_file()
    ]


def evaluate(
    corpus_dir: Path | str,
    corpus: str | None = None,
    parse: Callable[..., Story] | None = None,
) -> Report:
    """Parse every story in ``corpus_dir`` and score it against its gold file.

    ``parse`` defaults to ``tui.parser.parse``; tests pass a stand-in.
    """
    corpus_dir = Path(corpus_dir)
    report = Report(corpus or corpus_dir.name, str(corpus_dir))
    for txt, gold_path in story_files(corpus_dir):
        text = txt.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        result = evaluate_story(txt.stem, text, gold, report.per_rule, parse)
        report.stories.append(result)
        report.totals.add(result.counts)
        for label in result.patterns:
            report.per_pattern.setdefault(label, Counts()).add(result.counts)
        report.per_style.setdefault(result.style, Counts()).add(result.counts)
        report.near += result.near
        report.kind_right += result.kind_right
        report.indirect += result.indirect
        report.scare_with_speaker += result.scare_with_speaker
        report.pred_nonspeech_with_speaker += result.pred_nonspeech_with_speaker
        report.wrong_speaker += result.wrong_speaker
        report.unknown_speaker += result.unknown_speaker
        report.crashes += 1 if result.crash else 0
    return report


# -------------------------------------------------------------------------- floor


def floor_down(x: float, places: int = 3) -> float:
    """Round down, so a floor never sits above the figure it was taken from."""
    scale = 10**places
    return math.floor(x * scale + 1e-9) / scale


def floor_figures(report: Report) -> dict[str, Any]:
    return {
        "attributed_f1": floor_down(report.attributed_f1),
        "extraction_f1": floor_down(report.extraction_f1),
        "scare_with_speaker": report.scare_with_speaker,
    }


def read_floor(path: Path = FLOOR_PATH) -> dict[str, dict[str, Any]]:
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def floor_failures(report: Report, floor: dict[str, Any]) -> list[str]:
    """What in ``report`` is worse than ``floor`` (empty when it holds)."""
    out = []
    figures = report.figures()
    for key in FLOOR_MIN_KEYS:
        if key in floor and figures[key] < floor[key] - 1e-9:
            out.append(f"{key} {figures[key]:.3f} < floor {floor[key]:.3f}")
    for key in FLOOR_MAX_KEYS:
        if key in floor and figures[key] > floor[key]:
            out.append(f"{key} {figures[key]} > floor {floor[key]}")
    return out


def lowered(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Which figures of ``new`` would make the floor ``old`` easier to meet."""
    out = []
    for key in FLOOR_MIN_KEYS:
        if key in old and new[key] < old[key]:
            out.append(f"{key}: {old[key]} -> {new[key]}")
    for key in FLOOR_MAX_KEYS:
        if key in old and new[key] > old[key]:
            out.append(f"{key}: {old[key]} -> {new[key]}")
    return out


def update_floor(
    reports: Iterable[Report], force: bool = False, path: Path = FLOOR_PATH
) -> tuple[bool, list[str]]:
    """Write the reports' figures as the new floor. Refuses to lower one unless forced."""
    floor = read_floor(path)
    problems: list[str] = []
    changed = False
    for report in reports:
        if not report.stories:
            continue
        new = floor_figures(report)
        old = floor.get(report.corpus, {})
        bad = lowered(old, new)
        if bad and not force:
            problems += [f"{report.corpus} {b}" for b in bad]
            continue
        floor[report.corpus] = {**old, **new}
        changed = True
    if problems:
        return False, problems
    if changed:
        path.write_text(json.dumps(floor, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return True, []


# -------------------------------------------------------------------------- output


def _f(x: float) -> str:
    return f"{x:.3f}"


def format_report(report: Report, verbose: bool = False) -> str:
    t = report.totals
    lines = [
        f"== {report.corpus}: {len(report.stories)} stories, {t.gold} gold quotes, "
        f"{t.predicted} predicted (+{report.indirect} indirect, not scored) ==",
    ]
    if report.crashes:
        lines.append(f"!! parse raised on {report.crashes} stories")
    ep, er, ef = t.extraction
    ap, ar, af = t.attributed_prf
    lines += [
        f"  {'':<22}{'P':>7}{'R':>7}{'F1':>7}",
        f"  {'extraction':<22}{_f(ep):>7}{_f(er):>7}{_f(ef):>7}"
        f"   {t.matched} matched ({report.near} near)",
        f"  {'attributed':<22}{_f(ap):>7}{_f(ar):>7}{_f(af):>7}   {t.attributed} right speaker",
        f"  {'kind accuracy':<22}{_f(report.kind_accuracy):>7}"
        f"   {report.kind_right}/{t.matched} matched",
        f"  {'speaker accuracy':<22}{_f(report.speaker_accuracy):>7}"
        f"   {t.attributed}/{t.matched} matched",
        f"  scare/title/name given a speaker: {report.scare_with_speaker}"
        f" (predicted kind: {report.pred_nonspeech_with_speaker})   must be 0",
        f"  direct/partial given a WRONG speaker: {report.wrong_speaker}"
        f"   left unknown: {report.unknown_speaker}",
        "",
        f"  {'pattern':<22}{'stories':>8}{'gold':>6}{'attr F1':>9}{'extr F1':>9}",
    ]
    n_by_pattern: dict[str, int] = {}
    for s in report.stories:
        for label in s.patterns:
            n_by_pattern[label] = n_by_pattern.get(label, 0) + 1
    for label, c in sorted(report.per_pattern.items(), key=lambda kv: kv[1].attributed_f1):
        lines.append(
            f"  {label:<22}{n_by_pattern[label]:>8}{c.gold:>6}"
            f"{_f(c.attributed_f1):>9}{_f(c.extraction[2]):>9}"
        )
    lines += ["", f"  {'style':<22}{'stories':>8}{'gold':>6}{'attr F1':>9}{'extr F1':>9}"]
    n_by_style: dict[str, int] = {}
    for s in report.stories:
        n_by_style[s.style] = n_by_style.get(s.style, 0) + 1
    for style, c in sorted(report.per_style.items(), key=lambda kv: kv[1].attributed_f1):
        lines.append(
            f"  {style:<22}{n_by_style[style]:>8}{c.gold:>6}"
            f"{_f(c.attributed_f1):>9}{_f(c.extraction[2]):>9}"
        )
    lines += [
        "",
        f"  {'sieve rule':<22}{'quotes':>8}{'matched':>8}{'right':>7}{'right%':>8}{'wrong':>7}",
    ]
    for rule, r in sorted(report.per_rule.items(), key=lambda kv: -kv[1].quotes):
        pct = f"{100 * r.right / r.matched:.0f}%" if r.matched else "-"
        lines.append(
            f"  {rule:<22}{r.quotes:>8}{r.matched:>8}{r.right:>7}{pct:>8}{r.wrong_named:>7}"
        )
    lines.append("  (right% is of matched quotes; wrong = given a wrong named speaker)")
    if verbose:
        lines.append("")
        for s in report.stories:
            if not s.error_count:
                continue
            c = s.counts
            lines.append(
                f"  -- {s.name} [{s.style}] attr F1 {_f(c.attributed_f1)}  "
                f"gold {c.gold}, predicted {c.predicted}, matched {c.matched}"
            )
            if s.crash:
                lines.append(f"     CRASH       {s.crash}")
            for e in s.missed:
                lines.append(f"     missed      [{e['kind']}] {e['speaker']!r}: “{e['text']}”")
            for e in s.spurious:
                lines.append(
                    f"     spurious    [{e['kind']}] {e['speaker']!r} ({e['rule']}): “{e['text']}”"
                )
            for e in s.wrong_speakers:
                lines.append(
                    f"     speaker     gold {e['gold']!r} / predicted {e['predicted']!r}"
                    f" ({e['rule']}): “{e['text']}”"
                )
            for e in s.wrong_kinds:
                lines.append(
                    f"     kind        gold {e['gold']} / predicted {e['predicted']}: “{e['text']}”"
                )
    else:
        worst = report.worst()
        if worst:
            lines += [
                "",
                "  worst stories (attributed F1): "
                + ", ".join(f"{s.name} {_f(s.counts.attributed_f1)}" for s in worst)
                + "   (--verbose for details)",
            ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", choices=["fixtures", "devset", "all"], default="all")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every story's errors")
    ap.add_argument("--json", action="store_true", help="print the reports as JSON")
    ap.add_argument(
        "--update-floor",
        action="store_true",
        help=f"write the figures as the new floor ({FLOOR_PATH.relative_to(ROOT)})",
    )
    ap.add_argument("--force", action="store_true", help="let --update-floor lower a floor")
    args = ap.parse_args(argv)

    names = list(CORPORA) if args.corpus == "all" else [args.corpus]
    reports: list[Report] = []
    for name in names:
        path = CORPORA[name]
        if not story_files(path):
            print(f"== {name}: no stories at {path}, skipped", file=sys.stderr)
            continue
        reports.append(evaluate(path, name))

    if args.json:
        print(json.dumps({r.corpus: r.to_dict() for r in reports}, indent=2))
    else:
        print("\n\n".join(format_report(r, args.verbose) for r in reports))

    if args.update_floor:
        ok, problems = update_floor(reports, force=args.force)
        if not ok:
            print("\nrefusing to lower the floor (use --force):", file=sys.stderr)
            for p in problems:
                print(f"  {p}", file=sys.stderr)
            return 1
        print(f"\nfloor written to {FLOOR_PATH.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

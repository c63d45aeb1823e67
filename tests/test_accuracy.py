"""The accuracy ratchet, and tests of the harness that computes it.

The figures come from ``benchmarks/accuracy.py`` (``evaluate``), loaded here by
path because ``benchmarks/`` is not a package: the script and this test share
one implementation. ``tests/accuracy_floor.json`` holds the floor per corpus;
raise it with ``python benchmarks/accuracy.py --update-floor`` after an
improvement (it refuses to lower a floor unless ``--force``).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path

import pytest

from tui.model import Quote, Speaker, Story

ROOT = Path(__file__).resolve().parents[1]


def _load_accuracy():
    name = "story_explorer_benchmarks_accuracy"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "accuracy.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


acc = _load_accuracy()


@cache
def _report(corpus: str):
    return acc.evaluate(acc.CORPORA[corpus], corpus)


def _describe_worst(report) -> str:
    lines = []
    for s in report.worst(5):
        c = s.counts
        lines.append(
            f"  {s.name} [{s.style}] attributed F1 {c.attributed_f1:.3f}: "
            f"{len(s.missed)} missed, {len(s.spurious)} spurious, "
            f"{len(s.wrong_speakers)} wrong speaker, {len(s.wrong_kinds)} wrong kind"
            + (f", CRASH {s.crash}" if s.crash else "")
        )
        for e in s.wrong_speakers[:3]:
            lines.append(f"      gold {e['gold']!r} / predicted {e['predicted']!r}: {e['text']}")
        for e in s.missed[:2]:
            lines.append(f"      missed: {e['text']}")
    return "\n".join(lines)


# ------------------------------------------------------------------- the ratchet


@pytest.mark.parametrize("corpus", ["fixtures", "devset"])
def test_accuracy_does_not_drop_below_floor(corpus):
    path = acc.CORPORA[corpus]
    if not acc.story_files(path):
        reason = {
            "fixtures": f"no fixture stories yet in {path}",
            "devset": f"development set not found at {path} (CI keeps it beside the repo)",
        }[corpus]
        pytest.skip(reason)
    floor = acc.read_floor().get(corpus)
    assert floor, (
        f"no floor for {corpus!r} in {acc.FLOOR_PATH.name}; "
        "run: python benchmarks/accuracy.py --update-floor"
    )
    report = _report(corpus)
    failures = acc.floor_failures(report, floor)
    assert not failures, (
        f"{corpus}: accuracy fell below the floor: "
        + "; ".join(failures)
        + (f" ({report.crashes} stories crashed the parser)" if report.crashes else "")
        + "\nworst stories:\n"
        + _describe_worst(report)
        + f"\n(details: python benchmarks/accuracy.py --corpus {corpus} --verbose)"
    )


def test_floor_file_is_well_formed():
    floor = json.loads(acc.FLOOR_PATH.read_text(encoding="utf-8"))
    for corpus, figures in floor.items():
        assert corpus in acc.CORPORA
        for key in (*acc.FLOOR_MIN_KEYS, *acc.FLOOR_MAX_KEYS):
            assert key in figures, f"{corpus} floor lacks {key}"
        for key in acc.FLOOR_MIN_KEYS:
            assert 0.0 <= figures[key] <= 1.0
            assert round(figures[key], 3) == figures[key], "floors keep 3 decimals"
        for key in acc.FLOOR_MAX_KEYS:
            assert isinstance(figures[key], int) and figures[key] >= 0


# -------------------------------------------------------- the harness's own rules


def _speaker(name, aliases=(), description=None, kind="person"):
    return Speaker(name.lower().replace(" ", "-"), name, list(aliases), description, kind)


@pytest.mark.parametrize(
    ("gold", "speaker", "right"),
    [
        ("Ana Diaz", _speaker("Ana Diaz", ["Diaz"]), True),
        ("ana diaz", _speaker("Ana Diaz"), True),
        ("Diaz", _speaker("Ana Diaz", ["Diaz", "Ms Diaz"]), True),  # alias
        ("Ana Diaz", _speaker("Diaz"), False),  # partial overlap: no credit
        ("Ana Diaz", _speaker("Ana"), False),
        ("two students", _speaker("two students sharing a plate", kind="described"), False),
        ("Mr Pell", _speaker("Pell"), True),  # title + surname vs the bare name
        ("Mrs Atkinson", _speaker("Mrs. Atkinson"), True),
        ("Mr Pell", _speaker("Arthur Pell"), False),
        ("a police spokesman", _speaker("the police spokesman", kind="described"), True),
        ("a police spokesman", _speaker("police spokesman", kind="described"), True),
        ("the health ministry", _speaker("Health Ministry", kind="organisation"), True),
        ("Castrel Forestry Service", _speaker("the Castrel Forestry Service"), True),
        ("a spokesman", _speaker("Ann Bell", description="a spokesman"), False),  # a person
        ("one resident", _speaker("x", description="one resident", kind="described"), True),
        ("anchor", _speaker("ANCHOR"), True),
        (None, None, True),
        ("Ana Diaz", None, False),
        (None, _speaker("Ana Diaz"), False),
    ],
)
def test_speaker_matching_is_strict(gold, speaker, right):
    assert acc.speaker_matches(gold, speaker) is right


def test_text_normalisation():
    assert acc.norm_text("  “We  found\nout,”  ") == "We found out,"
    assert acc.norm_text("'pay cut'") == "pay cut"
    assert acc.near_score("a pay cut,", "a pay cut") == 1.0
    assert acc.near_score("We call it a pay cut", "Something else entirely") < acc.NEAR_RATIO


def _story(paragraphs, speakers, quotes):
    """A hand-made Story: ``quotes`` are (text, kind, speaker id, rule), found in order."""
    text = "\n\n".join(paragraphs)
    starts, offset = [], 0
    for p in paragraphs:
        starts.append(offset)
        offset += len(p) + 2
    built, cursor = [], 0
    for n, (qtext, kind, sid, rule) in enumerate(quotes):
        start = text.index(qtext, cursor)
        cursor = start + 1
        para = max(i for i, s in enumerate(starts) if s <= start)
        end = start + len(qtext)
        built.append(Quote(f"q{n}", qtext, kind, sid, para, start, end, [(start, end)], rule=rule))
    return Story(paragraphs[0], text, list(paragraphs), starts, speakers, built)


def test_evaluate_on_a_hand_made_story(tmp_path):
    paragraphs = [
        'Mayor defends "common sense" rules',
        '"We did the sums," said Ana Diaz, the mayor. "It adds up."',
        'Diaz said the fee was fair. Critics called it "a tax on work", she said.',
        '"Nobody asked us," said one trader.',
    ]
    story_text = "\n\n".join(paragraphs)
    gold = {
        "style": "wire",
        "patterns": ["said-after", "split-quote", "scare"],
        "quotes": [
            {"text": "common sense", "speaker": None, "kind": "scare"},
            {"text": "We did the sums,", "speaker": "Ana Diaz", "kind": "direct"},
            {"text": "It adds up.", "speaker": "Ana Diaz", "kind": "direct"},
            {"text": "a tax on work", "speaker": "critics", "kind": "partial"},
            {"text": "Nobody asked us,", "speaker": "one trader", "kind": "direct"},
        ],
    }
    speakers = [
        _speaker("Ana Diaz", ["Diaz"]),
        _speaker("one trader", kind="described"),
    ]
    predicted = _story(
        paragraphs,
        speakers,
        [
            ("common sense", "scare", "ana-diaz", "before"),  # scare given a speaker
            ("We did the sums", "direct", "ana-diaz", "after"),  # near match (no comma)
            ("It adds up.", "direct", "ana-diaz", "same-paragraph"),
            ("the fee was fair", "indirect", "ana-diaz", "indirect"),  # not scored
            ("a tax on work", "partial", "ana-diaz", "after"),  # wrong named speaker
            ("Nobody", "direct", None, None),  # too short to near-match: spurious
        ],
    )
    (tmp_path / "01.txt").write_text(story_text, encoding="utf-8")
    (tmp_path / "01.json").write_text(json.dumps(gold), encoding="utf-8")

    def fake_parse(text, source=None):
        assert text == story_text
        return predicted

    report = acc.evaluate(tmp_path, "hand", parse=fake_parse)
    t = report.totals
    assert (t.gold, t.predicted, t.matched, t.attributed) == (5, 5, 4, 2)
    assert report.near == 1
    assert report.indirect == 1
    assert report.scare_with_speaker == 1
    assert report.pred_nonspeech_with_speaker == 1
    assert report.wrong_speaker == 1 and report.unknown_speaker == 0
    assert report.kind_accuracy == 1.0
    assert report.speaker_accuracy == 0.5
    assert report.extraction_f1 == pytest.approx(0.8)
    assert report.attributed_f1 == pytest.approx(0.4)
    story = report.stories[0]
    assert [m["text"] for m in story.missed] == ["Nobody asked us,"]
    assert [s["text"] for s in story.spurious] == ["Nobody"]
    assert {w["gold"] for w in story.wrong_speakers} == {None, "critics"}
    assert report.per_rule["after"].quotes == 2 and report.per_rule["after"].right == 1
    assert report.per_rule["after"].wrong_named == 1
    assert report.per_rule["(none)"].matched == 0
    assert report.per_pattern["scare"].attributed == 2
    assert "worst stories" in acc.format_report(report)
    assert "spurious" in acc.format_report(report, verbose=True)


def test_a_crashing_parse_scores_as_all_missed(tmp_path):
    (tmp_path / "01.txt").write_text('"Hi," she said.', encoding="utf-8")
    gold = {"quotes": [{"text": "Hi,", "speaker": "she", "kind": "direct"}]}
    (tmp_path / "01.json").write_text(json.dumps(gold), encoding="utf-8")

    def broken(text, source=None):
        raise ValueError("boom")

    report = acc.evaluate(tmp_path, "hand", parse=broken)
    assert report.crashes == 1 and report.totals.matched == 0
    assert acc.floor_failures(report, {"extraction_f1": 0.5, "attributed_f1": 0.5})


def test_duplicate_texts_match_by_position(tmp_path):
    paragraphs = ['"No," said Ann Bell.', '"No," said Carl Ray.']
    speakers = [_speaker("Carl Ray")]
    predicted = _story(paragraphs, speakers, [("No,", "direct", "carl-ray", "after")])
    q = predicted.quotes[0]  # move it to the second "No,"
    q.start = predicted.text.index("No,", q.end)
    q.end = q.start + 3
    q.segments, q.paragraph = [(q.start, q.end)], 1
    gold = {
        "quotes": [
            {"text": "No,", "speaker": "Ann Bell", "kind": "direct"},
            {"text": "No,", "speaker": "Carl Ray", "kind": "direct"},
        ]
    }
    (tmp_path / "01.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    (tmp_path / "01.json").write_text(json.dumps(gold), encoding="utf-8")
    report = acc.evaluate(tmp_path, "hand", parse=lambda text, source=None: predicted)
    assert report.totals.attributed == 1
    assert report.stories[0].missed[0]["speaker"] == "Ann Bell"


def test_update_floor_refuses_to_lower(tmp_path):
    floor_path = tmp_path / "floor.json"
    report = acc.Report("devset", str(tmp_path))
    report.stories.append(acc.StoryResult("01", "wire", []))
    report.totals = acc.Counts(gold=10, predicted=10, matched=9, attributed=7)

    ok, problems = acc.update_floor([report], path=floor_path)
    assert ok and not problems
    written = json.loads(floor_path.read_text())["devset"]
    assert written == {"attributed_f1": 0.7, "extraction_f1": 0.9, "scare_with_speaker": 0}

    report.totals.attributed = 6
    ok, problems = acc.update_floor([report], path=floor_path)
    assert not ok and any("attributed_f1" in p for p in problems)
    assert json.loads(floor_path.read_text())["devset"]["attributed_f1"] == 0.7

    ok, _ = acc.update_floor([report], force=True, path=floor_path)
    assert ok and json.loads(floor_path.read_text())["devset"]["attributed_f1"] == 0.6


def test_floor_rounds_down():
    assert acc.floor_down(0.79949) == 0.799
    assert acc.floor_down(0.8) == 0.8
    assert acc.floor_down(2 / 3) == 0.666

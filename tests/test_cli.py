"""The ``story-explorer`` command as a user runs it: a fresh interpreter per case.

``parse`` is the headless contract: its JSON schema, its exit statuses (0 all
good, 1 some file failed, 2 usage error), one line on stderr per failure
naming the path, and never a traceback.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest

from tui import __version__, cli
from tui.batch import load_many
from tui.corpus import Corpus
from tui.export import CSV_COLUMNS
from tui.loader import StoryLoader
from tui.sources import seed_paths

GOOD = "Bridge vote\n\n“We did the sums twice,” said Ana Diaz.\n\n“It works,” Tom Berg said.\n"
SEED = seed_paths()[0]


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *map(str, args)],
        capture_output=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def err_lines(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    stderr = result.stderr.decode()
    assert "Traceback" not in stderr
    return stderr.splitlines()


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


# -- the JSON contract ------------------------------------------------------------


def test_json_contract_on_the_seed() -> None:
    result = run("parse", SEED, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert err_lines(result) == []
    story = json.loads(result.stdout)
    assert isinstance(story, dict)
    assert isinstance(story["title"], str) and story["title"]
    assert isinstance(story["text"], str)
    assert all(isinstance(p, str) and p for p in story["paragraphs"])
    for p in story["paragraphs"]:
        assert p in story["text"]
    ids = set()
    for speaker in story["speakers"]:
        assert {"id", "name", "aliases", "description"} <= speaker.keys()
        assert isinstance(speaker["id"], str) and isinstance(speaker["name"], str)
        assert all(isinstance(a, str) for a in speaker["aliases"])
        assert speaker["description"] is None or isinstance(speaker["description"], str)
        ids.add(speaker["id"])
    assert len(ids) == len(story["speakers"])
    assert story["quotes"], "the seed has quotes"
    keys = {"id", "text", "kind", "speaker", "paragraph", "start", "end", "cue", "evidence"}
    for quote in story["quotes"]:
        assert keys | {"confidence"} <= quote.keys()
        assert quote["kind"] in {"direct", "partial", "indirect", "scare", "title", "name"}
        assert quote["speaker"] is None or quote["speaker"] in ids
        assert 0 <= quote["paragraph"] < len(story["paragraphs"])
        assert isinstance(quote["start"], int) and isinstance(quote["end"], int)
        assert 0 <= quote["start"] < quote["end"] <= len(story["text"])
        assert 0.0 <= quote["confidence"] <= 1.0
        for key in ("cue", "evidence"):
            assert quote[key] is None or isinstance(quote[key], str)
        if len(quote.get("segments", [])) <= 1:
            assert story["text"][quote["start"] : quote["end"]] == quote["text"]


def test_parse_loads_neither_textual_nor_rich(tmp_path: Path) -> None:
    report = tmp_path / "modules.txt"
    code = (
        "import sys; from tui.cli import main; rc = main(['parse', sys.argv[1]]); "
        "open(sys.argv[2], 'w').write(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(SEED), str(report)],
        check=True,
        stdout=subprocess.DEVNULL,
        timeout=120,
    )
    loaded = set(report.read_text().split())
    assert "tui" in loaded
    assert "textual" not in loaded
    assert "rich" not in loaded


# -- formats and shapes --------------------------------------------------------------


def test_one_file_is_an_object_a_folder_or_several_paths_an_array(tmp_path: Path) -> None:
    one = write(tmp_path / "one" / "a.txt", GOOD)
    assert isinstance(json.loads(run("parse", one).stdout), dict)
    assert len(json.loads(run("parse", one.parent).stdout)) == 1
    assert len(json.loads(run("parse", one, SEED).stdout)) == 2


def test_folders_are_searched_recursively(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", GOOD)
    write(tmp_path / "a" / "deep" / "c.md", GOOD)
    write(tmp_path / "a" / "skip.json", "{}")
    write(tmp_path / ".hidden" / "d.txt", GOOD)
    result = run("parse", tmp_path)
    assert result.returncode == 0
    sources = [Path(s["source"]).relative_to(tmp_path) for s in json.loads(result.stdout)]
    assert sources == [Path("a/deep/c.md"), Path("b.txt")]


def test_jsonl_is_one_story_per_line(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "b.txt", GOOD)
    result = run("parse", tmp_path, "--format", "jsonl")
    assert result.returncode == 0
    lines = result.stdout.decode().splitlines()
    assert [json.loads(line)["title"] for line in lines] == ["Bridge vote", "Bridge vote"]


def test_csv_is_one_row_per_quote(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "b.txt", 'Formulas\n\n"=HYPERLINK(""http://x"")," said Eve Moss.\n')
    result = run("parse", tmp_path, "--format", "csv")
    assert result.returncode == 0
    rows = list(csv.reader(io.StringIO(result.stdout.decode())))
    assert tuple(rows[0]) == CSV_COLUMNS
    by_text = {row[5]: row for row in rows[1:]}
    assert by_text["We did the sums twice,"][4] == "Ana Diaz"
    # A spreadsheet would run a cell starting with "=": the quote mark defuses it.
    assert any(text.startswith("'=HYPERLINK") for text in by_text)


def test_output_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    story = write(tmp_path / "a.txt", GOOD)
    result = run("parse", story, env={"PYTHONIOENCODING": "ascii", "LC_ALL": "C"})
    assert result.returncode == 0, result.stderr
    assert "“" in json.loads(result.stdout.decode("utf-8"))["text"]


# -- hostile input -----------------------------------------------------------------


def test_hostile_bytes_never_reach_stdout_raw(tmp_path: Path) -> None:
    data = (
        b"Title \x1b]0;pwned\x07\n\n\xe2\x80\x9cGo [@click=app.quit]x[/],\xe2\x80\x9d said"
        b" \x1b[31mAna Diaz\x1b[0m. \x1b]52;c;cm0gLXJmIH4K\x07 \x9b2J \x00\x07\x08 [/]\n"
    )
    story = write(tmp_path / "hostile.txt", data)
    for fmt in ("json", "jsonl", "csv"):
        result = run("parse", story, "--format", fmt)
        assert result.returncode == 0, result.stderr
        out = result.stdout.decode("utf-8")
        assert not any(c in out for c in "\x00\x07\x08\x1b\x9b\x9c\x9d")
        assert "cm0gLXJm" not in out
        assert "[@click=app.quit]x[/]" in out
    parsed = json.loads(run("parse", story).stdout)
    speaker = next(s for s in parsed["speakers"] if s["id"] == parsed["quotes"][0]["speaker"])
    assert speaker["name"] == "Ana Diaz"


def test_a_hostile_file_name_is_shown_harmless(tmp_path: Path) -> None:
    empty = write(tmp_path / "evil\x1b]52;c;eA==\x07.txt", b"")
    result = run("parse", empty)
    assert result.returncode == 1
    (line,) = err_lines(result)
    assert "\x1b" not in line and "\x07" not in line
    assert line.endswith("evil␛]52;c;eA==␇.txt: the file is empty")


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file names must be UTF-8")
def test_an_undecodable_file_name_does_not_crash(tmp_path: Path) -> None:
    name = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(name, "wb") as handle:
        handle.write(GOOD.encode())
    result = run("parse", tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["source"].endswith("caf\ufffd.txt")


# -- failures: one line naming the path, the right status -----------------------------

CASES = {
    "empty": (b"", 1, "the file is empty"),
    "blank": (b"  \r\n\r\n\t\n", 1, "the file holds only blank space"),
    "png": (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        1,
        "not a text file (a PNG image)",
    ),
    "noise": (bytes(range(256)) * 20, 1, "not a text file (binary data)"),
}


@pytest.mark.parametrize(("data", "status", "reason"), list(CASES.values()), ids=list(CASES))
def test_a_bad_file_is_one_line_naming_it(
    tmp_path: Path, data: bytes, status: int, reason: str
) -> None:
    path = write(tmp_path / "story.txt", data)
    result = run("parse", path)
    assert result.returncode == status
    assert err_lines(result) == [f"story-explorer: {path}: {reason}"]
    assert result.stdout == b""


def test_usage_errors_exit_2_and_print_nothing(tmp_path: Path) -> None:
    (tmp_path / "no-stories").mkdir()
    write(tmp_path / "no-stories" / "photo.jpg", b"\xff\xd8\xff")
    missing = tmp_path / "missing.txt"
    result = run("parse", SEED, missing, tmp_path / "no-stories")
    assert result.returncode == 2
    assert err_lines(result) == [
        f"story-explorer: {missing}: no such file or folder",
        f"story-explorer: {tmp_path / 'no-stories'}: no stories (*.txt, *.md) in this folder",
    ]
    assert result.stdout == b""


@pytest.mark.parametrize(
    "args", [["parse"], ["parse", "--format", "xml", "x.txt"], ["--bogus"], ["parse", ""]]
)
def test_bad_arguments_exit_2_without_a_traceback(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert err_lines(result)[-1].startswith(("story-explorer", "usage:"))


def test_the_app_stops_on_a_missing_path_before_opening(tmp_path: Path) -> None:
    result = run(tmp_path / "missing.txt")
    assert result.returncode == 2
    assert err_lines(result) == [
        f"story-explorer: {tmp_path / 'missing.txt'}: no such file or folder"
    ]


def test_a_bad_file_among_good_ones(tmp_path: Path) -> None:
    write(tmp_path / "1.txt", GOOD)
    write(tmp_path / "2.txt", b"")
    write(tmp_path / "3.md", b"GIF89a" + bytes(100))
    write(tmp_path / "4.txt", GOOD.encode("utf-16"))
    result = run("parse", tmp_path)
    assert result.returncode == 1
    assert err_lines(result) == [
        f"story-explorer: {tmp_path / '2.txt'}: the file is empty",
        f"story-explorer: {tmp_path / '3.md'}: not a text file (a GIF image)",
    ]
    stories = json.loads(result.stdout)
    assert [Path(s["source"]).name for s in stories] == ["1.txt", "4.txt"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads chmod 000 files")
def test_an_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", GOOD)
    path.chmod(0)
    try:
        result = run("parse", path)
    finally:
        path.chmod(0o644)
    assert result.returncode == 1
    assert err_lines(result) == [f"story-explorer: {path}: permission denied"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_special_files_are_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = run("parse", fifo, "/dev/zero")
    assert result.returncode == 1
    assert err_lines(result) == [
        f"story-explorer: {fifo}: not a regular file",
        "story-explorer: /dev/zero: not a regular file",
    ]


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    for number in range(40):
        write(tmp_path / f"{number:02}.txt", SEED.read_bytes())
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "parse", str(tmp_path), "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout and process.stderr
    process.stdout.read(100)
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == cli.EXIT_BROKEN_PIPE
    assert stderr == ""


def test_an_internal_error_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(argv: object) -> int:
        raise RuntimeError("bug\x1b[2J here")

    monkeypatch.setattr(cli, "run_parse", broken)
    monkeypatch.delenv("STORY_EXPLORER_DEBUG", raising=False)
    assert cli.main(["parse", "x"]) == 1
    assert capsys.readouterr().err == (
        "story-explorer: internal error (RuntimeError: bug␛[2J here); please report it\n"
    )


# -- help and version ------------------------------------------------------------------


@pytest.mark.parametrize("args", [["--version"], ["parse", "--version"]])
def test_version(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 0
    assert result.stdout.decode().strip() == f"story-explorer {__version__}"


@pytest.mark.parametrize(
    ("args", "mentions"), [(["--help"], "parse"), (["parse", "-h"], "--format")]
)
def test_help(args: list[str], mentions: str) -> None:
    result = run(*args)
    assert result.returncode == 0
    assert mentions in result.stdout.decode()


# -- the explorer's start (the app itself replaced by a recorder) ------------------------


class FakeApp:
    """Stands in for StoryExplorerApp: records what it was given, loads without a screen."""

    opened: ClassVar[list[FakeApp]] = []

    def __init__(self, stories: object = None, *, loader: StoryLoader, **kwargs: object) -> None:
        self.loader = loader
        self.corpus = Corpus()
        FakeApp.opened.append(self)

    @property
    def files(self) -> list[str]:
        return [str(path) for path in self.loader.files]

    def run(self) -> None:
        """What the real app's worker does, minus the app."""
        for loaded in load_many(self.loader.files, cache=self.loader.cache):
            self.corpus.add(loaded.path, loaded.story, loaded.error)


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> type[FakeApp]:
    import tui.app

    FakeApp.opened = []
    monkeypatch.setattr(tui.app, "StoryExplorerApp", FakeApp)
    return FakeApp


def test_no_path_opens_the_seeds(fake_app: type[FakeApp]) -> None:
    assert cli.main([]) == 0
    assert len(fake_app.opened[0].files) == len(seed_paths())
    assert fake_app.opened[0].loader.cache.enabled


def test_the_app_is_given_every_file_and_names_the_bad_ones_after(
    tmp_path: Path, fake_app: type[FakeApp], capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path / "good.txt", GOOD)
    empty = write(tmp_path / "empty.txt", b"")
    assert cli.main([str(tmp_path)]) == cli.EXIT_PROBLEMS
    (app,) = fake_app.opened
    assert app.files == [str(empty), str(good)]
    assert [e.story is not None for e in app.corpus.entries] == [False, True]
    assert capsys.readouterr().err == f"story-explorer: {empty}: the file is empty\n"


def test_the_app_takes_jobs_and_no_cache(tmp_path: Path, fake_app: type[FakeApp]) -> None:
    write(tmp_path / "good.txt", GOOD)
    assert cli.main(["--jobs", "3", "--no-cache", str(tmp_path)]) == cli.EXIT_OK
    (app,) = fake_app.opened
    assert app.loader.jobs == 3 and not app.loader.cache.enabled


# -- several processes and the parse cache ---------------------------------------------


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "stories"
    for number in range(count):
        write(folder / f"{number:02}.txt", GOOD.replace("Bridge vote", f"Bridge vote {number}"))
    write(folder / "05-empty.txt", b"")
    return folder


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_jobs_give_the_same_output_in_the_same_order(tmp_path: Path, fmt: str) -> None:
    folder = _folder(tmp_path, 12)
    one = run("parse", folder, "--format", fmt, "--no-cache")
    three = run("parse", folder, "--format", fmt, "--no-cache", "--jobs", "3")
    assert one.returncode == three.returncode == 1
    assert three.stdout == one.stdout
    assert (
        err_lines(three)
        == err_lines(one)
        == [f"story-explorer: {folder / '05-empty.txt'}: the file is empty"]
    )


def test_jsonl_lines_are_story_models_in_file_order(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 12)
    result = run("parse", folder, "--format", "jsonl", "--jobs", "2")
    stories = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [s["title"] for s in stories] == [f"Bridge vote {n}" for n in range(12)]
    keys = {"title", "source", "text", "paragraphs", "speakers", "quotes"}
    assert all(set(story) >= keys for story in stories)


def test_csv_rows_name_story_speaker_kind_and_text(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 2)
    result = run("parse", folder, "--format", "csv", "--jobs", "2")
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode())))
    assert [(r["story"], r["speaker"], r["kind"], r["text"]) for r in rows] == [
        ("Bridge vote 0", "Ana Diaz", "direct", "We did the sums twice,"),
        ("Bridge vote 0", "Tom Berg", "direct", "It works,"),
        ("Bridge vote 1", "Ana Diaz", "direct", "We did the sums twice,"),
        ("Bridge vote 1", "Tom Berg", "direct", "It works,"),
    ]


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_number(jobs: str) -> None:
    result = run("parse", SEED, "--jobs", jobs)
    assert result.returncode == 2
    assert "--jobs" in err_lines(result)[-1]


def test_the_cache_is_used_and_can_be_turned_off(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 3)
    cache = tmp_path / "cache"
    env = {"XDG_CACHE_HOME": str(cache)}
    first = run("parse", folder, "--format", "jsonl", env=env)
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == 3  # one per story; the empty file is not cached
    second = run("parse", folder, "--format", "jsonl", env=env)
    assert second.stdout == first.stdout
    for entry in entries:  # a cache entry that lies shows the cache was read
        data = json.loads(entry.read_text())
        data["title"] = "from the cache"
        entry.write_text(json.dumps(data))
    cached = run("parse", folder, "--format", "jsonl", env=env)
    assert cached.stdout.decode().count('"title": "from the cache"') == 3
    fresh = run("parse", folder, "--format", "jsonl", "--no-cache", env=env)
    assert fresh.stdout == first.stdout


def test_a_corrupt_or_unwritable_cache_never_stops_parsing(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 2)
    blocker = write(tmp_path / "not-a-folder", "a file where the cache folder should be")
    result = run("parse", folder, "--format", "jsonl", env={"XDG_CACHE_HOME": str(blocker)})
    assert result.returncode == 1 and len(result.stdout.splitlines()) == 2
    cache = tmp_path / "cache"
    run("parse", folder, env={"XDG_CACHE_HOME": str(cache)})
    for entry in cache.rglob("*.json"):
        entry.write_bytes(b"\x00garbage")
    again = run("parse", folder, "--format", "jsonl", env={"XDG_CACHE_HOME": str(cache)})
    assert again.stdout == result.stdout

"""Headless parsing speed: MB/s of story text, --jobs scaling, and the parse cache.

Three figures, each the median of ``--runs`` runs:

- **parser, one core**: ``parse()`` in this process over every story of a
  synthetic folder (``synth.py``), and over one large story, in MB of story
  text (UTF-8) per second; the parser only, no reading or output;
- **command, --jobs N**: ``story-explorer parse FOLDER --format jsonl
  --no-cache --jobs N`` end to end (start-up, reading, parsing, JSON out) for
  N = 1, 2, ... up to the number of cores, with the speed-up over N = 1;
- **command, warm cache**: the same with the cache filled by a previous run.

    python benchmarks/parse_speed.py
    python benchmarks/parse_speed.py --stories 500 --runs 3
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synth import generate, story_folder  # noqa: E402

from tui.parser import parse  # noqa: E402


def _median_seconds(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _command(folder: Path, env: dict[str, str], *flags: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "tui", "parse", str(folder), "--format", "jsonl", *flags],
        stdout=subprocess.DEVNULL,
        env=env,
        check=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=2000)
    parser.add_argument("--large", type=int, default=1_000_000, help="characters, large story")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--folder", type=Path, help="use these stories instead of synthetic ones")
    args = parser.parse_args()
    folder, work = story_folder(args.folder, args.stories)
    (large_path,) = generate(work / "large", 1, size=args.large, seed=7)
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.rglob("*.txt"))]
    large = large_path.read_text(encoding="utf-8")
    megabytes = sum(len(text.encode()) for text in texts) / 1e6
    large_mb = len(large.encode()) / 1e6

    print(f"{len(texts):,} stories, {megabytes:.1f} MB; one large story of {large_mb:.1f} MB")
    print(f"{'figure':<44}{'median':>10}{'MB/s':>10}{'ratio':>8}")
    seconds = _median_seconds(args.runs, lambda: [parse(text) for text in texts])
    print(f"{'parser, one core, folder':<44}{seconds:>9.2f}s{megabytes / seconds:>10.2f}")
    seconds = _median_seconds(args.runs, lambda: parse(large))
    print(f"{'parser, one core, large story':<44}{seconds:>9.2f}s{large_mb / seconds:>10.2f}")

    env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache")}
    base = None
    for jobs in range(1, (os.cpu_count() or 1) + 1):
        seconds = _median_seconds(
            args.runs, lambda jobs=jobs: _command(folder, env, "--no-cache", "--jobs", str(jobs))
        )
        base = base or seconds
        label = f"command, --no-cache --jobs {jobs}"
        print(f"{label:<44}{seconds:>9.2f}s{megabytes / seconds:>10.2f}{base / seconds:>7.2f}x")
    _command(folder, env)  # fills the cache
    seconds = _median_seconds(args.runs, lambda: _command(folder, env))
    label = "command, warm cache, --jobs 1"
    print(f"{label:<44}{seconds:>9.2f}s{megabytes / seconds:>10.2f}{base / seconds:>7.2f}x")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

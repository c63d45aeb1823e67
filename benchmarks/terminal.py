"""Speed in a real terminal (tmux): first paint, first story, memory, key latency.

Runs each command in a fresh tmux window (140x45, its own tmux server so it
never touches yours), typed into a shell that is already up. What the app
writes to the terminal is copied to a file as it is written (``tmux
pipe-pane``), and the clock stops when the awaited text appears in it; this
costs the machine next to nothing, where polling ``capture-pane`` would spawn
a process every few milliseconds and slow the app it measures.

- **first paint**: the app's first frame is written (the bare app's text;
  the explorer's "Opening N files" note, in the same frame as its panes);
- **keys shown**: the footer's keys are written (``palette``): Textual fills
  a footer one frame after its first, so this is the second frame;
- **first story**: the first story's title is written (ours only);
- **all parsed**: the progress bar has gone (ours only; the screen is looked
  at every 50 ms for this one);
- **memory**: resident set size once everything is parsed (the bare app:
  once painted and idle);
- **keys**: with every story open, time from ``send-keys`` to the app's
  first output in answer, for ``n``, ``p``, ``]``, ``[`` and keystrokes in
  the story list's filter and the speaker filter.

Cases, measured in the same run and interleaved so drift hits them alike:
the bare Textual app (``bare_app.py``: Header, Static, Footer), the explorer
on its bundled story, and on a folder of synthetic stories (``synth.py``)
with a warm cache and with ``--no-cache``.

    python benchmarks/terminal.py                  # 2,000 stories, 5 runs
    python benchmarks/terminal.py --stories 500 --runs 3

Figures, not pass/fail: it prints medians and the ratios to the bare app.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synth import story_folder  # noqa: E402

#: Per process, so two runs at once (or your own tmux) never kill each other's server.
SOCKET = f"story-explorer-bench-{os.getpid()}"
SESSION = "bench"
WIDTH, HEIGHT = 140, 45
TIMEOUT = 120.0
OPENING = "Opening"  # the explorer's note in its first frame, beside the panes


def tmux(*args: str) -> str:
    result = subprocess.run(
        ["tmux", "-L", SOCKET, *args], capture_output=True, text=True, check=False
    )
    return result.stdout


def screen() -> str:
    return tmux("capture-pane", "-p", "-t", SESSION)


def wait_for_screen(
    condition: Callable[[str], bool], every: float, timeout: float = TIMEOUT
) -> float:
    """When the screen (looked at every ``every`` seconds) satisfies ``condition``."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if condition(screen()):
            return time.perf_counter()
        time.sleep(every)
    raise TimeoutError("the screen never showed what we waited for:\n" + screen())


class Output:
    """Everything the pane's program has written, read from the pipe-pane file as it grows."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = b""

    def _read(self) -> None:
        with self.path.open("rb") as handle:
            handle.seek(len(self.data))
            self.data += handle.read()

    def wait_for(self, text: str, timeout: float = TIMEOUT) -> float:
        """When ``text`` has been written (at any time since the window opened)."""
        marker = text.encode()
        start = time.perf_counter()
        while time.perf_counter() - start < timeout:
            self._read()
            if marker in self.data:
                return time.perf_counter()
            time.sleep(0.001)
        raise TimeoutError(f"{text!r} was never written:\n" + screen())

    def wait_for_more(self, than: int, timeout: float = 5.0) -> float:
        """When more than ``than`` bytes have been written."""
        start = time.perf_counter()
        while time.perf_counter() - start < timeout:
            self._read()
            if len(self.data) > than:
                return time.perf_counter()
            time.sleep(0.001)
        raise TimeoutError("no answer to a key:\n" + screen())

    def quiet(self, for_seconds: float = 0.15) -> int:
        """Wait until nothing has been written for a moment; the length so far."""
        while True:
            self._read()
            size = len(self.data)
            time.sleep(for_seconds)
            self._read()
            if len(self.data) == size:
                return size


def rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and its children (worker processes), in MB."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for each in pids:
        try:
            for line in Path(f"/proc/{each}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


@dataclass
class Case:
    name: str
    command: str
    paint_marker: str  # text the app's first frame shows
    story_marker: str | None = None  # text that means the first story is showing
    keys: bool = False
    samples: dict[str, list[float]] = field(default_factory=dict)

    def add(self, figure: str, value: float) -> None:
        self.samples.setdefault(figure, []).append(value)


def start_shell(env: dict[str, str], log: Path) -> Output:
    tmux("kill-server")
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    tmux(
        "new-session", "-d", "-s", SESSION, "-x", str(WIDTH), "-y", str(HEIGHT),
        f"env {exports} PS1='ready$ ' bash --norc --noprofile",
    )  # fmt: skip
    wait_for_screen(lambda text: "ready$" in text, every=0.01, timeout=10)
    log.write_bytes(b"")
    tmux("pipe-pane", "-t", SESSION, "-o", f"cat >> {shlex.quote(str(log))}")
    return Output(log)


def key_latency(output: Output, key: str, presses: int) -> list[float]:
    """Seconds from sending ``key`` until the app writes its answer, ``presses`` times."""
    times = []
    for _ in range(presses):
        written = output.quiet()
        start = time.perf_counter()
        tmux("send-keys", "-t", SESSION, key)
        times.append(output.wait_for_more(written) - start)
    return times


def run_case(case: Case, env: dict[str, str], presses: int, log: Path) -> None:
    output = start_shell(env, log)
    pid = int(tmux("display", "-p", "-t", SESSION, "#{pane_pid}").strip())
    start = time.perf_counter()
    tmux("send-keys", "-t", SESSION, f"exec {case.command}", "Enter")
    case.add("first paint", output.wait_for(case.paint_marker) - start)
    case.add("keys shown", output.wait_for("palette") - start)
    if case.story_marker is not None:
        case.add("first story", output.wait_for(case.story_marker) - start)
        done = wait_for_screen(lambda text: "parsing" not in text.splitlines()[0], every=0.05)
        case.add("all parsed", done - start)
    time.sleep(0.5)
    case.add("memory MB", rss_mb(pid))
    if case.keys:
        for key, figure in (("n", "n"), ("p", "p"), ("]", "]"), ("[", "[")):
            case.samples.setdefault(f"key {figure}", []).extend(key_latency(output, key, presses))
        tmux("send-keys", "-t", SESSION, "s")
        output.wait_for("type to filter")
        case.samples.setdefault("key story-list filter", []).extend(
            key_latency(output, "e", presses // 2) + key_latency(output, "BSpace", presses // 2)
        )
        tmux("send-keys", "-t", SESSION, "Escape")
        output.quiet()
        tmux("send-keys", "-t", SESSION, "/")
        output.quiet()
        case.samples.setdefault("key speaker filter", []).extend(
            key_latency(output, "a", presses // 2) + key_latency(output, "BSpace", presses // 2)
        )
    tmux("kill-server")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--stories", type=int, default=2000)
    parser.add_argument("--presses", type=int, default=10, help="key presses per key and run")
    parser.add_argument("--folder", type=Path, help="use these stories instead of synthetic ones")
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        sys.exit("tmux is needed for this benchmark")

    folder, work = story_folder(args.folder, args.stories)
    env = {
        "XDG_CACHE_HOME": str(work / "cache"),
        "PATH": os.environ.get("PATH", ""),
        "TERM": "xterm-256color",
        "COLORTERM": "truecolor",
    }
    python = shlex.quote(sys.executable)
    first_story = sorted(folder.rglob("*.txt"))[0].read_text().splitlines()[0][:40]
    count = len(list(folder.rglob("*.txt")))
    cases = [
        Case(
            "bare Textual app",
            f"{python} {shlex.quote(str(HERE / 'bare_app.py'))}",
            paint_marker="Hello from a bare",
        ),
        Case(
            "bundled story",
            f"{python} -m tui",
            paint_marker=OPENING,
            story_marker="Chechens fighting",
        ),
        Case(
            f"{count:,} stories, warm cache",
            f"{python} -m tui {shlex.quote(str(folder))}",
            paint_marker=OPENING,
            story_marker=first_story,
            keys=True,
        ),
        Case(
            f"{count:,} stories, --no-cache",
            f"{python} -m tui --no-cache {shlex.quote(str(folder))}",
            paint_marker=OPENING,
            story_marker=first_story,
        ),
    ]
    print(f"warming the cache for {count:,} stories …", flush=True)
    subprocess.run(
        [sys.executable, "-m", "tui", "parse", str(folder), "--format", "jsonl"],
        stdout=subprocess.DEVNULL,
        env={**os.environ, **env},
        check=False,
    )
    for number in range(args.runs):
        for case in cases:
            run_case(case, env, args.presses, work / "pane.log")
        print(f"run {number + 1}/{args.runs} done", flush=True)

    bare = cases[0].samples
    print(f"\nmedians over {args.runs} runs, tmux {WIDTH}x{HEIGHT}\n")
    print(f"{'case':<28}{'figure':<24}{'median':>12}{'vs bare':>10}")
    for case in cases:
        for figure, values in case.samples.items():
            median = statistics.median(values)
            unit = "MB" if figure.startswith("memory") else "ms"
            shown = median if unit == "MB" else median * 1000
            ratio = ""
            if figure in bare and case is not cases[0]:
                ratio = f"{median / statistics.median(bare[figure]):.2f}x"
            print(f"{case.name:<28}{figure:<24}{shown:>9.1f} {unit}{ratio:>10}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Many files to stories: through the parse cache, on one or several processes.

``load_many`` yields one ``Loaded`` per file, in the order given, whether the
file parsed or not: a file that cannot be read or parsed is an entry with its
error, never an exception that stops the others. The explorer's background
worker and the headless ``parse --jobs N`` both use it. No Textual, no Rich.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from tui.cache import ParseCache
from tui.decode import StoryError, display_path, read_story_bytes, story_text
from tui.model import Story


@dataclass
class Loaded:
    """One file's outcome: its story, or the one-line reason there is none.

    ``key`` names the story's entry in the parse cache when it has one (read
    from it, or just written), so the explorer can let go of the story and
    read it back from there when it is shown again.
    """

    path: str
    story: Story | None = None
    error: str | None = None
    cached: bool = False
    key: str | None = None


def load_one(path: Path, cache: ParseCache) -> Loaded:
    """Read, decode and parse one file, or take its story from the cache.

    The file is read once: its bytes are the cache key, and on a miss they
    are decoded and parsed. Never raises for anything the file holds: every
    failure, the parser's own included, comes back as ``Loaded.error``.
    """
    from tui.sources import parse_story  # the parser loads with the first story, not before

    label = display_path(path)
    try:
        data = read_story_bytes(path)
        if (story := cache.get(data)) is not None:
            story.source = label
            return Loaded(label, story, cached=True, key=cache.key(data))
        story = parse_story(story_text(data, label), label)
    except StoryError as exc:
        return Loaded(label, error=str(exc))
    except Exception as exc:  # a bug outside the parser (which sources already guards)
        reason = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
        return Loaded(label, error=f"{label}: could not be read ({display_path(reason)})")
    key = cache.key(data) if cache.put(data, story) else None
    return Loaded(label, story, key=key)


def load_many(
    files: Sequence[Path],
    *,
    cache: ParseCache | None = None,
    jobs: int = 1,
) -> Iterator[Loaded]:
    """Each file's ``Loaded``, in the order of ``files``.

    With ``jobs`` above 1 the files are parsed by that many worker processes,
    started with ``spawn``: the caller may have threads that ``fork`` would
    copy mid-step, and a ``forkserver`` would stay resident after the pool
    is done (the explorer runs for hours after its files are parsed). If the
    pool breaks (a worker killed for memory), the rest are parsed here.
    """
    cache = cache or ParseCache.disabled()
    if jobs <= 1 or len(files) < 2:
        for path in files:
            yield load_one(path, cache)
        return
    import multiprocessing  # imported only when needed: the explorer starts sooner
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("spawn")
    workers = min(jobs, len(files))
    chunk = max(1, min(32, len(files) // (workers * 8)))
    done = 0
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        work = partial(load_one, cache=cache)
        for loaded in pool.map(work, files, chunksize=chunk):
            yield loaded
            done += 1
    except BrokenProcessPool:  # a worker died (out of memory, killed): finish here
        for path in files[done:]:
            yield load_one(path, cache)
    finally:  # also when the caller stops early: drop what has not started
        pool.shutdown(wait=False, cancel_futures=True)


def prepare_processes() -> None:
    """Start the helper process that worker processes need, before a Textual app runs.

    While the app runs, ``sys.stderr`` is Textual's capture, whose
    ``fileno()`` is -1; multiprocessing hands that on when it starts its
    resource tracker (with the first pool), and the pool fails with "bad
    value(s) in fds_to_keep". Started here, while stderr is the terminal's,
    the tracker is reused by every pool later.
    """
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()

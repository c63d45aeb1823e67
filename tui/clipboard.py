"""What a copy puts on the clipboard, and a native clipboard where one exists.

The strings are built from the model, never read back from the screen, so a
copy is exactly the story's words whatever the pane looked like. The app
copies through OSC 52 first (works over SSH and in tmux); ``copy_native`` is
a best-effort second path for terminals that ignore OSC 52. No Textual, no
Rich: this is plain Python that can be tested and reused headless.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

from tui.model import Quote, Story

#: Native clipboard commands, tried in order; the first one installed wins.
NATIVE_COMMANDS: tuple[tuple[str, ...], ...] = (
    ("pbcopy",),
    ("wl-copy",),
    ("xclip", "-selection", "clipboard"),
    ("xsel", "--clipboard", "--input"),
)


def quote_text(quote: Quote) -> str:
    """The quote's words exactly as in the story, without quote marks."""
    return quote.text


def attributed(story: Story, quote: Quote) -> str:
    """The quote ready to paste elsewhere: “text” — Speaker Name, Story Title."""
    speaker = story.speaker(quote.speaker)
    who = speaker.name if speaker is not None else "unknown speaker"
    return f"“{quote.text}” — {who}, {story.title}"


def preview(text: str, width: int = 60) -> str:
    """One line short enough for a toast, with an ellipsis when cut."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def copy_native(text: str, timeout: float = 2.0) -> bool:
    """Copy with the platform's clipboard command; False when there is none.

    Never raises: a missing, hung or failing command only means OSC 52 was
    the one path that worked (or nothing did, which the user will notice).
    """
    if sys.platform == "win32":
        return False
    for command in NATIVE_COMMANDS:
        if shutil.which(command[0]) is None:
            continue
        try:
            subprocess.run(
                command,
                input=text.encode("utf-8"),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=timeout,
                check=True,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        return True
    return False

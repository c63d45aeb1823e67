"""``python -m tui`` runs the same command as ``story-explorer``."""

import sys

from tui.cli import main

sys.exit(main())

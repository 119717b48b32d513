"""Shared test set-up: Qt runs offscreen unless a test asks for a real display."""

from __future__ import annotations

import os

# Without a display and without this, Qt aborts the whole test process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

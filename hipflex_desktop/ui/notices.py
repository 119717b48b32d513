"""What the app tells the person, with how much it matters.

Every message goes through :meth:`MainWindow.notify` as a :class:`Notice`: it is logged at its
severity (and so reaches the log file in the data folder), and shown. A notice with a title is
something to read and gets a box (its severity picks the icon); one without is a passing word
in the status bar, and on the session page as well while a session is under way, so that a
session is never interrupted by a box it did not ask for.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum


class Severity(Enum):
    INFO = logging.INFO  # sound on, a pack opened, a variant that does not exist
    WARNING = logging.WARNING  # something did not work; the app carries on
    ERROR = logging.ERROR  # something went wrong inside the app itself


@dataclass(frozen=True)
class Notice:
    text: str
    severity: Severity = Severity.INFO
    title: str = ""  # given: shown in a box to read
    informative: str = ""  # a box's second paragraph
    details: str = ""  # a box's "Show Details…" text

    @property
    def to_read(self) -> bool:
        return bool(self.title)

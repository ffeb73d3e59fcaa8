"""A monkey for the main window: seeded random user actions through the real widgets.

Each action draws its random numbers from the seed's generator, then acts through QTest
clicks and keys (or a widget's own setter where QTest cannot reach: sliders, combo boxes).
The run records every uncaught exception and Qt warning with the action that caused it,
checks every few actions that the window shows what the controller holds, and fails
with the seed and the last actions, so that a failure can be replayed.
"""

from .data import TAMPERINGS
from .runner import ACTIONS, MB, Monkey, MonkeyFailure, MonkeyReport, rss_bytes

__all__ = ["Monkey", "MonkeyFailure", "MonkeyReport", "ACTIONS", "TAMPERINGS", "MB", "rss_bytes"]

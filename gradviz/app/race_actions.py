"""The Run menu's race entries: open the race dialog, or stop the race."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from ..engine.race import parse_racer
from ..i18n import QT_TRANSLATE_NOOP, translate
from .race import main_racer
from .race_dialog import RaceDialog

if TYPE_CHECKING:
    from .main_window import MainWindow

__all__ = ["RaceActions"]

STARTED_NOTE = QT_TRANSLATE_NOOP("RaceActions", "Racing {count} optimizers from the same start")
STOPPED_NOTE = QT_TRANSLATE_NOOP("RaceActions", "Race stopped: one run again")


class RaceActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: RaceDialog | None = None  # kept while open, so that tests can drive it

    def racers(self) -> list:
        settings = self.window.controller.settings
        return [main_racer(settings), *(parse_racer(spec) for spec in settings.race)]

    def choose(self) -> None:
        controller = self.window.controller
        controller.pause()
        self.dialog = RaceDialog(self.racers(), self.window)
        try:
            if self.dialog.exec() != QDialog.DialogCode.Accepted:
                return
            racers = self.dialog.racers()
        finally:
            self.dialog.deleteLater()
            self.dialog = None
        self.apply(racers)

    def apply(self, racers: list) -> None:
        if self.window.controller.set_race(racers):
            count = len(racers)
            started = translate("RaceActions", STARTED_NOTE).format(count=count)
            self.window.show_note(started if count > 1 else translate("RaceActions", STOPPED_NOTE))

    def stop(self) -> None:
        if self.window.controller.settings.race:
            self.apply(self.racers()[:1])

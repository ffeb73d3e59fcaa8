"""The File menu's actions: CSV import, sessions and exports, for the main window.

Every file is written whole or not at all (files.write_atomically); a problem is a red
message in the status bar, never a dialog that blocks.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from ..files import write_atomically
from ..settings import Settings, SettingsError
from ..summary import summarize, write_history
from .csv_dialog import CsvDialog

if TYPE_CHECKING:
    from .main_window import MainWindow

__all__ = ["FileActions"]


class FileActions(QObject):
    """Opens and saves for `window`, whose controller gets what was read."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.csv_dialog: CsvDialog | None = None

    def open_csv(self) -> None:
        if self.csv_dialog is not None:  # one import at a time
            self.csv_dialog.reject()
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Open CSV", "", "CSV files (*.csv *.tsv *.txt);;All files (*)"
        )
        if not path:
            self.window.show_settings()
            return
        dialog = CsvDialog(path, self.window)
        dialog.accepted.connect(lambda: self._on_csv_accepted(dialog))
        dialog.rejected.connect(self.window.show_settings)
        dialog.finished.connect(lambda: self._forget_csv_dialog(dialog))
        self.csv_dialog = dialog
        dialog.open()

    def _forget_csv_dialog(self, dialog: CsvDialog) -> None:
        """Delete a closed dialog (a child of the window, it would otherwise live as long)."""
        if self.csv_dialog is dialog:
            self.csv_dialog = None
        dialog.deleteLater()

    def _on_csv_accepted(self, dialog: CsvDialog) -> None:
        dataset = dialog.dataset
        if dataset is None:  # accepted only once a dataset was read
            return
        targets, features = list(dataset.target_names), list(dataset.feature_names)
        if self.controller.set_csv(dataset, str(dialog.path), targets, features):
            self.window.controls.set_settings(self.controller.settings, dialog.path.name)
            for note in dataset.notes:
                self.window.show_note(f"{dialog.path.name}: {note}")

    def _save_path(self, title: str, name: str, pattern: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.window, title, name, pattern)
        return path

    def save_session(self) -> None:
        path = self._save_path("Save session", "session.gradviz.json", "gradviz sessions (*.json)")
        if path:
            self._write(path, lambda p: self.controller.settings.save(p))

    def open_session(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Open session", "", "gradviz sessions (*.json);;All files (*)"
        )
        if not path:
            return
        try:
            settings = Settings.open(path)
        except SettingsError as error:
            self.window.show_error(str(error))
            return
        self.controller.apply_settings(settings)

    def export_png(self) -> None:
        path = self._save_path("Export window", "gradviz.png", "PNG images (*.png)")
        if path:
            self._write(path, self._save_png)

    def export_history(self) -> None:
        path = self._save_path("Export history", "history.csv", "CSV files (*.csv)")
        if path:
            c = self.controller
            self._write(path, lambda p: write_history(Path(p), c.trainer, c.context.dataset))

    def export_summary(self) -> None:
        path = self._save_path("Export summary", "summary.json", "JSON files (*.json)")
        if not path:
            return
        c = self.controller
        data = c.context.dataset
        summary = {  # coef is features × targets: name its rows and columns
            **summarize(c.context.prepared, c.trainer).to_json(),
            "features": list(data.feature_names),
            "targets": list(data.target_names),
        }
        text = json.dumps(summary, indent=2)
        self._write(path, lambda p: write_atomically(p, lambda t: t.write_text(text, encoding="utf-8")))

    def _save_png(self, path: str) -> None:
        image = self.window.grab()

        def save(temporary: Path) -> None:
            if not image.save(str(temporary), "PNG"):
                raise OSError("Qt could not write the PNG")

        write_atomically(path, save)

    def _write(self, path: str, write: Callable[[str], object]) -> None:
        try:
            write(path)
        except (OSError, ValueError) as error:
            self.window.show_error(f"Could not save {path}: {error}")
            return
        self.window.show_note(f"Saved {path}")

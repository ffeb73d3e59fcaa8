"""The folder every file dialog starts in: the one a file was last opened from or saved to.

One folder for all the dialogs (CSV, sessions, exports, My Functions): a course's files (its
data, sessions, figures and functions.py) are kept together, so the next dialog, whatever its
kind, is most likely wanted where the last one was. It is kept in the window's QSettings, so a
new window and the next run start there too; without them (snapshots, tests), for this window
only. A folder since deleted or unmounted gives way to the home folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

__all__ = ["LAST_FOLDER_KEY", "LastFolder"]

LAST_FOLDER_KEY = "files/last_folder"


class LastFolder:
    """Opens QFileDialog's open and save dialogs in the last folder used, and remembers the next."""

    def __init__(self, preferences: QSettings | None = None) -> None:
        self.preferences = preferences
        self._folder = ""  # without preferences

    @property
    def folder(self) -> str:
        """The folder the next dialog starts in: "" (the working folder) before any file was chosen."""
        folder = str(self.preferences.value(LAST_FOLDER_KEY, "")) if self.preferences else self._folder
        if folder and not Path(folder).is_dir():
            return str(Path.home())
        return folder

    def remember(self, path: str | Path) -> None:
        """The folder of `path`, a file just chosen, is where the next dialog starts."""
        folder = str(Path(path).absolute().parent)
        if self.preferences is None:
            self._folder = folder
        else:
            self.preferences.setValue(LAST_FOLDER_KEY, folder)

    def start(self, name: str = "") -> str:
        """What a dialog is given to start with: `name` in `folder`."""
        folder = self.folder
        return str(Path(folder, name)) if folder else name

    def open_file(self, parent: QWidget, title: str, pattern: str) -> str:
        """The file chosen in an open dialog, "" when cancelled."""
        path, _ = QFileDialog.getOpenFileName(parent, title, self.start(), pattern)
        if path:
            self.remember(path)
        return path

    def save_file(self, parent: QWidget, title: str, name: str, pattern: str) -> str:
        """The file chosen in a save dialog that proposes `name`, "" when cancelled."""
        path, _ = QFileDialog.getSaveFileName(parent, title, self.start(name), pattern)
        if path:
            self.remember(path)
        return path

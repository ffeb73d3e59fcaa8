"""The File menu's actions: CSV import, sessions and exports, for the main window.

Every file is written whole or not at all (files.write_atomically); a problem is a red
message in the status bar, never a dialog that blocks.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QInputDialog, QProgressDialog

from ..files import write_atomically
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..settings import Settings, SettingsError
from ..summary import summarize, write_history
from .animation import (
    Cancelled,
    MissingExtra,
    check_encoder,
    frame_iterations,
    part_widget,
    replayed_frames,
    write_animation,
)
from .csv_dialog import CsvDialog
from .svg_export import plot_strips, plot_view, write_svg

if TYPE_CHECKING:
    from .main_window import MainWindow

__all__ = ["FileActions", "ANIMATION_STEPS"]

ANIMATION_STEPS = 100  # taken first when an animation is asked of a run still at step 0
PART_LABELS = {  # translated where shown (context "FileActions")
    "window": QT_TRANSLATE_NOOP("FileActions", "The whole window"),
    "fit": QT_TRANSLATE_NOOP("FileActions", "Fit"),
    "loss": QT_TRANSLATE_NOOP("FileActions", "Loss"),
    "landscape": QT_TRANSLATE_NOOP("FileActions", "Landscape"),
    "gradient": QT_TRANSLATE_NOOP("FileActions", "Gradient"),
}
SVG_PLOT_LABELS = {key: PART_LABELS[key] for key in ("fit", "loss", "landscape", "gradient")}
ALL_PLOTS = QT_TRANSLATE_NOOP("FileActions", "All four plots (one file each)")
CSV_FILTER = QT_TRANSLATE_NOOP("FileActions", "CSV files (*.csv *.tsv *.txt);;All files (*)")
SESSION_FILTER = QT_TRANSLATE_NOOP("FileActions", "gradviz sessions (*.json)")


def _tr(text: str) -> str:
    return translate("FileActions", text)


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
        title = translate("FileActions", "Open CSV")
        path = self.window.last_folder.open_file(self.window, title, _tr(CSV_FILTER))
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
                self.window.show_note(
                    translate("FileActions", "{name}: {note}").format(name=dialog.path.name, note=note)
                )

    def _save_path(self, title: str, name: str, pattern: str) -> str:
        return self.window.last_folder.save_file(self.window, title, name, pattern)

    def save_session(self) -> None:
        path = self._save_path(
            translate("FileActions", "Save session"), "session.gradviz.json", _tr(SESSION_FILTER)
        )
        if path:
            self._write(path, lambda p: self.controller.settings.save(p))

    def open_session(self) -> None:
        path = self.window.last_folder.open_file(
            self.window,
            translate("FileActions", "Open session"),
            translate("FileActions", "gradviz sessions (*.json);;All files (*)"),
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
        path = self._save_path(
            translate("FileActions", "Export window"),
            "gradviz.png",
            translate("FileActions", "PNG images (*.png)"),
        )
        if path:
            self._write(path, self._save_png)

    def export_history(self) -> None:
        path = self._save_path(
            translate("FileActions", "Export history"),
            "history.csv",
            translate("FileActions", "CSV files (*.csv)"),
        )
        if path:
            c = self.controller
            standardized = c.settings.standardize
            self._write(
                path,
                lambda p: write_history(Path(p), c.trainer, c.context.dataset, standardized=standardized),
            )

    def export_summary(self) -> None:
        path = self._save_path(
            translate("FileActions", "Export summary"),
            "summary.json",
            translate("FileActions", "JSON files (*.json)"),
        )
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

    def export_svg(self) -> None:
        """One plot, or all four (one file each, named after the plot), as SVG."""
        choices = [_tr(ALL_PLOTS), *(_tr(label) for label in SVG_PLOT_LABELS.values())]
        title = translate("FileActions", "Export plots as SVG")
        choice, ok = QInputDialog.getItem(
            self.window, title, translate("FileActions", "Plot:"), choices, 0, False
        )
        if not ok:
            return
        path = self._save_path(title, "gradviz.svg", translate("FileActions", "SVG images (*.svg)"))
        if not path:
            return
        chosen = [key for key, label in SVG_PLOT_LABELS.items() if choice in (_tr(label), _tr(ALL_PLOTS))]
        base = Path(path)
        for key in chosen:
            target = base if len(chosen) == 1 else base.with_name(f"{base.stem}-{key}{base.suffix or '.svg'}")
            view, below = plot_view(self.window, key), plot_strips(self.window, key)
            if not self._write(str(target), partial(write_svg, view=view, title=key, below=below)):
                return

    def export_animation(self) -> None:
        """The run shown, from step 0 to the step on screen, as an animated GIF or an MP4."""
        try:
            check_encoder()
        except MissingExtra as error:
            self.window.show_error(str(error))
            return
        title = translate("FileActions", "Export animation")
        labels = [_tr(label) for label in PART_LABELS.values()]
        choice, ok = QInputDialog.getItem(
            self.window, title, translate("FileActions", "Animate:"), labels, 0, False
        )
        if not ok:
            return
        path = self._save_path(
            title, "gradviz.gif", translate("FileActions", "GIF animations (*.gif);;MP4 videos (*.mp4)")
        )
        if not path:
            return
        part = next(key for key, label in PART_LABELS.items() if _tr(label) == choice)
        self.animate(path, part)

    def animate(self, path: str, part: str = "window", fps: float = 20) -> bool:
        """Replay the run as the timeline would, into `path`; the view comes back where it was.

        A run still at step 0 first takes ANIMATION_STEPS steps (the status says so).
        Returns whether the file was written.
        """
        c = self.controller
        c.pause()
        if c.trainer.iteration == 0:
            c.run(ANIMATION_STEPS)
        shown = c.viewed.iteration
        following = c.viewed_index == len(c.trainer.history) - 1
        iterations = frame_iterations(shown)
        progress = QProgressDialog(
            translate("FileActions", "Writing the animation…"),
            translate("FileActions", "Cancel"),
            0,
            len(iterations),
            self.window,
        )
        progress.setWindowTitle(translate("FileActions", "Export animation"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def advance(done: int) -> bool:
            progress.setValue(done)  # a window-modal dialog processes events here: the window redraws
            return not progress.wasCanceled()

        widget = part_widget(self.window, part)
        frames = replayed_frames(self.window, widget, iterations)
        try:
            return self._write(path, lambda p: write_animation(p, frames, fps=fps, progress=advance))
        except Cancelled:
            self.window.show_note(translate("FileActions", "Animation cancelled: nothing was written"))
            return False
        finally:
            progress.close()
            progress.deleteLater()
            c.scrub(c.trainer.iteration if following else shown)

    def _save_png(self, path: str) -> None:
        image = self.window.grab()

        def save(temporary: Path) -> None:
            if not image.save(str(temporary), "PNG"):
                raise OSError(translate("FileActions", "Qt could not write the PNG"))

        write_atomically(path, save)

    def _write(self, path: str, write: Callable[[str], object]) -> bool:
        try:
            write(path)
        except (OSError, ValueError) as error:
            self.window.show_error(
                translate("FileActions", "Could not save {path}: {error}").format(path=path, error=error)
            )
            return False
        self.window.show_note(translate("FileActions", "Saved {path}").format(path=path))
        return True

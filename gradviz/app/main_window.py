"""The main window: lays out the panels and wires controls → controller → plots."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..files import write_atomically
from ..settings import Settings, SettingsError
from ..summary import summarize, write_history
from . import theme
from .context import RunContext
from .controller import Controller
from .controls import ControlPanel
from .csv_dialog import CsvDialog
from .panels.fit import FitPanel
from .panels.gradient import GradientPanel
from .panels.landscape import LandscapePanel
from .panels.loss import LossPanel
from .shortcuts import SpinBoxKeys
from .transport import TransportBar

__all__ = ["MainWindow"]

NOTE_WIDTH = 380  # pixels for passing notes at the right of the status bar

SHORTCUTS = (
    ("Space", "play or pause"),
    ("→", "one step"),
    ("←", "show the previous step"),
    ("R", "reset to the start point"),
    ("Ctrl+O", "open a CSV file"),
    ("Ctrl+Q", "quit"),
)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None) -> None:
        theme.configure()  # before any plot exists
        super().__init__()
        self.setWindowTitle("gradviz: gradient descent at work")
        self.setObjectName("gradviz")
        self.controller = Controller(settings, parent=self)
        self.controls = ControlPanel()
        self.fit = FitPanel()
        self.loss = LossPanel()
        self.landscape = LandscapePanel()
        self.gradient = GradientPanel()
        self.panels = (self.fit, self.loss, self.landscape, self.gradient)
        self.transport = TransportBar()
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Text that changes every frame must not relayout the window (which repaints it
        # all): Qt skips that only for widgets of fixed size, so resizeEvent sizes it.
        self.status.setFixedHeight(self.status.sizeHint().height())
        self.statusBar().addWidget(self.status, 1)
        self.note = QLabel()  # passing notes ("saved …"), beside the live status
        self.note.setStyleSheet("color: #555")
        self.note.setFixedSize(NOTE_WIDTH, self.status.sizeHint().height())
        self.statusBar().addPermanentWidget(self.note)
        # Owned by the window, so that it dies with it and never fires on a deleted label.
        self._note_timer = QTimer(self, singleShot=True)
        self._note_timer.timeout.connect(self.note.clear)
        self.csv_dialog: CsvDialog | None = None
        self._layout()
        self._menus()
        self._shortcuts()
        self._connect()
        self.controls.set_settings(self.controller.settings)
        self.transport.set_speed(self.controller.settings.speed)
        self.controller.start()

    # -- construction --------------------------------------------------------

    def _layout(self) -> None:
        scroll = QScrollArea()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(300)
        scroll.setMaximumWidth(360)

        top, bottom = QSplitter(Qt.Orientation.Horizontal), QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.fit)
        top.addWidget(self.loss)
        bottom.addWidget(self.landscape)
        bottom.addWidget(self.gradient)
        plots = QSplitter(Qt.Orientation.Vertical)
        plots.addWidget(top)
        plots.addWidget(bottom)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(plots, 1)
        column.addWidget(self.transport)

        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(scroll)
        main.addWidget(right)
        main.setStretchFactor(1, 1)
        self.setCentralWidget(main)

    def _menus(self) -> None:
        menu = self.menuBar()
        file = menu.addMenu("&File")
        self._action(file, "Open CSV…", self.open_csv, QKeySequence.StandardKey.Open)
        self._action(file, "Save session…", self.save_session, QKeySequence.StandardKey.Save)
        self._action(file, "Open session…", self.open_session)
        export = file.addMenu("Export")
        self._action(export, "Window as PNG…", self.export_png)
        self._action(export, "History as CSV…", self.export_history)
        self._action(export, "Summary as JSON…", self.export_summary)
        file.addSeparator()
        self._action(file, "Quit", self.close, QKeySequence.StandardKey.Quit)

        view = menu.addMenu("&View")
        self.log_action = self._mirror(view, "Log-scale loss", self.loss.log_scale)
        self.residual_action = self._mirror(view, "Residuals", self.fit.residuals)

        help_menu = menu.addMenu("&Help")
        self._action(help_menu, "Keyboard shortcuts", self._show_shortcuts)
        self._action(help_menu, "About gradviz", self._show_about)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _mirror(self, menu, text: str, checkbox: QCheckBox) -> QAction:
        """A checkable menu entry that stays in step with a panel's checkbox, both ways."""
        action = QAction(text, self, checkable=True, checked=checkbox.isChecked())
        action.toggled.connect(checkbox.setChecked)
        checkbox.toggled.connect(action.setChecked)
        menu.addAction(action)
        return action

    def _shortcuts(self) -> None:
        controller = self.controller
        for key, slot in (
            (Qt.Key.Key_Space, controller.toggle_play),
            (Qt.Key.Key_Right, controller.step),
            (Qt.Key.Key_Left, controller.step_back),
            (Qt.Key.Key_R, controller.reset),
        ):
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        # Without this, a focused spin box (the lr box, batch, seed …) swallows these keys.
        self.spin_box_keys = SpinBoxKeys(
            self, always=(Qt.Key.Key_Space, Qt.Key.Key_R), unless_editing=(Qt.Key.Key_Left, Qt.Key.Key_Right)
        )
        self.spin_box_keys.watch_all(self)

    def _connect(self) -> None:
        c, controls, transport = self.controller, self.controls, self.transport
        c.sigRunChanged.connect(self._on_run_changed)
        c.sigRecord.connect(self._on_record)
        c.sigPlaying.connect(transport.set_playing)
        c.sigStatus.connect(self._on_status)
        c.sigError.connect(self.show_error)
        c.sigSettings.connect(self._on_settings)

        controls.sigDataset.connect(c.set_dataset)
        controls.sigOpenCsv.connect(self.open_csv)
        controls.sigStandardize.connect(c.set_standardize)
        controls.sigTestFraction.connect(c.set_test_fraction)
        controls.sigSeed.connect(c.set_seed)
        controls.sigOptimizer.connect(c.set_optimizer)
        controls.sigLr.connect(c.set_lr)
        controls.sigBatchSize.connect(c.set_batch_size)
        controls.sigSchedule.connect(c.set_schedule)
        controls.sigFastPath.connect(c.set_fast_path)

        transport.sigReset.connect(c.reset)
        transport.sigBack.connect(c.step_back)
        transport.sigPlayPause.connect(c.toggle_play)
        transport.sigStep.connect(c.step)
        transport.sigSpeed.connect(c.set_speed)
        transport.sigScrub.connect(c.scrub)
        self.landscape.sigStartChosen.connect(c.set_start)

    # -- controller → view -----------------------------------------------------

    def _on_run_changed(self, context: RunContext) -> None:
        for panel in self.panels:
            panel.set_run(context)
        data = context.dataset
        self.controls.set_run_info(
            data.n_samples, data.n_features, context.train.n_samples, context.curvature.critical_lr
        )

    def _on_record(self, record) -> None:
        for panel in self.panels:
            panel.show_record(record)
        self.transport.set_position(record.iteration, self.controller.trainer.iteration)

    def _on_status(self, text: str, problem: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {theme.ERROR}; font-weight: bold" if problem else "")

    def _show_settings(self) -> None:
        """Show the settings in force (after a cancelled import left the dataset box on CSV, say)."""
        self._on_settings(self.controller.settings)

    def _on_settings(self, settings: Settings) -> None:
        self.controls.set_settings(settings, self._csv_name())
        self.transport.set_speed(settings.speed)

    def _csv_name(self) -> str | None:
        path = self.controller.settings.csv_path
        return Path(path).name if path else None

    def show_note(self, text: str, seconds: float = 8.0) -> None:
        """A passing note beside the status; a newer note replaces it and restarts the clock."""
        self.note.setText(text)
        self._note_timer.start(int(seconds * 1000))

    def show_error(self, message: str) -> None:
        """A problem the user can fix: red in the status bar, no dialog."""
        self._on_status(f"{message}", True)

    # -- file actions --------------------------------------------------------

    def open_csv(self) -> None:
        if self.csv_dialog is not None:  # one import at a time
            self.csv_dialog.reject()
        path, _ = QFileDialog.getOpenFileName(
            self, "Open CSV", "", "CSV files (*.csv *.tsv *.txt);;All files (*)"
        )
        if not path:
            self._show_settings()
            return
        dialog = CsvDialog(path, self)
        dialog.accepted.connect(lambda: self._on_csv_accepted(dialog))
        dialog.rejected.connect(self._show_settings)
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
        features = list(dataset.feature_names)
        if self.controller.set_csv(dataset, str(dialog.path), dataset.target_names[0], features):
            self.controls.set_settings(self.controller.settings, dialog.path.name)
            for note in dataset.notes:
                self.show_note(f"{dialog.path.name}: {note}")

    def _save_path(self, title: str, name: str, pattern: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        return path

    def save_session(self) -> None:
        path = self._save_path("Save session", "session.gradviz.json", "gradviz sessions (*.json)")
        if path:
            self._write(path, lambda p: self.controller.settings.save(p))

    def open_session(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open session", "", "gradviz sessions (*.json);;All files (*)"
        )
        if not path:
            return
        try:
            settings = Settings.open(path)
        except SettingsError as error:
            self.show_error(str(error))
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
        text = json.dumps(summarize(c.context.prepared, c.trainer).to_json(), indent=2)
        self._write(path, lambda p: write_atomically(p, lambda t: t.write_text(text, encoding="utf-8")))

    def _save_png(self, path: str) -> None:
        image = self.grab()

        def save(temporary: Path) -> None:
            if not image.save(str(temporary), "PNG"):
                raise OSError("Qt could not write the PNG")

        write_atomically(path, save)

    def _write(self, path: str, write) -> None:
        try:
            write(path)
        except (OSError, ValueError) as error:
            self.show_error(f"Could not save {path}: {error}")
            return
        self.show_note(f"Saved {path}")

    # -- help ----------------------------------------------------------------

    def _show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in SHORTCUTS)
        QMessageBox.information(self, "Keyboard shortcuts", f"<table cellpadding=4>{rows}</table>")

    def _show_about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self,
            "About gradviz",
            f"<b>gradviz {__version__}</b><br>Gradient descent at work on linear regression: "
            "a NumPy autograd engine (Linear, MSE, backward) driven step by step.",
        )

    # -- lifetime ------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(1400, 900)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.status.setFixedWidth(max(100, event.size().width() - NOTE_WIDTH - 40))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.controller.pause()
        super().closeEvent(event)

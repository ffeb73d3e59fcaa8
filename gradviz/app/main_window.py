"""The main window: lays out the panels and wires controls → controller → plots."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..datasets import DatasetError
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
from .settings import Settings
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
        self.log_action = self._action(view, "Log-scale loss", self.loss.log_scale.setChecked)
        self.log_action.setCheckable(True)
        self.log_action.setChecked(self.loss.log_scale.isChecked())
        self.loss.log_scale.toggled.connect(self.log_action.setChecked)
        self.residual_action = self._action(view, "Residuals", self.fit.residuals.setChecked)
        self.residual_action.setCheckable(True)
        self.fit.residuals.toggled.connect(self.residual_action.setChecked)

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

    def _shortcuts(self) -> None:
        controller = self.controller
        for key, slot in (
            (Qt.Key.Key_Space, controller.toggle_play),
            (Qt.Key.Key_Right, controller.step),
            (Qt.Key.Key_Left, controller.step_back),
            (Qt.Key.Key_R, controller.reset),
        ):
            QShortcut(QKeySequence(key), self, activated=slot)

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
            panel.update(record)
        self.transport.set_position(record.iteration, self.controller.trainer.iteration)

    def _on_status(self, text: str, problem: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {theme.ERROR}; font-weight: bold" if problem else "")

    def _on_settings(self, settings: Settings) -> None:
        self.controls.set_settings(settings, self._csv_name())
        self.transport.set_speed(settings.speed)

    def _csv_name(self) -> str | None:
        path = self.controller.settings.csv_path
        return Path(path).name if path else None

    def show_note(self, text: str, seconds: float = 8.0) -> None:
        self.note.setText(text)
        QTimer.singleShot(
            int(seconds * 1000), lambda: self.note.setText("") if self.note.text() == text else None
        )

    def show_error(self, message: str) -> None:
        """A problem the user can fix: red in the status bar, no dialog."""
        self._on_status(f"{message}", True)

    # -- file actions --------------------------------------------------------

    def open_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open CSV", "", "CSV files (*.csv *.tsv *.txt);;All files (*)"
        )
        if not path:
            self.controls.set_settings(self.controller.settings, self._csv_name())
            return
        self.csv_dialog = CsvDialog(path, self)
        self.csv_dialog.accepted.connect(self._on_csv_accepted)
        self.csv_dialog.rejected.connect(
            lambda: self.controls.set_settings(self.controller.settings, self._csv_name())
        )
        self.csv_dialog.open()

    def _on_csv_accepted(self) -> None:
        dialog = self.csv_dialog
        features = list(dialog.dataset.feature_names)
        target = dialog.dataset.target_names[0]
        if self.controller.set_csv(dialog.dataset, str(dialog.path), target, features):
            self.controls.set_settings(self.controller.settings, dialog.path.name)
            for note in dialog.dataset.notes:
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
        except DatasetError as error:
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
        self._write(path, lambda p: Path(p).write_text(text, encoding="utf-8"))

    def _save_png(self, path: str) -> None:
        if not self.grab().save(path, "PNG"):
            raise OSError("Qt could not write the PNG")

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

"""Train with other Functions: a student's file (checked first, in a child process) or a shipped mistake.

A banner above the plots says what the run trains with, and for a mistake what it does to the
descent; the dashed path and curve are the correct run (the ghost).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..engine.mistakes import MISTAKES
from ..i18n import QT_TRANSLATE_NOOP, translate
from . import theme
from .training_functions import TrainingFunctions, mistake_functions, run_facts, student_functions

if TYPE_CHECKING:
    from ..homework.report import FileReport
    from .main_window import MainWindow

__all__ = ["FunctionsActions", "FunctionsBanner", "ReportDialog"]

CHECKING = QT_TRANSLATE_NOOP("FunctionsActions", "Checking {name} in a separate process…")
GHOST_NOTE = QT_TRANSLATE_NOOP(
    "FunctionsActions", "The dashed path and curve are the correct run, with gradviz's own Functions."
)


class FunctionsBanner(QFrame):
    """What the run trains with, when it is not gradviz's own Functions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("functionsBanner")
        # Yellow in either theme, so its text is dark in either (the dark theme's is light).
        self.setStyleSheet(
            "#functionsBanner { background: #fff6d6; border: 1px solid #e0c36a; }"
            f" #functionsBanner QLabel {{ color: {theme.FOREGROUND}; }}"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_button = QPushButton(translate("FunctionsActions", "Report…"))
        self.back_button = QPushButton(translate("FunctionsActions", "Use gradviz's Functions"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.report_button)
        row.addWidget(self.back_button)
        self.hide()

    def say(self, text: str, problem: bool = False, report: bool = False) -> None:
        self.text.setText(text)
        self.text.setStyleSheet(f"color: {theme.ERROR}" if problem else "")
        self.report_button.setVisible(report)
        self.show()


class ReportDialog(QDialog):
    """The report of `gradviz check`, as the command line prints it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FunctionsActions", "Check of your Functions"))
        self.text = QPlainTextEdit(readOnly=True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF())  # the application's, with the presenter's zoom
        self.text.setFont(mono)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Back to the window, so that its keys (Space, →) work again without a click.
        self.finished.connect(lambda _result: parent.activateWindow() if parent is not None else None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(900, 600)

    def show_report(self, text: str) -> None:
        self.text.setPlainText(text)
        self.show()


class FunctionsActions(QObject):
    sigChecked = Signal(str, object)  # path, FileReport (from the checking thread)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.banner = FunctionsBanner()
        self.report_dialog = ReportDialog(window)
        self.report: FileReport | None = None
        self._checking: str | None = None  # the file being checked
        self.banner.back_button.clicked.connect(self.use_gradviz)
        self.banner.report_button.clicked.connect(self.show_report)
        self.sigChecked.connect(self._on_checked)
        self.controller.sigFunctions.connect(self._on_functions)
        self.controller.sigSettings.connect(self._on_settings)
        self.controller.sigRunChanged.connect(self._on_run_changed)

    def adopt(self, other: FunctionsActions) -> None:
        """Take over what `other` (the actions of the window this one replaces) knew: the report."""
        self.report = other.report
        self._explain()

    # -- choosing ----------------------------------------------------------

    def choose_file(self) -> None:
        path = self.window.last_folder.open_file(
            self.window,
            translate("FunctionsActions", "Use my Functions"),
            translate("FunctionsActions", "Python files and notebooks (*.py *.ipynb);;All files (*)"),
        )
        if path:
            self.use_file(path)

    def use_file(self, path: str | Path) -> None:
        """Check the file in a child process, show the report, then train with its Linear and MSE."""
        path = str(path)
        self._checking = path
        self.controller.pause()
        self.banner.say(translate("FunctionsActions", CHECKING).format(name=Path(path).name))
        threading.Thread(target=self._check, args=(path,), daemon=True, name="gradviz-check").start()

    def use_mistake(self, key: str) -> None:
        self.controller.set_functions(mistake_functions(key))

    def use_gradviz(self) -> None:
        self._checking = None
        if self.controller.functions is None:
            self.banner.hide()
        else:
            self.controller.set_functions(None)

    def show_report(self) -> None:
        if self.report is not None:
            from ..homework.report import format_file

            self.report_dialog.show_report(format_file(self.report))

    # -- internals -----------------------------------------------------------

    def _on_settings(self, _settings) -> None:
        self._explain()

    def _on_run_changed(self, _context) -> None:
        self._explain()

    def _check(self, path: str) -> None:
        from ..homework import check_file

        try:
            result: object = check_file(path)
        except Exception as error:  # gradviz's own machinery failed: say so, never blame the file
            result = error
        try:
            self.sigChecked.emit(path, result)
        except RuntimeError:  # the window closed while the file was checked
            pass

    def _on_checked(self, path: str, result: object) -> None:
        if path != self._checking:
            return  # another file was chosen since, or the user went back
        self._checking = None
        name = Path(path).name
        if isinstance(result, Exception):
            self._fail(
                translate("FunctionsActions", "gradviz could not check {name}: {error}").format(
                    name=name, error=result
                )
            )
            return
        report: FileReport = result  # type: ignore[assignment]
        if not report.loaded:
            self._fail(report.error)
            return
        self.report = report
        self.show_report()
        if report.passed():
            note = translate("FunctionsActions", "check of {name}: PASS")
        else:
            note = translate("FunctionsActions", "check of {name}: FAIL, see Report…")
        self.window.show_note(note.format(name=name))
        try:
            functions = student_functions(path)
        except ValueError as error:
            self._fail(
                translate("FunctionsActions", "cannot train with {name}: {error}").format(
                    name=name, error=error
                )
            )
            return
        self.controller.set_functions(functions)

    def _fail(self, message: str) -> None:
        self.banner.hide() if self.controller.functions is None else self._explain()
        self.window.show_error(message)

    def _on_functions(self, functions: TrainingFunctions | None) -> None:
        if functions is None:
            self.banner.hide()
        elif functions.kind == "mistake":
            self.report = None
        self._explain()

    def _explain(self) -> None:
        functions = self.controller.functions
        if functions is None:
            if self._checking is None:
                self.banner.hide()
            return
        if functions.kind == "mistake":
            assert functions.explain is not None
            sentence = functions.explain(run_facts(self.controller.trainer))
            label = MISTAKES[functions.key].label  # in the chosen language
            self.banner.say(
                translate("FunctionsActions", "<b>Mistake mode: {mistake}.</b> {sentence} {ghost}").format(
                    mistake=label, sentence=sentence, ghost=translate("FunctionsActions", GHOST_NOTE)
                )
            )
            return
        verdict, problem = "", False
        if self.report is not None:
            problem = not self.report.passed()
            slips = sorted({slip for f in self.report.functions for slip in f.slips})
            if not problem:
                verdict = translate("FunctionsActions", " Check: PASS.")
            elif slips:
                verdict = translate("FunctionsActions", " Check: FAIL ({slips})").format(
                    slips=", ".join(slips)
                )
            else:
                verdict = translate("FunctionsActions", " Check: FAIL")
        name = Path(functions.key).name
        self.banner.say(
            translate(
                "FunctionsActions",
                "<b>Training with your Linear and MSE from {name}</b> (graph path).{verdict} {ghost}",
            ).format(name=name, verdict=verdict, ghost=translate("FunctionsActions", GHOST_NOTE)),
            problem=problem,
            report=self.report is not None,
        )

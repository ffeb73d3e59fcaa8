"""Gradcheck panel: Linear and MSE against finite differences, at the current W, b and batch.

At 64 rows a check takes about 16 ms on Boston Housing (13 features), so it runs on
the GUI thread; on wide data the rows are cut further to keep it under about 0.1 s.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..engine import MSE, Function, GradcheckReport, Linear, gradcheck_report
from ..i18n import QT_TRANSLATE_NOOP, number, translate
from . import theme

__all__ = ["GradcheckPanel", "Check", "CHECKS", "MAX_ROWS", "rows_to_check"]

MAX_ROWS = 64
MAX_X_ENTRIES = 2048  # with many features, fewer rows: X's entries set most of the time taken
SAMPLE_SEED = 0

BUTTON = QT_TRANSLATE_NOOP("GradcheckPanel", "Run gradcheck")
INTRO = QT_TRANSLATE_NOOP(
    "GradcheckPanel", "backward against central finite differences, at this step's W, b and batch"
)
NOT_RUN = QT_TRANSLATE_NOOP(
    "GradcheckPanel", "Press “Run gradcheck” to check Linear and MSE at the current W, b and batch."
)
NO_BATCH = QT_TRANSLATE_NOOP("GradcheckPanel", "No batch yet: the check runs once a step is shown.")
STALE = QT_TRANSLATE_NOOP("GradcheckPanel", "W, b or the batch changed since this check: run it again.")
HEADERS = (  # the English sources; the table shows them translated
    QT_TRANSLATE_NOOP("GradcheckPanel", "Function"),
    QT_TRANSLATE_NOOP("GradcheckPanel", "input"),
    QT_TRANSLATE_NOOP("GradcheckPanel", "shape"),
    QT_TRANSLATE_NOOP("GradcheckPanel", "max |error|"),
    QT_TRANSLATE_NOOP("GradcheckPanel", "max rel. error"),
    QT_TRANSLATE_NOOP("GradcheckPanel", "of tolerance"),
    QT_TRANSLATE_NOOP("GradcheckPanel", "result"),
)
PASS = QT_TRANSLATE_NOOP("GradcheckPanel", "pass")
FAIL = QT_TRANSLATE_NOOP("GradcheckPanel", "FAIL")
ALL_PASS = QT_TRANSLATE_NOOP("GradcheckPanel", "every gradient matches finite differences")
SOME_FAIL = QT_TRANSLATE_NOOP("GradcheckPanel", "some gradients are wrong")
INPUT_NAMES = {"Y_hat": "Ŷ"}


def shown(source: str) -> str:
    """A constant of this module in the chosen language."""
    return translate("GradcheckPanel", source)


def rows_used(used: int, total: int) -> str:
    if used == total:
        return translate("GradcheckPanel", "on all {total} rows of the batch").format(total=total)
    return translate(
        "GradcheckPanel", "on {used} of the batch's {total} rows, sampled with a fixed seed ({seed})"
    ).format(used=used, total=total, seed=SAMPLE_SEED)


def summary(rows: str, seconds: float, ok: bool) -> str:
    return translate("GradcheckPanel", "Checked {rows}, in {ms} ms: {verdict}.").format(
        rows=rows, ms=number(seconds * 1e3, ".0f"), verdict=shown(ALL_PASS if ok else SOME_FAIL)
    )


def yardstick(report: GradcheckReport) -> str:
    return translate(
        "GradcheckPanel",
        "Step eps {eps}. An entry passes when |analytic − numeric| ≤ atol + rtol·|numeric|, "
        "with atol {atol} and rtol {rtol}; “of tolerance” is the worst entry's "
        "error over its own tolerance (at most 1 to pass).",
    ).format(eps=number(report.eps, "g"), atol=number(report.atol, "g"), rtol=number(report.rtol, "g"))


class Check(NamedTuple):
    """A Function to check, and its inputs from the batch and θ: inputs(X, Y, W, b)."""

    function: type[Function]
    inputs: Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray], list[np.ndarray]]


def linear_inputs(X: np.ndarray, Y: np.ndarray, W: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [X, W, b]


def mse_inputs(X: np.ndarray, Y: np.ndarray, W: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [X @ W + b, Y]


CHECKS = (Check(Linear, linear_inputs), Check(MSE, mse_inputs))


def rows_to_check(q: int, n: int) -> np.ndarray | None:
    """Rows of a q-row batch to check (None: all): at most MAX_ROWS, fewer when n is large."""
    keep = max(2, min(MAX_ROWS, MAX_X_ENTRIES // max(n, 1)))
    if q <= keep:
        return None
    return np.sort(np.random.default_rng(SAMPLE_SEED).choice(q, size=keep, replace=False))


class GradcheckPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checks: list[Check] = list(CHECKS)
        self.reports: list[GradcheckReport] = []
        self.seconds = 0.0  # how long the last check took
        self._batch: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None

        self.button = QPushButton(shown(BUTTON))
        self.button.clicked.connect(self.run)
        self.button.setEnabled(False)
        self.intro = intro = QLabel(shown(INTRO))
        theme.mute(intro)
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.button)
        top.addWidget(intro, 1)

        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([shown(title) for title in HEADERS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self._rows = (0, 0)  # the rows the last check used, of the batch's
        self.status = QLabel(shown(NO_BATCH))
        self.status.setWordWrap(True)
        self.failures = QLabel()
        self.failures.setWordWrap(True)
        self.failures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.failures.setStyleSheet(f"color: {theme.look().palette.error}")
        self.failures.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.failures)

    def set_batch(self, X: np.ndarray, Y: np.ndarray, W: np.ndarray, b: np.ndarray) -> None:
        """The batch and θ to check at (kept, not copied: the check copies what it perturbs)."""
        changed = self._batch is not None and any(
            new is not old for new, old in zip((X, Y, W, b), self._batch)
        )
        self._batch = (X, Y, W, b)
        self.button.setEnabled(True)
        if changed and self.reports:
            self.status.setText(shown(STALE))
        elif not self.reports:
            self.status.setText(shown(NOT_RUN))

    def run(self) -> list[GradcheckReport]:
        """Check every Function of `checks` at the batch; show and return the reports."""
        if self._batch is None:
            return []
        X, Y, W, b = self._batch
        rows = rows_to_check(len(X), X.shape[1])
        if rows is not None:
            X, Y = X[rows], Y[rows]
        start = time.perf_counter()
        self.reports = [gradcheck_report(c.function, c.inputs(X, Y, W, b)) for c in self.checks]
        self.seconds = time.perf_counter() - start
        self._rows = (len(X), len(self._batch[0]))
        self._show()
        return self.reports

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        look_changed = event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange)
        if look_changed and hasattr(self, "failures"):  # the presenter's (not during __init__)
            self.failures.setStyleSheet(f"color: {theme.look().palette.error}")
            self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
            if self.reports:
                self._show()  # the results' colours and bold font
            return
        if event.type() != QEvent.Type.LanguageChange:
            return
        self.button.setText(shown(BUTTON))
        self.intro.setText(shown(INTRO))
        self.table.setHorizontalHeaderLabels([shown(title) for title in HEADERS])
        if self.reports:
            self._show()
        else:
            self.status.setText(shown(NOT_RUN if self._batch is not None else NO_BATCH))

    def _show(self) -> None:
        rows = rows_used(*self._rows)
        lines = [(report, entry) for report in self.reports for entry in report.inputs]
        self.table.setRowCount(len(lines))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, (report, entry) in enumerate(lines):
            name = INPUT_NAMES.get(entry.name, entry.name)
            cells = [
                report.function,
                f"{entry.index} ({name})" if name else str(entry.index),
                " × ".join(map(str, entry.shape)),
                _number(entry.max_abs_error),
                _number(entry.max_rel_error),
                _share(entry.max_error_share),
                shown(PASS if entry.passed else FAIL),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(entry.failure or report.failure)
                self.table.setItem(row, column, item)
            palette = theme.look().palette
            item.setForeground(QBrush(QColor(palette.good if entry.passed else palette.error)))  # the result
            item.setFont(bold)
        ok = all(report.passed for report in self.reports)
        yard = f" {yardstick(self.reports[0])}" if self.reports else ""
        self.status.setText(summary(rows, self.seconds, ok) + yard)
        failures = [_failures(report) for report in self.reports if not report.passed]
        self.failures.setText("\n".join(failures))
        self.failures.setVisible(bool(failures))


def _number(value: float) -> str:
    return "—" if value != value else number(value, ".2e")


def _share(value: float) -> str:
    return "—" if value != value else number(value, ".1e") + "×"


def _failures(report: GradcheckReport) -> str:
    """Each different reason a report failed, one per line (the first for the whole Function first)."""
    reasons = [report.failure] + [e.failure for e in report.inputs if e.failure]
    return "\n".join(dict.fromkeys(reasons))

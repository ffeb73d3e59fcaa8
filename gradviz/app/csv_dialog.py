"""The CSV import dialog: preview the first rows, pick the target and the features."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..datasets import CSVTable, Dataset, DatasetError, from_csv, read_table
from . import theme

__all__ = ["CsvDialog"]

PREVIEW_ROWS = 20


class CsvDialog(QDialog):
    """After `accept()`, `dataset`, `target` and `features` hold the user's choice."""

    def __init__(self, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.dataset: Dataset | None = None
        self.table: CSVTable | None = None
        self.setWindowTitle(f"Open CSV: {self.path.name}")
        self.resize(720, 560)

        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.target = QComboBox()
        self.features = QListWidget()
        self.features.setToolTip("Tick the columns to use as features")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.ERROR}; font-weight: bold")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("Target", self.target)
        form.addRow("Features", self.features)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"First rows of <b>{self.path.name}</b>:"))
        layout.addWidget(self.preview, 2)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.target.currentTextChanged.connect(self._on_target)
        self._load_preview()

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _load_preview(self) -> None:
        try:
            self.table = read_table(self.path, max_rows=PREVIEW_ROWS * 10)
        except DatasetError as error:
            self._fail(str(error))
            self.target.setEnabled(False)
            self.features.setEnabled(False)
            return
        table = self.table
        rows = table.cells[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(table.columns))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(
            [c if numeric else f"{c} (text)" for c, numeric in zip(table.columns, table.numeric)]
        )
        self.preview.setVerticalHeaderLabels([str(n) for n in table.line_numbers[:PREVIEW_ROWS]])
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                self.preview.setItem(i, j, QTableWidgetItem(cell))
        self.target.addItems(table.numeric_columns)
        self.target.setCurrentIndex(len(table.numeric_columns) - 1)

    def _on_target(self, target: str) -> None:
        self.features.clear()
        if self.table is None:
            return
        for column in self.table.numeric_columns:
            if column == target:
                continue
            item = QListWidgetItem(column)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.features.addItem(item)
        self.error.setText("")
        self.ok_button.setEnabled(True)

    def chosen_features(self) -> list[str]:
        return [
            self.features.item(i).text()
            for i in range(self.features.count())
            if self.features.item(i).checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        """Import with the chosen columns; on a problem, say so here and stay open."""
        if self.table is None:
            return
        try:
            self.dataset = from_csv(
                self.path, self.target.currentText(), self.chosen_features(), table=self.table
            )
        except DatasetError as error:
            self._fail(str(error), keep_ok=True)
            return
        super().accept()

    def _fail(self, message: str, keep_ok: bool = False) -> None:
        self.error.setText(message)
        self.ok_button.setEnabled(keep_ok)

"""The CSV import dialog: preview the first rows, pick the targets (one or several) and the features."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..datasets import CSVTable, Dataset, DatasetError, from_csv, read_table
from ..i18n import translate
from . import theme

__all__ = ["CsvDialog"]

PREVIEW_ROWS = 20


def _checklist(tooltip: str) -> QListWidget:
    columns = QListWidget()
    columns.setToolTip(tooltip)
    return columns


def _add_column(columns: QListWidget, name: str, checked: bool) -> None:
    item = QListWidgetItem(name)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    columns.addItem(item)


def _checked(columns: QListWidget) -> list[str]:
    items = [columns.item(i) for i in range(columns.count())]
    return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]


class CsvDialog(QDialog):
    """After `accept()`, `dataset` holds the columns chosen in `targets` and `features`.

    Every numeric column is listed under Targets; the ones not ticked there are listed
    under Features. Several targets make Y, W and b one column wider each.
    """

    def __init__(self, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.dataset: Dataset | None = None
        self.table: CSVTable | None = None
        self.setWindowTitle(translate("CsvDialog", "Open CSV: {name}").format(name=self.path.name))
        self.resize(720, 560)

        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.targets = _checklist(
            translate("CsvDialog", "Tick the column to predict, or several: each target gets a column of W")
        )
        self.features = _checklist(translate("CsvDialog", "Tick the columns to use as features"))
        self.shapes = QLabel()
        theme.mute(self.shapes)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.look().palette.error}; font-weight: bold")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        columns = QGridLayout()
        columns.addWidget(QLabel(translate("CsvDialog", "Targets (what to predict: one or several)")), 0, 0)
        columns.addWidget(QLabel(translate("CsvDialog", "Features (the inputs)")), 0, 1)
        columns.addWidget(self.targets, 1, 0)
        columns.addWidget(self.features, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(translate("CsvDialog", "First rows of <b>{name}</b>:").format(name=self.path.name))
        )
        layout.addWidget(self.preview, 2)
        layout.addLayout(columns, 1)
        layout.addWidget(self.shapes)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.targets.itemChanged.connect(self._on_targets)
        self.features.itemChanged.connect(self._on_columns)
        self._load_preview()

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _load_preview(self) -> None:
        try:
            self.table = read_table(self.path, max_rows=PREVIEW_ROWS * 10)
        except DatasetError as error:
            self._fail(str(error))
            self.targets.setEnabled(False)
            self.features.setEnabled(False)
            return
        table = self.table
        rows = table.cells[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(table.columns))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(
            [
                c if numeric else translate("CsvDialog", "{column} (text)").format(column=c)
                for c, numeric in zip(table.columns, table.numeric)
            ]
        )
        self.preview.setVerticalHeaderLabels([str(n) for n in table.line_numbers[:PREVIEW_ROWS]])
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                self.preview.setItem(i, j, QTableWidgetItem(cell))
        last = table.numeric_columns[-1]  # the default target, as from_csv's
        with QSignalBlocker(self.targets):
            for column in table.numeric_columns:
                _add_column(self.targets, column, checked=column == last)
        self._on_targets()

    def set_targets(self, names: list[str] | tuple[str, ...]) -> None:
        """Tick exactly these columns as targets, as a user would one by one."""
        with QSignalBlocker(self.targets):
            for i in range(self.targets.count()):
                item = self.targets.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked)
        self._on_targets()

    def chosen_targets(self) -> list[str]:
        return _checked(self.targets)

    def chosen_features(self) -> list[str]:
        return _checked(self.features)

    def _on_targets(self, _: QListWidgetItem | None = None) -> None:
        """List the columns that are not targets as features; each keeps its tick, a new one is ticked."""
        if self.table is None:
            return
        targets = set(self.chosen_targets())
        unticked = {self.features.item(i).text() for i in range(self.features.count())} - set(
            self.chosen_features()
        )
        with QSignalBlocker(self.features):
            self.features.clear()
            for column in self.table.numeric_columns:
                if column not in targets:
                    _add_column(self.features, column, checked=column not in unticked)
        self._on_columns()

    def _on_columns(self, _: QListWidgetItem | None = None) -> None:
        n, p = len(self.chosen_features()), len(self.chosen_targets())
        if n and p:
            # Singular and plural as whole words, so that a translation can agree with them.
            features = (
                translate("CsvDialog", "1 feature") if n == 1 else translate("CsvDialog", "{n} features")
            )
            targets = translate("CsvDialog", "1 target") if p == 1 else translate("CsvDialog", "{p} targets")
            entries = translate("CsvDialog", "1 entry") if p == 1 else translate("CsvDialog", "{p} entries")
            shapes = translate(
                "CsvDialog", "{features} → {targets}: W is {n} × {p} (features × targets), b has {entries}"
            )
            self.shapes.setText(
                shapes.format(
                    features=features.format(n=n),
                    targets=targets.format(p=p),
                    entries=entries.format(p=p),
                    n=n,
                    p=p,
                )
            )
        else:
            self.shapes.setText(translate("CsvDialog", "Tick at least one target and one feature"))
        self.error.setText("")
        self.ok_button.setEnabled(True)

    def accept(self) -> None:
        """Import with the chosen columns; on a problem, say so here and stay open."""
        if self.table is None:
            return
        try:
            self.dataset = from_csv(
                self.path, self.chosen_targets(), self.chosen_features(), table=self.table
            )
        except DatasetError as error:
            self._fail(str(error), keep_ok=True)
            return
        super().accept()

    def _fail(self, message: str, keep_ok: bool = False) -> None:
        self.error.setText(message)
        self.ok_button.setEnabled(keep_ok)

"""Run → Race optimizers…: up to five settings to race from the same start on the same batches."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..engine import HYPERPARAMETERS, OPTIMIZERS
from ..engine.race import DEFAULT_RACE_LR, MAX_RACERS, OPTIMIZER_TITLES, Racer
from ..i18n import QT_TRANSLATE_NOOP, translate
from .lr_control import LogSpinBox
from .race import RACE_COLOURS
from .spin_boxes import DecimalSpinBox

__all__ = ["RaceDialog", "PRESETS"]

# Translated where shown (context "RaceDialog").
TITLE = QT_TRANSLATE_NOOP("RaceDialog", "Race optimizers")
INTRO = QT_TRANSLATE_NOOP(
    "RaceDialog",
    "Each racer starts at the run's start and takes the same batches. Racer 1 is the run the "
    "controls change; the timeline and the transport drive them all.",
)
STOP_TEXT = QT_TRANSLATE_NOOP("RaceDialog", "Stop race")
PRESETS: dict[str, tuple[Racer, ...]] = {
    QT_TRANSLATE_NOOP("RaceDialog", "GD, momentum and Adam"): (
        Racer("gd", 0.1),
        Racer("momentum", 0.05, {"beta": 0.9}),
        Racer("adam", 0.05),
    ),
    QT_TRANSLATE_NOOP("RaceDialog", "Momentum β 0.5, 0.9, 0.99"): tuple(
        Racer("momentum", 0.02, {"beta": b}) for b in (0.5, 0.9, 0.99)
    ),
    QT_TRANSLATE_NOOP("RaceDialog", "GD at lr 0.01, 0.1, 0.3"): tuple(
        Racer("gd", lr) for lr in (0.01, 0.1, 0.3)
    ),
    QT_TRANSLATE_NOOP("RaceDialog", "Every adaptive method"): (
        Racer("adagrad", 0.5),
        Racer("rmsprop", 0.05, {"rho": 0.9}),
        Racer("adam", 0.05),
        Racer("nesterov", 0.05, {"beta": 0.9}),
    ),
}


class _Row:
    """One racer: on/off, optimizer, lr and its decay rates (ε keeps its default)."""

    def __init__(self, grid: QGridLayout, number: int) -> None:
        self.number = number
        self.use = QCheckBox(f"{number}")
        self.use.setStyleSheet(f"QCheckBox {{ color: {RACE_COLOURS[number - 1]}; font-weight: bold }}")
        if number == 1:
            self.use.setChecked(True)
            self.use.setEnabled(False)  # racer 1 is the run itself
            self.use.setToolTip(translate("RaceDialog", "Racer 1 is the run; the control panel changes it"))
        self.optimizer = QComboBox()
        for name in OPTIMIZERS:
            self.optimizer.addItem(OPTIMIZER_TITLES[name], name)
        self.lr = LogSpinBox()  # as the control panel's: 0.05, 3e-06, a comma or a point
        self.lr.setValue(DEFAULT_RACE_LR)
        self.params_box = QWidget()
        self.params_layout = QHBoxLayout(self.params_box)
        self.params_layout.setContentsMargins(0, 0, 0, 0)
        self.params: dict[str, DecimalSpinBox] = {}
        for column, widget in enumerate((self.use, self.optimizer, QLabel("lr"), self.lr, self.params_box)):
            grid.addWidget(widget, number, column)
        self.optimizer.currentIndexChanged.connect(lambda _: self._make_params({}))
        self.use.toggled.connect(self._enable)
        self._make_params({})
        self._enable(self.use.isChecked())

    def _make_params(self, values: dict[str, float]) -> None:
        while self.params_layout.count():
            item = self.params_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.params = {}
        for h in HYPERPARAMETERS[self.optimizer.currentData()]:
            if h.kind != "decay":
                continue
            box = DecimalSpinBox(decimals=4, minimum=h.low, maximum=h.high, singleStep=0.01)
            box.setValue(values.get(h.name, h.default))
            self.params_layout.addWidget(QLabel(h.label.rsplit(" ", 1)[-1]))
            self.params_layout.addWidget(box)
            self.params[h.name] = box
        self.params_layout.addStretch(1)

    def _enable(self, on: bool) -> None:
        for widget in (self.optimizer, self.lr, self.params_box):
            widget.setEnabled(on)

    def set_racer(self, racer: Racer | None) -> None:
        if self.number > 1:
            self.use.setChecked(racer is not None)
        if racer is None:
            return
        self.optimizer.setCurrentIndex(self.optimizer.findData(racer.optimizer))
        self.lr.setValue(racer.lr)
        self._make_params(racer.params)

    def racer(self) -> Racer | None:
        if not self.use.isChecked():
            return None
        name = self.optimizer.currentData()
        defaults = {h.name: h.default for h in HYPERPARAMETERS[name]}
        # Only what differs from the default is written, so that labels stay short.
        params = {key: box.value() for key, box in self.params.items() if box.value() != defaults[key]}
        return Racer(name, self.lr.value(), params)


class RaceDialog(QDialog):
    """`racers()` after accept: the racers chosen, racer 1 first (only racer 1: "Stop race")."""

    def __init__(self, racers: list[Racer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RaceDialog", TITLE))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("RaceDialog", INTRO))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.presets = QComboBox()
        self.presets.addItem(translate("RaceDialog", "Presets…"))
        for preset in PRESETS:
            self.presets.addItem(translate("RaceDialog", preset), preset)
        self.presets.activated.connect(self._on_preset)
        layout.addWidget(self.presets)
        grid = QGridLayout()
        layout.addLayout(grid)
        self.rows = [_Row(grid, number) for number in range(1, MAX_RACERS + 1)]
        self.set_racers(racers)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.button(ok).setText(translate("RaceDialog", "Race"))
        self.stop = buttons.addButton(
            translate("RaceDialog", STOP_TEXT), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.stop.clicked.connect(self._on_stop)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_racers(self, racers: list[Racer]) -> None:
        for k, row in enumerate(self.rows):
            row.set_racer(racers[k] if k < len(racers) else None)

    def racers(self) -> list[Racer]:
        return [racer for racer in (row.racer() for row in self.rows) if racer is not None]

    def _on_preset(self, index: int) -> None:
        if index > 0:
            self.set_racers(list(PRESETS[self.presets.itemData(index)]))

    def _on_stop(self) -> None:
        for row in self.rows[1:]:
            row.set_racer(None)
        self.accept()

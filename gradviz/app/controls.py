"""The left panel: dataset, data options, optimizer, learning rate, batch, schedule, seed.

It only emits what the user asked for; the main window routes that to the controller,
and `set_settings` shows settings back without echoing signals.
"""

from __future__ import annotations

import math
import re
from contextlib import ExitStack

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from ..datasets import Param, list_datasets
from ..engine import HYPERPARAMETERS, OPTIMIZERS, SCHEDULES, CriticalRate, Hyperparameter
from ..i18n import QT_TRANSLATE_NOOP, translate, whole
from ..settings import CSV, MAX_TEST_FRACTION, Settings
from .lr_control import LrControl
from .spin_boxes import DecimalSpinBox

__all__ = ["ControlPanel"]


def _offered(optimizer: str) -> tuple[Hyperparameter, ...]:
    """The settings the panel offers: the decay rates (ε only guards a division; it keeps its default)."""
    return tuple(h for h in HYPERPARAMETERS[optimizer] if h.kind == "decay")


# The generators' parameters, by name ("seed": the split and batch seed is another control).
_PARAM_LABELS = {
    "seed": QT_TRANSLATE_NOOP("Controls", "data seed"),
    "slope": QT_TRANSLATE_NOOP("Controls", "slope"),
    "intercept": QT_TRANSLATE_NOOP("Controls", "intercept"),
    "noise": QT_TRANSLATE_NOOP("Controls", "noise"),
    "correlation": QT_TRANSLATE_NOOP("Controls", "correlation"),
    "bend": QT_TRANSLATE_NOOP("Controls", "bend"),
    "fraction": QT_TRANSLATE_NOOP("Controls", "fraction"),
    "size": QT_TRANSLATE_NOOP("Controls", "size"),
}
# The engine's labels of the hyperparameters the panel offers, translated where shown.
_HYPER_LABELS = {
    "momentum β": QT_TRANSLATE_NOOP("Controls", "momentum β"),
    "decay ρ": QT_TRANSLATE_NOOP("Controls", "decay ρ"),
}


class _ParamSlider(QWidget):
    """A generator parameter: a slider (log-scaled for n) and its value."""

    valueChanged = Signal()

    def __init__(self, param: Param) -> None:
        super().__init__()
        self.param = param
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 200)
        self.label = QLabel()
        self.label.setMinimumWidth(64)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.slider.valueChanged.connect(self._on_move)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self.set_value(param.default)

    def value(self) -> float:
        return self._value

    def _slider_value(self) -> float:
        p, t = self.param, self.slider.value() / 200
        if p.log:  # two significant digits: 500 rather than 501
            value = float(f"{p.low * (p.high / p.low) ** t:.2g}")
        else:
            value = p.low + t * (p.high - p.low)
        return int(round(value)) if p.integer else round(value, 4)

    def set_value(self, value: float) -> None:
        """Show `value` exactly (the slider only approximates it) without emitting."""
        p = self.param
        self._value = value
        t = (
            math.log(value / p.low) / math.log(p.high / p.low)
            if p.log
            else (value - p.low) / (p.high - p.low)
        )
        with QSignalBlocker(self.slider):
            self.slider.setValue(round(200 * t))
        self._show()

    def _show(self) -> None:
        value = self._value
        self.label.setText(whole(int(value)) if self.param.integer else i18n.number(value, "g"))

    def _on_move(self) -> None:
        self._value = self._slider_value()
        self._show()
        self.valueChanged.emit()


class ControlPanel(QWidget):
    sigDataset = Signal(str, object)  # built-in name, generator parameters
    sigOpenCsv = Signal()
    sigStandardize = Signal(bool)
    sigTestFraction = Signal(float)
    sigSeed = Signal(int)
    sigOptimizer = Signal(str, object)  # name, hyperparameters
    sigLr = Signal(float)
    sigBatchSize = Signal(object)  # int, or None for the full batch
    sigSchedule = Signal(str)
    sigFastPath = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._infos = {info.name: info for info in list_datasets()}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._data_group())
        layout.addWidget(self._optimizer_group())
        layout.addWidget(self._run_group())
        layout.addStretch(1)
        self._regenerate = QTimer(self, singleShot=True, interval=250)
        self._regenerate.timeout.connect(self._emit_dataset)

    # -- building ------------------------------------------------------------

    def _data_group(self) -> QGroupBox:
        box = QGroupBox(translate("Controls", "Data"))
        form = QFormLayout(box)
        self.dataset = QComboBox()
        for name, info in self._infos.items():
            self.dataset.addItem(f"{name}  ({info.n_samples}×{info.n_features})", name)
            self.dataset.setItemData(self.dataset.count() - 1, info.summary, Qt.ItemDataRole.ToolTipRole)
        self.dataset.currentIndexChanged.connect(self._on_dataset)
        form.addRow(translate("Controls", "Dataset"), self.dataset)
        # What the data are (and, for Boston, what its `b` column is): in plain sight, not a tooltip.
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.description)
        self.generator_box = QWidget()
        self.generator_form = QFormLayout(self.generator_box)
        self.generator_form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.generator_box)
        self.sliders: dict[str, _ParamSlider] = {}
        self._generator_name: str | None = None  # whose sliders are built
        self.open_csv = QPushButton(translate("Controls", "Open CSV…"))
        self.open_csv.clicked.connect(self.sigOpenCsv)
        form.addRow(self.open_csv)
        self.standardize = QCheckBox(translate("Controls", "Standardize features"))
        self.standardize.setToolTip(
            translate("Controls", "Scale each feature to mean 0, std 1 (fitted on the train rows)")
        )
        self.standardize.toggled.connect(self.sigStandardize)
        form.addRow(self.standardize)
        self.test_fraction = DecimalSpinBox()
        self.test_fraction.setRange(0.0, MAX_TEST_FRACTION)
        self.test_fraction.setSingleStep(0.05)
        self.test_fraction.setKeyboardTracking(False)
        self.test_fraction.valueChanged.connect(self.sigTestFraction)
        form.addRow(translate("Controls", "Test fraction"), self.test_fraction)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setKeyboardTracking(False)
        self.seed.setToolTip(translate("Controls", "Seeds the train/test split and the batch order"))
        self.seed.valueChanged.connect(self.sigSeed)
        form.addRow(translate("Controls", "Split seed"), self.seed)
        return box

    def _optimizer_group(self) -> QGroupBox:
        box = QGroupBox(translate("Controls", "Optimizer"))
        form = QFormLayout(box)
        self.optimizer = QComboBox()
        self.optimizer.addItems(OPTIMIZERS)
        self.optimizer.currentTextChanged.connect(self._on_optimizer)
        form.addRow(translate("Controls", "Method"), self.optimizer)
        self.hyper: dict[str, DecimalSpinBox] = {}
        self.hyper_rows: dict[str, tuple[QLabel, DecimalSpinBox]] = {}
        for name in OPTIMIZERS:
            for setting in _offered(name):
                if setting.name in self.hyper:  # momentum and nesterov share β
                    continue
                spin = DecimalSpinBox()
                spin.setDecimals(4)
                spin.setRange(setting.low, setting.high)
                spin.setSingleStep(0.01)
                spin.setValue(setting.default)
                spin.setKeyboardTracking(False)
                spin.valueChanged.connect(self._emit_optimizer)
                caption = QLabel(translate("Controls", _HYPER_LABELS.get(setting.label, setting.label)))
                form.addRow(caption, spin)
                self.hyper[setting.name] = spin
                self.hyper_rows[setting.name] = (caption, spin)
        self.lr = LrControl()
        self.lr.sigLr.connect(self.sigLr)
        form.addRow(QLabel(translate("Controls", "Learning rate")))
        form.addRow(self.lr)
        return box

    def _run_group(self) -> QGroupBox:
        box = QGroupBox(translate("Controls", "Batches and schedule"))
        form = QFormLayout(box)
        self.batch = QSpinBox()
        self.batch.setRange(0, 1)
        self.batch.setSpecialValueText(translate("Controls", "full batch"))
        self.batch.setKeyboardTracking(False)
        self.batch.setToolTip(translate("Controls", "Rows per step: 0 is the full batch, 1 is stochastic"))
        self.batch.valueChanged.connect(lambda v: self.sigBatchSize.emit(v or None))
        form.addRow(translate("Controls", "Batch size"), self.batch)
        self.schedule = QComboBox()
        self.schedule.addItems(SCHEDULES)
        self.schedule.setToolTip(
            translate(
                "Controls",
                "How lr changes along the run: constant, step (halved now and then), exponential or cosine",
            )
        )
        self.schedule.currentTextChanged.connect(self.sigSchedule)
        form.addRow(translate("Controls", "lr schedule"), self.schedule)
        self.fast_path = QCheckBox(translate("Controls", "Fast full-batch path"))
        self.fast_path.setToolTip(
            translate(
                "Controls",
                "Full-batch gradients from ZᵀZ and ZᵀY, whose cost does not grow with the rows. "
                "Off: every step goes through Linear → MSE → backward.",
            )
        )
        self.fast_path.toggled.connect(self.sigFastPath)
        form.addRow(self.fast_path)
        return box

    # -- showing settings ----------------------------------------------------

    def set_settings(self, settings: Settings, csv_name: str | None = None) -> None:
        """Show `settings` in every widget without emitting anything."""
        widgets = [
            self.dataset,
            self.standardize,
            self.test_fraction,
            self.seed,
            self.optimizer,
            self.batch,
            self.schedule,
            self.fast_path,
            *self.hyper.values(),
        ]
        with ExitStack() as blocked:
            for widget in widgets:
                blocked.enter_context(QSignalBlocker(widget))
            index = self.dataset.findData(settings.dataset)
            if settings.dataset == CSV:
                if index < 0:
                    self.dataset.addItem("", CSV)
                    index = self.dataset.count() - 1
                self.dataset.setItemText(index, f"CSV: {csv_name or settings.csv_path}")
            self.dataset.setCurrentIndex(index)
            self._build_generator(settings.dataset, settings.dataset_params)
            self.standardize.setChecked(settings.standardize)
            self.test_fraction.setValue(settings.test_fraction)
            self.seed.setValue(settings.seed)
            self.optimizer.setCurrentText(settings.optimizer)
            for attribute, value in settings.optimizer_params.items():
                if attribute in self.hyper:
                    self.hyper[attribute].setValue(value)
            self._show_hyper(settings.optimizer)
            # The new run's size comes next (set_run_info): until then, room for the value.
            batch = settings.batch_size or 0
            self.batch.setMaximum(max(self.batch.maximum(), batch))
            self.batch.setValue(batch)
            self.schedule.setCurrentText(settings.schedule)
            self.fast_path.setChecked(settings.fast_path)
        self.lr.set_value(settings.lr)

    def set_run_info(
        self, n_rows: int, n_features: int, n_train: int, critical_lr: CriticalRate | float | None
    ) -> None:
        """Show the current data's shape, and what depends on it."""
        index = self.dataset.currentIndex()
        name = self.dataset.itemData(index)
        if name != CSV:
            self.dataset.setItemText(index, f"{name}  ({whole(n_rows)}×{n_features})")
        with QSignalBlocker(self.batch):
            self.batch.setMaximum(n_train)
        self.lr.set_critical(critical_lr)

    def set_description(self, text: str) -> None:
        """What the current dataset is, under its name (line breaks of the source text dropped)."""
        # ASCII whitespace only: str.split() would also turn the no-break spaces of French into plain ones.
        self.description.setText(re.sub(r"[ \t\r\n]+", " ", text).strip())
        self.description.setVisible(bool(text))

    def set_critical(self, critical: CriticalRate | None) -> None:
        """The ▲ and its label: the critical rate of the chosen optimizer and batch size (None: none)."""
        self.lr.set_critical(critical)

    # -- reacting ------------------------------------------------------------

    def _build_generator(self, name: str, values: dict[str, float]) -> None:
        if name == self._generator_name:  # already built, perhaps mid-drag: only show the values
            for param_name, value in values.items():
                if param_name in self.sliders and self.sliders[param_name].value() != value:
                    self.sliders[param_name].set_value(value)
            return
        self._generator_name = name
        while self.generator_form.rowCount():
            self.generator_form.removeRow(0)
        self.sliders = {}
        info = self._infos.get(name)
        for param in info.params if info else ():
            slider = _ParamSlider(param)
            if param.name in values:
                slider.set_value(values[param.name])
            slider.valueChanged.connect(self._regenerate.start)
            self.generator_form.addRow(
                translate("Controls", _PARAM_LABELS.get(param.name, param.name)), slider
            )
            self.sliders[param.name] = slider
        self.generator_box.setVisible(bool(self.sliders))

    def _on_dataset(self) -> None:
        name = self.dataset.currentData()
        if name == CSV:
            self.sigOpenCsv.emit()
            return
        self._build_generator(name, {})
        self._emit_dataset()

    def _emit_dataset(self) -> None:
        name = self.dataset.currentData()
        if name != CSV:
            self.sigDataset.emit(name, {k: s.value() for k, s in self.sliders.items()})

    def _show_hyper(self, name: str) -> None:
        wanted = {setting.name for setting in _offered(name)}
        for attribute, (caption, spin) in self.hyper_rows.items():
            caption.setVisible(attribute in wanted)
            spin.setVisible(attribute in wanted)

    def _on_optimizer(self, name: str) -> None:
        self._show_hyper(name)
        self._emit_optimizer()

    def _emit_optimizer(self) -> None:
        name = self.optimizer.currentText()
        params = {setting.name: self.hyper[setting.name].value() for setting in _offered(name)}
        self.sigOptimizer.emit(name, params)

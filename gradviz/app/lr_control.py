"""The learning-rate control: a log-scale slider, an exact spin box, and the critical mark."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPolygonF, QValidator
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from ..engine.stability import CriticalRate
from ..i18n import translate
from ..settings import LR_MAX, LR_MIN
from . import theme

__all__ = ["LrControl", "LogSpinBox"]

_TICKS_PER_DECADE = 100
_DECADES = math.log10(LR_MAX / LR_MIN)


def _to_tick(lr: float) -> int:
    return round(math.log10(lr / LR_MIN) * _TICKS_PER_DECADE)


def _to_lr(tick: int) -> float:
    return float(f"{LR_MIN * 10 ** (tick / _TICKS_PER_DECADE):.3g}")


class LogSpinBox(QDoubleSpinBox):
    """Shows 0.05 or 3e-06 rather than 0.050000; arrows move by a tenth of a decade."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(12)
        self.setRange(LR_MIN, LR_MAX)
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:
        return i18n.number(value, ".4g")

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.replace(",", "."))  # a decimal comma (French) or point, either is read
        except ValueError:
            return self.value()

    def validate(self, text: str, position: int):
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            return QValidator.State.Intermediate, text, position
        ok = LR_MIN <= value <= LR_MAX
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, position

    def stepBy(self, steps: int) -> None:
        self.setValue(float(f"{self.value() * 10 ** (steps / 10):.3g}"))


class _CriticalMark(QWidget):
    """A ▲ under the slider at the critical rate; to its right, the chosen optimizer diverges."""

    HEIGHT = 10  # pixels at zoom 1: the mark grows with the presenter's zoom, as the text does

    def __init__(self, slider: QSlider) -> None:
        super().__init__()
        self.slider = slider
        self.critical: float | None = None
        self.setFixedHeight(self.HEIGHT)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.setFixedHeight(round(self.HEIGHT * theme.look().zoom))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.critical is None or not LR_MIN <= self.critical <= LR_MAX:
            return
        option = QStyleOptionSlider()
        self.slider.initStyleOption(option)
        handle = self.slider.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self.slider
        )
        span = self.slider.width() - handle.width()
        x = handle.width() / 2 + QStyle.sliderPositionFromValue(
            self.slider.minimum(), self.slider.maximum(), _to_tick(self.critical), span
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(theme.look().palette.error))
        painter.setPen(Qt.PenStyle.NoPen)
        half, tall = 0.5 * self.height(), 0.9 * self.height()
        painter.drawPolygon(QPolygonF([QPointF(x, 0), QPointF(x - half, tall), QPointF(x + half, tall)]))


class LrControl(QWidget):
    """Emits sigLr(float) when the user moves the slider or edits the spin box."""

    sigLr = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, round(_DECADES * _TICKS_PER_DECADE))
        self.slider.setToolTip(translate("LrControl", "Learning rate, log scale from 1e-6 to 10"))
        self.spin = LogSpinBox()
        self.spin.setToolTip(
            translate("LrControl", "The exact learning rate; type a value or use the arrows")
        )
        self.mark = _CriticalMark(self.slider)
        self.critical_label = QLabel()
        self.critical_label.setWordWrap(True)
        theme.mute(self.critical_label)
        self.rate = CriticalRate(None, "", "")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.spin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        self.mark_row = QHBoxLayout()
        self.mark_row.setContentsMargins(0, 0, 0, 0)
        self.mark_row.addWidget(self.mark, 1)
        self.mark_row.addSpacing(self.spin.sizeHint().width() + row.spacing())
        layout.addLayout(self.mark_row)
        layout.addWidget(self.critical_label)
        self.slider.valueChanged.connect(self._on_slider)
        self.spin.valueChanged.connect(self._on_spin)

    def value(self) -> float:
        return self.spin.value()

    def set_value(self, lr: float) -> None:
        """Show `lr` without emitting sigLr."""
        with QSignalBlocker(self.slider), QSignalBlocker(self.spin):
            self.spin.setValue(lr)
            self.slider.setValue(_to_tick(lr))
        self._describe()

    def set_critical(self, critical: CriticalRate | float | None) -> None:
        """Mark the critical rate of the chosen setting; a float is full-batch GD's 2/λmax; None: none."""
        if critical is None:
            critical = CriticalRate(None, "", "")
        elif not isinstance(critical, CriticalRate):
            reason = translate("LrControl", "full-batch GD converges iff lr < 2/λmax")
            critical = CriticalRate(critical, "2/λmax", reason)
        self.rate = critical
        self.mark.critical = critical.lr
        if self.mark.toolTip() != critical.reason:  # a change shows at once in a visible tooltip
            self.mark.setToolTip(critical.reason)
            self.critical_label.setToolTip(critical.reason)
        self.mark.update()
        self._describe()

    def _on_slider(self, tick: int) -> None:
        lr = _to_lr(tick)
        with QSignalBlocker(self.spin):
            self.spin.setValue(lr)
        self._describe()
        self.sigLr.emit(lr)

    def _on_spin(self, lr: float) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setValue(_to_tick(lr))
        self._describe()
        self.sigLr.emit(lr)

    def _describe(self) -> None:
        critical, formula = self.rate.lr, self.rate.formula
        if critical is None:
            self.critical_label.setText(self.rate.reason)
            return
        above = self.value() >= critical
        verdict = (
            translate("LrControl", "above: diverges")
            if above
            else translate("LrControl", "converges below it")
        )
        text = translate("LrControl", "▲ critical {formula} = {lr} ({verdict})").format(
            formula=formula, lr=i18n.number(critical, ".3g"), verdict=verdict
        )
        # Muted (the theme's secondary colour) below the rate, red above it.
        error = theme.look().palette.error
        self.critical_label.setText(f"<span style='color:{error}'>{text}</span>" if above else text)

"""Transport bar: reset, step back, play/pause, step, speed, and the timeline."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QStyle, QToolButton, QVBoxLayout, QWidget

from .. import i18n
from ..i18n import translate, whole

__all__ = ["TransportBar", "SPEEDS"]

# Steps per second offered by the speed control; inf means as fast as possible.
SPEEDS: tuple[float, ...] = (1, 2, 5, 10, 20, 30, 60, 100, 300, 1000, 3000, 10000, math.inf)
TIMELINE_WIDTH = 200  # pixels the timeline keeps at least, so that a step can still be picked


def _speed_text(speed: float) -> str:
    return translate("Transport", "max") if math.isinf(speed) else f"{i18n.number(speed, 'g')}/s"


class TransportBar(QWidget):
    sigReset = Signal()
    sigBack = Signal()
    sigPlayPause = Signal()
    sigStep = Signal()
    sigSpeed = Signal(float)  # steps per second, inf for as fast as possible
    sigScrub = Signal(int)  # an iteration

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style = self.style()

        def button(icon: QStyle.StandardPixmap, text: str, tip: str, signal) -> QToolButton:
            b = QToolButton()
            b.setIcon(style.standardIcon(icon))
            b.setText(text)
            b.setToolTip(tip)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.clicked.connect(signal)
            return b

        self.reset_button = button(
            QStyle.StandardPixmap.SP_BrowserReload,
            translate("Transport", "Reset"),
            translate("Transport", "Back to the start point (R)"),
            self.sigReset,
        )
        self.back_button = button(
            QStyle.StandardPixmap.SP_MediaSeekBackward,
            translate("Transport", "Back"),
            translate("Transport", "Show the previous step (←)"),
            self.sigBack,
        )
        self.play_button = button(
            QStyle.StandardPixmap.SP_MediaPlay,
            translate("Transport", "Play"),
            translate("Transport", "Play or pause (Space)"),
            self.sigPlayPause,
        )
        self.step_button = button(
            QStyle.StandardPixmap.SP_MediaSkipForward,
            translate("Transport", "Step"),
            translate("Transport", "One step (→)"),
            self.sigStep,
        )
        self.play_button.setMinimumWidth(80)

        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setFixedWidth(110)
        self.speed.setToolTip(translate("Transport", "Steps per second, from 1 to as fast as possible"))
        self.speed_label = QLabel()
        self.speed.valueChanged.connect(self._on_speed)

        self.timeline = QSlider(Qt.Orientation.Horizontal)
        self.timeline.setToolTip(
            translate("Transport", "Drag to see any earlier step; Play continues from there")
        )
        self.timeline.setRange(0, 0)
        self.timeline.valueChanged.connect(self._on_timeline)
        self.timeline.setMinimumWidth(TIMELINE_WIDTH)
        self.timeline_label = QLabel()
        self._fit_labels()

        # Wide, one row; narrower, the buttons lose their text; narrower still, the
        # timeline takes a second row of its own (see _arrange).
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 2, 6, 2)
        column.setSpacing(2)
        layout = self._row = QHBoxLayout()
        self._timeline_row = QHBoxLayout()
        column.addLayout(layout)
        column.addLayout(self._timeline_row)
        self.buttons = [self.reset_button, self.back_button, self.play_button, self.step_button]
        for b in self.buttons:
            layout.addWidget(b)
        layout.addSpacing(12)
        layout.addWidget(QLabel(translate("Transport", "speed")))
        layout.addWidget(self.speed)
        layout.addWidget(self.speed_label)
        layout.addStretch(0)  # with the timeline on its own row: the buttons stay at the left
        self._timeline_spacer = QWidget()
        self._timeline_spacer.setFixedWidth(6)
        timeline = QLabel(translate("Transport", "timeline"))
        self._timeline_parts = (self._timeline_spacer, timeline, self.timeline, self.timeline_label)
        self._timeline_in_row = True
        self._place_timeline(in_row=True)

    def add_action(self, action: QAction) -> None:
        """A button for a window action (it stays in step with the action's menu entry)."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._row.insertWidget(4, button)
        self.buttons.append(button)

    @property
    def compact(self) -> bool:
        """Whether the buttons show their icons only (their text is in their tooltips)."""
        return self.play_button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly

    @property
    def timeline_in_row(self) -> bool:
        """Whether the timeline sits beside the buttons (else on a row of its own)."""
        return self._timeline_in_row

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Narrow enough for the compact arrangement: resizeEvent arranges for the width given."""
        return QSize(self._buttons_width(compact=True), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_labels()
            self._arrange(self.width())

    def _fit_labels(self) -> None:
        # Fixed sizes: a label that resizes every frame would relayout the window.
        metrics = self.fontMetrics()
        self.speed_label.setFixedSize(metrics.horizontalAdvance("10000/s "), metrics.height() + 4)
        self.timeline_label.setFixedSize(
            metrics.horizontalAdvance("it 00,000,000 / 00,000,000"), metrics.height() + 4
        )

    def _buttons_width(self, compact: bool) -> int:
        """The width of the first row without the timeline, with or without the buttons' text."""
        row = self._row
        width = row.spacing() * max(0, row.count() - 1) + 12  # the margins
        for i in range(row.count()):
            item = row.itemAt(i)
            assert item is not None
            widget = item.widget()
            if widget in self._timeline_parts:
                width -= row.spacing()
            elif isinstance(widget, QToolButton) and compact and not widget.icon().isNull():
                width += widget.iconSize().width() + 12
            else:
                width += item.sizeHint().width()
        return width

    def _timeline_width(self) -> int:
        label = self._timeline_parts[1]
        spacing = self._row.spacing()
        return sum((6, label.sizeHint().width(), TIMELINE_WIDTH, self.timeline_label.width())) + 4 * spacing

    def _arrange(self, width: int) -> None:
        for compact in (False, True):
            if self._buttons_width(compact) + self._timeline_width() <= width:
                self._set_compact(compact)
                self._place_timeline(in_row=True)
                return
        self._set_compact(self._buttons_width(compact=False) > width)
        self._place_timeline(in_row=False)

    def _set_compact(self, compact: bool) -> None:
        if compact == self.compact:
            return
        styles = Qt.ToolButtonStyle
        style = styles.ToolButtonIconOnly if compact else styles.ToolButtonTextBesideIcon
        for b in self.buttons:
            if not b.icon().isNull():
                b.setToolButtonStyle(style)
        self.play_button.setMinimumWidth(0 if compact else 80)

    def _place_timeline(self, in_row: bool) -> None:
        if in_row == self._timeline_in_row and self._timeline_parts[0].parent() is not None:
            return
        self._timeline_in_row = in_row
        row = self._row if in_row else self._timeline_row
        for part in self._timeline_parts:
            row.addWidget(part, 1 if part is self.timeline else 0)  # moves it from the other row
        self._row.setStretch(self._row.indexOf(self.speed_label) + 1, 0 if in_row else 1)

    def set_playing(self, playing: bool) -> None:
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText(
            translate("Transport", "Pause") if playing else translate("Transport", "Play")
        )

    def set_speed(self, speed: float) -> None:
        index = next((i for i, s in enumerate(SPEEDS) if s >= speed), len(SPEEDS) - 1)
        with QSignalBlocker(self.speed):
            self.speed.setValue(index)
        self.speed_label.setText(_speed_text(SPEEDS[index]))

    def set_position(self, iteration: int, newest: int) -> None:
        """Show `iteration` on a timeline that ends at `newest`."""
        with QSignalBlocker(self.timeline):
            self.timeline.setRange(0, newest)
            self.timeline.setValue(iteration)
        self.timeline_label.setText(
            translate("Transport", "it {iteration} / {newest}").format(
                iteration=whole(iteration), newest=whole(newest)
            )
        )

    def _on_speed(self, index: int) -> None:
        self.speed_label.setText(_speed_text(SPEEDS[index]))
        self.sigSpeed.emit(SPEEDS[index])

    def _on_timeline(self, iteration: int) -> None:
        self.sigScrub.emit(iteration)

"""Transport bar: reset, step back, play/pause, step, speed, and the timeline."""

from __future__ import annotations

import math

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QStyle, QToolButton, QWidget

__all__ = ["TransportBar", "SPEEDS"]

# Steps per second offered by the speed control; inf means as fast as possible.
SPEEDS: tuple[float, ...] = (1, 2, 5, 10, 20, 30, 60, 100, 300, 1000, 3000, 10000, math.inf)


def _speed_text(speed: float) -> str:
    return "max" if math.isinf(speed) else f"{speed:g}/s"


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
            QStyle.StandardPixmap.SP_BrowserReload, "Reset", "Back to the start point (R)", self.sigReset
        )
        self.back_button = button(
            QStyle.StandardPixmap.SP_MediaSeekBackward, "Back", "Show the previous step (←)", self.sigBack
        )
        self.play_button = button(
            QStyle.StandardPixmap.SP_MediaPlay, "Play", "Play or pause (Space)", self.sigPlayPause
        )
        self.step_button = button(
            QStyle.StandardPixmap.SP_MediaSkipForward, "Step", "One step (→)", self.sigStep
        )
        self.play_button.setMinimumWidth(80)

        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setFixedWidth(110)
        self.speed.setToolTip("Steps per second, from 1 to as fast as possible")
        self.speed_label = QLabel()
        self.speed_label.setFixedSize(
            self.fontMetrics().horizontalAdvance("10000/s "), self.fontMetrics().height() + 4
        )
        self.speed.valueChanged.connect(self._on_speed)

        self.timeline = QSlider(Qt.Orientation.Horizontal)
        self.timeline.setToolTip("Drag to see any earlier step; Play continues from there")
        self.timeline.setRange(0, 0)
        self.timeline.valueChanged.connect(self._on_timeline)
        self.timeline_label = QLabel()
        # A fixed width: a label that resizes every frame would relayout the window.
        self.timeline_label.setFixedSize(
            self.fontMetrics().horizontalAdvance("it 00,000,000 / 00,000,000"),
            self.fontMetrics().height() + 4,
        )

        layout = self._row = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for b in (self.reset_button, self.back_button, self.play_button, self.step_button):
            layout.addWidget(b)
        layout.addSpacing(12)
        layout.addWidget(QLabel("speed"))
        layout.addWidget(self.speed)
        layout.addWidget(self.speed_label)
        layout.addSpacing(12)
        layout.addWidget(QLabel("timeline"))
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.timeline_label)

    def add_action(self, action: QAction) -> None:
        """A button for a window action (it stays in step with the action's menu entry)."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._row.insertWidget(4, button)

    def set_playing(self, playing: bool) -> None:
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText("Pause" if playing else "Play")

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
        self.timeline_label.setText(f"it {iteration:,} / {newest:,}")

    def _on_speed(self, index: int) -> None:
        self.speed_label.setText(_speed_text(SPEEDS[index]))
        self.sigSpeed.emit(SPEEDS[index])

    def _on_timeline(self, iteration: int) -> None:
        self.sigScrub.emit(iteration)

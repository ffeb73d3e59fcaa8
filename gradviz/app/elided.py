"""A label that never grows past its width: its text wraps onto a few lines, then ends in "…"."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QWidget

__all__ = ["ElidedLabel", "fit_lines"]


def fit_lines(text: str, font: QFont, width: float, lines: int) -> list[str]:
    """`text` broken at words into at most `lines` lines of `width` pixels, the last one elided."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    shown: list[str] = []
    position = 0
    while len(shown) < lines - 1:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        position = line.textStart() + line.textLength()
        shown.append(text[line.textStart() : position].rstrip())
    layout.endLayout()
    rest = text[position:].strip()
    if rest:
        shown.append(QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, math.floor(width)))
    return shown or [""]


class ElidedLabel(QLabel):
    """A QLabel whose text() is the whole text, painted on `lines` lines at most and cut with "…".

    When the text does not fit, the tooltip holds all of it. The label's height is fixed at
    its lines, so a text that changes every frame never relayouts the window. It asks for
    the width of its text, and can do with the width of "…" (none while it is empty).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = 1
        self._always_tip = False
        self._shorter: tuple[str, ...] = ()
        self._fit_height()

    def set_lines(self, lines: int, always_tip: bool = False) -> None:
        """At most `lines` lines; `always_tip` puts the text in the tooltip even when it fits."""
        self._always_tip = always_tip
        if lines != self._lines:
            self._lines = lines
            self._fit_height()
        self._update_tip()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._shorter = ()
        super().setText(text)
        self._update_tip()

    def set_texts(self, text: str, *shorter: str) -> None:
        """`text`, or where it does not fit on its line, the first of `shorter` that does (the
        last one cut with "…"): "arrow = −∇C × 0.297", else "−∇C × 0.297", else "× 0.297"."""
        self.setText(text)
        self._shorter = shorter
        self._update_tip()
        self.update()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        margins = self.contentsMargins()
        width = math.ceil(QFontMetricsF(self.font()).horizontalAdvance("…")) + 2 * self.margin()
        width += margins.left() + margins.right()
        return QSize(width if self.text() else 0, super().minimumSizeHint().height())

    def shown_lines(self) -> list[str]:
        """The lines as painted."""
        text, width = self.text(), self._text_width()
        if self._shorter and self._lines == 1:
            metrics = QFontMetricsF(self.font())
            fitting = (t for t in (text, *self._shorter) if metrics.horizontalAdvance(t) <= width)
            text = next(fitting, self._shorter[-1])
        return fit_lines(text, self.font(), width, self._lines)

    @property
    def elided(self) -> bool:
        return " ".join(self.shown_lines()).replace("\n", " ").split() != self.text().split()

    def _text_width(self) -> float:
        return max(1.0, self.contentsRect().width() - 2 * self.margin())

    def _fit_height(self) -> None:
        margins = self.contentsMargins()
        height = self._lines * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom() + 4
        self.setFixedHeight(height)

    def _update_tip(self) -> None:
        tip = self.text() if self._always_tip or self.elided else ""
        if self.toolTip() != tip:  # the offscreen plugin complains when a shown tooltip is set again
            self.setToolTip(tip)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._update_tip()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
            self._update_tip()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        rect = QRectF(self.contentsRect())
        spacing = self.fontMetrics().lineSpacing()
        lines = self.shown_lines()
        top = rect.top() + (rect.height() - len(lines) * spacing) / 2
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for i, line in enumerate(lines):
            painter.drawText(QRectF(rect.left(), top + i * spacing, rect.width(), spacing), flags, line)
        painter.end()

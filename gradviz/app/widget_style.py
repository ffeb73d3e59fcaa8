"""The widgets' look in either theme and at any zoom, for every window of the application.

Top-level windows (dialogs, message boxes, file dialogs, menus, tooltips) do not inherit the
main window's palette nor its font: both are the application's. Fusion draws an unticked check box as a Base
square framed in a shade of Window, invisible on a dark Window and faint (1.7:1) on a light one: the
style frames it anew.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

__all__ = ["FramedIndicators", "apply", "contrast"]


def contrast(a: QColor | str, b: QColor | str) -> float:
    """The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""

    def luminance(color: QColor | str) -> float:
        c = QColor(color)
        linear = [
            v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
            for v in (c.redF(), c.greenF(), c.blueF())
        ]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class FramedIndicators(QProxyStyle):
    """The style in use, with check boxes and radio buttons framed in the palette's
    secondary-text colour (a contrast of 4.5 on the window) on a dark window, and on a light
    one under Fusion. Other styles keep their own (native) indicators on a light window."""

    FRAMED = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)

    def drawPrimitive(  # noqa: N802 - Qt's name
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in self.FRAMED:
            return
        light = option.palette.color(QPalette.ColorRole.Window).lightnessF() >= 0.5
        if light and self.baseStyle().name().lower() != "fusion":
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.PlaceholderText), 1.0))
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -1.5, -1.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 1.0, 1.0)
        painter.restore()


_style: FramedIndicators | None = None  # kept: the application does not own a Python style
_system_font: QFont | None = None  # the application's before the first zoom


def apply(palette: QPalette, zoom: float = 1.0) -> None:
    """`palette` and the system's font times `zoom` for every window, now and to come;
    framed indicators."""
    global _style, _system_font
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not isinstance(app.style(), FramedIndicators):
        _style = FramedIndicators(app.style().name())
        app.setStyle(_style)
    app.setPalette(palette)
    if _system_font is None:
        _system_font = QFont(app.font())
    font = QFont(_system_font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(round(font.pointSizeF() * zoom, 1))
    else:  # a font sized in pixels
        font.setPixelSize(max(1, round(font.pixelSize() * zoom)))
    if font != app.font():
        app.setFont(font)

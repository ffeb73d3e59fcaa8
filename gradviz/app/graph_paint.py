"""What every painted item of the Graph view is made of: colours, fonts, numbers as text, labels, boxes.

Flat and painted like app/items.py.
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsSimpleTextItem

from .. import i18n
from . import theme

__all__ = [
    "Box",
    "Label",
    "colour",
    "font",
    "format_number",
    "make_pen",
    "shape_text",
    "text_width",
    "visible_texts",
]

INK = theme.FOREGROUND
MUTED = "#6b6f76"
FAINT = "#868b92"  # greyed text, as a disabled widget's: a contrast of 3 on every fill
EDGE = "#b9bec6"
ARROW_INK = "#8d939c"
FILL = "#ffffff"
FUNCTION_FILL = "#eef3fa"
CONTEXT_FILL = "#fffbf2"
PENDING_FILL = "#f3f3f3"
UNNEEDED_FILL = "#f6f6f6"
GRADIENT = theme.MODEL  # the Gradient panel's bars: gradients are red everywhere
HIGHLIGHT = theme.TEST  # the current sub-step
SELECTION = "#7b3fc4"  # the entries a click picked, and those they are made of

# The colours above are named by their look in the light theme; the dark theme draws each with its twin.
DARK_TWINS = {
    INK: theme.DARK.text,
    MUTED: "#a9adb4",
    FAINT: "#7f848b",
    EDGE: "#5d636c",
    ARROW_INK: "#9aa0a8",
    FILL: "#2a2d32",
    FUNCTION_FILL: "#25303f",
    CONTEXT_FILL: "#342f25",
    PENDING_FILL: "#27282b",
    UNNEEDED_FILL: "#242528",
    SELECTION: "#a47ae6",
}

LINE = 16.0  # height of a line of body text
PAD = 8.0


@cache
def font(kind: str) -> QFont:
    pixels, bold, italic = {
        "title": (15, True, False),
        "body": (12, False, False),
        "bold": (12, True, False),
        "small": (11, False, False),
        "note": (11, False, True),
        "mono": (12, False, False),
    }[kind]
    f = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont) if kind == "mono" else QFont()
    f.setPixelSize(pixels)
    f.setBold(bold)
    f.setItalic(italic)
    return f


def text_width(text: str, kind: str = "body") -> float:
    return max((QFontMetricsF(font(kind)).horizontalAdvance(line) for line in text.split("\n")), default=0.0)


def format_number(value: float) -> str:
    """Four significant digits, a true minus sign, a short exponent: −1.234e−5."""
    value = float(value)
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    text = i18n.number(value, ".4g")  # with the window's decimal mark
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text.replace("-", "−")


def shape_text(shape: tuple[int, ...]) -> str:
    if not shape:
        return i18n.translate("Graph", "scalar")
    if len(shape) == 1:
        return f"({shape[0]},)"
    return "×".join(str(size) for size in shape)


def colour(color: str) -> QColor:
    """`color` (one of the constants above, or any other) as the theme in use draws it."""
    if theme.look().palette is theme.DARK:
        return QColor(DARK_TWINS.get(color, color))
    return QColor(color)


def make_pen(color: str, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    return QPen(colour(color), width, style)


NO_PEN = QPen(Qt.PenStyle.NoPen)


class Label(QGraphicsSimpleTextItem):
    def __init__(self, parent: QGraphicsItem, kind: str = "body", color: str = INK, text: str = "") -> None:
        super().__init__(text, parent)
        self.setFont(font(kind))
        self.set_color(color)

    def set_color(self, color: str) -> None:
        self.setBrush(QBrush(colour(color)))

    def set(self, text: str, color: str | None = None) -> None:
        if text != self.text():
            self.setText(text)
        if color is not None:
            self.set_color(color)


def visible_texts(item: QGraphicsItem) -> list[str]:
    """The texts under `item` that are shown, top to bottom, left to right."""
    found = [
        (child.scenePos().y(), child.scenePos().x(), child.text())
        for child in _descendants(item)
        if isinstance(child, QGraphicsSimpleTextItem) and child.isVisible() and child.text()
    ]
    return [text for _, _, text in sorted(found)]


def _descendants(item: QGraphicsItem) -> list[QGraphicsItem]:
    out = []
    for child in item.childItems():
        out.append(child)
        out.extend(_descendants(child))
    return out


class Box(QGraphicsPathItem):
    """A rounded, flat card or sub-card."""

    def __init__(
        self, parent: QGraphicsItem | None, width: float, height: float, fill: str, radius: float = 8
    ) -> None:
        super().__init__(parent)
        self.fill = fill
        self.resize(width, height, radius)
        self.set_look()

    def resize(self, width: float, height: float, radius: float = 8) -> None:
        self.width, self.height = width, height
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, width, height), radius, radius)
        self.setPath(path)

    def set_look(self, state: str = "normal", highlight: bool = False, edge: str = EDGE) -> None:
        """state: "normal", "pending" (dashed grey: not computed yet) or "unneeded" (greyed)."""
        fill = {"pending": PENDING_FILL, "unneeded": UNNEEDED_FILL}.get(state, self.fill)
        style = Qt.PenStyle.DashLine if state == "pending" else Qt.PenStyle.SolidLine
        if highlight:
            pen = make_pen(HIGHLIGHT, 3.0, style)
        else:
            pen = make_pen(FAINT if state != "normal" else edge, 1.3, style)
        self.setPen(pen)
        self.setBrush(QBrush(colour(fill)))

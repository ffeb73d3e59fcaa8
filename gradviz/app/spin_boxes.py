"""A number box that writes the window's decimal mark and reads a comma or a point alike.

Qt's QDoubleSpinBox follows the locale: in French it writes 0,20, but reads "0.25" as 0,00, so a
French user who types a point loses the value without a word. This one reads both.
"""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

from .. import i18n

__all__ = ["DecimalSpinBox", "read_decimal"]


def read_decimal(text: str) -> float | None:
    """The number in `text`, with a decimal comma or point; None when it is not one (yet)."""
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


class DecimalSpinBox(QDoubleSpinBox):
    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return i18n.number(value, f".{self.decimals()}f")

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        value = read_decimal(text)
        return self.value() if value is None else value

    def validate(self, text: str, position: int):
        value = read_decimal(text)
        if value is None:  # "", "-", "0." while typing
            return QValidator.State.Intermediate, text, position
        inside = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate), text, position

    def fixup(self, text: str) -> str:
        return self.textFromValue(self.value())

"""Window shortcuts that keep working while a spin box has the keyboard focus.

Before a shortcut fires, Qt offers the key to the focused widget (a ShortcutOverride
event), and a spin box's line edit claims every key that types or moves its cursor, so
Space, R and the arrows did nothing while the lr box, the batch size or the seed had the
focus. Space and R are never part of a number: they always go to the window. ← and → go to
the window too, unless the user is typing in the box; then they move its cursor, until
Enter or a click elsewhere ends the edit. Digits, Up and Down stay the box's own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

__all__ = ["SpinBoxKeys"]

_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class SpinBoxKeys(QObject):
    """Lets `always` keys, and `unless_editing` keys outside an edit, reach the window's shortcuts."""

    def __init__(
        self, parent: QWidget, *, always: Iterable[Qt.Key], unless_editing: Iterable[Qt.Key]
    ) -> None:
        super().__init__(parent)
        self._always = set(always)
        self._unless_editing = set(unless_editing)
        self._editing: set[QAbstractSpinBox] = set()
        self._spin_of: dict[QObject, QAbstractSpinBox] = {}

    def watch_all(self, window: QWidget) -> None:
        """Watch every spin box inside `window` (those that exist now)."""
        for spin in window.findChildren(QAbstractSpinBox):
            self.watch(spin)

    def watch(self, spin: QAbstractSpinBox) -> None:
        # The override goes to the spin box or to its line edit, depending on who sends it.
        edit = spin.lineEdit()
        for target in (spin, edit):
            self._spin_of[target] = spin
            target.installEventFilter(self)
        edit.textEdited.connect(lambda _text: self._editing.add(spin))
        spin.editingFinished.connect(lambda: self._editing.discard(spin))

    def editing(self, spin: QAbstractSpinBox) -> bool:
        """Whether the user has typed in `spin` since its value was last taken."""
        return spin in self._editing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        key_event = cast(QKeyEvent, event)
        if key_event.modifiers() not in _PLAIN:
            return False
        key = key_event.key()
        spin = self._spin_of.get(watched)
        if spin is None:
            return False
        if key in self._always or (key in self._unless_editing and not self.editing(spin)):
            return True  # the line edit never sees the offer, so the window's shortcut fires
        return False

"""Presenter mode: full screen (F11), zoom of every font (Ctrl++, Ctrl+-, Ctrl+0), a dark theme.

The theme and the zoom (as soon as they change) and the window's geometry (on close) are kept
in a QSettings given by the caller: the app passes the user's ("gradviz", "gradviz"); snapshots
and tests pass none, or their own. Dialogs, menus and tooltips take the look too (widget_style).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ..arguments import ZOOM_RANGE
from ..i18n import translate
from . import theme, widget_style

__all__ = ["Presenter", "ZOOMS"]

ZOOMS = (ZOOM_RANGE[0], 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, ZOOM_RANGE[1])  # factors on every font size


class Presenter(QObject):
    sigZoom = Signal(float)  # the zoom in use, after every change of the look

    def __init__(self, window: QMainWindow, preferences: QSettings | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.preferences = preferences
        self._base_points = window.font().pointSizeF()
        if self._base_points <= 0:  # a font sized in pixels
            self._base_points = 9.0
        self.zoom = 1.0
        self.palette = theme.look().palette  # the window's own: another window may set the look after
        self.full_screen_action = QAction(translate("Presenter", "Full screen"), window, checkable=True)
        self.full_screen_action.setShortcut(QKeySequence(QKeySequence.StandardKey.FullScreen))
        if self.full_screen_action.shortcut() != QKeySequence("F11"):
            self.full_screen_action.setShortcuts([self.full_screen_action.shortcut(), QKeySequence("F11")])
        self.full_screen_action.toggled.connect(self.set_full_screen)
        self.zoom_in_action = QAction(translate("Presenter", "Larger text"), window)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_in_action.triggered.connect(lambda: self.step_zoom(+1))
        self.zoom_out_action = QAction(translate("Presenter", "Smaller text"), window)
        self.zoom_out_action.setShortcut(QKeySequence("Ctrl+-"))
        self.zoom_out_action.triggered.connect(lambda: self.step_zoom(-1))
        self.zoom_reset_action = QAction(translate("Presenter", "Normal text size"), window)
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.zoom_reset_action.triggered.connect(lambda: self.set_zoom(1.0))
        self.dark_action = QAction(translate("Presenter", "Dark theme"), window, checkable=True)
        self.dark_action.toggled.connect(self.set_dark)
        for action in self.actions:
            window.addAction(action)  # their shortcuts work with the menu closed

    @property
    def actions(self) -> tuple[QAction, ...]:
        return (
            self.full_screen_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
            self.dark_action,
        )

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        for action in self.actions:
            menu.addAction(action)

    # -- the look ------------------------------------------------------------

    @property
    def dark(self) -> bool:
        return self.palette is theme.DARK

    def set_dark(self, on: bool) -> None:
        self._apply(theme.DARK if on else theme.LIGHT, self.zoom)

    def set_zoom(self, zoom: float) -> None:
        self._apply(self.palette, min(max(zoom, ZOOMS[0]), ZOOMS[-1]))

    def set_look(self, dark: bool, zoom: float) -> None:
        """Both at once (one restyle): a window made anew takes its predecessor's."""
        self._apply(theme.DARK if dark else theme.LIGHT, min(max(zoom, ZOOMS[0]), ZOOMS[-1]))

    def step_zoom(self, direction: int) -> None:
        """The next zoom in ZOOMS, larger for `direction` +1, smaller for -1."""
        index = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self.zoom))
        self.set_zoom(ZOOMS[min(max(index + direction, 0), len(ZOOMS) - 1)])

    def _apply(self, palette: theme.Palette, zoom: float) -> None:
        self.zoom, self.palette = zoom, palette
        theme.set_look(theme.Look(palette, zoom))
        window = self.window
        colours = theme.qt_palette(palette)
        window.setPalette(colours)
        widget_style.apply(colours, zoom)  # for dialogs and menus: a top-level window has the application's
        font = window.font()
        font.setPointSizeF(round(self._base_points * zoom, 1))
        window.setFont(font)
        for view in theme.plot_views(window):
            theme.restyle_view(view)
        self.sigZoom.emit(zoom)
        if self.dark_action.isChecked() != (palette is theme.DARK):
            self.dark_action.setChecked(palette is theme.DARK)
        self._remember_look()

    # -- full screen -----------------------------------------------------------

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.window.showFullScreen()
        else:
            self.window.showNormal()
        if self.full_screen_action.isChecked() != on:
            self.full_screen_action.setChecked(on)

    # -- remembered between runs ------------------------------------------------

    def restore(self) -> None:
        """The theme, zoom and geometry of the last run (nothing without preferences)."""
        preferences = self.preferences
        if preferences is None:
            return
        geometry = preferences.value("window/geometry")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        try:
            zoom = float(preferences.value("view/zoom", 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            zoom = 1.0  # a hand-edited file: the default rather than a crash
        dark = str(preferences.value("view/theme", "light")) == "dark"
        self._apply(theme.DARK if dark else theme.LIGHT, min(max(zoom, ZOOMS[0]), ZOOMS[-1]))

    def save(self) -> None:
        preferences = self.preferences
        if preferences is None:
            return
        preferences.setValue("window/geometry", self.window.saveGeometry())
        self._remember_look()
        preferences.sync()

    def _remember_look(self) -> None:
        """At once, not only on close: a window made for another language reads them back."""
        if self.preferences is not None:
            self.preferences.setValue("view/zoom", self.zoom)
            self.preferences.setValue("view/theme", "dark" if self.dark else "light")

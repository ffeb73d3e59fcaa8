"""View → Language: the window in English or in French, at once, and remembered.

Every string is translated as a widget is built, so a switch builds the window again around
the same Controller (the run, its history and the step shown are kept) and puts the new
window where the old one was: geometry, zoom, theme, the backpropagation area and its tab,
the sub-step walked, the loss scale. The old window is then closed and deleted, while Qt runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaMethod, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu
from shiboken6 import isValid

from .. import i18n
from ..datasets import describe, load
from ..i18n import LANGUAGES, translate
from ..settings import CSV, Settings
from .backprop import UPDATE

if TYPE_CHECKING:
    from .main_window import MainWindow

__all__ = [
    "LANGUAGE_KEY",
    "add_language_menu",
    "remembered_language",
    "remember_language",
    "switch_language",
]

LANGUAGE_KEY = "view/language"  # in the window's QSettings


def remembered_language(preferences: QSettings | None) -> str | None:
    """The language chosen in View → Language on an earlier run, if any (and if gradviz has it)."""
    if preferences is None:
        return None
    value = str(preferences.value(LANGUAGE_KEY, ""))
    return value if value in LANGUAGES else None


def remember_language(preferences: QSettings | None, lang: str) -> None:
    if preferences is not None:
        preferences.setValue(LANGUAGE_KEY, lang)
        preferences.sync()


def add_language_menu(window: MainWindow, menu: QMenu) -> dict[str, QAction]:
    """A Language submenu of `menu`: one checkable entry per language, each in its own language."""
    submenu = menu.addMenu(translate("MainWindow", "Language"))
    group = QActionGroup(window)
    group.setExclusive(True)
    actions = {}
    for lang, name in LANGUAGES.items():
        action = QAction(name, window, checkable=True, checked=lang == i18n.language())
        group.addAction(action)
        submenu.addAction(action)
        # Queued: the window that owns this menu is replaced, once the menu has closed.
        action.triggered.connect(
            lambda _=False, lang=lang: QTimer.singleShot(0, lambda: _switch(window, lang))
        )
        actions[lang] = action
    return actions


def _switch(window: MainWindow, lang: str) -> None:
    if isValid(window):  # else already replaced, by a switch queued before this one
        switch_language(window, lang)


def switch_language(old: MainWindow, lang: str) -> MainWindow:
    """Show `old`'s run in `lang` (a key of i18n.LANGUAGES) and remember the choice.

    Returns the window now on screen: `old` itself when `lang` is already in use, else a new
    window, announced by old.sigReplaced before `old` is closed and deleted.
    """
    from .launch import use_language
    from .main_window import MainWindow

    remember_language(old.presenter.preferences, lang)
    if lang == i18n.language():
        return old
    use_language(lang)
    controller = old.controller
    playing = controller.playing
    controller.pause()
    _disconnect_listeners(controller)  # the old window's panels must not draw any more
    new = MainWindow(preferences=old.presenter.preferences, controller=controller)
    _carry_over(old, new)
    if old.isFullScreen():
        new.presenter.set_full_screen(True)
    else:
        new.show()
    old.sigReplaced.emit(new)
    # Shown first, so that closing the old one never closes the application's last window.
    old.close()
    old.deleteLater()
    new.activateWindow()  # after the close: the keys (Space, Ctrl+Q) go to the new window at once
    if playing:
        controller.play()
    return new


def _disconnect_listeners(controller: QObject) -> None:
    """Drop every connection from `controller`'s signals (all of them go to the old window)."""
    meta = qobject = controller.metaObject()
    while qobject.className() != "QObject":
        qobject = qobject.superClass()
    # From QObject's own count, not methodOffset(): PySide puts the slots that Python methods get
    # when connected (the timer's _tick) in a meta-object of their own, after the signals.
    for i in range(qobject.methodCount(), meta.methodCount()):
        method = meta.method(i)
        if method.methodType() == QMetaMethod.MethodType.Signal and controller.isSignalConnected(method):
            getattr(controller, bytes(method.name().data()).decode()).disconnect()


def _description(settings: Settings) -> str | None:
    """What the run's built-in dataset is, in the language now in use (None for a CSV file)."""
    if settings.dataset == CSV:
        return None
    if not settings.dataset_params:
        return describe(settings.dataset)  # a real dataset's file is not read again
    return load(settings.dataset, **settings.dataset_params).description  # a generator: fast, seeded


def _carry_over(old: MainWindow, new: MainWindow) -> None:
    # The run's Dataset keeps the description it was made with, in the former language.
    description = _description(new.controller.settings)
    if description is not None:
        new.controls.set_description(description)
    new.setGeometry(old.geometry())  # exactly (restoreGeometry would fit it to the screen anew)
    if old.isMaximized():
        new.setWindowState(new.windowState() | Qt.WindowState.WindowMaximized)
    new.presenter.set_look(old.presenter.dark, old.presenter.zoom)  # the theme and zoom in use
    new.log_action.setChecked(old.log_action.isChecked())
    new.residual_action.setChecked(old.residual_action.isChecked())
    new.functions.adopt(old.functions)
    new._main_split.setSizes(old._main_split.sizes())
    if old.backprop_visible:
        new.backprop.setCurrentIndex(old.backprop.currentIndex())
        new.work.setSizes(old.work.sizes())
        new.set_backprop_visible(True)
        if old.walker.substep != UPDATE:  # an update shown was taken already: walk on from its record
            new.walker.go_to(old.walker.substep)

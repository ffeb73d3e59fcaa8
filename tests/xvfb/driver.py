"""Run gradviz through run_app on the real display, and tell the test what it needs to know.

Writes one JSON object a line on stdout:
  {"event": "window", "points": {name: [x, y]}, "menus": {title: [x, y]},
   "panels": {name: [x, y, width, height]}, "landscape": {...}, ...}
      once the window is on screen and has the keyboard focus: where to click, in screen pixels;
  {"event": "playing", "value": true}, {"event": "record", "iteration": …, "newest": …, "W": …,
      "b": …}, {"event": "settings", "lr": …}, {"event": "focus", "widget": name, "window": title}
      one a state change, as the controller and Qt report them;
  {"event": "menu", "entries": {text: [x, y]}}
      when a menu has popped up: where its entries are.
The product itself is not instrumented: this script only listens to its public signals.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QStyleOptionSlider

from gradviz.app.launch import run_app
from gradviz.settings import Settings

LANDSCAPE_TARGET = (0.3, 0.6)  # the point clicked on the landscape, as shares of its view


def emit(**fields) -> None:
    print(json.dumps(fields), flush=True)


def global_point(widget, point: QPoint) -> list[int]:
    at = widget.mapToGlobal(point)
    return [at.x(), at.y()]


def slider_handle(slider) -> list[int]:
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    handle = slider.style().subControlRect(
        QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
    )
    return global_point(slider, handle.center())


def landscape_target(window) -> dict:
    """A point of the landscape plot: its pixel on screen and its value in the plot."""
    landscape = window.landscape
    view = landscape.plot.getViewBox()
    rect = view.viewRect()
    share_x, share_y = LANDSCAPE_TARGET
    target = QPointF(rect.left() + share_x * rect.width(), rect.top() + share_y * rect.height())
    pixel = landscape.plot_widget.mapFromScene(view.mapViewToScene(target))
    return {
        "pixel": global_point(landscape.plot_widget.viewport(), pixel),
        "value": [target.x(), target.y()],
        "view_size": [rect.width(), rect.height()],
    }


class Reporter(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        controls = window.controls
        self.names = {
            controls.lr.spin: "lr_spin",
            controls.lr.spin.lineEdit(): "lr_spin",
            controls.lr.slider: "lr_slider",
            controls.seed: "seed",
        }
        c = window.controller
        c.sigPlaying.connect(lambda playing: emit(event="playing", value=bool(playing)))
        c.sigRecord.connect(self._on_record)
        c.sigSettings.connect(lambda settings: emit(event="settings", lr=settings.lr))
        QApplication.instance().focusChanged.connect(self._on_focus)
        self._reported = False
        for menu in window.findChildren(QMenu):
            menu.installEventFilter(self)
        self._handle = window.windowHandle()
        if self._handle.isExposed():
            self._activate()
        else:
            self._handle.installEventFilter(self)

    def _on_record(self, record) -> None:
        emit(
            event="record",
            iteration=int(record.iteration),
            newest=int(self.window.controller.trainer.iteration),
            W=record.W.tolist(),
            b=record.b.tolist(),
        )

    def _on_focus(self, old, new) -> None:
        name = self.names.get(new, type(new).__name__ if new is not None else None)
        emit(event="focus", widget=name, window=new.window().windowTitle() if new is not None else None)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if isinstance(watched, QMenu):
            if event.type() == QEvent.Type.Show:
                QTimer.singleShot(0, lambda: self._report_menu(watched))  # once it is placed
            return False
        if event.type() == QEvent.Type.Expose and self._handle.isExposed():
            self._handle.removeEventFilter(self)
            QTimer.singleShot(0, self._activate)
        return False

    def _report_menu(self, menu) -> None:
        entries = {
            action.text().replace("&", ""): global_point(menu, menu.actionGeometry(action).center())
            for action in menu.actions()
            if not action.isSeparator()
        }
        emit(event="menu", entries=entries)

    def _activate(self) -> None:
        app = QApplication.instance()
        app.focusWindowChanged.connect(self._on_focus_window)
        self.window.raise_()
        self.window.activateWindow()
        self._on_focus_window(app.focusWindow())

    def _on_focus_window(self, focused) -> None:
        if focused is self._handle and not self._reported:
            self._reported = True
            QTimer.singleShot(0, self._report)  # after the focus-in has been handled

    def _report(self) -> None:
        window, controls = self.window, self.window.controls
        edit = controls.lr.spin.lineEdit()
        frame = window.frameGeometry()
        emit(
            event="window",
            geometry=[frame.x(), frame.y(), frame.width(), frame.height()],
            points={
                "lr_spin": global_point(edit, QPoint(6, edit.height() // 2)),
                "lr_slider_handle": slider_handle(controls.lr.slider),
                "seed": global_point(controls.seed.lineEdit(), QPoint(6, controls.seed.height() // 2)),
            },
            landscape=landscape_target(window),
            menus={
                action.text().replace("&", ""): global_point(bar, bar.actionGeometry(action).center())
                for bar in [window.menuBar()]
                for action in bar.actions()
            },
            panels={
                name: [*global_point(panel, QPoint(0, 0)), panel.width(), panel.height()]
                for name in ("fit", "loss", "landscape", "gradient")
                for panel in [getattr(window, name)]
            },
            lr=window.controller.settings.lr,
        )


def attach() -> None:
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "gradviz")
    Reporter(window)


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, attach)  # runs inside run_app's event loop, once the window is shown
    settings = Settings(**json.loads(sys.argv[1])) if len(sys.argv) > 1 else None
    raise SystemExit(run_app(settings))

"""How the monkey reaches the widgets: clicks, wheels, menu entries, spin boxes, plots and the CSV dialog."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QCheckBox, QStyle, QStyleOptionButton, QWidget

from gradviz.app.csv_dialog import CsvDialog

from .data import INVALID_CSVS, valid_csv

__all__ = ["Gestures"]


class Gestures:
    """Clicks and wheels where a user would make them, and the answers to the dialogs that open."""

    def _menu_actions(self) -> dict:
        found = {}

        def walk(menu) -> None:
            for entry in menu.actions():
                if entry.menu() is not None:
                    walk(entry.menu())
                elif entry.text():
                    found[entry.text().replace("&", "")] = entry

        walk(self.window.menuBar())
        return found

    def _trigger(self, text: str) -> None:
        self._say(f"  menu {text}")
        self.menu[text].trigger()

    def _click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.qtbot.mouseClick(
            widget, Qt.MouseButton.LeftButton, pos=widget.rect().center() if pos is None else pos
        )

    def _click_box(self, box: QCheckBox) -> None:
        option = QStyleOptionButton()
        box.initStyleOption(option)
        self._click(
            box, box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box).center()
        )

    @staticmethod
    def _pick(u: float, items: list):
        return items[min(int(u * len(items)), len(items) - 1)] if items else None

    def _spins(self) -> list[tuple[str, QAbstractSpinBox]]:
        ui = self.window.controls
        spins = [
            ("lr", ui.lr.spin),
            ("batch", ui.batch),
            ("seed", ui.seed),
            ("test fraction", ui.test_fraction),
        ]
        return [
            (name, spin) for name, spin in spins + list(ui.hyper.items()) if spin.isVisibleTo(self.window)
        ]

    def _wait_records(self, count: int) -> None:
        for _ in range(count):
            if not self.c.playing:
                return
            timeout = 5000 + int(3000 / min(self.c.settings.speed, 1000))
            with self.qtbot.waitSignal(self.c.sigRecord, timeout=timeout, raising=False) as blocker:
                pass
            if not blocker.signal_triggered and self.c.playing:
                self._problem(f"playing, but no record for {timeout} ms")
                return

    def _plots(self) -> list[tuple[str, pg.GraphicsView, pg.ViewBox]]:
        """Every plot: its name, the widget that shows it, and its view box."""
        w = self.window
        gradient = w.gradient
        plots = [("fit", w.fit.plot_widget, w.fit.plot), ("loss", w.loss.plot_widget, w.loss.plot)]
        plots += [("landscape", w.landscape.plot_widget, w.landscape.plot)]
        plots += [
            (name, gradient.layout_widget, getattr(gradient, f"{name}_plot"))
            for name in ("grad", "param", "norm")
        ]
        return [(name, view, plot.getViewBox()) for name, view, plot in plots]

    def _landscape(self) -> tuple[str, pg.GraphicsView, pg.ViewBox]:
        return self._plots()[2]

    @staticmethod
    def _view_point(plot, fx: float, fy: float) -> tuple[QPointF, QPoint]:
        """The data point at fractions (fx, fy) of a plot's view, and its pixel in the viewport."""
        _, view, box = plot
        rect = box.viewRect()
        data = QPointF(rect.left() + fx * rect.width(), rect.top() + fy * rect.height())
        return data, view.mapFromScene(box.mapViewToScene(data))

    def _wheel(self, plot, notches: int, fx: float, fy: float) -> None:
        viewport = plot[1].viewport()
        pos = QPointF(self._view_point(plot, fx, fy)[1])
        QApplication.sendEvent(
            viewport,
            QWheelEvent(
                pos,
                viewport.mapToGlobal(pos),
                QPoint(),
                QPoint(0, 120 * notches),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            ),
        )

    def _draw_csv_reply(self) -> str:
        """Write the file the next Open dialog answers: a valid CSV, an invalid one, or cancel ("")."""
        u, v, seed = self.rng.random(), self.rng.random(), int(self.rng.integers(2**31))
        if u < 0.2:
            return ""
        if u < 0.6:
            path, content = (
                self.files / "csv" / f"data{int(v * 3)}.csv",
                valid_csv(np.random.default_rng(seed)),
            )
        else:
            choice = int(v * len(INVALID_CSVS))
            path, content = self.files / "csv" / f"bad{choice}.csv", INVALID_CSVS[choice]
        path.write_bytes(content)
        return str(path)

    def _answer_csv_dialogs(self) -> None:
        """Answer the CSV dialog an action opened: maybe change the columns, then OK or Cancel."""
        ok, target, uncheck, escape = self.rng.random(4)
        for dialog in [
            d for d in QApplication.topLevelWidgets() if isinstance(d, CsvDialog) and d.isVisible()
        ]:
            self._say(
                f"  CSV dialog: target {target:.2f}, uncheck {uncheck:.2f}, {'OK' if ok < 0.6 else 'cancel'}"
            )
            if dialog.targets.count() > 1 and target < 0.5:  # tick or untick one: several targets, or none
                item = dialog.targets.item(int(target / 0.5 * dialog.targets.count()))
                ticked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)
            if dialog.features.count() and uncheck < 0.3:
                item = dialog.features.item(int(uncheck / 0.3 * dialog.features.count()))
                item.setCheckState(Qt.CheckState.Unchecked)
            if ok < 0.6 and dialog.ok_button.isEnabled():
                self._click(dialog.ok_button)
            if dialog.isVisible():  # cancelled, or the data were refused
                if escape < 0.5:
                    self.qtbot.keyClick(dialog, Qt.Key.Key_Escape)
                else:
                    self._click(dialog.buttons.button(dialog.buttons.StandardButton.Cancel))

    def _combo(self, name: str, combo, u: float) -> None:
        index = min(int(u * combo.count()), combo.count() - 1)
        self._say(f"{name} box to #{index} {combo.itemText(index)!r}")
        combo.setCurrentIndex(index)

    def _focus(self, spin: QAbstractSpinBox) -> None:
        self._click(spin, QPoint(spin.width() // 3, spin.height() // 2))  # the text, not the arrows

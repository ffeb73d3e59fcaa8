"""A monkey for the main window: seeded random user actions through the real widgets.

Each action draws its random numbers from the seed's generator, then acts through QTest
clicks and keys (or a widget's own setter where QTest cannot reach: sliders, combo boxes).
The run records every uncaught exception and Qt warning with the action that caused it,
checks every few actions that the window shows what the controller holds, and fails
with the seed and the last actions, so that a failure can be replayed.
"""

from __future__ import annotations

import collections
import json
import math
import re
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QFileDialog,
    QMessageBox,
    QSplitter,
    QStyle,
    QStyleOptionButton,
    QStyleOptionSpinBox,
    QWidget,
)

from gradviz.app.csv_dialog import CsvDialog

__all__ = ["Monkey", "MonkeyFailure", "MonkeyReport", "ACTIONS", "TAMPERINGS", "MB", "rss_bytes"]

MB = 1 << 20
LAST_ACTIONS = 20  # shown when a run fails
LR_MIN, LR_MAX = 1e-6, 10.0  # the ends of the learning-rate control
HOLDS = object()  # a check's expected value when the check is a statement that must hold
STATUS = re.compile(r"^it (\d+)(?: of (\d+))? ·")
GENERATORS = ("line", "ill-conditioned", "outliers", "curve")
SPIN_TEXTS = ("0", "1", "0.5", "3e-4", "10", "1e9", "-1", "abc", "", "-", "1e", "nan", "inf", "0.05", "12")
KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_R)
# What a burst (several actions with no events processed between them) draws from.
BURST = tuple(
    "step back timeline toggle_play key speed lr_spin lr_slider batch seed optimizer hyper schedule"
    " standardize dataset generator landscape_axes fit_view".split()
)
SPIN_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)

# Entries a user, or a damaged file, might put in a session.
TAMPERINGS: tuple[dict, ...] = (
    {"optimizer": "momentum", "optimizer_params": {"beta": "0.5"}},
    {"optimizer": "adam", "optimizer_params": {"beta1": None}},
    {"optimizer_params": []},
    {"lr": "0.1"},
    {"lr": -1},
    {"lr": float("nan")},
    {"batch_size": 1.5},
    {"batch_size": "10"},
    {"batch_size": 10**12},
    {"seed": -1},
    {"seed": 2.5},
    {"dataset": "nope"},
    {"dataset": "line", "dataset_params": {"n": "x"}},
    {"dataset": "line", "dataset_params": {"n": 1}},
    {"dataset": "line", "dataset_params": {"bogus": 3}},
    {"dataset": "curve", "dataset_params": {"noise": float("inf")}},
    {"dataset": "boston", "dataset_params": {"n": 3}},
    {"dataset": "csv", "csv_path": "/no/such/file.csv"},
    {"dataset": "csv", "csv_path": 5, "csv_features": "abc"},
    {"standardize": "yes"},
    {"fast_path": None},
    {"test_fraction": 0.95},
    {"test_fraction": "0.2"},
    {"speed": 0},
    {"speed": 1e12},
    {"speed": None},
    {"schedule": "bogus"},
    {"optimizer": "sgd"},
    {"unknown_key": 1},
    {"gradviz_session": 2},
)
GARBAGE_SESSIONS = (b"{not json", b"[1, 2]", b"", b"\xff\xfe", b"null", b'{"gradviz_session": 1')

INVALID_CSVS: tuple[bytes, ...] = (
    b"x,y\n1,2\n2,oops\n3,4\n",
    b"\x89PNG\x00\x00\x01",
    b"",
    b"x,y\n",
    b"x\n1\n2\n3\n",
    b"x,y\n1,5\n2,5\n3,5\n",
    b"a,a\n1,2\n3,4\n",
    b"x,y\n1,nan\n2,inf\n3,4\n",
    b"x,y\n1,2,3\n4\n5,6\n",
    b"x,y\n1e308,1\n-1e308,2\n1e308,3\n",
    b"x,y\n1e200,1\n-1e200,2\n3e200,3\n",
    b"x,y\n1,1e200\n2,-1e200\n3,3e200\n",
    b"x;y\n1;2\n3;4\n5;7\n",
    b"\xef\xbb\xbfx,y\n1,2\n2,3\n4,4\n",
    b"x,y\n1,2\n",
    b"caf\xe9,y\n1,2\n2,5\n3,1\n",
)


def _valid_csv(rng: np.random.Generator) -> bytes:
    """A few numeric columns at assorted scales, the last one their sum, maybe a text column."""
    rows, columns = int(rng.integers(3, 60)), int(rng.integers(2, 6))
    data = rng.normal(size=(rows, columns)) * 10.0 ** rng.integers(-3, 4, size=columns)
    data[:, -1] += data[:, :-1].sum(axis=1)
    text = rng.random() < 0.3
    lines = [",".join(["name"] * text + [f"c{j}" for j in range(columns)])]
    lines += [",".join([f"r{i}"] * text + [f"{v:.6g}" for v in row]) for i, row in enumerate(data)]
    return ("\n".join(lines) + "\n").encode()


def _same(a: object, b: object) -> bool:
    """Equal; single floats up to a spin box's rounding; NaN equals NaN."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(x == y or (_nan(x) and _nan(y)) for x, y in zip(a, b))
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-6) or (math.isnan(a) and math.isnan(b))
    return a == b


def _nan(x: object) -> bool:
    return isinstance(x, float) and math.isnan(x)


def _near(a: tuple[float, ...], b: tuple[float, ...], scale: float) -> bool:
    """Equal to far below a pixel of a view `scale` wide."""
    return all(abs(x - y) <= 1e-9 * (scale + abs(x) + abs(y)) for x, y in zip(a, b))


def _point(item) -> tuple[float, float] | None:
    """The last point a plot item was given (pyqtgraph-style get_data), or None."""
    x, y = item.get_data()
    return (float(x[-1]), float(y[-1])) if len(x) else None


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096


ACTIONS: dict[str, tuple[float, Callable]] = {}  # kind → (weight, method)


def action(weight: float):
    """Register a Monkey method `act_<kind>` as an action drawn with this weight."""

    def register(method: Callable) -> Callable:
        ACTIONS[method.__name__.removeprefix("act_")] = (weight, method)
        return method

    return register


class MonkeyFailure(AssertionError):
    """A problem found by the monkey; the message names the seed and the last actions."""


@dataclass
class MonkeyReport:
    seed: int
    actions: int = 0
    seconds: float = 0.0
    rss_start: int = 0
    rss_max: int = 0
    rss_end: int = 0
    kinds: collections.Counter = field(default_factory=collections.Counter)
    known: collections.Counter = field(default_factory=collections.Counter)  # problems let past

    def summary(self) -> str:
        return (
            f"monkey seed {self.seed}: {self.actions} actions in {self.seconds:.1f} s; RSS start "
            f"{self.rss_start / MB:.0f} MB, max {self.rss_max / MB:.0f} MB, end {self.rss_end / MB:.0f} MB"
        )


class Monkey:
    """Random actions on a shown MainWindow; `run(n)` raises MonkeyFailure at the first problem.

    `skip` (action kinds), `known` (regular expressions for problems to count rather than
    fail on) and `tamperings` let a search for new failures get past known ones; the
    tests use none of them.
    """

    def __init__(
        self,
        window,
        qtbot,
        qtlog,
        tmp_path: Path,
        monkeypatch,
        seed: int,
        *,
        check_every: int = 10,
        rerun: str = "",
        skip: frozenset[str] = frozenset(),
        known: tuple[str, ...] = (),
        tamperings: tuple[dict, ...] = TAMPERINGS,
    ) -> None:
        if set(skip) - set(ACTIONS):
            raise ValueError(f"no such action kinds: {sorted(set(skip) - set(ACTIONS))}")
        self.window, self.c, self.qtbot, self.qtlog = window, window.controller, qtbot, qtlog
        self.seed, self.rng = seed, np.random.default_rng(seed)
        self.check_every, self.rerun = check_every, rerun
        self.kinds = [kind for kind in ACTIONS if kind not in skip]
        weights = np.array([ACTIONS[kind][0] for kind in self.kinds])
        self.weights = weights / weights.sum()
        self.known = [re.compile(pattern) for pattern in known]
        self.tamperings = tamperings
        self.files = tmp_path
        for folder in ("csv", "sessions", "exports"):
            (tmp_path / folder).mkdir(exist_ok=True)
        self.index = 0
        self.log: collections.deque[str] = collections.deque(maxlen=LAST_ACTIONS)
        self.report = MonkeyReport(seed)
        self.shown = self.c.viewed  # the last record the controller sent to the window
        self.c.sigRecord.connect(self._on_record)
        self.editing: QAbstractSpinBox | None = None  # typed in, not yet confirmed
        self._problems: list[str] = []  # since the last action
        self._qt_seen = len(qtlog.records)
        self.open_reply = self.save_reply = ""  # what the next file dialog answers
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *_, **__: (self.open_reply, ""))
        )
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *_, **__: (self.save_reply, ""))
        )
        for name in ("information", "about", "warning", "critical", "question"):
            monkeypatch.setattr(
                QMessageBox, name, staticmethod(lambda *_, **__: QMessageBox.StandardButton.Ok)
            )
        self.menu = self._menu_actions()

    # -- running -------------------------------------------------------------

    def run(self, n_actions: int) -> MonkeyReport:
        report, start = self.report, time.perf_counter()
        report.rss_start = report.rss_max = rss_bytes()
        previous_hook = sys.excepthook

        def hook(kind, value, tb) -> None:  # exceptions in slots and virtuals land here
            self._problems.append(
                f"exception in action #{self.index}:\n" + "".join(traceback.format_exception(kind, value, tb))
            )
            previous_hook(kind, value, tb)  # pytest-qt's, which fails the test too

        sys.excepthook = hook
        try:
            self._activate()
            for _ in range(n_actions):
                kind = self.kinds[self.rng.choice(len(self.kinds), p=self.weights)]
                self.index += 1
                report.kinds[kind] += 1
                try:
                    ACTIONS[kind][1](self)
                    self._answer_csv_dialogs()
                    QApplication.processEvents()
                    self._after_action()
                except Exception:  # raised straight out of a widget call
                    self._problems.append(f"exception in action #{self.index}:\n{traceback.format_exc()}")
                report.rss_max = max(report.rss_max, rss_bytes())
                self._fail_on(self._new_problems())
                if self.index % self.check_every == 0:
                    self._fail_on(self.check())
            self.finish()
        finally:
            sys.excepthook = previous_hook
            report.actions, report.seconds = self.index, time.perf_counter() - start
            report.rss_end = rss_bytes()
            report.rss_max = max(report.rss_max, report.rss_end)
        return report

    def finish(self) -> None:
        """Pause and check; then the lr control must still reach the trainer (no signals left blocked)."""
        self.index += 1
        if self.c.playing:
            self._say("finish: click Pause")
            self._click(self.window.transport.play_button)
        lr, before = self.window.controls.lr, self.c.trainer.lr
        tick = lr.slider.value() + (37 if lr.slider.value() < lr.slider.maximum() / 2 else -37)
        self._say(f"finish: lr slider to tick {tick}")
        lr.slider.setValue(tick)
        QApplication.processEvents()
        problems = self._new_problems() + self.check()
        trainer = self.c.trainer
        if trainer.lr == before or trainer.lr != lr.value():
            problems.append(
                f"the lr control no longer reaches the trainer: {lr.value()} shown, {trainer.lr} used"
            )
        self._fail_on(problems)

    def _after_action(self) -> None:
        if self.editing is not None and QApplication.focusWidget() not in (
            self.editing,
            self.editing.lineEdit(),
        ):
            self.editing = None  # leaving a spin box ends its edit
        if QApplication.activeWindow() is not self.window:
            self._activate()  # as a window manager does once a dialog closes

    def _activate(self) -> None:
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window, timeout=5000)

    def _on_record(self, record) -> None:
        self.shown = record

    def _say(self, text: str) -> None:
        self.log.append(f"#{self.index} {text}")

    def _problem(self, text: str) -> None:
        self._problems.append(f"action #{self.index}: {text}")

    def _new_problems(self) -> list[str]:
        problems, self._problems = self._problems, []
        records = self.qtlog.records
        for record in records[self._qt_seen :]:
            if record.log_type_name in ("WARNING", "CRITICAL", "FATAL") and not record.ignored:
                problems.append(f"Qt {record.log_type_name} in action #{self.index}: {record.message}")
        self._qt_seen = len(records)
        return problems

    def _fail_on(self, problems: list[str]) -> None:
        for problem in list(problems):
            known = next((k.pattern for k in self.known if k.search(problem)), None)
            if known is not None:
                self.report.known[known] += 1
                problems.remove(problem)
        if problems:
            actions = "\n".join(f"  {line}" for line in self.log)
            rerun = f"\nrerun: {self.rerun}" if self.rerun else ""
            raise MonkeyFailure(
                f"monkey seed {self.seed} failed at action #{self.index}:\n"
                + "\n".join(problems)
                + f"\nlast actions of seed {self.seed}:\n{actions}{rerun}"
            )

    # -- checks --------------------------------------------------------------

    def check(self) -> list[str]:
        """What the window shows against what the controller and the trainer hold."""
        pairs = self._transport_pairs() + self._control_pairs() + self._plot_pairs() + self._widget_pairs()
        return [
            f"check after action #{self.index}: "
            + (f"expected {what}" if b is HOLDS else f"{what} differ: {a!r} and {b!r}")
            for what, a, b in pairs
            if not (a is True if b is HOLDS else _same(a, b))
        ]

    def _transport_pairs(self) -> list[tuple[str, object, object]]:
        c, w = self.c, self.window
        newest, shown, line = c.trainer.iteration, self.shown.iteration, w.transport.timeline
        pairs = [
            ("the timeline's end and the trainer's iteration", line.maximum(), newest),
            ("the timeline's position and the shown record's iteration", line.value(), shown),
        ]
        status = STATUS.match(w.status.text())
        if status and not c.playing:  # while playing, the status is refreshed ten times a second
            pairs.append(("the status's 'it N' and the shown record's iteration", int(status[1]), shown))
            pairs.append(
                ("the status's newest iteration and the trainer's", int(status[2] or status[1]), newest)
            )
        return pairs

    def _control_pairs(self) -> list[tuple[str, object, object]]:
        t, s, ui = self.c.trainer, self.c.settings, self.window.controls
        batch = None if s.batch_size is None or s.batch_size >= t.n_samples else s.batch_size
        pairs = [
            ("the lr box and the settings' lr", ui.lr.value(), s.lr),
            ("the settings' lr and the trainer's", s.lr, t.lr),
            ("the batch box and the settings' batch size (0: full)", ui.batch.value(), s.batch_size or 0),
            ("the trainer's batch size and the settings'", t.batch_size, batch),
            (
                "the batch box's maximum and the train rows",
                ui.batch.maximum(),
                self.c.context.train.n_samples,
            ),
            ("the optimizer box and the settings", ui.optimizer.currentText(), s.optimizer),
            ("the schedule box and the settings", ui.schedule.currentText(), s.schedule),
            ("the standardize box and the settings", ui.standardize.isChecked(), s.standardize),
            ("the fast path box and the settings", ui.fast_path.isChecked(), s.fast_path),
            ("the settings' fast path and the trainer's", s.fast_path, t.fast_path),
            ("the seed box and the settings", ui.seed.value(), s.seed),
            ("the test fraction box and the settings", ui.test_fraction.value(), round(s.test_fraction, 2)),
            ("the dataset box and the settings", ui.dataset.currentData(), s.dataset),
        ]
        for key, value in s.optimizer_params.items():
            pairs.append((f"the trainer's {key} and the settings'", getattr(t.optimizer, key, None), value))
            if key in ui.hyper and ui.hyper[key].isVisibleTo(self.window):
                pairs.append((f"the {key} box and the settings", ui.hyper[key].value(), round(value, 4)))
        return pairs

    def _plot_pairs(self) -> list[tuple[str, object, object]]:
        w, record = self.window, self.shown
        land, parameters = w.landscape, self.c.context.parameters
        x, y, n = land.x_choice.currentIndex(), land.y_choice.currentIndex(), len(parameters)
        axes = (land.x_choice.count(), land.y_choice.count())
        pairs = [
            ("the landscape's axis choices and the parameters", axes, (n, n)),
            (
                f"the landscape's axes #{x} and #{y} to be two different parameters",
                x != y and min(x, y) >= 0,
                HOLDS,
            ),
            (
                "the lr control's critical mark and the run's",
                w.controls.lr.mark.critical,
                self.c.context.curvature.critical_lr,
            ),
        ]
        if x != y and min(x, y) >= 0:
            theta = np.vstack([record.W, record.b])
            wanted = (float(theta[parameters[x].index]), float(theta[parameters[y].index]))
            # QGraphicsItem.setPos ignores moves that QPointF's fuzzy == (about 1e-12) calls no move.
            marker = _point(land.current)
            view = land.plot.getViewBox().viewRect()
            near = marker is not None and _near(marker, wanted, max(view.width(), view.height()))
            pairs.append(
                (
                    f"the landscape marker {marker} at the shown θ {wanted} (it {record.iteration})",
                    near,
                    HOLDS,
                )
            )
            pairs.append(("the end of the landscape path and the shown θ", _point(land.path), wanted))
        for name, curve, value in (
            ("loss", w.loss.train, record.loss_train),
            ("‖∇C‖", w.gradient.norm, record.grad_norm),
        ):
            pairs.append(
                (
                    f"the end of the {name} curve and the shown record",
                    _point(curve),
                    (float(record.iteration), value),
                )
            )
        for name, _, box in self._plots():
            finite = bool(np.isfinite(box.viewRange()).all())
            pairs.append((f"the {name} plot's range {box.viewRange()} to be finite", finite, HOLDS))
        return pairs

    def _widget_pairs(self) -> list[tuple[str, object, object]]:
        w = self.window
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        dialogs = w.findChildren(CsvDialog)
        return [
            (
                "the widgets left with their signals blocked",
                [type(x).__name__ for x in w.findChildren(QWidget) if x.signalsBlocked()],
                [],
            ),
            (f"at most one CSV dialog alive, not {len(dialogs)}", len(dialogs) <= 1, HOLDS),
            ("every CSV dialog closed", not any(d.isVisible() for d in dialogs), HOLDS),
        ]

    # -- helpers -------------------------------------------------------------

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
                _valid_csv(np.random.default_rng(seed)),
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
            if dialog.target.count() > 1 and target < 0.3:
                dialog.target.setCurrentIndex(int(target / 0.3 * dialog.target.count()))
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

    # -- actions: transport and keys -----------------------------------------

    @action(6)
    def act_step(self) -> None:
        self._say("click Step")
        self._click(self.window.transport.step_button)

    @action(4)
    def act_back(self) -> None:
        self._say("click Back")
        self._click(self.window.transport.back_button)

    @action(2)
    def act_reset(self) -> None:
        self._say("click Reset")
        self._click(self.window.transport.reset_button)

    @action(5)
    def act_play(self) -> None:
        """Play with the timer really running: wait for a few records, maybe pause."""
        records, pause = int(self.rng.integers(1, 5)), self.rng.random() < 0.5
        self._say(f"play: wait for {records} records{', then Pause' if pause else ''}")
        if not self.c.playing:
            self._click(self.window.transport.play_button)
        self._wait_records(records)
        if pause and self.c.playing:
            self._click(self.window.transport.play_button)

    @action(3)
    def act_toggle_play(self) -> None:
        self._say("click Play/Pause")
        self._click(self.window.transport.play_button)

    @action(3)
    def act_timeline(self) -> None:
        u, timeline = self.rng.random(), self.window.transport.timeline
        value = round(u * timeline.maximum())
        self._say(f"timeline to {value} of {timeline.maximum()}")
        timeline.setValue(value)

    @action(2)
    def act_speed(self) -> None:
        u, speed = self.rng.random(), self.window.transport.speed
        value = min(int(u * (speed.maximum() + 1)), speed.maximum())
        self._say(f"speed slider to {value}")
        speed.setValue(value)

    def _key(self, target: QWidget, key: Qt.Key) -> None:
        """Press a shortcut and check that it did its job."""
        c, playing, shown = self.c, self.c.playing, self.shown.iteration
        self.qtbot.keyClick(target, key)
        editing = self.editing is not None and target in (self.editing, self.editing.lineEdit())
        if editing and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return  # while the user types in a spin box, the arrows move its cursor
        diverged = c.trainer.status.diverged
        done = {
            Qt.Key.Key_R: c.trainer.iteration == 0,
            Qt.Key.Key_Space: c.playing != playing or diverged,
            Qt.Key.Key_Right: self.shown.iteration == shown + 1 or diverged,
            Qt.Key.Key_Left: self.shown.iteration < shown or shown == 0,
        }[key]
        if not done:
            self._problem(f"the shortcut {key.name} sent to {type(target).__name__} did nothing")

    @action(5)
    def act_key(self) -> None:
        key = KEYS[int(self.rng.integers(len(KEYS)))]
        self._say(f"key {key.name} to the window")
        self._key(self.window, key)

    @action(3)
    def act_key_focus(self) -> None:
        key = KEYS[int(self.rng.integers(len(KEYS)))]
        target = QApplication.focusWidget() or self.window
        self._say(f"key {key.name} to the focused {type(target).__name__}")
        self._key(target, key)

    @action(1)
    def act_key_tab(self) -> None:
        back = self.rng.random() < 0.3
        target = QApplication.focusWidget() or self.window
        self._say(f"key {'Shift+' if back else ''}Tab to {type(target).__name__}")
        self.qtbot.keyClick(target, Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab)

    @action(2)
    def act_burst(self) -> None:
        """A few quick actions with no events processed between them (a fast user, a busy machine)."""
        kinds = [BURST[i] for i in self.rng.integers(len(BURST), size=int(self.rng.integers(2, 7)))]
        self._say(f"burst of {len(kinds)} actions:")
        for kind in kinds:
            ACTIONS[kind][1](self)
            self._answer_csv_dialogs()  # a modal dialog takes the window's input until answered

    # -- actions: the left panel ---------------------------------------------

    @action(4)
    def act_lr_spin(self) -> None:
        u, lr = self.rng.random(), float(f"{10 ** self.rng.uniform(-6, 1):.3g}")
        lr = LR_MIN if u < 0.07 else LR_MAX if u < 0.15 else lr
        self._say(f"lr box to {lr:g}")
        self.window.controls.lr.spin.setValue(lr)

    @action(3)
    def act_lr_slider(self) -> None:
        u, slider = self.rng.random(), self.window.controls.lr.slider
        tick = round(u * slider.maximum())
        self._say(f"lr slider to tick {tick}")
        slider.setValue(tick)

    @action(3)
    def act_batch(self) -> None:
        (u, v), batch = self.rng.random(2), self.window.controls.batch
        top = batch.maximum()
        value = 0 if v < 0.25 else 1 if v < 0.35 else top if v < 0.45 else round(u * top)
        self._say(f"batch box to {value} of {top}")
        batch.setValue(value)

    @action(2)
    def act_seed(self) -> None:
        u, small = self.rng.random(), self.rng.random() < 0.7
        value = int(u * 6) if small else int(u * (2**31 - 1))
        self._say(f"split seed to {value}")
        self.window.controls.seed.setValue(value)

    @action(2)
    def act_test_fraction(self) -> None:
        u, value = self.rng.random(), round(float(self.rng.uniform(0, 0.9)), 2)
        value = 0.0 if u < 0.1 else 0.9 if u < 0.2 else value
        self._say(f"test fraction to {value}")
        self.window.controls.test_fraction.setValue(value)

    @action(2)
    def act_hyper(self) -> None:
        u, v = self.rng.random(2)
        spins = [(k, s) for k, s in self.window.controls.hyper.items() if s.isVisibleTo(self.window)]
        if not spins:
            self._say("hyperparameter: none shown")
            return
        key, spin = self._pick(u, spins)
        value = round(spin.minimum() + v * (spin.maximum() - spin.minimum()), 4)
        self._say(f"{key} box to {value}")
        spin.setValue(value)

    def _combo(self, name: str, combo, u: float) -> None:
        index = min(int(u * combo.count()), combo.count() - 1)
        self._say(f"{name} box to #{index} {combo.itemText(index)!r}")
        combo.setCurrentIndex(index)

    @action(3)
    def act_optimizer(self) -> None:
        self._combo("optimizer", self.window.controls.optimizer, self.rng.random())

    @action(2)
    def act_schedule(self) -> None:
        self._combo("schedule", self.window.controls.schedule, self.rng.random())

    @action(3)
    def act_dataset(self) -> None:
        u, self.open_reply = self.rng.random(), self._draw_csv_reply()  # the CSV entry opens a file
        self._combo("dataset", self.window.controls.dataset, u)

    @action(4)
    def act_generator(self) -> None:
        """Move one generator slider; sometimes wait until the data are made again."""
        u, v, wait = self.rng.random(), self.rng.random(), self.rng.random() < 0.6
        sliders = list(self.window.controls.sliders.items())
        if not sliders:
            self._say("generator slider: none shown")
            return
        name, slider = self._pick(u, sliders)
        tick = round(v * slider.slider.maximum())
        if tick == slider.slider.value():
            tick = (tick + 1) % (slider.slider.maximum() + 1)
        self._say(f"generator slider {name} to tick {tick}{', wait' if wait else ''}")
        if wait:
            with self.qtbot.waitSignal(self.c.sigSettings, timeout=10000):
                slider.slider.setValue(tick)
        else:
            slider.slider.setValue(tick)

    @action(2)
    def act_dataset_random(self) -> None:
        """Switch to a generator, set all its sliders at random, and wait for the data."""
        u, ticks = self.rng.random(), self.rng.random(8)
        ui = self.window.controls
        index = self._pick(u, [i for i in range(ui.dataset.count()) if ui.dataset.itemData(i) in GENERATORS])
        self._say(f"dataset box to #{index} {ui.dataset.itemText(index)!r}")
        ui.dataset.setCurrentIndex(index)
        sliders = list(ui.sliders.values())
        values = [round(t * s.slider.maximum()) for t, s in zip(ticks, sliders)]
        self._say(f"  generator sliders to ticks {values}, wait")
        if any(s.slider.value() != tick for s, tick in zip(sliders, values)):
            with self.qtbot.waitSignal(self.c.sigSettings, timeout=10000):
                for slider, tick in zip(sliders, values):
                    slider.slider.setValue(tick)

    @action(2)
    def act_standardize(self) -> None:
        self._say("click Standardize")
        self._click_box(self.window.controls.standardize)

    @action(2)
    def act_fast_path(self) -> None:
        self._say("click Fast full-batch path")
        self._click_box(self.window.controls.fast_path)

    def _focus(self, spin: QAbstractSpinBox) -> None:
        self._click(spin, QPoint(spin.width() // 3, spin.height() // 2))  # the text, not the arrows

    @action(3)
    def act_spin_type(self) -> None:
        """Click into a spin box, type over its text, and (mostly) press Enter."""
        u, v, enter = self.rng.random(), self.rng.random(), self.rng.random() < 0.8
        name, spin = self._pick(u, self._spins())
        text = SPIN_TEXTS[int(v * len(SPIN_TEXTS))]
        self._say(f"type {text!r} into the {name} box{' + Enter' if enter else ''}")
        self._focus(spin)
        self.qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClicks(spin, text)
        if enter:
            self.qtbot.keyClick(spin, Qt.Key.Key_Return)
        self.editing = None if enter or not text else spin

    @action(2)
    def act_spin_arrows(self) -> None:
        """Click a spin box's up or down arrow a few times."""
        u, up, times = self.rng.random(), self.rng.random() < 0.5, int(self.rng.integers(1, 4))
        name, spin = self._pick(u, self._spins())
        option = QStyleOptionSpinBox()
        spin.initStyleOption(option)
        part = QStyle.SubControl.SC_SpinBoxUp if up else QStyle.SubControl.SC_SpinBoxDown
        arrow = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, spin).center()
        self._say(f"click the {name} box's {'up' if up else 'down'} arrow {times}× (from {spin.value():g})")
        for _ in range(times):
            self._click(spin, arrow)

    @action(1)
    def act_spin_keys(self) -> None:
        u, keys = self.rng.random(), self.rng.integers(4, size=int(self.rng.integers(1, 5)))
        name, spin = self._pick(u, self._spins())
        self._say(f"click the {name} box, keys {[SPIN_KEYS[k].name for k in keys]}")
        self._focus(spin)
        for k in keys:
            self.qtbot.keyClick(spin, SPIN_KEYS[k])

    # -- actions: plots ------------------------------------------------------

    @action(1)
    def act_log_scale(self) -> None:
        self._say("click Loss log scale")
        self._click_box(self.window.loss.log_scale)

    @action(1)
    def act_residuals(self) -> None:
        self._say("click Fit residuals")
        self._click_box(self.window.fit.residuals)

    @action(1)
    def act_view_log(self) -> None:
        self._trigger("Log-scale loss")

    @action(1)
    def act_view_residuals(self) -> None:
        self._trigger("Residuals")

    @action(1)
    def act_fit_view(self) -> None:
        self._combo("fit x axis", self.window.fit.view_choice, self.rng.random())

    @action(2)
    def act_landscape_axes(self) -> None:
        u, x = self.rng.random(), self.rng.random() < 0.5
        land = self.window.landscape
        self._combo("landscape x" if x else "landscape y", land.x_choice if x else land.y_choice, u)

    @action(3)
    def act_landscape_click(self) -> None:
        fx, fy = self.rng.uniform(-0.1, 1.1, size=2)
        data, pixel = self._view_point(self._landscape(), fx, fy)
        self._say(
            f"click the landscape at ({fx:.2f}, {fy:.2f}) of the view: θ ({data.x():.4g}, {data.y():.4g})"
        )
        self._click(self.window.landscape.plot_widget.viewport(), pixel)

    @action(0.5)
    def act_landscape_double_click(self) -> None:
        fx, fy = self.rng.uniform(0.1, 0.9, size=2)
        self._say(f"double-click the landscape at ({fx:.2f}, {fy:.2f}) of the view")
        pixel = self._view_point(self._landscape(), fx, fy)[1]
        self.qtbot.mouseDClick(
            self.window.landscape.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pixel
        )

    @action(1)
    def act_zoom_far_click(self) -> None:
        """Zoom the landscape far out, then click somewhere in the (now huge) view."""
        events, notches = int(self.rng.integers(5, 60)), int(self.rng.integers(3, 15))
        fx, fy = self.rng.uniform(0.05, 0.95, size=2)
        self._say(
            f"wheel out on the landscape {events}× {notches} notches, then click at ({fx:.2f}, {fy:.2f})"
        )
        for _ in range(events):
            self._wheel(self._landscape(), -notches, 0.5, 0.5)
        data, pixel = self._view_point(self._landscape(), fx, fy)
        self._say(f"  click at θ ({data.x():.4g}, {data.y():.4g})")
        self._click(self.window.landscape.plot_widget.viewport(), pixel)

    def _drag(self, plot, start: np.ndarray, end: np.ndarray) -> None:
        viewport = plot[1].viewport()
        a, b = self._view_point(plot, *start)[1], self._view_point(plot, *end)[1]
        (x0, y0), (x1, y1) = start, end
        self._say(f"drag on the {plot[0]} plot from ({x0:.2f}, {y0:.2f}) to ({x1:.2f}, {y1:.2f})")
        self.qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
        for t in (0.25, 0.5, 0.75, 1.0):
            self.qtbot.mouseMove(viewport, a + (b - a) * t)
        self.qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)

    @action(1)
    def act_landscape_drag(self) -> None:
        start, end = self.rng.uniform(0.1, 0.9, size=(2, 2))
        self._drag(self._landscape(), start, end)

    @action(1)
    def act_plot_drag(self) -> None:
        u, (start, end) = self.rng.random(), self.rng.uniform(0.1, 0.9, size=(2, 2))
        self._drag(self._pick(u, self._plots()), start, end)

    def _wheels(self, plot, notches: list[int], fx: float, fy: float) -> None:
        self._say(f"wheel on the {plot[0]} plot at ({fx:.2f}, {fy:.2f}): notches {notches}")
        for n in notches:
            self._wheel(plot, n, fx, fy)

    def _draw_notches(self) -> list[int]:
        return [int(n) for n in self.rng.integers(-6, 7, size=int(self.rng.integers(1, 12)))]

    @action(3)
    def act_wheel(self) -> None:
        notches, (fx, fy) = self._draw_notches(), self.rng.uniform(0.1, 0.9, size=2)
        self._wheels(self._landscape(), notches, fx, fy)

    @action(2)
    def act_plot_wheel(self) -> None:
        u, notches, (fx, fy) = self.rng.random(), self._draw_notches(), self.rng.uniform(0.1, 0.9, size=2)
        self._wheels(self._pick(u, self._plots()), notches, fx, fy)

    @action(1)
    def act_plot_zoom_far(self) -> None:
        """Zoom a plot far out (or in), many notches at a time."""
        u, events, notches = self.rng.random(), int(self.rng.integers(5, 60)), int(self.rng.integers(-15, 16))
        plot = self._pick(u, self._plots())
        self._say(f"wheel on the {plot[0]} plot {events}× {notches} notches")
        for _ in range(events):
            self._wheel(plot, notches, 0.5, 0.5)

    @action(2)
    def act_loss_hover(self) -> None:
        fx, fy = self.rng.uniform(-0.1, 1.1, size=2)
        plot = self._plots()[1]
        self._say(f"mouse over the loss plot at ({fx:.2f}, {fy:.2f})")
        self.qtbot.mouseMove(plot[1].viewport(), self._view_point(plot, fx, fy)[1])

    # -- actions: the window and files ---------------------------------------

    @action(2)
    def act_resize(self) -> None:
        width, height = int(self.rng.integers(600, 1601)), int(self.rng.integers(400, 1001))
        self._say(f"resize to {width}×{height}")
        self.window.resize(width, height)

    @action(1)
    def act_splitter(self) -> None:
        """Drag a splitter handle, sometimes all the way, collapsing a pane."""
        u, shares, collapse = self.rng.random(), self.rng.random(2), self.rng.random() < 0.3
        splitters = self.window.findChildren(QSplitter)
        splitter = self._pick(u, splitters)
        total = sum(splitter.sizes())
        sizes = (
            ([0, total] if shares[0] < 0.5 else [total, 0])
            if collapse
            else [round(total * x / shares.sum()) for x in shares]
        )
        self._say(f"splitter #{splitters.index(splitter)} to sizes {sizes}")
        splitter.setSizes(sizes)

    @action(2)
    def act_open_csv(self) -> None:
        how, self.open_reply = self.rng.random(), self._draw_csv_reply()
        self._say(f"open CSV {Path(self.open_reply).name or '(cancel)'}")
        if how < 0.4:
            self._trigger("Open CSV…")
        elif how < 0.7:
            self._say("  click the Open CSV… button")
            self._click(self.window.controls.open_csv)
        else:
            self._say("  key Ctrl+O")
            self.qtbot.keyClick(self.window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)

    @action(1)
    def act_save_session(self) -> None:
        u, v = self.rng.random(2)
        folder = self.files / ("sessions" if u < 0.85 else "missing/folder")
        self.save_reply = "" if v < 0.1 else str(folder / f"s{int(v * 3)}.json")
        self._say(f"save session to {self.save_reply or '(cancel)'}")
        self._trigger("Save session…")

    @action(2)
    def act_open_session(self) -> None:
        """Open a saved session, a damaged file, a saved session with one entry tampered, or cancel."""
        u, v, w = self.rng.random(3)
        saved = sorted((self.files / "sessions").glob("s*.json"))
        path = self.files / "sessions" / "other.json"
        if u < 0.1:
            self.open_reply = ""
        elif u < 0.4 and saved:
            self.open_reply = str(self._pick(v, saved))
        elif u < 0.5:
            path.write_bytes(GARBAGE_SESSIONS[int(v * len(GARBAGE_SESSIONS))])
            self.open_reply = str(path)
        else:
            source = self._pick(v, saved)
            data = json.loads(source.read_text()) if source else {"gradviz_session": 1}
            tampering = self.tamperings[int(w * len(self.tamperings))]
            path.write_text(json.dumps({**data, **tampering}))
            self._say(f"  tampered session: {tampering}")
            self.open_reply = str(path)
        self._say(f"open session {Path(self.open_reply).name or '(cancel)'}")
        self._trigger("Open session…")

    @action(1)
    def act_export(self) -> None:
        u, v = self.rng.random(2)
        exports = [("Window as PNG…", "w.png"), ("History as CSV…", "h.csv"), ("Summary as JSON…", "s.json")]
        text, name = self._pick(u, exports)
        folder = self.files / ("exports" if v < 0.85 else "missing/folder")
        self.save_reply = "" if v < 0.05 else str(folder / name)
        self._say(f"export to {self.save_reply or '(cancel)'}")
        self._trigger(text)

    @action(0.5)
    def act_help(self) -> None:
        self._trigger("Keyboard shortcuts" if self.rng.random() < 0.5 else "About gradviz")

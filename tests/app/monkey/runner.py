"""The monkey's run: draw actions, collect exceptions and Qt warnings, fail with the seed and last actions."""

from __future__ import annotations

import collections
import os
import re
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QFileDialog, QMessageBox

from .backprop_actions import BackpropActions
from .checks import Checks
from .control_actions import ControlActions
from .data import TAMPERINGS
from .gestures import Gestures
from .plot_actions import PlotActions
from .registry import kinds_of
from .transport_actions import TransportActions
from .window_actions import WindowActions

__all__ = ["Monkey", "MonkeyFailure", "MonkeyReport", "ACTIONS", "MB", "rss_bytes"]

MB = 1 << 20
LAST_ACTIONS = 20  # shown when a run fails


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096


# kind → (weight, method)
ACTIONS = kinds_of(TransportActions, ControlActions, PlotActions, WindowActions, BackpropActions)


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


# The parts live in their own modules and share this class's state (window, c, rng, qtbot, log)
# and each other's helpers (_say, _click, _plots, ...).
class Monkey(TransportActions, ControlActions, PlotActions, WindowActions, BackpropActions, Checks, Gestures):
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
        # A crash in Qt ends the process before any report: with GRADVIZ_MONKEY_TRAIL set, every
        # action is also written (and flushed) to that file, for `make test-long` to show.
        self.trail = None  # opened by run
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
        trail = os.environ.get("GRADVIZ_MONKEY_TRAIL")
        self.trail = open(trail, "w", encoding="utf-8") if trail else None  # noqa: SIM115
        self._write_trail(f"monkey seed {self.seed}")
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
            if self.trail is not None:
                self.trail.close()
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
        self._write_trail(f"#{self.index} {text}")

    def _write_trail(self, line: str) -> None:
        if self.trail is not None:
            self.trail.write(line + "\n")
            self.trail.flush()

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

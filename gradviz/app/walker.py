"""Walker: steps through one training step sub-step by sub-step, joined to the timeline.

Next from "into .grad" takes the step itself (the update appears on every plot); back
from the first sub-step goes to the update of the step before. Any other move (Step,
Back, Play, the timeline, a new run) starts the walk over at the record shown.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, Signal

from ..engine import FunctionError, OptimizerError
from .backprop import ACCUMULATE, LINEAR_FORWARD, START, UPDATE, StepWalk, build_walk
from .controller import Controller

__all__ = ["Walker", "PLAYING_REFRESH_S"]

# While playing, the walk of the newest record is rebuilt at most this often, and for at
# most a twentieth of the time: at a million rows one build reads X twice (about 25 ms).
PLAYING_REFRESH_S = 0.25


class Walker(QObject):
    """Emits sigWalk(StepWalk) when the walk changes, while someone shows it (`wanted`)."""

    sigWalk = Signal(object)
    sigProblem = Signal(str)  # the walk could not be built: a user's Function failed

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.substep = START
        self._base: int | None = None  # the iteration the walked step starts from; None: the record shown
        self._moving = False  # True while the walker itself moves the controller
        self._wanted = False
        self._built_at = -math.inf
        self._build_cost = 0.0
        self.walk: StepWalk | None = None
        controller.sigRecord.connect(self._on_record)
        controller.sigRunChanged.connect(self._on_run_changed)
        controller.sigPlaying.connect(self._on_playing)

    @property
    def wanted(self) -> bool:
        return self._wanted

    @wanted.setter
    def wanted(self, on: bool) -> None:
        """Someone shows the walk (the Graph or Derivation is visible): keep it up to date."""
        self._wanted = bool(on)
        if on:
            self._emit()

    # -- moving ------------------------------------------------------------

    def next(self) -> None:
        """One sub-step on; after "into .grad", the step itself."""
        c = self.controller
        c.pause()
        if self.substep == UPDATE:
            self._set(None, LINEAR_FORWARD)  # the next step, from the record the update made
        elif self.substep == ACCUMULATE:
            base = self._start_iteration()
            self._moving = True
            try:
                c.step()  # from the past, this drops the future: the same rule as Step
            finally:
                self._moving = False
            if c.trainer.iteration != base + 1:  # the step blew up: the status says why
                self._set(None, ACCUMULATE)
                return
            self._set(base, UPDATE)
        else:
            self._set(self._base, self.substep + 1)

    def go_to(self, substep: int) -> None:
        """Jump to `substep` of the step from the record shown (to UPDATE: take that step)."""
        self.controller.pause()
        if substep == UPDATE:
            self._set(None, ACCUMULATE)
            self.next()
        else:
            self._set(None, substep)

    def previous(self) -> None:
        """One sub-step back; before the first, the update of the step before."""
        c = self.controller
        c.pause()
        if self.substep == UPDATE:
            self._view(self._start_iteration())
            self._set(None, ACCUMULATE)
        elif self.substep > LINEAR_FORWARD:
            self._set(self._base, self.substep - 1)
        elif self.substep == LINEAR_FORWARD:
            self._set(self._base, START)
        else:  # the start of a step: the update that led here
            iterations = c.trainer.history.iterations
            index = c.viewed_index
            if index == 0:
                return
            earlier = int(iterations[index - 1])
            if earlier == iterations[index] - 1:
                self._set(earlier, UPDATE)
            else:  # thinned history: no exact update to show, so the start of the step before
                self._view(earlier)
                self._set(None, START)

    # -- internals -----------------------------------------------------------

    def _start_iteration(self) -> int:
        return self.controller.viewed.iteration if self._base is None else self._base

    def _view(self, iteration: int) -> None:
        self._moving = True
        try:
            self.controller.scrub(iteration)
        finally:
            self._moving = False

    def _set(self, base: int | None, substep: int) -> None:
        self._base, self.substep = base, substep
        self._emit()

    def _on_record(self, _record) -> None:
        if self._moving:
            return
        self._base, self.substep = None, START  # the user moved: the walk starts over here
        if self.controller.playing:
            now = time.perf_counter()
            if now - self._built_at < max(PLAYING_REFRESH_S, 20 * self._build_cost):
                return
        self._emit()

    def _on_playing(self, playing: bool) -> None:
        # While playing, records are walked at a bounded rate: at the pause, walk the last.
        stale = self.walk is None or self.walk.iteration != self.controller.viewed.iteration
        if not playing and self._base is None and self.substep == START and stale:
            self._emit()

    def _on_run_changed(self, _context) -> None:
        self._base, self.substep, self.walk = None, START, None

    def _emit(self) -> None:
        if not self._wanted:
            return
        history = self.controller.trainer.history
        start = time.perf_counter()
        index = history.index_of(self._start_iteration())
        after = history.record(index + 1) if self.substep == UPDATE else None
        try:
            self.walk = build_walk(self.controller.trainer, index, self.substep, after)
        except (FunctionError, OptimizerError) as error:
            self.walk = None
            self.sigProblem.emit(str(error))
            return
        self._built_at = time.perf_counter()
        self._build_cost = self._built_at - start
        self.sigWalk.emit(self.walk)

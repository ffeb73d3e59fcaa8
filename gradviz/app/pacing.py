"""Pacer: splits each frame of Play between computing steps and drawing them."""

from __future__ import annotations

__all__ = ["Pacer", "FRAME_S", "MIN_COMPUTE_S", "MAX_COMPUTE_S"]

FRAME_S = 0.015  # under 1/60 s, so that frames still come about 60 a second when the machine jitters
MIN_COMPUTE_S = 0.004  # even when drawing is slow, so that Play still gets somewhere
MAX_COMPUTE_S = 0.014
_GAIN = 0.3  # share of a frame's surplus or shortfall given to, or taken from, computing
_MAX_CHANGE_S = 0.001  # per frame, so that one slow frame (a GC pause) does not swing it


class Pacer:
    """How many steps the next frame can afford.

    Drawing costs what it costs; computing fills the rest of the frame. The
    budget for computing grows while frames come faster than FRAME_S (the timer
    waits, so there is time to spare) and shrinks while they come slower, within
    [MIN_COMPUTE_S, MAX_COMPUTE_S]. The cost of a step is a running estimate.
    """

    def __init__(self) -> None:
        self.budget = 0.006
        self.seconds_per_step: float | None = None  # None: not measured yet
        self._last_frame: float | None = None

    def restart(self) -> None:
        """Playing starts: the time since the last frame means nothing."""
        self._last_frame = None

    def forget_step_cost(self) -> None:
        """The data, batch size or path changed, and with them the cost of a step."""
        self.seconds_per_step = None

    def steps_for_frame(self, now: float) -> int:
        """Steps that fit this frame's budget, with `now` the time the frame starts."""
        if self._last_frame is not None:
            surplus = FRAME_S - (now - self._last_frame)
            change = max(-_MAX_CHANGE_S, min(_MAX_CHANGE_S, _GAIN * surplus))
            self.budget = max(MIN_COMPUTE_S, min(MAX_COMPUTE_S, self.budget + change))
        self._last_frame = now
        if self.seconds_per_step is None:
            return 1  # take one step to learn what a step costs
        return max(1, int(self.budget / self.seconds_per_step))

    def measured(self, steps: int, seconds: float) -> None:
        per_step = seconds / steps
        estimate = self.seconds_per_step
        self.seconds_per_step = per_step if estimate is None else 0.7 * estimate + 0.3 * per_step

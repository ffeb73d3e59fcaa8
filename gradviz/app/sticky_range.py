"""Axis ranges that move only when the data outgrow them or shrink well inside them.

Re-ranging an axis on every frame makes pyqtgraph redraw its ticks on every frame
(the most expensive thing in a frame), and makes the eye lose track of scale. A
sticky range stays put while the data stay comfortably inside, so values visibly
shrink or grow against a fixed axis. Its ends are rounded outwards (to 1, 2 or
5 × 10ⁿ on a log axis), which makes the next change further away and the axis
easier to read.
"""

from __future__ import annotations

import math

__all__ = ["StickyRange", "IterationRange", "nice_ceil"]


def nice_ceil(value: float) -> float:
    """The smallest of 1, 2 and 5 times a power of ten that is ≥ value (value > 0)."""
    power = 10.0 ** math.floor(math.log10(value))
    for factor in (1.0, 2.0, 5.0, 10.0):
        if factor * power >= value * (1 - 1e-12):
            return factor * power
    return 10.0 * power  # pragma: no cover - rounding at the top of a decade


_LOG_MARKS = (0.0, math.log10(2), math.log10(5), 1.0)  # 1, 2, 5 and 10 on a log axis


def _log_round(value: float, direction) -> float:
    """log10 of the 1, 2 or 5 × 10ⁿ next below (direction=math.floor) or above (math.ceil)."""
    decade = math.floor(value)
    marks = [decade + mark for mark in _LOG_MARKS]
    if direction is math.floor:
        return max(mark for mark in marks if mark <= value)
    return min(mark for mark in marks if mark >= value)


class StickyRange:
    def __init__(
        self,
        margin: float = 0.1,
        shrink_below: float = 0.2,
        symmetric: bool = False,
        decades: bool = False,
        lead: float = 0.0,
    ) -> None:
        self.margin = margin  # room added on each side, as a share of the data's span
        self.shrink_below = shrink_below  # refit when the data fill less than this share
        self.symmetric = symmetric  # keep zero in the middle
        self.decades = decades  # values are log10: round the ends to 1, 2 or 5 × 10ⁿ
        # Extra room on a side the data outgrew, as a share of their span: a curve that keeps
        # falling (a loss, say) then moves its axis every few decades, not every frame.
        self.lead = lead
        self.current: tuple[float, float] | None = None

    def reset(self) -> None:
        self.current = None

    def fit(self, low: float, high: float) -> tuple[float, float] | None:
        """The new range if it has to change for data spanning [low, high], else None."""
        if not (math.isfinite(low) and math.isfinite(high)):
            return None
        if self.symmetric:
            high = max(abs(low), abs(high))
            low = -high
        if self.current is not None:
            start, stop = self.current
            inside = start <= low and high <= stop
            if inside and (high - low) >= self.shrink_below * (stop - start):
                return None
        span = max(high - low, 1e-12 * max(abs(low), abs(high), 1e-300))
        below = self.margin + (self.lead if self.current and low < self.current[0] else 0.0)
        above = self.margin + (self.lead if self.current and high > self.current[1] else 0.0)
        low, high = low - below * span, high + above * span
        if self.decades and high - low > 3:  # labelled at 1·10ⁿ only: round to those
            low, high = math.floor(low), math.ceil(high)
        elif self.decades:
            low, high = _log_round(low, math.floor), _log_round(high, math.ceil)
        else:
            step = nice_ceil((high - low) / 8)
            low, high = step * math.floor(low / step), step * math.ceil(high / step)
        if self.current == (low, high):
            return None
        self.current = (low, high)
        return self.current


class IterationRange:
    """An iteration axis from 0 to a round number past the newest iteration.

    It grows 1.5- to 3.3-fold when the run reaches its end, and shrinks back
    when the view jumps far into the past (a rewind or a new run).
    """

    def __init__(self) -> None:
        self.high = 0.0

    def reset(self) -> None:
        self.high = 0.0

    def fit(self, iteration: int) -> float | None:
        """The new end of the axis if it has to change, else None."""
        if self.high and self.high / 4 <= iteration <= self.high:
            return None
        high = nice_ceil(max(10.0, 1.5 * iteration))
        if high == self.high:
            return None
        self.high = high
        return high

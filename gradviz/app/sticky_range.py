"""StickyRange: an axis range that moves only when the data outgrow it or shrink well inside it.

Re-ranging an axis on every frame makes pyqtgraph redraw its ticks on every frame,
and makes the eye lose track of scale. A sticky range stays put while the data
stay comfortably inside, so values visibly shrink or grow against a fixed axis.
"""

from __future__ import annotations

import math

__all__ = ["StickyRange"]


class StickyRange:
    def __init__(self, margin: float = 0.1, shrink_below: float = 0.2, symmetric: bool = False) -> None:
        self.margin = margin  # room added on each side, as a share of the data's span
        self.shrink_below = shrink_below  # refit when the data fill less than this share
        self.symmetric = symmetric  # keep zero in the middle
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
        self.current = (low - self.margin * span, high + self.margin * span)
        return self.current

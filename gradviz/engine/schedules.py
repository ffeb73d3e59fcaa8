"""Learning-rate schedules: a factor of the base lr that depends on the step only.

Being stateless keeps a rewound run exact: the lr at step t is base_lr · factor(t).
The defaults are what the window uses; `gradviz train` fits them to its --steps.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["Schedule", "Constant", "StepDecay", "Exponential", "Cosine", "SCHEDULES", "make_schedule"]


class Schedule:
    name = ""

    def factor(self, step: int) -> float:
        raise NotImplementedError

    def lr(self, base_lr: float, step: int) -> float:
        return base_lr * self.factor(step)


@dataclass(frozen=True)
class Constant(Schedule):
    name = "constant"

    def factor(self, step: int) -> float:
        return 1.0


@dataclass(frozen=True)
class StepDecay(Schedule):
    """Multiply the lr by `gamma` every `every` steps."""

    every: int = 100
    gamma: float = 0.5
    name = "step"

    def __post_init__(self) -> None:
        if self.every < 1:
            raise ValueError(f"step decay needs every >= 1, got {self.every}")
        if not 0 < self.gamma <= 1:
            raise ValueError(f"step decay needs 0 < gamma <= 1, got {self.gamma}")

    def factor(self, step: int) -> float:
        return self.gamma ** (step // self.every)


@dataclass(frozen=True)
class Exponential(Schedule):
    """lr · gamma^step."""

    gamma: float = 0.995
    name = "exponential"

    def __post_init__(self) -> None:
        if not 0 < self.gamma <= 1:
            raise ValueError(f"exponential decay needs 0 < gamma <= 1, got {self.gamma}")

    def factor(self, step: int) -> float:
        return self.gamma**step


@dataclass(frozen=True)
class Cosine(Schedule):
    """Cosine from the base lr down to `floor`·lr over `period` steps, then restart."""

    period: int = 500
    floor: float = 0.0
    name = "cosine"

    def __post_init__(self) -> None:
        if self.period < 1:
            raise ValueError(f"cosine schedule needs period >= 1, got {self.period}")
        if not 0 <= self.floor <= 1:
            raise ValueError(f"cosine schedule needs 0 <= floor <= 1, got {self.floor}")

    def factor(self, step: int) -> float:
        phase = (step % self.period) / self.period
        return self.floor + 0.5 * (1 - self.floor) * (1 + math.cos(math.pi * phase))


SCHEDULES: tuple[str, ...] = ("constant", "step", "exponential", "cosine")


def make_schedule(name: str, **options: float) -> Schedule:
    """Build a schedule by name: constant, step, exponential or cosine."""
    kinds = {"constant": Constant, "step": StepDecay, "exponential": Exponential, "cosine": Cosine}
    if name not in kinds:
        raise ValueError(f"unknown schedule {name!r}; choose one of {', '.join(SCHEDULES)}")
    return kinds[name](**options)

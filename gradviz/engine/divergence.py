"""When a run has blown up, what to tell the user, and which start points to refuse.

A run diverges at the first record whose training loss exceeds DIVERGENCE_FACTOR
times its starting scale, or whose loss or ‖∇C‖ is not finite, or whose loss shows
sustained growth: above GROWTH_FACTOR times the starting scale after rising at each of
the GROWTH_STEPS records before it (a converging run, even one that overshoots, does not). A start point
where that is already so cannot be followed, so the Trainer refuses it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

__all__ = [
    "DIVERGENCE_FACTOR",
    "GROWTH_FACTOR",
    "GROWTH_STEPS",
    "first_growing",
    "TrainerStatus",
    "loss_limit",
    "first_diverged",
    "divergence_message",
    "check_start",
]

# A run counts as diverged once its loss exceeds this many times its starting scale.
DIVERGENCE_FACTOR = 1e10
# ...or once it exceeds this many times its starting scale after rising for GROWTH_STEPS records in a row.
GROWTH_FACTOR = 100.0
GROWTH_STEPS = 50


@dataclass(frozen=True)
class TrainerStatus:
    """Whether the run stopped because it diverged, and the message that says why."""

    diverged: bool = False
    message: str = ""


def loss_limit(start_loss: float, zero_loss: float) -> float:
    """The loss above which a run that starts at `start_loss` has diverged (may be inf)."""
    return DIVERGENCE_FACTOR * max(start_loss, zero_loss, np.finfo(float).tiny)


def first_diverged(loss_train: np.ndarray, grad_norm: np.ndarray, limit: float) -> int | None:
    """Index of the first record that diverged, or None when all are sane."""
    sane = np.isfinite(loss_train) & (loss_train <= limit) & np.isfinite(grad_norm)
    return None if sane.all() else int(np.argmin(sane))


def first_growing(loss_train: np.ndarray, scale: float, start: int) -> int | None:
    """Index (≥ `start`) of the first record in sustained growth, or None.

    `loss_train` holds up to GROWTH_STEPS records before `start`, so that growth across
    two chunks of steps counts; `scale` is the run's starting scale (see loss_limit).
    """
    rising = np.diff(loss_train) > 0
    # run[i]: how many records in a row rose up to record i + 1
    index = np.arange(1, rising.size + 1)
    reset = np.maximum.accumulate(np.where(rising, 0, index))
    run = index - reset
    grown = np.flatnonzero((run >= GROWTH_STEPS) & (loss_train[1:] > GROWTH_FACTOR * scale)) + 1
    grown = grown[grown >= start]
    return int(grown[0]) if grown.size else None


def _below(rate: float) -> str:
    """`rate` rounded down to 3 significant digits, so that the number shown is below it."""
    digits = 2 - math.floor(math.log10(rate))
    return f"{math.floor(rate * 10**digits) / 10**digits:.3g}"


def divergence_message(
    iteration: int,
    lr: float,
    critical_lr: float | None,
    optimizer: str,
    formula: str = "2/λmax",
    functions: str = "",
) -> str:
    """Why step `iteration`, taken with `lr`, blew up, and what to change.

    `critical_lr` is the bound that holds for `optimizer` (its `formula`), None where none exists.
    `functions` names a user's Linear and MSE the run trains with ("" for gradviz's own): below
    the critical rate, their gradient is the likely cause, not the learning rate.
    """
    if functions and (critical_lr is None or lr <= critical_lr):
        rate = "" if critical_lr is None else f" (below the critical {formula} = {critical_lr:.3g})"
        cause = f"the gradient of {functions} is the likely cause, not lr {lr:.3g}{rate}"
        remedy = "Check their backward (the Gradient check tab), or go back to gradviz's own Functions."
    elif critical_lr is not None and lr > critical_lr:
        cause = f"lr {lr:.3g} is above the critical {formula} = {critical_lr:.3g} of {optimizer}"
        remedy = f"Use a learning rate below {_below(critical_lr)}."
    elif critical_lr is not None:
        cause = f"{optimizer} with lr {lr:.3g} overshoots"
        remedy = f"Use a smaller learning rate: {optimizer} converges below {_below(critical_lr)}."
    else:
        cause = f"{optimizer} with lr {lr:.3g} overshoots"
        remedy = f"Use a smaller learning rate, {_below(lr / 10)} say ({optimizer} has no critical rate)."
    return (
        f"Diverged at step {iteration} (the run stays at step {iteration - 1}): {cause}, "
        f"so the loss grew without bound. {remedy}"
    )


def check_start(loss_train: float, loss_test: float | None, grad_norm: float) -> None:
    """ValueError unless the losses and ‖∇C‖ at a start point are finite (loss_test None: no test set)."""
    measured = [("the training loss", loss_train), ("the test loss", loss_test), ("‖∇C‖", grad_norm)]
    problems = [f"{what} is {v:g}" for what, v in measured if v is not None and not math.isfinite(v)]
    if problems:
        raise ValueError(
            f"the start point (W0, b0) is too far from the data: {', '.join(problems)} there, "
            "beyond what float64 holds; start nearer, with W0 and b0 at zeros (the default) "
            "or of the size of the least-squares solution"
        )

"""When a run has blown up, what to tell the user, and which start points to refuse.

A run diverges at the first record whose training loss exceeds DIVERGENCE_FACTOR
times its starting scale, or whose loss or ‖∇C‖ is not finite. A start point
where that is already so cannot be followed, so the Trainer refuses it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

__all__ = [
    "DIVERGENCE_FACTOR",
    "TrainerStatus",
    "loss_limit",
    "first_diverged",
    "divergence_message",
    "check_start",
]

# A run counts as diverged once its loss exceeds this many times its starting scale.
DIVERGENCE_FACTOR = 1e10


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


def divergence_message(iteration: int, lr: float, critical_lr: float, optimizer: str) -> str:
    """Why step `iteration`, taken with `lr`, blew up, and what to change."""
    if lr > critical_lr:
        cause = f"lr {lr:.3g} is above the critical 2/λmax = {critical_lr:.3g}"
        remedy = f"Use a learning rate below {critical_lr:.3g}."
    else:
        cause = f"{optimizer} with lr {lr:.3g} overshoots"
        remedy = f"Use a smaller learning rate (plain GD converges below {critical_lr:.3g})."
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

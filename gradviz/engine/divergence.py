"""When a run has blown up, what to tell the user, and which start points to refuse.

A run diverges at the first record whose training loss exceeds DIVERGENCE_FACTOR
times its starting scale, or whose loss or ‖∇C‖ is not finite, or whose loss shows
sustained growth: above GROWTH_FACTOR times the starting scale after rising at each of
the GROWTH_STEPS records before it (a converging run, even one that overshoots, does not),
or rising for as long at any level when lr is above a bound that is exact. A start point
where that is already so cannot be followed, so the Trainer refuses it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..i18n import QT_TRANSLATE_NOOP, number, translate

__all__ = [
    "DIVERGENCE_FACTOR",
    "GROWTH_FACTOR",
    "GROWTH_STEPS",
    "first_growing",
    "TrainerStatus",
    "loss_limit",
    "first_diverged",
    "divergence_message",
    "step_room",
    "check_start",
]

# A run counts as diverged once its loss exceeds this many times its starting scale.
DIVERGENCE_FACTOR = 1e10
# ...or once it exceeds this many times its starting scale after rising for GROWTH_STEPS records in a row:
# GD just above its bound (lr 1.01 × 2/λmax on Boston) is caught at step ~70, the loss still below 1e5.
GROWTH_FACTOR = 10.0
GROWTH_STEPS = 10


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


def first_growing(
    loss_train: np.ndarray, scale: float, start: int, factor: float = GROWTH_FACTOR
) -> int | None:
    """Index (≥ `start`) of the first record in sustained growth, or None.

    `loss_train` holds up to GROWTH_STEPS records before `start`, so that growth across
    two chunks of steps counts; `scale` is the run's starting scale (see loss_limit). With a
    `factor` of 0, growth for GROWTH_STEPS records counts whatever the loss: for a run whose lr
    is above a bound that is exact (full-batch GD, momentum, Nesterov), growth cannot stop.
    """
    rising = np.diff(loss_train) > 0
    # run[i]: how many records in a row rose up to record i + 1
    index = np.arange(1, rising.size + 1)
    reset = np.maximum.accumulate(np.where(rising, 0, index))
    run = index - reset
    grown = np.flatnonzero((run >= GROWTH_STEPS) & (loss_train[1:] > factor * scale)) + 1
    grown = grown[grown >= start]
    return int(grown[0]) if grown.size else None


def _below(rate: float) -> str:
    """`rate` rounded down to 3 significant digits, so that the number shown is below it."""
    digits = 2 - math.floor(math.log10(rate))
    return number(math.floor(rate * 10**digits) / 10**digits, ".3g")


def divergence_message(
    iteration: int,
    lr: float,
    critical_lr: float | None,
    optimizer: str,
    formula: str = "2/λmax",
    functions: str = "",
    room: float | None = None,
) -> str:
    """Why step `iteration`, taken with `lr`, blew up, and what to change.

    `critical_lr` is the bound that holds for `optimizer` (its `formula`), None where none exists.
    `functions` names a user's Linear and MSE the run trains with ("" for gradviz's own): below
    the critical rate, their gradient is the likely cause, not the learning rate. `room` is
    the step, in every coordinate at once, that raises the loss by at most its value at the start
    (see step_room): an optimizer without a bound (Adam) steps about lr in each coordinate, so a
    rate below it stays within reach of the optimum.
    """
    if functions and critical_lr is None:
        message = translate(
            "Engine",
            "Diverged at step {step} (the run stays at step {previous}): the gradient of {functions} is the "
            "likely cause, not lr {lr}, so the loss grew without bound. Check their backward (the Gradient "
            "check tab), or go back to gradviz's own Functions.",
        )
    elif functions and critical_lr is not None and lr <= critical_lr:
        message = translate(
            "Engine",
            "Diverged at step {step} (the run stays at step {previous}): the gradient of {functions} is the "
            "likely cause, not lr {lr} (below the critical {formula} = {critical}), so the loss grew without "
            "bound. Check their backward (the Gradient check tab), or go back to gradviz's own Functions.",
        )
    elif critical_lr is not None and lr > critical_lr:
        message = translate(
            "Engine",
            "Diverged at step {step} (the run stays at step {previous}): lr {lr} is above the critical "
            "{formula} = {critical} of {optimizer}, so the loss grew without bound. Use a learning rate "
            "below {below}.",
        )
    elif critical_lr is not None:
        message = translate(
            "Engine",
            "Diverged at step {step} (the run stays at step {previous}): {optimizer} with lr {lr} "
            "overshoots, so the loss grew without bound. Use a smaller learning rate: {optimizer} converges "
            "below {below}.",
        )
    else:
        message = translate(
            "Engine",
            "Diverged at step {step} (the run stays at step {previous}): {optimizer} with lr {lr} "
            "overshoots, so the loss grew without bound. Use a smaller learning rate, {below} say "
            "({optimizer} has no critical rate).",
        )
    return message.format(
        step=iteration,
        previous=iteration - 1,
        functions=functions,
        lr=number(lr, ".3g"),
        formula=formula,
        critical="" if critical_lr is None else number(critical_lr, ".4g"),  # 0.1646, next to "below 0.164"
        optimizer=optimizer,
        below=_below(critical_lr if critical_lr is not None else min(lr / 10, room or lr)),
    )


def step_room(start_loss: float, lambda_max: float, n_parameters: int) -> float | None:
    """√(2C(θ₀)/(n·λmax)): a step s with |sᵢ| at most this in each of n coordinates changes the
    loss by sᵀHs/2 ≤ n·s²·λmax/2 ≤ C(θ₀) (None on a flat loss)."""
    if not (lambda_max > 0 and start_loss > 0):
        return None
    return math.sqrt(2 * start_loss / (n_parameters * lambda_max))


_MEASURED = (  # what check_start measures at a start point
    QT_TRANSLATE_NOOP("Engine", "the training loss"),
    QT_TRANSLATE_NOOP("Engine", "the test loss"),
    "‖∇C‖",
)


def check_start(loss_train: float, loss_test: float | None, grad_norm: float) -> None:
    """ValueError unless the losses and ‖∇C‖ at a start point are finite (loss_test None: no test set)."""
    measured = zip(_MEASURED, (loss_train, loss_test, grad_norm))
    problems = [
        translate("Engine", "{what} is {value}").format(what=translate("Engine", what), value=f"{v:g}")
        for what, v in measured
        if v is not None and not math.isfinite(v)
    ]
    if problems:
        message = translate(
            "Engine",
            "the start point (W0, b0) is too far from the data: {problems} there, beyond what float64 "
            "holds; start nearer, with W0 and b0 at zeros (the default) or of the size of the least-squares "
            "solution",
        )
        raise ValueError(message.format(problems=", ".join(problems)))

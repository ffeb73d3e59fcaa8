"""The step an optimizer takes from a record, beside −∇C: they differ for momentum, Adam and the rest."""

from __future__ import annotations

import copy

import numpy as np

from .trainer import Trainer

__all__ = ["step_taken"]


def step_taken(trainer: Trainer, index: int) -> tuple[np.ndarray, float] | None:
    """(θ_{k+1} − θ_k, the lr of that step) from the record at `index`, or None when unknown.

    From a past record it is the move to the next record, when the history kept it. From
    the newest, it is the step the optimizer would take next, found on a copy of the
    optimizer and of θ: the run and its optimizer's state stay exactly as they were.
    """
    history = trainer.history
    index = index % len(history)
    iteration = int(history.iterations[index])
    if index + 1 < len(history):
        if int(history.iterations[index + 1]) != iteration + 1:  # thinned out: the next step is gone
            return None
        return history.thetas[index + 1] - history.thetas[index], float(history.lr[index + 1])
    lr = trainer.schedule.lr(trainer.lr, iteration)
    try:
        return _proposed(trainer, lr), lr
    except Exception:  # a user's optimizer or Functions that cannot be copied or run twice
        return None


def _proposed(trainer: Trainer, lr: float) -> np.ndarray:
    rows = trainer.next_batch()
    if rows is not None:
        grad = trainer.graph_gradient(trainer.X[rows], trainer.Y[rows])
    elif trainer.path == "graph":  # through the Functions the run trains with (a user's, perhaps)
        grad = trainer.graph_gradient(trainer.X, trainer.Y)
    else:
        grad = trainer.current.grad  # the full-batch gradient at θ, as the next step takes it
    optimizer = copy.copy(trainer.optimizer)
    optimizer.load_state(trainer.optimizer.state())  # copies of the buffers: the original stays as it is
    optimizer.lr = lr
    theta = trainer.theta.copy()
    with np.errstate(all="ignore"):
        optimizer.step((theta,), (grad.copy(),))
    return theta - trainer.theta

"""One training step in sub-steps, as backpropagation computes it, and what is known after each.

Plain Python (no Qt): the Graph view and the Derivation draw a StepWalk, the controller
moves it. Every number comes from the engine: the walk holds the real graph
C = MSE(Linear(X, W, b), Y) of the step, run forward and backward once; a sub-step only
decides how much of it has been computed so far.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine import Node, StepRecord, Trainer, regression_backward, regression_graph, trace
from ..i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["SubStep", "SUBSTEPS", "StepWalk", "build_walk", "substep_index", "START", "UPDATE", "VIEWS"]


@dataclass(frozen=True)
class SubStep:
    """A sub-step: `key` for code and the command line, its title and detail in the chosen language."""

    key: str
    source_title: str  # English, as in the catalogue
    source_detail: str

    @property
    def title(self) -> str:
        return translate("Backprop", self.source_title)

    @property
    def detail(self) -> str:
        return translate("Backprop", self.source_detail)


SUBSTEPS: tuple[SubStep, ...] = (
    SubStep(
        "start",
        QT_TRANSLATE_NOOP("Backprop", "the step begins"),
        QT_TRANSLATE_NOOP("Backprop", "W and b as they are; nothing is computed yet"),
    ),
    SubStep(
        "linear_forward",
        QT_TRANSLATE_NOOP("Backprop", "Linear.forward"),
        QT_TRANSLATE_NOOP("Backprop", "Ŷ = XW + b, and its Context saves X and W"),
    ),
    SubStep(
        "mse_forward",
        QT_TRANSLATE_NOOP("Backprop", "MSE.forward"),
        QT_TRANSLATE_NOOP("Backprop", "C = (1/q) Σᵢⱼ (Ŷᵢⱼ − Yᵢⱼ)², and its Context saves Ŷ − Y"),
    ),
    SubStep(
        "seed",
        QT_TRANSLATE_NOOP("Backprop", "backward() starts"),
        QT_TRANSLATE_NOOP("Backprop", "at the loss itself: ∂C/∂C = 1"),
    ),
    SubStep(
        "mse_backward",
        QT_TRANSLATE_NOOP("Backprop", "MSE.backward"),
        QT_TRANSLATE_NOOP("Backprop", "δ = ∂C/∂Ŷ = (2/q)(Ŷ − Y), from the saved Ŷ − Y"),
    ),
    SubStep(
        "linear_backward",
        QT_TRANSLATE_NOOP("Backprop", "Linear.backward"),
        QT_TRANSLATE_NOOP(
            "Backprop", "∂C/∂W = Xᵀδ and ∂C/∂b = Σᵢ δᵢ, from the saved X; ∂C/∂X = δWᵀ is not needed"
        ),
    ),
    SubStep(
        "accumulate",
        QT_TRANSLATE_NOOP("Backprop", "into .grad"),
        QT_TRANSLATE_NOOP("Backprop", "W.grad and b.grad receive ∂C/∂W and ∂C/∂b"),
    ),
    SubStep(
        "update",
        QT_TRANSLATE_NOOP("Backprop", "the optimizer's update"),
        QT_TRANSLATE_NOOP("Backprop", "W and b move against their gradient"),
    ),
)
START, LINEAR_FORWARD, MSE_FORWARD, SEED, MSE_BACKWARD, LINEAR_BACKWARD, ACCUMULATE, UPDATE = range(
    len(SUBSTEPS)
)


# The tabs of the backpropagation area, as the View menu and `gradviz snapshot --view` name them.
VIEWS = ("graph", "derivation", "gradcheck")


def substep_index(key: str) -> int:
    """The index in SUBSTEPS of the sub-step named `key` ("mse_backward", say)."""
    keys = [step.key for step in SUBSTEPS]
    if key not in keys:
        raise ValueError(f"unknown sub-step {key!r}; the sub-steps are: {', '.join(keys)}")
    return keys.index(key)


# When each node's value, and its gradient ∂C/∂node, is known.
_VALUE_FROM = {"Linear": LINEAR_FORWARD, "MSE": MSE_FORWARD}
_GRAD_FROM = {"MSE": SEED, "Linear": MSE_BACKWARD, "W": ACCUMULATE, "b": ACCUMULATE}


@dataclass(frozen=True)
class StepWalk:
    """Step `iteration` → `iteration + 1` of a run, at sub-step `substep` (an index of SUBSTEPS).

    `nodes` is the trace of the step's graph after backward: X, W, b, Linear (its value
    is Ŷ), Y, MSE (its value is C). `rows` are the training rows of its batch (None: all
    of them). `after` is the record the update led to, once `substep` is UPDATE.
    """

    iteration: int
    substep: int
    nodes: tuple[Node, ...]
    rows: np.ndarray | None
    lr: float
    optimizer: str
    trained_by: str  # "fast" (sufficient statistics) or "graph", for the step itself
    after: StepRecord | None = None

    @property
    def step(self) -> SubStep:
        return SUBSTEPS[self.substep]

    def node(self, name: str) -> Node:
        return next(node for node in self.nodes if node.name == name)

    @property
    def q(self) -> int:
        return int(self.node("X").value.shape[0])

    def value_known(self, name: str) -> bool:
        """Whether the node's value has been computed at this sub-step (leaves always are)."""
        return self.substep >= _VALUE_FROM.get(name, START)

    def saved_known(self, name: str) -> bool:
        """Whether the Function `name` has run forward, so that its Context holds its arrays."""
        return self.value_known(name) and name in _VALUE_FROM

    def grad_known(self, name: str) -> bool:
        """Whether ∂C/∂node has been computed (W's and b's once accumulated into .grad)."""
        return name in _GRAD_FROM and self.substep >= _GRAD_FROM[name]

    def input_grads_known(self) -> bool:
        """Whether Linear.backward has handed out ∂C/∂W and ∂C/∂b (on the edges, before .grad)."""
        return self.substep >= LINEAR_BACKWARD


def build_walk(trainer: Trainer, index: int, substep: int, after: StepRecord | None = None) -> StepWalk:
    """The walk of the step after record `index` of `trainer`, on the batch that step takes.

    Through the trainer's Linear and MSE, gradviz's or a user's: their Contexts are the
    ones the nodes show. A fault in a user's Function is a FunctionError, as in training.
    """
    record = trainer.history.record(index)
    rows = trainer.next_batch(index)
    X, Y = (trainer.X, trainer.Y) if rows is None else (trainer.X[rows], trainer.Y[rows])
    loss = regression_graph(
        np.ascontiguousarray(X), Y, record.W.copy(), record.b.copy(), linear=trainer.linear, mse=trainer.mse
    )
    regression_backward(loss)
    return StepWalk(
        iteration=record.iteration,
        substep=substep,
        nodes=tuple(trace(loss)),
        rows=rows,
        lr=trainer.schedule.lr(trainer.lr, record.iteration),
        optimizer=trainer.optimizer.name,
        trained_by=trainer.path,
        after=after,
    )

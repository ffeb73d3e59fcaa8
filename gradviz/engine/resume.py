"""The resume state a record keeps, so that a run restarts from it exactly.

One flat float row per record: the sampler offset, which optimizer kind made the
step, then that optimizer's `write_state` (its buffers, then its step count).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .optimizers import GD, Adam, Momentum, Optimizer, RMSProp

__all__ = ["ResumeState", "OPTIMIZER_KINDS"]

OPTIMIZER_KINDS: tuple[type[Optimizer], ...] = (GD, Momentum, RMSProp, Adam)

_OFFSET, _KIND, _STATE = 0, 1, 2


def optimizer_kind(optimizer: Optimizer) -> int:
    """Index in OPTIMIZER_KINDS of the first kind `optimizer` is; TypeError if none."""
    for kind, cls in enumerate(OPTIMIZER_KINDS):
        if isinstance(optimizer, cls):
            return kind
    raise TypeError(
        f"the Trainer runs GD, Momentum, RMSProp or Adam (or a subclass), got {type(optimizer).__name__}"
    )


class ResumeState:
    """Packs and unpacks resume rows for a run with `n_params` parameters."""

    def __init__(self, n_params: int) -> None:
        self.n_params = n_params
        self.size = _STATE + max(kind.state_size(n_params) for kind in OPTIMIZER_KINDS)
        self._row = np.zeros(self.size)

    def pack(self, offset: int, optimizer: Optimizer) -> np.ndarray:
        """The row for the present state (a buffer, overwritten by the next call)."""
        row = self._row
        row[_OFFSET], row[_KIND] = offset, optimizer_kind(optimizer)
        optimizer.write_state(row[_STATE : _STATE + optimizer.state_size(self.n_params)])
        return row

    def gd_rows(self, optimizer: Optimizer, count: int) -> np.ndarray:
        """The rows of `count` more full-batch GD steps: offset 0, and GD's only state, t."""
        rows = np.zeros((count, self.size))
        rows[:, _KIND] = optimizer_kind(optimizer)
        rows[:, _STATE] = optimizer.t + np.arange(1, count + 1)
        return rows

    @staticmethod
    def offset(row: np.ndarray) -> int:
        """The sampler offset a row records."""
        return int(row[_OFFSET])

    def unpack(self, row: np.ndarray, optimizer: Optimizer, params: Sequence[np.ndarray]) -> int:
        """Load `optimizer`'s state from `row` (fresh state if another kind wrote it); return the offset."""
        if int(row[_KIND]) == optimizer_kind(optimizer):
            size = optimizer.state_size(self.n_params)
            optimizer.load_state_vector(row[_STATE : _STATE + size], params)
        else:
            optimizer.reset()
        return int(row[_OFFSET])

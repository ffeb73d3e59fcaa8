"""StepRecord and History: every state of a run, in preallocated arrays.

A record is one state θ_k of the run with what was measured there. History keeps
everything up to a bound; when full, it drops every other record of the older
half, so old stretches grow sparser while recent ones stay complete.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["StepRecord", "History"]


@dataclass(frozen=True)
class StepRecord:
    """The state after `iteration` steps and what was measured there.

    `grad_W` and `grad_b` are the full-batch training gradient at (W, b); `lr` is
    the rate the step that led here used (the starting rate for iteration 0).
    """

    iteration: int
    epoch: int
    loss_train: float
    loss_test: float
    W: np.ndarray
    b: np.ndarray
    grad_W: np.ndarray
    grad_b: np.ndarray
    lr: float

    @property
    def grad_norm(self) -> float:
        return float(np.sqrt(np.vdot(self.grad_W, self.grad_W) + np.vdot(self.grad_b, self.grad_b)))


# Columns of the float table, before θ, ∇C and the resume state.
_LOSS_TRAIN, _LOSS_TEST, _LR, _GRAD_NORM = range(4)


class History:
    """Records of one run, plus the state needed to resume from each of them.

    `resume_state` is whatever vector the trainer needs beyond θ (optimizer
    buffers, sampler position); History stores it and gives it back on `restore`.
    """

    def __init__(self, param_shape: tuple[int, int], resume_size: int, max_bytes: int = 64 << 20):
        self.param_shape = param_shape
        self._n_params = param_shape[0] * param_shape[1]
        self._resume_size = resume_size
        width = 4 + 2 * self._n_params + resume_size
        self.capacity = max(256, max_bytes // (8 * (width + 2)))
        self._ints = np.empty((self.capacity, 2), dtype=np.int64)  # iteration, epoch
        self._floats = np.empty((self.capacity, width))
        self._len = 0

    def __len__(self) -> int:
        return self._len

    @property
    def nbytes(self) -> int:
        return self._ints.nbytes + self._floats.nbytes

    def append(self, record: StepRecord, resume_state: np.ndarray) -> None:
        if self._len == self.capacity:
            self._thin()
        i, n = self._len, self._n_params
        self._ints[i] = record.iteration, record.epoch
        row = self._floats[i]
        row[:4] = record.loss_train, record.loss_test, record.lr, record.grad_norm
        row[4 : 4 + n] = np.concatenate([record.W.ravel(), record.b])
        row[4 + n : 4 + 2 * n] = np.concatenate([record.grad_W.ravel(), record.grad_b])
        row[4 + 2 * n :] = resume_state
        self._len += 1

    def _thin(self) -> None:
        """Keep record 0, every other record of the older half, and the newer half whole."""
        half = self.capacity // 2
        keep = np.concatenate([np.arange(0, half, 2), np.arange(half, self.capacity)])
        self._ints[: keep.size] = self._ints[keep]
        self._floats[: keep.size] = self._floats[keep]
        self._len = keep.size

    def truncate_after(self, iteration: int) -> None:
        """Drop every record later than `iteration`."""
        self._len = int(np.searchsorted(self.iterations, iteration, side="right"))

    def index_of(self, iteration: int) -> int:
        """Index of the latest stored record at or before `iteration`."""
        if self._len == 0:
            raise IndexError("history is empty")
        return max(0, int(np.searchsorted(self.iterations, iteration, side="right")) - 1)

    def _position(self, index: int) -> int:
        if not -self._len <= index < self._len:
            raise IndexError(f"record {index} out of range for {self._len} records")
        return index % self._len

    def record(self, index: int) -> StepRecord:
        index = self._position(index)
        row, n = self._floats[index], self._n_params
        rows = self.param_shape[0]
        theta = row[4 : 4 + n].reshape(self.param_shape)
        grad = row[4 + n : 4 + 2 * n].reshape(self.param_shape)
        iteration, epoch = self._ints[index]
        return StepRecord(
            iteration=int(iteration),
            epoch=int(epoch),
            loss_train=float(row[_LOSS_TRAIN]),
            loss_test=float(row[_LOSS_TEST]),
            W=theta[: rows - 1].copy(),
            b=theta[rows - 1].copy(),
            grad_W=grad[: rows - 1].copy(),
            grad_b=grad[rows - 1].copy(),
            lr=float(row[_LR]),
        )

    def resume_state(self, index: int) -> np.ndarray:
        return self._floats[self._position(index), 4 + 2 * self._n_params :].copy()

    def at(self, iteration: int) -> StepRecord:
        """The latest stored record at or before `iteration`."""
        return self.record(self.index_of(iteration))

    # Column views for plotting: each is a view of the first len(self) rows.
    @property
    def iterations(self) -> np.ndarray:
        return self._ints[: self._len, 0]

    @property
    def epochs(self) -> np.ndarray:
        return self._ints[: self._len, 1]

    @property
    def loss_train(self) -> np.ndarray:
        return self._floats[: self._len, _LOSS_TRAIN]

    @property
    def loss_test(self) -> np.ndarray:
        return self._floats[: self._len, _LOSS_TEST]

    @property
    def lr(self) -> np.ndarray:
        return self._floats[: self._len, _LR]

    @property
    def grad_norm(self) -> np.ndarray:
        return self._floats[: self._len, _GRAD_NORM]

    @property
    def thetas(self) -> np.ndarray:
        """θ of every record, shape (len, n+1, p)."""
        return self._floats[: self._len, 4 : 4 + self._n_params].reshape(-1, *self.param_shape)

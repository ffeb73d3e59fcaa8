"""StepRecord and History: every state of a run, in preallocated arrays.

A record is one state θ_k of the run with what was measured there. History keeps
everything up to a bound; when full, it drops every other record of the older
half, so old stretches grow sparser while recent ones stay complete.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["StepRecord", "History"]


@dataclass(slots=True, eq=False)
class StepRecord:
    """The state after `iteration` steps and what was measured there.

    `theta` is [W; bᵀ], shape (n+1, p); `grad` is the full-batch training gradient
    there, shaped the same, and `grad_norm` its Euclidean norm. `lr` is the rate the
    step that led here used (the starting rate for iteration 0). Treat it as read-only.
    """

    iteration: int
    epoch: int
    loss_train: float
    loss_test: float
    theta: np.ndarray
    grad: np.ndarray
    lr: float
    grad_norm: float

    @property
    def W(self) -> np.ndarray:
        return self.theta[:-1]

    @property
    def b(self) -> np.ndarray:
        return self.theta[-1]

    @property
    def grad_W(self) -> np.ndarray:
        return self.grad[:-1]

    @property
    def grad_b(self) -> np.ndarray:
        return self.grad[-1]


# Columns of the float table, before θ, ∇C and the resume state.
_LOSS_TRAIN, _LOSS_TEST, _LR, _GRAD_NORM = range(4)


class History:
    """Records of one run, plus the state needed to resume from each of them.

    Rows are written in two stages so that a step stays cheap: `append` stores
    what the step produced (θ, ∇C, lr, and `resume_state`: optimizer buffers and
    sampler position), and `fill` later adds the losses and ‖∇C‖ of many rows at once.
    """

    def __init__(self, param_shape: tuple[int, int], resume_size: int, max_bytes: int = 64 << 20):
        self.param_shape = param_shape
        n = param_shape[0] * param_shape[1]
        width = 4 + 2 * n + resume_size
        self.capacity = max(256, max_bytes // (8 * (width + 2)))
        # Column-major, so that each column (a loss curve, say) is contiguous: the
        # window reads whole columns every frame, twenty times faster than strided.
        self._ints = np.empty((self.capacity, 2), dtype=np.int64, order="F")  # iteration, epoch
        self._floats = np.empty((self.capacity, width), order="F")
        self._theta = slice(4, 4 + n)
        self._grad = slice(4 + n, 4 + 2 * n)
        self._resume = slice(4 + 2 * n, width)
        self._len = 0
        # Changes whenever stored records change rather than being added (thinning, truncation),
        # so that a reader may keep what it derived from the records it has seen.
        self.generation = 0

    def __len__(self) -> int:
        return self._len

    @property
    def nbytes(self) -> int:
        return self._ints.nbytes + self._floats.nbytes

    @property
    def resume_size(self) -> int:
        """How many numbers each record keeps to resume from."""
        return self._resume.stop - self._resume.start

    def widen_resume(self, size: int) -> None:
        """Make room for resume states of `size` numbers (stored ones are padded with zeros).

        For an optimizer whose state outgrows the room the run started with. The capacity
        stays, so the history then holds more bytes than `max_bytes` asked for.
        """
        if size <= self.resume_size:
            return
        floats = np.zeros((self.capacity, self._resume.start + size), order="F")
        floats[: self._len, : self._floats.shape[1]] = self._floats[: self._len]
        self._floats = floats
        self._resume = slice(self._resume.start, floats.shape[1])

    def append(
        self,
        iteration: int,
        epoch: int,
        lr: float,
        theta: np.ndarray,
        grad: np.ndarray,
        resume_state: np.ndarray,
    ) -> None:
        """Store a new state; its losses and ‖∇C‖ stay NaN until `fill`."""
        if self._len == self.capacity:
            self._thin()
        ints, row = self._ints[self._len], self._floats[self._len]
        ints[0], ints[1] = iteration, epoch
        row[:4] = np.nan
        row[_LR] = lr
        row[self._theta] = theta.ravel()
        row[self._grad] = grad.ravel()
        row[self._resume] = resume_state
        self._len += 1

    def extend(
        self,
        iterations: np.ndarray,
        epochs: np.ndarray,
        lrs: np.ndarray,
        thetas: np.ndarray,
        grads: np.ndarray,
        resume_states: np.ndarray,
    ) -> None:
        """`append` for many states at once: the same rows, thinned at the same moments."""
        done, count = 0, len(iterations)
        while done < count:
            if self._len == self.capacity:
                self._thin()
            take = min(count - done, self.capacity - self._len)
            rows, given = slice(self._len, self._len + take), slice(done, done + take)
            self._ints[rows, 0], self._ints[rows, 1] = iterations[given], epochs[given]
            floats = self._floats
            floats[rows, :4] = np.nan
            floats[rows, _LR] = lrs[given]
            floats[rows, self._theta] = thetas[given].reshape(take, -1)
            floats[rows, self._grad] = grads[given].reshape(take, -1)
            floats[rows, self._resume] = resume_states[given]
            self._len += take
            done += take

    def fill(self, start: int, loss_train: np.ndarray, loss_test: np.ndarray, grad_norm: np.ndarray) -> None:
        """Set the measurements of rows start, start+1, … (as many as given)."""
        rows = self._floats[start : start + len(loss_train)]
        rows[:, _LOSS_TRAIN], rows[:, _LOSS_TEST], rows[:, _GRAD_NORM] = loss_train, loss_test, grad_norm

    def _thin(self) -> None:
        """Keep record 0, every other record of the older half, and the newer half whole."""
        half = self.capacity // 2
        keep = np.concatenate([np.arange(0, half, 2), np.arange(half, self.capacity)])
        self._ints[: keep.size] = self._ints[keep]
        self._floats[: keep.size] = self._floats[keep]
        self._len = keep.size
        self.generation += 1

    def truncate(self, length: int) -> None:
        """Keep only the first `length` records."""
        length = max(0, min(length, self._len))
        if length < self._len:
            self._len = length
            self.generation += 1

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
        row = self._floats[index]
        iteration, epoch = self._ints[index]
        return StepRecord(
            iteration=int(iteration),
            epoch=int(epoch),
            loss_train=float(row[_LOSS_TRAIN]),
            loss_test=float(row[_LOSS_TEST]),
            theta=row[self._theta].reshape(self.param_shape).copy(),
            grad=row[self._grad].reshape(self.param_shape).copy(),
            lr=float(row[_LR]),
            grad_norm=float(row[_GRAD_NORM]),
        )

    def resume_state(self, index: int) -> np.ndarray:
        return self._floats[self._position(index), self._resume].copy()

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
        return self._floats[: self._len, self._theta].reshape(-1, *self.param_shape)

    @property
    def grads(self) -> np.ndarray:
        """∇C of every record, shape (len, n+1, p)."""
        return self._floats[: self._len, self._grad].reshape(-1, *self.param_shape)

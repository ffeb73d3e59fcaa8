"""Trainer: fits Ŷ = XW + b by a first-order optimizer, one recorded step at a time."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from .analysis import Curvature, QuadraticLoss, curvature, split_params, stack_params
from .autograd import Variable
from .functions import MSE, Linear
from .history import History, StepRecord
from .optimizers import GD, Adam, Momentum, Optimizer, RMSProp, make_optimizer
from .schedules import Constant, Schedule

__all__ = ["Trainer", "TrainerStatus", "DIVERGENCE_FACTOR"]

# A run counts as diverged once its loss exceeds this many times its starting scale.
DIVERGENCE_FACTOR = 1e10

_OPTIMIZER_KINDS: tuple[type[Optimizer], ...] = (GD, Momentum, RMSProp, Adam)
_CHUNK = 512  # steps between two bulk measurements (and divergence checks)


@dataclass(frozen=True)
class TrainerStatus:
    diverged: bool = False
    message: str = ""


def _as_matrix(name: str, array: np.ndarray) -> np.ndarray:
    array = np.asarray(array, dtype=np.float64)
    if array.ndim == 1:
        array = array[:, np.newaxis]
    if array.ndim != 2:
        raise ValueError(f"{name} must be 1-D or 2-D, got shape {array.shape}")
    if not np.isfinite(array).all():
        raise ValueError(f"{name} contains NaN or infinite values; remove those rows first")
    return array


def _check_lr(lr: float) -> float:
    lr = float(lr)
    if not (np.isfinite(lr) and lr > 0):
        raise ValueError(f"the learning rate must be a positive number, got {lr}")
    return lr


class Trainer:
    """Owns the parameters, the data, the optimizer and the schedule of one run.

    Every `step()` returns a StepRecord of the new state. Hyperparameters (lr,
    optimizer, schedule, batch size, seed) may change between steps; nothing is
    reset by that. Full-batch steps take the gradient from sufficient statistics
    when `fast_path` is on; otherwise, and for mini-batches, from the graph
    MSE(Linear(X, W, b), Y) and its backward pass.
    """

    def __init__(
        self,
        X: np.ndarray,
        Y: np.ndarray,
        *,
        X_test: np.ndarray | None = None,
        Y_test: np.ndarray | None = None,
        optimizer: Optimizer | str = "gd",
        lr: float | None = None,
        schedule: Schedule | None = None,
        batch_size: int | None = None,
        seed: int = 0,
        fast_path: bool = True,
        W0: np.ndarray | None = None,
        b0: np.ndarray | None = None,
        history_bytes: int = 64 << 20,
    ) -> None:
        # Column-major: BLAS computes both XW and XᵀG about twice as fast on it.
        self.X = np.asfortranarray(_as_matrix("X", X))
        self.Y = _as_matrix("Y", Y)
        if self.X.shape[0] != self.Y.shape[0]:
            raise ValueError(f"X has {self.X.shape[0]} rows but Y has {self.Y.shape[0]}")
        if self.X.shape[0] == 0:
            raise ValueError("the training set is empty")
        self.train_loss = QuadraticLoss(self.X, self.Y)
        self.test_loss: QuadraticLoss | None = None
        if X_test is not None and Y_test is not None and len(X_test) > 0:
            self.test_loss = QuadraticLoss(_as_matrix("X_test", X_test), _as_matrix("Y_test", Y_test))

        self.optimizer = make_optimizer(optimizer) if isinstance(optimizer, str) else optimizer
        self.lr = self.optimizer.lr if lr is None else lr
        self.schedule = schedule or Constant()
        self.batch_size = batch_size
        self.seed = seed
        self.fast_path = fast_path

        n_features, n_targets = self.X.shape[1], self.Y.shape[1]
        self._n_params = (n_features + 1) * n_targets
        # Resume state: sampler offset, optimizer kind, then that optimizer's state.
        self._resume = np.zeros(2 + max(k.state_size(self._n_params) for k in _OPTIMIZER_KINDS))
        self.history = History((n_features + 1, n_targets), self._resume.size, max_bytes=history_bytes)
        self.reset(W0, b0)

    # -- hyperparameters -------------------------------------------------

    @property
    def optimizer(self) -> Optimizer:
        return self._optimizer

    @optimizer.setter
    def optimizer(self, optimizer: Optimizer) -> None:
        """A new optimizer starts with fresh state from the next step."""
        kinds = [i for i, kind in enumerate(_OPTIMIZER_KINDS) if isinstance(optimizer, kind)]
        if not kinds:
            raise TypeError(
                "the Trainer runs GD, Momentum, RMSProp or Adam (or a subclass), "
                f"got {type(optimizer).__name__}"
            )
        self._optimizer = optimizer
        self._optimizer_kind = kinds[0]

    @property
    def lr(self) -> float:
        return self._lr

    @lr.setter
    def lr(self, value: float) -> None:
        self._lr = _check_lr(value)

    @property
    def batch_size(self) -> int | None:
        """Rows per step; None means the full batch."""
        return self._batch_size

    @batch_size.setter
    def batch_size(self, value: int | None) -> None:
        if value is not None and (int(value) != value or value < 1):
            raise ValueError(f"the batch size must be a whole number >= 1, got {value}")
        self._batch_size = None if value is None or value >= self.n_samples else int(value)

    @property
    def seed(self) -> int:
        return self._seed

    @seed.setter
    def seed(self, value: int) -> None:
        self._seed = int(value)
        self._permutation_epoch = -1

    @property
    def n_samples(self) -> int:
        return self.X.shape[0]

    @property
    def path(self) -> str:
        """Which computation the next step uses: 'fast' or 'graph'."""
        return "fast" if self.fast_path and self._batch_size is None else "graph"

    @cached_property
    def curvature(self) -> Curvature:
        return curvature(self.train_loss.hessian)

    @property
    def optimum(self) -> tuple[np.ndarray, np.ndarray]:
        """The closed-form (W*, b*) of the training data."""
        return split_params(self.train_loss.theta_star)

    # -- running ---------------------------------------------------------

    @property
    def W(self) -> np.ndarray:
        return self.theta[:-1]

    @property
    def b(self) -> np.ndarray:
        return self.theta[-1]

    @property
    def iteration(self) -> int:
        return self._iteration

    @property
    def current(self) -> StepRecord:
        return self.history.record(-1)

    def reset(self, W0: np.ndarray | None = None, b0: np.ndarray | None = None) -> StepRecord:
        """Start over from (W0, b0), zeros by default, with fresh optimizer state."""
        n_features, n_targets = self.X.shape[1], self.Y.shape[1]
        W = np.zeros((n_features, n_targets)) if W0 is None else np.asarray(W0, np.float64)
        b = np.zeros(n_targets) if b0 is None else np.asarray(b0, np.float64)
        if W.shape != (n_features, n_targets) or b.shape != (n_targets,):
            raise ValueError(
                f"the start point must be W {(n_features, n_targets)} and b {(n_targets,)}, "
                f"got W {W.shape} and b {b.shape}"
            )
        self._set_theta(stack_params(W, b))
        self.optimizer.reset()
        self._iteration = self._epoch = self._offset = 0
        self.status = TrainerStatus()
        zero_loss = self.train_loss.loss(np.zeros_like(self.theta))
        self._loss_limit = DIVERGENCE_FACTOR * max(
            self.train_loss.loss(self.theta), zero_loss, np.finfo(float).tiny
        )
        self.history.truncate(0)
        self._pending = 0
        self._grad = self.train_loss.gradient(self.theta)
        self._record(self.schedule.lr(self.lr, 0))
        self._measure_pending()
        return self.current

    def step(self) -> StepRecord:
        """Take one optimizer step; on divergence, stay at the last finite state."""
        return self.run(1)

    def run(self, steps: int) -> StepRecord:
        """Take up to `steps` steps, stopping early on divergence; return the last record."""
        done = 0
        with np.errstate(all="ignore"):  # overflow shows up as divergence below
            while done < steps and not self.status.diverged:
                # Steps only store θ and ∇C; losses are measured per chunk, in bulk.
                chunk = min(steps - done, _CHUNK, self.history.capacity // 4)
                if self.path == "fast" and type(self.optimizer) is GD:
                    self._gd_steps(chunk)
                else:
                    for _ in range(chunk):
                        self._step()
                done += chunk
                self._measure_pending()
        return self.current

    def rewind(self, iteration: int) -> StepRecord:
        """Go back to the stored state at or before `iteration`, dropping later records.

        Parameters, optimizer state and sampler position are restored exactly, so
        stepping on with unchanged settings replays the same records bit for bit.
        """
        self._restore(self.history.index_of(iteration))
        return self.current

    # -- internals -------------------------------------------------------

    def _set_theta(self, theta: np.ndarray) -> None:
        self.theta = theta
        self._params = (theta,)  # what the optimizer updates in place

    def _step(self) -> None:
        lr = self.schedule.lr(self._lr, self._iteration)
        self.optimizer.lr = lr
        self.optimizer.step(self._params, (self._step_gradient(),))
        self._iteration += 1
        self._grad = self.train_loss.gradient(self.theta)
        self._record(lr)

    def _gd_steps(self, count: int) -> None:
        """`count` full-batch GD steps on the fast path, recorded in bulk.

        The arithmetic of `_step` (so the same iterates, bit for bit) without its
        bookkeeping per step: GD keeps no state but its step count.
        """
        loss, optimizer = self.train_loss, self.optimizer
        gram, moment, scale = loss.gram, loss.moment, 2.0 / loss.q
        first = self._iteration
        lrs = [self.schedule.lr(self._lr, first + i) for i in range(count)]
        thetas = np.empty((count, *self.theta.shape))
        grads = np.empty_like(thetas)
        theta, grad = self.theta, self._grad
        for i, lr in enumerate(lrs):
            theta -= lr * grad  # GD's update, as GD.step makes it
            grad = scale * (gram @ theta - moment)  # QuadraticLoss.gradient
            thetas[i], grads[i] = theta, grad
        steps = np.arange(1, count + 1)
        resume = np.zeros((count, self._resume.size))
        resume[:, 1] = self._optimizer_kind
        resume[:, 2] = optimizer.t + steps  # GD's state: its step count
        self.history.extend(first + steps, self._epoch + steps, np.array(lrs), thetas, grads, resume)
        self._grad = grad
        self._iteration += count
        self._epoch += count
        self._offset = 0
        optimizer.t += count
        optimizer.lr = lrs[-1]
        self._pending += count

    def _record(self, lr: float) -> None:
        resume, optimizer = self._resume, self.optimizer
        resume[0] = self._offset
        resume[1] = self._optimizer_kind
        optimizer.write_state(resume[2 : 2 + optimizer.state_size(self._n_params)])
        self.history.append(self._iteration, self._epoch, lr, self.theta, self._grad, resume)
        self._pending += 1

    def _measure_pending(self) -> None:
        """Fill in the losses of the newest records; stop at the first that diverged."""
        history, count = self.history, self._pending
        self._pending = 0
        start = len(history) - count
        thetas, grads = history.thetas[start:], history.grads[start:]
        loss_train = self.train_loss.losses(thetas)
        loss_test = self.test_loss.losses(thetas) if self.test_loss else np.full(count, np.nan)
        grad_norm = np.sqrt(np.einsum("kij,kij->k", grads, grads))
        history.fill(start, loss_train, loss_test, grad_norm)
        sane = (loss_train <= self._loss_limit) & np.isfinite(grad_norm)  # NaN fails too
        if not sane.all():
            bad = start + int(np.argmin(sane))
            self._diverge(int(history.iterations[bad]), float(history.lr[bad]), keep=bad)

    def _restore(self, index: int) -> None:
        """Make the record at `index` the newest and resume exactly from it."""
        history = self.history
        history.truncate(index + 1)
        record = history.record(-1)
        resume = history.resume_state(-1)
        self._set_theta(record.theta.copy())
        self._grad = record.grad.copy()
        self._iteration, self._epoch = record.iteration, record.epoch
        self._offset = int(resume[0])
        if int(resume[1]) == self._optimizer_kind:
            size = self.optimizer.state_size(self._n_params)
            self.optimizer.load_state_vector(resume[2 : 2 + size], self._params)
        else:
            self.optimizer.reset()
        self._pending = 0
        self.status = TrainerStatus()

    def _step_gradient(self) -> np.ndarray:
        if self._batch_size is None:
            self._epoch += 1
            self._offset = 0
            if self.fast_path:
                return self._grad
            return self.graph_gradient(self.X, self.Y)
        rows = self._next_batch()
        return self.graph_gradient(self.X[rows], self.Y[rows])

    def graph_gradient(self, X: np.ndarray, Y: np.ndarray) -> np.ndarray:
        """∇C at the current θ on (X, Y), through Linear, MSE and backward()."""
        W = Variable(self.theta[:-1], requires_grad=True)
        b = Variable(self.theta[-1], requires_grad=True)
        MSE.apply(Linear.apply(X, W, b), Y).backward()
        grad = np.empty_like(self.theta)
        grad[:-1], grad[-1] = W.grad, b.grad
        return grad

    def _next_batch(self) -> np.ndarray:
        if self._permutation_epoch != self._epoch:
            rng = np.random.default_rng([self._seed, self._epoch])
            self._permutation = rng.permutation(self.n_samples)
            self._permutation_epoch = self._epoch
        start = self._offset
        rows = self._permutation[start : start + self._batch_size]
        self._offset = start + rows.size
        if self._offset >= self.n_samples:
            self._epoch += 1
            self._offset = 0
        return np.sort(rows)

    def _diverge(self, iteration: int, lr: float, keep: int) -> None:
        """Stop at the record before index `keep` (the first that blew up) and say why."""
        self._restore(keep - 1)
        critical = self.curvature.critical_lr
        if lr > critical:
            cause = f"lr {lr:.3g} is above the critical 2/λmax = {critical:.3g}"
            remedy = f"Use a learning rate below {critical:.3g}."
        else:
            cause = f"{self.optimizer.name} with lr {lr:.3g} overshoots"
            remedy = f"Use a smaller learning rate (plain GD converges below {critical:.3g})."
        self.status = TrainerStatus(
            diverged=True,
            message=(
                f"Diverged at step {iteration} (the run stays at step {iteration - 1}): {cause}, "
                f"so the loss grew without bound. {remedy}"
            ),
        )

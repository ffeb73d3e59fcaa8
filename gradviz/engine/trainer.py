"""Trainer: fits Ŷ = XW + b by a first-order optimizer, one recorded step at a time."""

from __future__ import annotations

from functools import cached_property

import numpy as np

from ..i18n import translate
from .analysis import Curvature, QuadraticLoss, curvature, split_params, stack_params
from .autograd import Function
from .checks import check_lr, data_matrix, finite_array, whole_number
from .divergence import (
    DIVERGENCE_FACTOR,
    GROWTH_FACTOR,
    GROWTH_STEPS,
    TrainerStatus,
    check_start,
    divergence_message,
    first_diverged,
    first_growing,
    loss_limit,
    step_room,
)
from .functions import MSE, Linear, check_functions, graph_gradient
from .history import History, StepRecord
from .optimizers import GD, Optimizer, OptimizerError, _BufferedOptimizer, check_optimizer, make_optimizer
from .resume import ResumeState
from .sampler import BatchSampler
from .schedules import Constant, Schedule
from .stability import CriticalRate, batch_lambda_max, critical_lr

__all__ = ["Trainer", "TrainerStatus", "DIVERGENCE_FACTOR"]

_CHUNK = 512  # steps between two bulk measurements (and divergence checks)
_START_REMEDY = "give a finite start point (zeros, say)"
_STILL = 1e-6  # a first step smaller than this, relative to θ, might really leave it unchanged


class Trainer:
    """Owns the parameters, the data, the optimizer and the schedule of one run.

    Every `step()` returns a StepRecord of the new state. Hyperparameters (lr,
    optimizer, schedule, batch size, seed, Functions) may change between steps;
    nothing is reset by that. Full-batch steps take the gradient from sufficient
    statistics when `fast_path` is on; otherwise, and for mini-batches, from the
    graph mse(linear(X, W, b), Y) and its backward pass.

    `optimizer` may be any Optimizer subclass, a user's own too. `linear` and `mse`
    may be a user's own Function classes: steps then always take the graph path, and
    follow their gradient, while each record keeps the true ∇C, so that a wrong
    backward shows. A step that fails in the user's code (FunctionError,
    OptimizerError) is not taken: the run stays at its last record, which is intact.
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
        linear: type[Function] = Linear,
        mse: type[Function] = MSE,
    ) -> None:
        # Column-major: BLAS computes both XW and XᵀG about twice as fast on it.
        self.X = np.asfortranarray(data_matrix("X", X))
        self.Y = data_matrix("Y", Y)
        if self.X.shape[0] != self.Y.shape[0]:
            raise ValueError(f"X has {self.X.shape[0]} rows but Y has {self.Y.shape[0]}")
        if self.X.shape[0] == 0:
            raise ValueError("the training set is empty")
        self.train_loss = QuadraticLoss(self.X, self.Y)
        self._batch_curvature: dict[tuple[int, int], float] = {}
        self.test_loss: QuadraticLoss | None = None
        if X_test is not None and Y_test is not None and len(X_test) > 0:
            self.test_loss = QuadraticLoss(data_matrix("X_test", X_test), data_matrix("Y_test", Y_test))

        self.optimizer = optimizer
        self.lr = self.optimizer.lr if lr is None else lr
        self.schedule = schedule or Constant()
        self.batch_size = batch_size
        self.seed = seed
        self.fast_path = fast_path
        check_functions(linear, mse)
        self._linear, self._mse = linear, mse

        n_features, n_targets = self.X.shape[1], self.Y.shape[1]
        self._resume = ResumeState((n_features + 1) * n_targets)
        self.history = History((n_features + 1, n_targets), self._resume.size, max_bytes=history_bytes)
        self.reset(W0, b0)

    # -- hyperparameters -------------------------------------------------

    @property
    def optimizer(self) -> Optimizer:
        return self._optimizer

    @optimizer.setter
    def optimizer(self, optimizer: Optimizer | str) -> None:
        """A new optimizer (or one of OPTIMIZERS by name) starts with fresh state from the next step."""
        optimizer = make_optimizer(optimizer) if isinstance(optimizer, str) else check_optimizer(optimizer)
        self._optimizer = optimizer
        # A user's optimizer, until its first step is seen to move θ (p = p - ... would not).
        self._unproven = None if isinstance(optimizer, _BufferedOptimizer) else optimizer

    @property
    def linear(self) -> type[Function]:
        """The Linear Function steps on the graph path use: gradviz's own, or a user's."""
        return self._linear

    @linear.setter
    def linear(self, function: type[Function]) -> None:
        check_functions(function, self._mse)
        self._linear = function

    @property
    def mse(self) -> type[Function]:
        """The MSE Function steps on the graph path use: gradviz's own, or a user's."""
        return self._mse

    @mse.setter
    def mse(self, function: type[Function]) -> None:
        check_functions(self._linear, function)
        self._mse = function

    @property
    def own_functions(self) -> bool:
        """Whether the graph is made of a user's Functions rather than gradviz's Linear and MSE."""
        return self._linear is not Linear or self._mse is not MSE

    @property
    def lr(self) -> float:
        return self._lr

    @lr.setter
    def lr(self, value: float) -> None:
        self._lr = check_lr(value)

    @property
    def batch_size(self) -> int | None:
        """Rows per step; None means the full batch."""
        return self._batch_size

    @batch_size.setter
    def batch_size(self, value: int | None) -> None:
        if value is not None:
            value = whole_number("the batch size", value, 1, hint=" (or None for the full batch)")
        self._batch_size = None if value is None or value >= self.n_samples else value

    @property
    def seed(self) -> int:
        """Seeds the order of the rows in mini-batches, epoch by epoch."""
        return self._sampler.seed

    @seed.setter
    def seed(self, value: int) -> None:
        self._sampler = BatchSampler(self.n_samples, value)

    @property
    def n_samples(self) -> int:
        return self.X.shape[0]

    @property
    def path(self) -> str:
        """Which computation the next step uses: 'fast' or 'graph' (always, with a user's Functions)."""
        fast = self.fast_path and self._batch_size is None and not self.own_functions
        return "fast" if fast else "graph"

    @cached_property
    def curvature(self) -> Curvature:
        return curvature(self.train_loss.hessian)

    @property
    def critical(self) -> CriticalRate:
        """The critical learning rate of the present optimizer and batch size (see stability)."""
        if self._batch_size is None:
            return critical_lr(self.curvature.lambda_max, self.optimizer)
        key = (self._batch_size, self.seed)
        if key not in self._batch_curvature:  # once per batch size and seed, not per step
            self._batch_curvature[key] = batch_lambda_max(self.X, self._batch_size, self._sampler)
        return critical_lr(self._batch_curvature[key], self.optimizer, self._batch_size)

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
        """Start over from (W0, b0), zeros by default, with fresh optimizer state.

        A start point the run cannot follow (not finite, or so far out that the loss
        overflows) is refused with ValueError, and the run stays as it was.
        """
        n_features, n_targets = self.X.shape[1], self.Y.shape[1]
        W = np.zeros((n_features, n_targets)) if W0 is None else finite_array("W0", W0, _START_REMEDY)
        b = np.zeros(n_targets) if b0 is None else finite_array("b0", b0, _START_REMEDY)
        if W.shape != (n_features, n_targets) or b.shape != (n_targets,):
            raise ValueError(
                f"the start point must be W {(n_features, n_targets)} and b {(n_targets,)}, "
                f"got W {W.shape} and b {b.shape}"
            )
        theta = stack_params(W, b)
        with np.errstate(all="ignore"):  # overflow is refused by check_start
            grad = self.train_loss.gradient(theta)
            loss_train, loss_test, grad_norm = (
                float(m[0]) for m in self._measure(theta[np.newaxis], grad[np.newaxis])
            )
            limit = loss_limit(loss_train, self.train_loss.loss(np.zeros_like(theta)))
        check_start(loss_train, loss_test if self.test_loss else None, grad_norm)
        self._fresh_optimizer()

        self._set_theta(theta)
        self._grad = grad
        self._iteration = self._epoch = self._offset = 0
        self.status = TrainerStatus()
        self._loss_limit = limit
        self._loss_scale = limit / DIVERGENCE_FACTOR
        self.history.truncate(0)
        self._pending = 0
        self._record(self.schedule.lr(self.lr, 0))
        self._measure_pending()
        return self.current

    def step(self) -> StepRecord:
        """Take one optimizer step; on divergence, stay at the last finite state."""
        return self.run(1)

    def run(self, steps: int) -> StepRecord:
        """Take up to `steps` steps, stopping early on divergence; return the last record."""
        steps = whole_number("steps", steps, 0)
        done = 0
        with np.errstate(all="ignore"):  # overflow shows up as divergence below
            while done < steps and not self.status.diverged:
                # Steps only store θ and ∇C; losses are measured per chunk, in bulk.
                chunk = min(steps - done, _CHUNK, self.history.capacity // 4)
                if self.path == "fast" and type(self.optimizer) is GD:
                    self._gd_steps(chunk)
                else:
                    try:
                        for _ in range(chunk):
                            self._step()
                    except BaseException:
                        self._back_to_last_record()
                        raise
                done += chunk
                self._measure_pending()
        return self.current

    def next_batch(self, index: int = -1) -> np.ndarray | None:
        """The rows the step after record `index` takes, sorted; None when it takes them all.

        What stepping from that record would use with the present batch size and seed,
        without moving the sampler.
        """
        if self._batch_size is None:
            return None
        record = self.history.record(index)
        offset = self._resume.offset(self.history.resume_state(index))
        rows, _, _ = self._sampler.batch(record.epoch, offset, self._batch_size)
        return rows

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
        optimizer = self.optimizer
        optimizer.lr = lr
        grad = self._step_gradient()
        before = self.theta.copy() if optimizer is self._unproven else None
        try:
            optimizer.step(self._params, (grad,))
        except Exception as error:
            raise OptimizerError.raised(optimizer, "step()", error) from error
        if before is not None:
            self._check_moved(before, grad, lr)
        self._iteration += 1
        self._grad = self.train_loss.gradient(self.theta)
        self._record(lr)

    def _gd_steps(self, count: int) -> None:
        """`count` full-batch GD steps on the fast path, recorded in bulk.

        The same iterates as `_step`, bit for bit, without its bookkeeping per step:
        GD keeps no state but its step count.
        """
        optimizer, first = self.optimizer, self._iteration
        lrs = [self.schedule.lr(self._lr, first + i) for i in range(count)]
        thetas, grads = self.train_loss.gd_steps(self.theta, self._grad, lrs)
        self.theta[...] = thetas[-1]  # in place: the optimizer's parameters are this array
        steps = np.arange(1, count + 1)
        resume = self._resume.gd_rows(optimizer, count)
        self.history.extend(first + steps, self._epoch + steps, np.array(lrs), thetas, grads, resume)
        self._grad = grads[-1].copy()
        self._iteration += count
        self._epoch += count
        self._offset = 0
        optimizer.t += count
        optimizer.lr = lrs[-1]
        self._pending += count

    def _check_moved(self, before: np.ndarray, grad: np.ndarray, lr: float) -> None:
        """OptimizerError when a user's optimizer left θ as it was, which an update in place cannot."""
        if not np.array_equal(before, self.theta):
            self._unproven = None
        elif lr * np.abs(grad).max() > _STILL * (1 + np.abs(before).max()):
            raise OptimizerError(
                self.optimizer,
                "step()",
                "left the parameters unchanged although their gradient is not zero: update "
                "each one in place (p -= lr * g, or p[...] = ...); p = p - lr * g only rebinds the name p",
            )

    def _fresh_optimizer(self) -> None:
        """Reset the optimizer, and check that its fresh state can be saved, before the run changes."""
        optimizer = self.optimizer
        try:
            try:
                optimizer.reset()
            except Exception as error:
                raise OptimizerError.raised(optimizer, "reset()", error) from error
            self._resume.pack(0, optimizer)
        except BaseException:
            if len(self.history):  # the run goes on from where it was
                self._resume.unpack(self.history.resume_state(-1), optimizer)
            raise

    def _back_to_last_record(self) -> None:
        """After a step that failed midway: measure what was recorded, then resume from the newest record."""
        self._measure_pending()  # may find divergence, which restores an earlier record and says why
        status = self.status
        self._restore(len(self.history) - 1)
        self.status = status

    def _record(self, lr: float) -> None:
        resume = self._resume.pack(self._offset, self.optimizer)
        if resume.size > self.history.resume_size:
            self.history.widen_resume(resume.size)
        self.history.append(self._iteration, self._epoch, lr, self.theta, self._grad, resume)
        self._pending += 1

    def _measure_pending(self) -> None:
        """Fill in the losses of the newest records; stop at the first that diverged."""
        history, count = self.history, self._pending
        self._pending = 0
        start = len(history) - count
        loss_train, loss_test, grad_norm = self._measure(history.thetas[start:], history.grads[start:])
        history.fill(start, loss_train, loss_test, grad_norm)
        bad = first_diverged(loss_train, grad_norm, self._loss_limit)
        before = max(start - GROWTH_STEPS, 0)  # growth may have begun in the chunk before
        bound = self.critical.lr if self._batch_size is None else None  # exact for full batches only
        beyond = bound is not None and float(history.lr[before : start + count].min()) > bound
        losses = history.loss_train[before : start + count]
        growing = first_growing(losses, self._loss_scale, start - before, 0.0 if beyond else GROWTH_FACTOR)
        if growing is not None:
            bad = min(bad, growing + before - start) if bad is not None else growing + before - start
        if bad is not None:
            self._diverge(start + bad)

    def _measure(self, thetas: np.ndarray, grads: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Training and test loss (NaN without a test set) and ‖∇C‖ of many records at once."""
        loss_train = self.train_loss.losses(thetas)
        loss_test = self.test_loss.losses(thetas) if self.test_loss else np.full(len(thetas), np.nan)
        return loss_train, loss_test, np.sqrt(np.einsum("kij,kij->k", grads, grads))

    def _restore(self, index: int) -> None:
        """Make the record at `index` the newest and resume exactly from it."""
        history = self.history
        record = history.record(index)
        # First, since a user's load_state may raise: then the run has not changed.
        self._offset = self._resume.unpack(history.resume_state(index), self.optimizer)
        history.truncate(index + 1)
        self._set_theta(record.theta.copy())
        self._grad = record.grad.copy()
        self._iteration, self._epoch = record.iteration, record.epoch
        self._pending = 0
        self.status = TrainerStatus()

    def _step_gradient(self) -> np.ndarray:
        if self._batch_size is None:
            self._epoch += 1
            self._offset = 0
            if self.path == "fast":
                return self._grad
            return self.graph_gradient(self.X, self.Y)
        rows = self._next_batch()
        return self.graph_gradient(self.X[rows], self.Y[rows])

    def graph_gradient(self, X: np.ndarray, Y: np.ndarray) -> np.ndarray:
        """∇C at the current θ on (X, Y), through `linear`, `mse` and backward (FunctionError for a fault)."""
        return graph_gradient(X, Y, self.theta, linear=self._linear, mse=self._mse)

    def _next_batch(self) -> np.ndarray:
        size = self.n_samples if self._batch_size is None else self._batch_size
        rows, self._epoch, self._offset = self._sampler.batch(self._epoch, self._offset, size)
        return rows

    def _diverge(self, bad: int) -> None:
        """Stop at the record before index `bad` (the first that blew up) and say why."""
        iteration, lr = int(self.history.iterations[bad]), float(self.history.lr[bad])
        # Record 0 is a start point that reset() checked, so it never blows up; if it
        # did, staying there is still the only state the run has.
        self._restore(max(bad - 1, 0))
        critical = self.critical
        functions = ""
        if self.own_functions:
            names = translate("Engine", "{linear} and {mse}")
            functions = names.format(linear=self.linear.__name__, mse=self.mse.__name__)
        room = step_room(self.history.record(0).loss_train, self.curvature.lambda_max, self.theta.size)
        message = divergence_message(
            iteration, lr, critical.lr, self.optimizer.name, critical.formula, functions, room
        )
        self.status = TrainerStatus(diverged=True, message=message)

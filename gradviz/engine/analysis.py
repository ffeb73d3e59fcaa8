"""Closed-form answers for linear least squares: optimum, R², curvature, landscape.

Parameters are stacked as θ = [W; bᵀ], shape (n+1, p), so that Ŷ = Zθ with Z = [X, 1].
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["Curvature", "QuadraticLoss", "curvature", "r2_score", "stack_params", "split_params"]


def stack_params(W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """θ = [W; bᵀ], shape (n+1, p)."""
    return np.vstack([W, b[np.newaxis, :]])


def split_params(theta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Inverse of `stack_params`: (W, b) as views of θ."""
    return theta[:-1], theta[-1]


def _with_ones(X: np.ndarray) -> np.ndarray:
    return np.hstack([X, np.ones((X.shape[0], 1))])


def r2_score(Y: np.ndarray, Y_hat: np.ndarray) -> float:
    """Coefficient of determination, averaged over target columns (NaN if Y is constant)."""
    ss_res = ((Y - Y_hat) ** 2).sum(axis=0)
    ss_tot = ((Y - Y.mean(axis=0)) ** 2).sum(axis=0)
    if not (ss_tot > 0).all():
        return float("nan")  # a constant target: R² is undefined
    return float(np.mean(1 - ss_res / ss_tot))


@dataclass(frozen=True)
class Curvature:
    """Eigenvalues of the Hessian and what they say about gradient descent."""

    eigenvalues: np.ndarray

    @property
    def lambda_max(self) -> float:
        return float(self.eigenvalues[-1])

    @property
    def lambda_min(self) -> float:
        return float(self.eigenvalues[0])

    @property
    def condition_number(self) -> float:
        """κ = λmax/λmin (inf when the Hessian is singular)."""
        if self.lambda_min <= self.lambda_max * 1e-15:
            return float("inf")
        return self.lambda_max / self.lambda_min

    @property
    def critical_lr(self) -> float:
        """Full-batch GD converges iff 0 < lr < 2/λmax."""
        return 2.0 / self.lambda_max


def curvature(hessian_matrix: np.ndarray) -> Curvature:
    return Curvature(np.clip(np.linalg.eigvalsh(hessian_matrix), 0.0, None))


class QuadraticLoss:
    """The MSE cost C(θ) from sufficient statistics, at a cost independent of q.

    ZᵀZ, ZᵀY and the optimum are computed once. The loss is evaluated as
    C* + (1/q)·tr(ΔᵀZᵀZΔ) with Δ = θ − θ*, which never cancels below C*.
    """

    def __init__(self, X: np.ndarray, Y: np.ndarray) -> None:
        if X.shape[0] != Y.shape[0]:
            raise ValueError(f"X has {X.shape[0]} rows but Y has {Y.shape[0]}")
        if X.shape[0] == 0:
            raise ValueError("the data have no rows; give at least one example")
        self.q = X.shape[0]
        Z = _with_ones(X)
        with np.errstate(over="ignore", invalid="ignore"):
            self.gram = Z.T @ Z
            self.moment = Z.T @ Y
            sum_squares = np.vdot(Y, Y)  # ΣY², the loss at θ = 0 times q: it may overflow alone
        finite = np.isfinite(self.gram).all() and np.isfinite(self.moment).all() and np.isfinite(sum_squares)
        if not finite:
            largest = max(np.abs(X).max(initial=0.0), np.abs(Y).max(initial=0.0))
            raise ValueError(
                f"the data are too large: values up to {largest:.3g} overflow when squared and summed; "
                "rescale them (divide by a power of ten, or standardize the features)"
            )
        self.theta_star, *_ = np.linalg.lstsq(Z, Y, rcond=None)
        residual = Z @ self.theta_star - Y
        self.loss_star = float(np.vdot(residual, residual)) / self.q

    @property
    def hessian(self) -> np.ndarray:
        return (2.0 / self.q) * self.gram

    def loss(self, theta: np.ndarray) -> float:
        delta = theta - self.theta_star
        return self.loss_star + float(np.vdot(delta, self.gram @ delta)) / self.q

    def gradient(self, theta: np.ndarray) -> np.ndarray:
        """∇C = (2/q)(ZᵀZθ − ZᵀY), shaped like θ."""
        return (2.0 / self.q) * (self.gram @ theta - self.moment)

    def gd_steps(
        self, theta: np.ndarray, grad: np.ndarray, lrs: Sequence[float]
    ) -> tuple[np.ndarray, np.ndarray]:
        """Full-batch GD from θ, whose gradient is `grad`: θ ← θ − lr·∇C(θ) for each lr in turn.

        Returns every iterate and its gradient, each of shape (len(lrs), n+1, p);
        `theta` is left as it is. The arithmetic is that of GD.step and `gradient`,
        so the iterates equal those of single steps bit for bit.
        """
        gram, moment, scale = self.gram, self.moment, 2.0 / self.q
        thetas = np.empty((len(lrs), *theta.shape))
        grads = np.empty_like(thetas)
        theta = theta.copy()
        for i, lr in enumerate(lrs):
            theta -= lr * grad
            grad = scale * (gram @ theta - moment)  # `gradient`, inlined: this loop is the fast path
            thetas[i], grads[i] = theta, grad
        return thetas, grads

    def losses(self, thetas: np.ndarray) -> np.ndarray:
        """C at each of many θ at once: `thetas` has shape (k, n+1, p), the result (k,)."""
        k, rows, p = thetas.shape
        delta = (thetas - self.theta_star).transpose(0, 2, 1).reshape(k * p, rows)
        excess = np.einsum("ij,ij->i", delta @ self.gram, delta).reshape(k, p).sum(axis=1)
        return self.loss_star + excess / self.q

    def landscape(
        self,
        theta: np.ndarray,
        first: tuple[int, int],
        second: tuple[int, int],
        first_values: np.ndarray,
        second_values: np.ndarray,
    ) -> np.ndarray:
        """C over a grid of two entries of θ, the others held at `theta`.

        `first` and `second` index θ as (row, column). The result has shape
        (len(first_values), len(second_values)).
        """
        if first == second:
            raise ValueError(f"the landscape needs two different parameters, got {first} twice")
        u = np.asarray(first_values, dtype=np.float64)[:, np.newaxis] - theta[first]
        v = np.asarray(second_values, dtype=np.float64)[np.newaxis, :] - theta[second]
        slope = self.gradient(theta)
        (r1, c1), (r2, c2) = first, second
        cross = self.gram[r1, r2] if c1 == c2 else 0.0
        quadratic = self.gram[r1, r1] * u * u + 2 * cross * u * v + self.gram[r2, r2] * v * v
        return self.loss(theta) + slope[first] * u + slope[second] * v + quadratic / self.q

"""The numbers of the derivation of ∇C for one batch, and what each classic slip gives instead.

C(W, b) = (1/q) Σᵢⱼ (Ŷᵢⱼ − Yᵢⱼ)² with Ŷ = XW + b. Parameters are indexed as entries of
θ = [W; bᵀ]: (r, c) with r < n is w_rc, and r = n is b_c. Everything here is computed
directly from the closed forms of DESIGN section 1, not through the graph, so that the
two can be checked against each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from .analysis import curvature
from .functions import check_linear_shapes

__all__ = [
    "Derivation",
    "ParameterSum",
    "Mistakes",
    "WrongOrder",
    "BiasAsOnes",
    "DroppedOneOverQ",
    "SignFlip",
    "derive",
]

Shape = tuple[int, ...]


@dataclass(frozen=True, eq=False)
class ParameterSum:
    """∂C/∂θ_rc = (2/q) Σᵢ factor_i · residual_i, term by term.

    For w_rc the factors are column r of X; for b_c they are all 1. `residuals` is
    column c of Ŷ − Y.
    """

    index: tuple[int, int]
    is_bias: bool
    factors: np.ndarray  # (q,)
    residuals: np.ndarray  # (q,)

    @property
    def q(self) -> int:
        return int(self.residuals.shape[0])

    @property
    def products(self) -> np.ndarray:
        return self.factors * self.residuals

    @property
    def total(self) -> float:
        """Σᵢ factor_i · residual_i, before the 2/q."""
        return float(self.factors @ self.residuals)

    @property
    def value(self) -> float:
        return 2.0 / self.q * self.total


@dataclass(frozen=True)
class WrongOrder:
    """(Ŷ − Y)·Xᵀ instead of Xᵀ(Ŷ − Y): (q×p)(n×q) aligns only when p == n, and is never ∇W."""

    left: Shape  # Ŷ − Y, (q, p)
    right: Shape  # Xᵀ, (n, q)
    correct: Shape  # ∇W, (n, p)

    @property
    def aligns(self) -> bool:
        return self.left[1] == self.right[0]

    @property
    def result(self) -> Shape | None:
        """The shape the product would have, (q, q), when it aligns by accident."""
        return (self.left[0], self.right[1]) if self.aligns else None


@dataclass(frozen=True, eq=False)
class BiasAsOnes:
    """A q×p matrix of ones is ∂Ŷ/∂b, a Jacobian block; the gradient is its product with δ: 1ᵀδ."""

    jacobian: Shape  # (q, p)
    gradient: Shape  # (p,)
    value: np.ndarray  # ∇b = column sums of δ


@dataclass(frozen=True, eq=False)
class DroppedOneOverQ:
    """Without the 1/q, the gradient is q times too large: a step at lr is one at q·lr."""

    q: int
    value: np.ndarray  # q·∇C, shaped like θ
    critical_lr: float  # 2/λmax(H), H = (2/q)ZᵀZ
    lr: float
    loss_before: float
    loss_after: float  # after one GD step with the slip

    @property
    def critical_lr_with_slip(self) -> float:
        return self.critical_lr / self.q

    @property
    def diverges(self) -> bool:
        """Whether plain GD with the slip diverges at lr (it would converge iff lr < critical/q)."""
        return self.lr > self.critical_lr_with_slip


@dataclass(frozen=True)
class SignFlip:
    """δ with the sign of ∂/∂Y (Y − Ŷ), or the update θ ← θ + lr∇C: both climb the loss."""

    lr: float
    loss_before: float
    loss_after_descent: float  # θ − lr∇C
    loss_after_ascent: float  # θ + lr∇C


@dataclass(frozen=True)
class Mistakes:
    wrong_order: WrongOrder
    bias_as_ones: BiasAsOnes
    dropped_one_over_q: DroppedOneOverQ
    sign_flip: SignFlip


@dataclass(frozen=True, eq=False)
class Derivation:
    """Every quantity of the derivation for one batch (X, Y) at one θ = [W; bᵀ]."""

    X: np.ndarray  # (q, n)
    Y: np.ndarray  # (q, p)
    W: np.ndarray  # (n, p)
    b: np.ndarray  # (p,)
    Y_hat: np.ndarray  # XW + b, (q, p)
    residual: np.ndarray  # Ŷ − Y, (q, p)
    delta: np.ndarray  # ∂C/∂Ŷ = (2/q)(Ŷ − Y), (q, p)
    grad_W: np.ndarray  # Xᵀδ, (n, p)
    grad_b: np.ndarray  # Σᵢ δᵢ, (p,)
    grad_X: np.ndarray  # δWᵀ, (q, n)
    loss: float

    @property
    def q(self) -> int:
        return int(self.X.shape[0])

    @property
    def n(self) -> int:
        return int(self.X.shape[1])

    @property
    def p(self) -> int:
        return int(self.Y.shape[1])

    @property
    def grad(self) -> np.ndarray:
        """∇C shaped like θ = [W; bᵀ], (n+1, p)."""
        return np.vstack([self.grad_W, self.grad_b[np.newaxis, :]])

    @cached_property
    def critical_lr(self) -> float:
        """2/λmax of H = (2/q)ZᵀZ, Z = [X, 1]: plain GD on this batch converges iff lr is below it."""
        Z = np.hstack([self.X, np.ones((self.q, 1))])
        return curvature((2.0 / self.q) * (Z.T @ Z)).critical_lr

    def loss_at(self, W: np.ndarray, b: np.ndarray) -> float:
        residual = self.X @ W + b - self.Y
        return float(np.vdot(residual, residual)) / self.q

    def parameter(self, index: tuple[int, int]) -> ParameterSum:
        """The terms of ∂C/∂θ_rc: w_rc for r < n, b_c for r == n."""
        r, c = index
        if not (0 <= r <= self.n and 0 <= c < self.p):
            raise ValueError(
                f"no parameter at {index}: θ = [W; bᵀ] has shape ({self.n + 1}, {self.p}); "
                f"choose a row 0…{self.n} (row {self.n} is b) and a column 0…{self.p - 1}"
            )
        is_bias = r == self.n
        factors = np.ones(self.q) if is_bias else self.X[:, r]
        return ParameterSum(index=(r, c), is_bias=is_bias, factors=factors, residuals=self.residual[:, c])

    def mistakes(self, lr: float) -> Mistakes:
        """What each classic slip gives on this batch, with lr the rate of the step."""
        q, n, p = self.q, self.n, self.p
        step = self._loss_after_step
        return Mistakes(
            wrong_order=WrongOrder(left=(q, p), right=(n, q), correct=(n, p)),
            bias_as_ones=BiasAsOnes(jacobian=(q, p), gradient=(p,), value=self.grad_b),
            dropped_one_over_q=DroppedOneOverQ(
                q=q,
                value=q * self.grad,
                critical_lr=self.critical_lr,
                lr=lr,
                loss_before=self.loss,
                loss_after=step(-lr * q),
            ),
            sign_flip=SignFlip(
                lr=lr,
                loss_before=self.loss,
                loss_after_descent=step(-lr),
                loss_after_ascent=step(lr),
            ),
        )

    def _loss_after_step(self, scale: float) -> float:
        """C at θ + scale·∇C."""
        with np.errstate(over="ignore", invalid="ignore"):
            loss = self.loss_at(self.W + scale * self.grad_W, self.b + scale * self.grad_b)
        return loss if np.isfinite(loss) else np.inf  # a diverging slip overflows: inf says so, not nan


def derive(X: np.ndarray, Y: np.ndarray, W: np.ndarray, b: np.ndarray) -> Derivation:
    """The derivation of ∇C for the batch (X, Y) at (W, b), from the closed forms."""
    X, Y, W, b = (np.asarray(a, dtype=float) for a in (X, Y, W, b))
    check_linear_shapes(X, W, b)
    if Y.shape != (X.shape[0], W.shape[1]):
        raise ValueError(
            f"Y must have shape ({X.shape[0]}, {W.shape[1]}), one row per row of X and one column "
            f"per column of W; got {Y.shape}"
        )
    if X.shape[0] == 0:
        raise ValueError("the batch has no rows; give at least one example")
    q = X.shape[0]
    Y_hat = X @ W + b
    residual = Y_hat - Y
    delta = (2.0 / q) * residual
    return Derivation(
        X=X,
        Y=Y,
        W=W,
        b=b,
        Y_hat=Y_hat,
        residual=residual,
        delta=delta,
        grad_W=X.T @ delta,
        grad_b=delta.sum(axis=0),
        grad_X=delta @ W.T,
        loss=float(np.vdot(residual, residual)) / q,
    )

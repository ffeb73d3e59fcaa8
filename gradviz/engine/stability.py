"""The critical learning rate: the largest lr at which the chosen optimizer still converges.

On the quadratic C(θ), in the eigenbasis of its Hessian H, every method below is a
linear recurrence per eigenvalue λ; with a = lr·λ:

- GD: e ← (1 − a)e, stable iff a < 2, so lr < 2/λmax.
- Heavy-ball momentum (v ← βv + g; θ ← θ − lr·v): the companion matrix [[1 − a, −β], [a, β]]
  has trace 1 + β − a and determinant β; the Schur–Cohn test |trace| < 1 + det gives
  a < 2(1 + β), so lr < 2(1 + β)/λmax.
- Nesterov as Momentum(nesterov=True) does it (v ← βv + g; θ ← θ − lr·(g + βv)): with u = lr·v,
  θ ← (1 − a(1 + β))θ − β²u and u ← aθ + βu, trace (1 + β)(1 − a), determinant β(1 − a);
  |trace| < 1 + det gives a < 2(1 + β)/(1 + 2β), so lr < 2(1 + β)/((1 + 2β)·λmax).
- Mini-batches: each step uses the Hessian H_B of its batch, so λmax becomes the largest
  λmax(H_B) over the batches drawn (for one row, H_i = 2zᵢzᵢᵀ, whose λmax is 2‖zᵢ‖²).
- AdaGrad, RMSProp, Adam divide each step by a running gradient size: no rate of this kind exists.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..i18n import number, translate
from .optimizers import GD, Momentum, Optimizer
from .sampler import BatchSampler

__all__ = ["CriticalRate", "critical_lr", "batch_lambda_max", "MAX_BATCHES"]

MAX_BATCHES = 4096  # batches whose curvature is measured: those of the first epochs, as drawn


@dataclass(frozen=True)
class CriticalRate:
    """The largest lr that converges (None: no such bound), and how it was found."""

    lr: float | None
    formula: str  # "2/λmax", "2(1+β)/λmax", ...; "" without a bound
    reason: str  # one sentence for the user

    @property
    def exists(self) -> bool:
        return self.lr is not None


def batch_lambda_max(X: np.ndarray, batch_size: int, sampler: BatchSampler) -> float:
    """The largest λmax of H_B = (2/|B|)·Z_BᵀZ_B over the batches `sampler` draws first.

    Batch size 1 takes the exact maximum, 2‖zᵢ‖², over every row. Otherwise the first
    MAX_BATCHES batches are measured (whole epochs, at least one), the short last batch
    of an epoch included: a cost paid once per run and batch size, not per step.
    """
    Z = np.hstack([X, np.ones((X.shape[0], 1))])
    if batch_size == 1:
        return 2.0 * float(np.einsum("ij,ij->i", Z, Z).max())
    per_epoch = -(-X.shape[0] // batch_size)
    epochs = max(1, MAX_BATCHES // per_epoch)
    largest = 0.0
    for epoch in range(epochs):
        order = sampler.permutation(epoch)
        full = (order.size // batch_size) * batch_size
        batches = Z[order[:full]].reshape(-1, batch_size, Z.shape[1])
        grams = np.einsum("kbi,kbj->kij", batches, batches) * (2.0 / batch_size)
        if grams.size:
            largest = max(largest, float(np.linalg.eigvalsh(grams)[:, -1].max()))
        if full < order.size:
            rest = Z[order[full:]]
            largest = max(largest, float(np.linalg.eigvalsh((2.0 / rest.shape[0]) * rest.T @ rest)[-1]))
    return largest


def critical_lr(lambda_max: float, optimizer: Optimizer, batch_size: int | None = None) -> CriticalRate:
    """The bound for `optimizer` when the largest curvature its steps see is `lambda_max`.

    `lambda_max` is λmax of the full Hessian for full-batch steps, and `batch_lambda_max`
    for mini-batches of `batch_size` rows.
    """
    name = optimizer.name
    if type(optimizer) is GD:
        factor, formula = 2.0, "2/λmax"
    elif type(optimizer) is Momentum and optimizer.nesterov:
        beta = optimizer.beta
        factor, formula = 2 * (1 + beta) / (1 + 2 * beta), "2(1+β)/((1+2β)λmax)"
    elif type(optimizer) is Momentum:
        factor, formula = 2 * (1 + optimizer.beta), "2(1+β)/λmax"
    else:
        reason = translate(
            "Engine", "{name} scales its steps by the gradients seen: no critical learning rate exists"
        )
        return CriticalRate(None, "", reason.format(name=name))
    if batch_size is not None and isinstance(optimizer, Momentum):
        # With a Hessian that changes at every step, momentum acts as SGD at lr/(1 − β).
        factor, formula = 2 * (1 - optimizer.beta), "2(1−β)/λmax"
    if not lambda_max > 0:
        return CriticalRate(
            None, "", translate("Engine", "the loss is flat (λmax = 0): every learning rate converges")
        )
    lr = factor / lambda_max
    if batch_size is not None:
        formula = formula.replace("λmax", translate("Engine", "λmax(batch)"))
    if batch_size is None:
        reason = translate("Engine", "{name} converges iff lr < {formula} = {lr}")
    else:
        reason = translate(
            "Engine", "{name} converges for lr < {formula} = {lr}, λmax of the batches of {size} drawn"
        )
    return CriticalRate(
        lr, formula, reason.format(name=name, formula=formula, lr=number(lr, ".3g"), size=batch_size)
    )

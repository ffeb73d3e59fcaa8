"""The classic slips of the exercise, each a deliberately wrong Linear or MSE.

Mistake mode trains with one of them beside a ghost of the correct run. Each MISTAKES
entry names the Functions to train with and says in one sentence, with the run's own
numbers, what the slip does to gradient descent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .autograd import Context, Function
from .functions import MSE, Linear

__all__ = ["Mistake", "MISTAKES", "RunFacts", "mistake"]


class SignFlippedLinear(Linear):
    """Linear whose backward returns −Xᵀδ and −Σδ: every step climbs the loss."""

    @staticmethod
    def backward(ctx: Context, grad_output: np.ndarray) -> tuple[np.ndarray | None, ...]:
        return tuple(None if g is None else -g for g in Linear.backward(ctx, grad_output))


class MSEWithoutOneOverQ(MSE):
    """MSE whose backward forgets the 1/q of its forward: 2(Ŷ − Y)."""

    @staticmethod
    def backward(ctx: Context, grad_output: float) -> tuple[np.ndarray | None, ...]:
        (residual,) = ctx.saved_tensors
        grad = 2.0 * grad_output * residual
        return grad, (-grad if ctx.needs_grad(1) else None)


class BiasGradientOnes(Linear):
    """Linear whose ∂C/∂b is a vector of ones, whatever the residuals."""

    @staticmethod
    def backward(ctx: Context, grad_output: np.ndarray) -> tuple[np.ndarray | None, ...]:
        grad_X, grad_W, _ = Linear.backward(ctx, grad_output)
        return grad_X, grad_W, np.ones(grad_output.shape[1])


class BiasGradientUnreduced(Linear):
    """Linear whose ∂C/∂b is δ itself, (q, p), not summed over the rows."""

    @staticmethod
    def backward(ctx: Context, grad_output: np.ndarray) -> tuple[np.ndarray | None, ...]:
        grad_X, grad_W, _ = Linear.backward(ctx, grad_output)
        return grad_X, grad_W, grad_output.copy()


class WeightGradientTransposed(Linear):
    """Linear whose ∂C/∂W is (Xᵀδ)ᵀ = δᵀX, shaped (p, n) instead of (n, p)."""

    @staticmethod
    def backward(ctx: Context, grad_output: np.ndarray) -> tuple[np.ndarray | None, ...]:
        grad_X, grad_W, grad_b = Linear.backward(ctx, grad_output)
        return grad_X, (None if grad_W is None else grad_W.T.copy()), grad_b


@dataclass(frozen=True)
class RunFacts:
    """What a sentence about a run needs: its shapes, its learning rate and the critical one."""

    q: int  # rows in a step (the batch)
    n: int
    p: int
    lr: float
    critical_lr: float  # GD diverges above it, for the course's loss


@dataclass(frozen=True)
class Mistake:
    key: str
    label: str  # for a menu
    linear: type[Function]
    mse: type[Function]
    explain: Callable[[RunFacts], str]


def _sign(f: RunFacts) -> str:
    return (
        "The gradient points uphill: each step climbs the loss instead of descending it, "
        f"so the loss grows at every step, whatever the learning rate (lr {f.lr:g} here)."
    )


def _one_over_q(f: RunFacts) -> str:
    acts_like = f.q * f.lr
    head = f"The gradient is q = {f.q} times too large: lr {f.lr:g} acts like {acts_like:.3g}"
    if acts_like > f.critical_lr:
        return f"{head}, far above the critical rate {f.critical_lr:.3g}, so the loss explodes."
    return (
        f"{head}, still below the critical rate {f.critical_lr:.3g}: it converges, "
        f"only faster, and a larger batch would make it explode."
    )


def _bias_ones(f: RunFacts) -> str:
    return (
        f"∂C/∂b is 1 whatever the residuals: b falls by lr = {f.lr:g} at every step and never "
        "settles at the least-squares intercept, so after a first dip the loss grows again."
    )


def _bias_unreduced(f: RunFacts) -> str:
    return (
        f"∂C/∂b comes back as δ, a ({f.q}, {f.p}) matrix, not its column sums, so gradviz refuses the "
        "step: it is not the gradient of C with respect to b. PyTorch would sum it down to b's shape "
        "without a word, so a torch descent loop (and torch's gradcheck) would look right."
    )


def _weight_transposed(f: RunFacts) -> str:
    if f.n == f.p:
        if f.n == 1:
            return (
                "∂C/∂W is transposed, but with one feature and one target W is 1×1 and its transpose "
                "is itself: this slip hides here. Pick a dataset with several features to see it."
            )
        return (
            f"∂C/∂W is transposed: W is {f.n}×{f.p}, square, so the shapes agree and each step "
            "moves W along the wrong entries."
        )
    return (
        f"∂C/∂W comes back ({f.p}, {f.n}) for a W of ({f.n}, {f.p}): transposed. The step cannot "
        "be taken, and PyTorch stops the same way ('returned an invalid gradient')."
    )


MISTAKES: dict[str, Mistake] = {
    m.key: m
    for m in (
        Mistake("sign", "Sign flipped in Linear.backward", SignFlippedLinear, MSE, _sign),
        Mistake("one_over_q", "1/q dropped in MSE.backward", Linear, MSEWithoutOneOverQ, _one_over_q),
        Mistake("bias_ones", "∂b as ones", BiasGradientOnes, MSE, _bias_ones),
        Mistake("bias_unreduced", "∂b as δ, not summed (q, p)", BiasGradientUnreduced, MSE, _bias_unreduced),
        Mistake("weight_transposed", "∂W transposed", WeightGradientTransposed, MSE, _weight_transposed),
    )
}


def mistake(key: str) -> Mistake:
    """The mistake named `key`, or a ValueError listing them."""
    try:
        return MISTAKES[key]
    except KeyError:
        raise ValueError(f"no mistake named {key!r}; choose one of {', '.join(MISTAKES)}") from None

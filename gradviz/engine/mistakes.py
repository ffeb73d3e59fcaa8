"""The classic slips of the exercise, each a deliberately wrong Linear or MSE.

Mistake mode trains with one of them beside a ghost of the correct run. Each MISTAKES
entry names the Functions to train with and says in one sentence, with the run's own
numbers, what the slip does to gradient descent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..i18n import QT_TRANSLATE_NOOP, number, translate
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
    source_label: str  # English, as in the catalogue
    linear: type[Function]
    mse: type[Function]
    explain: Callable[[RunFacts], str]  # in the chosen language

    @property
    def label(self) -> str:
        """For a menu, in the chosen language."""
        return translate("Mistakes", self.source_label)


def _sign(f: RunFacts) -> str:
    return translate(
        "Mistakes",
        "The gradient points uphill: each step climbs the loss instead of descending it, "
        "so the loss grows at every step, whatever the learning rate (lr {lr} here).",
    ).format(lr=number(f.lr, "g"))


def _one_over_q(f: RunFacts) -> str:
    acts_like = f.q * f.lr
    numbers = {"q": f.q, "lr": number(f.lr, "g"), "acts": number(acts_like, ".3g")}
    numbers["critical"] = number(f.critical_lr, ".3g")
    if acts_like > f.critical_lr:
        sentence = translate(
            "Mistakes",
            "The gradient is q = {q} times too large: lr {lr} acts like {acts}, far above the "
            "critical rate {critical}, so the loss explodes.",
        )
    else:
        sentence = translate(
            "Mistakes",
            "The gradient is q = {q} times too large: lr {lr} acts like {acts}, still below the "
            "critical rate {critical}: it converges, only faster, and a larger batch would make it explode.",
        )
    return sentence.format(**numbers)


def _bias_ones(f: RunFacts) -> str:
    return translate(
        "Mistakes",
        "∂C/∂b is 1 whatever the residuals: b falls by lr = {lr} at every step and never "
        "settles at the least-squares intercept, so after a first dip the loss grows again.",
    ).format(lr=number(f.lr, "g"))


def _bias_unreduced(f: RunFacts) -> str:
    return translate(
        "Mistakes",
        "∂C/∂b comes back as δ, a ({q}, {p}) matrix, not its column sums, so gradviz refuses the "
        "step: it is not the gradient of C with respect to b. PyTorch would sum it down to b's shape "
        "without a word, so a torch descent loop (and torch's gradcheck) would look right.",
    ).format(q=f.q, p=f.p)


def _weight_transposed(f: RunFacts) -> str:
    if f.n == f.p:
        if f.n == 1:
            return translate(
                "Mistakes",
                "∂C/∂W is transposed, but with one feature and one target W is 1×1 and its transpose "
                "is itself: this slip hides here. Pick a dataset with several features to see it.",
            )
        return translate(
            "Mistakes",
            "∂C/∂W is transposed: W is {n}×{p}, square, so the shapes agree and each step "
            "moves W along the wrong entries.",
        ).format(n=f.n, p=f.p)
    return translate(
        "Mistakes",
        "∂C/∂W comes back ({p}, {n}) for a W of ({n}, {p}): transposed. The step cannot "
        "be taken, and PyTorch stops the same way ('returned an invalid gradient').",
    ).format(n=f.n, p=f.p)


MISTAKES: dict[str, Mistake] = {
    m.key: m
    for m in (
        Mistake(
            "sign",
            QT_TRANSLATE_NOOP("Mistakes", "Sign flipped in Linear.backward"),
            SignFlippedLinear,
            MSE,
            _sign,
        ),
        Mistake(
            "one_over_q",
            QT_TRANSLATE_NOOP("Mistakes", "1/q dropped in MSE.backward"),
            Linear,
            MSEWithoutOneOverQ,
            _one_over_q,
        ),
        Mistake("bias_ones", QT_TRANSLATE_NOOP("Mistakes", "∂b as ones"), BiasGradientOnes, MSE, _bias_ones),
        Mistake(
            "bias_unreduced",
            QT_TRANSLATE_NOOP("Mistakes", "∂b as δ, not summed (q, p)"),
            BiasGradientUnreduced,
            MSE,
            _bias_unreduced,
        ),
        Mistake(
            "weight_transposed",
            QT_TRANSLATE_NOOP("Mistakes", "∂W transposed"),
            WeightGradientTransposed,
            MSE,
            _weight_transposed,
        ),
    )
}


def mistake(key: str) -> Mistake:
    """The mistake named `key`, or a ValueError listing them."""
    try:
        return MISTAKES[key]
    except KeyError:
        raise ValueError(f"no mistake named {key!r}; choose one of {', '.join(MISTAKES)}") from None

"""Check a Function's backward against central finite differences."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .autograd import Context, Function

__all__ = ["GradcheckError", "GradcheckReport", "gradcheck", "gradcheck_report"]


class GradcheckError(AssertionError):
    """backward disagrees with finite differences; the message names the entry."""


@dataclass(frozen=True)
class GradcheckReport:
    """Worst disagreement between backward and finite differences over all inputs."""

    function: str
    shapes: tuple[tuple[int, ...], ...]
    max_abs_error: float
    max_rel_error: float
    passed: bool
    failure: str = ""


def gradcheck(
    function: type[Function],
    inputs: Sequence[np.ndarray | float],
    *,
    eps: float = 1e-6,
    atol: float = 1e-5,
    rtol: float = 1e-3,
    raise_exception: bool = True,
) -> bool:
    """True if `function.backward` matches central differences of `function.forward`.

    Non-scalar outputs are reduced with a fixed random weighting G, so that
    L = Σ G ⊙ f(inputs); backward(G) must then equal dL/d(input), entry by entry.
    """
    report = gradcheck_report(function, inputs, eps=eps, atol=atol, rtol=rtol)
    if not report.passed and raise_exception:
        raise GradcheckError(report.failure)
    return report.passed


def gradcheck_report(
    function: type[Function],
    inputs: Sequence[np.ndarray | float],
    *,
    eps: float = 1e-6,
    atol: float = 1e-5,
    rtol: float = 1e-3,
) -> GradcheckReport:
    """Like `gradcheck`, but return the largest errors instead of raising."""
    values = [np.array(x, dtype=np.float64) for x in inputs]
    ctx = Context(tuple(True for _ in values))
    output = np.asarray(function.forward(ctx, *values), dtype=np.float64)
    weights = np.random.default_rng(0).uniform(0.5, 1.5, size=output.shape)
    analytic = function.backward(ctx, weights if output.ndim else float(weights))
    if len(analytic) != len(values):
        raise GradcheckError(
            f"{function.__name__}.backward returned {len(analytic)} gradients for {len(values)} inputs"
        )

    def weighted_output(args: list[np.ndarray]) -> float:
        return float(np.sum(weights * np.asarray(function.forward(Context(), *args))))

    name = function.__name__
    worst_abs = worst_rel = 0.0
    failure = ""
    for i, (x, grad) in enumerate(zip(values, analytic)):
        grad = np.asarray(grad, dtype=np.float64)
        if grad.shape != x.shape:
            failure = failure or (
                f"{name}: gradient for input {i} has shape {grad.shape}, but the input has shape {x.shape}"
            )
            continue
        for index in np.ndindex(x.shape):
            saved = x[index]
            x[index] = saved + eps
            plus = weighted_output(values)
            x[index] = saved - eps
            minus = weighted_output(values)
            x[index] = saved
            numeric = (plus - minus) / (2 * eps)
            error = abs(grad[index] - numeric)
            worst_abs = max(worst_abs, error)
            worst_rel = max(worst_rel, error / max(abs(numeric), 1e-12))
            if not failure and error > atol + rtol * abs(numeric):
                failure = (
                    f"{name}: input {i} (shape {x.shape}), entry {index}: "
                    f"analytic {grad[index]:.6g}, numeric {numeric:.6g}, "
                    f"|difference| {error:.3g} > atol + rtol·|numeric| = "
                    f"{atol + rtol * abs(numeric):.3g}"
                )
    return GradcheckReport(
        function=name,
        shapes=tuple(x.shape for x in values),
        max_abs_error=worst_abs,
        max_rel_error=worst_rel,
        passed=not failure,
        failure=failure,
    )

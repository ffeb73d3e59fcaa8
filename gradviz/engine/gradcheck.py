"""Check a Function's backward against central finite differences."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .autograd import Context, Function, check_input_count
from .checks import positive_number, real_array, real_number

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
    """Like `gradcheck`, but return the largest errors instead of raising.

    Anything not finite (the output, a gradient, a finite difference) is a failure:
    the check cannot vouch for what it cannot compare.
    """
    eps = positive_number("gradcheck's eps", eps)
    atol, rtol = _tolerance("atol", atol), _tolerance("rtol", rtol)
    check_input_count(function, len(inputs))
    values = [_input(i, x) for i, x in enumerate(inputs)]
    with np.errstate(all="ignore"):  # what overflows is reported as a failure
        return _compare(function, values, eps, atol, rtol)


def _compare(
    function: type[Function], values: list[np.ndarray], eps: float, atol: float, rtol: float
) -> GradcheckReport:
    name = function.__name__
    shapes = tuple(x.shape for x in values)
    ctx = Context(tuple(True for _ in values))
    output = np.asarray(function.forward(ctx, *values), dtype=np.float64)
    if not np.isfinite(output).all():
        failure = f"{name}: the output is NaN or infinite at these inputs; check with smaller inputs"
        return GradcheckReport(name, shapes, math.nan, math.nan, passed=False, failure=failure)
    weights = np.random.default_rng(0).uniform(0.5, 1.5, size=output.shape)
    analytic = function.backward(ctx, weights if output.ndim else float(weights))
    if len(analytic) != len(values):
        raise GradcheckError(f"{name}.backward returned {len(analytic)} gradients for {len(values)} inputs")

    def weighted_output(args: list[np.ndarray]) -> float:
        return float(np.sum(weights * np.asarray(function.forward(Context(), *args))))

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
            entry = float(grad[index])
            error = abs(entry - numeric)
            where = f"{name}: input {i} (shape {x.shape}), entry {index}: "
            where += f"analytic {entry:.6g}, numeric {numeric:.6g}"
            if not math.isfinite(error):
                failure = failure or f"{where}, not both finite; check with smaller inputs or a smaller eps"
                continue
            worst_abs = max(worst_abs, error)
            worst_rel = max(worst_rel, error / max(abs(numeric), 1e-12))
            if not failure and error > atol + rtol * abs(numeric):
                failure = (
                    f"{where}, |difference| {error:.3g} > atol + rtol·|numeric| = "
                    f"{atol + rtol * abs(numeric):.3g}"
                )
    return GradcheckReport(
        function=name,
        shapes=shapes,
        max_abs_error=worst_abs,
        max_rel_error=worst_rel,
        passed=not failure,
        failure=failure,
    )


def _input(index: int, value: np.ndarray | float) -> np.ndarray:
    """A float64 copy of one input (the check perturbs it in place): finite, with at least one entry."""
    array = np.array(real_array(f"gradcheck input {index}", value))
    if array.size == 0:
        raise ValueError(f"gradcheck input {index} is empty (shape {array.shape}); give at least one entry")
    if not np.isfinite(array).all():
        raise ValueError(f"gradcheck input {index} contains NaN or infinite values; give finite inputs")
    return array


def _tolerance(name: str, value: float) -> float:
    number = real_number(f"gradcheck's {name}", value)
    if not (number >= 0 and math.isfinite(number)):
        raise ValueError(f"gradcheck's {name} must be a finite number >= 0, got {number:g}")
    return number

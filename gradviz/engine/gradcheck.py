"""Check a Function's backward against central finite differences."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np

from .autograd import Context, Function, check_input_count, input_names
from .checks import positive_number, real_array, real_number
from .functions import MSE, Linear

__all__ = [
    "GradcheckError",
    "GradcheckReport",
    "InputReport",
    "RegressionTrial",
    "gradcheck",
    "gradcheck_report",
    "regression_trials",
    "check_regression_functions",
]


class GradcheckError(AssertionError):
    """backward disagrees with finite differences; the message names the entry."""


@dataclass(frozen=True)
class InputReport:
    """How backward's gradient for one input compares with finite differences.

    The errors are NaN when that gradient could not be compared at all (backward raised,
    or returned a gradient of the wrong shape): `passed` is then False.
    """

    index: int
    name: str  # the parameter's name in forward's signature, or "" when it has none
    shape: tuple[int, ...]
    max_abs_error: float
    max_rel_error: float
    passed: bool
    failure: str = ""
    # The largest |analytic − numeric| / (atol + rtol·|numeric|) over the entries: ≤ 1 passes.
    max_error_share: float = math.nan

    @property
    def label(self) -> str:
        """The input as messages name it: "input 1 (W)", or "input 1" when forward has no names."""
        return f"input {self.index} ({self.name})" if self.name else f"input {self.index}"


@dataclass(frozen=True)
class GradcheckReport:
    """Worst disagreement between backward and finite differences over all inputs.

    `inputs` has one InputReport per input; `failure` is the first thing that went
    wrong (a disagreement, a wrong shape, or backward raising), "" when it passed.
    """

    function: str
    shapes: tuple[tuple[int, ...], ...]
    max_abs_error: float
    max_rel_error: float
    passed: bool
    failure: str = ""
    inputs: tuple[InputReport, ...] = ()
    max_error_share: float = math.nan  # the worst entry's error over its tolerance: ≤ 1 passes
    eps: float = math.nan  # the yardstick: finite-difference step, and the tolerances
    atol: float = math.nan
    rtol: float = math.nan


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
    the check cannot vouch for what it cannot compare. So is a forward or backward
    that raises, a backward that returns the wrong number of gradients, and a gradient
    whose shape is not its input's (never summed or broadcast into shape).
    """
    eps = positive_number("gradcheck's eps", eps)
    atol, rtol = _tolerance("atol", atol), _tolerance("rtol", rtol)
    check_input_count(function, len(inputs))
    values = [_input(i, x) for i, x in enumerate(inputs)]
    with np.errstate(all="ignore"):  # what overflows is reported as a failure
        return _Check(function, values, eps, atol, rtol).run()


class _Failed(Exception):
    """The check cannot go on; the message says why (a report, never raised to the caller)."""


class _Check:
    def __init__(
        self, function: type[Function], values: list[np.ndarray], eps: float, atol: float, rtol: float
    ) -> None:
        self.function, self.values = function, values
        self.eps, self.atol, self.rtol = eps, atol, rtol
        self.name = function.__name__
        names = input_names(function)
        self.input_names = [names[i] if i < len(names) else "" for i in range(len(values))]

    def run(self) -> GradcheckReport:
        try:
            weights, analytic = self._analytic()
        except _Failed as failed:
            return self._report([self._unchecked(i) for i in range(len(self.values))], str(failed))
        reports = [self._compare(i, grad, weights) for i, grad in enumerate(analytic)]
        return self._report(reports, next((r.failure for r in reports if r.failure), ""))

    def _report(self, inputs: list[InputReport], failure: str) -> GradcheckReport:
        compared = [r for r in inputs if not math.isnan(r.max_abs_error)]
        return GradcheckReport(
            function=self.name,
            shapes=tuple(x.shape for x in self.values),
            max_abs_error=max((r.max_abs_error for r in compared), default=math.nan),
            max_rel_error=max((r.max_rel_error for r in compared), default=math.nan),
            passed=not failure,
            failure=failure,
            inputs=tuple(inputs),
            max_error_share=max((r.max_error_share for r in compared), default=math.nan),
            eps=self.eps,
            atol=self.atol,
            rtol=self.rtol,
        )

    def _label(self, index: int) -> str:
        name = self.input_names[index]
        return f"input {index} ({name})" if name else f"input {index}"

    def _unchecked(self, index: int, failure: str = "") -> InputReport:
        x = self.values[index]
        name = self.input_names[index]
        return InputReport(index, name, x.shape, math.nan, math.nan, passed=False, failure=failure)

    def _call(self, method: str, call: Callable[[], Any]) -> Any:
        try:
            return call()
        except Exception as error:  # a user's Function may fail in any way: report it
            shapes = ", ".join(f"{self._label(i)} {x.shape}" for i, x in enumerate(self.values))
            raise _Failed(
                f"{self.name}.{method} raised {type(error).__name__}: {error} (at inputs of shapes {shapes})"
            ) from None

    def _output(self, ctx: Context, args: list[np.ndarray]) -> np.ndarray:
        output = self._call("forward", lambda: self.function.forward(ctx, *args))
        try:
            return np.asarray(real_array("output", output), dtype=np.float64)
        except ValueError:
            raise _Failed(
                f"{self.name}.forward returned {type(output).__name__} {output!r:.60}, not real numbers; "
                "return an array or a float"
            ) from None

    def _analytic(self) -> tuple[np.ndarray, Sequence[Any]]:
        ctx = Context(tuple(True for _ in self.values))
        output = self._output(ctx, [x.copy() for x in self.values])  # forward may keep or change them
        if not np.isfinite(output).all():
            raise _Failed(
                f"{self.name}: the output is NaN or infinite at these inputs; check with smaller inputs"
            )
        weights = np.random.default_rng(0).uniform(0.5, 1.5, size=output.shape)
        grad_output = weights.copy() if output.ndim else float(weights)
        analytic = self._call("backward", lambda: self.function.backward(ctx, grad_output))
        count = len(self.values)
        if not isinstance(analytic, tuple | list):
            raise _Failed(
                f"{self.name}.backward returned a {type(analytic).__name__}, not a tuple of gradients; "
                f"return one gradient per input, in order (a tuple of {count})"
            )
        if len(analytic) != count:
            names = ", ".join(n for n in self.input_names if n)
            raise _Failed(
                f"{self.name}.backward returned {len(analytic)} gradient{'' if len(analytic) == 1 else 's'} "
                f"for {count} input{'' if count == 1 else 's'}{f' ({names})' if names else ''}; "
                "return one gradient per input, in order"
            )
        return weights, analytic

    def _compare(self, index: int, grad: Any, weights: np.ndarray) -> InputReport:
        x, where = self.values[index], f"{self.name}.backward: the gradient for {self._label(index)}"
        if grad is None:
            return self._unchecked(index, f"{where} is None; return a gradient for every input")
        try:
            grad = real_array("gradient", grad)
        except ValueError:
            what = getattr(grad, "dtype", type(grad).__name__)
            return self._unchecked(index, f"{where} is not real numbers ({what}); return a float array")
        if grad.shape != x.shape:
            return self._unchecked(
                index,
                f"{where} has shape {grad.shape}, expected {x.shape} (the input's shape); "
                "return one entry per entry of the input, never a shape that broadcasts to it",
            )

        def weighted_output() -> float:
            return float(np.sum(weights * self._output(Context(), self.values)))

        worst_abs = worst_rel = worst_share = 0.0
        failure = ""
        for entry_index in np.ndindex(x.shape):
            saved = x[entry_index]
            try:
                x[entry_index] = saved + self.eps
                plus = weighted_output()
                x[entry_index] = saved - self.eps
                minus = weighted_output()
            except _Failed as failed:
                return self._unchecked(index, f"{failed}, at a step of a finite difference")
            finally:
                x[entry_index] = saved
            numeric = (plus - minus) / (2 * self.eps)
            entry = float(grad[entry_index])
            error = abs(entry - numeric)
            at = f"{self.name}: {self._label(index)} (shape {x.shape}), entry {entry_index}: "
            at += f"analytic {entry:.6g}, numeric {numeric:.6g}"
            if not math.isfinite(error):
                failure = failure or f"{at}, not both finite; check with smaller inputs or a smaller eps"
                continue
            worst_abs = max(worst_abs, error)
            worst_rel = max(worst_rel, error / max(abs(numeric), 1e-12))
            tolerance = self.atol + self.rtol * abs(numeric)
            if error > 0:
                worst_share = max(worst_share, error / tolerance if tolerance > 0 else math.inf)
            if not failure and error > tolerance:
                failure = f"{at}, |difference| {error:.3g} > atol + rtol·|numeric| = {tolerance:.3g}"
        name = self.input_names[index]
        return InputReport(
            index,
            name,
            x.shape,
            worst_abs,
            worst_rel,
            passed=not failure,
            failure=failure,
            max_error_share=worst_share,
        )


class RegressionTrial(NamedTuple):
    """Inputs for Linear (X, W, b) and MSE (Ŷ = XW + b, Y) at one random shape."""

    X: np.ndarray
    W: np.ndarray
    b: np.ndarray
    Y: np.ndarray

    @property
    def Y_hat(self) -> np.ndarray:  # noqa: N802 - the math's name
        return self.X @ self.W + self.b


def regression_trials(
    rng: np.random.Generator, count: int, *, bias_row: bool = False
) -> list[RegressionTrial]:
    """`count` random inputs at shapes that hide no classic slip.

    q, n and p are all different and at least 2: n = 1 hides a transposed or misordered
    ∂W (and X * W for X @ W), q = 1 a missing 1/q, p = 1 a ∂b that is not summed over
    rows. With `bias_row`, every other trial gives b as a (1, p) row instead of (p,),
    for a Linear that accepts both (the engine's takes (p,) only).
    """
    trials = []
    for trial in range(count):
        q, n, p = (int(d) for d in rng.choice(np.arange(2, 9), size=3, replace=False))
        X, W = rng.normal(size=(q, n)), rng.normal(size=(n, p))
        b = rng.normal(size=(1, p) if bias_row and trial % 2 else p)
        trials.append(RegressionTrial(X, W, b, rng.normal(size=(q, p))))
    return trials


def check_regression_functions(
    rng: np.random.Generator,
    trials: int = 5,
    *,
    linear: type[Function] = Linear,
    mse: type[Function] = MSE,
    bias_row: bool = False,
    eps: float = 1e-6,
    atol: float = 1e-5,
    rtol: float = 1e-3,
) -> list[GradcheckReport]:
    """gradcheck `linear` at (X, W, b) and `mse` at (Ŷ, Y) on each of `regression_trials`.

    Two reports per trial, Linear's first. Ŷ is computed here (XW + b), not by `linear`,
    so that each Function is judged alone.
    """
    reports = []
    for trial in regression_trials(rng, trials, bias_row=bias_row):
        for function, inputs in ((linear, [trial.X, trial.W, trial.b]), (mse, [trial.Y_hat, trial.Y])):
            reports.append(gradcheck_report(function, inputs, eps=eps, atol=atol, rtol=rtol))
    return reports


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

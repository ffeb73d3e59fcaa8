"""Check a Function's backward against central finite differences."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np

from ..i18n import number, translate
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
        return _input_label(self.index, self.name)


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
        return _input_label(index, self.input_names[index])

    def _unchecked(self, index: int, failure: str = "") -> InputReport:
        x = self.values[index]
        name = self.input_names[index]
        return InputReport(index, name, x.shape, math.nan, math.nan, passed=False, failure=failure)

    def _call(self, method: str, call: Callable[[], Any]) -> Any:
        try:
            return call()
        except Exception as error:  # a user's Function may fail in any way: report it
            shapes = ", ".join(f"{self._label(i)} {x.shape}" for i, x in enumerate(self.values))
            message = translate(
                "Gradcheck", "{function}.{method} raised {error}: {message} (at inputs of shapes {shapes})"
            )
            raise _Failed(
                message.format(
                    function=self.name,
                    method=method,
                    error=type(error).__name__,
                    message=error,
                    shapes=shapes,
                )
            ) from None

    def _output(self, ctx: Context, args: list[np.ndarray]) -> np.ndarray:
        output = self._call("forward", lambda: self.function.forward(ctx, *args))
        try:
            return np.asarray(real_array("output", output), dtype=np.float64)
        except ValueError:
            message = translate(
                "Gradcheck",
                "{function}.forward returned {type} {value}, not real numbers; return an array or a float",
            )
            raise _Failed(
                message.format(function=self.name, type=type(output).__name__, value=f"{output!r:.60}")
            ) from None

    def _analytic(self) -> tuple[np.ndarray, Sequence[Any]]:
        ctx = Context(tuple(True for _ in self.values))
        output = self._output(ctx, [x.copy() for x in self.values])  # forward may keep or change them
        if not np.isfinite(output).all():
            message = translate(
                "Gradcheck",
                "{function}: the output is NaN or infinite at these inputs; check with smaller inputs",
            )
            raise _Failed(message.format(function=self.name))
        weights = np.random.default_rng(0).uniform(0.5, 1.5, size=output.shape)
        grad_output = weights.copy() if output.ndim else float(weights)
        analytic = self._call("backward", lambda: self.function.backward(ctx, grad_output))
        count = len(self.values)
        if not isinstance(analytic, tuple | list):
            message = translate(
                "Gradcheck",
                "{function}.backward returned a {type}, not a tuple of gradients; "
                "return one gradient per input, in order (a tuple of {count})",
            )
            raise _Failed(message.format(function=self.name, type=type(analytic).__name__, count=count))
        if len(analytic) != count:
            names = ", ".join(n for n in self.input_names if n)
            if len(analytic) == 1:
                returned = translate("Gradcheck", "1 gradient")
            else:
                returned = translate("Gradcheck", "{n} gradients")
            inputs = translate("Gradcheck", "1 input") if count == 1 else translate("Gradcheck", "{n} inputs")
            inputs = inputs.format(n=count)
            message = translate(
                "Gradcheck",
                "{function}.backward returned {gradients} for {inputs}; "
                "return one gradient per input, in order",
            )
            raise _Failed(
                message.format(
                    function=self.name,
                    gradients=returned.format(n=len(analytic)),
                    inputs=f"{inputs} ({names})" if names else inputs,
                )
            )
        return weights, analytic

    def _compare(self, index: int, grad: Any, weights: np.ndarray) -> InputReport:
        x = self.values[index]
        where = translate("Gradcheck", "{function}.backward: the gradient for {input}").format(
            function=self.name, input=self._label(index)
        )
        if grad is None:
            message = translate("Gradcheck", "{where} is None; return a gradient for every input")
            return self._unchecked(index, message.format(where=where))
        try:
            grad = real_array("gradient", grad)
        except ValueError:
            what = getattr(grad, "dtype", type(grad).__name__)
            message = translate("Gradcheck", "{where} is not real numbers ({what}); return a float array")
            return self._unchecked(index, message.format(where=where, what=what))
        if grad.shape != x.shape:
            message = translate(
                "Gradcheck",
                "{where} has shape {shape}, expected {expected} (the input's shape); "
                "return one entry per entry of the input, never a shape that broadcasts to it",
            )
            return self._unchecked(index, message.format(where=where, shape=grad.shape, expected=x.shape))

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
                message = translate("Gradcheck", "{failure}, at a step of a finite difference")
                return self._unchecked(index, message.format(failure=failed))
            finally:
                x[entry_index] = saved
            numeric = (plus - minus) / (2 * self.eps)
            entry = float(grad[entry_index])
            error = abs(entry - numeric)
            if not math.isfinite(error):
                message = translate(
                    "Gradcheck", "{at}, not both finite; check with smaller inputs or a smaller eps"
                )
                failure = failure or message.format(at=self._at(index, entry_index, entry, numeric))
                continue
            worst_abs = max(worst_abs, error)
            worst_rel = max(worst_rel, error / max(abs(numeric), 1e-12))
            tolerance = self.atol + self.rtol * abs(numeric)
            if error > 0:
                worst_share = max(worst_share, error / tolerance if tolerance > 0 else math.inf)
            if not failure and error > tolerance:
                message = translate(
                    "Gradcheck", "{at}, |difference| {error} > atol + rtol·|numeric| = {tolerance}"
                )
                failure = message.format(
                    at=self._at(index, entry_index, entry, numeric),
                    error=number(error, ".3g"),
                    tolerance=number(tolerance, ".3g"),
                )
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

    def _at(self, index: int, entry_index: tuple[int, ...], entry: float, numeric: float) -> str:
        message = translate(
            "Gradcheck",
            "{function}: {input} (shape {shape}), entry {entry}: analytic {analytic}, numeric {numeric}",
        )
        return message.format(
            function=self.name,
            input=self._label(index),
            shape=self.values[index].shape,
            entry=entry_index,
            analytic=number(entry, ".6g"),
            numeric=number(numeric, ".6g"),
        )


def _input_label(index: int, name: str) -> str:
    """ "input 1 (W)", or "input 1" when forward has no names."""
    if name:
        return translate("Gradcheck", "input {index} ({name})").format(index=index, name=name)
    return translate("Gradcheck", "input {index}").format(index=index)


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

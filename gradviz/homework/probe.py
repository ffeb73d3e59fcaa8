"""Find a student's conventions by calling their Functions on chosen inputs, never from names alone.

Linear: the argument order ((X, W, b), (W, X, b), (W, b, X)...), W's layout ((n, p) with X @ W, or
(p, n) with X @ W.T as torch.nn.Linear stores it) and the bias shapes its forward accepts ((p,),
(1, p)). MSE: its reduction (the course's 1/q, a mean over all q·p entries, a sum, none, per-column
means, an unsquared norm...). Every probe uses shapes with q, n and p all different and > 1 and
random inputs, so that no two conventions give the same numbers.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

if TYPE_CHECKING:
    from .functions import CallResult, ChainResult, FunctionInfo, StudentError

__all__ = [
    "Backend",
    "Shape",
    "GENERAL",
    "ROW",
    "COLUMN",
    "SQUARE",
    "BIAS_SHAPES",
    "LAYOUTS",
    "REDUCTIONS",
    "LinearProbe",
    "MseProbe",
    "probe_linear",
    "probe_mse",
    "linear_arguments",
    "close",
]


class Backend(Protocol):
    """What the checks need from a loaded file: `Sandbox` and `InProcess` (see homework_interface.md)."""

    def functions(self) -> list[FunctionInfo]: ...

    def call(
        self,
        name: str,
        inputs: Sequence[np.ndarray],
        grad_output: np.ndarray | None = None,
        dtype: str = "float64",
    ) -> CallResult: ...

    def forward_many(
        self, name: str, input_sets: Sequence[Sequence[np.ndarray]], dtype: str = "float64"
    ) -> list[np.ndarray] | StudentError: ...

    def chain(
        self,
        linear: str,
        mse: str,
        linear_inputs: Sequence[np.ndarray],
        y: np.ndarray,
        dtype: str = "float32",
    ) -> ChainResult: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class Shape:
    """X is (q, n), W is (n, p), b is (p,) and Y is (q, p)."""

    q: int
    n: int
    p: int

    @property
    def label(self) -> str:
        return f"q={self.q} n={self.n} p={self.p}"


GENERAL = Shape(7, 5, 3)  # all different and > 1: n = 1 hides X * W, q = 1 a missing 1/q
ROW = Shape(1, 5, 3)  # q = 1
COLUMN = Shape(7, 1, 3)  # n = 1
SQUARE = Shape(4, 4, 4)  # every product of two of X, W, G runs: only to name a slip, never a verdict

BIAS_SHAPES: dict[str, Callable[[int], tuple[int, ...]]] = {
    "(p,)": lambda p: (p,),
    "(1, p)": lambda p: (1, p),
}
LAYOUTS = {
    "np": "W is (n, p) and the forward computes X @ W",
    "pn": "W is (p, n) and the forward computes X @ W.T",
}


def close(a: Any, b: Any, *, rtol: float = 1e-6, atol: float = 1e-9) -> bool:
    """Same shape and the same numbers, to float64 rounding (what probes and slips compare)."""
    if a is None or b is None:
        return False
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.shape != b.shape or not (np.isfinite(a).all() and np.isfinite(b).all()):
        return False
    return bool(np.allclose(a, b, rtol=rtol, atol=atol))


def linear_arguments(
    order: Sequence[str], layout: str, X: np.ndarray, W: np.ndarray, b: np.ndarray | None
) -> list[np.ndarray]:
    """(X, W, b), with W given in the course's (n, p) layout, as the student's forward takes them."""
    values = {"X": X, "W": W if layout == "np" else np.ascontiguousarray(W.T), "b": b}
    return [values[name] for name in order]  # type: ignore[misc]


@dataclass(frozen=True)
class LinearProbe:
    """What a Linear's forward accepts. `order` is None when no way of calling it worked."""

    order: tuple[str, ...] | None
    layout: str | None  # "np" or "pn"
    bias_shapes: tuple[str, ...]  # the keys of BIAS_SHAPES its forward accepts (runs, finite, (q, p))
    course_bias_shapes: tuple[str, ...]  # ... and where it computes XW + b
    found_at: Shape | None  # GENERAL, or COLUMN when nothing ran at GENERAL (X * W runs at n = 1 only)
    error: StudentError | None  # the first error with (X, W, b) in the course's order, at GENERAL

    @property
    def has_bias(self) -> bool:
        return self.order is not None and "b" in self.order

    @property
    def course_forward(self) -> bool:
        return bool(self.course_bias_shapes) and self.found_at == GENERAL


def probe_linear(backend: Backend, info: FunctionInfo, rng: np.random.Generator) -> LinearProbe:
    names = ("X", "W") if info.n_inputs == 2 else ("X", "W", "b")
    first_error: StudentError | None = None
    for shape in (GENERAL, COLUMN):
        found, error = _probe_linear_at(backend, info.name, names, shape, rng)
        first_error = first_error or error
        if found is not None:
            order, layout, accepted, course = found
            return LinearProbe(order, layout, accepted, course, shape, first_error)
    return LinearProbe(None, None, (), (), None, first_error)


def _probe_linear_at(
    backend: Backend, name: str, names: tuple[str, ...], shape: Shape, rng: np.random.Generator
) -> tuple[tuple[tuple[str, ...], str, tuple[str, ...], tuple[str, ...]] | None, StudentError | None]:
    q, n, p = shape.q, shape.n, shape.p
    X, W, b = rng.normal(size=(q, n)), rng.normal(size=(n, p)), rng.normal(size=p)
    expected = X @ W + (b if "b" in names else 0.0)
    biases = list(BIAS_SHAPES) if "b" in names else [""]
    first_error = None
    running: list[tuple[tuple[str, ...], str, tuple[str, ...]]] = []
    for order in itertools.permutations(names):
        for layout in LAYOUTS:
            accepted, course = [], []
            for bias in biases:
                args = linear_arguments(
                    order, layout, X, W, b.reshape(BIAS_SHAPES[bias](p)) if bias else None
                )
                result = backend.call(name, args)
                if result.error is not None and first_error is None:
                    first_error = result.error
                out = result.output
                if out is None or out.shape != (q, p) or not np.isfinite(out).all():
                    continue
                accepted.append(bias)
                if close(out, expected):
                    course.append(bias)
            if course:
                return (order, layout, tuple(accepted), tuple(course)), first_error
            if accepted:
                running.append((order, layout, tuple(accepted)))
    if running:  # it runs but computes something else: check its gradients all the same
        order, layout, runs = running[0]
        return (order, layout, runs, ()), first_error
    return None, first_error


# name -> (what the forward returns for the residual r = Ŷ − Y of shape (q, p))
REDUCTIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "course": lambda r: np.array(np.sum(r**2) / r.shape[0]),
    "mean": lambda r: np.array(np.mean(r**2)),
    "sum": lambda r: np.array(np.sum(r**2)),
    "none": lambda r: r**2,
    "column_mean": lambda r: np.mean(r**2, axis=0),
    "row_mean": lambda r: np.mean(r**2, axis=1),
    "norm": lambda r: np.array(np.sqrt(np.sum(r**2))),
}


@dataclass(frozen=True)
class MseProbe:
    """The reduction an MSE's forward applies; None when its forward did not run."""

    reduction: str | None  # a key of REDUCTIONS, "scaled" (factor × the sum) or "unknown"
    factor: float | None  # for "scaled": forward = factor · Σ (Ŷ − Y)²
    output_shape: tuple[int, ...] | None
    error: StudentError | None

    @property
    def course_forward(self) -> bool:
        return self.reduction == "course"


def probe_mse(backend: Backend, info: FunctionInfo, rng: np.random.Generator) -> MseProbe:
    q, p = GENERAL.q, GENERAL.p
    Y_hat, Y = rng.normal(size=(q, p)), rng.normal(size=(q, p))
    result = backend.call(info.name, [Y_hat, Y])
    out = result.output
    if out is None or not np.isfinite(out).all():
        return MseProbe(None, None, None if out is None else out.shape, result.error)
    r = Y_hat - Y
    for reduction, reduce in REDUCTIONS.items():
        expected = reduce(r)
        if out.size == expected.size and close(out.reshape(-1), expected.reshape(-1)):
            return MseProbe(reduction, None, out.shape, None)
    if out.size == 1:  # a multiple of the sum of squares? Then a second draw gives the same factor
        factor = float(out.reshape(())) / float(np.sum(r**2))
        Y_hat, Y = rng.normal(size=(q, p)), rng.normal(size=(q, p))
        again = backend.call(info.name, [Y_hat, Y]).output
        if (
            again is not None
            and again.size == 1
            and close(again.reshape(()), factor * np.sum((Y_hat - Y) ** 2))
        ):
            return MseProbe("scaled", factor, out.shape, None)
    return MseProbe("unknown", None, out.shape, None)

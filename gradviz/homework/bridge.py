"""A student's Linear and MSE as gradviz Functions, so that the Trainer and the Graph view use them.

The student's conventions (argument order, W's layout, b's shape) are mapped at the boundary: on
gradviz's side Linear always takes (X, W, b) with W (n, p) and b (p,). Arrays cross to torch in
float64. A gradient that comes back with more dimensions than its input is summed down as torch
does it (a (q, p) ∂b becomes (p,)): training then does what the student's own descent loop does,
while `gradviz check` reports the shape. An error in the student's code is raised as
StudentCodeError with its message and the line of their file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..engine import Context, Function
from .functions import (
    CallContext,
    FunctionInfo,
    StudentError,
    as_inputs,
    describe_error,
    forward_with_context,
    grads_tuple,
    no_grad,
    to_float64,
)
from .inprocess import InProcess
from .probe import BIAS_SHAPES, LinearProbe, linear_arguments, probe_linear

__all__ = ["StudentCodeError", "StudentFunctions", "bridge", "load_student_functions"]


class StudentCodeError(RuntimeError):
    """The student's forward or backward raised (or returned something that is not an array)."""

    def __init__(self, function: str, error: StudentError, where_line: str = "") -> None:
        self.function, self.error = function, error
        at = f" ({where_line})" if where_line else ""
        super().__init__(f"your {function}.{error.where} failed{at}: {error.message}")


class StudentFunctions:
    """The student's Linear and MSE as gradviz Function classes (`linear`, `mse`) for the Trainer."""

    def __init__(
        self,
        linear: tuple[FunctionInfo, type],
        mse: tuple[FunctionInfo, type],
        probe: LinearProbe,
        filename: str,
        describe_line: Callable[[int | None], str] | None = None,
    ) -> None:
        if probe.order is None or probe.layout is None or (probe.has_bias and not probe.bias_shapes):
            raise ValueError(
                f"{linear[0].name}'s forward did not run on (X, W, b): fix it, then load it again"
            )
        self.filename = filename
        self._describe = describe_line or (lambda line: "" if line is None else f"line {line}")
        self.linear = _linear_class(self, linear, probe)
        self.mse = _mse_class(self, mse)

    def forward(
        self, entry: tuple[FunctionInfo, type], inputs: Sequence[np.ndarray]
    ) -> tuple[np.ndarray, Any]:
        """The student's forward on float64 inputs: its output and its context (for `backward`)."""
        info, cls = entry
        try:
            tensors = as_inputs(info.base, inputs, "float64", requires_grad=True)
            ctx = CallContext(len(tensors))
            with no_grad(info.base):
                output = to_float64(forward_with_context(cls, info, ctx, tensors), "forward")
        except Exception as error:
            raise self._error(info, error, "forward") from None
        return output, ctx

    def backward(
        self, entry: tuple[FunctionInfo, type], ctx: Any, grad_output: np.ndarray
    ) -> tuple[np.ndarray | None, ...]:
        info, cls = entry
        student: Any = cls
        try:
            g = as_inputs(info.base, [grad_output], "float64", requires_grad=False)[0]
            with no_grad(info.base):
                grads = grads_tuple(student.backward(ctx, g))
        except Exception as error:
            raise self._error(info, error, "backward") from None
        return grads

    def _error(self, info: FunctionInfo, raw: BaseException, where: str) -> StudentCodeError:
        error = describe_error(raw, where, self.filename)
        return StudentCodeError(info.name, error, self._describe(error.line))


def load_student_functions(path: str | Path, seed: int = 0) -> StudentFunctions:
    """Load `path` in this process and bridge its Linear and MSE (by their probed conventions).

    ValueError (LoadError among them) with one line when the file does not load, lacks one of
    the two, or its Linear's forward runs in no convention.
    """
    backend = InProcess.from_path(path)
    by_role: dict[str, FunctionInfo] = {}
    for info in backend.functions():
        by_role.setdefault(info.role, info)
    missing = [{"linear": "Linear", "mse": "MSE"}[role] for role in ("linear", "mse") if role not in by_role]
    if missing:
        found = ", ".join(info.name for info in backend.functions()) or "none"
        ways = " and ".join(f"`class {name}(torch.autograd.Function):`" for name in missing)
        raise ValueError(
            f"{Path(path).name} has no {' and no '.join(missing)} Function (found: {found}): define "
            f"{ways} in it (or bind `{missing[0].lower()} = YourClass.apply`)"
        )
    linear, mse = by_role["linear"], by_role["mse"]
    if linear.base != mse.base:
        raise ValueError(
            f"{linear.name} is a {linear.base} Function and {mse.name} a {mse.base} one: use one kind"
        )
    probe = probe_linear(backend, linear, np.random.default_rng(seed))
    return StudentFunctions(
        (linear, backend.function_class(linear.name)),
        (mse, backend.function_class(mse.name)),
        probe,
        str(path),
        backend.describe_line,
    )


def bridge(
    linear: tuple[FunctionInfo, type],
    mse: tuple[FunctionInfo, type],
    probe: LinearProbe,
    filename: str,
    describe_line: Callable[[int | None], str] | None = None,
) -> StudentFunctions:
    return StudentFunctions(linear, mse, probe, filename, describe_line)


def _arrays(saved: Sequence[Any]) -> tuple[np.ndarray, ...]:
    """What the student's Context saved, as float64 arrays for the Graph view (anything else is left out)."""
    arrays = []
    for value in saved:
        try:
            arrays.append(to_float64(value, "save_for_backward"))
        except Exception:  # a student may save anything
            pass
    return tuple(arrays)


def _sum_to(grad: np.ndarray | None, shape: tuple[int, ...]) -> np.ndarray | None:
    """torch's rule: a gradient with extra leading dimensions, or 1s to broadcast, is summed down."""
    if grad is None or grad.shape == shape:
        return grad
    try:
        extra = grad.ndim - len(shape)
        reduced = grad.sum(axis=tuple(range(extra))) if extra > 0 else grad
        axes = tuple(i for i, size in enumerate(shape) if size == 1 and reduced.shape[i] != 1)
        reduced = reduced.sum(axis=axes, keepdims=True) if axes else reduced
        return reduced.reshape(shape) if reduced.size == int(np.prod(shape)) else grad
    except (ValueError, IndexError):
        return grad  # the wrong shape, left for the Trainer to refuse with both shapes


def _linear_class(
    owner: StudentFunctions, entry: tuple[FunctionInfo, type], probe: LinearProbe
) -> type[Function]:
    order, layout = probe.order, probe.layout
    assert order is not None and layout is not None
    bias = probe.bias_shapes[0] if probe.has_bias else ""

    def student_inputs(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
        b_theirs = b.reshape(BIAS_SHAPES[bias](W.shape[1])) if bias else None
        return linear_arguments(order, layout, X, W, b_theirs)

    def forward(ctx: Any, X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
        output, ctx.student = owner.forward(entry, student_inputs(X, W, b))
        ctx.shapes = (X.shape, W.shape, b.shape)
        ctx.save_for_backward(*_arrays(ctx.student.saved_tensors))
        return output

    def backward(ctx: Context, grad_output: np.ndarray) -> tuple[np.ndarray | None, ...]:
        X_shape, W_shape, b_shape = ctx.shapes
        by_name = dict(zip(order, owner.backward(entry, ctx.student, grad_output)))
        grad_W = by_name.get("W")
        if grad_W is not None and layout == "pn":
            grad_W = grad_W.T
        grad_b = _sum_to(by_name.get("b"), b_shape) if bias else np.zeros(b_shape)
        return _sum_to(by_name.get("X"), X_shape), _sum_to(grad_W, W_shape), grad_b

    return _named(entry[0].name, forward, backward)


def _mse_class(owner: StudentFunctions, entry: tuple[FunctionInfo, type]) -> type[Function]:
    def forward(ctx: Any, Y_hat: np.ndarray, Y: np.ndarray) -> float:
        output, ctx.student = owner.forward(entry, [Y_hat, Y])
        ctx.output_shape, ctx.Y_hat_shape = output.shape, Y_hat.shape
        ctx.save_for_backward(*_arrays(ctx.student.saved_tensors))
        return float(output.sum())  # an unreduced (q, p) loss is summed, as loss.sum().backward() does

    def backward(ctx: Context, grad_output: float) -> tuple[np.ndarray | None, ...]:
        seed = np.full(ctx.output_shape, float(grad_output))
        grads = owner.backward(entry, ctx.student, seed)
        return _sum_to(grads[0] if grads else None, ctx.Y_hat_shape), None

    return _named(entry[0].name, forward, backward)


def _named(name: str, forward: Any, backward: Any) -> type[Function]:
    """A gradviz Function named as the student's class, so the Graph view shows their name."""
    return type(name, (Function,), {"forward": staticmethod(forward), "backward": staticmethod(backward)})

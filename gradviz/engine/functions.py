"""The two Functions of linear regression, Linear (XW + b) and MSE, and the graph they make.

The graph C = MSE(Linear(X, W, b), Y) may be built from a user's own Linear and MSE
(subclasses of Function). Their every output and gradient is then checked, and a
fault is a FunctionError naming the Function and the method that made it.
"""

from __future__ import annotations

import inspect
import traceback
from pathlib import Path
from typing import Any

import numpy as np

from .autograd import Context, Function, Variable, check_input_count

__all__ = [
    "Linear",
    "MSE",
    "FunctionError",
    "check_functions",
    "check_linear_shapes",
    "graph_gradient",
    "regression_backward",
    "regression_graph",
]


def check_linear_shapes(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> None:
    """Raise ValueError naming both shapes unless X (q,n), W (n,p), b (p,)."""
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D (q, n), got shape {X.shape}")
    if W.ndim != 2:
        raise ValueError(f"W must be 2-D (n, p), got shape {W.shape}")
    if W.shape[0] != X.shape[1]:
        raise ValueError(
            f"W has {W.shape[0]} rows but X has {X.shape[1]} columns: "
            f"X is {X.shape}, W is {W.shape}; W must be ({X.shape[1]}, p)"
        )
    if b.shape != (W.shape[1],):
        raise ValueError(f"b must have shape ({W.shape[1]},) to match W {W.shape}, got {b.shape}")


class Linear(Function):
    """f(X, W, b) = XW + b, with b added to every row."""

    @staticmethod
    def forward(ctx: Context, X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
        check_linear_shapes(X, W, b)
        ctx.save_for_backward(X, W)
        output = X @ W
        output += b
        return output

    @staticmethod
    def backward(ctx: Context, grad_output: np.ndarray) -> tuple[np.ndarray | None, ...]:
        X, W = ctx.saved_tensors
        G = grad_output
        grad_X = G @ W.T if ctx.needs_grad(0) else None
        grad_W = X.T @ G if ctx.needs_grad(1) else None
        grad_b = G.sum(axis=0) if ctx.needs_grad(2) else None
        return grad_X, grad_W, grad_b


class MSE(Function):
    """mse(Ŷ, Y) = (1/q) Σᵢⱼ (Ŷᵢⱼ − Yᵢⱼ)², with q the number of rows."""

    @staticmethod
    def forward(ctx: Context, Y_hat: np.ndarray, Y: np.ndarray) -> float:
        if Y_hat.shape != Y.shape:
            raise ValueError(f"MSE needs equal shapes: Ŷ is {Y_hat.shape}, Y is {Y.shape}")
        if Y.ndim != 2:
            raise ValueError(f"MSE expects 2-D (q, p) arrays, got shape {Y.shape}")
        if Y.shape[0] == 0:
            raise ValueError(f"MSE needs at least one row to average over, got shape {Y.shape}")
        residual = Y_hat - Y
        ctx.save_for_backward(residual)
        return float(np.vdot(residual, residual)) / Y.shape[0]

    @staticmethod
    def backward(ctx: Context, grad_output: float) -> tuple[np.ndarray | None, ...]:
        (residual,) = ctx.saved_tensors
        grad_Y_hat = (2.0 * grad_output / residual.shape[0]) * residual
        grad_Y = -grad_Y_hat if ctx.needs_grad(1) else None
        return (grad_Y_hat if ctx.needs_grad(0) else None), grad_Y


class FunctionError(ValueError):
    """A user's Function failed in forward or backward; whoever called it took no step.

    It raised (`original` is that exception), or returned an output or a gradient of the
    wrong shape or, at a finite loss, not finite (`original` is None). `function` is the
    class, `method` "forward" or "backward", and `filename` and `line` say where in the
    Function's own file it raised (None when unknown).
    """

    def __init__(
        self, function: type[Function], method: str, problem: str, original: BaseException | None = None
    ) -> None:
        self.function, self.method, self.original = function, method, original
        self.filename, self.line = _raised_at(function, original)
        at = f" (line {self.line} of {Path(self.filename).name})" if self.filename else ""
        name = function.__name__
        super().__init__(
            f"{name}.{method} {problem}{at}; the step was not taken: fix {name}, "
            "or train with gradviz's own Linear and MSE"
        )


def _raised_at(function: type[Function], error: BaseException | None) -> tuple[str | None, int | None]:
    """The innermost line of `error`'s traceback in the file that defines `function`."""
    try:
        source = inspect.getsourcefile(function)
    except TypeError:  # defined where no file says (a built-in, an interactive session)
        return None, None
    frames = [] if error is None else traceback.extract_tb(error.__traceback__)
    lines = [frame.lineno for frame in frames if frame.filename == source]
    return (source, lines[-1]) if lines else (None, None)


def _raised(function: type[Function], method: str, error: Exception) -> FunctionError:
    return FunctionError(function, method, f"raised {type(error).__name__}: {error}", error)


def check_functions(linear: Any, mse: Any) -> None:
    """TypeError unless both are Function classes, ValueError unless they take (X, W, b) and (Ŷ, Y)."""
    for role, function, count in (("linear", linear, 3), ("mse", mse, 2)):
        if not (isinstance(function, type) and issubclass(function, Function)):
            got = f"an instance of {type(function).__name__}" if not isinstance(function, type) else function
            raise TypeError(
                f"{role} must be a Function class (a subclass of gradviz.engine.Function), got {got}: "
                "pass the class itself, not an instance or its apply"
            )
        check_input_count(function, count)


def _is_own(linear: type[Function], mse: type[Function]) -> bool:
    return linear is Linear and mse is MSE


def graph_gradient(
    X: np.ndarray,
    Y: np.ndarray,
    theta: np.ndarray,
    *,
    linear: type[Function] = Linear,
    mse: type[Function] = MSE,
) -> np.ndarray:
    """∇C at θ = [W; bᵀ] on (X, Y), through mse(linear(X, W, b), Y) and backward; shaped like θ.

    A user's `linear` and `mse` get read-only data and copies of W and b, and are
    checked (FunctionError).
    """
    if _is_own(linear, mse):
        W = Variable(theta[:-1], requires_grad=True)
        b = Variable(theta[-1], requires_grad=True)
        MSE.apply(Linear.apply(X, W, b), Y).backward()
        grad_W, grad_b = W.grad, b.grad
    else:
        loss = regression_graph(
            _read_only(X), _read_only(Y), theta[:-1].copy(), theta[-1].copy(), linear=linear, mse=mse
        )
        grad_W, grad_b = regression_backward(loss)
    grad = np.empty_like(theta)
    grad[:-1], grad[-1] = grad_W, grad_b
    return grad


def _read_only(array: np.ndarray) -> np.ndarray:
    view = array.view()
    view.flags.writeable = False
    return view


def regression_graph(
    X: np.ndarray,
    Y: np.ndarray,
    W: np.ndarray,
    b: np.ndarray,
    *,
    linear: type[Function] = Linear,
    mse: type[Function] = MSE,
) -> Variable:
    """C = mse(linear(X, W, b), Y) with its leaves named X, W, b and Y, for backward and trace().

    W and b require a gradient; the data do not. Whatever the classes are called, the
    two outputs are named by their roles, Linear (Ŷ) and MSE (C); a traced node's
    `function` is the class itself. A user's `linear` must return Ŷ of shape (q, p)
    and `mse` a scalar, or FunctionError; run backward with `regression_backward`.
    """
    leaves = (
        Variable(X, name="X"),
        Variable(W, requires_grad=True, name="W"),
        Variable(b, requires_grad=True, name="b"),
    )
    Y_leaf = Variable(Y, name="Y")
    if _is_own(linear, mse):
        return MSE.apply(Linear.apply(*leaves), Y_leaf)
    check_functions(linear, mse)
    Y_hat = _forward(linear, *leaves)
    expected = (leaves[0].shape[0], leaves[1].shape[1])
    if Y_hat.shape != expected:
        raise FunctionError(
            linear,
            "forward",
            f"returned shape {Y_hat.shape}, but XW + b is {expected} for X {leaves[0].shape}, "
            f"W {leaves[1].shape} and b {leaves[2].shape}",
        )
    Y_hat.name = "Linear"
    loss = _forward(mse, Y_hat, Y_leaf)
    if np.size(loss.value) != 1:
        raise FunctionError(
            mse,
            "forward",
            f"returned shape {loss.shape}, but the loss is one number: reduce the squared errors "
            "(the course's mse divides their sum by q)",
        )
    loss.name = "MSE"
    return loss


def _forward(function: type[Function], *inputs: Variable) -> Variable:
    try:
        return function.apply(*inputs)
    except Exception as error:
        raise _raised(function, "forward", error) from error


def regression_backward(loss: Variable) -> tuple[np.ndarray, np.ndarray]:
    """Run backward from a `regression_graph`'s loss; return ∂C/∂W and ∂C/∂b (also in W.grad, b.grad).

    With gradviz's own Functions, this is `loss.backward()`. With a user's, it does what
    backward does on this graph, one Function at a time, so that a fault is pinned on the
    Function that made it: every gradient must have its input's shape and, at a finite
    loss, be finite (FunctionError, not a silent broadcast).
    """
    mse, mse_ctx, (Y_hat, _) = _creator(loss)
    linear, linear_ctx, (_, W, b) = _creator(Y_hat)
    if _is_own(linear, mse):
        loss.backward()
        return np.asarray(W.grad), np.asarray(b.grad)
    finite = bool(np.isfinite(loss.value).all())
    loss.grad = 1.0
    (grad_Y_hat, _) = _backward(mse, mse_ctx, 1.0, 2)
    Y_hat.grad = _gradient(mse, "∂C/∂Ŷ", grad_Y_hat, Y_hat, "Ŷ", finite)
    (_, grad_W, grad_b) = _backward(linear, linear_ctx, Y_hat.grad, 3)
    W.grad = grad_W = _gradient(linear, "∂C/∂W", grad_W, W, "W", finite)
    b.grad = grad_b = _gradient(linear, "∂C/∂b", grad_b, b, "b", finite)
    return grad_W, grad_b


def _creator(variable: Variable) -> tuple[type[Function], Context, tuple[Variable, ...]]:
    if variable._creator is None:
        raise ValueError("regression_backward needs the loss that regression_graph returned")
    return variable._creator


def _backward(function: type[Function], ctx: Context, grad_output: Any, count: int) -> tuple[Any, ...]:
    try:
        grads = function.backward(ctx, grad_output)
    except Exception as error:
        raise _raised(function, "backward", error) from error
    if not isinstance(grads, tuple | list) or len(grads) != count:
        got = f"{len(grads)} values" if isinstance(grads, tuple | list) else f"a {type(grads).__name__}"
        raise FunctionError(
            function,
            "backward",
            f"returned {got}, but its forward takes {count} inputs: return one gradient per input, "
            "in order (None for an input that needs none)",
        )
    return tuple(grads)


def _gradient(
    function: type[Function], label: str, grad: Any, variable: Variable, name: str, finite: bool
) -> np.ndarray:
    """`grad` as a float array when it is a gradient for `variable`; FunctionError saying why not."""
    if grad is None:
        raise FunctionError(function, "backward", f"returned None for {label}, which training needs")
    array = np.asarray(grad)
    if array.dtype.kind not in "biuf":
        raise FunctionError(
            function, "backward", f"returned {label} of dtype {array.dtype}, not real numbers"
        )
    if array.shape != variable.shape:
        raise FunctionError(
            function,
            "backward",
            f"returned {label} of shape {array.shape}, but {name} is {variable.shape}: "
            "each gradient has its input's shape",
        )
    if finite and not np.isfinite(array).all():
        raise FunctionError(
            function, "backward", f"returned {label} with NaN or infinite values, at a finite loss"
        )
    return array.astype(np.float64, copy=False)

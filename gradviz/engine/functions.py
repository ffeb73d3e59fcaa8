"""The two Functions of linear regression: Linear (XW + b) and MSE."""

from __future__ import annotations

import numpy as np

from .autograd import Context, Function, Variable

__all__ = ["Linear", "MSE", "check_linear_shapes", "graph_gradient", "regression_graph"]


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


def graph_gradient(X: np.ndarray, Y: np.ndarray, theta: np.ndarray) -> np.ndarray:
    """∇C at θ = [W; bᵀ] on (X, Y), through MSE(Linear(X, W, b), Y) and backward(); shaped like θ."""
    W = Variable(theta[:-1], requires_grad=True)
    b = Variable(theta[-1], requires_grad=True)
    MSE.apply(Linear.apply(X, W, b), Y).backward()
    grad = np.empty_like(theta)
    grad[:-1], grad[-1] = W.grad, b.grad
    return grad


def regression_graph(X: np.ndarray, Y: np.ndarray, W: np.ndarray, b: np.ndarray) -> Variable:
    """C = MSE(Linear(X, W, b), Y) with its leaves named X, W, b and Y, for backward() and trace().

    W and b require a gradient; the data do not.
    """
    leaves = (
        Variable(X, name="X"),
        Variable(W, requires_grad=True, name="W"),
        Variable(b, requires_grad=True, name="b"),
    )
    return MSE.apply(Linear.apply(*leaves), Variable(Y, name="Y"))

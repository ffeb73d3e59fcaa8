"""Correct; W stored (p, n) as torch.nn.Linear does: X @ W.T."""
import torch


class Linear(torch.autograd.Function):
    @staticmethod
    def forward(ctx, X, W, b):
        ctx.save_for_backward(X, W)
        return X @ W.T + b

    @staticmethod
    def backward(ctx, g):
        X, W = ctx.saved_tensors
        return g @ W, g.T @ X, g.sum(0)


class MSE(torch.autograd.Function):
    """The course's mse: the homework is both Functions."""

    @staticmethod
    def forward(ctx, yhat, y):
        ctx.save_for_backward(yhat, y)
        return ((yhat - y) ** 2).sum() / y.shape[0]

    @staticmethod
    def backward(ctx, g):
        yhat, y = ctx.saved_tensors
        d = 2 * (yhat - y) / y.shape[0] * g
        return d, -d

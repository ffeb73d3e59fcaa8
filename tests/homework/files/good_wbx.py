"""Correct; Linear takes (W, b, X)."""
import torch


class Linear(torch.autograd.Function):
    @staticmethod
    def forward(ctx, W, b, X):
        ctx.save_for_backward(W, X)
        return X @ W + b

    @staticmethod
    def backward(ctx, g):
        W, X = ctx.saved_tensors
        return X.T @ g, g.sum(0), g @ W.T


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

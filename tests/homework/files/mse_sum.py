"""MSE as a plain sum, consistently."""
import torch


class MSE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, yhat, y):
        ctx.save_for_backward(yhat, y)
        return ((yhat - y) ** 2).sum()

    @staticmethod
    def backward(ctx, g):
        yhat, y = ctx.saved_tensors
        return 2 * (yhat - y) * g, -2 * (yhat - y) * g


class Linear(torch.autograd.Function):
    """The course's Linear: the homework is both Functions."""

    @staticmethod
    def forward(ctx, X, W, b):
        ctx.save_for_backward(X, W)
        return X @ W + b

    @staticmethod
    def backward(ctx, g):
        X, W = ctx.saved_tensors
        return g @ W.T, X.T @ g, g.sum(0)

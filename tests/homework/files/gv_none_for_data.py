"""Correct, returning None for the data (X of Linear, Y of MSE), as torch code often does."""
from gradviz.engine import Function


class Linear(Function):
    @staticmethod
    def forward(ctx, X, W, b):
        ctx.save_for_backward(X)
        return X @ W + b

    @staticmethod
    def backward(ctx, g):
        (X,) = ctx.saved_tensors
        return None, X.T @ g, g.sum(axis=0)


class MSE(Function):
    @staticmethod
    def forward(ctx, yhat, y):
        ctx.save_for_backward(yhat - y)
        return float(((yhat - y) ** 2).sum()) / y.shape[0]

    @staticmethod
    def backward(ctx, g):
        (r,) = ctx.saved_tensors
        return 2 * r / r.shape[0] * g, None

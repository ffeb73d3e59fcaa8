"""A right Linear; an MSE whose backward is wrong in no known way (the residual cubed)."""
from gradviz.engine import Function


class Linear(Function):
    @staticmethod
    def forward(ctx, X, W, b):
        ctx.save_for_backward(X, W)
        return X @ W + b

    @staticmethod
    def backward(ctx, g):
        X, W = ctx.saved_tensors
        return g @ W.T, X.T @ g, g.sum(axis=0)


class MSE(Function):
    @staticmethod
    def forward(ctx, yhat, y):
        ctx.save_for_backward(yhat - y)
        return float(((yhat - y) ** 2).sum()) / y.shape[0]

    @staticmethod
    def backward(ctx, g):
        (r,) = ctx.saved_tensors
        return 2 * r**3 / r.shape[0] * g, -2 * r**3 / r.shape[0] * g

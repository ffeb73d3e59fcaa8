"""gradviz Functions with slips: ∂b unreduced, 1/q dropped in backward, ∂Y's sign flipped."""
from gradviz.engine import Function


class Linear(Function):
    @staticmethod
    def forward(ctx, X, W, b):
        ctx.save_for_backward(X, W)
        return X @ W + b

    @staticmethod
    def backward(ctx, g):
        X, W = ctx.saved_tensors
        return g @ W.T, X.T @ g, g


class MSE(Function):
    @staticmethod
    def forward(ctx, yhat, y):
        ctx.save_for_backward(yhat - y)
        return float(((yhat - y) ** 2).sum()) / y.shape[0]

    @staticmethod
    def backward(ctx, g):
        (r,) = ctx.saved_tensors
        return 2 * r * g, 2 * r * g

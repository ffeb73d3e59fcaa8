"""A right MSE and no Linear (gradviz's own Function): half the homework, so it must not pass."""
from gradviz.engine import Function


class MSE(Function):
    @staticmethod
    def forward(ctx, yhat, y):
        ctx.save_for_backward(yhat - y)
        return float(((yhat - y) ** 2).sum()) / y.shape[0]

    @staticmethod
    def backward(ctx, g):
        (r,) = ctx.saved_tensors
        return 2 * r / r.shape[0] * g, -2 * r / r.shape[0] * g

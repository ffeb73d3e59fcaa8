"""Wrong: None for W, a parameter (a descent loop needs ∂W)."""
from gradviz.engine import Function


class Linear(Function):
    @staticmethod
    def forward(ctx, X, W, b):
        ctx.save_for_backward(X, W)
        return X @ W + b

    @staticmethod
    def backward(ctx, g):
        X, W = ctx.saved_tensors
        return g @ W.T, None, g.sum(axis=0)

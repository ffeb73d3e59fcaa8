"""MSE as the unsquared norm ‖Ŷ − Y‖."""
import torch


class MSE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, yhat, y):
        norm = torch.linalg.norm(yhat - y)
        ctx.save_for_backward(yhat, y, norm)
        return norm

    @staticmethod
    def backward(ctx, g):
        yhat, y, norm = ctx.saved_tensors
        d = (yhat - y) / norm * g
        return d, -d


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

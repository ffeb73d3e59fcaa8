"""Correct torch Functions; MSE returns None for Y (fine for training, refused by gradcheck on y)."""
import torch


class Linear(torch.autograd.Function):
    @staticmethod
    def forward(ctx, X, W, b):
        ctx.save_for_backward(X, W)
        return X @ W + b

    @staticmethod
    def backward(ctx, grad_output):
        X, W = ctx.saved_tensors
        return grad_output @ W.T, X.T @ grad_output, grad_output.sum(0)


class MSE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, yhat, y):
        ctx.save_for_backward(yhat, y)
        return ((yhat - y) ** 2).sum() / y.shape[0]

    @staticmethod
    def backward(ctx, grad_output):
        yhat, y = ctx.saved_tensors
        return 2 * (yhat - y) / y.shape[0] * grad_output, None


linear = Linear.apply
mse = MSE.apply

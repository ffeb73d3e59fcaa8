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

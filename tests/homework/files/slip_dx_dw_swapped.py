"""Slip: ∂X and ∂W swapped."""
import torch


class Linear(torch.autograd.Function):
    @staticmethod
    def forward(ctx, X, W, b):
        ctx.save_for_backward(X, W)
        return X @ W + b

    @staticmethod
    def backward(ctx, g):
        X, W = ctx.saved_tensors
        return X.T @ g, g @ W.T, g.sum(0)

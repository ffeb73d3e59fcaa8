"""Does not parse."""
import torch


class Linear(torch.autograd.Function):
    @staticmethod
    def forward(ctx, X, W, b)
        return X @ W + b

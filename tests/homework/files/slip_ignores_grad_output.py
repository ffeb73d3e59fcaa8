"""Slip: backward ignores grad_output."""
import torch


class MSE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, yhat, y):
        ctx.save_for_backward(yhat, y)
        return ((yhat - y) ** 2).sum() / y.shape[0]

    @staticmethod
    def backward(ctx, g):
        yhat, y = ctx.saved_tensors
        d = 2 * (yhat - y) / y.shape[0]
        return d, -d

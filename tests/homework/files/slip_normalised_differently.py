"""Slip: forward averages over q·p, backward divides by q."""
import torch


class MSE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, yhat, y):
        ctx.save_for_backward(yhat, y)
        return ((yhat - y) ** 2).mean()

    @staticmethod
    def backward(ctx, g):
        yhat, y = ctx.saved_tensors
        d = 2 * (yhat - y) / y.shape[0] * g
        return d, -d

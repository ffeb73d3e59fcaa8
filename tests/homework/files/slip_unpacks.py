"""Slip: backward unpacks a tensor forward never saved."""
import torch


class MSE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, yhat, y):
        ctx.save_for_backward(yhat, y)
        return ((yhat - y) ** 2).sum() / y.shape[0]

    @staticmethod
    def backward(ctx, g):
        yhat, y, q = ctx.saved_tensors
        d = 2 * (yhat - y) / q * g
        return d, -d

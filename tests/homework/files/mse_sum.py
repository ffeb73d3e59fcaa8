"""MSE as a plain sum, consistently."""
import torch


class MSE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, yhat, y):
        ctx.save_for_backward(yhat, y)
        return ((yhat - y) ** 2).sum()

    @staticmethod
    def backward(ctx, g):
        yhat, y = ctx.saved_tensors
        return 2 * (yhat - y) * g, -2 * (yhat - y) * g

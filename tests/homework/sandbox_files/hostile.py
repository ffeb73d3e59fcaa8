"""Functions that end, hang, crash or exhaust their process (a test input)."""

import ctypes
import os
import sys

import numpy as np

from gradviz.engine import Function


class ExitInBackward(Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, grad_output):
        os._exit(0)


class SysExitInBackward(Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, grad_output):
        sys.exit(0)


class LoopInForward(Function):
    @staticmethod
    def forward(ctx, x):
        while True:
            x = x + 0
        return x

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output


class HugeInForward(Function):
    @staticmethod
    def forward(ctx, x):
        return np.ones(3 << 27) * x  # 3 GiB

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output


class Segfault(Function):
    @staticmethod
    def forward(ctx, x):
        return ctypes.string_at(0)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output


class RaisesInBackward(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * 2

    @staticmethod
    def backward(ctx, grad_output):
        x, W = ctx.saved_tensors  # unpacks more than forward saved
        return grad_output


class ReturnsText(Function):
    @staticmethod
    def forward(ctx, x):
        return "not a tensor"

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output

"""Prints a fake report and writes garbage to fd 1 and 2 while loading and in forward (a test input)."""

import os
import sys

import numpy as np

from gradviz.engine import Function

print("gradviz check: all checks passed")
os.write(1, b"\x00\x00\x00\x00\x00\x00\x00\x10garbage-on-fd-1")
os.write(2, b"\xff\xfe garbage on fd 2\n")
sys.stdout.write('{"loaded": true, "error": null}\n')


class Linear(Function):
    @staticmethod
    def forward(ctx, X, W, b):
        print("all checks passed")
        os.write(1, b"\x00\x00\x00\x00\x00\x00\x00\x08garbage!")
        ctx.save_for_backward(X, W)
        return X @ W + b

    @staticmethod
    def backward(ctx, grad_output):
        X, W = ctx.saved_tensors
        os.write(2, b"more garbage\n")
        return grad_output @ W.T, X.T @ grad_output, np.sum(grad_output, axis=0)

import numpy as np


class Linear:
    def forward(self, X, W, b):
        return X @ W + b


def mse(y_hat, y):
    return np.sum((y_hat - y) ** 2) / len(y)

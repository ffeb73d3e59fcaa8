"""First-order optimizers with explicit, restorable state.

`step(params, grads)` updates each parameter array in place and touches nothing
else. Per-parameter state lives in `buffers`; `state_vector()` flattens it (with
the step count) so that a run can be rewound to an exact earlier state.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

import numpy as np

__all__ = ["GD", "Momentum", "RMSProp", "Adam", "Optimizer", "OPTIMIZERS", "make_optimizer"]


def _check_decay(name: str, value: float) -> float:
    """A decay rate like momentum's β must lie in [0, 1); 1 or more never forgets and diverges."""
    value = float(value)
    if not 0 <= value < 1:
        raise ValueError(f"{name} must be at least 0 and below 1, got {value:g}")
    return value


def _check_positive(name: str, value: float) -> float:
    value = float(value)
    if not (value > 0 and np.isfinite(value)):
        raise ValueError(f"{name} must be a positive number, got {value:g}")
    return value


class Optimizer:
    name: ClassVar[str] = ""
    buffer_names: ClassVar[tuple[str, ...]] = ()

    def __init__(self, lr: float = 0.01) -> None:
        self.lr = lr
        self.reset()

    def reset(self) -> None:
        """Forget all state, as if no step had been taken."""
        self.t = 0
        self._flat: np.ndarray | None = None  # every buffer, end to end
        self._slots: list[tuple[np.ndarray, ...]] = []  # per parameter: views into _flat

    def step(self, params: Sequence[np.ndarray], grads: Sequence[np.ndarray]) -> None:
        if self._flat is None:
            self._allocate(params)
        self.t += 1
        for p, g, buffers in zip(params, grads, self._slots):
            self._update(p, g, *buffers)

    def _update(self, p: np.ndarray, g: np.ndarray, *buffers: np.ndarray) -> None:
        raise NotImplementedError

    def _allocate(self, params: Sequence[np.ndarray]) -> None:
        size = sum(p.size for p in params)
        self._flat = np.zeros(len(self.buffer_names) * size)
        slots: list[list[np.ndarray]] = [[] for _ in params]
        offset = 0
        for _ in self.buffer_names:
            for slot, p in zip(slots, params):
                slot.append(self._flat[offset : offset + p.size].reshape(p.shape))
                offset += p.size
        self._slots = [tuple(slot) for slot in slots]

    @property
    def buffers(self) -> dict[str, list[np.ndarray]]:
        """The state by name, one array per parameter (empty before the first step)."""
        if not self._slots:
            return {}
        return {n: [slot[k] for slot in self._slots] for k, n in enumerate(self.buffer_names)}

    def hyperparameters(self) -> dict[str, float | bool]:
        """The settings besides lr, by name (what a control panel shows)."""
        return {}

    def state_vector(self, params: Sequence[np.ndarray]) -> np.ndarray:
        """All state as one flat float array: the buffers in order, then t."""
        out = np.zeros(self.state_size(sum(p.size for p in params)))
        self.write_state(out)
        return out

    def write_state(self, out: np.ndarray) -> None:
        """Fill `out`, of length `state_size(n_params)`, with `state_vector` in place."""
        out[:-1] = 0.0 if self._flat is None else self._flat
        out[-1] = self.t

    def load_state_vector(self, vector: np.ndarray, params: Sequence[np.ndarray]) -> None:
        """Inverse of `state_vector` for parameters shaped like `params`."""
        self._allocate(params)
        self._flat[:] = vector[:-1]
        self.t = int(vector[-1])

    @classmethod
    def state_size(cls, n_params: int) -> int:
        return len(cls.buffer_names) * n_params + 1


class GD(Optimizer):
    """Plain gradient descent: θ ← θ − lr·g."""

    name = "gd"

    def _update(self, p, g):
        p -= self.lr * g


class Momentum(Optimizer):
    """Heavy-ball momentum: v ← βv + g; θ ← θ − lr·v (Nesterov: θ ← θ − lr·(g + βv))."""

    name = "momentum"
    buffer_names = ("velocity",)

    def __init__(self, lr: float = 0.01, beta: float = 0.9, nesterov: bool = False) -> None:
        self.beta = _check_decay("momentum β", beta)
        self.nesterov = nesterov
        super().__init__(lr)

    def _update(self, p, g, v):
        v *= self.beta
        v += g
        p -= self.lr * (g + self.beta * v if self.nesterov else v)

    def hyperparameters(self):
        return {"beta": self.beta, "nesterov": self.nesterov}


class RMSProp(Optimizer):
    """s ← ρs + (1−ρ)g²; θ ← θ − lr·g/(√s + ε)."""

    name = "rmsprop"
    buffer_names = ("square_avg",)

    def __init__(self, lr: float = 0.01, rho: float = 0.9, eps: float = 1e-8) -> None:
        self.rho = _check_decay("RMSProp ρ", rho)
        self.eps = _check_positive("RMSProp ε", eps)
        super().__init__(lr)

    def _update(self, p, g, s):
        s *= self.rho
        s += (1 - self.rho) * g * g
        p -= self.lr * g / (np.sqrt(s) + self.eps)

    def hyperparameters(self):
        return {"rho": self.rho, "eps": self.eps}


class Adam(Optimizer):
    """Adam with bias correction (Kingma & Ba, 2015)."""

    name = "adam"
    buffer_names = ("m", "v")

    def __init__(self, lr: float = 0.01, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8) -> None:
        self.beta1 = _check_decay("Adam β1", beta1)
        self.beta2 = _check_decay("Adam β2", beta2)
        self.eps = _check_positive("Adam ε", eps)
        super().__init__(lr)

    def _update(self, p, g, m, v):
        m *= self.beta1
        m += (1 - self.beta1) * g
        v *= self.beta2
        v += (1 - self.beta2) * g * g
        m_hat = m / (1 - self.beta1**self.t)
        v_hat = v / (1 - self.beta2**self.t)
        p -= self.lr * m_hat / (np.sqrt(v_hat) + self.eps)

    def hyperparameters(self):
        return {"beta1": self.beta1, "beta2": self.beta2, "eps": self.eps}


OPTIMIZERS: tuple[str, ...] = ("gd", "momentum", "nesterov", "rmsprop", "adam")


def make_optimizer(name: str, lr: float = 0.01, **hyperparameters: float) -> Optimizer:
    """Build an optimizer by name: gd, momentum, nesterov, rmsprop or adam."""
    if name == "gd":
        if hyperparameters:
            raise ValueError(f"plain gd takes no settings besides lr, got {', '.join(hyperparameters)}")
        return GD(lr)
    if name in ("momentum", "nesterov"):
        return Momentum(lr, nesterov=name == "nesterov", **hyperparameters)
    if name == "rmsprop":
        return RMSProp(lr, **hyperparameters)
    if name == "adam":
        return Adam(lr, **hyperparameters)
    raise ValueError(f"unknown optimizer {name!r}; choose one of {', '.join(OPTIMIZERS)}")

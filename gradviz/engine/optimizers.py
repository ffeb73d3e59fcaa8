"""First-order optimizers with explicit, restorable state.

`step(params, grads)` updates each parameter array in place and touches nothing
else. All per-parameter state lives in one flat array; `write_state` copies it out
(with the step count) and `load_state_vector` back, so that a run can be rewound
to an exact earlier state.

HYPERPARAMETERS lists every optimizer's settings besides lr: the one source for
what make_optimizer accepts and for what a control panel offers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

import numpy as np

from .checks import check_lr, is_real_number

__all__ = [
    "GD",
    "Momentum",
    "RMSProp",
    "Adam",
    "Optimizer",
    "OPTIMIZERS",
    "Hyperparameter",
    "HYPERPARAMETERS",
    "make_optimizer",
]


@dataclass(frozen=True)
class Hyperparameter:
    """One optimizer setting besides lr.

    [low, high] is what a control may offer. The check is the source of truth for
    what is valid, and may allow more: a `kind` "decay" rate (β, ρ) lies in [0, 1),
    since 1 or more never forgets and diverges; a "positive" one (ε) is any
    positive, finite number.
    """

    name: str
    label: str
    default: float
    low: float
    high: float
    kind: Literal["decay", "positive"] = "decay"

    def check(self, value: Any, owner: str) -> float:
        """`value` as a float, or a ValueError naming the setting as `owner` would ("Adam β1")."""
        what = f"{owner} {self.label.rsplit(' ', 1)[-1]}"  # "Adam β1", "RMSProp ρ"
        if not is_real_number(value):
            raise ValueError(f"{what} must be a number, got {self.name}={value!r}")
        number = float(value)
        if self.kind == "decay" and not 0 <= number < 1:
            raise ValueError(f"{what} must be at least 0 and below 1, got {self.name}={number:g}")
        if self.kind == "positive" and not (number > 0 and np.isfinite(number)):
            raise ValueError(f"{what} must be a positive number, got {self.name}={number:g}")
        return number


_BETA = Hyperparameter("beta", "momentum β", 0.9, 0.0, 0.999)
_RHO = Hyperparameter("rho", "decay ρ", 0.9, 0.0, 0.999)
_BETA1 = Hyperparameter("beta1", "β1", 0.9, 0.0, 0.999)
_BETA2 = Hyperparameter("beta2", "β2", 0.999, 0.0, 0.9999)
_EPS = Hyperparameter("eps", "ε", 1e-8, 1e-12, 1e-2, kind="positive")

OPTIMIZERS: tuple[str, ...] = ("gd", "momentum", "nesterov", "rmsprop", "adam")

# By optimizer name, its settings in the order a panel shows them.
HYPERPARAMETERS: dict[str, tuple[Hyperparameter, ...]] = {
    "gd": (),
    "momentum": (_BETA,),
    "nesterov": (_BETA,),
    "rmsprop": (_RHO, _EPS),
    "adam": (_BETA1, _BETA2, _EPS),
}


class Optimizer:
    name: ClassVar[str] = ""
    buffer_names: ClassVar[tuple[str, ...]] = ()

    def __init__(self, lr: float = 0.01) -> None:
        self.lr = check_lr(lr)
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

    def _allocate(self, params: Sequence[np.ndarray]) -> np.ndarray:
        size = sum(p.size for p in params)
        flat = self._flat = np.zeros(len(self.buffer_names) * size)
        slots: list[list[np.ndarray]] = [[] for _ in params]
        offset = 0
        for _ in self.buffer_names:
            for slot, p in zip(slots, params):
                slot.append(flat[offset : offset + p.size].reshape(p.shape))
                offset += p.size
        self._slots = [tuple(slot) for slot in slots]
        return flat

    def write_state(self, out: np.ndarray) -> None:
        """Fill `out`, of length `state_size(n_params)`, with every buffer in order, then t."""
        out[:-1] = 0.0 if self._flat is None else self._flat
        out[-1] = self.t

    def load_state_vector(self, vector: np.ndarray, params: Sequence[np.ndarray]) -> None:
        """Inverse of `write_state` for parameters shaped like `params`."""
        self._allocate(params)[:] = vector[:-1]
        self.t = int(vector[-1])

    @classmethod
    def state_size(cls, n_params: int) -> int:
        return len(cls.buffer_names) * n_params + 1


class GD(Optimizer):
    """Plain gradient descent: θ ← θ − lr·g."""

    name = "gd"

    def _update(self, p: np.ndarray, g: np.ndarray, *buffers: np.ndarray) -> None:
        p -= self.lr * g


class Momentum(Optimizer):
    """Heavy-ball momentum: v ← βv + g; θ ← θ − lr·v (Nesterov: θ ← θ − lr·(g + βv))."""

    name = "momentum"
    buffer_names = ("velocity",)

    def __init__(self, lr: float = 0.01, beta: float = _BETA.default, nesterov: bool = False) -> None:
        self.beta = _BETA.check(beta, "momentum")
        self.nesterov = nesterov
        super().__init__(lr)

    def _update(self, p: np.ndarray, g: np.ndarray, *buffers: np.ndarray) -> None:
        (v,) = buffers
        v *= self.beta
        v += g
        p -= self.lr * (g + self.beta * v if self.nesterov else v)


class RMSProp(Optimizer):
    """s ← ρs + (1−ρ)g²; θ ← θ − lr·g/(√s + ε)."""

    name = "rmsprop"
    buffer_names = ("square_avg",)

    def __init__(self, lr: float = 0.01, rho: float = _RHO.default, eps: float = _EPS.default) -> None:
        self.rho = _RHO.check(rho, "RMSProp")
        self.eps = _EPS.check(eps, "RMSProp")
        super().__init__(lr)

    def _update(self, p: np.ndarray, g: np.ndarray, *buffers: np.ndarray) -> None:
        (s,) = buffers
        s *= self.rho
        s += (1 - self.rho) * g * g
        p -= self.lr * g / (np.sqrt(s) + self.eps)


class Adam(Optimizer):
    """Adam with bias correction (Kingma & Ba, 2015)."""

    name = "adam"
    buffer_names = ("m", "v")

    def __init__(
        self,
        lr: float = 0.01,
        beta1: float = _BETA1.default,
        beta2: float = _BETA2.default,
        eps: float = _EPS.default,
    ) -> None:
        self.beta1 = _BETA1.check(beta1, "Adam")
        self.beta2 = _BETA2.check(beta2, "Adam")
        self.eps = _EPS.check(eps, "Adam")
        super().__init__(lr)

    def _update(self, p: np.ndarray, g: np.ndarray, *buffers: np.ndarray) -> None:
        m, v = buffers
        m *= self.beta1
        m += (1 - self.beta1) * g
        v *= self.beta2
        v += (1 - self.beta2) * g * g
        m_hat = m / (1 - self.beta1**self.t)
        v_hat = v / (1 - self.beta2**self.t)
        p -= self.lr * m_hat / (np.sqrt(v_hat) + self.eps)


def make_optimizer(name: str, lr: float = 0.01, **hyperparameters: Any) -> Optimizer:
    """Build an optimizer by name (one of OPTIMIZERS) with settings from HYPERPARAMETERS."""
    if not isinstance(name, str) or name not in HYPERPARAMETERS:
        raise ValueError(f"unknown optimizer {name!r}; choose one of {', '.join(OPTIMIZERS)}")
    known = [h.name for h in HYPERPARAMETERS[name]]
    unknown = [key for key in hyperparameters if key not in known]
    if unknown and not known:
        raise ValueError(f"plain gd takes no settings besides lr, got {', '.join(unknown)}")
    if unknown:
        raise ValueError(
            f"{name} has no setting {', '.join(map(repr, unknown))}; its settings are {', '.join(known)}"
        )
    if name == "gd":
        return GD(lr)
    if name in ("momentum", "nesterov"):
        return Momentum(lr, nesterov=name == "nesterov", **hyperparameters)
    if name == "rmsprop":
        return RMSProp(lr, **hyperparameters)
    return Adam(lr, **hyperparameters)

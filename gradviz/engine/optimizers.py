"""First-order optimizers with explicit, restorable state.

`step(params, grads)` updates each parameter array in place and touches nothing
else. An optimizer's state, what it carries from one step to the next, is what
`state()` returns and `load_state` takes back: the Trainer saves it with every
record, so that a run can be rewound to an exact earlier state. Any subclass of
Optimizer works, a student's own too; the Optimizer docstring shows one.

HYPERPARAMETERS lists every built-in optimizer's settings besides lr: the one
source for what make_optimizer accepts and for what a control panel offers.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

import numpy as np

from ..i18n import translate
from .checks import check_lr, is_real_number

__all__ = [
    "GD",
    "Momentum",
    "AdaGrad",
    "RMSProp",
    "Adam",
    "Optimizer",
    "OptimizerError",
    "OPTIMIZERS",
    "Hyperparameter",
    "HYPERPARAMETERS",
    "check_optimizer",
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
            message = translate("Optimizers", "{what} must be a number, got {name}={value}")
            raise ValueError(message.format(what=what, name=self.name, value=repr(value)))
        number = float(value)
        if self.kind == "decay" and not 0 <= number < 1:
            message = translate("Optimizers", "{what} must be at least 0 and below 1, got {name}={value}")
            raise ValueError(message.format(what=what, name=self.name, value=f"{number:g}"))
        if self.kind == "positive" and not (number > 0 and np.isfinite(number)):
            message = translate("Optimizers", "{what} must be a positive number, got {name}={value}")
            raise ValueError(message.format(what=what, name=self.name, value=f"{number:g}"))
        return number


_BETA = Hyperparameter("beta", "momentum β", 0.9, 0.0, 0.999)
_RHO = Hyperparameter("rho", "decay ρ", 0.9, 0.0, 0.999)
_BETA1 = Hyperparameter("beta1", "β1", 0.9, 0.0, 0.999)
_BETA2 = Hyperparameter("beta2", "β2", 0.999, 0.0, 0.9999)
_EPS = Hyperparameter("eps", "ε", 1e-8, 1e-12, 1e-2, kind="positive")

OPTIMIZERS: tuple[str, ...] = ("gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")

# By optimizer name, its settings in the order a panel shows them.
HYPERPARAMETERS: dict[str, tuple[Hyperparameter, ...]] = {
    "gd": (),
    "momentum": (_BETA,),
    "nesterov": (_BETA,),
    "adagrad": (_EPS,),
    "rmsprop": (_RHO, _EPS),
    "adam": (_BETA1, _BETA2, _EPS),
}


class OptimizerError(ValueError):
    """An optimizer (a user's own, usually) failed inside the Trainer, which stayed at its last good step.

    `method` is the one at fault ("step()"; "" for what its state holds), `original` the
    exception it raised, None when the Trainer found the problem itself (a parameter
    left unchanged, a state it cannot save).
    """

    def __init__(
        self, optimizer: Optimizer, method: str, problem: str, original: BaseException | None = None
    ) -> None:
        where = f"{type(optimizer).__name__}.{method}" if method else type(optimizer).__name__
        super().__init__(f"{where} {problem}; the run stays at its last good step")
        self.optimizer_class, self.method, self.original = type(optimizer), method, original

    @classmethod
    def raised(cls, optimizer: Optimizer, method: str, error: BaseException) -> OptimizerError:
        return cls(optimizer, method, f"raised {type(error).__name__}: {error}", error)


class Optimizer:
    """The base of every optimizer: subclass it and write `step(params, grads)`.

    `step` receives the parameter arrays and their gradients, of the same shapes, and
    updates each parameter in place (`p -= ...`; `p = p - ...` only rebinds a name).
    The Trainer sets `self.lr` before each step, since a schedule may change it.

    What `step` keeps from one step to the next is the optimizer's state: name those
    attributes in `state_names`. `reset()` sets each to None; the Trainer saves them
    with every record and puts them back when it rewinds, so that a rewound run
    replays the same floats bit for bit. They may hold None, numbers, NumPy arrays,
    and lists, tuples or dicts of those. The step count `t` is state too (base class:
    count with it if you need it, as Adam does). For state of another kind, override
    `state()` and `load_state()`. Heavy-ball momentum, from scratch::

        class HeavyBall(Optimizer):
            state_names = ("velocity",)  # None after reset(); saved with every record

            def __init__(self, lr=0.01, beta=0.9):
                self.beta = beta
                super().__init__(lr)  # sets lr, then calls reset()

            def step(self, params, grads):
                if self.velocity is None:
                    self.velocity = [np.zeros_like(p) for p in params]
                for p, g, v in zip(params, grads, self.velocity):
                    v *= self.beta  # v ← βv + g, in place in the list
                    v += g
                    p -= self.lr * v  # θ ← θ − lr·v, in place

        Trainer(X, Y, optimizer=HeavyBall(lr=0.05))
    """

    name: str = ""  # shown in messages; a subclass without one is named after its class
    state_names: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not cls.__dict__.get("name"):
            cls.name = cls.__name__

    def __init__(self, lr: float = 0.01) -> None:
        self.lr = check_lr(lr)
        self.reset()

    def reset(self) -> None:
        """Forget all state, as if no step had been taken: t = 0 and None in each of `state_names`."""
        self.t = 0
        for name in self.state_names:
            setattr(self, name, None)

    def step(self, params: Sequence[np.ndarray], grads: Sequence[np.ndarray]) -> None:
        """Update each array of `params` in place, from the gradient in `grads` at the same position."""
        raise NotImplementedError(f"{type(self).__name__} must define step(params, grads)")

    def state(self) -> dict[str, Any]:
        """A copy of the state: {"t": the step count, then each attribute that `state_names` lists}."""
        return {"t": self.t, **{name: copy.deepcopy(getattr(self, name)) for name in self.state_names}}

    def load_state(self, state: Mapping[str, Any]) -> None:
        """Go back to a `state()` taken earlier (copied, so that later steps leave `state` as it is)."""
        self.t = state["t"]
        for name in self.state_names:
            setattr(self, name, copy.deepcopy(state[name]))


def check_optimizer(optimizer: Any) -> Optimizer:
    """`optimizer` when the Trainer can run it and save its state; TypeError saying what to change."""
    if isinstance(optimizer, type) and issubclass(optimizer, Optimizer):
        name = optimizer.__name__
        raise TypeError(f"the optimizer must be an instance, got the class {name}: pass {name}(lr=...)")
    if not isinstance(optimizer, Optimizer):
        raise TypeError(
            f"the optimizer must be a gradviz.engine.Optimizer, got {type(optimizer).__name__}: "
            f"give one of {', '.join(OPTIMIZERS)}, or subclass Optimizer and define step(params, grads)"
        )
    cls = type(optimizer)
    if cls.step is Optimizer.step:
        raise TypeError(f"{cls.__name__} does not define step(params, grads), which updates each parameter")
    names = cls.state_names
    if not isinstance(names, tuple | list) or not all(isinstance(name, str) for name in names):
        raise TypeError(
            f"{cls.__name__}.state_names must be a tuple of attribute names, like ('velocity',) "
            f"(mind the comma), got {names!r}"
        )
    missing = [name for name in ("lr", "t", *names) if not hasattr(optimizer, name)]
    if missing:
        raise TypeError(
            f"{cls.__name__} has no attribute {', '.join(missing)}: call super().__init__(lr) in its "
            "__init__ (it sets lr, then reset() sets t and each of state_names)"
        )
    return optimizer


class _BufferedOptimizer(Optimizer):
    """The built-in optimizers: per parameter, the buffers `buffer_names`, all views of one flat array.

    One flat array keeps their state cheap to save: the Trainer copies it with every record.
    """

    buffer_names: ClassVar[tuple[str, ...]] = ()

    def reset(self) -> None:
        super().reset()  # t, and a subclass's own state_names
        self._flat: np.ndarray | None = None  # every buffer of every parameter, end to end
        self._slots: list[tuple[np.ndarray, ...]] | None = None  # per parameter: views of _flat

    def step(self, params: Sequence[np.ndarray], grads: Sequence[np.ndarray]) -> None:
        if self._slots is None:
            self._slots = self._views(params)
        self.t += 1
        for p, g, buffers in zip(params, grads, self._slots):
            self._update(p, g, *buffers)

    def _update(self, p: np.ndarray, g: np.ndarray, *buffers: np.ndarray) -> None:
        raise NotImplementedError

    def _views(self, params: Sequence[np.ndarray]) -> list[tuple[np.ndarray, ...]]:
        if not self.buffer_names:
            return [() for _ in params]
        size = sum(p.size for p in params)
        if self._flat is None or self._flat.size != len(self.buffer_names) * size:
            self._flat = np.zeros(len(self.buffer_names) * size)
        slots: list[list[np.ndarray]] = [[] for _ in params]
        offset = 0
        for _ in self.buffer_names:
            for slot, p in zip(slots, params):
                slot.append(self._flat[offset : offset + p.size].reshape(p.shape))
                offset += p.size
        return [tuple(slot) for slot in slots]

    def state(self) -> dict[str, Any]:
        return {**super().state(), "buffers": None if self._flat is None else self._flat.copy()}

    def load_state(self, state: Mapping[str, Any]) -> None:
        super().load_state(state)
        buffers = state["buffers"]
        self._flat = None if buffers is None else np.array(buffers, dtype=float)
        self._slots = None  # views of the new buffers, made at the next step


class GD(_BufferedOptimizer):
    """Plain gradient descent: θ ← θ − lr·g."""

    name = "gd"

    def _update(self, p: np.ndarray, g: np.ndarray, *buffers: np.ndarray) -> None:
        p -= self.lr * g


class Momentum(_BufferedOptimizer):
    """Heavy-ball momentum: v ← βv + g; θ ← θ − lr·v (Nesterov: θ ← θ − lr·(g + βv))."""

    name = "momentum"
    buffer_names = ("velocity",)

    def __init__(self, lr: float = 0.01, beta: float = _BETA.default, nesterov: bool = False) -> None:
        self.beta = _BETA.check(beta, "momentum")
        self.nesterov = nesterov
        self.name = "nesterov" if nesterov else "momentum"  # as the user chose it, in every message
        super().__init__(lr)

    def _update(self, p: np.ndarray, g: np.ndarray, *buffers: np.ndarray) -> None:
        (v,) = buffers
        v *= self.beta
        v += g
        p -= self.lr * (g + self.beta * v if self.nesterov else v)


class AdaGrad(_BufferedOptimizer):
    """s ← s + g²; θ ← θ − lr·g/(√s + ε): each coordinate's steps shrink with all the gradient it has seen."""

    name = "adagrad"
    buffer_names = ("sum_squares",)

    def __init__(self, lr: float = 0.01, eps: float = _EPS.default) -> None:
        self.eps = _EPS.check(eps, "AdaGrad")
        super().__init__(lr)

    def _update(self, p: np.ndarray, g: np.ndarray, *buffers: np.ndarray) -> None:
        (s,) = buffers
        s += g * g
        p -= self.lr * g / (np.sqrt(s) + self.eps)


class RMSProp(_BufferedOptimizer):
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


class Adam(_BufferedOptimizer):
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
    if name == "adagrad":
        return AdaGrad(lr, **hyperparameters)
    if name == "rmsprop":
        return RMSProp(lr, **hyperparameters)
    return Adam(lr, **hyperparameters)

"""A tiny reverse-mode autograd over NumPy arrays: Context, Function, Variable."""

from __future__ import annotations

import inspect
from functools import lru_cache
from typing import Any

import numpy as np

from .checks import real_array

__all__ = ["Context", "Function", "Variable", "check_input_count", "input_names"]

Array = np.ndarray


class Context:
    """What one forward call keeps for its backward call.

    Like torch's ctx it takes any other attribute too (`ctx.q = X.shape[0]`).
    """

    __slots__ = ("_saved", "needs_input_grad", "__dict__")  # the dict only for a Function's own names

    def __init__(self, needs_input_grad: tuple[bool, ...] | None = None) -> None:
        self._saved: tuple[Any, ...] = ()
        self.needs_input_grad = needs_input_grad

    def __getattr__(self, name: str) -> Any:  # only for names never set
        raise AttributeError(f"ctx has no attribute {name!r}: set it in forward first (ctx.{name} = ...)")

    def save_for_backward(self, *arrays: Any) -> None:
        self._saved = arrays

    @property
    def saved_tensors(self) -> tuple[Any, ...]:
        return self._saved

    def needs_grad(self, index: int) -> bool:
        """Whether input `index` wants a gradient (all do when nobody said)."""
        return self.needs_input_grad is None or self.needs_input_grad[index]


class Function:
    """A node of the graph: subclasses define static `forward` and `backward`.

    `forward(ctx, *inputs)` returns the output. `backward(ctx, grad_output)` gets
    G = dL/d(output), with the output's shape, and returns one gradient per input,
    each with that input's shape (or None where `ctx.needs_grad(i)` is False).
    """

    @staticmethod
    def forward(ctx: Context, *inputs: Any) -> Any:
        raise NotImplementedError

    @staticmethod
    def backward(ctx: Context, grad_output: Any) -> tuple[Any, ...]:
        raise NotImplementedError

    @classmethod
    def apply(cls, *inputs: Variable | Array | float) -> Variable:
        check_input_count(cls, len(inputs))
        variables = [_as_variable(f"{cls.__name__} input {i}", x) for i, x in enumerate(inputs)]
        needs_grad = tuple(v.requires_grad for v in variables)
        output = cls.forward(ctx := Context(needs_grad), *(v.value for v in variables))
        if not any(needs_grad):
            return Variable(output)
        return Variable(output, requires_grad=True, _creator=(cls, ctx, tuple(variables)))


def _as_variable(name: str, x: Variable | Array | float) -> Variable:
    if isinstance(x, Variable):
        return x
    return Variable(x if isinstance(x, float) else real_array(name, x))


@lru_cache(maxsize=256)
def _input_counts(forward: Any) -> tuple[tuple[str, ...], int, int | None]:
    """The inputs `forward(ctx, ...)` names, how many it needs at least, and at most (None: any)."""
    try:
        parameters = list(inspect.signature(forward).parameters.values())[1:]  # all but ctx
    except (TypeError, ValueError):  # no signature to read: let forward itself complain
        return (), 0, None
    kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    positional = [p for p in parameters if p.kind in kinds]
    fewest = sum(p.default is inspect.Parameter.empty for p in positional)
    variadic = any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in parameters)
    return tuple(p.name for p in positional), fewest, None if variadic else len(positional)


def input_names(function: type[Function]) -> tuple[str, ...]:
    """The names of the inputs `function.forward` takes besides ctx (empty when it has no signature)."""
    return _input_counts(function.forward)[0]


def check_input_count(function: type[Function], count: int) -> None:
    """ValueError unless `function.forward` takes `count` inputs besides ctx."""
    names, fewest, most = _input_counts(function.forward)
    if count >= fewest and (most is None or count <= most):
        return
    if most is None:
        takes = f"at least {fewest}"
    else:
        takes = str(most) if fewest == most else f"{fewest} to {most}"
    raise ValueError(
        f"{function.__name__}.forward takes {takes} input{'' if takes == '1' else 's'} "
        f"({', '.join(names)}) besides ctx, got {count}; pass one value per input, in that order"
    )


class Variable:
    """A value in the graph. Leaves made with `requires_grad=True` receive `.grad`.

    `name` labels a leaf in `trace` (X, W, b, Y); a Function's output is named after it.
    """

    __slots__ = ("value", "grad", "requires_grad", "name", "_creator")

    def __init__(
        self,
        value: Array | float,
        requires_grad: bool = False,
        *,
        name: str = "",
        _creator: tuple[type[Function], Context, tuple[Variable, ...]] | None = None,
    ) -> None:
        self.value = value if isinstance(value, float) else real_array("a Variable's value", value)
        self.grad: Array | float | None = None
        self.requires_grad = requires_grad
        self.name = name or (_creator[0].__name__ if _creator is not None else "")
        self._creator = _creator

    @property
    def shape(self) -> tuple[int, ...]:
        return np.shape(self.value)

    def zero_grad(self) -> None:
        self.grad = None

    def backward(self, grad: Array | float | None = None) -> None:
        """Propagate dself/d(everything upstream), adding into each Variable's `.grad`."""
        if grad is None:
            if np.size(self.value) != 1:
                raise ValueError(
                    f"backward() without a gradient needs a scalar output, got shape {self.shape}"
                )
            grad = 1.0
        order = self._topological_order()
        pending: dict[int, Any] = {id(self): grad}
        for node in reversed(order):
            g = pending.pop(id(node), None)
            if g is None:
                continue
            node.grad = g if node.grad is None else node.grad + g
            if node._creator is None:
                continue
            function, ctx, parents = node._creator
            grads = function.backward(ctx, g)
            for parent, parent_grad in zip(parents, grads, strict=True):
                if parent.requires_grad and parent_grad is not None:
                    key = id(parent)
                    pending[key] = parent_grad if key not in pending else pending[key] + parent_grad

    def _topological_order(self) -> list[Variable]:
        order: list[Variable] = []
        seen: set[int] = set()
        stack: list[tuple[Variable, bool]] = [(self, False)]
        while stack:
            node, expanded = stack.pop()
            if expanded:
                order.append(node)
                continue
            if id(node) in seen:
                continue
            seen.add(id(node))
            stack.append((node, True))
            if node._creator is not None:
                stack.extend((p, False) for p in node._creator[2] if p.requires_grad)
        return order

    def __repr__(self) -> str:
        name = f"{self.name!r}, " if self.name else ""
        return f"Variable({name}shape={self.shape}, requires_grad={self.requires_grad})"

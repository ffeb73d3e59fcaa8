"""A tiny reverse-mode autograd over NumPy arrays: Context, Function, Variable."""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["Context", "Function", "Variable"]

Array = np.ndarray


class Context:
    """What one forward call keeps for its backward call."""

    __slots__ = ("_saved", "needs_input_grad")

    def __init__(self, needs_input_grad: tuple[bool, ...] | None = None) -> None:
        self._saved: tuple[Any, ...] = ()
        self.needs_input_grad = needs_input_grad

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
        variables = [x if isinstance(x, Variable) else Variable(x) for x in inputs]
        ctx = Context(tuple(v.requires_grad for v in variables))
        output = cls.forward(ctx, *(v.value for v in variables))
        if not any(ctx.needs_input_grad):
            return Variable(output)
        return Variable(output, requires_grad=True, _creator=(cls, ctx, tuple(variables)))


class Variable:
    """A value in the graph. Leaves made with `requires_grad=True` receive `.grad`."""

    __slots__ = ("value", "grad", "requires_grad", "_creator")

    def __init__(
        self,
        value: Array | float,
        requires_grad: bool = False,
        *,
        _creator: tuple[type[Function], Context, tuple[Variable, ...]] | None = None,
    ) -> None:
        self.value = value if isinstance(value, float) else np.asarray(value, dtype=np.float64)
        self.grad: Array | float | None = None
        self.requires_grad = requires_grad
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
        return f"Variable(shape={self.shape}, requires_grad={self.requires_grad})"

"""The recorded graph, as `backward` walks it: every node with its value, gradient and Context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .autograd import Context, Function, Variable

__all__ = ["Node", "trace"]


@dataclass(frozen=True, eq=False)
class Node:
    """One node of a traced graph.

    A leaf (X, W, b, Y) has no `function`; any other node is the output of `function`
    applied to the nodes at `inputs` (indices into the trace), and `saved` holds what
    its Context kept for backward, the very objects (so `saved[i] is X.value` tells a
    saved leaf from a copy). `grad` is ∂(output)/∂(this node) once backward has run
    (None before, or where no gradient flows).
    """

    name: str
    value: Any
    grad: Any
    inputs: tuple[int, ...]
    saved: tuple[Any, ...]
    function: type[Function] | None
    needs_input_grad: tuple[bool, ...]  # per input: whether backward computes its gradient
    requires_grad: bool

    @property
    def is_leaf(self) -> bool:
        return self.function is None


def trace(output: Variable) -> list[Node]:
    """The graph that made `output`, parents before children and `output` last.

    Every input of every Function is a node, those that need no gradient (X, Y) too, and
    a Variable used twice appears once. Leaves are named by `Variable(name=...)`; other
    nodes by their Function's class name.
    """
    order = _parents_first(output)
    index = {id(variable): i for i, variable in enumerate(order)}
    nodes = []
    for variable in order:
        creator = variable._creator
        function: type[Function] | None = None
        ctx: Context | None = None
        parents: tuple[Variable, ...] = ()
        if creator is not None:
            function, ctx, parents = creator
        nodes.append(
            Node(
                name=variable.name,
                value=variable.value,
                grad=variable.grad,
                inputs=tuple(index[id(parent)] for parent in parents),
                saved=ctx.saved_tensors if ctx is not None else (),
                function=function,
                needs_input_grad=tuple(ctx.needs_input_grad or ()) if ctx is not None else (),
                requires_grad=variable.requires_grad,
            )
        )
    return nodes


def _parents_first(output: Variable) -> list[Variable]:
    order: list[Variable] = []
    seen: set[int] = set()
    stack: list[tuple[Variable, bool]] = [(output, False)]
    while stack:
        variable, expanded = stack.pop()
        if expanded:
            order.append(variable)
            continue
        if id(variable) in seen:
            continue
        seen.add(id(variable))
        stack.append((variable, True))
        if variable._creator is not None:
            # Reversed, so that inputs come out in their own order (X before W before b).
            stack.extend((parent, False) for parent in reversed(variable._creator[2]))
    return order

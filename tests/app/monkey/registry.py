"""How action kinds are declared: `@action(weight)` on a method `act_<kind>`, gathered by kinds_of."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["action", "kinds_of"]


def action(weight: float):
    """Mark a method `act_<kind>` as an action drawn with this weight."""

    def register(method: Callable) -> Callable:
        method.weight = weight
        return method

    return register


def kinds_of(*parts: type) -> dict[str, tuple[float, Callable]]:
    """kind → (weight, method) of the marked methods of `parts`, in the order they are written.

    That order, with the weights, is what a seed's draws pick from: reordering changes every run.
    """
    return {
        name.removeprefix("act_"): (method.weight, method)
        for part in parts
        for name, method in vars(part).items()
        if name.startswith("act_") and hasattr(method, "weight")
    }

"""Checks of user-supplied values, shared by the engine's public entry points.

Each raises ValueError naming the argument and saying what it accepts.
"""

from __future__ import annotations

import math
import numbers
from typing import Any

import numpy as np

__all__ = [
    "real_array",
    "finite_array",
    "data_matrix",
    "is_real_number",
    "real_number",
    "whole_number",
    "positive_number",
    "check_lr",
]


def real_array(name: str, value: Any) -> np.ndarray:
    """`value` as a float64 array; complex values and text are refused, not cast."""
    if type(value) is np.ndarray and value.dtype.type is np.float64:
        return value  # the common case, kept cheap: the graph path checks every input of every step
    array = np.asarray(value)
    if array.dtype.kind == "c":
        raise ValueError(f"{name} has complex values; give real numbers (take .real if that is meant)")
    if array.dtype.kind in "biufO":  # O: objects, which may still be numbers
        try:
            return array.astype(np.float64, copy=False)
        except (TypeError, ValueError):
            pass
    raise ValueError(f"{name} must be an array of real numbers, got {_describe(value)}")


def finite_array(name: str, value: Any, remedy: str) -> np.ndarray:
    """`real_array`, refused with `remedy` when some value is NaN or infinite."""
    array = real_array(name, value)
    if not np.isfinite(array).all():
        raise ValueError(f"{name} contains NaN or infinite values; {remedy}")
    return array


def data_matrix(name: str, value: Any) -> np.ndarray:
    """Finite data as a 2-D array: (q, n), or a 1-D array of q values as one column."""
    array = finite_array(name, value, "remove those rows first")
    if array.ndim == 1:
        array = array[:, np.newaxis]
    if array.ndim != 2:
        raise ValueError(f"{name} must be 1-D or 2-D, got shape {array.shape}")
    return array


def is_real_number(value: Any) -> bool:
    """Ints and floats (NumPy's too); never strings, bools or None."""
    return isinstance(value, numbers.Real) and not isinstance(value, bool | np.bool_)


def real_number(name: str, value: Any) -> float:
    if not is_real_number(value):
        raise ValueError(f"{name} must be a number, got {_describe(value)}")
    return float(value)


def whole_number(name: str, value: Any, minimum: int, hint: str = "") -> int:
    """`value` as an int >= minimum; a float is accepted only when it is whole (3.0)."""
    whole = is_real_number(value) and (
        isinstance(value, numbers.Integral) or (math.isfinite(value) and float(value).is_integer())
    )
    if not whole or value < minimum:
        raise ValueError(f"{name} must be a whole number >= {minimum}{hint}, got {_describe(value)}")
    return int(value)


def positive_number(name: str, value: Any) -> float:
    number = real_number(name, value)
    if not (number > 0 and math.isfinite(number)):
        raise ValueError(f"{name} must be a positive number, got {number:g}")
    return number


def check_lr(value: Any) -> float:
    return positive_number("the learning rate", value)


def _describe(value: Any) -> str:
    if isinstance(value, str):
        return f"the string {value!r}"
    if isinstance(value, numbers.Number) or value is None:
        return str(value)
    if isinstance(value, np.ndarray):
        return f"an array of {value.dtype}"
    return f"a {type(value).__name__}"

"""The resume state a record keeps, so that a run restarts from it exactly.

One flat float row per record: the sampler offset, the layout of the optimizer's
state, then the numbers of that state. A layout is the optimizer's class and the
shape of its `state()`: which entries are None, numbers (and of which type),
arrays (shape, dtype), lists, tuples or dicts. Each is kept once in a table, and
the row holds its index, so that unpacking rebuilds the same objects bit for bit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

import numpy as np

from .optimizers import Optimizer, OptimizerError, _BufferedOptimizer

__all__ = ["ResumeState"]

_OFFSET, _LAYOUT, _STATE = 0, 1, 2
_EXACT_INT = 2**53  # the integers a float64 holds exactly
# Array types a float64 holds exactly (integers up to _EXACT_INT).
_EXACT_DTYPES = frozenset(np.dtype(code) for code in "?bBhHiIlLqQefd")


@dataclass(frozen=True)
class _Layout:
    cls: type[Optimizer]
    spec: Any  # nested tuples, as _spec makes them
    size: int  # numbers in the row


class _Unsupported(TypeError):
    def __init__(self, value: Any) -> None:
        self.value = value
        self.where: tuple[Any, ...] = ()  # the keys and indices that lead to it


class ResumeState:
    """Packs and unpacks resume rows for a run with `n_params` parameters.

    `size` is the row's length: room for the built-in optimizers' state at first, it
    grows when an optimizer's state needs more (the History must follow).
    """

    def __init__(self, n_params: int) -> None:
        self.n_params = n_params
        self.size = _STATE + 2 * n_params + 1  # Adam's m and v, and t
        self._row = np.zeros(self.size)
        self._layouts: list[_Layout] = []
        self._index: dict[tuple[type[Optimizer], Any], int] = {}
        self._built_in: dict[tuple[type[Optimizer], int], int] = {}  # (class, buffer size): layout
        self._end = _STATE  # where the numbers of the last row packed end

    def pack(self, offset: int, optimizer: Optimizer) -> np.ndarray:
        """The row for the present state (a buffer, overwritten by the next call)."""
        if _is_plain_built_in(type(optimizer)):
            return self._pack_built_in(offset, cast(_BufferedOptimizer, optimizer))
        return self._pack(offset, optimizer)

    def _pack_built_in(self, offset: int, optimizer: _BufferedOptimizer) -> np.ndarray:
        """`_pack`'s row, faster: a built-in's state() is t, then its buffers end to end (or None)."""
        flat = optimizer._flat
        size = -1 if flat is None else flat.size
        layout = self._built_in.get((type(optimizer), size))
        if layout is None:
            row = self._pack(offset, optimizer)
            self._built_in[(type(optimizer), size)] = int(row[_LAYOUT])
            return row
        row = self._row
        row[_OFFSET], row[_LAYOUT], row[_STATE] = offset, layout, optimizer.t
        end = _STATE + 1
        if flat is not None:
            end += flat.size
            row[_STATE + 1 : end] = flat
        self._clear_after(end)
        return row

    def _pack(self, offset: int, optimizer: Optimizer) -> np.ndarray:
        try:
            state = optimizer.state()
        except Exception as error:
            raise OptimizerError.raised(optimizer, "state()", error) from error
        try:
            spec, size = _spec(state)
        except _Unsupported as error:
            raise _state_error(optimizer, error) from None
        key = (type(optimizer), spec)
        layout = self._index.get(key)
        if layout is None:
            layout = self._add(_Layout(type(optimizer), spec, size))
        row = self._row
        row[_OFFSET], row[_LAYOUT] = offset, layout
        self._clear_after(_write(state, spec, row, _STATE))
        return row

    def _clear_after(self, end: int) -> None:
        """Zeros after the numbers of this row, so that a row depends on its state alone."""
        if end < self._end:
            self._row[end : self._end] = 0.0
        self._end = end

    def gd_rows(self, optimizer: Optimizer, count: int) -> np.ndarray:
        """The rows of `count` more full-batch GD steps: offset 0, and GD's only state, t."""
        rows = np.tile(self.pack(0, optimizer), (count, 1))
        rows[:, _STATE] = optimizer.t + np.arange(1, count + 1)  # t comes first in every state()
        return rows

    @staticmethod
    def offset(row: np.ndarray) -> int:
        """The sampler offset a row records."""
        return int(row[_OFFSET])

    def unpack(self, row: np.ndarray, optimizer: Optimizer) -> int:
        """Load `optimizer`'s state from `row` (fresh state if another class wrote it); return the offset."""
        layout = self._layouts[int(row[_LAYOUT])]
        if layout.cls is type(optimizer):
            state, _ = _read(layout.spec, row, _STATE)
            method, load = "load_state()", lambda: optimizer.load_state(state)
        else:
            method, load = "reset()", optimizer.reset
        try:
            load()
        except Exception as error:
            raise OptimizerError.raised(optimizer, method, error) from error
        return int(row[_OFFSET])

    def _add(self, layout: _Layout) -> int:
        index = self._index[(layout.cls, layout.spec)] = len(self._layouts)
        self._layouts.append(layout)
        if _STATE + layout.size > self.size:
            self.size = _STATE + layout.size
            self._row = np.zeros(self.size)
            self._end = _STATE
        return index


_PLAIN: dict[type[Optimizer], bool] = {}


def _is_plain_built_in(cls: type[Optimizer]) -> bool:
    """Whether `cls` saves exactly the state of the built-in optimizers: t, then their buffers."""
    plain = _PLAIN.get(cls)
    if plain is None:
        plain = _PLAIN[cls] = (
            issubclass(cls, _BufferedOptimizer)
            and not cls.state_names
            and cls.state is _BufferedOptimizer.state
            and cls.load_state is _BufferedOptimizer.load_state
        )
    return plain


def _spec(value: Any) -> tuple[Any, int]:
    """What `value` is, as a hashable description, and how many numbers it holds."""
    kind = type(value)
    if kind is dict:
        return _parts("dict", tuple(value), value.values())
    if kind is np.ndarray:
        dtype = value.dtype
        too_large = dtype.kind in "iu" and value.size and np.abs(value).max() > _EXACT_INT
        if dtype not in _EXACT_DTYPES or too_large:
            raise _Unsupported(value)
        return ("array", value.shape, dtype), value.size
    if value is None:
        return None, 0
    if kind in (float, bool) or isinstance(value, np.bool_ | np.floating):
        return ("number", kind), 1
    if kind is int or isinstance(value, np.integer):
        if abs(int(value)) > _EXACT_INT:
            raise _Unsupported(value)
        return ("number", kind), 1
    if kind in (list, tuple):
        return _parts("sequence", kind, value)
    raise _Unsupported(value)


def _parts(kind: str, label: Any, items: Any) -> tuple[Any, int]:
    specs, size = [], 0
    for index, item in enumerate(items):
        try:
            spec, count = _spec(item)
        except _Unsupported as error:
            error.where = (label[index] if kind == "dict" else index, *error.where)
            raise
        specs.append(spec)
        size += count
    return (kind, label, tuple(specs)), size


def _write(value: Any, spec: Any, row: np.ndarray, at: int) -> int:
    """Write the numbers of `value`, described by `spec`, into row[at:]; return where they end."""
    if spec is None:
        return at
    kind = spec[0]
    if kind == "number":
        row[at] = value
        return at + 1
    if kind == "array":
        row[at : at + value.size] = value.ravel()
        return at + value.size
    items = value.values() if kind == "dict" else value
    for item, part in zip(items, spec[2]):
        at = _write(item, part, row, at)
    return at


def _read(spec: Any, row: np.ndarray, at: int) -> tuple[Any, int]:
    """The value `_write` wrote at row[at:], rebuilt, and where its numbers end."""
    if spec is None:
        return None, at
    kind = spec[0]
    if kind == "number":
        return spec[1](row[at]), at + 1
    if kind == "array":
        _, shape, dtype = spec
        size = int(np.prod(shape))
        return row[at : at + size].astype(dtype).reshape(shape), at + size
    items = []
    for part in spec[2]:
        item, at = _read(part, row, at)
        items.append(item)
    if kind == "dict":
        return dict(zip(spec[1], items)), at
    return spec[1](items), at


def _state_error(optimizer: Optimizer, error: _Unsupported) -> OptimizerError:
    path = "".join(f"[{key!r}]" for key in error.where[1:])
    where = f"{error.where[0]}{path}" if error.where else "state()"
    value = error.value
    what = f"an array of {value.dtype}" if isinstance(value, np.ndarray) else f"a {type(value).__name__}"
    return OptimizerError(
        optimizer,
        "",
        f"keeps {what} in its state ({where}), which the Trainer cannot save exactly: its state_names may "
        "hold None, numbers, arrays of real numbers (integers up to 2**53), and lists, tuples or dicts "
        "of those (or override state() and load_state())",
    )

"""A student's Functions: finding them in a loaded file, and calling them as a grader does.

The types of the sandbox/checks contract live here (see notes/homework_interface.md). Torch is
never imported here: a torch Function can only exist if the student's file imported torch, so
`sys.modules` tells whether to look for one.
"""

from __future__ import annotations

import inspect
import re
import sys
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..engine import Function as GradvizFunction
from ..engine import Variable

__all__ = [
    "FunctionInfo",
    "StudentError",
    "CallResult",
    "ChainResult",
    "LoadError",
    "LOAD_ERROR_KINDS",
    "ERROR_KINDS",
    "DTYPES",
    "CallContext",
    "find_functions",
    "role_of",
    "invoke",
    "forward_many",
    "chain",
    "student_line",
    "one_line",
    "quiet_warnings",
    "forward_with_context",
    "as_inputs",
    "no_grad",
    "to_float64",
    "grads_tuple",
    "describe_error",
]

LOAD_ERROR_KINDS = frozenset(
    {
        "syntax", "missing_module", "torch_missing", "hang", "exception", "no_function", "not_found", "crash",
        "internal",  # gradviz could not start the child: never the file's fault
    }
)  # fmt: skip
ERROR_KINDS = frozenset({"exception", "timeout", "crash", "bad_reply"})
DTYPES = ("float64", "float32")


@dataclass(frozen=True)
class FunctionInfo:
    name: str  # the class name as written
    role: str  # "linear", "mse" or "other"
    base: str  # "torch" or "gradviz"
    aliases: tuple[str, ...]  # module-level names bound to its .apply
    line: int  # line of the class statement in the student's source (0 if unknown)
    n_inputs: int | None  # inputs forward takes besides ctx (None: *args)
    style: str  # "ctx" or "setup_context"


@dataclass(frozen=True)
class StudentError:
    kind: str  # "exception", "timeout", "crash", "bad_reply"
    message: str  # one line
    line: int | None  # the student's line (innermost frame in their file)
    where: str  # "forward", "backward", "chain", "load"


@dataclass(frozen=True)
class CallResult:
    output: np.ndarray | None
    grads: tuple[np.ndarray | None, ...] | None
    error: StudentError | None


@dataclass(frozen=True)
class ChainResult:
    loss: float | None
    grads: tuple[np.ndarray | None, ...] | None
    dtype: str
    error: StudentError | None


class LoadError(ValueError):
    """The file could not be loaded or has no Function: one line, with a way out."""

    def __init__(self, kind: str, message: str, line: int | None = None) -> None:
        if kind not in LOAD_ERROR_KINDS:
            raise ValueError(f"unknown LoadError kind {kind!r}")
        super().__init__(message)
        self.kind = kind
        self.line = line

    @property
    def message(self) -> str:
        """The message as given: a failure.Text stays English in JSON and is shown translated."""
        return self.args[0]

    def __reduce__(self) -> tuple[Any, ...]:
        return (LoadError, (self.kind, self.message, self.line))


# --- finding Functions --------------------------------------------------------------------

_LINEAR = re.compile(r"linear|^lin$|^mylin$|^lin(fn|func|function)$")
_MSE = re.compile(r"mse|meansquare|squaredloss|squarederror")


def role_of(name: str) -> str | None:
    """'linear' or 'mse' for a name that says so in any case ("MSELoss", "LinearFunction"), else None."""
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    linear, mse = bool(_LINEAR.search(key)), bool(_MSE.search(key))
    if linear == mse:
        return None
    return "linear" if linear else "mse"


def _torch_function_base() -> type | None:
    torch = sys.modules.get("torch")
    base = getattr(getattr(torch, "autograd", None), "Function", None)
    return base if isinstance(base, type) else None


def _base_class(cls: type) -> type | None:
    """torch.autograd.Function or gradviz.engine.Function when `cls` is a subclass (not the base itself)."""
    torch_base = _torch_function_base()
    for base in (torch_base, GradvizFunction):
        if base is not None and cls is not base and issubclass(cls, base):
            return base
    return None


def _base_of(cls: type) -> str | None:
    """ "torch" or "gradviz" for a Function that defines its forward, else None (a base of the file's own)."""
    base = _base_class(cls)
    if base is None or not _defines(cls, "forward", base):
        return None
    return "gradviz" if base is GradvizFunction else "torch"


def _defines(cls: type, attribute: str, base: type) -> bool:
    """Whether `cls` or one of its bases below `base` (the library's Function) defines `attribute`."""
    for klass in cls.__mro__:
        if klass in base.__mro__:
            return False
        if attribute in vars(klass):
            return True
    return False


def _style(cls: type, base: str) -> str:
    if base != "torch":
        return "ctx"
    torch_base = _base_class(cls)
    assert torch_base is not None
    return "setup_context" if _defines(cls, "setup_context", torch_base) else "ctx"


def _n_inputs(cls: type, style: str) -> int | None:
    try:
        parameters = list(inspect.signature(cls.forward).parameters.values())  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        return None
    if style == "ctx":
        parameters = parameters[1:]
    if any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in parameters):
        return None
    kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return sum(p.kind in kinds for p in parameters)


def _class_line(cls: type, lines: Mapping[str, int]) -> int:
    if cls.__name__ in lines:
        return lines[cls.__name__]
    try:
        return inspect.getsourcelines(cls)[1]
    except (OSError, TypeError):
        return 0


def find_functions(
    namespace: Mapping[str, Any], module_name: str | None = None, class_lines: Mapping[str, int] | None = None
) -> dict[str, tuple[FunctionInfo, type]]:
    """The Functions among `namespace`'s values, by class name, in the order of their lines.

    With `module_name`, only the classes defined in that module count (not those it imported).
    """
    found: dict[int, type] = {}
    aliases: dict[int, list[str]] = {}
    for key, value in list(namespace.items()):
        if isinstance(value, type):
            if module_name is not None and value.__module__ != module_name:
                continue
            if _base_of(value) is not None:
                found.setdefault(id(value), value)
        owner = getattr(value, "__self__", None)
        if isinstance(owner, type) and getattr(value, "__name__", "") == "apply":
            aliases.setdefault(id(owner), []).append(key)
            if (module_name is None or owner.__module__ == module_name) and _base_of(owner) is not None:
                found.setdefault(id(owner), owner)
    result: dict[str, tuple[FunctionInfo, type]] = {}
    for cls in found.values():
        base = _base_of(cls)
        assert base is not None
        names = tuple(aliases.get(id(cls), ()))
        role = role_of(cls.__name__)
        if role is None:
            alias_roles = {role_of(alias) for alias in names} - {None}
            role = alias_roles.pop() if len(alias_roles) == 1 else None
        style = _style(cls, base)
        info = FunctionInfo(
            name=cls.__name__,
            role=role or "other",
            base=base,
            aliases=names,
            line=_class_line(cls, class_lines or {}),
            n_inputs=_n_inputs(cls, style),
            style=style,
        )
        result.setdefault(info.name, (info, cls))
    return dict(sorted(result.items(), key=lambda item: item[1][0].line))


# --- calling them -------------------------------------------------------------------------


class CallContext:
    """The `ctx` of a direct call: what torch's and gradviz's contexts offer, plus any attribute."""

    def __init__(self, n_inputs: int) -> None:
        self.needs_input_grad = (True,) * n_inputs
        self.materialize_grads = True
        self._saved: tuple[Any, ...] = ()

    def save_for_backward(self, *tensors: Any) -> None:
        self._saved = tensors

    @property
    def saved_tensors(self) -> tuple[Any, ...]:
        return self._saved

    @property
    def saved_variables(self) -> tuple[Any, ...]:
        return self._saved

    def needs_grad(self, index: int) -> bool:
        return index >= len(self.needs_input_grad) or self.needs_input_grad[index]

    def mark_non_differentiable(self, *tensors: Any) -> None:
        pass

    def mark_dirty(self, *tensors: Any) -> None:
        pass

    def save_for_forward(self, *tensors: Any) -> None:
        pass

    def set_materialize_grads(self, value: bool) -> None:
        self.materialize_grads = bool(value)


class _NotAnArray(Exception):
    pass


def one_line(error: BaseException) -> str:
    """'ValueError: shapes (7,5) and (3,5) not aligned': the type and the first line of the message."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    text = f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__
    return text if len(text) <= 300 else text[:297] + "..."


def student_line(error: BaseException, filename: str | None) -> int | None:
    """The line of the innermost traceback frame that lies in `filename` (None if none does)."""
    if filename is None:
        return None
    line = None
    tb = error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    if line is None and isinstance(error, SyntaxError) and error.filename == filename:
        line = error.lineno
    return line


def to_float64(value: Any, what: str) -> np.ndarray:
    """A student's tensor, Variable or array as a float64 copy; for anything else an error naming `what`."""
    torch = sys.modules.get("torch")
    if torch is not None and isinstance(value, torch.Tensor):
        if value.is_complex():
            raise _NotAnArray(f"{what} returned a complex tensor; return real values")
        return np.array(value.detach().cpu().to(torch.float64).numpy(), dtype=np.float64)
    if isinstance(value, Variable):
        value = value.value
    try:
        array = np.asarray(value)
    except Exception:  # a student's object may raise anything from __array__
        array = np.asarray(None)
    if array.dtype.kind not in "biuf":
        raise _NotAnArray(f"{what} returned {type(value).__name__}, not a tensor or an array of numbers")
    return np.array(array, dtype=np.float64)


def grads_tuple(value: Any) -> tuple[np.ndarray | None, ...]:
    """backward's raw return as a tuple of float64 arrays (None stays None; one value is a 1-tuple)."""
    if not isinstance(value, tuple | list):
        value = (value,)
    return tuple(None if g is None else to_float64(g, "backward") for g in value)


def _torch_dtype(dtype: str) -> Any:
    if dtype not in DTYPES:
        raise ValueError(f"dtype must be one of {', '.join(DTYPES)}, got {dtype!r}")
    return getattr(sys.modules["torch"], dtype)


def as_inputs(base: str, arrays: Sequence[np.ndarray], dtype: str, requires_grad: bool) -> list[Any]:
    """`arrays` as a `base` ("torch" or "gradviz") Function takes them: tensors of `dtype`, or arrays."""
    if dtype not in DTYPES:
        raise ValueError(f"dtype must be one of {', '.join(DTYPES)}, got {dtype!r}")
    if base == "torch":
        torch = sys.modules["torch"]
        return [
            torch.tensor(np.asarray(a), dtype=_torch_dtype(dtype)).requires_grad_(requires_grad)
            for a in arrays
        ]
    return [np.array(a, dtype=dtype) for a in arrays]


def no_grad(base: str) -> Any:
    """torch.no_grad() for a torch Function (as inside `.apply`), else a context that does nothing."""
    return sys.modules["torch"].no_grad() if base == "torch" else nullcontext()


class _Phase:
    """Where a call is, for its error: "forward", then "backward"."""

    def __init__(self, on_change: Callable[[str], None] | None) -> None:
        self.name = "forward"
        self._on_change = on_change

    def enter(self, name: str) -> None:
        self.name = name
        if self._on_change is not None:
            self._on_change(name)


def describe_error(error: BaseException, where: str, filename: str | None) -> StudentError:
    """What the student's code raised during `where`, with its line in `filename`, as a StudentError."""
    if isinstance(error, _NotAnArray):
        return StudentError("bad_reply", str(error), None, where)
    if isinstance(error, SystemExit):
        return StudentError(
            "crash",
            f"{where} ended the process (SystemExit: {error.code}); remove the sys.exit()/exit() call",
            student_line(error, filename),
            where,
        )
    return StudentError("exception", one_line(error), student_line(error, filename), where)


def forward_with_context(cls: type, info: FunctionInfo, ctx: CallContext, inputs: list[Any]) -> Any:
    """The student's forward filling `ctx`, in either style: forward(ctx, ...) or forward + setup_context."""
    if info.style == "setup_context":
        output = cls.forward(*inputs)  # type: ignore[attr-defined]
        cls.setup_context(ctx, tuple(inputs), output)  # type: ignore[attr-defined]
        return output
    return cls.forward(ctx, *inputs)  # type: ignore[attr-defined]


def invoke(
    cls: type,
    info: FunctionInfo,
    inputs: Sequence[np.ndarray],
    grad_output: np.ndarray | None = None,
    dtype: str = "float64",
    filename: str | None = None,
    on_phase: Callable[[str], None] | None = None,
) -> CallResult:
    """One direct call: forward(ctx, *inputs) with a fresh CallContext, then backward(ctx, grad_output).

    Torch Functions get tensors of `dtype` with requires_grad=True and run without recording, as
    inside `.apply`. The output and the raw grads come back as float64 arrays. SystemExit is caught
    (a "crash"); any other exception of the student's code is an "exception".
    """
    phase = _Phase(on_phase)
    output: np.ndarray | None = None
    try:
        tensors = as_inputs(info.base, inputs, dtype, requires_grad=True)
        ctx = CallContext(len(tensors))
        with no_grad(info.base):
            raw_output = forward_with_context(cls, info, ctx, tensors)
            output = to_float64(raw_output, "forward")
            if grad_output is None:
                return CallResult(output, None, None)
            g = as_inputs(info.base, [grad_output], dtype, requires_grad=False)[0]
            phase.enter("backward")
            grads = grads_tuple(cls.backward(ctx, g))  # type: ignore[attr-defined]
        return CallResult(output, grads, None)
    except BaseException as error:  # the student's code may raise anything, SystemExit included
        if isinstance(error, KeyboardInterrupt) and not _raised_by(error, filename):
            raise
        return CallResult(output, None, describe_error(error, phase.name, filename))


def _raised_by(error: BaseException, filename: str | None) -> bool:
    return student_line(error, filename) is not None


def forward_many(
    cls: type,
    info: FunctionInfo,
    input_sets: Sequence[Sequence[np.ndarray]],
    dtype: str = "float64",
    filename: str | None = None,
) -> list[np.ndarray] | StudentError:
    """forward on each set of inputs (no backward); the first error stops and is returned."""
    outputs = []
    try:
        with no_grad(info.base):
            for inputs in input_sets:
                tensors = as_inputs(info.base, inputs, dtype, requires_grad=False)
                outputs.append(
                    to_float64(forward_with_context(cls, info, CallContext(len(tensors)), tensors), "forward")
                )
    except BaseException as error:
        if isinstance(error, KeyboardInterrupt) and not _raised_by(error, filename):
            raise
        return describe_error(error, "forward", filename)
    return outputs


def chain(
    linear: tuple[FunctionInfo, type],
    mse: tuple[FunctionInfo, type],
    linear_inputs: Sequence[np.ndarray],
    y: np.ndarray,
    dtype: str = "float32",
    filename: str | None = None,
) -> ChainResult:
    """loss = MSE.apply(Linear.apply(*linear_inputs), y); loss.backward() (of its sum if not a scalar).

    Torch Functions run in `dtype`; gradviz Functions in float64, the only dtype of gradviz's engine.
    """
    (linear_info, linear_cls), (mse_info, mse_cls) = linear, mse
    loss_dtype = dtype if linear_info.base == "torch" else "float64"
    try:
        if linear_info.base != mse_info.base:
            raise TypeError(
                f"{linear_info.name} is a {linear_info.base} Function and {mse_info.name} a {mse_info.base} "
                "one; use the same kind for both"
            )
        if linear_info.base == "torch":
            torch = sys.modules["torch"]
            leaves = as_inputs("torch", linear_inputs, dtype, requires_grad=True)
            target = as_inputs("torch", [y], dtype, requires_grad=False)[0]
            with torch.enable_grad():
                loss = mse_cls.apply(linear_cls.apply(*leaves), target)  # type: ignore[attr-defined]
                if not isinstance(loss, torch.Tensor):
                    raise _NotAnArray(f"{mse_info.name}.apply returned {type(loss).__name__}, not a tensor")
                total = loss if loss.numel() == 1 else loss.sum()
                loss_dtype = str(total.dtype).removeprefix("torch.")
                total.backward()
            grads = tuple(None if t.grad is None else to_float64(t.grad, "backward") for t in leaves)
            return ChainResult(float(total.detach()), grads, loss_dtype, None)
        # gradviz's engine is float64 only: its chain runs as a gradviz descent script runs it.
        variables = [
            Variable(a, requires_grad=True) for a in as_inputs("gradviz", linear_inputs, "float64", False)
        ]
        loss = mse_cls.apply(linear_cls.apply(*variables), Variable(np.array(y, dtype=np.float64)))  # type: ignore[attr-defined]
        value = to_float64(loss.value, "forward")
        loss_dtype = str(np.asarray(loss.value).dtype)
        loss.backward(None if value.size == 1 else np.ones_like(value))
        grads = tuple(None if v.grad is None else to_float64(v.grad, "backward") for v in variables)
        return ChainResult(float(value.sum()), grads, loss_dtype, None)
    except BaseException as error:
        if isinstance(error, KeyboardInterrupt) and not _raised_by(error, filename):
            raise
        return ChainResult(None, None, loss_dtype, describe_error(error, "chain", filename))


@contextmanager
def quiet_warnings() -> Iterator[None]:
    """The student's warnings are not the caller's: never printed, never raised as errors."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield

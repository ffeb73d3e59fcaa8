"""Check a student's Functions through a backend (Sandbox or InProcess); the verdicts are computed here.

- backward against central finite differences of the student's OWN forward, in float64, with a
  random grad_output (signed, never 1), on shapes with q, n, p all different and > 1, and with
  q = 1 and n = 1;
- every returned gradient has its input's shape (a (q, p) ∂b fails even though torch sums it);
- the forward against the course's definitions (Linear = XW + b, mse = (1/q)‖Ŷ − Y‖², a scalar);
- the chain mse(linear(X, W, b), Y) with .backward() in float32, as a descent script runs it.

Nothing not finite, no missing reply and no error ever passes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ..i18n import QT_TRANSLATE_NOOP
from . import slips
from .failure import text
from .probe import (
    BIAS_SHAPES,
    COLUMN,
    GENERAL,
    ROW,
    SQUARE,
    Backend,
    LinearProbe,
    MseProbe,
    Shape,
    close,
    linear_arguments,
)

if TYPE_CHECKING:
    from .functions import FunctionInfo, StudentError

__all__ = [
    "EPS",
    "ATOL",
    "RTOL",
    "InputCheck",
    "CaseCheck",
    "ChainCheck",
    "FunctionReport",
    "check_backward",
    "check_linear",
    "check_mse",
    "check_other",
    "check_chain",
    "error_text",
    "describer",
    "DATA_INPUTS",
]

EPS, ATOL, RTOL = 1e-6, 1e-5, 1e-3  # gradviz.engine.gradcheck's defaults
CHAIN_ATOL, CHAIN_RTOL = 1e-3, 1e-2  # float32 against float64 finite differences
# The data of each role: a descent loop never differentiates them, so backward may return None
# for them, as torch code often does. A value returned for them must still be right.
DATA_INPUTS = {"linear": ("X",), "mse": ("Y",)}


@dataclass(frozen=True)
class InputCheck:
    """One input's gradient at one case: the largest |yours − finite difference| and where."""

    name: str
    shape: tuple[int, ...]
    grad_shape: tuple[int, ...] | None  # None: no gradient came back
    largest_error: float | None  # None: not compared (missing, wrong shape, not finite)
    entry: tuple[int, ...] | None
    passed: bool
    failure: str = ""
    note: str = ""  # e.g. why a None for a data input is accepted


@dataclass
class CaseCheck:
    """backward against finite differences at one set of inputs (the arrays are kept to name slips)."""

    label: str
    names: tuple[str, ...]
    values: list[np.ndarray]
    passed: bool
    inputs: list[InputCheck]
    failure: str = ""
    error: StudentError | None = None
    bias: str = ""
    course_forward: bool | None = None
    output: np.ndarray | None = field(default=None, repr=False)
    grad_output: np.ndarray | None = field(default=None, repr=False)
    grads: tuple[Any, ...] | None = field(default=None, repr=False)
    numeric: list[np.ndarray] | None = field(default=None, repr=False)
    numeric_ones: list[np.ndarray] | None = field(default=None, repr=False)  # with grad_output = 1

    @property
    def shapes(self) -> tuple[tuple[int, ...], ...]:
        return tuple(v.shape for v in self.values)


@dataclass
class ChainCheck:
    """loss = mse(linear(X, W, b), Y); loss.backward() in float32, against float64 finite differences."""

    passed: bool
    dtype: str
    bias: str
    loss: float | None
    inputs: list[InputCheck]
    failure: str = ""
    error: StudentError | None = None
    slips: list[str] = field(default_factory=list)


@dataclass
class FunctionReport:
    name: str
    role: str  # "linear", "mse" or "other"
    base: str  # "torch" or "gradviz"
    line: int
    aliases: tuple[str, ...]
    gradients_ok: bool
    matches_course: bool | None  # None for "other": the course defines only Linear and mse
    conventions: dict[str, Any]
    cases: list[CaseCheck]
    slips: list[str]
    failure: str = ""  # why nothing could be checked

    @classmethod
    def unchecked(
        cls, info: FunctionInfo, conventions: dict[str, Any], failure: str, slip_names: Sequence[str] = ()
    ) -> FunctionReport:
        course = None if info.role == "other" else False
        return cls(
            info.name, info.role, info.base, info.line, tuple(info.aliases), False, course,
            conventions, [], list(slip_names), failure,
        )  # fmt: skip


Describe = Callable[[int | None], str]


def _plain_line(line: int | None) -> str:
    return text(QT_TRANSLATE_NOOP("Checks", "line {line}"), line=line) if line else ""


def describer(backend: object) -> Describe:
    """The backend's describe_line ("code cell 2, line 12" in a notebook), or plain "line 12"."""
    describe = getattr(backend, "describe_line", None)
    return describe if callable(describe) else _plain_line


def error_text(error: StudentError | None, describe: Describe = _plain_line) -> str:
    """ "ValueError: … (line 12, in backward)": the student's exception and their line."""
    if error is None:
        return text(QT_TRANSLATE_NOOP("Checks", "no reply"))
    if error.line:
        where = text(
            QT_TRANSLATE_NOOP("Checks", "{line}, in {method}"), line=describe(error.line), method=error.where
        )
    else:
        where = text(QT_TRANSLATE_NOOP("Checks", "in {method}"), method=error.where)
    return text("{message} ({where})", message=error.message, where=where)


def _raised(error: StudentError, describe: Describe = _plain_line) -> str:
    """ "raised ValueError: … (line 12, in backward)", or "failed: …" for a timeout or a crash."""
    if error.kind == "exception":
        return text(QT_TRANSLATE_NOOP("Checks", "raised {error}"), error=error_text(error, describe))
    return text(QT_TRANSLATE_NOOP("Checks", "failed: {error}"), error=error_text(error, describe))


def _none_note(name: str, base: str) -> str:
    if base == "torch":
        gradcheck = text(
            QT_TRANSLATE_NOOP("Checks", "torch.autograd.gradcheck with {data}.requires_grad=True"),
            data=name.lower(),
        )
    else:
        gradcheck = text(
            QT_TRANSLATE_NOOP("Checks", "a gradcheck that also differentiates {name}"), name=name
        )
    return text(
        QT_TRANSLATE_NOOP(
            "Checks", "None for {name}: fine for training, {name} is data; {gradcheck} would fail it"
        ),
        name=name,
        gradcheck=gradcheck,
    )


def _signed(rng: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
    """A random grad_output: magnitudes in [0.5, 1.5], random signs (1 would hide an ignored one)."""
    return rng.uniform(0.5, 1.5, size=shape) * rng.choice([-1.0, 1.0], size=shape)


def check_backward(
    backend: Backend,
    name: str,
    names: Sequence[str],
    values: Sequence[np.ndarray],
    rng: np.random.Generator,
    label: str,
    bias: str = "",
    data: Collection[str] = (),
    function_base: str = "torch",
) -> CaseCheck:
    """The student's backward at `values` against finite differences of their forward.

    `data`: the names of inputs for which backward may return None (X, Y: see DATA_INPUTS).
    """
    values = [np.array(v, dtype=np.float64) for v in values]
    names = tuple(names)
    describe = describer(backend)

    def failed(failure: str, error: StudentError | None = None, **arrays: Any) -> CaseCheck:
        unchecked = [InputCheck(n, v.shape, None, None, None, False) for n, v in zip(names, values)]
        return CaseCheck(label, names, values, False, unchecked, failure, error, bias, **arrays)

    sets = [values]
    for i, x in enumerate(values):
        for index in np.ndindex(x.shape):
            for step in (EPS, -EPS):
                moved = x.copy()
                moved[index] += step
                sets.append([*values[:i], moved, *values[i + 1 :]])
    outputs = backend.forward_many(name, sets)
    if not isinstance(outputs, list):
        return failed(
            text(QT_TRANSLATE_NOOP("Checks", "forward {raised}"), raised=_raised(outputs, describe)), outputs
        )
    if len(outputs) != len(sets) or any(o is None for o in outputs):
        return failed(text(QT_TRANSLATE_NOOP("Checks", "forward gave no output for some inputs")))
    base = np.asarray(outputs[0], dtype=np.float64)
    if any(np.shape(o) != base.shape for o in outputs):
        unstable = text(
            QT_TRANSLATE_NOOP("Checks", "forward's output changes shape when an input moves by {eps}"),
            eps=f"{EPS:g}",
        )
        return failed(unstable, output=base)
    if not all(np.isfinite(o).all() for o in outputs):
        infinite = text(
            QT_TRANSLATE_NOOP("Checks", "forward returned NaN or infinite values at these inputs")
        )
        return failed(infinite, output=base)

    G = _signed(rng, base.shape)
    ones = np.ones(base.shape)
    numeric, numeric_ones, k = [], [], 1
    for x in values:
        with_g, with_ones = np.empty(x.shape), np.empty(x.shape)
        for index in np.ndindex(x.shape):
            diff = np.asarray(outputs[k], dtype=np.float64) - np.asarray(outputs[k + 1], dtype=np.float64)
            with_g[index] = np.sum(G * diff) / (2 * EPS)
            with_ones[index] = np.sum(ones * diff) / (2 * EPS)
            k += 2
        numeric.append(with_g)
        numeric_ones.append(with_ones)

    arrays: dict[str, Any] = {
        "output": base, "grad_output": G, "numeric": numeric, "numeric_ones": numeric_ones,
    }  # fmt: skip
    result = backend.call(name, values, grad_output=G)
    if result.error is not None:
        raised = text(
            QT_TRANSLATE_NOOP("Checks", "backward {raised}"), raised=_raised(result.error, describe)
        )
        return failed(raised, result.error, **arrays)
    if result.grads is None:
        return failed(text(QT_TRANSLATE_NOOP("Checks", "backward returned nothing")), **arrays)
    grads = tuple(result.grads)
    inputs = [
        _compare(n, x, grads[i] if i < len(grads) else None, numeric[i], n in data, function_base)
        for i, (n, x) in enumerate(zip(names, values))
    ]
    failure = next((c.failure for c in inputs if c.failure), "")
    if len(grads) != len(values):
        if len(grads) == 1:
            count = QT_TRANSLATE_NOOP(
                "Checks",
                "backward returned 1 gradient for {inputs} inputs ({names}); "
                "return one per input, in forward's order",
            )
        else:
            count = QT_TRANSLATE_NOOP(
                "Checks",
                "backward returned {grads} gradients for {inputs} inputs ({names}); "
                "return one per input, in forward's order",
            )
        failure = text(count, grads=len(grads), inputs=len(values), names=", ".join(names))
    return CaseCheck(label, names, values, not failure, inputs, failure, None, bias, grads=grads, **arrays)


def _compare(
    name: str, x: np.ndarray, grad: Any, numeric: np.ndarray, is_data: bool = False, base: str = "torch"
) -> InputCheck:
    if grad is None and is_data:
        return InputCheck(name, x.shape, None, None, None, True, note=_none_note(name, base))
    if grad is None:
        return InputCheck(
            name,
            x.shape,
            None,
            None,
            None,
            False,
            text(QT_TRANSLATE_NOOP("Checks", "backward returned None for {name}; return ∂{name}"), name=name),
        )
    grad = np.asarray(grad, dtype=np.float64)
    if grad.shape != x.shape:
        if grad.size > x.size:
            template = QT_TRANSLATE_NOOP(
                "Checks",
                "∂{name} is {shape}, not {name}'s shape {expected} "
                "(torch would sum it down silently, yet it is not the gradient)",
            )
        else:
            template = QT_TRANSLATE_NOOP("Checks", "∂{name} is {shape}, not {name}'s shape {expected}")
        wrong_shape = text(template, name=name, shape=grad.shape, expected=x.shape)
        return InputCheck(name, x.shape, grad.shape, None, None, False, wrong_shape)
    if not np.isfinite(grad).all():
        return InputCheck(
            name,
            x.shape,
            grad.shape,
            None,
            None,
            False,
            text(QT_TRANSLATE_NOOP("Checks", "∂{name} has NaN or infinite entries"), name=name),
        )
    error = np.abs(grad - numeric)
    entry = _worst_entry(error)
    largest = float(error[entry]) if error.size else 0.0
    failure: str = ""
    if (error > ATOL + RTOL * np.abs(numeric)).any():
        failure = text(
            QT_TRANSLATE_NOOP("Checks", "∂{name}{entry}: yours {yours}, finite differences {numeric}"),
            name=name,
            entry=list(entry),
            yours=f"{grad[entry]:.6g}",
            numeric=f"{numeric[entry]:.6g}",
        )
    return InputCheck(name, x.shape, grad.shape, largest, entry, not failure, failure)


def _worst_entry(error: np.ndarray) -> tuple[int, ...]:
    if not error.size:
        return ()
    return tuple(int(i) for i in np.unravel_index(int(np.argmax(error)), error.shape))


def linear_conventions(probe: LinearProbe) -> dict[str, Any]:
    return {
        "arguments": list(probe.order) if probe.order else None,
        "w_layout": {"np": "(n, p)", "pn": "(p, n)"}.get(probe.layout or ""),
        "bias_shapes": list(probe.bias_shapes),
        "forward": "course" if probe.course_forward else "other",
    }


def check_linear(
    backend: Backend, info: FunctionInfo, probe: LinearProbe, rng: np.random.Generator
) -> FunctionReport:
    conventions = linear_conventions(probe)
    if probe.order is None or probe.layout is None:
        failure = text(
            QT_TRANSLATE_NOOP("Checks", "its forward raised {error} in every argument order and W layout"),
            error=error_text(probe.error, describer(backend)),
        )
        return FunctionReport.unchecked(info, conventions, failure, slips.error_slips(probe.error))
    biases = probe.bias_shapes or ("",)
    cases = []
    for bias in biases:
        for shape in (GENERAL, ROW, COLUMN):
            cases.append(_linear_case(backend, info, probe, shape, bias, rng))
    gradients_ok = any(all(c.passed for c in cases if c.bias == bias) for bias in biases)
    matches_course = all(c.course_forward for c in cases) and (not probe.has_bias or "(p,)" in biases)
    square = None
    if not gradients_ok and any(c.error is not None and c.error.where == "backward" for c in cases):
        square = _linear_case(backend, info, probe, SQUARE, biases[0], rng)  # to name the slip
    names = slips.linear_slips(cases, probe, square) if not gradients_ok or not matches_course else []
    return FunctionReport(
        info.name, info.role, info.base, info.line, tuple(info.aliases), gradients_ok, matches_course,
        conventions, cases, names,
    )  # fmt: skip


def _linear_case(
    backend: Backend,
    info: FunctionInfo,
    probe: LinearProbe,
    shape: Shape,
    bias: str,
    rng: np.random.Generator,
) -> CaseCheck:
    assert probe.order is not None and probe.layout is not None
    q, n, p = shape.q, shape.n, shape.p
    X, W, b = rng.normal(size=(q, n)), rng.normal(size=(n, p)), rng.normal(size=p)
    args = linear_arguments(
        probe.order, probe.layout, X, W, b.reshape(BIAS_SHAPES[bias](p)) if bias else None
    )
    label = shape.label + (f", b {bias}" if bias else "")
    case = check_backward(
        backend, info.name, probe.order, args, rng, label, bias, DATA_INPUTS["linear"], info.base
    )
    case.course_forward = close(case.output, X @ W + (b if bias else 0.0))
    return case


def check_mse(
    backend: Backend, info: FunctionInfo, probe: MseProbe, rng: np.random.Generator
) -> FunctionReport:
    conventions: dict[str, Any] = {"reduction": probe.reduction}
    if probe.factor is not None:
        conventions["factor"] = probe.factor
    if probe.reduction is None:
        failure = text(
            QT_TRANSLATE_NOOP("Checks", "its forward on (Ŷ, Y) of shape {shape} raised {error}"),
            shape=(GENERAL.q, GENERAL.p),
            error=error_text(probe.error, describer(backend)),
        )
        if probe.error is None:
            failure = text(QT_TRANSLATE_NOOP("Checks", "its forward returned NaN or infinite values"))
        return FunctionReport.unchecked(info, conventions, failure, slips.error_slips(probe.error))
    cases = []
    for shape in (GENERAL, ROW):
        Y_hat, Y = rng.normal(size=(shape.q, shape.p)), rng.normal(size=(shape.q, shape.p))
        label = f"q={shape.q} p={shape.p}"
        case = check_backward(
            backend,
            info.name,
            ("Y_hat", "Y"),
            [Y_hat, Y],
            rng,
            label,
            data=DATA_INPUTS["mse"],
            function_base=info.base,
        )
        out = case.output
        course = np.sum((Y_hat - Y) ** 2) / shape.q
        case.course_forward = out is not None and out.size == 1 and close(out.reshape(()), course)
        cases.append(case)
    gradients_ok = all(c.passed for c in cases)
    matches_course = all(c.course_forward for c in cases)
    names = slips.mse_slips(cases) if not gradients_ok else []
    return FunctionReport(
        info.name, info.role, info.base, info.line, tuple(info.aliases), gradients_ok, matches_course,
        conventions, cases, names,
    )  # fmt: skip


def _other_inputs(count: int) -> list[list[tuple[int, ...]]]:
    """Shapes to try for a Function the course does not define: same shapes, vectors, scalars, products."""
    chain: list[tuple[int, ...]] = [(4, 3), (3, 2), (2, 5), (5, 6), (6, 4)]
    return [[(4, 3)] * count, [(5,)] * count, [()] * count, chain[:count]]


def check_other(backend: Backend, info: FunctionInfo, rng: np.random.Generator) -> FunctionReport:
    counts = [info.n_inputs] if info.n_inputs else [1, 2, 3]
    for count in counts:
        for shapes in _other_inputs(count):
            values = [rng.uniform(0.5, 1.5, size=s) for s in shapes]  # positive: log and sqrt are fine
            out = backend.call(info.name, values).output
            if out is not None and np.isfinite(out).all():
                names = tuple(f"x{i}" for i in range(count))
                label = ", ".join(map(str, shapes))
                case = check_backward(backend, info.name, names, values, rng, label, function_base=info.base)
                conventions = {"inputs": [list(s) for s in shapes]}
                return FunctionReport(
                    info.name, info.role, info.base, info.line, tuple(info.aliases), case.passed, None,
                    conventions, [case], [] if case.passed else slips.case_slips(case),
                )  # fmt: skip
    failure = text(
        QT_TRANSLATE_NOOP(
            "Checks",
            "found no inputs its forward accepts (tried equal shapes (4, 3), vectors, scalars, products)",
        )
    )
    return FunctionReport.unchecked(info, {"inputs": None}, failure)


def check_chain(
    backend: Backend,
    linear: FunctionInfo,
    probe: LinearProbe,
    mse: FunctionInfo,
    bias: str,
    rng: np.random.Generator,
    dtype: str = "float32",
) -> ChainCheck:
    """As a descent script: loss = mse(linear(X, W, b), Y); loss.backward(); then W.grad and b.grad."""
    assert probe.order is not None and probe.layout is not None
    q, n, p = GENERAL.q, GENERAL.n, GENERAL.p
    as32 = (lambda a: a.astype(np.float32).astype(np.float64)) if dtype == "float32" else (lambda a: a)
    X, W, Y = as32(rng.normal(size=(q, n))), as32(rng.normal(size=(n, p))), as32(rng.normal(size=(q, p)))
    b = as32(rng.normal(size=BIAS_SHAPES[bias](p))) if bias else None
    args = linear_arguments(probe.order, probe.layout, X, W, b)
    names = probe.order

    def failed(failure: str, error: StudentError | None = None, loss: float | None = None) -> ChainCheck:
        unchecked = [InputCheck(nm, a.shape, None, None, None, False) for nm, a in zip(names, args)]
        found = slips.error_slips(error)
        if error is not None and dtype == "float32":
            again = backend.chain(linear.name, mse.name, args, Y, dtype="float64")
            if again.error is None:
                found.append("float64_in_backward")
        return ChainCheck(False, dtype, bias, loss, unchecked, failure, error, found)

    result = backend.chain(linear.name, mse.name, args, Y, dtype=dtype)
    if result.error is not None:
        return failed(_raised(result.error, describer(backend)), result.error)
    if result.loss is None or not np.isfinite(result.loss):
        return failed(
            text(QT_TRANSLATE_NOOP("Checks", "the loss is missing, NaN or infinite")), loss=result.loss
        )
    if result.grads is None:
        return failed(text(QT_TRANSLATE_NOOP("Checks", "no gradients came back")), loss=result.loss)

    reference = _chain_reference(backend, linear.name, mse.name, args, Y)
    if not isinstance(reference, list):
        raised = text(
            QT_TRANSLATE_NOOP("Checks", "forward raised {error} in float64"),
            error=error_text(reference, describer(backend)),
        )
        return failed(raised, reference, result.loss)
    inputs = []
    for i, (nm, a) in enumerate(zip(names, args)):
        grad = result.grads[i] if i < len(result.grads) else None
        if grad is None and nm == "X":  # a descent script never reads X.grad
            inputs.append(InputCheck(nm, a.shape, None, None, None, True))
            continue
        inputs.append(_compare_chain(nm, a, grad, reference[i]))
    failure = next((c.failure for c in inputs if c.failure), "")
    return ChainCheck(not failure, result.dtype or dtype, bias, float(result.loss), inputs, failure)


def _compare_chain(name: str, x: np.ndarray, grad: Any, reference: np.ndarray) -> InputCheck:
    if grad is None:
        return InputCheck(
            name,
            x.shape,
            None,
            None,
            None,
            False,
            text(QT_TRANSLATE_NOOP("Checks", "{name}.grad is None after loss.backward()"), name=name),
        )
    grad = np.asarray(grad, dtype=np.float64)
    if grad.shape != x.shape or not np.isfinite(grad).all():
        return InputCheck(
            name,
            x.shape,
            grad.shape,
            None,
            None,
            False,
            text(
                QT_TRANSLATE_NOOP("Checks", "{name}.grad is {shape} or not finite"),
                name=name,
                shape=grad.shape,
            ),
        )
    error = np.abs(grad - reference)
    entry = _worst_entry(error)
    failure: str = ""
    if (error > CHAIN_ATOL + CHAIN_RTOL * np.abs(reference)).any():
        failure = text(
            QT_TRANSLATE_NOOP("Checks", "{name}.grad{entry}: {value}, finite differences {reference}"),
            name=name,
            entry=list(entry),
            value=f"{grad[entry]:.6g}",
            reference=f"{reference[entry]:.6g}",
        )
    return InputCheck(
        name, x.shape, grad.shape, float(error[entry]) if error.size else 0.0, entry, not failure, failure
    )


def _chain_reference(
    backend: Backend, linear: str, mse: str, args: list[np.ndarray], Y: np.ndarray
) -> list[np.ndarray] | StudentError:
    """d sum(mse(linear(args), Y)) / d args, by central differences of the student's forwards in float64."""
    sets = []
    for i, x in enumerate(args):
        for index in np.ndindex(x.shape):
            for step in (EPS, -EPS):
                moved = x.copy()
                moved[index] += step
                sets.append([*args[:i], moved, *args[i + 1 :]])
    outputs = backend.forward_many(linear, sets)
    if not isinstance(outputs, list):
        return outputs
    losses = backend.forward_many(mse, [[o, Y] for o in outputs])
    if not isinstance(losses, list):
        return losses
    totals = [float(np.sum(loss)) for loss in losses]
    grads, k = [], 0
    for x in args:
        grad = np.empty(x.shape)
        for index in np.ndindex(x.shape):
            grad[index] = (totals[k] - totals[k + 1]) / (2 * EPS)
            k += 2
        grads.append(grad)
    return grads

"""Name the classic slip behind a failed check, when the numbers fit one.

A slip is named only from what the student's code returned, compared with finite differences of
their own forward (or with the course's formulas for Linear), never from their source text.
The vocabulary (names are stable: they appear in `--json`):

- sign_flipped: a gradient is the negative of the right one (often ∂Y in MSE).
- gradients_swapped: the gradients come back in another order than forward's inputs.
- normalisation_mismatch: backward is a constant multiple of the gradient of the student's own
  forward (forward and backward normalised differently, e.g. mean over q·p against 2/q).
- missing_1_over_q: backward is q times the gradient of the forward: the 1/q was dropped.
- dx_dw_swapped: ∂X and ∂W are exchanged (possibly transposed).
- gradient_transposed: a gradient is the transpose of the right one.
- wrong_product_order: a product in backward has its factors in the wrong order, e.g. G·Xᵀ for XᵀG.
- dx_missing_wt: ∂X is G·W instead of G·Wᵀ.
- db_ones: ∂b is a block of ones instead of the column sums of grad_output.
- db_unreduced: ∂b is grad_output itself, (q, p), not summed over the rows.
- x_times_w: the forward multiplies X * W entry by entry (right only when n = 1).
- ignores_grad_output: backward returns the gradient for grad_output = 1, whatever it receives.
- unpacks_unsaved: backward unpacks more saved tensors than forward saved.
- float64_in_backward: backward builds a float64 tensor, so the float32 chain of a descent script crashes.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from ..i18n import QT_TRANSLATE_NOOP, translate
from .probe import close

if TYPE_CHECKING:
    from .checks import CaseCheck
    from .functions import StudentError
    from .probe import LinearProbe

__all__ = ["SLIPS", "explanation", "case_slips", "error_slips", "linear_slips", "mse_slips", "ordered"]

SLIPS: dict[str, str] = {  # name: explanation (in English: `explanation(name)` translates it)
    "sign_flipped": QT_TRANSLATE_NOOP(
        "Slips", "One gradient has the wrong sign: a descent step with it climbs instead of going down."
    ),
    "gradients_swapped": QT_TRANSLATE_NOOP(
        "Slips",
        "backward returns the gradients in another order than forward takes its inputs (for MSE, swapping "
        "∂Ŷ and ∂Y gives the same numbers as flipping both signs).",
    ),
    "normalisation_mismatch": QT_TRANSLATE_NOOP(
        "Slips",
        "backward is a constant multiple of the gradient of your own forward: the two divide by different "
        "numbers (q, p or q·p); use the same normalisation in both.",
    ),
    "missing_1_over_q": QT_TRANSLATE_NOOP(
        "Slips", "Your gradient is q times too large: the 1/q of the mean was dropped (q = 1 would hide it)."
    ),
    "dx_dw_swapped": QT_TRANSLATE_NOOP(
        "Slips", "∂X and ∂W are exchanged: ∂X = G·Wᵀ has X's shape (q, n), ∂W = Xᵀ·G has W's (n, p)."
    ),
    "gradient_transposed": QT_TRANSLATE_NOOP(
        "Slips", "A gradient is transposed: it must have its input's shape, entry for entry."
    ),
    "wrong_product_order": QT_TRANSLATE_NOOP(
        "Slips",
        "A product in backward has its factors in the wrong order (e.g. G·Xᵀ for Xᵀ·G): write the shapes, "
        "(n×q)(q×p) → n×p, to find the order.",
    ),
    "dx_missing_wt": QT_TRANSLATE_NOOP("Slips", "∂X is G·W; it is G·Wᵀ, of shape (q, n)."),
    "db_ones": QT_TRANSLATE_NOOP(
        "Slips", "∂b is a block of ones; it is the column sums of grad_output, Σᵢ Gᵢ, of shape (p,)."
    ),
    "db_unreduced": QT_TRANSLATE_NOOP(
        "Slips",
        "∂b is grad_output itself, (q, p): sum it over the rows (axis 0) to get b's shape; torch sums it "
        "silently, so its gradcheck passes, but it is not the gradient with respect to b.",
    ),
    "x_times_w": QT_TRANSLATE_NOOP(
        "Slips",
        "The forward computes X * W entry by entry; it is the matrix product X @ W (n = 1 hides this).",
    ),
    "ignores_grad_output": QT_TRANSLATE_NOOP(
        "Slips",
        "backward ignores grad_output: multiply by it (chain rule), or the gradient is wrong whenever "
        "your Function is not the last one (grad_output = 1 hides this).",
    ),
    "unpacks_unsaved": QT_TRANSLATE_NOOP(
        "Slips", "backward unpacks more saved tensors than forward saved with ctx.save_for_backward."
    ),
    "float64_in_backward": QT_TRANSLATE_NOOP(
        "Slips",
        "backward builds a float64 tensor: in float32, torch's default, a descent script crashes; make "
        "new tensors with the dtype of grad_output (torch.ones_like, dtype=G.dtype).",
    ),
}


def explanation(name: str) -> str:
    """What slip `name` means and how to fix it, in the chosen language."""
    return translate("Slips", SLIPS[name])


def ordered(names: Iterable[str]) -> list[str]:
    """Distinct slip names in the vocabulary's order."""
    found = set(names)
    return [name for name in SLIPS if name in found]


def error_slips(error: StudentError | None) -> list[str]:
    if error is None:
        return []
    if error.where in ("backward", "chain") and "not enough values to unpack" in error.message:
        return ["unpacks_unsaved"]
    return []


def _factor(grad: np.ndarray, numeric: np.ndarray) -> float | None:
    """c such that grad = c · numeric, when there is one."""
    scale = float(np.sum(numeric * numeric))
    if grad.shape != numeric.shape or scale < 1e-12:
        return None
    c = float(np.sum(grad * numeric)) / scale
    return c if close(grad, c * numeric, rtol=1e-4, atol=1e-7) else None


def case_slips(case: CaseCheck, skip: Collection[str] = ()) -> list[str]:
    """Slips any Function can make, from one failed case (`skip`: inputs already explained)."""
    found = error_slips(case.error)
    if case.grads is None or case.numeric is None or case.numeric_ones is None:
        return found
    grads = [None if g is None else np.asarray(g, dtype=np.float64) for g in case.grads[: len(case.values)]]
    numeric, ones = case.numeric, case.numeric_ones
    q = case.values[0].shape[0] if case.values[0].ndim else 1
    for name, grad, num, num_ones in zip(case.names, grads, numeric, ones):
        if name in skip or grad is None or close(grad, num, rtol=1e-4, atol=1e-7):
            continue
        if grad.ndim == 2 and grad.shape != num.shape and close(grad, num.T, rtol=1e-4, atol=1e-7):
            found.append("gradient_transposed")
        if close(grad, num_ones, rtol=1e-4, atol=1e-7):
            found.append("ignores_grad_output")
            continue  # for a scalar output, ignoring grad_output also looks like a constant factor
        c = _factor(grad, num)
        if c is None:
            continue
        if c < 0:
            found.append("sign_flipped")
            c = -c
        if q > 1 and abs(c - q) < 1e-3 * q:
            found.append("missing_1_over_q")
        elif abs(c - 1) > 1e-3:
            found.append("normalisation_mismatch")
    count = len(grads)
    if count > 1 and all(g is not None for g in grads):
        for order in itertools.permutations(range(count)):
            if order != tuple(range(count)) and all(close(grads[i], numeric[j], rtol=1e-4, atol=1e-7)
                                                    for i, j in enumerate(order)):  # fmt: skip
                found.append("gradients_swapped")
                break
    return ordered(found)


def _product(a: np.ndarray, b: np.ndarray) -> np.ndarray | None:
    return a @ b if a.shape[-1] == b.shape[0] else None


def _linear_case_slips(case: CaseCheck, layout: str) -> list[str]:
    if case.grads is None or case.grad_output is None or case.numeric is None:
        return case_slips(case)
    found: list[str] = []
    values = dict(zip(case.names, case.values))
    grads: dict[str, Any] = {
        name: None if g is None else np.asarray(g, dtype=np.float64)
        for name, g in zip(case.names, case.grads)
    }
    numeric = dict(zip(case.names, case.numeric))
    G, X = case.grad_output, values["X"]
    W = values["W"] if layout == "np" else values["W"].T  # the course's (n, p)
    gX, gW, gb = grads.get("X"), grads.get("W"), grads.get("b")
    if gW is not None and layout == "pn":
        gW = gW.T
    if gb is not None and gb.size and np.all(gb == 1.0):
        found.append("db_ones")
    elif gb is not None and "b" in values and gb.shape != values["b"].shape and close(gb, G):
        found.append("db_unreduced")
    found += case_slips(case, skip=("b",) if found else ())

    def like(grad: np.ndarray | None, right: np.ndarray) -> bool:
        return grad is not None and (close(grad, right) or close(grad, right.T))

    if like(grads.get("X"), numeric["W"]) and like(grads.get("W"), numeric["X"]):
        found = [name for name in found if name != "gradients_swapped"] + ["dx_dw_swapped"]
    if gX is not None and close(gX, _product(G, W)):
        found.append("dx_missing_wt")
    wrong_order = (_product(G, X.T), _product(G, X)) if gW is not None else ()
    if any(close(gW, candidate) for candidate in wrong_order) or (
        gX is not None and close(gX, _product(W.T, G))
    ):
        found.append("wrong_product_order")
    return found


def linear_slips(cases: Sequence[CaseCheck], probe: LinearProbe, square: CaseCheck | None) -> list[str]:
    layout = probe.layout or "np"
    found: list[str] = []
    for case in [*cases, *([square] if square is not None else [])]:
        if not case.passed:
            found += _linear_case_slips(case, layout)
    wide = [c for c in cases if c.values and c.names and dict(zip(c.names, c.values))["X"].shape[1] > 1]
    narrow = [c for c in cases if c not in wide]
    if any(not c.course_forward for c in wide) and any(c.course_forward for c in narrow):
        found.append("x_times_w")
    if probe.found_at is not None and probe.found_at.n == 1:
        found.append("x_times_w")
    return ordered(found)


def mse_slips(cases: Sequence[CaseCheck]) -> list[str]:
    found: list[str] = []
    for case in cases:
        if not case.passed:
            found += case_slips(case)
    return ordered(found)

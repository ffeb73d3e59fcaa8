"""The "common mistakes" section of the Derivation page: each slip of DESIGN §1, on this batch's numbers."""

from __future__ import annotations

from .derivation_format import as_result, matrix_text, number, shape_text, when_known
from .derivation_sections import Page
from .derivation_text import TEXT

__all__ = ["mistakes"]

SCALE_FREE = ("adam", "rmsprop", "adagrad")  # optimizers whose steps barely change when ∇C is scaled


def mistakes(page: Page) -> str:
    d, walk = page.derivation, page.walk
    slips, known = d.mistakes(walk.lr), walk.input_grads_known()
    order, dropped, flip = slips.wrong_order, slips.dropped_one_over_q, slips.sign_flip
    if order.result is not None:
        verdict = TEXT["order_accident"].format(
            p=d.p, result=shape_text(order.result), correct=shape_text(order.correct)
        )
    else:
        verdict = TEXT["order_error"].format(
            a=order.left[1], b=order.right[0], correct=shape_text(order.correct)
        )
    ones = TEXT["ones"].format(
        jacobian=shape_text(slips.bias_as_ones.jacobian),
        p=d.p,
        value=when_known(known, lambda: matrix_text(slips.bias_as_ones.value)),
    )
    too_large = TEXT["dropped"].format(
        label=page.label,
        value=when_known(known, lambda: number(dropped.value[page.index])),
        q=d.q,
        critical=number(dropped.critical_lr),
        slip=number(dropped.critical_lr_with_slip),
        lr=number(walk.lr),
        fate=TEXT["diverges" if dropped.diverges else "converges"],
    )
    if known:
        after = as_result(number(dropped.loss_after))
        too_large += TEXT["dropped_step"].format(before=number(dropped.loss_before), after=after)
    if walk.optimizer in SCALE_FREE:
        too_large += TEXT["dropped_adaptive"].format(optimizer=walk.optimizer)
    ascent = TEXT["flip"]
    if known:
        ascent += TEXT["flip_step"].format(
            lr=number(flip.lr),
            before=number(flip.loss_before),
            ascent=as_result(number(flip.loss_after_ascent)),
            descent=number(flip.loss_after_descent),
        )
    order_text = TEXT["order"].format(left=shape_text(order.left), right=shape_text(order.right)) + verdict
    items = "".join(f"<li>{item}</li>" for item in (order_text, ones, too_large, ascent))
    return f"<h4>{TEXT['mistakes']}</h4><ul>{items}</ul>"

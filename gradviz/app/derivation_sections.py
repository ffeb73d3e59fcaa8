"""The sections of the Derivation page: its header and the exercise's Q1 to Q5, with the walk's numbers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape

import numpy as np

from ..engine.derivation import Derivation
from .backprop import (
    ACCUMULATE,
    LINEAR_BACKWARD,
    LINEAR_FORWARD,
    MSE_BACKWARD,
    MSE_FORWARD,
    SEED,
    SUBSTEPS,
    UPDATE,
    StepWalk,
)
from .derivation_format import (
    as_factor,
    as_result,
    equations,
    matrix_text,
    number,
    paragraph,
    separator,
    shape_text,
    side_note,
    table_cell,
    when_known,
)
from .derivation_text import TEXT

__all__ = ["Page", "SECTIONS"]

TERMS_SHOWN = 3  # of a sum: the first ones, "…", the last


@dataclass(frozen=True)
class Page:
    """What one rendering needs: the walk, its derivation, and the selected parameter θ[index]."""

    walk: StepWalk
    derivation: Derivation
    index: tuple[int, int]
    labels: Mapping[tuple[int, int], str]

    @property
    def label(self) -> str:
        return escape(self.labels[self.index])

    @property
    def at(self) -> int:
        return self.walk.substep

    @property
    def is_bias(self) -> bool:
        return self.index[0] == self.derivation.n

    def value(self, name: str) -> np.ndarray:
        return np.asarray(self.walk.node(name).value)

    def grad(self, name: str) -> np.ndarray:
        return np.asarray(self.walk.node(name).grad)


def header(page: Page) -> str:
    walk = page.walk
    title = TEXT["title"].format(
        iteration=walk.iteration,
        next=walk.iteration + 1,
        k=walk.substep + 1,
        count=len(SUBSTEPS),
        substep=walk.step.title,
    )
    batch = TEXT["full_batch" if walk.rows is None else "mini_batch"].format(q=walk.q)
    fast = " " + TEXT["fast"] if walk.trained_by == "fast" else ""
    d = page.derivation
    notation = TEXT["notation"].format(q=d.q, n=d.n, p=d.p)
    detail = escape(walk.step.detail)
    return f"<h3>{escape(title)}</h3><p class='note'>{detail}.<br>{batch}{fast}<br>{notation}</p>"


def q1(page: Page) -> str:
    d = page.derivation
    here = TEXT["q1_here"].format(y=shape_text((d.q, d.p)), w=shape_text((d.n, d.p)), b=shape_text((d.p,)))
    return (
        f"<h4>{TEXT['q1']}</h4>"
        + equations("∂(L∘h)/∂x<sub>i</sub> = Σ<sub>j</sub> (∇L)<sub>j</sub> · ∂h<sub>j</sub>/∂x<sub>i</sub>")
        + paragraph(TEXT["q1_matrix"])
        + paragraph(here, page.at == SEED)
    )


def q2(page: Page) -> str:
    d, walk, c = page.derivation, page.walk, page.index[1]
    r = 0 if page.is_bias else page.index[0]  # for b, the first feature's w
    x, residual = d.X[0, r], d.residual[0, c]
    row = "" if walk.rows is None else TEXT["q2_training_row"].format(row=int(walk.rows[0]) + 1)
    y_hat = when_known(walk.value_known("Linear"), lambda: number(page.value("Linear")[0, c]))
    loss = when_known(walk.value_known("MSE"), lambda: f"{as_factor(residual)}² = {number(residual**2)}")
    known = walk.grad_known("Linear")
    dw = f"2·{as_factor(residual)}·{as_factor(x)} = " * known + when_known(
        known, lambda: number(2 * residual * x)
    )
    db = f"2·{as_factor(residual)} = " * known + when_known(known, lambda: number(2 * residual))
    sep = separator().rstrip() + "&nbsp; "  # "," or, beside decimal commas, " ;"
    leaves = f"x = {number(x)}{sep}y = {number(d.Y[0, c])}{sep}w = {number(d.W[r, c])}{sep}"
    return (
        f"<h4>{TEXT['q2']}</h4>"
        + equations("C = (wx + b − y)²,&nbsp;&nbsp; ∂C/∂w = 2(ŷ − y)x,&nbsp;&nbsp; ∂C/∂b = 2(ŷ − y)")
        + paragraph(TEXT["q2_row"].format(row=row, label=escape(page.labels[(r, c)])))
        + (paragraph(TEXT["q2_many"].format(n=d.n)) if d.n > 1 else "")
        + equations(
            leaves + f"b = {number(d.b[c])}",
            (f"ŷ = {y_hat}", page.at == LINEAR_FORWARD),
            (f"C<sub>1</sub> = (ŷ − y)² = {loss}", page.at == MSE_FORWARD),
            (f"∂C<sub>1</sub>/∂w = 2(ŷ − y)x = {dw}", page.at == MSE_BACKWARD),
            (f"∂C<sub>1</sub>/∂b = 2(ŷ − y) = {db}", page.at == MSE_BACKWARD),
        )
        + paragraph(TEXT["q2_mean"])
    )


def q3(page: Page) -> str:
    d, c = page.derivation, page.index[1]
    known = page.walk.grad_known("Linear")
    example = f"(2/{d.q})·{as_factor(d.residual[0, c])} = " * known + when_known(
        known, lambda: number(page.grad("Linear")[0, c])
    )
    lit = page.at == MSE_BACKWARD
    return f"<h4>{TEXT['q3']}</h4>" + equations(
        ("∂C/∂Ŷ<sub>ij</sub> = (2/q)(Ŷ<sub>ij</sub> − Y<sub>ij</sub>) = δ<sub>ij</sub>", lit),
        (f"δ<sub>1,{c + 1}</sub> = {example}", lit),
        (
            "∂C/∂W<sub>kj</sub> = Σ<sub>i</sub> X<sub>ik</sub> δ<sub>ij</sub>,&nbsp;&nbsp; "
            "∂C/∂b<sub>j</sub> = Σ<sub>i</sub> δ<sub>ij</sub>",
            page.at == LINEAR_BACKWARD,
        ),
    )


def q4(page: Page) -> str:
    d, walk, at, (r, c) = page.derivation, page.walk, page.at, page.index
    q, n, p = d.q, d.n, d.p
    grads, grads_lit = walk.input_grads_known(), at in (LINEAR_BACKWARD, ACCUMULATE)

    def row(formula: str, shapes: str, known: bool, value: Callable[[], str], lit: bool) -> str:
        cells = table_cell(f"{formula} = {when_known(known, value)}", lit) + table_cell(shapes, lit, "shape")
        return f"<tr>{cells}</tr>"

    rows = [
        row("Ŷ = XW + b", f"({q}×{n})({n}×{p}) + ({p},) → {q}×{p}", walk.value_known("Linear"),
            lambda: matrix_text(page.value("Linear")), at == LINEAR_FORWARD),
        row("C = (1/q) Σ<sub>ij</sub> (Ŷ − Y)<sub>ij</sub>²", TEXT["scalar"], walk.value_known("MSE"),
            lambda: number(float(page.value("MSE"))), at == MSE_FORWARD),
        row("δ = (2/q)(Ŷ − Y)", f"{q}×{p}", walk.grad_known("Linear"),
            lambda: matrix_text(page.grad("Linear")), at == MSE_BACKWARD),
        row("∇W = Xᵀδ", f"({n}×{q})({q}×{p}) → {n}×{p}", grads,
            lambda: matrix_text(page.grad("W"), None if page.is_bias else (r, c)), grads_lit),
        row("∇b = 1ᵀδ = Σ<sub>i</sub> δ<sub>i</sub>", f"(1×{q})({q}×{p}) → ({p},)", grads,
            lambda: matrix_text(page.grad("b"), c if page.is_bias else None), grads_lit),
        f"<tr>{table_cell(TEXT['skipped'].format(formula='∂C/∂X = δWᵀ'), False, 'm off')}"
        f"{table_cell(f'({q}×{p})({p}×{n}) → {q}×{n}', False, 'shape off')}</tr>",
    ]  # fmt: skip
    torch = TEXT["torch_mse" if p > 1 else "torch_mse_one"].format(qp=q * p, p=p, q=q)
    return (
        f"<h4>{TEXT['q4'].format(q=q, n=n, p=p)}</h4>"
        f"<table class='eq' width='100%' cellspacing='0' cellpadding='2'>{''.join(rows)}</table>"
        f"<p class='note'>{torch}</p>"
    )


def q5(page: Page) -> str:
    d, walk, (r, c) = page.derivation, page.walk, page.index
    column = "" if d.p == 1 else "c"
    residual = f"(ŷ<sub>i{column}</sub> − y<sub>i{column}</sub>)"
    where = (f"j = {r + 1}, " * (not page.is_bias) + f"c = {c + 1}" * bool(column)).rstrip(", ")
    symbol = "b" if page.is_bias else "w"
    subscript = ("" if page.is_bias else "j") + column
    factor = "" if page.is_bias else "x<sub>ij</sub> "
    formula = f"∂C/∂{symbol}<sub>{subscript}</sub> = (2/q) Σ<sub>i</sub> {factor}{residual}"
    formula += f",&nbsp; {where}" if where else ""
    heading = f"<h4>{TEXT['q5'].format(label=page.label)}</h4>"
    if not walk.input_grads_known():
        return heading + equations(formula, "= " + when_known(False, str))
    engine = float(page.grad("b")[c] if page.is_bias else page.grad("W")[r, c])
    name = f"b.grad[{c}]" if page.is_bias else f"W.grad[{r}, {c}]"
    said = TEXT["engine"].format(where=name, label=page.label) if walk.rows is None else name
    lit = page.at == LINEAR_BACKWARD
    rows: list[tuple[str, bool] | str] = [
        formula,
        (f"= (2/{d.q})·({_sum_of_terms(page)})", lit),
        (
            f"= (2/{d.q})·({number(d.parameter(page.index).total)})"
            + side_note(TEXT["all_terms"].format(q=d.q)),
            lit,
        ),
        (
            f"= {as_result('<b>' + number(engine) + '</b>')}" + side_note(said),
            page.at in (LINEAR_BACKWARD, ACCUMULATE),
        ),
    ]
    if page.at == UPDATE and walk.after is not None:
        rows.append((_update(page, engine), True))
    return heading + equations(*rows)


def _sum_of_terms(page: Page) -> str:
    """x₁r₁ + x₂r₂ + … + x_q·r_q with the current numbers (r = ŷ − y), or the r alone for b."""
    term = page.derivation.parameter(page.index)

    def written(i: int) -> str:
        residual = term.residuals[i]
        return number(residual) if page.is_bias else f"{as_factor(term.factors[i])}·{as_factor(residual)}"

    shown = range(term.q) if term.q <= TERMS_SHOWN else [*range(TERMS_SHOWN - 1), None, term.q - 1]
    return " + ".join("…" if i is None else written(i) for i in shown).replace("+ −", "− ")


def _update(page: Page, grad: float) -> str:
    walk, (r, c) = page.walk, page.index
    assert walk.after is not None
    symbol = "b" if page.is_bias else "w"
    old = number(page.derivation.b[c] if page.is_bias else page.derivation.W[r, c])
    new = as_result(number(walk.after.theta[r, c]))
    if walk.optimizer == "gd":
        return TEXT["update_gd"].format(
            symbol=symbol, old=old, lr=number(walk.lr), grad=as_factor(grad), new=new
        )
    return TEXT["update_other"].format(optimizer=walk.optimizer, symbol=symbol, old=old, new=new)


SECTIONS = (header, q1, q2, q3, q4, q5)

"""Every sentence of the Derivation page, in one place: English sources for the catalogue.

TEXT[key] is the sentence in the chosen language (context "Derivation").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["TEXT", "SOURCES"]

SOURCES = {
    "parameter": QT_TRANSLATE_NOOP(
        "Derivation",
        "Parameter",
    ),
    "title": QT_TRANSLATE_NOOP(
        "Derivation",
        "Step {iteration} → {next}, sub-step {k} of {count}: {substep}",
    ),
    "full_batch": QT_TRANSLATE_NOOP(
        "Derivation",
        "The batch: all {q} training rows.",
    ),
    "mini_batch": QT_TRANSLATE_NOOP(
        "Derivation",
        "The batch: a mini-batch of {q} rows. The Gradient panel shows the full-batch "
        "gradient, so its bars differ from these numbers.",
    ),
    "fast": QT_TRANSLATE_NOOP(
        "Derivation",
        "Training used sufficient statistics; these are the numbers of the real graph of the same step.",
    ),
    "notation": QT_TRANSLATE_NOOP(
        "Derivation",
        "q = {q} examples, n = {n} features, p = {p} outputs: X ∈ ℝ<sup>q×n</sup>, "
        "W ∈ ℝ<sup>n×p</sup>, b ∈ ℝ<sup>p</sup>, and Y, Ŷ ∈ ℝ<sup>q×p</sup>.",
    ),
    "not_yet": QT_TRANSLATE_NOOP(
        "Derivation",
        "…not computed yet at this sub-step",
    ),
    "q1": QT_TRANSLATE_NOOP(
        "Derivation",
        "Q1 · The chain rule through one node h",
    ),
    "q1_matrix": QT_TRANSLATE_NOOP(
        "Derivation",
        "In matrix form, each backward receives G = ∂L/∂output, shaped like the output, "
        "and returns ∂L/∂input, shaped like each input.",
    ),
    "q1_here": QT_TRANSLATE_NOOP(
        "Derivation",
        "Here MSE.backward receives ∂C/∂C = 1 and returns δ = ∂C/∂Ŷ, of shape {y}; "
        "Linear.backward receives δ and returns ∂C/∂W, of shape {w}, and ∂C/∂b, of shape {b}.",
    ),
    "q2": QT_TRANSLATE_NOOP(
        "Derivation",
        "Q2 · The scalar case: one example, one feature",
    ),
    "q2_row": QT_TRANSLATE_NOOP(
        "Derivation",
        "Row 1 of the batch{row}, for {label}:",
    ),
    "q2_training_row": QT_TRANSLATE_NOOP(
        "Derivation",
        " (training row {row})",
    ),
    "q2_many": QT_TRANSLATE_NOOP(
        "Derivation",
        "With {n} features, ŷ = Σ<sub>k</sub> x<sub>k</sub>w<sub>k</sub> + b: "
        "the same formulas hold for each w.",
    ),
    "q2_mean": QT_TRANSLATE_NOOP(
        "Derivation",
        "The batch's gradient is the mean of these over its q rows (Q3, Q5).",
    ),
    "q3": QT_TRANSLATE_NOOP(
        "Derivation",
        "Q3 · Element by element",
    ),
    "q4": QT_TRANSLATE_NOOP(
        "Derivation",
        "Q4 · Matrix form, with the shapes (q = {q}, n = {n}, p = {p})",
    ),
    "torch_mse": QT_TRANSLATE_NOOP(
        "Derivation",
        "torch.nn.MSELoss averages over all q·p = {qp} entries, so it is C/p: its gradients are "
        "p = {p} times smaller than the course's mse, which divides by q = {q} only, and the same lr takes "
        "steps {p} times shorter.",
    ),
    "torch_mse_one": QT_TRANSLATE_NOOP(
        "Derivation",
        "torch.nn.MSELoss divides by q·p; with p = 1 that is q = {q}, as the course's mse "
        "does. With p targets it would be p times smaller.",
    ),
    "scalar": QT_TRANSLATE_NOOP(
        "Derivation",
        "a scalar",
    ),
    "skipped": QT_TRANSLATE_NOOP(
        "Derivation",
        "{formula} is not computed: X needs no gradient",
    ),
    "q5": QT_TRANSLATE_NOOP(
        "Derivation",
        "Q5 · ∂C/∂{label} with the current numbers",
    ),
    "all_terms": QT_TRANSLATE_NOOP(
        "Derivation",
        "the sum of all {q} terms",
    ),
    "engine": QT_TRANSLATE_NOOP(
        "Derivation",
        "{where}, the bar of {label} in the Gradient panel, in the units the run trains in",
    ),
    "update_gd": QT_TRANSLATE_NOOP(
        "Derivation",
        "The update: {symbol} ← {symbol} − lr·∂C/∂{symbol} = {old} − {lr}·{grad} = {new}",
    ),
    "update_other": QT_TRANSLATE_NOOP(
        "Derivation",
        "The update ({optimizer}): {symbol} goes from {old} to {new}",
    ),
    "mistakes": QT_TRANSLATE_NOOP(
        "Derivation",
        "Common mistakes, on this batch",
    ),
    "order": QT_TRANSLATE_NOOP(
        "Derivation",
        "<b>Wrong order.</b> (Ŷ − Y)·Xᵀ instead of Xᵀ(Ŷ − Y) multiplies ({left})·({right}): ",
    ),
    "order_error": QT_TRANSLATE_NOOP(
        "Derivation",
        "a shape error, the inner sizes {a} and {b} differ; ∇W is {correct}.",
    ),
    "order_accident": QT_TRANSLATE_NOOP(
        "Derivation",
        "it aligns only because p = n = {p}, and gives a {result} matrix, not the {correct} ∇W.",
    ),
    "ones": QT_TRANSLATE_NOOP(
        "Derivation",
        "<b>Ones for ∂C/∂b.</b> A {jacobian} matrix of ones is ∂Ŷ/∂b, a Jacobian block, not the "
        "gradient. The gradient is its product with δ, the column sums of δ, of shape ({p},): ∇b = {value}.",
    ),
    "dropped": QT_TRANSLATE_NOOP(
        "Derivation",
        "<b>Dropping the 1/q.</b> ∂C/∂{label} would read {value}, {q} times too large. The "
        "critical learning rate falls from 2/λmax = {critical} to {critical}/{q} = {slip}: at lr = {lr}, "
        "gradient descent {fate}.",
    ),
    "diverges": QT_TRANSLATE_NOOP(
        "Derivation",
        "diverges",
    ),
    "converges": QT_TRANSLATE_NOOP(
        "Derivation",
        "still converges",
    ),
    "dropped_step": QT_TRANSLATE_NOOP(
        "Derivation",
        " One such step takes C from {before} to {after}.",
    ),
    "dropped_adaptive": QT_TRANSLATE_NOOP(
        "Derivation",
        " This run's {optimizer} divides each step by the gradient's running size, so it "
        "would hardly notice.",
    ),
    "flip": QT_TRANSLATE_NOOP(
        "Derivation",
        "<b>Flipping the sign.</b> δ = (2/q)(Y − Ŷ), or θ ← θ + lr∇C, climbs the loss: gradient ascent.",
    ),
    "flip_step": QT_TRANSLATE_NOOP(
        "Derivation",
        " One step at lr = {lr} takes C from {before} up to {ascent}, where a correct one "
        "takes it down to {descent}.",
    ),
}


class _Translated(Mapping[str, str]):
    """SOURCES, each sentence in the language chosen when it is read."""

    def __getitem__(self, key: str) -> str:
        return translate("Derivation", SOURCES[key])

    def __iter__(self) -> Iterator[str]:
        return iter(SOURCES)

    def __len__(self) -> int:
        return len(SOURCES)


TEXT: Mapping[str, str] = _Translated()

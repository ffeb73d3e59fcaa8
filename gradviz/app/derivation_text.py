"""Every sentence of the Derivation page, in one place for a later translation pass."""

from __future__ import annotations

__all__ = ["TEXT"]

TEXT = {
    "parameter": "Parameter",
    "title": "Step {iteration} → {next}, sub-step {k} of {count}: {substep}",
    "full_batch": "The batch: all {q} training rows.",
    "mini_batch": "The batch: a mini-batch of {q} rows. The Gradient panel shows the full-batch "
    "gradient, so its bars differ from these numbers.",
    "fast": "Training used sufficient statistics; these are the numbers of the real graph of the same step.",
    "not_yet": "…not computed yet at this sub-step",
    "q1": "Q1 · The chain rule through one node h",
    "q1_matrix": "In matrix form, each backward receives G = ∂L/∂output, shaped like the output, "
    "and returns ∂L/∂input, shaped like each input.",
    "q1_here": "Here MSE.backward receives ∂C/∂C = 1 and returns δ = ∂C/∂Ŷ, of shape {y}; "
    "Linear.backward receives δ and returns ∂C/∂W, of shape {w}, and ∂C/∂b, of shape {b}.",
    "q2": "Q2 · The scalar case: one example, one feature",
    "q2_row": "Row 1 of the batch{row}, for {label}:",
    "q2_training_row": " (training row {row})",
    "q2_many": "With {n} features, ŷ = Σ<sub>k</sub> x<sub>k</sub>w<sub>k</sub> + b: "
    "the same formulas hold for each w.",
    "q2_mean": "The batch's gradient is the mean of these over its q rows (Q3, Q5).",
    "q3": "Q3 · Element by element",
    "q4": "Q4 · Matrix form, with the shapes (q = {q}, n = {n}, p = {p})",
    "torch_mse": "torch.nn.MSELoss averages over all q·p = {qp} entries, so it is C/p: its gradients are "
    "p = {p} times smaller than the course's mse, which divides by q = {q} only, and the same lr takes "
    "steps {p} times shorter.",
    "torch_mse_one": "torch.nn.MSELoss divides by q·p; with p = 1 that is q = {q}, as the course's mse "
    "does. With p targets it would be p times smaller.",
    "scalar": "a scalar",
    "skipped": "{formula} is not computed: X needs no gradient",
    "q5": "Q5 · ∂C/∂{label} with the current numbers",
    "all_terms": "the sum of all {q} terms",
    "engine": "{where}, the bar of {label} in the Gradient panel",
    "update_gd": "The update: {symbol} ← {symbol} − lr·∂C/∂{symbol} = {old} − {lr}·{grad} = {new}",
    "update_other": "The update ({optimizer}): {symbol} goes from {old} to {new}",
    "mistakes": "Common mistakes, on this batch",
    "order": "<b>Wrong order.</b> (Ŷ − Y)·Xᵀ instead of Xᵀ(Ŷ − Y) multiplies ({left})·({right}): ",
    "order_error": "a shape error, the inner sizes {a} and {b} differ; ∇W is {correct}.",
    "order_accident": "it aligns only because p = n = {p}, and gives a {result} matrix, "
    "not the {correct} ∇W.",
    "ones": "<b>Ones for ∂C/∂b.</b> A {jacobian} matrix of ones is ∂Ŷ/∂b, a Jacobian block, not the "
    "gradient. The gradient is its product with δ, the column sums of δ, of shape ({p},): ∇b = {value}.",
    "dropped": "<b>Dropping the 1/q.</b> ∂C/∂{label} would read {value}, {q} times too large. The "
    "critical learning rate falls from 2/λmax = {critical} to {critical}/{q} = {slip}: at lr = {lr}, "
    "gradient descent {fate}.",
    "diverges": "diverges",
    "converges": "still converges",
    "dropped_step": " One such step takes C from {before} to {after}.",
    "dropped_adaptive": " This run's {optimizer} divides each step by the gradient's running size, so it "
    "would hardly notice.",
    "flip": "<b>Flipping the sign.</b> δ = (2/q)(Y − Ŷ), or θ ← θ + lr∇C, climbs the loss: gradient ascent.",
    "flip_step": " One step at lr = {lr} takes C from {before} up to {ascent}, where a correct one "
    "takes it down to {descent}.",
}

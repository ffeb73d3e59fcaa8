"""The texts of the Graph panel, in one place for a later translation pass.

The few that its cards build in are with them (graph_cards, graph_arrays).
"""

from __future__ import annotations

from .backprop import StepWalk
from .graph_paint import format_number

__all__ = ["update_rule"]

# -- the toolbar, the notes and the exports ------------------------------------------------
PREVIOUS, NEXT, FIT, ROW = "◀ sub-step", "sub-step ▶", "fit", "row i"
PREVIOUS_TIP = "Back one sub-step of backpropagation"
NEXT_TIP = "One sub-step of backpropagation further (the last one takes the step)"
ROW_TIP = "The row of X, Y, Ŷ and δ whose numbers the cards show (click a heatmap to pick one)"
FIT_TIP = "Fit the whole graph in the view (Ctrl+wheel zooms)"
SUBSTEP_TEXT = "{number}/{count}  <b>{title}</b>: {detail}"
STEP_NOTE = "Step {start} → {end} · {optimizer}, lr {lr} · {batch}"
FULL_BATCH = "full batch of {q} rows"
MINI_BATCH = "mini-batch of {q} rows"
EXPORT_TITLE = "Step {start} → {end} · sub-step {number}/{count}, {title}: {detail}"
SVG_TITLE = "gradviz: the graph of a training step"
FAST_NOTE = (
    "Training used sufficient statistics (ZᵀZ, ZᵀY) for this step; this is the same step through the graph."
)

# -- the cards and the edges -------------------------------------------------------------
DATA_TAG, PARAMETER_TAG = "data: no gradient", "requires grad"
OUTPUT_TAG = "= {function}({inputs})"
CAPTIONS = ("value", "after the update", ".grad", "after")  # the last: "after" on the numbers' line
GD_RULE = "{name} ← {name} − lr·∂C/∂{name} with lr {lr}"
OTHER_RULE = "{name} ← the {optimizer} update, lr {lr}:\nit uses its own state too"
SEED, SEED_PENDING = "seed: ∂C/∂C = {value}", ".grad: not computed yet"
CONTEXT_TITLE, CONTEXT_EMPTY = "Context: ctx.saved_tensors", "empty until forward runs"
LEAF_ITSELF = "= {name}, the leaf itself"
UNNEEDED = "{title}: not needed"
FORMULAS = {"Linear": "Ŷ = XW + b", "MSE": "C = (1/q) Σᵢⱼ (Ŷᵢⱼ − Yᵢⱼ)²"}
SAVED_NAMES = {"Linear": ("X", "W"), "MSE": ("Ŷ − Y",)}
# What each edge into a Function carries back: (Function, input) → (formula, shape algebra).
GRADIENTS = {
    ("MSE", 0): ("δ = ∂C/∂Ŷ\n   = (2/q)(Ŷ − Y)", "(2/q)·(q×p) → q×p"),
    ("MSE", 1): ("∂C/∂Y = −δ", "−(2/q)(Ŷ − Y), q×p"),
    ("Linear", 0): ("∂C/∂X = δWᵀ", "(q×p)(p×n) → q×n"),
    ("Linear", 1): ("∂C/∂W = Xᵀδ", "(n×q)(q×p) → n×p"),
    ("Linear", 2): ("∂C/∂b = Σᵢ δᵢ", "column sums of δ: shape p"),
}

LEGEND = (
    ("current", "this sub-step"),
    ("gradient", "a gradient backward has computed"),
    ("pending", "not computed yet"),
    ("unneeded", "not needed"),
    ("selected", "row i, and a clicked entry with the entries it is made of"),
)


def update_rule(name: str, walk: StepWalk) -> str:
    """How the optimizer updates parameter `name`, as a parameter's card writes it."""
    lr = format_number(walk.lr)
    if walk.optimizer == "gd":
        return GD_RULE.format(name=name, lr=lr)
    return OTHER_RULE.format(name=name, optimizer=walk.optimizer, lr=lr)

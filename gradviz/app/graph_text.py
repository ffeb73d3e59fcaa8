"""The texts of the Graph panel, in one place: English sources for the catalogue (context "Graph").

Show one with `shown(SOURCE)`, in the chosen language. The few that its cards build in are
with them (graph_cards, graph_arrays).
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP, translate
from .backprop import StepWalk
from .graph_paint import format_number

__all__ = ["shown", "update_rule"]

CONTEXT = "Graph"


def shown(source: str) -> str:
    """`source` (a constant of this module) in the chosen language."""
    return translate(CONTEXT, source)


# -- the toolbar, the notes and the exports ------------------------------------------------
PREVIOUS = QT_TRANSLATE_NOOP("Graph", "◀ sub-step")
NEXT = QT_TRANSLATE_NOOP("Graph", "sub-step ▶")
FIT = QT_TRANSLATE_NOOP("Graph", "fit")
ROW = QT_TRANSLATE_NOOP("Graph", "row i")
PREVIOUS_TIP = QT_TRANSLATE_NOOP("Graph", "Back one sub-step of backpropagation")
NEXT_TIP = QT_TRANSLATE_NOOP("Graph", "One sub-step of backpropagation further (the last one takes the step)")
ROW_TIP = QT_TRANSLATE_NOOP(
    "Graph", "The row of X, Y, Ŷ and δ whose numbers the cards show (click a heatmap to pick one)"
)
FIT_TIP = QT_TRANSLATE_NOOP("Graph", "Fit the whole graph in the view (Ctrl+wheel zooms)")
SUBSTEP_TEXT = QT_TRANSLATE_NOOP("Graph", "{number}/{count}  <b>{title}</b>: {detail}")
STEP_NOTE = QT_TRANSLATE_NOOP("Graph", "Step {start} → {end} · {optimizer}, lr {lr} · {batch}")
FULL_BATCH = QT_TRANSLATE_NOOP("Graph", "full batch of {q} rows")
MINI_BATCH = QT_TRANSLATE_NOOP("Graph", "mini-batch of {q} rows")
EXPORT_TITLE = QT_TRANSLATE_NOOP(
    "Graph", "Step {start} → {end} · sub-step {number}/{count}, {title}: {detail}"
)
SVG_TITLE = QT_TRANSLATE_NOOP("Graph", "gradviz: the graph of a training step")
FAST_NOTE = QT_TRANSLATE_NOOP(
    "Graph",
    "Training used sufficient statistics (ZᵀZ, ZᵀY) for this step; this is the same step through the graph.",
)

# -- the cards and the edges -------------------------------------------------------------
DATA_TAG = QT_TRANSLATE_NOOP("Graph", "data: no gradient")
PARAMETER_TAG = QT_TRANSLATE_NOOP("Graph", "requires grad")
OUTPUT_TAG = "= {function}({inputs})"  # code: not translated
CAPTIONS = (  # the last: "after" on the numbers' line
    QT_TRANSLATE_NOOP("Graph", "value"),
    QT_TRANSLATE_NOOP("Graph", "after the update"),
    ".grad",
    QT_TRANSLATE_NOOP("Graph", "after"),
)
GD_RULE = QT_TRANSLATE_NOOP("Graph", "{name} ← {name} − lr·∂C/∂{name} with lr {lr}")
OTHER_RULE = QT_TRANSLATE_NOOP(
    "Graph", "{name} ← the {optimizer} update, lr {lr}:\nit uses its own state too"
)
SEED = QT_TRANSLATE_NOOP("Graph", "seed: ∂C/∂C = {value}")
SEED_PENDING = QT_TRANSLATE_NOOP("Graph", ".grad: not computed yet")
CONTEXT_TITLE = QT_TRANSLATE_NOOP("Graph", "Context: ctx.saved_tensors")
CONTEXT_EMPTY = QT_TRANSLATE_NOOP("Graph", "empty until forward runs")
LEAF_ITSELF = QT_TRANSLATE_NOOP("Graph", "= {name}, the leaf itself")
A_COPY = QT_TRANSLATE_NOOP("Graph", "{name} (a copy)")
UNNEEDED = QT_TRANSLATE_NOOP("Graph", "{title}: not needed")
FORMULAS = {"Linear": "Ŷ = XW + b", "MSE": "C = (1/q) Σᵢⱼ (Ŷᵢⱼ − Yᵢⱼ)²"}
SAVED_NAMES = {"Linear": ("X", "W"), "MSE": ("Ŷ − Y",)}
# What each edge into a Function carries back: (Function, input) → (formula, shape algebra).
GRADIENTS = {
    ("MSE", 0): ("δ = ∂C/∂Ŷ\n   = (2/q)(Ŷ − Y)", "(2/q)·(q×p) → q×p"),
    ("MSE", 1): ("∂C/∂Y = −δ", "−(2/q)(Ŷ − Y), q×p"),
    ("Linear", 0): ("∂C/∂X = δWᵀ", "(q×p)(p×n) → q×n"),
    ("Linear", 1): ("∂C/∂W = Xᵀδ", "(n×q)(q×p) → n×p"),
    ("Linear", 2): ("∂C/∂b = Σᵢ δᵢ", QT_TRANSLATE_NOOP("Graph", "column sums of δ: shape p")),
}

LEGEND = (
    ("current", QT_TRANSLATE_NOOP("Graph", "this sub-step")),
    ("gradient", QT_TRANSLATE_NOOP("Graph", "a gradient backward has computed")),
    ("pending", QT_TRANSLATE_NOOP("Graph", "not computed yet")),
    ("unneeded", QT_TRANSLATE_NOOP("Graph", "not needed")),
    ("selected", QT_TRANSLATE_NOOP("Graph", "row i, and a clicked entry with the entries it is made of")),
)


def update_rule(name: str, walk: StepWalk) -> str:
    """How the optimizer updates parameter `name`, as a parameter's card writes it."""
    lr = format_number(walk.lr)
    if walk.optimizer == "gd":
        return shown(GD_RULE).format(name=name, lr=lr)
    return shown(OTHER_RULE).format(name=name, optimizer=walk.optimizer, lr=lr)

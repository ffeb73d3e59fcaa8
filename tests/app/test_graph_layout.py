"""The Graph view's layered layout, in plain Python: columns, order, edges, for any graph."""

import subprocess
import sys

import numpy as np
import pytest

from gradviz.app.graph_layout import graph_shape, layout_graph
from gradviz.engine import MSE, Context, Function, Linear, Variable, regression_graph, trace


class Square(Function):
    """A user's own Function: x ↦ x²."""

    @staticmethod
    def forward(ctx: Context, x: np.ndarray) -> np.ndarray:
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx: Context, grad_output: np.ndarray):
        (x,) = ctx.saved_tensors
        return (2 * x * grad_output,)


def columns(layout) -> list[list[str]]:
    return [[card.id for card in layout.column(i)] for i in range(layout.columns)]


def regression_nodes(rng):
    loss = regression_graph(
        rng.normal(size=(5, 3)), rng.normal(size=(5, 2)), rng.normal(size=(3, 2)), np.ones(2)
    )
    return trace(loss)


def test_the_regression_graph_reads_x_w_b_linear_y_hat_y_mse_c(rng):
    layout = layout_graph(regression_nodes(rng))
    assert columns(layout) == [["X", "W", "b"], ["Linear"], ["Ŷ", "Y"], ["MSE"], ["C"]]
    kinds = {card.id: card.kind for card in layout.cards}
    assert kinds == {
        "X": "leaf", "W": "leaf", "b": "leaf", "Linear": "function", "Ŷ": "output",
        "Y": "leaf", "MSE": "function", "C": "output",
    }  # fmt: skip
    edges = {(edge.source, edge.target, edge.input) for edge in layout.edges}
    assert edges == {
        ("X", "Linear", 0), ("W", "Linear", 1), ("b", "Linear", 2), ("Linear", "Ŷ", None),
        ("Ŷ", "MSE", 0), ("Y", "MSE", 1), ("MSE", "C", None),
    }  # fmt: skip
    assert layout.card("Ŷ").node == layout.card("Linear").node == 3  # Ŷ shows Linear's output
    assert layout.value_card(5).id == "C"


def test_positions_are_columns_and_rows_centred_on_the_row_of_what_they_feed(rng):
    layout = layout_graph(regression_nodes(rng))
    xy = {card.id: (card.x, card.y) for card in layout.cards}
    assert xy["X"] == (0, -1) and xy["W"] == (0, 0) and xy["b"] == (0, 1)
    assert xy["Linear"] == (1, 0) and xy["Ŷ"] == (2, -0.5) and xy["Y"] == (2, 0.5)
    assert xy["MSE"] == (3, 0) and xy["C"] == (4, 0)


def test_every_edge_goes_left_to_right(rng):
    layout = layout_graph(regression_nodes(rng))
    column = {card.id: card.column for card in layout.cards}
    assert all(column[edge.source] < column[edge.target] for edge in layout.edges)


def shared_input_nodes(rng):
    X1, X2 = (Variable(rng.normal(size=(4, 3)), name=f"X{i}") for i in (1, 2))
    W = Variable(rng.normal(size=(3, 2)), requires_grad=True, name="W")
    b = Variable(np.zeros(2), name="b")
    first, second = Linear.apply(X1, W, b), Square.apply(Linear.apply(X2, W, b))
    return trace(MSE.apply(first, second))


def test_a_shared_input_and_a_users_function(rng):
    layout = layout_graph(shared_input_nodes(rng))
    # The longest path to the loss goes through Square: X2 → Linear → Ŷ → Square → out → MSE → C.
    # W and b feed both Linears (mean row −0.25), so they sit above X2, which feeds the lower one.
    assert columns(layout) == [
        ["W", "b", "X2"], ["Linear #2"], ["X1", "Ŷ #2"], ["Linear", "Square"],
        ["Ŷ", "Square output"], ["MSE"], ["C"],
    ]  # fmt: skip
    targets = sorted(edge.target for edge in layout.edges if edge.source == "W")
    assert targets == ["Linear", "Linear #2"]  # one W card feeding both Linears
    assert len({card.id for card in layout.cards}) == len(layout.cards) == 12
    column = {card.id: card.column for card in layout.cards}
    assert all(column[edge.source] < column[edge.target] for edge in layout.edges)


def test_cards_with_the_same_label_get_ids_of_their_own(rng):
    layout = layout_graph(shared_input_nodes(rng))
    outputs = [card for card in layout.cards if card.kind == "output"]
    assert [card.label for card in outputs] == ["Ŷ", "Ŷ", "Square output", "C"]
    assert [card.id for card in outputs] == ["Ŷ", "Ŷ #2", "Square output", "C"]
    assert {card.label for card in layout.cards if card.kind == "function"} == {"Linear", "Square", "MSE"}


def test_a_user_function_alone_and_an_unnamed_leaf():
    x = Variable(np.ones((2, 2)), requires_grad=True)
    layout = layout_graph(trace(Square.apply(Square.apply(x))))
    assert [[c.label for c in layout.column(i)] for i in range(layout.columns)] == [
        ["node 0"], ["Square"], ["Square output"], ["Square"], ["Square output"],
    ]  # fmt: skip
    assert [c.id for c in layout.cards] == [
        "node 0",
        "Square",
        "Square output",
        "Square #2",
        "Square output #2",
    ]


def test_order_within_a_column_follows_the_cards_fed_not_the_trace():
    # x is traced first (upper Linear's first input) but feeds both Linears, so it sits
    # between y (upper only) and y2 (lower only); z, also shared, ties with x and stays after it.
    x, y, y2 = (Variable(np.ones((2, 2)), requires_grad=True, name=name) for name in ("x", "y", "y2"))
    z = Variable(np.zeros(2), name="z")
    nodes = trace(MSE.apply(Linear.apply(x, y, z), Linear.apply(y2, x, z)))
    assert [node.name for node in nodes][:3] == ["x", "y", "z"]
    layout = layout_graph(nodes)
    assert [card.id for card in layout.column(0)] == ["y", "x", "z", "y2"]
    assert [card.y for card in layout.column(0)] == [-1.5, -0.5, 0.5, 1.5]


def test_the_shape_names_the_wiring_not_the_values(rng):
    assert graph_shape(regression_nodes(rng)) == graph_shape(regression_nodes(np.random.default_rng(9)))
    assert graph_shape(regression_nodes(rng)) != graph_shape(shared_input_nodes(rng))
    assert layout_graph(regression_nodes(rng)) == layout_graph(regression_nodes(rng))


def test_an_empty_graph_is_refused():
    with pytest.raises(ValueError, match="no nodes"):
        layout_graph([])


def test_the_layout_loads_no_qt():
    probe = (
        "import sys, gradviz.app.graph_layout, gradviz.engine; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

"""The Graph view: each sub-step shows the engine's numbers, where they come from, what is not known yet."""

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gradviz.app.backprop import (
    ACCUMULATE,
    LINEAR_BACKWARD,
    LINEAR_FORWARD,
    MSE_BACKWARD,
    MSE_FORWARD,
    SEED,
    START,
    SUBSTEPS,
    UPDATE,
    StepWalk,
    build_walk,
)
from gradviz.app.graph_arrays import NOT_COMPUTED
from gradviz.app.graph_paint import FAINT, PENDING_FILL, format_number, visible_texts
from gradviz.app.graph_text import FAST_NOTE
from gradviz.app.graph_view import GraphPanel
from gradviz.engine import MSE, Context, Function, Linear, Variable, trace
from gradviz.settings import Settings, build_run

fmt = format_number


def make_trainer(dataset: str, **settings):
    _, trainer = build_run(Settings(dataset=dataset, lr=0.05, **settings))
    trainer.run(3)
    return trainer


def walks_of_one_step(trainer) -> list[StepWalk]:
    """The walk at every sub-step of the next step; the last (the update) takes the step."""
    walks = [build_walk(trainer, -1, substep) for substep in range(UPDATE)]
    trainer.step()
    walks.append(build_walk(trainer, -2, UPDATE, after=trainer.history.record(-1)))
    return walks


@pytest.fixture(scope="module")
def penguins() -> list[StepWalk]:
    return walks_of_one_step(make_trainer("penguins"))


@pytest.fixture(scope="module")
def boston() -> list[StepWalk]:
    return walks_of_one_step(make_trainer("boston"))


@pytest.fixture
def panel(qtbot) -> GraphPanel:
    panel = GraphPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 450)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def texts(item) -> list[str]:
    return visible_texts(item)


def row_numbers(view) -> list[str]:
    """The numbers of the selected row, as the view shows them (after "row i:")."""
    words = " ".join(line.text() for line in view.row_lines).split()
    return words[2:]


# -- the numbers at each sub-step are the engine's -------------------------------------------


@pytest.mark.parametrize("substep", range(len(SUBSTEPS)))
def test_each_sub_step_shows_the_engines_numbers_and_only_what_is_known(panel, penguins, substep):
    walk = penguins[substep]
    panel.show_walk(walk)
    X, W, b, linear, Y, mse = walk.nodes
    views = panel.views
    assert row_numbers(views[("X", "value")]) == [fmt(X.value[0, 0])]
    assert texts(views[("W", "value")]) == [fmt(W.value[0, 0])]
    assert texts(views[("b", "value")]) == [fmt(b.value[0])]

    y_hat = views[("Ŷ", "value")]
    if substep >= LINEAR_FORWARD:
        assert f"max {fmt(linear.value.max())}" in texts(y_hat) and f"min {fmt(linear.value.min())}" in texts(
            y_hat
        )
        assert row_numbers(y_hat) == [fmt(linear.value[0, 0])]
    else:
        assert texts(y_hat) == [NOT_COMPUTED]
    c_card = texts(panel.cards["C"])
    assert (fmt(mse.value) in c_card) == (substep >= MSE_FORWARD)
    assert ("seed: ∂C/∂C = 1" in c_card) == (substep >= SEED)

    delta = views[("Ŷ", "edge")]
    if substep >= MSE_BACKWARD:
        assert row_numbers(delta) == [fmt(linear.grad[0, 0])]
        assert f"max {fmt(linear.grad.max())}" in texts(delta)
    else:
        assert texts(delta) == [NOT_COMPUTED]
    for name, node in (("W", W), ("b", b)):
        on_edge = texts(views[(name, "edge")])
        in_grad = texts(views[(name, "grad")])
        assert on_edge == ([fmt(node.grad.ravel()[0])] if substep >= LINEAR_BACKWARD else [NOT_COMPUTED])
        assert in_grad == ([fmt(node.grad.ravel()[0])] if substep >= ACCUMULATE else [NOT_COMPUTED])


def test_the_edges_carry_the_formula_that_made_their_gradient(panel, boston):
    panel.show_walk(boston[LINEAR_BACKWARD])
    assert texts(panel.tags[("W", "Linear")])[:3] == ["∂C/∂W = Xᵀδ", "13×1", "(n×q)(q×p) → n×p"]
    assert texts(panel.tags[("b", "Linear")])[:3] == ["∂C/∂b = Σᵢ δᵢ", "(1,)", "column sums of δ: shape p"]
    delta = ["δ = ∂C/∂Ŷ\n   = (2/q)(Ŷ − Y)", "405×1", "(2/q)·(q×p) → q×p"]
    assert texts(panel.tags[("Ŷ", "MSE")])[:3] == delta
    walk = boston[LINEAR_BACKWARD]
    grad_W = walk.node("W").grad
    on_edge = texts(panel.views[("W", "edge")])
    assert f"max {fmt(grad_W.max())}" in on_edge and f"min {fmt(grad_W.min())}" in on_edge


def test_the_update_shows_w_and_b_before_and_after_and_the_rule(panel, penguins):
    walk = penguins[UPDATE]
    panel.show_walk(walk)
    card = texts(panel.cards["W"])
    assert "before" in card and "after" in card and "→" in card
    assert texts(panel.views[("W", "value")]) == [fmt(walk.node("W").value[0, 0])]
    assert texts(panel.views[("W", "after")]) == [fmt(walk.after.W[0, 0])]
    assert texts(panel.views[("b", "after")]) == [fmt(walk.after.b[0])]
    assert "W ← W − lr·∂C/∂W with lr 0.05" in card
    np.testing.assert_allclose(walk.after.W, walk.node("W").value - 0.05 * walk.node("W").grad, rtol=1e-12)
    panel.show_walk(penguins[ACCUMULATE])
    assert not panel.views[("W", "after")].isVisible() and "after" not in texts(panel.cards["W"])


def test_another_optimizer_says_its_update_uses_its_own_state(panel):
    walk = build_walk(make_trainer("penguins", optimizer="momentum"), -1, START)
    panel.show_walk(walk)
    assert "W ← the momentum update, lr 0.05:\nit uses its own state too" in texts(panel.cards["W"])


# -- what is not computed does not look like a number ------------------------------------------


def test_a_value_not_computed_yet_looks_different_from_zero(panel, penguins):
    panel.show_walk(penguins[START])
    card = panel.cards["Ŷ"]
    assert card.pen().style() == Qt.PenStyle.DashLine
    assert card.brush().color() == QColor(PENDING_FILL)
    assert texts(panel.views[("Ŷ", "value")]) == [NOT_COMPUTED]
    assert ".grad: not computed yet" in texts(panel.cards["C"])
    assert all("0" not in text for text in texts(panel.views[("W", "grad")]))
    panel.show_walk(penguins[LINEAR_FORWARD])
    assert card.pen().style() == Qt.PenStyle.SolidLine and card.brush().color() != QColor(PENDING_FILL)


def test_data_leaves_say_they_need_no_gradient_and_parameters_that_they_do(panel, penguins):
    panel.show_walk(penguins[START])
    for name in ("X", "Y"):
        assert "data: no gradient" in texts(panel.cards[name]) and (name, "grad") not in panel.views
    for name in ("W", "b"):
        assert "requires grad" in texts(panel.cards[name]) and (name, "grad") in panel.views
    assert {"X ✗", "W ✓", "b ✓"} <= set(texts(panel.cards["Linear"]))
    assert {"Ŷ ✓", "Y ✗"} <= set(texts(panel.cards["MSE"]))


# -- the Context ---------------------------------------------------------------------------------


def test_the_context_marks_the_leaves_it_saved_and_shows_the_rest(panel, penguins):
    panel.show_walk(penguins[START])
    linear = panel.cards["Linear"]
    assert "empty until forward runs" in texts(linear)
    assert not any("leaf itself" in text for text in texts(linear))
    walk = penguins[MSE_FORWARD]
    panel.show_walk(walk)
    assert {"= X, the leaf itself", "= W, the leaf itself"} <= set(texts(linear))
    assert linear.saved_views == [None, None]  # no second copy of X's or W's numbers
    residual = walk.node("MSE").saved[0]
    assert "Ŷ − Y" in texts(panel.cards["MSE"])
    assert row_numbers(panel.views[("MSE", "saved0")]) == [fmt(residual[0, 0])]


def test_dc_dx_is_greyed_out_as_not_needed_once_linear_backward_ran(panel, penguins):
    panel.show_walk(penguins[MSE_BACKWARD])
    tag = panel.tags[("X", "Linear")]
    assert not tag.isVisible()
    panel.show_walk(penguins[LINEAR_BACKWARD])
    assert tag.isVisible() and tag.view is None
    assert texts(tag) == ["∂C/∂X = δWᵀ: not needed", "(q×p)(p×n) → q×n"]
    assert tag.title.brush().color() == QColor(FAINT)


# -- thumbnails and the selected row ---------------------------------------------------------------


def test_large_arrays_are_thumbnails_with_the_numbers_of_row_i(panel, boston):
    walk = boston[MSE_BACKWARD]
    panel.show_walk(walk)
    X = walk.node("X").value
    view = panel.views[("X", "value")]
    assert not view.numbers and view.pixmap.pixmap().width() == 13 and view.pixmap.pixmap().height() == 64
    assert f"max {fmt(X.max())}" in texts(view) and f"min {fmt(X.min())}" in texts(view)
    assert row_numbers(view) == [fmt(v) for v in X[0]]  # all 13 features of row 0
    panel.row_spin.setValue(7)
    assert panel.row == 7 and row_numbers(view) == [fmt(v) for v in X[7]]
    delta = walk.node("Linear").grad
    assert row_numbers(panel.views[("Ŷ", "edge")]) == [fmt(delta[7, 0])]
    assert panel.views[("b", "value")].numbers  # b has one entry


def test_the_row_shown_stays_when_the_graph_is_laid_out_again(panel, penguins, boston):
    panel.show_walk(penguins[START])
    panel.set_row(9)
    panel.show_walk(boston[START])
    X = boston[START].node("X").value
    assert panel.row_spin.value() == 9 and row_numbers(panel.views[("X", "value")]) == [fmt(v) for v in X[9]]


def test_a_diverged_step_shows_nan_and_infinity_as_such(panel, rng):
    walk = synthetic_walk(rng, q=50, n=2)
    W = walk.node("W")
    W.value[0, 0], W.value[1, 0] = np.nan, np.inf
    walk.node("X").value[0, 0] = np.nan
    panel.show_walk(walk)
    assert texts(panel.views[("W", "value")]) == ["nan", "∞"]
    assert {"max nan", "min nan"} <= set(texts(panel.views[("X", "value")]))
    assert fmt(-np.inf) == "−∞" and fmt(-1.5e-7) == "−1.5e−7" and fmt(123456.0) == "1.235e5"


def test_a_thumbnail_of_many_rows_is_made_of_at_most_64_of_them(panel):
    rng = np.random.default_rng(3)
    walk = synthetic_walk(rng, q=200_000, n=3)
    panel.show_walk(walk)
    pixmap = panel.views[("X", "value")].pixmap.pixmap()
    assert (pixmap.width(), pixmap.height()) == (3, 64)
    assert sum(1 for _ in panel.scene.items()) < 400  # no item per entry


def synthetic_walk(rng, q, n, substep=UPDATE - 1):
    from gradviz.engine import regression_graph

    loss = regression_graph(
        rng.normal(size=(q, n)), rng.normal(size=(q, 1)), rng.normal(size=(n, 1)), np.zeros(1)
    )
    loss.backward()
    return StepWalk(0, substep, tuple(trace(loss)), None, 0.05, "gd", "graph")


# -- selection -------------------------------------------------------------------------------------


def click(qtbot, panel, item, point: QPointF) -> None:
    position = panel.view.mapFromScene(item.mapToScene(point))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=position)


def test_clicking_an_entry_of_dc_dw_selects_it_and_lights_up_what_it_is_made_of(qtbot, panel, boston):
    panel.show_walk(boston[LINEAR_BACKWARD])
    view = panel.views[("W", "edge")]
    with qtbot.waitSignal(panel.sigSelected) as signal:
        click(qtbot, panel, view, QPointF(view.heat_w / 2, view.heat_h * 2.5 / 13))  # ∂C/∂W[2, 0]
    assert signal.args == [("W", (2, 0))]
    x_view, delta = panel.views[("X", "value")], panel.views[("Ŷ", "edge")]
    column = x_view.marks["column"]
    assert column.isVisible() and column.rect().center().x() == pytest.approx(x_view.heat_w * 2.5 / 13, abs=1)
    assert x_view.marks["row_entry"].isVisible()  # X[i, 2] among the numbers of row i
    assert delta.marks["column"].isVisible()
    assert view.marks["entry"].isVisible() and panel.views[("W", "value")].marks["entry"].isVisible()
    panel.show_walk(boston[ACCUMULATE])  # a sub-step on, the selection stays lit
    assert column.isVisible() and panel.views[("W", "grad")].marks["entry"].isVisible()


def test_clicking_b_lights_up_its_column_of_delta_only(qtbot, panel, penguins):
    panel.show_walk(penguins[ACCUMULATE])
    view = panel.views[("b", "grad")]
    with qtbot.waitSignal(panel.sigSelected) as signal:
        click(qtbot, panel, view, QPointF(view.cell_w / 2, 8))
    assert signal.args == [("b", (0,))]
    assert panel.views[("Ŷ", "edge")].marks["column"].isVisible()
    assert not panel.views[("X", "value")].marks["column"].isVisible()


def test_clicking_a_card_selects_it_without_an_entry(qtbot, panel, penguins):
    panel.show_walk(penguins[MSE_FORWARD])
    card = panel.cards["Linear"]
    with qtbot.waitSignal(panel.sigSelected) as signal:
        click(qtbot, panel, card, QPointF(card.width - 6, 6))
    assert signal.args == [("Linear", None)]


def test_clicking_a_row_of_a_thumbnail_shows_that_row(qtbot, panel, boston):
    walk = boston[START]
    panel.show_walk(walk)
    view = panel.views[("Y", "value")]
    with qtbot.waitSignal(panel.sigSelected) as signal:
        click(qtbot, panel, view, QPointF(view.heat_w / 2, view.heat_h / 2))
    name, (row, column) = signal.args[0]
    assert name == "Y" and column == 0 and abs(row - 202) <= 405 / view.heat_h
    assert panel.row == row == panel.row_spin.value()
    assert row_numbers(view) == [fmt(walk.node("Y").value[row, 0])]


def test_sub_step_buttons_ask_for_the_next_or_previous_sub_step(qtbot, panel, penguins):
    panel.show_walk(penguins[START])
    with qtbot.waitSignal(panel.sigSubstep) as forward:
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.sigSubstep) as back:
        qtbot.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton)
    assert forward.args == [1] and back.args == [-1]


# -- highlights and notes ---------------------------------------------------------------------------


HIGHLIGHTED = {
    START: (set(), set()),
    LINEAR_FORWARD: ({"Linear", "Ŷ"}, {("Linear", "Ŷ")}),
    MSE_FORWARD: ({"MSE", "C"}, {("MSE", "C")}),
    SEED: ({"C"}, set()),
    MSE_BACKWARD: (set(), {("Ŷ", "MSE")}),
    LINEAR_BACKWARD: (set(), {("W", "Linear"), ("b", "Linear")}),
    ACCUMULATE: ({"W", "b"}, set()),
    UPDATE: ({"W", "b"}, set()),
}


def lit(item) -> bool:
    return item.pen().color() == QColor("#ff7f0e")


@pytest.mark.parametrize("substep", range(len(SUBSTEPS)))
def test_each_sub_step_lights_up_its_cards_and_edges(panel, penguins, substep):
    panel.show_walk(penguins[substep])
    cards, edges = HIGHLIGHTED[substep]
    assert {name for name, card in panel.cards.items() if lit(card)} == cards
    assert {key for key, arrow in panel.arrows.items() if lit(arrow)} == edges
    assert {key for key, tag in panel.tags.items() if lit(tag)} == edges & set(panel.tags)
    step = SUBSTEPS[substep]
    assert step.title in panel.step_label.text() and step.detail in panel.step_label.text()


def test_the_notes_say_how_the_step_was_trained_and_on_how_many_rows(panel, penguins):
    panel.show_walk(penguins[START])
    assert FAST_NOTE in panel.note_label.text() and "full batch of 274 rows" in panel.note_label.text()
    trainer = make_trainer("penguins", batch_size=16)
    panel.show_walk(build_walk(trainer, -1, START))
    assert "mini-batch of 16 rows" in panel.note_label.text() and FAST_NOTE not in panel.note_label.text()


# -- laid out once per shape ---------------------------------------------------------------------------


def test_sub_steps_and_new_steps_reuse_the_same_items(panel, penguins):
    panel.show_walk(penguins[START])
    before = list(panel.scene.items())
    for walk in penguins:
        panel.show_walk(walk)
    trainer = make_trainer("penguins")
    trainer.run(5)
    panel.show_walk(build_walk(trainer, -1, MSE_BACKWARD))  # a later step, the same shape
    after = list(panel.scene.items())
    assert len(after) == len(before) and all(a is b for a, b in zip(after, before))
    panel.show_walk(build_walk(make_trainer("boston"), -1, START))  # another shape: laid out again
    assert not any(item is before[0] for item in panel.scene.items())


class Square(Function):
    @staticmethod
    def forward(ctx: Context, x: np.ndarray) -> np.ndarray:
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx: Context, grad_output: np.ndarray):
        (x,) = ctx.saved_tensors
        return (2 * x * grad_output,)


def test_any_graph_is_drawn_a_users_function_and_a_shared_input_too(panel, rng):
    X1, X2 = (Variable(rng.normal(size=(4, 3)), name=f"X{i}") for i in (1, 2))
    W = Variable(rng.normal(size=(3, 2)), requires_grad=True, name="W")
    b = Variable(np.zeros(2), name="b")
    loss = MSE.apply(Linear.apply(X1, W, b), Square.apply(Linear.apply(X2, W, b)))
    loss.backward()
    panel.show_walk(StepWalk(0, ACCUMULATE, tuple(trace(loss)), None, 0.1, "gd", "graph"))
    assert len(panel.cards) == 12 and "Square" in texts(panel.cards["Square"])
    assert "Square output" in texts(panel.cards["Square output"])
    # W feeds two Linears: its .grad is the sum of both edges, so neither edge claims it.
    assert texts(panel.tags[("W", "Linear")])[-1] == NOT_COMPUTED


# -- export ----------------------------------------------------------------------------------------------


def test_export_png_draws_the_whole_graph(panel, boston, tmp_path):
    panel.show_walk(boston[LINEAR_BACKWARD])
    path = tmp_path / "graph.png"
    panel.export_png(path)
    image = QImage(str(path))
    rect = panel.scene.sceneRect()
    assert image.width() == int(rect.width() * 2) and image.height() > int(rect.height() * 2)
    pixels = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(pixels) > 20  # text, cards, heatmaps: far from blank


def test_export_svg_writes_a_valid_svg_with_the_cards_texts(panel, penguins, tmp_path):
    panel.show_walk(penguins[UPDATE])
    path = tmp_path / "graph.svg"
    panel.export_svg(path)
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    lines = {text for element in root.iter() if (text := (element.text or "").strip())}
    assert {"Linear", "seed: ∂C/∂C = 1", "W ← W − lr·∂C/∂W with lr 0.05"} <= lines
    assert any(element.tag.endswith("image") for element in root.iter())  # the heatmaps


def test_export_to_a_folder_that_does_not_exist_says_so(panel, penguins, tmp_path):
    panel.show_walk(penguins[START])
    with pytest.raises(OSError, match="choose a folder"):
        panel.export_png(tmp_path / "missing" / "graph.png")


def test_a_narrow_panel_names_its_buttons_by_arrows_and_takes_them_back_when_wide(qtbot, penguins):
    holder = QWidget()  # a window's least size is its layout's: the panel's own hint counts inside one
    qtbot.addWidget(holder)
    panel = GraphPanel()
    QVBoxLayout(holder).addWidget(panel)
    holder.resize(1100, 450)
    holder.show()
    qtbot.waitExposed(holder)
    panel.show_walk(penguins[2])
    font = panel.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)  # as the presenter's zoom does
    panel.setFont(font)
    qtbot.waitUntil(lambda: not panel._measure.isActive())  # measured once the buttons have the font
    assert not panel.compact and panel.previous_button.text() == "◀ sub-step"
    assert panel.row_spin.prefix() == "row i = "
    least = panel.minimumSizeHint().width()
    assert least < panel._full_width  # a window may be narrower than the bar with its full names
    holder.resize(least + 20, 450)
    qtbot.waitUntil(lambda: panel.width() < panel._full_width)
    assert panel.compact
    names = (panel.previous_button.text(), panel.next_button.text(), panel.row_spin.prefix())
    assert names == ("◀", "▶", "i = ")
    assert "sub-step" in panel.previous_button.toolTip()  # the name is in the tooltip
    parts = (panel.previous_button, panel.next_button, panel.row_spin, panel.fit_button)
    qtbot.waitUntil(  # laid out again with the short names: nothing cut
        lambda: all(
            w.geometry().right() <= panel._bar.geometry().right() and w.width() >= w.minimumSizeHint().width()
            for w in parts
        )
    )
    holder.resize(1100, 450)
    qtbot.waitUntil(lambda: not panel.compact)
    assert panel.next_button.text() == "sub-step ▶"

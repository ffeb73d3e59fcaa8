"""The Derivation panel: its numbers are the engine's, it follows the sub-step and the selected parameter."""

import re

import numpy as np
import pytest
from PySide6.QtGui import QTextCursor

from gradviz.app.backprop import (
    ACCUMULATE,
    LINEAR_BACKWARD,
    LINEAR_FORWARD,
    MSE_BACKWARD,
    MSE_FORWARD,
    SEED,
    START,
    UPDATE,
    build_walk,
)
from gradviz.app.context import RunContext
from gradviz.app.derivation_page import HIGHLIGHT, number
from gradviz.app.derivation_panel import DerivationPanel
from gradviz.engine import Trainer, make_optimizer
from gradviz.engine.derivation import derive
from gradviz.settings import Settings, build_run

NUMBER = r"−?\d+(?:\.\d+)?(?:×10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?"
_DIGITS = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")


def parse(text: str) -> float:
    """A number as the panel writes it (−512.3, 7.014×10⁴) back to a float."""
    mantissa, _, exponent = text.replace("−", "-").partition("×10")
    return float(mantissa) * 10.0 ** int(exponent.translate(_DIGITS) or 0)


def numbers(text: str) -> list[float]:
    return [parse(token) for token in re.findall(NUMBER, text)]


def line(panel: DerivationPanel, pattern: str) -> str:
    """The first line of the rendered text that matches `pattern`."""
    text = panel.browser.toPlainText()
    found = re.search(f"^.*{pattern}.*$", text, re.MULTILINE)
    assert found, f"no line matches {pattern!r} in:\n{text}"
    return found.group(0)


def close(a: float, b: float) -> bool:
    return a == pytest.approx(b, rel=6e-4, abs=1e-12)  # 4 significant digits


def run(dataset: str, steps: int = 3, **settings):
    prepared, trainer = build_run(Settings(dataset=dataset, **settings))
    trainer.run(steps)
    return RunContext.build(prepared, trainer, True), trainer


@pytest.fixture
def make_panel(qtbot):
    def make(context: RunContext | None = None) -> DerivationPanel:
        panel = DerivationPanel()
        qtbot.addWidget(panel)
        if context is not None:
            parameters = context.parameters
            panel.set_parameters([p.label for p in parameters], [p.index for p in parameters])
        panel.resize(700, 800)
        return panel

    return make


@pytest.fixture(scope="module")
def boston():
    return run("boston")


def test_q4_and_q5_show_the_gradient_of_the_gradient_panel(make_panel, boston):
    context, trainer = boston
    panel = make_panel(context)
    panel.select_parameter((5, 0))  # w[rm]
    panel.show_walk(build_walk(trainer, -1, ACCUMULATE))
    record = trainer.current
    q5 = line(panel, r"W\.grad\[5, 0\]")
    assert q5.startswith("= ") and "the bar of w[rm] in the Gradient panel" in q5
    assert close(numbers(q5)[0], record.grad[5, 0])
    first = numbers(line(panel, "∇W = Xᵀδ = "))
    assert all(close(shown, exact) for shown, exact in zip(first, record.grad_W[:3, 0]))
    assert close(numbers(line(panel, "∇b = 1ᵀδ"))[-1], record.grad_b[0])  # after the sums' indices
    assert close(numbers(line(panel, r"^C = \(1/q\)"))[-1], record.loss_train)
    delta = (2 / trainer.n_samples) * (trainer.X @ record.W + record.b - trainer.Y)
    assert all(
        close(a, b) for a, b in zip(numbers(line(panel, r"^δ = \(2/q\)").split("= ")[-1]), delta[:3, 0])
    )
    text = panel.browser.toPlainText()  # a table's cells come out one a line
    assert "∇W = Xᵀδ = [" in text and "\n(13×405)(405×1) → 13×1\n" in text
    assert "∂C/∂X = δWᵀ is not computed: X needs no gradient\n(405×1)(1×13) → 405×13" in text


def test_the_sum_of_q5_is_written_term_by_term_with_the_current_residuals(make_panel, boston):
    context, trainer = boston
    panel = make_panel(context)
    panel.show_walk(build_walk(trainer, -1, LINEAR_BACKWARD))  # w[crim] selected first
    record, X, Y = trainer.current, trainer.X, trainer.Y
    residual = X @ record.W + record.b - Y
    terms = numbers(line(panel, r"^= \(2/405\)·\(\("))
    assert terms[:2] == [2, 405]
    expected = [X[0, 0], residual[0, 0], X[1, 0], residual[1, 0], X[-1, 0], residual[-1, 0]]
    assert all(close(a, b) for a, b in zip(terms[2:], expected))
    total = numbers(line(panel, "the sum of all 405 terms"))
    assert close(total[2], float(X[:, 0] @ residual[:, 0]))


def test_the_common_mistakes_give_their_numbers_on_the_current_data(make_panel, boston):
    context, trainer = boston
    panel = make_panel(context)
    walk = build_walk(trainer, -1, ACCUMULATE)
    panel.show_walk(walk)
    q, record = trainer.n_samples, trainer.current
    assert "multiplies (405×1)·(13×405): a shape error, the inner sizes 1 and 13 differ; ∇W is 13×1." in line(
        panel, "instead of Xᵀ"
    )
    ones = line(panel, "matrix of ones")
    assert (
        "A 405×1 matrix of ones is ∂Ŷ/∂b, a Jacobian block" in ones
        and "shape (1,)" in ones
        and close(numbers(ones)[-1], record.grad_b[0])
    )
    dropped = line(panel, "Dropping the 1/q")
    critical = trainer.curvature.critical_lr
    assert f"would read {number(q * record.grad[0, 0])}, 405 times too large" in dropped
    assert f"from 2/λmax = {number(critical)} to {number(critical)}/405 = {number(critical / q)}" in dropped
    assert "at lr = 0.1, gradient descent diverges" in dropped
    slips = derive(trainer.X, trainer.Y, record.W, record.b).mistakes(walk.lr)
    flip = line(panel, "Flipping the sign")
    assert "gradient ascent" in flip
    before, ascent, descent = (number(slips.sign_flip.loss_before), number(slips.sign_flip.loss_after_ascent),
                               number(slips.sign_flip.loss_after_descent))  # fmt: skip
    assert f"takes C from {before} up to {ascent}, where a correct one takes it down to {descent}" in flip
    assert close(parse(before), record.loss_train)
    assert close(parse(descent), trainer.train_loss.loss(record.theta - walk.lr * record.grad))  # a GD step
    assert close(parse(ascent), trainer.train_loss.loss(record.theta + walk.lr * record.grad))


def test_a_wrong_order_that_aligns_by_accident_is_shown_as_not_grad_w(make_panel):
    context, trainer = run("penguins")
    panel = make_panel(context)
    panel.show_walk(build_walk(trainer, -1, START))
    wrong = line(panel, "instead of Xᵀ")
    assert "multiplies (274×1)·(1×274): it aligns only because p = n = 1" in wrong
    assert "gives a 274×274 matrix, not the 1×1 ∇W" in wrong


def test_at_the_start_no_number_of_the_gradient_is_shown(make_panel, boston):
    context, trainer = boston
    panel = make_panel(context)
    panel.show_walk(build_walk(trainer, -1, START))
    text = panel.browser.toPlainText()
    record = trainer.current
    for value in [*record.grad[:, 0], 405 * record.grad[0, 0], record.loss_train]:
        assert number(value) not in text, value
    assert "W.grad" not in text
    for pattern in ("^ŷ = ", "^∂C1/∂w", "^Ŷ = XW", "^δ = ", "^∇W = ", "^∇b = ", "^= "):
        assert line(panel, pattern).endswith("…not computed yet at this sub-step"), pattern
    assert "would read …not computed yet at this sub-step" in line(panel, "Dropping")
    panel.show_walk(build_walk(trainer, -1, MSE_BACKWARD))  # δ, but not yet ∇W
    assert not line(panel, "^δ = ").endswith("sub-step") and line(panel, "^∇W = ").endswith("sub-step")


def lit_lines(panel: DerivationPanel) -> list[str]:
    """The text of every line drawn on the highlight (each starts at an anchor the panel scrolls to)."""
    document, lit = panel.browser.document(), []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        if not fragments.atEnd() and "now" in fragments.fragment().charFormat().anchorNames():
            cursor = QTextCursor(block)
            table = cursor.currentTable()
            background = (
                table.cellAt(cursor).format().background() if table else block.blockFormat().background()
            )
            assert background.color().name() == HIGHLIGHT
            lit.append(block.text())
        block = block.next()
    return lit


@pytest.mark.parametrize(
    ("substep", "expected"),
    [
        (START, []),
        (LINEAR_FORWARD, ["ŷ = ", "Ŷ = XW + b = "]),
        (MSE_FORWARD, ["C1 = (ŷ − y)² = ", "C = (1/q)"]),
        (SEED, ["Here MSE.backward receives ∂C/∂C = 1"]),
        (MSE_BACKWARD, ["∂C1/∂w", "∂C1/∂b", "∂C/∂Ŷij", "δ1,1 = ", "δ = (2/q)"]),
        (LINEAR_BACKWARD, ["∂C/∂Wkj", "∇W = Xᵀδ", "∇b = 1ᵀδ", "= (2/405)·((", "= (2/405)·(", "= "]),
        (ACCUMULATE, ["∇W = Xᵀδ", "∇b = 1ᵀδ", "= "]),
    ],
)
def test_the_part_the_sub_step_computes_is_highlighted(make_panel, boston, substep, expected):
    context, trainer = boston
    panel = make_panel(context)
    panel.show_walk(build_walk(trainer, -1, substep))
    lit = [text for text in lit_lines(panel) if text.strip()]
    assert len(lit) >= len(expected) and all(any(t.startswith(e) for t in lit) for e in expected), lit
    if substep == START:
        assert lit == []


def test_the_update_shows_the_new_value_and_is_scrolled_into_view(make_panel, qtbot):
    context, trainer = run("boston")
    panel = make_panel(context)
    panel.resize(700, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_walk(build_walk(trainer, -1, START))
    trainer.step()
    after = trainer.current
    walk = build_walk(trainer, -2, UPDATE, after=after)
    panel.show_walk(walk)
    update = line(panel, "The update")
    grad = trainer.history.record(-2).grad[0, 0]
    assert close(numbers(update)[-1], after.W[0, 0]) and close(numbers(update)[-2], grad)
    top = panel.now_top()
    assert top is not None and 0 <= top < panel.browser.viewport().height()


def test_choosing_a_parameter_changes_q5_and_emits_its_index(make_panel, qtbot):
    context, trainer = run("diabetes")
    panel = make_panel(context)
    panel.show_walk(build_walk(trainer, -1, ACCUMULATE))
    labels = [p.label for p in context.parameters]
    with qtbot.waitSignal(panel.sigParameter) as signal:
        panel.combo.setCurrentIndex(labels.index("b"))
    assert signal.args == [(10, 0)] and panel.parameter == (10, 0)
    q5 = line(panel, r"b\.grad\[0\]")
    assert close(numbers(q5)[0], trainer.current.grad_b[0])
    assert "Q5 · ∂C/∂b with the current numbers" in panel.browser.toPlainText()
    assert "(2/q) Σi (ŷi − yi)" in line(panel, "^∂C/∂b = ")


def test_select_parameter_selects_without_emitting(make_panel, qtbot):
    context, trainer = run("diabetes")
    panel = make_panel(context)
    panel.show_walk(build_walk(trainer, -1, ACCUMULATE))
    with qtbot.assertNotEmitted(panel.sigParameter):
        panel.select_parameter((3, 0))
    label = context.parameters[3].label
    assert panel.combo.currentText() == label and f"Q5 · ∂C/∂{label}" in panel.browser.toPlainText()
    assert close(numbers(line(panel, r"W\.grad\[3, 0\]"))[0], trainer.current.grad[3, 0])
    with pytest.raises(ValueError, match="no parameter"):
        panel.select_parameter((11, 0))


def test_a_mini_batch_walk_shows_the_batch_gradient_and_says_it_is_not_the_bar(make_panel):
    context, trainer = run("penguins", batch_size=32)
    panel = make_panel(context)
    walk = build_walk(trainer, -1, ACCUMULATE)
    panel.show_walk(walk)
    assert "a mini-batch of 32 rows" in panel.browser.toPlainText()
    q5 = line(panel, r"W\.grad\[0, 0\]")
    assert close(numbers(q5)[0], walk.node("W").grad[0, 0]) and "Gradient panel" not in q5
    assert "(2/32)·" in line(panel, "^= \\(2/32\\)")
    assert f"training row {int(walk.rows[0]) + 1}" in line(panel, "Row 1 of the batch")


@pytest.mark.parametrize("optimizer", ["adam", "rmsprop"])
def test_for_a_scale_free_optimizer_the_dropped_one_over_q_says_it_hardly_matters(make_panel, optimizer):
    context, trainer = run("penguins", optimizer=optimizer)
    panel = make_panel(context)
    panel.show_walk(build_walk(trainer, -1, ACCUMULATE))
    assert f"This run's {optimizer} divides each step by the gradient's running size" in line(
        panel, "Dropping"
    )
    q, loss = trainer.n_samples, trainer.train_loss
    paths = []
    for scale in (1, q):  # the engine's optimizer, fed ∇C and then q·∇C (the slip)
        theta, step = trainer.history.record(0).theta.copy(), make_optimizer(optimizer, lr=0.1)
        for _ in range(50):
            step.step([theta], [scale * loss.gradient(theta)])
        paths.append(theta)
    np.testing.assert_allclose(paths[1], paths[0], rtol=1e-6)
    _, gd = run("penguins")
    panel.show_walk(build_walk(gd, -1, ACCUMULATE))
    assert "running size" not in panel.browser.toPlainText()


def test_without_labels_and_with_several_outputs_every_entry_of_theta_can_be_chosen(make_panel, rng):
    X = rng.normal(size=(30, 3))
    Y = X @ rng.normal(size=(3, 2)) + rng.normal(size=(30, 2))
    trainer = Trainer(X, Y, lr=0.05)
    trainer.run(2)
    panel = make_panel()
    panel.show_walk(build_walk(trainer, -1, ACCUMULATE))
    assert [panel.combo.itemText(i) for i in range(panel.combo.count())][:4] == [
        "w[1]→1",
        "w[2]→1",
        "w[3]→1",
        "b→1",
    ]
    panel.select_parameter((1, 1))
    q5 = line(panel, r"W\.grad\[1, 1\]")
    assert close(numbers(q5)[0], trainer.current.grad[1, 1])
    assert "j = 2, c = 2" in line(panel, "^∂C/∂wjc")
    assert "Ŷ = XW + b = [" in line(panel, "^Ŷ = ") and "; " in line(panel, "^Ŷ = ")  # rows of a 30×2


def test_a_new_runs_labels_wait_for_its_first_walk(make_panel, boston):
    context, trainer = boston
    panel = make_panel(context)
    panel.select_parameter((12, 0))
    panel.show_walk(build_walk(trainer, -1, ACCUMULATE))
    penguins, small = run("penguins")
    panel.set_parameters([p.label for p in penguins.parameters], [p.index for p in penguins.parameters])
    assert panel.browser.toPlainText() == ""  # the boston page is gone; nothing of penguins is known yet
    panel.show_walk(build_walk(small, -1, ACCUMULATE))
    assert panel.parameter == (0, 0)
    assert close(numbers(line(panel, r"W\.grad\[0, 0\]"))[0], small.current.grad[0, 0])


def test_labels_are_shown_as_text(make_panel, rng):
    trainer = Trainer(rng.normal(size=(20, 1)), rng.normal(size=(20, 1)))
    panel = make_panel()
    panel.set_parameters(["w[<i>mass</i>]", "b"], [(0, 0), (1, 0)])
    panel.show_walk(build_walk(trainer, -1, ACCUMULATE))
    assert "Q5 · ∂C/∂w[<i>mass</i>] with" in panel.browser.toPlainText()
    with pytest.raises(ValueError, match="one label per index"):
        panel.set_parameters(["b"], [(0, 0), (1, 0)])


@pytest.mark.parametrize(
    ("value", "text"),
    [(-512.34, "−512.3"), (70140.0, "7.014×10⁴"), (1.5e-5, "1.5×10⁻⁵"), (0.1, "0.1"), (float("inf"), "∞")],
)
def test_numbers_have_four_significant_digits_and_a_unicode_minus(value, text):
    assert number(value) == text
    if np.isfinite(value):
        assert parse(text) == pytest.approx(value, rel=1e-3)

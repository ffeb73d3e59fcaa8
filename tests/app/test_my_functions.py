"""Training with other Functions: a student's file (checked first) or a shipped mistake, beside a ghost."""

from pathlib import Path

import numpy as np
import pytest

from gradviz.engine import MSE, Linear
from gradviz.engine.mistakes import MISTAKES, MSEWithoutOneOverQ
from gradviz.settings import Settings, build_run

FILES = Path(__file__).parents[1] / "homework" / "files"

RAISING = """\
from gradviz.engine import Function


class Linear(Function):
    @staticmethod
    def forward(ctx, X, W, b):
        ctx.save_for_backward(X, W)
        return X @ W + b

    @staticmethod
    def backward(ctx, grad_output):
        X, W, q = ctx.saved_tensors
        return None, X.T @ grad_output, grad_output.sum(0)


class MSE(Function):
    @staticmethod
    def forward(ctx, y_hat, y):
        ctx.save_for_backward(y_hat - y)
        return float(((y_hat - y) ** 2).sum() / len(y))

    @staticmethod
    def backward(ctx, g):
        (r,) = ctx.saved_tensors
        return 2 * g * r / len(r), None
"""


def _menu_action(window, menu_title: str, text: str):
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == menu_title:
            for item in action.menu().actions():
                if item.text() == text:
                    return item
    raise AssertionError(f"no {text!r} in the {menu_title} menu")


def _correct_run(settings: Settings, steps: int):
    trainer = build_run(settings).trainer
    trainer.run(steps)
    return trainer


def test_a_mistake_from_the_menu_trains_beside_the_correct_run(make_window):
    settings = Settings(dataset="line", lr=0.01)
    window = make_window(settings)
    _menu_action(window, "Mistakes", MISTAKES["one_over_q"].label).trigger()
    c = window.controller
    assert c.trainer.mse is MSEWithoutOneOverQ and c.trainer.path == "graph"
    banner = window.functions.banner
    assert banner.isVisible() and "times too large" in banner.text.text()
    c.run(3)
    ghost = c.ghost.trainer
    assert ghost.linear is Linear and ghost.mse is MSE and ghost.iteration == 3
    np.testing.assert_allclose(ghost.W, _correct_run(settings, 3).W, rtol=1e-12)
    assert not np.allclose(c.trainer.W, ghost.W)  # the mistake went elsewhere
    iterations, thetas, losses = window.loss._ghost_path
    assert list(iterations) == [0, 1, 2, 3]
    np.testing.assert_allclose(thetas[-1], ghost.history.thetas[3])
    assert window.landscape.ghost.path().elementCount() > 1
    assert "mistake mode" in window.status.text()

    _menu_action(window, "Mistakes", "None: gradviz's own Functions").trigger()
    assert not c.trainer.own_functions and c.ghost is None and not banner.isVisible()
    assert window.loss._ghost_path is None


def test_the_ghost_takes_the_same_settings_changes_and_rewinds_with_the_run(make_window):
    window = make_window(Settings(dataset="line", lr=0.01))
    c = window.controller
    window.functions.use_mistake("bias_ones")
    c.run(2)
    c.set_lr(0.02)
    c.run(2)
    ghost = c.ghost.trainer
    np.testing.assert_allclose(ghost.history.lr[1:], c.trainer.history.lr[1:])
    c.step_back()
    c.step_back()
    c.step()  # from the past: the future is dropped, for the ghost too
    assert c.trainer.iteration == 3
    c.step()
    assert c.ghost.trainer.iteration == 4
    np.testing.assert_allclose(c.ghost.history.lr[1:], c.trainer.history.lr[1:])


def test_a_mistake_that_returns_a_wrong_shape_pauses_with_the_reason(make_window):
    window = make_window(Settings(dataset="line"))
    window.functions.use_mistake("bias_unreduced")
    c = window.controller
    c.step()
    assert c.trainer.iteration == 0 and not c.playing
    assert "shape" in window.status.text() and "paused at its last good step" in window.status.text()
    c.reset()
    assert "paused" not in window.status.text()


def test_my_gradviz_functions_are_checked_then_trained_with(qtbot, make_window):
    settings = Settings(dataset="line", lr=0.05)
    window = make_window(settings)
    actions = window.functions
    with qtbot.waitSignal(actions.sigChecked, timeout=60_000):
        actions.use_file(FILES / "gv_good.py")
    assert actions.report_dialog.isVisible()
    assert "gv_good.py: PASS" in actions.report_dialog.text.toPlainText()
    c = window.controller
    assert c.trainer.own_functions and c.trainer.path == "graph"
    assert "Check: PASS" in actions.banner.text.text() and "check of gv_good.py: PASS" in window.note.text()
    c.run(4)
    np.testing.assert_allclose(c.trainer.W, _correct_run(settings, 4).W, rtol=1e-10)
    np.testing.assert_allclose(c.trainer.W, c.ghost.trainer.W, rtol=1e-10)
    assert "your Functions (gv_good.py)" in window.status.text()


def test_an_error_in_my_backward_pauses_the_run_with_its_line(qtbot, make_window, tmp_path):
    path = tmp_path / "tp1.py"
    path.write_text(RAISING)
    window = make_window(Settings(dataset="line"))
    with qtbot.waitSignal(window.functions.sigChecked, timeout=60_000):
        window.functions.use_file(path)
    assert "FAIL" in window.functions.banner.text.text()
    c = window.controller
    c.step()
    assert c.trainer.iteration == 0 and not c.playing
    status = window.status.text()
    assert "Linear.backward" in status and "line 12" in status and "not enough values" in status


def test_a_file_that_does_not_load_keeps_the_run(qtbot, make_window, tmp_path):
    path = tmp_path / "broken.py"
    path.write_text("def f(:\n")
    window = make_window(Settings(dataset="line"))
    c = window.controller
    c.run(2)
    with qtbot.waitSignal(window.functions.sigChecked, timeout=60_000):
        window.functions.use_file(path)
    assert c.functions is None and c.trainer.iteration == 2
    assert "broken.py, line 1" in window.status.text()
    assert not window.functions.banner.isVisible()


@pytest.mark.torch
def test_my_torch_functions_train_in_the_window(qtbot, make_window):
    pytest.importorskip("torch", reason="PyTorch is not installed")
    settings = Settings(dataset="boston", lr=0.05)
    window = make_window(settings)
    with qtbot.waitSignal(window.functions.sigChecked, timeout=60_000):
        window.functions.use_file(FILES / "good.py")
    c = window.controller
    c.run(3)
    np.testing.assert_allclose(c.trainer.W, _correct_run(settings, 3).W, rtol=1e-9)
    window.set_backprop_visible(True)
    nodes = {node.name for node in window.walker.walk.nodes}
    assert "Linear" in nodes and "MSE" in nodes


def test_the_gradient_check_checks_what_the_run_trains_with(make_window):
    window = make_window(Settings(dataset="line"))
    window.functions.use_mistake("sign")
    window.set_backprop_visible(True)
    window.show_view("gradcheck")
    reports = window.backprop.gradcheck.run()
    assert [r.function for r in reports] == ["SignFlippedLinear", "MSE"]
    assert not reports[0].passed and reports[1].passed
    window.functions.use_gradviz()
    assert all(r.passed for r in window.backprop.gradcheck.run())


def test_a_graph_that_cannot_be_built_says_why_and_shows_nothing_stale(make_window):
    window = make_window(Settings(dataset="line"))
    window.set_backprop_visible(True)
    window.functions.use_mistake("bias_ones")
    window.controller.run(2)
    assert window.backprop.graph.view.isVisible()
    window.functions.use_mistake("bias_unreduced")
    graph = window.backprop.graph
    assert not graph.view.isVisible() and "cannot be built" in graph.step_label.text()
    assert "shape" in graph.step_label.text()
    window.functions.use_gradviz()
    assert graph.view.isVisible() and window.walker.walk is not None



def test_closing_the_report_gives_the_keys_back_to_the_window(qtbot, make_window):
    window = make_window(Settings(dataset="line"))
    with qtbot.waitSignal(window.functions.sigChecked, timeout=60_000):
        window.functions.use_file(FILES / "gv_good.py")
    dialog = window.functions.report_dialog
    activated = []
    window.activateWindow = lambda: activated.append(True)
    dialog.reject()
    assert not dialog.isVisible() and activated == [True]


@pytest.mark.torch
def test_the_graph_labels_what_a_students_context_saved_by_its_value(qtbot, make_window):
    pytest.importorskip("torch", reason="PyTorch is not installed")
    window = make_window(Settings(dataset="line"))
    with qtbot.waitSignal(window.functions.sigChecked, timeout=60_000):
        window.functions.use_file(FILES / "good_wxb.py")  # saves (W, X), in its own order
    window.controller.run(2)
    window.set_backprop_visible(True)
    window.show_view("graph")
    cards = window.backprop.graph.cards.values()
    linear = next(card for card in cards if hasattr(card, "saved_labels") and card.title.text() == "Linear")
    labels = [row[0].text() for row in linear.saved_labels]
    assert labels == ["W (a copy)", "X (a copy)"], labels

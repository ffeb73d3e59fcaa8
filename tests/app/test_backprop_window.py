"""The backpropagation area in the window: sub-steps by key, in sync with every plot."""

import subprocess
import sys

import numpy as np
import pytest
from processes import ENV, START_TIMEOUT
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from gradviz.app.backprop import ACCUMULATE, START, UPDATE
from gradviz.app.derivation_page import number


def shift(qtbot, window, key):
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ShiftModifier)


def test_b_opens_the_area_and_only_then_is_the_walk_built(qtbot, window):
    assert not window.backprop_visible and not window.walker.wanted
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.backprop_visible and window.walker.wanted and window.backprop_action.isChecked()
    assert window.walker.walk is not None and window.walker.walk.iteration == 0
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert not window.backprop_visible and not window.walker.wanted


def test_shift_arrows_walk_the_step_and_the_update_appears_on_every_plot(qtbot, window):
    window.controller.run(2)
    window.show_view("graph")
    for _ in range(ACCUMULATE):
        shift(qtbot, window, Qt.Key.Key_Right)
    walk = window.walker.walk
    assert walk.substep == ACCUMULATE and window.controller.trainer.iteration == 2
    grad_W = walk.node("W").grad.copy()
    shift(qtbot, window, Qt.Key.Key_Right)  # the update: a real step
    trainer = window.controller.trainer
    assert window.walker.walk.substep == UPDATE and trainer.iteration == 3
    np.testing.assert_allclose(trainer.current.W, walk.node("W").value - walk.lr * grad_W)
    (x,), (y,) = (np.asarray(v) for v in window.landscape.current.get_data())
    assert (x, y) == pytest.approx((trainer.current.W[0, 0], trainer.current.b[0]))
    assert "it 3 " in window.status.text() and window.transport.timeline.value() == 3
    shift(qtbot, window, Qt.Key.Key_Left)  # back across the update: the plots show step 2 again
    assert window.walker.walk.substep == ACCUMULATE and window.controller.viewed.iteration == 2
    assert window.transport.timeline.value() == 2


def test_the_derivation_shows_the_number_of_the_gradient_bar(qtbot, window):
    window.controller.run(4)
    window.show_view("derivation")
    window.walker.go_to(ACCUMULATE)
    text = window.backprop.derivation.browser.toPlainText()
    bar = window.controller.viewed.grad[0, 0]  # the Gradient panel's first bar: ∂C/∂w
    assert number(bar) in text
    np.testing.assert_allclose(window.gradient.grad_bars.values()[0], bar)


def test_picking_an_entry_of_w_in_the_graph_selects_it_in_the_derivation(qtbot, make_window):
    from gradviz.settings import Settings

    window = make_window(Settings(dataset="diabetes"))
    window.show_view("graph")
    window.walker.go_to(ACCUMULATE)
    window.backprop.graph.sigSelected.emit(("W", (3, 0)))
    assert window.backprop.derivation.parameter == (3, 0)
    window.backprop.graph.sigSelected.emit(("b", (0,)))
    assert window.backprop.derivation.parameter == (10, 0)


def test_a_normal_step_starts_the_walk_over(qtbot, window):
    window.show_view("graph")
    window.walker.go_to(ACCUMULATE)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert (window.walker.walk.iteration, window.walker.walk.substep) == (1, START)


@pytest.mark.parametrize("view", ["graph", "derivation"])
def test_snapshot_of_the_backpropagation_views(tmp_path, view):
    out = tmp_path / f"{view}.png"
    proc = subprocess.run(
        [sys.executable, "-m", "gradviz", "snapshot", "--view", view, "--steps", "3", "--out", str(out)],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=START_TIMEOUT,
    )
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)


def test_a_picked_parameter_lights_up_in_the_gradient_bars_and_on_the_landscape(qtbot, window):
    window.controller.run(2)
    window.show_view("graph")
    window.walker.go_to(ACCUMULATE)
    window.backprop.graph.sigSelected.emit(("W", (0, 0)))  # w[flipper_length_mm], the landscape's x axis
    frame = window.gradient.selection[0]
    assert frame.isVisible() and frame.rect().center().y() == pytest.approx(0)
    (x0, x1), (y0, y1) = window.landscape.component.get_data()
    record, scale = window.controller.viewed, window.landscape._arrow_scale
    assert y0 == y1 and x1 - x0 == pytest.approx(-scale * record.grad[0, 0])
    window.backprop.derivation.sigParameter.emit((1, 0))  # b, from the Derivation's selector
    assert window.gradient.selection[0].rect().center().y() == pytest.approx(1)
    assert window.landscape.component.get_data()[0][0] == window.landscape.component.get_data()[0][1]

"""Space, →, ← and R work while a spin box has the focus, and the box keeps its own keys."""

import pytest
from PySide6.QtCore import Qt


def focus(qtbot, window, widget):
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


@pytest.fixture
def lr_box(qtbot, window):
    spin = window.controls.lr.spin
    focus(qtbot, window, spin)
    return spin


def test_space_plays_and_pauses_from_the_lr_box(qtbot, window, lr_box):
    qtbot.keyClick(lr_box, Qt.Key.Key_Space)
    assert window.controller.playing
    qtbot.keyClick(lr_box, Qt.Key.Key_Space)
    assert not window.controller.playing


def test_arrows_step_and_r_resets_from_the_lr_box(qtbot, window, lr_box):
    controller = window.controller
    qtbot.keyClick(lr_box, Qt.Key.Key_Right)
    qtbot.keyClick(lr_box, Qt.Key.Key_Right)
    assert controller.trainer.iteration == 2
    qtbot.keyClick(lr_box, Qt.Key.Key_Left)
    assert controller.viewed.iteration == 1
    qtbot.keyClick(lr_box, Qt.Key.Key_R)
    assert controller.trainer.iteration == 0


def test_the_lr_box_still_takes_digits_and_up_down(qtbot, window, lr_box):
    lr_box.selectAll()
    qtbot.keyClicks(lr_box, "0.05")
    qtbot.keyClick(lr_box, Qt.Key.Key_Return)
    assert lr_box.value() == 0.05 and window.controller.settings.lr == 0.05
    qtbot.keyClick(lr_box, Qt.Key.Key_Up)
    assert window.controller.settings.lr > 0.05
    assert window.controller.trainer.iteration == 0  # Up changed the box, it did not step


def test_while_typing_a_number_the_arrows_move_the_cursor_until_enter(qtbot, window, lr_box):
    edit = lr_box.lineEdit()
    lr_box.selectAll()
    qtbot.keyClicks(lr_box, "0.07")
    qtbot.keyClick(lr_box, Qt.Key.Key_Left)
    assert edit.cursorPosition() == 3 and window.controller.trainer.iteration == 0
    qtbot.keyClick(lr_box, Qt.Key.Key_Right)
    assert edit.cursorPosition() == 4 and window.controller.trainer.iteration == 0
    qtbot.keyClick(lr_box, Qt.Key.Key_Return)
    assert window.controller.settings.lr == 0.07
    qtbot.keyClick(lr_box, Qt.Key.Key_Right)
    assert window.controller.trainer.iteration == 1


@pytest.mark.parametrize("name", ["seed", "batch", "test_fraction"])
def test_space_plays_from_the_other_spin_boxes(qtbot, window, name):
    spin = getattr(window.controls, name)
    focus(qtbot, window, spin)
    qtbot.keyClick(spin, Qt.Key.Key_Space)
    assert window.controller.playing
    qtbot.keyClick(spin, Qt.Key.Key_Right)  # pauses, then steps
    assert not window.controller.playing and window.controller.viewed.iteration >= 1


def test_space_plays_from_an_optimizer_hyperparameter_box(qtbot, window):
    window.controls.optimizer.setCurrentText("momentum")
    spin = window.controls.hyper["beta"]
    focus(qtbot, window, spin)
    qtbot.keyClick(spin, Qt.Key.Key_Space)
    assert window.controller.playing

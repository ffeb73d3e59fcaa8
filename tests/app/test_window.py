import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QFileDialog

from gradviz.app import theme
from gradviz.settings import Settings


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def line_of(window):
    x, y = window.fit.model.get_data()
    return np.array(x, copy=True), np.array(y, copy=True)


def test_opens_on_the_default_data(window):
    context = window.controller.context
    assert context.dataset.name == "penguins"
    assert len(window.fit.train_points.scatter.data) == context.train.n_samples
    assert window.transport.timeline.maximum() == 0
    assert "it 0" in window.status.text() and "critical" in window.status.text()


def test_step_advances_the_trainer_and_moves_the_line(qtbot, window):
    before = line_of(window)
    click(qtbot, window.transport.step_button)
    assert window.controller.trainer.iteration == 1
    after = line_of(window)
    assert not np.allclose(before[1], after[1])
    record = window.controller.trainer.current
    W_raw, b_raw = window.controller.context.original_units(record.W, record.b)
    np.testing.assert_allclose(after[1], W_raw[0, 0] * after[0] + b_raw[0])


def test_play_then_pause_advances_several_steps(qtbot, window):
    window.controller.set_speed(1000)
    click(qtbot, window.transport.play_button)
    assert window.controller.playing and window.transport.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: window.controller.trainer.iteration >= 5, timeout=5000)
    click(qtbot, window.transport.play_button)
    stopped = window.controller.trainer.iteration
    qtbot.wait(100)
    assert not window.controller.playing and window.controller.trainer.iteration == stopped
    loss_x, _ = window.loss.train.get_data()
    assert len(loss_x) == stopped + 1


def test_step_back_restores_the_previous_parameters_exactly(qtbot, window):
    for _ in range(3):
        click(qtbot, window.transport.step_button)
    second = window.controller.trainer.history.record(2)
    click(qtbot, window.transport.back_button)
    shown = window.controller.viewed
    assert shown.iteration == 2
    np.testing.assert_array_equal(shown.W, second.W)
    np.testing.assert_array_equal(shown.b, second.b)
    (x,), (y,) = (np.asarray(v) for v in window.landscape.current.get_data())
    assert (x, y) == (second.W[0, 0], second.b[0])
    assert window.transport.timeline.value() == 2


def test_step_from_the_past_drops_the_future_and_replays_exactly(qtbot, window):
    for _ in range(4):
        click(qtbot, window.transport.step_button)
    fourth = window.controller.trainer.history.record(4)
    click(qtbot, window.transport.back_button)
    click(qtbot, window.transport.back_button)
    click(qtbot, window.transport.step_button)
    click(qtbot, window.transport.step_button)
    assert window.controller.trainer.iteration == 4
    np.testing.assert_array_equal(window.controller.viewed.W, fourth.W)


def test_timeline_scrubbing_shows_that_record_everywhere(qtbot, window):
    window.controller.run(20)
    window.transport.timeline.setValue(7)
    record = window.controller.trainer.history.record(7)
    assert window.controller.viewed.iteration == 7
    x, _ = window.loss.train.get_data()
    assert x[-1] == 7
    widths = np.abs(window.gradient.grad_bars.values())
    np.testing.assert_allclose(widths, np.abs([record.grad_W[0, 0], record.grad_b[0]]))
    assert "it 7 of 20" in window.status.text()


def test_lr_slider_and_spin_box_reach_the_trainer_without_reset(qtbot, window):
    window.controller.run(5)
    window.controls.lr.spin.setValue(0.05)
    assert window.controller.trainer.lr == 0.05
    window.controls.lr.slider.setValue(window.controls.lr.slider.value() + 100)  # one decade up
    assert window.controller.trainer.lr == pytest.approx(0.5, rel=0.01)
    assert window.controls.lr.spin.value() == window.controller.trainer.lr
    assert window.controller.trainer.iteration == 5


def test_lr_above_critical_pauses_with_a_red_status(qtbot, window):
    critical = window.controller.context.curvature.critical_lr
    window.controls.lr.spin.setValue(float(f"{1.05 * critical:.3g}"))
    assert "above" in window.controls.lr.critical_label.text()
    window.controller.set_speed(float("inf"))
    click(qtbot, window.transport.play_button)
    qtbot.waitUntil(lambda: not window.controller.playing, timeout=10000)
    assert window.controller.trainer.status.diverged
    assert "Diverged" in window.status.text() and "below" in window.status.text()
    assert "c62828" in window.status.styleSheet()
    _, loss = window.loss.train.get_data()
    assert np.isfinite(loss).all()
    window.controls.lr.spin.setValue(0.5)  # a new lr clears the divergence
    click(qtbot, window.transport.step_button)
    assert not window.controller.trainer.status.diverged


def _choose_file(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_csv_import_through_the_dialog(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "houses.csv"
    path.write_text(
        "name,area,rooms,price\n"
        + "".join(f"h{i},{50 + i},{1 + i % 4},{100 + 3 * i + i % 5}\n" for i in range(40))
    )
    _choose_file(monkeypatch, path)
    window.files.open_csv()
    dialog = window.files.csv_dialog
    assert dialog.preview.rowCount() == 20 and dialog.preview.columnCount() == 4
    assert dialog.chosen_targets() == ["price"]
    dialog.features.item(1).setCheckState(Qt.CheckState.Unchecked)  # rooms
    click(qtbot, dialog.ok_button)
    context = window.controller.context
    assert context.dataset.name == "houses" and context.dataset.feature_names == ("area",)
    assert window.controls.dataset.currentText() == "CSV: houses.csv"


def test_bad_csv_shows_the_problem_in_the_dialog_and_keeps_the_run(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("x,y\n1,2\n2,oops\n3,4\n")
    _choose_file(monkeypatch, path)
    window.files.open_csv()
    dialog = window.files.csv_dialog
    click(qtbot, dialog.ok_button)
    assert "line 3, column 'y': 'oops' is not a number" in dialog.error.text()
    assert dialog.isVisible()
    assert window.controller.context.dataset.name == "penguins"
    binary = tmp_path / "image.csv"
    binary.write_bytes(b"\x89PNG\x00\x00")
    _choose_file(monkeypatch, binary)
    window.files.open_csv()
    assert "not a text file" in window.files.csv_dialog.error.text()
    assert not window.files.csv_dialog.ok_button.isEnabled()


def test_clicking_the_landscape_sets_the_start_point(qtbot, window):
    window.controller.run(10)
    landscape = window.landscape
    view = landscape.plot.getViewBox()
    rect = view.viewRect()
    target = QPointF(rect.left() + 0.3 * rect.width(), rect.top() + 0.6 * rect.height())
    point = landscape.plot_widget.mapFromScene(view.mapViewToScene(target))
    qtbot.mouseClick(landscape.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=point)
    trainer = window.controller.trainer
    start = trainer.history.record(0)
    assert trainer.iteration == 0
    assert start.W[0, 0] == pytest.approx(target.x(), rel=0.02, abs=0.02 * rect.width())
    assert start.b[0] == pytest.approx(target.y(), rel=0.02, abs=0.02 * rect.height())
    window.controller.run(3)
    window.controller.reset()
    np.testing.assert_array_equal(trainer.current.W, start.W)


def test_keyboard_shortcuts(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.controller.trainer.iteration == 2
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.controller.viewed.iteration == 1
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.controller.playing
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not window.controller.playing
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert window.controller.trainer.iteration == 0


def test_hyperparameter_change_keeps_history_but_data_change_restarts(qtbot, window):
    window.controller.run(10)
    window.controls.optimizer.setCurrentText("adam")
    assert window.controller.trainer.iteration == 10
    assert window.controls.hyper["beta2"].isVisibleTo(window)
    assert not window.controls.hyper["rho"].isVisibleTo(window)
    window.controls.standardize.setChecked(False)
    assert window.controller.trainer.iteration == 0
    assert not window.controller.context.standardized


def test_multi_feature_fit_shows_predicted_against_actual(qtbot, make_window):
    window = make_window(Settings(dataset="boston"))
    assert window.fit.view_choice.currentText() == "predicted vs actual"
    window.controller.run(50)
    x, y = window.fit.moving.getData()
    assert len(x) == window.controller.context.train.n_samples
    window.fit.view_choice.setCurrentText("rm")
    x, y = window.fit.model.get_data()
    assert len(x) == 2 and "other features at their means" in theme.title_of(window.fit.plot)


def test_generator_slider_regenerates_the_data(qtbot, window):
    index = window.controls.dataset.findData("line")
    window.controls.dataset.setCurrentIndex(index)
    assert window.controller.context.dataset.name == "line"
    n = window.controls.sliders["n"]
    n.slider.setValue(n.slider.value() + 40)
    assert n.value() > 100
    qtbot.waitUntil(lambda: window.controller.context.dataset.n_samples == n.value(), timeout=3000)
    assert window.controls.dataset.currentText() == f"line  ({n.value():,}×1)"
    assert window.controls.sliders["n"] is n  # the slider being dragged was not rebuilt
    window.controls.dataset.setCurrentIndex(window.controls.dataset.findData("ill-conditioned"))
    assert window.controls.sliders["correlation"].value() == 0.98  # the default, not the nearest tick


def test_changes_made_through_the_controller_show_in_the_controls(window):
    controls = window.controls
    window.controller.set_dataset("boston")
    assert controls.dataset.currentData() == "boston" and controls.dataset.currentText() == "boston  (506×13)"
    assert not controls.generator_box.isVisible()
    window.controller.set_optimizer("momentum", {"beta": 0.7})
    assert controls.optimizer.currentText() == "momentum"
    assert controls.hyper["beta"].isVisible() and controls.hyper["beta"].value() == 0.7
    window.controller.set_dataset("line", {"n": 250})
    assert controls.sliders["n"].value() == 250 and controls.dataset.currentText() == "line  (250×1)"


def test_impossible_setting_is_refused_with_a_message(qtbot, make_window):
    window = make_window(Settings(dataset="line", dataset_params={"n": 3}))
    window.controls.test_fraction.setValue(0.9)
    assert "lower the test fraction" in window.status.text()
    assert window.controls.test_fraction.value() == pytest.approx(0.2)
    assert window.controller.context.dataset.n_samples == 3


def test_switching_between_datasets_of_different_shapes(qtbot, window):
    window.controller.run(5)
    window.controls.dataset.setCurrentIndex(window.controls.dataset.findData("boston"))
    assert window.controller.context.dataset.n_features == 13
    window.controller.run(5)
    assert window.fit.view_choice.currentText() == "predicted vs actual"
    assert window.landscape.y_choice.currentText() == "b"
    window.controls.dataset.setCurrentIndex(window.controls.dataset.findData("ill-conditioned"))
    window.controller.run(5)
    window.controls.dataset.setCurrentIndex(window.controls.dataset.findData("penguins"))
    assert window.controller.context.dataset.n_features == 1
    x, _ = window.landscape.path.get_data()
    assert len(x) == 1


def test_landscape_shows_the_path_and_an_arrow_along_minus_the_gradient(qtbot, make_window):
    window = make_window(Settings(dataset="boston", lr=0.05))
    window.controller.run(12)
    landscape = window.landscape
    (r1, c1), (r2, c2) = landscape._axes
    thetas = window.controller.trainer.history.thetas
    x, y = landscape.path.get_data()
    np.testing.assert_array_equal(x, thetas[:, r1, c1])
    np.testing.assert_array_equal(y, thetas[:, r2, c2])
    record = window.controller.viewed
    (x0, x1), (y0, y1) = (np.asarray(v) for v in landscape.arrow_shaft.get_data())
    scale = landscape._arrow_scale
    assert x1 - x0 == pytest.approx(-scale * record.grad[r1, c1])
    assert y1 - y0 == pytest.approx(-scale * record.grad[r2, c2])
    assert f"{scale:.3g}" in landscape.scale_label.text()
    view = landscape.plot.getViewBox().viewRect()
    assert view.contains(float(x.min()), float(y.min())) and view.contains(float(x.max()), float(y.max()))


def test_hovering_the_loss_curve_reads_out_iteration_and_value(qtbot, window):
    window.controller.run(30)
    loss = window.loss
    view = loss.plot.getViewBox()
    record = window.controller.trainer.history.record(10)
    y = np.log10(record.loss_train)
    point = loss.plot_widget.mapFromScene(view.mapViewToScene(QPointF(10, y)))
    qtbot.mouseMove(loss.plot_widget.viewport(), point)
    qtbot.waitUntil(lambda: loss.readout.text() != "", timeout=3000)
    assert loss.readout.text().startswith("it 10: train ")
    assert f"{record.loss_train:.6g}" in loss.readout.text()


def test_a_constant_target_is_refused_with_a_reason(qtbot, window):
    window.controls.dataset.setCurrentIndex(window.controls.dataset.findData("line"))
    assert window.controller.set_dataset("line", {"slope": 0.0, "intercept": 0.0, "noise": 0.0}) is False
    assert "nothing to fit" in window.status.text()
    assert window.controller.context.dataset.name == "line"


def test_the_window_brings_its_own_light_theme(qtbot, make_window):
    import pyqtgraph as pg

    pg.setConfigOptions(background="k", foreground="w")  # pyqtgraph's own dark defaults
    window = make_window()
    assert window.fit.plot_widget.backgroundBrush().color().name() == "#ffffff"

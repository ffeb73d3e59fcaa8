"""What users did to the window by accident, and what used to break: each stays fixed."""

import json
import os

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from gradviz.app.csv_dialog import CsvDialog
from gradviz.app.main_window import MainWindow
from gradviz.datasets import from_csv
from gradviz.settings import Settings


def _open(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_view_menu_toggles_stay_in_step_with_the_panels_checkboxes(window):
    pairs = ((window.log_action, window.loss.log_scale), (window.residual_action, window.fit.residuals))
    for action, checkbox in pairs:
        before = checkbox.isChecked()
        action.trigger()
        assert checkbox.isChecked() == action.isChecked() == (not before)
        checkbox.toggle()
        assert checkbox.isChecked() == action.isChecked() == before


def test_a_start_that_overflows_is_refused_and_the_run_goes_on(window):
    controller = window.controller
    controller.run(3)
    kept = controller.trainer.history.record(3).theta.copy()
    window.landscape.sigStartChosen.emit({(0, 0): 1e200})  # a click far out on the landscape
    assert "start" in window.status.text() and "c62828" in window.status.styleSheet()
    assert controller.trainer.iteration == 3
    np.testing.assert_array_equal(controller.trainer.current.theta, kept)
    controller.step()
    controller.reset()
    assert controller.trainer.iteration == 0


def _wheel(widget, steps: int, clicks: int) -> None:
    center = QPointF(widget.width() / 2, widget.height() / 2)
    for _ in range(steps):
        event = QWheelEvent(
            center,
            widget.mapToGlobal(center),
            QPoint(0, 0),
            QPoint(0, 120 * clicks),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)


@pytest.mark.parametrize("clicks", [-1, 1])
def test_zooming_the_landscape_stops_before_its_ranges_break(window, clicks):
    landscape = window.landscape
    viewport = landscape.plot_widget.viewport()
    _wheel(viewport, 1500, clicks)  # each click zooms by a few percent: far past any sensible view
    (x0, x1), (y0, y1) = landscape.view_box.viewRange()
    size = max(x1 - x0, y1 - y0)
    assert np.isfinite([x0, x1, y0, y1]).all()
    assert landscape.view_box.narrowest * 0.9 <= size <= landscape.view_box.widest * 1.1
    window.controller.step()  # the landscape still draws


def test_every_csv_dialog_is_deleted_once_closed(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "small.csv"
    path.write_text("x,y\n" + "".join(f"{i},{2 * i + 1}\n" for i in range(30)))
    _open(monkeypatch, path)
    for _ in range(20):
        window.files.open_csv()
        window.files.csv_dialog.reject()
    window.files.open_csv()
    window.files.csv_dialog.accept()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(CsvDialog) == [] and window.files.csv_dialog is None
    assert window.controller.context.dataset.n_samples == 30


def test_the_batch_box_shows_the_batch_the_trainer_uses_across_datasets(window):
    controls, controller = window.controls, window.controller
    controls.batch.setValue(187)
    assert controller.trainer.batch_size == 187
    for name in ("line", "diabetes", "boston"):  # line has 80 training rows: 187 is its full batch
        controller.set_dataset(name)
        assert controls.batch.value() == (controller.trainer.batch_size or 0)
        assert controller.settings.batch_size == controller.trainer.batch_size


def test_a_session_batch_larger_than_the_last_run_shows_as_it_is(window):
    window.controller.set_dataset("line")
    window.controller.apply_settings(Settings(dataset="diabetes", batch_size=187))
    assert window.controls.batch.value() == 187 == window.controller.trainer.batch_size


def test_play_and_pause_from_the_past_before_any_tick_show_the_new_newest(window):
    controller = window.controller
    controller.run(2)
    controller.step_back()
    controller.step_back()
    controller.play()
    controller.pause()  # before the timer ticked once
    assert controller.trainer.iteration == 0 and len(controller.trainer.history) == 1
    assert window.status.text().startswith("it 0 ·") and "viewing the past" not in window.status.text()
    assert window.transport.timeline.maximum() == 0


def test_a_note_cannot_outlive_its_window(qtbot):
    window = MainWindow()
    window.show_note("saved", seconds=0.01)
    with qtbot.waitSignal(window.destroyed, timeout=5000):
        window.deleteLater()
    probe = QTimer(singleShot=True, interval=50)  # the note's 10 ms timer expires first
    with qtbot.waitSignal(probe.timeout, timeout=10_000):
        probe.start()  # nothing may run for the deleted label meanwhile


def test_a_session_with_wrong_types_is_refused_and_the_controls_still_drive_the_run(
    qtbot, window, monkeypatch, tmp_path
):
    path = tmp_path / "tampered.json"
    tampered = {"gradviz_session": 1, "optimizer": "momentum", "optimizer_params": {"beta": "0.5"}}
    path.write_text(json.dumps(tampered))
    _open(monkeypatch, path)
    window.files.open_session()
    assert "tampered.json" in window.status.text() and "optimizer_params.beta" in window.status.text()
    window.controls.lr.spin.setValue(0.05)
    assert window.controller.trainer.lr == 0.05
    window.controls.optimizer.setCurrentText("adam")
    assert window.controller.trainer.optimizer.name == "adam"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_session_naming_a_fifo_as_its_csv_is_refused_without_hanging(window, monkeypatch, tmp_path):
    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"gradviz_session": 1, "dataset": "csv", "csv_path": str(fifo)}))
    _open(monkeypatch, path)
    window.files.open_session()
    assert "not a regular file" in window.status.text()
    assert window.controller.context.dataset.name == "penguins"


def test_a_csv_with_values_near_the_float_limit_is_refused_without_a_warning(window, tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text("x,y\n1,1e308\n2,-1e308\n3,5\n")
    dataset = from_csv(path)
    assert not window.controller.set_csv(dataset, str(path), "y", ["x"])
    assert "too large" in window.status.text()
    assert window.controller.context.dataset.name == "penguins"

"""Sessions and exports, through monkeypatched file dialogs."""

import json

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from gradviz.settings import Settings


def _save_to(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _open(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_session_round_trip(qtbot, make_window, monkeypatch, tmp_path):
    window = make_window(Settings(dataset="diabetes", optimizer="adam", lr=0.02, test_fraction=0.3))
    _save_to(monkeypatch, tmp_path / "s.json")
    window.files.save_session()
    other = make_window()
    _open(monkeypatch, tmp_path / "s.json")
    other.files.open_session()
    settings = other.controller.settings
    assert (settings.dataset, settings.optimizer, settings.lr, settings.test_fraction) == (
        "diabetes",
        "adam",
        0.02,
        0.3,
    )
    assert other.controls.optimizer.currentText() == "adam" and other.controls.lr.value() == 0.02


def test_a_broken_session_file_is_a_message(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json")
    _open(monkeypatch, path)
    window.files.open_session()
    assert "not a gradviz session file" in window.status.text()
    assert window.controller.context.dataset.name == "penguins"


def test_exports(qtbot, window, monkeypatch, tmp_path):
    window.controller.run(20)
    _save_to(monkeypatch, tmp_path / "w.png")
    window.files.export_png()
    image = QImage(str(tmp_path / "w.png"))
    assert (image.width(), image.height()) == (window.width(), window.height())
    _save_to(monkeypatch, tmp_path / "h.csv")
    window.files.export_history()
    assert len((tmp_path / "h.csv").read_text().splitlines()) == 22
    _save_to(monkeypatch, tmp_path / "s.json")
    window.files.export_summary()
    summary = json.loads((tmp_path / "s.json").read_text())
    assert summary["dataset"] == "penguins" and summary["steps"] == 20


def test_an_unwritable_export_is_a_message(qtbot, window, monkeypatch, tmp_path):
    _save_to(monkeypatch, tmp_path / "no" / "such" / "h.csv")
    window.files.export_history()
    assert "Could not save" in window.status.text()


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"speed": 0}, "'speed' must be positive"),
        ({"speed": "fast"}, "'speed' must be positive"),
        ({"lr": 1e9}, "'lr' must be a number from 1e-06 to 10"),
        ({"test_fraction": 0.95}, "'test_fraction' must be a number from 0 to 0.9"),
        ({"batch_size": 0}, "'batch_size' must be a whole number"),
        ({"optimizer": "adam", "optimizer_params": {"beta1": 5}}, "'optimizer_params.beta1' must be a"),
        ({"optimizer": "sgd"}, "unknown optimizer 'sgd'; use one of gd"),
        ({"standardize": "yes"}, "'standardize' must be true or false"),
    ],
)
def test_impossible_session_settings_are_refused_by_name(
    qtbot, window, monkeypatch, tmp_path, entry, message
):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"gradviz_session": 1, **entry}))
    _open(monkeypatch, path)
    window.files.open_session()
    assert message in window.status.text()
    assert window.controller.settings == Settings()
    window.controller.play()  # still works
    window.controller.pause()

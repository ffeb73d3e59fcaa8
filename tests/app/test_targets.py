"""Several targets in the window: the CSV dialog, training to least squares, the Fit panel's selector."""

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from gradviz.app import theme
from gradviz.app.backprop import ACCUMULATE
from gradviz.settings import CSV, Settings

FEATURES, TARGETS = ("area", "rooms", "age"), ("price", "rent")


@pytest.fixture
def two_targets(tmp_path):
    """Three features and two targets, each target its own linear function of the features."""
    rng = np.random.default_rng(7)
    X = rng.normal(size=(80, 3)) * [1.0, 10.0, 0.1] + [5.0, 50.0, 1.0]
    Y = X @ np.array([[2.0, -1.0], [0.3, 0.05], [10.0, -4.0]]) + [1.0, 3.0]
    Y += rng.normal(scale=0.5, size=Y.shape)
    rows = [",".join(f"{v:.9g}" for v in row) for row in np.hstack([X, Y])]
    path = tmp_path / "houses.csv"
    path.write_text(",".join(FEATURES + TARGETS) + "\n" + "\n".join(rows) + "\n")
    return path


def least_squares(X, Y):
    theta, *_ = np.linalg.lstsq(np.hstack([X, np.ones((len(X), 1))]), Y, rcond=None)
    return theta[:-1], theta[-1]


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(columns, name: str, on: bool = True) -> None:
    (item,) = columns.findItems(name, Qt.MatchFlag.MatchExactly)
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def texts(columns) -> list[str]:
    return [columns.item(i).text() for i in range(columns.count())]


def open_dialog(window, monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.files.open_csv()
    return window.files.csv_dialog


def import_two_targets(qtbot, window, monkeypatch, path):
    dialog = open_dialog(window, monkeypatch, path)
    assert dialog.chosen_targets() == ["rent"]  # the last numeric column, as from_csv's default
    tick(dialog.targets, "price")
    assert texts(dialog.features) == list(FEATURES)  # a target is no longer offered as a feature
    assert "W is 3 × 2" in dialog.shapes.text()
    click(qtbot, dialog.ok_button)
    return dialog


def test_two_targets_from_the_dialog_train_to_least_squares(qtbot, window, monkeypatch, two_targets):
    import_two_targets(qtbot, window, monkeypatch, two_targets)
    controller = window.controller
    assert controller.settings.csv_targets == ["price", "rent"]
    context = controller.context
    assert context.dataset.target_names == TARGETS and context.train.Y.shape[1] == 2
    click(qtbot, window.transport.step_button)
    controller.run(3000)
    W, b = least_squares(context.train.X, context.train.Y)
    trainer = controller.trainer
    assert trainer.current.W.shape == (3, 2)
    np.testing.assert_allclose(trainer.current.W, W, rtol=1e-8, atol=1e-8)
    np.testing.assert_allclose(trainer.current.b, b, rtol=1e-8, atol=1e-8)


def test_the_fit_panel_selector_switches_the_target_drawn(qtbot, window, monkeypatch, two_targets):
    import_two_targets(qtbot, window, monkeypatch, two_targets)
    window.controller.run(3000)
    fit, context = window.fit, window.controller.context
    assert fit.target_choice.isVisible() and fit.target_label.isVisible()
    assert [fit.target_choice.itemText(i) for i in range(2)] == list(TARGETS)
    W_raw, b_raw = context.original_units(
        window.controller.trainer.current.W, window.controller.trainer.current.b
    )
    fit.view_choice.setCurrentText("area")
    for c, target in enumerate(TARGETS):
        fit.target_choice.setCurrentIndex(c)
        assert fit.plot.getAxis("left").labelText == target
        assert target in theme.title_of(fit.plot)
        _, y = fit.train_points.scatter.getData()
        np.testing.assert_array_equal(y, context.train.Y[:, c])
        (x0, x1), (y0, y1) = fit.model.get_data()
        assert (y1 - y0) / (x1 - x0) == pytest.approx(W_raw[0, c], rel=1e-6)  # the slope along area
        (x0, x1), (y0, y1) = fit.closed_form.get_data()
        assert (y1 - y0) / (x1 - x0) == pytest.approx(W_raw[0, c], rel=1e-6)  # trained: on the optimum
    fit.view_choice.setCurrentIndex(0)  # predicted against actual
    for c, target in enumerate(TARGETS):
        fit.target_choice.setCurrentIndex(c)
        actual, predicted = fit.moving.getData()
        np.testing.assert_array_equal(actual, context.train.Y[fit._sample, c])
        expected = context.train.X[fit._sample] @ window.controller.trainer.current.W[:, c]
        np.testing.assert_allclose(predicted, expected + window.controller.trainer.current.b[c])
        assert fit.plot.getAxis("bottom").labelText == f"actual {target}"


def test_one_target_hides_the_selector(window):
    assert window.controller.context.dataset.n_targets == 1
    assert not window.fit.target_choice.isVisible() and not window.fit.target_label.isVisible()


def test_every_parameter_is_named_by_feature_and_target(qtbot, window, monkeypatch, two_targets):
    import_two_targets(qtbot, window, monkeypatch, two_targets)
    expected = [f"w[{f}]→{t}" for t in TARGETS for f in FEATURES]
    expected = [*expected[:3], "b→price", *expected[3:], "b→rent"]
    landscape = window.landscape
    for choice in (landscape.x_choice, landscape.y_choice):
        assert [choice.itemText(i) for i in range(choice.count())] == expected
    # the default pair is w and b of one target: those of two targets never interact
    assert (landscape.x_choice.currentText(), landscape.y_choice.currentText()) == (
        "w[area]→price",
        "b→price",
    )
    assert landscape.plot.getAxis("left").labelText == "b→price"
    ticks = window.gradient.grad_plot.getAxis("left")._tickLevels
    assert sorted(label for level in ticks for _, label in level) == sorted(expected)
    window.controller.run(3)
    flat = window.gradient.grad_bars.values()
    record = window.controller.viewed
    assert flat[expected.index("w[rooms]→rent")] == record.grad[1, 1]
    assert flat[expected.index("b→price")] == record.grad[3, 0]


def test_the_derivation_says_how_mse_differs_from_torch(qtbot, window, monkeypatch, two_targets):
    window.show_view("derivation")
    window.walker.go_to(ACCUMULATE)
    text = window.backprop.derivation.browser.toPlainText()
    assert "torch.nn.MSELoss divides by q·p; with p = 1 that is q" in text
    import_two_targets(qtbot, window, monkeypatch, two_targets)
    window.walker.go_to(ACCUMULATE)
    text = window.backprop.derivation.browser.toPlainText()
    q = window.controller.context.train.n_samples
    assert f"torch.nn.MSELoss averages over all q·p = {2 * q} entries" in text
    assert f"p = 2 times smaller than the course's mse, which divides by q = {q} only" in text


@pytest.mark.parametrize(
    ("targets", "features_off", "message"),
    [
        ([*FEATURES, *TARGETS], [], "no feature columns besides the targets area, rooms, age, price, rent; "
         "leave at least one column out of the targets"),
        ([], [], "no target column chosen; choose at least one"),
        (["rent"], [*FEATURES, "price"], "no feature columns besides the target 'rent'; choose at least one"),
    ],
)  # fmt: skip
def test_an_impossible_choice_is_said_in_the_dialog_and_nothing_is_lost(
    qtbot, window, monkeypatch, two_targets, targets, features_off, message
):
    dialog = open_dialog(window, monkeypatch, two_targets)
    dialog.set_targets(targets)
    for name in features_off:
        tick(dialog.features, name, on=False)
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and message in dialog.error.text()
    assert window.controller.context.dataset.name == "penguins"
    tick(dialog.targets, "rent", on="rent" not in targets)  # any change clears the message
    assert dialog.error.text() == "" and dialog.ok_button.isEnabled()


def test_a_feature_unticked_keeps_its_tick_while_targets_change(qtbot, window, monkeypatch, two_targets):
    dialog = open_dialog(window, monkeypatch, two_targets)
    tick(dialog.features, "rooms", on=False)
    tick(dialog.targets, "price")
    tick(dialog.targets, "price", on=False)  # price comes back as a feature, ticked
    assert dialog.chosen_features() == ["area", "age", "price"]
    click(qtbot, dialog.ok_button)
    assert window.controller.context.dataset.feature_names == ("area", "age", "price")


def test_a_two_target_session_saves_and_opens_with_both(qtbot, window, monkeypatch, two_targets, tmp_path):
    import_two_targets(qtbot, window, monkeypatch, two_targets)
    session = tmp_path / "s.gradviz.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(session), "")))
    window.files.save_session()
    saved = json.loads(session.read_text())
    assert saved["csv_targets"] == ["price", "rent"] and "csv_target" not in saved
    window.controller.set_dataset("line")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(session), "")))
    window.files.open_session()
    assert window.controller.context.dataset.target_names == TARGETS
    assert window.fit.target_choice.count() == 2


def test_a_session_naming_an_unknown_target_keeps_the_run(qtbot, window, monkeypatch, two_targets, tmp_path):
    session = tmp_path / "bad.json"
    settings = Settings(dataset=CSV, csv_path=str(two_targets), csv_targets=["price", "nope"])
    session.write_text(settings.to_json())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(session), "")))
    window.files.open_session()
    assert "houses.csv has no column named 'nope'; its columns are: area" in window.status.text()
    assert window.controller.context.dataset.name == "penguins"


def test_the_summary_export_names_the_rows_and_columns_of_coef(
    qtbot, window, monkeypatch, two_targets, tmp_path
):
    import_two_targets(qtbot, window, monkeypatch, two_targets)
    out = tmp_path / "summary.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    window.files.export_summary()
    summary = json.loads(out.read_text())
    assert summary["features"] == list(FEATURES) and summary["targets"] == list(TARGETS)
    assert np.shape(summary["coef"]) == (3, 2) and np.shape(summary["intercept"]) == (2,)


def test_a_constant_second_target_is_named_and_the_run_kept(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "flat.csv"
    path.write_text("x,y,z\n" + "".join(f"{i},{2 * i + i % 3},7\n" for i in range(20)))
    dialog = open_dialog(window, monkeypatch, path)
    dialog.set_targets(["y", "z"])
    click(qtbot, dialog.ok_button)
    assert "the target 'z' is 7 in every row, so there is nothing to fit" in window.status.text()
    assert window.controller.context.dataset.name == "penguins"

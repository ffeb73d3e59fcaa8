"""Every view names its units; the θ and ∂C/∂θ bars switch to original units on request (issue 14)."""

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QFileDialog

from gradviz.app import theme
from gradviz.settings import Settings


def _flat(theta):
    return theta.T.ravel()  # the bars' order: column by column, b last


def _by_hand(scaler, theta, grad):
    """The original-unit θ and ∂C/∂θ, written out: w = w'/σ, b = b' − μ·w; ∂C/∂w = σ·∂C/∂w' + μ·∂C/∂b'."""
    mu, sigma = scaler.mean[:, None], scaler.scale[:, None]
    W = theta[:-1] / sigma
    b = theta[-1] - (mu * W).sum(axis=0)
    dW = sigma * grad[:-1] + mu * grad[-1]
    return np.vstack([W, b]), np.vstack([dW, grad[-1]])


def _raw_cost(context, theta_raw):
    """C as a function of θ on the raw training features."""
    X = context.scaler.inverse_transform(context.train.X)
    residual = X @ theta_raw[:-1] + theta_raw[-1] - context.train.Y
    return (residual**2).sum() / len(X)


def _caption(panel):
    """The line under the bars: its whole sentence, and what it shows."""
    caption = panel.units_caption
    assert caption.text in caption.texts, caption.text  # shown whole, or the units alone
    return caption.texts[0]


@pytest.fixture
def boston(make_window):
    window = make_window(Settings(dataset="boston"))
    window.controller.run(5)
    return window


def test_the_bars_start_in_standardized_units_and_say_so(boston):
    panel, record = boston.gradient, boston.controller.trainer.current
    assert not panel.original_units.isChecked() and not boston.units_action.isChecked()
    assert panel.original_units.isEnabled() and boston.units_action.isEnabled()
    np.testing.assert_array_equal(panel.grad_bars.values(), _flat(record.grad))
    np.testing.assert_array_equal(panel.param_bars.values(), _flat(record.theta))
    assert _caption(panel) == "θ and ∂C/∂θ in standardized features"
    assert theme.title_of(panel.norm_plot) == "‖∇C‖ (standardized features)"


def test_the_caption_shows_the_units_alone_where_the_sentence_does_not_fit(boston):
    caption = boston.gradient.units_caption
    font = QFont()
    font.setPointSizeF(theme.look().points(theme.LABEL_POINTS))
    units_width = QFontMetricsF(font).horizontalAdvance("standardized features")
    caption.fit(2000)
    assert caption.text == "θ and ∂C/∂θ in standardized features"
    caption.fit(units_width + 1)
    assert caption.text == "standardized features"
    caption.fit(40)
    assert caption.text.endswith("…") and caption.minimumWidth() == 0  # never widens the panel


def test_the_view_action_converts_the_bars_and_the_optimum_to_original_units(boston):
    panel, context = boston.gradient, boston.controller.context
    record = boston.controller.trainer.current
    boston.units_action.setChecked(True)
    assert panel.original_units.isChecked() and panel.in_original_units
    theta, grad = _by_hand(context.scaler, record.theta, record.grad)
    np.testing.assert_allclose(panel.param_bars.values(), _flat(theta), rtol=1e-12)
    np.testing.assert_allclose(panel.grad_bars.values(), _flat(grad), rtol=1e-12)
    star, _ = _by_hand(context.scaler, context.theta_star, record.grad)
    strokes, _ = panel.optimum.get_data()
    np.testing.assert_allclose(strokes[0::2], _flat(star), rtol=1e-12)
    assert _caption(panel) == "θ and ∂C/∂θ in original units"
    # the norm is not converted, and still says in which units it is
    assert theme.title_of(panel.norm_plot) == "‖∇C‖ (standardized features)"
    boston.units_action.setChecked(False)
    np.testing.assert_array_equal(panel.grad_bars.values(), _flat(record.grad))
    assert _caption(panel) == "θ and ∂C/∂θ in standardized features"


def test_the_gradient_bars_in_original_units_are_finite_differences_of_the_raw_cost(qtbot, boston):
    panel, context = boston.gradient, boston.controller.context
    panel.original_units.setChecked(True)
    qtbot.mouseClick(boston.transport.step_button, Qt.MouseButton.LeftButton)
    record = boston.controller.trainer.current
    assert record.iteration == 6
    theta_raw, _ = _by_hand(context.scaler, record.theta, record.grad)
    np.testing.assert_allclose(panel.param_bars.values(), _flat(theta_raw), rtol=1e-12)
    bars = panel.grad_bars.values()
    n = context.dataset.n_features
    for row in (0, 4, 9, n):  # crim, nox, tax (mean ≈ 400), and b
        eps = 1e-6 / context.scaler.scale[row] if row < n else 1e-6  # the size of that entry
        up, down = theta_raw.copy(), theta_raw.copy()
        up[row, 0] += eps
        down[row, 0] -= eps
        numeric = (_raw_cost(context, up) - _raw_cost(context, down)) / (2 * eps)
        assert bars[row] == pytest.approx(numeric, rel=1e-5, abs=1e-6)
    assert abs(bars[9]) > 10 * abs(_flat(record.grad)[9])  # tax: μ·∂C/∂b' dominates, far from ∂C/∂w'/σ


def test_the_hover_readout_reads_the_converted_values(boston):
    panel, context = boston.gradient, boston.controller.context
    panel.original_units.setChecked(True)
    record = boston.controller.trainer.current
    theta, _ = _by_hand(context.scaler, record.theta, record.grad)
    star, _ = _by_hand(context.scaler, context.theta_star, record.grad)
    panel._set_hovered(("param", 13))
    text = panel.readout.text()
    assert text.startswith("b = ") and float(text.split()[2]) == pytest.approx(_flat(theta)[13], rel=1e-12)
    assert float(text.split("θ* = ")[1].rstrip(")")) == pytest.approx(_flat(star)[13], rel=1e-12)


def test_without_standardization_the_option_is_disabled_and_inert(make_window):
    window = make_window(Settings(dataset="boston", standardize=False, lr=1e-6))
    window.controller.run(3)
    panel, record = window.gradient, window.controller.trainer.current
    assert not panel.original_units.isEnabled() and not window.units_action.isEnabled()
    assert "not standardized" in panel.original_units.toolTip()
    panel.original_units.setChecked(True)  # as a stale check from a standardized run would be
    assert not panel.in_original_units
    np.testing.assert_array_equal(panel.grad_bars.values(), _flat(record.grad))
    np.testing.assert_array_equal(panel.param_bars.values(), _flat(record.theta))
    assert _caption(panel) == "θ and ∂C/∂θ in original units"
    assert theme.title_of(panel.norm_plot) == "‖∇C‖ (original units)"
    assert theme.title_of(window.landscape.plot) == "Loss landscape (original units)"
    assert "‖θ−θ*‖" in window.status.text() and "(original units)" in window.status.text()
    assert window.backprop.units_note.text() == "X, W, b and their gradients: original units"


def test_standardizing_again_enables_the_option_and_keeps_the_choice(make_window):
    window = make_window(Settings(dataset="boston"))
    window.units_action.setChecked(True)
    window.controller.set_standardize(False)
    assert not window.units_action.isEnabled() and not window.gradient.in_original_units
    window.controller.set_standardize(True)
    assert window.units_action.isEnabled() and window.gradient.in_original_units
    assert _caption(window.gradient) == "θ and ∂C/∂θ in original units"


def test_the_landscape_axes_and_the_status_name_the_units(boston):
    plot = boston.landscape.plot
    for name in ("bottom", "left"):
        assert plot.getAxis(name).labelUnits == "standardized features"
        assert "(standardized features)" in plot.getAxis(name).labelString()
    assert (plot.getAxis("bottom").labelText, plot.getAxis("left").labelText) == ("w[crim]", "b")
    assert "‖θ−θ*‖" in boston.status.text() and "(standardized features)" in boston.status.text()
    assert boston.backprop.units_note.text() == "X, W, b and their gradients: standardized features"


def test_the_summary_export_names_its_units(boston, monkeypatch, tmp_path):
    path = tmp_path / "s.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    boston.files.export_summary()
    summary = json.loads(path.read_text())
    assert summary["standardized"] is True
    assert summary["units"] == {
        "coef": "original units",
        "intercept": "original units",
        "closed_form_gap": "standardized features",
    }


def test_the_units_are_in_french(make_window, french):
    window = make_window(Settings(dataset="boston"))
    panel = window.gradient
    assert _caption(panel) == "θ et ∂C/∂θ en caractéristiques standardisées"
    assert panel.original_units.text() == "en unités d'origine"
    window.units_action.setChecked(True)
    assert _caption(panel) == "θ et ∂C/∂θ en unités d'origine"
    assert window.landscape.plot.getAxis("bottom").labelUnits == "caractéristiques standardisées"
    assert "(caractéristiques standardisées)" in window.status.text()


def test_the_caption_follows_the_presenter_look(boston):
    caption = boston.gradient.units_caption
    boston.presenter.set_dark(True)
    boston.presenter.set_zoom(1.5)
    assert caption.opts["color"] == theme.DARK.foreground
    assert caption.opts["size"] == f"{theme.look().points(theme.LABEL_POINTS)}pt"

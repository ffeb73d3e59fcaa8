"""Presenter mode (issue 11): full screen, zoom of every font, a dark theme, all remembered."""

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QKeySequence, QScreen
from PySide6.QtWidgets import QMenu

from gradviz.app import theme
from gradviz.app.presenter import ZOOMS


def sizes(window) -> dict[str, float]:
    """Point sizes of a control, a plot title, an axis' ticks and label, a legend entry."""
    plot = window.loss.plot
    axis = plot.getAxis("bottom")
    _, label = plot.legend.items[0]
    return {
        "control": window.controls.font().pointSizeF(),
        "status": window.status.font().pointSizeF(),
        "transport": window.transport.play_button.font().pointSizeF(),
        "title": float(plot.titleLabel.opts["size"].removesuffix("pt")),
        "ticks": axis.style["tickFont"].pointSizeF(),
        "axis label": float(axis.labelStyle["font-size"].removesuffix("pt")),
        "legend": float(label.opts["size"].removesuffix("pt")),
    }


@pytest.fixture
def preferences(tmp_path):
    return QSettings(str(tmp_path / "gradviz.ini"), QSettings.Format.IniFormat)


def test_the_shortcuts(window):
    presenter = window.presenter
    assert QKeySequence("F11") in presenter.full_screen_action.shortcuts()
    assert QKeySequence("Ctrl++") in presenter.zoom_in_action.shortcuts()
    assert presenter.zoom_out_action.shortcut() == QKeySequence("Ctrl+-")
    assert presenter.zoom_reset_action.shortcut() == QKeySequence("Ctrl+0")
    view = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&View")
    assert presenter.dark_action in view.actions() and presenter.dark_action.isCheckable()


def test_zoom_scales_every_font_and_ctrl_0_restores_them(window, qtbot):
    before = sizes(window)
    window.presenter.zoom_in_action.trigger()
    window.presenter.zoom_in_action.trigger()
    larger = sizes(window)
    for name in before:
        assert larger[name] == pytest.approx(before[name] * ZOOMS[ZOOMS.index(1.0) + 2], abs=0.11), name
    window.presenter.zoom_reset_action.trigger()
    assert sizes(window) == before
    window.presenter.zoom_out_action.trigger()
    assert all(size < before[name] for name, size in sizes(window).items())


def test_zoom_by_the_keyboard(window, qtbot):
    before = window.controls.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.controls.font().pointSizeF() > before
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.controls.font().pointSizeF() == before


def test_the_zoomed_window_still_fits_a_small_screen(window, qtbot):
    window.resize(1024, 768)
    for _ in range(3):
        window.presenter.zoom_in_action.trigger()
    qtbot.waitUntil(lambda: window.transport.timeline.width() >= 200)
    assert window.status.height() >= window.status.fontMetrics().lineSpacing()


def test_the_dark_theme_restyles_every_plot_at_once(window):
    views = theme.plot_views(window)
    assert len(views) >= 4  # fit, loss, landscape, the gradient panel's plots
    window.presenter.dark_action.setChecked(True)
    for view in views:
        assert view.backgroundBrush().color().name() == theme.DARK.background
    axis = window.fit.plot.getAxis("left")
    assert axis.textPen().color().name() == theme.DARK.foreground
    assert window.palette().window().color().name() == theme.DARK.window
    window.presenter.dark_action.setChecked(False)
    assert views[0].backgroundBrush().color().name() == theme.LIGHT.background
    assert axis.textPen().color().name() == theme.LIGHT.foreground


def test_f11_toggles_full_screen(window):
    window.presenter.full_screen_action.trigger()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    window.presenter.full_screen_action.trigger()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen


def test_theme_zoom_and_geometry_are_remembered(qtbot, preferences):
    from gradviz.app.main_window import MainWindow

    first = MainWindow(preferences=preferences)
    qtbot.addWidget(first, before_close_func=lambda w: w.controller.pause())
    first.resize(790, 560)  # inside the offscreen screen (800×600): restoreGeometry clamps to it
    first.show()
    qtbot.waitExposed(first)
    first.presenter.dark_action.setChecked(True)
    first.presenter.zoom_in_action.trigger()
    first.close()
    assert preferences.value("view/theme") == "dark"

    second = MainWindow(preferences=preferences)
    qtbot.addWidget(second, before_close_func=lambda w: w.controller.pause())
    assert second.presenter.dark and second.presenter.dark_action.isChecked()
    assert second.presenter.zoom == ZOOMS[ZOOMS.index(1.0) + 1]
    assert (second.width(), second.height()) == (790, 560)


def test_a_window_without_preferences_keeps_the_defaults(make_window, preferences):
    preferences.setValue("view/theme", "dark")
    window = make_window()
    assert not window.presenter.dark and window.presenter.zoom == 1.0


def test_a_broken_preference_falls_back_to_the_default(qtbot, preferences):
    from gradviz.app.main_window import MainWindow

    preferences.setValue("view/zoom", "huge")
    window = MainWindow(preferences=preferences)
    qtbot.addWidget(window, before_close_func=lambda w: w.controller.pause())
    assert window.presenter.zoom == 1.0


def screen_of(monkeypatch, width: int, height: int) -> None:
    """Every screen is `width`×`height` (the offscreen one is 800×800)."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, width, height))


def column(window, qtbot, zoom: float) -> tuple[int, int]:
    """The control column's least and largest width, once the window has taken `zoom`."""
    area = window._controls_area
    window.presenter.set_zoom(zoom)
    qtbot.waitUntil(lambda: not window._refit_controls.isActive())
    return area.minimumWidth(), area.maximumWidth()


def test_the_control_column_widens_with_the_zoom_up_to_half_the_window(window, qtbot, monkeypatch):
    screen_of(monkeypatch, 1920, 1080)
    window.resize(1400, 900)
    area = window._controls_area
    assert (area.minimumWidth(), area.maximumWidth()) == (300, 360)
    assert column(window, qtbot, 1.5) == (450, 540)
    qtbot.waitUntil(lambda: area.width() >= 450)
    assert column(window, qtbot, 2.5) == (640, 700)  # a third of the screen, half of the window
    assert column(window, qtbot, 1.0) == (300, 360)


# French with the Backpropagation area open needs 1067 pixels at zoom 1.5 (the three plots in a row).
@pytest.mark.parametrize(
    "zoom, backprop_open, language",
    [(1.3, False, "en"), (1.5, False, "en"), (1.3, True, "en"), (1.5, True, "en"), (1.5, False, "fr"), (1.3, True, "fr")],  # noqa: E501
)
def test_the_zoomed_window_is_no_wider_than_a_1024_pixel_screen(
    request, make_window, qtbot, monkeypatch, zoom, backprop_open, language
):
    if language == "fr":
        request.getfixturevalue("french")
    screen_of(monkeypatch, 1024, 768)
    window = make_window()
    window.resize(1024, 768)
    window.set_backprop_visible(backprop_open)
    window.controller.run(12)
    least, _ = column(window, qtbot, zoom)
    assert least >= window.controls.minimumSizeHint().width()  # its widgets are never cut
    assert window.minimumSizeHint().width() <= 1024
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    corner = window.backprop.units_note
    assert corner.geometry().right() <= window.backprop.width()  # cut with "…", its text in the tooltip
    if corner.elided:
        assert corner.toolTip() == corner.text()


def test_the_derivation_follows_the_zoom_and_the_theme(window):
    document = window.backprop.derivation.browser.document()
    assert "font-size: 10.0pt" in document.defaultStyleSheet()
    window.presenter.set_zoom(1.5)
    window.presenter.set_dark(True)
    style = document.defaultStyleSheet()
    assert "font-size: 15.0pt" in style and f"color: {theme.DARK.foreground}" in style


def test_zoom_widens_the_lines_but_not_the_one_pixel_curves(window):
    model, train = window.fit.model, window.loss.train
    width, thin = model.pen().widthF(), train.pen().widthF()
    assert width > 1 and thin == 1
    window.presenter.set_zoom(2.0)
    assert model.pen().widthF() == 2 * width and train.pen().widthF() == 1
    window.presenter.set_zoom(1.0)
    assert model.pen().widthF() == width

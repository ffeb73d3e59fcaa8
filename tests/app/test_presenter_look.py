"""Presenter mode (issue 11): the zoom reaches the Graph view and the bars' labels; the dark
theme reaches the Graph view, every dialog and disabled widgets, all readable (WCAG contrast)."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QMessageBox, QStyle, QStyleOptionButton

from gradviz.app import graph_paint, theme
from gradviz.app.backprop import ACCUMULATE
from gradviz.app.widget_style import contrast

Group, Role = QPalette.ColorGroup, QPalette.ColorRole


def graph_window(window):
    window.controller.run(2)
    window.show_view("graph")
    window.walker.go_to(ACCUMULATE)
    return window.backprop.graph


def drawn_height(graph, item) -> float:
    """How tall `item` is on screen, in the Graph view's pixels."""
    return graph.view.mapFromScene(item.sceneBoundingRect()).boundingRect().height()


def shown_bar_labels(window, qtbot):
    window.controller.run(3)
    bars = window.gradient.grad_bars
    qtbot.waitUntil(lambda: bool(bars.label_texts()))
    return [label for label in bars._labels if label.isVisible()]


def luminance(color: QColor) -> float:
    return contrast(color, "#000000") * 0.05 - 0.05  # from (L + 0.05) / 0.05


def test_zoom_enlarges_the_graph_cards_as_drawn_and_fit_shows_the_whole_graph(window, qtbot):
    graph = graph_window(window)
    title = graph.cards["W"].title
    before = drawn_height(graph, title)
    window.presenter.set_zoom(2.0)
    # Twice the fitted scale, less what the scrollbars that appear take from the view.
    assert drawn_height(graph, title) > 1.6 * before
    assert graph.view.horizontalScrollBar().maximum() > 0  # larger than the view: it scrolls
    graph.fit_button.click()
    whole = graph.view.mapFromScene(graph.scene.sceneRect()).boundingRect()
    assert graph.view.viewport().rect().adjusted(-2, -2, 2, 2).contains(whole)
    window.presenter.set_zoom(1.0)
    assert drawn_height(graph, title) == pytest.approx(before, rel=0.02)


def test_zoom_enlarges_the_bar_labels(window, qtbot):
    before = shown_bar_labels(window, qtbot)[0]
    points, height = before.font().pointSizeF(), before.boundingRect().height()
    window.presenter.set_zoom(2.0)
    label = shown_bar_labels(window, qtbot)[0]
    assert label.font().pointSizeF() == pytest.approx(2 * points)
    assert label.boundingRect().height() > 1.6 * height  # what is drawn, not only the setting
    window.presenter.set_zoom(1.0)
    assert shown_bar_labels(window, qtbot)[0].font().pointSizeF() == pytest.approx(points)


def test_zoom_enlarges_the_critical_rates_mark_and_the_dialogs_text(window):
    mark = window.controls.lr.mark
    before, dialog_points = mark.height(), QDialog(window).font().pointSizeF()
    window.presenter.set_zoom(2.0)
    assert mark.height() == 2 * before
    assert QDialog(window).font().pointSizeF() == pytest.approx(2 * dialog_points, abs=0.1)  # not a child
    window.presenter.set_zoom(1.0)
    assert mark.height() == before and QDialog(window).font().pointSizeF() == dialog_points


def test_the_dark_theme_reaches_the_graph_view_and_dialogs_opened_after(window):
    graph = graph_window(window)
    window.presenter.set_dark(True)
    card = graph.cards["W"]
    assert graph.scene.backgroundBrush().color().name() == theme.DARK.background
    assert luminance(card.brush().color()) < 0.05  # a dark card ...
    assert contrast(card.title.brush().color(), card.brush().color()) >= 4.5  # ... with light ink
    for dialog in (QDialog(window), QMessageBox(window)):
        assert dialog.palette().color(Role.Window).name() == theme.DARK.window
        assert dialog.palette().color(Role.WindowText).name() == theme.DARK.text
        dialog.deleteLater()

    window.presenter.set_dark(False)
    light = theme.qt_palette(theme.LIGHT)
    card = graph.cards["W"]  # made anew in the light theme's colours
    assert graph.scene.backgroundBrush().color().name() == theme.LIGHT.background
    assert card.brush().color().name() == graph_paint.FILL
    assert card.title.brush().color().name() == graph_paint.INK
    dialog = QDialog(window)
    assert dialog.palette().color(Role.Window) == light.color(Role.Window)
    assert dialog.palette().color(Role.WindowText) == light.color(Role.WindowText)
    dialog.deleteLater()


def test_a_window_made_after_a_dark_one_starts_light(window, make_window):
    window.presenter.set_dark(True)
    make_window()
    assert QApplication.palette().color(Role.Window) == theme.qt_palette(theme.LIGHT).color(Role.Window)


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=lambda p: p.name)
def test_text_reads_in_both_themes_enabled_and_disabled(palette):
    qt = theme.qt_palette(palette)
    pairs = ((Role.Text, Role.Base), (Role.WindowText, Role.Window), (Role.ButtonText, Role.Button))
    for group in (Group.Active, Group.Inactive):
        for text, background in (*pairs, (Role.PlaceholderText, Role.Window)):
            ratio = contrast(qt.color(group, text), qt.color(group, background))
            assert ratio >= 4.5, (group, text, background, ratio)
    for text, background in pairs:
        disabled = qt.color(Group.Disabled, text)
        assert contrast(disabled, qt.color(Group.Disabled, background)) >= 3, (text, background)
        assert disabled != qt.color(Group.Active, text)  # and it still looks disabled


def test_the_graph_views_text_reads_on_its_cards_in_both_themes(window):
    graph = graph_window(window)
    for dark in (False, True):
        window.presenter.set_dark(dark)
        ink, muted, faint = (
            graph_paint.colour(c) for c in (graph_paint.INK, graph_paint.MUTED, graph_paint.FAINT)
        )
        fills = ("FILL", "FUNCTION_FILL", "CONTEXT_FILL", "PENDING_FILL", "UNNEEDED_FILL")
        for fill in (graph_paint.colour(getattr(graph_paint, name)) for name in fills):
            assert contrast(ink, fill) >= 4.5 and contrast(muted, fill) >= 4.5
            assert contrast(faint, fill) >= 3  # greyed (not needed, not computed yet), as disabled text
        assert contrast(ink, graph.scene.backgroundBrush().color()) >= 4.5


@pytest.mark.parametrize("dark", [True, False], ids=["dark", "light"])
def test_an_unticked_check_box_stands_out_in_either_theme(window, qtbot, dark):
    window.presenter.set_dark(dark)
    box = QCheckBox("residuals")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    option = QStyleOptionButton()
    option.initFrom(box)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    ratio = box.devicePixelRatioF()
    background = box.palette().color(Role.Window)
    frame = max(
        contrast(image.pixelColor(int(x * ratio), int(y * ratio)), background)
        for x in range(indicator.left(), indicator.right() + 1)
        for y in range(indicator.top(), indicator.bottom() + 1)
    )
    assert frame >= 3


def test_the_look_is_remembered_at_once_for_the_next_window(qtbot, tmp_path):
    from gradviz.app.main_window import MainWindow

    preferences = QSettings(str(tmp_path / "gradviz.ini"), QSettings.Format.IniFormat)
    first = MainWindow(preferences=preferences)
    qtbot.addWidget(first, before_close_func=lambda w: w.controller.pause())
    first.presenter.set_dark(True)
    first.presenter.set_zoom(1.5)
    # Still open (a window made for another language reads them while the first one is on screen).
    assert (preferences.value("view/theme"), float(preferences.value("view/zoom"))) == ("dark", 1.5)
    second = MainWindow(preferences=preferences)
    qtbot.addWidget(second, before_close_func=lambda w: w.controller.pause())
    assert second.presenter.dark and second.presenter.zoom == 1.5
    assert second.backprop.graph.scene.backgroundBrush().color().name() == theme.DARK.background
    second.presenter.set_dark(False)
    assert preferences.value("view/theme") == "light"


def test_the_derivations_highlight_and_results_read_on_the_dark_page(window):
    from gradviz.app.derivation_format import DARK_TWINS, HIGHLIGHT, NOT_YET

    window.controller.run(2)
    window.show_view("derivation")
    window.walker.go_to(ACCUMULATE)
    browser = window.backprop.derivation.browser
    assert HIGHLIGHT in browser.toHtml()
    window.presenter.set_dark(True)
    html = browser.toHtml()
    lit = DARK_TWINS[HIGHLIGHT]
    assert lit in html and HIGHLIGHT not in html and DARK_TWINS[theme.MODEL] in html
    assert contrast(theme.DARK.foreground, lit) >= 4.5 and contrast(theme.DARK.muted, lit) >= 4.5
    assert contrast(DARK_TWINS[theme.MODEL], lit) >= 4.5
    assert contrast(DARK_TWINS[NOT_YET], lit) >= 3
    window.presenter.set_dark(False)
    assert HIGHLIGHT in browser.toHtml()


def test_a_language_switch_keeps_the_theme_and_the_zoom(window, qtbot):
    from gradviz.app.language import switch_language
    from gradviz.app.launch import use_language

    window.presenter.set_dark(True)
    window.presenter.set_zoom(1.3)
    try:
        french = switch_language(window, "fr")  # a window without preferences: nothing to read back
        qtbot.addWidget(french, before_close_func=lambda w: w.controller.pause())
        assert french.presenter.dark and french.presenter.zoom == 1.3
        assert french.palette().color(Role.Window).name() == theme.DARK.window
        assert french.backprop.graph.scene.backgroundBrush().color().name() == theme.DARK.background
    finally:
        use_language("en")

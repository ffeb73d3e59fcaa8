"""Small screens (issue 11): at 1024×768 and 1280×720 the window fits and no text is cut."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel

from gradviz.app import theme
from gradviz.settings import CSV, Settings

SMALL_SCREENS = [(1024, 768), (1280, 720)]


def painted(label: QLabel) -> str:
    """The text a label shows: the lines an ElidedLabel paints, else what fits of its text."""
    if hasattr(label, "shown_lines"):
        return " ".join(label.shown_lines())
    width = label.contentsRect().width()
    return label.fontMetrics().elidedText(label.text(), Qt.TextElideMode.ElideRight, width)


def resized(window, qtbot, size):
    window.resize(*size)  # a window whose parts need more stays wider: test_the_window_fits_a_small_screen
    QApplication.processEvents()
    return window


@pytest.mark.parametrize("size", SMALL_SCREENS)
def test_the_window_fits_a_small_screen(window, qtbot, size):
    resized(window, qtbot, size)
    assert window.minimumSizeHint().width() <= size[0]  # it was 1222: the transport asked for 918
    assert (window.width(), window.height()) == size


@pytest.mark.parametrize("size", SMALL_SCREENS)
def test_every_label_fits_or_is_elided_with_its_text_in_a_tooltip(window, qtbot, size):
    resized(window, qtbot, size)
    window.controller.run(3)
    QApplication.processEvents()  # the queued relayout
    for label in window.findChildren(QLabel):
        rich = label.textFormat() == Qt.TextFormat.RichText
        if not label.isVisible() or not label.text() or label.wordWrap() or rich:
            continue
        if painted(label) != label.text():
            assert label.toolTip() == label.text(), f"{label.text()!r} is cut to {painted(label)!r}"


@pytest.mark.parametrize("size", SMALL_SCREENS)
def test_plots_stay_inside_their_views_and_titles_elide(window, qtbot, size):
    resized(window, qtbot, size)
    for panel in (window.fit, window.loss, window.landscape):
        # pyqtgraph made a plot as wide as its title: a long one pushed the plot past its view
        assert panel.plot.width() <= panel.plot_widget.width() + 1
    plot = window.fit.plot
    theme.set_title(plot, "Fit: " + "a very long target name " * 6)
    shown = plot.titleLabel.text
    assert shown != theme.title_of(plot) and shown.endswith("…")
    assert plot.titleLabel.toolTip() == theme.title_of(plot)
    assert plot.width() <= window.fit.plot_widget.width() + 1


@pytest.mark.parametrize("size", SMALL_SCREENS)
def test_axis_labels_longer_than_their_axis_end_in_an_ellipsis_with_the_whole_in_a_tooltip(
    french, make_window, qtbot, size
):
    window = resized(make_window(), qtbot, size)  # "w[flipper_length_mm] (caractéristiques standardisées)"
    window.set_backprop_visible(True)
    QApplication.processEvents()
    axis = window.landscape.plot.getAxis("bottom")
    assert axis.label.boundingRect().width() <= axis.width()
    whole = f"{axis.labelText} ({axis.labelUnits})"
    assert "…" in axis.label.toPlainText() and axis.toolTip() == whole
    # The name is cut before its units, down to its first NAME_KEPT characters; then the units.
    name, _, units = axis.label.toPlainText().partition(" (")
    if units != "caractéristiques standardisées)":
        assert name == axis.labelText[: theme.Axis.NAME_KEPT] + "…" and units.endswith("…)")
    # A name as short as "b" is kept whole: its units are cut instead.
    left = window.landscape.plot.getAxis("left")
    assert left.labelText == "b" and left.label.boundingRect().width() <= left.height()
    assert left.label.toPlainText().startswith("b (caractéristiques")
    if size == (1024, 768):  # too short for the whole label there
        assert left.label.toPlainText().endswith("…)") and left.toolTip() == f"b ({left.labelUnits})"
    window.set_backprop_visible(False)
    window.resize(2400, 1400)
    QApplication.processEvents()
    assert axis.label.toPlainText() == f"{axis.labelText} ({axis.labelUnits})" and axis.toolTip() == ""


@pytest.mark.parametrize("size", [*SMALL_SCREENS, (1400, 900)])
def test_the_timeline_keeps_a_usable_width(window, qtbot, size):
    resized(window, qtbot, size)
    transport = window.transport
    assert transport.timeline.width() >= 200  # it was 15 pixels at 1024 wide
    assert transport.width() <= window.width()
    for button in transport.buttons:
        assert button.isVisible() and button.toolTip() or button.defaultAction() is not None


def test_the_divergence_message_keeps_its_safe_rate_at_the_default_size(make_window, qtbot):
    window = make_window(Settings(dataset="boston", lr=0.2))
    resized(window, qtbot, (1400, 900))
    window.controller.run(100)
    trainer = window.controller.trainer
    assert trainer.status.diverged
    rate = trainer.status.message.rsplit("below ", 1)[1].rstrip(".")
    assert f"below {rate}" in painted(window.status)  # it was cut at "Use a learning r"
    assert window.status.toolTip() == trainer.status.message


def test_a_long_status_is_elided_with_its_text_in_the_tooltip(window, qtbot):
    resized(window, qtbot, (1024, 768))
    text = "it 12 · " + "a long status " * 30
    window._on_status(text, False)
    assert painted(window.status).endswith("…") and window.status.toolTip() == text
    window._on_status("it 1", False)
    assert painted(window.status) == "it 1" and window.status.toolTip() == ""


def test_the_landscape_keeps_equal_scales_at_every_size(window, qtbot):
    view = window.landscape.plot.getViewBox()
    for size in [(1024, 768), (1400, 900), (1280, 720), (1600, 700)]:
        resized(window, qtbot, size)
        qtbot.waitUntil(lambda: view.width() > 0)
        x, y = view.viewPixelSize()
        assert x == pytest.approx(y, rel=1e-6)


def hidden_points(panel) -> int:
    """How many of the Fit panel's data points its legend covers."""
    view, box = panel.plot.vb, panel.legend.sceneBoundingRect()
    xs, ys = panel.train_points.scatter.getData()
    return sum(box.contains(view.mapViewToScene(pg.Point(x, y))) for x, y in zip(xs, ys))


@pytest.mark.parametrize("size", [*SMALL_SCREENS, (1400, 900)])
def test_the_fit_legend_takes_the_emptiest_corner(make_window, qtbot, tmp_path, size):
    # Falling data fill the bottom-right corner, where the legend always was.
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 10, 200)
    y = -3 * x + rng.normal(0, 1, 200)
    path = tmp_path / "falling.csv"
    path.write_text("x,y\n" + "".join(f"{a!r},{b!r}\n" for a, b in zip(x, y)))
    window = resized(make_window(Settings(dataset=CSV, csv_path=str(path))), qtbot, size)
    panel = window.fit
    fewest = hidden_points(panel)
    assert fewest <= 2
    for corner in ((-8, -8), (8, 8), (-8, 8), (8, -8)):
        panel.legend.setOffset(corner)
        QApplication.processEvents()
        assert fewest <= hidden_points(panel)


def drawn_tick_labels(axis: pg.AxisItem, as_pyqtgraph_would: bool = False) -> list:
    """The rectangles of the tick labels `axis` draws (or pyqtgraph's AxisItem would), as laid out."""
    image = QImage(max(int(axis.width()), 1), max(int(axis.height()), 1), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        draw = pg.AxisItem.generateDrawSpecs if as_pyqtgraph_would else type(axis).generateDrawSpecs
        specs = draw(axis, painter)
    finally:
        painter.end()
    return [rect for rect, _flags, text in (specs[2] if specs else []) if text]


def touching(rects: list, clearance: float) -> list:
    return [
        (a, b)
        for i, a in enumerate(rects)
        for b in rects[i + 1 :]
        if a.adjusted(-clearance, -clearance, clearance, clearance).intersects(b)
    ]


def test_of_two_tick_labels_that_would_touch_one_is_left_out(qtbot):
    widget = theme.plot_widget()
    qtbot.addWidget(widget)
    plot = widget.getPlotItem()
    theme.style_plot(plot, "θ now", "", "")
    widget.resize(110, 200)  # a bar plot at zoom 1.5 on a 1024-pixel screen
    widget.show()
    qtbot.waitExposed(widget)
    axis = plot.getAxis("bottom")
    font = axis.font()
    font.setPointSizeF(12)
    axis.setTickFont(font)
    plot.setXRange(-200, 3000, padding=0)
    QApplication.processEvents()
    assert touching(drawn_tick_labels(axis, as_pyqtgraph_would=True), 0)  # "1000" and "2000" overlap
    drawn = drawn_tick_labels(axis)
    assert drawn and not touching(drawn, 2)


@pytest.mark.parametrize("zoom", [1.0, 1.5])
@pytest.mark.parametrize("dataset", ["penguins", "boston"])
def test_no_two_tick_labels_touch_on_any_axis_and_each_keeps_one(make_window, qtbot, zoom, dataset):
    window = make_window(Settings(dataset=dataset))
    window.resize(1024, 768)
    window.presenter.set_zoom(zoom)
    qtbot.waitUntil(lambda: not window._refit_controls.isActive())
    for steps in (0, 3, 30):
        window.controller.run(steps)
        QApplication.processEvents()
        for view in theme.plot_views(window):
            for axis in (item for item in view.scene().items() if isinstance(item, theme.Axis)):
                if not axis.isVisible() or not axis.style["showValues"]:
                    continue
                drawn = drawn_tick_labels(axis)
                assert not touching(drawn, 1), (axis.orientation, axis.range)
                assert drawn, (axis.orientation, axis.range)  # thinned, never to nothing


def test_the_arrow_scale_says_less_where_it_has_less_room(qtbot):
    from gradviz.app.elided import ElidedLabel

    label = ElidedLabel()
    qtbot.addWidget(label)
    label.show()  # a hidden widget is told of its new size only when shown
    qtbot.waitExposed(label)
    label.set_texts("arrow = −∇C × 0.297", "−∇C × 0.297", "× 0.297")
    metrics = label.fontMetrics()
    for shown in ("arrow = −∇C × 0.297", "−∇C × 0.297", "× 0.297"):
        label.resize(metrics.horizontalAdvance(shown) + 8, label.height())
        assert label.shown_lines() == [shown]
        assert label.toolTip() == ("" if shown.startswith("arrow") else "arrow = −∇C × 0.297")
    label.resize(metrics.horizontalAdvance("× 0.2"), label.height())
    assert label.shown_lines()[0].endswith("…")
    label.setText("another text")  # a text alone has no shorter forms
    assert label.shown_lines() == ["an…"]

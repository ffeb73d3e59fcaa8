"""The Qt-drawn plot items: what they are given is what they draw, thinned faithfully."""

import numpy as np
import pyqtgraph as pg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from gradviz.app import theme
from gradviz.app.items import (
    LOG_FLOOR,
    Bars,
    Curve,
    Envelope,
    Line,
    Marker,
    Markers,
    PathThinner,
    short_number,
)

finite = st.floats(-1e6, 1e6, allow_nan=False)


def feed_in_chunks(envelope: Envelope, y: np.ndarray, cuts: list[int]) -> np.ndarray:
    """Feed y as a growing series, cut where `cuts` say; return its x."""
    x = np.arange(len(y), dtype=float)
    for end in sorted(cuts) + [len(y)]:
        envelope.update(x[:end], y[:end], generation=7)
    return x


@given(
    arrays(np.float64, st.integers(3, 5000), elements=finite),
    st.lists(st.integers(1, 5000), max_size=8),
    st.integers(2, 300),
    st.integers(0, 3),
)
def test_the_envelope_keeps_every_peak_and_the_newest_point(y, cuts, columns, small_blocks):
    envelope = Envelope()
    envelope.MAX_BLOCKS = 4**small_blocks  # merging early, as a very long run would
    x = feed_in_chunks(envelope, y, [c for c in cuts if c < len(y)])
    for n in (len(y), max(1, len(y) // 3)):  # the newest state, and a look into the past
        xs, ys = envelope.points(x[:n], y[:n], columns)
        assert ys.min() == y[:n].min() and ys.max() == y[:n].max()
        assert np.isin(ys, y[:n]).all() and (np.diff(xs) >= 0).all()
        assert (xs[-1], ys[-1]) == (x[n - 1], y[n - 1])
        assert len(xs) <= 2 * columns + 2 * envelope.size + 2
        assert envelope.bounds(y[:n]) == (y[:n].min(), y[:n].max())


def test_the_envelope_reads_again_when_the_past_changes():
    envelope = Envelope()
    x, y = np.arange(1000.0), np.zeros(1000)
    envelope.update(x, y, generation=1)
    y[10] = 5.0  # History thinned or rewound: its generation changes
    envelope.update(x, y, generation=2)
    assert envelope.points(x, y, 100)[1].max() == 5.0


def test_the_envelope_reads_each_point_once_as_a_series_grows():
    envelope = Envelope()
    x, y = np.arange(100_000.0), np.sin(np.arange(100_000.0) / 50)
    envelope.update(x[:99_000], y[:99_000], generation=1)
    covered = envelope.count
    envelope.update(x, y, generation=1)
    assert covered > 90_000 and envelope.count >= covered  # the first 99,000 were not read again


@given(
    arrays(np.float64, st.integers(1, 400), elements=st.floats(-50, 50)),
    st.floats(0.1, 10),
    st.lists(st.integers(1, 400), max_size=5),
)
def test_the_path_thinner_keeps_a_point_per_pixel_whether_fed_at_once_or_as_it_grows(values, scale, cuts):
    x, y = values, values[::-1].copy()
    whole, growing = PathThinner(), PathThinner()
    whole.update(x, y, (scale, scale), generation=1)
    for end in sorted(c for c in cuts if c < len(x)) + [len(x)]:
        growing.update(x[:end], y[:end], (scale, scale), generation=1)
    keep = whole.indices(len(x))
    np.testing.assert_array_equal(keep, growing.indices(len(x)))
    assert keep[0] == 0 and keep[-1] == len(x) - 1
    cells = np.stack([np.floor(x * scale), np.floor(y * scale)], axis=1)
    kept = set(keep.tolist())
    last_kept = 0
    for i in range(1, len(x)):
        if i in kept:
            last_kept = i
        else:  # dropped: in the pixel of the point kept before it
            assert (cells[i] == cells[last_kept]).all()
    assert whole.bounds() == (x.min(), x.max(), y.min(), y.max())


def test_the_path_thinner_collapses_a_converged_run():
    x = np.concatenate([np.linspace(0, 10, 11), np.full(10_000, 10.0) + 1e-9])
    thinner = PathThinner()
    thinner.update(x, x, (1.0, 1.0), generation=0)
    assert len(thinner.indices(len(x))) <= 13


@pytest.fixture
def plot(qtbot):
    widget = theme.plot_widget()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.getPlotItem().setRange(xRange=(0, 100_000), yRange=(-1, 1), padding=0)
    yield widget.getPlotItem()  # the widget stays referenced until the test ends


def _path_points(curve: Curve) -> np.ndarray:
    path = curve.path()
    return np.array([(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())])


def test_curve_draws_about_two_points_per_pixel_column(plot):
    curve = Curve(theme.pen("#000000", 1), thin="columns")
    plot.addItem(curve)
    x = np.arange(100_000.0)
    y = np.sin(x / 1000)
    curve.set_data(x, y, generation=0)
    drawn = _path_points(curve)
    columns = plot.getViewBox().width()
    assert columns > 300 and columns <= len(drawn) <= 2 * columns + 300
    assert drawn[:, 1].max() == y.max() and drawn[:, 1].min() == y.min()
    assert curve.get_data()[0] is x  # what it was given, before thinning
    assert curve.y_bounds() == (y.min(), y.max())


def test_curve_on_a_log_axis_draws_log10_and_puts_zeros_at_the_rounding_floor(plot):
    curve = Curve(theme.pen("#000000", 1))
    curve.log_y = True
    plot.addItem(curve)
    curve.set_data(np.arange(3.0), np.array([100.0, 0.0, 1e-3]))  # a gradient that reached exactly 0
    np.testing.assert_allclose(_path_points(curve)[:, 1], [2.0, np.log10(LOG_FLOOR * 100), -3.0])
    assert curve.y_bounds() == (LOG_FLOOR * 100, 100.0)


def test_curve_breaks_at_non_finite_values(plot):
    curve = Curve(theme.pen("#000000", 1))
    plot.addItem(curve)
    curve.set_data(np.arange(4.0), np.array([1.0, np.nan, 2.0, 3.0]))
    assert np.isfinite(_path_points(curve)).all()


def test_line_marker_markers_and_bars_hold_what_they_were_given(plot):
    line, marker = Line(theme.pen("#000000")), Marker("o", 8)
    markers, bars = Markers("|", 10), Bars("#ff0000")
    for item in (line, marker, markers, bars):
        plot.addItem(item)
    assert line.get_data()[0].size == 0 and not marker.isVisible()
    line.set_ends(0, 1, 2, 3)
    marker.set_point(5, -0.5)
    np.testing.assert_array_equal(np.vstack(line.get_data()), [[0, 2], [1, 3]])
    assert [v.tolist() for v in marker.get_data()] == [[5.0], [-0.5]]

    markers.set_points(np.arange(5.0), np.zeros(5))
    markers.set_points(np.array([7.0, 8.0]), np.array([1.0, 2.0]))
    assert [v.tolist() for v in markers.get_data()] == [[7.0, 8.0], [1.0, 2.0]]
    assert sum(child.isVisible() for child in markers.childItems()) == 2

    bars.set_values(np.array([-2.0, 3.0]), np.array([0.0, 1.0]))
    rects = [child.rect() for child in bars.childItems() if child.isVisible()]
    assert [(r.left(), r.right(), r.center().y()) for r in rects] == [(-2, 0, 0), (0, 3, 1)]
    np.testing.assert_array_equal(bars.values(), [-2.0, 3.0])


def test_a_marker_keeps_its_size_on_screen_whatever_the_zoom(plot):
    marker = Marker("o", 10)
    plot.addItem(marker)
    marker.set_point(50_000, 0)
    sizes = []
    for span in (100_000, 10):
        plot.setRange(xRange=(50_000 - span / 2, 50_000 + span / 2), padding=0)
        view = plot.scene().views()[0]
        sizes.append(marker.deviceTransform(view.viewportTransform()).mapRect(marker.boundingRect()).width())
    assert sizes[0] == pytest.approx(sizes[1]) == pytest.approx(10, abs=1)


def test_legend_samples_are_never_drawn_in_the_plot(plot):
    sample = theme.line_sample(pg.mkPen("r"))
    assert sample.scene() is None


# -- values on the gradient bars, and on hover --------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.0, "0"),
        (2750.0, "2750"),
        (-449.84, "-450"),
        (0.0279, "0.0279"),
        (1e-4, "1e-4"),
        (123456.0, "1.23e5"),
    ],
)
def test_a_bar_label_is_short_and_never_hides_its_integer_digits(value, text):
    assert short_number(value) == text


def _scene_rect_in_view(item, plot) -> bool:
    view = plot.scene().views()[0]
    rect = item.deviceTransform(view.viewportTransform()).mapRect(item.boundingRect())
    box = view.mapFromScene(plot.getViewBox().sceneBoundingRect()).boundingRect()
    return box.adjusted(-1, -1, 1, 1).contains(rect.toAlignedRect())


def _settle(qapp, plot) -> None:
    """Process events until the view's width stops changing (an axis relayout can take two passes)."""
    for _ in range(10):
        width = plot.getViewBox().width()
        qapp.processEvents()
        if plot.getViewBox().width() == width:
            return


# The plot is shared by the examples: each sets its range and removes its bars.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(arrays(np.float64, st.integers(1, 12), elements=st.floats(-100, 100)), st.floats(-200, 50))
def test_bar_labels_lie_inside_the_view_or_are_hidden(qapp, plot, values, low):
    plot.setRange(xRange=(low, low + 250), yRange=(-1, len(values)), padding=0)
    _settle(qapp, plot)  # the axes take their new widths
    bars = Bars("#ff0000")
    plot.addItem(bars)
    bars.set_values(values, np.arange(len(values), dtype=float))
    box = plot.getViewBox()
    bars.show_labels(tuple(box.viewRange()[0]), box.width())
    qapp.processEvents()
    shown = [label for label in bars.childItems() if hasattr(label, "text") and label.isVisible()]
    assert all(_scene_rect_in_view(label, plot) for label in shown)
    assert [label.text() for label in shown] == bars.label_texts()
    assert set(bars.label_texts()) <= {short_number(v) for v in values}
    plot.removeItem(bars)


@pytest.fixture
def boston_panel(qtbot):
    from gradviz.app.context import RunContext
    from gradviz.app.panels.gradient import GradientPanel
    from gradviz.settings import Settings, build_run

    prepared, trainer = build_run(Settings(dataset="boston"))
    trainer.run(5)
    panel = GradientPanel()
    qtbot.addWidget(panel)

    def show(width: int, height: int) -> GradientPanel:
        panel.resize(width, height)
        panel.show()
        qtbot.waitExposed(panel)
        panel.set_run(RunContext.build(prepared, trainer, True))
        panel.show_record(trainer.current)
        return panel

    return show, trainer.current


def _flat(theta):
    return theta.T.ravel()


def _move_mouse_to(panel, plot, x: float, row: int) -> None:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    view = panel.layout_widget
    at = QPointF(view.mapFromScene(plot.getViewBox().mapViewToScene(QPointF(x, row))))
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        at,
        view.viewport().mapToGlobal(at),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_hovering_a_gradient_bar_reads_its_parameter_and_exact_value(boston_panel):
    show, record = boston_panel
    panel = show(600, 400)
    gradient = _flat(record.grad)
    _move_mouse_to(panel, panel.grad_plot, gradient[5] / 2, 5)  # on the bar of w[rm]
    name, value = panel.readout.text().split(" = ")
    assert name == "∂C/∂w[rm]" and float(value) == gradient[5]


def test_hovering_a_parameter_bar_reads_theta_and_its_optimum(boston_panel):
    show, record = boston_panel
    panel = show(600, 400)
    theta, star = _flat(record.theta).tolist(), _flat(panel.run.theta_star).tolist()
    _move_mouse_to(panel, panel.param_plot, theta[-1] / 2, 13)
    text = panel.readout.text()
    assert text.startswith(f"b = {theta[-1]!r}") and f"θ* = {star[-1]!r}" in text
    assert panel.readout.isVisible()
    _move_mouse_to(panel, panel.norm_plot, 1, 0)  # off the bars
    assert not panel.readout.isVisible()


def test_the_hovered_value_follows_the_record_shown(boston_panel):
    show, record = boston_panel
    panel = show(600, 400)
    _move_mouse_to(panel, panel.grad_plot, 0, 0)
    first = record.grad_W[0, 0]
    assert float(panel.readout.text().split(" = ")[1]) == first
    later = panel.run.history.record(2)
    panel.show_record(later)
    assert float(panel.readout.text().split(" = ")[1]) == later.grad_W[0, 0] != first


def test_bars_carry_their_values_when_rows_are_tall_enough(boston_panel):
    show, record = boston_panel
    panel = show(800, 600)  # 14 rows of about 21 pixels
    assert panel.labels_shown()
    np.testing.assert_allclose(
        [float(t) for t in panel.grad_bars.label_texts()], _flat(record.grad), rtol=5e-3
    )
    np.testing.assert_allclose(
        [float(t) for t in panel.param_bars.label_texts()], _flat(record.theta), rtol=5e-3
    )


def test_short_rows_carry_no_labels(qapp, boston_panel):
    show, _ = boston_panel
    panel = show(800, 600)
    assert panel.grad_bars.label_texts()
    panel.resize(600, 300)  # 14 rows of about 6 pixels
    qapp.processEvents()  # the plots take their new size (and the labels go)
    assert not panel.labels_shown()
    assert panel.grad_bars.label_texts() == [] and panel.param_bars.label_texts() == []

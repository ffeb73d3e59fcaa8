"""The Qt-drawn plot items: what they are given is what they draw, thinned faithfully."""

import numpy as np
import pyqtgraph as pg
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from gradviz.app import theme
from gradviz.app.items import Bars, Curve, Line, Marker, Markers, log10_positive, peak_decimate, pixel_thin

finite = st.floats(-1e6, 1e6, allow_nan=False)


@given(arrays(np.float64, st.integers(1, 3000), elements=finite), st.integers(4, 400))
def test_peak_decimate_keeps_every_peak_and_the_newest_point(y, max_points):
    x = np.arange(len(y), dtype=float)
    xs, ys = peak_decimate(x, y, max_points)
    assert len(xs) == len(ys) <= max_points + 2 * len(y) // max_points + 2
    assert ys.min() == y.min() and ys.max() == y.max()
    assert np.isin(ys, y).all() and (np.diff(xs) >= 0).all()
    assert (xs[-1], ys[-1]) == (x[-1], y[-1])


def test_peak_decimate_leaves_short_curves_alone():
    x, y = np.arange(5.0), np.array([3.0, 1, 4, 1, 5])
    xs, ys = peak_decimate(x, y, 10)
    assert xs is x and ys is y


@given(arrays(np.float64, st.integers(1, 500), elements=st.floats(-50, 50)), st.floats(0.1, 10))
def test_pixel_thin_drops_only_points_in_the_pixel_of_the_point_kept_before(values, scale):
    x, y = values, values[::-1].copy()
    keep = pixel_thin(x, y, scale, scale)
    assert keep[0] and keep[-1]
    cells = np.stack([np.floor(x * scale), np.floor(y * scale)], axis=1)
    last_kept = 0
    for i in range(1, len(x)):
        if keep[i]:
            last_kept = i
        else:
            assert (cells[i] == cells[last_kept]).all()


def test_pixel_thin_collapses_a_converged_run():
    x = np.concatenate([np.linspace(0, 10, 11), np.full(10_000, 10.0) + 1e-9])
    keep = pixel_thin(x, x, 1.0, 1.0)
    assert keep.sum() <= 13


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
    curve.set_data(x, y)
    drawn = _path_points(curve)
    columns = plot.getViewBox().width()
    assert columns > 300 and 2 * columns - 10 <= len(drawn) <= 2 * columns + 300
    assert drawn[:, 1].max() == y.max() and drawn[:, 1].min() == y.min()
    assert curve.get_data()[0] is x  # what it was given, before thinning


def test_curve_on_a_log_axis_draws_log10_and_survives_zeros(plot):
    curve = Curve(theme.pen("#000000", 1))
    curve.log_y = True
    plot.addItem(curve)
    curve.set_data(np.arange(3.0), np.array([100.0, 0.0, 1e-3]))
    np.testing.assert_allclose(_path_points(curve)[:, 1], [2.0, log10_positive(0.0), -3.0])


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

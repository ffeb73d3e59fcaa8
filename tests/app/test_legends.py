"""Legends never sit on data (issue 11): each takes the spot of its view that hides the least,
again when the data grow or the view changes, and stays where the user drags it."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from gradviz.app.items import Curve, Line
from gradviz.settings import CSV, Settings

FLAT_RACE = ["gd:lr=1e-6"]  # racer 2 barely moves: a flat line along the top of the loss plot


def scene_points(item, view: pg.ViewBox, per_segment: int = 40) -> list[QPointF]:
    """Points along what a Curve or a Line in `view` draws, in scene coordinates, every segment sampled."""
    view.updateMatrix()  # pyqtgraph maps data to the view's pixels at the next paint only
    x, y = item.drawn() if isinstance(item, Curve) else item.get_data()
    points = [item.mapToScene(QPointF(float(a), float(b))) for a, b in zip(x, y) if np.isfinite(a + b)]
    sampled = []
    for p, q in zip(points, points[1:]):
        sampled += [p + (q - p) * (k / per_segment) for k in range(per_segment)]
    return sampled + points[-1:]


def covered(legend, item) -> int:
    box = legend.sceneBoundingRect()
    return sum(box.contains(point) for point in scene_points(item, legend.parentItem()))


def drawn_lines(plot) -> list:
    return [item for item in plot.vb.addedItems if isinstance(item, (Curve, Line)) and item.isVisible()]


def flat_racer(window) -> Curve:
    return window.loss.race_curves.curves[0]


@pytest.mark.parametrize("log_scale", [True, False])
def test_the_loss_legend_leaves_the_corner_a_flat_racer_runs_through(make_window, log_scale):
    window = make_window(Settings(dataset="penguins", race=FLAT_RACE))
    panel = window.loss
    panel.log_scale.setChecked(log_scale)
    legend = panel.legend
    assert legend.spot == legend.spots[0]  # the top right, where it always was
    window.controller.run(101)  # the iteration axis now ends at 200
    window.controller.run(89)  # the flat line grows into the top-right corner, the axes stay
    racer = flat_racer(window)
    default = legend.box_at(legend.spots[0])
    assert sum(default.contains(point) for point in scene_points(racer, panel.plot.vb)) > 0
    assert legend.spot != legend.spots[0]
    for item in drawn_lines(panel.plot):
        assert covered(legend, item) == 0, item
    assert legend.sceneBoundingRect().intersects(panel.plot.vb.sceneBoundingRect())


def test_the_legend_moves_when_the_view_brings_data_under_it(make_window):
    window = make_window(Settings(dataset="penguins", race=FLAT_RACE))
    window.controller.run(40)
    panel, legend = window.loss, window.loss.legend
    panel.plot.setXRange(0, 40, padding=0)  # zoomed in: the flat line spans the whole top
    for item in drawn_lines(panel.plot):
        assert covered(legend, item) == 0, item


def test_the_floor_at_the_top_of_the_view_is_not_hidden(make_window):
    window = make_window(Settings(dataset="penguins"))
    window.controller.run(60)
    panel, legend = window.loss, window.loss.legend
    low, high = panel.plot.vb.viewRange()[1]
    floor = panel.floor.get_data()[1][0]
    panel.plot.setYRange(floor - 0.9 * (high - low), floor + 0.02 * (high - low), padding=0)
    default = legend.box_at(legend.spots[0])
    assert sum(default.contains(p) for p in scene_points(panel.floor, panel.plot.vb)) > 0
    for item in drawn_lines(panel.plot):
        assert covered(legend, item) == 0, item


def test_the_fit_legend_leaves_the_least_squares_line_and_the_points(make_window):
    window = make_window(Settings(dataset="penguins"))
    panel = window.fit
    legend = panel.legend
    box = legend.sceneBoundingRect()
    assert covered(legend, panel.closed_form) == 0
    xs, ys = panel.train_points.scatter.getData()
    to_scene = panel.train_points.scatter.mapToScene
    assert not any(box.contains(to_scene(QPointF(x, y))) for x, y in zip(xs, ys))


@pytest.fixture
def every_mouse_move():
    """pyqtgraph drops mouse moves closer in time than 1/mouseRateLimit s: a test sends them at once."""
    rate = pg.getConfigOption("mouseRateLimit")
    pg.setConfigOptions(mouseRateLimit=0)
    yield
    pg.setConfigOptions(mouseRateLimit=rate)


def send_mouse(widget, kind, position: QPointF, buttons) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    global_position = QPointF(widget.mapToGlobal(position.toPoint()))
    event = QMouseEvent(kind, position, global_position, button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def drag(view, start: QPointF, end: QPointF, steps: int = 8) -> None:
    viewport = view.viewport()
    held, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send_mouse(viewport, QEvent.Type.MouseMove, start, none)
    send_mouse(viewport, QEvent.Type.MouseButtonPress, start, held)
    for k in range(1, steps + 1):
        send_mouse(viewport, QEvent.Type.MouseMove, start + (end - start) * (k / steps), held)
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, end, none)


def legend_centre(view, legend) -> QPointF:
    return QPointF(view.mapFromScene(legend.sceneBoundingRect().center()))


def test_a_dragged_legend_stays_where_the_user_put_it(make_window, qtbot, every_mouse_move):
    window = make_window(Settings(dataset="penguins", race=FLAT_RACE))
    window.controller.run(10)
    panel, legend = window.loss, window.loss.legend
    view = panel.plot_widget
    before = legend.sceneBoundingRect()
    start = legend_centre(view, legend)
    drag(view, start, start + QPointF(-120, -90))
    moved = legend.sceneBoundingRect()
    assert legend.dragged
    assert moved.center().x() == pytest.approx(before.center().x() - 120, abs=2)
    assert moved.center().y() == pytest.approx(before.center().y() - 90, abs=2)
    window.controller.run(190)  # the flat racer grows under it: it stays all the same
    panel.plot.setXRange(0, 50)
    assert legend.sceneBoundingRect().center() == moved.center()
    # A drag never takes it out of its view.
    drag(view, legend_centre(view, legend), legend_centre(view, legend) + QPointF(2000, 2000))
    assert panel.plot.vb.sceneBoundingRect().contains(legend.sceneBoundingRect())
    # A double-click gives it back to the automatic placement.
    centre = legend_centre(view, legend).toPoint()
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(centre))
    assert not legend.dragged
    for item in drawn_lines(panel.plot):
        assert covered(legend, item) == 0, item


def test_the_fit_legend_leaves_a_density_image(make_window, tmp_path):
    # Many falling points, drawn as densities: they fill the top-left and bottom-right corners.
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 10, 30_000)
    y = -3 * x + rng.normal(0, 1, x.size)
    path = tmp_path / "falling.csv"
    path.write_text("x,y\n" + "".join(f"{a:.6g},{b:.6g}\n" for a, b in zip(x, y)))
    window = make_window(Settings(dataset=CSV, csv_path=str(path)))
    panel = window.fit
    assert panel.train_points.dense
    legend = panel.legend
    box = legend.sceneBoundingRect()
    image = panel.train_points.image
    local = image.mapRectFromScene(box).normalized()  # in the image's bins: x along its rows
    rows, columns = image.image.shape
    i0, i1 = max(int(local.left()), 0), min(int(local.right()) + 1, rows)
    j0, j1 = max(int(local.top()), 0), min(int(local.bottom()) + 1, columns)
    under = image.image[i0:i1, j0:j1]
    assert under.size  # the legend is over the image
    assert under.sum() == 0  # no train point under the legend
    assert covered(legend, panel.closed_form) == 0


def test_a_legend_with_no_free_spot_goes_under_its_plot_and_stays_there_for_the_run(make_window):
    window = make_window(Settings(dataset="penguins"))
    window.resize(1024, 768)  # the loss legend takes a third of its view
    QApplication.processEvents()
    panel, legend = window.loss, window.loss.legend
    assert not legend.spilled and legend.isVisible()
    window.controller.run(5)  # the falling curves cross every spot of the view
    QApplication.processEvents()
    assert legend.spilled and not legend.isVisible()
    text = " ".join(legend.strip.entries).replace("&nbsp;", " ")
    for name in ("train", "test", "least squares, train loss", "least squares, test loss"):
        assert name in text
    assert legend.strip.isVisible() and legend.strip.geometry().top() >= panel.plot_widget.geometry().bottom()
    height = panel.plot_widget.height()
    window.controller.run(35)  # a spot is free again: it stays in the strip, the plot does not jump
    QApplication.processEvents()
    assert legend.spilled and panel.plot_widget.height() == height
    window.resize(1400, 900)  # room enough: back in the view, on no line
    QApplication.processEvents()
    assert not legend.spilled and legend.isVisible() and not legend.strip.isVisible()
    for item in drawn_lines(panel.plot):
        assert covered(legend, item) == 0, item


def test_a_new_run_brings_the_legend_back_into_its_view_a_reset_does_not(make_window):
    window = make_window(Settings(dataset="penguins"))
    window.resize(1024, 768)
    QApplication.processEvents()
    window.controller.run(5)
    QApplication.processEvents()
    assert window.loss.legend.spilled
    window.controller.reset()  # the same run: the plot keeps its size
    QApplication.processEvents()
    assert window.loss.legend.spilled
    window.controller.set_seed(1)  # another split: a new run, at step 0, with room in the view
    QApplication.processEvents()
    assert not window.loss.legend.spilled and window.loss.legend.isVisible()


def test_the_strip_draws_each_sample_as_the_plot_does():
    from gradviz.app import theme
    from gradviz.app.legend_strip import DASHED, FILLED, HOLLOW, SOLID, SQUARE, sample_entry

    solid = sample_entry(theme.line_sample(theme.pen("#ff0000", 2)), "model")
    dashed = sample_entry(theme.line_sample(theme.pen("#00ff00", 2, dashed=True)), "least squares")
    assert SOLID in solid and "#ff0000" in solid and solid.endswith("model")
    assert DASHED in dashed and "#00ff00" in dashed
    filled = pg.ScatterPlotItem(pen=None, brush=pg.mkBrush("#1f77b4"))
    hollow = pg.ScatterPlotItem(pen=pg.mkPen("#ff7f0e"), brush=None)
    assert FILLED in sample_entry(filled, "train") and "#1f77b4" in sample_entry(filled, "train")
    assert HOLLOW in sample_entry(hollow, "test") and "#ff7f0e" in sample_entry(hollow, "test")
    assert SQUARE in sample_entry(theme.dot_sample("#1f77b4", symbol="s"), "density")
    assert "least&nbsp;squares" in dashed  # an entry never breaks inside

"""Landscape panel: filled contours of C over two parameters, the path, and −∇C."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainterPath, QPolygonF
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...engine import StepRecord
from ...i18n import QT_TRANSLATE_NOOP, number, translate
from .. import theme
from ..context import RunContext
from ..elided import ElidedLabel
from ..items import Curve, Line, Marker, Markers
from ..legend_strip import DASHED, LegendStrip, legend_entry
from ..race import RacerView
from ..race_items import RacePaths
from ..units import units_name
from . import ShowsRun

__all__ = ["LandscapePanel", "GRID"]

GRID = 200  # the loss is evaluated on GRID × GRID points
BANDS = 14  # colour bands of the filled contours
MARGIN = 0.35  # room around the start and the optimum, as a share of their distance
RACER_REACH = 10.0  # a racer stays in view while its path spans at most this many times the run's region
RECENT_DOTS = 60  # steps marked with a dot along the path
ZOOM_OUT, ZOOM_IN = 1e3, 1e-6  # the widest and narrowest view, as multiples of the fitted square
MAX_RANGE = 1e200
# Datasets whose landscape opens on another pair than w of the first feature against b: their
# descriptions point at the valley these two parameters make.
DATASET_AXES = {"ill-conditioned": ("w[x1]", "w[x2]")}
STEP_COLOUR = "#56B4E9"  # Okabe-Ito sky blue: apart from the red −∇C arrow for every colour vision
GRADIENT_LEGEND = "−∇C"
STEP_LEGEND = QT_TRANSLATE_NOOP("LandscapePanel", "step taken ÷ lr")
STEP_TIP = QT_TRANSLATE_NOOP(
    "LandscapePanel",
    "The dashed arrow is the step the optimizer takes from the point shown, divided by its lr and drawn "
    "at the scale of −∇C: on −∇C for plain GD, along the velocity for momentum, scaled per "
    "coordinate for Adam, RMSProp and AdaGrad",
)


def _arrow_head(length: float, tip_angle: float) -> QPainterPath:
    """A triangle with its tip at the origin, pointing along +x (screen pixels)."""
    half = length * math.tan(math.radians(tip_angle / 2))
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(0, 0), QPointF(-length, -half), QPointF(-length, half)]))
    path.closeSubpath()
    return path


class BoundedZoomViewBox(pg.ViewBox):
    """A view whose zoom (wheel or right-drag) keeps its size between `narrowest` and `widest`.

    Zoomed far enough out, pyqtgraph's ranges overflow to NaN ("Cannot set range [nan, nan]").
    """

    narrowest, widest = 0.0, MAX_RANGE

    def scaleBy(self, s=None, center=None, x=None, y=None) -> None:  # noqa: N802 - pyqtgraph's name
        if s is not None:
            x, y = s[0], s[1]
        rect = self.targetRect()
        size = max(rect.width(), rect.height())
        low, high = self.narrowest / size, self.widest / size

        def bounded(factor: float | None) -> float | None:
            if factor is None or not math.isfinite(factor):
                return None
            return min(max(factor, low), high)

        x, y = bounded(x), bounded(y)
        if x is not None or y is not None:
            super().scaleBy(center=center, x=x, y=y)


class LandscapePanel(QWidget, ShowsRun):
    """Emits sigStartChosen({(row, col): value, …}) when the user clicks a start point, and
    sigAxes([x name, y name]) when the user picks another parameter for an axis."""

    sigStartChosen = Signal(object)
    sigAxes = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view_box = BoundedZoomViewBox(enableMenu=False)
        self.plot_widget = theme.plot_widget(view_box=self.view_box)
        self.plot_widget.setToolTip(
            translate("LandscapePanel", "Click to start from there; the wheel zooms, a drag pans")
        )
        # The grid is scaled up smoothly (it is cached, so this costs nothing per frame).
        self.plot_widget.setRenderHint(pg.QtGui.QPainter.RenderHint.SmoothPixmapTransform)
        self.plot = self.plot_widget.getPlotItem()
        self.x_choice, self.y_choice = QComboBox(), QComboBox()
        self.scale_label = ElidedLabel()  # cut before the plot is: its text is in the tooltip
        theme.mute(self.scale_label)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("LandscapePanel", "x:")))
        row.addWidget(self.x_choice, 1)
        row.addWidget(QLabel(translate("LandscapePanel", "y:")))
        row.addWidget(self.y_choice, 1)
        row.addWidget(self.scale_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.plot_widget, 1)
        self.legend_strip = LegendStrip()  # under the plot, where it never covers the paths
        self.legend_strip.setToolTip(translate("LandscapePanel", STEP_TIP))
        layout.addWidget(self.legend_strip)
        theme.style_plot(self.plot, translate("LandscapePanel", "Loss landscape"), "", "")
        self.plot.setAspectLocked(True)

        self.image = pg.ImageItem()
        # Drawn scaled once, then from a pixmap while the path moves over it.
        self.image.setCacheMode(pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # Viridis without its brightest yellows, where the white path would vanish.
        self.lut = pg.colormap.get("viridis").getLookupTable(start=0.0, stop=0.85, nPts=BANDS)
        self.path = Curve(theme.pen("#ffffff", 2), thin="pixels")
        # The correct run's path, when this one trains with other Functions.
        self.ghost = Curve(theme.pen("#ffffff", 1.5, dashed=True), thin="pixels")
        self.ghost_now = Marker("o", 7, pg.mkPen("w", width=1.5), theme.GHOST)
        self._ghost_path: tuple | None = None
        # Dots mark the latest steps only: thousands of symbols per frame would stall Play.
        self.recent = Markers("o", 4, brush="#ffffff")
        self.arrow_shaft = Line(theme.pen(theme.ARROW, 3))
        self.arrow_head = Marker(_arrow_head(length=16, tip_angle=35), 16, pg.mkPen(theme.ARROW), theme.ARROW)
        self.current = Marker("o", 10, pg.mkPen("w", width=1.5), theme.ARROW)
        # The arrow's part along a parameter picked in the Graph or the Derivation: that
        # parameter's −∂C/∂θ, at the arrow's scale.
        self.component = Line(theme.pen(theme.SELECTION, 3, dashed=True))
        self.optimum = Marker("star", 18, pg.mkPen("k", width=1), "#ffffff")
        # The step the optimizer takes from the record shown, ÷ lr, at the −∇C arrow's scale.
        self.step_shaft = Line(theme.pen(STEP_COLOUR, 2.5, dashed=True))
        self.step_head = Marker(_arrow_head(length=13, tip_angle=35), 13, pg.mkPen(STEP_COLOUR), STEP_COLOUR)
        self._step_vector: np.ndarray | None = None
        self.race_paths = RacePaths(self.plot, z=-3)  # under the main path
        self._race: tuple[RacerView, ...] | None = None
        self._race_xy = (np.empty(0), np.empty(0))  # the other racers' points the view keeps in sight
        self._main_pen = self.path.pen()
        self.plot.addItem(self.image)
        self.image.setZValue(-10)
        step = (self.step_shaft, self.step_head)
        arrow = (self.component, *step, self.arrow_shaft, self.arrow_head, self.current)
        items = (self.ghost, self.ghost_now, self.path, self.recent, *arrow)
        for item in (*items, self.optimum):
            self.plot.addItem(item)
        # The arrow starts at the current point: draw it on top so a short one still shows.
        on_tops = (
            self.optimum,
            self.component,
            self.current,
            self.arrow_shaft,
            self.arrow_head,
            self.step_shaft,
            self.step_head,
        )
        for z, on_top in enumerate(on_tops):
            on_top.setZValue(10 + z)

        self.context: RunContext | None = None
        self._record: StepRecord | None = None
        self._selected: tuple[int, int] | None = None
        self._square = QRectF()
        self._grid_key: tuple | None = None
        self.x_choice.currentIndexChanged.connect(self._on_axes_change)
        self.y_choice.currentIndexChanged.connect(self._on_axes_change)
        self._wanted_axes: tuple[str, ...] = ()  # names asked for by set_axes or the user
        self.x_choice.activated.connect(self._on_user_axes)
        self.y_choice.activated.connect(self._on_user_axes)
        self.plot.scene().sigMouseClicked.connect(self._on_click)
        self.plot.getViewBox().sigRangeChanged.connect(self._on_range_change)
        self.plot.getViewBox().sigRangeChangedManually.connect(self._on_user_view)
        self._user_view = False  # once the user pans or zooms, follow only the current point

    # -- entry points --------------------------------------------------------

    def set_run(self, context: RunContext) -> None:
        self.context = context
        self._record = None  # it belongs to the previous run, whose shapes may differ
        self._selected = None
        self._ghost_path = None
        self.ghost.clear()
        self.ghost_now.clear()
        self._step_vector = None
        self.show_race(None)
        labels = [p.label for p in context.parameters]
        for choice, index in zip((self.x_choice, self.y_choice), self._opening_axes(context, labels)):
            with pg.QtCore.QSignalBlocker(choice):
                choice.clear()
                choice.addItems(labels)
                choice.setCurrentIndex(index)
        self._on_axes_change()

    def set_axes(self, names: list[str] | tuple[str, ...]) -> None:
        """Put these two parameters (named as in the x and y boxes) on the axes, now if this run
        has them and in every later run that does; empty: the dataset's own pair."""
        self._wanted_axes = tuple(names)
        if self.context is None or not names or tuple(names) == self.axis_names:
            return
        labels = [p.label for p in self.context.parameters]
        if all(name in labels for name in names):
            for choice, name in zip((self.x_choice, self.y_choice), names):
                with pg.QtCore.QSignalBlocker(choice):
                    choice.setCurrentIndex(labels.index(name))
            self._on_axes_change()

    @property
    def axis_names(self) -> tuple[str, str]:
        """The names of the parameters on the x and y axes."""
        return self.x_choice.currentText(), self.y_choice.currentText()

    def show_record(self, record: StepRecord) -> None:
        self._record = record
        if self.context is None:
            return
        history = self.context.history
        n = history.index_of(record.iteration) + 1
        (r1, c1), (r2, c2) = self._axes
        thetas = history.thetas[:n]
        xs, ys = thetas[:, r1, c1], thetas[:, r2, c2]
        theta = record.theta
        here = (theta[r1, c1], theta[r2, c2])
        self.path.set_data(xs, ys, history.generation)
        view = self.plot.getViewBox().viewRect()
        if not view.contains(*here) or (not self._user_view and self._misfit(view)):
            self._fit_region(xs, ys)  # follow the path out of (or back into) the drawn region
            self.path.set_data(xs, ys, history.generation)  # thinned again, at the new scale
        self._draw_grid(theta)
        self.recent.set_points(xs[-RECENT_DOTS:], ys[-RECENT_DOTS:])
        self.current.set_point(*here)
        grad = record.grad
        self._draw_arrow(here, -self._arrow_scale * np.array([grad[r1, c1], grad[r2, c2]]))
        self._draw_component(here, grad)
        self._draw_step()

    def show_ghost(self, path: tuple[np.ndarray, np.ndarray, np.ndarray] | None) -> None:
        """The correct run's path up to the record shown (iterations, θs, losses), or None to hide it."""
        self._ghost_path = path
        if path is None or self.context is None or not len(path[0]):
            self.ghost.clear()
            self.ghost_now.clear()
            return
        (r1, c1), (r2, c2) = self._axes
        thetas = path[1]
        xs, ys = thetas[:, r1, c1], thetas[:, r2, c2]
        self.ghost.set_data(xs, ys)
        self.ghost_now.set_point(xs[-1], ys[-1])

    def show_step_taken(self, vector: np.ndarray | None) -> None:
        """The step from the record shown divided by its lr (shape of θ), or None when unknown."""
        self._step_vector = vector
        self._draw_step()

    def show_race(self, views: tuple[RacerView, ...] | None) -> None:
        """Every racer's path up to the record shown, racer 1 (this run) first; None: no race."""
        self._race = views
        if views is None or self.context is None:
            self.race_paths.clear()
            if self.path.pen() is not self._main_pen:
                self.path.setPen(self._main_pen)
        else:
            if self.path.pen().color().name().lower() != views[0].colour.lower():
                self.path.setPen(theme.pen(views[0].colour, 2.5))
            self.race_paths.show(views, self._axes)
        self._race_xy = self._racers_in_sight(views[1:]) if views else (np.empty(0), np.empty(0))
        if views and self._record is not None and not self._user_view:
            if self._misfit(self.plot.getViewBox().viewRect()):
                self.show_record(self._record)  # refits the view to the run and the racers
        self._show_legend()

    def _racers_in_sight(self, views: tuple[RacerView, ...]) -> tuple[np.ndarray, np.ndarray]:
        """The points of the racers to keep in view: not those that wander off (a diverging racer
        would shrink everything else to a dot), so only a path within RACER_REACH times the
        run's own region."""
        (r1, c1), (r2, c2) = self._axes
        x0, x1, y0, y1 = self._run_bounds()
        reach = RACER_REACH * max(x1 - x0, y1 - y0, 1e-6)
        xs, ys = [], []
        for view in views:
            x, y = view.thetas[:, r1, c1], view.thetas[:, r2, c2]
            finite = len(x) and np.isfinite(x).all() and np.isfinite(y).all()
            if finite and max(np.ptp(x), np.ptp(y)) <= reach:
                xs.append(x)
                ys.append(y)
        return (np.concatenate(xs), np.concatenate(ys)) if xs else (np.empty(0), np.empty(0))

    def _show_legend(self) -> None:
        entries = [legend_entry(view.colour, view.label) for view in self._race or ()]
        entries.append(legend_entry(theme.ARROW, GRADIENT_LEGEND))
        entries.append(legend_entry(STEP_COLOUR, translate("LandscapePanel", STEP_LEGEND), DASHED))
        self.legend_strip.set_entries(entries)

    def _draw_step(self) -> None:
        vector, record = self._step_vector, self._record
        if vector is None or record is None or self.context is None:
            self.step_shaft.clear()
            self.step_head.clear()
            return
        (r1, c1), (r2, c2) = self._axes
        here = (record.theta[r1, c1], record.theta[r2, c2])
        shown = self._arrow_scale * np.array([vector[r1, c1], vector[r2, c2]])
        self._draw_arrow(here, shown, self.step_shaft, self.step_head)

    def highlight(self, index: tuple[int, int] | None) -> None:
        """Show the arrow's part along θ[index], when that parameter is on one of the axes."""
        self._selected = index
        if self._record is not None and self.context is not None:
            self.show_record(self._record)

    # -- drawing -------------------------------------------------------------

    @property
    def _axes(self) -> tuple[tuple[int, int], tuple[int, int]]:
        parameters = self.run.parameters
        return parameters[self.x_choice.currentIndex()].index, parameters[self.y_choice.currentIndex()].index

    def _opening_axes(self, context: RunContext, labels: list[str]) -> tuple[int, int]:
        """The pair asked for, else the dataset's own (DATASET_AXES), else w of the first feature
        against b of the first target (with several targets, another target's pair never interacts)."""
        for names in (self._wanted_axes, DATASET_AXES.get(context.dataset.name, ())):
            if len(names) == 2 and all(name in labels for name in names):
                return labels.index(names[0]), labels.index(names[1])
        return 0, context.dataset.n_features

    def _on_user_axes(self) -> None:
        self._wanted_axes = self.axis_names
        self.sigAxes.emit(list(self.axis_names))

    def _on_axes_change(self) -> None:
        context = self.context
        if context is None or self.x_choice.currentIndex() < 0 or self.y_choice.currentIndex() < 0:
            return
        if self.x_choice.currentIndex() == self.y_choice.currentIndex():
            other = (self.x_choice.currentIndex() + 1) % self.y_choice.count()
            with pg.QtCore.QSignalBlocker(self.y_choice):
                self.y_choice.setCurrentIndex(other)
        self._user_view = False
        self.path.clear()  # another pair of parameters: another path
        units = units_name(context.standardized)  # the contours are of the run's θ, never converted
        self.plot.setLabel("bottom", self.x_choice.currentText(), units=units)
        self.plot.setLabel("left", self.y_choice.currentText(), units=units)
        (r1, c1), (r2, c2) = self._axes
        history = context.history
        thetas = history.thetas[: len(history)]
        star = context.theta_star
        self.optimum.set_point(star[r1, c1], star[r2, c2])
        self._fit_region(thetas[:, r1, c1], thetas[:, r2, c2])
        start = history.record(0)
        g = np.hypot(start.grad[r1, c1], start.grad[r2, c2])
        diagonal = np.hypot(self._square.width(), self._square.height())
        self._arrow_scale = 0.25 * diagonal / g if g > 0 else 1.0
        scale = number(self._arrow_scale, ".3g")
        arrow = translate("LandscapePanel", "arrow = −∇C × {scale}").format(scale=scale)
        self.scale_label.set_texts(arrow, f"−∇C × {scale}", f"× {scale}")
        if context.standardized:
            theme.set_title(self.plot, translate("LandscapePanel", "Loss landscape (standardized features)"))
        else:
            theme.set_title(self.plot, translate("LandscapePanel", "Loss landscape (original units)"))
        if self._record is not None:
            self.show_record(self._record)
        self.show_ghost(self._ghost_path)
        self.show_race(self._race)

    def _fit_region(self, xs: np.ndarray, ys: np.ndarray) -> None:
        """A square holding the path and the optimum, with a margin.

        Both axes share one scale, so the arrow meets the contours at right angles
        and a badly conditioned problem looks as narrow as it is.
        """
        (r1, c1), (r2, c2) = self._axes
        star = self.run.theta_star
        x = np.concatenate([xs, [star[r1, c1]], self._race_xy[0]])
        y = np.concatenate([ys, [star[r2, c2]], self._race_xy[1]])
        side = (1 + 2 * MARGIN) * max(np.ptp(x), np.ptp(y), 1e-6)
        cx, cy = (x.min() + x.max()) / 2, (y.min() + y.max()) / 2
        self._square = QRectF(cx - side / 2, cy - side / 2, side, side)
        self.view_box.narrowest, self.view_box.widest = ZOOM_IN * side, min(ZOOM_OUT * side, MAX_RANGE)
        self.plot.setRange(self._square, padding=0)

    def _misfit(self, view: QRectF) -> bool:
        """Whether the path, the racers in sight and the optimum stick out of the view, or fill a
        tiny part of it."""
        x0, x1, y0, y1 = self._run_bounds()
        race_x, race_y = self._race_xy
        if len(race_x):
            x0, x1 = min(x0, race_x.min()), max(x1, race_x.max())
            y0, y1 = min(y0, race_y.min()), max(y1, race_y.max())
        if not view.contains(QRectF(x0, y0, x1 - x0, y1 - y0)):
            return True
        return max(x1 - x0, y1 - y0) < 0.05 * min(view.width(), view.height())

    def _run_bounds(self) -> tuple[float, float, float, float]:
        """x0, x1, y0, y1 of the run's path and the optimum."""
        (r1, c1), (r2, c2) = self._axes
        star = self.run.theta_star
        x0, x1, y0, y1 = self.path.path_bounds()
        return min(x0, star[r1, c1]), max(x1, star[r1, c1]), min(y0, star[r2, c2]), max(y1, star[r2, c2])

    def _on_user_view(self) -> None:
        self._user_view = True

    def _on_range_change(self) -> None:
        """Panning, zooming or resizing: cover the new view with the landscape."""
        if self._record is not None and self.context is not None:
            self._draw_grid(self._record.theta)

    def _draw_grid(self, theta: np.ndarray) -> None:
        """Evaluate C over the view, the other parameters held at θ (skipped if unchanged)."""
        first, second = self._axes
        held = theta.copy()
        held[first] = held[second] = 0.0
        region = self.plot.getViewBox().viewRect()
        key = (first, second, held.tobytes(), region.getRect())
        if key == self._grid_key:
            return
        self._grid_key = key
        xs = np.linspace(region.left(), region.right(), GRID)
        ys = np.linspace(region.top(), region.bottom(), GRID)
        loss = self.run.loss
        with np.errstate(over="ignore", invalid="ignore"):  # far from the data the loss overflows
            grid = loss.landscape(theta, first, second, xs, ys)
            excess = np.log10(grid - loss.loss_star + 1e-9 * (grid.max() - loss.loss_star) + 1e-300)
        finite = np.isfinite(excess)
        excess = np.where(finite, excess, excess[finite].max() if finite.any() else 0.0)
        low, high = excess.min(), excess.max()
        bands = np.floor((excess - low) / max(high - low, 1e-12) * (BANDS - 1e-9))
        self.image.setImage(bands, lut=self.lut, levels=(0, BANDS - 1), autoLevels=False)
        self.image.setRect(region)

    def _draw_component(self, start: tuple[float, float], grad: np.ndarray) -> None:
        first, second = self._axes
        if self._selected not in (first, second):
            self.component.clear()
            return
        along = -self._arrow_scale * grad[self._selected]
        x, y = start
        if self._selected == first:
            self.component.set_ends(x, y, x + along, y)
        else:
            self.component.set_ends(x, y, x, y + along)

    def _draw_arrow(
        self,
        start: tuple[float, float],
        vector: np.ndarray,
        shaft: Line | None = None,
        head: Marker | None = None,
    ) -> None:
        shaft, head = shaft or self.arrow_shaft, head or self.arrow_head
        tip = (start[0] + vector[0], start[1] + vector[1])
        shaft.set_ends(*start, *tip)
        # The head is drawn in screen space: convert the data vector through the view.
        view = self.plot.getViewBox()
        a = view.mapViewToScene(pg.Point(*start))
        b = view.mapViewToScene(pg.Point(*tip))
        dx, dy = b.x() - a.x(), b.y() - a.y()
        if math.hypot(dx, dy) > 2:
            head.setRotation(math.degrees(math.atan2(dy, dx)))
            head.set_point(*tip)
        else:
            head.clear()

    def _on_click(self, event) -> None:
        if self.context is None or event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        view = self.plot.getViewBox()
        if not view.sceneBoundingRect().contains(event.scenePos()):
            return
        point = view.mapSceneToView(event.scenePos())
        first, second = self._axes
        event.accept()
        self.sigStartChosen.emit({first: float(point.x()), second: float(point.y())})

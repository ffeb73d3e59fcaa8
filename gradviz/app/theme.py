"""Colours and pens shared by every panel, so the window reads as one piece."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPalette, QPixmapCache, QTextDocument
from PySide6.QtWidgets import QAbstractGraphicsShapeItem, QGraphicsItem, QGraphicsLineItem, QLabel, QWidget

from ..i18n import translate
from . import widget_style
from .items import Bars, Curve, decimal_mark
from .legend_place import PlacedLegend

BACKGROUND = "#ffffff"
FOREGROUND = "#222222"
TRAIN = "#1f77b4"
TEST = "#ff7f0e"
MODEL = "#d62728"
OPTIMUM = "#2ca02c"
ARROW = "#d62728"
GRID_ALPHA = 0.15
ERROR = "#c62828"  # messages that report a problem
GHOST = "#888888"  # the correct run beside a run with other Functions: reads on light and dark
SELECTION = "#7b3fc4"  # a parameter picked in the Graph or the Derivation, wherever it shows

TITLE_POINTS, LABEL_POINTS, TICK_POINTS, LEGEND_POINTS = 11.0, 9.0, 8.0, 9.0  # at zoom 1


@dataclass(frozen=True)
class Palette:
    """What changes with the theme. The data colours above read well on both backgrounds."""

    name: str
    background: str
    foreground: str
    muted: str  # secondary text: readouts, notes
    legend_backing: tuple[int, int, int, int]
    window: str  # Qt widgets' background
    base: str  # the background of text boxes and lists
    text: str
    disabled: str  # disabled widgets' text: greyed, yet a contrast of 3 on window and base
    error: str = ERROR  # text that reports a problem
    good: str = "#2e7d32"  # text that reports a success


LIGHT = Palette("light", BACKGROUND, FOREGROUND, "#555555", (255, 255, 255, 210), "", "", "", "#767676")
DARK = Palette(
    "dark",
    "#1e1e1e",
    "#dddddd",
    "#aaaaaa",
    (30, 30, 30, 210),
    "#2b2b2b",
    "#1e1e1e",
    "#e6e6e6",
    "#8f8f8f",
    error="#ff7b72",
    good="#6fcf75",
)
PALETTES = {palette.name: palette for palette in (LIGHT, DARK)}


@dataclass(frozen=True)
class Look:
    """The theme and the zoom (a factor on every font size) every plot and widget is drawn with."""

    palette: Palette = LIGHT
    zoom: float = 1.0

    def points(self, base: float) -> float:
        return round(base * self.zoom, 1)


_look = Look()


def look() -> Look:
    return _look


def set_look(new: Look) -> None:
    """Restyle with `new` from now on; restyle_plot applies it to the plots that exist."""
    global _look
    _look = new
    pg.setConfigOptions(background=new.palette.background, foreground=new.palette.foreground)


MAX_SCATTER_POINTS = 20_000  # beyond this, static data is drawn as a density image
MAX_MOVING_POINTS = 2_000  # points that move every frame (predictions, residuals)


def configure() -> None:
    """The defaults, before a window's plots are made (its Presenter may then restyle them)."""
    set_look(Look())
    widget_style.apply(qt_palette(LIGHT))  # a window made after a dark one starts light
    pg.setConfigOptions(antialias=True)
    # Axes, titles and legends are drawn from cached pixmaps (see style_plot). Qt's default
    # 10 MB cache holds them for a small window only: at 1600×1100 they were drawn again
    # every frame (52 ms a frame instead of 8).
    QPixmapCache.setCacheLimit(64 * 1024)  # in kB


def pen(color: str, width: float = 2.0, dashed: bool = False) -> pg.QtGui.QPen:
    p = pg.mkPen(color, width=width)
    if dashed:
        p.setStyle(pg.QtCore.Qt.PenStyle.DashLine)
    p.setCosmetic(True)
    return p


def long_curve(plot: pg.PlotItem, color: str) -> Curve:
    """A curve over the whole history: thousands of points, redrawn every frame.

    One pixel wide, because Qt draws antialiased 1-pixel lines about fifteen times
    faster than wider ones; thinned to two points per pixel column.
    """
    curve = Curve(pen(color, 1), thin="columns")
    plot.addItem(curve)
    return curve


class Axis(pg.AxisItem):
    """An axis whose tick labels take the window's decimal mark (0,5 in French).

    pyqtgraph asks for the strings only when it redraws the axis, which is cached (see style_plot).
    Names given with setTicks (the gradient bars' parameters) are not numbers and are left alone.
    """

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        strings = super().tickStrings(values, scale, spacing)
        mark = decimal_mark()
        return strings if mark == "." else [text.replace(".", mark) for text in strings]

    # pyqtgraph thins tick labels by how much of the axis they fill in all, so on a short axis
    # (a bar plot 70 pixels wide at zoom 1.5) two can still touch: "0" and "2000" read "02000".
    # Of the labels it lays out (the major ticks' first, each level in order; by _rank first),
    # one that comes within LABEL_CLEARANCE of one kept before it is left out.
    LABEL_CLEARANCE = 0.25  # of a label's height, between two labels

    def _rank(self, text: str) -> int:
        return 0

    def generateDrawSpecs(self, p):  # noqa: N802 - pyqtgraph's name
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return None
        line, ticks, texts = specs
        half = self.LABEL_CLEARANCE * QFontMetricsF(self.style["tickFont"] or self.font()).height() / 2
        upright = self.orientation in ("left", "right")
        kept: list = []
        for text in sorted(texts, key=lambda spec: self._rank(spec[2])):
            room = text[0].adjusted(0, -half, 0, half) if upright else text[0].adjusted(-half, 0, half, 0)
            if not any(room.intersects(other) for other, *_ in kept):
                kept.append((room, text))
        return line, ticks, [text for _, text in kept]

    # A label longer than its axis ends in "…", with the whole of it in the tooltip: its name
    # is cut before its units, but a name as short as "b" is kept and its units cut instead.
    NAME_KEPT = 6  # characters of the name kept before its units are cut
    labelText: str  # noqa: N815 - pyqtgraph's, set by setLabel
    labelUnits: str  # noqa: N815 - pyqtgraph's

    def setLabel(self, *args, **kwargs) -> None:  # noqa: N802 - pyqtgraph's name
        super().setLabel(*args, **kwargs)
        self._elide_label()

    def resizeEvent(self, ev=None) -> None:  # noqa: N802 - pyqtgraph's name
        self._elide_label()
        super().resizeEvent(ev)  # then places the label, at its new width

    def _elide_label(self) -> None:
        if self.label is None:  # closed
            return
        text, units = self.labelText, self.labelUnits
        whole = self._html(text, units)
        if self._fits(whole) or not text:
            self.label.setHtml(whole)
            self.setToolTip("")
            return
        self.setToolTip(f"{text} ({units})" if units else text)
        kept = self._longest_fit(text, lambda part: (part, units))
        least = min(len(text), self.NAME_KEPT)
        if kept >= least or not units:
            self.label.setHtml(self._html(_cut(text, kept), units))
            return
        name = _cut(text, least) if least < len(text) else text
        kept = self._longest_fit(units, lambda part: (name, part))
        self.label.setHtml(self._html(name, _cut(units, kept)))

    def _html(self, text: str, units: str) -> str:
        """The label as pyqtgraph writes it, with these words."""
        saved = self.labelText, self.labelUnits
        self.labelText, self.labelUnits = text, units
        try:
            return self.labelString()
        finally:
            self.labelText, self.labelUnits = saved

    def _fits(self, html: str) -> bool:
        """Measured on a document of its own: the label item itself is set once, in a resize."""
        length = self.height() if self.orientation in ("left", "right") else self.width()
        if length <= 0:
            return True
        document = QTextDocument()
        document.setDefaultFont(self.label.font())
        document.setDocumentMargin(self.label.document().documentMargin())
        document.setHtml(html)
        return document.size().width() <= length

    def _longest_fit(self, part: str, label: Callable[[str], tuple[str, str]]) -> int:
        """The most characters of `part` kept before "…" for `label(cut part)` to fit (0 if none do)."""
        shortest, longest = 0, len(part) - 1
        while shortest < longest:
            middle = (shortest + longest + 1) // 2
            if self._fits(self._html(*label(_cut(part, middle)))):
                shortest = middle
            else:
                longest = middle - 1
        return shortest


def _cut(text: str, kept: int) -> str:
    return text[:kept].rstrip() + "…"


class LogAxis(Axis):
    """A log axis that labels 1·10ⁿ, 2·10ⁿ and 5·10ⁿ, and no other mark, where they do not
    touch (see Axis.generateDrawSpecs; the 10ⁿ first): labels never pile up."""

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        strings = super().logTickStrings(values, scale, spacing)
        marks = [round(10 ** (value % 1), 6) in (1.0, 2.0, 5.0) for value in values]
        low, high = sorted(self.range)
        margin = 0.02 * (high - low)  # a label at an end of the axis is not drawn
        if not any(mark and low + margin < value < high - margin for mark, value in zip(marks, values)):
            return strings  # no mark inside the view (5·10³ to 10⁴, say): label every tick
        return [text if mark else "" for mark, text in zip(marks, strings)]

    def _rank(self, text: str) -> int:
        """10ⁿ before 5·10ⁿ before 2·10ⁿ, where they would touch."""
        return 0 if "·" not in text else 1 if text.startswith("5") else 2


def axes(log_y: bool = False) -> dict[str, Axis]:
    """A plot's left and bottom axes (`log_y`: a LogAxis on the left)."""
    return {"left": LogAxis("left") if log_y else Axis("left"), "bottom": Axis("bottom")}


def plot_widget(log_y: bool = False, view_box: pg.ViewBox | None = None) -> pg.PlotWidget:
    """A plot view; `log_y` gives it a LogAxis on the left. A `view_box` of one's own is made
    with enableMenu=False, as every ViewBox here is (see style_plot)."""
    widget = pg.PlotWidget(axisItems=axes(log_y), viewBox=view_box, enableMenu=False)
    widget.setAntialiasing(True)  # for the items in items.py: pyqtgraph's set it per item
    return widget


def layout_widget() -> pg.GraphicsLayoutWidget:
    """A view holding several plots."""
    widget = pg.GraphicsLayoutWidget()
    widget.setAntialiasing(True)
    return widget


def legend(plot: pg.PlotItem, offset: tuple[int, int]) -> PlacedLegend:
    """A legend with a light backing, in the spot of the view where it hides the least data
    (the corner of `offset` if several hide none; see legend_place), or where the user drags it.
    Given a strip under the plot (`spill_into`), it goes there when every spot hides some."""
    backing = pg.mkBrush(*_look.palette.legend_backing)
    size = f"{_look.points(LEGEND_POINTS)}pt"
    legend = PlacedLegend(offset=offset, labelTextSize=size, brush=backing)
    legend.setParentItem(plot.vb)  # as plot.addLegend does
    plot.legend = legend
    legend.setLabelTextColor(_look.palette.foreground)
    legend.setCacheMode(_CACHE)
    tip = translate("Plots", "Drag the legend to move it; double-click it to let it find a free spot")
    legend.setToolTip(tip)
    return legend


def add_to_legend(legend: pg.LegendItem, sample: pg.GraphicsObject, name: str) -> None:
    """Add an entry whose sample and label are drawn once, then reused from a pixmap."""
    legend.addItem(sample, name)
    for item in legend.items[-1]:
        item.setCacheMode(_CACHE)


def line_sample(line_pen: pg.QtGui.QPen) -> pg.PlotDataItem:
    """A legend sample for a line drawn by items.Line or items.Curve (never itself drawn)."""
    return pg.PlotDataItem(pen=line_pen)


def dot_sample(color: str, symbol: str = "o", size: float = 8) -> pg.PlotDataItem:
    """A legend sample for points (one point, never drawn: a sample's symbol needs data)."""
    return pg.PlotDataItem(
        [0], [0], symbol=symbol, symbolSize=size, symbolBrush=color, symbolPen=None, pen=None
    )


def style_plot(plot: pg.PlotItem, title: str, x: str, y: str) -> None:
    set_title(plot, title)
    plot.setLabel("bottom", x)
    plot.setLabel("left", y)
    plot.showGrid(x=True, y=True, alpha=GRID_ALPHA)
    # The plots are made without a ViewBox menu (enableMenu=False): disabling one made already
    # reparents it to None, which segfaulted now and then while a window was built.
    plot.setMenuEnabled(False)
    # Axes (with their grid lines) and titles are redrawn from a pixmap unless they
    # change: replaying their text and translucent lines was most of a frame's cost.
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setCacheMode(_CACHE)
        axis.enableAutoSIPrefix(False)  # "b (×0.001)" with ticks of 700 reads as a wrong value
        # Room for tick labels only grows: a narrower label must not shift the plot (and
        # repaint everything in it) when a falling loss crosses into a new decade.
        axis.setStyle(autoReduceTextSpace=False)
    plot.titleLabel.setCacheMode(_CACHE)
    restyle_plot(plot)


def set_title(plot: pg.PlotItem, title: str) -> None:
    """Show `title`, elided to the plot's width (the full text in a tooltip), now and after resizes."""
    plot.titleLabel.setProperty(_FULL_TITLE, title)
    if not plot.titleLabel.property(_FITS_ON_RESIZE):
        plot.titleLabel.setProperty(_FITS_ON_RESIZE, True)
        plot.vb.sigResized.connect(lambda: _fit_title(plot))  # the title spans the view box's column
        # pyqtgraph makes a label as wide as its text at least, so a long title widened the
        # plot past its view (cut at the right); the title is elided to the plot instead.
        plot.titleLabel.geometryChanged.connect(lambda: _let_title_shrink(plot.titleLabel))
    _fit_title(plot)


def _let_title_shrink(label: pg.LabelItem) -> None:
    if label.minimumWidth() > 0:
        label.setMinimumWidth(0)


def _fit_title(plot: pg.PlotItem) -> None:
    title = plot.titleLabel.property(_FULL_TITLE)
    if title is None:
        return
    points = _look.points(TITLE_POINTS)
    font = QFont()
    font.setPointSizeF(points)
    metrics = QFontMetricsF(font)
    width = plot.vb.width() - 8
    shown = title if width <= 0 else metrics.elidedText(title, pg.QtCore.Qt.TextElideMode.ElideRight, width)
    height = math.ceil(metrics.height()) + 8
    plot.titleLabel.setMaximumHeight(height)
    plot.layout.setRowFixedHeight(0, height)
    plot.titleLabel.setVisible(True)
    style = {"size": f"{points}pt", "color": _look.palette.foreground}
    if shown != plot.titleLabel.text or any(plot.titleLabel.opts.get(k) != v for k, v in style.items()):
        plot.titleLabel.setText(shown, **style)
        _let_title_shrink(plot.titleLabel)
    tip = title if shown != title else ""
    if plot.titleLabel.toolTip() != tip:
        plot.titleLabel.setToolTip(tip)


def title_of(plot: pg.PlotItem) -> str:
    """The full title (set_title may show it elided)."""
    return plot.titleLabel.property(_FULL_TITLE) or ""


def restyle_plot(plot: pg.PlotItem) -> None:
    """Apply the current look (theme, zoom) to a plot's axes, title and legend."""
    palette = _look.palette
    tick_font = QFont()
    tick_font.setPointSizeF(_look.points(TICK_POINTS))
    label_style = {"color": palette.foreground, "font-size": f"{_look.points(LABEL_POINTS)}pt"}
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(palette.foreground)
        axis.setTextPen(palette.foreground)
        axis.setTickFont(tick_font)
        axis.labelStyle = label_style
        if axis.label.isVisible():
            axis.setLabel(axis.labelText, units=axis.labelUnits or None, **label_style)
    _fit_title(plot)
    legend = plot.legend
    if legend is not None:
        legend.setBrush(pg.mkBrush(*palette.legend_backing))
        legend.setLabelTextColor(palette.foreground)
        legend.setLabelTextSize(f"{_look.points(LEGEND_POINTS)}pt")
        for _, label in legend.items:
            label.setText(label.text)  # setAttr alone keeps the old html
        legend.updateSize()
    _scale_lines(plot.vb.childGroup, _look.zoom)
    for item in plot.vb.addedItems:
        if isinstance(item, Bars):
            item.set_label_points(_look.points(Bars.LABEL_POINTS))


_BASE_WIDTH = 0x6776  # the key of an item's pen width at zoom 1, in QGraphicsItem.data


def _scale_lines(parent: QGraphicsItem, zoom: float) -> None:
    """Widen the plot's lines with the zoom, all but the 1-pixel curves over the history (which
    Qt draws many times faster than wider ones, and stay readable on a projector)."""
    for item in parent.childItems():
        _scale_lines(item, zoom)
        if not isinstance(item, (QAbstractGraphicsShapeItem, QGraphicsLineItem)):
            continue
        pen = item.pen()
        base = item.data(_BASE_WIDTH)
        if base is None:
            base = pen.widthF()
            item.setData(_BASE_WIDTH, base)
        if base > 1 and pen.widthF() != base * zoom:
            pen.setWidthF(base * zoom)
            item.setPen(pen)


def restyle_view(view: pg.GraphicsView) -> None:
    """A plot view's background and every plot in it."""
    view.setBackground(_look.palette.background)
    for item in view.scene().items():
        if isinstance(item, pg.PlotItem):
            restyle_plot(item)


_system_palette: QPalette | None = None  # the application's before gradviz changed it


def qt_palette(palette: Palette) -> QPalette:
    """The widgets' colours: the system's for the light theme, dark ones for the dark. In both,
    secondary text (mute) reads at a contrast of 4.5 and disabled text at 3 (WCAG), a window
    without focus as one with it."""
    global _system_palette
    if _system_palette is None:
        _system_palette = QPalette(QGuiApplication.palette())
    group, role = QPalette.ColorGroup, QPalette.ColorRole
    qt = QPalette(_system_palette) if not palette.window else _dark_palette(palette)
    qt.setColor(role.PlaceholderText, QColor(palette.muted))
    for name in (role.Window, role.Base, role.Button, role.Text, role.WindowText, role.ButtonText):
        qt.setColor(group.Inactive, name, qt.color(group.Active, name))
        qt.setColor(group.Disabled, name, qt.color(group.Active, name))  # backgrounds stay
    for name in (role.Text, role.WindowText, role.ButtonText, role.PlaceholderText):
        qt.setColor(group.Disabled, name, QColor(palette.disabled))
    return qt


def _dark_palette(palette: Palette) -> QPalette:
    qt = QPalette(QColor(palette.window))
    role = QPalette.ColorRole
    for name, color in (
        (role.Window, palette.window),
        (role.Base, palette.base),
        (role.AlternateBase, palette.window),
        (role.Button, palette.window),
        (role.Text, palette.text),
        (role.WindowText, palette.text),
        (role.ButtonText, palette.text),
        (role.ToolTipBase, palette.window),
        (role.ToolTipText, palette.text),
        (role.PlaceholderText, palette.muted),
        (role.Highlight, "#3d6fb4"),
        (role.Accent, "#3d6fb4"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#8ab4f8"),
        (role.LinkVisited, "#c3a6f5"),
    ):
        qt.setColor(name, QColor(color))
    return qt


def mute(label: QLabel) -> None:
    """Secondary text (a readout, a note), in the theme's muted colour whatever the theme."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def plot_views(widget: QWidget) -> list[pg.GraphicsView]:
    return widget.findChildren(pg.GraphicsView)


_CACHE = pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
_FULL_TITLE, _FITS_ON_RESIZE = "gradvizTitle", "gradvizTitleFits"

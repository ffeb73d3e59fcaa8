"""The Graph view: the real graph of one training step, sub-step by sub-step.

Cards for the values (X, W, b, Ŷ, Y, C) and the Functions (Linear, MSE) with their
Contexts; arrows that carry, once backward has reached them, the gradient and the
formula that made it. This module holds the panel (toolbar, notes, row i, selection,
export); graph_scene makes the items once per graph shape and graph_fill puts each
walk's numbers in them. Every number comes from the walk.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QResizeEvent, QShowEvent, QWheelEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from . import theme
from .backprop import SUBSTEPS, StepWalk
from .graph_arrays import ArrayView
from .graph_cards import Card
from .graph_edges import Arrow, GradTag
from .graph_fill import fill_in, light_up
from .graph_layout import GraphLayout
from .graph_paint import INK, colour, font, format_number
from .graph_scene import MARGIN, GraphScene, batch_rows
from .graph_text import (
    EXPORT_TITLE,
    FAST_NOTE,
    FIT,
    FIT_TIP,
    FULL_BATCH,
    MINI_BATCH,
    NEXT,
    NEXT_TIP,
    PREVIOUS,
    PREVIOUS_TIP,
    ROW,
    ROW_TIP,
    STEP_NOTE,
    SUBSTEP_TEXT,
    SVG_TITLE,
    shown,
)

__all__ = ["GraphPanel"]

EXPORT_HEADER = 30.0
Selection = tuple[str, tuple[int, ...] | None]


class GraphPanel(QWidget):
    """The graph of a StepWalk. sigSubstep(±1): the user asks for the next or previous
    sub-step. sigSelected((card, entry or None)): the user clicked a card or one of its
    numbers, e.g. ("W", (2, 0)) for ∂C/∂W[2, 0] or W[2, 0]."""

    sigSubstep = Signal(int)
    sigSelected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.previous_button.clicked.connect(lambda: self.sigSubstep.emit(-1))
        self.next_button.clicked.connect(lambda: self.sigSubstep.emit(+1))
        self.step_label = QLabel()
        self.step_label.setWordWrap(True)
        self.step_label.setTextFormat(Qt.TextFormat.RichText)
        self.row_spin = QSpinBox()
        self.row_spin.valueChanged.connect(self.set_row)
        self.fit_button = fit_button = QPushButton()
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        theme.mute(self.note_label)
        self.scene = GraphScene(self, self._clicked)
        self.view = _GraphView(self.scene)
        fit_button.clicked.connect(lambda: self.view.fit(whole=True))
        self._bar = bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.step_label, 1)
        bar.addWidget(self.row_spin)
        bar.addWidget(fit_button)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addLayout(bar)
        layout.addWidget(self.note_label)
        layout.addWidget(self.view, 1)

        self.walk: StepWalk | None = None
        self.row = 0
        self.selection: Selection | None = None
        self._palette = theme.look().palette  # the theme the scene's items were made in
        self.compact = False  # the bar's buttons show arrows only, the row box "i ="
        self._full_width = self._compact_width = 0  # the bar's least width with the full names, without
        # The bar is measured once its widgets have their fonts and style: after the event that changed them.
        self._measure = QTimer(self, singleShot=True, interval=0)
        self._measure.timeout.connect(self._measure_bar)
        self._name_controls()

    def _name_controls(self) -> None:
        self.previous_button.setToolTip(shown(PREVIOUS_TIP))
        self.next_button.setToolTip(shown(NEXT_TIP))
        self.row_spin.setToolTip(shown(ROW_TIP))
        self.fit_button.setText(shown(FIT))
        self.fit_button.setToolTip(shown(FIT_TIP))
        self._set_compact(self.compact)
        self._measure.start()

    def _measure_bar(self) -> None:
        self._set_compact(True)
        self._bar.invalidate()  # a widget's change reaches the panel's layout, not this one inside it
        self._compact_width = self._bar.minimumSize().width()
        self._set_compact(False)
        self._bar.invalidate()
        self._full_width = self._bar.minimumSize().width()
        self._set_compact(self._bar_room() < self._full_width)
        self.updateGeometry()

    def _bar_room(self) -> int:
        margins = self._layout.contentsMargins()
        return self.width() - margins.left() - margins.right()

    def _set_compact(self, compact: bool) -> None:
        """Where the panel is narrower than the bar with its full names (at a large zoom, or in
        French): ◀ and ▶ for the sub-step buttons and "i =" for the row, their names in the tooltips."""
        self.compact = compact
        self.previous_button.setText("◀" if compact else shown(PREVIOUS))
        self.next_button.setText("▶" if compact else shown(NEXT))
        self.row_spin.setPrefix("i = " if compact else f"{shown(ROW)} = ")

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the compact bar: the panel takes its full names back where it is wider."""
        margins = self._layout.contentsMargins()
        parts = (self._compact_width, self.note_label.minimumSizeHint(), self.view.minimumSizeHint())
        width = max(part if isinstance(part, int) else part.width() for part in parts)
        return QSize(margins.left() + margins.right() + width, super().minimumSizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._measure.start()  # now in the style it is shown in

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        compact = self._bar_room() < self._full_width
        if compact != self.compact:
            self._set_compact(compact)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measure.start()
        if event.type() == QEvent.Type.LanguageChange:
            self._name_controls()
            self.scene.forget_shape()  # the cards' texts are built in: make them anew
            if self.walk is not None:
                self.show_walk(self.walk)

    def restyle(self) -> None:
        """Draw again in the theme's colours and at its zoom (after the presenter changed them)."""
        look = theme.look()
        if look.palette is not self._palette:
            self._palette = look.palette
            self.scene.setBackgroundBrush(QColor(look.palette.background))
            self.scene.forget_shape()  # the items' colours are set when they are made
            if self.walk is not None:
                self.show_walk(self.walk)
        self.view.set_zoom(look.zoom)

    # -- what the scene holds, by card ------------------------------------------------

    @property
    def cards(self) -> dict[str, Card]:
        return self.scene.cards

    @property
    def tags(self) -> dict[tuple[str, str], GradTag]:
        return self.scene.tags

    @property
    def arrows(self) -> dict[tuple[str, str], Arrow]:
        return self.scene.arrows

    @property
    def views(self) -> dict[tuple[str, str], ArrayView]:
        """(card, "value"/"after"/"grad"/"edge"/"savedK") → the view of that array."""
        return self.scene.array_views

    @property
    def graph_layout(self) -> GraphLayout | None:
        return self.scene.graph_layout

    # -- the one drawing entry point ------------------------------------------------

    def show_walk(self, walk: StepWalk) -> None:
        if self.scene.build_if_new_shape(walk):
            self.view.fit()
        self.walk = walk
        step = walk.step
        self.step_label.setText(
            shown(SUBSTEP_TEXT).format(
                number=walk.substep + 1,
                count=len(SUBSTEPS),
                title=escape(step.title, quote=False),
                detail=escape(step.detail, quote=False),
            )
        )
        batch = shown(FULL_BATCH if walk.rows is None else MINI_BATCH).format(q=batch_rows(walk))
        notes = [
            shown(STEP_NOTE).format(
                start=walk.iteration,
                end=walk.iteration + 1,
                optimizer=walk.optimizer,
                lr=format_number(walk.lr),
                batch=batch,
            )
        ]
        if walk.trained_by == "fast":
            notes.append(shown(FAST_NOTE))
        self.note_label.setText(" · ".join(notes))
        with QSignalBlocker(self.row_spin):
            self.row_spin.setRange(0, max(batch_rows(walk) - 1, 0))
            self.row_spin.setValue(min(self.row, self.row_spin.maximum()))
        fill_in(self.scene, walk)
        light_up(self.scene, walk)
        self.set_row(self.row_spin.value())  # a new scene starts at the row shown before

    def set_row(self, row: int) -> None:
        """Show the numbers of row `row` of the arrays with a row per example (X, Y, Ŷ, δ)."""
        self.row = max(0, min(int(row), self.row_spin.maximum()))
        with QSignalBlocker(self.row_spin):
            self.row_spin.setValue(self.row)
        for (card, _), view in self.views.items():
            if card in self.scene.example_cards:
                view.set_row(self.row)
        self._mark_selection()

    def select(self, selection: Selection | None) -> None:
        """Light up an entry (and those it is made of) without emitting sigSelected."""
        self.selection = selection
        self._mark_selection()

    # -- export ------------------------------------------------------------------------

    def export_png(self, path: str | Path, scale: float = 2.0) -> None:
        rect = self.scene.sceneRect()
        size = QSize(int(rect.width() * scale), int((rect.height() + EXPORT_HEADER) * scale))
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(self.scene.backgroundBrush().color())
        painter = QPainter(image)
        painter.scale(scale, scale)
        self._paint(painter)
        painter.end()
        if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # the stubs want bytes
            raise OSError(f"could not write the PNG file {path}: choose a folder you can write to")

    def export_svg(self, path: str | Path) -> None:
        rect = self.scene.sceneRect()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        height = rect.height() + EXPORT_HEADER
        generator.setSize(QSize(int(rect.width()), int(height)))
        generator.setViewBox(QRectF(0, 0, rect.width(), height))
        generator.setTitle(shown(SVG_TITLE))
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(f"could not write the SVG file {path}: choose a folder you can write to")
        self._paint(painter)
        painter.end()

    def _paint(self, painter: QPainter) -> None:
        """The header (step and sub-step) and the whole graph, at scene scale."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = self.scene.sceneRect()
        walk = self.walk
        painter.fillRect(QRectF(0, 0, rect.width(), EXPORT_HEADER), self.scene.backgroundBrush())
        if walk is not None:
            painter.setFont(font("bold"))
            painter.setPen(colour(INK))
            title = shown(EXPORT_TITLE).format(
                start=walk.iteration,
                end=walk.iteration + 1,
                number=walk.substep + 1,
                count=len(SUBSTEPS),
                title=walk.step.title,
                detail=walk.step.detail,
            )
            painter.drawText(QPointF(MARGIN, 19), title)
        target = QRectF(0, EXPORT_HEADER, rect.width(), rect.height())
        self.scene.render(painter, target, rect)

    # -- selection -------------------------------------------------------------------

    def _clicked(self, card: str, index: tuple[int, ...] | None) -> None:
        index = index or None  # a scalar's entry is the card itself
        self.selection = (card, index)
        if index is not None and len(index) == 2 and card in self.scene.example_cards:
            self.set_row(index[0])
        self._mark_selection()
        self.sigSelected.emit(self.selection)

    def _mark_selection(self) -> None:
        for view in self.views.values():
            view.clear_marks()
        if self.selection is None:
            return
        name, index = self.selection
        if index is None:
            return
        for (card, _), view in self.views.items():
            if card == name:
                view.mark_entry(index)
        delta = self.views.get(("Ŷ", "edge"))
        if name == "W" and len(index) == 2:  # ∂C/∂W[i, j] = Σₖ X[k, i] δ[k, j]
            if ("X", "value") in self.views:
                self.views[("X", "value")].mark_column(index[0])
            if delta is not None:
                delta.mark_column(index[1])
        if name == "b" and len(index) == 1 and delta is not None:  # ∂C/∂b[j] = Σₖ δ[k, j]
            delta.mark_column(index[0])


class _GraphView(QGraphicsView):
    """Fits the scene (keeping its aspect) unless the user zoomed with Ctrl+wheel.

    The presenter's zoom enlarges it further, as it does every font: at zoom 2 the graph is
    drawn twice as large as it fits, and scrolls, until the fit button shows it whole.
    """

    MAX_SCALE = 1.5

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._fitted = True
        self._whole = False  # fitted whole, whatever the presenter's zoom (the fit button)
        self.zoom = 1.0

    def fit(self, whole: bool = False) -> None:
        """Fit the scene to the view, times the presenter's zoom unless `whole`."""
        self._fitted, self._whole = True, whole
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        viewport = self.viewport().size()
        scale = min(viewport.width() / rect.width(), viewport.height() / rect.height(), self.MAX_SCALE) * 0.99
        scale *= 1.0 if whole else self.zoom
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(rect.center())

    def set_zoom(self, zoom: float) -> None:
        """The presenter's zoom, on top of the fit or of the user's Ctrl+wheel."""
        if zoom == self.zoom:
            return
        factor, self.zoom = zoom / self.zoom, zoom
        if self._fitted:
            self.fit()
        else:
            centre = self.mapToScene(self.viewport().rect().center())
            self.scale(factor, factor)
            self.centerOn(centre)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._fitted:
            self.fit(self._whole)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._fitted = False
            factor = 1.15 ** (event.angleDelta().y() / 120)
            self.scale(factor, factor)
        else:
            super().wheelEvent(event)

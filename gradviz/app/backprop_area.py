"""The backpropagation area under the plots: the Graph, the Derivation and the gradient check."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from ..i18n import QT_TRANSLATE_NOOP, translate
from .backprop import VIEWS, StepWalk
from .context import RunContext
from .derivation_panel import DerivationPanel
from .elided import ElidedLabel
from .gradcheck_panel import GradcheckPanel
from .graph_view import GraphPanel
from .units import units_name

__all__ = ["BackpropArea"]

TAB_TITLES = (
    QT_TRANSLATE_NOOP("BackpropArea", "Graph"),
    QT_TRANSLATE_NOOP("BackpropArea", "Derivation"),
    QT_TRANSLATE_NOOP("BackpropArea", "Gradient check"),
)
NO_GRAPH = QT_TRANSLATE_NOOP("BackpropArea", "The graph of this step cannot be built: {message}")
# Beside the tabs: the units of every number the three tabs show (the engine's, never converted).
UNITS_NOTE = QT_TRANSLATE_NOOP("BackpropArea", "X, W, b and their gradients: {units}")


class _CornerNote(ElidedLabel):
    """A note beside the tabs, as wide as its text where there is room, cut with "…" where not.

    A tab widget gives its corner the corner's sizeHint: here, at most the width the tabs leave.
    """

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        room = self._tabs.width() - self._tabs.tabBar().sizeHint().width()
        return QSize(max(0, min(hint.width(), room)), hint.height())


class BackpropArea(QTabWidget):
    """Tabs that draw the walk of the step shown; only the visible tab draws.

    sigParameter((row, col)) says which entry of θ the user picked, in the Graph or the
    Derivation, so that the window can light it up elsewhere.
    """

    sigParameter = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.graph = GraphPanel()
        self.derivation = DerivationPanel()
        self.gradcheck = GradcheckPanel()
        for tab, title in zip((self.graph, self.derivation, self.gradcheck), TAB_TITLES):
            self.addTab(tab, translate("BackpropArea", title))
        self.units_note = _CornerNote(self)
        self.units_note.setContentsMargins(8, 0, 8, 0)
        self.setCornerWidget(self.units_note, Qt.Corner.TopRightCorner)
        self._standardized = True
        self._walk: StepWalk | None = None
        self._n_features = 0
        self.currentChanged.connect(lambda _index: self._draw())
        self.graph.sigSelected.connect(self._on_graph_selection)
        self.derivation.sigParameter.connect(self.sigParameter)

    def show_tab(self, view: str) -> None:
        self.setCurrentIndex(VIEWS.index(view))

    def set_run(self, context: RunContext) -> None:
        self._walk = None
        self._n_features = context.dataset.n_features
        self._standardized = context.standardized
        self._show_units()
        self.derivation.set_parameters(
            [p.label for p in context.parameters], [p.index for p in context.parameters]
        )

    def show_walk(self, walk: StepWalk) -> None:
        self._walk = walk
        self.graph.view.setVisible(True)
        self.derivation.setEnabled(True)
        self._draw()

    def show_problem(self, message: str) -> None:
        """The step's graph could not be built (a user's Function failed): say why, show nothing stale."""
        self._walk = None
        self.graph.view.setVisible(False)
        self.graph.step_label.setText(
            translate("BackpropArea", NO_GRAPH).format(message=html.escape(message))
        )
        self.graph.note_label.setText("")
        self.derivation.setEnabled(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            for index, title in enumerate(TAB_TITLES):
                self.setTabText(index, translate("BackpropArea", title))
            self._show_units()

    def _show_units(self) -> None:
        units = units_name(self._standardized)
        self.units_note.setText(translate("BackpropArea", UNITS_NOTE).format(units=units))

    def _draw(self) -> None:
        walk = self._walk
        if walk is None:
            return
        tab = self.currentWidget()
        if tab is self.graph:
            self.graph.show_walk(walk)
        elif tab is self.derivation:
            self.derivation.show_walk(walk)
        else:
            values = (walk.node(name).value for name in ("X", "Y", "W", "b"))
            self.gradcheck.set_batch(*values)

    def _on_graph_selection(self, selection: tuple[str, tuple[int, ...] | None]) -> None:
        name, entry = selection
        if entry is None or name not in ("W", "b"):
            return
        index = (entry[0], entry[1]) if name == "W" else (self._n_features, entry[0])
        self.derivation.select_parameter(index)
        self.sigParameter.emit(index)

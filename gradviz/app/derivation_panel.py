"""Derivation panel: the page of derivation_page.py in a browser, with a parameter to follow."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QSignalBlocker, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ..engine.derivation import Derivation, derive
from .backprop import StepWalk
from .derivation_format import page_style
from .derivation_page import NOW, TEXT, default_labels, derivation_html

__all__ = ["DerivationPanel"]

REVEAL_MARGIN = 40  # pixels kept above what the sub-step computes when the page scrolls to it


class DerivationPanel(QWidget):
    """The derivation of ∇C for the step a StepWalk shows, at its sub-step."""

    sigParameter = Signal(object)  # (row, column) of θ = [W; bᵀ], when the user picks a parameter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(page_style())
        self.browser.document().setDocumentMargin(10)
        top = QHBoxLayout()
        self.parameter_label = QLabel(TEXT["parameter"])
        top.addWidget(self.parameter_label)
        top.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.browser)
        self._indices: list[tuple[int, int]] = []
        self._walk: StepWalk | None = None
        self._derivation: Derivation | None = None
        self._shown_step: tuple[int, int] | None = None
        self.combo.currentIndexChanged.connect(self._on_parameter_change)

    @property
    def parameter(self) -> tuple[int, int] | None:
        i = self.combo.currentIndex()
        return self._indices[i] if 0 <= i < len(self._indices) else None

    def set_parameters(self, labels: list[str], indices: list[tuple[int, int]]) -> None:
        """The parameters to choose from, labelled as in the Gradient panel; the selection stays if it can."""
        if len(labels) != len(indices):
            raise ValueError(f"{len(labels)} labels for {len(indices)} parameters: give one label per index")
        kept = self.parameter
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItems(labels)
            self._indices = [(int(r), int(c)) for r, c in indices]
            self.combo.setCurrentIndex(self._indices.index(kept) if kept in self._indices else 0)
        self._render()

    def select_parameter(self, index: tuple[int, int]) -> None:
        """Select θ[index] from code (the Graph view's W[i, j]), without emitting sigParameter."""
        r, c = index
        if (r, c) not in self._indices:
            raise ValueError(
                f"no parameter {(r, c)} here: choose one of {self._indices} (see set_parameters)"
            )
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(self._indices.index((r, c)))
        self._render()

    def show_walk(self, walk: StepWalk) -> None:
        """Draw the derivation for the walk's batch and θ, at its sub-step."""
        if self._walk is None or walk.nodes is not self._walk.nodes or self._derivation is None:
            X, Y, W, b = (walk.node(name).value for name in ("X", "Y", "W", "b"))
            self._derivation = derive(X, Y, W, b)
        self._walk = walk
        if not self._labels_fit():
            self.set_parameters(*default_labels(self._derivation.n, self._derivation.p))  # none for this θ
        else:
            self._render()

    def _labels_fit(self) -> bool:
        """Whether the parameters to choose from are the entries of the shown θ."""
        if self._derivation is None:
            return False
        return sorted(self._indices) == list(np.ndindex(self._derivation.n + 1, self._derivation.p))

    def _on_parameter_change(self, _: int) -> None:
        self._render()
        if self.parameter is not None:
            self.sigParameter.emit(self.parameter)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.parameter_label.setText(TEXT["parameter"])
            self._render()

    def restyle(self) -> None:
        """Draw again in the theme's colours and at its zoom (after the presenter changed them)."""
        self.browser.document().setDefaultStyleSheet(page_style())
        self._render()

    def _render(self) -> None:
        index = self.parameter
        if self._walk is None or self._derivation is None or index is None:
            return
        if not self._labels_fit():  # a new run's labels, before its first walk
            self.browser.clear()
            return
        scroll = self.browser.verticalScrollBar()
        position = scroll.value()
        labels = {index: self.combo.itemText(i) for i, index in enumerate(self._indices)}
        self.browser.setHtml(derivation_html(self._walk, self._derivation, index, labels))
        scroll.setValue(position)
        step = (self._walk.iteration, self._walk.substep)
        if step != self._shown_step:
            self._shown_step = step
            self._reveal_now(position)

    def _reveal_now(self, position: int) -> None:
        """Scroll to what the new sub-step computes, unless it is in view already."""
        top = self.now_top()
        if (
            top is not None
            and not REVEAL_MARGIN <= top <= self.browser.viewport().height() - 2 * REVEAL_MARGIN
        ):
            self.browser.verticalScrollBar().setValue(position + top - REVEAL_MARGIN)

    def now_top(self) -> int | None:
        """Where the first highlighted line starts, in the browser's viewport (None: nothing is lit)."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if NOW in fragment.charFormat().anchorNames():
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    return self.browser.cursorRect(cursor).top()
                fragments += 1
            block = block.next()
        return None

"""The cards of the Graph view: a value (name, shape, tag, value, .grad), a Function and its Context.

Each card is made once per graph shape with room for whatever it may show; a new walk only
changes texts, images, pens and visibility.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from ..i18n import QT_TRANSLATE_NOOP, translate
from .graph_arrays import ArrayView
from .graph_paint import (
    CONTEXT_FILL,
    FAINT,
    FILL,
    FUNCTION_FILL,
    INK,
    LINE,
    MUTED,
    PAD,
    Box,
    Label,
    shape_text,
    text_width,
)

__all__ = ["Card", "ValueCard", "SavedSpec", "FunctionCard", "BEFORE_CAPTION"]

BEFORE_CAPTION = QT_TRANSLATE_NOOP("Graph", "before")
NEEDS_INPUT_GRAD = "needs_input_grad"  # ctx.needs_input_grad, as students write it
TAG_LINE = 14.0  # a card's tag on a line of its own


class Card(Box):
    """A card of the graph: reports a click on itself, and where its arrows attach."""

    def __init__(
        self, card_id: str, fill: str, on_click: Callable[[str, tuple[int, ...] | None], None]
    ) -> None:
        super().__init__(None, 1, 1, fill)
        self.card_id = card_id
        self.on_click = on_click
        self.setZValue(1)

    def _view_click(self) -> Callable[[tuple[int, ...] | None], None]:
        return lambda index: self.on_click(self.card_id, index)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        self.on_click(self.card_id, None)

    def out_port(self) -> QPointF:
        return self.mapToScene(QPointF(self.width, self.height / 2))

    def in_port(self, position: int, count: int) -> QPointF:
        return self.mapToScene(QPointF(0, self.height * (position + 1) / (count + 1)))


class ValueCard(Card):
    """A value: name, shape, a tag (data, parameter, whose output), its value; a parameter
    also its value after the update, its .grad and the update rule (`footer`); the loss
    the seed of backward."""

    def __init__(
        self,
        card_id: str,
        title: str,
        shape: tuple[int, ...],
        tag: str,
        on_click: Callable[[str, tuple[int, ...] | None], None],
        *,
        examples: bool = False,
        parameter: bool = False,
        loss: bool = False,
        can_pend: bool = True,
        captions: Sequence[str] = ("value", "after the update", ".grad", "after"),
        reserve: float = 0.0,
        footer_lines: int = 1,
    ) -> None:
        super().__init__(card_id, FILL, on_click)
        click = self._view_click()
        self.title = Label(self, "title", INK, title)
        self.title.setPos(PAD, PAD - 3)
        self.shape_label = Label(self, "small", MUTED, shape_text(shape))
        self.shape_label.setPos(PAD + self.title.boundingRect().width() + 6, PAD + 1)
        self.tag = Label(self, "small", MUTED, tag)
        header = (
            self.shape_label.x()
            + self.shape_label.boundingRect().width()
            + 14
            + text_width(tag, "small")
            - PAD
        )
        y = PAD + 22
        self.captions: dict[str, Label] = {}
        self.after: ArrayView | None = None
        self.arrow: Label | None = None
        self.grad: ArrayView | None = None
        self.footer: Label | None = None
        self.seed: Label | None = None
        self.value = ArrayView(self, shape, examples, click, can_pend=can_pend)
        inner = self.value.width
        if parameter:
            inner, y = self._parameter_rows(shape, captions, click, y)
            self.footer = Label(self, "small", MUTED)
            self.footer.setPos(PAD, y)
            y += footer_lines * 13 + 2
        else:
            self.value.setPos(PAD, y)
            y += self.value.height + 7
        if loss:
            self.seed = Label(self, "body", INK)
            self.seed.setPos(PAD, y)
            y += LINE + 2
        name_width = self.shape_label.x() + self.shape_label.boundingRect().width() - PAD
        content = max(inner, reserve)
        if header > content + PAD and max(name_width, text_width(tag, "small")) < header:
            # a tag wider than the card's content goes on a line of its own, under the name
            for child in self.childItems():
                if child not in (self.title, self.shape_label, self.tag):
                    child.moveBy(0, TAG_LINE)
            y += TAG_LINE
            header = max(name_width, text_width(tag, "small"))
            self.tag.setPos(PAD, PAD + 19)
        width = max(header, content) + 2 * PAD
        if self.tag.y() == 0:  # on the name's line, at the right
            self.tag.setPos(width - PAD - text_width(tag, "small"), PAD + 1)
        self.resize(width, y + PAD - 5)

    def _parameter_rows(
        self,
        shape: tuple[int, ...],
        captions: Sequence[str],
        click: Callable[[tuple[int, ...] | None], None],
        y: float,
    ) -> tuple[float, float]:
        """value → after, then .grad: each caption before its numbers when they take one
        line, above them otherwise. Returns the width used and the y below."""
        self.grad = ArrayView(self, shape, False, click)
        self.after = ArrayView(self, shape, False, click, can_pend=False)
        inline = self.value.height <= LINE + 4 and self.grad.height <= LINE + 4
        self.captions = {
            name: Label(self, "small", MUTED, text)
            for name, text in zip(("value", "after", "grad"), captions[:3])
        }
        left = PAD + (
            max(
                self.captions["value"].boundingRect().width(),
                text_width(translate("Graph", BEFORE_CAPTION), "small"),
                self.captions["grad"].boundingRect().width(),
            )
            + 8
            if inline
            else 0
        )
        if not inline:
            self.captions["value"].setPos(PAD, y)
            y += LINE
        else:
            self.captions["value"].setPos(PAD, y + 1)
        self.value.setPos(left, y)
        self.arrow = Label(self, "bold", INK, "→")
        self.arrow.setPos(left + self.value.width + 7, y + (min(self.value.height, 2 * LINE) - LINE) / 2)
        after_x = left + self.value.width + 26
        if inline:  # before 6.066 → after 7.697
            self.captions["after"].setText(captions[3])
            self.captions["after"].setPos(after_x, y + 1)
            after_x += self.captions["after"].boundingRect().width() + 8
        else:  # "after the update" above its numbers
            self.captions["after"].setPos(after_x, y - LINE)
        self.after.setPos(after_x, y)
        after_width = (
            self.after.width
            if inline
            else max(self.after.width, self.captions["after"].boundingRect().width())
        )
        inner = self.after.x() - PAD + after_width
        y += self.value.height + 7
        self.captions["grad"].setPos(PAD, y + 1 if inline else y)
        if not inline:
            y += LINE
        self.grad.setPos(left, y)
        y += self.grad.height + 6
        return max(inner, left - PAD + self.grad.width), y


class SavedSpec:
    """One array a Context saved: its label and shape, and `leaf_text` when it is a leaf itself."""

    def __init__(self, label: str, shape: tuple[int, ...], leaf_text: str | None, examples: bool) -> None:
        self.label, self.shape, self.leaf_text, self.examples = label, shape, leaf_text, examples


class FunctionCard(Card):
    """A Function: name, formula, needs_input_grad per input, and a Context sub-card with
    what forward saved."""

    def __init__(
        self,
        card_id: str,
        title: str,
        formula: str,
        inputs: Sequence[tuple[str, bool]],
        saved: Sequence[SavedSpec],
        on_click: Callable[[str, tuple[int, ...] | None], None],
        context_title: str,
        empty_text: str,
    ) -> None:
        super().__init__(card_id, FUNCTION_FILL, on_click)
        self.title = Label(self, "title", INK, title)
        self.title.setPos(PAD, PAD - 3)
        y = PAD + 20
        self.formula = Label(self, "body", INK, formula)
        self.formula.setPos(PAD, y)
        y += LINE + 3
        needs = Label(self, "small", MUTED, NEEDS_INPUT_GRAD)
        needs.setPos(PAD, y + 1)
        x = PAD + needs.boundingRect().width() + 8
        self.needs: list[Label] = []
        for input_name, needed in inputs:
            label = Label(
                self,
                "bold" if needed else "body",
                INK if needed else FAINT,
                f"{input_name} {'✓' if needed else '✗'}",
            )
            label.setPos(x, y)
            x += label.boundingRect().width() + 8
            self.needs.append(label)
        widest = max(self.formula.boundingRect().width(), x - PAD, self.title.boundingRect().width())
        y += LINE + 6
        self.context = Box(self, 1, 1, CONTEXT_FILL, radius=6)
        self.context.setPos(PAD, y)
        heading = Label(self.context, "small", MUTED, context_title)
        heading.setPos(6, 4)
        top = 6 + LINE
        self.empty = Label(self.context, "note", MUTED, empty_text)
        self.empty.setPos(6, top)
        inner = max(heading.boundingRect().width(), self.empty.boundingRect().width())
        self.saved_labels: list[list[Label]] = []
        self.saved_views: list[ArrayView | None] = []
        click = self._view_click()
        cy = top
        for spec in saved:
            name = Label(self.context, "bold", INK, spec.label)
            name.setPos(6, cy)
            shape = Label(self.context, "small", MUTED, shape_text(spec.shape))
            shape.setPos(6 + name.boundingRect().width() + 6, cy + 1)
            labels: list[Label] = [name, shape]
            line_end = shape.x() + shape.boundingRect().width()
            view = None
            if spec.leaf_text is not None:
                leaf = Label(self.context, "body", INK, spec.leaf_text)
                leaf.setPos(line_end + 8, cy)
                labels.append(leaf)
                line_end = leaf.x() + leaf.boundingRect().width()
                cy += LINE + 3
            else:
                cy += LINE + 1
                view = ArrayView(self.context, spec.shape, spec.examples, click)
                view.setPos(6, cy)
                cy += view.height + 4
                line_end = max(line_end, 6 + view.width)
            inner = max(inner, line_end - 6)
            self.saved_labels.append(labels)
            self.saved_views.append(view)
        self.context.resize(inner + 14, max(cy, top + LINE) + 4, 6)
        y += self.context.height + PAD
        self.resize(max(widest, self.context.width) + 2 * PAD, y)

    def set_saved(self, known: bool) -> None:
        self.context.set_look("normal" if known else "pending")
        self.empty.setVisible(not known)
        for labels, view in zip(self.saved_labels, self.saved_views):
            for label in labels:
                label.setVisible(known)
            if view is not None:
                view.setVisible(known)

"""The scene of the Graph view: its cards, tags and arrows, made and placed once per graph shape.

Laid out with graph_layout; what a new walk or sub-step changes (texts, values and
highlights) is graph_fill's job.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from ..engine import MSE, Linear
from . import theme
from .backprop import StepWalk
from .graph_arrays import ArrayView
from .graph_cards import Card, FunctionCard, SavedSpec, ValueCard
from .graph_edges import Arrow, GradTag, Legend
from .graph_layout import Card as LaidOutCard
from .graph_layout import Edge, GraphLayout, graph_shape, layout_graph
from .graph_paint import text_width
from .graph_text import (
    A_COPY,
    CAPTIONS,
    CONTEXT_EMPTY,
    CONTEXT_TITLE,
    DATA_TAG,
    FORMULAS,
    GRADIENTS,
    LEAF_ITSELF,
    LEGEND,
    OUTPUT_TAG,
    PARAMETER_TAG,
    SAVED_NAMES,
    SEED_PENDING,
    UNNEEDED,
    shown,
    update_rule,
)

__all__ = ["GraphScene", "batch_rows"]

MARGIN, GAP_Y, MIN_GAP, TAG_MARGIN, TAG_GAP = 10.0, 10.0, 34.0, 14.0, 8.0


class GraphScene(QGraphicsScene):
    """The items of a StepWalk's graph. `on_click(card, entry or None)`: the user clicked a
    card or one of its numbers."""

    def __init__(self, parent: QObject, on_click: Callable[[str, tuple[int, ...] | None], None]) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor(theme.look().palette.background))
        self.on_click = on_click
        self.cards: dict[str, Card] = {}
        self.tags: dict[tuple[str, str], GradTag] = {}
        self.arrows: dict[tuple[str, str], Arrow] = {}
        # (card, "value"/"after"/"grad"/"edge"/"savedK") → the view of that array
        self.array_views: dict[tuple[str, str], ArrayView] = {}
        self.graph_layout: GraphLayout | None = None
        self.example_cards: set[str] = set()  # cards whose arrays have a row per example
        self._key: object = None
        self._q = 0
        self._parameters: set[str] = set()

    def build_if_new_shape(self, walk: StepWalk) -> bool:
        """Make and place the items anew if `walk`'s graph has another shape than the last one's.
        Returns whether it did."""
        key = _shape_key(walk)
        if key == self._key:
            return False
        self._build(walk)
        self._key = key
        return True

    def forget_shape(self) -> None:
        """Make the items anew at the next walk (their texts changed language, or the theme)."""
        self._key = None

    def _build(self, walk: StepWalk) -> None:
        self.clear()
        self.setBackgroundBrush(QColor(theme.look().palette.background))  # items take the theme's too
        self.cards, self.tags, self.arrows, self.array_views = {}, {}, {}, {}
        layout = layout_graph(walk.nodes)
        self.graph_layout = layout
        self.example_cards = set()
        self._q = batch_rows(walk)
        self._parameters = {
            c.id for c in layout.cards if c.kind == "leaf" and walk.nodes[c.node].requires_grad
        }
        for card in layout.cards:
            if card.kind == "function":
                self.cards[card.id] = self._function_card(card, walk)
            else:
                self.cards[card.id] = self._value_card(card, walk)
        for edge in layout.edges:
            if edge.input is not None:
                self._grad_tag(edge, walk)
        self._place(layout)
        for item in (*self.cards.values(), *self.tags.values()):
            self.addItem(item)
        legend = Legend([(look, shown(text)) for look, text in LEGEND])
        graph = self.itemsBoundingRect()
        legend.setPos(graph.left(), graph.bottom() + 10)
        self.addItem(legend)
        bounds = self.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        self.setSceneRect(bounds)

    def _has_examples(self, card_id: str, shape: tuple[int, ...]) -> bool:
        """Whether an array of card `card_id` has one row per example (so a row i to show)."""
        rows = len(shape) == 2 and shape[0] == self._q and card_id not in self._parameters
        if rows:
            self.example_cards.add(card_id)
        return rows

    def _value_card(self, card: LaidOutCard, walk: StepWalk) -> ValueCard:
        assert self.graph_layout is not None
        node = walk.nodes[card.node]
        shape = np.shape(node.value)
        parameter = card.id in self._parameters
        loss = card.node == len(walk.nodes) - 1
        if card.kind == "leaf":
            tag = shown(PARAMETER_TAG if parameter else DATA_TAG)
        else:
            inputs = ", ".join(self.graph_layout.value_card(i).label for i in node.inputs)
            tag = OUTPUT_TAG.format(function=node.name, inputs=inputs)
        rule = update_rule(card.label, walk)
        if parameter:
            reserve = text_width(rule, "small")
        else:
            reserve = text_width(shown(SEED_PENDING), "body") if loss else 0.0
        item = ValueCard(
            card.id,
            card.label,
            shape,
            tag,
            self.on_click,
            examples=self._has_examples(card.id, shape),
            parameter=parameter,
            loss=loss,
            can_pend=card.kind == "output",
            captions=[shown(caption) for caption in CAPTIONS],
            reserve=reserve,
            footer_lines=rule.count("\n") + 1,
        )
        for role in ("value", "after", "grad"):
            view = getattr(item, role)
            if view is not None:
                self.array_views[(card.id, role)] = view
        return item

    def _function_card(self, card: LaidOutCard, walk: StepWalk) -> FunctionCard:
        layout = self.graph_layout
        assert layout is not None
        node = walk.nodes[card.node]
        leaves = {id(n.value): layout.value_card(i).label for i, n in enumerate(walk.nodes) if n.is_leaf}
        # gradviz's own Linear and MSE (mistakes inherit their forward) save known arrays; a
        # user's Function saves what it likes: name an array only when it equals a node's value.
        own = isinstance(node.function, type) and issubclass(node.function, (Linear, MSE))
        names = SAVED_NAMES.get(node.name, ()) if own else ()
        specs = []
        for k, saved in enumerate(node.saved):
            shape = np.shape(saved)
            leaf = leaves.get(id(saved))
            if leaf is not None:
                specs.append(SavedSpec(leaf, shape, shown(LEAF_ITSELF).format(name=leaf), False))
            else:
                label = names[k] if k < len(names) else self._equal_node(walk, saved) or f"saved[{k}]"
                specs.append(SavedSpec(label, shape, None, self._has_examples(card.id, shape)))
        inputs = [(layout.value_card(i).label, need) for i, need in zip(node.inputs, node.needs_input_grad)]
        formula = FORMULAS.get(node.name, "")
        item = FunctionCard(
            card.id,
            node.name,
            formula,
            inputs,
            specs,
            self.on_click,
            shown(CONTEXT_TITLE),
            shown(CONTEXT_EMPTY),
        )
        for k, view in enumerate(item.saved_views):
            if view is not None:
                self.array_views[(card.id, f"saved{k}")] = view
        return item

    def _equal_node(self, walk: StepWalk, saved: Any) -> str | None:
        """The label of a node whose value equals `saved` (a copy a user's Context kept), if any."""
        assert self.graph_layout is not None
        for i, node in enumerate(walk.nodes):
            if np.shape(node.value) == np.shape(saved) and np.array_equal(node.value, saved):
                try:
                    return shown(A_COPY).format(name=self.graph_layout.value_card(i).label)
                except StopIteration:
                    return None
        return None

    def _grad_tag(self, edge: Edge, walk: StepWalk) -> None:
        """The tag on an edge into a Function whose gradients gradviz can name (Linear, MSE)."""
        assert self.graph_layout is not None and edge.input is not None
        function = walk.nodes[self.graph_layout.card(edge.target).node]
        formula = GRADIENTS.get((function.name, edge.input))
        if formula is None:
            return
        needs = function.needs_input_grad
        needed = edge.input < len(needs) and needs[edge.input]
        shape = np.shape(walk.nodes[self.graph_layout.card(edge.source).node].value) if needed else None
        source = edge.source
        tag = GradTag(
            formula[0] if needed else shown(UNNEEDED).format(title=formula[0]),
            shown(formula[1]),
            shape,
            shape is not None and self._has_examples(source, shape),
            lambda index: self.on_click(source, index),
        )
        self.tags[(edge.source, edge.target)] = tag
        if tag.view is not None:
            self.array_views[(source, "edge")] = tag.view

    def _place(self, layout: GraphLayout) -> None:
        """Columns left to right, each as wide as its widest card, with room in each gap for
        the tags of the edges that leave it; cards stacked and centred on one line."""
        columns = [layout.column(k) for k in range(layout.columns)]
        widths = [max(self.cards[c.id].width for c in column) for column in columns]
        column_of = {c.id: c.column for c in layout.cards}
        gaps = [MIN_GAP] * layout.columns
        for (source, _), tag in self.tags.items():
            gaps[column_of[source]] = max(gaps[column_of[source]], tag.width + 2 * TAG_MARGIN)
        lefts = [MARGIN + sum(widths[:k]) + sum(gaps[:k]) for k in range(layout.columns)]
        for k, column in enumerate(columns):
            y = -(sum(self.cards[c.id].height for c in column) + GAP_Y * (len(column) - 1)) / 2
            for c in column:
                item = self.cards[c.id]
                item.setPos(lefts[k] + (widths[k] - item.width) / 2, y)
                y += item.height + GAP_Y
        for k in range(layout.columns):  # each tag beside its edge, none overlapping
            in_gap = [
                (self.cards[s].out_port().y(), t) for (s, _), t in self.tags.items() if column_of[s] == k
            ]
            bottom = -np.inf
            for centre, tag in sorted(in_gap, key=lambda pair: pair[0]):
                top = max(centre - tag.height / 2, bottom + TAG_GAP)
                tag.setPos(lefts[k] + widths[k] + (gaps[k] - tag.width) / 2, top)
                bottom = top + tag.height
        for edge in layout.edges:
            self._draw_arrow(edge, sum(1 for e in layout.edges if e.target == edge.target))

    def _draw_arrow(self, edge: Edge, inputs: int) -> None:
        """From the source's right side to the target's left (to input port `edge.input`),
        through the edge's tag if it has one."""
        points = [self.cards[edge.source].out_port()]
        tag = self.tags.get((edge.source, edge.target))
        if tag is not None:  # the tag hides the straight part
            middle = tag.pos().y() + tag.height / 2
            points += [QPointF(tag.pos().x(), middle), QPointF(tag.pos().x() + tag.width, middle)]
        target = self.cards[edge.target]
        points.append(target.in_port(0, 1) if edge.input is None else target.in_port(edge.input, inputs))
        arrow = Arrow(points)
        self.arrows.setdefault((edge.source, edge.target), arrow)  # f(x, x): two arrows, one key
        self.addItem(arrow)


def _shape_key(walk: StepWalk) -> tuple[object, ...]:
    """What the scene depends on: the wiring, every array's shape, which saved arrays are
    leaves, the batch size and whether the update rule takes one line or two."""
    leaves = {id(node.value) for node in walk.nodes if node.is_leaf}
    arrays = tuple(
        (np.shape(node.value), tuple((np.shape(s), id(s) in leaves) for s in node.saved))
        for node in walk.nodes
    )
    return graph_shape(walk.nodes), arrays, batch_rows(walk), walk.optimizer == "gd"


def batch_rows(walk: StepWalk) -> int:
    """q, the rows of X (0 for a graph without an X)."""
    return walk.q if any(node.name == "X" for node in walk.nodes) else 0

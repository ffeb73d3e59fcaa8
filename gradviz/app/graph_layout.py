"""Where the Graph view puts each card: a layered layout of a traced graph, in plain Python.

Each leaf is a value card; each Function node is a Function card followed by a value
card for its output. A card's column is its longest path to the loss, counted in
cards, so that C = MSE(Linear(X, W, b), Y) reads X, W, b │ Linear │ Ŷ, Y │ MSE │ C.
Within a column, cards follow the cards they feed (the mean row of those), ties kept
in trace order. Positions are abstract: x is the column, y the row centred on 0; the
view turns them into pixels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..engine import Node

__all__ = ["Card", "Edge", "GraphLayout", "layout_graph", "graph_shape", "output_label"]

CardKind = Literal["leaf", "function", "output"]

# The output card of these Functions has a name of its own; any other is "<Function> output".
OUTPUT_LABELS = {"Linear": "Ŷ", "MSE": "C"}


def output_label(function_name: str) -> str:
    return OUTPUT_LABELS.get(function_name, f"{function_name} output")


@dataclass(frozen=True)
class Card:
    """One card. `node` is the trace index of the node it shows (an output card shows
    its Function node's value). `label` is what the card is called on screen."""

    id: str
    kind: CardKind
    node: int
    label: str
    column: int
    row: int
    x: float
    y: float

    @property
    def is_value(self) -> bool:
        return self.kind != "function"


@dataclass(frozen=True)
class Edge:
    """An arrow from card `source` to card `target` (ids). Into a Function card, `input`
    is the position of the source among the Function's inputs; out of one, None."""

    source: str
    target: str
    input: int | None


@dataclass(frozen=True)
class GraphLayout:
    cards: tuple[Card, ...]
    edges: tuple[Edge, ...]
    columns: int
    shape: tuple[object, ...]  # graph_shape of the nodes laid out: equal shapes, equal layouts

    def card(self, card_id: str) -> Card:
        return next(card for card in self.cards if card.id == card_id)

    def column(self, index: int) -> list[Card]:
        """The cards of column `index`, top to bottom."""
        return sorted((card for card in self.cards if card.column == index), key=lambda card: card.row)

    def value_card(self, node: int) -> Card:
        """The card that shows node `node`'s value (a leaf's card, a Function's output card)."""
        return next(card for card in self.cards if card.node == node and card.is_value)


def graph_shape(nodes: Sequence[Node]) -> tuple[object, ...]:
    """What the layout depends on: names, wiring and Functions (not values)."""
    return tuple((node.name, node.inputs, node.function) for node in nodes)


def layout_graph(nodes: Sequence[Node]) -> GraphLayout:
    """The layered layout of a trace (parents first, the loss last)."""
    if not nodes:
        raise ValueError("the graph has no nodes: trace the output of a Function")
    ids = _Ids()
    kinds: list[CardKind] = []
    node_of: list[int] = []
    labels: list[str] = []
    value_card: dict[int, int] = {}  # node → index of the card showing its value
    links: list[tuple[int, int, int | None]] = []  # (source card, target card, input)

    def add(kind: CardKind, node: int, label: str) -> int:
        label = label or f"node {node}"  # an unnamed leaf
        kinds.append(kind)
        node_of.append(node)
        labels.append(label)
        ids.add(label)
        return len(kinds) - 1

    for index, node in enumerate(nodes):
        if node.is_leaf:
            value_card[index] = add("leaf", index, node.name)
            continue
        function = add("function", index, node.name)
        for position, parent in enumerate(node.inputs):
            links.append((value_card[parent], function, position))
        value_card[index] = add("output", index, output_label(node.name))
        links.append((function, value_card[index], None))

    feeds: list[list[int]] = [[] for _ in kinds]
    for source, target, _ in links:
        feeds[source].append(target)
    depth = [0] * len(kinds)  # longest path to the loss, in cards; cards come parents first
    for card in reversed(range(len(kinds))):
        depth[card] = max((depth[t] + 1 for t in feeds[card]), default=0)
    deepest = max(depth)
    column = [deepest - d for d in depth]

    y = [0.0] * len(kinds)
    row = [0] * len(kinds)
    for col in reversed(range(deepest + 1)):
        members = [card for card in range(len(kinds)) if column[card] == col]

        def barycentre(card: int) -> float:
            fed = feeds[card]
            return sum(y[t] for t in fed) / len(fed) if fed else 0.0

        members.sort(key=barycentre)  # stable: ties stay in trace order
        for r, card in enumerate(members):
            row[card] = r
            y[card] = r - (len(members) - 1) / 2

    cards = tuple(
        Card(ids.names[i], kinds[i], node_of[i], labels[i], column[i], row[i], float(column[i]), y[i])
        for i in range(len(kinds))
    )
    edges = tuple(Edge(ids.names[s], ids.names[t], position) for s, t, position in links)
    return GraphLayout(cards, edges, deepest + 1, graph_shape(nodes))


class _Ids:
    """Card ids: the card's label, or "<label> #2", "#3"… for a label already taken."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def add(self, label: str) -> None:
        name, count = label, 1
        while name in self.names:
            count += 1
            name = f"{label} #{count}"
        self.names.append(name)

"""What a walk changes in the Graph view's scene: the numbers shown, what is not yet computed, what is lit."""

from __future__ import annotations

from .backprop import StepWalk
from .graph_cards import BEFORE_CAPTION, FunctionCard, ValueCard
from .graph_paint import FAINT, INK, MUTED, format_number
from .graph_scene import GraphScene
from .graph_text import CAPTIONS, SEED, SEED_PENDING, shown, update_rule

__all__ = ["fill_in", "light_up"]

# What each sub-step lights up: cards, and edges (source, target).
HIGHLIGHTS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]] = {
    "start": ((), ()),
    "linear_forward": (("Linear", "Ŷ"), (("Linear", "Ŷ"),)),
    "mse_forward": (("MSE", "C"), (("MSE", "C"),)),
    "seed": (("C",), ()),
    "mse_backward": ((), (("Ŷ", "MSE"),)),
    "linear_backward": ((), (("W", "Linear"), ("b", "Linear"))),
    "accumulate": (("W", "b"), ()),
    "update": (("W", "b"), ()),
}
# When a Function's backward has run, so that the edges into it carry their gradient.
BACKWARD_DONE = {"MSE": lambda walk: walk.grad_known("Linear"), "Linear": StepWalk.input_grads_known}


def fill_in(scene: GraphScene, walk: StepWalk) -> None:
    assert scene.graph_layout is not None
    nodes = walk.nodes
    update = walk.step.key == "update" and walk.after is not None
    for card in scene.graph_layout.cards:
        node, item = nodes[card.node], scene.cards[card.id]
        if isinstance(item, FunctionCard):
            known = walk.saved_known(node.name)
            item.set_saved(known)
            for view, saved in zip(item.saved_views, node.saved):
                if view is not None and known:
                    view.show_array(saved)
            continue
        assert isinstance(item, ValueCard)
        if walk.value_known(node.name):
            item.value.show_array(node.value)
        else:
            item.value.show_pending()
        if item.grad is not None:
            if walk.grad_known(node.name) and node.grad is not None:
                item.grad.show_array(node.grad)
            else:
                item.grad.show_pending()
        if item.after is not None and item.arrow is not None:
            after = getattr(walk.after, card.label, None) if update else None
            for part in (item.after, item.arrow, item.captions["after"]):
                part.setVisible(after is not None)
            if after is not None:
                item.after.show_array(after)
            item.captions["value"].set(shown(BEFORE_CAPTION if after is not None else CAPTIONS[0]))
        if item.footer is not None:
            item.footer.set(update_rule(card.label, walk), INK if update else FAINT)
        if item.seed is not None:
            seeded = walk.grad_known(node.name) and node.grad is not None
            item.seed.set(
                shown(SEED).format(value=format_number(node.grad)) if seeded else shown(SEED_PENDING),
                INK if seeded else MUTED,
            )
    for (source, target), tag in scene.tags.items():
        function = nodes[scene.graph_layout.card(target).node]
        done = BACKWARD_DONE.get(function.name, lambda _walk: False)(walk)
        if tag.view is None:
            tag.setVisible(done)
            continue
        gradient = nodes[scene.graph_layout.card(source).node].grad
        shared = sum(1 for e in scene.graph_layout.edges if e.source == source) > 1
        if done and gradient is not None and not shared:  # a shared input's .grad is a sum of edges
            tag.view.show_array(gradient)
        else:
            tag.view.show_pending()


def light_up(scene: GraphScene, walk: StepWalk) -> None:
    assert scene.graph_layout is not None
    cards, edges = HIGHLIGHTS.get(walk.step.key, ((), ()))
    for card in scene.graph_layout.cards:
        item = scene.cards[card.id]
        pending = card.kind != "function" and not walk.value_known(walk.nodes[card.node].name)
        item.set_look("pending" if pending else "normal", card.id in cards)
    for key, arrow in scene.arrows.items():
        arrow.set_highlight(key in edges)
    for key, tag in scene.tags.items():
        if tag.view is None:
            tag.set_state("unneeded", False)
        else:
            tag.set_state("pending" if tag.view.pending else "known", key in edges)

"""The Derivation's page: the exercise in its corrected form (Q1–Q5) as rich text, with live numbers.

It follows a StepWalk: a number appears once the sub-step that computes it has run, and what
the current sub-step computes is highlighted. Results are the engine's own (the walk's graph);
the terms of the sums and the slips come from gradviz.engine.derivation.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..engine.derivation import Derivation
from .backprop import StepWalk
from .derivation_format import HIGHLIGHT, NOW, PAGE_STYLE, number
from .derivation_mistakes import mistakes
from .derivation_sections import SECTIONS, Page
from .derivation_text import TEXT

__all__ = ["derivation_html", "default_labels", "number", "PAGE_STYLE", "NOW", "TEXT", "HIGHLIGHT"]


def derivation_html(
    walk: StepWalk, derivation: Derivation, index: tuple[int, int], labels: Mapping[tuple[int, int], str]
) -> str:
    """The page for the parameter θ[index] (θ = [W; bᵀ]); `labels` names every entry of θ."""
    page = Page(walk, derivation, index, labels)
    return "".join(part(page) for part in (*SECTIONS, mistakes))


def default_labels(n: int, p: int) -> tuple[list[str], list[tuple[int, int]]]:
    """Labels for θ when none were given: w[1]…w[n], b (per output column when p > 1)."""
    labels, indices = [], []
    for c in range(p):
        suffix = "" if p == 1 else f"→{c + 1}"
        labels += [f"w[{r + 1}]{suffix}" for r in range(n)] + [f"b{suffix}"]
        indices += [(r, c) for r in range(n + 1)]
    return labels, indices

"""The units θ and ∇C are shown in, named alike in every view.

A run on standardized features learns θ' for x' = (x − μ)/σ; its original-unit values are
those of the same model on the raw features (see Standardizer.to_original_units and
gradient_to_original_units).
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["units_name", "STANDARDIZED", "ORIGINAL"]

STANDARDIZED = QT_TRANSLATE_NOOP("Units", "standardized features")
ORIGINAL = QT_TRANSLATE_NOOP("Units", "original units")


def units_name(standardized: bool) -> str:
    """"standardized features" or "original units", in the chosen language."""
    return translate("Units", STANDARDIZED if standardized else ORIGINAL)

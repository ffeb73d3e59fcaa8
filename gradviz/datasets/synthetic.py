"""Seeded synthetic datasets, each showing one behaviour of gradient descent."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .dataset import Dataset

__all__ = ["Param", "line", "ill_conditioned", "outliers", "curve"]


@dataclass(frozen=True)
class Param:
    """A generator parameter and the range a slider may offer."""

    name: str
    default: float
    low: float
    high: float
    integer: bool = False
    log: bool = False


def line(
    n: int = 100, slope: float = 2.0, intercept: float = 1.0, noise: float = 1.0, seed: int = 0
) -> Dataset:
    """y = slope·x + intercept + noise, x uniform on [0, 10]."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 10, size=(int(n), 1))
    y = slope * x + intercept + noise * rng.standard_normal((int(n), 1))
    return Dataset(
        "line",
        x,
        y,
        ("x",),
        ("y",),
        description=f"A noisy line: y = {slope:g}·x + {intercept:g} + N(0, {noise:g}²).",
        source="synthetic",
    )


def ill_conditioned(n: int = 200, correlation: float = 0.98, noise: float = 0.5, seed: int = 0) -> Dataset:
    """Two strongly correlated features: the loss is a long narrow valley (zig-zag)."""
    rng = np.random.default_rng(seed)
    x1 = rng.standard_normal(int(n))
    x2 = correlation * x1 + np.sqrt(1 - correlation**2) * rng.standard_normal(int(n))
    y = 1.0 * x1 + 2.0 * x2 + noise * rng.standard_normal(int(n))
    return Dataset(
        "ill-conditioned",
        np.column_stack([x1, x2]),
        y,
        ("x1", "x2"),
        ("y",),
        description=(
            f"Two features with correlation {correlation:g}: y = x1 + 2·x2 + noise. "
            "Standardizing cannot remove the correlation, so gradient descent zig-zags "
            "down a narrow valley: show w[x1] against w[x2] on the landscape."
        ),
        source="synthetic",
    )


def outliers(
    n: int = 100, fraction: float = 0.1, size: float = 20.0, noise: float = 1.0, seed: int = 0
) -> Dataset:
    """A line where a fraction of the points is pushed far up: squared error chases them."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 10, size=(int(n), 1))
    y = 2.0 * x + 1.0 + noise * rng.standard_normal((int(n), 1))
    hit = rng.random(int(n)) < fraction
    y[hit, 0] += size * (1 + rng.random(hit.sum()))
    return Dataset(
        "outliers",
        x,
        y,
        ("x",),
        ("y",),
        description=(
            f"A line with outliers: y = 2·x + 1 + noise, with {hit.sum()} of {int(n)} points "
            f"pushed up by {size:g} to {2 * size:g}. The least-squares line tilts toward them."
        ),
        source="synthetic",
    )


def curve(n: int = 100, bend: float = 1.0, noise: float = 0.5, seed: int = 0) -> Dataset:
    """y = bend·x² + noise: no straight line fits, and the residuals show it."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(-3, 3, size=(int(n), 1))
    y = bend * x**2 + noise * rng.standard_normal((int(n), 1))
    return Dataset(
        "curve",
        x,
        y,
        ("x",),
        ("y",),
        description=(
            f"A parabola, y = {bend:g}·x² + noise. A line cannot fit it: the best one is "
            "nearly flat and the residuals curve."
        ),
        source="synthetic",
    )


PARAMS: dict[str, tuple[Param, ...]] = {
    "line": (
        Param("n", 100, 2, 1_000_000, integer=True, log=True),
        Param("slope", 2.0, -10, 10),
        Param("intercept", 1.0, -10, 10),
        Param("noise", 1.0, 0, 10),
        Param("seed", 0, 0, 1000, integer=True),
    ),
    "ill-conditioned": (
        Param("n", 200, 3, 1_000_000, integer=True, log=True),
        Param("correlation", 0.98, 0, 0.999),
        Param("noise", 0.5, 0, 5),
        Param("seed", 0, 0, 1000, integer=True),
    ),
    "outliers": (
        Param("n", 100, 2, 1_000_000, integer=True, log=True),
        Param("fraction", 0.1, 0, 0.5),
        Param("size", 20.0, 0, 100),
        Param("noise", 1.0, 0, 10),
        Param("seed", 0, 0, 1000, integer=True),
    ),
    "curve": (
        Param("n", 100, 2, 1_000_000, integer=True, log=True),
        Param("bend", 1.0, -5, 5),
        Param("noise", 0.5, 0, 5),
        Param("seed", 0, 0, 1000, integer=True),
    ),
}

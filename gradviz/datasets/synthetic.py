"""Seeded synthetic datasets, each showing one behaviour of gradient descent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..i18n import QT_TRANSLATE_NOOP, number, translate
from .dataset import Dataset

__all__ = ["GENERATORS", "Generator", "Param", "line", "ill_conditioned", "outliers", "curve"]


@dataclass(frozen=True)
class Param:
    """A generator parameter and the range a slider may offer."""

    name: str
    default: float
    low: float
    high: float
    integer: bool = False
    log: bool = False


@dataclass(frozen=True)
class Generator:
    """A seeded generator: what it makes, and its parameters, whose defaults `load` uses."""

    make: Callable[..., Dataset]
    features: tuple[str, ...]
    target: str
    summary: str  # marked for the catalogue; list_datasets translates it
    params: tuple[Param, ...]

    @property
    def default_rows(self) -> int:
        return int(next(p.default for p in self.params if p.name == "n"))


# The columns each generator makes: Dataset checks that the arrays match them.
_X, _X1_X2, _Y = ("x",), ("x1", "x2"), ("y",)


def line(*, n: int, slope: float, intercept: float, noise: float, seed: int) -> Dataset:
    """y = slope·x + intercept + noise, x uniform on [0, 10]."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 10, size=(int(n), 1))
    y = slope * x + intercept + noise * rng.standard_normal((int(n), 1))
    return Dataset(
        "line",
        x,
        y,
        _X,
        _Y,
        description=translate(
            "Datasets",
            "A noisy line: y = {slope}·x + {intercept} + N(0, {noise}²). With x standardized, "
            "the landscape of w and b is round, and gradient descent walks straight to the optimum.",
        ).format(slope=number(slope, "g"), intercept=number(intercept, "g"), noise=number(noise, "g")),
        source="synthetic",
    )


def ill_conditioned(*, n: int, correlation: float, noise: float, seed: int) -> Dataset:
    """Two strongly correlated features: the loss is a long narrow valley (zig-zag)."""
    rng = np.random.default_rng(seed)
    x1 = rng.standard_normal(int(n))
    x2 = correlation * x1 + np.sqrt(1 - correlation**2) * rng.standard_normal(int(n))
    y = 1.0 * x1 + 2.0 * x2 + noise * rng.standard_normal(int(n))
    return Dataset(
        "ill-conditioned",
        np.column_stack([x1, x2]),
        y,
        _X1_X2,
        _Y,
        description=translate(
            "Datasets",
            "Two features with correlation {correlation}: y = x1 + 2·x2 + noise. "
            "Standardizing cannot remove the correlation, so gradient descent zig-zags "
            "down a narrow valley, which the landscape shows as w[x1] against w[x2].",
        ).format(correlation=number(correlation, "g")),
        source="synthetic",
    )


def outliers(*, n: int, fraction: float, size: float, noise: float, seed: int) -> Dataset:
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
        _X,
        _Y,
        description=translate(
            "Datasets",
            "A line with outliers: y = 2·x + 1 + noise, with {hit} of {n} points "
            "pushed up by {low} to {high}. The least-squares line tilts toward them.",
        ).format(hit=int(hit.sum()), n=int(n), low=number(size, "g"), high=number(2 * size, "g")),
        source="synthetic",
    )


def curve(*, n: int, bend: float, noise: float, seed: int) -> Dataset:
    """y = bend·x² + noise: no straight line fits, and the residuals show it."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(-3, 3, size=(int(n), 1))
    y = bend * x**2 + noise * rng.standard_normal((int(n), 1))
    return Dataset(
        "curve",
        x,
        y,
        _X,
        _Y,
        description=translate(
            "Datasets",
            "A parabola, y = {bend}·x² + noise. A line cannot fit it: the best one is "
            "nearly flat and the residuals curve.",
        ).format(bend=number(bend, "g")),
        source="synthetic",
    )


GENERATORS: dict[str, Generator] = {
    "line": Generator(
        make=line,
        features=_X,
        target=_Y[0],
        summary=QT_TRANSLATE_NOOP("Datasets", "A noisy line"),
        params=(
            Param("n", 100, 2, 1_000_000, integer=True, log=True),
            Param("slope", 2.0, -10, 10),
            Param("intercept", 1.0, -10, 10),
            Param("noise", 1.0, 0, 10),
            Param("seed", 0, 0, 1000, integer=True),
        ),
    ),
    "ill-conditioned": Generator(
        make=ill_conditioned,
        features=_X1_X2,
        target=_Y[0],
        summary=QT_TRANSLATE_NOOP("Datasets", "Two strongly correlated features"),
        params=(
            Param("n", 200, 3, 1_000_000, integer=True, log=True),
            Param("correlation", 0.98, 0, 0.999),
            Param("noise", 0.5, 0, 5),
            Param("seed", 0, 0, 1000, integer=True),
        ),
    ),
    "outliers": Generator(
        make=outliers,
        features=_X,
        target=_Y[0],
        summary=QT_TRANSLATE_NOOP("Datasets", "A line with outliers"),
        params=(
            Param("n", 100, 2, 1_000_000, integer=True, log=True),
            Param("fraction", 0.1, 0, 0.5),
            Param("size", 20.0, 0, 100),
            Param("noise", 1.0, 0, 10),
            Param("seed", 0, 0, 1000, integer=True),
        ),
    ),
    "curve": Generator(
        make=curve,
        features=_X,
        target=_Y[0],
        summary=QT_TRANSLATE_NOOP("Datasets", "A parabola no line can fit"),
        params=(
            Param("n", 100, 2, 1_000_000, integer=True, log=True),
            Param("bend", 1.0, -5, 5),
            Param("noise", 0.5, 0, 5),
            Param("seed", 0, 0, 1000, integer=True),
        ),
    ),
}

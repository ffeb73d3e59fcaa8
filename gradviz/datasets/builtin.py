"""The built-in datasets: real ones shipped as CSV files, and seeded generators."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from . import synthetic
from .csv_import import from_csv
from .dataset import Dataset, DatasetError
from .synthetic import PARAMS, Param

__all__ = ["DEFAULT_DATASET", "DatasetInfo", "list_datasets", "load"]

DEFAULT_DATASET = "penguins"

_BOSTON = """\
Boston Housing (Harrison & Rubinfeld, 1978): median home value (medv, in $1000s) of 506
Boston census tracts from 13 features, as in the course exercise. Warning: feature `b` is
1000(Bk − 0.63)², where Bk is the proportion of Black residents by town. It encodes the
authors' assumption that racial self-segregation raised house prices and cannot be
inverted to recover Bk; scikit-learn removed the dataset in 1.2 for this reason. It is
kept here only because the exercise uses it. Raw features span very different scales, so
without standardization the Hessian is badly conditioned."""

_DIABETES = """\
Diabetes (Efron, Hastie, Johnstone & Tibshirani, 2004): disease progression one year after
baseline for 442 patients, from age, sex, body-mass index, blood pressure and six blood
serum measurements (s1–s6), in original units."""

_PENGUINS = """\
Palmer Penguins (Gorman, Williams & Fraser, 2014): body mass (g) of 342 penguins of three
species from their flipper length (mm). Two rows without measurements are dropped."""


@dataclass(frozen=True)
class _Real:
    file: str
    target: str
    features: tuple[str, ...] | None
    description: str
    source: str


_REAL = {
    "boston": _Real(
        "boston.csv",
        "medv",
        None,
        _BOSTON,
        "StatLib / UCI housing, via scikit-learn 1.1.3 (BSD-3-Clause)",
    ),
    "diabetes": _Real(
        "diabetes.csv",
        "progression",
        None,
        _DIABETES,
        "Efron et al. (2004), via scikit-learn 1.1.3 (BSD-3-Clause)",
    ),
    "penguins": _Real(
        "penguins.csv",
        "body_mass_g",
        ("flipper_length_mm",),
        _PENGUINS,
        "palmerpenguins 0.1.6 (data CC0 1.0)",
    ),
}

_GENERATORS: dict[str, Callable[..., Dataset]] = {
    "line": synthetic.line,
    "ill-conditioned": synthetic.ill_conditioned,
    "outliers": synthetic.outliers,
    "curve": synthetic.curve,
}


@dataclass(frozen=True)
class DatasetInfo:
    name: str
    kind: str  # "real" or "synthetic"
    n_samples: int
    n_features: int
    target: str
    summary: str
    params: tuple[Param, ...] = ()


def _data_file(name: str) -> Path:
    return Path(str(resources.files("gradviz.datasets") / "data" / name))


def load(name: str, **params: float) -> Dataset:
    """A built-in dataset by name; generators take their parameters as keywords."""
    if name in _REAL:
        if params:
            raise DatasetError(f"{name!r} is a fixed dataset and takes no parameters")
        spec = _REAL[name]
        dataset = from_csv(_data_file(spec.file), spec.target, spec.features)
        # The description already says which rows were dropped.
        return replace(dataset, name=name, description=spec.description, source=spec.source, notes=())
    if name in _GENERATORS:
        known = {p.name: p for p in PARAMS[name]}
        for key, value in params.items():
            if key not in known:
                raise DatasetError(
                    f"{name!r} has no parameter {key!r}; its parameters are: {', '.join(known)}"
                )
            spec = known[key]
            if not spec.low <= value <= spec.high:
                raise DatasetError(
                    f"{name} {key}={value:g} is out of range; choose {spec.low:g} to {spec.high:g}"
                )
        return _GENERATORS[name](**params)
    raise DatasetError(
        f"unknown dataset {name!r}; choose one of {', '.join(_REAL | _GENERATORS)} or import a CSV file"
    )


def list_datasets() -> list[DatasetInfo]:
    """Every built-in dataset, with its shape (at default parameters for generators).

    Known without loading anything, so that the window starts fast; a test checks
    these figures against `load`.
    """
    return [
        DatasetInfo(name, kind, rows, features, target, summary, PARAMS.get(name, ()))
        for name, (kind, rows, features, target, summary) in _CATALOGUE.items()
    ]


_CATALOGUE = {
    "boston": ("real", 506, 13, "medv", "Boston Housing (Harrison & Rubinfeld, 1978)"),
    "diabetes": ("real", 442, 10, "progression", "Diabetes (Efron, Hastie, Johnstone & Tibshirani, 2004)"),
    "penguins": ("real", 342, 1, "body_mass_g", "Palmer Penguins (Gorman, Williams & Fraser, 2014)"),
    "line": ("synthetic", 100, 1, "y", "A noisy line"),
    "ill-conditioned": ("synthetic", 200, 2, "y", "Two strongly correlated features"),
    "outliers": ("synthetic", 100, 1, "y", "A line with outliers"),
    "curve": ("synthetic", 100, 1, "y", "A parabola no line can fit"),
}

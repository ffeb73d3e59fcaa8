"""The built-in datasets: real ones shipped as CSV files, and seeded generators."""

from __future__ import annotations

from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP, number, translate
from .csv_import import from_csv
from .dataset import Dataset, DatasetError
from .synthetic import GENERATORS, Param

__all__ = ["DEFAULT_DATASET", "DatasetInfo", "describe", "list_datasets", "load"]

DEFAULT_DATASET = "penguins"

_BOSTON = QT_TRANSLATE_NOOP(
    "Datasets",
    "Boston Housing (Harrison & Rubinfeld, 1978): median home value (medv, in $1000s) of 506 "
    "Boston census tracts from 13 features, as in the course exercise. Warning: the feature `b` "
    "is racist. It is 1000(Bk − 0.63)², where Bk is the proportion of Black residents by town: "
    "it encodes the authors' assumption that racial self-segregation raised house prices, and "
    "it cannot be inverted to recover Bk. scikit-learn removed the dataset in 1.2 for this "
    "reason; it is kept here only because the exercise uses it. Raw features span very "
    "different scales, so without standardization the Hessian is badly conditioned.",
)

_DIABETES = QT_TRANSLATE_NOOP(
    "Datasets",
    "Diabetes (Efron, Hastie, Johnstone & Tibshirani, 2004): disease progression one year after "
    "baseline for 442 patients, from age, sex, body-mass index, blood pressure and six blood "
    "serum measurements (s1–s6), in original units.",
)

_PENGUINS = QT_TRANSLATE_NOOP(
    "Datasets",
    "Palmer Penguins (Gorman, Williams & Fraser, 2014): body mass (g) of 342 penguins of three "
    "species from their flipper length (mm). Two rows without measurements are dropped.",
)


@dataclass(frozen=True)
class _Real:
    """A shipped data file, and what `list_datasets` says of it without reading it."""

    file: str
    target: str
    features: tuple[str, ...] | None  # None: every other numeric column
    n_samples: int
    n_features: int
    summary: str  # the dataset's reference, the same in every language
    description: str  # marked for the catalogue; translated where it is read
    source: str


_REAL = {
    "boston": _Real(
        file="boston.csv",
        target="medv",
        features=None,
        n_samples=506,
        n_features=13,
        summary="Boston Housing (Harrison & Rubinfeld, 1978)",
        description=_BOSTON,
        source="StatLib / UCI housing, via scikit-learn 1.1.3 (BSD-3-Clause)",
    ),
    "diabetes": _Real(
        file="diabetes.csv",
        target="progression",
        features=None,
        n_samples=442,
        n_features=10,
        summary="Diabetes (Efron, Hastie, Johnstone & Tibshirani, 2004)",
        description=_DIABETES,
        source="Efron et al. (2004), via scikit-learn 1.1.3 (BSD-3-Clause)",
    ),
    "penguins": _Real(
        file="penguins.csv",
        target="body_mass_g",
        features=("flipper_length_mm",),
        n_samples=342,
        n_features=1,
        summary="Palmer Penguins (Gorman, Williams & Fraser, 2014)",
        description=_PENGUINS,
        source="palmerpenguins 0.1.6 (data CC0 1.0)",
    ),
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
            message = translate("Datasets", "{name} is a fixed dataset and takes no parameters")
            raise DatasetError(message.format(name=repr(name)))
        real = _REAL[name]
        dataset = from_csv(_data_file(real.file), real.target, real.features)
        # The description already says which rows were dropped.
        description = translate("Datasets", real.description)
        return replace(dataset, name=name, description=description, source=real.source, notes=())
    if name in GENERATORS:
        generator = GENERATORS[name]
        known = {p.name: p for p in generator.params}
        for key, value in params.items():
            if key not in known:
                message = translate("Datasets", "{name} has no parameter {key}; its parameters are: {known}")
                raise DatasetError(message.format(name=repr(name), key=repr(key), known=", ".join(known)))
            param = known[key]
            if not param.low <= value <= param.high:
                message = translate(
                    "Datasets", "{name} {key}={value} is out of range; choose {low} to {high}"
                )
                low, high, given = number(param.low, "g"), number(param.high, "g"), number(value, "g")
                raise DatasetError(message.format(name=name, key=key, value=given, low=low, high=high))
        return generator.make(**({p.name: p.default for p in generator.params} | params))
    message = translate("Datasets", "unknown dataset {name}; choose one of {names} or import a CSV file")
    raise DatasetError(message.format(name=repr(name), names=", ".join([*_REAL, *GENERATORS])))


def list_datasets() -> list[DatasetInfo]:
    """Every built-in dataset, with its shape (at default parameters for generators).

    Known without loading anything, so that the window starts fast; a test checks
    these figures against `load`.
    """
    real = [
        DatasetInfo(name, "real", spec.n_samples, spec.n_features, spec.target, spec.summary)
        for name, spec in _REAL.items()
    ]
    synthetic = [
        DatasetInfo(
            name,
            "synthetic",
            gen.default_rows,
            len(gen.features),
            gen.target,
            translate("Datasets", gen.summary),
            gen.params,
        )
        for name, gen in GENERATORS.items()
    ]
    return real + synthetic


def describe(name: str) -> str:
    """What a built-in dataset is, as `load(name).description` says at its default parameters.

    A real dataset's file is not read; a generator makes its default rows (a few hundred).
    """
    if name in _REAL:
        return translate("Datasets", _REAL[name].description)
    return load(name).description

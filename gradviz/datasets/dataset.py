"""Dataset: a design matrix X, targets Y, and what they are."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

__all__ = ["Dataset", "DatasetError"]


class DatasetError(ValueError):
    """A dataset could not be built; the message says what to change."""


@dataclass(frozen=True)
class Dataset:
    """X is (n, d) float64 and Y is (n, p) float64, one row per example."""

    name: str
    X: np.ndarray
    Y: np.ndarray
    feature_names: tuple[str, ...]
    target_names: tuple[str, ...]
    description: str = ""
    source: str = ""
    notes: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        X = np.asarray(self.X, dtype=np.float64)
        Y = np.asarray(self.Y, dtype=np.float64)
        if Y.ndim == 1:
            Y = Y[:, np.newaxis]
        if X.ndim != 2 or Y.ndim != 2 or X.shape[0] != Y.shape[0]:
            raise DatasetError(f"X must be (n, d) and Y (n, p); got {X.shape} and {Y.shape}")
        if len(self.feature_names) != X.shape[1] or len(self.target_names) != Y.shape[1]:
            raise DatasetError(
                f"{len(self.feature_names)} feature names for {X.shape[1]} columns, "
                f"{len(self.target_names)} target names for {Y.shape[1]}"
            )
        object.__setattr__(self, "X", X)
        object.__setattr__(self, "Y", Y)
        object.__setattr__(self, "feature_names", tuple(self.feature_names))
        object.__setattr__(self, "target_names", tuple(self.target_names))

    @property
    def n_samples(self) -> int:
        return self.X.shape[0]

    @property
    def n_features(self) -> int:
        return self.X.shape[1]

    @property
    def n_targets(self) -> int:
        return self.Y.shape[1]

    def rows(self, index: np.ndarray) -> Dataset:
        """The same dataset restricted to the given rows."""
        return replace(self, X=self.X[index], Y=self.Y[index])

    def __repr__(self) -> str:
        return (
            f"Dataset({self.name!r}, {self.n_samples} × {self.n_features} → {', '.join(self.target_names)})"
        )

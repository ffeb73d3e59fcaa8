"""Train/test split and feature standardization, fitted on the training part only."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .dataset import Dataset, DatasetError

__all__ = ["Prepared", "Standardizer", "prepare", "train_test_split"]


def train_test_split(dataset: Dataset, test_fraction: float = 0.2, seed: int = 0) -> tuple[Dataset, Dataset]:
    """Shuffle rows with `seed` and hold out round(test_fraction·n) of them."""
    if not 0 <= test_fraction < 1:
        raise DatasetError(f"the test fraction must be in [0, 1), got {test_fraction}")
    n = dataset.n_samples
    n_test = int(round(test_fraction * n))
    if n - n_test < 2:
        raise DatasetError(
            f"a test fraction of {test_fraction:g} leaves {n - n_test} training row(s) of {n}; "
            "at least 2 are needed, so lower the test fraction"
        )
    order = np.random.default_rng(seed).permutation(n)
    return dataset.rows(np.sort(order[n_test:])), dataset.rows(np.sort(order[:n_test]))


@dataclass(frozen=True)
class Standardizer:
    """x ↦ (x − mean) / scale, per feature. The identity has mean 0 and scale 1."""

    mean: np.ndarray
    scale: np.ndarray

    @classmethod
    def fit(cls, X: np.ndarray, feature_names: tuple[str, ...] | None = None) -> Standardizer:
        with np.errstate(over="ignore", invalid="ignore"):
            mean, scale = X.mean(axis=0), X.std(axis=0)
        if not (np.isfinite(mean).all() and np.isfinite(scale).all()):
            raise DatasetError(
                f"feature values up to {np.abs(X).max():.3g} are too large to standardize in "
                "float64; divide them by a power of ten first"
            )
        constant = np.flatnonzero(scale == 0)
        if constant.size:
            j = int(constant[0])
            name = feature_names[j] if feature_names else f"feature {j + 1}"
            raise DatasetError(
                f"{name!r} is constant in the training rows, so it cannot be standardized; "
                "drop that feature or turn standardization off"
            )
        return cls(mean, scale)

    @classmethod
    def identity(cls, n_features: int) -> Standardizer:
        return cls(np.zeros(n_features), np.ones(n_features))

    def transform(self, X: np.ndarray) -> np.ndarray:
        return (X - self.mean) / self.scale

    def inverse_transform(self, X: np.ndarray) -> np.ndarray:
        return X * self.scale + self.mean

    def to_original_units(self, W: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Coefficients on raw features giving the same predictions as (W, b) on scaled ones."""
        W_raw = W / self.scale[:, np.newaxis]
        return W_raw, b - self.mean @ W_raw

    def from_original_units(self, W: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Inverse of `to_original_units`."""
        return W * self.scale[:, np.newaxis], b + self.mean @ W

    def gradient_to_original_units(self, dW: np.ndarray, db: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """∂C/∂W and ∂C/∂b on raw features from ∂C/∂W' and ∂C/∂b' on scaled ones.

        Not the coefficients' conversion: θ' = Aθ (W' = σ·W, b' = b + μ·W, see
        `from_original_units`), so ∇_θ C = Aᵀ ∇_θ' C, that is ∂C/∂W = σ·∂C/∂W' + μ ⊗ ∂C/∂b'
        and ∂C/∂b = ∂C/∂b'.
        """
        return dW * self.scale[:, np.newaxis] + np.outer(self.mean, db), np.array(db, float)


@dataclass(frozen=True)
class Prepared:
    """A dataset split and scaled, ready for a Trainer."""

    dataset: Dataset
    train: Dataset  # X already scaled
    test: Dataset  # X already scaled, possibly no rows
    scaler: Standardizer
    standardized: bool  # False: the scaler is the identity, so θ is in original units


def prepare(
    dataset: Dataset, *, test_fraction: float = 0.2, seed: int = 0, standardize: bool = True
) -> Prepared:
    train, test = train_test_split(dataset, test_fraction, seed)
    scaler = (
        Standardizer.fit(train.X, dataset.feature_names)
        if standardize
        else Standardizer.identity(dataset.n_features)
    )
    return Prepared(
        dataset,
        replace(train, X=scaler.transform(train.X)),
        replace(test, X=scaler.transform(test.X)),
        scaler,
        standardize,
    )

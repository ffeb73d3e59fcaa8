"""RunContext: what the panels need to know about the current run besides each record."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..datasets import Dataset, Prepared, Standardizer
from ..engine import Curvature, History, QuadraticLoss, Trainer

__all__ = ["RunContext", "Parameter"]


@dataclass(frozen=True)
class Parameter:
    """One entry of θ = [W; bᵀ]: its label and its (row, column) index."""

    label: str
    index: tuple[int, int]


@dataclass(frozen=True)
class RunContext:
    """Static for one run: replaced when the data or the scaling change."""

    prepared: Prepared  # the dataset, its split, and the scaled features
    standardized: bool
    history: History  # grows while the run goes on; panels only read it
    loss: QuadraticLoss  # training cost from sufficient statistics
    curvature: Curvature
    parameters: tuple[Parameter, ...]
    # The test loss at the least-squares θ* of the training set: where the test curve ends up
    # (it may lie below loss.loss_star). NaN without a test set.
    loss_test_star: float = float("nan")

    @classmethod
    def build(cls, prepared: Prepared, trainer: Trainer, standardized: bool) -> RunContext:
        features, targets = prepared.dataset.feature_names, prepared.dataset.target_names
        parameters = []
        for c, target in enumerate(targets):
            suffix = "" if len(targets) == 1 else f"→{target}"
            parameters += [Parameter(f"w[{f}]{suffix}", (r, c)) for r, f in enumerate(features)]
            parameters.append(Parameter(f"b{suffix}", (len(features), c)))
        test_loss = trainer.test_loss
        theta_star = trainer.train_loss.theta_star
        return cls(
            prepared=prepared,
            standardized=standardized,
            history=trainer.history,
            loss=trainer.train_loss,
            curvature=trainer.curvature,
            parameters=tuple(parameters),
            loss_test_star=float("nan") if test_loss is None else test_loss.loss(theta_star),
        )

    @property
    def dataset(self) -> Dataset:
        return self.prepared.dataset

    @property
    def train(self) -> Dataset:
        """Training rows, features scaled."""
        return self.prepared.train

    @property
    def test(self) -> Dataset:
        """Test rows, features scaled; maybe none."""
        return self.prepared.test

    @property
    def scaler(self) -> Standardizer:
        return self.prepared.scaler

    @property
    def theta_star(self) -> np.ndarray:
        return self.loss.theta_star

    def original_units(self, W: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return self.scaler.to_original_units(W, b)

"""A race: the main run is racer 1; the others follow it with their own optimizer and lr.

Each follower starts at the main run's start, takes the same batches, and takes the
settings changes that are not about the optimizer (batch size, schedule, fast path) at
the same iterations. A racer that diverges stops there, and its label says so.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..datasets import Prepared
from ..engine import Trainer
from ..engine.race import Racer, parse_racer, racer_of
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..settings import Settings
from .ghost import Follower

__all__ = ["RaceFollower", "RacerView", "build_followers", "RACE_COLOURS", "racer_label"]

# Okabe & Ito's colour-blind-safe palette, without its yellow (unreadable on white).
RACE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00")
FOLLOWER_HISTORY_BYTES = 16 << 20
DIVERGED_LABEL = QT_TRANSLATE_NOOP("Race", "{label} — diverged at it {iteration}")


@dataclass(frozen=True)
class RacerView:
    """What the panels draw of one racer, up to the record shown."""

    label: str
    colour: str
    iterations: np.ndarray
    thetas: np.ndarray  # (k, n+1, p)
    losses: np.ndarray  # training loss


class RaceFollower(Follower):
    def __init__(self, trainer: Trainer, run: Trainer, racer: Racer) -> None:
        super().__init__(trainer, run)
        self.racer = racer

    def view(self, iteration: int, colour: str) -> RacerView:
        """Its path up to `iteration`; labelled as diverged once the record shown is past where it stopped."""
        iterations, thetas, losses = self.path_until(iteration)
        stopped = self.trainer.status.diverged and iteration > self.trainer.iteration
        label = racer_label(self.racer, self.trainer.iteration if stopped else None)
        return RacerView(label, colour, iterations, thetas, losses)


def racer_label(racer: Racer, diverged_at: int | None = None) -> str:
    if diverged_at is None:
        return racer.label
    return translate("Race", DIVERGED_LABEL).format(label=racer.label, iteration=diverged_at)


def main_racer(settings: Settings) -> Racer:
    return racer_of(settings.optimizer, settings.lr, settings.optimizer_params)


def build_followers(settings: Settings, prepared: Prepared, run: Trainer) -> list[RaceFollower]:
    """Racers 2 and on of `settings.race`, at the run's start, on its data, batches and Functions."""
    followers = []
    for spec in settings.race:
        racer = parse_racer(spec)
        trainer = Trainer(
            prepared.train.X,
            prepared.train.Y,
            X_test=prepared.test.X,
            Y_test=prepared.test.Y,
            optimizer=racer.make_optimizer(),
            lr=racer.lr,
            schedule=settings.make_schedule(),
            batch_size=run.batch_size,
            seed=run.seed,
            fast_path=run.fast_path,
            history_bytes=FOLLOWER_HISTORY_BYTES,
            linear=run.linear,
            mse=run.mse,
        )
        followers.append(RaceFollower(trainer, run, racer))
    return followers

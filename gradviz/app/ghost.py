"""Followers: runs that step in lockstep with the main run, from its start, on its batches.

A Follower starts where the run starts, takes the same batches and the settings changes
it is given at the same iterations, and follows the run lazily: `follow(run)` steps or
rewinds it to the run's newest iteration. The Ghost is the correct run beside a run that
trains with other Functions (a mistake, a student's); the racers of a race (race.py) are
followers with their own optimizer.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..engine import History, Trainer

__all__ = ["Follower", "Ghost"]


class Follower:
    def __init__(self, trainer: Trainer, run: Trainer) -> None:
        self.trainer = trainer
        start = run.history.record(0)
        trainer.reset(start.W, start.b)

    @property
    def history(self) -> History:
        return self.trainer.history

    def follow(self, run: Trainer) -> None:
        """Bring the follower to the run's newest iteration (a diverged one stays where it stopped)."""
        follower = self.trainer
        if follower.iteration > run.iteration:
            follower.rewind(run.iteration)  # at or before it: a thinned history may lack it
        if follower.iteration < run.iteration and not follower.status.diverged:
            follower.run(run.iteration - follower.iteration)

    def change(self, run: Trainer, change: Callable[[Trainer], None]) -> None:
        """Apply a settings change at the same iteration as the run does."""
        self.follow(run)
        change(self.trainer)

    def restart(self, run: Trainer) -> None:
        """The run went back to its start, perhaps a new one: so does the follower."""
        start = run.history.record(0)
        self.trainer.reset(start.W, start.b)

    def path_until(self, iteration: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Iterations, θ (k, n+1, p) and train losses of the follower up to `iteration`."""
        history = self.trainer.history
        count = int(np.searchsorted(history.iterations, iteration, side="right"))
        return history.iterations[:count], history.thetas[:count], history.loss_train[:count]


class Ghost(Follower):
    """The correct run: gradviz's own Linear and MSE, every settings change the run takes."""

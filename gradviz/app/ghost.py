"""Ghost: the correct run beside a run that trains with other Functions (a mistake, a student's).

The ghost starts where the run starts, takes the same batches and the same settings
changes at the same iterations, with gradviz's own Linear and MSE. It follows the run
lazily: `follow(run)` steps or rewinds it to the run's newest iteration.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..engine import History, Trainer

__all__ = ["Ghost"]


class Ghost:
    def __init__(self, trainer: Trainer, run: Trainer) -> None:
        self.trainer = trainer
        start = run.history.record(0)
        trainer.reset(start.W, start.b)

    @property
    def history(self) -> History:
        return self.trainer.history

    def follow(self, run: Trainer) -> None:
        """Bring the ghost to the run's newest iteration (a diverged ghost stays where it stopped)."""
        ghost = self.trainer
        if ghost.iteration > run.iteration:
            ghost.rewind(run.iteration)
        elif ghost.iteration < run.iteration and not ghost.status.diverged:
            ghost.run(run.iteration - ghost.iteration)

    def change(self, run: Trainer, change: Callable[[Trainer], None]) -> None:
        """Apply a settings change at the same iteration as the run does."""
        self.follow(run)
        change(self.trainer)

    def restart(self, run: Trainer) -> None:
        """The run went back to its start, perhaps a new one: so does the ghost."""
        start = run.history.record(0)
        self.trainer.reset(start.W, start.b)

    def path_until(self, iteration: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Iterations, θ (k, n+1, p) and train losses of the ghost up to `iteration`."""
        history = self.trainer.history
        count = int(np.searchsorted(history.iterations, iteration, side="right"))
        return history.iterations[:count], history.thetas[:count], history.loss_train[:count]

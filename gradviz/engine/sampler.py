"""Which rows each mini-batch takes: a permutation per (seed, epoch), read from an offset.

The sampler holds no position: the Trainer keeps (epoch, offset) with each record,
so that a rewound run draws exactly the batches it drew before.
"""

from __future__ import annotations

import numpy as np

from .checks import whole_number

__all__ = ["BatchSampler"]


class BatchSampler:
    """Mini-batches over `n_samples` rows: each row once per epoch, in a seeded order."""

    def __init__(self, n_samples: int, seed: int = 0) -> None:
        self.n_samples = n_samples
        self.seed = whole_number("the seed", seed, 0)
        self._epoch = -1  # the epoch `_permutation` belongs to
        self._permutation = np.arange(n_samples)

    def permutation(self, epoch: int) -> np.ndarray:
        """The order of the rows in `epoch`; the same for the same (seed, epoch)."""
        if epoch != self._epoch:
            self._permutation = np.random.default_rng([self.seed, epoch]).permutation(self.n_samples)
            self._epoch = epoch
        return self._permutation

    def batch(self, epoch: int, offset: int, size: int) -> tuple[np.ndarray, int, int]:
        """The rows (sorted) of the batch at (epoch, offset), and the (epoch, offset) after it.

        The last batch of an epoch takes only the rows that are left.
        """
        rows = self.permutation(epoch)[offset : offset + size]
        offset += rows.size
        if offset >= self.n_samples:
            epoch, offset = epoch + 1, 0
        return np.sort(rows), epoch, offset

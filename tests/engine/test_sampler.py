import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gradviz.engine.sampler import BatchSampler


def _reference_batches(n, size, seed, count):
    """The batches as the Trainer drew them before the sampler had its own module."""
    epoch, offset, out = 0, 0, []
    for _ in range(count):
        permutation = np.random.default_rng([seed, epoch]).permutation(n)
        rows = permutation[offset : offset + size]
        offset += rows.size
        if offset >= n:
            epoch, offset = epoch + 1, 0
        out.append((np.sort(rows), epoch, offset))
    return out


@given(n=st.integers(1, 60), size=st.integers(1, 70), seed=st.integers(0, 2**32), count=st.integers(1, 40))
def test_batches_are_those_the_trainer_always_drew(n, size, seed, count):
    sampler, epoch, offset = BatchSampler(n, seed), 0, 0
    for rows, next_epoch, next_offset in _reference_batches(n, size, seed, count):
        got, epoch, offset = sampler.batch(epoch, offset, size)
        np.testing.assert_array_equal(got, rows)
        assert (epoch, offset) == (next_epoch, next_offset)


@given(n=st.integers(1, 50), size=st.integers(1, 50), seed=st.integers(0, 1000))
def test_each_row_is_used_once_per_epoch(n, size, seed):
    sampler, epoch, offset, seen = BatchSampler(n, seed), 0, 0, []
    while epoch == 0:
        rows, epoch, offset = sampler.batch(epoch, offset, size)
        seen.append(rows)
    np.testing.assert_array_equal(np.sort(np.concatenate(seen)), np.arange(n))
    assert offset == 0


@given(epochs=st.lists(st.integers(0, 5), min_size=1, max_size=12), seed=st.integers(0, 100))
def test_a_batch_depends_only_on_seed_epoch_and_offset(epochs, seed):
    """So that a rewound run, which jumps back to an earlier epoch, draws the same rows."""
    sampler = BatchSampler(20, seed)
    for epoch in epochs:
        fresh = BatchSampler(20, seed)
        np.testing.assert_array_equal(sampler.batch(epoch, 5, 6)[0], fresh.batch(epoch, 5, 6)[0])


def test_different_seeds_give_different_orders():
    assert not np.array_equal(BatchSampler(50, 0).permutation(0), BatchSampler(50, 1).permutation(0))


@pytest.mark.parametrize("seed", [-1, 0.5, "1", None])
def test_impossible_seeds_are_refused(seed):
    with pytest.raises(ValueError, match="the seed must be a whole number >= 0"):
        BatchSampler(10, seed)

"""The Trainer refuses impossible arguments with a ValueError that names them (issue 8)."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gradviz.engine import Trainer


@pytest.fixture
def trainer():
    X = np.random.default_rng(0).normal(size=(30, 2))
    return Trainer(X, X @ np.ones((2, 1)), lr=0.1)


@pytest.mark.parametrize("size", [math.inf, -math.inf, math.nan, 1.5, 0, -3, "8", True])
def test_impossible_batch_sizes_are_refused_by_name(trainer, size):
    with pytest.raises(ValueError, match=r"the batch size must be a whole number >= 1 \(or None"):
        trainer.batch_size = size
    assert trainer.batch_size is None  # unchanged


@pytest.mark.parametrize("size", [7, 7.0, np.int64(7)])
def test_whole_batch_sizes_of_any_number_type_are_taken(trainer, size):
    trainer.batch_size = size
    assert trainer.batch_size == 7 and type(trainer.batch_size) is int


@pytest.mark.parametrize("steps", [1.5, math.nan, math.inf, -1, "3", None, False])
def test_impossible_step_counts_are_refused_by_name(trainer, steps):
    trainer.run(2)
    with pytest.raises(ValueError, match=r"steps must be a whole number >= 0, got"):
        trainer.run(steps)
    assert trainer.iteration == 2


def test_step_counts_of_any_whole_number_type_are_taken(trainer):
    trainer.run(np.int64(3))
    trainer.run(2.0)
    assert trainer.run(0).iteration == 5


@pytest.mark.parametrize("which", ["X", "Y", "X_test", "Y_test"])
def test_complex_data_are_refused_not_cast(which):
    X = np.random.default_rng(1).normal(size=(20, 2))
    arrays = {"X": X, "Y": X.sum(axis=1), "X_test": X[:5], "Y_test": X[:5].sum(axis=1)}
    arrays[which] = arrays[which] + 0j
    with pytest.raises(ValueError, match=f"{which} has complex values"):
        Trainer(**arrays)


def test_text_data_are_refused():
    with pytest.raises(ValueError, match="Y must be an array of real numbers"):
        Trainer(np.ones((3, 1)), np.array(["1", "2", "3"]))


@pytest.mark.parametrize("seed", [-1, 1.5, "3"])
def test_impossible_seeds_are_refused(trainer, seed):
    with pytest.raises(ValueError, match="the seed must be a whole number >= 0"):
        trainer.seed = seed


@given(value=st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-(10**6), 10**6)))
def test_batch_size_is_taken_exactly_when_it_is_a_whole_number_from_1(value):
    X = np.ones((10, 1))
    trainer = Trainer(X, np.arange(10.0))
    whole = math.isfinite(value) and float(value).is_integer() and value >= 1
    if whole:
        trainer.batch_size = value
        assert trainer.batch_size == (None if value >= 10 else int(value))
    else:
        with pytest.raises(ValueError, match="batch size"):
            trainer.batch_size = value


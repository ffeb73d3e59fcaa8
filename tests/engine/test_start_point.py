"""A start point the run cannot follow is refused before anything changes (issue 8)."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gradviz.engine import Adam, QuadraticLoss, Trainer


def _data(seed=0, q=40, n=2, p=1):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(q, n))
    return X, X @ rng.normal(size=(n, p)) + rng.normal(size=(q, p))


def _snapshot(trainer):
    history = trainer.history
    return (
        history._ints[: len(history)].copy(),
        history._floats[: len(history)].copy(),
        trainer.theta.copy(),
        trainer.iteration,
        trainer.status,
    )


def _assert_same(a, b):
    np.testing.assert_array_equal(a[0], b[0])
    np.testing.assert_array_equal(a[1], b[1])
    np.testing.assert_array_equal(a[2], b[2])
    assert a[3:] == b[3:]


BAD_STARTS = [
    ({"W0": np.full((2, 1), 1e200)}, "start point"),
    ({"W0": np.array([[np.nan], [0.0]])}, "W0 contains NaN"),
    ({"b0": np.array([np.inf])}, "b0 contains NaN or infinite"),
    ({"W0": np.full((2, 1), 1e160)}, "start point"),  # finite loss terms, but ‖∇C‖ and the loss overflow
]


@pytest.mark.parametrize(("start", "message"), BAD_STARTS)
def test_the_constructor_refuses_a_start_it_cannot_follow(start, message):
    X, Y = _data()
    with pytest.raises(ValueError, match=message) as error:
        Trainer(X, Y, **start)
    assert "zeros" in str(error.value)  # says what to do


@pytest.mark.parametrize(("start", "message"), BAD_STARTS)
def test_a_refused_reset_leaves_the_run_exactly_as_it_was(start, message):
    X, Y = _data()
    trainer, twin = (Trainer(X, Y, optimizer=Adam(), lr=0.05, batch_size=7) for _ in range(2))
    trainer.run(25)
    twin.run(25)
    before = _snapshot(trainer)
    with pytest.raises(ValueError, match=message):
        trainer.reset(start.get("W0"), start.get("b0"))
    _assert_same(_snapshot(trainer), before)
    # The run goes on as if nothing had happened: optimizer state and batch order included.
    trainer.step()
    trainer.run(30)
    twin.run(31)
    _assert_same(_snapshot(trainer), _snapshot(twin))
    assert trainer.reset().iteration == 0  # and a good start is still welcome


def test_a_start_whose_test_loss_overflows_is_refused():
    X, Y = _data()
    X_test = np.full((5, 2), 1e140)  # its statistics are finite; its loss far from 0 is not
    trainer = Trainer(X, Y, X_test=X_test, Y_test=np.zeros((5, 1)))
    with pytest.raises(ValueError, match="the test loss is inf"):
        trainer.reset(np.full((2, 1), 1e30))


@given(exponent=st.integers(0, 300), sign=st.sampled_from([-1.0, 1.0]), seed=st.integers(0, 100))
def test_any_start_is_either_followed_or_refused_cleanly(exponent, sign, seed):
    X, Y = _data(seed, q=10)
    trainer = Trainer(X, Y, lr=0.1)
    trainer.run(3)
    W0 = sign * 10.0**exponent * np.random.default_rng(seed).uniform(0.5, 1.5, size=(2, 1))
    try:
        record = trainer.reset(W0)
    except ValueError as error:
        assert "start point" in str(error)
        assert trainer.iteration == 3 and len(trainer.history) == 4
    else:
        assert record.iteration == 0 and np.isfinite(record.loss_train) and np.isfinite(record.grad_norm)
    trainer.run(5)  # usable either way
    assert np.isfinite(trainer.history.loss_train).all() and np.isfinite(trainer.theta).all()


@pytest.mark.parametrize("scale", [1e155, 1e200])
def test_targets_whose_squares_overflow_are_refused(scale):
    X = np.linspace(-1, 1, 8)[:, None]
    Y = scale * np.ones((8, 1))  # ZᵀZ and ZᵀY are finite, ΣY² is not
    with pytest.raises(ValueError, match="the data are too large.*rescale them"):
        QuadraticLoss(X, Y)
    with pytest.raises(ValueError, match="too large"):
        Trainer(X, Y)


def test_a_first_step_that_blows_up_stays_at_the_start():
    X, Y = _data()
    trainer = Trainer(X, Y, lr=1e300)
    record = trainer.run(10)
    assert trainer.status.diverged
    assert "Diverged at step 1 (the run stays at step 0)" in trainer.status.message
    assert record.iteration == 0 and len(trainer.history) == 1
    trainer.lr = 0.1
    trainer.rewind(0)
    assert trainer.run(5).iteration == 5

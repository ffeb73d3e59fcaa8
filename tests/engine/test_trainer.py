import numpy as np
import pytest

from gradviz.datasets import load, prepare
from gradviz.engine import GD, Adam, Cosine, Momentum, StepDecay, Trainer, make_schedule


@pytest.fixture
def line():
    data = prepare(load("line", n=200, noise=0.5, seed=1), test_fraction=0.25, seed=0)
    return data.train.X, data.train.Y, data.test.X, data.test.Y


def _distance_to_optimum(trainer):
    W_star, b_star = trainer.optimum
    return max(np.abs(trainer.W - W_star).max(), np.abs(trainer.b - b_star).max())


def test_gd_reaches_the_closed_form(line):
    X, Y, *_ = line
    trainer = Trainer(X, Y, lr=0.5)
    trainer.run(200)
    theta_star, *_ = np.linalg.lstsq(np.hstack([X, np.ones((len(X), 1))]), Y, rcond=None)
    W_star, b_star = theta_star[:-1], theta_star[-1]
    np.testing.assert_allclose(trainer.W, W_star, atol=1e-6)
    np.testing.assert_allclose(trainer.b, b_star, atol=1e-6)
    assert trainer.current.loss_train == pytest.approx(trainer.train_loss.loss_star, rel=1e-9)


@pytest.mark.parametrize("optimizer", [Momentum(beta=0.9), Momentum(beta=0.9, nesterov=True), Adam()])
def test_momentum_and_adam_reach_the_optimum(line, optimizer):
    X, Y, *_ = line
    trainer = Trainer(X, Y, optimizer=optimizer, lr=0.05)
    trainer.run(3000)
    assert _distance_to_optimum(trainer) < 1e-6


def test_mini_batches_approach_the_optimum(line):
    X, Y, *_ = line
    trainer = Trainer(X, Y, lr=0.05, batch_size=16, schedule=make_schedule("exponential", gamma=0.999))
    trainer.run(4000)
    assert trainer.path == "graph"
    assert _distance_to_optimum(trainer) < 0.05


def test_lr_above_critical_diverges_and_stops_cleanly(line):
    X, Y, *_ = line
    trainer = Trainer(X, Y)
    trainer.lr = 1.05 * trainer.curvature.critical_lr
    last = trainer.run(100_000)
    assert trainer.status.diverged
    assert (
        "below" in trainer.status.message and f"{trainer.curvature.critical_lr:.3g}" in trainer.status.message
    )
    assert trainer.iteration < 100_000
    assert np.isfinite(last.loss_train) and np.isfinite(trainer.theta).all()
    assert np.isfinite(trainer.history.loss_train).all()
    stopped = trainer.step()
    assert stopped.iteration == last.iteration and np.array_equal(stopped.W, last.W)


def test_lr_below_critical_converges(line):
    X, Y, *_ = line
    trainer = Trainer(X, Y)
    trainer.lr = 0.95 * trainer.curvature.critical_lr
    trainer.run(2000)
    assert not trainer.status.diverged and _distance_to_optimum(trainer) < 1e-6


def test_records_describe_the_state_they_hold(line):
    X, Y, X_test, Y_test = line
    trainer = Trainer(X, Y, X_test=X_test, Y_test=Y_test, lr=0.1)
    record = trainer.run(5)
    assert record.iteration == 5 and record.epoch == 5
    residual = X @ record.W + record.b - Y
    assert record.loss_train == pytest.approx((residual**2).mean(), rel=1e-12)
    np.testing.assert_allclose(record.grad_W, (2 / len(X)) * X.T @ residual, atol=1e-12)
    test_residual = X_test @ record.W + record.b - Y_test
    assert record.loss_test == pytest.approx((test_residual**2).mean(), rel=1e-12)
    assert record.lr == 0.1


@pytest.mark.parametrize("batch_size", [None, 7])
def test_rewind_then_replay_is_bit_identical(line, batch_size):
    X, Y, *_ = line
    trainer = Trainer(X, Y, optimizer=Adam(), lr=0.05, batch_size=batch_size, schedule=Cosine(period=50))
    trainer.run(120)
    history = trainer.history
    first = [history.record(i) for i in range(len(history))]
    trainer.rewind(37)
    assert trainer.iteration == 37 and len(history) == 38
    trainer.run(83)
    replay = [history.record(i) for i in range(len(history))]
    assert len(replay) == len(first)
    for a, b in zip(first, replay):
        assert a.iteration == b.iteration and a.epoch == b.epoch and a.loss_train == b.loss_train
        np.testing.assert_array_equal(a.W, b.W)
        np.testing.assert_array_equal(a.b, b.b)
        np.testing.assert_array_equal(a.grad_W, b.grad_W)


def test_hyperparameters_change_between_steps_without_reset(line):
    X, Y, *_ = line
    trainer = Trainer(X, Y, lr=0.01)
    trainer.run(10)
    trainer.lr = 0.2
    trainer.optimizer = Momentum(beta=0.5)
    trainer.batch_size = 10
    record = trainer.run(5)
    assert record.iteration == 15 and len(trainer.history) == 16
    assert record.lr == 0.2 and trainer.history.lr[10] == 0.01


def test_each_row_is_used_once_per_epoch(line):
    X, Y, *_ = line
    trainer = Trainer(X, Y, batch_size=32, seed=3)
    seen = []
    for _ in range(int(np.ceil(len(X) / 32))):
        seen.append(trainer._next_batch())
    np.testing.assert_array_equal(np.sort(np.concatenate(seen)), np.arange(len(X)))
    assert trainer._epoch == 1


class StepByStepGD(GD):
    """GD that the Trainer runs one step at a time (its bulk loop takes GD itself only)."""


def test_gd_in_bulk_records_exactly_what_single_steps_record(line):
    X, Y, *_ = line
    runs = []
    for optimizer in (GD(), StepByStepGD()):
        # A small history, so that it thins on the way; a schedule, so that lr changes.
        trainer = Trainer(
            X, Y, optimizer=optimizer, lr=0.3, schedule=StepDecay(every=70), history_bytes=60_000
        )
        trainer.run(1000)
        trainer.rewind(900)
        trainer.step()
        trainer.run(333)
        runs.append(trainer)
    bulk, single = runs
    assert len(bulk.history) == len(single.history) < 1334  # thinned
    np.testing.assert_array_equal(
        bulk.history._ints[: len(bulk.history)], single.history._ints[: len(single.history)]
    )
    np.testing.assert_array_equal(
        bulk.history._floats[: len(bulk.history)], single.history._floats[: len(single.history)]
    )
    assert bulk.optimizer.t == single.optimizer.t and bulk.optimizer.lr == single.optimizer.lr


@pytest.mark.parametrize("optimizer", [GD, lambda: Momentum(beta=0.8)])
def test_fast_path_matches_graph_path_over_1000_steps(optimizer):
    data = prepare(load("boston"), test_fraction=0)
    fast = Trainer(data.train.X, data.train.Y, lr=0.1, optimizer=optimizer())
    graph = Trainer(data.train.X, data.train.Y, lr=0.1, optimizer=optimizer(), fast_path=False)
    assert (fast.path, graph.path) == ("fast", "graph")
    for _ in range(1000):
        a, b = fast.step(), graph.step()
    scale = np.abs(graph.theta).max()
    assert np.abs(fast.theta - graph.theta).max() <= 1e-9 * scale
    assert a.loss_train == pytest.approx(b.loss_train, rel=1e-9)


def test_bad_settings_are_clear_errors(line):
    X, Y, *_ = line
    trainer = Trainer(X, Y)
    with pytest.raises(ValueError, match="learning rate must be a positive number"):
        trainer.lr = -1
    with pytest.raises(ValueError, match="batch size must be a whole number"):
        trainer.batch_size = 0
    with pytest.raises(ValueError, match=r"start point must be W \(1, 1\) and b \(1,\)"):
        trainer.reset(np.zeros((2, 1)), np.zeros(1))
    with pytest.raises(ValueError, match="NaN"):
        Trainer(np.array([[1.0], [np.nan]]), np.ones(2))


def test_no_warning_escapes_a_huge_divergence():
    X = np.array([[1.0], [2.0], [3.0]])
    trainer = Trainer(X, 1e150 * X, lr=9.0)
    trainer.run(1000)  # pytest turns any RuntimeWarning into an error
    assert trainer.status.diverged


def test_next_batch_is_the_batch_the_next_step_takes(rng):
    X, Y = rng.normal(size=(50, 2)), rng.normal(size=(50, 1))
    trainer = Trainer(X, Y, lr=0.01, batch_size=8, seed=3)
    trainer.run(9)  # into the second epoch
    peeked = trainer.next_batch()
    twin = Trainer(X, Y, lr=0.01, batch_size=8, seed=3)
    twin.run(9)
    rows = twin._next_batch()  # the sampler as the step itself moves it
    np.testing.assert_array_equal(peeked, rows)
    assert Trainer(X, Y).next_batch() is None  # the full batch
    earlier = trainer.next_batch(2)
    trainer.rewind(2)
    np.testing.assert_array_equal(earlier, trainer.next_batch())

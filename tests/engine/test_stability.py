import numpy as np
import pytest

from gradviz.engine import Momentum, make_optimizer
from gradviz.engine.divergence import divergence_message, first_growing
from gradviz.engine.stability import critical_lr
from gradviz.settings import Settings, build_run

BOUNDED = ["gd", "momentum", "nesterov"]
BATCHES = [None, 1, 8]
STEPS = 3000


def boston(optimizer="gd", batch_size=None, factor=None):
    """A seeded run on standardized Boston; with `factor`, at that multiple of its critical rate."""
    _, trainer = build_run(Settings(dataset="boston", optimizer=optimizer, batch_size=batch_size, seed=0))
    if factor is not None:
        trainer.lr = factor * trainer.critical.lr
    return trainer


@pytest.mark.parametrize("beta", [0.0, 0.5, 0.9, 0.99])
@pytest.mark.parametrize("nesterov", [False, True])
def test_the_momentum_bounds_are_where_the_quadratic_recurrence_turns_unstable(beta, nesterov):
    """On C(θ) = λθ²/2, the run shrinks just below the bound and grows just above it."""
    lam = 3.0
    bound = critical_lr(lam, Momentum(beta=beta, nesterov=nesterov)).lr

    def final(lr):
        optimizer, theta = Momentum(lr, beta=beta, nesterov=nesterov), np.ones(1)
        for _ in range(4000):
            optimizer.step([theta], [lam * theta])
            if abs(theta[0]) > 1e6:
                break
        return abs(theta[0])

    assert final(0.99 * bound) < 1e-3 and final(1.01 * bound) > 1e3


def test_the_bounds_of_the_full_batch_follow_their_formulas():
    lam = 4.0
    assert critical_lr(lam, make_optimizer("gd")).lr == pytest.approx(0.5)
    assert critical_lr(lam, make_optimizer("momentum", beta=0.9)).lr == pytest.approx(3.8 / 4)
    assert critical_lr(lam, make_optimizer("nesterov", beta=0.9)).lr == pytest.approx(3.8 / 2.8 / 4)


@pytest.mark.parametrize("name", ["adam", "rmsprop", "adagrad"])
def test_adaptive_optimizers_have_no_critical_rate(name):
    for batch_size in BATCHES:
        rate = boston(name, batch_size).critical
        assert rate.lr is None and "no critical learning rate" in rate.reason


def test_batches_of_one_are_bounded_by_the_largest_per_example_curvature():
    trainer = boston("gd", 1)
    Z = np.hstack([trainer.X, np.ones((trainer.n_samples, 1))])
    assert trainer.critical.lr == pytest.approx(1 / (Z * Z).sum(axis=1).max())
    assert trainer.critical.lr < boston("gd", 8).critical.lr < boston("gd").critical.lr


@pytest.mark.parametrize("batch_size", BATCHES)
@pytest.mark.parametrize("optimizer", BOUNDED)
def test_each_bound_converges_at_four_fifths_of_it(optimizer, batch_size):
    trainer = boston(optimizer, batch_size, 0.8)
    trainer.run(STEPS)
    assert not trainer.status.diverged and trainer.iteration == STEPS
    tolerance = 1e-6 if batch_size is None else 0.3  # mini-batches settle in a noise ball
    assert trainer.current.loss_train == pytest.approx(trainer.train_loss.loss_star, rel=tolerance)


@pytest.mark.parametrize("optimizer", BOUNDED)
def test_full_batch_diverges_a_fifth_above_its_bound_and_is_flagged(optimizer):
    trainer = boston(optimizer, None, 1.2)
    trainer.run(STEPS)
    assert trainer.status.diverged and trainer.iteration < 200
    assert f"critical {trainer.critical.formula}" in trainer.status.message


def test_gd_just_above_its_bound_is_flagged_long_before_the_loss_explodes():
    trainer = boston("gd", None, 1.01)
    trainer.run(STEPS)
    assert trainer.status.diverged and trainer.iteration < 500
    assert trainer.current.loss_train < 1e6


def test_the_message_names_the_optimizer_and_a_rate_that_converges():
    trainer = boston("nesterov", None, 1.2)
    trainer.run(STEPS)
    message = trainer.status.message
    assert "of nesterov" in message and "momentum" not in message
    safe = float(message.rsplit("below ", 1)[1].rstrip("."))
    assert safe < trainer.critical.lr
    trainer.reset()
    trainer.lr = safe
    trainer.run(STEPS)
    assert not trainer.status.diverged


def test_the_safe_rate_of_the_message_is_rounded_down():
    assert divergence_message(3, 1.0, 0.16551, "gd").endswith("below 0.165.")


def test_growth_counts_only_when_sustained_and_large():
    rising = 2.0 ** np.arange(60)
    assert first_growing(rising, 1.0, 0) == 10
    assert first_growing(rising, 2.0**57, 0) is None  # never 10 times the start scale
    bumpy = rising.copy()
    bumpy[::8] = 0.0
    assert first_growing(bumpy, 1.0, 0) is None  # never rose for 10 records in a row


@pytest.mark.parametrize("optimizer", BOUNDED)
@pytest.mark.parametrize("factor", [1.008, 1.1])
def test_a_run_just_above_its_exact_bound_is_flagged_once_its_loss_grows(optimizer, factor):
    """lr 1.1 × 2/λmax ended 50 steps at a loss of 8e8 unflagged, and 1.008 × 200 steps at 29,404."""
    trainer = boston(optimizer, None, factor)
    trainer.run(200)
    assert trainer.status.diverged and f"critical {trainer.critical.formula}" in trainer.status.message
    if optimizer == "gd" and factor < 1.05:  # caught as it grows, long before it explodes
        assert trainer.current.loss_train < 10 * trainer.history.record(0).loss_train


@pytest.mark.parametrize("batch_size", BATCHES)
@pytest.mark.parametrize("optimizer", BOUNDED)
def test_nothing_converging_is_flagged_just_below_a_bound(optimizer, batch_size):
    trainer = boston(optimizer, batch_size, 0.97)  # momentum overshoots most there
    trainer.run(STEPS)
    assert not trainer.status.diverged, trainer.status.message


@pytest.mark.parametrize("standardize", [True, False])
@pytest.mark.parametrize("optimizer", ["adam", "rmsprop", "adagrad"])
def test_without_a_bound_the_message_names_a_rate_that_does_not_diverge(optimizer, standardize):
    """Adam at 1e5 after 1e6 diverged again: a tenth of lr is no rate of its own."""
    _, trainer = build_run(Settings(dataset="boston", optimizer=optimizer, seed=0, standardize=standardize))
    trainer.lr = 1e6
    trainer.run(STEPS)
    assert trainer.status.diverged and "has no critical rate" in trainer.status.message
    safe = float(trainer.status.message.split("learning rate, ")[1].split(" say")[0])
    trainer.reset()
    trainer.lr = safe
    trainer.run(STEPS)
    assert not trainer.status.diverged and trainer.iteration == STEPS

"""Race specs: one parser for the CLI, the settings and the window."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gradviz.engine import HYPERPARAMETERS, OPTIMIZERS, Trainer
from gradviz.engine.race import DEFAULT_RACE_LR, RaceError, Racer, parse_race, parse_racer, race_text
from gradviz.engine.step_taken import step_taken


def test_a_new_racer_starts_at_each_optimizer_name():
    racers = parse_race("gd:lr=0.1, momentum:lr=0.05,beta=0.5,adam:lr=0.05,nesterov")
    assert racers == [
        Racer("gd", 0.1),
        Racer("momentum", 0.05, {"beta": 0.5}),
        Racer("adam", 0.05),
        Racer("nesterov", DEFAULT_RACE_LR),
    ]
    assert racers[1].label == "Momentum 0.05, β 0.5"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sgd:lr=0.1", "unknown optimizer 'sgd' in racer 'sgd:lr=0.1'; the optimizers are gd, momentum"),
        ("momentum:lr=0.1,gamma=0.9", "momentum has no setting 'gamma'; it takes lr, beta"),
        ("gd:beta=0.9", "gd has no setting 'beta'; it takes lr"),
        ("adam:lr=fast", "lr='fast' is not a number"),
        ("adam:lr=0", "lr must be from 1e-06 to 10"),
        ("momentum:lr=0.1,beta=1.5", "momentum β must be at least 0 and below 1"),
        ("lr=0.1,gd", "starts with 'lr=0.1'; start it with an optimizer name"),
        ("gd,,adam", "has an empty racer"),
        ("gd:lr=0.1,lr=0.2", "gives lr twice"),
        (",".join(["gd"] * 6), "at most 5 racers, got 6"),
    ],
)
def test_a_bad_race_says_what_is_wrong_and_what_would_work(text, message):
    with pytest.raises(RaceError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_race(text)


@st.composite
def racers(draw):
    name = draw(st.sampled_from(OPTIMIZERS))
    params = {}
    for h in HYPERPARAMETERS[name]:
        if draw(st.booleans()):
            params[h.name] = draw(st.floats(h.low, h.high))
    return Racer(name, draw(st.floats(1e-6, 10)), params)


@given(st.lists(racers(), min_size=1, max_size=5))
def test_race_text_reads_back_as_the_same_racers(race):
    assert parse_race(race_text(race)) == race
    assert [parse_racer(r.spec) for r in race] == race


def _trainer(optimizer="momentum", **kwargs):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 2))
    Y = X @ np.array([[1.0], [-2.0]]) + 0.5 + 0.1 * rng.normal(size=(40, 1))
    return Trainer(X, Y, optimizer=optimizer, lr=0.05, **kwargs)


@pytest.mark.parametrize("optimizer", ["gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"])
@pytest.mark.parametrize("batch_size", [None, 7])
def test_the_proposed_step_is_the_step_taken_and_changes_nothing(optimizer, batch_size):
    trainer = _trainer(optimizer, batch_size=batch_size)
    trainer.run(5)
    state = trainer.optimizer.state()
    theta = trainer.theta.copy()
    proposed, lr = step_taken(trainer, -1)
    assert lr == 0.05 and np.array_equal(trainer.theta, theta)
    for key, value in trainer.optimizer.state().items():
        np.testing.assert_array_equal(value, state[key])
    trainer.step()
    np.testing.assert_allclose(proposed, trainer.theta - theta, rtol=1e-12, atol=1e-15)
    past, _ = step_taken(trainer, 5)
    np.testing.assert_array_equal(past, trainer.history.thetas[6] - trainer.history.thetas[5])


def test_gd_steps_along_minus_the_gradient_and_momentum_along_its_velocity():
    gd = _trainer("gd")
    gd.run(3)
    step, lr = step_taken(gd, -1)
    np.testing.assert_allclose(step / lr, -gd.current.grad, rtol=1e-12)
    momentum = _trainer("momentum")
    momentum.run(3)
    step, lr = step_taken(momentum, -1)
    assert not np.allclose(step / lr, -momentum.current.grad, rtol=1e-3)  # the velocity, not −∇C

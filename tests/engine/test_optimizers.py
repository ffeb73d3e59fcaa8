import numpy as np
import pytest

from gradviz.engine import GD, Adam, Momentum, RMSProp, make_optimizer


def test_gd_step_is_lr_times_gradient():
    p = np.array([1.0, 2.0])
    GD(lr=0.5).step([p], [np.array([2.0, -2.0])])
    np.testing.assert_array_equal(p, [0.0, 3.0])


def test_momentum_accumulates_velocity():
    p, g = np.zeros(1), np.ones(1)
    opt = Momentum(lr=1.0, beta=0.5)
    opt.step([p], [g])
    opt.step([p], [g])
    np.testing.assert_allclose(p, [-(1 + 1.5)])


def test_nesterov_looks_ahead():
    p, g = np.zeros(1), np.ones(1)
    opt = Momentum(lr=1.0, beta=0.5, nesterov=True)
    opt.step([p], [g])
    np.testing.assert_allclose(p, [-(1 + 0.5 * 1)])


def test_adam_first_step_has_size_lr():
    p = np.zeros(3)
    Adam(lr=0.1).step([p], [np.array([5.0, -0.01, 2.0])])
    np.testing.assert_allclose(p, [-0.1, 0.1, -0.1], rtol=1e-6)


def test_rmsprop_normalizes_by_running_rms():
    p = np.zeros(1)
    RMSProp(lr=0.1, rho=0.0).step([p], [np.array([4.0])])
    np.testing.assert_allclose(p, [-0.1], rtol=1e-6)


@pytest.mark.parametrize("name", ["momentum", "rmsprop", "adam"])
def test_state_vector_round_trip_and_reset(name):
    params = [np.zeros((3, 2))]
    opt = make_optimizer(name, lr=0.1)
    for k in range(3):
        opt.step(params, [np.full((3, 2), k + 1.0)])
    saved = opt.state_vector(params)
    assert saved.size == opt.state_size(6)
    clone = make_optimizer(name, lr=0.1)
    clone.load_state_vector(saved, params)
    a, b = params[0].copy(), params[0].copy()
    opt.step([a], [np.ones((3, 2))])
    clone.step([b], [np.ones((3, 2))])
    np.testing.assert_array_equal(a, b)
    opt.reset()
    assert opt.t == 0 and not opt.buffers


def test_unknown_optimizer_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown optimizer 'sgdd'; choose one of gd, momentum"):
        make_optimizer("sgdd")


@pytest.mark.parametrize(
    ("name", "settings", "message"),
    [
        ("momentum", {"beta": 1.5}, "momentum β must be at least 0 and below 1"),
        ("nesterov", {"beta": -0.1}, "momentum β"),
        ("rmsprop", {"rho": 1.0}, "RMSProp ρ"),
        ("adam", {"beta1": 5}, "Adam β1"),
        ("adam", {"eps": 0}, "Adam ε must be a positive number"),
        ("gd", {"beta": 0.9}, "plain gd takes no settings"),
    ],
)
def test_impossible_hyperparameters_are_refused(name, settings, message):
    with pytest.raises(ValueError, match=message):
        make_optimizer(name, **settings)

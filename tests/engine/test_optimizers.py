import dataclasses

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gradviz.engine import (
    GD,
    HYPERPARAMETERS,
    OPTIMIZERS,
    Adam,
    Hyperparameter,
    Momentum,
    RMSProp,
    make_optimizer,
)


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


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_every_optimizer_is_named_as_the_user_chose_it(name):
    """Messages, the Graph view and the critical rate say "nesterov" for Momentum(nesterov=True)."""
    assert make_optimizer(name, lr=0.1).name == name


def test_adam_first_step_has_size_lr():
    p = np.zeros(3)
    Adam(lr=0.1).step([p], [np.array([5.0, -0.01, 2.0])])
    np.testing.assert_allclose(p, [-0.1, 0.1, -0.1], rtol=1e-6)


def test_rmsprop_normalizes_by_running_rms():
    p = np.zeros(1)
    RMSProp(lr=0.1, rho=0.0).step([p], [np.array([4.0])])
    np.testing.assert_allclose(p, [-0.1], rtol=1e-6)


@pytest.mark.parametrize("name", ["momentum", "adagrad", "rmsprop", "adam"])
def test_state_round_trip_and_reset(name):
    params = [np.zeros((3, 2)), np.zeros(2)]
    opt = make_optimizer(name, lr=0.1)
    for k in range(3):
        opt.step(params, [np.full((3, 2), k + 1.0), np.full(2, -k - 1.0)])
    saved = opt.state()
    clone = make_optimizer(name, lr=0.1)
    clone.load_state(saved)
    a, b = [p.copy() for p in params], [p.copy() for p in params]
    opt.step(a, [np.ones((3, 2)), np.ones(2)])
    clone.step(b, [np.ones((3, 2)), np.ones(2)])
    for x, y in zip(a, b):
        np.testing.assert_array_equal(x, y)
    assert saved["t"] == 3 and opt.state()["t"] == 4  # a state() is a copy, not a view
    opt.reset()
    assert opt.state() == {"t": 0, "buffers": None}


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
        ("adagrad", {"eps": -1e-8}, "AdaGrad ε must be a positive number"),
        ("adagrad", {"rho": 0.9}, "adagrad has no setting 'rho'; its settings are eps$"),
        ("gd", {"beta": 0.9}, "plain gd takes no settings"),
    ],
)
def test_impossible_hyperparameters_are_refused(name, settings, message):
    with pytest.raises(ValueError, match=message):
        make_optimizer(name, **settings)


@pytest.mark.parametrize("value", [None, "0.5", True, np.bool_(False), [0.5], 0.5j])
def test_settings_that_are_not_numbers_are_refused_not_converted(value):
    with pytest.raises(ValueError, match=r"momentum β must be a number, got beta="):
        make_optimizer("momentum", beta=value)


@pytest.mark.parametrize(
    ("name", "settings", "known"),
    [
        ("adam", {"beta": 0.9}, "beta1, beta2, eps"),
        ("momentum", {"nesterov": True}, "beta"),
        ("rmsprop", {"rho": 0.5, "decay": 1}, "rho, eps"),
    ],
)
def test_unknown_settings_are_refused_with_the_known_ones(name, settings, known):
    with pytest.raises(ValueError, match=f"{name} has no setting .*; its settings are {known}$"):
        make_optimizer(name, **settings)


def test_a_learning_rate_that_is_not_a_positive_number_is_refused():
    for lr in (0, -1.0, float("nan"), "0.1", None):
        with pytest.raises(ValueError, match="the learning rate must be a"):
            make_optimizer("gd", lr=lr)


def test_every_optimizer_has_its_settings_in_the_table():
    assert set(HYPERPARAMETERS) == set(OPTIMIZERS)
    names = {key: [h.name for h in settings] for key, settings in HYPERPARAMETERS.items()}
    assert names == {
        "gd": [],
        "momentum": ["beta"],
        "nesterov": ["beta"],
        "adagrad": ["eps"],
        "rmsprop": ["rho", "eps"],
        "adam": ["beta1", "beta2", "eps"],
    }
    labels = {h.name: h.label for settings in HYPERPARAMETERS.values() for h in settings}
    assert labels == {"beta": "momentum β", "rho": "decay ρ", "beta1": "β1", "beta2": "β2", "eps": "ε"}


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_the_table_matches_what_the_optimizers_accept(name):
    default = make_optimizer(name)
    for setting in HYPERPARAMETERS[name]:
        assert setting.low <= setting.default <= setting.high
        assert getattr(default, setting.name) == setting.default  # the constructors' defaults
        for value in (setting.low, setting.high):  # what a panel offers is valid
            assert getattr(make_optimizer(name, **{setting.name: value}), setting.name) == value


def test_hyperparameters_are_frozen():
    setting = HYPERPARAMETERS["adam"][1]
    assert isinstance(setting, Hyperparameter)
    assert (setting.name, setting.default, setting.low, setting.high) == ("beta2", 0.999, 0.0, 0.9999)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setting.high = 2.0


@given(
    name=st.sampled_from([n for n in OPTIMIZERS if HYPERPARAMETERS[n]]),
    index=st.integers(0, 2),
    value=st.floats(allow_nan=True, allow_infinity=True),
)
def test_make_optimizer_accepts_exactly_the_values_the_checks_allow(name, index, value):
    setting = HYPERPARAMETERS[name][index % len(HYPERPARAMETERS[name])]
    valid = 0 <= value < 1 if setting.kind == "decay" else 0 < value < float("inf")
    if valid:
        assert getattr(make_optimizer(name, **{setting.name: value}), setting.name) == value
    else:
        with pytest.raises(ValueError, match=f"{setting.label.split()[-1]} must be"):
            make_optimizer(name, **{setting.name: value})

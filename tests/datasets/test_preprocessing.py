import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gradviz.datasets import DatasetError, Standardizer, load, prepare, train_test_split


def test_split_is_seeded_and_disjoint():
    data = load("diabetes")
    train, test = train_test_split(data, 0.25, seed=4)
    again, _ = train_test_split(data, 0.25, seed=4)
    np.testing.assert_array_equal(train.X, again.X)
    assert train.n_samples + test.n_samples == 442 and test.n_samples == 110
    rows = {tuple(r) for r in train.X} & {tuple(r) for r in test.X}
    assert not rows


def test_standardizer_is_fitted_on_train_only():
    prepared = prepare(load("boston"), test_fraction=0.3, seed=1)
    np.testing.assert_allclose(prepared.train.X.mean(axis=0), 0, atol=1e-12)
    np.testing.assert_allclose(prepared.train.X.std(axis=0), 1)
    assert np.abs(prepared.test.X.mean(axis=0)).max() > 1e-3


@given(seed=st.integers(0, 1000), n=st.integers(1, 5), p=st.integers(1, 3))
def test_coefficients_convert_to_original_units(seed, n, p):
    rng = np.random.default_rng(seed)
    X = rng.normal(3, 5, size=(20, n))
    scaler = Standardizer.fit(X)
    W, b = rng.normal(size=(n, p)), rng.normal(size=p)
    W_raw, b_raw = scaler.to_original_units(W, b)
    np.testing.assert_allclose(X @ W_raw + b_raw, scaler.transform(X) @ W + b, atol=1e-9)
    back = scaler.from_original_units(W_raw, b_raw)
    np.testing.assert_allclose(back[0], W, atol=1e-12)


def _scaled_cost_and_gradient(scaler, X, Y, W, b):
    """C and its closed form gradient at (W, b) on the scaled features X':
    (2/q)·X'ᵀ(Ŷ − Y) and (2/q)·Σᵢ(Ŷᵢ − Yᵢ)."""
    Xs = scaler.transform(X)
    residual = Xs @ W + b - Y
    q = len(X)
    return (residual**2).sum() / q, 2 / q * Xs.T @ residual, 2 / q * residual.sum(axis=0)


@given(seed=st.integers(0, 1000), n=st.integers(1, 4), p=st.integers(1, 3))
def test_gradient_converts_to_original_units_as_finite_differences_of_the_raw_cost(seed, n, p):
    rng = np.random.default_rng(seed)
    X = rng.normal(rng.uniform(-20, 20, n), rng.uniform(0.5, 30, n), size=(30, n))  # σ and μ far from 1, 0
    Y = rng.normal(size=(30, p))
    scaler = Standardizer.fit(X)
    W_raw, b_raw = rng.normal(size=(n, p)) / scaler.scale[:, None], rng.normal(size=p)

    def raw_cost(W, b):  # C as a function of the coefficients on the raw features
        return _scaled_cost_and_gradient(scaler, X, Y, *scaler.from_original_units(W, b))[0]

    scaled = scaler.from_original_units(W_raw, b_raw)
    _, dW_scaled, db_scaled = _scaled_cost_and_gradient(scaler, X, Y, *scaled)
    dW, db = scaler.gradient_to_original_units(dW_scaled, db_scaled)
    assert dW.shape == (n, p) and db.shape == (p,)
    for i in range(n + 1):
        for j in range(p):
            eps = 1e-6 / scaler.scale[i] if i < n else 1e-6  # a step of the size of that entry
            W_up, W_down, b_up, b_down = W_raw.copy(), W_raw.copy(), b_raw.copy(), b_raw.copy()
            if i < n:
                W_up[i, j] += eps
                W_down[i, j] -= eps
            else:
                b_up[j] += eps
                b_down[j] -= eps
            numeric = (raw_cost(W_up, b_up) - raw_cost(W_down, b_down)) / (2 * eps)
            analytic = dW[i, j] if i < n else db[j]
            np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-7)


def test_gradient_in_original_units_is_not_the_coefficients_conversion():
    scaler = Standardizer(np.array([10.0]), np.array([4.0]))
    dW, db = scaler.gradient_to_original_units(np.array([[1.0]]), np.array([0.5]))
    np.testing.assert_allclose(dW, [[4.0 * 1.0 + 10.0 * 0.5]])  # σ·∂C/∂w' + μ·∂C/∂b', not ∂C/∂w' / σ
    np.testing.assert_allclose(db, [0.5])


def test_identity_scaling_leaves_the_gradient_and_the_flag_says_so():
    scaler = Standardizer.identity(2)
    dW, db = np.arange(6.0).reshape(3, 2)[:2], np.array([1.0, -2.0])
    np.testing.assert_array_equal(scaler.gradient_to_original_units(dW, db)[0], dW)
    assert not prepare(load("line"), standardize=False).standardized
    assert prepare(load("line")).standardized


def test_constant_training_feature_names_the_feature():
    X = np.column_stack([np.arange(5.0), np.ones(5)])
    with pytest.raises(DatasetError, match="'flat' is constant.*standardization off"):
        Standardizer.fit(X, ("x", "flat"))


@pytest.mark.parametrize("fraction", [-0.1, 1.0, 0.999])
def test_impossible_test_fraction_is_a_clear_error(fraction):
    with pytest.raises(DatasetError, match="test fraction"):
        train_test_split(load("line"), fraction)

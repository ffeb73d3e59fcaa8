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


def test_constant_training_feature_names_the_feature():
    X = np.column_stack([np.arange(5.0), np.ones(5)])
    with pytest.raises(DatasetError, match="'flat' is constant.*standardization off"):
        Standardizer.fit(X, ("x", "flat"))


@pytest.mark.parametrize("fraction", [-0.1, 1.0, 0.999])
def test_impossible_test_fraction_is_a_clear_error(fraction):
    with pytest.raises(DatasetError, match="test fraction"):
        train_test_split(load("line"), fraction)

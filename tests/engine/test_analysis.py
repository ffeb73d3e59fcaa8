import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gradviz.engine import GD, QuadraticLoss, curvature, r2_score, split_params, stack_params


def _data(seed, q=50, n=3, p=2):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(q, n)), rng.normal(size=(q, p))


def _direct_loss(X, Y, theta):
    residual = X @ theta[:-1] + theta[-1] - Y
    return (residual**2).sum() / X.shape[0]


def test_optimum_matches_normal_equations():
    X, Y = _data(0)
    W, b = split_params(QuadraticLoss(X, Y).theta_star)
    residual = X @ W + b - Y
    np.testing.assert_allclose(X.T @ residual, 0, atol=1e-10)
    np.testing.assert_allclose(residual.sum(axis=0), 0, atol=1e-10)


def test_r2_is_one_for_a_perfect_fit_and_zero_for_the_mean():
    Y = np.array([[1.0], [2.0], [4.0]])
    assert r2_score(Y, Y) == 1.0
    assert r2_score(Y, np.full_like(Y, Y.mean())) == pytest.approx(0.0)


@given(seed=st.integers(0, 1000), q=st.integers(1, 30), n=st.integers(1, 4), p=st.integers(1, 3))
def test_sufficient_statistics_match_the_data(seed, q, n, p):
    X, Y = _data(seed, q, n, p)
    stats = QuadraticLoss(X, Y)
    theta = np.random.default_rng(seed + 1).normal(size=(n + 1, p))
    assert stats.loss(theta) == pytest.approx(_direct_loss(X, Y, theta), rel=1e-9, abs=1e-12)
    residual = X @ theta[:-1] + theta[-1] - Y
    expected = stack_params((2 / q) * X.T @ residual, (2 / q) * residual.sum(axis=0))
    np.testing.assert_allclose(stats.gradient(theta), expected, rtol=1e-9, atol=1e-10)


def test_hessian_is_two_over_q_zt_z():
    X, _ = _data(1, q=10, n=2)
    Z = np.hstack([X, np.ones((10, 1))])
    np.testing.assert_allclose(QuadraticLoss(X, np.zeros((10, 1))).hessian, (2 / 10) * Z.T @ Z)


def test_critical_lr_and_condition_number():
    X = np.array([[1.0], [-1.0]])  # Z = [[1, 1], [-1, 1]]: ZᵀZ = 2I, H = 2I
    c = curvature(QuadraticLoss(X, np.zeros((2, 1))).hessian)
    assert c.lambda_max == pytest.approx(2) and c.critical_lr == pytest.approx(1)
    assert c.condition_number == pytest.approx(1)


def test_landscape_equals_direct_evaluation_for_any_two_entries():
    X, Y = _data(2)
    stats = QuadraticLoss(X, Y)
    theta = np.random.default_rng(3).normal(size=(4, 2))
    a, b = np.linspace(-2, 2, 7), np.linspace(-1, 3, 5)
    for first, second in [((0, 0), (3, 0)), ((1, 0), (2, 1)), ((3, 1), (0, 1))]:
        grid = stats.landscape(theta, first, second, a, b)
        assert grid.shape == (7, 5)
        for i, j in [(0, 0), (3, 2), (6, 4)]:
            probe = theta.copy()
            probe[first], probe[second] = a[i], b[j]
            assert grid[i, j] == pytest.approx(_direct_loss(X, Y, probe), rel=1e-9)


def test_loss_never_drops_below_the_optimum_on_an_exact_fit():
    X = np.linspace(0, 1, 20)[:, None]
    Y = 3 * X + 1
    stats = QuadraticLoss(X, Y)
    assert stats.loss(stats.theta_star) >= 0
    assert stats.loss(stats.theta_star + 1e-9) > 0


def test_landscape_cost_does_not_depend_on_rows():
    X, Y = _data(4, q=200_000, n=2, p=1)
    stats = QuadraticLoss(X, Y)
    del X, Y  # the grid needs only the statistics
    grid = stats.landscape(np.zeros((3, 1)), (0, 0), (2, 0), np.linspace(-1, 1, 200), np.linspace(-1, 1, 200))
    assert grid.shape == (200, 200) and np.isfinite(grid).all()


@given(
    seed=st.integers(0, 1000),
    q=st.integers(1, 20),
    n=st.integers(1, 4),
    p=st.integers(1, 3),
    lrs=st.lists(st.floats(1e-4, 0.5), min_size=1, max_size=30),
)
def test_gd_steps_equal_single_gd_steps_bit_for_bit(seed, q, n, p, lrs):
    X, Y = _data(seed, q, n, p)
    stats = QuadraticLoss(X, Y)
    start = np.random.default_rng(seed + 1).normal(size=(n + 1, p))
    thetas, grads = stats.gd_steps(start, stats.gradient(start), lrs)
    assert thetas.shape == grads.shape == (len(lrs), n + 1, p)
    theta, optimizer = start.copy(), GD()
    for k, lr in enumerate(lrs):
        optimizer.lr = lr
        optimizer.step([theta], [stats.gradient(theta)])
        np.testing.assert_array_equal(thetas[k], theta)
        np.testing.assert_array_equal(grads[k], stats.gradient(theta))
    np.testing.assert_array_equal(start, np.random.default_rng(seed + 1).normal(size=(n + 1, p)))  # untouched


def test_data_without_rows_are_refused():
    with pytest.raises(ValueError, match="no rows"):
        QuadraticLoss(np.ones((0, 2)), np.ones((0, 1)))

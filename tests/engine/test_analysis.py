import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gradviz.engine import QuadraticLoss, closed_form, curvature, hessian, r2_score, stack_params


def _data(seed, q=50, n=3, p=2):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(q, n)), rng.normal(size=(q, p))


def _direct_loss(X, Y, theta):
    residual = X @ theta[:-1] + theta[-1] - Y
    return (residual**2).sum() / X.shape[0]


def test_closed_form_matches_normal_equations():
    X, Y = _data(0)
    W, b = closed_form(X, Y)
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
    np.testing.assert_allclose(hessian(X), (2 / 10) * Z.T @ Z)


def test_critical_lr_and_condition_number():
    X = np.array([[1.0], [-1.0]])  # Z = [[1, 1], [-1, 1]]: ZᵀZ = 2I, H = 2I
    c = curvature(hessian(X))
    assert c.lambda_max == pytest.approx(2) and c.critical_lr == pytest.approx(1)
    assert c.condition_number == pytest.approx(1)
    assert c.best_rate == pytest.approx(0)  # κ = 1: the best lr lands on the optimum in one step


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

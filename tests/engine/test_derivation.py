"""The derivation's numbers: closed forms, finite differences of C, the Trainer, and the slips."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gradviz.engine import Trainer
from gradviz.engine.derivation import derive

# q, n, p all different and > 1: n = 1 hides X * W, q = 1 a missing 1/q, p = 1 a transposed ∇W.
shapes = st.permutations([2, 3, 4, 5, 6]).map(lambda dims: tuple(dims[:3]))
seeds = st.integers(0, 2**32 - 1)


def batch(seed, q, n, p, scale=1.0):
    rng = np.random.default_rng(seed)
    return (
        scale * rng.normal(size=(q, n)),
        scale * rng.normal(size=(q, p)) + 3.0,
        rng.normal(size=(n, p)),
        rng.normal(size=p),
    )


def cost(X, Y, W, b):
    return np.sum((X @ W + b - Y) ** 2) / X.shape[0]


@given(shapes, seeds)
def test_the_derivation_is_the_closed_form_of_design_section_1(shape, seed):
    X, Y, W, b = batch(seed, *shape)
    d = derive(X, Y, W, b)
    q = shape[0]
    np.testing.assert_allclose(d.Y_hat, X @ W + b)
    np.testing.assert_allclose(d.delta, (2 / q) * (X @ W + b - Y))
    np.testing.assert_allclose(d.grad_W, (2 / q) * X.T @ (d.Y_hat - Y))
    np.testing.assert_allclose(d.grad_b, (2 / q) * (d.Y_hat - Y).sum(axis=0))
    np.testing.assert_allclose(d.grad_X, d.delta @ W.T)
    assert d.loss == pytest.approx(cost(X, Y, W, b), rel=1e-12)
    assert (d.grad_W.shape, d.grad_b.shape, d.grad_X.shape) == (W.shape, b.shape, X.shape)


@given(shapes, seeds)
def test_the_gradients_match_finite_differences_of_c(shape, seed):
    X, Y, W, b = batch(seed, *shape)
    d = derive(X, Y, W, b)
    eps = 1e-6
    for array, grad in ((W, d.grad_W), (b, d.grad_b), (X, d.grad_X)):
        numeric = np.empty_like(array)
        for k in np.ndindex(array.shape):
            original = array[k]
            array[k] = original + eps
            plus = cost(X, Y, W, b)
            array[k] = original - eps
            minus = cost(X, Y, W, b)
            array[k] = original
            numeric[k] = (plus - minus) / (2 * eps)
        np.testing.assert_allclose(grad, numeric, rtol=1e-6, atol=1e-7)


@given(shapes, seeds)
def test_each_parameter_is_two_over_q_times_its_sum_of_terms(shape, seed):
    X, Y, W, b = batch(seed, *shape)
    d = derive(X, Y, W, b)
    q, n, p = shape
    for r, c in np.ndindex(n + 1, p):
        term = d.parameter((r, c))
        x = np.ones(q) if r == n else X[:, r]
        assert term.is_bias == (r == n) and term.q == q
        np.testing.assert_allclose(term.products, x * (d.Y_hat[:, c] - Y[:, c]))
        assert term.value == pytest.approx(d.grad[r, c], rel=1e-12, abs=1e-14)
        assert term.value == pytest.approx(2 / q * term.total, rel=1e-12)
        # Q2 averaged over the batch: ∂C/∂θ = (1/q) Σᵢ ∂Cᵢ/∂θ with ∂Cᵢ/∂w = 2(ŷᵢ − yᵢ)xᵢ.
        assert term.value == pytest.approx(np.mean(2 * term.residuals * term.factors), rel=1e-12, abs=1e-14)


@given(shapes, seeds)
def test_a_full_batch_gradient_is_the_trainers_at_the_same_theta(shape, seed):
    X, Y, W, b = batch(seed, *shape)
    for fast_path in (True, False):
        trainer = Trainer(X, Y, lr=0.01, W0=W, b0=b, fast_path=fast_path)
        trainer.run(2)
        record = trainer.current
        d = derive(X, Y, record.W, record.b)
        np.testing.assert_allclose(d.grad, record.grad, rtol=1e-9, atol=1e-12)
        assert d.loss == pytest.approx(record.loss_train, rel=1e-9)
        assert d.critical_lr == pytest.approx(trainer.curvature.critical_lr, rel=1e-9)


def test_a_parameter_outside_theta_is_refused_with_its_range(rng):
    d = derive(*batch(0, 5, 3, 2))
    with pytest.raises(ValueError, match=r"shape \(4, 2\).*row 0…3 \(row 3 is b\)"):
        d.parameter((4, 0))
    with pytest.raises(ValueError, match=r"Y must have shape \(5, 2\)"):
        derive(np.ones((5, 3)), np.ones((5, 1)), np.ones((3, 2)), np.ones(2))


# -- the slips ---------------------------------------------------------------


def numpy_says(left, right):
    try:
        return (left @ right).shape
    except ValueError:
        return None


@given(st.integers(2, 6), st.integers(2, 6), st.integers(1, 6), seeds)
def test_the_wrong_order_aligns_exactly_when_numpy_multiplies_it_and_is_never_grad_w(q, n, p, seed):
    X, Y, W, b = batch(seed, q, n, p)
    wrong = derive(X, Y, W, b).mistakes(lr=0.1).wrong_order
    assert (wrong.left, wrong.right, wrong.correct) == ((q, p), (n, q), (n, p))
    assert wrong.result == numpy_says(X @ W + b - Y, X.T)
    assert wrong.aligns == (p == n)
    assert wrong.result != wrong.correct or q == n == p  # (q, q) is never (n, p) for different sizes


@given(shapes, seeds)
def test_the_matrix_of_ones_is_the_jacobian_and_the_gradient_is_its_product_with_delta(shape, seed):
    q, n, p = shape
    X, Y, W, b = batch(seed, q, n, p)
    d = derive(X, Y, W, b)
    ones = d.mistakes(lr=0.1).bias_as_ones
    assert ones.jacobian == (q, p) and ones.gradient == (p,)
    np.testing.assert_allclose(ones.value, d.grad_b)
    np.testing.assert_allclose(ones.value, np.ones(q) @ d.delta)  # Σᵢ δᵢ·∂Ŷᵢ/∂b, each ∂Ŷᵢⱼ/∂bⱼ = 1


def gd_with_slip(d, lr, steps):
    """Plain GD with ∇C q times too large, from the derivation's θ; the loss after `steps`."""
    W, b = d.W.copy(), d.b.copy()
    for _ in range(steps):
        delta = 2 * (d.X @ W + b - d.Y)  # no 1/q
        W, b = W - lr * d.X.T @ delta, b - lr * delta.sum(axis=0)
    return d.loss_at(W, b)


@given(shapes, seeds)
def test_dropping_one_over_q_makes_gd_diverge_above_critical_over_q(shape, seed):
    q = shape[0]
    d = derive(*batch(seed, *shape))
    slip = d.mistakes(lr=0.01).dropped_one_over_q
    np.testing.assert_allclose(slip.value, q * d.grad)
    assert slip.critical_lr_with_slip == pytest.approx(slip.critical_lr / q)
    assert gd_with_slip(d, 1.1 * slip.critical_lr_with_slip, 300) > 1e6 * d.loss
    assert gd_with_slip(d, 0.9 * slip.critical_lr_with_slip, 300) < d.loss
    assert d.mistakes(lr=1.1 * slip.critical_lr_with_slip).dropped_one_over_q.diverges
    assert not d.mistakes(lr=0.9 * slip.critical_lr_with_slip).dropped_one_over_q.diverges
    one = d.mistakes(lr=0.3 * slip.critical_lr).dropped_one_over_q
    assert one.loss_after == pytest.approx(gd_with_slip(d, 0.3 * slip.critical_lr, 1), rel=1e-9)


@given(shapes, seeds, st.floats(0.01, 0.99))
def test_the_sign_flip_climbs_where_the_correct_step_descends(shape, seed, fraction):
    d = derive(*batch(seed, *shape))
    lr = fraction * d.critical_lr
    flip = d.mistakes(lr=lr).sign_flip
    assert flip.lr == lr and flip.loss_before == d.loss
    assert flip.loss_after_ascent > d.loss > flip.loss_after_descent
    assert flip.loss_after_descent == pytest.approx(d.loss_at(d.W - lr * d.grad_W, d.b - lr * d.grad_b))
    assert flip.loss_after_ascent == pytest.approx(d.loss_at(d.W + lr * d.grad_W, d.b + lr * d.grad_b))


def test_a_diverging_slip_reports_an_infinite_loss_without_a_warning():
    d = derive(*batch(1, 5, 3, 2, scale=1e100))
    for lr in (1e100, 1e300):  # the loss overflows to inf, then the prediction to inf − inf
        assert d.mistakes(lr=lr).dropped_one_over_q.loss_after == np.inf

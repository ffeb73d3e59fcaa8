import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gradviz.engine import MSE, Context, Linear, Variable, gradcheck

dims = st.integers(min_value=1, max_value=6)


def _random(seed, *shape):
    return np.random.default_rng(seed).normal(size=shape)


@given(q=dims, n=dims, p=dims, seed=st.integers(0, 2**16))
def test_linear_passes_gradcheck(q, n, p, seed):
    rng = np.random.default_rng(seed)
    assert gradcheck(Linear, [rng.normal(size=(q, n)), rng.normal(size=(n, p)), rng.normal(size=p)])


@given(q=dims, p=dims, seed=st.integers(0, 2**16))
def test_mse_passes_gradcheck(q, p, seed):
    rng = np.random.default_rng(seed)
    assert gradcheck(MSE, [rng.normal(size=(q, p)), rng.normal(size=(q, p))])


def test_linear_forward_adds_bias_to_every_row():
    X, W, b = np.arange(6.0).reshape(3, 2), np.array([[1.0], [2.0]]), np.array([10.0])
    np.testing.assert_array_equal(Linear.forward(Context(), X, W, b), [[12.0], [18.0], [24.0]])


def test_linear_backward_shapes_and_values(rng):
    X, W, b = rng.normal(size=(5, 3)), rng.normal(size=(3, 2)), rng.normal(size=2)
    G = rng.normal(size=(5, 2))
    ctx = Context()
    Linear.forward(ctx, X, W, b)
    grad_X, grad_W, grad_b = Linear.backward(ctx, G)
    np.testing.assert_allclose(grad_X, G @ W.T)
    np.testing.assert_allclose(grad_W, X.T @ G)
    np.testing.assert_allclose(grad_b, G.sum(axis=0))
    assert grad_b.shape == (2,)


def test_mse_divides_by_rows_not_entries():
    Y_hat, Y = np.ones((2, 3)), np.zeros((2, 3))
    assert MSE.forward(Context(), Y_hat, Y) == pytest.approx(6 / 2)


def test_mse_backward_signs(rng):
    Y_hat, Y = rng.normal(size=(4, 2)), rng.normal(size=(4, 2))
    ctx = Context()
    MSE.forward(ctx, Y_hat, Y)
    grad_Y_hat, grad_Y = MSE.backward(ctx, 1.0)
    np.testing.assert_allclose(grad_Y_hat, (2 / 4) * (Y_hat - Y))
    np.testing.assert_allclose(grad_Y, -(2 / 4) * (Y_hat - Y))


@given(q=dims, n=dims, p=dims, seed=st.integers(0, 2**16))
def test_graph_gradient_equals_closed_form(q, n, p, seed):
    rng = np.random.default_rng(seed)
    X, Y = rng.normal(size=(q, n)), rng.normal(size=(q, p))
    W = Variable(rng.normal(size=(n, p)), requires_grad=True)
    b = Variable(rng.normal(size=p), requires_grad=True)
    loss = MSE.apply(Linear.apply(X, W, b), Y)
    loss.backward()
    residual = X @ W.value + b.value - Y
    np.testing.assert_allclose(W.grad, (2 / q) * X.T @ residual, atol=1e-12)
    np.testing.assert_allclose(b.grad, (2 / q) * residual.sum(axis=0), atol=1e-12)
    assert W.grad.shape == (n, p) and b.grad.shape == (p,)


def test_w_with_wrong_rows_names_both_shapes():
    with pytest.raises(ValueError, match=r"W has 3 rows but X has 4 columns.*\(5, 4\).*\(3, 1\)"):
        Linear.apply(np.ones((5, 4)), np.ones((3, 1)), np.ones(1))


def test_row_vector_bias_is_rejected():
    with pytest.raises(ValueError, match=r"b must have shape \(2,\).*\(1, 2\)"):
        Linear.apply(np.ones((5, 4)), np.ones((4, 2)), np.ones((1, 2)))


def test_mse_shape_mismatch_is_rejected():
    with pytest.raises(ValueError, match=r"\(3, 1\).*\(3,\)"):
        MSE.apply(np.ones((3, 1)), np.ones(3))


def test_mse_of_no_rows_is_a_clear_error():
    with pytest.raises(ValueError, match=r"MSE needs at least one row.*\(0, 2\)"):
        MSE.forward(Context(), np.ones((0, 2)), np.ones((0, 2)))
    with pytest.raises(ValueError, match="at least one row"):
        MSE.apply(np.ones((0, 1)), np.ones((0, 1)))

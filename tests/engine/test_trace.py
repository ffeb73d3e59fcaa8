"""trace: the graph backward walks, with the values, gradients and Contexts of its nodes."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gradviz.engine import MSE, Context, Function, Linear, Variable, trace


def regression(rng, q=5, n=3, p=2):
    X = Variable(rng.normal(size=(q, n)), name="X")
    W = Variable(rng.normal(size=(n, p)), requires_grad=True, name="W")
    b = Variable(rng.normal(size=p), requires_grad=True, name="b")
    Y = Variable(rng.normal(size=(q, p)), name="Y")
    Y_hat = Linear.apply(X, W, b)
    loss = MSE.apply(Y_hat, Y)
    return X, W, b, Y, Y_hat, loss


def test_the_regression_graph_in_order_with_its_values_and_gradients(rng):
    X, W, b, Y, Y_hat, loss = regression(rng)
    loss.backward()
    nodes = trace(loss)
    assert [node.name for node in nodes] == ["X", "W", "b", "Linear", "Y", "MSE"]
    x, w, bias, linear, y, mse = nodes
    assert linear.inputs == (0, 1, 2) and mse.inputs == (3, 4)
    assert x.is_leaf and not linear.is_leaf and linear.function is Linear and mse.function is MSE
    q = X.value.shape[0]
    delta = (2 / q) * (Y_hat.value - Y.value)
    np.testing.assert_allclose(mse.value, np.sum((Y_hat.value - Y.value) ** 2) / q)
    np.testing.assert_allclose(linear.value, X.value @ W.value + b.value)
    assert mse.grad == 1.0
    np.testing.assert_allclose(linear.grad, delta)
    np.testing.assert_allclose(w.grad, X.value.T @ delta)
    np.testing.assert_allclose(bias.grad, delta.sum(axis=0))
    assert x.grad is None and y.grad is None  # no gradient flows to data


def test_each_context_shows_what_it_saved_and_which_inputs_need_a_gradient(rng):
    X, W, b, Y, Y_hat, loss = regression(rng)
    nodes = trace(loss)
    linear, mse = nodes[3], nodes[5]
    assert linear.saved[0] is X.value and linear.saved[1] is W.value  # the leaves themselves
    np.testing.assert_array_equal(mse.saved[0], Y_hat.value - Y.value)
    assert linear.needs_input_grad == (False, True, True)
    assert mse.needs_input_grad == (True, False)
    assert all(node.saved == () for node in nodes if node.is_leaf)


def test_before_backward_no_node_has_a_gradient(rng):
    *_, loss = regression(rng)
    assert all(node.grad is None for node in trace(loss))


class Square(Function):
    """A user's own Function: x ↦ x²."""

    @staticmethod
    def forward(ctx: Context, x: np.ndarray) -> np.ndarray:
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx: Context, grad_output: np.ndarray):
        (x,) = ctx.saved_tensors
        return (2 * x * grad_output,)


@given(st.integers(0, 2**32 - 1))
def test_a_shared_input_appears_once_and_gathers_the_gradient_of_both_paths(seed):
    rng = np.random.default_rng(seed)
    X1, X2 = (Variable(rng.normal(size=(4, 3)), name=f"X{i}") for i in (1, 2))
    W = Variable(rng.normal(size=(3, 2)), requires_grad=True, name="W")
    b = Variable(np.zeros(2), name="b")
    first, second = Linear.apply(X1, W, b), Square.apply(Linear.apply(X2, W, b))
    loss = MSE.apply(first, second)
    loss.backward()
    nodes = trace(loss)
    assert [node.name for node in nodes] == ["X1", "W", "b", "Linear", "X2", "Linear", "Square", "MSE"]
    order = {id(node): i for i, node in enumerate(nodes)}
    assert all(parent < order[id(node)] for node in nodes for parent in node.inputs)  # parents first
    w = next(node for node in nodes if node.name == "W")

    def loss_at(Wv):
        a, z = X1.value @ Wv, X2.value @ Wv
        return np.sum((a - z * z) ** 2) / 4

    eps, numeric = 1e-6, np.zeros_like(W.value)
    for index in np.ndindex(W.value.shape):
        step = np.zeros_like(W.value)
        step[index] = eps
        numeric[index] = (loss_at(W.value + step) - loss_at(W.value - step)) / (2 * eps)
    np.testing.assert_allclose(w.grad, numeric, rtol=1e-5, atol=1e-6)


def test_unnamed_leaves_and_outputs_are_named_plainly():
    x = Variable(np.ones((2, 2)), requires_grad=True)
    nodes = trace(Square.apply(x))
    assert [node.name for node in nodes] == ["", "Square"]
    assert repr(Variable(np.ones(2), name="W")).startswith("Variable('W', ")


@pytest.mark.parametrize("name", ["X", "θ"])
def test_a_leaf_keeps_the_name_it_was_given(name):
    assert Variable(np.ones(1), name=name).name == name

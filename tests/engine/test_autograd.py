import numpy as np
import pytest

from gradviz.engine import MSE, Function, Linear, Variable


class Square(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return (2 * x * grad_output,)


class Add(Function):
    @staticmethod
    def forward(ctx, a, b):
        return a + b

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output, grad_output


def test_gradient_accumulates_where_a_variable_is_used_twice():
    x = Variable(np.array([3.0]), requires_grad=True)
    y = Add.apply(Square.apply(x), x)  # x² + x
    y.backward(np.array([1.0]))
    np.testing.assert_allclose(x.grad, [2 * 3.0 + 1])


def test_diamond_graph_visits_each_node_once_in_reverse_topological_order():
    x = Variable(np.array([2.0]), requires_grad=True)
    s = Square.apply(x)
    y = Add.apply(s, s)  # 2x²
    y.backward(np.array([1.0]))
    np.testing.assert_allclose(x.grad, [8.0])


def test_constants_get_no_gradient(rng):
    X, Y = rng.normal(size=(4, 2)), rng.normal(size=(4, 1))
    W = Variable(rng.normal(size=(2, 1)), requires_grad=True)
    b = Variable(np.zeros(1))
    MSE.apply(Linear.apply(X, W, b), Y).backward()
    assert W.grad is not None and b.grad is None


def test_leaf_gradients_accumulate_across_backward_calls(rng):
    X, Y = rng.normal(size=(4, 2)), rng.normal(size=(4, 1))
    W = Variable(rng.normal(size=(2, 1)), requires_grad=True)
    b = Variable(np.zeros(1), requires_grad=True)
    MSE.apply(Linear.apply(X, W, b), Y).backward()
    first = W.grad.copy()
    MSE.apply(Linear.apply(X, W, b), Y).backward()
    np.testing.assert_allclose(W.grad, 2 * first)
    W.zero_grad()
    assert W.grad is None


def test_backward_without_gradient_needs_a_scalar():
    x = Variable(np.ones(3), requires_grad=True)
    with pytest.raises(ValueError, match="scalar"):
        Square.apply(x).backward()


def test_each_forward_gets_a_fresh_context(rng):
    W = Variable(rng.normal(size=(2, 1)), requires_grad=True)
    b = Variable(np.zeros(1), requires_grad=True)
    first = Linear.apply(np.ones((3, 2)), W, b)
    second = Linear.apply(np.zeros((3, 2)), W, b)
    assert first._creator[1] is not second._creator[1]
    assert first._creator[1].saved_tensors[0].sum() == 6

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


@pytest.mark.parametrize(
    ("function", "inputs", "message"),
    [
        (Linear, 2, r"Linear.forward takes 3 inputs \(X, W, b\) besides ctx, got 2"),
        (MSE, 3, r"MSE.forward takes 2 inputs \(Y_hat, Y\) besides ctx, got 3"),
        (Square, 0, r"Square.forward takes 1 input \(x\) besides ctx, got 0"),
    ],
)
def test_apply_with_a_wrong_number_of_inputs_says_how_many_forward_takes(function, inputs, message):
    with pytest.raises(ValueError, match=message):
        function.apply(*[np.ones((2, 2))] * inputs)


class Scaled(Function):
    """A forward with an optional input and one with any number of them are both fine."""

    @staticmethod
    def forward(ctx, x, factor=2.0):
        return factor * x

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output, None


def test_optional_inputs_may_be_left_out_but_not_exceeded():
    np.testing.assert_array_equal(Scaled.apply(np.ones(2)).value, [2.0, 2.0])
    np.testing.assert_array_equal(Scaled.apply(np.ones(2), 3.0).value, [3.0, 3.0])
    with pytest.raises(ValueError, match=r"Scaled.forward takes 1 to 2 inputs \(x, factor\) .* got 3"):
        Scaled.apply(np.ones(2), 3.0, 4.0)


def test_complex_values_are_refused_not_cast():
    with pytest.raises(ValueError, match="a Variable's value has complex values"):
        Variable(np.ones(2) + 1j, requires_grad=True)
    with pytest.raises(ValueError, match="MSE input 1 has complex values"):
        MSE.apply(np.ones((2, 1)), np.array([[1j], [0]]))
    with pytest.raises(ValueError, match="Square input 0 has complex values"):
        Square.apply(1 + 2j)


def test_text_is_refused():
    with pytest.raises(ValueError, match="Square input 0 must be an array of real numbers"):
        Square.apply(np.array(["1.5"]))

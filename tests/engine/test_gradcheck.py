import numpy as np
import pytest

from gradviz.engine import Function, GradcheckError, Linear, gradcheck


class LinearWithWrongBiasGradient(Function):
    """The course-notes slip: ∂/∂b as a matrix of ones instead of the column sums."""

    forward = Linear.forward

    @staticmethod
    def backward(ctx, grad_output):
        grad_X, grad_W, _ = Linear.backward(ctx, grad_output)
        return grad_X, grad_W, grad_output.mean(axis=0)


class LinearWithTransposedProduct(Function):
    forward = Linear.forward

    @staticmethod
    def backward(ctx, grad_output):
        X, W = ctx.saved_tensors
        return grad_output @ W.T, (X.T @ grad_output)[::-1], grad_output.sum(axis=0)


def _inputs(rng):
    return [rng.normal(size=(4, 3)), rng.normal(size=(3, 2)), rng.normal(size=2)]


def test_wrong_bias_gradient_is_caught_and_named(rng):
    with pytest.raises(GradcheckError, match=r"input 2 \(shape \(2,\)\), entry \(0,\): analytic .* numeric"):
        gradcheck(LinearWithWrongBiasGradient, _inputs(rng))


def test_wrong_weight_gradient_is_caught(rng):
    with pytest.raises(GradcheckError, match="input 1"):
        gradcheck(LinearWithTransposedProduct, _inputs(rng))


def test_failure_can_be_returned_instead_of_raised(rng):
    assert gradcheck(LinearWithWrongBiasGradient, _inputs(rng), raise_exception=False) is False


def test_tolerances_are_keyword_only(rng):
    with pytest.raises(TypeError):
        gradcheck(Linear, _inputs(rng), 1e-6)


def test_wrong_gradient_shape_is_reported(rng):
    class BadShape(Function):
        forward = Linear.forward

        @staticmethod
        def backward(ctx, grad_output):
            X, W = ctx.saved_tensors
            return grad_output @ W.T, X.T @ grad_output, grad_output  # (q, p) bias gradient

    with pytest.raises(GradcheckError, match=r"gradient for input 2 has shape \(4, 2\).*\(2,\)"):
        gradcheck(BadShape, _inputs(rng))


def test_float32_inputs_are_checked_in_float64(rng):
    inputs = [x.astype(np.float32) for x in _inputs(rng)]
    assert gradcheck(Linear, inputs)

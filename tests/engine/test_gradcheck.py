import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gradviz.engine import MSE, Context, Function, GradcheckError, Linear, gradcheck, gradcheck_report


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


@pytest.mark.parametrize(
    ("option", "value"),
    [("eps", 0.0), ("eps", -1e-6), ("eps", float("nan")), ("eps", float("inf")), ("eps", "1e-6")],
)
def test_impossible_step_sizes_are_refused_by_name(rng, option, value):
    with pytest.raises(ValueError, match="gradcheck's eps must be a"):
        gradcheck(Linear, _inputs(rng), **{option: value})


@pytest.mark.parametrize("option", ["atol", "rtol"])
@pytest.mark.parametrize("value", [-1e-5, float("nan"), float("inf"), None])
def test_impossible_tolerances_are_refused_by_name(rng, option, value):
    with pytest.raises(ValueError, match=f"gradcheck's {option} must be a"):
        gradcheck(Linear, _inputs(rng), **{option: value})


def test_zero_tolerances_are_allowed(rng):
    report = gradcheck_report(Linear, _inputs(rng), atol=0, rtol=0)
    assert report.max_abs_error < 1e-6  # may pass or fail, but it is measured


@pytest.mark.parametrize(
    ("function", "inputs"),
    [(MSE, [np.ones((0, 2)), np.ones((0, 2))]), (Linear, [np.ones((0, 2)), np.ones((2, 1)), np.ones(1)])],
)
def test_empty_inputs_are_refused(function, inputs):
    with pytest.raises(ValueError, match=r"gradcheck input 0 is empty \(shape \(0, 2\)\)"):
        gradcheck(function, inputs)


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_inputs_that_are_not_finite_are_refused(rng, bad):
    inputs = _inputs(rng)
    inputs[1][2, 0] = bad
    with pytest.raises(ValueError, match="gradcheck input 1 contains NaN or infinite values"):
        gradcheck(Linear, inputs)


def test_complex_inputs_are_refused_not_cast(rng):
    inputs = _inputs(rng)
    inputs[0] = inputs[0] + 0j
    with pytest.raises(ValueError, match="gradcheck input 0 has complex values"):
        gradcheck(Linear, inputs)


@pytest.mark.parametrize("count", [2, 4])
def test_a_wrong_number_of_inputs_says_how_many_forward_takes(rng, count):
    inputs = (_inputs(rng) + [np.ones(2)])[:count]
    with pytest.raises(ValueError, match=rf"Linear.forward takes 3 inputs \(X, W, b\) .* got {count}"):
        gradcheck(Linear, inputs)


class Overflows(Function):
    """Finite at its inputs, but the step of a finite difference overflows."""

    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return np.exp(x)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return (np.exp(x) * grad_output,)


class NaNGradient(Function):
    @staticmethod
    def forward(ctx, x):
        return 3 * x

    @staticmethod
    def backward(ctx, grad_output):
        return (np.full(np.shape(grad_output), np.nan),)


def test_a_nan_gradient_never_passes():
    report = gradcheck_report(NaNGradient, [np.ones(3)])
    assert not report.passed and "not both finite" in report.failure


def test_overflowing_inputs_never_pass():
    report = gradcheck_report(Linear, [np.full((2, 2), 1e300), np.full((2, 1), 1e300), np.ones(1)])
    assert not report.passed and "NaN or infinite" in report.failure
    with pytest.raises(GradcheckError, match="smaller inputs"):
        gradcheck(Linear, [np.full((2, 2), 1e300), np.full((2, 1), 1e300), np.ones(1)])


@given(
    scale=st.floats(1e-3, 1e308),
    eps=st.floats(1e-12, 1e3),
    seed=st.integers(0, 1000),
    function=st.sampled_from([Linear, MSE, Overflows]),
)
def test_gradcheck_never_passes_what_is_not_finite(scale, eps, seed, function):
    rng = np.random.default_rng(seed)
    shapes = {Linear: [(3, 2), (2, 4), (4,)], MSE: [(3, 2), (3, 2)], Overflows: [(2, 2)]}[function]
    inputs = [scale * rng.uniform(0.5, 1.5, size=shape) for shape in shapes]
    report = gradcheck_report(function, inputs, eps=eps)
    with np.errstate(over="ignore", invalid="ignore"):
        ctx = Context()
        output = np.asarray(function.forward(ctx, *inputs))
        grads = function.backward(ctx, np.ones(output.shape) if output.ndim else 1.0)
    if not (np.isfinite(output).all() and all(np.isfinite(g).all() for g in grads)):
        assert not report.passed and report.failure
    if report.passed:
        assert np.isfinite(report.max_abs_error) and np.isfinite(report.max_rel_error)

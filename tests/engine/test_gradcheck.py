import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gradviz.engine import MSE, Context, Function, GradcheckError, Linear, gradcheck, gradcheck_report
from gradviz.engine.gradcheck import check_regression_functions, regression_trials


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
    with pytest.raises(
        GradcheckError, match=r"input 2 \(b\) \(shape \(2,\)\), entry \(0,\): analytic .* numeric"
    ):
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

    with pytest.raises(
        GradcheckError, match=r"gradient for input 2 \(b\) has shape \(4, 2\), expected \(2,\)"
    ):
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


# -- the classic slips, each as a student would write it --------------------


class LinearWithTransposedWeightGradient(Function):
    forward = Linear.forward

    @staticmethod
    def backward(ctx, grad_output):
        X, W = ctx.saved_tensors
        return grad_output @ W.T, (X.T @ grad_output).T, grad_output.sum(axis=0)


class LinearWithWrongProductOrder(Function):
    """∂W as G·Xᵀ, the (Ŷ − Y)·Xᵀ of the notes."""

    forward = Linear.forward

    @staticmethod
    def backward(ctx, grad_output):
        X, W = ctx.saved_tensors
        return grad_output @ W.T, grad_output @ X.T, grad_output.sum(axis=0)


class LinearWithOnesBiasGradient(Function):
    """∂b as the q×p matrix of ones: a Jacobian block, not the gradient."""

    forward = Linear.forward

    @staticmethod
    def backward(ctx, grad_output):
        X, W = ctx.saved_tensors
        return grad_output @ W.T, X.T @ grad_output, np.ones_like(grad_output)


class LinearWithUnsummedBiasGradient(Function):
    forward = Linear.forward

    @staticmethod
    def backward(ctx, grad_output):
        X, W = ctx.saved_tensors
        return grad_output @ W.T, X.T @ grad_output, grad_output


class LinearIgnoringGradOutput(Function):
    """Returns the gradients for G = 1, whatever G it is given."""

    forward = Linear.forward

    @staticmethod
    def backward(ctx, grad_output):
        X, W = ctx.saved_tensors
        ones = np.ones((X.shape[0], W.shape[1]))
        return ones @ W.T, X.T @ ones, ones.sum(axis=0)


class LinearThatRaises(Function):
    forward = Linear.forward

    @staticmethod
    def backward(ctx, grad_output):
        X, W = ctx.saved_tensors
        return grad_output @ W, X.T @ grad_output, grad_output.sum(axis=0)  # W, not Wᵀ: a NumPy error


class MSEWithoutOneOverQ(Function):
    forward = MSE.forward

    @staticmethod
    def backward(ctx, grad_output):
        (residual,) = ctx.saved_tensors
        return 2 * grad_output * residual, -2 * grad_output * residual


class MSEWithFlippedSign(Function):
    forward = MSE.forward

    @staticmethod
    def backward(ctx, grad_output):
        grad_Y_hat, _ = MSE.backward(ctx, grad_output)
        return grad_Y_hat, grad_Y_hat  # ∂/∂Y is −(2/q)(Ŷ − Y)·g


LINEAR_SLIPS = [
    LinearWithTransposedWeightGradient,
    LinearWithWrongProductOrder,
    LinearWithOnesBiasGradient,
    LinearWithUnsummedBiasGradient,
    LinearIgnoringGradOutput,
    LinearThatRaises,
]
MSE_SLIPS = [MSEWithoutOneOverQ, MSEWithFlippedSign]


def _failures(rng, **functions) -> list[str]:
    return [r.failure for r in check_regression_functions(rng, **functions) if not r.passed]


def test_the_standard_trials_pass_the_engines_functions(rng):
    reports = check_regression_functions(rng)
    assert [r.function for r in reports] == ["Linear", "MSE"] * 5
    assert all(r.passed for r in reports) and all(r.max_rel_error < 1e-5 for r in reports)


@pytest.mark.parametrize("slip", LINEAR_SLIPS)
def test_the_standard_trials_catch_each_slip_in_linear(rng, slip):
    failures = _failures(rng, linear=slip)
    assert failures and all(f.startswith(slip.__name__) for f in failures)


@pytest.mark.parametrize("slip", MSE_SLIPS)
def test_the_standard_trials_catch_each_slip_in_mse(rng, slip):
    failures = _failures(rng, mse=slip)
    assert len(failures) == 5 and all(f.startswith(slip.__name__) for f in failures)


def _one_by_one(rng):
    X, W, b = rng.normal(size=(1, 1)), rng.normal(size=(1, 1)), rng.normal(size=1)
    return [X, W, b], [X @ W + b, rng.normal(size=(1, 1))]


@pytest.mark.parametrize(
    ("slip", "which"),
    [(LinearWithTransposedWeightGradient, 0), (LinearWithWrongProductOrder, 0), (MSEWithoutOneOverQ, 1)],
)
def test_the_old_one_by_one_first_trial_missed_what_the_standard_trials_catch(rng, slip, which):
    assert gradcheck_report(slip, _one_by_one(rng)[which]).passed  # q = n = p = 1 hides the slip
    assert _failures(rng, **{"linear" if which == 0 else "mse": slip})


def test_a_transposed_weight_gradient_is_caught_by_value_when_w_is_square(rng):
    inputs = [rng.normal(size=(5, 3)), rng.normal(size=(3, 3)), rng.normal(size=3)]
    report = gradcheck_report(LinearWithTransposedWeightGradient, inputs)
    assert not report.passed and "input 1 (W) (shape (3, 3)), entry" in report.failure
    assert [r.passed for r in report.inputs] == [True, False, True]


def test_a_wrong_product_order_is_a_shape_error_not_a_crash(rng):
    X, W, b, _ = regression_trials(rng, 1)[0]
    report = gradcheck_report(LinearWithWrongProductOrder, [X, W, b])
    assert not report.passed
    assert report.failure.startswith("LinearWithWrongProductOrder.backward raised ValueError: matmul")
    assert f"input 1 (W) {W.shape}" in report.failure


@pytest.mark.parametrize("slip", [LinearWithOnesBiasGradient, LinearWithUnsummedBiasGradient])
def test_a_bias_gradient_of_q_by_p_is_never_summed_into_shape(rng, slip):
    X, W, b, _ = regression_trials(rng, 1)[0]
    report = gradcheck_report(slip, [X, W, b])
    q, p = X.shape[0], W.shape[1]
    assert report.failure == (
        f"{slip.__name__}.backward: the gradient for input 2 (b) has shape ({q}, {p}), expected ({p},) "
        "(the input's shape); return one entry per entry of the input, never a shape that broadcasts to it"
    )
    assert [r.passed for r in report.inputs] == [True, True, False]


def test_a_bias_gradient_shaped_as_a_row_fails_against_a_vector_bias(rng):
    class RowBiasGradient(Function):
        forward = Linear.forward

        @staticmethod
        def backward(ctx, grad_output):
            grad_X, grad_W, grad_b = Linear.backward(ctx, grad_output)
            return grad_X, grad_W, grad_b[np.newaxis]

    report = gradcheck_report(RowBiasGradient, _inputs(rng))
    assert not report.passed and "input 2 (b) has shape (1, 2), expected (2,)" in report.failure


def test_a_backward_that_raises_is_a_failed_report_naming_it(rng):
    class Linear(Function):  # a student's own, with the engine's name
        forward = LinearThatRaises.forward
        backward = LinearThatRaises.backward

    report = gradcheck_report(Linear, _inputs(rng))
    assert not report.passed and report.failure.startswith("Linear.backward raised ValueError: ")
    assert "(at inputs of shapes input 0 (X) (4, 3), input 1 (W) (3, 2), input 2 (b) (2,))" in report.failure
    assert len(report.inputs) == 3 and not any(r.passed for r in report.inputs)
    with pytest.raises(GradcheckError, match="Linear.backward raised ValueError"):
        gradcheck(Linear, _inputs(rng))


def test_a_forward_that_raises_is_a_failed_report_too(rng):
    class Broken(Function):
        @staticmethod
        def forward(ctx, X, W, b):
            raise RuntimeError("not written yet")

    report = gradcheck_report(Broken, _inputs(rng))
    assert not report.passed and report.failure.startswith(
        "Broken.forward raised RuntimeError: not written yet"
    )


@pytest.mark.parametrize(("returned", "text"), [(2, "returned 2 gradients for 3 inputs (X, W, b)"), (4, "4")])
def test_a_wrong_number_of_gradients_is_a_failed_report(rng, returned, text):
    class WrongCount(Function):
        forward = Linear.forward

        @staticmethod
        def backward(ctx, grad_output):
            return (Linear.backward(ctx, grad_output) + (None,))[:returned]

    report = gradcheck_report(WrongCount, _inputs(rng))
    assert not report.passed and text in report.failure and "one gradient per input" in report.failure
    with pytest.raises(GradcheckError, match=rf"WrongCount.backward returned {returned} gradients"):
        gradcheck(WrongCount, _inputs(rng))


def test_a_missing_complex_or_bare_gradient_is_a_failed_report():
    class NoGradient(Function):
        @staticmethod
        def forward(ctx, x):
            return 2 * x

        @staticmethod
        def backward(ctx, grad_output):
            return (None,)

    class BareArray(NoGradient):
        @staticmethod
        def backward(ctx, grad_output):
            return 2 * grad_output

    class ComplexGradient(NoGradient):
        @staticmethod
        def backward(ctx, grad_output):
            return (2j * grad_output,)

    assert "gradient for input 0 (x) is None" in gradcheck_report(NoGradient, [np.ones(3)]).failure
    assert "returned a ndarray, not a tuple" in gradcheck_report(BareArray, [np.ones(3)]).failure
    assert (
        "input 0 (x) is not real numbers (complex128)"
        in gradcheck_report(ComplexGradient, [np.ones(3)]).failure
    )


def test_per_input_errors_are_reported_by_name(rng):
    report = gradcheck_report(Linear, _inputs(rng))
    assert [(r.label, r.shape, r.passed) for r in report.inputs] == [
        ("input 0 (X)", (4, 3), True),
        ("input 1 (W)", (3, 2), True),
        ("input 2 (b)", (2,), True),
    ]
    assert report.max_abs_error == max(r.max_abs_error for r in report.inputs)


@given(seed=st.integers(0, 2**16), count=st.integers(1, 12))
def test_standard_trial_shapes_are_all_different_and_at_least_two(seed, count):
    trials = regression_trials(np.random.default_rng(seed), count)
    assert len(trials) == count
    for X, W, b, Y in trials:
        (q, n), p = X.shape, W.shape[1]
        assert len({q, n, p}) == 3 and min(q, n, p) >= 2
        assert W.shape == (n, p) and b.shape == (p,) and Y.shape == (q, p)


class LinearWithAnyBias(Function):
    """Takes b as (p,) or (1, p), as torch code often does, but always returns a (p,) ∂b."""

    @staticmethod
    def forward(ctx, X, W, b):
        ctx.save_for_backward(X, W)
        return X @ W + b

    @staticmethod
    def backward(ctx, grad_output):
        X, W = ctx.saved_tensors
        return grad_output @ W.T, X.T @ grad_output, grad_output.sum(axis=0)


def test_bias_rows_are_tried_on_request(rng):
    assert not _failures(rng, linear=LinearWithAnyBias)
    trials = regression_trials(np.random.default_rng(0), 4, bias_row=True)
    assert [t.b.ndim for t in trials] == [1, 2, 1, 2]
    failures = _failures(np.random.default_rng(0), linear=LinearWithAnyBias, bias_row=True)
    assert len(failures) == 2 and all("input 2 (b) has shape" in f for f in failures)


def test_each_report_gives_its_worst_error_as_a_share_of_its_tolerance(rng):
    X, W, b = rng.normal(size=(4, 3)), rng.normal(size=(3, 2)), rng.normal(size=2)
    good = gradcheck_report(Linear, [X, W, b], atol=1e-5, rtol=1e-3)
    assert good.passed and 0 < good.max_error_share <= 1
    assert (good.eps, good.atol, good.rtol) == (1e-6, 1e-5, 1e-3)
    assert good.max_error_share == max(r.max_error_share for r in good.inputs)

    class Doubled(Function):
        forward = Linear.forward

        @staticmethod
        def backward(ctx, grad_output):
            dX, dW, db = Linear.backward(ctx, grad_output)
            return dX, dW, 2 * db

    bad = gradcheck_report(Doubled, [X, W, b])
    assert not bad.passed and bad.inputs[2].max_error_share > 1 >= bad.inputs[0].max_error_share

"""Finding a student's Functions and calling them as a grader does (gradviz Functions: no torch needed).

(Named test_find_functions.py: tests/engine/test_functions.py exists and the test folders are not
packages, so two test_functions.py would clash.)
"""

from pathlib import Path

import numpy as np
import pytest

from gradviz.engine import MSE, Function, Linear
from gradviz.homework.functions import (
    CallContext,
    FunctionInfo,
    chain,
    find_functions,
    forward_many,
    invoke,
    one_line,
    role_of,
)


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Linear", "linear"),
        ("LinearFunction", "linear"),
        ("linear_fn", "linear"),
        ("MyLinear", "linear"),
        ("lin", "linear"),
        ("MSE", "mse"),
        ("Mse", "mse"),
        ("MSELoss", "mse"),
        ("my_mse", "mse"),
        ("MeanSquaredError", "mse"),
        ("Square", None),
        ("LinearMSE", None),  # says both: not a role
        ("Sin", None),
    ],
)
def test_role_of_a_name_in_any_case(name, role):
    assert role_of(name) == role


class MyLin(Function):
    @staticmethod
    def forward(ctx, X, W, b):
        ctx.save_for_backward(X, W)
        return X @ W + b

    @staticmethod
    def backward(ctx, grad_output):
        X, W = ctx.saved_tensors
        return grad_output @ W.T, X.T @ grad_output, grad_output.sum(axis=0)


class Double(Function):
    @staticmethod
    def forward(ctx, x):
        return 2 * x

    @staticmethod
    def backward(ctx, grad_output):
        return 2 * grad_output  # a single array for a single input


class Abstract(Function):
    """A base class of the file's own with no forward: not a Function to check."""


class Broken(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x

    @staticmethod
    def backward(ctx, grad_output):
        x, y = ctx.saved_tensors
        return grad_output


class Text(Function):
    @staticmethod
    def forward(ctx, x):
        return "no"

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output


def _info(cls):
    return find_functions({cls.__name__: cls})[cls.__name__][0]


def test_find_functions_by_class_and_apply_alias():
    found = find_functions(
        {"MyLin": MyLin, "linear": MyLin.apply, "Double": Double, "Abstract": Abstract, "np": np}
    )
    assert list(found) == ["MyLin", "Double"]
    info, cls = found["MyLin"]
    assert cls is MyLin
    assert info == FunctionInfo(
        name="MyLin",
        role="linear",
        base="gradviz",
        aliases=("linear",),
        line=info.line,
        n_inputs=3,
        style="ctx",
    )
    assert info.line > 0
    assert found["Double"][0].role == "other"


def test_an_alias_gives_the_role_when_the_class_name_does_not():
    found = find_functions({"mse": Double.apply})
    assert found["Double"][0].role == "mse"
    assert found["Double"][0].aliases == ("mse",)


def test_with_a_module_name_only_the_files_own_classes_count():
    namespace = {"Linear": Linear, "MSE": MSE, "MyLin": MyLin, "Function": Function}
    assert list(find_functions(namespace, module_name=__name__)) == ["MyLin"]
    assert find_functions(namespace, module_name="student_tp1") == {}


def test_invoke_calls_forward_then_backward_with_a_fresh_context(rng):
    X, W, b, G = rng.normal(size=(7, 5)), rng.normal(size=(5, 3)), rng.normal(size=3), rng.normal(size=(7, 3))
    result = invoke(MyLin, _info(MyLin), [X, W, b], G)
    assert result.error is None
    np.testing.assert_allclose(result.output, X @ W + b)
    np.testing.assert_allclose(result.grads[0], G @ W.T)
    np.testing.assert_allclose(result.grads[1], X.T @ G)
    np.testing.assert_allclose(result.grads[2], G.sum(axis=0))


def test_invoke_without_grad_output_runs_forward_only(rng):
    result = invoke(MyLin, _info(MyLin), [np.eye(2), np.eye(2), np.zeros(2)])
    assert result.grads is None and result.error is None
    np.testing.assert_array_equal(result.output, np.eye(2))


def test_invoke_keeps_a_single_returned_gradient_as_it_is():
    result = invoke(Double, _info(Double), [np.ones(3)], np.full(3, 0.5))
    assert len(result.grads) == 1
    np.testing.assert_array_equal(result.grads[0], np.ones(3))


def test_invoke_in_float32_gives_float64_results():
    result = invoke(Double, _info(Double), [np.ones(3)], np.ones(3), dtype="float32")
    assert result.output.dtype == np.float64 and result.grads[0].dtype == np.float64


def test_an_exception_in_backward_names_its_line_and_phase():
    result = invoke(Broken, _info(Broken), [np.ones(2)], np.ones(2), filename=__file__)
    assert result.output is not None and result.grads is None
    assert result.error.kind == "exception" and result.error.where == "backward"
    assert result.error.message.startswith("ValueError: not enough values to unpack")
    source_lines = Path(__file__).read_text().splitlines()
    assert source_lines[result.error.line - 1].strip() == "x, y = ctx.saved_tensors"


def test_a_forward_returning_text_is_a_bad_reply():
    result = invoke(Text, _info(Text), [np.ones(2)], np.ones(2))
    assert result.error.kind == "bad_reply" and result.error.where == "forward"
    assert "returned str" in result.error.message


def test_forward_many_returns_one_output_per_set_or_the_first_error(rng):
    sets = [[rng.normal(size=3)] for _ in range(4)]
    outputs = forward_many(Double, _info(Double), sets)
    assert len(outputs) == 4
    np.testing.assert_array_equal(outputs[2], 2 * sets[2][0])
    error = forward_many(Text, _info(Text), sets)
    assert error.kind == "bad_reply" and error.where == "forward"


def test_chain_with_gradviz_functions_matches_the_course_gradient(rng):
    X, W, b, Y = rng.normal(size=(7, 5)), rng.normal(size=(5, 3)), rng.normal(size=3), rng.normal(size=(7, 3))
    found = find_functions({"Linear": Linear, "MSE": MSE})
    result = chain(found["Linear"], found["MSE"], [X, W, b], Y)
    residual = X @ W + b - Y
    assert result.error is None and result.dtype == "float64"
    assert result.loss == pytest.approx(np.sum(residual**2) / 7)
    np.testing.assert_allclose(result.grads[1], 2 / 7 * X.T @ residual)
    np.testing.assert_allclose(result.grads[2], 2 / 7 * residual.sum(axis=0))


def test_the_call_context_takes_any_attribute_and_says_every_input_needs_a_gradient():
    ctx = CallContext(3)
    ctx.save_for_backward(1, 2)
    ctx.anything = "kept"
    ctx.mark_non_differentiable(1)
    ctx.set_materialize_grads(False)
    assert ctx.saved_tensors == (1, 2) and ctx.anything == "kept"
    assert ctx.needs_input_grad == (True, True, True) and ctx.needs_grad(2)


def test_one_line_keeps_the_type_and_the_first_line():
    assert one_line(ValueError("first\nsecond")) == "ValueError: first"
    assert one_line(KeyError()) == "KeyError"

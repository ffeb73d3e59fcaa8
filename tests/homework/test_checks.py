"""Verdicts: backward against finite differences of the file's own forward, shapes, the course, the chain."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from checks_support import TORCH, backend, case, check, function, rng

from gradviz.homework import InProcess, StudentError, check_backend
from gradviz.homework.checks import check_backward


@pytest.mark.parametrize(
    "name", [case(n) for n in ("good.py", "good_wxb.py", "good_wbx.py", "good_pn.py", "gv_good.py")]
)
def test_a_correct_file_passes_under_any_convention(name):
    report = check(name)
    assert report.passed(strict=True)
    assert all(f.gradients_ok and f.matches_course for f in report.functions)


@pytest.mark.parametrize(
    "name",
    [case(n) for n in ("mse_mean.py", "mse_sum.py", "mse_none.py", "mse_column_mean.py", "mse_norm.py")],
)
def test_a_consistent_mse_passes_but_is_not_the_courses(name):
    report = check(name)
    assert report.passed() and not report.passed(strict=True)
    assert function(report, "mse").matches_course is False


def _gradcheck_passes(name: str, role: str) -> bool:
    import torch

    cls = backend(name).function_class("MSE" if role == "mse" else "Linear")
    g = torch.Generator().manual_seed(0)
    if role == "mse":
        inputs = (torch.randn(7, 3, generator=g, dtype=torch.float64, requires_grad=True),
                  torch.randn(7, 3, generator=g, dtype=torch.float64, requires_grad=True))  # fmt: skip
    else:
        inputs = tuple(torch.randn(*s, generator=g, dtype=torch.float64, requires_grad=True)
                       for s in ((7, 5), (5, 3), (3,)))  # fmt: skip
    return torch.autograd.gradcheck(cls.apply, inputs, raise_exception=False)


@pytest.mark.parametrize(("name", "role"), [("mse_mean.py", "mse"), ("mse_sum.py", "mse"),
                                            ("slip_db_unreduced.py", "linear")])  # fmt: skip
@pytest.mark.torch
@pytest.mark.skipif(not TORCH, reason="PyTorch is not installed")
def test_files_that_pass_torch_gradcheck_are_not_all_right(name, role):
    assert _gradcheck_passes(name, role)
    result = function(check(name), role)
    assert not (result.gradients_ok and result.matches_course)


@pytest.mark.torch
@pytest.mark.skipif(not TORCH, reason="PyTorch is not installed")
def test_b_as_p_and_as_1_p_give_different_verdicts():
    for name, passing, failing in (("good.py", "(p,)", "(1, p)"), ("bias_row.py", "(1, p)", "(p,)")):
        linear = function(check(name), "linear")
        assert linear.gradients_ok
        assert all(c.passed for c in linear.cases if c.bias == passing)
        assert not any(c.passed for c in linear.cases if c.bias == failing and c.values[0].shape[0] > 1)


@pytest.mark.torch
@pytest.mark.skipif(not TORCH, reason="PyTorch is not installed")
def test_a_q_p_db_fails_on_its_shape_even_where_torch_would_sum_it():
    linear = function(check("slip_db_unreduced.py"), "linear")
    general = linear.cases[0]
    assert general.inputs[2].grad_shape == (7, 3) and not general.inputs[2].passed
    assert "∂b is (7, 3), not b's shape (3,)" in general.failure
    assert not linear.gradients_ok


def _case(report, role: str, q: int | None = None, n: int | None = None):
    for checked in function(report, role).cases:
        rows, columns = checked.values[0].shape
        if (q is None or rows == q) and (n is None or columns == n):
            return checked
    raise AssertionError("no such case")


@pytest.mark.torch
@pytest.mark.skipif(not TORCH, reason="PyTorch is not installed")
def test_q_equal_1_hides_a_missing_1_over_q():
    report = check("slip_missing_1_over_q.py")
    assert _case(report, "mse", q=1).passed and not _case(report, "mse", q=7).passed


@pytest.mark.torch
@pytest.mark.skipif(not TORCH, reason="PyTorch is not installed")
def test_n_equal_1_hides_x_times_w():
    report = check("slip_x_times_w.py")
    assert _case(report, "linear", n=1).passed and _case(report, "linear", n=1).course_forward
    assert not _case(report, "linear", n=5).passed


@pytest.mark.torch
@pytest.mark.skipif(not TORCH, reason="PyTorch is not installed")
def test_grad_output_1_hides_a_backward_that_ignores_it():
    loaded = backend("slip_ignores_grad_output.py")
    y_hat, y = rng().normal(size=(7, 3)), rng().normal(size=(7, 3)) + 1
    course = 2 * (y_hat - y) / 7
    with_one = loaded.call("MSE", [y_hat, y], grad_output=np.array(1.0))
    assert np.allclose(with_one.grads[0], course)  # what a check with grad_output = 1 would see
    assert not function(check("slip_ignores_grad_output.py"), "mse").gradients_ok


@pytest.mark.torch
@pytest.mark.skipif(not TORCH, reason="PyTorch is not installed")
def test_the_float32_chain_catches_a_float64_tensor_made_in_backward():
    report = check("slip_float64.py")
    assert all(c.passed for c in function(report, "linear").cases if c.bias == "(p,)")  # float64 is fine
    assert not report.chain.passed and report.chain.error.where == "chain"
    assert "float64_in_backward" in report.chain.slips
    assert not report.passed() and not function(report, "linear").gradients_ok


@pytest.mark.torch
@pytest.mark.skipif(not TORCH, reason="PyTorch is not installed")
def test_the_chain_of_a_correct_file_matches_finite_differences():
    chain = check("good.py").chain
    assert chain.passed and chain.dtype == "float32"
    assert all(c.largest_error < 1e-3 for c in chain.inputs)


def test_other_functions_are_checked_by_finite_differences_alone():
    report = check("gv_other.py")
    square, cube = report.functions
    assert (square.role, square.gradients_ok, square.matches_course) == ("other", True, None)
    assert not cube.gradients_ok and cube.slips == ["ignores_grad_output"]


class Tampered:
    """InProcess, with one reply replaced: what a broken or hostile child could send."""

    def __init__(self, inner: InProcess, **replace) -> None:
        self.inner, self.replace = inner, replace

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def call(self, name, inputs, grad_output=None, dtype="float64"):
        result = self.inner.call(name, inputs, grad_output, dtype)
        if grad_output is None or "grads" not in self.replace:
            return result
        return dataclasses.replace(result, grads=self.replace["grads"](result.grads))


@pytest.mark.parametrize(
    "tamper",
    [
        lambda grads: None,  # no reply
        lambda grads: (grads[0] * np.nan, grads[1]),  # not finite
        lambda grads: (grads[0],),  # a gradient missing
        lambda grads: (None, grads[1]),  # None for Ŷ (None for Y, data, is fine: see test_none_for_data)
        lambda grads: (*grads, grads[0]),  # one too many
    ],
)
@pytest.mark.torch
@pytest.mark.skipif(not TORCH, reason="PyTorch is not installed")
def test_never_a_pass_on_missing_or_non_finite_replies(tamper):
    tampered = Tampered(backend("good.py"), grads=tamper)
    assert not function(check_backend(tampered), "mse").gradients_ok


def test_never_a_pass_on_an_error():
    class Failing(Tampered):
        def forward_many(self, name, input_sets, dtype="float64"):
            return StudentError("timeout", "the call took longer than 5 s", None, "forward")

    report = check_backend(Failing(backend("gv_good.py")))
    assert not any(f.gradients_ok for f in report.functions) and not report.passed()
    case = check_backward(
        Failing(backend("gv_good.py")), "MSE", ("Y_hat", "Y"), [np.ones((2, 2))] * 2, rng(), ""
    )
    assert not case.passed and "timeout" not in case.failure and "5 s" in case.failure

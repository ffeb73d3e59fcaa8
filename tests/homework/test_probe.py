"""Conventions are found by calling the Functions on chosen inputs, never from their names."""

from __future__ import annotations

import pytest
from checks_support import backend, rng

from gradviz.engine import MSE, Function, Linear
from gradviz.homework import InProcess, probe_linear, probe_mse
from gradviz.homework.probe import COLUMN, GENERAL

torch = pytest.importorskip("torch", reason="PyTorch is not installed")
pytestmark = pytest.mark.torch


def linear_probe(name: str):
    loaded = backend(name)
    info = next(i for i in loaded.functions() if i.role == "linear")
    return probe_linear(loaded, info, rng())


@pytest.mark.parametrize(
    ("name", "order", "layout"),
    [
        ("good.py", ("X", "W", "b"), "np"),
        ("good_wxb.py", ("W", "X", "b"), "np"),
        ("good_wbx.py", ("W", "b", "X"), "np"),
        ("good_pn.py", ("X", "W", "b"), "pn"),
        ("gv_good.py", ("X", "W", "b"), "np"),
    ],
)
def test_linear_argument_order_and_w_layout(name, order, layout):
    probe = linear_probe(name)
    assert (probe.order, probe.layout, probe.found_at) == (order, layout, GENERAL)
    assert probe.course_forward


class StrictLinear(Function):
    """The engine's Linear, whose check_linear_shapes refuses a (1, p) row."""

    forward = staticmethod(lambda ctx, X, W, b: Linear.forward(ctx, X, W, b))
    backward = staticmethod(lambda ctx, g: Linear.backward(ctx, g))


def test_bias_shapes_the_forward_accepts():
    assert linear_probe("good.py").bias_shapes == ("(p,)", "(1, p)")
    engine = InProcess({"Linear": StrictLinear})
    assert probe_linear(engine, engine.functions()[0], rng()).bias_shapes == ("(p,)",)


def test_x_times_w_is_found_only_at_n_equal_1():
    probe = linear_probe("slip_x_times_w.py")
    assert probe.found_at == COLUMN and probe.order == ("X", "W", "b")
    assert probe.error is not None and probe.error.where == "forward"
    assert not probe.course_forward


@pytest.mark.parametrize(
    ("name", "reduction"),
    [
        ("good.py", "course"),
        ("gv_good.py", "course"),
        ("mse_mean.py", "mean"),
        ("mse_sum.py", "sum"),
        ("mse_none.py", "none"),
        ("mse_column_mean.py", "column_mean"),
        ("mse_norm.py", "norm"),
    ],
)
def test_mse_reduction(name, reduction):
    loaded = backend(name)
    info = next(i for i in loaded.functions() if i.role == "mse")
    assert probe_mse(loaded, info, rng()).reduction == reduction


def test_engine_mse_is_the_course_and_a_scaled_sum_is_named_with_its_factor():
    class CourseMSE(Function):
        forward = staticmethod(lambda ctx, Y_hat, Y: MSE.forward(ctx, Y_hat, Y))

    class Half(Function):
        forward = staticmethod(lambda ctx, Y_hat, Y: 0.5 * float(((Y_hat - Y) ** 2).sum()))

    for cls, reduction, factor in ((CourseMSE, "course", None), (Half, "scaled", 0.5)):
        engine = InProcess({"MSE": cls})
        probe = probe_mse(engine, engine.functions()[0], rng())
        assert probe.reduction == reduction
        assert probe.factor == (None if factor is None else pytest.approx(factor))

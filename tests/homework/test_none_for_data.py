"""None for the data (X of Linear, Y of MSE) is accepted, with a note; never for W, b or Ŷ."""

from __future__ import annotations

import numpy as np
import pytest
from checks_support import TORCH, check, function

from gradviz.engine import Function
from gradviz.homework import InProcess, check_backend, format_file, to_json


def test_none_for_x_and_y_passes_with_a_note():
    report = check("gv_none_for_data.py")
    assert report.passed()
    linear, mse = function(report, "linear"), function(report, "mse")
    xs = [c.inputs[c.names.index("X")] for c in linear.cases if c.bias == "(p,)"]
    ys = [c.inputs[1] for c in mse.cases]
    assert xs and ys
    assert all(i.passed and i.grad_shape is None and i.note for i in xs + ys)
    text = format_file(report)
    assert "note: None for X: fine for training, X is data" in text
    assert "note: None for Y: fine for training, Y is data" in text
    row = to_json([report])["files"][0]["functions"][1]["checks"][0]["inputs"][1]
    assert row["passed"] and row["grad_shape"] is None and row["note"].startswith("None for Y")


@pytest.mark.torch
@pytest.mark.skipif(not TORCH, reason="PyTorch is not installed")
def test_for_torch_the_note_names_gradcheck():
    text = format_file(check("none_for_y.py"))
    assert (
        "None for Y: fine for training, Y is data; torch.autograd.gradcheck with y.requires_grad=True "
        "would fail it"
    ) in text
    assert text.startswith("none_for_y.py: PASS")


def test_none_for_a_parameter_fails():
    report = check("gv_none_for_w.py")
    linear = function(report, "linear")
    assert not report.passed() and not linear.gradients_ok
    assert all(c.inputs[1].name == "W" and not c.inputs[1].passed for c in linear.cases)
    assert "backward returned None for W; return ∂W" in format_file(report)


def _linear(backward):
    class Linear(Function):
        @staticmethod
        def forward(ctx, X, W, b):
            ctx.save_for_backward(X, W)
            return X @ W + b

    Linear.backward = staticmethod(backward)
    return Linear


@pytest.mark.parametrize(
    "backward",
    [
        lambda ctx, g: (2 * g @ ctx.saved_tensors[1].T, ctx.saved_tensors[0].T @ g, g.sum(0)),  # wrong ∂X
        lambda ctx, g: ((g @ ctx.saved_tensors[1].T).T, ctx.saved_tensors[0].T @ g, g.sum(0)),  # ∂X (n, q)
    ],
    ids=["wrong", "transposed"],
)
def test_a_gradient_returned_for_the_data_must_still_be_right_and_shaped(backward):
    report = check_backend(InProcess({"Linear": _linear(backward)}))
    linear = function(report, "linear")
    assert not linear.gradients_ok
    general = linear.cases[0]
    assert general.inputs[0].name == "X" and not general.inputs[0].passed and not general.inputs[0].note


def test_a_correct_backward_with_none_for_x_passes_in_process_too():
    def backward(ctx, g):
        X, W = ctx.saved_tensors
        return None, X.T @ g, np.sum(g, axis=0)

    assert function(check_backend(InProcess({"Linear": _linear(backward)})), "linear").gradients_ok

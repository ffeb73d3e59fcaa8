"""Torch Functions through both backends: direct calls in both torch styles, and the float32 chain."""

from pathlib import Path

import numpy as np
import pytest

from gradviz.homework.inprocess import InProcess
from gradviz.homework.sandbox import Sandbox

torch = pytest.importorskip("torch", reason="PyTorch is not installed (optional: pip install torch==2.13.0)")

pytestmark = pytest.mark.torch

FILES = Path(__file__).parent / "sandbox_files"

UNREDUCED_BIAS = """
import torch


class Linear(torch.autograd.Function):
    @staticmethod
    def forward(ctx, X, W, b):
        ctx.save_for_backward(X, W)
        return X @ W + b

    @staticmethod
    def backward(ctx, grad_output):
        X, W = ctx.saved_tensors
        return grad_output @ W.T, X.T @ grad_output, grad_output  # (q, p): torch sums it silently


class MSE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, yhat, y):
        ctx.save_for_backward(yhat, y)
        return ((yhat - y) ** 2).sum() / y.shape[0]

    @staticmethod
    def backward(ctx, grad_output):
        yhat, y = ctx.saved_tensors
        raise RuntimeError("backward is not written yet")
"""


@pytest.fixture(params=["sandbox", "inprocess"])
def open_file(request):
    opened = []

    def open_(path):
        backend = Sandbox.open(path) if request.param == "sandbox" else InProcess.from_path(path)
        opened.append(backend)
        return backend

    yield open_
    for backend in opened:
        backend.close()


def _regression(rng):
    return rng.normal(size=(7, 5)), rng.normal(size=(5, 3)), rng.normal(size=3), rng.normal(size=(7, 3))


def test_torch_functions_are_found_with_their_style_and_role(open_file):
    backend = open_file(FILES / "torch_ok.py")  # its __main__ block raises SystemExit(3)
    found = {(i.name, i.role, i.base, i.style, i.n_inputs, i.aliases) for i in backend.functions()}
    assert found == {
        ("MSE", "mse", "torch", "ctx", 2, ("mse",)),
        ("LinearFunction", "linear", "torch", "setup_context", 3, ("linear",)),
    }


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_direct_calls_in_both_torch_styles(open_file, rng, dtype):
    backend = open_file(FILES / "torch_ok.py")
    X, W, b, Y = _regression(rng)
    G = rng.normal(size=(7, 3))
    linear = backend.call("LinearFunction", [X, W, b], G, dtype=dtype)
    tolerance = 1e-12 if dtype == "float64" else 1e-5
    assert linear.error is None and linear.output.dtype == np.float64
    np.testing.assert_allclose(linear.output, X @ W + b, rtol=tolerance, atol=tolerance)
    np.testing.assert_allclose(linear.grads[0], G @ W.T, rtol=tolerance, atol=tolerance)
    np.testing.assert_allclose(linear.grads[1], X.T @ G, rtol=tolerance, atol=tolerance)
    loss = backend.call("MSE", [X @ W, Y], np.array(0.5), dtype=dtype)
    assert loss.output.shape == ()
    np.testing.assert_allclose(loss.grads[0], (X @ W - Y) / 7, rtol=tolerance, atol=tolerance)


def test_the_chain_runs_in_float32_as_a_descent_script(open_file, rng):
    backend = open_file(FILES / "torch_ok.py")
    X, W, b, Y = _regression(rng)
    result = backend.chain("LinearFunction", "MSE", [X, W, b], Y)
    residual = X @ W + b - Y
    assert result.error is None and result.dtype == "float32"
    assert result.loss == pytest.approx(np.sum(residual**2) / 7, rel=1e-5)
    np.testing.assert_allclose(result.grads[1], 2 / 7 * X.T @ residual, rtol=1e-4, atol=1e-5)
    assert backend.chain("LinearFunction", "MSE", [X, W, b], Y, dtype="float64").dtype == "float64"


def test_a_direct_call_keeps_an_unreduced_bias_gradient_that_the_chain_sums(open_file, rng, tmp_path):
    path = tmp_path / "tp1.py"
    path.write_text(UNREDUCED_BIAS)
    backend = open_file(path)
    X, W, b, Y = _regression(rng)
    assert backend.call("Linear", [X, W, b], np.ones((7, 3))).grads[2].shape == (7, 3)
    chained = backend.chain("Linear", "MSE", [X, W, b], Y)
    assert chained.error.kind == "exception" and chained.error.where == "chain"
    assert chained.error.message == "RuntimeError: backward is not written yet"
    lines = UNREDUCED_BIAS.splitlines()
    assert lines[chained.error.line - 1].strip() == 'raise RuntimeError("backward is not written yet")'


def test_torchs_own_functions_are_not_the_students(tmp_path):
    path = tmp_path / "tp1.py"
    path.write_text("import torch\nfrom torch.autograd.function import Function, InplaceFunction\n")
    with pytest.raises(ValueError, match="no Linear or MSE Function found") as caught:
        Sandbox.open(path)
    assert caught.value.kind == "no_function"


def test_one_torch_thread_in_the_child(tmp_path):
    path = tmp_path / "tp1.py"
    path.write_text(
        "import torch\n\n\nclass Threads(torch.autograd.Function):\n"
        "    @staticmethod\n    def forward(ctx, x):\n        return x * 0 + torch.get_num_threads()\n\n"
        "    @staticmethod\n    def backward(ctx, g):\n        return g\n"
    )
    with Sandbox.open(path) as sandbox:
        assert sandbox.call("Threads", [np.zeros(1)]).output.tolist() == [1.0]

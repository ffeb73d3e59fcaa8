"""The numbers of the Graph view and the Derivation equal PyTorch's autograd (when torch is installed)."""

import numpy as np
import pytest

from gradviz.engine import derive, regression_graph, trace

torch = pytest.importorskip("torch", reason="PyTorch is not installed (optional: pip install torch==2.13.0)")

pytestmark = pytest.mark.torch


@pytest.mark.parametrize(("q", "n", "p"), [(7, 3, 2), (342, 1, 1), (40, 13, 1)])
def test_trace_and_derivation_match_torch_autograd(q, n, p):
    rng = np.random.default_rng(q * 100 + n * 10 + p)
    X, Y = rng.normal(size=(q, n)), rng.normal(size=(q, p))
    W, b = rng.normal(size=(n, p)), rng.normal(size=p)

    loss = regression_graph(X, Y, W, b)
    loss.backward()
    nodes = {node.name: node for node in trace(loss)}
    derivation = derive(X, Y, W, b)

    tW = torch.tensor(W, requires_grad=True)
    tb = torch.tensor(b, requires_grad=True)
    tY_hat = torch.tensor(X) @ tW + tb
    tY_hat.retain_grad()
    tC = ((tY_hat - torch.tensor(Y)) ** 2).sum() / q  # the course's MSE: divided by the rows, q
    tC.backward()

    np.testing.assert_allclose(nodes["MSE"].value, tC.item(), rtol=1e-12)
    np.testing.assert_allclose(nodes["Linear"].grad, tY_hat.grad.numpy(), rtol=1e-10, atol=1e-14)  # δ
    np.testing.assert_allclose(nodes["W"].grad, tW.grad.numpy(), rtol=1e-10, atol=1e-14)
    np.testing.assert_allclose(nodes["b"].grad, tb.grad.numpy(), rtol=1e-10, atol=1e-14)
    np.testing.assert_allclose(derivation.grad_W, tW.grad.numpy(), rtol=1e-10, atol=1e-14)
    np.testing.assert_allclose(derivation.grad_b, tb.grad.numpy(), rtol=1e-10, atol=1e-14)

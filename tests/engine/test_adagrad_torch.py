"""gradviz's AdaGrad takes the steps torch.optim.Adagrad takes (skipped where torch is not installed)."""

import numpy as np
import pytest

from gradviz.engine import AdaGrad

torch = pytest.importorskip("torch", reason="torch is optional: pip install torch to compare with it")
pytestmark = pytest.mark.torch


def test_adagrad_takes_torchs_steps():
    rng = np.random.default_rng(3)
    start = rng.normal(size=(4, 2))
    ours, theirs = start.copy(), torch.tensor(start, dtype=torch.float64, requires_grad=True)
    optimizer, reference = AdaGrad(lr=0.2, eps=1e-8), torch.optim.Adagrad([theirs], lr=0.2, eps=1e-8)
    for _ in range(30):
        grad = rng.normal(size=(4, 2))
        optimizer.step([ours], [grad])
        theirs.grad = torch.tensor(grad, dtype=torch.float64)
        reference.step()
    np.testing.assert_allclose(ours, theirs.detach().numpy(), rtol=1e-13, atol=1e-15)

"""The sub-steps of a training step (plain Python): the walk holds the engine's own numbers."""

import subprocess
import sys

import numpy as np
import pytest

from gradviz.app.backprop import SUBSTEPS, UPDATE, build_walk
from gradviz.settings import Settings, build_run


@pytest.fixture
def trainer():
    _, trainer = build_run(Settings(dataset="diabetes", lr=0.05))
    trainer.run(3)
    return trainer


def test_the_walk_is_the_graph_of_the_step_and_its_gradient_is_the_one_the_trainer_used(trainer):
    walk = build_walk(trainer, index=-1, substep=0)
    assert [node.name for node in walk.nodes] == ["X", "W", "b", "Linear", "Y", "MSE"]
    record = trainer.current
    np.testing.assert_allclose(walk.node("W").grad, record.grad_W, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(walk.node("b").grad, record.grad_b, rtol=1e-10, atol=1e-12)
    assert walk.node("MSE").value == pytest.approx(record.loss_train, rel=1e-12)
    assert walk.rows is None and walk.q == trainer.n_samples and walk.trained_by == "fast"
    trainer.step()  # plain GD: θ ← θ − lr·∇C, the gradient the walk shows
    np.testing.assert_allclose(trainer.current.W, record.W - walk.lr * walk.node("W").grad, rtol=1e-12)


def test_a_mini_batch_walk_runs_on_the_rows_of_the_next_step(trainer):
    trainer.batch_size = 32
    walk = build_walk(trainer, index=-1, substep=0)
    assert walk.q == 32 and walk.trained_by == "graph"
    rows = walk.rows
    before = trainer.current.theta.copy()
    trainer.step()
    X, Y = trainer.X[rows], trainer.Y[rows]
    delta = (2 / 32) * (X @ before[:-1] + before[-1] - Y)
    np.testing.assert_allclose(trainer.current.W, before[:-1] - walk.lr * X.T @ delta, rtol=1e-12)


def test_each_sub_step_reveals_what_it_computes(trainer):
    known = []
    for substep in range(len(SUBSTEPS)):
        walk = build_walk(trainer, -1, substep)
        known.append(
            (
                walk.value_known("Linear"),
                walk.value_known("MSE"),
                walk.grad_known("MSE"),
                walk.grad_known("Linear"),
                walk.input_grads_known(),
                walk.grad_known("W"),
            )
        )
    assert known == [
        (False, False, False, False, False, False),  # the step begins
        (True, False, False, False, False, False),  # Linear.forward: Ŷ
        (True, True, False, False, False, False),  # MSE.forward: C
        (True, True, True, False, False, False),  # seed: ∂C/∂C = 1
        (True, True, True, True, False, False),  # MSE.backward: δ
        (True, True, True, True, True, False),  # Linear.backward: Xᵀδ, Σδ on the edges
        (True, True, True, True, True, True),  # into W.grad and b.grad
        (True, True, True, True, True, True),  # the update
    ]
    assert SUBSTEPS[UPDATE].key == "update"
    walk = build_walk(trainer, -1, 0)
    assert walk.value_known("X") and walk.value_known("W") and not walk.grad_known("X")
    assert walk.saved_known("Linear") is False and build_walk(trainer, -1, 1).saved_known("Linear")


def test_the_walk_and_the_layout_need_no_qt():
    probe = "import sys, gradviz.app.backprop; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

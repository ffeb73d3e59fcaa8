"""The gradcheck panel: the engine's gradcheck at the step's W, b and batch, per Function and input."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gradviz.app.backprop import build_walk
from gradviz.app.gradcheck_panel import HEADERS, MAX_ROWS, Check, GradcheckPanel, linear_inputs, rows_to_check
from gradviz.engine import Function, Linear, gradcheck_report
from gradviz.settings import Settings, build_run

RESULT, SHARE = HEADERS.index("result"), HEADERS.index("of tolerance")


class LinearWithOnesBiasGradient(Function):
    forward = Linear.forward

    @staticmethod
    def backward(ctx, grad_output):
        X, W = ctx.saved_tensors
        return grad_output @ W.T, X.T @ grad_output, np.ones_like(grad_output)


class LinearThatRaises(Function):
    forward = Linear.forward

    @staticmethod
    def backward(ctx, grad_output):
        raise ZeroDivisionError("student's bug")


def batch(dataset):
    _, trainer = build_run(Settings(dataset=dataset))
    trainer.run(3)
    walk = build_walk(trainer, index=-1, substep=0)
    return tuple(walk.node(name).value for name in ("X", "Y", "W", "b"))


@pytest.fixture
def panel(qtbot):
    panel = GradcheckPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 300)
    panel.show()
    return panel


def cells(panel, column):
    return [panel.table.item(row, column).text() for row in range(panel.table.rowCount())]


def test_running_shows_a_passing_row_per_input_of_linear_and_mse(qtbot, panel):
    X, Y, W, b = batch("boston")
    panel.set_batch(X, Y, W, b)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert cells(panel, 0) == ["Linear"] * 3 + ["MSE"] * 2
    assert cells(panel, 1) == ["0 (X)", "1 (W)", "2 (b)", "0 (Ŷ)", "1 (Y)"]
    assert cells(panel, 2) == ["64 × 13", "13 × 1", "1", "64 × 1", "64 × 1"]
    assert cells(panel, RESULT) == ["pass"] * 5 and not panel.failures.isVisible()
    errors = [e.max_abs_error for r in panel.reports for e in r.inputs]
    assert cells(panel, 3) == [f"{e:.2e}" for e in errors] and max(errors) < 1e-5
    assert f"64 of the batch's {len(X)} rows, sampled with a fixed seed" in panel.status.text()
    assert "every gradient matches" in panel.status.text()
    assert "eps 1e-06" in panel.status.text() and "atol 1e-05 and rtol 0.001" in panel.status.text()
    shares = [entry.max_error_share for report in panel.reports for entry in report.inputs]
    assert cells(panel, SHARE) == [f"{share:.1e}×" for share in shares] and max(shares) <= 1


def test_the_check_runs_at_the_values_given_on_fixed_rows(panel):
    X, Y, W, b = batch("boston")
    panel.set_batch(X, Y, W, b)
    first = panel.run()
    rows = rows_to_check(len(X), X.shape[1])
    assert len(rows) == MAX_ROWS and first[0] == gradcheck_report(Linear, [X[rows], W, b])
    assert panel.run() == first  # the same rows each time


def test_a_small_batch_is_checked_whole(panel):
    X, Y, W, b = batch("penguins")
    panel.set_batch(X[:10], Y[:10], W, b)
    panel.run()
    assert cells(panel, 2)[0] == "10 × 1" and "on all 10 rows of the batch" in panel.status.text()


def test_wide_data_is_checked_on_fewer_rows():
    assert rows_to_check(50, 13) is None and len(rows_to_check(500, 13)) == MAX_ROWS
    assert len(rows_to_check(500, 400)) == 5 and len(rows_to_check(500, 100_000)) == 2


def test_a_wrong_function_shows_fail_and_why(panel):
    panel.checks[0] = Check(LinearWithOnesBiasGradient, linear_inputs)
    panel.set_batch(*batch("penguins"))
    panel.run()
    assert cells(panel, RESULT) == ["pass", "pass", "FAIL", "pass", "pass"]
    assert cells(panel, 3)[2] == "—" and "some gradients are wrong" in panel.status.text()
    assert panel.failures.isVisible()
    assert (
        "LinearWithOnesBiasGradient.backward: the gradient for input 2 (b) has shape (64, 1), "
        "expected (1,)" in panel.failures.text()
    )
    assert panel.table.item(2, RESULT).toolTip() == panel.reports[0].failure


def test_a_backward_that_raises_fails_every_input_of_its_function(panel):
    panel.checks = [Check(LinearThatRaises, linear_inputs)]
    panel.set_batch(*batch("penguins"))
    panel.run()
    assert cells(panel, RESULT) == ["FAIL"] * 3
    assert "LinearThatRaises.backward raised ZeroDivisionError: student's bug" in panel.failures.text()


def test_nothing_to_run_before_a_batch_and_a_new_batch_says_the_result_is_old(panel):
    assert not panel.button.isEnabled() and panel.run() == []
    X, Y, W, b = batch("penguins")
    panel.set_batch(X, Y, W, b)
    assert panel.button.isEnabled() and "Run gradcheck" in panel.status.text()
    panel.run()
    panel.set_batch(X, Y, W, b)  # the same step again
    assert "every gradient matches" in panel.status.text()
    panel.set_batch(X, Y, W - 0.1, b)
    assert "changed since this check" in panel.status.text()

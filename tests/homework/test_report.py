"""The text report and the --json object."""

from __future__ import annotations

import json
import re

import pytest
from checks_support import check

from gradviz.homework import FileReport, report, to_json
from gradviz.homework.report import format_file, format_rows

torch = pytest.importorskip("torch", reason="PyTorch is not installed")
pytestmark = pytest.mark.torch


def test_a_convention_says_what_it_changes():
    text = format_file(check("mse_mean.py"))
    assert (
        "your MSE averages over all q·p = 21 entries (torch.nn.MSELoss does too); the course's mse divides "
        "by q = 7 only, so your gradients are p = 3 times smaller and the same learning rate takes steps "
        "3 times shorter"
    ) in " ".join(text.split())
    assert text.startswith("mse_mean.py: PASS (not the course's definitions)")
    assert format_file(check("mse_mean.py"), strict=True).startswith("mse_mean.py: FAIL")


def test_per_input_rows_give_the_result_the_largest_error_its_entry_and_the_shape():
    text = format_file(check("good.py"))
    assert re.search(r"q=7 n=5 p=3, b \(p,\)\s+X\s+\(7, 5\)\s+pass\s+\d\.\de-\d\d\s+\[\d, \d\]", text)


def test_a_crash_shows_the_exception_and_the_students_line():
    text = format_file(check("slip_unpacks.py"))
    assert "ValueError: not enough values to unpack (expected 3, got 2) (line 13, in backward)" in text
    assert "line 13: yhat, y, q = ctx.saved_tensors" in text


def test_a_notebook_names_its_cell():
    text = format_file(check("notebook_db_unreduced.ipynb"))
    assert "code cell" in text and "slip db_unreduced" in text


def test_the_json_has_the_documented_keys_and_no_nan():
    reports = [check("slip_float64.py"), FileReport("tp1.py", False, "tp1.py, line 3: SyntaxError", "syntax")]
    data = json.loads(json.dumps(to_json(reports), allow_nan=False))
    loaded, broken = data["files"]
    assert set(broken) >= {"path", "loaded", "error"} and broken["loaded"] is False
    linear = loaded["functions"][0]
    for key in ("name", "role", "gradients_ok", "matches_course", "conventions", "slips", "largest_errors"):
        assert key in linear
    assert linear["conventions"] == {
        "arguments": ["X", "W", "b"],
        "w_layout": "(n, p)",
        "bias_shapes": ["(p,)", "(1, p)"],
        "forward": "course",
    }
    assert set(linear["largest_errors"]) == {"X", "W", "b"}
    assert loaded["chain"]["slips"] == ["float64_in_backward"]
    assert data["summary"] == {"files": 2, "passed": 0, "failed": 2, "strict": False}
    documented = set(re.findall(r"`(\w+)`", report.__doc__))
    used = set(data) | set(loaded) | set(linear) | set(linear["checks"][0]) | set(loaded["chain"])
    used |= set(linear["checks"][0]["inputs"][0]) | set(linear["largest_errors"]["X"])
    assert used <= documented


def test_one_row_per_file_then_a_summary():
    text = format_rows([check("good.py"), check("slip_db_ones.py")])
    lines = text.splitlines()
    assert lines[1].startswith("good.py") and "PASS" in lines[1]
    assert lines[2].startswith("slip_db_ones.py") and "db_ones" in lines[2]
    assert lines[-1] == "1 of 2 files pass"


@pytest.mark.parametrize(
    ("name", "call"), [("good.py", "linear(X, W, b)"), ("good_wbx.py", "linear(W, b, X)")]
)
def test_the_chain_line_calls_linear_in_the_files_own_order(name, call):
    chain = next(line for line in format_file(check(name)).splitlines() if line.startswith("chain:"))
    assert f"loss = mse({call}, Y)" in chain

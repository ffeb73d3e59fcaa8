"""The text report and JSON as a student reads them: notebook lines, problems named in the rows (no torch)."""

from __future__ import annotations

import pytest
from checks_support import FILES, check, function

from gradviz.homework import check_file, format_file, to_json

NOTEBOOK = "gv_notebook_unpacks.ipynb"


def test_a_notebook_error_names_its_cell_in_the_text():
    text = format_file(check(NOTEBOOK))
    assert (
        "backward raised ValueError: not enough values to unpack (expected 3, got 2) "
        "(code cell 2, line 9, in backward)"
    ) in text
    assert "code cell 2, line 9: yhat, y, q = ctx.saved_tensors" in text
    assert "(line 10, in backward)" not in text  # the line of the joined cells means nothing to a student


def test_a_notebook_error_names_its_cell_in_the_json():
    function_json = to_json([check(NOTEBOOK)])["files"][0]["functions"][0]
    assert (function_json["line"], function_json["where"]) == (2, "code cell 2, line 1")
    error = function_json["checks"][0]["error"]
    assert error["line"] == 10 and error["location"] == "code cell 2, line 9" and error["where"] == "backward"


def test_the_sandbox_reports_notebook_lines_the_same_way():
    text = format_file(check_file(FILES / NOTEBOOK))
    assert "(code cell 2, line 9, in backward)" in text


@pytest.mark.parametrize("name", sorted(p.name for p in FILES.glob("gv_*")))
def test_no_row_is_left_without_a_reason(name):
    for line in format_file(check(name)).splitlines():
        assert "—" not in line, line


def test_a_wrong_shape_is_named_in_its_row():
    text = format_file(check("gv_slips.py"))
    row = next(line for line in text.splitlines() if line.strip().startswith("q=7 n=5 p=3, b (p,)"))
    b_row = text.splitlines()[text.splitlines().index(row) + 2]
    assert b_row.split()[:3] == ["b", "(3,)", "FAIL"] and b_row.rstrip().endswith("∂b is (7, 3)")


def test_a_passing_file_shows_the_other_bias_shape_in_one_line():
    report = check("gv_good.py")
    text = format_file(report)
    assert report.passed() and "FAIL" not in text
    assert (
        "b (1, p) runs too, but ∂b is (3,), not b's shape (1, 3) (not needed to pass: every gradient is "
        "right with b (p,))"
    ) in text
    assert len(function(report, "linear").cases) == 6  # every case is still checked and in the JSON


def test_rows_stay_aligned_with_long_input_names():
    lines = format_file(check("gv_good.py")).splitlines()
    header = next(line for line in lines if line.strip().startswith("case") and "Y_hat" not in line and
                  lines.index(line) > lines.index("MSE (mse; gradviz.engine.Function; line 17)"))  # fmt: skip
    row = lines[lines.index(header) + 1]
    assert row.index("(7, 3)") == header.index("shape") and row.index("pass") == header.index("result")

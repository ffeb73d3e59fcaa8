"""The homework is both Functions, Linear and MSE: half of it never passes (no torch)."""

from __future__ import annotations

import pytest
from checks_support import FILES, check

from gradviz import cli
from gradviz.homework import FileReport, format_file, to_json

CHAIN = "the chain mse(linear(X, W, b), Y) could not be checked"


@pytest.mark.parametrize(("name", "missing"), [("gv_linear_only.py", "MSE"), ("gv_mse_only.py", "Linear")])
def test_half_the_homework_does_not_pass_and_says_what_is_missing(name, missing):
    report = check(name)
    assert all(f.gradients_ok for f in report.functions)  # what is there is right
    assert report.missing == [missing] and report.chain is None
    assert not report.passed() and not report.passed(strict=True)
    text = format_file(report, strict=True)
    assert text.startswith(f"{name}: FAIL")
    said = [line for line in text.splitlines() if f"no {missing} Function found" in line]
    assert len(said) == 1 and CHAIN in said[0]
    assert f"define `class {missing}(gradviz.engine.Function):`" in said[0]
    data = to_json([report], strict=True)
    assert data["files"][0]["missing"] == [missing] and data["files"][0]["chain"] is None
    assert data["files"][0]["passed"] is False and data["files"][0]["passed_strict"] is False
    assert data["summary"]["passed"] == 0


def test_other_functions_alone_miss_both():
    report = check("gv_other.py")
    assert report.missing == ["Linear", "MSE"] and not report.passed()
    assert "no Linear and no MSE Function found (it defines Square, Cube only)" in format_file(report)


def test_a_whole_file_misses_nothing():
    assert check("gv_good.py").missing == [] and to_json([check("gv_good.py")])["files"][0]["missing"] == []
    assert FileReport("tp1.py", False, "tp1.py, line 3: SyntaxError", "syntax").missing == []


def test_gradviz_check_strict_exits_2_for_half_the_homework(capsys):
    assert cli.main(["check", "--strict", str(FILES / "gv_linear_only.py")]) == 2
    out = capsys.readouterr().out
    assert out.startswith(f"{FILES / 'gv_linear_only.py'}: FAIL")
    assert "no MSE Function found" in out and CHAIN in out

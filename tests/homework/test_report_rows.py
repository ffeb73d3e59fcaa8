"""A class graded in one command: one row per file, then each slip named in the rows explained (no torch)."""

from __future__ import annotations

from checks_support import FILES, check

from gradviz import cli
from gradviz.homework import SLIPS, format_rows


def _row(text: str, name: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(name))


def test_each_slip_in_the_table_is_explained_once_under_it():
    names = ["gv_slips.py", "gv_x_times_w.py", "gv_good.py", "gv_slips.py"]
    lines = format_rows([check(name) for name in names]).splitlines()
    table, legend = lines[: 1 + len(names)], lines[1 + len(names) :]
    assert legend[0] == "" and legend[-2:] == ["", "1 of 4 files pass"]
    keys = ["db_unreduced", "missing_1_over_q", "sign_flipped", "x_times_w"]
    assert legend[1:-2] == [f"{key}: {SLIPS[key]}" for key in keys]
    assert all(key in " ".join(table) for key in keys)


def test_no_legend_without_a_slip():
    lines = format_rows([check("gv_good.py"), check("gv_linear_only.py")]).splitlines()
    assert lines[3:] == ["", "1 of 2 files pass"]


def test_a_fail_with_no_named_slip_shows_its_first_failure():
    text = format_rows([check("gv_unnamed_failure.py"), check("gv_good.py")])
    detail = _row(text, "gv_unnamed_failure.py").split("FAIL", 1)[1].strip()
    assert detail.startswith("MSE, q=7 p=3: ∂Y_hat[") and "finite differences" in detail


def test_a_missing_function_is_named_in_its_row():
    text = format_rows([check("gv_linear_only.py"), check("gv_x_times_w.py")])
    assert _row(text, "gv_linear_only.py").endswith("FAIL" + " " * 34 + "no MSE (chain not checked)")
    assert _row(text, "gv_x_times_w.py").endswith("no MSE (chain not checked); x_times_w")


def test_gradviz_check_prints_the_table_and_the_explanations(capsys):
    paths = [str(FILES / name) for name in ("gv_slips.py", "gv_unnamed_failure.py", "gv_good.py")]
    assert cli.main(["check", "--jobs", "2", *paths]) == 2
    out = capsys.readouterr().out
    assert f"sign_flipped: {SLIPS['sign_flipped']}" in out.splitlines()
    assert "MSE, q=7 p=3: ∂Y_hat[" in _row(out, paths[1])
    assert out.splitlines()[-1] == "1 of 3 files pass"


def test_the_largest_errors_of_a_passing_linear_pass_in_the_json():
    """The (1, p) cases its ∂b (p,) fails are not needed to pass, so they are not the input's verdict."""
    from checks_support import check

    from gradviz.homework import to_json

    report = check("gv_good.py")
    assert report.passed()
    linear = next(f for f in to_json([report])["files"][0]["functions"] if f["role"] == "linear")
    assert all(entry["passed"] for entry in linear["largest_errors"].values()), linear["largest_errors"]
    assert any(not case["passed"] for case in linear["checks"])  # the b (1, p) cases are still listed

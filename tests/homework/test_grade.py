"""Grading through the Sandbox, several files at once: one hostile file never stops the others."""

from __future__ import annotations

import pytest
from checks_support import FILES

from gradviz.homework import check_file, check_files

torch = pytest.importorskip("torch", reason="PyTorch is not installed")
pytestmark = pytest.mark.torch


def test_check_file_through_the_sandbox():
    report = check_file(FILES / "slip_db_unreduced.py")
    assert report.loaded and not report.passed()
    assert report.functions[0].slips == ["db_unreduced"]
    assert report.code(5).startswith("line 5: class Linear")


def test_a_class_in_parallel_with_hostile_files_among_it():
    names = ["good.py", "hang.py", "fake_report.py", "syntax_error.py", "gv_good.py", "mse_mean.py"]
    reports = check_files([FILES / n for n in names], jobs=2, load_timeout_s=3)
    assert [r.path.rsplit("/", 1)[-1] for r in reports] == names
    assert [r.loaded for r in reports] == [True, False, False, False, True, True]
    assert [r.error_kind for r in reports[1:4]] == ["hang", "exception", "syntax"]
    assert [r.passed() for r in reports] == [True, False, False, False, True, True]


def test_an_unexpected_failure_is_that_files_row_only():
    def opener(path, **options):
        raise RuntimeError("the machine ran out of processes\nsecond line")

    (report,) = check_files(["tp1.py"], opener=opener)
    assert not report.loaded and "RuntimeError: the machine ran out of processes" in report.error
    assert "\n" not in report.error

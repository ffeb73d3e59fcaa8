"""Shared by the checks' tests: the test files and an in-process backend over them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from gradviz.homework import InProcess, check_backend
from gradviz.homework.report import FileReport

FILES = Path(__file__).parent / "files"


def backend(name: str) -> InProcess:
    return InProcess.from_path(FILES / name)


def check(name: str) -> FileReport:
    return check_backend(backend(name), name)


def function(report: FileReport, role: str):
    return next(f for f in report.functions if f.role == role)


def rng() -> np.random.Generator:
    return np.random.default_rng(0)


try:
    import torch  # noqa: F401

    TORCH = True
except ImportError:
    TORCH = False

# For a test or a case that loads a torch file; the gv_*.py files need no torch.
NEEDS_TORCH = [pytest.mark.torch, pytest.mark.skipif(not TORCH, reason="PyTorch is not installed")]


def case(name: str, *values: object) -> object:
    """pytest.param(name, *values), marked as needing torch unless the file is a gradviz one."""
    return pytest.param(name, *values, marks=() if name.startswith("gv_") else NEEDS_TORCH, id=name)

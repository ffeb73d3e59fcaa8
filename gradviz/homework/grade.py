"""Grade files: each in its own Sandbox (a child process), several in parallel.

One hostile file never stops the others: whatever happens while one file is checked ends up in
that file's FileReport.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..i18n import translate
from . import checks
from .probe import Backend, LinearProbe, MseProbe, probe_linear, probe_mse
from .report import FileReport
from .slips import ordered

if TYPE_CHECKING:
    from .functions import FunctionInfo
    from .source import SourceFile

__all__ = ["check_backend", "check_file", "check_files", "LOAD_TIMEOUT_S", "CALL_TIMEOUT_S", "MEMORY_MB"]

LOAD_TIMEOUT_S = 20.0  # importing torch in a fresh process takes a few seconds on a slow machine
CALL_TIMEOUT_S = 10.0
MEMORY_MB = 2048
SEED = 0


def check_backend(backend: Backend, path: str = "", *, seed: int = SEED) -> FileReport:
    """Check the Functions a loaded file defines: the verdicts come from here, not from the backend."""
    rng = np.random.default_rng(seed)
    report = FileReport(path=path, loaded=True)
    linear: tuple[FunctionInfo, LinearProbe, checks.FunctionReport] | None = None
    mse: tuple[FunctionInfo, MseProbe] | None = None
    for info in backend.functions():
        if info.role == "linear":
            lprobe = probe_linear(backend, info, rng)
            result = checks.check_linear(backend, info, lprobe, rng)
            if linear is None and lprobe.order is not None:
                linear = (info, lprobe, result)
        elif info.role == "mse":
            mprobe = probe_mse(backend, info, rng)
            result = checks.check_mse(backend, info, mprobe, rng)
            if mse is None and mprobe.reduction is not None:
                mse = (info, mprobe)
        else:
            result = checks.check_other(backend, info, rng)
        report.functions.append(result)
    if linear is not None and mse is not None:
        (linear_info, lprobe, linear_report), (mse_info, _) = linear, mse
        bias = _chain_bias(linear_report, lprobe)
        report.chain = checks.check_chain(backend, linear_info, lprobe, mse_info, bias, rng)
        _attribute(report)
    _add_source(report, getattr(backend, "source", None))
    return report


def _chain_bias(report: checks.FunctionReport, probe: LinearProbe) -> str:
    """The first bias shape at which Linear passed (or the first its forward accepts)."""
    for bias in probe.bias_shapes:
        if all(c.passed for c in report.cases if c.bias == bias):
            return bias
    return probe.bias_shapes[0] if probe.bias_shapes else ""


def _attribute(report: FileReport) -> None:
    """A crash in the chain counts against the Function whose class holds the line that raised."""
    chain = report.chain
    if chain is None or chain.passed or chain.error is None or not chain.error.line:
        return
    line = chain.error.line
    owners = [f for f in report.functions if f.role in ("linear", "mse") and 0 < f.line <= line]
    if owners:
        owner = max(owners, key=lambda f: f.line)
        owner.gradients_ok = False
        owner.slips = ordered([*owner.slips, *chain.slips])


def check_file(
    path: str | Path,
    *,
    load_timeout_s: float = LOAD_TIMEOUT_S,
    call_timeout_s: float = CALL_TIMEOUT_S,
    memory_mb: int = MEMORY_MB,
    opener: Callable[..., Any] | None = None,
) -> FileReport:
    """Load `path` in a Sandbox and check it; a file that does not load gets its LoadError's one line.

    `opener(path, load_timeout_s=..., call_timeout_s=..., memory_mb=...)` returns the backend
    (default: Sandbox.open).
    """
    from .functions import LoadError

    if opener is None:
        from .sandbox import Sandbox

        opener = Sandbox.open
    start = time.perf_counter()
    shown = str(path)
    try:
        backend = opener(
            path, load_timeout_s=load_timeout_s, call_timeout_s=call_timeout_s, memory_mb=memory_mb
        )
    except LoadError as error:
        return FileReport(shown, False, error.message, error.kind, seconds=time.perf_counter() - start)
    try:
        report = check_backend(backend, shown)
    finally:
        backend.close()
    report.seconds = time.perf_counter() - start
    return report


def _add_source(report: FileReport, source: SourceFile | None) -> None:
    """Line labels ("code cell 2, line 3" in a notebook) and the student's text of each line."""
    if source is None:
        return
    report.describe_line = source.describe
    report.cell_line = source.cell_line
    report.source_lines = source.text.splitlines()


def check_files(
    paths: Sequence[str | Path],
    jobs: int | None = None,
    **options: Any,
) -> list[FileReport]:
    """check_file on each path, `jobs` at a time (default: the number of cores), in the given order."""
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(paths) or 1))
    if options.get("opener") is None and paths:
        from .sandbox import preload

        preload()  # here, in the calling thread: from the main thread, Ctrl-C never reaches the forkserver

    def one(path: str | Path) -> FileReport:
        try:
            return check_file(path, **options)
        except Exception as error:  # a file must never stop the others: report it and go on
            first = str(error).strip().splitlines()[0] if str(error).strip() else ""
            message = translate(
                "Report", "{path}: gradviz could not check this file ({error}: {message})"
            ).format(path=path, error=type(error).__name__, message=first)
            return FileReport(str(path), False, message, "crash")

    if jobs == 1:
        return [one(path) for path in paths]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        try:
            return list(pool.map(one, paths))
        except KeyboardInterrupt:  # end the children, so that the threads (and Ctrl-C) do not wait
            pool.shutdown(wait=False, cancel_futures=True)
            from .sandbox import close_all

            close_all()
            raise

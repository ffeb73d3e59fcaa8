"""`gradviz check`: one file once torch is imported, and a class of 30 files with --jobs 2.

Each file loads in its own Sandbox (a child forked from a server that has torch imported);
the forkserver is started and warmed before timing. The class is the checks' test files,
cycled to 30 (right files, slips, a notebook, load errors).

    python benchmarks/bench_check.py            # 1 file × 15 repeats, 30 files × 3 repeats
    python benchmarks/bench_check.py --quick    # 1 file × 3, 8 files × 1, to keep the script working
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from gradviz.homework import check_file, check_files
from gradviz.homework.sandbox import preload

FILES = Path(__file__).resolve().parent.parent / "tests" / "homework" / "files"
CLASS = sorted(p for p in FILES.iterdir() if p.suffix in (".py", ".ipynb") and p.name != "hang.py")


def median_time(run, repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few repeats and files (CI smoke run)")
    args = parser.parse_args(argv)
    one_repeats, class_size, class_repeats = (3, 8, 1) if args.quick else (15, 30, 3)

    import torch

    start = time.perf_counter()
    preload()
    check_file(FILES / "good.py")  # the forkserver imports torch once, here
    warm_up = time.perf_counter() - start
    with tempfile.TemporaryDirectory(prefix="gradviz-bench-") as folder:
        paths = []
        for i in range(class_size):
            source = CLASS[i % len(CLASS)]
            paths.append(Path(folder) / f"{i:02d}_{source.name}")
            shutil.copy(source, paths[-1])
        rows = [
            ("1 file (good.py)", 1, median_time(lambda: check_file(FILES / "good.py"), one_repeats)),
            (
                "1 file (slip_x_times_w.py)",
                1,
                median_time(lambda: check_file(FILES / "slip_x_times_w.py"), one_repeats),
            ),
            (
                f"{class_size} files, --jobs 2",
                2,
                median_time(lambda: check_files(paths, jobs=2), class_repeats),
            ),
        ]

    print(
        f"gradviz check benchmark · {platform.machine()} · {os.cpu_count()} cores · "
        f"Python {platform.python_version()} · PyTorch {torch.__version__}"
    )
    print(f"first check, starting the forkserver that imports torch: {warm_up:.2f} s (not in the table)\n")
    header = f"{'what':30}{'jobs':>5}{'median':>10}{'per file':>10}"
    print(header)
    print("-" * len(header))
    for what, jobs, seconds in rows:
        count = class_size if "files" in what else 1
        print(f"{what:30}{jobs:>5}{seconds:>9.2f}s{seconds / count:>9.3f}s")
    print("\ntargets: one file under 1 s once torch is imported; 30 files under 30 s on 2 cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

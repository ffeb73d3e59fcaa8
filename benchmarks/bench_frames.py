"""Frame time of the whole gradviz window against a naive pyqtgraph live plot of the same data.

Offscreen, 1200 × 800, same process, same data (the `line` generator at each n).
A gradviz frame is one step plus the repaint of everything it changed (four plots,
transport, status); a naive frame is a ScatterPlotItem of all points with a line
whose data is set again, repainted. Also measured: Play at full speed (steps/s and
frames/s at n = 10⁴) and start-up to the first frame.

    python benchmarks/bench_frames.py            # n = 1e3, 1e5, 1e6
    python benchmarks/bench_frames.py --quick    # tiny sizes, to keep the script working
    python benchmarks/bench_frames.py --json     # rows {"n", "method", "median_s"}
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from gradviz.app.launch import application  # noqa: E402
from gradviz.app.main_window import MainWindow  # noqa: E402
from gradviz.datasets import Dataset, load  # noqa: E402
from gradviz.settings import Settings  # noqa: E402

SIZE = (1200, 800)


def median_frame(frame, repeats: int) -> float:
    for _ in range(3):
        frame()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        frame()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def close(app: QApplication, widget) -> None:
    """Close and really delete a window, so that it costs the next measurement nothing."""
    widget.close()
    widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # processEvents() skips these
    app.processEvents()
    gc.collect()


def window_frame(app: QApplication, window: MainWindow, repeats: int) -> float:
    """Median frame of an open window: one step, then the repaint it causes."""
    window.resize(*SIZE)
    window.show()
    app.processEvents()

    def frame():
        window.controller.run(1)
        app.processEvents()

    try:
        return median_frame(frame, repeats)
    finally:
        close(app, window)


def gradviz_frame(app: QApplication, n: int, repeats: int) -> float:
    return window_frame(app, MainWindow(Settings(dataset="line", dataset_params={"n": n}, lr=0.01)), repeats)


def wide_frame(app: QApplication, n: int, repeats: int) -> float:
    """13 features: predicted against actual, and a landscape slice that moves every step."""
    rng = np.random.default_rng(0)
    X = rng.normal(size=(n, 13))
    dataset = Dataset(
        "wide", X, X @ rng.normal(size=13) + rng.normal(size=n), [f"x{i}" for i in range(13)], ["y"]
    )
    window = MainWindow(Settings(dataset="line", dataset_params={"n": 100}, lr=0.01))
    window.controller.set_csv(dataset, "wide.csv", "y", list(dataset.feature_names))
    return window_frame(app, window, repeats)


def late_frame(app: QApplication, iterations: int, repeats: int) -> float:
    """A frame deep into a long run: many stored records, which each frame could reread."""
    window = MainWindow(Settings(dataset="line", dataset_params={"n": 10_000}, lr=0.001))
    window.controller.trainer.run(iterations)
    return window_frame(app, window, repeats)


def naive_frame(app: QApplication, n: int, repeats: int) -> float:
    data = load("line", n=n)
    x, y = data.X[:, 0], data.Y[:, 0]
    widget = pg.PlotWidget()
    widget.addItem(pg.ScatterPlotItem(x, y, size=5))
    line = widget.plot(pen=pg.mkPen("r", width=2))
    widget.resize(*SIZE)
    widget.show()
    app.processEvents()
    slopes = iter(np.linspace(0, 2, 10_000))

    def frame():
        line.setData([0, 10], [0, 10 * next(slopes)])
        app.processEvents()

    try:
        return median_frame(frame, repeats)
    finally:
        close(app, widget)


def stolen_seconds() -> float | None:
    """CPU time the host took from this virtual machine so far (Linux), or None."""
    try:
        with open("/proc/stat") as stat:
            fields = stat.readline().split()
        return int(fields[8]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def play(app: QApplication, n: int, seconds: float) -> tuple[float, float, float, float | None]:
    """While playing as fast as possible: steps/s, frames/s, main-thread CPU seconds per
    frame, and the share of the time the host stole from the CPUs (None if unknown)."""
    window = MainWindow(Settings(dataset="line", dataset_params={"n": n}, lr=0.001, speed=float("inf")))
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    frames = []
    window.controller.sigRecord.connect(lambda record: frames.append(record.iteration))
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    stolen_before, cpu_before = stolen_seconds(), time.thread_time()
    start = time.perf_counter()
    window.controller.play()
    loop.exec()
    elapsed = time.perf_counter() - start
    cpu = time.thread_time() - cpu_before
    stolen = (
        None if stolen_before is None else (stolen_seconds() - stolen_before) / (elapsed * os.cpu_count())
    )
    window.controller.pause()
    steps = window.controller.trainer.iteration
    close(app, window)
    return steps / elapsed, len(frames) / elapsed, cpu / max(len(frames), 1), stolen


def startup(repeats: int) -> float:
    """Median seconds from `python -m gradviz` to its first drawn frame and exit.

    As a user starts it: with Python's bytecode cache (which PYTHONDONTWRITEBYTECODE
    would disable), filled by one run that is not counted.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    samples = []
    for _ in range(repeats + 1):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "gradviz", "--quit-after-first-frame"],
            env=env,
            check=True,
            capture_output=True,
        )
        samples.append(time.perf_counter() - start)
    return statistics.median(samples[1:])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes (CI smoke run)")
    parser.add_argument("--json", action="store_true", help="print JSON rows instead of tables")
    args = parser.parse_args(argv)
    sizes = [1_000, 10_000] if args.quick else [1_000, 100_000, 1_000_000]

    app = application()  # without the offscreen platform's propagateSizeHints notices
    rows = []
    for n in sizes:
        rows.append(
            {"n": n, "method": "gradviz", "median_s": gradviz_frame(app, n, 20 if args.quick else 60)}
        )
        naive_repeats = 5 if n >= 1_000_000 else (10 if args.quick else 30)
        rows.append({"n": n, "method": "naive", "median_s": naive_frame(app, n, naive_repeats)})
    if args.json:
        print(json.dumps(rows))
        return 0

    wide_n = sizes[-1]
    wide_window_time = wide_frame(app, wide_n, 20 if args.quick else 40)
    late = 20_000 if args.quick else 1_000_000
    late_time = late_frame(app, late, 20 if args.quick else 40)
    steps_per_s, frames_per_s, cpu_per_frame, stolen = play(app, 10_000, 1.5 if args.quick else 4.0)
    start_s = startup(2 if args.quick else 5)

    print(
        f"gradviz frame benchmark · offscreen {SIZE[0]}×{SIZE[1]} · {platform.machine()} · "
        f"Python {platform.python_version()} · pyqtgraph {pg.__version__} · "
        f"PySide6 {__import__('PySide6').__version__}"
    )
    print("one frame: a step and the repaint it causes; median seconds per frame\n")
    header = f"{'n':>9}  {'gradviz':>10}{'naive':>12}{'naive / gradviz':>17}"
    print(header)
    print("-" * len(header))
    for n in sizes:
        here = {r["method"]: r["median_s"] for r in rows if r["n"] == n}
        ratio = here["naive"] / here["gradviz"]
        print(f"{n:>9,}  {_ms(here['gradviz']):>10}{_ms(here['naive']):>12}{ratio:16.1f}×")
    print(
        f"\n13 features at n = {wide_n:,} (predicted vs actual, landscape recomputed each frame): "
        f"{_ms(wide_window_time)} per frame"
    )
    print(f"n = 10,000, {late:,} iterations into the run: {_ms(late_time)} per frame")
    print(f"Play at full speed, n = 10,000: {steps_per_s:,.0f} steps/s, drawing {frames_per_s:.0f} frames/s")
    stolen_text = "" if stolen is None else f"; the host took {stolen:.0%} of the CPUs' time meanwhile"
    print(f"  (main thread busy {_ms(cpu_per_frame)} per frame, computing included{stolen_text})")
    print(f"start-up to the first frame (python -m gradviz --quit-after-first-frame): {start_s:.2f} s\n")
    largest = {r["method"]: r["median_s"] for r in rows if r["n"] == sizes[-1]}
    checks = [
        (
            f"whole window ≤ 33 ms per frame at n = {sizes[-1]:,}",
            largest["gradviz"] <= 0.033,
            _ms(largest["gradviz"]),
        ),
        ("Play at n = 10⁴: ≥ 10,000 steps/s", steps_per_s >= 10_000, f"{steps_per_s:,.0f}/s"),
        ("Play at n = 10⁴: about 60 frames/s", frames_per_s >= 50, f"{frames_per_s:.0f}/s"),
        ("start-up ≤ 1.5 s", start_s <= 1.5, f"{start_s:.2f} s"),
    ]
    print("goals")
    for text, ok, value in checks:
        print(f"  [{'met' if ok else 'MISSED'}] {text}: {value}")
    return 0


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms"


if __name__ == "__main__":
    sys.exit(main())

"""One gradient-descent step on linear regression: gradviz against NumPy and PyTorch.

All methods run in this process, on the same float64 data (n × 13 → 1), and the
table gives medians and ratios. Also measured: the memory floor (one read pass
over X), the 200 × 200 loss landscape, and memory over a long run.

    python benchmarks/bench_engine.py            # n = 1e3, 1e5, 1e6
    python benchmarks/bench_engine.py --quick    # tiny sizes, to keep the script working
    python benchmarks/bench_engine.py --json     # rows {"n", "method", "median_s"}
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time

import numpy as np

from gradviz.engine import QuadraticLoss, Trainer

D = 13
LR = 0.01


def median_time(step, *, repeats: int, inner: int = 1) -> float:
    """Median seconds per call of `step`, timing `inner` calls at a time."""
    step()  # warm up caches and allocators
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(inner):
            step()
        samples.append((time.perf_counter() - start) / inner)
    return statistics.median(samples)


def make_data(n: int):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(n, D))
    Y = X @ rng.normal(size=(D, 1)) + 0.5 + 0.1 * rng.normal(size=(n, 1))
    return X, Y


def numpy_step(X, Y):
    """Plain NumPy, the way one writes it by hand: two passes over X."""
    W, b = np.zeros((D, 1)), np.zeros(1)
    q = X.shape[0]

    def step():
        nonlocal W, b
        residual = X @ W + b - Y
        W -= LR * (2 / q) * (X.T @ residual)
        b -= LR * (2 / q) * residual.sum(axis=0)

    return step


def torch_step(X, Y):
    import torch

    Xt, Yt = torch.from_numpy(X), torch.from_numpy(Y)
    W = torch.zeros((D, 1), dtype=torch.float64, requires_grad=True)
    b = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    q = X.shape[0]

    def step():
        loss = ((Xt @ W + b - Yt) ** 2).sum() / q
        loss.backward()
        with torch.no_grad():
            W.sub_(LR * W.grad)
            b.sub_(LR * b.grad)
        W.grad = b.grad = None

    return step


def graph_overhead(X, Y) -> float:
    """What building and walking the graph adds to the same gradient written in NumPy."""
    trainer = Trainer(X, Y, fast_path=False)
    X, theta, q = trainer.X, trainer.theta, X.shape[0]

    def by_hand():
        residual = X @ theta[:-1] + theta[-1] - Y
        grad = np.empty_like(theta)
        grad[:-1], grad[-1] = (2 / q) * (X.T @ residual), (2 / q) * residual.sum(axis=0)
        return grad

    graph = median_time(lambda: trainer.graph_gradient(X, Y), repeats=30, inner=200)
    return graph - median_time(by_hand, repeats=30, inner=200)


def trainer_steps(X, Y, fast: bool, batch: int):
    """`batch` steps per call, as the window and the CLI run them (losses measured in bulk)."""
    trainer = Trainer(X, Y, lr=LR, fast_path=fast)
    return lambda: trainer.run(batch)


def one_pass(X) -> tuple[float, float]:
    """The memory floor, two ways: (plain, fastest).

    plain: X.sum() on X as given (row-major), one thread, the usual yardstick.
    fastest: the least median of a sum or a two-threaded BLAS matrix-vector
    product, over X row-major or column-major (as gradviz stores it).
    """
    ones = np.ones(X.shape[1])
    by_column = np.asfortranarray(X)
    repeats = 15 if X.shape[0] >= 100_000 else 200
    plain = median_time(lambda: X.sum(), repeats=repeats)
    others = [lambda: X @ ones, lambda: by_column.sum(), lambda: by_column @ ones]
    return plain, min(plain, *(median_time(r, repeats=repeats) for r in others))


def ideal_two_pass(X, Y) -> float:
    """The least any two-pass step can cost: in place, no graph, no allocation.

    The two reads of X (XW, then XᵀG on column-major X) plus the residual's O(n)
    work; a yardstick for the graph path, not a method of its own.
    """
    X = np.asfortranarray(X)
    W, b, buffer = np.zeros((X.shape[1], 1)), np.zeros(1), np.empty((X.shape[0], 1))

    def step():
        np.matmul(X, W, out=buffer)
        buffer[...] += b
        buffer[...] -= Y
        np.vdot(buffer, buffer)
        return X.T @ buffer, buffer.sum(axis=0)

    return median_time(step, repeats=15 if X.shape[0] >= 100_000 else 200)


def landscape_time(X, Y):
    loss = QuadraticLoss(X, Y)
    theta = np.zeros((D + 1, 1))
    grid = np.linspace(-2, 2, 200)
    return median_time(lambda: loss.landscape(theta, (0, 0), (D, 0), grid, grid), repeats=30)


LONG_RUN = """
import sys
import numpy as np
from gradviz.engine import Trainer

def status_mb(key):  # VmRSS now, VmHWM the peak (reset at exec, unlike ru_maxrss)
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith(key)) / 1024

rng = np.random.default_rng(0)
X = rng.normal(size=(1000, 13))
trainer = Trainer(X, X @ rng.normal(size=(13, 1)), lr=0.01, optimizer="adam")
trainer.run(1000)
before = status_mb("VmRSS")
trainer.run(int(sys.argv[1]))
print(before, status_mb("VmRSS"), status_mb("VmHWM"), trainer.history.nbytes / 2**20, len(trainer.history))
"""


def long_run(steps: int) -> tuple[float, float, float, float, int]:
    """In a fresh process: RSS before and after `steps` Adam steps, peak RSS, history MB and rows."""
    out = subprocess.run(
        [sys.executable, "-c", LONG_RUN, str(steps)], capture_output=True, text=True, check=True
    )
    before, after, peak, history_mb, rows = out.stdout.split()
    return float(before), float(after), float(peak), float(history_mb), int(rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes (CI smoke run)")
    parser.add_argument("--json", action="store_true", help="print JSON rows instead of tables")
    args = parser.parse_args(argv)
    sizes = [1_000, 10_000] if args.quick else [1_000, 100_000, 1_000_000]

    try:
        import torch

        torch_version = torch.__version__
    except Exception:  # not installed, or installed but broken: compare without it
        torch_version = None

    rows, extras = [], {}
    for n in sizes:
        X, Y = make_data(n)
        small = n <= 10_000
        repeats, inner = (30, 200) if small else (15, 1)
        graph_batch = 100 if small else 1
        methods = {
            "gradviz-fast": median_time(trainer_steps(X, Y, True, 500), repeats=30) / 500,
            "gradviz-graph": median_time(trainer_steps(X, Y, False, graph_batch), repeats=repeats)
            / graph_batch,
            "numpy": median_time(numpy_step(X, Y), repeats=repeats, inner=inner),
        }
        rows += [{"n": n, "method": m, "median_s": t} for m, t in methods.items()]
        plain, fastest = one_pass(X)
        extras[n] = {
            "plain": plain,
            "floor": fastest,
            "ideal": ideal_two_pass(X, Y),
            "landscape": landscape_time(X, Y),
        }
        if n == sizes[0]:
            extras[n]["graph_overhead"] = graph_overhead(X, Y)
    if torch_version:  # last: PyTorch's worker threads keep spinning for a while after use
        for n in sizes:
            X, Y = make_data(n)
            repeats, inner = (30, 200) if n <= 10_000 else (15, 1)
            rows.append(
                {
                    "n": n,
                    "method": "torch",
                    "median_s": median_time(torch_step(X, Y), repeats=repeats, inner=inner),
                }
            )
    rows.sort(key=lambda r: r["n"])

    steps = 20_000 if args.quick else 1_000_000
    rss_before, rss_after, rss_peak, history_mb, history_rows = long_run(steps)

    if args.json:
        print(json.dumps(rows))
        return 0

    print(
        f"gradviz engine benchmark · {platform.machine()} · {platform.processor() or platform.system()} · "
        f"Python {platform.python_version()} · NumPy {np.__version__} · "
        f"PyTorch {torch_version or 'not installed (skipped)'}"
    )
    print(f"one full-batch GD step, float64, X n × {D} → 1, median time per step; gradviz runs steps")
    print("in batches as its window and CLI do (500 fast steps, or 100 graph steps at n ≤ 10⁴, per call)\n")
    header = f"{'n':>9}  {'method':14}{'median':>12}{'vs numpy':>11}{'vs torch':>11}"
    print(header)
    print("-" * len(header))
    for n in sizes:
        here = {r["method"]: r["median_s"] for r in rows if r["n"] == n}
        for method, t in here.items():
            vs_torch = f"{here['torch'] / t:10.1f}×" if "torch" in here else f"{'—':>11}"
            print(f"{n:>9,}  {method:14}{_fmt(t):>12}{here['numpy'] / t:10.1f}×{vs_torch}")
        print()
    if not torch_version:
        print("PyTorch is not installed: its rows were skipped (pip install torch to compare).\n")

    print("speed-ups read as: how many times faster than the peer (higher is better)\n")
    print("the graph path against the memory floor: one read of X, plain (X.sum(), row-major, one")
    print("thread) and fastest (best of sum and 2-thread BLAS, row- or column-major); 'ideal' is an")
    print("in-place two-pass step with no graph and no allocation, the least any two-pass step costs\n")
    print(
        f"{'n':>9}  {'read: plain':>12}{'fastest':>11}{'graph/2 plain':>15}{'graph/2 fastest':>17}"
        f"{'ideal/2 fastest':>17}{'200×200 landscape':>19}"
    )
    for n in sizes:
        graph = next(r["median_s"] for r in rows if r["n"] == n and r["method"] == "gradviz-graph")
        e = extras[n]
        ratios = [graph / (2 * e["plain"]), graph / (2 * e["floor"]), e["ideal"] / (2 * e["floor"])]
        print(
            f"{n:>9,}  {_fmt(e['plain']):>12}{_fmt(e['floor']):>11}"
            f"{ratios[0]:14.2f}×{ratios[1]:16.2f}×{ratios[2]:16.2f}×{_fmt(e['landscape']):>19}"
        )
    print()
    largest = sizes[-1]
    at_largest = {r["method"]: r["median_s"] for r in rows if r["n"] == largest}
    checks = [
        (
            f"fast path ≤ 20 µs per step at n = {largest:,}",
            at_largest["gradviz-fast"] <= 20e-6,
            _fmt(at_largest["gradviz-fast"]),
        ),
        (
            f"graph path ≤ 1.3 × two plain reads of X at n = {largest:,}",
            at_largest["gradviz-graph"] <= 1.3 * 2 * extras[largest]["plain"],
            f"{at_largest['gradviz-graph'] / (2 * extras[largest]['plain']):.2f}×",
        ),
        (
            f"building the graph, over the same gradient in NumPy, at n = {sizes[0]:,} (a few tens of µs)",
            extras[sizes[0]]["graph_overhead"] <= 50e-6,
            _fmt(extras[sizes[0]]["graph_overhead"]),
        ),
        (
            "landscape 200×200 ≤ 20 ms at every n",
            all(e["landscape"] <= 20e-3 for e in extras.values()),
            _fmt(max(e["landscape"] for e in extras.values())),
        ),
        (
            f"memory flat over {steps:,} steps (RSS {rss_before:.0f} → {rss_after:.0f} MB, "
            f"peak {rss_peak:.0f} MB), the history in a fixed buffer",
            rss_after - rss_before < 100 and history_mb < 200,
            f"{history_mb:.0f} MB for {history_rows:,} rows",
        ),
    ]
    if "torch" in at_largest:
        ratio = at_largest["torch"] / at_largest["gradviz-fast"]
        checks.append(
            (f"fast path ≥ 1000 × faster than PyTorch at n = {largest:,}", ratio >= 1000, f"{ratio:,.0f}×")
        )
    e = extras[largest]
    graph_vs_ideal, ideal_vs_fastest = at_largest["gradviz-graph"] / e["ideal"], e["ideal"] / (2 * e["floor"])
    print(
        f"for scale at n = {largest:,}: the graph path takes {graph_vs_ideal:.2f}× the ideal two-pass "
        f"step, which itself takes {ideal_vs_fastest:.2f}× two fastest reads\n"
    )
    print("goals")
    for text, ok, value in checks:
        print(f"  [{'met' if ok else 'MISSED'}] {text}: {value}")
    return 0


def _fmt(seconds: float) -> str:
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


if __name__ == "__main__":
    sys.exit(main())

"""The critical learning rates gradviz reports, and the runs that check them (the README's table).

On standardized Boston (seed 0), each optimizer and batch size runs 3000 steps at 0.8× and at
1.2× the rate gradviz reports as critical (the ▲ on the lr slider, `critical_lr` in
`gradviz train --json`). It prints a Markdown table: the final train loss beside the
least-squares floor L*, or the iteration at which the run was flagged as diverging.

    python benchmarks/critical_rates.py            # 3000 steps a run
    python benchmarks/critical_rates.py --quick    # 300 steps, to keep the script working
"""

from __future__ import annotations

import argparse

from gradviz.settings import Settings, build_run

RUNS = [
    ("gd", None),
    ("gd", 8),
    ("gd", 1),
    ("momentum", None),
    ("momentum", 8),
    ("nesterov", None),
    ("adam", None),
    ("rmsprop", None),
    ("adagrad", None),
]


def outcome(optimizer: str, batch_size: int | None, factor: float, steps: int) -> str:
    _, trainer = build_run(Settings(dataset="boston", optimizer=optimizer, batch_size=batch_size, seed=0))
    trainer.lr = factor * trainer.critical.lr
    trainer.run(steps)
    if trainer.status.diverged:
        return f"diverges (flagged at step {trainer.iteration})"
    return f"loss {trainer.current.loss_train:.4g}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="300 steps a run (CI smoke run)")
    steps = 300 if parser.parse_args(argv).quick else 3000
    _, trainer = build_run(Settings(dataset="boston", seed=0))
    print(
        f"Boston, standardized, seed 0; {steps} steps a run; least-squares floor L* = "
        f"{trainer.train_loss.loss_star:.4g}\n"
    )
    print("| optimizer | batch | bound | critical lr | at 0.8× | at 1.2× |")
    print("|---|---|---|---|---|---|")
    for optimizer, batch_size in RUNS:
        _, trainer = build_run(Settings(dataset="boston", optimizer=optimizer, batch_size=batch_size, seed=0))
        rate = trainer.critical
        batch = "full" if batch_size is None else str(batch_size)
        if not rate.exists:
            print(f"| {optimizer} | {batch} | none: {rate.reason.split(': ')[0]} | – | – | – |")
            continue
        low, high = (outcome(optimizer, batch_size, f, steps) for f in (0.8, 1.2))
        print(f"| {optimizer} | {batch} | {rate.formula} | {rate.lr:.4g} | {low} | {high} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

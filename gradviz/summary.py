"""What a run achieved, in the dataset's own units: a summary, its text, and the history as CSV."""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .datasets import Dataset, Prepared
from .engine import Trainer, r2_score
from .files import write_atomically
from .i18n import translate

__all__ = ["RunSummary", "format_report", "summarize", "write_history", "history_header", "HISTORY_UNITS"]


@dataclass(frozen=True)
class RunSummary:
    dataset: str
    steps: int
    loss_train: float
    loss_test: float  # NaN without a test set
    r2_train: float
    r2_test: float
    r2_closed_form: float  # R² of the least-squares solution on the training rows
    closed_form_gap: float  # ‖θ − θ*‖ / ‖θ*‖, in the scaled units the run used
    coef: np.ndarray  # (features, targets), original units
    intercept: np.ndarray  # (targets,), original units
    path: str
    diverged: bool
    message: str
    critical_lr: float | None = None  # the bound of the run's optimizer and batch size; None: none known
    critical_formula: str = ""
    standardized: bool = True  # the run's θ (and closed_form_gap) are per standardized feature

    @property
    def units(self) -> dict[str, str]:
        """The units of each number that has some, as the history CSV names them (never translated)."""
        return {
            "coef": HISTORY_UNITS[False],
            "intercept": HISTORY_UNITS[False],
            "closed_form_gap": HISTORY_UNITS[self.standardized],
        }

    def to_json(self) -> dict:
        def number(x: float) -> float | None:
            return float(x) if math.isfinite(x) else None  # JSON has no NaN or infinity

        return {
            "dataset": self.dataset,
            "steps": self.steps,
            "loss_train": number(self.loss_train),
            "loss_test": number(self.loss_test),
            "r2_train": number(self.r2_train),
            "r2_test": number(self.r2_test),
            "closed_form_gap": number(self.closed_form_gap),
            "coef": self.coef.tolist(),
            "intercept": self.intercept.tolist(),
            "diverged": self.diverged,
            "critical_lr": self.critical_lr,
            "path": self.path,
            "standardized": self.standardized,
            "units": self.units,
        }


def summarize(prepared: Prepared, trainer: Trainer) -> RunSummary:
    record = trainer.current
    train, test = prepared.train, prepared.test
    W_star, b_star = trainer.optimum
    theta_star = trainer.train_loss.theta_star
    gap = float(np.linalg.norm(record.theta - theta_star)) / max(float(np.linalg.norm(theta_star)), 1e-300)
    coef, intercept = prepared.scaler.to_original_units(record.W, record.b)
    critical = trainer.critical

    def r2(data) -> float:
        return r2_score(data.Y, data.X @ record.W + record.b) if data.n_samples else math.nan

    return RunSummary(
        dataset=prepared.dataset.name,
        steps=record.iteration,
        loss_train=record.loss_train,
        loss_test=record.loss_test,
        r2_train=r2(train),
        r2_test=r2(test),
        r2_closed_form=r2_score(train.Y, train.X @ W_star + b_star),
        closed_form_gap=float(gap),
        coef=coef,
        intercept=intercept,
        path=trainer.path,
        diverged=trainer.status.diverged,
        message=trainer.status.message,
        critical_lr=critical.lr,
        critical_formula=critical.formula,
        standardized=prepared.standardized,
    )


HISTORY_UNITS = {True: "standardized features", False: "original units"}


def history_header(dataset: Dataset, standardized: bool) -> list[str]:
    """The history CSV's column names; θ's and ‖∇C‖'s say the units they are in, e.g.
    `w_x (standardized features)`."""
    targets = dataset.target_names
    suffix = [""] if len(targets) == 1 else [f"[{t}]" for t in targets]
    names = [f"w_{f}{s}" for f in dataset.feature_names for s in suffix] + [f"b{s}" for s in suffix]
    units = HISTORY_UNITS[standardized]
    return [
        "iteration",
        "epoch",
        "loss_train",
        "loss_test",
        f"grad_norm ({units})",
        "lr",
        *(f"{name} ({units})" for name in names),
    ]


def write_history(path: Path, trainer: Trainer, dataset: Dataset, *, standardized: bool) -> None:
    """Every stored record as one CSV row: iteration, losses, ‖∇C‖, lr, then θ.

    θ is in the units the run used (`standardized`: per standard deviation of each feature),
    which the header says. Numbers are written as Python's repr writes them: the shortest
    text that reads back to the very same float (0.1, not 0.10000000000000001).
    """
    history = trainer.history
    floats = np.column_stack(
        [
            history.loss_train,
            history.loss_test,
            history.grad_norm,
            history.lr,
            history.thetas.reshape(len(history), -1),
        ]
    )
    counts = np.column_stack([history.iterations, history.epochs])

    def write(temporary: Path) -> None:
        with open(temporary, "w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file, lineterminator="\n")
            writer.writerow(history_header(dataset, standardized))
            for ints, numbers in zip(counts.tolist(), floats.tolist()):  # Python ints and floats
                writer.writerow([*map(str, ints), *map(repr, numbers)])

    write_atomically(path, write)


def format_report(
    summary: RunSummary,
    prepared: Prepared,
    trainer: Trainer,
    *,
    optimizer: str,
    schedule: str,
    standardized: bool,
) -> str:
    """The text summary `gradviz train` prints."""
    data, train, test = prepared.dataset, prepared.train, prepared.test
    dash = "—"

    def fmt(x: float, spec: str = ".6g") -> str:
        return dash if np.isnan(x) else format(x, spec)

    if summary.critical_lr is None:
        critical = translate("Train", "no critical rate")
    else:
        critical = translate("Train", "critical {formula} {lr}").format(
            formula=summary.critical_formula, lr=f"{summary.critical_lr:.4g}"
        )
    if trainer.batch_size is None:
        batch = translate("Train", "full batch")
    else:
        batch = translate("Train", "batches of {size}").format(size=trainer.batch_size)
    if summary.path == "fast":
        path = translate("Train", "sufficient statistics (fast path)")
    else:
        path = translate("Train", "graph: Linear → MSE → backward")
    if data.n_features == 1:
        sizes = translate(
            "Train", "{name}: {rows} rows ({train} train, {test} test), {features} feature → {targets}"
        )
    else:
        sizes = translate(
            "Train", "{name}: {rows} rows ({train} train, {test} test), {features} features → {targets}"
        )
    if standardized:
        scaling = translate("Train", "standardized features")
        gap_units = translate("Train", "θ in standardized features")
    else:
        scaling = translate("Train", "raw features")
        gap_units = translate("Train", "θ in original units")
    if summary.diverged:
        steps = translate("Train", "steps run: {steps} (diverged)")
    else:
        steps = translate("Train", "steps run: {steps}")
    loss, least_squares = translate("Train", "loss (MSE)"), translate("Train", "R² of least squares")
    on_train, on_test = translate("Train", "train"), translate("Train", "test")
    setup = translate(
        "Train", "{optimizer}, lr {lr} ({critical}, κ {kappa}), {batch}, {schedule} schedule, {scaling}"
    )
    lines = [
        sizes.format(
            name=data.name,
            rows=data.n_samples,
            train=train.n_samples,
            test=test.n_samples,
            features=data.n_features,
            targets=", ".join(data.target_names),
        ),
        setup.format(
            optimizer=optimizer,
            lr=f"{trainer.lr:g}",
            critical=critical,
            kappa=f"{trainer.curvature.condition_number:.4g}",
            batch=batch,
            schedule=schedule,
            scaling=scaling,
        ),
        translate("Train", "gradient computed from: {path}").format(path=path),
        steps.format(steps=summary.steps),
        "",
        f"{'':24}{on_train:>14}{on_test:>14}",
        f"{loss:24}{fmt(summary.loss_train):>14}{fmt(summary.loss_test):>14}",
        f"{'R²':24}{fmt(summary.r2_train):>14}{fmt(summary.r2_test):>14}",
        f"{least_squares:24}{fmt(summary.r2_closed_form):>14}",
        f"{'‖θ − θ*‖ / ‖θ*‖':24}{fmt(summary.closed_form_gap, '.3g'):>14}  ({gap_units})",
        "",
        translate("Train", "coefficients in original units:"),
    ]
    names = [*data.feature_names, translate("Train", "intercept")]
    width = max(len(n) for n in names) + 2
    values = np.vstack([summary.coef, summary.intercept])
    header = "".join(f"{t:>16}" for t in data.target_names)
    lines.append(f"  {'':{width}}{header}")
    for name, row in zip(names, values):
        lines.append(f"  {name:{width}}" + "".join(f"{v:>16.6g}" for v in row))
    return "\n".join(lines)

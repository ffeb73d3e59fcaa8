"""What a run achieved, in the dataset's own units: a summary, its text, and the history as CSV."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .datasets import Dataset, Prepared
from .engine import Trainer, r2_score
from .files import write_atomically

__all__ = ["RunSummary", "format_report", "summarize", "write_history"]


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
    )


def write_history(path: Path, trainer: Trainer, dataset: Dataset) -> None:
    """Every stored record as one CSV row: iteration, losses, ‖∇C‖, lr, then θ (scaled units)."""
    history = trainer.history
    targets = dataset.target_names
    suffix = [""] if len(targets) == 1 else [f"[{t}]" for t in targets]
    params = [f"w_{f}{s}" for f in dataset.feature_names for s in suffix] + [f"b{s}" for s in suffix]
    header = ["iteration", "epoch", "loss_train", "loss_test", "grad_norm", "lr", *params]
    table = np.column_stack(
        [
            history.iterations,
            history.epochs,
            history.loss_train,
            history.loss_test,
            history.grad_norm,
            history.lr,
            history.thetas.reshape(len(history), -1),
        ]
    )
    write_atomically(
        path,
        lambda temporary: np.savetxt(
            temporary, table, delimiter=",", header=",".join(header), comments="", fmt="%.17g"
        ),
    )


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
        critical = "no critical rate"
    else:
        critical = f"critical {summary.critical_formula} {summary.critical_lr:.4g}"
    batch = "full batch" if trainer.batch_size is None else f"batches of {trainer.batch_size}"
    path = "sufficient statistics (fast path)" if summary.path == "fast" else "graph: Linear → MSE → backward"
    lines = [
        f"{data.name}: {data.n_samples} rows ({train.n_samples} train, {test.n_samples} test), "
        f"{data.n_features} feature{'s' * (data.n_features != 1)} → {', '.join(data.target_names)}",
        f"{optimizer}, lr {trainer.lr:g} ({critical}, "
        f"κ {trainer.curvature.condition_number:.4g}), {batch}, {schedule} schedule, "
        f"{'standardized' if standardized else 'raw'} features",
        f"gradient computed from: {path}",
        f"steps run: {summary.steps}{' (diverged)' if summary.diverged else ''}",
        "",
        f"{'':24}{'train':>14}{'test':>14}",
        f"{'loss (MSE)':24}{fmt(summary.loss_train):>14}{fmt(summary.loss_test):>14}",
        f"{'R²':24}{fmt(summary.r2_train):>14}{fmt(summary.r2_test):>14}",
        f"{'R² of least squares':24}{fmt(summary.r2_closed_form):>14}",
        f"{'‖θ − θ*‖ / ‖θ*‖':24}{fmt(summary.closed_form_gap, '.3g'):>14}",
        "",
        "coefficients in original units:",
    ]
    names = [*data.feature_names, "intercept"]
    width = max(len(n) for n in names) + 2
    values = np.vstack([summary.coef, summary.intercept])
    header = "".join(f"{t:>16}" for t in data.target_names)
    lines.append(f"  {'':{width}}{header}")
    for name, row in zip(names, values):
        lines.append(f"  {name:{width}}" + "".join(f"{v:>16.6g}" for v in row))
    return "\n".join(lines)

"""Which Linear and MSE a run trains with: gradviz's own, a shipped mistake, or a student's file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..engine import Function, Trainer
from ..engine.mistakes import MISTAKES, RunFacts

__all__ = ["TrainingFunctions", "mistake_functions", "student_functions", "run_facts"]


@dataclass(frozen=True)
class TrainingFunctions:
    linear: type[Function]
    mse: type[Function]
    kind: str  # "mistake" or "student"
    key: str  # the mistake's key, or the student's file path
    label: str  # for the status line: "mistake mode", "your Functions (tp1.py)"
    explain: Callable[[RunFacts], str] | None = None  # a mistake's sentence about the run


def mistake_functions(key: str) -> TrainingFunctions:
    m = MISTAKES[key]
    return TrainingFunctions(m.linear, m.mse, "mistake", key, "mistake mode", m.explain)


def student_functions(path: str | Path) -> TrainingFunctions:
    """Load a student's file in this process and bridge its Linear and MSE (ValueError when it cannot)."""
    from ..homework.bridge import load_student_functions  # loads the student's code: only when asked

    bridged = load_student_functions(path)
    name = Path(path).name
    return TrainingFunctions(bridged.linear, bridged.mse, "student", str(path), f"your Functions ({name})")


def run_facts(trainer: Trainer) -> RunFacts:
    X = trainer.X
    q = trainer.batch_size or X.shape[0]
    return RunFacts(
        q=int(min(q, X.shape[0])),
        n=X.shape[1],
        p=trainer.Y.shape[1],
        lr=trainer.lr,
        critical_lr=trainer.curvature.critical_lr,
    )

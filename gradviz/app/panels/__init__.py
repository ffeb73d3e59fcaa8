"""The plot panels. The main window gives each the run, then every state to draw."""

from __future__ import annotations

from typing import Protocol

from ...engine import StepRecord
from ..context import RunContext

__all__ = ["Panel", "ShowsRun"]


class Panel(Protocol):
    def set_run(self, context: RunContext) -> None:
        """A new run: its data, scaling and parameters (called before any record of it)."""

    def show_record(self, record: StepRecord) -> None:
        """Draw the run at this record (the newest, or one from the timeline)."""


class ShowsRun:
    """Mixed into a panel: `run` is the context its set_run was given."""

    context: RunContext | None = None

    @property
    def run(self) -> RunContext:
        if self.context is None:
            raise RuntimeError(f"{type(self).__name__} was asked to draw before set_run gave it a run")
        return self.context

"""The gradviz desktop window (PySide6 + pyqtgraph)."""

from .launch import render_snapshot, run_app

__all__ = ["run_app", "render_snapshot"]

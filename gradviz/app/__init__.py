"""The gradviz desktop window (PySide6 + pyqtgraph).

Importing this package loads no Qt: its plain-Python modules (the graph layout, the
sub-steps of a training step) stay usable and testable alone. Qt comes with launch.
"""

from __future__ import annotations

from typing import Any

__all__ = ["run_app", "render_snapshot"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import launch

        return getattr(launch, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

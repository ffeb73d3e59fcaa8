"""Start the window, or render it offscreen to a PNG, and shut Qt down in a safe order."""

from __future__ import annotations

import gc
import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from ..engine import TrainerStatus
from . import theme
from .settings import Settings

__all__ = ["run_app", "render_snapshot"]


def _drop_offscreen_notice() -> None:
    """Hide the one harmless notice Qt's offscreen platform prints for every window.

    Every other message still goes where it went before (stderr, or pytest-qt).
    """
    previous = None

    def handler(mode, context, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def _application() -> QApplication:
    if QApplication.instance() is None and os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        _drop_offscreen_notice()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("gradviz")
    theme.configure()
    return app


def _close(app: QApplication, window) -> None:
    """Close the window and delete it while Qt is still alive.

    pyqtgraph items left to the garbage collector after QApplication is gone can crash
    the interpreter at exit; deleting them here, in order, keeps the exit status 0.
    """
    window.controller.pause()
    window.close()
    window.deleteLater()
    app.processEvents()
    gc.collect()


def _close_on_signals(window) -> None:
    """Ctrl-C in the terminal (or SIGTERM) closes the window as its close button would.

    Python runs signal handlers only between bytecodes, and Qt's event loop runs
    none while idle: a timer gives Python a moment five times a second.
    """
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: window.close())
    heartbeat = QTimer(window)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(200)


def run_app(settings: Settings | None = None, *, quit_after_first_frame: bool = False) -> int:
    from .main_window import MainWindow

    if sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        # Qt would abort with a long message about the "xcb" plugin instead.
        raise OSError(
            "no display to open a window on (DISPLAY is not set); run gradviz on a desktop, "
            "or use `gradviz snapshot --out shot.png` or `gradviz train` here"
        )

    app = _application()
    window = MainWindow(settings)
    window.resize(window.sizeHint())
    window.show()
    _close_on_signals(window)
    if quit_after_first_frame:
        QTimer.singleShot(0, app.quit)  # runs once the first frame has been painted
    status = app.exec()
    _close(app, window)
    del window
    return status


def render_snapshot(
    path: str | Path,
    settings: Settings | None = None,
    *,
    steps: int = 0,
    size: tuple[int, int] = (1400, 900),
) -> tuple[Path, TrainerStatus]:
    """Render the window after `steps` steps to a PNG of exactly `size` pixels.

    Returns the path and the run's status, which says whether it diverged.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .main_window import MainWindow

    app = _application()
    window = MainWindow(settings)
    try:
        window.resize(*size)
        window.show()
        app.processEvents()
        window.controller.run(steps)
        app.processEvents()
        image = window.grab().toImage()
        if (image.width(), image.height()) != size:
            image = image.scaled(*size)
        path = Path(path)
        if not image.save(str(path), "PNG"):
            raise OSError("Qt could not save a PNG there; check that the folder exists and is writable")
        return path, window.controller.trainer.status
    finally:
        _close(app, window)

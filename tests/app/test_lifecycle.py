"""The app starts and exits cleanly in a fresh process, and the Qt stack does not crash.

Two hazards these tests guard against: PySide6 6.12.0 drops a reference to None on
every call that returns nothing, so Python 3.11 aborts ("none_dealloc") once enough
calls have been made; and with 6.11.3, pyqtgraph widgets left for the interpreter to
tear down can segfault at exit, so the app deletes its window while Qt still runs.
"""

import signal
import subprocess
import sys

import pyqtgraph as pg
import pytest
from processes import ENV, START_TIMEOUT, Child, assert_clean_exit, run_python

from gradviz.app.launch import READY_LINE


def test_launch_and_quit_after_the_first_frame_exits_0():
    proc = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "gradviz", "--quit-after-first-frame"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
    )
    assert_clean_exit(proc)


def test_closing_the_window_while_playing_exits_0():
    proc = run_python(
        """
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from gradviz.app.launch import run_app
        from gradviz.settings import Settings

        app = QApplication([])

        def play_then_close():
            window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "gradviz")
            window.controller.play()
            QTimer.singleShot(400, window.close)

        QTimer.singleShot(100, play_then_close)
        raise SystemExit(run_app(Settings(dataset="boston", speed=float("inf"))))
        """
    )
    assert_clean_exit(proc)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_sigterm_closes_the_window_and_exits_0(sig):
    child = Child([sys.executable, "-X", "faulthandler", "-m", "gradviz"], {**ENV, "GRADVIZ_READY": "1"})
    child.wait_for(READY_LINE)  # the first frame is on screen, and the event loop runs
    child.proc.send_signal(sig)
    assert_clean_exit(child.finish())


def test_the_ready_line_comes_once_and_only_when_asked_for():
    command = [sys.executable, "-m", "gradviz", "--quit-after-first-frame"]
    asked = subprocess.run(
        command, capture_output=True, text=True, env={**ENV, "GRADVIZ_READY": "1"}, timeout=START_TIMEOUT
    )
    assert_clean_exit(asked)
    assert asked.stderr.splitlines().count(READY_LINE) == 1
    plain = subprocess.run(command, capture_output=True, text=True, env=ENV, timeout=START_TIMEOUT)
    assert_clean_exit(plain)
    assert READY_LINE not in plain.stderr


# Sends the signal from inside the child, at a chosen moment of start-up.
SIGNAL_DURING_START_UP = """
import os, signal, sys
from gradviz.app import controller, launch, main_window

where, number = sys.argv[1], getattr(signal, sys.argv[2])
owner, name = {
    "building the controller": (controller.Controller, "__init__"),
    "laying out the window": (main_window.MainWindow, "_layout"),
    "starting the first run": (controller.Controller, "start"),
}[where]
original = getattr(owner, name)

def signal_then_go_on(self, *args, **kwargs):
    os.kill(os.getpid(), number)
    return original(self, *args, **kwargs)

setattr(owner, name, signal_then_go_on)
raise SystemExit(launch.run_app())
"""


@pytest.mark.parametrize(
    "where", ["building the controller", "laying out the window", "starting the first run"]
)
@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_a_signal_while_the_window_is_built_closes_the_app_with_status_0(where, sig):
    proc = run_python(SIGNAL_DURING_START_UP, where, sig, timeout=START_TIMEOUT)
    assert_clean_exit(proc)


# Says when run_app has taken SIGINT and SIGTERM over, so that the parent can signal at once.
ANNOUNCE_SIGNAL_HANDLERS = """
import signal, sys
from gradviz.app import launch

install = signal.signal

def install_and_announce(number, handler):
    previous = install(number, handler)
    if number == signal.SIGTERM and not getattr(install_and_announce, "done", False):
        install_and_announce.done = True
        print("handlers installed", file=sys.stderr, flush=True)
    return previous

signal.signal = install_and_announce
raise SystemExit(launch.run_app())
"""


def test_ctrl_c_at_once_after_start_exits_0_wherever_it_lands():
    for _ in range(4):  # each lands somewhere else in the start-up
        child = Child([sys.executable, "-X", "faulthandler", "-c", ANNOUNCE_SIGNAL_HANDLERS])
        child.wait_for("handlers installed")
        child.proc.send_signal(signal.SIGINT)
        assert_clean_exit(child.finish())


def test_plain_live_plot_script_survives_teardown():
    proc = run_python(
        """
        import numpy as np
        import pyqtgraph as pg
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        app = QApplication([])
        layout = pg.GraphicsLayoutWidget()
        plot = layout.addPlot()
        curve = plot.plot()
        plot.addLine(x=0)
        widget = pg.PlotWidget()
        scatter = pg.ScatterPlotItem()
        widget.addItem(scatter)
        rng = np.random.default_rng(0)
        frames = []

        def frame():
            curve.setData(rng.normal(size=500))
            scatter.setData(rng.normal(size=200), rng.normal(size=200))
            frames.append(1)
            if len(frames) == 300:  # 6.12.0 on Python 3.11 aborts well before this
                app.quit()

        layout.show(); widget.show()
        timer = QTimer(); timer.timeout.connect(frame); timer.start(5)
        app.exec()
        timer.stop()
        for w in (layout, widget):
            w.close(); w.deleteLater()
        app.processEvents()
        """
    )
    assert_clean_exit(proc)


def test_calls_returning_nothing_keep_the_reference_count_of_none(qapp):
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 10  # 6.12.0 on Python 3.11 loses 1000




def test_the_first_window_fits_the_screen(qapp):
    from PySide6.QtCore import QSize

    from gradviz.app.launch import fitting_size

    screen = qapp.primaryScreen().availableGeometry().size()
    assert fitting_size(QSize(1400, 900), qapp) == QSize(1400, 900).boundedTo(screen)
    assert fitting_size(QSize(100, 100), qapp) == QSize(100, 100)


def test_no_plot_ever_makes_a_view_box_menu_that_would_be_torn_down(make_window, monkeypatch):
    """Disabling a ViewBox's menu once made reparents the QMenu to None; under load that
    segfaulted while a window was built (pyqtgraph ViewBox._applyMenuEnabled). So the plots
    are made without one."""
    view_box_module = sys.modules["pyqtgraph.graphicsItems.ViewBox.ViewBox"]
    made = []

    class CountedMenu(view_box_module.ViewBoxMenu):
        def __init__(self, view):
            made.append(view)
            super().__init__(view)

    monkeypatch.setattr(view_box_module, "ViewBoxMenu", CountedMenu)
    window = make_window()
    window.set_backprop_visible(True)
    views = window.findChildren(pg.GraphicsView)
    boxes = [item for view in views for item in view.scene().items() if isinstance(item, pg.ViewBox)]
    assert len(boxes) >= 5  # fit, loss, landscape and the three gradient plots at least
    assert made == [] and all(box.menu is None for box in boxes)

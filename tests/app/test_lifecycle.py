"""The app starts and exits cleanly in a fresh process, and the Qt stack does not crash.

Two hazards these tests guard against: PySide6 6.12.0 drops a reference to None on
every call that returns nothing, so Python 3.11 aborts ("none_dealloc") once enough
calls have been made; and with 6.11.3, pyqtgraph widgets left for the interpreter to
tear down can segfault at exit, so the app deletes its window while Qt still runs.
"""

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtGui import QImage

from gradviz.app import render_snapshot
from gradviz.app.settings import Settings

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run_python(code: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=timeout,
    )


def assert_clean_exit(proc: subprocess.CompletedProcess) -> None:
    assert proc.returncode == 0, proc.stderr
    for sign in ("Traceback", "none_dealloc", "Fatal Python error", "Segmentation"):
        assert sign not in proc.stderr


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
        from gradviz.app.settings import Settings

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
    command = [sys.executable, "-X", "faulthandler", "-m", "gradviz"]
    with subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=ENV) as proc:
        try:
            time.sleep(3)  # started, and idle in the event loop
            assert proc.poll() is None, proc.stderr.read()
            proc.send_signal(sig)
            _, stderr = proc.communicate(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert_clean_exit(subprocess.CompletedProcess(command, proc.returncode, "", stderr))


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


def test_snapshot_is_a_non_blank_png_of_the_requested_size(qapp, tmp_path):
    path, status = render_snapshot(tmp_path / "shot.png", Settings(dataset="line"), steps=5, size=(900, 600))
    assert not status.diverged
    image = QImage(str(path))
    assert (image.width(), image.height()) == (900, 600)
    colours = {image.pixel(x, y) for x in range(0, 900, 15) for y in range(0, 600, 15)}
    assert len(colours) > 20


@pytest.mark.parametrize("argv", [["--dataset", "nope"], ["snapshot", "--out", "x.png", "--size", "10x10"]])
def test_cli_refuses_bad_window_options_with_status_2(argv):
    proc = subprocess.run(
        [sys.executable, "-m", "gradviz", *argv], capture_output=True, text=True, env=ENV, timeout=60
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_snapshot_of_a_diverging_run_saves_and_says_so(tmp_path):
    out = tmp_path / "diverged.png"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "gradviz",
            "snapshot",
            "--dataset",
            "diabetes",
            "--lr",
            "0.3",
            "--steps",
            "80",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
    )
    assert proc.returncode == 2 and out.exists()
    assert "Diverged at step" in proc.stderr and "below" in proc.stderr


def test_no_display_is_a_clear_message():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run(
        [sys.executable, "-m", "gradviz"], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 2
    assert (
        "no display" in proc.stderr and "gradviz snapshot" in proc.stderr and "Traceback" not in proc.stderr
    )

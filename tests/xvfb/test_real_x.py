"""gradviz on a real X server: real key presses, clicks, drags and menus, what the screen shows,
Ctrl-C, and start-up errors."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time

import numpy as np
import pytest
from PySide6.QtGui import QImage
from xsession import PLATFORMS, SCREEN, TIMEOUT, App, Lines, assert_clean_exit, x_environment

from gradviz.app.launch import READY_LINE


def is_record(iteration: int | None = None, newest: int | None = None):
    def matches(event: dict) -> bool:
        return (
            event["event"] == "record"
            and (iteration is None or event["iteration"] == iteration)
            and (newest is None or event["newest"] == newest)
        )

    return matches


def is_playing(value: bool):
    return lambda event: event["event"] == "playing" and event["value"] is value


def test_space_plays_and_pauses_right_steps_left_goes_back_r_resets(app):
    app.key("space")
    app.wait(is_playing(True), "playing after Space")
    app.key("space")
    app.wait(is_playing(False), "paused after the second Space")
    newest = app.newest()
    app.key("Right")
    app.wait(is_record(iteration=newest + 1, newest=newest + 1), "one step after →")
    app.key("Left")
    app.wait(is_record(iteration=newest, newest=newest + 1), "the step before, after ←")
    app.key("r")
    app.wait(is_record(iteration=0, newest=0), "the start point after R")


def focus_lr_box(app) -> None:
    app.click(app.window["points"]["lr_spin"])
    app.wait(lambda e: e["event"] == "focus" and e["widget"] == "lr_spin", "the focus in the lr box")


def test_the_shortcuts_work_while_the_lr_box_has_the_focus(app):
    focus_lr_box(app)
    app.key("space")
    app.wait(is_playing(True), "playing after Space in the lr box")
    app.key("space")
    app.wait(is_playing(False), "paused after Space in the lr box")
    newest = app.newest()
    app.key("Right")
    app.wait(is_record(iteration=newest + 1, newest=newest + 1), "one step after → in the lr box")
    app.key("r")
    app.wait(is_record(iteration=0, newest=0), "the start point after R in the lr box")


def test_the_lr_box_still_takes_a_typed_number(app):
    focus_lr_box(app)
    app.key("ctrl+a")
    app.xdotool("type", "0.05")
    app.key("Return")
    app.wait(lambda e: e["event"] == "settings" and e["lr"] == 0.05, "lr 0.05 typed in the box")


def test_a_click_on_the_landscape_restarts_from_the_clicked_point(app):
    app.key("Right", "Right", "Right")
    app.wait(is_record(newest=3), "three steps")
    target = app.window["landscape"]
    app.click(target["pixel"])
    (x, y), (width, height) = target["value"], target["view_size"]

    def restarted_there(event: dict) -> bool:
        return (
            is_record(iteration=0, newest=0)(event)
            and abs(event["W"][0][0] - x) <= 0.02 * width
            and abs(event["b"][0] - y) <= 0.02 * height
        )

    app.wait(restarted_there, f"a restart from the clicked point ({x:.4g}, {y:.4g})")


def test_dragging_the_lr_slider_changes_the_lr(app):
    start = app.window["lr"]
    x, y = app.window["points"]["lr_slider_handle"]
    app.xdotool("mousemove", x, y, "mousedown", "1")
    app.xdotool("mousemove", x + 20, y, "mousemove", x + 40, y, "mousemove", x + 60, y, "mouseup", "1")
    app.wait(lambda e: e["event"] == "settings" and e["lr"] > start, f"an lr above {start} after the drag")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_sigterm_closes_the_app_on_x_with_status_0(x_display, sig):
    app = App(x_display, {"dataset": "boston", "speed": float("inf")})
    app.key("space")  # while it computes as fast as it can
    app.wait(is_playing(True), "playing")
    assert_clean_exit(app.stop(sig))


def test_the_command_starts_says_ready_and_stops_on_ctrl_c(x_display):
    proc = subprocess.Popen(
        [sys.executable, "-X", "faulthandler", "-m", "gradviz"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**x_environment(x_display), "GRADVIZ_READY": "1"},
    )
    lines = Lines(proc.stderr, on_failure=proc.kill)
    lines.wait(lambda line: line.rstrip("\n") == READY_LINE, "the ready line")
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=TIMEOUT)
    assert_clean_exit(subprocess.CompletedProcess(proc.args, proc.returncode, "", "".join(lines.rest())))


@pytest.mark.skipif(shutil.which("import") is None, reason="ImageMagick's import is not installed")
def test_the_window_really_renders_on_the_x_server(app, tmp_path):
    shot = tmp_path / "screen.png"
    subprocess.run(
        ["import", "-window", "root", str(shot)], check=True, env=x_environment(app.display), timeout=TIMEOUT
    )
    image = QImage(str(shot))
    assert (image.width(), image.height()) == SCREEN
    x, y, width, height = app.window["geometry"]
    colours = {image.pixel(x + i, y + j) for i in range(0, width, 23) for j in range(0, height, 23)}
    assert len(colours) > 20  # plots, contours and text, not a blank rectangle
    outside = {image.pixel(SCREEN[0] - 1 - i, SCREEN[1] - 1) for i in range(0, SCREEN[0] - x - width, 7)}
    assert len(outside) <= 1  # the bare root window beside it


def broken_xcb_plugin(root):
    """A copy of Qt's xcb plugin whose Qt library needs libxcb-cursxr.so.0, which exists nowhere."""
    qt = PLATFORMS.parent.parent
    (root / "plugins/platforms").mkdir(parents=True)
    (root / "lib").mkdir()
    plugin = root / "plugins/platforms/libqxcb.so"
    plugin.write_bytes((PLATFORMS / "libqxcb.so").read_bytes())
    for library in (qt / "lib").iterdir():
        if library.name != "libQt6XcbQpa.so.6":
            (root / "lib" / library.name).symlink_to(library)
    patched = (qt / "lib/libQt6XcbQpa.so.6").read_bytes().replace(b"xcb-cursor.so.0", b"xcb-cursxr.so.0")
    (root / "lib/libQt6XcbQpa.so.6").write_bytes(patched)
    return plugin.parent


def test_a_missing_library_of_the_xcb_plugin_is_one_line_and_status_2(x_display, tmp_path):
    env = {**x_environment(x_display), "QT_QPA_PLATFORM_PLUGIN_PATH": str(broken_xcb_plugin(tmp_path))}
    proc = subprocess.run(
        [sys.executable, "-m", "gradviz"], capture_output=True, text=True, env=env, timeout=TIMEOUT
    )
    assert proc.returncode == 2, proc.stderr  # Qt itself aborts here, with status 134
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "needs libxcb-cursxr.so.0" in proc.stderr and "sudo apt-get install libxcb-cursxr0`" in proc.stderr


def test_quit_after_the_first_frame_on_x_exits_0(x_display):
    proc = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "gradviz", "--quit-after-first-frame"],
        capture_output=True,
        text=True,
        env={**x_environment(x_display), "GRADVIZ_READY": "1"},
        timeout=TIMEOUT,
    )
    assert_clean_exit(proc)
    assert proc.stderr.splitlines().count(READY_LINE) == 1


def screen_part(app, tmp_path, rect: list[int]) -> QImage:
    shot = tmp_path / "part.png"
    subprocess.run(
        ["import", "-window", "root", str(shot)], check=True, env=x_environment(app.display), timeout=TIMEOUT
    )
    return QImage(str(shot)).copy(*rect).convertToFormat(QImage.Format.Format_RGB32)


def steady_screen_part(app, tmp_path, rect: list[int]) -> QImage:
    """`rect` of the screen once two shots in a row are the same: the app has drawn what it had to."""
    deadline = time.monotonic() + TIMEOUT
    last = screen_part(app, tmp_path, rect)
    while time.monotonic() < deadline:
        shot = screen_part(app, tmp_path, rect)
        if shot == last:
            return shot
        last = shot
    pytest.fail(f"the screen at {rect} kept changing for {TIMEOUT} s")


def _pixels(image: QImage) -> np.ndarray:
    rows = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    rows = rows.reshape(image.height(), image.bytesPerLine())[:, : 4 * image.width()]
    return rows.reshape(image.height(), image.width(), 4).astype(int)


def far_pixels(image: QImage, other: QImage) -> int:
    """How many pixels differ by more than a quarter of a channel (antialiasing differs by less)."""
    return int((np.abs(_pixels(image) - _pixels(other)).max(axis=2) > 64).sum())


def open_menu_entry(app, *path: str) -> None:
    """Click through the menu bar: File, then Export, then its entry."""
    app.click(app.window["menus"][path[0]])
    for entry in path[1:]:
        has_entry = lambda e, entry=entry: e["event"] == "menu" and entry in e["entries"]  # noqa: E731
        app.click(app.wait(has_entry, f"a menu with {entry}")["entries"][entry])


def in_dialog(title: str, widget: str):
    return lambda e: e["event"] == "focus" and e["window"] == title and e["widget"] == widget


@pytest.mark.skipif(shutil.which("import") is None, reason="ImageMagick's import is not installed")
def test_an_animation_export_leaves_no_past_bar_or_label_on_the_plots(app, tmp_path):
    """The export replays the run, grabbing each step; the screen then shows each plot as before
    (∂C/∂θ's bars used to leave a trail of their past lengths and values)."""
    pytest.importorskip("imageio_ffmpeg", reason="needs the extra gradviz[animate]")
    away = [SCREEN[0] - 1, SCREEN[1] - 1]  # the pointer off the window: no hover readout
    app.xdotool("mousemove", *away)
    app.xdotool("key", "--delay", "20", *["Right"] * 30)  # each step shown, as the export replays them
    app.wait(is_record(iteration=30, newest=30), "30 steps")
    panels = app.window["panels"]
    before = {name: steady_screen_part(app, tmp_path, rect) for name, rect in panels.items()}
    open_menu_entry(app, "File", "Export", "Animation (GIF or MP4)…")
    app.wait(in_dialog("Export animation", "QComboBox"), "the choice of what to animate")
    app.key("Return")  # the whole window
    app.wait(in_dialog("Export animation", "QLineEdit"), "the file dialog")
    out = tmp_path / "run.gif"
    app.key("ctrl+a")
    app.xdotool("type", str(out))
    app.key("Return")
    app.wait(is_record(iteration=0, newest=30), "the export's first frame")
    app.wait(is_record(iteration=30, newest=30), "the export's last frame")
    app.wait(is_record(iteration=30, newest=30), "the step shown before, shown again after the export")
    assert out.exists()
    app.xdotool("mousemove", *away)
    stale = {}
    for name, rect in panels.items():
        after = steady_screen_part(app, tmp_path, rect)
        before[name].save(str(tmp_path / f"{name}-before.png"))
        after.save(str(tmp_path / f"{name}-after.png"))
        stale[name] = far_pixels(after, before[name])
    assert all(count <= 20 for count in stale.values()), f"pixels changed {stale}: see the PNGs in {tmp_path}"

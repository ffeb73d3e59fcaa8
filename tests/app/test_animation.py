"""`gradviz animate` and File → Export → Animation: frames, sizes, formats, a missing extra, and
the screen left as it was."""

import sys

import numpy as np
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QFileDialog, QInputDialog, QProgressDialog

from gradviz.app.animation import MAX_FRAMES, frame_iterations
from gradviz.cli import main
from gradviz.settings import Settings

imageio_ffmpeg = pytest.importorskip("imageio_ffmpeg", reason="needs the extra gradviz[animate]")


def _gif(path):
    reader = QImageReader(str(path))
    size = reader.size()
    return reader.imageCount(), (size.width(), size.height())


def test_a_frame_per_step_then_at_most_max_frames_ending_at_the_last_step():
    assert frame_iterations(5) == [0, 1, 2, 3, 4, 5]
    long = frame_iterations(10_000)
    assert len(long) <= MAX_FRAMES and long[0] == 0 and long[-1] == 10_000
    assert frame_iterations(0) == [0]


def test_animate_writes_a_gif_with_a_frame_per_step(qapp, capsys, tmp_path):
    out = tmp_path / "run.gif"
    status = main(["animate", "--dataset", "line", "--steps", "6", "--size", "640x420", "--out", str(out)])
    assert status == 0
    assert _gif(out) == (7, (640, 420))
    assert "7 frames" in capsys.readouterr().out


def test_animate_one_panel_as_mp4(qapp, tmp_path):
    out = tmp_path / "landscape.mp4"
    assert (
        main(["animate", "--dataset", "line", "--steps", "4", "--panel", "landscape", "--out", str(out)]) == 0
    )
    frames, _ = imageio_ffmpeg.count_frames_and_secs(str(out))
    reader = imageio_ffmpeg.read_frames(str(out))
    width, height = next(reader)["size"]
    reader.close()
    assert frames == 5 and width % 2 == 0 and height % 2 == 0 and width < 900


def test_a_bad_extension_exits_2_naming_the_allowed_ones(capsys, tmp_path):
    assert main(["animate", "--steps", "3", "--out", str(tmp_path / "run.avi")]) == 2
    err = capsys.readouterr().err
    assert ".gif or .mp4" in err and err.count("\n") == 1
    assert not (tmp_path / "run.avi").exists()


def test_without_the_extra_the_message_names_it(monkeypatch, capsys, tmp_path):
    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", None)  # import now raises ImportError
    assert main(["animate", "--steps", "3", "--out", str(tmp_path / "run.gif")]) == 2
    err = capsys.readouterr().err
    assert "gradviz[animate]" in err and "Traceback" not in err
    assert f"{sys.executable} -m pip install 'gradviz[animate]'" in err  # the pip of this Python, a venv's


def _choose(monkeypatch, part, path):
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (part, True)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_the_window_exports_its_run_and_keeps_its_view(qtbot, make_window, monkeypatch, tmp_path):
    window = make_window(Settings(dataset="line"))
    window.controller.run(12)
    window.controller.scrub(8)  # looking at the past
    _choose(monkeypatch, "Loss", tmp_path / "loss.gif")
    window.files.export_animation()
    count, size = _gif(tmp_path / "loss.gif")
    assert count == 9 and size == (window.loss.width(), window.loss.height())
    assert window.controller.viewed.iteration == 8 and window.controller.trainer.iteration == 12
    assert "Saved" in window.note.text()


def test_a_cancelled_export_writes_nothing(qtbot, make_window, monkeypatch, tmp_path):
    window = make_window(Settings(dataset="line"))
    window.controller.run(10)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    _choose(monkeypatch, "The whole window", tmp_path / "run.mp4")
    window.files.export_animation()
    assert list(tmp_path.iterdir()) == []
    assert window.controller.viewed.iteration == 10 and "cancelled" in window.note.text()


def test_the_window_says_when_the_extra_is_missing(qtbot, window, monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", None)
    _choose(monkeypatch, "Fit", tmp_path / "fit.gif")
    window.files.export_animation()
    assert "-m pip install 'gradviz[animate]'" in window.status.text()
    assert not (tmp_path / "fit.gif").exists()


def test_replayed_frames_show_the_status_of_their_step_not_viewing_the_past(qtbot, make_window):
    from gradviz.app.animation import replayed_frames

    window = make_window(Settings(dataset="line"))
    window.controller.run(6)
    statuses = []
    for _ in replayed_frames(window, window.loss, [0, 3, 6]):
        statuses.append(window.status.text())
    assert [s.split(" · ")[0] for s in statuses] == ["it 0", "it 3", "it 6"]
    window.controller.scrub(2)
    assert "viewing the past" in window.status.text()  # outside an export, the past says so


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    rows = rows.reshape(image.height(), image.bytesPerLine())[:, : 4 * image.width()]
    return rows.reshape(image.height(), image.width(), 4).copy()


def _on_screen(window, widget) -> np.ndarray:
    """`widget`'s pixels as the screen shows them (the window's backing store), not painted anew."""
    top = widget.mapTo(window, QPoint(0, 0))
    shown = window.screen().grabWindow(window.winId(), top.x(), top.y(), widget.width(), widget.height())
    assert not shown.isNull(), "the window is not exposed yet"
    return _pixels(shown.toImage())


def _assert_shows(window, widget) -> None:
    """The screen shows `widget` as it paints itself now, but for a few antialiased pixels
    where the edge of an update crosses a slanted line."""
    shown, drawn = _on_screen(window, widget), _pixels(widget.grab().toImage())
    far = np.abs(shown.astype(int) - drawn.astype(int)).max(axis=2) > 64
    assert far.sum() <= 20, f"{far.sum()} pixels differ, first at (row, column) {np.argwhere(far)[:3]}"


def test_after_an_export_the_screen_shows_the_gradient_panel_as_it_is(
    qtbot, make_window, monkeypatch, tmp_path
):
    # Penguins: ∂C/∂θ falls from thousands to a millionth, so each frame's bars are shorter.
    window = make_window(Settings(dataset="penguins"))
    window.controller.run(60)
    panel = window.gradient
    bars = panel.grad_bars.values().copy()
    qtbot.waitUntil(lambda: _assert_shows(window, panel))  # on screen (offscreen: its backing store)
    _choose(monkeypatch, "Gradient", tmp_path / "gradient.gif")
    window.files.export_animation()
    assert (tmp_path / "gradient.gif").exists()
    np.testing.assert_array_equal(panel.grad_bars.values(), bars)  # the step shown before, again
    # Once the window has repainted what changed, no bar or label of a past frame is left.
    qtbot.waitUntil(lambda: _assert_shows(window, panel))

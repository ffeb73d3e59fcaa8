"""`gradviz snapshot` and render_snapshot: the picture, its format, and what the run did."""

import subprocess
import sys

import pytest
from processes import ENV, START_TIMEOUT
from PySide6.QtGui import QImage, QImageWriter

from gradviz.app import render_snapshot
from gradviz.cli import main
from gradviz.settings import Settings, build_run


def test_snapshot_is_a_non_blank_png_of_the_requested_size(qapp, tmp_path):
    snapshot = render_snapshot(tmp_path / "shot.png", Settings(dataset="line"), steps=5, size=(900, 600))
    assert not snapshot.status.diverged and snapshot.iteration == 5 and snapshot.diverged_racers == ()
    image = QImage(str(snapshot.path))
    assert (image.width(), image.height()) == (900, 600)
    colours = {image.pixel(x, y) for x in range(0, 900, 15) for y in range(0, 600, 15)}
    assert len(colours) > 20


@pytest.mark.parametrize(
    "argv",
    [
        ["--dataset", "nope"],
        ["snapshot", "--out", "x.png", "--size", "10x10"],
        ["snapshot", "--out", "x.png", "--zoom", "3"],
        ["animate", "--out", "x.gif", "--zoom", "big"],
    ],
)
def test_cli_refuses_bad_window_options_with_status_2(argv):
    proc = subprocess.run(
        [sys.executable, "-m", "gradviz", *argv], capture_output=True, text=True, env=ENV, timeout=60
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_a_snapshot_that_cannot_be_written_exits_2_naming_the_file(qapp, tmp_path, monkeypatch, capsys):
    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("gradviz.app.launch.render_snapshot", full_disk)
    path = tmp_path / "shot.png"
    assert main(["snapshot", "--dataset", "line", "--out", str(path)]) == 2
    assert capsys.readouterr().err.strip() == f"gradviz: error: cannot write {path}: No space left on device"


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
    _, trainer = build_run(Settings(dataset="diabetes", lr=0.3))
    trainer.run(80)
    assert 0 < trainer.iteration < 80
    assert f"after {trainer.iteration} of the 80 steps asked" in proc.stdout


MAGIC = {  # how each format's files begin
    "png": [b"\x89PNG\r\n\x1a\n"],
    "jpg": [b"\xff\xd8\xff"],
    "jpeg": [b"\xff\xd8\xff"],
    "bmp": [b"BM"],
    "tif": [b"II*\x00", b"MM\x00*"],
    "tiff": [b"II*\x00", b"MM\x00*"],
    "webp": [b"RIFF"],
}


@pytest.mark.parametrize("suffix", sorted(MAGIC))
def test_a_snapshot_is_saved_in_the_format_its_extension_names(qapp, tmp_path, suffix):
    if suffix.encode() not in [bytes(f) for f in QImageWriter.supportedImageFormats()]:
        pytest.skip(f"this Qt cannot write {suffix}")
    path, *_ = render_snapshot(
        tmp_path / f"shot.{suffix.upper()}", Settings(dataset="line"), size=(300, 200)
    )
    data = path.read_bytes()
    assert any(data.startswith(magic) for magic in MAGIC[suffix])
    assert QImage(str(path)).size().toTuple() == (300, 200)


def test_snapshot_to_a_jpg_from_the_command_line_is_a_jpeg(tmp_path):
    out = tmp_path / "x.jpg"
    proc = subprocess.run(
        [sys.executable, "-m", "gradviz", "snapshot", "--out", str(out), "--size", "400x300"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=START_TIMEOUT,
    )
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes()[:3] == b"\xff\xd8\xff"
    assert "after 0 steps" in proc.stdout


@pytest.mark.parametrize("name", ["x.svg", "x.gif", "x", "x."])
def test_snapshot_refuses_an_unknown_or_missing_extension_before_rendering(tmp_path, name):
    out = tmp_path / name
    # An unknown dataset too: the extension is refused before anything is loaded or drawn.
    proc = subprocess.run(
        [sys.executable, "-m", "gradviz", "snapshot", "--out", str(out), "--dataset", "nope"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=START_TIMEOUT,
    )
    assert proc.returncode == 2 and not out.exists()
    assert len(proc.stderr.splitlines()) == 1 and "Traceback" not in proc.stderr
    assert str(out) in proc.stderr and ".png, .jpg" in proc.stderr and "nope" not in proc.stderr


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_snapshot_takes_the_presenters_zoom_and_theme(qapp, tmp_path, monkeypatch, theme):
    from PySide6.QtWidgets import QMainWindow

    from gradviz.app.main_window import MainWindow

    seen = {}

    def grab_and_look(window):
        presenter = window.presenter
        seen.update(zoom=presenter.zoom, dark=presenter.dark, font=window.controls.font().pointSizeF())
        seen["column"] = window._controls_area.width()
        return QMainWindow.grab(window)

    monkeypatch.setattr(MainWindow, "grab", grab_and_look)
    render_snapshot(tmp_path / "big.png", Settings(dataset="line"), size=(1400, 900), zoom=1.5, theme=theme)
    big = dict(seen)
    render_snapshot(tmp_path / "normal.png", Settings(dataset="line"), size=(1400, 900), theme=theme)
    assert big["zoom"] == 1.5 and seen["zoom"] == 1.0 and big["dark"] == seen["dark"] == (theme == "dark")
    assert big["font"] == pytest.approx(1.5 * seen["font"], abs=0.1)
    assert big["column"] >= 450  # as on a 1400-pixel screen, not the offscreen one of 800


"""Animated GIF and MP4 exports of the window, or of one panel, frame by frame as steps are taken.

Frames are streamed to ffmpeg as they are grabbed (imageio-ffmpeg ships its own ffmpeg in its
wheel): memory stays bounded however long the run. GIFs too go through ffmpeg, because
Pillow's (and so imageio's) GIF writer holds every frame until the file is closed. A GIF's
palette is made from its first frame, and each frame stores only the pixels that changed.
"""

from __future__ import annotations

import math
import shlex
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from ..files import write_atomically
from ..i18n import QT_TRANSLATE_NOOP, translate
from .file_formats import output_format

if TYPE_CHECKING:
    from .main_window import MainWindow

__all__ = [
    "ANIMATION_FORMATS",
    "PARTS",
    "MAX_FRAMES",
    "MissingExtra",
    "Cancelled",
    "animation_format",
    "check_encoder",
    "frame_iterations",
    "part_widget",
    "grab_frame",
    "live_frames",
    "settle_layout",
    "replayed_frames",
    "write_animation",
]

ANIMATION_FORMATS = ("gif", "mp4")
PARTS = ("window", "fit", "loss", "landscape", "gradient")
# A frame for every step up to this many frames (10 s at 20 frames a second); a longer run
# gets a frame every k steps, k the smallest that keeps within it, and always its last step.
MAX_FRAMES = 200
MISSING_EXTRA = QT_TRANSLATE_NOOP(
    "Animation",
    "writing GIF and MP4 animations needs the optional extra gradviz[animate] (imageio-ffmpeg); "
    "install it with: {python} -m pip install 'gradviz[animate]' (in a clone of gradviz: "
    "{python} -m pip install -e '.[animate]')",
)
# H.264 quality: constant rate factor 18 keeps text and one-pixel curves sharp.
_MP4_CRF = "18"
# One palette for the whole GIF, made from its first frame (the window's colours are all there):
# a palette per frame was 5 times larger, for the pixels that stay the same no longer match.
_GIF_FILTER = "split[a][b];[a]trim=end_frame=1,palettegen[p];[b][p]paletteuse=dither=none"


class MissingExtra(ValueError):
    """imageio-ffmpeg is not installed: the message says how to install it."""


class Cancelled(Exception):
    """The user cancelled the export; nothing was written."""


def animation_format(path: str | Path) -> str:
    """ "gif" or "mp4" from `path`'s extension; ValueError naming the allowed ones otherwise."""
    return output_format(path, ANIMATION_FORMATS)


def check_encoder() -> Any:
    """The imageio_ffmpeg module; MissingExtra when the extra is not installed."""
    try:
        import imageio_ffmpeg  # type: ignore[import-untyped]
    except ImportError:
        python = shlex.quote(sys.executable)  # the Python gradviz runs in: a venv's, often
        raise MissingExtra(translate("Animation", MISSING_EXTRA).format(python=python)) from None
    return imageio_ffmpeg


def frame_iterations(steps: int, max_frames: int = MAX_FRAMES) -> list[int]:
    """The iterations that get a frame: 0, k, 2k, … and `steps`, at most `max_frames` of them."""
    every = max(1, math.ceil(steps / max(1, max_frames - 1)))
    iterations = list(range(0, steps, every))
    return [*iterations, steps]


def part_widget(window: MainWindow, part: str) -> QWidget:
    """The widget a part of PARTS names: the whole window or one plot panel."""
    if part == "window":
        return window
    if part not in PARTS:
        message = translate("Animation", "no part {part} to animate; choose one of {parts}")
        raise ValueError(message.format(part=repr(part), parts=", ".join(PARTS)))
    return getattr(window, part)


def settle_layout(passes: int = 4) -> None:
    """Deliver posted events a few times over: a word-wrapped label that grows a line (a status on
    two lines, a banner on three in French) is laid out passes after the text that makes it grow."""
    for _ in range(passes):
        QApplication.processEvents()


def grab_frame(widget: QWidget) -> QImage:
    """`widget` as it is drawn now; the screen then catches up with it.

    A QGraphicsView remembers where it last painted each item, and when the item changes it
    repaints only that place and the new one. A grab paints too, so the view then remembers
    where the grab put the items, not where the screen still shows them: without a full
    repaint of every view grabbed, the bars and labels of earlier frames stay on the screen.
    """
    image = widget.grab().toImage()
    views = widget.findChildren(QGraphicsView)
    for view in [widget, *views] if isinstance(widget, QGraphicsView) else views:
        view.viewport().update()
    return image


def live_frames(window: MainWindow, widget: QWidget, iterations: Iterable[int]) -> Iterator[QImage]:
    """Take the steps up to each iteration in turn, and grab `widget` there.

    A run that diverges (or whose Functions fail) stops early: its last state is the last frame.
    """
    controller = window.controller
    for iteration in iterations:
        missing = iteration - controller.trainer.iteration
        if missing > 0:
            controller.run(missing)
        settle_layout()
        yield grab_frame(widget)
        if controller.trainer.iteration < iteration:
            return


def replayed_frames(window: MainWindow, widget: QWidget, iterations: Iterable[int]) -> Iterator[QImage]:
    """Show each stored state in turn (as the timeline does), and grab `widget` there.

    The status reads as it did when the run was at that step, without "(viewing the past)".
    """
    controller = window.controller
    controller.replaying = True
    try:
        for iteration in iterations:
            controller.scrub(iteration)
            yield grab_frame(widget)
    finally:
        controller.replaying = False


def _rgb(image: QImage, size: tuple[int, int]) -> bytes:
    """`image` as RGB bytes of `size` pixels: cropped by the odd pixel an MP4 drops, else scaled."""
    width, height = size
    if not (0 <= image.width() - width <= 1 and 0 <= image.height() - height <= 1):
        image = image.scaled(width, height)  # the widget was resized during the export
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    rows = rows.reshape(image.height(), image.bytesPerLine())
    return rows[:height, : 3 * width].tobytes()


class _Encoder:
    """An ffmpeg process that takes RGB frames of one size on its input."""

    def __init__(self, path: Path, kind: str, size: tuple[int, int], fps: float) -> None:
        ffmpeg = check_encoder()
        # H.264 in yuv420p, which every player reads, needs even sides: write_animation makes them so.
        codec, pixels, params = (
            ("gif", "pal8", ["-vf", _GIF_FILTER])
            if kind == "gif"
            else ("libx264", "yuv420p", ["-crf", _MP4_CRF])
        )
        self._writer = ffmpeg.write_frames(
            str(path),
            size,
            fps=fps,
            quality=None,
            macro_block_size=1,
            ffmpeg_log_level="error",
            codec=codec,
            pix_fmt_out=pixels,
            output_params=[*params, "-f", kind],
        )
        self._writer.send(None)

    def write(self, frame: bytes) -> None:
        self._writer.send(frame)

    def close(self) -> None:
        self._writer.close()


def write_animation(
    path: str | Path,
    frames: Iterable[QImage],
    *,
    fps: float = 20,
    size: tuple[int, int] | None = None,
    progress: Callable[[int], bool] | None = None,
) -> tuple[int, tuple[int, int]]:
    """Encode `frames` into `path` (GIF or MP4 by its extension); the frame count and pixel size.

    Frames are scaled to `size` when it is given, else all take the first frame's size (an
    MP4's sides are made even). `progress(frames_written)` is called after each frame; when it
    returns False the export stops with Cancelled and `path` is left as it was. The file is
    written whole or not at all.
    """
    kind = animation_format(path)
    check_encoder()
    written = 0
    frame_size = (0, 0)

    def encode(temporary: Path) -> None:
        nonlocal written, frame_size
        encoder: _Encoder | None = None
        try:
            for image in frames:
                if encoder is None:
                    width, height = size or (image.width(), image.height())
                    frame_size = (
                        (width - width % 2, height - height % 2) if kind == "mp4" else (width, height)
                    )
                    encoder = _Encoder(temporary, kind, frame_size, fps)
                encoder.write(_rgb(image, frame_size))
                written += 1
                if progress is not None and not progress(written):
                    raise Cancelled
        finally:
            if encoder is not None:
                encoder.close()
        if encoder is None:
            raise ValueError(translate("Animation", "there was no frame to write"))

    write_atomically(path, encode)
    return written, frame_size

"""Start the window, or render it offscreen to an image, and shut Qt down in a safe order."""

from __future__ import annotations

import gc
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, cast

from PySide6.QtCore import (
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QSize,
    QTimer,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QImageWriter
from PySide6.QtWidgets import QApplication

from .. import i18n
from ..engine import TrainerStatus
from ..files import write_atomically
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..settings import Settings
from . import theme
from .animation import settle_layout
from .backprop import substep_index
from .display import check_display
from .file_formats import output_format

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .race import RaceFollower
from .language import remembered_language

__all__ = [
    "use_language",
    "run_app",
    "render_snapshot",
    "Snapshot",
    "image_format",
    "application",
    "READY_LINE",
    "render_animation",
    "Animation",
]

# With GRADVIZ_READY=1 in the environment, run_app writes this line to stderr once the
# first frame is on screen, so that a script or a test knows when to start typing.
READY_LINE = "gradviz: ready"
RACER_DIVERGED = QT_TRANSLATE_NOOP(
    "Launch", "racer {label} diverged at step {step}; it stops there, the others go on"
)
# Formats worth a screenshot, offered when this Qt can write them (icons and 1-bit formats are not).
_SNAPSHOT_FORMATS = ("png", "jpg", "jpeg", "bmp", "tif", "tiff", "webp")


def _diverged_racers(racers: list[RaceFollower]) -> tuple[str, ...]:
    """RACER_DIVERGED for each racer that diverged, for the CLI: its numbers keep a decimal point."""
    comma = i18n.number(0.5, "g") != "0.5"
    i18n.set_decimal_comma(False)
    try:
        return tuple(
            translate("Launch", RACER_DIVERGED).format(label=racer.racer.label, step=racer.trainer.iteration)
            for racer in racers
            if racer.trainer.status.diverged
        )
    finally:
        i18n.set_decimal_comma(comma)


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


def application() -> QApplication:
    """The QApplication, made once, set up as gradviz needs it (offscreen notices dropped)."""
    if QApplication.instance() is None and os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        _drop_offscreen_notice()
    app = cast(QApplication, QApplication.instance()) or QApplication(sys.argv[:1])
    app.setApplicationName("gradviz")
    theme.configure()
    use_language(i18n.language())
    return app


_qt_translator: QTranslator | None = None  # Qt's own strings (Cancel, file dialogs) in the language in use


def use_language(lang: str) -> None:
    """Show the window in `lang`: its catalogue, Qt's own (the buttons of its dialogs: Cancel, Close),
    and that language's decimal mark for the numbers the window writes (the CLI keeps a point) and
    for its spin boxes."""
    global _qt_translator
    i18n.set_language(lang)
    i18n.set_decimal_comma(QLocale(lang).decimalPoint() == ",")
    QLocale.setDefault(QLocale(lang))  # the spin boxes made from now on write and read numbers so too
    if QApplication.instance() is None:
        return
    if _qt_translator is not None:
        QApplication.removeTranslator(_qt_translator)
        _qt_translator = None
    if lang != i18n.SOURCE_LANGUAGE:
        translator = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{lang}", folder):  # without it, Qt's buttons stay in English
            QApplication.installTranslator(translator)
            _qt_translator = translator


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


class _CloseOnSignals:
    """Ctrl-C in the terminal (or SIGTERM) closes the window as its close button would.

    Installed before anything is built: a signal that comes during start-up is remembered,
    and the app closes as soon as the window exists. The close is queued to the event loop
    rather than done inside the handler, which may run at any bytecode, even before the loop.
    Python runs handlers only between bytecodes, and Qt's loop runs none while idle: a timer
    gives Python a moment five times a second.
    """

    def __init__(self) -> None:
        self.requested = False
        self.window = None
        self._previous = {number: signal.signal(number, self._on_signal) for number in _SIGNALS}

    def _on_signal(self, number, frame) -> None:
        self.requested = True
        if self.window is not None:
            QTimer.singleShot(0, self._close_window)

    def _close_window(self) -> None:
        if self.window is not None:
            self.window.close()

    def watch(self, window) -> None:
        self.window = window
        heartbeat = QTimer(window)
        heartbeat.timeout.connect(lambda: None)
        heartbeat.start(200)

    def restore(self) -> None:
        self.window = None
        for number, handler in self._previous.items():
            if handler is not None:  # None: set outside Python, cannot be put back
                signal.signal(number, handler)


_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class _FirstFrame(QObject):
    """Calls `then` once, after the shown window's first expose (Qt paints a frame on expose)."""

    def __init__(self, window, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        self._handle = window.windowHandle()
        if self._handle.isExposed():  # some platforms expose the window within show()
            QTimer.singleShot(0, then)
        else:
            self._handle.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Expose and self._handle.isExposed():
            self._handle.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after the paint that this expose starts
        return False


def _platforms_folder() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"


def run_app(
    settings: Settings | None = None,
    *,
    quit_after_first_frame: bool = False,
    functions: str | Path | None = None,
    mistake: str | None = None,
    language: str | None = None,
) -> int:
    """Open the window and run until it is closed (or Ctrl-C, or SIGTERM); returns the exit status.

    `functions`: a student's file to check, then train with (its code runs); `mistake`: a key
    of engine.mistakes.MISTAKES to train with instead of gradviz's Functions. `language`: the
    one asked for on the command line (--lang); None: the one chosen in View → Language on an
    earlier run, else i18n's (the system's).

    Raises DisplayError (an OSError) when no window system Qt could use is reachable.
    """
    signals = _CloseOnSignals()  # first of all: from here on, Ctrl-C closes cleanly
    try:
        return _run(settings, signals, quit_after_first_frame, functions, mistake, language)
    finally:
        signals.restore()


def fitting_size(wanted: QSize, app: QApplication) -> QSize:
    """`wanted`, cut to the screen's free area (a 1280×800 screen gets no 1400×900 window)."""
    screen = app.primaryScreen()
    if screen is None:
        return wanted
    return wanted.boundedTo(screen.availableGeometry().size())


def _run(
    settings: Settings | None,
    signals: _CloseOnSignals,
    quit_after_first_frame: bool,
    functions: str | Path | None,
    mistake: str | None,
    language: str | None,
) -> int:
    from .main_window import MainWindow

    if QApplication.instance() is None:  # else the platform is chosen, and works
        check_display(plugin_dir=_platforms_folder())
    app = application()
    if signals.requested:
        return 0
    # The theme, zoom, geometry and language of the user's last run (snapshots keep the defaults).
    preferences = QSettings("gradviz", "gradviz")
    use_language(language or remembered_language(preferences) or i18n.language())
    window = MainWindow(settings, preferences=preferences)
    signals.watch(window)
    shown = [window]  # View → Language replaces the window: Ctrl-C and the exit close the newest

    def on_replaced(new) -> None:
        shown[0] = new
        signals.watch(new)
        new.sigReplaced.connect(on_replaced)

    window.sigReplaced.connect(on_replaced)
    if signals.requested:  # the signal came while the window was being built
        signals.window = None
        _close(app, window)
        return 0
    if preferences.value("window/geometry") is None:  # else the last run's place and size, restored
        window.resize(fitting_size(window.sizeHint(), app))
    window.show()
    window.raise_()
    window.activateWindow()  # the keys work at once, even without a window manager to give focus
    if mistake is not None:
        window.functions.use_mistake(mistake)
    if functions is not None:
        window.functions.use_file(functions)
    announce = os.environ.get("GRADVIZ_READY") == "1"
    if announce or quit_after_first_frame:

        def on_first_frame() -> None:
            if announce:
                print(READY_LINE, file=sys.stderr, flush=True)
            if quit_after_first_frame:
                app.quit()

        _FirstFrame(window, on_first_frame)
    status = app.exec()
    signals.window = None
    window = shown.pop()
    _close(app, window)
    del window
    return status


# -- snapshots -----------------------------------------------------------------


@contextmanager
def _offscreen_window(
    settings: Settings | None,
    size: tuple[int, int],
    mistake: str | None,
    theme: str = "light",
    zoom: float = 1.0,
) -> Iterator[tuple[QApplication, MainWindow]]:
    """A window drawn offscreen at `size` (with `mistake` in use, in `theme` with its text at
    `zoom`), closed in a safe order after."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .main_window import MainWindow

    app = application()
    window = MainWindow(settings)
    window.screen_width = size[0]  # the picture is the screen: the offscreen one is 800 pixels wide
    window.presenter.set_look(theme == "dark", zoom)
    try:
        window.resize(*size)
        window.show()
        settle_layout()  # the control column fits the zoom once the panels have (_fit_controls)
        window.resize(*size)
        if mistake is not None:
            window.functions.use_mistake(mistake)
        yield app, window
    finally:
        _close(app, window)


class Snapshot(NamedTuple):
    path: Path
    status: TrainerStatus  # says whether the run diverged
    iteration: int  # the steps actually taken: fewer than asked when the run diverged
    halted: str = ""  # why a step failed in a Function (a mistake's, a student's), or ""
    diverged_racers: tuple[str, ...] = ()  # "racer Adam 0.5 diverged at step 12 …", racers 2 and on


def image_format(path: str | Path) -> str:
    """The image format that `path`'s extension names, e.g. "jpg" for shot.jpg.

    Raises ValueError, naming the formats this Qt can write, for any other extension.
    """
    writable = {bytes(name.data()).decode() for name in QImageWriter.supportedImageFormats()}
    return output_format(path, [name for name in _SNAPSHOT_FORMATS if name in writable])


def render_snapshot(
    path: str | Path,
    settings: Settings | None = None,
    *,
    steps: int = 0,
    size: tuple[int, int] = (1400, 900),
    view: str = "plots",
    substep: str = "accumulate",
    mistake: str | None = None,
    theme: str = "light",
    zoom: float = 1.0,
) -> Snapshot:
    """Render the window after `steps` steps to an image of exactly `size` pixels.

    The extension of `path` chooses the format (see image_format). A run that diverges
    stops early: the result says after how many steps, and why. `view` "graph",
    "derivation" or "gradcheck" opens the backpropagation area on that tab, at the
    sub-step named `substep` (a key of backprop.SUBSTEPS) of the next step. `theme` is
    "light" or "dark"; `zoom` scales the text as the presenter's Ctrl + does.
    """
    kind = image_format(path)
    with _offscreen_window(settings, size, mistake, theme, zoom) as (app, window):
        window.controller.run(steps)
        if view != "plots":
            window.show_view(view)
            window.walker.go_to(substep_index(substep))
            if view == "gradcheck":
                window.backprop.gradcheck.run()
        settle_layout()
        image = window.grab().toImage()
        if (image.width(), image.height()) != size:
            image = image.scaled(*size)

        def save(temporary: Path) -> None:
            # PySide6 takes the format as str, though its type stubs say bytes.
            if not image.save(str(temporary), kind.upper()):  # type: ignore[call-overload]
                raise OSError(
                    translate("Launch", "Qt could not save a {kind} image there").format(kind=kind.upper())
                )

        path = Path(path)
        write_atomically(path, save)
        trainer = window.controller.trainer
        racers = _diverged_racers(window.controller.racers)
        return Snapshot(path, trainer.status, trainer.iteration, window.controller.halted, racers)


class Animation(NamedTuple):
    path: Path
    status: TrainerStatus  # says whether the run diverged
    iteration: int  # the last frame's step: fewer than asked when the run diverged
    frames: int
    size: tuple[int, int]  # of each frame, in pixels
    halted: str = ""  # why a step failed in a Function (a mistake's, a student's), or ""


def render_animation(
    path: str | Path,
    settings: Settings | None = None,
    *,
    steps: int,
    fps: float = 20,
    part: str = "window",
    size: tuple[int, int] = (1400, 900),
    view: str = "plots",
    substep: str = "accumulate",
    mistake: str | None = None,
    theme: str = "light",
    zoom: float = 1.0,
) -> Animation:
    """Render the window (or the panel `part` names) offscreen as an animated GIF or an MP4.

    One frame per step from step 0 to `steps`, or every k steps beyond animation.MAX_FRAMES
    frames; each frame is encoded as soon as it is drawn. `view`, `substep`, `theme` and
    `zoom` are render_snapshot's. Raises MissingExtra (a ValueError) without gradviz[animate],
    and ValueError for an extension other than .gif and .mp4.
    """
    from .animation import animation_format, check_encoder, frame_iterations, live_frames, part_widget

    animation_format(path)
    check_encoder()
    from .animation import write_animation

    with _offscreen_window(settings, size, mistake, theme, zoom) as (app, window):
        if view != "plots":
            window.show_view(view)
            window.walker.go_to(substep_index(substep))
        app.processEvents()
        widget = part_widget(window, part)
        frames = live_frames(window, widget, frame_iterations(steps))
        exact = size if part == "window" else None  # as a snapshot: a window held wider by its minimum
        count, frame_size = write_animation(path, frames, fps=fps, size=exact)
        trainer = window.controller.trainer
        halted = window.controller.halted
        return Animation(Path(path), trainer.status, trainer.iteration, count, frame_size, halted)

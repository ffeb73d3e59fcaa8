"""Can Qt open a window here? If not, say why in one line, before Qt aborts with status 134.

Qt tries the platforms of QT_QPA_PLATFORM (or the ones it picks from DISPLAY, WAYLAND_DISPLAY
and XDG_SESSION_TYPE) in order and aborts when none loads, advising a reinstall whatever the
cause. The usual causes are a display variable that points at no server, and a system library
that Qt's xcb or wayland plugin links to and that the desktop does not install. This module
finds those without importing Qt; on a working desktop the check takes about 3 ms.
"""

from __future__ import annotations

import ctypes
import os
import re
import socket
import struct
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP, translate
from .elf import elf_dependencies

__all__ = [
    "DisplayError",
    "check_display",
    "platform_candidates",
    "missing_libraries",
    "debian_package",
    "plugin_file",
]

DEFAULT_PLATFORM = "xcb"  # QT_QPA_DEFAULT_PLATFORM_NAME of the PySide6 wheels for Linux
# Messages are translated where made (context "Display"); the CLI prints them.
WAY_OUT = QT_TRANSLATE_NOOP(
    "Display", "or use `gradviz snapshot --out shot.png` or `gradviz train`, which need no window"
)

# Where Debian names a library's package otherwise than its policy rule (see debian_package).
_PACKAGE_EXCEPTIONS = {
    **dict.fromkeys(["libglib-2.0.so.0", "libgobject-2.0.so.0", "libgthread-2.0.so.0"], "libglib2.0-0"),
    **dict.fromkeys(["libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1"], "libc6"),
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libz.so.1": "zlib1g",
}

_XCB_ERRORS = {  # xcb_connection_has_error codes (xcb.h) other than 1, the plain socket error
    2: QT_TRANSLATE_NOOP("Display", "the X server lacks an extension Qt needs"),
    3: QT_TRANSLATE_NOOP("Display", "not enough memory to connect"),
    4: QT_TRANSLATE_NOOP("Display", "a request was too long"),
    5: QT_TRANSLATE_NOOP("Display", "DISPLAY={display} is not a display name like :0 or localhost:10.0"),
    6: QT_TRANSLATE_NOOP("Display", "DISPLAY={display} names a screen that the X server does not have"),
}


class DisplayError(OSError):
    """No window system that Qt could use: the message names the cause and a way out."""


Loader = Callable[[str], object]  # opens a shared library, raising OSError with dlerror()'s text


@dataclass(frozen=True)
class _Problem:
    text: str
    server_found: bool  # the server answers, but the plugin cannot load


# -- which platforms Qt will try -------------------------------------------------


def platform_candidates(environ: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt 6 tries, in order, as QGuiApplication chooses them.

    QT_QPA_PLATFORM wins ("wayland;xcb"; entries may carry ":arguments"). Otherwise Qt 6.11
    puts wayland first when WAYLAND_DISPLAY is set or XDG_SESSION_TYPE is wayland, then xcb
    (older versions look at XDG_SESSION_TYPE only). A candidate too many only lets Qt's own
    error through; it never refuses a platform that would have worked.
    """
    explicit = environ.get("QT_QPA_PLATFORM", "")
    if explicit:
        names = []
        for entry in explicit.split(";"):
            parts = [part for part in entry.split(":") if part]
            if parts:
                names.append(parts[0].lower())
        return names
    order = []
    if "WAYLAND_DISPLAY" in environ or environ.get("XDG_SESSION_TYPE") == "wayland":
        order.append("wayland")
    order.append(DEFAULT_PLATFORM)
    return order


def _is_wayland(name: str) -> bool:
    return name.startswith("wayland")


def plugin_file(name: str, plugin_dir: Path) -> Path | None:
    """The file of platform plugin `name` in `plugin_dir`, if it is there."""
    if _is_wayland(name):
        # Qt 6.11 has one libqwayland.so for every wayland key; older ones split it.
        files = [f"libq{name}.so", "libqwayland.so", "libqwayland-generic.so"]
    else:
        files = [f"libq{name}.so"]
    return next((plugin_dir / f for f in files if (plugin_dir / f).is_file()), None)


# -- libraries ---------------------------------------------------------------


def _dlopen(path: str) -> object:
    """dlopen(path, RTLD_LAZY), as Qt loads a plugin (ctypes.CDLL would insist on RTLD_NOW)."""
    libc = ctypes.CDLL(None)
    libc.dlopen.restype = ctypes.c_void_p
    libc.dlopen.argtypes = [ctypes.c_char_p, ctypes.c_int]
    libc.dlerror.restype = ctypes.c_char_p
    handle = libc.dlopen(os.fsencode(path), os.RTLD_LAZY)
    if not handle:
        raise OSError((libc.dlerror() or b"cannot load " + os.fsencode(path)).decode(errors="replace"))
    return handle


def _missing_name(error: OSError) -> str | None:
    """The library named by dlerror()'s "libx.so.1: cannot open shared object file: …"."""
    match = re.match(r"(?:.*/)?([^/:\s]+): cannot open shared object file", str(error))
    return match.group(1) if match else None


def _outside_libraries(plugin: Path, read: Callable[[Path], tuple[list[str], list[str]]]) -> list[str]:
    """The libraries the plugin needs, directly or through Qt's own, from outside Qt's folders."""
    seen: set[str] = set()
    outside: list[str] = []
    queue = [plugin]
    while queue:
        library = queue.pop(0)
        needed, paths = read(library)
        folders = [Path(p.replace("$ORIGIN", str(library.parent))) for p in paths]
        for name in needed:
            if name in seen:
                continue
            seen.add(name)
            own = next((folder / name for folder in folders if (folder / name).is_file()), None)
            if own is not None:
                queue.append(own)
            else:
                outside.append(name)
    return outside


def missing_libraries(
    plugin: Path,
    *,
    load: Loader = _dlopen,
    read: Callable[[Path], tuple[list[str], list[str]]] = elf_dependencies,
) -> list[str]:
    """The shared libraries that keep `plugin` from loading (empty when it loads).

    dlopen names only the first missing library, so on failure each library the plugin
    needs is tried alone, to name them all in one go.
    """
    try:
        load(str(plugin))
        return []
    except OSError as error:
        first = _missing_name(error)
        if first is None:  # a broken file or a symbol mismatch, not a missing library
            message = translate(
                "Display",
                "Qt's {plugin} plugin cannot load ({error}); "
                "reinstall PySide6 (pip install --force-reinstall PySide6-Essentials)",
            )
            raise DisplayError(message.format(plugin=plugin.name, error=error)) from None
    missing = [first]
    try:
        names = _outside_libraries(plugin, read)
    except (OSError, ValueError, struct.error, IndexError):
        names = []  # unreadable: the first missing library is still worth naming
    for name in names:
        try:
            load(name)
        except OSError as error:
            found = _missing_name(error) or name
            if found not in missing:
                missing.append(found)
    return missing


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package of a library, by Debian policy 8.1.

    libfoo.so.N is in libfooN, or libfoo-N when the name ends in a digit; names are lowercase.
    """
    if soname in _PACKAGE_EXCEPTIONS:
        return _PACKAGE_EXCEPTIONS[soname]
    match = re.fullmatch(r"(.+)\.so\.([0-9.]+)", soname)
    if not match:
        return soname.lower()
    name, version = match.groups()
    joiner = "-" if name[-1].isdigit() else ""
    return f"{name}{joiner}{version}".lower()


def _library_problem(label: str, missing: list[str]) -> _Problem:
    own = [name for name in missing if name.startswith("libQt")]
    if own:  # the wheel's own libraries: no system package brings those
        message = translate(
            "Display",
            "Qt's {platform} platform plugin needs {names}, which PySide6 should have installed; "
            "reinstall it (pip install --force-reinstall PySide6-Essentials)",
        )
        return _Problem(message.format(platform=label, names=", ".join(own)), server_found=True)
    packages = " ".join(dict.fromkeys(debian_package(name) for name in missing))
    if len(missing) == 1:
        message = translate(
            "Display",
            "Qt's {platform} platform plugin needs {names}, which is not installed; install it "
            "with `sudo apt-get install {packages}` (Debian and Ubuntu names), {way_out}",
        )
    else:
        message = translate(
            "Display",
            "Qt's {platform} platform plugin needs {names}, which are not installed; install them "
            "with `sudo apt-get install {packages}` (Debian and Ubuntu names), {way_out}",
        )
    text = message.format(
        platform=label, names=", ".join(missing), packages=packages, way_out=translate("Display", WAY_OUT)
    )
    return _Problem(text, server_found=True)


# -- servers -----------------------------------------------------------------


def x_connection_error(display: str) -> int:
    """0 when an X server accepts a connection at `display`, else libxcb's error code.

    Raises OSError when libxcb itself is missing.
    """
    xcb = ctypes.CDLL("libxcb.so.1")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(os.fsencode(display), None)
    try:
        return int(xcb.xcb_connection_has_error(connection))
    finally:
        xcb.xcb_disconnect(connection)


def _x_problem(display: str, code: int) -> str:
    if code in _XCB_ERRORS:
        return translate("Display", _XCB_ERRORS[code]).format(display=repr(display))
    local = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    if local and Path(f"/tmp/.X11-unix/X{local.group(1)}").exists():
        message = translate(
            "Display", "the X server at DISPLAY={display} refused the connection (see XAUTHORITY and xhost)"
        )
        return message.format(display=display)
    return translate("Display", "no X server answers at DISPLAY={display}").format(display=display)


def _wayland_problem(environ: Mapping[str, str]) -> str | None:
    """Why no Wayland compositor is reachable, as libwayland would look for it; None if one is."""
    if environ.get("WAYLAND_SOCKET"):
        return None  # a connection handed over by the parent: nothing to look for
    name = environ.get("WAYLAND_DISPLAY") or "wayland-0"
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if not os.path.isabs(name) and not runtime:
        return translate("Display", "XDG_RUNTIME_DIR is not set, so no Wayland compositor can be found")
    path = name if os.path.isabs(name) else os.path.join(runtime, name)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        try:
            probe.connect(path)
        except OSError:
            return translate("Display", "no Wayland compositor listens at {path}").format(path=path)
    return None


# -- the check ---------------------------------------------------------------


def _candidate_problem(
    name: str,
    environ: Mapping[str, str],
    plugin_dir: Path,
    load: Loader,
    read: Callable[[Path], tuple[list[str], list[str]]],
    x_connect: Callable[[str], int],
) -> _Problem | None:
    if name == "xcb":
        label = "X11 (xcb)"
        display = environ.get("DISPLAY")
        if not display:
            if display is None:
                unset = translate("Display", "DISPLAY is not set")
            else:
                unset = translate("Display", "DISPLAY is empty")
            return _Problem(unset, server_found=False)
        try:
            code = x_connect(display)
        except OSError:
            code = 0  # libxcb itself is missing: the plugin check below names it
        if code:
            return _Problem(_x_problem(display, code), server_found=False)
    elif _is_wayland(name):
        label = "Wayland"
        problem = _wayland_problem(environ)
        if problem:
            return _Problem(problem, server_found=False)
    else:
        return None  # offscreen, minimal, vnc, eglfs …: Qt's business
    plugin = plugin_file(name, plugin_dir)
    if plugin is None:
        return None  # not where we look (QT_PLUGIN_PATH, a custom build): let Qt try
    try:
        missing = missing_libraries(plugin, load=load, read=read)
    except DisplayError as error:
        return _Problem(str(error), server_found=True)
    return _library_problem(label, missing) if missing else None


def check_display(
    environ: Mapping[str, str] | None = None,
    plugin_dir: Path | None = None,
    *,
    load: Loader = _dlopen,
    read: Callable[[Path], tuple[list[str], list[str]]] = elf_dependencies,
    x_connect: Callable[[str], int] = x_connection_error,
    system: str = sys.platform,
) -> None:
    """Raise DisplayError unless one of the platforms Qt will try can open a window.

    `plugin_dir` is Qt's platforms folder (QT_QPA_PLATFORM_PLUGIN_PATH when that is set).
    Only Linux and the BSDs are checked: elsewhere Qt brings its own platform.
    """
    if not (system.startswith("linux") or "bsd" in system):
        return
    environ = os.environ if environ is None else environ
    if environ.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        plugin_dir = Path(environ["QT_QPA_PLATFORM_PLUGIN_PATH"])
    if plugin_dir is None:
        plugin_dir = _default_plugin_dir()
    problems = []
    for name in platform_candidates(environ):
        problem = _candidate_problem(name, environ, plugin_dir, load, read, x_connect)
        if problem is None:
            return
        problems.append(problem)
    if not problems:
        return
    fixable = next((p for p in problems if p.server_found), None)
    if fixable is not None:
        raise DisplayError(fixable.text)
    reasons = "; ".join(dict.fromkeys(p.text for p in problems))
    message = translate(
        "Display",
        "no display to open a window on ({reasons}); run gradviz in a desktop session "
        "(or correct the variable), {way_out}",
    )
    raise DisplayError(message.format(reasons=reasons, way_out=translate("Display", WAY_OUT)))


def _default_plugin_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    roots = spec.submodule_search_locations if spec and spec.submodule_search_locations else []
    return Path(next(iter(roots), ".")) / "Qt" / "plugins" / "platforms"

"""No window system: one line naming the cause and a way out, status 2, never Qt's abort (134)."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from processes import START_TIMEOUT, run_python
from PySide6.QtCore import QLibraryInfo

from gradviz.app.display import DisplayError, check_display, debian_package, platform_candidates


def test_no_display_is_a_clear_message():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run(
        [sys.executable, "-m", "gradviz"], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 2
    assert (
        "no display" in proc.stderr and "gradviz snapshot" in proc.stderr and "Traceback" not in proc.stderr
    )


# -- no window system: one line and status 2, never Qt's abort (status 134) ----------


def gradviz_without_a_display(**variables: str) -> subprocess.CompletedProcess:
    names = ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")
    env = {k: v for k, v in os.environ.items() if k not in names}
    return subprocess.run(
        [sys.executable, "-m", "gradviz"],
        capture_output=True,
        text=True,
        env={**env, **variables},
        timeout=START_TIMEOUT,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess, *parts: str) -> None:
    assert proc.returncode == 2, proc.stderr
    assert len(proc.stderr.splitlines()) == 1 and proc.stderr.startswith("gradviz: error: "), proc.stderr
    for part in parts:
        assert part in proc.stderr


def free_display_number(start: int = 57) -> int:
    """A display number with no X server socket (the tests of tests/xvfb start from 0)."""
    return next(n for n in range(start, start + 100) if not Path(f"/tmp/.X11-unix/X{n}").exists())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are checked on Linux")
def test_a_display_with_no_x_server_is_one_line_and_status_2():
    display = f":{free_display_number()}"
    proc = gradviz_without_a_display(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    assert_one_line_error(proc, f"no X server answers at DISPLAY={display}", "gradviz snapshot")
    proc = gradviz_without_a_display(DISPLAY=display)  # Qt's own choice: xcb
    assert_one_line_error(proc, f"DISPLAY={display}")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are checked on Linux")
def test_wayland_with_no_compositor_is_one_line_and_status_2(tmp_path):
    proc = gradviz_without_a_display(
        QT_QPA_PLATFORM="wayland", XDG_RUNTIME_DIR=str(tmp_path), WAYLAND_DISPLAY="wayland-9"
    )
    assert_one_line_error(proc, f"no Wayland compositor listens at {tmp_path / 'wayland-9'}")


def test_the_platforms_qt_tries_follow_its_environment():
    assert platform_candidates({}) == ["xcb"]
    assert platform_candidates({"DISPLAY": ":0"}) == ["xcb"]
    assert platform_candidates({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}) == ["wayland", "xcb"]
    assert platform_candidates({"XDG_SESSION_TYPE": "wayland"}) == ["wayland", "xcb"]
    assert platform_candidates({"XDG_SESSION_TYPE": "x11", "WAYLAND_DISPLAY": ""}) == ["wayland", "xcb"]
    assert platform_candidates({"QT_QPA_PLATFORM": "Wayland-EGL;xcb:nograb", "DISPLAY": ":0"}) == [
        "wayland-egl",
        "xcb",
    ]
    assert platform_candidates({"QT_QPA_PLATFORM": ";offscreen;", "WAYLAND_DISPLAY": "w"}) == ["offscreen"]


@pytest.mark.parametrize(
    "soname, package",
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxcb-shape.so.0", "libxcb-shape0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libxcb.so.1", "libxcb1"),
        ("libwayland-cursor.so.0", "libwayland-cursor0"),
        ("libGL.so.1", "libgl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
    ],
)
def test_a_library_is_named_by_its_debian_package(soname, package):
    assert debian_package(soname) == package


def not_found(name: str) -> OSError:
    """What dlopen says, through ctypes, when a library is not installed."""
    return OSError(f"{name}: cannot open shared object file: No such file or directory")


class FakeSystem:
    """Plugins, libraries and an X server as check_display sees them, without touching the real ones."""

    def __init__(self, plugin_dir: Path, missing=(), x_error: int = 0) -> None:
        for name in ("libqxcb.so", "libqwayland.so"):
            (plugin_dir / name).write_bytes(b"")
        self.plugin_dir, self.missing, self.x_error = plugin_dir, list(missing), x_error
        self.loaded: list[str] = []

    def load(self, name: str) -> None:
        self.loaded.append(name)
        # dlopen of a plugin names only the first library it lacks, like the real one.
        first = next((m for m in self.missing if name.endswith(".so") or name == m), None)
        if first is not None:
            raise not_found(first)

    def read(self, path: Path) -> tuple[list[str], list[str]]:
        return ["libQt6Core.so.6", *self.missing, "libxcb.so.1"], []

    def check(self, **environ: str) -> None:
        check_display(
            environ, self.plugin_dir, load=self.load, read=self.read, x_connect=lambda _: self.x_error
        )


def test_the_missing_libraries_of_the_xcb_plugin_make_one_apt_get_line(tmp_path):
    system = FakeSystem(tmp_path, missing=["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    with pytest.raises(DisplayError) as error:
        system.check(DISPLAY=":0")
    message = str(error.value)
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1`" in message
    assert isinstance(error.value, OSError) and "\n" not in message


def test_one_missing_library_names_its_package(tmp_path):
    with pytest.raises(DisplayError, match=r"needs libxcb-cursor\.so\.0, .*apt-get install libxcb-cursor0`"):
        FakeSystem(tmp_path, missing=["libxcb-cursor.so.0"]).check(DISPLAY=":1")


def test_a_missing_qt_library_says_reinstall_pyside6(tmp_path):
    with pytest.raises(DisplayError, match=r"libQt6XcbQpa\.so\.6, .*force-reinstall PySide6"):
        FakeSystem(tmp_path, missing=["libQt6XcbQpa.so.6", "libxcb-cursor.so.0"]).check(DISPLAY=":0")


def test_a_plugin_that_loads_with_a_server_that_answers_passes(tmp_path):
    FakeSystem(tmp_path).check(DISPLAY=":0")


def test_a_broken_plugin_file_says_reinstall(tmp_path):
    system = FakeSystem(tmp_path)

    def load(name: str) -> None:
        raise OSError(f"{name}: undefined symbol: _ZN7QWindow5eventEP6QEvent")

    with pytest.raises(DisplayError, match="reinstall PySide6"):
        check_display(
            {"DISPLAY": ":0"}, system.plugin_dir, load=load, read=system.read, x_connect=lambda _: 0
        )


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "vnc", "eglfs", "linuxfb", "something-new"])
def test_other_platforms_are_never_second_guessed(tmp_path, platform):
    system = FakeSystem(tmp_path, missing=["libxcb-cursor.so.0"], x_error=1)
    system.check(QT_QPA_PLATFORM=platform)
    system.check(QT_QPA_PLATFORM=f"xcb;{platform}")  # xcb fails, then Qt falls back to it
    assert system.loaded == []


def test_any_platform_in_the_list_that_works_is_enough(tmp_path):
    system = FakeSystem(tmp_path)
    system.check(QT_QPA_PLATFORM="wayland;xcb", XDG_RUNTIME_DIR=str(tmp_path), DISPLAY=":0")
    system.check(WAYLAND_DISPLAY="gone", XDG_RUNTIME_DIR=str(tmp_path), DISPLAY=":0")


def test_a_listening_wayland_socket_is_a_compositor(tmp_path):
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "wayland-1"))
        server.listen()
        FakeSystem(tmp_path).check(
            QT_QPA_PLATFORM="wayland", XDG_RUNTIME_DIR=str(tmp_path), WAYLAND_DISPLAY="wayland-1"
        )
    with pytest.raises(DisplayError, match="XDG_RUNTIME_DIR is not set"):
        FakeSystem(tmp_path).check(QT_QPA_PLATFORM="wayland")


def test_a_server_with_a_missing_library_beats_a_platform_with_no_server(tmp_path):
    system = FakeSystem(tmp_path, missing=["libwayland-cursor.so.0"])
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as compositor:
        compositor.bind(str(tmp_path / "w"))
        compositor.listen()
        with pytest.raises(DisplayError, match="apt-get install libwayland-cursor0`"):
            system.check(QT_QPA_PLATFORM="xcb;wayland", XDG_RUNTIME_DIR=str(tmp_path), WAYLAND_DISPLAY="w")
    with pytest.raises(DisplayError, match=r"no display .*DISPLAY is not set; no Wayland compositor"):
        system.check(QT_QPA_PLATFORM="xcb;wayland", XDG_RUNTIME_DIR=str(tmp_path), WAYLAND_DISPLAY="w")


@pytest.mark.parametrize(
    "code, says", [(1, "no X server answers"), (5, "is not a display name"), (6, "screen")]
)
def test_each_x_connection_error_says_what_is_wrong(tmp_path, code, says):
    with pytest.raises(DisplayError, match=says):
        FakeSystem(tmp_path, x_error=code).check(DISPLAY="nowhere:3.1")


def test_only_unix_desktops_are_checked(tmp_path):
    check_display({}, tmp_path, system="darwin")
    check_display({}, tmp_path, system="win32")
    with pytest.raises(DisplayError):
        check_display({}, tmp_path, system="linux")


PYSIDE_PLATFORMS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"


def broken_xcb_plugin(root: Path) -> Path:
    """A copy of Qt's xcb plugin whose Qt library needs libxcb-cursxr.so.0, which exists nowhere."""
    qt = PYSIDE_PLATFORMS.parent.parent
    (root / "plugins/platforms").mkdir(parents=True)
    (root / "lib").mkdir()
    plugin = root / "plugins/platforms/libqxcb.so"
    plugin.write_bytes((qt / "plugins/platforms/libqxcb.so").read_bytes())
    for library in (qt / "lib").iterdir():
        if library.name != "libQt6XcbQpa.so.6":
            (root / "lib" / library.name).symlink_to(library)
    patched = (
        (qt / "lib/libQt6XcbQpa.so.6").read_bytes().replace(b"libxcb-cursor.so.0", b"libxcb-cursxr.so.0")
    )
    (root / "lib/libQt6XcbQpa.so.6").write_bytes(patched)
    return plugin


@pytest.mark.skipif(
    not (PYSIDE_PLATFORMS / "libqxcb.so").exists(), reason="needs the Linux wheel's xcb plugin"
)
def test_the_real_plugin_loader_names_the_library_a_plugin_lacks(tmp_path):
    plugin = broken_xcb_plugin(tmp_path)
    # In a child: dlopen keeps what it loads, and this must not meet a loaded XcbQpa.
    proc = run_python(
        """
        import sys
        from pathlib import Path
        import PySide6.QtGui
        from gradviz.app.display import DisplayError, check_display, missing_libraries

        print(missing_libraries(Path(sys.argv[1])))
        try:
            check_display({"DISPLAY": ":0"}, Path(sys.argv[1]).parent, x_connect=lambda _: 0)
        except DisplayError as error:
            print(error)
        """,
        str(plugin),
    )
    assert proc.returncode == 0, proc.stderr
    found, message = proc.stdout.splitlines()
    # A machine without Qt's other xcb libraries (no desktop) lacks those too: each is named.
    assert "'libxcb-cursxr.so.0'" in found and "libqxcb" not in found
    assert "needs " in message and "libxcb-cursxr.so.0" in message
    assert "sudo apt-get install " in message and "libxcb-cursxr0" in message


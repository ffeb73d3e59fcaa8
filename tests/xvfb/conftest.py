"""The real X server tier: gradviz on Xvfb, driven by real input events from xdotool.

Every test here is skipped, with the reason, when Xvfb, xdotool or a library of Qt's xcb
plugin is missing (.ci/xvfb-deps installs them on Debian and Ubuntu).
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from xsession import PLATFORMS, SCREEN, TIMEOUT, App, assert_clean_exit

HERE = Path(__file__).parent
PROBE = """
import sys
from pathlib import Path
from gradviz.app.display import missing_libraries
print(", ".join(missing_libraries(Path(sys.argv[1]))))
"""


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "xvfb: runs gradviz on a real X server (Xvfb), driven by xdotool")


def _missing_tools() -> str | None:
    if not sys.platform.startswith("linux"):
        return "the X server tier runs on Linux"
    absent = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if absent:
        return f"{' and '.join(absent)} not installed (run .ci/xvfb-deps)"
    plugin = PLATFORMS / "libqxcb.so"
    if not plugin.exists():
        return f"Qt's xcb plugin is not at {plugin}"
    # In a child: what dlopen loads stays loaded, and this process is not one for xcb.
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, str(plugin)], capture_output=True, text=True, timeout=TIMEOUT
    )
    if probe.returncode:
        return f"Qt's xcb plugin cannot load: {(probe.stderr.strip().splitlines() or ['?'])[-1]}"
    if probe.stdout.strip():
        return f"Qt's xcb plugin lacks {probe.stdout.strip()} (run .ci/xvfb-deps)"
    return None


def pytest_collection_modifyitems(config, items) -> None:
    ours = [item for item in items if HERE in item.path.parents]
    reason = _missing_tools() if ours else None
    for item in ours:
        item.add_marker(pytest.mark.xvfb)
        if reason:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def x_display():
    """A fresh Xvfb on a free display number, once it accepts connections (it says so on a pipe)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        # -noreset: a server with no client left would otherwise reset, which takes a while.
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24"]
        + ["-nolisten", "tcp", "-noreset"],
        pass_fds=[write],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write)
    number = b""
    deadline = time.monotonic() + TIMEOUT
    while not number.endswith(b"\n"):
        ready, _, _ = select.select([read], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(read, 16) if ready else b""
        if not chunk:
            server.kill()
            pytest.fail(f"Xvfb did not start: {server.communicate()[1].decode(errors='replace')}")
        number += chunk
    os.close(read)
    yield f":{number.decode().strip()}"
    server.terminate()
    server.wait()
    server.stderr.close()


@pytest.fixture
def app(x_display):
    """gradviz on the X server, on screen and focused; it must exit 0 on Ctrl-C afterwards."""
    started = App(x_display)
    yield started
    assert_clean_exit(started.stop())

"""Helpers of the X server tier: the app under test in a child process, and reading its lines."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

HERE = Path(__file__).parent
# Generous: a wait only fails when it runs out, it never passes sooner.
TIMEOUT = 120
SCREEN = (1600, 1000)
PLATFORMS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"


def x_environment(display: str) -> dict[str, str]:
    names = ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "XDG_SESSION_TYPE")
    env = {k: v for k, v in os.environ.items() if k not in names}
    return {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}


class Lines:
    """Reads a pipe line by line in a thread; wait() takes lines until one matches."""

    def __init__(self, stream, parse=lambda line: line, on_failure=lambda: None) -> None:
        self.stream, self.parse, self.on_failure = stream, parse, on_failure
        self.seen: list = []
        self._queue: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        for line in self.stream:
            self._queue.put(line)
        self._queue.put(None)

    def wait(self, matches, what: str, timeout: float = TIMEOUT):
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self.on_failure()
                pytest.fail(f"no {what} within {timeout} s; got:\n" + "\n".join(map(str, self.seen[-30:])))
            if line is None:
                pytest.fail(f"the app ended before {what}; got:\n" + "\n".join(map(str, self.seen[-30:])))
            item = self.parse(line)
            self.seen.append(item)
            if matches(item):
                return item

    def rest(self) -> list:
        self._thread.join(TIMEOUT)
        while not self._queue.empty():
            line = self._queue.get()
            if line is not None:
                self.seen.append(self.parse(line))
        self.stream.close()
        return self.seen


class App:
    """The driver script in a child process: its events, and real input sent with xdotool."""

    def __init__(self, display: str, settings: dict | None = None) -> None:
        self.display = display
        command = [sys.executable, "-X", "faulthandler", str(HERE / "driver.py")]
        if settings:
            command.append(json.dumps(settings))
        self.proc = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=x_environment(display),
        )
        self.events = Lines(self.proc.stdout, json.loads, on_failure=self.proc.kill)
        self.errors = Lines(self.proc.stderr)
        self.window = self.wait(lambda e: e["event"] == "window", "the window on screen, with the focus")

    def wait(self, matches, what: str) -> dict:
        return self.events.wait(matches, what)

    def newest(self) -> int:
        """The newest iteration among the records read so far (0 before the first step)."""
        records = [e for e in self.events.seen if e["event"] == "record"]
        return records[-1]["newest"] if records else 0

    def xdotool(self, *arguments: str | int) -> None:
        subprocess.run(
            ["xdotool", *map(str, arguments)],
            check=True,
            env=x_environment(self.display),
            timeout=TIMEOUT,
        )

    def key(self, *keys: str) -> None:
        self.xdotool("key", *keys)

    def click(self, point: list[int]) -> None:
        self.xdotool("mousemove", *point, "click", "1")

    def stop(self, sig: int = signal.SIGINT) -> subprocess.CompletedProcess:
        """Send `sig` (Ctrl-C by default) and wait for the app to exit by itself."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            self.proc.wait(timeout=TIMEOUT)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
        self.events.rest()
        stderr = "".join(self.errors.rest())
        return subprocess.CompletedProcess(self.proc.args, self.proc.returncode, "", stderr)


def assert_clean_exit(proc: subprocess.CompletedProcess) -> None:
    assert proc.returncode == 0, proc.stderr
    for sign in ("Traceback", "Fatal Python error", "Segmentation", "QWidget", "QObject"):
        assert sign not in proc.stderr, proc.stderr

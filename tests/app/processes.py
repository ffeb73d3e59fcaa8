"""Child processes for the tests that start gradviz for real: run one, read its stderr as it comes."""

import os
import queue
import subprocess
import sys
import textwrap
import threading
import time

import pytest

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
# Generous: these only fail when they run out, they never pass sooner.
START_TIMEOUT = 120
EXIT_TIMEOUT = 60


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


class Child:
    """A child process whose stderr is read line by line as it comes, by a thread."""

    def __init__(self, command: list[str], env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env or ENV
        )
        self.seen: list[str] = []
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stderr:
            self._lines.put(line)
        self._lines.put(None)

    def wait_for(self, text: str, timeout: float = START_TIMEOUT) -> None:
        """Return once a line equal to `text` has come; fail if the child ends or time runs out."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self.proc.kill()
                pytest.fail(f"no {text!r} line within {timeout} s; stderr so far:\n{''.join(self.seen)}")
            if line is None:
                pytest.fail(f"exited with {self.proc.wait()} before {text!r}:\n{''.join(self.seen)}")
            self.seen.append(line)
            if line.rstrip("\n") == text:
                return

    def finish(self, timeout: float = EXIT_TIMEOUT) -> subprocess.CompletedProcess:
        """Wait for the child to exit by itself, and collect the rest of its stderr."""
        try:
            self.proc.wait(timeout=timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
        while (line := self._lines.get(timeout=EXIT_TIMEOUT)) is not None:
            self.seen.append(line)
        self.proc.stderr.close()
        return subprocess.CompletedProcess(self.proc.args, self.proc.returncode, "", "".join(self.seen))


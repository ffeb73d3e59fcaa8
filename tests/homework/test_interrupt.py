"""Ctrl-C during `gradviz check`: only the parent hears it; one line, exit 130, no process left.

A terminal sends SIGINT to its whole foreground process group, which holds gradviz's forkserver
too: it used to print a long KeyboardInterrupt traceback while it imported torch.
"""

from __future__ import annotations

import importlib.util
import os
import select
import signal
import subprocess
import sys
from collections.abc import Callable

import pytest
from checks_support import FILES

pytestmark = pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="needs Linux (/proc, pidfd_open)")

WAIT_S = 120.0  # an upper bound for a slow machine, never a pace: every wait below ends on an event
# A library the forkserver's preload maps early and then goes on importing for a while (sandbox._context).
PRELOADING = "libtorch_cpu" if importlib.util.find_spec("torch") is not None else "_multiarray_umath"


def _session(leader: int) -> list[int]:
    """The live processes of the session `leader` started (it, its forkserver, their children)."""
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != leader:
            try:
                if os.getsid(int(entry)) == leader and _state(int(entry)) != "Z":
                    pids.append(int(entry))
            except OSError:  # gone meanwhile
                pass
    return pids


def _state(pid: int) -> str:
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().rsplit(")", 1)[1].split()[0]


def _maps(pid: int, library: str) -> bool:
    try:
        with open(f"/proc/{pid}/maps") as maps:
            return library in maps.read()
    except OSError:
        return False


def _preloading(pids: list[int]) -> bool:
    return any(_maps(pid, PRELOADING) for pid in pids)


def _leads_a_group(pid: int) -> bool:
    """The child that loads the file leads its own process group (worker.py); gradviz's others do not."""
    try:
        return os.getpgid(pid) == pid
    except OSError:
        return False


def _default_sigint() -> None:
    """Ctrl-C as a terminal delivers it: a job started in the background of a shell without job
    control (`cmd &` in a script, as CI may be) inherits SIGINT ignored, and so would gradviz."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _until(run: subprocess.Popen, found: Callable[[list[int]], bool]) -> list[int]:
    """The session's processes as soon as `found` says so; fails if gradviz ends first."""
    while True:
        pids = _session(run.pid)
        if found(pids):
            return pids
        try:
            run.wait(timeout=0.01)  # wakes as soon as gradviz ends (it must not yet)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"gradviz check ended before the interrupt: {run.communicate()}")


def _ended(pid: int) -> bool:
    """Wait for `pid` to end (a pidfd turns readable then): whether it did."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        return bool(select.select([fd], [], [], WAIT_S)[0]) or _state(pid) == "Z"
    except FileNotFoundError:
        return True
    finally:
        os.close(fd)


@pytest.mark.parametrize(
    "moment",
    [
        pytest.param(_preloading, id="while the forkserver preloads"),
        pytest.param(lambda pids: any(map(_leads_a_group, pids)), id="while the file's import hangs"),
    ],
)
def test_ctrl_c_exits_130_in_one_line_and_leaves_no_process(moment):
    run = subprocess.Popen(
        [sys.executable, "-m", "gradviz", "check", str(FILES / "hang.py")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        preexec_fn=_default_sigint,
    )
    try:
        children = _until(run, moment)
        os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
        out, err = run.communicate(timeout=WAIT_S)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.communicate()
    assert run.returncode == 130, err
    assert "Traceback" not in err and err.strip() == "gradviz: interrupted" and out == ""
    left = [pid for pid in {*children, *_session(run.pid)} if not _ended(pid)]
    assert left == []


def test_ctrl_c_while_a_class_is_checked_ends_every_child_at_once():
    """With several files, threads wait on their children: Ctrl-C ends those, rather than the timeouts."""
    hang = str(FILES / "hang.py")
    run = subprocess.Popen(
        [sys.executable, "-m", "gradviz", "check", "--jobs", "2", "--timeout", "600", hang, hang, hang],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_default_sigint,
    )
    try:
        children = _until(run, lambda pids: sum(map(_leads_a_group, pids)) >= 2)  # two files loading
        os.killpg(run.pid, signal.SIGINT)
        out, err = run.communicate(timeout=WAIT_S)  # far below the 600 s a file may take to load
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.communicate()
    assert run.returncode == 130, err
    assert "Traceback" not in err and err.strip() == "gradviz: interrupted" and out == ""
    assert [pid for pid in {*children, *_session(run.pid)} if not _ended(pid)] == []

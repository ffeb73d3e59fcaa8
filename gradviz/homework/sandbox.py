"""The parent's side of the sandbox: one student file in one child process, `Sandbox`.

Children fork from a multiprocessing "forkserver" that has numpy, gradviz.engine and (when it is
installed) torch imported already, so a child starts in milliseconds instead of importing torch
again; the forkserver itself never runs a student's code. Neither the forkserver nor a child
imports or runs the caller's `__main__` (see `_start`): the caller may be a script with no main
guard, or `python - < script`. Each child confines itself (see worker.py), in its own process
group so that the processes a file starts end with it, and answers on its own socket. Whatever
the child does (prints, exits, hangs, crashes, sends garbage), the parent only ever gets a
validated reply, an error, or a LoadError.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import multiprocessing
import multiprocessing.connection
import multiprocessing.spawn
import os
import re
import shutil
import signal
import socket
import tempfile
import threading
import time
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..i18n import QT_TRANSLATE_NOOP
from . import worker
from .failure import from_wire
from .failure import text as sentence
from .functions import (
    ERROR_KINDS,
    LOAD_ERROR_KINDS,
    CallResult,
    ChainResult,
    FunctionInfo,
    LoadError,
    StudentError,
)
from .inprocess import ENDED, module_name_for, read_for_loading
from .source import SourceFile

__all__ = ["Sandbox", "LoadError", "DEFAULT_MEMORY_MB", "preload"]

# Address space (RLIMIT_AS), not resident memory: a child forked from a forkserver with torch
# imported maps ~640 MB before the student's code runs (measured with torch 2.13, one thread).
DEFAULT_MEMORY_MB = 2048
_MESSAGE_LIMIT = 500
_WHERE = frozenset({"forward", "backward", "chain", "load"})
_ROLES = frozenset({"linear", "mse", "other"})
# What multiprocessing's children prepare from that would import the caller's main module.
_MAIN_KEYS = ("init_main_from_path", "init_main_from_name")
_START_LOCK = threading.Lock()
# At a timeout the child gets this long to dump its stack and end (it is then killed all the same).
_STACK_WAIT_S = 2.0
_STACK_LIMIT = 1 << 16
_FAULTHANDLER_MAX = 500  # characters of a file name that faulthandler prints (then "...")
_STACK_LINE = re.compile(r'^\s*File "(.*)", line (\d+) in ')
_forkserver_guarded = False  # the forkserver was started with SIGINT blocked (_start_forkserver)
_NOT_STARTED = QT_TRANSLATE_NOOP(
    "Checks",
    "gradviz could not start a process to check the file: {how} (a failure of gradviz, not of the file: "
    "check it again, and report it to gradviz if it goes on)",
)


_OPEN: weakref.WeakSet[Sandbox] = weakref.WeakSet()  # every Sandbox not yet garbage


def close_all() -> None:
    """End every child still running (Ctrl-C while a class is checked: the threads then end too)."""
    for sandbox in list(_OPEN):
        sandbox.close()


class _Ended(Exception):
    pass


class _TimedOut(Exception):
    pass


@functools.cache
def _context() -> Any:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # Never "__main__" (multiprocessing's default): the caller's script is not gradviz's to run.
    modules = ["numpy", "gradviz.engine", "gradviz.homework.worker"]
    if importlib.util.find_spec("torch") is not None:
        # torch.autograd.gradcheck, which most homework files run at import, first imports sympy
        # through symbolic_shapes: ~0.7 s in every child unless the forkserver has it already.
        modules += ["torch", "torch.fx.experimental.symbolic_shapes"]
    context.set_forkserver_preload(modules)
    return context


def preload() -> None:
    """Start the forkserver now (it imports torch once), e.g. while other work goes on.

    The forkserver starts with Ctrl-C kept for the caller (see _start_forkserver).
    """
    if _context().get_start_method() == "forkserver":
        _start_forkserver()


def _start_forkserver() -> None:
    """forkserver.ensure_running(), with SIGINT blocked in what it starts: Ctrl-C is the parent's alone.

    The forkserver is in the caller's process group, so a Ctrl-C in the terminal reaches it too,
    and it ignores SIGINT only once its preload is done: during the seconds it imports torch, it
    printed a long KeyboardInterrupt traceback. A blocked signal stays blocked across fork and
    exec, so the forkserver keeps a Ctrl-C pending until it sets SIGINT to ignored and unblocks
    it, after its preload. In the parent, a Ctrl-C meanwhile is only delayed (or taken by another
    of its threads), never lost: the mask is per thread and put back right after the spawn.
    """
    global _forkserver_guarded
    from multiprocessing import forkserver, resource_tracker

    if _forkserver_guarded:
        forkserver.ensure_running()
        return
    resource_tracker.ensure_running()  # it guards itself; forkserver.ensure_running would start it
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        forkserver.ensure_running()
        _forkserver_guarded = True
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _start(process: Any) -> None:
    """process.start(), with nothing in the child's preparation data that names the caller's main.

    multiprocessing makes each child re-import the parent's main script (as `__mp_main__`) so that
    targets defined there unpickle; gradviz's target is worker.main, and the caller's script may
    have no main guard (each child would check the class again, then fail) or be '<stdin>'. The
    lock: check_files starts children from several threads, and the patch is global while it lasts.
    """
    with _START_LOCK:
        original = multiprocessing.spawn.get_preparation_data

        def without_main(name: str) -> dict[str, Any]:
            data = original(name)
            if name == process.name:
                for key in _MAIN_KEYS:
                    data.pop(key, None)
            return data

        multiprocessing.spawn.get_preparation_data = without_main
        try:
            if _context().get_start_method() == "forkserver" and not _forkserver_guarded:
                _start_forkserver()
            process.start()
        finally:
            multiprocessing.spawn.get_preparation_data = original


class Sandbox:
    """A student's file loaded in a child process, with the contract's methods (homework_interface.md)."""

    def __init__(self, source: SourceFile, call_timeout_s: float, memory_mb: int) -> None:
        """Start the child for `source` (use Sandbox.open, which also waits for it to load)."""
        self.source = source
        self._call_timeout_s = call_timeout_s
        self._next_id = 0
        self._ended = False
        self._functions: dict[str, FunctionInfo] = {}
        parent_end, child_end = socket.socketpair()
        # The child's stack at a timeout comes on its own socket (worker.main registers it).
        stack_end, child_stack_end = socket.socketpair()
        workdir = tempfile.mkdtemp(prefix="gradviz-check-")
        process = _context().Process(
            target=worker.main,
            args=(child_end, source, module_name_for(source.path), workdir, memory_mb, child_stack_end),
            name=f"gradviz check {source.name}",
            daemon=True,
        )
        self._sock, self._stack, self._process = parent_end, stack_end, process
        self._finalizer = weakref.finalize(self, _clean_up, process, (parent_end, stack_end), workdir)
        try:
            _start(process)
        except Exception as error:  # gradviz's own machinery, never the student's fault
            self.close()
            raise LoadError("internal", sentence(_NOT_STARTED, how=_one_line(error))) from None
        finally:
            child_end.close()
            child_stack_end.close()
        _OPEN.add(self)  # for close_all

    @classmethod
    def open(
        cls,
        path: str | Path,
        load_timeout_s: float = 10.0,
        call_timeout_s: float = 5.0,
        memory_mb: int = DEFAULT_MEMORY_MB,
    ) -> Sandbox:
        """Load `path` (.py or .ipynb) in a child; LoadError (one line, with a way out) if that fails."""
        source = read_for_loading(path)
        self = cls(source, call_timeout_s, memory_mb)
        parent_end = self._sock
        parent_end.settimeout(max(call_timeout_s, load_timeout_s))
        self._wait_for_start(load_timeout_s)
        try:
            reply = self._receive(time.monotonic() + load_timeout_s)
        except _TimedOut:
            line = self._stopped_at()
            self.close()
            seconds = f"{load_timeout_s:g}"
            if line:
                message = QT_TRANSLATE_NOOP(
                    "Checks",
                    "{name} did not finish loading within {seconds} s (it was running {line}): code at its "
                    'top level runs too long or never ends (put it under `if __name__ == "__main__":`)',
                )
                hang = sentence(message, name=source.name, seconds=seconds, line=source.describe(line))
            else:
                message = QT_TRANSLATE_NOOP(
                    "Checks",
                    "{name} did not finish loading within {seconds} s: code at its top level runs too long "
                    'or never ends (put it under `if __name__ == "__main__":`)',
                )
                hang = sentence(message, name=source.name, seconds=seconds)
            raise LoadError("hang", hang, line) from None
        except (_Ended, worker.WireError) as error:
            if isinstance(error, _Ended):
                how = self._exit_status()
            else:
                how = sentence(QT_TRANSLATE_NOOP("Checks", "it sent a malformed reply"))
            self.close()
            message = QT_TRANSLATE_NOOP(
                "Checks",
                "{name} ended its process while loading ({how}): remove the os._exit()/exit call, "
                'or put the code that runs under `if __name__ == "__main__":`',
            )
            raise LoadError("crash", sentence(message, name=source.name, how=how)) from None
        try:
            self._functions = {info.name: info for info in _load_reply(reply)}
        except LoadError:
            self.close()
            raise
        return self

    def _wait_for_start(self, timeout_s: float) -> None:
        """The child's first message, sent before any of the file runs: without it, gradviz failed."""
        try:
            reply = self._receive(time.monotonic() + timeout_s)
            if reply != {"started": True}:
                raise worker.WireError("not the start message")
        except (_TimedOut, _Ended, worker.WireError) as error:
            if isinstance(error, _TimedOut):
                how = sentence(
                    QT_TRANSLATE_NOOP("Checks", "it did not start within {seconds} s"),
                    seconds=f"{timeout_s:g}",
                )
            elif isinstance(error, _Ended):
                message = QT_TRANSLATE_NOOP("Checks", "it ended before it loaded the file ({status})")
                how = sentence(message, status=self._exit_status())
            else:
                how = sentence(QT_TRANSLATE_NOOP("Checks", "it sent a malformed first message"))
            self.close()
            raise LoadError("internal", sentence(_NOT_STARTED, how=how)) from None

    # --- the contract's methods ---------------------------------------------------------

    def functions(self) -> list[FunctionInfo]:
        return list(self._functions.values())

    def describe_line(self, line: int | None) -> str:
        """'line 12', or 'code cell 3, line 4' for a notebook (the lines in errors and FunctionInfo)."""
        return self.source.describe(line)

    def call(
        self,
        name: str,
        inputs: Sequence[np.ndarray],
        grad_output: np.ndarray | None = None,
        dtype: str = "float64",
    ) -> CallResult:
        self._known(name)
        request = {
            "op": "call",
            "name": name,
            "inputs": [_array(a) for a in inputs],
            "grad_output": None if grad_output is None else _array(grad_output),
            "dtype": dtype,
        }
        reply = self._request(request, "forward")
        if isinstance(reply, StudentError):
            return CallResult(None, None, reply)
        try:
            error = _student_error(reply["error"])
            return CallResult(_optional_array(reply["output"]), _grads(reply["grads"]), error)
        except (KeyError, TypeError, ValueError):
            return CallResult(None, None, self._bad_reply("forward"))

    def forward_many(
        self, name: str, input_sets: Sequence[Sequence[np.ndarray]], dtype: str = "float64"
    ) -> list[np.ndarray] | StudentError:
        self._known(name)
        request = {
            "op": "forward_many",
            "name": name,
            "input_sets": [[_array(a) for a in inputs] for inputs in input_sets],
            "dtype": dtype,
        }
        reply = self._request(request, "forward")
        if isinstance(reply, StudentError):
            return reply
        try:
            error = _student_error(reply["error"])
            if error is not None:
                return error
            outputs = [_checked_array(a) for a in reply["outputs"]]
            if len(outputs) != len(input_sets):
                raise ValueError("one output per input set")
            return outputs
        except (KeyError, TypeError, ValueError):
            return self._bad_reply("forward")

    def chain(
        self,
        linear: str,
        mse: str,
        linear_inputs: Sequence[np.ndarray],
        y: np.ndarray,
        dtype: str = "float32",
    ) -> ChainResult:
        self._known(linear)
        self._known(mse)
        request = {
            "op": "chain",
            "linear": linear,
            "mse": mse,
            "linear_inputs": [_array(a) for a in linear_inputs],
            "y": _array(y),
            "dtype": dtype,
        }
        reply = self._request(request, "chain")
        if isinstance(reply, StudentError):
            return ChainResult(None, None, dtype, reply)
        try:
            loss = reply["loss"]
            if loss is not None and (isinstance(loss, bool) or not isinstance(loss, int | float)):
                raise TypeError("loss")
            loss_dtype = reply["dtype"]
            if not isinstance(loss_dtype, str):
                raise TypeError("dtype")
            return ChainResult(
                None if loss is None else float(loss),
                _grads(reply["grads"]),
                loss_dtype[:20],
                _student_error(reply["error"]),
            )
        except (KeyError, TypeError, ValueError):
            return ChainResult(None, None, dtype, self._bad_reply("chain"))

    def close(self) -> None:
        """End the child and remove its working directory (idempotent)."""
        self._ended = True
        self._finalizer()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- plumbing -----------------------------------------------------------------------

    def _known(self, name: str) -> None:
        if name not in self._functions:
            known = ", ".join(self._functions) or "none"
            raise KeyError(f"no Function named {name!r} (the file has: {known})")

    def _request(self, message: dict[str, Any], where: str) -> dict[str, Any] | StudentError:
        if self._ended:
            return StudentError("crash", ENDED, None, where)
        self._next_id += 1
        ident = message["id"] = self._next_id
        deadline = time.monotonic() + self._call_timeout_s
        try:
            worker.send_message(self._sock, message)
        except TimeoutError:
            return self._end(StudentError("timeout", self._too_long(where), None, where))
        except OSError:
            return self._end(StudentError("crash", self._death(where), None, where))
        while True:
            try:
                reply = self._receive(deadline)
            except _TimedOut:
                line = self._stopped_at()
                return self._end(StudentError("timeout", self._too_long(where, line), line, where))
            except _Ended:
                return self._end(StudentError("crash", self._death(where), None, where))
            except worker.WireError:
                return self._bad_reply(where)
            if not isinstance(reply, dict) or reply.get("id") != ident:
                return self._bad_reply(where)
            phase = reply.get("phase")
            if phase is None:
                error = reply.get("error")
                if isinstance(error, dict) and error.get("kind") == "crash":
                    self._end(None)
                return reply
            if phase not in ("forward", "backward"):
                return self._bad_reply(where)
            where = phase

    def _receive(self, deadline: float) -> Any:
        (size,) = worker._FRAME.unpack(self._read(worker._FRAME.size, deadline))
        if size > worker.MAX_MESSAGE:
            raise worker.WireError(f"a message of {size} bytes")
        return worker.decode(self._read(size, deadline))

    def _read(self, size: int, deadline: float) -> bytearray:
        buffer = bytearray(size)
        view = memoryview(buffer)
        got = 0
        while got < size:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _TimedOut
            ready = multiprocessing.connection.wait([self._sock, self._process.sentinel], remaining)
            if not ready:
                continue
            if self._sock not in ready and not multiprocessing.connection.wait([self._sock], 0):
                raise _Ended  # the child is gone and has nothing more to say
            try:
                n = self._sock.recv_into(view[got:], size - got)
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:
                raise _Ended from None
            if n == 0:
                raise _Ended
            got += n
        return buffer

    def _end(self, error: StudentError | None) -> StudentError:
        """Kill the child: after a timeout, a crash or a bad reply, nothing it says can be trusted."""
        self._ended = True
        self._finalizer()
        return error if error is not None else StudentError("crash", ENDED, None, "load")

    def _bad_reply(self, where: str) -> StudentError:
        return self._end(
            StudentError(
                "bad_reply",
                sentence(
                    QT_TRANSLATE_NOOP(
                        "Checks", "the file's process sent a malformed reply (it wrote to gradviz's channel)"
                    )
                ),
                None,
                where,
            )
        )

    def _too_long(self, where: str, line: int | None = None) -> str:
        seconds = f"{self._call_timeout_s:g}"
        if line:
            message = QT_TRANSLATE_NOOP(
                "Checks",
                "{where} did not return within {seconds} s, still running {line}: an endless loop? "
                "(the file's process was stopped)",
            )
            return sentence(message, where=where, seconds=seconds, line=self.source.describe(line))
        message = QT_TRANSLATE_NOOP(
            "Checks",
            "{where} did not return within {seconds} s: an endless loop? (the file's process was stopped)",
        )
        return sentence(message, where=where, seconds=seconds)

    def _stopped_at(self) -> int | None:
        """The student's line the child is running, from the stack it dumps on SIGUSR1 before it ends.

        None when it cannot tell: no line of the file on the stack, or no dump in time (e.g. the
        file installed its own SIGUSR1 handler). Only a hint in a message, never part of a verdict.
        """
        pid = self._process.pid
        if pid is None or self._process.exitcode is not None:
            return None
        try:
            os.kill(pid, signal.SIGUSR1)
        except OSError:
            return None
        multiprocessing.connection.wait([self._process.sentinel], _STACK_WAIT_S)
        return innermost_line(_read_available(self._stack, _STACK_LIMIT), self.source.path)

    def _death(self, where: str) -> str:
        message = QT_TRANSLATE_NOOP(
            "Checks",
            "the file's process ended during {where} ({status}): os._exit() or exit() in the file, "
            "a crash in native code, or the memory limit",
        )
        return sentence(message, where=where, status=self._exit_status())

    def _exit_status(self) -> str:
        self._process.join(timeout=1)
        code = self._process.exitcode
        if code is None:
            return sentence(QT_TRANSLATE_NOOP("Checks", "it stopped answering"))
        if code < 0:
            try:
                return sentence(
                    QT_TRANSLATE_NOOP("Checks", "killed by {signal}"), signal=signal.Signals(-code).name
                )
            except ValueError:
                return sentence(QT_TRANSLATE_NOOP("Checks", "killed by signal {number}"), number=-code)
        return sentence(QT_TRANSLATE_NOOP("Checks", "exit code {code}"), code=code)


def _clean_up(process: Any, sockets: Sequence[socket.socket], workdir: str) -> None:
    try:
        if process.pid is not None:
            # The child leads its own process group (worker.main): what the file started goes too.
            # A group outlives its leader while a member lives, so its id cannot be reused meanwhile.
            with contextlib.suppress(OSError):
                os.killpg(process.pid, signal.SIGKILL)
            if process.exitcode is None:
                process.kill()
            process.join(timeout=10)
            if process.exitcode is not None:
                process.close()
    finally:
        for sock in sockets:
            sock.close()
        shutil.rmtree(workdir, ignore_errors=True)


def innermost_line(stack: str, path: str) -> int | None:
    """The innermost line of `path` in a faulthandler dump (most recent call first), or None."""
    shown = _as_faulthandler_writes(path)
    for text in stack.splitlines():
        match = _STACK_LINE.match(text)
        if match and match.group(1) == shown:
            return int(match.group(2))
    return None


def _as_faulthandler_writes(text: str) -> str:
    """`text` as faulthandler prints a file name: printable ASCII as is, other characters escaped."""
    escaped = []
    for char in text[:_FAULTHANDLER_MAX]:
        code = ord(char)
        if 32 <= code <= 126:
            escaped.append(char)
        elif code <= 0xFF:
            escaped.append(f"\\x{code:02x}")
        elif code <= 0xFFFF:
            escaped.append(f"\\u{code:04x}")
        else:
            escaped.append(f"\\U{code:08x}")
    return "".join(escaped) + ("..." if len(text) > _FAULTHANDLER_MAX else "")


def _read_available(sock: socket.socket, limit: int) -> str:
    """What `sock` holds now, up to `limit` bytes, without waiting."""
    chunks, size = [], 0
    sock.setblocking(False)
    with contextlib.suppress(OSError):
        while size < limit:
            chunk = sock.recv(limit - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    return b"".join(chunks).decode("ascii", errors="replace")


def _one_line(error: BaseException) -> str:
    first = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {first}" if first else type(error).__name__


# --- validating what the child sent ---------------------------------------------------------


def _array(value: Any) -> np.ndarray:
    return np.asarray(value, dtype=np.float64)


def _checked_array(value: Any) -> np.ndarray:
    if not isinstance(value, np.ndarray):
        raise TypeError("not an array")
    return value.astype(np.float64, copy=False)


def _optional_array(value: Any) -> np.ndarray | None:
    return None if value is None else _checked_array(value)


def _grads(value: Any) -> tuple[np.ndarray | None, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise TypeError("grads")
    return tuple(_optional_array(g) for g in value)


def _optional_line(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("line")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("text")
    line = value.splitlines()[0] if value.strip() else ""
    return line if len(line) <= _MESSAGE_LIMIT else line[: _MESSAGE_LIMIT - 3] + "..."


def _student_error(value: Any) -> StudentError | None:
    if value is None:
        return None
    if (
        not isinstance(value, dict)
        or value.get("kind") not in ERROR_KINDS
        or value.get("where") not in _WHERE
    ):
        raise ValueError("error")
    return StudentError(
        value["kind"], _text(value["message"]), _optional_line(value.get("line")), value["where"]
    )


def _load_reply(reply: Any) -> list[FunctionInfo]:
    try:
        if not isinstance(reply, dict) or not isinstance(reply.get("ok"), bool):
            raise ValueError("reply")
        if not reply["ok"]:
            kind = reply.get("kind")
            error = LoadError(
                kind if kind in LOAD_ERROR_KINDS else "exception",
                _load_message(reply),
                _optional_line(reply.get("line")),
            )
        else:
            return [_function_info(item) for item in reply["functions"]]
    except (KeyError, TypeError, ValueError):
        message = QT_TRANSLATE_NOOP("Checks", "the file's process sent a malformed reply while loading")
        raise LoadError("crash", sentence(message)) from None
    raise error


def _load_message(reply: dict[str, Any]) -> str:
    """The child's message, as a Text to show in the user's language when the child sent one."""
    message = _text(reply.get("message"))
    if "text" in reply:
        try:
            shown = from_wire(reply["text"])
        except (KeyError, TypeError, ValueError, IndexError, RecursionError):
            return message
        if str.__str__(shown) == message:  # the same sentence, whole and on one line
            return shown
    return message


def _function_info(item: Any) -> FunctionInfo:
    if not isinstance(item, dict):
        raise TypeError("function")
    aliases = item["aliases"]
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise TypeError("aliases")
    n_inputs = _optional_line(item["n_inputs"])
    line = _optional_line(item["line"])
    if item["role"] not in _ROLES or item["base"] not in ("torch", "gradviz"):
        raise ValueError("role")
    if item["style"] not in ("ctx", "setup_context"):
        raise ValueError("style")
    return FunctionInfo(
        name=_text(item["name"]),
        role=item["role"],
        base=item["base"],
        aliases=tuple(aliases),
        line=line or 0,
        n_inputs=n_inputs,
        style=item["style"],
    )

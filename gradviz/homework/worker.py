"""The sandbox's child: load one student file, then evaluate its Functions on request.

`main` is the entry point the parent starts (through multiprocessing). It confines itself (its
own process group, memory limit, temporary working directory, no stdin, stdout and stderr to
/dev/null, argv and SIGINT neutralised, one torch thread), says it has started, loads the file as
a module that is not `__main__`, and serves requests on its own socket until the parent closes it
or kills it. On SIGUSR1 (the parent's, at a timeout) it writes its Python stack to a second
socket and ends, so that the parent can say which line of the file was running.

The wire format, used both ways, never unpickles: a frame is an 8-byte length and a payload; a
payload is a 4-byte header length, a JSON header, then the raw bytes of the arrays the header
describes (numeric dtypes only). A message is a JSON value in which {"__array__": i} stands for
array i.
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import os
import resource
import signal
import socket
import struct
import sys
import warnings
from typing import Any

import numpy as np

from .failure import Text, to_wire
from .functions import FunctionInfo, StudentError, chain, forward_many, invoke
from .inprocess import load_source
from .source import SourceFile

__all__ = ["main", "encode", "decode", "WireError", "MAX_MESSAGE", "send_message", "receive_message"]

MAX_MESSAGE = 256 << 20
_FRAME = struct.Struct("<Q")
_HEADER = struct.Struct("<I")
_ARRAY_KEY = "__array__"


class WireError(ValueError):
    """A message that is not in the wire format."""


def encode(message: Any) -> bytes:
    """`message` (JSON values and numpy arrays) as one payload."""
    arrays: list[np.ndarray] = []

    def strip(value: Any) -> Any:
        if isinstance(value, np.ndarray):
            arrays.append(value if value.flags.c_contiguous else value.copy(order="C"))
            return {_ARRAY_KEY: len(arrays) - 1}
        if isinstance(value, dict):
            return {str(k): strip(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [strip(v) for v in value]
        if isinstance(value, np.generic):
            return value.item()
        return value

    body = strip(message)
    header = json.dumps({"body": body, "arrays": [[a.dtype.str, list(a.shape)] for a in arrays]}).encode()
    return b"".join([_HEADER.pack(len(header)), header, *(a.tobytes() for a in arrays)])


def decode(payload: bytes | bytearray | memoryview) -> Any:
    """The message in `payload`; WireError for anything malformed (nothing in it is executed)."""
    try:
        view = memoryview(payload)
        (size,) = _HEADER.unpack_from(view, 0)
        header = json.loads(bytes(view[_HEADER.size : _HEADER.size + size]))
        offset = _HEADER.size + size
        arrays = []
        for dtype_str, shape in header["arrays"]:
            dtype = np.dtype(str(dtype_str))
            if dtype.kind not in "biuf" or dtype.hasobject or dtype.fields is not None:
                raise WireError(f"unexpected dtype {dtype_str!r}")
            shape = tuple(int(s) for s in shape)
            if any(s < 0 for s in shape):
                raise WireError(f"negative shape {shape}")
            nbytes = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
            if offset + nbytes > len(view):
                raise WireError("arrays longer than the message")
            arrays.append(np.frombuffer(view[offset : offset + nbytes], dtype=dtype).reshape(shape).copy())
            offset += nbytes
        if offset != len(view):
            raise WireError("bytes left after the arrays")
        return _restore(header["body"], arrays)
    except WireError:
        raise
    except Exception as error:  # struct, JSON, types, indices, recursion: all mean a malformed message
        raise WireError(f"malformed message ({type(error).__name__})") from None


def _restore(value: Any, arrays: list[np.ndarray]) -> Any:
    if isinstance(value, dict):
        if set(value) == {_ARRAY_KEY}:
            return arrays[int(value[_ARRAY_KEY])]
        return {k: _restore(v, arrays) for k, v in value.items()}
    if isinstance(value, list):
        return [_restore(v, arrays) for v in value]
    return value


def send_message(sock: socket.socket, message: Any) -> None:
    payload = encode(message)
    sock.sendall(_FRAME.pack(len(payload)) + payload)


def receive_message(sock: socket.socket) -> Any:
    """Blocking receive (the child's side); EOFError when the other end is closed."""
    (size,) = _FRAME.unpack(_receive_exactly(sock, _FRAME.size))
    if size > MAX_MESSAGE:
        raise WireError(f"message of {size} bytes")
    return decode(_receive_exactly(sock, size))


def _receive_exactly(sock: socket.socket, size: int) -> bytearray:
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        n = sock.recv_into(view[got:], size - got)
        if n == 0:
            raise EOFError
        got += n
    return buffer


# --- the child's side -----------------------------------------------------------------------


def main(
    sock: socket.socket,
    source: SourceFile,
    module_name: str,
    workdir: str,
    memory_mb: int,
    stack: socket.socket | None = None,
) -> None:
    """Confine this process, load `source`, reply with its Functions, then serve calls until EOF.

    `stack` receives the Python stack on SIGUSR1, after which the process ends (the signal's
    default action, chained by faulthandler): the parent sends it at a timeout.
    """
    own_group = _own_process_group()
    try:
        _confine(workdir, memory_mb, source.path)
        if stack is not None:
            faulthandler.register(signal.SIGUSR1, file=stack.fileno(), all_threads=False, chain=True)
        send_message(sock, {"started": True})  # before any of the file runs (see Sandbox._wait_for_start)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                loaded = load_source(source, module_name)
        except BaseException as error:  # LoadError, or anything the loader itself did not expect
            kind = getattr(error, "kind", "exception")
            message = error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(error)
            line = getattr(error, "line", None)
            reply = {"ok": False, "kind": kind, "message": str.__str__(message), "line": line}
            if isinstance(message, Text):  # the parent shows it in the user's language
                reply["text"] = to_wire(message)
            send_message(sock, reply)
            return
        send_message(
            sock, {"ok": True, "functions": [_info_message(info) for info, _ in loaded.functions.values()]}
        )
        _serve(sock, loaded.functions, source.path)
    finally:
        if own_group:
            _end_group()


def _own_process_group() -> bool:
    """Lead a new process group, so that the processes the file starts can be ended with this one."""
    try:
        os.setpgid(0, 0)
    except OSError:
        return False
    return os.getpgrp() == os.getpid()


def _end_group() -> None:
    """SIGKILL to this process group: the processes the file started, and this process (last)."""
    with contextlib.suppress(OSError):
        os.killpg(os.getpgrp(), signal.SIGKILL)


def _confine(workdir: str, memory_mb: int, path: str) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which then kills us
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = memory_mb << 20
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)
    sys.stdin = open(os.devnull)  # noqa: SIM115  (lives as long as the process)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    sys.stderr = sys.stdout
    os.chdir(workdir)
    sys.argv = [path]
    for variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[variable] = "1"
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(1)


def _info_message(info: FunctionInfo) -> dict[str, Any]:
    return {
        "name": info.name,
        "role": info.role,
        "base": info.base,
        "aliases": list(info.aliases),
        "line": info.line,
        "n_inputs": info.n_inputs,
        "style": info.style,
    }


def _error_message(error: StudentError | None) -> dict[str, Any] | None:
    if error is None:
        return None
    return {"kind": error.kind, "message": error.message, "line": error.line, "where": error.where}


def _serve(sock: socket.socket, functions: dict[str, tuple[FunctionInfo, type]], filename: str) -> None:
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(1)  # again: the file may have imported torch itself
    while True:
        try:
            request = receive_message(sock)
        except (EOFError, OSError, WireError):
            return
        ident = request.get("id") if isinstance(request, dict) else None
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                reply, error = _answer(sock, request, functions, filename)
        except Exception as failure:  # a bad request: answer it rather than die
            reply, error = (
                {"error": _error_message(StudentError("bad_reply", repr(failure), None, "load"))},
                None,
            )
        reply["id"] = ident
        send_message(sock, reply)
        if error is not None and error.kind == "crash":  # sys.exit() in a call ends the process, as it would
            return


def _answer(
    sock: socket.socket,
    request: dict[str, Any],
    functions: dict[str, tuple[FunctionInfo, type]],
    filename: str,
) -> tuple[dict[str, Any], StudentError | None]:
    op, ident = request["op"], request["id"]
    dtype = request["dtype"]
    if op == "call":
        info, klass = functions[request["name"]]
        result = invoke(
            klass,
            info,
            request["inputs"],
            request["grad_output"],
            dtype,
            filename,
            on_phase=lambda phase: send_message(sock, {"id": ident, "phase": phase}),
        )
        grads = None if result.grads is None else list(result.grads)
        return {"output": result.output, "grads": grads, "error": _error_message(result.error)}, result.error
    if op == "forward_many":
        info, klass = functions[request["name"]]
        outputs = forward_many(klass, info, request["input_sets"], dtype, filename)
        if isinstance(outputs, StudentError):
            return {"error": _error_message(outputs)}, outputs
        return {"outputs": outputs, "error": None}, None
    if op == "chain":
        chained = chain(
            functions[request["linear"]],
            functions[request["mse"]],
            request["linear_inputs"],
            request["y"],
            dtype,
            filename,
        )
        grads = None if chained.grads is None else list(chained.grads)
        message = {
            "loss": chained.loss,
            "grads": grads,
            "dtype": chained.dtype,
            "error": _error_message(chained.error),
        }
        return message, chained.error
    raise ValueError(f"unknown op {op!r}")

"""Sandbox: a student's file in a child process, against hostile files (gradviz Functions: no torch needed).

No test depends on timing: a timeout is asserted by its kind, never by how long it took.
"""

import os
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from gradviz.homework import check_file, worker
from gradviz.homework import sandbox as sandbox_module
from gradviz.homework.inprocess import InProcess
from gradviz.homework.sandbox import LoadError, Sandbox, innermost_line
from gradviz.homework.worker import WireError, decode, encode

FILES = Path(__file__).parent / "sandbox_files"
# Written at test time: a .py file that does not parse would fail the linters in sandbox_files/.
GENERATED = {"syntax_error.py": "import numpy as np\n\n\ndef f(x:\n    return x\n"}


def _line_of(path, text):
    return Path(path).read_text().splitlines().index(text) + 1


@pytest.fixture
def hostile():
    with Sandbox.open(FILES / "hostile.py", call_timeout_s=2, memory_mb=1024) as sandbox:
        yield sandbox


def _regression(rng):
    return rng.normal(size=(7, 5)), rng.normal(size=(5, 3)), rng.normal(size=3), rng.normal(size=(7, 3))


def test_a_gradviz_file_answers_as_in_process(rng):
    X, W, b, Y = _regression(rng)
    G = rng.normal(size=(7, 3))
    local = InProcess.from_path(FILES / "gradviz_ok.py")
    with Sandbox.open(FILES / "gradviz_ok.py") as sandbox:
        assert sandbox.functions() == local.functions()
        remote, here = sandbox.call("MyLin", [X, W, b], G), local.call("MyLin", [X, W, b], G)
        np.testing.assert_array_equal(remote.output, here.output)
        assert len(remote.grads) == 3
        for mine, theirs in zip(remote.grads, here.grads):
            np.testing.assert_array_equal(mine, theirs)
        chained = sandbox.chain("MyLin", "MSELoss", [X, W, b], Y)
        assert chained.error is None and chained.loss == local.chain("MyLin", "MSELoss", [X, W, b], Y).loss
        outputs = sandbox.forward_many("MSELoss", [[X @ W, Y], [Y, Y]])
        assert [float(o) for o in outputs] == [
            float(o) for o in local.forward_many("MSELoss", [[X @ W, Y], [Y, Y]])
        ]
        single = sandbox.call("Square", [np.arange(3.0)], np.ones(3))
        assert len(single.grads) == 1
        np.testing.assert_array_equal(single.grads[0], [0.0, 2.0, 4.0])


def test_the_main_block_does_not_run_and_the_file_runs_in_a_temporary_folder(tmp_path):
    path = tmp_path / "tp1.py"
    path.write_text(
        (FILES / "gradviz_ok.py").read_text()
        + "\nimport os, sys\nopen('written.txt', 'w').write(os.getcwd() + '|' + repr(sys.argv))\n"
    )
    before = set(Path.cwd().iterdir())
    with Sandbox.open(path) as sandbox:
        assert [i.name for i in sandbox.functions()] == ["MyLin", "MSELoss", "Square"]
    assert set(Path.cwd().iterdir()) == before  # it wrote in its own folder, now removed
    assert not (tmp_path / "written.txt").exists()


def test_a_file_printing_a_fake_report_and_garbage_on_fd_1_and_2(rng, capfd):
    X, W, b, _ = _regression(rng)
    with Sandbox.open(FILES / "noisy.py") as sandbox:
        result = sandbox.call("Linear", [X, W, b], np.ones((7, 3)))
    assert result.error is None
    np.testing.assert_allclose(result.output, X @ W + b)
    out, err = capfd.readouterr()
    assert "passed" not in out + err and "garbage" not in out + err


def test_a_notebook_in_the_sandbox_names_cells():
    with Sandbox.open(FILES / "notebook.ipynb") as sandbox:
        (info,) = sandbox.functions()
        assert sandbox.describe_line(info.line) == "code cell 2, line 4"
        result = sandbox.call("Linear", [np.ones((2, 2)), np.ones((2, 2)), np.ones(2)], np.ones((2, 2)))
    assert result.error.kind == "exception" and result.error.where == "backward"
    assert sandbox.describe_line(result.error.line) == "code cell 2, line 12"


@pytest.mark.parametrize(
    ("name", "kind", "message", "line"),
    [
        ("syntax_error.py", "syntax", r"^syntax_error.py, line 4: SyntaxError: ", 4),
        (
            "missing_module.py",
            "missing_module",
            r"^missing_module.py imports gradviz_no_such_module_for_tests, which is not installed: "
            r"pip install gradviz_no_such_module_for_tests$",
            5,
        ),
        (
            "no_function.py",
            "no_function",
            r"^no_function.py: no Linear or MSE Function found: gradviz looks",
            None,
        ),
        ("raises_at_import.py", "exception", r"^raises_at_import.py, line 4: ValueError: matmul", 4),
        (
            "exit_at_import.py",
            "crash",
            r"^exit_at_import.py ended its process while loading \(exit code 0\)",
            None,
        ),
        ("absent.py", "not_found", r"absent.py: no such file", None),
    ],
)
def test_load_errors(tmp_path, name, kind, message, line):
    folder = tmp_path if name in GENERATED else FILES
    if name in GENERATED:
        (tmp_path / name).write_text(GENERATED[name])
    with pytest.raises(LoadError, match=message) as caught:
        Sandbox.open(folder / name)
    assert (caught.value.kind, caught.value.line) == (kind, line)


def test_an_import_that_hangs_is_a_hang_and_says_where():
    loop = _line_of(FILES / "hangs.py", "while True:")  # CPython puts `pass` on the line of `while`
    with pytest.raises(LoadError, match=r"^hangs.py did not finish loading within 1 s") as caught:
        Sandbox.open(FILES / "hangs.py", load_timeout_s=1)
    assert caught.value.kind == "hang" and caught.value.line in (loop, loop + 1)
    assert f"(it was running line {caught.value.line})" in str(caught.value)


def test_os_exit_inside_backward_is_a_crash_and_every_later_call_too(hostile):
    result = hostile.call("ExitInBackward", [np.ones(2)], np.ones(2))
    assert result.error.kind == "crash" and result.error.where == "backward"
    assert "exit code 0" in result.error.message
    later = hostile.call("RaisesInBackward", [np.ones(2)], np.ones(2))
    assert (
        later.error.kind == "crash" and later.error.message == "the file's process ended at an earlier call"
    )
    assert hostile.forward_many("RaisesInBackward", [[np.ones(2)]]).kind == "crash"
    assert hostile.chain("RaisesInBackward", "ExitInBackward", [np.ones(2)], np.ones(2)).error.kind == "crash"


def test_sys_exit_in_a_call_is_a_crash_with_its_line(hostile):
    result = hostile.call("SysExitInBackward", [np.ones(2)], np.ones(2))
    assert result.error.kind == "crash" and result.error.where == "backward"
    assert result.error.line == _line_of(FILES / "hostile.py", "        sys.exit(0)")
    assert hostile.call("RaisesInBackward", [np.ones(2)]).error.kind == "crash"


def test_an_endless_loop_in_forward_is_a_timeout_that_says_where(hostile):
    result = hostile.call("LoopInForward", [np.ones(2)], np.ones(2))
    assert result.error.kind == "timeout" and result.error.where == "forward"
    loop = _line_of(FILES / "hostile.py", "            x = x + 0")
    assert result.error.line == loop
    assert result.error.message.startswith(f"forward did not return within 2 s, still running line {loop}:")
    assert (
        hostile.call("RaisesInBackward", [np.ones(2)]).error.message
        == "the file's process ended at an earlier call"
    )


def test_a_huge_allocation_hits_the_memory_limit_and_the_child_goes_on(hostile):
    result = hostile.call("HugeInForward", [np.ones(1)])
    assert result.error.kind == "exception" and result.error.message.startswith("MemoryError")
    assert result.error.line == _line_of(FILES / "hostile.py", "        return np.ones(3 << 27) * x  # 3 GiB")
    assert hostile.call("RaisesInBackward", [np.ones(2)]).error is None


def test_a_segfault_is_a_crash(hostile):
    result = hostile.call("Segfault", [np.ones(2)])
    assert result.error.kind == "crash" and "SIGSEGV" in result.error.message


def test_an_exception_in_backward_has_the_students_line(hostile):
    result = hostile.call("RaisesInBackward", [np.ones(2)], np.ones(2))
    assert result.error.kind == "exception" and result.error.where == "backward"
    assert result.error.message.startswith("ValueError: not enough values to unpack")
    assert result.error.line == _line_of(
        FILES / "hostile.py", "        x, W = ctx.saved_tensors  # unpacks more than forward saved"
    )
    np.testing.assert_array_equal(result.output, [2.0, 2.0])


def test_a_forward_returning_text_is_a_bad_reply_not_a_crash(hostile):
    result = hostile.call("ReturnsText", [np.ones(2)])
    assert result.error.kind == "bad_reply"
    assert hostile.call("RaisesInBackward", [np.ones(2)]).error is None


def test_a_file_that_writes_to_the_channel_is_a_bad_reply(tmp_path):
    path = tmp_path / "tp1.py"
    path.write_text(
        "import os, socket, struct\nfrom gradviz.engine import Function\n\n"
        "class Liar(Function):\n"
        "    @staticmethod\n"
        "    def forward(ctx, x):\n"
        "        for fd in range(3, 64):\n"
        "            try:\n"
        "                s = socket.socket(fileno=os.dup(fd))\n"
        "            except OSError:\n"
        "                continue\n"
        "            s.sendall(struct.pack('<Q', 5) + b'\\x01\\x00\\x00\\x00{')\n"
        "        return x\n\n"
        "    @staticmethod\n"
        "    def backward(ctx, grad_output):\n"
        "        return grad_output\n"
    )
    with Sandbox.open(path) as sandbox:
        result = sandbox.call("Liar", [np.ones(2)])
        assert result.error is not None and result.error.kind == "bad_reply"
        assert sandbox.call("Liar", [np.ones(2)]).error.kind == "crash"


def test_close_is_idempotent_and_ends_the_child():
    sandbox = Sandbox.open(FILES / "gradviz_ok.py")
    pid = sandbox._process.pid
    sandbox.close()
    sandbox.close()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert sandbox.call("MyLin", [np.ones((1, 1))] * 3).error.kind == "crash"


def test_an_unknown_name_is_a_key_error():
    with (
        Sandbox.open(FILES / "gradviz_ok.py") as sandbox,
        pytest.raises(KeyError, match="the file has: MyLin"),
    ):
        sandbox.call("Nope", [])


def test_the_wire_format_round_trips_and_refuses_what_is_not_numbers():
    message = {"a": [np.arange(6.0).reshape(2, 3), None, np.float32(1.5)], "b": np.array(3, dtype=np.int64)}
    back = decode(encode(message))
    np.testing.assert_array_equal(back["a"][0], message["a"][0])
    assert back["a"][1:] == [None, 1.5] and back["b"].shape == ()
    for payload in (b"", b"\x05\x00\x00\x00{}", encode({"x": np.array(["text"])})):
        with pytest.raises(WireError):
            decode(payload)


def test_the_parent_survives_many_hostile_calls(hostile):
    assert hostile.call("HugeInForward", [np.ones(1)]).error.kind == "exception"
    assert hostile.call("Segfault", [np.ones(2)]).error.kind == "crash"
    with Sandbox.open(FILES / "gradviz_ok.py") as other:  # one file's crash never stops the next
        assert other.call("Square", [np.ones(2)]).error is None


def test_the_innermost_line_of_the_file_in_a_stack_dump():
    stack = (
        "Stack (most recent call first):\n"
        '  File "/usr/lib/numpy/core/numeric.py", line 9 in ones\n'
        '  File "/home/s/t\\xe9p1.py", line 12 in forward\n'
        '  File "/home/s/t\\xe9p1.py", line 30 in <module>\n'
        '  File "/x/gradviz/homework/functions.py", line 380 in invoke\n'
    )
    assert innermost_line(stack, "/home/s/t\u00e9p1.py") == 12
    assert innermost_line(stack, "/home/s/tp1.py") is None
    assert innermost_line("garbage\n\x00", "/home/s/tp1.py") is None


def test_gradviz_failing_to_start_a_child_is_not_the_files_fault(monkeypatch):
    def cannot(process):
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(sandbox_module, "_start", cannot)
    with pytest.raises(
        LoadError, match=r"^gradviz could not start a process to check the file: OSError: "
    ) as caught:
        Sandbox.open(FILES / "gradviz_ok.py")
    assert caught.value.kind == "internal"
    report = check_file(FILES / "gradviz_ok.py")
    assert not report.loaded and report.error_kind == "internal"


def test_a_child_that_ends_before_it_loads_the_file_is_gradvizs_failure(monkeypatch, capfd):
    monkeypatch.setattr(worker, "main", print)  # the child prints its arguments and returns: no file ran
    with pytest.raises(
        LoadError, match=r"^gradviz could not start a process to check the file: it ended"
    ) as caught:
        Sandbox.open(FILES / "gradviz_ok.py")
    assert caught.value.kind == "internal" and "os._exit" not in str(caught.value)
    capfd.readouterr()


def _ended(pid: int, within_s: float = 20.0) -> bool:
    """Whether process `pid` has ended (gone, or a zombie nobody reaps), polling for at most `within_s`."""
    deadline = time.monotonic() + within_s
    while True:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state in ("Z", "X"):
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("how", ["close", "crash"])
def test_the_processes_a_file_starts_end_with_it(tmp_path, how):
    pid_file = tmp_path / "sleep.pid"
    path = tmp_path / "tp1.py"
    path.write_text(
        "import os, subprocess\nfrom gradviz.engine import Function\n\n"
        "child = subprocess.Popen(['sleep', '1000'])\n"
        f"open({str(pid_file)!r}, 'w').write(str(child.pid))\n\n\n"
        "class Exits(Function):\n"
        "    @staticmethod\n"
        "    def forward(ctx, x):\n"
        "        os._exit(3)\n\n"
        "    @staticmethod\n"
        "    def backward(ctx, grad_output):\n"
        "        return grad_output\n"
    )
    sandbox = Sandbox.open(path)
    pid = int(pid_file.read_text())
    try:
        assert not _ended(pid, within_s=0)
        if how == "crash":  # the child is gone already; what it started must go all the same
            assert sandbox.call("Exits", [np.ones(2)]).error.kind == "crash"
        sandbox.close()
        assert _ended(pid)
    finally:
        if not _ended(pid, within_s=0):
            os.kill(pid, 9)

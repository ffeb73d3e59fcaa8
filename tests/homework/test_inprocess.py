"""InProcess: the contract's methods over Functions loaded in this process (no torch needed)."""

import sys
from pathlib import Path

import numpy as np
import pytest

from gradviz.engine import MSE, Linear
from gradviz.homework.inprocess import InProcess, LoadError, module_name_for

FILES = Path(__file__).parent / "sandbox_files"
# Written at test time: a .py file that does not parse would fail the linters in sandbox_files/.
GENERATED = {"syntax_error.py": "import numpy as np\n\n\ndef f(x:\n    return x\n"}


def _line_of(path, text):
    return Path(path).read_text().splitlines().index(text) + 1


def test_from_path_loads_the_file_as_a_module_that_is_not_main(capfd):
    backend = InProcess.from_path(FILES / "gradviz_ok.py")  # its __main__ block raises SystemExit(3)
    names = {info.name: info for info in backend.functions()}
    assert set(names) == {"MyLin", "MSELoss", "Square"}
    assert (names["MyLin"].role, names["MSELoss"].role, names["Square"].role) == ("linear", "mse", "other")
    assert names["MyLin"].aliases == ("linear",)
    assert names["MyLin"].line == _line_of(FILES / "gradviz_ok.py", "class MyLin(Function):")
    assert (
        backend.function_class("MyLin").__module__ == module_name_for("gradviz_ok.py") == "student_gradviz_ok"
    )
    assert sys.modules["student_gradviz_ok"].linear == backend.function_class("MyLin").apply


def test_from_path_swallows_the_files_output(capfd):
    InProcess.from_path(FILES / "noisy.py")
    out, err = capfd.readouterr()
    assert "all checks passed" not in out + err


def test_call_chain_and_forward_many(rng):
    backend = InProcess.from_path(FILES / "gradviz_ok.py")
    X, W, b, Y = rng.normal(size=(7, 5)), rng.normal(size=(5, 3)), rng.normal(size=3), rng.normal(size=(7, 3))
    G = rng.normal(size=(7, 3))
    result = backend.call("MyLin", [X, W, b], G)
    np.testing.assert_allclose(result.output, X @ W + b)
    np.testing.assert_allclose(result.grads[1], X.T @ G)
    chained = backend.chain("MyLin", "MSELoss", [X, W, b], Y)
    np.testing.assert_allclose(chained.grads[1], 2 / 7 * X.T @ (X @ W + b - Y))
    outputs = backend.forward_many("MSELoss", [[X @ W, Y], [Y, Y]])
    assert float(outputs[0]) == pytest.approx(np.sum((X @ W - Y) ** 2) / 7)
    assert float(outputs[1]) == 0.0


def test_a_dict_of_classes_is_a_backend(rng):
    backend = InProcess({"Linear": Linear, "MSE": MSE, "mse": MSE.apply})
    assert [(i.name, i.role, i.aliases) for i in backend.functions()] == [
        ("Linear", "linear", ()),
        ("MSE", "mse", ("mse",)),
    ]
    X, Y = rng.normal(size=(4, 2)), rng.normal(size=(4, 1))
    assert backend.chain("Linear", "MSE", [X, np.zeros((2, 1)), np.zeros(1)], Y).loss == pytest.approx(
        np.sum(Y**2) / 4
    )


def test_an_unknown_name_is_a_key_error_naming_the_known_ones():
    with pytest.raises(KeyError, match=r"no Function named 'Nope' \(the file has: Linear\)"):
        InProcess({"Linear": Linear}).call("Nope", [])


def test_a_sys_exit_in_a_call_ends_the_file_as_in_the_sandbox():
    backend = InProcess.from_path(FILES / "hostile.py")
    first = backend.call("SysExitInBackward", [np.ones(2)], np.ones(2))
    assert first.error.kind == "crash" and first.error.where == "backward"
    assert first.error.line == _line_of(FILES / "hostile.py", "        sys.exit(0)")
    later = backend.call("ExitInBackward", [np.ones(2)])
    assert later.error.kind == "crash" and "earlier call" in later.error.message


@pytest.mark.parametrize(
    ("name", "kind", "message", "line"),
    [
        (
            "syntax_error.py",
            "syntax",
            r"^syntax_error.py, line 4: SyntaxError: .*\(fix the line and check again\)$",
            4,
        ),
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
            r"no Linear or MSE Function found: gradviz looks for subclasses",
            None,
        ),
        ("raises_at_import.py", "exception", r"^raises_at_import.py, line 4: ValueError: matmul", 4),
        ("absent.py", "not_found", r"absent.py: no such file \(check the path\)", None),
    ],
)
def test_load_errors(tmp_path, name, kind, message, line):
    folder = tmp_path if name in GENERATED else FILES
    if name in GENERATED:
        (tmp_path / name).write_text(GENERATED[name])
    with pytest.raises(LoadError, match=message) as caught:
        InProcess.from_path(folder / name)
    assert caught.value.kind == kind
    assert caught.value.line == line
    assert isinstance(caught.value, ValueError)


def test_sys_exit_at_import_is_a_load_error_with_its_line(tmp_path):
    path = tmp_path / "tp1.py"
    path.write_text("import sys\n\nsys.exit(0)\n")
    with pytest.raises(
        LoadError, match=r"tp1.py, line 3: the file calls sys.exit\(0\) while it loads"
    ) as caught:
        InProcess.from_path(path)
    assert caught.value.kind == "exception" and caught.value.line == 3


def test_a_file_importing_torch_where_torch_is_missing(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)  # `import torch` now fails as if it were not installed
    path = tmp_path / "tp1.py"
    path.write_text("import numpy\nimport torch\n")
    with pytest.raises(
        LoadError, match=r"^tp1.py uses PyTorch, which is not installed: pip install torch$"
    ) as caught:
        InProcess.from_path(path)
    assert caught.value.kind == "torch_missing" and caught.value.line == 2


def test_a_notebook_error_names_the_cell_and_its_line():
    backend = InProcess.from_path(FILES / "notebook.ipynb")
    assert [i.name for i in backend.functions()] == ["Linear"]
    result = backend.call("Linear", [np.ones((2, 2)), np.ones((2, 2)), np.ones(2)], np.ones((2, 2)))
    assert result.error.kind == "exception" and result.error.where == "backward"
    assert backend.describe_line(result.error.line) == "code cell 2, line 12"
    assert backend.describe_line(backend.functions()[0].line) == "code cell 2, line 4"


def test_a_notebook_syntax_error_names_the_cell(tmp_path):
    path = tmp_path / "tp1.ipynb"
    cells = [{"cell_type": "code", "source": "x = 1\n"}, {"cell_type": "code", "source": "%time x\ny = (\n"}]
    path.write_text(__import__("json").dumps({"cells": cells, "nbformat": 4}))
    with pytest.raises(LoadError, match=r"^tp1.ipynb, code cell 2, line 2: SyntaxError") as caught:
        InProcess.from_path(path)
    assert caught.value.kind == "syntax"

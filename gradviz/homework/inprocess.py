"""The student's Functions in this process: `InProcess`, the same methods as `Sandbox`, no child.

For the window (training with the student's Functions) and for fast unit tests of the checks. A
file loaded here runs with no timeout and no memory limit: `gradviz check` uses `Sandbox`.
`load_source` is also what the sandbox's child runs to load a file.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import linecache
import os
import re
import sys
import types
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..i18n import QT_TRANSLATE_NOOP
from .failure import text
from .functions import (
    CallResult,
    ChainResult,
    FunctionInfo,
    LoadError,
    StudentError,
    find_functions,
    one_line,
    quiet_warnings,
    student_line,
)
from .functions import chain as chain_call
from .functions import forward_many as forward_many_call
from .functions import invoke as invoke_call
from .source import SourceFile, read_source

__all__ = [
    "InProcess",
    "LoadError",
    "LoadedFile",
    "load_source",
    "module_name_for",
    "read_for_loading",
    "PIP_NAMES",
]

# Import names whose pip package is named differently.
PIP_NAMES = {
    "sklearn": "scikit-learn",
    "cv2": "opencv-python",
    "PIL": "pillow",
    "yaml": "pyyaml",
    "skimage": "scikit-image",
    "bs4": "beautifulsoup4",
    "dateutil": "python-dateutil",
}

_NO_FUNCTION = QT_TRANSLATE_NOOP(
    "Checks",
    "{name}: no Linear or MSE Function found: gradviz looks for subclasses of torch.autograd.Function or "
    "gradviz.engine.Function (define them in the file, e.g. `class Linear(torch.autograd.Function):`)",
)
ENDED = "the file's process ended at an earlier call"


def module_name_for(path: str | Path) -> str:
    """'student_tp1' for tp1.py: never '__main__', so `if __name__ == "__main__":` blocks do not run."""
    return "student_" + re.sub(r"\W", "_", Path(path).stem)


def read_for_loading(path: str | Path) -> SourceFile:
    """read_source, with its errors as LoadError ("not_found", or "syntax" for an unreadable file
    or one that is not Python: a CSV's `a,b` would run, and fail as a NameError)."""
    try:
        source = read_source(path)
    except FileNotFoundError:
        message = QT_TRANSLATE_NOOP("Checks", "{path}: no such file (check the path)")
        raise LoadError("not_found", text(message, path=str(path))) from None
    except IsADirectoryError:
        message = QT_TRANSLATE_NOOP("Checks", "{path} is a folder, not a file: give the .py or .ipynb file")
        raise LoadError("not_found", text(message, path=str(path))) from None
    except PermissionError:
        message = QT_TRANSLATE_NOOP(
            "Checks", "{path} cannot be read (permission denied): check its permissions"
        )
        raise LoadError("not_found", text(message, path=str(path))) from None
    except ValueError as error:
        raise LoadError("syntax", error.args[0] if error.args else str(error)) from None
    if Path(path).suffix.lower() not in (".py", ".ipynb"):
        message = QT_TRANSLATE_NOOP(
            "Checks", "{path} is not a .py file or an .ipynb notebook: give your tp1.py (or rename it)"
        )
        raise LoadError("syntax", text(message, path=str(path)))
    return source


@dataclass(frozen=True)
class LoadedFile:
    module: types.ModuleType
    source: SourceFile
    functions: dict[str, tuple[FunctionInfo, type]]


def load_source(source: SourceFile, module_name: str) -> LoadedFile:
    """Run `source` as module `module_name` (registered in sys.modules) and find its Functions.

    Raises LoadError for a syntax error, a missing module, an exception at import (SystemExit
    included) or no Function. The caller chooses where stdout goes.
    """
    try:
        code = compile(source.text, source.path, "exec", dont_inherit=True)
    except SyntaxError as error:
        line = error.lineno
        message = QT_TRANSLATE_NOOP("Checks", "{where}: {error}: {message} (fix the line and check again)")
        where = source.where(line)
        raise LoadError(
            "syntax", text(message, where=where, error=type(error).__name__, message=error.msg), line
        ) from None
    except ValueError as error:  # null bytes
        message = QT_TRANSLATE_NOOP("Checks", "{name}: {error} (save the file as plain UTF-8 text)")
        raise LoadError("syntax", text(message, name=source.name, error=str(error))) from None
    lines = source.text.splitlines(keepends=True)
    linecache.cache[source.path] = (len(source.text), None, lines, source.path)  # tracebacks show the cells
    module = types.ModuleType(module_name)
    module.__file__ = source.path
    sys.modules[module_name] = module
    try:
        with _on_path(os.path.dirname(os.path.abspath(source.path))):
            exec(code, module.__dict__)
    except BaseException as error:  # the file may raise anything while it loads, SystemExit included
        sys.modules.pop(module_name, None)
        if isinstance(error, KeyboardInterrupt) and student_line(error, source.path) is None:
            raise
        raise _load_error(error, source) from None
    functions = find_functions(vars(module), module_name, source.class_lines())
    if not functions:
        raise LoadError("no_function", text(_NO_FUNCTION, name=source.name))
    return LoadedFile(module, source, functions)


@contextlib.contextmanager
def _on_path(folder: str) -> Iterator[None]:
    """The file's folder first on sys.path while it loads, as `python tp1.py` would have it."""
    sys.path.insert(0, folder)
    try:
        yield
    finally:
        with contextlib.suppress(ValueError):
            sys.path.remove(folder)


def _load_error(error: BaseException, source: SourceFile) -> LoadError:
    line = student_line(error, source.path)
    if isinstance(error, ModuleNotFoundError) and error.name:
        top = error.name.split(".")[0]
        if top == "torch" and importlib.util.find_spec("torch") is None:
            message = QT_TRANSLATE_NOOP(
                "Checks", "{name} uses PyTorch, which is not installed: pip install torch"
            )
            return LoadError("torch_missing", text(message, name=source.name), line)
        if top != "torch":
            message = QT_TRANSLATE_NOOP(
                "Checks", "{name} imports {module}, which is not installed: pip install {package}"
            )
            package = PIP_NAMES.get(top, top)
            return LoadError(
                "missing_module", text(message, name=source.name, module=top, package=package), line
            )
    if isinstance(error, SystemExit):
        message = QT_TRANSLATE_NOOP(
            "Checks",
            "{where}: the file calls sys.exit({code}) while it loads; remove the call "
            'or put the code that runs it under `if __name__ == "__main__":`',
        )
        return LoadError("exception", text(message, where=source.where(line), code=repr(error.code)), line)
    if isinstance(error, SyntaxError) and line is None:  # in a module the file imports
        message = QT_TRANSLATE_NOOP("Checks", "{name} imports a file that does not parse: {error}")
        return LoadError("syntax", text(message, name=source.name, error=one_line(error)), None)
    message = QT_TRANSLATE_NOOP(
        "Checks",
        "{where}: {error} (raised while the file loads: fix it, "
        'or put the code that runs it under `if __name__ == "__main__":`)',
    )
    return LoadError("exception", text(message, where=source.where(line), error=one_line(error)), line)


class InProcess:
    """The contract's methods over Functions already in this process.

    `namespace` is a module (only the classes it defines count), or a mapping of names to
    classes and `.apply` aliases (all Functions in it count).
    """

    def __init__(
        self, namespace: types.ModuleType | Mapping[str, Any], source: SourceFile | None = None
    ) -> None:
        if isinstance(namespace, types.ModuleType):
            mapping: Mapping[str, Any] = vars(namespace)
            module_name: str | None = namespace.__name__
        else:
            mapping, module_name = namespace, None
        self.source = source
        self._functions = find_functions(mapping, module_name, source.class_lines() if source else None)
        self._ended = False

    @classmethod
    def from_path(cls, path: str | Path) -> InProcess:
        """Load a .py or .ipynb file in this process (its prints are swallowed); LoadError as Sandbox.open."""
        source = read_for_loading(path)
        with _swallowed_output(), quiet_warnings():
            loaded = load_source(source, module_name_for(path))
        backend = cls.__new__(cls)
        backend.source = source
        backend._functions = loaded.functions
        backend._ended = False
        return backend

    def functions(self) -> list[FunctionInfo]:
        return [info for info, _ in self._functions.values()]

    def function_class(self, name: str) -> type:
        """The student's class itself (for training with it in the window)."""
        return self._entry(name)[1]

    def describe_line(self, line: int | None) -> str:
        """'line 12', or 'code cell 3, line 4' for a notebook (the lines in errors and FunctionInfo)."""
        if self.source is not None:
            return self.source.describe(line)
        return "" if line is None else f"line {line}"

    def call(
        self,
        name: str,
        inputs: Sequence[np.ndarray],
        grad_output: np.ndarray | None = None,
        dtype: str = "float64",
    ) -> CallResult:
        info, klass = self._entry(name)
        if self._ended:
            return CallResult(None, None, StudentError("crash", ENDED, None, "forward"))
        with quiet_warnings():
            result = invoke_call(klass, info, inputs, grad_output, dtype, _filename(klass))
        self._note(result.error)
        return result

    def forward_many(
        self, name: str, input_sets: Sequence[Sequence[np.ndarray]], dtype: str = "float64"
    ) -> list[np.ndarray] | StudentError:
        info, klass = self._entry(name)
        if self._ended:
            return StudentError("crash", ENDED, None, "forward")
        with quiet_warnings():
            result = forward_many_call(klass, info, input_sets, dtype, _filename(klass))
        self._note(result if isinstance(result, StudentError) else None)
        return result

    def chain(
        self,
        linear: str,
        mse: str,
        linear_inputs: Sequence[np.ndarray],
        y: np.ndarray,
        dtype: str = "float32",
    ) -> ChainResult:
        first, second = self._entry(linear), self._entry(mse)
        if self._ended:
            return ChainResult(None, None, dtype, StudentError("crash", ENDED, None, "chain"))
        with quiet_warnings():
            result = chain_call(first, second, linear_inputs, y, dtype, _filename(first[1]))
        self._note(result.error)
        return result

    def close(self) -> None:
        pass

    def __enter__(self) -> InProcess:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _entry(self, name: str) -> tuple[FunctionInfo, type]:
        try:
            return self._functions[name]
        except KeyError:
            known = ", ".join(self._functions) or "none"
            raise KeyError(f"no Function named {name!r} (the file has: {known})") from None

    def _note(self, error: StudentError | None) -> None:
        # A sys.exit() inside a call ends the sandbox's child; here the file stays ended as well,
        # so that both backends answer the same.
        if error is not None and error.kind == "crash":
            self._ended = True


def _filename(klass: type) -> str | None:
    code = getattr(getattr(klass, "forward", None), "__code__", None)
    if code is not None:
        return str(code.co_filename)
    module = sys.modules.get(klass.__module__)
    return getattr(module, "__file__", None)


@contextlib.contextmanager
def _swallowed_output() -> Iterator[None]:
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        yield

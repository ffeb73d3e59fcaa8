"""A student's file as Python source: a .py file, or the code cells of a .ipynb notebook, in order.

A notebook's cells are joined into one source, one line of a cell per line of the source, so that
every line of the joined source maps back to "code cell k, line j". IPython magics (`%...`, `!...`)
become blank lines: the numbering stays the same and the rest still compiles.
"""

from __future__ import annotations

import ast
import io
import json
import tokenize
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP
from .failure import text as sentence

__all__ = ["SourceFile", "read_source"]

# Cell magics whose body is Python: only the `%%` line goes. Any other cell magic (%%bash,
# %%html...) makes the whole cell something else than Python, so the whole cell goes.
_PYTHON_CELL_MAGICS = ("%%time", "%%timeit", "%%capture", "%%prun")


@dataclass(frozen=True)
class SourceFile:
    """The text that runs, and where each of its lines came from.

    `cells[i]` is (cell, line) for line i + 1 of `text`, both 1-based, cell counting code cells only;
    empty for a .py file, whose lines are its own.
    """

    path: str
    text: str
    cells: tuple[tuple[int, int], ...] = ()

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def is_notebook(self) -> bool:
        return bool(self.cells) or self.path.endswith(".ipynb")

    def cell_line(self, line: int) -> tuple[int | None, int]:
        """(code cell, line in that cell) of a line of `text`; (None, line) for a .py file."""
        if not self.is_notebook:
            return None, line
        if 1 <= line <= len(self.cells):
            return self.cells[line - 1]
        return None, line

    def describe(self, line: int | None) -> str:
        """'line 12', or 'code cell 3, line 4' in a notebook; '' when the line is unknown."""
        if line is None:
            return ""
        cell, in_cell = self.cell_line(line)
        if cell is None:
            return sentence(QT_TRANSLATE_NOOP("Checks", "line {line}"), line=in_cell)
        return sentence(QT_TRANSLATE_NOOP("Checks", "code cell {cell}, line {line}"), cell=cell, line=in_cell)

    def where(self, line: int | None) -> str:
        """'tp1.py, line 12' (or just 'tp1.py' when the line is unknown): the start of an error message."""
        described = self.describe(line)
        return sentence("{name}, {line}", name=self.name, line=described) if described else self.name

    def class_lines(self) -> dict[str, int]:
        """Line of the last top-level `class NAME` statement for each name (the one that runs last)."""
        try:
            tree = ast.parse(self.text)
        except (SyntaxError, ValueError):
            return {}
        return {node.name: node.lineno for node in tree.body if isinstance(node, ast.ClassDef)}


def read_source(path: str | Path) -> SourceFile:
    """Read a .py file or a notebook. FileNotFoundError if it is missing; ValueError if unreadable."""
    path = Path(path)
    data = path.read_bytes()  # FileNotFoundError / IsADirectoryError name the path themselves
    if path.suffix.lower() == ".ipynb":
        return _read_notebook(path, data)
    return SourceFile(str(path), _decode_python(path, data))


def _decode_python(path: Path, data: bytes) -> str:
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)  # honours a `coding:` line
    except SyntaxError as error:
        raise ValueError(
            sentence(
                QT_TRANSLATE_NOOP("Checks", "{name}: {error} (save the file as UTF-8)"),
                name=path.name,
                error=str(error),
            )
        ) from None
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        offset = getattr(error, "start", 0)
        line = data.count(b"\n", 0, offset) + 1
        message = QT_TRANSLATE_NOOP(
            "Checks", "{name}, line {line}: the file is not {encoding} text ({error}); save it as UTF-8"
        )
        raise ValueError(
            sentence(message, name=path.name, line=line, encoding=encoding, error=error.__class__.__name__)
        ) from None


def _read_notebook(path: Path, data: bytes) -> SourceFile:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        message = QT_TRANSLATE_NOOP(
            "Checks", "{name} is not UTF-8 text, so it is not a notebook: save it from Jupyter again"
        )
        raise ValueError(sentence(message, name=path.name)) from None
    try:
        notebook = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        reason: str
        if isinstance(error, json.JSONDecodeError):
            reason = sentence(
                QT_TRANSLATE_NOOP("Checks", "line {line}: {error}"), line=error.lineno, error=str(error)
            )
        else:
            reason = str(error)
        message = QT_TRANSLATE_NOOP(
            "Checks",
            "{name} is not valid JSON ({reason}), so it is not a notebook: save it from Jupyter again, "
            "or give the .py file",
        )
        raise ValueError(sentence(message, name=path.name, reason=reason)) from None
    lines: list[str] = []
    cells: list[tuple[int, int]] = []
    for number, cell_source in enumerate(_code_cells(path, notebook), start=1):
        for in_cell, line in enumerate(_python_lines(cell_source), start=1):
            lines.append(line)
            cells.append((number, in_cell))
    return SourceFile(str(path), "".join(f"{line}\n" for line in lines), tuple(cells))


def _code_cells(path: Path, notebook: Any) -> list[str]:
    """The sources of the code cells, in order (nbformat 4, and 3's worksheets)."""
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    if cells is None and isinstance(notebook, dict) and isinstance(notebook.get("worksheets"), list):
        cells = [
            c for sheet in notebook["worksheets"] if isinstance(sheet, dict) for c in sheet.get("cells", [])
        ]
    if not isinstance(cells, list):
        message = QT_TRANSLATE_NOOP(
            "Checks",
            "{name} is JSON but not a Jupyter notebook (it has no list of cells): "
            "give a .ipynb saved by Jupyter, or the .py file",
        )
        raise ValueError(sentence(message, name=path.name))
    sources = []
    for cell in cells:
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source", cell.get("input", ""))
        if isinstance(source, list):
            source = "".join(str(part) for part in source)
        if not isinstance(source, str):
            message = QT_TRANSLATE_NOOP(
                "Checks", "{name}: a code cell's source is not text; save the notebook from Jupyter again"
            )
            raise ValueError(sentence(message, name=path.name))
        sources.append(source)
    return sources


def _python_lines(cell_source: str) -> list[str]:
    lines = cell_source.splitlines()
    if not lines:
        return []
    first = lines[0].lstrip()
    if first.startswith("%%"):
        if first.split()[0] not in _PYTHON_CELL_MAGICS:
            return [""] * len(lines)
        lines[0] = ""
    return ["" if line.lstrip().startswith(("%", "!")) else line for line in lines]

"""Reading a student's .py file or notebook into source text, with lines that map back to cells."""

import json
from pathlib import Path

import pytest

from gradviz.homework.source import SourceFile, read_source

FILES = Path(__file__).parent / "sandbox_files"


def test_a_py_file_is_its_own_text_and_lines():
    source = read_source(FILES / "gradviz_ok.py")
    assert source.text == (FILES / "gradviz_ok.py").read_text()
    assert not source.is_notebook
    assert source.describe(12) == "line 12"
    assert source.where(12) == "gradviz_ok.py, line 12"
    assert source.where(None) == "gradviz_ok.py"


def test_a_notebook_joins_its_code_cells_in_order_and_blanks_magics():
    source = read_source(FILES / "notebook.ipynb")
    lines = source.text.splitlines()
    assert source.is_notebook
    assert len(lines) == len(source.cells)
    assert lines[:5] == ["", "import numpy as np", "", "", "from gradviz.engine import Function"]
    assert lines[5:9] == ["", "", "", "class Linear(Function):"]  # %%time: only the magic line goes
    assert lines[18:21] == ["", "", ""]  # %%bash: the whole cell goes
    assert lines[21] == "linear = Linear.apply"
    compile(source.text, source.path, "exec")


def test_notebook_lines_map_back_to_code_cell_and_line():
    source = read_source(FILES / "notebook.ipynb")
    text_line = source.text.splitlines().index("        X, W, b = ctx.saved_tensors") + 1
    assert source.cell_line(text_line) == (2, 12)
    assert source.describe(text_line) == "code cell 2, line 12"
    assert source.where(1) == "notebook.ipynb, code cell 1, line 1"


def test_class_lines_name_the_last_top_level_class_statement():
    source = SourceFile("x.py", "class A:\n    pass\n\n\nclass A:\n    class B:\n        pass\n")
    assert source.class_lines() == {"A": 5}


def test_a_coding_declaration_is_honoured(tmp_path):
    path = tmp_path / "latin.py"
    path.write_bytes("# -*- coding: latin-1 -*-\nname = 'é'\n".encode("latin-1"))
    assert "name = 'é'" in read_source(path).text


def test_a_file_that_is_not_utf8_is_a_clear_error(tmp_path):
    path = tmp_path / "tp1.py"
    path.write_bytes(b"x = 1\ny = '\xe9'\n")
    with pytest.raises(ValueError, match=r"tp1.py, line 2: .*not utf-8 text.*save it as UTF-8"):
        read_source(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", r"tp1.ipynb is not valid JSON \(line 1: .*save it from Jupyter again"),
        (b'{"metadata": {}}', r"tp1.ipynb is JSON but not a Jupyter notebook"),
        (b"[1, 2]", r"tp1.ipynb is JSON but not a Jupyter notebook"),
        (b"\xff\xfe{}", r"tp1.ipynb is not UTF-8 text"),
    ],
)
def test_an_unreadable_notebook_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "tp1.ipynb"
    path.write_bytes(content)
    with pytest.raises(ValueError, match=message):
        read_source(path)


def test_nbformat_3_worksheets_are_read(tmp_path):
    path = tmp_path / "old.ipynb"
    notebook = {
        "worksheets": [{"cells": [{"cell_type": "code", "input": ["x = 1\n", "y = 2"]}]}],
        "nbformat": 3,
    }
    path.write_text(json.dumps(notebook))
    assert read_source(path).text == "x = 1\ny = 2\n"


def test_a_missing_file_is_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_source(tmp_path / "absent.py")

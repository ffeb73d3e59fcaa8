"""The README's "Read the engine" table stays true: each file's line count, and each test it names."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ROW = re.compile(r"^\| (\w+\.py) \| (\d+) \| [^|]+ \| (tests/\S+\.py)::(\w+) \|$", re.MULTILINE)


def _rows() -> list[tuple[str, int, str, str]]:
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Read the engine", 1)[1]
    section = section.split("\n## ", 1)[0]
    return [(name, int(lines), test_file, test) for name, lines, test_file, test in ROW.findall(section)]


def test_the_table_lists_the_five_files_of_the_exercise():
    files = ["autograd.py", "functions.py", "gradcheck.py", "optimizers.py", "trainer.py"]
    assert [row[0] for row in _rows()] == files


@pytest.mark.parametrize("name, lines, test_file, test", _rows())
def test_each_row_gives_the_file_length_and_a_test_that_exists(name, lines, test_file, test):
    source = (ROOT / "gradviz" / "engine" / name).read_text(encoding="utf-8")
    assert len(source.splitlines()) == lines, f"README says {name} has {lines} lines"
    assert re.search(rf"^def {test}\(", (ROOT / test_file).read_text(encoding="utf-8"), re.MULTILINE)

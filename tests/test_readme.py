"""The README stays true: the "Read the engine" table (line counts, tests) and the keys of `train --json`."""

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


def test_the_train_json_keys_are_the_ones_the_readme_lists(capsys):
    from gradviz import cli

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = re.search(r"With `--json` it prints one object with the keys `([^`]+)`", text)
    assert listed, "the README no longer lists train's --json keys"
    assert cli.main(["train", "--dataset", "penguins", "--steps", "2", "--json"]) == 0
    keys = __import__("json").loads(capsys.readouterr().out)
    assert [key.strip() for key in re.split(r",\s*", listed.group(1))] == list(keys)

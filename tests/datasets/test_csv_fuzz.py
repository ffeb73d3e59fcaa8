"""Fuzzing CSV import: any file loads as finite numbers, or is refused with a CSVError that names it.

`make test` runs a quick tier. The long tier runs the same properties on many more files:
`.venv/bin/python -m pytest tests/datasets/test_csv_fuzz.py -m fuzz_long -s` (it prints its counts).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, seed, settings
from hypothesis import strategies as st

from gradviz.cli import main
from gradviz.datasets import CSVError, from_csv, read_table
from gradviz.datasets.csv_text import HEAD_BYTES

pytestmark = pytest.mark.filterwarnings("error")  # never a warning, whatever the run's options

QUICK = 150  # files in `make test`
LONG_PARTS, LONG_PART = 5, 500  # the long run: 2,500 files in parts, each under faulthandler_timeout

NUMBERS = st.one_of(
    st.integers(-(10**6), 10**6).map(str),
    st.floats().map(repr),  # any float64, nan and inf included
    st.floats(width=32).map(lambda v: f"{v:g}"),
    st.sampled_from(
        "1e308 -1e308 1.7976931348623157e308 1e-320 -4.9e-324 inf -inf nan 1e999 -1e999 1e400 "
        "0 -0 1_000 ١٢ +1 .5 1. 1e 0x10 1,5 1.5.2 --1".split()
    ),
    st.sampled_from([" 1 ", "\t2", "3\x1c", "\u20074"]),
)
MISSING = st.sampled_from(["", " ", "NA", "n/a", "nan", "NULL", "None", "?", "#N/A"])
TEXT = st.one_of(
    st.text(max_size=8),  # any character: quotes, delimiters, line breaks, controls
    st.sampled_from(['"quoted, cell"', '"unclosed', 'a""b', '"a""b"', '"', '""', "é", "x y", '"2\n3"']),
)
CELL = st.one_of(NUMBERS, NUMBERS, NUMBERS, MISSING, TEXT)
PLAIN = st.one_of(st.integers(-999, 999).map(str), st.floats(-1e6, 1e6).map(repr))
PLAIN_NAME = st.sampled_from(["x", "y", "x", "", "col2", "é", "w_1"])
NAME = st.one_of(PLAIN_NAME, st.sampled_from([" y ", "a,b", '"q"', "x y"]), st.text(max_size=5))
DELIMITERS = [",", ";", "\t", "|", " ", "  "]
ENDINGS = ["\n", "\r\n", "\r"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "latin-1"]
FILE_NAMES = ["data.csv", "my data.txt", "données.tsv", "table.CSV"]


@st.composite
def csv_text(draw: st.DrawFn) -> bytes:
    """A CSV file: a third of them of any cells, the others of plain numbers with a few flaws."""
    hostile = draw(st.integers(0, 2)) == 0
    cell, name = (CELL, NAME) if hostile else (PLAIN, PLAIN_NAME)
    width = draw(st.sampled_from([1, 2, 2, 3, 3, 4, 5, 8, 40]))
    delimiter = draw(st.sampled_from(DELIMITERS))
    lines = []
    if draw(st.booleans()):
        lines.append(delimiter.join(draw(st.lists(name, min_size=width, max_size=width))))
    for _ in range(draw(st.integers(0 if hostile else 2, 12))):
        cells = draw(st.lists(cell, min_size=width, max_size=width))
        flaw = draw(st.integers(0, 29 if hostile else 59))
        if flaw == 0:  # a ragged row
            cells = cells[: draw(st.integers(0, width))] or cells + [draw(cell)]
        elif flaw == 1:
            cells[draw(st.integers(0, width - 1))] = "9" * draw(st.sampled_from([131_072, 131_073, 200_000]))
        elif flaw in (2, 3):
            cells[draw(st.integers(0, width - 1))] = draw(CELL)
        lines.append(delimiter.join(cells))
        if flaw == 4:
            lines.append(draw(st.sampled_from(["", "  ", delimiter * width])))
    if draw(st.integers(0, 9)) == 0:  # take it past the first megabyte the preview reads
        body = lines[1:] or ["1,2"]
        size = sum(len(line) + 1 for line in body)
        lines += body * (HEAD_BYTES // max(size, 1) + 1)
    endings = draw(st.lists(st.sampled_from(ENDINGS), min_size=1, max_size=3))
    text = "".join(line + endings[i % len(endings)] for i, line in enumerate(lines))
    if draw(st.booleans()):
        text = text.rstrip("\r\n")
    return text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")


@st.composite
def mangled(draw: st.DrawFn) -> bytes:
    """A nearly-CSV file with a few bytes changed."""
    data = bytearray(draw(csv_text()))
    for _ in range(draw(st.integers(1, 4))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


FILES = st.one_of(csv_text(), csv_text(), csv_text(), mangled(), st.binary(max_size=3000))


def refusal(path: Path) -> str | None:
    """Why the file is refused, None if it loads; either way, the property is asserted."""
    try:
        read_table(path, max_rows=50)
    except CSVError as error:
        assert path.name in str(error)
    try:
        data = from_csv(path)
    except CSVError as error:
        message = str(error)
        assert path.name in message and "\n" not in message, message
        return message
    assert data.n_samples >= 2 and data.n_features >= 1
    assert np.isfinite(data.X).all() and np.isfinite(data.Y).all()
    return None


def cli_reports_in_one_line(path: Path, capsys: pytest.CaptureFixture[str], loaded: bool) -> None:
    capsys.readouterr()
    status = main(["train", "--csv", str(path), "--steps", "1"])
    err = capsys.readouterr().err
    if not loaded:
        assert status == 2 and err.startswith("gradviz: error:") and err.count("\n") == 1, err
        assert path.name in err
    else:  # the data may still be refused later, e.g. values too large to standardize
        assert status in (0, 2), err
        assert all(line.startswith("gradviz: ") for line in err.splitlines()), err
        if status == 2:
            assert err.count("gradviz: error:") <= 1, err


LONG = pytest.mark.fuzz_long
TIERS = [pytest.param(QUICK, None, id="quick")] + [
    pytest.param(LONG_PART, part, id=f"long-{part + 1}", marks=LONG) for part in range(LONG_PARTS)
]
LONG_RUN: Counter[str] = Counter()  # over the parts of the long run


@pytest.mark.parametrize(("examples", "part"), TIERS)
def test_any_file_loads_as_finite_numbers_or_is_refused_by_name(examples, part, tmp_path, capsys):
    outcomes: Counter[str] = Counter()

    @settings(max_examples=examples)
    @given(data=FILES, name=st.sampled_from(FILE_NAMES), cli=st.integers(0, 3))
    def check(data: bytes, name: str, cli: int) -> None:
        path = tmp_path / name
        path.write_bytes(data)
        loaded = refusal(path) is None
        outcomes["loaded" if loaded else "refused"] += 1
        if cli == 0 or part is not None:  # the command line, for a sample (all in the long run)
            cli_reports_in_one_line(path, capsys, loaded)
            outcomes["through the command line"] += 1

    (check if part is None else seed(part)(check))()  # each part of the long run draws its own files
    if part is not None:
        LONG_RUN.update(outcomes)
    counts, tier = (outcomes, "quick") if part is None else (LONG_RUN, "long run so far")
    with capsys.disabled():
        print(f"\nCSV fuzz, {tier}: {counts['loaded'] + counts['refused']} files, {dict(counts)}")
    assert outcomes["loaded"] and outcomes["refused"]  # the strategies reach both sides


# -- files past the first megabyte, made deterministically --------------------------


def rows(count: int = 70_000) -> list[str]:
    return [f"{i},{(i * 7919) % 1000 / 10},{2 * i + i % 3}" for i in range(count)]


def text(lines: list[str], header: str = "a,b,y", ending: str = "\n") -> str:
    return ending.join([header, *lines]) + ending


BIG = rows()
AT = 60_000  # the row that goes wrong, on line AT + 2 (after the header), past the first megabyte


def flawed(line: str) -> str:
    return text(BIG[:AT] + [line] + BIG[AT + 1 :])


LARGE_FILES = {
    "clean": (text(BIG), None),
    "cr only": (text(BIG, ending="\r"), None),
    "crlf": (text(BIG, ending="\r\n"), None),
    "mixed endings": ("a,b,y\n" + "".join(r + ENDINGS[i % 3] for i, r in enumerate(BIG)), None),
    "utf-16": (text(BIG).encode("utf-16"), None),
    "utf-8 bom": (text(BIG).encode("utf-8-sig"), None),
    "latin-1 past the preview": (text(BIG).encode() + b"\xe9,1,2\n", "line 70002, column 'a': 'é' is not"),
    "extra field": (flawed("1,2,3,4"), "line 60002: 4 fields, but the header has 3"),
    "missing field": (flawed("1,2"), "line 60002: 2 fields, but the header has 3"),
    "long cell": (flawed("1,2," + "9" * 200_000), "line 60002: a cell is longer"),
    "quote left open": (flawed('1,2,"3'), r"line 60002: a quote \(\"\) opened here"),
    "quoted line break": (flawed('1,2,"3\n4"'), "line 60002: a quoted cell runs on"),
    "text cell": (flawed("1,oops,3"), "line 60002, column 'b': 'oops' is not a number"),
    "1e999": (flawed("1,1e999,3"), "line 60002, column 'b': '1e999' is not a finite"),
    "missing value": (flawed("1,NA,3"), None),
    "huge values": (flawed("1e308,-1e308,1e-320"), None),
    "nul byte": (flawed("1,2\x00,3"), "line 60002, column 'b'"),
    "a megabyte of blank lines first": ((" " * 1023 + "\n") * 1030 + text(BIG[:10]), None),
    "one line longer than the preview": ("a,b,y," + "9" * (HEAD_BYTES + 5), "line 1: a cell is longer"),
    "whitespace delimited": (text([r.replace(",", " ") for r in BIG], header="a b y"), None),
    "quoted text column": (text([f'"n, {i}",{r}' for i, r in enumerate(BIG)], header="name,a,b,y"), None),
    "wide header": (",".join(f"c{j}" for j in range(150_000)) + "\n" + "1,2\n", "line 2: 2 fields"),
    "binary past the preview": (text(BIG).encode() + bytes(range(256)) * 64, "line 70002: 1 fields"),
}


@pytest.mark.parametrize("case", LARGE_FILES)
def test_a_large_file_loads_or_is_refused_by_line(case, tmp_path, capsys):
    content, expected = LARGE_FILES[case]
    path = tmp_path / "large.csv"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    assert path.stat().st_size > HEAD_BYTES
    message = refusal(path)
    if expected is None:
        assert message is None
    else:
        assert message is not None and re.search(f"large.csv.*{expected}", message), message
    cli_reports_in_one_line(path, capsys, loaded=message is None)

"""A CSV's rows as a table: the header, unique column names, and which columns hold numbers."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import translate
from .csv_text import CSVError, read_rows

__all__ = [
    "MISSING_MARKERS",
    "SAMPLE_ROWS",
    "CSVTable",
    "name_list",
    "parse_number",
    "read_table",
    "width_error",
]

MISSING_MARKERS = frozenset({"", "na", "n/a", "nan", "null", "none", "?", "#n/a"})
SAMPLE_ROWS = 200  # rows that decide whether a column is numeric (and from_csv's preview)
_DECIMAL_COMMA = re.compile(r"^\s*-?\d+,\d+\s*$")


@dataclass(frozen=True)
class CSVTable:
    """A parsed CSV: column names and the raw text cells, before any conversion."""

    path: Path
    delimiter: str | None  # None: runs of whitespace
    encoding: str
    has_header: bool
    columns: tuple[str, ...]
    cells: list[list[str]]  # one list per data row
    line_numbers: list[int]  # the file line of each data row, from 1
    numeric: tuple[bool, ...]  # whether each column holds numbers
    complete: bool  # False when only the first rows were read (a preview)
    decimal_comma: bool = False  # cells like 12,5 (a file not split by commas) were read as 12.5
    _index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {name: j for j, name in enumerate(self.columns)})

    @property
    def numeric_columns(self) -> tuple[str, ...]:
        return tuple(c for c, is_number in zip(self.columns, self.numeric) if is_number)

    def is_empty(self, name: str) -> bool:
        """Whether every cell read of column `name` is missing (empty, NaN, NA…)."""
        j = self.column_index(name)
        return all(row[j].strip().lower() in MISSING_MARKERS for row in self.cells)

    def column_index(self, name: str) -> int:
        try:
            return self._index[name]
        except KeyError:
            message = translate("Datasets", "{name} has no column named {column}; its columns are: {columns}")
            raise CSVError(
                message.format(name=self.path.name, column=repr(name), columns=name_list(self.columns))
            ) from None


def name_list(names: Sequence[str], shown: int = 12) -> str:
    """Names for a message: a file may have 100,000 columns."""
    listed = ", ".join(name if len(name) <= 40 else name[:39] + "…" for name in names[:shown])
    if len(names) <= shown:
        return listed
    return translate("Datasets", "{listed}, … ({count} in all)").format(listed=listed, count=len(names))


def parse_number(cell: str) -> float | None:
    """The cell's value, NaN if it marks a missing value, None if it is not a number."""
    text = cell.strip()
    if text.lower() in MISSING_MARKERS:
        return float("nan")
    try:
        return float(text)
    except ValueError:
        return None


def _is_value(cell: str) -> bool:
    value = parse_number(cell)
    return value is not None and not math.isnan(value)


def _unique_names(names: list[str]) -> tuple[str, ...]:
    """Header names made unique by suffixes: a, a.2, a.3. Linear, whatever the repeats."""
    taken: set[str] = set()
    next_suffix: dict[str, int] = {}
    result: list[str] = []
    for j, name in enumerate(names):
        base = name = name.strip() or f"col{j + 1}"
        k = next_suffix.get(base, 2)
        while name in taken:
            name, k = f"{base}.{k}", k + 1
        next_suffix[base] = k
        taken.add(name)
        result.append(name)
    return tuple(result)


def _is_numeric(cells: list[str]) -> bool:
    values = [parse_number(c) for c in cells]
    present = [v for v in values if v is None or not math.isnan(v)]
    return bool(present) and sum(v is not None for v in present) * 2 >= len(present)


def _no_numbers_message(name: str, columns: tuple[str, ...], rows: list[list[str]]) -> str:
    cells = [c for row in rows for c in row]
    if all(c.strip().lower() in MISSING_MARKERS for c in cells):
        message = translate("Datasets", "{name} has no values: every cell is empty or marks a missing value")
        return message.format(name=name)
    if any(_DECIMAL_COMMA.match(c) for c in cells):
        message = translate(
            "Datasets",
            "{name} has no numeric columns: its numbers use decimal commas (like '2,5'); "
            "save it with decimal points",
        )
        return message.format(name=name)
    message = translate(
        "Datasets",
        "{name} has no numeric columns (found {columns}); "
        "gradviz fits numbers, so the file needs at least two columns of numbers",
    )
    return message.format(name=name, columns=name_list(columns))


def width_error(name: str, number: int, fields: int, width: int, has_header: bool) -> CSVError:
    if has_header:
        message = translate(
            "Datasets",
            "{name}, line {number}: {fields} fields, but the header has {width}; "
            "every line needs the same number of columns",
        )
    else:
        message = translate(
            "Datasets",
            "{name}, line {number}: {fields} fields, but the first line has {width}; "
            "every line needs the same number of columns",
        )
    return CSVError(message.format(name=name, number=number, fields=fields, width=width))


def read_table(path: str | Path, *, max_rows: int | None = None) -> CSVTable:
    """Parse a CSV (delimiter and header detected) into text cells.

    With `max_rows`, read only the beginning of the file, for a preview.
    """
    path = Path(path)
    rows, delimiter, encoding, whole = read_rows(path, max_rows)
    if not rows:
        message = translate(
            "Datasets", "{name} has no values, only delimiters; it needs at least 2 rows of numbers"
        )
        raise CSVError(message.format(name=path.name))
    line_numbers = [number for number, _ in rows]
    cells = [row for _, row in rows]
    # A spreadsheet saved in French writes 12,5 between semicolons: a comma there is a decimal mark.
    sample = cells[: SAMPLE_ROWS + 1]
    decimal_comma = delimiter != "," and any(_DECIMAL_COMMA.match(c) for row in sample for c in row)
    if decimal_comma:
        cells = [[c.replace(",", ".") if _DECIMAL_COMMA.match(c) else c for c in row] for row in cells]
    has_header = not any(_is_value(c) for c in cells[0])
    width = len(cells[0])
    if has_header:
        columns = _unique_names(cells[0])
        cells, line_numbers = cells[1:], line_numbers[1:]
    else:
        columns = tuple(f"col{j + 1}" for j in range(width))
    if not cells:
        message = translate(
            "Datasets", "{name} has a header but no data rows; it needs at least 2 rows of numbers"
        )
        raise CSVError(message.format(name=path.name))
    complete = whole and (max_rows is None or len(cells) <= max_rows)
    if max_rows is not None:
        cells, line_numbers = cells[:max_rows], line_numbers[:max_rows]
    for row, number in zip(cells, line_numbers):
        if len(row) != width:
            raise width_error(path.name, number, len(row), width, has_header)
    if width < 2:
        message = translate(
            "Datasets", "{name} has a single column; it needs a target and at least one feature"
        )
        raise CSVError(message.format(name=path.name))
    sample = cells[:SAMPLE_ROWS]
    numeric = tuple(_is_numeric([row[j] for row in sample]) for j in range(width))
    if not any(numeric):
        raise CSVError(_no_numbers_message(path.name, columns, sample))
    return CSVTable(
        path, delimiter, encoding, has_header, columns, cells, line_numbers, numeric, complete, decimal_comma
    )

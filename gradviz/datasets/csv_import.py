"""Read a user's CSV into a Dataset, with errors that name the file, line and column."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .dataset import Dataset, DatasetError

__all__ = ["CSVError", "CSVTable", "read_table", "from_csv", "MISSING_MARKERS"]

MISSING_MARKERS = frozenset({"", "na", "n/a", "nan", "null", "none", "?", "#n/a"})
_DELIMITERS = (",", ";", "\t", "|")
_SNIFF_LINES = 50


class CSVError(DatasetError):
    """The CSV file cannot be used as it is; the message says where and why."""


@dataclass(frozen=True)
class CSVTable:
    """A parsed CSV: column names and the raw text cells, before any conversion."""

    path: Path
    delimiter: str | None  # None: runs of whitespace
    has_header: bool
    columns: tuple[str, ...]
    cells: list[list[str]]  # one list per data row
    line_numbers: list[int]  # the file line of each data row, from 1
    numeric: tuple[bool, ...]  # whether each column holds numbers

    @property
    def numeric_columns(self) -> tuple[str, ...]:
        return tuple(c for c, is_number in zip(self.columns, self.numeric) if is_number)

    def column_index(self, name: str) -> int:
        try:
            return self.columns.index(name)
        except ValueError:
            raise CSVError(
                f"{self.path.name} has no column named {name!r}; "
                f"its columns are: {', '.join(self.columns)}"
            ) from None


def _parse_number(cell: str) -> float | None:
    """The cell's value, NaN if it marks a missing value, None if it is not a number."""
    text = cell.strip()
    if text.lower() in MISSING_MARKERS:
        return float("nan")
    try:
        return float(text)
    except ValueError:
        return None


def _read_text(path: Path, limit: int | None = None) -> str:
    if not path.exists():
        raise CSVError(f"{path}: no such file; check the path")
    if path.is_dir():
        raise CSVError(f"{path} is a folder, not a CSV file")
    with path.open("rb") as handle:
        raw = handle.read() if limit is None else handle.read(limit)
    if not raw.strip():
        raise CSVError(f"{path.name} is empty; it needs a header row and at least 2 rows of numbers")
    if b"\x00" in raw[:65536]:
        raise CSVError(f"{path.name} is not a text file; save the data as CSV and open that")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _field_counts(lines: list[str], delimiter: str | None) -> list[int]:
    if delimiter is None:
        return [len(line.split()) for line in lines]
    return [len(row) for row in csv.reader(lines, delimiter=delimiter)]


def _sniff_delimiter(lines: list[str]) -> str | None:
    """The first delimiter that splits every sampled line into the same count (> 1)."""
    sample = [line for line in lines[:_SNIFF_LINES] if line.strip()]
    best, best_share = ",", 0.0
    for delimiter in (*_DELIMITERS, None):
        counts = _field_counts(sample, delimiter)
        if min(counts) > 1 and len(set(counts)) == 1:
            return delimiter
        share = max(counts.count(c) for c in set(counts)) / len(counts) if max(counts) > 1 else 0
        if share > best_share:
            best, best_share = delimiter, share
    return best


def _split(text: str, delimiter: str | None) -> tuple[list[list[str]], list[int]]:
    rows: list[list[str]] = []
    numbers: list[int] = []
    if delimiter is None:
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                rows.append(line.split())
                numbers.append(number)
        return rows, numbers
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for row in reader:
        if any(cell.strip() for cell in row):
            rows.append(row)
            numbers.append(reader.line_num)
    return rows, numbers


def _unique_names(names: list[str]) -> tuple[str, ...]:
    result: list[str] = []
    for j, name in enumerate(names):
        name = name.strip() or f"col{j + 1}"
        base, k = name, 2
        while name in result:
            name, k = f"{base}.{k}", k + 1
        result.append(name)
    return tuple(result)


def _is_numeric(cells: list[str]) -> bool:
    values = [_parse_number(c) for c in cells]
    present = [v for v in values if v is None or not np.isnan(v)]
    return bool(present) and sum(v is not None for v in present) * 2 >= len(present)


def read_table(path: str | Path, *, max_rows: int | None = None) -> CSVTable:
    """Parse a CSV (delimiter and header detected) into text cells.

    With `max_rows`, read only the beginning of the file, for a preview.
    """
    path = Path(path)
    text = _read_text(path, limit=None if max_rows is None else 1 << 20)
    lines = text.splitlines()
    delimiter = _sniff_delimiter(lines)
    rows, line_numbers = _split(text, delimiter)
    has_header = not any(
        (v := _parse_number(c)) is not None and not np.isnan(v) for c in rows[0]
    )
    width = len(rows[0])
    if has_header:
        columns = _unique_names(rows[0])
        rows, line_numbers = rows[1:], line_numbers[1:]
    else:
        columns = tuple(f"col{j + 1}" for j in range(width))
    if not rows:
        raise CSVError(f"{path.name} has a header but no data rows; it needs at least 2")
    if max_rows is not None:
        rows, line_numbers = rows[:max_rows], line_numbers[:max_rows]
    for row, number in zip(rows, line_numbers):
        if len(row) != width:
            raise CSVError(
                f"{path.name}, line {number}: {len(row)} fields, but the "
                f"{'header has' if has_header else 'first line has'} {width}; "
                "every line needs the same number of columns"
            )
    if width < 2:
        raise CSVError(f"{path.name} has a single column; it needs a target and at least one feature")
    sample = rows[:_SNIFF_LINES * 4]
    numeric = tuple(_is_numeric([row[j] for row in sample]) for j in range(width))
    if not any(numeric):
        raise CSVError(
            f"{path.name} has no numeric columns (found {', '.join(columns)}); "
            "gradviz fits numbers, so the file needs at least two columns of numbers"
        )
    return CSVTable(path, delimiter, has_header, columns, rows, line_numbers, numeric)


def _column_values(table: CSVTable, name: str) -> np.ndarray:
    j = table.column_index(name)
    strings = [row[j] for row in table.cells]
    try:
        values = np.array(strings, dtype=np.float64)
    except ValueError:
        values = np.empty(len(strings))
        for i, cell in enumerate(strings):
            value = _parse_number(cell)
            if value is None:
                hint = " (a decimal comma? use a dot)" if "," in cell else ""
                raise CSVError(
                    f"{table.path.name}, line {table.line_numbers[i]}, column {name!r}: "
                    f"{cell.strip()!r} is not a number{hint}; fix the cell or leave it empty "
                    "to drop the row"
                ) from None
            values[i] = value
    bad = np.isinf(values)
    if bad.any():
        i = int(np.argmax(bad))
        raise CSVError(
            f"{table.path.name}, line {table.line_numbers[i]}, column {name!r}: "
            f"{strings[i].strip()!r} is not a finite number"
        )
    return values


def from_csv(
    path: str | Path,
    target: str | None = None,
    features: list[str] | tuple[str, ...] | None = None,
    *,
    table: CSVTable | None = None,
) -> Dataset:
    """Load a CSV as a Dataset. Rows with a missing value in a used column are dropped.

    `target` defaults to the last numeric column, `features` to every other
    numeric column. A parsed `table` from `read_table` may be passed to skip re-reading.
    """
    table = table or read_table(path)
    name = table.path.name
    if target is None:
        target = table.numeric_columns[-1]
    table.column_index(target)
    if features is None:
        features = [c for c in table.numeric_columns if c != target]
    features = list(features)
    for feature in features:
        table.column_index(feature)
    if target in features:
        raise CSVError(f"{target!r} is the target, so it cannot also be a feature")
    if not features:
        raise CSVError(f"{name}: no feature columns besides the target {target!r}; choose at least one")

    for column in [*features, target]:
        if not table.numeric[table.column_index(column)]:
            raise CSVError(
                f"{name}: column {column!r} holds text, not numbers; numeric columns are: "
                f"{', '.join(table.numeric_columns)}"
            )
    data = np.column_stack([_column_values(table, c) for c in [*features, target]])
    complete = ~np.isnan(data).any(axis=1)
    dropped = int(data.shape[0] - complete.sum())
    data = data[complete]
    if data.shape[0] < 2:
        raise CSVError(
            f"{name} has {data.shape[0]} usable row(s) after dropping {dropped} with missing "
            "values; at least 2 are needed"
        )
    spread = np.ptp(data[:, :-1], axis=0)
    for feature, width in zip(features, spread):
        if width == 0:
            raise CSVError(
                f"{name}: feature {feature!r} has the same value in every row, so it carries no "
                "information and cannot be standardized; leave it out of the features"
            )
    notes = (f"dropped {dropped} of {len(table.cells)} rows with missing values",) if dropped else ()
    return Dataset(
        name=table.path.stem,
        X=data[:, :-1],
        Y=data[:, -1:],
        feature_names=tuple(features),
        target_names=(target,),
        description=f"{name}: {data.shape[0]} rows, {len(features)} features → {target}.",
        source=str(table.path),
        notes=notes,
    )

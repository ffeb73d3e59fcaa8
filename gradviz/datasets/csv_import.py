"""Read a user's CSV into a Dataset, with errors that name the file, line and column."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .dataset import Dataset, DatasetError

__all__ = ["CSVError", "CSVTable", "read_table", "from_csv", "MISSING_MARKERS"]

MISSING_MARKERS = frozenset({"", "na", "n/a", "nan", "null", "none", "?", "#n/a"})
_DELIMITERS = (",", ";", "\t", "|")
_SNIFF_LINES = 50
_HEAD_BYTES = 1 << 20  # what a preview reads
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DECIMAL_COMMA = re.compile(r"^\s*-?\d+,\d+\s*$")


class CSVError(DatasetError):
    """The CSV file cannot be used as it is; the message says where and why."""


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

    @property
    def numeric_columns(self) -> tuple[str, ...]:
        return tuple(c for c, is_number in zip(self.columns, self.numeric) if is_number)

    def column_index(self, name: str) -> int:
        try:
            return self.columns.index(name)
        except ValueError:
            raise CSVError(
                f"{self.path.name} has no column named {name!r}; its columns are: {', '.join(self.columns)}"
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


def _read_text(path: Path, limit: int | None = None) -> tuple[str, str]:
    """The file's text and its encoding; a clear CSVError for anything that is not a table."""
    if not path.exists():
        raise CSVError(f"{path}: no such file; check the path")
    if path.is_dir():
        raise CSVError(f"{path} is a folder, not a CSV file")
    try:
        with path.open("rb") as handle:
            raw = handle.read() if limit is None else handle.read(limit)
    except OSError as error:
        raise CSVError(f"cannot read {path}: {error.strerror or error}") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif b"\x00" in raw[:65536]:
        raise CSVError(f"{path.name} is not a text file; save the data as CSV and open that")
    else:
        encoding = "utf-8-sig"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        encoding = "latin-1"
        text = raw.decode(encoding)
    head = text[:65536]
    if len(_CONTROL.findall(head)) > 0.01 * len(head):
        raise CSVError(f"{path.name} is not a text file; save the data as CSV and open that")
    if not text.strip():
        raise CSVError(f"{path.name} is empty; it needs a header row and at least 2 rows of numbers")
    if text.lstrip()[:1] in ("{", "[") and path.suffix.lower() != ".csv":
        raise CSVError(f"{path.name} looks like JSON, not CSV; export the table as CSV")
    return text, encoding


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


def _split(text: str, delimiter: str | None, name: str) -> tuple[list[list[str]], list[int]]:
    """Rows of cells and the line each starts on; blank lines are skipped."""
    rows: list[list[str]] = []
    numbers: list[int] = []
    if delimiter is None:
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                rows.append(line.split())
                numbers.append(number)
        return rows, numbers
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    end = 0
    for row in reader:
        start, end = end + 1, reader.line_num
        if any("\n" in cell or "\r" in cell for cell in row):
            raise CSVError(f'{name}, line {start}: a quote (") opened here is never closed')
        if any(cell.strip() for cell in row):
            rows.append(row)
            numbers.append(start)
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


def _no_numbers_message(name: str, columns: tuple[str, ...], rows: list[list[str]]) -> str:
    cells = [c for row in rows for c in row]
    if all(c.strip().lower() in MISSING_MARKERS for c in cells):
        return f"{name} has no values: every cell is empty or marks a missing value"
    if any(_DECIMAL_COMMA.match(c) for c in cells):
        return (
            f"{name} has no numeric columns: its numbers use decimal commas (like '2,5'); "
            "save it with decimal points"
        )
    return (
        f"{name} has no numeric columns (found {', '.join(columns)}); "
        "gradviz fits numbers, so the file needs at least two columns of numbers"
    )


def read_table(path: str | Path, *, max_rows: int | None = None) -> CSVTable:
    """Parse a CSV (delimiter and header detected) into text cells.

    With `max_rows`, read only the beginning of the file, for a preview.
    """
    path = Path(path)
    text, encoding = _read_text(path, limit=None if max_rows is None else _HEAD_BYTES)
    whole = max_rows is None or path.stat().st_size <= _HEAD_BYTES
    if not whole:
        text = text[: text.rfind("\n") + 1]  # the read may have cut the last line
    lines = text.splitlines()
    delimiter = _sniff_delimiter(lines)
    rows, line_numbers = _split(text, delimiter, path.name)
    if not rows:
        raise CSVError(f"{path.name} has no values, only delimiters; it needs at least 2 rows of numbers")
    has_header = not any((v := _parse_number(c)) is not None and not np.isnan(v) for c in rows[0])
    width = len(rows[0])
    if has_header:
        columns = _unique_names(rows[0])
        rows, line_numbers = rows[1:], line_numbers[1:]
    else:
        columns = tuple(f"col{j + 1}" for j in range(width))
    if not rows:
        raise CSVError(f"{path.name} has a header but no data rows; it needs at least 2")
    complete = whole and (max_rows is None or len(rows) <= max_rows)
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
    sample = rows[: _SNIFF_LINES * 4]
    numeric = tuple(_is_numeric([row[j] for row in sample]) for j in range(width))
    if not any(numeric):
        raise CSVError(_no_numbers_message(path.name, columns, sample))
    return CSVTable(path, delimiter, encoding, has_header, columns, rows, line_numbers, numeric, complete)


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


def _read_numbers_fast(head: CSVTable, columns: list[str]) -> np.ndarray | None:
    """The chosen columns of a clean file, read by NumPy in C; None if anything is unusual.

    A file with missing values, text cells or infinities goes through the slower
    reader, which finds and names the exact cell.
    """
    try:
        data = np.loadtxt(
            head.path,
            delimiter=head.delimiter,
            skiprows=head.line_numbers[0] - 1,
            usecols=[head.column_index(c) for c in columns],
            ndmin=2,
            encoding=head.encoding,
            quotechar='"',
            comments=None,
        )
    except (ValueError, UnicodeDecodeError):
        return None
    return data if np.isfinite(data).all() else None


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
    head = table or read_table(path, max_rows=_SNIFF_LINES * 4)
    name = head.path.name
    if target is None:
        target = head.numeric_columns[-1]
    head.column_index(target)
    if features is None:
        features = [c for c in head.numeric_columns if c != target]
    features = list(features)
    for feature in features:
        head.column_index(feature)
    duplicates = sorted({f for f in features if features.count(f) > 1})
    if duplicates:
        raise CSVError(f"feature {duplicates[0]!r} is listed twice; list each feature once")
    if target in features:
        raise CSVError(f"{target!r} is the target, so it cannot also be a feature")
    if not features:
        raise CSVError(f"{name}: no feature columns besides the target {target!r}; choose at least one")
    for column in [*features, target]:
        if not head.numeric[head.column_index(column)]:
            raise CSVError(
                f"{name}: column {column!r} holds text, not numbers; numeric columns are: "
                f"{', '.join(head.numeric_columns)}"
            )

    columns = [*features, target]
    data = None if head.complete else _read_numbers_fast(head, columns)
    if data is None:
        full = head if head.complete else read_table(head.path)
        data = np.column_stack([_column_values(full, c) for c in columns])
    complete = ~np.isnan(data).any(axis=1)
    total, dropped = data.shape[0], int(data.shape[0] - complete.sum())
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
    notes = (f"dropped {dropped} of {total} rows with missing values",) if dropped else ()
    return Dataset(
        name=head.path.stem,
        X=data[:, :-1],
        Y=data[:, -1:],
        feature_names=tuple(features),
        target_names=(target,),
        description=f"{name}: {data.shape[0]} rows, {len(features)} features → {target}.",
        source=str(head.path),
        notes=notes,
    )
